"""The message engine: WhatsApp events in, stored conversations and answers out.

For every incoming message: validate -> store first (deduplicated by WhatsApp id) -> customer and
conversation -> publish -> decide. The decision is one of: echo of our own send, staff typing on
the shop's phone (pause the AI), group/broadcast (ignored), non-text (polite reply + needs a
human), old backlog (store and flag), AI off or paused (store only), or: wait for the customer to
finish typing, then ask the responder for one answer to all of it.

The receiver never waits for the AI or for WhatsApp: answers are worked out in their own tasks and
sent by the outbox, so one slow conversation never stalls the others.

Nor does the event loop wait for the database: every read and write runs on the database's
thread (`Database.run`, in the order handed over), a message's writes together in one hop
(storing it, and what its decision writes), and the engine's memory (batches, flags, seen ids)
is changed only on the loop, after the hop returns. A locked database slows the shop, never
freezes the window.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import dataclasses
import datetime as dt
import functools
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import OperationalError

from desktop.bot.db_faults import database_fault, describe_db_error
from desktop.bot.events import (
    Changes,
    ConversationChanged,
    ConversationsMerged,
    DatabaseFault,
    EngineLog,
    EventBus,
    LinkCodeKind,
    LinkCodeShown,
    MessageStored,
    SessionStateChanged,
    SimulatorDelivered,
    Waiting,
)
from desktop.bot.lids import Merge
from desktop.bot.outbox import OutboxOptions, OutboxSender
from desktop.bot.phones import InvalidPhoneNumber
from desktop.bot.records import (
    ConversationRecords,
    OwedDecision,
    PendingMessage,
    QueuedReply,
    StoredMessage,
)
from desktop.bot.reminders import ReminderScheduler, SentReminder
from desktop.bot.responder import Reply, ReplyRequest, Responder
from desktop.bridge import (
    CompanySession,
    IncomingMessage,
    LidMapping,
    PairingCode,
    QrCode,
    Receipt,
    SessionEvent,
    SimOutgoing,
    StateChanged,
    Transition,
)
from desktop.reason import stored
from desktop.redact import remove_secrets_from_text
from desktop.store.db import existing_row
from desktop.store.models import (
    Author,
    Conversation,
    Direction,
    Message,
    OutboxMessage,
    OutboxStatus,
    utcnow,
)
from desktop.store.models import SessionEvent as StoredTransition
from desktop.waiting import StateWatch, wait_bounded, within

log = logging.getLogger("ai_admin.engine")

IGNORED_CHATS = ("group", "broadcast", "status", "newsletter")
MAX_STAFF_TEXT = 65_536
SEEN_REMEMBERED = 20_000
_T = TypeVar("_T")

STORE_RETRY_FIRST = 0.5     # an incoming message the database refused is tried again this soon,
STORE_RETRY_MAX = 30.0      # doubling up to this
MEDIA_WORDS = {"audio": "a voice message", "image": "a photo", "video": "a video",
               "sticker": "a sticker", "document": "a document", "location": "a location",
               "contact": "a contact card", "unknown": "a message AI Admin cannot read"}
MERGES_REMEMBERED = 1_000


@dataclass
class EngineOptions:
    """The engine's timings and words; every delay can be set to zero for tests and benchmarks."""

    debounce_gap: float = 2.0        # a customer's quiet gap that ends their thought
    debounce_max: float = 8.0        # never wait longer than this for them to finish
    responder_timeout: float = 45.0
    pause_minutes: float = 30.0      # AI pause after staff reply (app or phone)
    backlog_max_age_hours: float = 12.0
    # A message WhatsApp could not decrypt usually comes again within seconds (the bridge asked
    # the sender's phone); only if it has not after this long does a person need to look.
    undecryptable_flag_after: float = 120.0
    outbox: OutboxOptions = field(default_factory=OutboxOptions)
    fallback_text: str = ("Thank you for your message! A member of our team will get back to you "
                          "shortly.")
    media_reply_text: str = ("Thank you! A member of our team will look at what you sent and get "
                             "back to you shortly.")


class EngineError(Exception):
    """A request to the engine that cannot be carried out; the message says why."""


@dataclass
class _Batch:
    """Customer messages waiting for the customer to finish typing."""

    company_id: int
    conversation_id: int
    customer_id: int
    phone: str | None
    message_ids: list[int]
    first: float
    last: float


@dataclass(frozen=True)
class _Arrival:
    """What storing one incoming message wrote and read (on the database thread)."""

    stored: StoredMessage
    # The conversation a LID merge kept, as it is after the merge.
    merged_into: ConversationChanged | None = None


@dataclass
class _Company:
    session: CompanySession
    sender: OutboxSender
    unsubscribe: Callable[[], None]


