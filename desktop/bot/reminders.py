"""Reminders of visits: durable scheduled messages, sent through the outbox exactly once.

Planning is a reconciliation from the appointments table, not a step of each booking code path:
for every future visit that holds its time there is one `reminders` row per offset of the
profile's `booking.reminders_min`, due at start - offset; the rows of a cancelled (or no longer
upcoming) visit are dropped, and the rows of a moved visit are planned again for its new time.
It runs at start, after every booking change (the engine's answers, staff's `Changes`) and before
every look at what is due, so no code path that books, moves or cancels can forget it.

A due reminder is queued in the outbox in ONE transaction with its row becoming `sent` (and
naming the outbox row): a crash before it leaves the row `planned` (sent at the next start), a
crash after it leaves it `sent` with its message queued (the outbox sends it once, by its
WhatsApp id). The row's update names the status it expects, so two writers cannot both send it.

When it goes out:
- a reminder already due when its visit is booked is `skipped` (the customer just booked);
- one that falls due in the profile's `quiet_hours` waits for their end, if that is still at
  least 30 minutes before the visit, and is `skipped` otherwise;
- one found overdue (the app was off) goes out if the visit is still ahead; of several due at
  once for one visit only the latest is sent;
- never into a chat the customer did not start (a first message to a cold number risks a ban):
  a visit booked by staff for someone who never wrote gets no reminder (`skipped`).

The scheduler waits for the next due moment on a timer measured by the engine's clock (tests and
`simulate --now` inject it), capped so a clock that jumps is noticed, and is woken early by every
booking change.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import Connection, select, update
from sqlalchemy.orm import Session

from desktop.bot.ai.booking import HOLDING
from desktop.bot.ai.offline.language import conversation_language
from desktop.bot.ai.offline.phrases import day_name, reminder_text, visit_change_text
from desktop.bot.ai.offline.planner import service_label
from desktop.bot.profile import BusinessProfile, ProfileError, parse_profile
from desktop.bot.records import ConversationRecords, QueuedReply
from desktop.store.models import (
    Appointment,
    Author,
    Company,
    Conversation,
    Message,
    Reminder,
    ReminderStatus,
)
from desktop.waiting import wait_event

log = logging.getLogger("ai_admin.reminders")

# A reminder held by quiet hours still goes out at their end only this long before the visit.
MIN_LEAD_AFTER_QUIET = dt.timedelta(minutes=30)
# The longest the scheduler sleeps without looking again: the engine's clock may jump (a
# simulation's `advance_min`, a laptop waking up), and a timer measured in real seconds would
# not notice.
MAX_NAP_SECONDS = 60.0


class ReminderAlreadySent(Exception):
    """Another writer sent this reminder first: the transaction that queued it again rolls back."""


def in_quiet_hours(moment: dt.time, quiet: tuple[dt.time, dt.time] | None) -> bool:
    """Whether a local time of day is inside the quiet hours (which may run past midnight)."""
    if quiet is None:
        return False
    start, end = quiet
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def send_moment(due: dt.datetime, start: dt.datetime, now: dt.datetime,
                profile: BusinessProfile) -> dt.datetime | None:
    """When a reminder due at `due` for a visit at `start` goes out, seen at `now`; None: never
    (held by quiet hours too close to the visit, or the visit has begun)."""
    moment = max(due, now)
    local = moment.astimezone(profile.zone)
    quiet = profile.booking.quiet_hours
    if quiet is not None and in_quiet_hours(local.time(), quiet):
        end = dt.datetime.combine(local.date(), quiet[1], profile.zone)
        if end <= local:
            end = dt.datetime.combine(local.date() + dt.timedelta(days=1), quiet[1], profile.zone)
        moment = end.astimezone(dt.UTC)
        if moment > start - MIN_LEAD_AFTER_QUIET:
            return None
    return moment if moment < start else None


@dataclass(frozen=True)
class SentReminder:
    """A reminder queued in the outbox just now (for the engine to announce)."""

    company_id: int
    queued: QueuedReply
    phone: str | None


class ReminderBook:
    """Planning and sending reminders for one database: each call one short transaction."""

    def __init__(self, records: ConversationRecords) -> None:
        self.records = records
        self.database = records.database

    def profile(self, company_id: int) -> BusinessProfile | None:
        with self.database.session() as session:
            company = session.get(Company, company_id)
            data = company.profile if company is not None else None
        if data is None:
            return None
        try:
            return parse_profile(data)
        except ProfileError as exc:
            log.warning("No reminders: the profile is not valid (%s)", exc,
                        extra={"company_id": company_id})
            return None

    # -- planning ----------------------------------------------------------------------------

    def plan(self, company_id: int, profile: BusinessProfile, now: dt.datetime) -> None:
        """Bring the company's reminder rows in line with its appointments and profile."""
        offsets = set(profile.booking.reminders_min)
        with self.database.session() as session:
            visits = {a.id: a for a in session.scalars(select(Appointment).where(
                Appointment.company_id == company_id, Appointment.status.in_(HOLDING),
                Appointment.start_at > now))}
            rows = session.execute(select(Reminder, Appointment).join(
                Appointment, Reminder.appointment_id == Appointment.id).where(
                Reminder.company_id == company_id,
                (Reminder.status == ReminderStatus.PLANNED.value)
                | Reminder.appointment_id.in_(list(visits))))
            have: set[tuple[int, int]] = set()
            for row, appointment in rows:
                visit = visits.get(row.appointment_id)
                have.add((row.appointment_id, row.offset_min))
                if visit is None or row.offset_min not in offsets:
                    if row.status == ReminderStatus.PLANNED.value:
                        # A visit that still holds its time but has begun was missed (the app
                        # was off); one cancelled, done or no longer reminded of is dropped.
                        missed = appointment.status in HOLDING and row.offset_min in offsets
                        row.status = (ReminderStatus.SKIPPED if missed
                                      else ReminderStatus.DROPPED).value
                    continue
                due = visit.start_at - dt.timedelta(minutes=row.offset_min)
                if row.due_at != due or row.status == ReminderStatus.DROPPED.value:
                    # The visit moved (or the offset came back): a reminder of its new time;
                    # one sent for the old time does not count for it.
                    self._plan_row(row, due, now)
            for visit in visits.values():
                for offset in offsets:
                    if (visit.id, offset) not in have:
                        row = Reminder(company_id=company_id, appointment_id=visit.id,
                                       offset_min=offset, created_at=now,
                                       due_at=visit.start_at - dt.timedelta(minutes=offset))
                        self._plan_row(row, row.due_at, now)
                        session.add(row)

    @staticmethod
    def _plan_row(row: Reminder, due: dt.datetime, now: dt.datetime) -> None:
        row.due_at, row.outbox_id = due, None
        # Already due when booked (or moved): the customer has just been told the time.
        row.status = (ReminderStatus.PLANNED if due > now else ReminderStatus.SKIPPED).value

    # -- what is due -------------------------------------------------------------------------

    def _planned(self, session: Session, company_id: int) -> list[tuple[Reminder, Appointment]]:
        return [(r, a) for r, a in session.execute(
            select(Reminder, Appointment).join(Appointment, Reminder.appointment_id == Appointment.id)
            .where(Reminder.company_id == company_id,
                   Reminder.status == ReminderStatus.PLANNED.value)
            .order_by(Reminder.due_at))]

    def next_moment(self, company_id: int, profile: BusinessProfile,
                    now: dt.datetime) -> dt.datetime | None:
        """The next moment something is due (a send or a skip), None when nothing is planned."""
        moments = []
        with self.database.session() as session:
            for row, visit in self._planned(session, company_id):
                moment = send_moment(row.due_at, visit.start_at, now, profile)
                # A reminder that will never go out is skipped when it falls due.
                moments.append(moment if moment is not None else max(row.due_at, now))
        return min(moments, default=None)

    def send_due(self, company_id: int, profile: BusinessProfile,
                 now: dt.datetime) -> list[SentReminder]:
        """Queue every reminder due at `now` (each with its row marked sent, in one transaction)."""
        with self.database.session() as session:
            due: dict[int, list[tuple[Reminder, Appointment]]] = {}
            for row, visit in self._planned(session, company_id):
                if row.due_at <= now:
                    due.setdefault(visit.id, []).append((row, visit))
            to_send: list[tuple[int, Appointment]] = []
            for pairs in due.values():
                # Several due at once (the app was off): only the one nearest the visit.
                pairs.sort(key=lambda pair: pair[0].offset_min)
                for row, _ in pairs[1:]:
                    row.status = ReminderStatus.SKIPPED.value
                row, visit = pairs[0]
                moment = send_moment(row.due_at, visit.start_at, now, profile)
                if moment is None:
                    row.status = ReminderStatus.SKIPPED.value
                elif moment <= now:
                    to_send.append((row.id, visit))
            chats = {visit.id: self._chat(session, visit) for _, visit in to_send}
            for reminder_id, visit in to_send:
                if chats[visit.id] is None:
                    log.info("Reminder %s not sent: the customer never wrote to us (a first "
                             "message to a cold number risks a ban)", reminder_id,
                             extra={"company_id": company_id})
                    session.get_one(Reminder, reminder_id).status = ReminderStatus.SKIPPED.value
            views = {visit.id: (visit.service, visit.staff, visit.start_at)
                     for _, visit in to_send}
        sent = []
        for reminder_id, visit in to_send:
            chat = chats[visit.id]
            if chat is None:
                continue
            conversation_id, phone, language = chat
            service, staff, start = views[visit.id]
            text = self.text(profile, language, service, staff, start, now)
            queued = self._queue(company_id, conversation_id, reminder_id, text, now)
            if queued is not None:
                sent.append(SentReminder(company_id, queued, phone))
        return sent

    def _chat(self, session: Session, visit: Appointment) -> tuple[int, str | None, str] | None:
        """The customer's conversation, their phone and language; None when they never wrote."""
        conversation = session.scalar(select(Conversation).where(
            Conversation.company_id == visit.company_id,
            Conversation.customer_id == visit.customer_id))
        if conversation is None or not conversation.chat_jid:
            return None
        by_customer = select(Message).where(Message.conversation_id == conversation.id,
                                            Message.author == Author.CUSTOMER.value)
        if session.scalar(by_customer.limit(1)) is None:
            return None
        latest = session.scalars(by_customer.where(Message.text.is_not(None))
                                 .order_by(Message.created_at.desc(), Message.id.desc()).limit(20))
        texts = [m.text for m in latest if m.text][::-1]
        return conversation.id, conversation.customer.phone, conversation_language(texts)

    @staticmethod
    def text(profile: BusinessProfile, language: str, service: str, staff: str | None,
             start: dt.datetime, now: dt.datetime) -> str:
        local = start.astimezone(profile.zone)
        return reminder_text(language, shop=profile.name, service=service_label(
            service, language, profile), staff=staff, address=profile.address,
            day=day_name(local.date(), language, now.astimezone(profile.zone).date()),
            time=f"{local:%H:%M}")

    def tell_of_change(self, company_id: int, appointment_id: int, change: str,
                       now: dt.datetime) -> SentReminder | None:
        """Queue the message telling a customer that staff moved or cancelled their visit
        (`change`: "visit_moved" or "visit_cancelled"); None when they never wrote to us (no
        first message to a cold number) or the profile cannot be read."""
        profile = self.profile(company_id)
        if profile is None:
            return None
        with self.database.session() as session:
            visit = session.get_one(Appointment, appointment_id)
            chat = self._chat(session, visit)
            if chat is None:
                log.info("Visit %s changed by staff; the customer is not told: they never wrote "
                         "to us", appointment_id, extra={"company_id": company_id})
                return None
            service, staff, start = visit.service, visit.staff, visit.start_at
        conversation_id, phone, language = chat
        local = start.astimezone(profile.zone)
        text = visit_change_text(change, language, shop=profile.name, service=service_label(
            service, language, profile), staff=staff, day=day_name(
            local.date(), language, now.astimezone(profile.zone).date()), time=f"{local:%H:%M}")
        queued = self.records.queue_outgoing(company_id, conversation_id, text, Author.BOT,
                                             now=now)
        return None if queued is None else SentReminder(company_id, queued, phone)

    def _queue(self, company_id: int, conversation_id: int, reminder_id: int, text: str,
               now: dt.datetime) -> QueuedReply | None:
        def mark_sent(connection: Connection, outbox_id: int) -> None:
            result = connection.execute(update(Reminder).where(
                Reminder.id == reminder_id, Reminder.status == ReminderStatus.PLANNED.value)
                .values(status=ReminderStatus.SENT.value, outbox_id=outbox_id))
            if result.rowcount != 1:
                raise ReminderAlreadySent(reminder_id)

        try:
            return self.records.queue_outgoing(company_id, conversation_id, text, Author.BOT,
                                               now=now, also=mark_sent)
        except ReminderAlreadySent:
            return None


