"""The real transport: message in -> answer out through the unmodified Baileys bridge and the local
WhatsApp server, beside the simulator in the same run; a real bridge's memory after 1,000
messages; ten companies linked at once to one server, their memory and their idle CPU.

The shop runs as the app runs a practice company (`ShopRuntime` starts the local server in the
data folder, each company's bridge is `--transport baileys` against it); each company is linked by
its own practice phone scanning the exact QR its bridge showed. Customers write with
`customer.send`; an answer counts once the customer's phone decrypted it (the server's
`delivered`). The answer costs nothing and nothing waits (bench_engine's responder and options),
so what is measured is the transport and the engine.

`python bench/bench_real_whatsapp.py [--trips N] [--messages N] [--companies N] [--quiet S]`
prints the result line on stdout like every benchmark here (progress on stderr).
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import contextlib
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import (  # noqa: E402
    CONNECT_TIMEOUT,
    InstantResponder,
    customer_phone,
    metric,
    percentile,
    print_result,
    progress,
    running_shop,
    stop_shop,
    timed_trips,
    zero_delay_options,
)
from bench_engine import PhoneWatch, sequential_trips  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.bot.profile import load_profile  # noqa: E402
from desktop.bot.runtime import PRACTICE, ShopRuntime  # noqa: E402
from desktop.bot.shop import build_shop  # noqa: E402
from desktop.bridge import IncomingMessage, SessionState  # noqa: E402
from desktop.bridge.localwa import LocalWhatsApp  # noqa: E402
from desktop.bridge.protocol import QrCode  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import demo_profile_path  # noqa: E402
from desktop.store.models import Company  # noqa: E402
from desktop.waiting import within  # noqa: E402

TRIPS = 300                  # timed, one at a time, on each transport
WARM_UP = 20
BLOCK = 50                   # the two transports take turns in blocks of this many trips
CUSTOMERS = 100              # as bench_engine: each writes in turn, always waiting for the answer
MESSAGES = 1000              # in and answered through the first company's bridge before its RSS
WAVE = 10                    # customers writing at once for the messages after the timed ones
COMPANIES = 10
SETTLE_SECONDS = 5.0         # after the last link, before the quiet interval
QUIET_SECONDS = 30.0         # Baileys pings every 30 s: one keep-alive per bridge falls inside
TRIP_TIMEOUT = 20.0
TARGET_BRIDGE_MB = 150


def shop_phone(n: int) -> str:
    """The practice phone of the n-th company (customers are +1555000xxxx)."""
    return f"+1555099{n:04d}"


class CustomerPhones:
    """The customers' side of the local server: each answer their phones decrypted, and when.

    Also where a trip's time goes: `legs` holds, per answered message, the milliseconds from
    `customer.send` to the message at the engine (`seen_by_shop`, a session subscriber) and from
    there to the answer decrypted at the phone."""

    def __init__(self) -> None:
        self.waiting: dict[str, asyncio.Future[float]] = {}
        self.delivered: collections.Counter[str] = collections.Counter()  # wa_id -> times
        self.legs: list[tuple[float, float]] = []
        self._sent_at: dict[str, float] = {}
        self._seen_at: dict[str, float] = {}

    async def write(self, server: LocalWhatsApp, phone: str, text: str, shop: str) -> None:
        self._sent_at[phone] = time.perf_counter()
        await server.customer_send(phone, text, shop=shop)

    def seen_by_shop(self, event: Any) -> None:
        payload = event.payload
        if isinstance(payload, IncomingMessage) and not payload.from_me and payload.phone:
            self._seen_at[payload.phone] = time.perf_counter()

    def __call__(self, event: dict[str, Any]) -> None:
        if event.get("event") != "delivered":
            return
        now, phone = time.perf_counter(), str(event.get("to"))
        self.delivered[str(event.get("id"))] += 1
        sent, seen = self._sent_at.pop(phone, None), self._seen_at.pop(phone, None)
        if sent is not None and seen is not None:
            self.legs.append(((seen - sent) * 1000, (now - seen) * 1000))
        future = self.waiting.pop(phone, None)
        if future is not None and not future.done():
            future.set_result(now)

    def expect(self, phone: str) -> asyncio.Future[float]:
        future = asyncio.get_running_loop().create_future()
        self.waiting[phone] = future
        return future


@contextlib.asynccontextmanager
async def practice_shop(folder: Path) -> AsyncIterator[ShopRuntime]:
    """The shop with one practice company, its local server started, nothing linked yet."""
    shop = build_shop(DataPaths(folder).ensure(), responder=InstantResponder(),
                      engine_options=zero_delay_options())
    store_companies(shop.runtime, 1)
    try:
        await shop.runtime.start(connect=False)
        yield shop.runtime
    finally:
        await stop_shop(shop)


def store_companies(runtime: ShopRuntime, count: int) -> list[int]:
    """`count` more practice companies in the store (`load_companies` builds their sessions)."""
    profile = load_profile(demo_profile_path())
    with runtime.database.session() as session:
        known = len(session.scalars(select(Company.id)).all())
        companies = [Company(name=f"{profile.name} {known + n + 1}", profile=profile.to_json(),
                             transport=PRACTICE) for n in range(count)]
        session.add_all(companies)
        session.flush()
        return [company.id for company in companies]


async def link_all(runtime: ShopRuntime, company_ids: list[int]) -> None:
    """Start these companies' bridges at once (their engine already started); each one's
    practice phone scans the QR it shows."""
    server = runtime.practice
    assert server is not None

    async def link(company_id: int) -> None:
        session = runtime.sessions[company_id]
        shown: asyncio.Future[str] = asyncio.get_running_loop().create_future()

        def on_qr(event: Any) -> None:
            if isinstance(event.payload, QrCode) and not shown.done():
                shown.set_result(event.payload.qr)

        unsubscribe = session.subscribe(on_qr)  # before start: the QR is an event, not kept
        try:
            await session.start()
            try:
                qr = await within(shown, CONNECT_TIMEOUT)
            except TimeoutError:
                raise RuntimeError(f"company {company_id}'s bridge showed no QR code: "
                                   f"{session.status().message}") from None
        finally:
            unsubscribe()
        await server.phone_scan(qr, shop_phone(company_id))
        if not await session.wait_for_state({SessionState.CONNECTED}, CONNECT_TIMEOUT):
            raise RuntimeError(f"company {company_id} did not connect: {session.status().message}")

    await asyncio.gather(*(link(company_id) for company_id in company_ids))


def bridge(runtime: ShopRuntime, company_id: int) -> psutil.Process:
    process = runtime.sessions[company_id].process
    assert process is not None and process.pid is not None
    return psutil.Process(process.pid)


def rss_mb(*processes: psutil.Process) -> float:
    return sum(p.memory_info().rss for p in processes) / 2**20


async def compared_trips(server: LocalWhatsApp, phones: CustomerPhones, company_id: int,
                         trips: int, warm_up: int) -> tuple[list[float], list[float]]:
    """The same trips through the real bridge and through the simulator (bench_engine's shop and
    trip), taking turns in blocks so that the shared machine's drifting load falls on both."""
    real: list[float] = []
    simulated: list[float] = []
    shop = shop_phone(company_id)

    async def customer_writes(phone: str, text: str) -> None:
        await phones.write(server, phone, text, shop)

    with tempfile.TemporaryDirectory(prefix="ai-admin-bench-") as folder:
        async with running_shop(Path(folder), InstantResponder(), zero_delay_options()) as (
                sim_runtime, sim_id):
            watch = PhoneWatch()
            sim_session = sim_runtime.sessions[sim_id]
            sim_session.subscribe(watch)
            done, first = 0, True
            while done < trips:
                block = min(BLOCK, trips - done)
                real += await timed_trips(customer_writes, phones.expect, count=block,
                                          warm_up=warm_up if first else 0, customers=CUSTOMERS,
                                          timeout=TRIP_TIMEOUT)
                simulated += await sequential_trips(sim_session, watch, count=block,
                                                    warm_up=warm_up if first else 0)
                done, first = done + block, False
    return real, simulated


