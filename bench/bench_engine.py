"""The whole shop on the simulator: message in at the customer's phone -> answer out at the phone.

Engine, store (SQLite), outbox and a real Node bridge in simulator mode, with an answer that costs
nothing (a fixed text returned at once) and every wait set to zero (no debounce, no typing
indicator, no rate limit): what is measured is AI Admin's own overhead. Beside it, the floor: the
same trip through the bridge alone, without engine or store.
"""

from __future__ import annotations

import asyncio
import collections
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shop import (  # noqa: E402
    InstantResponder,
    customer_phone,
    linked_session,
    metric,
    percentile,
    print_result,
    progress,
    running_shop,
    timed_trips,
    wa_message_id,
    zero_delay_options,
)
from ledger import check_exactly_once  # noqa: E402
from sqlalchemy import select  # noqa: E402

from desktop.bot.phones import jid_for_phone  # noqa: E402
from desktop.bridge import IncomingMessage, SimOutgoing  # noqa: E402
from desktop.store.models import Conversation, Customer, OutboxMessage  # noqa: E402
from desktop.waiting import within  # noqa: E402

SEQUENTIAL = 1000
SEQUENTIAL_CUSTOMERS = 100     # each writes 10 times, always waiting for the answer
WARM_UP = 50
FLOOR_TRIPS = 1000
BURST_CONVERSATIONS = 100
BURST_MESSAGES_EACH = 10
TRIP_TIMEOUT = 10.0
BURST_TIMEOUT = 60.0
TARGET_RATIO = 10.0           # engine p50 at most this many times the bridge's own round trip
TARGET_P99_MS = 25.0
TARGET_BURST_S = 10.0


class PhoneWatch:
    """The customers' side: what reaches a phone, and when (a session subscriber)."""

    def __init__(self) -> None:
        self.waiting: dict[str, asyncio.Future[float]] = {}
        self.delivered: collections.Counter[str] = collections.Counter()  # wa_id -> times
        self.last_at = 0.0

    def __call__(self, event) -> None:
        payload = event.payload
        if not isinstance(payload, SimOutgoing):
            return
        now = time.perf_counter()
        self.delivered[payload.id] += 1
        self.last_at = now
        future = self.waiting.pop(payload.to, None)
        if future is not None and not future.done():
            future.set_result(now)

    def expect(self, jid: str) -> asyncio.Future[float]:
        future = asyncio.get_running_loop().create_future()
        self.waiting[jid] = future
        return future


async def floor_trips() -> list[float]:
    """The bridge's own round trip, no engine, no store: `sim.incoming` -> `IncomingMessage` at a
    Python subscriber, which at once sends an answer (`send_text`, awaited) -> `sim.outgoing` at
    the customer's phone. One at a time, timed like the engine's trip."""
    watch = PhoneWatch()
    sends: set[asyncio.Task] = set()

    def answer(session, event) -> None:
        if isinstance(event.payload, IncomingMessage) and not event.payload.from_me:
            task = asyncio.ensure_future(session.send_text(event.payload.chat, "Thanks, noted!",
                                                           wa_message_id()))
            sends.add(task)
            task.add_done_callback(sends.discard)

    times = []
    with tempfile.TemporaryDirectory(prefix="ai-admin-bench-") as folder:
        async with linked_session(Path(folder)) as session:
            session.subscribe(watch)
            session.subscribe(lambda event: answer(session, event))
            for n in range(WARM_UP + FLOOR_TRIPS):
                phone = customer_phone(n % SEQUENTIAL_CUSTOMERS)
                answered = watch.expect(jid_for_phone(phone))
                started = time.perf_counter()
                await session.sim_incoming(phone, text=f"Hello {n}", message_id=wa_message_id())
                at = await within(answered, TRIP_TIMEOUT)
                if n >= WARM_UP:
                    times.append((at - started) * 1000)
            await asyncio.gather(*sends)
    return times


async def sequential_trips(session, watch: PhoneWatch, count: int = SEQUENTIAL,
                           warm_up: int = WARM_UP) -> list[float]:
    """Message in at the simulator -> its answer at the customer's phone, one at a time."""
    return await timed_trips(
        lambda phone, text: session.sim_incoming(phone, text=text, message_id=wa_message_id()),
        lambda phone: watch.expect(jid_for_phone(phone)),
        count=count, warm_up=warm_up, customers=SEQUENTIAL_CUSTOMERS, timeout=TRIP_TIMEOUT)


async def burst(runtime, company_id: int, watch: PhoneWatch) -> tuple[float, list[str]]:
    """Every customer message at once; seconds until the engine is idle again, measured to the
    last answer reaching a phone."""
    session, engine = runtime.sessions[company_id], runtime.engine
    phones = [customer_phone(10_000 + c) for c in range(BURST_CONVERSATIONS)]
    # Round-robin: every customer's 1st message, then every 2nd ..., as concurrent chats interleave.
    plan = [(phone, f"Message {k + 1} of {phone}", wa_message_id())
            for k in range(BURST_MESSAGES_EACH) for phone in phones]
    started = time.perf_counter()
    await asyncio.gather(*(session.sim_incoming(phone, text=text, message_id=message_id)
                           for phone, text, message_id in plan))
    deadline = started + BURST_TIMEOUT
    # Idle after every message was seen: everything is answered (and sent), nothing may follow.
    if not (await engine.wait_seen([m for _, _, m in plan], BURST_TIMEOUT)
            and await engine.wait_idle(max(0.0, deadline - time.perf_counter()))):
        raise RuntimeError(f"the burst was not answered within {BURST_TIMEOUT:g} s")
    return watch.last_at - started, phones


