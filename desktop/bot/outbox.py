"""The durable outbox: every outgoing message is a row first, then sent, one company at a time.

A row goes queued -> sending -> sent -> delivered -> read, or failed with the reason. The sender
waits (bounded) until WhatsApp can send, shows "typing…", keeps to the company's rate limit and
retries with backoff. A row that was `sending` when the app stopped is sent again at the next start
with the same WhatsApp message id.

Every read and write of the sender runs on the database's thread (`Database.run`), never on the
event loop: a locked database holds up the outbox, not the window. The sender's own memory
(`_known`, `_unwritten`, the limiter) is changed only on the loop, once a write has returned.
"""

from __future__ import annotations

import asyncio
import collections
import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import and_, func, not_, or_, select, update
from sqlalchemy.exc import OperationalError

from desktop.bot.db_faults import database_fault, describe_db_error
from desktop.bot.events import DatabaseFault, EventBus, MessageStatusChanged, Waiting
from desktop.bridge import NotConnectedError, SendError, SendRefusedError, SentMessage
from desktop.reason import Reason, define, stored
from desktop.store.db import Database, existing_row
from desktop.store.models import Conversation, OutboxMessage, OutboxStatus, utcnow
from desktop.waiting import wait_event

log = logging.getLogger("ai_admin.outbox")

# Forward-only order of delivery progress; failed and cancelled are final.
PROGRESS = {OutboxStatus.QUEUED: 0, OutboxStatus.SENDING: 1, OutboxStatus.SENT: 2,
            OutboxStatus.DELIVERED: 3, OutboxStatus.READ: 4}
RECEIPT_STATUS = {"sent": OutboxStatus.SENT, "delivered": OutboxStatus.DELIVERED,
                  "read": OutboxStatus.READ, "played": OutboxStatus.READ}
UNFINISHED = (OutboxStatus.QUEUED.value, OutboxStatus.SENDING.value)
KNOWN_ROWS = 5_000          # recent rows whose status the sender keeps in memory
FLUSH_SECONDS = 0.2         # receipts are written at most this long after they arrive
FINAL = (OutboxStatus.FAILED.value, OutboxStatus.CANCELLED.value)
# Why a message was not sent (kept in the row's last_error as the reason's JSON).
REFUSED_OWN_CHAT = define("send.refused_own_chat",
                          "WhatsApp refused this message: the contact must be messaged in their "
                          "own chat (error 463). Answer them after their next message.")
REFUSED_STATUS_WHY = define("send.refused_status_why",
                            "WhatsApp refused this message (error {status}): {why}")
REFUSED_STATUS = define("send.refused_status", "WhatsApp refused this message (error {status}).")
REFUSED_WHY = define("send.refused_why", "WhatsApp refused this message: {why}")
REFUSED_PLAIN = define("send.refused_plain", "WhatsApp refused this message.")
INTERNAL_ERROR = define("send.internal_error", "internal error; see the log")
CANCELLED_BY_STAFF = define("send.cancelled_by_staff", "cancelled by staff")
ALREADY_SENT = define("send.already_sent",
                      "This message already reached WhatsApp; it is not sent again.")
# The reasons of a refusal for good; screens note such a message under its bubble.
REFUSALS = frozenset({REFUSED_OWN_CHAT, REFUSED_STATUS_WHY, REFUSED_STATUS, REFUSED_WHY,
                      REFUSED_PLAIN})


def refusal_reason(code: int | None, detail: Reason | str | None = None) -> Reason:
    """What staff read under a message WhatsApp refused for good (plain words, code last).

    ``detail`` is the session's reason, or WhatsApp's own words from an error receipt.
    """
    if code == 463:
        return Reason(REFUSED_OWN_CHAT)
    if code:
        return (Reason(REFUSED_STATUS_WHY, {"status": code, "why": detail}) if detail
                else Reason(REFUSED_STATUS, {"status": code}))
    return Reason(REFUSED_WHY, {"why": detail}) if detail else Reason(REFUSED_PLAIN)


# WhatsApp has the message: staff cannot send it again.
SHOWN_SENT = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)