async def more_messages(server: LocalWhatsApp, phones: CustomerPhones, company_id: int,
                        count: int) -> None:
    """`count` more messages, WAVE customers writing at once, each wave waiting for its answers."""
    shop = shop_phone(company_id)
    for start in range(0, count, WAVE):
        writers = [customer_phone(n % CUSTOMERS) for n in range(start, min(count, start + WAVE))]
        answers = [phones.expect(phone) for phone in writers]
        await asyncio.gather(*(phones.write(server, phone, f"And on Friday? ({start + k})", shop)
                               for k, phone in enumerate(writers)))
        try:
            await within(asyncio.gather(*answers), TRIP_TIMEOUT)
        except TimeoutError:
            raise RuntimeError(f"a wave of {len(writers)} messages was not answered within "
                               f"{TRIP_TIMEOUT:g} s") from None


def cpu_seconds(processes: list[psutil.Process]) -> list[float]:
    return [t.user + t.system for t in (p.cpu_times() for p in processes)]


async def idle_cpu(processes: list[psutil.Process], seconds: float) -> list[float]:
    """Each process's CPU (user + system) over a quiet `seconds`, as percent of one core."""
    before, started = cpu_seconds(processes), time.perf_counter()
    await asyncio.sleep(seconds)  # the measured interval itself: nothing is awaited in it
    wall = time.perf_counter() - started
    return [100 * (a - b) / wall for a, b in zip(cpu_seconds(processes), before, strict=True)]


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trips", type=int, default=TRIPS, help="timed trips on each transport")
    parser.add_argument("--warm-up", type=int, default=WARM_UP)
    parser.add_argument("--messages", type=int, default=MESSAGES,
                        help="messages through the first bridge before its memory is read")
    parser.add_argument("--companies", type=int, default=COMPANIES)
    parser.add_argument("--settle", type=float, default=SETTLE_SECONDS)
    parser.add_argument("--quiet", type=float, default=QUIET_SECONDS,
                        help="seconds of the idle CPU measurement")
    return parser.parse_args(argv)


