"""Database faults during traffic: a write lock held longer than the busy timeout.

Real Node bridge (sim transport), real SQLite; the lock is a second connection holding
BEGIN IMMEDIATE, as another program (a backup tool, a DB browser) would.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import sqlite3
from collections import Counter

from sqlalchemy import event
from sqlalchemy.exc import OperationalError

from desktop.bot.ai.responder import AgentResponder
from desktop.bot.events import DatabaseFault, Waiting
from desktop.bot.responder import EchoResponder
from desktop.store import db as store_db
from desktop.waiting import within
from tests.bot.conftest import (  # noqa: F401 - the fixture below needs SimShop
    FAST,
    SimShop,
    make_shop,  # noqa: F401 - pytest fixture
)

DANA = "+972501234567"


class GatedChannel:
    """The real session, but sending waits at a gate: the test decides when the sender writes."""

    def __init__(self, session) -> None:
        self._session = session
        self.gate = asyncio.Event()
        self.waiting = asyncio.Event()

    async def wait_can_send(self, timeout=None):
        self.waiting.set()
        await within(self.gate.wait(), 20)
        await self._session.wait_can_send(timeout)

    async def presence(self, to, state):
        await self._session.presence(to, state)

    async def send_text(self, to, text, message_id, timeout=None):
        return await self._session.send_text(to, text, message_id, timeout=timeout)


async def _until(predicate, timeout: float = 20.0) -> None:
    async with asyncio.timeout(timeout):
        while not predicate():
            await asyncio.sleep(0.02)


async def test_outbox_survives_a_write_lock_longer_than_the_busy_timeout(
        make_shop, monkeypatch, caplog) -> None:
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    shop = await make_shop()
    told: list[DatabaseFault] = []
    shop.engine.bus.subscribe(lambda e: told.append(e) if isinstance(e, DatabaseFault) else None)
    sender = shop.engine.sender(shop.company_id)
    gated = GatedChannel(sender._channel)
    sender._channel = gated

    # Five conversations get their answers queued while the sender waits at the gate.
    for n in range(5):
        await shop.session.sim_incoming(f"+1555030{n:04d}", text=f"question {n}")
    await _until(lambda: len([r for r in shop.outbox() if r.status == "queued"]) == 5)
    await within(gated.waiting.wait(), 20)

    lock = sqlite3.connect(shop.runner.runtime.database.sqlite_file, timeout=0.1)
    lock.execute("BEGIN IMMEDIATE")
    caplog.set_level(logging.INFO, logger="ai_admin.outbox")
    gated.gate.set()
    try:
        # The sender meets the lock (before the fix its task died here), says so, keeps trying.
        await _until(lambda: sender._task.done()
                     or getattr(sender, "_fault_attempts", 0) >= 2)
        assert not sender._task.done(), "the outbox sender died on the lock"
        assert "locked" in sender.fault
    finally:
        lock.rollback()
        lock.close()

    await _until(lambda: len(shop.delivered) >= 5 and sender.fault is None, timeout=40)
    await shop.settle()
    counts = Counter(d.text for d in shop.delivered)
    assert sorted(counts) == sorted(f"Echo: question {n}" for n in range(5))
    assert set(counts.values()) == {1}, f"sent twice: {counts}"
    assert {r.status for r in shop.outbox()} <= {"sent", "delivered", "read"}
    paused = [r for r in caplog.records if "Outbox paused" in r.getMessage()]
    assert len(paused) == 1, "the lock is logged once, not per attempt"
    await shop.engine.bus.drain()
    assert [(e.company_id, e.waiting, e.reason and e.reason.code) for e in told] == [
        (shop.company_id, Waiting.REPLIES, "database.locked"),
        (shop.company_id, Waiting.REPLIES, None)]


async def _three_questions_survive(shop, fault_cleared) -> None:
    ids = [await shop.session.sim_incoming(f"+1555040{n:04d}", text=f"ask {n}") for n in range(3)]
    await _until(lambda: getattr(shop.engine, "store_fault", None) is not None
                 or all(shop.engine.has_seen(i) for i in ids))
    assert not any(shop.engine.has_seen(i) for i in ids), "marked seen before it was stored"
    assert "cannot be written" in shop.engine.store_fault
    fault_cleared()
    await _until(lambda: all(shop.engine.has_seen(i) for i in ids), timeout=40)
    await shop.settle()
    stored = Counter(m.text for m in shop.messages(author="customer"))
    assert stored == Counter(f"ask {n}" for n in range(3)), "lost or stored twice"
    answers = Counter(d.text for d in shop.delivered)
    assert answers == Counter(f"Echo: ask {n}" for n in range(3)), "lost or answered twice"
    assert shop.engine.store_fault is None


async def test_incoming_messages_wait_out_a_locked_database(make_shop, monkeypatch) -> None:
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    shop = await make_shop()
    told: list[DatabaseFault] = []
    shop.engine.bus.subscribe(lambda e: told.append(e) if isinstance(e, DatabaseFault) else None)
    lock = sqlite3.connect(shop.runner.runtime.database.sqlite_file, timeout=0.1)
    lock.execute("BEGIN IMMEDIATE")

    def release() -> None:
        lock.rollback()
        lock.close()

    try:
        await _three_questions_survive(shop, release)
    finally:
        with contextlib.suppress(sqlite3.ProgrammingError):
            lock.close()
    # Staff are told once that messages wait, and once that it works again.
    await shop.engine.bus.drain()
    assert [(e.company_id, e.waiting, e.reason and e.reason.code) for e in told] == [
        (None, Waiting.INCOMING, "database.locked"), (None, Waiting.INCOMING, None)]


async def test_incoming_messages_wait_out_a_full_disk(make_shop, monkeypatch) -> None:
    # A real full file system needs root (tmpfs mount); the write is made to fail the way
    # SQLite reports it instead: SQLAlchemy's OperationalError around SQLITE_FULL.
    shop = await make_shop()
    records = shop.engine.records
    real = records.record_incoming
    disk = {"full": True}

    def record_incoming(*args, **kwargs):
        if disk["full"]:
            raise OperationalError("INSERT INTO messages ...", {},
                                   sqlite3.OperationalError("database or disk is full"))
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "record_incoming", record_incoming)
    await _three_questions_survive(shop, lambda: disk.update(full=False))
    assert "disk is full" not in (shop.engine.store_fault or "")


class LockingResponder(EchoResponder):
    """Answers, but another program locks the database while the answer is being written."""

    def __init__(self) -> None:
        self.database_file = None
        self.lock: sqlite3.Connection | None = None

    async def reply(self, request):
        answer = await super().reply(request)
        self.lock = sqlite3.connect(self.database_file, timeout=0.1)
        self.lock.execute("BEGIN IMMEDIATE")
        return answer


async def test_an_answer_written_while_the_database_is_locked_is_kept(make_shop,
                                                                      monkeypatch) -> None:
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    responder = LockingResponder()
    shop = await make_shop(responder=responder)
    responder.database_file = shop.runner.runtime.database.sqlite_file
    await shop.session.sim_incoming("+15550700001", text="are you open today?")
    # Queueing the answer meets the lock: the engine says so and keeps the answer (before the
    # fix it logged "Answering conversation failed" and the message waited for the next start).
    await _until(lambda: shop.engine.store_fault is not None)
    assert "locked" in shop.engine.store_fault
    responder.lock.rollback()
    responder.lock.close()
    await _until(lambda: len(shop.delivered) >= 1 and shop.engine.store_fault is None, timeout=40)
    await shop.settle()
    assert [d.text for d in shop.delivered] == ["Echo: are you open today?"]
    assert [m.handled for m in shop.messages(author="customer")] == [True]


class LoopProbe:
    """A second connection holds the write lock; the first engine write on `tables` that meets it
    schedules a coroutine on the event loop, and only that coroutine releases the lock.

    Off the loop, the write waits in SQLite's busy handler while the coroutine runs, sees the
    write still in progress, and lets it through. On the loop, the coroutine could run only once
    the write had given up (`database is locked`): it then finds no write in progress.
    """

    def __init__(self, database, tables: tuple[str, ...]) -> None:
        self._engine = database.engine
        self._tables = tables
        self._loop = asyncio.get_running_loop()
        self._writing: str | None = None
        self.ran = asyncio.Event()
        self.saw_write_waiting: bool | None = None
        self.lock = sqlite3.connect(database.sqlite_file, timeout=0.1)
        self.lock.execute("BEGIN IMMEDIATE")
        event.listen(self._engine, "before_cursor_execute", self._before)
        event.listen(self._engine, "after_cursor_execute", self._after)
        event.listen(self._engine, "handle_error", self._failed)

    def _before(self, _conn, _cursor, statement, *_args) -> None:
        words = statement.split(None, 3)
        if self.ran.is_set() or self._writing or words[0] not in ("INSERT", "UPDATE"):
            return
        table = words[2] if words[0] == "INSERT" else words[1]
        if table in self._tables:
            self._writing = statement
            asyncio.run_coroutine_threadsafe(self._probe(), self._loop)

    def _after(self, *_args) -> None:
        self._writing = None

    def _failed(self, _context) -> None:
        self._writing = None

    async def _probe(self) -> None:
        await asyncio.sleep(0)
        self.saw_write_waiting = self._writing is not None
        self.release()
        self.ran.set()

    def release(self) -> None:
        with contextlib.suppress(sqlite3.ProgrammingError):
            self.lock.rollback()
            self.lock.close()

    async def close(self, database) -> None:
        self.release()
        # Removed on the database thread, between two of its statements: removing them from here
        # while that thread runs a statement changes the list it is going through.
        await database.run(self._remove_listeners)

    def _remove_listeners(self) -> None:
        for name, listener in (("before_cursor_execute", self._before),
                               ("after_cursor_execute", self._after),
                               ("handle_error", self._failed)):
            event.remove(self._engine, name, listener)


async def _database_thread_done(shop) -> None:
    """Everything handed to the database thread so far is written (it runs in order): the
    start's status snapshots do not meet the lock before the write under test does."""
    await shop.runner.runtime.database.run(lambda: None)


