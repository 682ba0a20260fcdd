"""The engine's staff commands write off the event loop and return only when their work is done:
a staff reply is in the outbox, the AI paused and both announced when its await returns."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Callable

import pytest
from sqlalchemy import event

from desktop.bot.engine import Engine, conversation_off_reason
from desktop.bot.events import ConversationChanged, MessageStatusChanged, MessageStored
from desktop.bot.records import ConversationRecords
from desktop.bot.responder import EchoResponder
from desktop.store.companies import ensure_demo_company
from desktop.store.db import Database
from desktop.store.models import Author, Conversation, OutboxMessage, OutboxStatus, utcnow


class _QuietWhatsApp:
    """A company session that never delivers anything (the outbox is not started here)."""

    def subscribe(self, _callback: Callable[[object], object]) -> Callable[[], None]:
        return lambda: None


class _Shop:
    def __init__(self, database: Database) -> None:
        self.database = database
        self.company_id = ensure_demo_company(database)
        self.records = ConversationRecords(database)
        self.engine = Engine(self.records, EchoResponder())
        self.engine.attach(self.company_id, _QuietWhatsApp())  # type: ignore[arg-type]
        self.conversation_id = self.records.conversation_for_phone(
            self.company_id, "+15550001111", now=utcnow())
        self.events: list[object] = []
        self.engine.bus.subscribe(self.events.append)
        self.writers: list[threading.Thread] = []  # the thread of every INSERT/UPDATE/DELETE
        event.listen(database.engine, "before_cursor_execute", self._on_statement)

    def _on_statement(self, _conn, _cursor, statement: str, *_args) -> None:
        if statement.lstrip().split(" ", 1)[0].upper() in ("INSERT", "UPDATE", "DELETE"):
            self.writers.append(threading.current_thread())

    def close(self) -> None:
        event.remove(self.database.engine, "before_cursor_execute", self._on_statement)
        self.engine.bus.close()


@pytest.fixture
async def shop(database: Database):
    shop = _Shop(database)
    yield shop
    shop.close()


async def test_a_staff_reply_is_queued_and_the_ai_paused_when_its_await_returns(shop) -> None:
    queued = await shop.engine.send_staff_message(shop.conversation_id, "  We open at 9.  ")

    # Committed: another session sees the outbox row and the pause at once.
    with shop.database.session() as session:
        row = session.get(OutboxMessage, queued.outbox_id)
        assert (row.text, row.author, row.status) == ("We open at 9.", Author.STAFF.value,
                                                      OutboxStatus.QUEUED.value)
        paused = session.get(Conversation, shop.conversation_id).ai_paused_until
    assert paused is not None and paused > utcnow() + dt.timedelta(minutes=5)
    assert shop.writers and threading.main_thread() not in shop.writers  # off the event loop
    # Announced after the commit, the pause with the reply.
    await shop.engine.bus.drain()
    states = [e for e in shop.events if isinstance(e, ConversationChanged)]
    assert states and states[-1].ai_paused_until == paused
    assert [e.text for e in shop.events if isinstance(e, MessageStored)] == ["We open at 9."]


async def test_the_ai_keeps_quiet_while_a_staff_reply_is_being_written(shop, monkeypatch) -> None:
    entered, release = threading.Event(), threading.Event()
    queue_outgoing = shop.records.queue_outgoing

    def held_queue_outgoing(*args, **kwargs):
        entered.set()
        assert release.wait(10)
        return queue_outgoing(*args, **kwargs)

    monkeypatch.setattr(shop.records, "queue_outgoing", held_queue_outgoing)
    sending = asyncio.ensure_future(shop.engine.send_staff_message(shop.conversation_id, "Hi"))
    assert await asyncio.to_thread(entered.wait, 10)  # the loop runs while the reply is written
    # An answer the AI finishes now is dropped: staff have the last word.
    assert shop.engine._engine_off_reason(shop.company_id,
                                          shop.conversation_id) == "staff are replying"
    assert not sending.done()
    release.set()
    await sending
    assert shop.engine._engine_off_reason(shop.company_id, shop.conversation_id) is None
    assert conversation_off_reason(shop.records.conversation_state(shop.conversation_id),
                                   utcnow()).startswith("AI is paused until")


async def test_a_refused_staff_reply_writes_nothing(shop) -> None:
    with pytest.raises(Exception, match="empty"):
        await shop.engine.send_staff_message(shop.conversation_id, "   ")
    assert shop.writers == []
    assert shop.engine._engine_off_reason(shop.company_id, shop.conversation_id) is None
    assert conversation_off_reason(shop.records.conversation_state(shop.conversation_id),
                                   utcnow()) is None


async def test_a_cancelled_message_is_written_and_announced_when_the_await_returns(shop) -> None:
    queued = shop.records.queue_outgoing(shop.company_id, shop.conversation_id, "Later",
                                         Author.STAFF, now=utcnow())
    shop.writers.clear()

    await shop.engine.cancel_outgoing(shop.company_id, queued.outbox_id)

    with shop.database.session() as session:
        assert session.get(OutboxMessage, queued.outbox_id).status == OutboxStatus.CANCELLED.value
    assert shop.writers and threading.main_thread() not in shop.writers
    await shop.engine.bus.drain()
    assert [(e.outbox_id, e.status) for e in shop.events if isinstance(e, MessageStatusChanged)] \
        == [(queued.outbox_id, OutboxStatus.CANCELLED.value)]
    with pytest.raises(ValueError, match="cannot be cancelled"):
        await shop.engine.cancel_outgoing(shop.company_id, queued.outbox_id)