def exactly_once(runtime, company_id: int, phones: list[str], responder: InstantResponder,
                 watch: PhoneWatch) -> dict[str, int]:
    """Check from the store that each customer message of the burst got exactly one answer
    (`ledger.check_exactly_once`: the responder's batches and the phones' view against the store).
    Here an answer that reached a phone twice, even under one id, counts as a duplicate."""
    with runtime.database.session() as session:
        conversations = set(session.scalars(
            select(Conversation.id).join(Customer)
            .where(Conversation.company_id == company_id, Customer.phone.in_(phones))))
        conversations_answered = len(set(session.scalars(
            select(OutboxMessage.conversation_id).where(
                OutboxMessage.conversation_id.in_(conversations),
                OutboxMessage.answers_message_id.is_not(None)))))
    check = check_exactly_once(
        runtime.database, company_id, conversations=conversations, delivered=watch.delivered,
        batches=[r.message_ids for r in responder.requests if r.conversation_id in conversations])
    expected = BURST_CONVERSATIONS * BURST_MESSAGES_EACH
    not_stored = max(0, expected - check.messages_in)
    return {"lost": len(check.lost) + check.deferred + not_stored,
            "duplicated": len(check.duplicated) + check.resent_same_id,
            "replies": check.bot_replies + check.staff_messages,
            "conversations answered": conversations_answered,
            "customer messages": check.messages_in}


async def main() -> None:
    progress(f"floor: {FLOOR_TRIPS} messages in -> answer out through the bridge alone ...")
    floor = await floor_trips()
    floor_p50 = percentile(floor, 50)
    progress(f"  p50 {floor_p50:.3f} ms, p99 {percentile(floor, 99):.3f} ms")

    responder = InstantResponder()
    watch = PhoneWatch()
    with tempfile.TemporaryDirectory(prefix="ai-admin-bench-") as folder:
        async with running_shop(Path(folder), responder, zero_delay_options()) as (runtime,
                                                                                  company_id):
            session = runtime.sessions[company_id]
            session.subscribe(watch)
            progress(f"shop connected; {SEQUENTIAL} messages one at a time from "
                     f"{SEQUENTIAL_CUSTOMERS} customers ...")
            trips = await sequential_trips(session, watch)
            p50, p99 = percentile(trips, 50), percentile(trips, 99)
            progress(f"  in -> answer out: p50 {p50:.2f} ms, p99 {p99:.2f} ms, "
                     f"max {max(trips):.2f} ms")
            if not await runtime.engine.wait_idle(30):
                raise RuntimeError("the engine did not settle after the sequential messages")
            progress(f"burst: {BURST_CONVERSATIONS} conversations x {BURST_MESSAGES_EACH} "
                     "messages at once ...")
            burst_s, phones = await burst(runtime, company_id, watch)
            check = exactly_once(runtime, company_id, phones, responder, watch)
            progress(f"  answered in {burst_s:.2f} s: " + ", ".join(
                f"{name} {value}" for name, value in check.items()))
    ratio = p50 / floor_p50
    progress(f"engine p50 / floor p50 = {ratio:.1f}")
    burst_count = BURST_CONVERSATIONS * BURST_MESSAGES_EACH
    print_result(
        "engine",
        "The whole shop (engine, SQLite store, outbox, a real Node bridge in simulator mode) with "
        "an answer that costs nothing and no waits (debounce 0, typing 0, no rate limit). "
        f"Trip: {SEQUENTIAL:,} messages one at a time ({SEQUENTIAL_CUSTOMERS} customers writing "
        f"in turn, each message waiting for its answer; {WARM_UP} more to warm up), from the "
        "`sim.incoming` command to the answer at the customer's phone (`sim.outgoing`). "
        f"Burst: {BURST_CONVERSATIONS} new conversations x {BURST_MESSAGES_EACH} messages sent "
        "at once, timed to the last answer at a phone, then checked in the store: every customer "
        "message covered by exactly one outbox row (its `answers_message_id`, or the batch it "
        "ends), handled, and each answer received once by the phone; lost = customer messages "
        "without an answer, duplicated = customer messages answered more than once or answers "
        "with nothing to answer. Floor: the same trip through the bridge alone "
        f"(`sim.incoming` -> `IncomingMessage` at a Python subscriber that sends the answer at "
        f"once -> `sim.outgoing` at the phone, {FLOOR_TRIPS:,} one at a time), no engine, no "
        "store. The simulator acknowledges sends at once in both (its default 20 ms stands for "
        "the network).",
        [
            metric("message in -> answer out p50", round(p50, 2), "ms",
                   f"<= {TARGET_RATIO:g} x floor ({TARGET_RATIO * floor_p50:.2f} ms)",
                   ratio <= TARGET_RATIO),
            metric("message in -> answer out p99", round(p99, 2), "ms", f"< {TARGET_P99_MS:g} ms",
                   p99 < TARGET_P99_MS),
            metric(f"burst of {burst_count:,} answered", round(burst_s, 2), "s",
                   f"< {TARGET_BURST_S:g} s", burst_s < TARGET_BURST_S),
            metric("burst: conversations answered", check["conversations answered"],
                   "conversations", f"{BURST_CONVERSATIONS}",
                   check["conversations answered"] == BURST_CONVERSATIONS),
            metric("burst: customer messages lost", check["lost"], "messages", "0",
                   check["lost"] == 0),
            metric("burst: customer messages duplicated", check["duplicated"], "messages", "0",
                   check["duplicated"] == 0),
            metric("floor: bridge alone in -> answer out p50", round(floor_p50, 3), "ms",
                   "informational", True),
            metric("engine / floor (p50)", round(ratio, 1), "x", f"<= {TARGET_RATIO:g} x",
                   ratio <= TARGET_RATIO),
        ])


if __name__ == "__main__":
    asyncio.run(main())