class Engine:
    """Runs the pipeline for every attached company; the window and the CLI drive it."""

    def __init__(self, records: ConversationRecords, responder: Responder,
                 options: EngineOptions | None = None,
                 clock: Callable[[], dt.datetime] = utcnow) -> None:
        self.records = records
        self.responder = responder
        self.options = options or EngineOptions()
        self.clock = clock
        self.bus = EventBus()
        self._companies: dict[int, _Company] = {}
        self._batches: dict[int, _Batch] = {}
        self._conversation_locks: dict[int, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._active = 0           # incoming events and answers being worked on right now
        # Told of every change that may make the engine idle (work done, a batch taken, an
        # outbox done sending): `wait_idle` checks again only then.
        self._activity = StateWatch()
        # WhatsApp ids the engine has decided about (for runners), the most recent ones only.
        self._seen: collections.OrderedDict[str, None] = collections.OrderedDict()
        # Why incoming messages cannot be stored right now (None: they can); status shows it.
        self.store_fault: str | None = None
        self._lock_users: dict[int, int] = {}
        # Company switches read on every message; kept here, written through on change.
        self._flags: dict[int, tuple[bool, bool]] = {}
        # Conversations folded into another by a LID merge: old id -> the one that stays.
        self._merged: collections.OrderedDict[int, int] = collections.OrderedDict()
        # Conversations a staff reply is being written for (how many): the AI keeps quiet there
        # from the moment staff press Send, before the pause is committed.
        self._staff_replying: collections.Counter[int] = collections.Counter()
        # Reminders of visits, planned from the appointments and sent through the outbox.
        self.reminders = ReminderScheduler(records, lambda: self.clock(), lambda: self._companies,
                                           self._reminder_sent, self._activity.changed)

    # -- companies -----------------------------------------------------------------------------

    def attach(self, company_id: int, session: CompanySession) -> None:
        """Take charge of a company's session: its events feed the pipeline, its outbox sends."""
        sender = OutboxSender(company_id, self.records.database, session, self.bus,
                              self.options.outbox, on_change=self._activity.changed)
        unsubscribe = session.subscribe(functools.partial(self._on_session_event, company_id))
        self._companies[company_id] = _Company(session, sender, unsubscribe)
        self._flags[company_id] = self.records.company_flags(company_id)

    async def detach(self, company_id: int) -> None:
        """Let go of a company (archived or deleted): its events no longer reach the pipeline,
        its outbox stops (queued rows stay in the store), customers mid-thought are not
        answered. Returns once its sender has stopped."""
        company = self._companies.pop(company_id, None)
        if company is None:
            return
        company.unsubscribe()
        self._flags.pop(company_id, None)
        for conversation_id, batch in list(self._batches.items()):
            if batch.company_id == company_id:
                del self._batches[conversation_id]
        await company.sender.stop()
        self._activity.changed()

    def session(self, company_id: int) -> CompanySession:
        try:
            return self._companies[company_id].session
        except KeyError:
            raise EngineError(f"company {company_id} is not running in this engine") from None

    def sender(self, company_id: int) -> OutboxSender:
        return self._companies[company_id].sender

    @property
    def company_ids(self) -> list[int]:
        return list(self._companies)

    async def start(self) -> None:
        """Start every attached company's outbox and pick up decisions owed since the last stop."""
        self._started = True
        for company_id in list(self._companies):
            await self.start_company(company_id)
        self.bus.subscribe(self._on_change)

    async def start_company(self, company_id: int) -> None:
        """Start one company's outbox and its owed decisions (also for a company added later)."""
        self._companies[company_id].sender.start()
        await self._resume_unhandled(company_id)
        self.reminders.start()
        self.reminders.wake()

    async def stop(self) -> None:
        """Stop answering: cancel waiting batches and outboxes (rows stay in the store)."""
        await self.reminders.stop()
        for task in list(self._tasks):
            task.cancel()
        for task in list(self._tasks):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        for company in self._companies.values():
            company.unsubscribe()
            await company.sender.stop()
        self.bus.close()

    async def record_transition(self, transition: Transition) -> None:
        """Keep a session state change in the store (connection history for diagnostics)."""

        def write() -> None:
            with self.records.database.session() as session:
                session.add(StoredTransition(company_id=transition.company_id, at=transition.at,
                                             from_state=transition.from_state.value,
                                             to_state=transition.to_state.value,
                                             code=transition.code,
                                             reason=stored(transition.reason)))

        try:
            await self.records.database.run(write)
        except OperationalError as exc:
            # The log keeps it instead: a history row is not worth holding the session up for.
            log.warning("Connection history not saved (%s -> %s): %s",
                        transition.from_state.value, transition.to_state.value,
                        describe_db_error(exc), extra={"company_id": transition.company_id})

    # -- events from WhatsApp ------------------------------------------------------------------

    async def _on_session_event(self, company_id: int, event: SessionEvent) -> None:
        payload = event.payload
        if isinstance(payload, IncomingMessage):
            self._active += 1
            try:
                await self.handle_incoming(company_id, payload)
            finally:
                self._active -= 1
                self._activity.changed()
        elif isinstance(payload, Receipt):
            await self._companies[company_id].sender.on_receipt(
                payload.id, payload.status, payload.error_code, payload.message)
        elif isinstance(payload, LidMapping):
            self._active += 1
            try:
                await self.handle_lid_mapping(company_id, payload)
            finally:
                self._active -= 1
                self._activity.changed()
        elif isinstance(payload, StateChanged):
            self.bus.publish(SessionStateChanged(company_id, payload.status))
            if payload.status.can_send:
                self._companies[company_id].sender.wake()
        elif isinstance(payload, QrCode):
            self.bus.publish(LinkCodeShown(company_id, LinkCodeKind.QR, payload.qr,
                                             payload.expires_ms))
        elif isinstance(payload, PairingCode):
            self.bus.publish(LinkCodeShown(company_id, LinkCodeKind.PAIRING_CODE, payload.code))
        elif isinstance(payload, SimOutgoing):
            self.bus.publish(SimulatorDelivered(company_id, payload.id, payload.to, payload.text))

    def has_seen(self, wa_id: str) -> bool:
        """True once the engine has stored (or deliberately ignored) this WhatsApp message."""
        return wa_id in self._seen

    def _note(self, company_id: int, text: str, level: int = logging.INFO) -> None:
        log.log(level, text, extra={"company_id": company_id})
        self.bus.publish(EngineLog(company_id, level, text))

    async def handle_incoming(self, company_id: int, message: IncomingMessage) -> None:
        """Store one WhatsApp message and decide what to do about it.

        A database that cannot be written (locked, disk full, read-only) does not lose the
        message: each attempt waits out the busy timeout on the database thread (the loop keeps
        running), then it is tried again with backoff; staff see "messages are waiting" once,
        and "can be written again" once, and it is marked seen only once it is stored.
        """
        message = valid_texts(message)
        attempt = 0
        while True:
            try:
                await self._handle_incoming(company_id, message)
            except OperationalError as exc:
                attempt += 1
                await self._store_refused(company_id, exc, attempt)
                continue
            except BaseException:
                self._mark_seen(message.id)
                raise
            if attempt:
                self._store_works_again(company_id)
            self._mark_seen(message.id)
            return

    async def _until_written(self, company_id: int, write: Callable[[], _T]) -> _T:
        """Run one store write on the database thread, waiting out a database that cannot be
        written (locked, disk full, read-only) as `handle_incoming` does: a decision already
        made (an answer the AI wrote) is kept, never dropped for the next start."""
        attempt = 0
        while True:
            try:
                result = await self.records.database.run(write)
            except OperationalError as exc:
                attempt += 1
                await self._store_refused(company_id, exc, attempt)
                continue
            if attempt:
                self._store_works_again(company_id)
            return result

    async def _store_refused(self, company_id: int, exc: OperationalError, attempt: int) -> None:
        reason = describe_db_error(exc)
        if self.store_fault is None:  # said once, not per message or per try
            self._note(company_id, f"Messages are waiting: {reason}; trying again", logging.ERROR)
            self.bus.publish(DatabaseFault(None, Waiting.INCOMING, database_fault(exc)))
        self.store_fault = reason
        await asyncio.sleep(min(STORE_RETRY_MAX, STORE_RETRY_FIRST * 2 ** (attempt - 1)))

    def _store_works_again(self, company_id: int) -> None:
        if self.store_fault is not None:
            self._note(company_id, "The database can be written again; waiting messages are stored")
            self.store_fault = None
            self.bus.publish(DatabaseFault(None, Waiting.INCOMING, None))

    def _mark_seen(self, wa_id: str) -> None:
        self._seen[wa_id] = None
        while len(self._seen) > SEEN_REMEMBERED:
            self._seen.popitem(last=False)
        self._activity.changed()

    async def wait_seen(self, wa_ids: list[str], timeout: float) -> bool:
        """Wait until the engine has seen every one of these WhatsApp messages (`has_seen`),
        for at most `timeout` seconds; True when it has."""
        return await self._activity.until(lambda: all(map(self.has_seen, wa_ids)), timeout)

    async def _handle_incoming(self, company_id: int, message: IncomingMessage) -> None:
        if company_id not in self._companies:
            return  # archived or deleted while this message was on its way: not answered
        now = self.clock()
        if message.chat_type in IGNORED_CHATS and not self._flags[company_id][1]:
            log.debug("Ignored a %s message", message.chat_type, extra={"company_id": company_id})
            return
        sender = self._companies[company_id].sender
        if message.own_send:
            # Baileys' own copy of a message this bridge wrote, made as it writes it: it proves
            # nothing about WhatsApp taking it (an error ack can still refuse it, and the send is
            # then tried again). WhatsApp's ack and the receipts move the row.
            return
        author = Author.PHONE if message.from_me else Author.CUSTOMER
        arrival = await self.records.database.run(
            functools.partial(self._store, company_id, message, author, now))
        if arrival is None:
            # Our own message coming back from WhatsApp (a bridge that forgot its sends): it got
            # there, nothing else to do.
            await sender.advance(message.id, OutboxStatus.DELIVERED, durable=False)
            return
        stored = arrival.stored
        if stored.merged is not None:
            self._after_merge(company_id, stored.merged, arrival.merged_into)
        if stored.duplicate:
            self._note(company_id, f"Message {message.id} was delivered again; already stored, "
                                   "not answered twice")
            return
        # record_incoming gives every message it stored (not a duplicate) its id and conversation.
        assert stored.message_id is not None and stored.conversation is not None
        self.bus.publish(MessageStored(company_id, stored.conversation_id, stored.message_id,
                                       message.id, Direction.OUT if message.from_me else Direction.IN,
                                       author, message.kind, message.text, stored.phone,
                                       history=message.is_history, updated=stored.upgraded))
        if message.is_history:
            # Older messages from the history sync on link: context for staff and the AI,
            # never a reason to answer, to count as unread or to pause the AI.
            log.debug("History message %s stored in conversation %s", message.id,
                      stored.conversation_id, extra={"company_id": company_id})
            return
        if message.undecryptable and author is Author.CUSTOMER:
            self._note(company_id, f"Message {message.id} in conversation "
                                   f"{stored.conversation_id} could not be read yet; WhatsApp "
                                   "was asked for it again")
            self._publish_conversation(stored.conversation)
            self._spawn(self._flag_if_still_unreadable(company_id, stored.conversation_id,
                                                        stored.message_id))
            return
        if stored.upgraded:
            self._note(company_id, f"Message {message.id} arrived again and could be read now")
        if author is Author.PHONE:
            self._note(company_id, f"Staff replied on the shop's phone in conversation "
                                   f"{stored.conversation_id}: AI paused")
            # Its own write, waiting out a database fault (the message is stored already).
            paused = await self._until_written(company_id, functools.partial(
                self.records.change_conversation, stored.conversation_id,
                ai_paused_until=self._pause_until(now), needs_human=False,
                needs_human_reason=None))
            self._publish_conversation(paused)
            return
        self._note(company_id, f"Incoming {message.kind} {message.id} in conversation "
                               f"{stored.conversation_id} ({len(message.text or '')} chars)")
        self._publish_conversation(stored.conversation)
        sent_at = (dt.datetime.fromtimestamp(message.timestamp, dt.UTC)
                   if message.timestamp else None)
        await self._decide(company_id, stored.conversation_id, stored.customer_id, stored.phone,
                           stored.message_id, message.kind, message.text,
                           backlog=message.type == "append", sent_at=sent_at, now=now,
                           state=stored.conversation)

    def _store(self, company_id: int, message: IncomingMessage, author: Author,
               now: dt.datetime) -> _Arrival | None:
        """On the database thread: store the message and read the state a merge left; None for
        our own send."""
        if message.from_me and self._is_our_send(company_id, message.id):
            return None
        stored = self.records.record_incoming(company_id, message, author=author, now=now)
        merge = stored.merged
        merged_into = None
        if merge is not None and merge.into_conversation is not None \
                and merge.from_conversation not in (None, merge.into_conversation):
            merged_into = self.records.conversation_state(merge.into_conversation)
        return _Arrival(stored, merged_into)

    async def _flag_if_still_unreadable(self, company_id: int, conversation_id: int,
                                        message_id: int) -> None:
        await asyncio.sleep(self.options.undecryptable_flag_after)
        kind = await self.records.database.run(functools.partial(self.records.kind_of, message_id))
        if kind == "undecryptable":
            await self._flag(company_id, self._resolve(conversation_id), "A message from the "
                             "customer could not be read; ask them to send it again")

    async def handle_lid_mapping(self, company_id: int, mapping: LidMapping) -> None:
        """WhatsApp told the phone behind a LID: one customer, one conversation."""
        now = self.clock()

        def link() -> tuple[Merge | None, ConversationChanged | None]:
            merge = self.records.link_lid(company_id, mapping.lid, mapping.phone, now=now)
            if merge is None or merge.into_conversation is None \
                    or merge.from_conversation in (None, merge.into_conversation):
                return merge, None
            return merge, self.records.conversation_state(merge.into_conversation)

        try:
            merge, merged_into = await self.records.database.run(link)
        except InvalidPhoneNumber as exc:
            self._note(company_id, f"WhatsApp mapped {mapping.lid} to an unusable number ({exc}); "
                                   "ignored", logging.WARNING)
            return
        if merge is not None:
            self._after_merge(company_id, merge, merged_into)

    def _resolve(self, conversation_id: int) -> int:
        """The conversation that stands for `conversation_id` now (after LID merges)."""
        seen = 0
        while conversation_id in self._merged and seen < 10:
            conversation_id, seen = self._merged[conversation_id], seen + 1
        return conversation_id

    def _after_merge(self, company_id: int, merge: Merge,
                     merged_into: ConversationChanged | None) -> None:
        old, new = merge.from_conversation, merge.into_conversation
        if old is None or new is None or old == new or merged_into is None:
            # No conversation changed id; a waiting batch just learns the phone.
            for batch in self._batches.values():
                if batch.customer_id == merge.from_customer:
                    batch.customer_id = merge.into_customer
            return
        self._merged[old] = new
        while len(self._merged) > MERGES_REMEMBERED:
            self._merged.popitem(last=False)
        # A customer mid-thought in the old conversation goes on in the one that stays: their
        # messages join its waiting batch (one answer for all), or the batch moves over.
        waiting = self._batches.pop(old, None)
        if waiting is not None:
            joined = self._batches.get(new)
            if joined is not None:
                joined.message_ids.extend(waiting.message_ids)
                joined.last = max(joined.last, waiting.last)
                waiting.message_ids = []
            else:
                waiting.conversation_id, waiting.customer_id = new, merge.into_customer
                self._batches[new] = waiting
        self._note(company_id, f"Conversation {old} is the same customer as conversation {new} "
                               "(WhatsApp told the phone behind a hidden number): merged")
        self.bus.publish(ConversationsMerged(company_id, old, new))
        self._publish_conversation(merged_into)

    def _is_our_send(self, company_id: int, wa_id: str) -> bool:
        # After a bridge restart the bridge no longer knows its own sends; our outbox does.
        # On the database thread (part of `_store`).
        with self.records.database.session() as session:
            return session.scalar(select(OutboxMessage.id).where(
                OutboxMessage.company_id == company_id, OutboxMessage.wa_id == wa_id)) is not None

    async def _decide(self, company_id: int, conversation_id: int, customer_id: int,
                      phone: str | None, message_id: int, kind: str, text: str | None, *,
                      backlog: bool, sent_at: dt.datetime | None, now: dt.datetime,
                      state: ConversationChanged) -> None:
        """Decide on the loop (the engine's memory and the stored state); what the decision
        writes goes to the database in one hop."""
        # The message is stored by now: what its decision writes waits out a database fault
        # itself (a retry of the whole message would find it stored and decide nothing).
        records, run = self.records, functools.partial(self._until_written, company_id)
        handled = functools.partial(records.mark_handled, [message_id])
        if kind == "reaction":
            await run(handled)
            return
        reason = self._engine_off_reason(company_id, conversation_id) \
            or conversation_off_reason(state, now)
        if reason:
            await run(handled)
            self._note(company_id, f"Conversation {conversation_id}: {reason}; stored, not answered")
            return
        age_hours = (now - sent_at).total_seconds() / 3600 if sent_at else 0.0
        if backlog and age_hours > self.options.backlog_max_age_hours:
            why = (f"Arrived while AI Admin was offline ({age_hours:.0f} h ago); not answered "
                   "automatically")

            def handled_and_flagged() -> ConversationChanged:
                records.mark_handled([message_id])
                return records.change_conversation(conversation_id, **flag_values(why))

            self._flagged(await run(handled_and_flagged), why)
            return
        if kind != "text":
            why = (f"The customer sent {MEDIA_WORDS.get(kind, MEDIA_WORDS['unknown'])}: a person "
                   "should look at it")

            def answered_and_flagged() -> tuple[QueuedReply | None, ConversationChanged]:
                queued = records.queue_outgoing(company_id, conversation_id,
                                                self.options.media_reply_text, Author.BOT,
                                                now=now, answers=[message_id])
                return queued, records.change_conversation(conversation_id, **flag_values(why))

            queued, flagged = await run(answered_and_flagged)
            self._published_reply(company_id, queued, phone)
            self._flagged(flagged, why)
            return
        if not (text or "").strip():
            await run(handled)
            return
        self._add_to_batch(company_id, conversation_id, customer_id, phone, message_id)

    def _engine_off_reason(self, company_id: int, conversation_id: int) -> str | None:
        """Why the AI must not answer here, from the engine's memory (on the loop)."""
        if company_id not in self._flags:
            return "the company is archived"
        if not self._flags[company_id][0]:
            return "AI is off for the company"
        if self._staff_replying[conversation_id]:
            return "staff are replying"
        return None

    # -- waiting for the customer to finish, then answering ------------------------------------

    def _add_to_batch(self, company_id: int, conversation_id: int, customer_id: int,
                      phone: str | None, message_id: int) -> None:
        loop_now = asyncio.get_running_loop().time()
        batch = self._batches.get(conversation_id)
        if batch is not None:
            batch.message_ids.append(message_id)
            batch.last = loop_now
            return
        batch = _Batch(company_id, conversation_id, customer_id, phone, [message_id], loop_now,
                       loop_now)
        self._batches[conversation_id] = batch
        self._spawn(self._run_batch(batch))

    def _spawn(self, coro) -> None:
        task = asyncio.get_running_loop().create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _run_batch(self, batch: _Batch) -> None:
        loop = asyncio.get_running_loop()
        while True:
            deadline = min(batch.last + self.options.debounce_gap,
                           batch.first + self.options.debounce_max)
            delay = deadline - loop.time()
            if delay <= 0:
                break
            await asyncio.sleep(delay)
        # A LID merge may have moved this batch to another conversation, or into its batch.
        conversation_id = batch.conversation_id
        if self._batches.get(conversation_id) is batch:
            # From here on, a new message from this customer starts the next batch.
            del self._batches[conversation_id]
            self._activity.changed()
        if not batch.message_ids or batch.company_id not in self._companies:
            return  # nothing to answer, or the company was archived meanwhile (as at a stop)
        self._active += 1
        # One answer at a time per conversation; the lock is dropped when nobody needs it, so
        # the engine does not keep one per customer forever.
        lock = self._conversation_locks.setdefault(conversation_id, asyncio.Lock())
        self._lock_users[conversation_id] = self._lock_users.get(conversation_id, 0) + 1
        try:
            async with lock:
                await self._answer(batch)
        except Exception:  # noqa: BLE001 - logged; the messages stay unhandled for the next start
            log.exception("Answering conversation %s failed", conversation_id,
                          extra={"company_id": batch.company_id})
        finally:
            self._active -= 1
            self._activity.changed()
            self._lock_users[conversation_id] -= 1
            if not self._lock_users[conversation_id]:
                del self._lock_users[conversation_id]
                del self._conversation_locks[conversation_id]

    async def _answer(self, batch: _Batch) -> None:
        company_id, conversation_id = batch.company_id, batch.conversation_id
        texts = await self.records.database.run(
            functools.partial(self.records.texts_of, batch.message_ids))
        request = ReplyRequest(company_id, conversation_id, batch.customer_id, batch.phone,
                               tuple(batch.message_ids), tuple(texts), self.clock())
        started = time.perf_counter()
        try:
            reply = await within(self.responder.reply(request),
                                           self.options.responder_timeout)
        except TimeoutError:
            reply = Reply(self.options.fallback_text, handoff=(
                f"The AI did not answer within {self.options.responder_timeout:g} s"))
        except Exception as exc:  # noqa: BLE001 - any provider failure gets the fallback
            log.exception("The responder failed", extra={"company_id": company_id})
            reply = Reply(self.options.fallback_text, handoff=f"The AI failed: {exc}")
        if reply.text is None and reply.handoff is None:
            reply = Reply(self.options.fallback_text, handoff="The AI gave no answer")
        elapsed_ms = (time.perf_counter() - started) * 1000
        now = self.clock()
        # The conversation may have been merged into another while the AI was writing.
        conversation_id = self._resolve(conversation_id)
        records, answers = self.records, batch.message_ids
        engine_reason = self._engine_off_reason(company_id, conversation_id)
        text = reply.text if reply.text and reply.text.strip() else None
        handoff = reply.handoff

        decided: dict[str, QueuedReply | None] = {}

        def write() -> tuple[str | None, QueuedReply | None, ConversationChanged | None]:
            # One hop: the stored switches read, and the answer (or the decision) written, with
            # nothing of the engine's in between (the database thread runs one thing at a time).
            # Tried again after a database fault: an answer queued by an earlier try is kept (and
            # published), never queued twice.
            if "queued" not in decided:
                reason = engine_reason or conversation_off_reason(
                    records.conversation_state(conversation_id), now)
                if reason:
                    records.mark_handled(answers)
                    return reason, None, None
                decided["queued"] = (records.queue_outgoing(
                    company_id, conversation_id, text, Author.BOT, now=now, answers=answers)
                    if text else None)
                if not text:
                    records.mark_handled(answers)
            flagged = (records.change_conversation(conversation_id, **flag_values(handoff))
                       if handoff else None)
            return None, decided["queued"], flagged

        reason, queued, flagged = await self._until_written(company_id, write)
        if reason:
            # Staff took over while the answer was being written: theirs is the last word.
            self._note(company_id, f"Conversation {conversation_id}: {reason}; answer dropped")
            return
        if text:
            self._note(company_id, f"Answer for conversation {conversation_id} ready in "
                                   f"{elapsed_ms:.0f} ms")
            self._published_reply(company_id, queued, batch.phone)
        if flagged is not None and handoff:
            self._flagged(flagged, handoff)
        if reply.visits_changed:
            # The AI booked, moved or cancelled a visit: its reminders follow at once. Not
            # after every answer: planning reads every upcoming visit, on the database thread.
            self.reminders.wake()
        if reply.visits:
            # ...and the agenda and the customer's row show it, as after a staff command.
            self.bus.publish(Changes(company_id, customers=frozenset({batch.customer_id}),
                                     appointments=reply.visits))

    def _on_change(self, event: object) -> None:
        if isinstance(event, Changes) and (event.appointments or event.profile):
            self.reminders.wake()  # staff booked, moved or cancelled, or changed the reminders

    async def tell_customer_of_change(self, company_id: int, appointment_id: int,
                                      change: str) -> bool:
        """Staff moved ("visit_moved") or cancelled ("visit_cancelled") a visit: the customer is
        told in their chat, through the outbox; False when they never wrote to us."""
        now = self.clock()
        sent = await self._until_written(
            company_id,
            lambda: self.reminders.book.tell_of_change(company_id, appointment_id, change, now))
        if sent is None:
            return False
        self._note(company_id, f"Customer told of a visit staff changed, in conversation "
                               f"{sent.queued.conversation_id}")
        self._published_reply(company_id, sent.queued, sent.phone)
        return True

    def _reminder_sent(self, sent: SentReminder) -> None:
        self._note(sent.company_id, f"Reminder queued in conversation "
                                    f"{sent.queued.conversation_id}")
        self._published_reply(sent.company_id, sent.queued, sent.phone)

    def _published_reply(self, company_id: int, queued: QueuedReply | None,
                         phone: str | None) -> None:
        if queued is None:
            self._note(company_id, "These messages already have an answer; not answering twice")
            return
        self.bus.publish(MessageStored(company_id, queued.conversation_id, queued.message_id,
                                       queued.wa_id, Direction.OUT, queued.author, "text", queued.text,
                                       phone))
        company = self._companies.get(company_id)
        if company is not None:  # not running: its sender finds the row when it starts
            company.sender.wake()

    async def _resume_unhandled(self, company_id: int) -> None:
        now = self.clock()
        owed: list[OwedDecision] = await self.records.database.run(
            functools.partial(self.records.owed_decisions, company_id))
        for decision in owed:
            pending = decision.message
            self._note(company_id, f"Message {pending.message_id} was stored but not answered "
                                   "before the last stop; answering it now")
            await self._decide(company_id, pending.conversation_id, decision.customer_id,
                               decision.phone, pending.message_id, pending.kind, pending.text,
                               backlog=True, sent_at=pending.sent_at or pending.created_at,
                               now=now, state=decision.state)

    # -- staff actions ---------------------------------------------------------------------------

    def _pause_until(self, now: dt.datetime) -> dt.datetime:
        return now + dt.timedelta(minutes=self.options.pause_minutes)

    async def _flag(self, company_id: int, conversation_id: int, reason: str) -> None:
        changed = await self._until_written(company_id, functools.partial(
            self.records.change_conversation, conversation_id, **flag_values(reason)))
        self._flagged(changed, reason)

    def _flagged(self, changed: ConversationChanged, reason: str) -> None:
        """Tell staff a conversation was flagged for a human (the flag is written)."""
        self._note(changed.company_id, f"Conversation {changed.conversation_id} needs a human: "
                                       f"{remove_secrets_from_text(reason)}", logging.WARNING)
        self._publish_conversation(changed)

    def _publish_conversation(self, changed: ConversationChanged) -> None:
        self.bus.publish(changed)

    async def _company_of(self, conversation_id: int) -> int:
        state = await self.records.database.run(
            functools.partial(self.records.conversation_state, conversation_id))
        if state.company_id not in self._companies:
            raise EngineError(f"conversation {conversation_id} belongs to a company that is not "
                              "running")
        return state.company_id

    async def send_staff_message(self, conversation_id: int, text: str) -> QueuedReply:
        """Staff reply from the app: queued in the outbox; the AI pauses for this conversation."""
        text = (text or "").strip()
        if not text:
            raise EngineError("The message is empty.")
        if len(text) > MAX_STAFF_TEXT:
            raise EngineError(f"The message is too long ({len(text)} characters; WhatsApp takes "
                              f"at most {MAX_STAFF_TEXT}).")
        company_id = await self._company_of(conversation_id)
        now = self.clock()

        def write() -> tuple[QueuedReply, ConversationChanged]:
            # In the outbox first, then the pause: the reply is never lost to a failed pause.
            queued = self.records.queue_outgoing(company_id, conversation_id, text, Author.STAFF,
                                                 now=now)
            # None only when the messages a reply answers have an answer; this answers none.
            assert queued is not None
            self.records.change_conversation(
                conversation_id, ai_paused_until=self._pause_until(now), needs_human=False,
                needs_human_reason=None, unread_count=0)
            # Read after the commit: the engine's writes run on this thread one after another,
            # so this is the conversation's latest state (as in _change_conversation).
            return queued, self.records.conversation_state(conversation_id)

        # Written on the database thread. Meanwhile the pipeline goes on, but an answer it
        # decides for this conversation is dropped (`_engine_off_reason`): staff have the last
        # word, as when the pause is in place. An answer decided before staff pressed Send was
        # handed to the database thread before this write, so it is written first.
        self._staff_replying[conversation_id] += 1
        try:
            queued, changed = await self.records.database.run(write)
        finally:
            self._staff_replying[conversation_id] -= 1
            if not self._staff_replying[conversation_id]:
                del self._staff_replying[conversation_id]
        # Announced once committed, with the conversation's latest state.
        self._publish_conversation(changed)
        self._published_reply(company_id, queued, None)
        self._note(company_id, f"Staff replied in conversation {conversation_id}: AI paused")
        return queued

    async def _change_conversation(self, conversation_id: int,
                                   **values: object) -> ConversationChanged:
        # Written on the database thread; announced once the write has committed. What is
        # announced is read again after the commit, in the same hop: the engine's writes (a
        # staff reply's pause, the pipeline's) run on that thread one after another, so the
        # last announcement of a conversation is always its latest state.
        def write() -> ConversationChanged:
            self.records.change_conversation(conversation_id, **values)
            return self.records.conversation_state(conversation_id)

        changed = await self.records.database.run(write)
        self._publish_conversation(changed)
        return changed

    async def resume_ai(self, conversation_id: int) -> ConversationChanged:
        """Hand the conversation back to the AI (switched on and no longer paused); what the
        customer asked while staff held the chat, and nobody answered, is answered now."""
        changed, owed = await self.records.database.run(
            functools.partial(hand_back, self.records, conversation_id))
        self._publish_conversation(changed)
        if owed and changed.company_id in self._companies:
            # Decided as if it had just arrived: one answer for all of it, through the outbox.
            # A company not running answers them when it starts (they are owed decisions now).
            self._note(changed.company_id, f"Conversation {conversation_id} handed back to the "
                                           f"AI with {len(owed)} unanswered message(s); "
                                           "answering them now")
            now = self.clock()
            for decision in owed:
                pending = decision.message
                await self._decide(changed.company_id, conversation_id, decision.customer_id,
                                   decision.phone, pending.message_id, pending.kind, pending.text,
                                   backlog=False, sent_at=pending.sent_at, now=now,
                                   state=changed)
        return changed

    async def pause_ai(self, conversation_id: int,
                       minutes: float | None = None) -> ConversationChanged:
        """Take over: the AI stays quiet in this conversation for a while."""
        minutes = self.options.pause_minutes if minutes is None else minutes
        return await self._change_conversation(
            conversation_id, ai_paused_until=self.clock() + dt.timedelta(minutes=minutes))

    async def set_conversation_ai(self, conversation_id: int,
                                  enabled: bool) -> ConversationChanged:
        """The per-conversation AI switch; on is a hand-back (the list's switch of a paused
        conversation says so), answering what the customer asked meanwhile."""
        if enabled:
            return await self.resume_ai(conversation_id)
        return await self._change_conversation(conversation_id, ai_enabled=False)

    async def set_company_ai(self, company_id: int, enabled: bool) -> None:
        """The company's global AI switch: off means nothing is answered automatically.

        Returns once it is stored and in force: a message decided after this obeys it.
        """
        await self.records.database.run(
            functools.partial(self.records.set_company_ai, company_id, enabled))
        self._flags[company_id] = (enabled, self._flags.get(company_id, (enabled, False))[1])
        self._note(company_id, f"AI switched {'on' if enabled else 'off'} for the company")

    async def mark_read(self, conversation_id: int) -> ConversationChanged:
        """Staff opened the conversation: nothing unread any more."""
        return await self._change_conversation(conversation_id, unread_count=0)

    async def retry_outgoing(self, company_id: int, outbox_id: int) -> None:
        """Try a failed message again; returns once it is queued again."""
        await self.sender(company_id).retry(outbox_id)

    async def cancel_outgoing(self, company_id: int, outbox_id: int) -> None:
        """Give up on a failed or waiting message; returns once it is cancelled and announced."""
        await self.sender(company_id).cancel(outbox_id)

    # -- for runners and tests -----------------------------------------------------------------

    def is_idle(self) -> bool:
        """Nothing being decided, no customer mid-thought, no reply waiting to be sent."""
        if self._batches or self._active or self.reminders.busy:
            return False
        return all(not c.sender.busy and c.sender.pending_count() == 0
                   for c in self._companies.values())

    async def wait_idle(self, timeout: float = 30.0) -> bool:
        """Wait until the engine is idle; False when it is not within `timeout` seconds.

        Woken by the engine's own work and its outboxes, never by a timer. Events a session has
        already handed over but the engine has not taken up yet count as work: each session's
        deliveries are drained before idle is believed.
        """
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while await self._activity.until(self.is_idle, deadline - loop.time()):
            handed_over = [c.session.drain_events() for c in self._companies.values()]
            if not await wait_bounded(asyncio.gather(*handed_over), deadline - loop.time()):
                return False
            if self.is_idle():
                return True
        return False


def outbox_counts(records: ConversationRecords, company_id: int | None = None) -> dict[str, int]:
    """How many outgoing messages are sent (or further), failed, and still pending."""
    with records.database.session() as session:
        query = select(OutboxMessage.status, func.count()).group_by(OutboxMessage.status)
        if company_id is not None:
            query = query.where(OutboxMessage.company_id == company_id)
        counts = dict(session.execute(query).all())
    done = sum(counts.get(s.value, 0) for s in (OutboxStatus.SENT, OutboxStatus.DELIVERED,
                                                 OutboxStatus.READ))
    pending = sum(counts.get(s, 0) for s in (OutboxStatus.QUEUED, OutboxStatus.SENDING))
    return {"sent": done, "failed": counts.get(OutboxStatus.FAILED.value, 0), "pending": pending}


def hand_back(records: ConversationRecords, conversation_id: int,
              ) -> tuple[ConversationChanged, list[OwedDecision]]:
    """On the database thread, in one transaction: the AI switched on and unpaused, and the
    customer's messages since the shop's last reply owed a decision again.

    While staff held the chat those messages were stored and marked handled ("paused, not
    answered"); nobody answered them. Marking them unhandled in the same commit as the switch is
    what makes a crash before the answer harmless: the next start finds them owed and answers
    them once (`queue_outgoing` never answers a message twice). A reply by staff after them (in
    the app or on the shop's phone) is the answer: nothing is reopened then.
    """
    with records.database.session() as session:
        conversation = existing_row(session, Conversation, conversation_id)
        conversation.ai_enabled = True
        conversation.ai_paused_until = None
        last_reply = session.scalar(select(func.max(Message.id)).where(
            Message.conversation_id == conversation_id, Message.direction == Direction.OUT.value))
        # Handled ones only: a message still unhandled is being decided by the pipeline already.
        query = select(Message).where(
            Message.conversation_id == conversation_id, Message.author == Author.CUSTOMER.value,
            Message.history.is_(False), Message.handled.is_(True),
            Message.kind.not_in(("reaction", "undecryptable")))
        if last_reply is not None:
            query = query.where(Message.id > last_reply)
        reopened = list(session.scalars(query.order_by(Message.id)))
        for row in reopened:
            row.handled = False
        customer_id, phone = conversation.customer_id, conversation.customer.phone
        pending = [PendingMessage(row.id, conversation_id, row.kind, row.text, row.created_at,
                                  row.sent_at) for row in reopened]
    # Read after the commit, as `_change_conversation` does: the latest state is announced.
    state = records.conversation_state(conversation_id)
    return state, [OwedDecision(p, customer_id, phone, state) for p in pending]


def flag_values(reason: str) -> dict[str, object]:
    """The conversation columns of a "needs a human" flag. Staff read the reason; a provider's
    error in it may echo the API key."""
    return {"needs_human": True, "needs_human_reason": remove_secrets_from_text(reason)[:500]}


def conversation_off_reason(state: ConversationChanged, now: dt.datetime) -> str | None:
    """Why the AI must not answer in this conversation, from its stored switches."""
    if not state.ai_enabled:
        return "AI is off for this conversation"
    if state.ai_paused_until and state.ai_paused_until > now:
        return f"AI is paused until {state.ai_paused_until:%H:%M} UTC"
    return None


def valid_text(text: str | None) -> str | None:
    """Text made storable: a lone UTF-16 surrogate (an emoji cut in half by the sender's phone,
    passed through by Baileys) becomes U+FFFD, as WhatsApp shows it; SQLite refuses it otherwise."""
    if text is None or text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def valid_texts(message: IncomingMessage) -> IncomingMessage:
    """The message with its text and the sender's push name made storable."""
    text, push_name = valid_text(message.text), valid_text(message.push_name)
    if text == message.text and push_name == message.push_name:
        return message
    return dataclasses.replace(message, text=text, push_name=push_name)
