"""Every failed send is counted for good (diagnostics' "sends that failed (ever)") and logged loud."""

from __future__ import annotations

import logging

from desktop.bot.stats import FailedSends, failed_sends_ever
from desktop.bridge import SendFailedError, SendRefusedError
from desktop.bridge.session import SEND_REFUSED, SEND_REFUSED_FOR_GOOD
from desktop.reason import Reason
from desktop.store.db import Database
from desktop.store.models import OutboxStatus

from .test_outbox_refused import Channel, _row, _sending, _until


async def test_failures_before_a_successful_retry_are_still_counted(database: Database,
                                                                    caplog) -> None:
    company_id, _ = _row(database)
    busy = Reason(SEND_REFUSED, {"error": "busy"})
    channel = Channel(SendFailedError(busy), SendFailedError(busy))
    with caplog.at_level(logging.INFO, logger="ai_admin"):
        async with _sending(database, company_id, channel):
            row = await _until(database, OutboxStatus.SENT.value)
    assert row.attempts == 3 and row.send_failures == 2
    assert failed_sends_ever(database, company_id) == FailedSends(attempts=2, messages=1,
                                                                  got_through=1)
    assert failed_sends_ever(database, company_id + 1) == FailedSends()
    failures = [r for r in caplog.records if "failed" in r.getMessage() and "AIA1" in r.getMessage()]
    assert len(failures) == 2 and all(r.levelno == logging.WARNING for r in failures)


async def test_a_staff_retry_does_not_reset_the_count(database: Database, caplog) -> None:
    company_id, _ = _row(database)
    channel = Channel(SendRefusedError(Reason(SEND_REFUSED_FOR_GOOD, {"error": "463"}), 463))
    with caplog.at_level(logging.INFO, logger="ai_admin"):
        async with _sending(database, company_id, channel) as sender:
            row = await _until(database, OutboxStatus.FAILED.value)
            assert row.send_failures == 1
            await sender.retry(row.id)
            row = await _until(database, OutboxStatus.SENT.value)
    assert row.attempts == 1 and row.send_failures == 1
    assert failed_sends_ever(database) == FailedSends(attempts=1, messages=1, got_through=1)
    [refusal] = [r for r in caplog.records if "refused" in r.getMessage()]
    assert refusal.levelno == logging.ERROR


async def test_an_error_receipt_counts_as_a_failure(database: Database) -> None:
    company_id, wa_id = _row(database)
    async with _sending(database, company_id, Channel()) as sender:
        await _until(database, OutboxStatus.SENT.value)
        await sender.on_receipt(wa_id, "error", 479, "not allowed")
        row = await _until(database, OutboxStatus.FAILED.value)
    assert row.send_failures == 1
    assert failed_sends_ever(database) == FailedSends(attempts=1, messages=1, got_through=0)
