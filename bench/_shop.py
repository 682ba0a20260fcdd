"""What the bridge and engine benchmarks share: a linked simulator session, a running shop,
percentiles and the result line.

Both run the real Node bridge with the WhatsApp simulator (`--transport sim`), in a temporary data
folder that is deleted afterwards; every bridge is shut down even when a measurement fails.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import math
import secrets
import sys
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from desktop.bot.engine import EngineOptions  # noqa: E402
from desktop.bot.outbox import OutboxOptions  # noqa: E402
from desktop.bot.profile import load_profile  # noqa: E402
from desktop.bot.responder import Reply, ReplyRequest, Responder  # noqa: E402
from desktop.bot.runtime import ShopRuntime  # noqa: E402
from desktop.bot.shop import Shop, build_shop  # noqa: E402
from desktop.bridge import CompanySession, SessionOptions, SessionState, SimTimings  # noqa: E402
from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import demo_profile_path  # noqa: E402
from desktop.store.models import Company, Transport  # noqa: E402
from desktop.waiting import within  # noqa: E402

CONNECT_TIMEOUT = 30.0
STOP_TIMEOUT = 20.0


def progress(text: str) -> None:
    """A line for the person watching (stderr: stdout carries the result)."""
    print(text, file=sys.stderr, flush=True)


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sample."""
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def metric(name: str, value: float, unit: str, target: str, ok: bool) -> dict[str, Any]:
    return {"name": name, "value": value, "unit": unit, "target": target, "ok": bool(ok)}


def print_result(benchmark: str, description: str, metrics: list[dict[str, Any]]) -> None:
    print(json.dumps({"benchmark": benchmark, "description": description, "metrics": metrics}))


def wa_message_id() -> str:
    """A message id in WhatsApp's own style, chosen here so the event can be matched at once."""
    return "3EB0" + secrets.token_hex(10).upper()


def customer_phone(n: int) -> str:
    return f"+1555{n:07d}"


def sim_session_options() -> SessionOptions:
    """Fast simulator timings, as the simulation runner uses; WhatsApp acknowledges a send at once
    (the simulator's default 20 ms stands for the network, which is not what is measured here)."""
    return SessionOptions(transport="sim", sim=SimTimings(connect_delay_ms=20, receipt_delay_ms=0),
                          reconnect_base=0.2,
                          reconnect_max=2.0, restart_base=0.2, restart_max=2.0, send_timeout=5.0)


async def _wait_state(session: CompanySession, states: set[SessionState]) -> None:
    if not await session.wait_for_state(states, CONNECT_TIMEOUT):
        raise RuntimeError(f"the simulator did not reach {sorted(s.value for s in states)}: "
                           f"{session.status().message}")


async def link(session: CompanySession) -> None:
    """Scan the simulator's QR code if it shows one, then wait until WhatsApp is connected."""
    await _wait_state(session, {SessionState.CONNECTED, SessionState.WAITING_QR})
    if session.state is SessionState.WAITING_QR:
        await session.sim_scan()
    await _wait_state(session, {SessionState.CONNECTED})


@contextlib.asynccontextmanager
async def linked_session(folder: Path, company_id: int = 1) -> AsyncIterator[CompanySession]:
    """A bare bridge session (no engine, no store), linked and connected."""
    session = CompanySession(company_id, folder / "sessions" / f"company_{company_id}",
                             sim_session_options())
    try:
        await session.start()
        await link(session)
        yield session
    finally:
        await session.shutdown()


class InstantResponder(Responder):
    """Answers every request at once with the same text: the AI's cost is taken out."""

    def __init__(self) -> None:
        self.requests: list[ReplyRequest] = []

    async def reply(self, request: ReplyRequest) -> Reply:
        self.requests.append(request)
        return Reply("Thanks, noted!")

    def settings_changed(self, company_id: int) -> None:
        """Nothing is built from a company's settings here."""


def zero_delay_options() -> EngineOptions:
    """No waiting anywhere: no debounce, no typing indicator, no rate limit."""
    return EngineOptions(debounce_gap=0.0, debounce_max=0.0, outbox=OutboxOptions(
        typing_seconds=0.0, rate_per_minute=0, retry_base=0.5, retry_max=5.0, send_timeout=5.0,
        not_connected_retry=0.5))


@contextlib.asynccontextmanager
async def running_shop(folder: Path, responder: Responder,
                       options: EngineOptions) -> AsyncIterator[tuple[ShopRuntime, int]]:
    """The shop as `ai-admin serve` runs it (store, engine, outbox, bridge), on the simulator."""
    paths = DataPaths(folder).ensure()
    shop = build_shop(paths, responder=responder, engine_options=options,
                      session_options=lambda _company: sim_session_options())
    database, runtime = shop.database, shop.runtime
    profile = load_profile(demo_profile_path())
    with database.session() as session:
        company = session.scalar(select(Company).where(Company.transport == Transport.SIM.value))
        if company is None:
            company = Company(name=profile.name, profile=profile.to_json(),
                              transport=Transport.SIM.value)
            session.add(company)
            session.flush()
        company_id = company.id
    try:
        await runtime.start(connect=True)
        await link(runtime.sessions[company_id])
        yield runtime, company_id
    finally:
        await stop_shop(shop)


async def stop_shop(shop: Shop) -> None:
    """Stop the shop and release its database; its bridges are closed even when the stop hangs."""
    runtime = shop.runtime
    try:
        await within(runtime.stop(), STOP_TIMEOUT)
    except TimeoutError:
        # A stop that hangs must not leave a bridge behind or the benchmark waiting for ever.
        progress(f"the shop did not stop within {STOP_TIMEOUT:g} s; closing the bridges directly")
        await asyncio.gather(*(s.shutdown() for s in runtime.sessions.values()),
                             return_exceptions=True)
        if runtime.practice is not None:
            await runtime.practice.shutdown()
    finally:
        shop.close()


async def timed_trips(send: Callable[[str, str], Awaitable[object]],
                      answer_at: Callable[[str], asyncio.Future[float]], *, count: int,
                      warm_up: int, customers: int, timeout: float) -> list[float]:
    """Messages one at a time, `customers` writing in turn, each waiting for its answer: the
    milliseconds from `send(phone, text)` to the moment `answer_at(phone)` (asked for before the
    send) resolves, the answer at that customer's phone. The first `warm_up` are not counted."""
    times = []
    for n in range(warm_up + count):
        phone = customer_phone(n % customers)
        answered = answer_at(phone)
        started = time.perf_counter()
        await send(phone, f"Can I book for tomorrow? ({n})")
        try:
            at = await within(answered, timeout)
        except TimeoutError:
            raise RuntimeError(f"message {n} from {phone} got no answer within "
                               f"{timeout:g} s") from None
        if n >= warm_up:
            times.append((at - started) * 1000)
    return times
