"""A `failed` row that WhatsApp shows was sent after all (a receipt, or our own echo) becomes
sent, and staff cannot send a message WhatsApp already has a second time (issue 13: a hung
bridge's send timed out five times, failed, and still reached the customer)."""

from __future__ import annotations

import asyncio

import pytest

from desktop.bot.events import EventBus, MessageStatusChanged
from desktop.bot.outbox import ALREADY_SENT, AlreadySentError, OutboxSender
from desktop.bridge import SendTimeoutError
from desktop.bridge.session import SEND_BRIDGE_HUNG
from desktop.reason import Reason
from desktop.store.db import Database
from desktop.store.models import OutboxMessage, OutboxStatus

from .test_outbox_refused import FAST, Channel, _row, _sending, _until


def _hung_five_times() -> Channel:
    return Channel(*(SendTimeoutError(Reason(SEND_BRIDGE_HUNG)) for _ in range(FAST.max_attempts)))


def _status(database: Database) -> str:
    with database.session() as session:
        return session.query(OutboxMessage).one().status


async def test_a_receipt_proves_a_failed_row_was_sent(database: Database) -> None:
    company_id, wa_id = _row(database)
    channel = _hung_five_times()
    bus = EventBus()
    events: list[MessageStatusChanged] = []
    bus.subscribe(lambda e: events.append(e) if isinstance(e, MessageStatusChanged) else None)
    async with _sending(database, company_id, channel, bus) as sender:
        row = await _until(database, OutboxStatus.FAILED.value)
        assert len(channel.sends) == FAST.max_attempts
        # The bridge woke up (or WhatsApp had it all along): the phone's receipt comes.
        await sender.on_receipt(wa_id, "delivered")
        await sender._flush_or_raise()  # written now, not on the next flush
        assert _status(database) == OutboxStatus.DELIVERED.value
        await bus.drain()
        assert events[-1].status is OutboxStatus.DELIVERED and events[-1].outbox_id == row.id

        # Staff press "send again": refused with a reason, nothing sent.
        with pytest.raises(AlreadySentError) as info:
            await sender.retry(row.id)
        assert info.value.reason == Reason(ALREADY_SENT)
        await asyncio.sleep(0.05)  # a send, if one had been queued, would have started by now
        assert len(channel.sends) == FAST.max_attempts
        assert _status(database) == OutboxStatus.DELIVERED.value


async def test_an_echo_proves_a_failed_row_was_sent_after_a_restart(database: Database) -> None:
    company_id, wa_id = _row(database)
    async with _sending(database, company_id, _hung_five_times()):
        row = await _until(database, OutboxStatus.FAILED.value)
    # A new sender (the app started again) knows the row only from the store.
    bus = EventBus()
    sender = OutboxSender(company_id, database, Channel(), bus, FAST)
    try:
        assert await sender.advance(wa_id, OutboxStatus.DELIVERED, durable=False)  # our own echo
        assert _status(database) == OutboxStatus.DELIVERED.value
        with pytest.raises(AlreadySentError):
            sender._requeue(row.id)  # the store refuses too, without the sender's memory
    finally:
        bus.close()


async def test_a_refused_row_stays_failed_whatever_comes_after(database: Database) -> None:
    company_id, wa_id = _row(database)
    channel = Channel()
    channel.gate = asyncio.Event()
    async with _sending(database, company_id, channel) as sender:
        await _until(database, OutboxStatus.SENDING.value)
        await sender.on_receipt(wa_id, "error", 463, None)
        channel.gate.set()
        await _until(database, OutboxStatus.FAILED.value)
        await sender.on_receipt(wa_id, "delivered")
        assert not await sender.advance(wa_id, OutboxStatus.DELIVERED, durable=False)
        await sender._flush_or_raise()  # written now, not on the next flush
        assert _status(database) == OutboxStatus.FAILED.value


async def test_an_echo_during_a_send_that_then_fails_is_not_sent_again(database: Database) -> None:
    # The bridge wrote the message (its echo came), then stopped answering and was killed.
    company_id, wa_id = _row(database)
    channel = Channel(SendTimeoutError(Reason(SEND_BRIDGE_HUNG)))
    channel.gate = asyncio.Event()
    async with _sending(database, company_id, channel) as sender:
        await _until(database, OutboxStatus.SENDING.value)
        await sender.advance(wa_id, OutboxStatus.DELIVERED, durable=False)  # the engine, on the echo
        channel.gate.set()
        await _until(database, OutboxStatus.DELIVERED.value)
        await asyncio.sleep(0.05)  # a retry at retry_base would have been sent by now
        assert len(channel.sends) == 1
        assert _status(database) == OutboxStatus.DELIVERED.value