class AlreadySentError(ValueError):
    """Staff asked to send again a message WhatsApp already has: refused, with the reason."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


FAULT_RETRY_FIRST = 0.5     # after a database fault the sender tries again this soon ...
FAULT_RETRY_MAX = 30.0      # ... doubling up to this


class Channel(Protocol):
    """What the sender needs from a company's WhatsApp session (CompanySession provides it)."""

    async def wait_can_send(self, timeout: float | None = None) -> None: ...
    async def presence(self, to: str, state: str) -> None: ...
    async def send_text(self, to: str, text: str, message_id: str,
                        timeout: float | None = None) -> SentMessage: ...


@dataclass
class OutboxOptions:
    """Bounds of the sender; tests and benchmarks set the delays to zero."""

    wait_can_send: float = 10.0
    typing_seconds: float = 1.5
    rate_per_minute: int = 20
    rate_window_seconds: float = 60.0   # "a minute"; shorter only in tests
    send_timeout: float = 30.0
    max_attempts: int = 5
    retry_base: float = 2.0
    retry_max: float = 120.0
    not_connected_retry: float = 5.0


class RateLimiter:
    """At most `per_minute` sends in any sliding window of `window` seconds (a minute)."""

    def __init__(self, per_minute: int, window: float = 60.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_minute = per_minute
        self.window = window
        self._clock = clock
        self._sent: collections.deque[float] = collections.deque()

    def wait_time(self) -> float:
        """Seconds until one more send is allowed (0 when it is allowed now)."""
        now = self._clock()
        while self._sent and now - self._sent[0] >= self.window:
            self._sent.popleft()
        if self.per_minute <= 0 or len(self._sent) < self.per_minute:
            return 0.0
        return self.window - (now - self._sent[0])

    def record(self) -> float:
        """Count a send starting now; returns the moment it was counted at (on the limiter's clock)."""
        now = self._clock()
        self._sent.append(now)
        return now


def retry_delay(attempt: int, options: OutboxOptions) -> float:
    return min(options.retry_max, options.retry_base * 2 ** max(0, attempt - 1))


class OutboxSender:
    """Sends one company's outbox rows in order, durably, within WhatsApp's limits."""

    def __init__(self, company_id: int, database: Database, channel: Channel, bus: EventBus,
                 options: OutboxOptions | None = None, *,
                 on_change: Callable[[], None] | None = None) -> None:
        self.company_id = company_id
        # Told whenever `busy` or the pending rows may have changed (the engine's idle watch).
        self._on_change = on_change or (lambda: None)
        self._database = database
        self._channel = channel
        self._bus = bus
        self.options = options or OutboxOptions()
        self.limiter = RateLimiter(self.options.rate_per_minute, self.options.rate_window_seconds)
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._busy = False
        self._extra = {"company_id": company_id}
        # What this sender knows of recent rows: wa_id -> (status, row id, conversation id).
        self._known: collections.OrderedDict[str, tuple[OutboxStatus, int, int]] = \
            collections.OrderedDict()
        self._unwritten: dict[str, OutboxStatus] = {}
        self._flush_handle: asyncio.TimerHandle | None = None
        self._flushes: set[asyncio.Task[None]] = set()
        # Why the sender cannot work right now (None: it can), for status and diagnostics.
        self.fault: str | None = None
        self._fault_attempts = 0
        # Rows left `sending` by the last run are queued again first thing, in the sender's task.
        self._recovered = False

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        """Start sending; the task first resumes rows left unfinished by the last run."""
        self._task = asyncio.get_running_loop().create_task(self._run(),
                                                            name=f"outbox-{self.company_id}")

    async def stop(self, timeout: float = 10.0) -> None:
        """Stop sending; rows stay in the store for the next start. Bounded, never hangs."""
        if self._flush_handle is not None:
            self._flush_handle.cancel()
        await self._flush()
        if self._task is not None:
            self._task.cancel()
            await asyncio.wait({self._task}, timeout=timeout)
            self._task = None

    def wake(self) -> None:
        """A new row is waiting: look at the outbox now."""
        self._wake.set()
        self._on_change()

    async def _recover(self) -> None:
        await self._database.run(self._queue_unfinished_sends)
        self._recovered = True

    def _queue_unfinished_sends(self) -> None:
        with self._database.session() as session:
            rows = session.scalars(select(OutboxMessage).where(
                OutboxMessage.company_id == self.company_id,
                OutboxMessage.status == OutboxStatus.SENDING.value))
            for row in rows:
                # WhatsApp may or may not have taken it: send again with the same id, which
                # WhatsApp treats as the same message.
                log.warning("Outbox message %s was being sent when AI Admin stopped; sending it "
                            "again with the same id", row.wa_id, extra=self._extra)
                row.status = OutboxStatus.QUEUED.value
                row.next_attempt_at = utcnow()

    # -- state for others ----------------------------------------------------------------------

    def pending_count(self) -> int:
        """Rows not sent yet (a read: from the database thread, or where a wait does not matter)."""
        with self._database.session() as session:
            return session.scalar(select(func.count()).select_from(OutboxMessage).where(
                OutboxMessage.company_id == self.company_id,
                OutboxMessage.status.in_(UNFINISHED))) or 0

    @property
    def busy(self) -> bool:
        """True while a row is being sent, one is due now, or receipts wait to be stored."""
        return (self._busy or self._wake.is_set() or bool(self._unwritten) or bool(self._flushes)
                or not self._recovered)

    # -- the loop ------------------------------------------------------------------------------

    async def _run(self) -> None:
        """Supervised: a database fault ends one attempt, never the sender (backoff, then again)."""
        while True:
            try:
                if self.fault is not None or not self._recovered:
                    await self._repair_after_fault()
                await self._step()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the outbox must outlive any single fault
                self._busy = False
                self._on_change()
                await self._note_fault(exc)
            else:
                if self.fault is not None:
                    log.warning("Outbox works again after %d failed attempts (%s)",
                                self._fault_attempts, self.fault, extra=self._extra)
                    self.fault, self._fault_attempts = None, 0
                    self._bus.publish(DatabaseFault(self.company_id, Waiting.REPLIES, None))

    async def _note_fault(self, exc: Exception) -> None:
        """Log a fault once (not per row or per attempt), keep it visible, wait with backoff."""
        self._fault_attempts += 1
        reason = describe_db_error(exc)
        if self.fault is None:
            log.error("Outbox paused: %s; trying again with backoff", reason, exc_info=exc,
                      extra=self._extra)
            self._bus.publish(DatabaseFault(self.company_id, Waiting.REPLIES, database_fault(exc)))
        self.fault = reason
        delay = min(FAULT_RETRY_MAX, FAULT_RETRY_FIRST * 2 ** (self._fault_attempts - 1))
        await asyncio.sleep(delay)

    async def _repair_after_fault(self) -> None:
        """At the start and before trying again after a fault: store what was learnt meanwhile
        (sends that succeeded), then queue rows the last run or a failed write left as `sending`
        (nothing is in flight at this point, so such a row is stale; it goes again with the same
        WhatsApp id)."""
        await self._flush_or_raise()
        await self._recover()

    async def _step(self) -> None:
        self._wake.clear()
        due, wait = await self._next_due()
        if due is None:
            self._on_change()  # nothing due: the wake-up that made it busy is used up
            await wait_event(self._wake, wait)
            return
        row_id = due.id
        self._busy = True
        try:
            await self._send(due)
        except asyncio.CancelledError:
            raise
        except OperationalError:
            raise  # the database, not the row: the row stays queued for the next attempt
        except Exception:  # noqa: BLE001 - one bad row must not stop the outbox
            log.exception("Outbox message %s could not be processed", row_id,
                          extra=self._extra)
            await self._finish(row_id, OutboxStatus.FAILED, Reason(INTERNAL_ERROR))
        finally:
            self._busy = False
            self._on_change()

    async def _next_due(self) -> tuple[Any | None, float | None]:
        """The oldest due queued row (what sending needs of it), or how long to sleep until one
        is due (None: no row at all). One query: this runs for every message."""
        row = await self._database.run(self._oldest_queued)
        now = utcnow()
        if row is None:
            return None, None
        if row.next_attempt_at is None or row.next_attempt_at <= now:
            return row, None
        return None, (row.next_attempt_at - now).total_seconds()

    def _oldest_queued(self) -> Any | None:
        with self._database.session() as session:
            return session.execute(select(
                OutboxMessage.id, OutboxMessage.next_attempt_at, OutboxMessage.to_jid,
                OutboxMessage.text, OutboxMessage.wa_id, OutboxMessage.conversation_id,
                OutboxMessage.attempts).where(
                OutboxMessage.company_id == self.company_id,
                OutboxMessage.status == OutboxStatus.QUEUED.value)
                .order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(1)).first()

    async def _send(self, due: Any) -> None:
        row_id, to, text, wa_id = due.id, due.to_jid, due.text, due.wa_id
        conversation_id, attempts = due.conversation_id, due.attempts
        try:
            await self._channel.wait_can_send(self.options.wait_can_send)
        except NotConnectedError as exc:
            await self._reschedule(row_id, self.options.not_connected_retry, exc.reason,
                                   count=False)
            return
        wait = self.limiter.wait_time()
        while wait > 0:
            log.info("Rate limit: %d messages a minute; next send in %.1f s",
                     self.options.rate_per_minute, wait, extra=self._extra)
            await asyncio.sleep(wait)
            wait = self.limiter.wait_time()
        if self.options.typing_seconds > 0:
            await self._typing(to)
        if not await self._claim(row_id, conversation_id, wa_id, attempts):
            log.info("Outbox message %s was cancelled or changed while it waited to be sent; "
                     "not sent", wa_id, extra=self._extra)
            return
        self.limiter.record()
        started = time.perf_counter()
        try:
            await self._channel.send_text(to, text, wa_id, timeout=self.options.send_timeout)
        except SendRefusedError as exc:
            # Refused for good: the same message to the same address is refused again.
            log.error("WhatsApp refused %s for good (%s); not retried", wa_id, exc,
                      extra=self._extra)
            await self._finish(row_id, OutboxStatus.FAILED,
                               refusal_reason(exc.status, exc.reason), failed_attempt=True)
            return
        except SendError as exc:
            if self._known.get(wa_id, (None,))[0] in (OutboxStatus.FAILED, *SHOWN_SENT):
                # An error receipt refused it while the send was waiting (never retried), or an
                # echo or receipt proved it arrived (a hung bridge's send): never sent twice.
                return
            if attempts + 1 >= self.options.max_attempts:
                log.error("Outbox message %s failed for good after %d attempts: %s", wa_id,
                          attempts + 1, exc, extra=self._extra)
                await self._finish(row_id, OutboxStatus.FAILED, exc.reason, failed_attempt=True)
            else:
                delay = retry_delay(attempts + 1, self.options)
                log.warning("Send of %s failed (%s); retrying in %.0f s", wa_id, exc, delay,
                            extra=self._extra)
                await self._reschedule(row_id, delay, exc.reason, count=False,
                                       back_to_queue=True, failed_attempt=True)
            return
        log.info("Sent %s in %.0f ms", wa_id, (time.perf_counter() - started) * 1000,
                 extra=self._extra)
        try:
            await self.advance(wa_id, OutboxStatus.SENT)
        except OperationalError:
            # WhatsApp has it: never let a database fault turn this into "failed" or a resend.
            # Kept in memory and written when the database can be written again.
            self._unwritten[wa_id] = OutboxStatus.SENT
            raise

    async def _typing(self, to: str) -> None:
        try:
            await self._channel.presence(to, "composing")
            await asyncio.sleep(self.options.typing_seconds)
            await self._channel.presence(to, "paused")
        except Exception as exc:  # noqa: BLE001 - "typing…" is a courtesy, never a reason to fail
            log.debug("Typing indicator not shown: %s", exc, extra=self._extra)

    # -- row updates ---------------------------------------------------------------------------

    async def _claim(self, row_id: int, conversation_id: int, wa_id: str, attempts: int) -> bool:
        """Mark the row `sending` for this attempt, only if it is still the queued row read
        before the waits (typing, rate limit, WhatsApp able to send): staff may have cancelled
        it meanwhile, or retried it (attempts back to 0), and a cancelled answer must never go
        out. False when the row changed: it is not sent now."""

        def claim() -> bool:
            # One guarded UPDATE by id (no read first): this runs for every message sent.
            with self._database.session() as session:
                claimed = session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.id == row_id,
                           OutboxMessage.status == OutboxStatus.QUEUED.value,
                           OutboxMessage.attempts == attempts)
                    .values(status=OutboxStatus.SENDING.value, attempts=attempts + 1,
                            updated_at=utcnow()))
                return claimed.rowcount == 1  # type: ignore[attr-defined]

        if not await self._database.run(claim):
            return False
        self._remember(wa_id, OutboxStatus.SENDING, row_id, conversation_id)
        self._announce(MessageStatusChanged(self.company_id, conversation_id, row_id, wa_id,
                                            OutboxStatus.SENDING))
        return True

    async def _reschedule(self, row_id: int, delay: float, reason: Reason, *, count: bool,
                          back_to_queue: bool = False, failed_attempt: bool = False) -> None:
        error = stored(reason)

        def write() -> tuple[int, str]:
            with self._database.session() as session:
                row = existing_row(session, OutboxMessage, row_id)
                row.status = OutboxStatus.QUEUED.value
                row.next_attempt_at = utcnow() + dt.timedelta(seconds=delay)
                row.last_error = error
                if count:
                    row.attempts += 1
                if failed_attempt:
                    row.send_failures += 1
                return row.conversation_id, row.wa_id

        conversation_id, wa_id = await self._database.run(write)
        self._remember(wa_id, OutboxStatus.QUEUED, row_id, conversation_id)
        if back_to_queue:
            self._announce(MessageStatusChanged(self.company_id, conversation_id, row_id, wa_id,
                                                   OutboxStatus.QUEUED, error))

    async def _finish(self, row_id: int, status: OutboxStatus, reason: Reason, *,
                      failed_attempt: bool = False) -> None:
        error = stored(reason)

        def write() -> tuple[int, str]:
            with self._database.session() as session:
                row = existing_row(session, OutboxMessage, row_id)
                row.status = status.value
                row.last_error = error
                if failed_attempt:
                    row.send_failures += 1
                return row.conversation_id, row.wa_id

        conversation_id, wa_id = await self._database.run(write)
        self._remember(wa_id, status, row_id, conversation_id)
        self._announce(MessageStatusChanged(self.company_id, conversation_id, row_id, wa_id,
                                               status, error))

    def _announce(self, change: MessageStatusChanged) -> None:
        """Publish a row's new status; a row that stops being pending may make the engine idle."""
        self._bus.publish(change)
        self._on_change()

    def _remember(self, wa_id: str, status: OutboxStatus, row_id: int,
                  conversation_id: int) -> None:
        self._known[wa_id] = (status, row_id, conversation_id)
        self._known.move_to_end(wa_id)
        while len(self._known) > KNOWN_ROWS:
            self._known.popitem(last=False)

    async def advance(self, wa_id: str, status: OutboxStatus, *, durable: bool = True) -> bool:
        """Move a row forward (send result, echo, receipt); never backwards. True if it moved.

        Receipts and echoes (`durable=False`) are applied to the event stream at once and written
        in small batches: they arrive several times per message, and "delivered" or "read" lost
        to a crash only costs a tick, while "sent" (which decides about re-sending) is written at
        once.
        """
        known = self._known.get(wa_id)
        if known is not None and known[0] is not OutboxStatus.FAILED:
            current, row_id, conversation_id = known
            if current not in PROGRESS or PROGRESS[status] <= PROGRESS[current]:
                return False  # nothing new: no database round trip at all
            self._remember(wa_id, status, row_id, conversation_id)
            if durable:
                await self._database.run(lambda: self._write_statuses({wa_id: status}))
            else:
                self._unwritten[wa_id] = status
                self._schedule_flush()
            self._announce(MessageStatusChanged(self.company_id, conversation_id, row_id,
                                                   wa_id, status))
            return True
        # A row this sender has not seen since it started (e.g. after a restart), or one that
        # failed: ask the store. A receipt or an echo proves a `failed` row was sent after all (a
        # send to a hung bridge, or one that timed out, can arrive late): it is shown as sent and
        # never sent again. A row WhatsApp refused stays failed.
        behind = [s.value for s, rank in PROGRESS.items() if rank < PROGRESS[status]]
        refusal = or_(*(OutboxMessage.last_error.startswith(f'{{"code": "{code}"', autoescape=True)
                        for code in sorted(REFUSALS)))
        proven_sent = and_(OutboxMessage.status == OutboxStatus.FAILED.value,
                           or_(OutboxMessage.last_error.is_(None), not_(refusal)))

        def write() -> Any:
            with self._database.session() as session:
                return session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.company_id == self.company_id,
                           OutboxMessage.wa_id == wa_id,
                           or_(OutboxMessage.status.in_(behind), proven_sent))
                    .values(status=status.value, last_error=None, updated_at=utcnow())
                    .returning(OutboxMessage.id, OutboxMessage.conversation_id)).first()

        moved = await self._database.run(write)
        if moved is None:
            return False
        if known is not None:
            log.warning("Outbox message %s had failed, but WhatsApp shows it %s: marked %s",
                        wa_id, status.value, status.value, extra=self._extra)
        self._remember(wa_id, status, moved.id, moved.conversation_id)
        self._announce(MessageStatusChanged(self.company_id, moved.conversation_id, moved.id,
                                               wa_id, status))
        return True

    def _write_statuses(self, statuses: dict[str, OutboxStatus]) -> None:
        """Store forward moves; each update is guarded so a row never goes backwards.
        On the database thread."""
        with self._database.session() as session:
            for wa_id, status in statuses.items():
                behind = [s.value for s, rank in PROGRESS.items() if rank < PROGRESS[status]]
                session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.company_id == self.company_id,
                           OutboxMessage.wa_id == wa_id, OutboxMessage.status.in_(behind))
                    .values(status=status.value, last_error=None, updated_at=utcnow()))

    def _schedule_flush(self, delay: float = FLUSH_SECONDS) -> None:
        if self._flush_handle is None:
            self._flush_handle = asyncio.get_running_loop().call_later(delay, self.flush)

    def flush(self) -> None:
        """Start writing the receipts gathered since the last flush (one transaction, on the
        database thread); `busy` until it is written."""
        self._flush_handle = None
        task = asyncio.get_running_loop().create_task(self._flush())
        self._flushes.add(task)
        task.add_done_callback(self._flush_done)

    def _flush_done(self, task: asyncio.Task[None]) -> None:
        self._flushes.discard(task)
        self._on_change()

    async def _flush(self) -> None:
        try:
            await self._flush_or_raise()
        except Exception as exc:  # noqa: BLE001 - kept for the next flush; keep sending
            if self.fault is None:
                log.warning("Could not store %d delivery statuses yet: %s", len(self._unwritten),
                            describe_db_error(exc), extra=self._extra)
            if self._unwritten:
                self._schedule_flush(FAULT_RETRY_MAX / 10)

    async def _flush_or_raise(self) -> None:
        # Kept in `_unwritten` until written (a failed write leaves them for the next flush);
        # a newer move that arrived meanwhile stays to be written too.
        pending = dict(self._unwritten)
        if pending:
            await self._database.run(lambda: self._write_statuses(pending))
            for wa_id, status in pending.items():
                if self._unwritten.get(wa_id) is status:
                    del self._unwritten[wa_id]
            self._on_change()

    async def on_receipt(self, wa_id: str, receipt_status: str, error_code: int | None = None,
                         detail: str | None = None) -> None:
        """Apply a WhatsApp receipt to our row; an error receipt fails it, even after `sent`."""
        if receipt_status == "error":
            await self.refused(wa_id, refusal_reason(error_code, detail))
            return
        status = RECEIPT_STATUS.get(receipt_status)
        if status is not None:
            await self.advance(wa_id, status, durable=False)

    async def refused(self, wa_id: str, reason: Reason) -> bool:
        """WhatsApp refused a message after taking it: the row fails with the reason, for good.

        Unlike ticks this may move a row "back" from sent or delivered: the customer will not
        get it, and staff must see that. True if a row changed.
        """
        self._unwritten.pop(wa_id, None)

        def write() -> Any:
            with self._database.session() as session:
                return session.execute(
                    update(OutboxMessage)
                    .where(OutboxMessage.company_id == self.company_id,
                           OutboxMessage.wa_id == wa_id, OutboxMessage.status.not_in(FINAL))
                    .values(status=OutboxStatus.FAILED.value, last_error=stored(reason),
                            send_failures=OutboxMessage.send_failures + 1,
                            updated_at=utcnow())
                    .returning(OutboxMessage.id, OutboxMessage.conversation_id)).first()

        row = await self._database.run(write)
        if row is None:
            return False
        log.error("WhatsApp refused %s: %s", wa_id, reason, extra=self._extra)
        self._remember(wa_id, OutboxStatus.FAILED, row.id, row.conversation_id)
        self._announce(MessageStatusChanged(self.company_id, row.conversation_id, row.id,
                                               wa_id, OutboxStatus.FAILED, stored(reason)))
        return True

    async def retry(self, outbox_id: int) -> None:
        """Staff: try a failed (or waiting) row again now; returns once it is queued again (written,
        announced, and the sender woken). A row WhatsApp already has (sent, delivered, read: also
        one a receipt proved sent after it had failed) is refused with `AlreadySentError`."""
        # A receipt may not be written yet (they are written in batches): memory knows first.
        if any(row_id == outbox_id and status in SHOWN_SENT
               for status, row_id, _ in self._known.values()):
            raise AlreadySentError(Reason(ALREADY_SENT))
        conversation_id, wa_id = await self._database.run(lambda: self._requeue(outbox_id))
        self._remember(wa_id, OutboxStatus.QUEUED, outbox_id, conversation_id)
        self._announce(MessageStatusChanged(self.company_id, conversation_id, outbox_id, wa_id,
                                               OutboxStatus.QUEUED))
        self.wake()

    def _requeue(self, outbox_id: int) -> tuple[int, str]:
        with self._database.session() as session:
            row = session.get(OutboxMessage, outbox_id)
            if row is None or row.company_id != self.company_id:
                raise LookupError(f"no outgoing message {outbox_id} for this company")
            if row.status in {s.value for s in SHOWN_SENT}:
                raise AlreadySentError(Reason(ALREADY_SENT))
            if row.status not in (OutboxStatus.FAILED.value, OutboxStatus.QUEUED.value):
                raise ValueError(f"message {outbox_id} is {row.status}; only failed or waiting "
                                 "messages can be retried")
            row.status, row.attempts = OutboxStatus.QUEUED.value, 0
            row.next_attempt_at, row.last_error = utcnow(), None
            # To the chat the customer wrote from last (a refusal may have been about the other).
            chat = session.scalar(select(Conversation.chat_jid).where(
                Conversation.id == row.conversation_id))
            row.to_jid = chat or row.to_jid
            return row.conversation_id, row.wa_id

    async def cancel(self, outbox_id: int) -> None:
        """Staff: give up on a failed or waiting row; returns once it is written and announced."""
        conversation_id, wa_id = await self._database.run(
            lambda: self._write_cancelled(outbox_id))
        self._remember(wa_id, OutboxStatus.CANCELLED, outbox_id, conversation_id)
        self._announce(MessageStatusChanged(self.company_id, conversation_id, outbox_id, wa_id,
                                            OutboxStatus.CANCELLED,
                                            stored(Reason(CANCELLED_BY_STAFF))))

    def _write_cancelled(self, outbox_id: int) -> tuple[int, str]:
        # Checked and written in one transaction, so nothing changes the row in between.
        with self._database.session() as session:
            row = session.get(OutboxMessage, outbox_id)
            if row is None or row.company_id != self.company_id:
                raise LookupError(f"no outgoing message {outbox_id} for this company")
            if row.status not in (OutboxStatus.FAILED.value, OutboxStatus.QUEUED.value):
                raise ValueError(f"message {outbox_id} is {row.status}; it cannot be cancelled")
            row.status = OutboxStatus.CANCELLED.value
            row.last_error = stored(Reason(CANCELLED_BY_STAFF))
            return row.conversation_id, row.wa_id