async def main(argv: list[str]) -> None:
    args = parse(argv)
    with tempfile.TemporaryDirectory(prefix="ai-admin-bench-") as folder:
        async with practice_shop(Path(folder)) as runtime:
            server = runtime.practice
            assert server is not None and server.info is not None
            phones = CustomerPhones()
            server.subscribe(phones)
            first = runtime.load_companies()[0]
            runtime.sessions[first].subscribe(phones.seen_by_shop)
            await link_all(runtime, [first])
            linked_mb = rss_mb(bridge(runtime, first))
            progress(f"company {first} linked through Baileys (bridge {linked_mb:.1f} MB); "
                     f"{args.trips} trips on each transport, in turns of {BLOCK} ...")
            real, simulated = await compared_trips(server, phones, first, args.trips, args.warm_up)
            real_p50, real_p99 = percentile(real, 50), percentile(real, 99)
            sim_p50, sim_p99 = percentile(simulated, 50), percentile(simulated, 99)
            ratio = real_p50 / sim_p50
            timed_legs = phones.legs[-args.trips:]
            in_p50 = percentile([leg[0] for leg in timed_legs], 50)
            out_p50 = percentile([leg[1] for leg in timed_legs], 50)
            progress(f"  real: p50 {real_p50:.2f} ms, p99 {real_p99:.2f} ms; simulator: p50 "
                     f"{sim_p50:.2f} ms, p99 {sim_p99:.2f} ms; ratio (p50) {ratio:.1f}; real legs "
                     f"p50: in {in_p50:.2f} ms, answer out {out_p50:.2f} ms")

            sent = args.warm_up + args.trips
            rest = max(0, args.messages - sent)
            progress(f"{rest} more messages ({WAVE} customers at once) to {sent + rest} ...")
            # Where a message's work is done: CPU per message of the bridge, the app and the
            # server, over these messages (the simulator's shop is stopped by now).
            busy = [bridge(runtime, first), psutil.Process(), psutil.Process(server.info.pid)]
            before = cpu_seconds(busy)
            await more_messages(server, phones, first, rest)
            bridge_ms, app_ms, server_ms = (
                1000 * (a - b) / max(1, rest) for a, b in zip(cpu_seconds(busy), before, strict=True))
            progress(f"  CPU per message: bridge {bridge_ms:.1f} ms, app {app_ms:.1f} ms, "
                     f"server {server_ms:.1f} ms")
            if not await runtime.engine.wait_idle(30):
                raise RuntimeError("the engine did not settle after the messages")
            answers = sum(phones.delivered.values())
            twice = sum(1 for times in phones.delivered.values() if times > 1)
            used_mb = rss_mb(bridge(runtime, first))
            progress(f"  {answers} answers at the phones ({twice} twice); "
                     f"bridge {used_mb:.1f} MB")

            others = store_companies(runtime, args.companies - 1)
            runtime.load_companies()
            for company_id in others:
                await runtime.engine.start_company(company_id)
            progress(f"linking {len(others)} more companies at once ...")
            started = time.perf_counter()
            await link_all(runtime, others)
            link_s = time.perf_counter() - started
            bridges = [bridge(runtime, c) for c in runtime.sessions]
            app, local_server = psutil.Process(), psutil.Process(server.info.pid)
            await asyncio.sleep(args.settle)  # Baileys' first syncs after login are not idle
            cpu = await idle_cpu([*bridges, app, local_server], args.quiet)
            bridges_cpu, app_cpu, server_cpu = sum(cpu[:-2]), cpu[-2], cpu[-1]
            bridges_mb, app_mb, server_mb = rss_mb(*bridges), rss_mb(app), rss_mb(local_server)
            progress(f"  {len(bridges)} linked in {link_s:.1f} s: bridges {bridges_mb:.0f} MB, app "
                     f"{app_mb:.0f} MB, server {server_mb:.0f} MB; idle CPU over {args.quiet:g} s: "
                     f"bridges {bridges_cpu:.2f} %, app {app_cpu:.2f} %, server {server_cpu:.2f} %")
    total = len(bridges)
    print_result(
        "real_whatsapp",
        "The shop as the app runs practice companies: the unmodified Baileys bridge "
        "(`--transport baileys`) linked by QR to the local WhatsApp server on loopback, the "
        "engine, SQLite store and outbox, with bench_engine's answer that costs nothing and no "
        f"waits. Trip: {args.trips:,} messages one at a time ({CUSTOMERS} customers writing in "
        f"turn; {args.warm_up} more to warm up), from `customer.send` to the server's `delivered` "
        "(the answer decrypted at the customer's phone); the same number through bench_engine's "
        f"simulator shop in the same run, the two taking turns in blocks of {BLOCK}; ratio = real "
        f"p50 / simulator p50. Memory: resident set of the Node bridge after {args.messages:,} "
        f"messages in and answered (the rest after the trips sent {WAVE} customers at once; "
        "over those, CPU time per message of the bridge, the app and the local server). "
        f"{total} companies: {total - 1} more practice companies linked at once (each its own "
        f"phone) beside the first; resident sets of the {total} bridges and of the app process "
        "(Python: "
        "engine, store, the benchmark itself), then CPU (user + system, psutil `cpu_times` "
        f"deltas) over {args.quiet:g} quiet seconds after {args.settle:g} s to settle, in percent "
        "of one core. The local server's own figures are shown apart: WhatsApp is not on the PC.",
        [
            metric("real Baileys: message in -> answer out p50", round(real_p50, 2), "ms",
                   "informational", True),
            metric("real Baileys: message in -> answer out p99", round(real_p99, 2), "ms",
                   "informational", True),
            metric("simulator, same run: in -> answer out p50", round(sim_p50, 2), "ms",
                   "informational", True),
            metric("simulator, same run: in -> answer out p99", round(sim_p99, 2), "ms",
                   "informational", True),
            metric("real / simulator (p50)", round(ratio, 1), "x", "informational", True),
            metric("real: customer.send -> message at the engine p50", round(in_p50, 2), "ms",
                   "informational", True),
            metric("real: message at the engine -> answer decrypted p50", round(out_p50, 2), "ms",
                   "informational", True),
            metric("real: CPU per message, bridge / app / local server",
                   f"{bridge_ms:.1f} / {app_ms:.1f} / {server_ms:.1f}", "ms", "informational", True),
            metric(f"real bridge memory after {args.messages:,} messages", round(used_mb, 1), "MB",
                   f"< {TARGET_BRIDGE_MB} MB", used_mb < TARGET_BRIDGE_MB),
            metric(f"answers at the phones ({args.messages:,} sent)", answers, "answers",
                   f"{args.messages:,}, none twice", answers == args.messages and twice == 0),
            metric("real bridge memory just linked", round(linked_mb, 1), "MB", "informational",
                   True),
            metric(f"{total} companies linked: bridges' memory", round(bridges_mb), "MB",
                   "informational", True),
            metric(f"{total} companies linked: app process memory", round(app_mb), "MB",
                   "informational", True),
            metric(f"{total} companies linked: bridges' idle CPU", round(bridges_cpu, 2),
                   "% of a core", "informational", True),
            metric(f"{total} companies linked: app process idle CPU", round(app_cpu, 2),
                   "% of a core", "informational", True),
            metric("local server (not on a shop's PC): memory", round(server_mb), "MB",
                   "informational", True),
            metric("local server (not on a shop's PC): idle CPU", round(server_cpu, 2),
                   "% of a core", "informational", True),
        ])


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