class ReminderScheduler:
    """Plans and sends every attached company's reminders, waiting on the engine's clock."""

    def __init__(self, records: ConversationRecords, clock: Callable[[], dt.datetime],
                 companies: Callable[[], Iterable[int]],
                 on_sent: Callable[[SentReminder], None],
                 on_change: Callable[[], None] = lambda: None) -> None:
        self.book = ReminderBook(records)
        self.clock = clock
        self._companies = companies
        self._on_sent = on_sent
        self._on_change = on_change
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self._stopping = False
        self.busy = False

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        """Stop after the look in progress (its writes are short; cut off, a thread would go on
        writing into a database being closed)."""
        if self._task is not None:
            self._stopping = True
            self._wake.set()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    def wake(self) -> None:
        """A booking or the profile may have changed: plan again and look at what is due."""
        self._wake.set()

    async def run_due(self) -> dt.datetime | None:
        """Plan, then send what is due at the clock's now; returns the next due moment."""
        async with self._lock:
            self.busy = True
            try:
                now = self.clock()
                sent, moment = await self.book.database.run(lambda: self._run_once(now))
                for reminder in sent:
                    self._on_sent(reminder)
                return moment
            finally:
                self.busy = False
                self._on_change()

    def _run_once(self, now: dt.datetime) -> tuple[list[SentReminder], dt.datetime | None]:
        sent: list[SentReminder] = []
        moments = []
        for company_id in list(self._companies()):
            profile = self.book.profile(company_id)
            if profile is None:
                continue
            self.book.plan(company_id, profile, now)
            sent.extend(self.book.send_due(company_id, profile, now))
            moment = self.book.next_moment(company_id, profile, now)
            if moment is not None:
                moments.append(moment)
        return sent, min(moments, default=None)

    async def next_moment(self) -> dt.datetime | None:
        """The next due moment of any company, after planning (nothing is sent)."""
        async with self._lock:
            now = self.clock()
            return await self.book.database.run(lambda: self._next_moment(now))

    def _next_moment(self, now: dt.datetime) -> dt.datetime | None:
        moments = []
        for company_id in list(self._companies()):
            profile = self.book.profile(company_id)
            if profile is None:
                continue
            self.book.plan(company_id, profile, now)
            moment = self.book.next_moment(company_id, profile, now)
            if moment is not None:
                moments.append(moment)
        return min(moments, default=None)

    async def _run(self) -> None:
        while not self._stopping:
            self._wake.clear()
            try:
                moment = await self.run_due()
            except Exception:  # noqa: BLE001 - logged; planned rows stay for the next look
                log.exception("Reminders could not be planned or sent; trying again")
                moment = None
            nap = MAX_NAP_SECONDS
            if moment is not None:
                nap = min(nap, max(0.0, (moment - self.clock()).total_seconds()))
            await wait_event(self._wake, nap)
