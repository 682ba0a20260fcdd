"""A send WhatsApp refused for good (send_refused, 463) is never retried and tells staff why."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator

from desktop.bot.events import EventBus, MessageStatusChanged
from desktop.bot.outbox import REFUSED_OWN_CHAT, OutboxOptions, OutboxSender
from desktop.bridge import SendFailedError, SendRefusedError, SentMessage
from desktop.bridge.session import SEND_BRIDGE_STOPPED, SEND_REFUSED, SEND_REFUSED_FOR_GOOD
from desktop.reason import Reason, from_stored
from desktop.store.db import Database
from desktop.store.models import (
    Company,
    Conversation,
    Customer,
    OutboxMessage,
    OutboxStatus,
    utcnow,
)

FAST = OutboxOptions(wait_can_send=1, typing_seconds=0, rate_per_minute=0, max_attempts=5,
                     retry_base=0.01, retry_max=0.01)


class Channel:
    """A WhatsApp session that answers each send with the next scripted outcome."""

    def __init__(self, *outcomes) -> None:
        self.outcomes = list(outcomes)
        self.sends: list[str] = []
        self.gate: asyncio.Event | None = None

    async def wait_can_send(self, timeout=None) -> None:
        return None

    async def presence(self, to, state) -> None:
        return None

    async def send_text(self, to, text, message_id, timeout=None) -> SentMessage:
        self.sends.append(to)
        if self.gate is not None:
            await self.gate.wait()
        outcome = self.outcomes.pop(0) if self.outcomes else None
        if isinstance(outcome, Exception):
            raise outcome
        return SentMessage(message_id, 1)


def _row(database: Database) -> tuple[int, str]:
    with database.session() as session:
        company = Company(name="Shop")
        session.add(company)
        session.flush()
        customer = Customer(company_id=company.id, phone="+15550001111")
        session.add(customer)
        session.flush()
        conversation = Conversation(company_id=company.id, customer_id=customer.id,
                                    chat_jid="111@lid")
        session.add(conversation)
        session.flush()
        row = OutboxMessage(company_id=company.id, conversation_id=conversation.id,
                            wa_id="AIA1", to_jid="15550001111@s.whatsapp.net", text="hi",
                            author="bot", created_at=utcnow(), next_attempt_at=utcnow())
        session.add(row)
        session.flush()
        return company.id, row.wa_id


async def _until(database: Database, status: str) -> OutboxMessage:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 10
    while loop.time() < deadline:
        with database.session() as session:
            row = session.query(OutboxMessage).one()
            if row.status == status:
                session.expunge(row)
                return row
        await asyncio.sleep(0.01)
    raise AssertionError(f"outbox row never became {status}")


@contextlib.asynccontextmanager
async def _sending(database: Database, company_id: int, channel: Channel,
                   bus: EventBus | None = None) -> AsyncIterator[OutboxSender]:
    """An outbox sender running on `channel` for the test's duration, stopped and closed after."""
    bus = bus or EventBus()
    sender = OutboxSender(company_id, database, channel, bus, FAST)
    sender.start()
    try:
        yield sender
    finally:
        await sender.stop()
        bus.close()


async def test_send_refused_fails_at_once_with_plain_words(database: Database) -> None:
    company_id, _ = _row(database)
    bus = EventBus()
    events: list[MessageStatusChanged] = []
    bus.subscribe(lambda e: events.append(e) if isinstance(e, MessageStatusChanged) else None)
    channel = Channel(SendRefusedError(Reason(SEND_REFUSED_FOR_GOOD, {"error": "463"}), 463))
    async with _sending(database, company_id, channel, bus) as sender:
        row = await _until(database, OutboxStatus.FAILED.value)
        await asyncio.sleep(0.1)  # long enough for a retry at retry_base, which must not come
        assert channel.sends == ["15550001111@s.whatsapp.net"]
        assert row.attempts == 1
        assert from_stored(row.last_error) == Reason(REFUSED_OWN_CHAT)
        assert from_stored(row.last_error).text.startswith(
            "WhatsApp refused this message: the contact must be messaged in their own chat")
        await bus.drain()
        assert events[-1].status is OutboxStatus.FAILED and events[-1].error == row.last_error

        # Staff may try again: it goes to the chat the customer wrote from.
        await sender.retry(row.id)
        await _until(database, OutboxStatus.SENT.value)
        assert channel.sends[-1] == "111@lid"


async def test_an_ordinary_failure_is_still_retried(database: Database) -> None:
    company_id, _ = _row(database)
    channel = Channel(SendFailedError(Reason(SEND_REFUSED, {"error": "busy"})))
    async with _sending(database, company_id, channel):
        row = await _until(database, OutboxStatus.SENT.value)
        assert len(channel.sends) == 2 and row.attempts == 2


async def test_error_receipt_during_a_failing_send_is_not_retried(database: Database) -> None:
    company_id, wa_id = _row(database)
    channel = Channel(SendFailedError(Reason(SEND_BRIDGE_STOPPED)))
    channel.gate = asyncio.Event()
    async with _sending(database, company_id, channel) as sender:
        await _until(database, OutboxStatus.SENDING.value)
        await sender.on_receipt(wa_id, "error", 463, None)
        channel.gate.set()
        await asyncio.sleep(0.1)  # a retry would have come by now
        row = await _until(database, OutboxStatus.FAILED.value)
        assert len(channel.sends) == 1 and "463" in from_stored(row.last_error).text
        assert sender.pending_count() == 0