# The app's own busy timeout (10 s), not the lowered one: a write that meets the lock waits in
# SQLite while the probe runs. Before the fix the loop itself waited there, the write failed
# after 10 s, and the probe ran only then.
async def test_the_loop_runs_while_an_incoming_message_waits_for_the_lock(make_shop,
                                                                        caplog) -> None:
    shop = await make_shop()
    await shop.settle()
    await _database_thread_done(shop)
    caplog.set_level(logging.INFO, logger="ai_admin.engine")
    probe = LoopProbe(shop.runner.runtime.database, ("customers", "messages", "conversations"))
    try:
        ids = [await shop.session.sim_incoming(f"+1555050{n:04d}", text=f"hours {n}")
               for n in range(3)]
        await within(probe.ran.wait(), 30)
        assert probe.saw_write_waiting, "the event loop was blocked while the write waited"
        assert await shop.engine.wait_seen(ids, 30)
    finally:
        await probe.close(shop.runner.runtime.database)
    await shop.settle()
    assert Counter(m.text for m in shop.messages(author="customer")) == \
        Counter(f"hours {n}" for n in range(3)), "lost or stored twice"
    assert Counter(d.text for d in shop.delivered) == \
        Counter(f"Echo: hours {n}" for n in range(3)), "lost or answered twice"
    waiting = [r for r in caplog.records if "Messages are waiting" in r.getMessage()]
    assert waiting == [], "the lock was waited out, not turned into a fault"


async def test_the_loop_runs_while_the_outbox_waits_for_the_lock(make_shop, caplog) -> None:
    shop = await make_shop()
    sender = shop.engine.sender(shop.company_id)
    gated = GatedChannel(sender._channel)
    sender._channel = gated
    for n in range(3):
        await shop.session.sim_incoming(f"+1555060{n:04d}", text=f"price {n}")
    await _until(lambda: len([r for r in shop.outbox() if r.status == "queued"]) == 3)
    await within(gated.waiting.wait(), 20)

    await _database_thread_done(shop)
    caplog.set_level(logging.INFO, logger="ai_admin.outbox")
    probe = LoopProbe(shop.runner.runtime.database, ("outbox_messages",))
    try:
        gated.gate.set()  # the sender claims its row: the write meets the lock
        await within(probe.ran.wait(), 30)
        assert probe.saw_write_waiting, "the event loop was blocked while the outbox waited"
    finally:
        await probe.close(shop.runner.runtime.database)
    await _until(lambda: len(shop.delivered) >= 3, timeout=40)
    await shop.settle()
    counts = Counter(d.text for d in shop.delivered)
    assert counts == Counter(f"Echo: price {n}" for n in range(3)), f"lost or sent twice: {counts}"
    assert {r.status for r in shop.outbox()} <= {"sent", "delivered", "read"}
    assert sender.fault is None
    assert not [r for r in caplog.records if "Outbox paused" in r.getMessage()]


class LockedWhileAnswering(AgentResponder):
    """The real offline receptionist; another program takes the write lock as it starts on an
    answer (the customer's message is stored by then), so its booking meets the lock."""

    probe: LoopProbe | None = None

    async def reply(self, request):
        self.probe = LoopProbe(self.database, ("appointments",))
        return await super().reply(request)


async def test_the_loop_runs_while_the_receptionist_books_into_a_locked_database(
        make_shop) -> None:
    shops = []
    responder = LockedWhileAnswering(lambda: shops[0].runner.runtime.database)
    shop = await make_shop(responder=responder,
                           now=dt.datetime.fromisoformat("2026-03-18T09:00:00+03:00"))
    shops.append(shop)
    await shop.session.sim_incoming("+15550800001", text="Hi! Can I book a haircut tomorrow "
                                                         "at 10?", name="Dana")
    await _until(lambda: responder.probe is not None)
    try:
        await within(responder.probe.ran.wait(), 60)
        assert responder.probe.saw_write_waiting, \
            "the event loop was blocked while the booking waited"
    finally:
        await responder.probe.close(shop.runner.runtime.database)
    await _until(lambda: len(shop.delivered) >= 1, timeout=40)
    await shop.settle()
    assert shop.delivered[0].text.startswith("Booked: Haircut")
