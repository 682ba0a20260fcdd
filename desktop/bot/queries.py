"""Read models for screens: conversation summaries and threads, in one query each.

Screens never run SQL themselves; they ask these functions, which return plain dataclasses.
"""

from __future__ import annotations

import collections
import datetime as dt
import zoneinfo
from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import select

from desktop.bot.ai.providers import SETTING_KEY as PROVIDER_SETTING
from desktop.reason import Reason, from_stored
from desktop.store.db import Database
from desktop.store.models import (
    Appointment,
    AppointmentStatus,
    Author,
    Company,
    Conversation,
    Customer,
    Direction,
    Message,
    OutboxMessage,
    OutboxStatus,
    SessionEvent,
)
from desktop.store.settings import SettingsStore


@dataclass(frozen=True)
class ConversationSummary:
    """One row of the conversation list."""

    id: int
    company_id: int
    customer_id: int
    name: str | None         # the name the customer gave, or their WhatsApp name
    phone: str | None
    preview: str
    last_message_at: dt.datetime | None
    unread: int
    needs_human: bool
    needs_human_reason: str | None
    ai_enabled: bool
    ai_paused_until: dt.datetime | None

    @property
    def title(self) -> str:
        """What staff see first: the name, else the phone number."""
        return self.name or self.phone or "Unknown customer"


@dataclass(frozen=True)
class ThreadMessage:
    """One bubble of a conversation; `status` is set for outgoing messages sent by the app."""

    id: int
    wa_id: str
    direction: Direction
    author: Author
    kind: str
    text: str | None
    at: dt.datetime
    status: OutboxStatus | None = None
    error: str | None = None
    outbox_id: int | None = None


_SUMMARY_COLUMNS = (Conversation.id, Conversation.company_id, Conversation.customer_id,
                    Customer.name, Customer.push_name, Customer.phone,
                    Conversation.last_message_preview, Conversation.last_message_at,
                    Conversation.unread_count, Conversation.needs_human,
                    Conversation.needs_human_reason, Conversation.ai_enabled,
                    Conversation.ai_paused_until)


def _summary(row) -> ConversationSummary:
    (cid, company_id, customer_id, name, push_name, phone, preview, last_at, unread,
     needs_human, reason, ai_enabled, paused) = row
    return ConversationSummary(cid, company_id, customer_id, name or push_name, phone,
                               preview or "", last_at, unread, needs_human, reason, ai_enabled,
                               paused)


def conversation_summaries(database: Database, company_id: int) -> list[ConversationSummary]:
    """Every conversation of a company, most recent first."""
    with database.session() as session:
        rows = session.execute(
            select(*_SUMMARY_COLUMNS).join(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.company_id == company_id)
            .order_by(Conversation.last_message_at.desc().nulls_last(), Conversation.id.desc()))
        return [_summary(row) for row in rows]


def conversation_summary(database: Database, conversation_id: int) -> ConversationSummary | None:
    with database.session() as session:
        row = session.execute(
            select(*_SUMMARY_COLUMNS).join(Customer, Customer.id == Conversation.customer_id)
            .where(Conversation.id == conversation_id)).first()
        return _summary(row) if row else None


def thread(database: Database, conversation_id: int, limit: int = 500) -> list[ThreadMessage]:
    """The latest messages of a conversation, oldest first, with delivery status of our sends."""
    with database.session() as session:
        rows = session.execute(
            select(Message, OutboxMessage.status, OutboxMessage.last_error, OutboxMessage.id)
            .outerjoin(OutboxMessage, (OutboxMessage.company_id == Message.company_id)
                       & (OutboxMessage.wa_id == Message.wa_id))
            .where(Message.conversation_id == conversation_id)
            .order_by(Message.id.desc()).limit(limit)).all()
    return [ThreadMessage(m.id, m.wa_id, Direction(m.direction), Author(m.author), m.kind, m.text,
                          m.created_at, None if status is None else OutboxStatus(status), error,
                          outbox_id)
            for m, status, error, outbox_id in reversed(rows)]


@dataclass(frozen=True)
class StateHistoryEntry:
    at: dt.datetime
    from_state: str
    to_state: str
    code: int | None
    reason: Reason | str  # a text: a row written before reasons had codes, shown as written


def state_history(database: Database, company_id: int, limit: int = 50) -> list[StateHistoryEntry]:
    """The latest connection-state changes of a company, newest first."""
    with database.session() as session:
        rows = session.scalars(select(SessionEvent).where(SessionEvent.company_id == company_id)
                               .order_by(SessionEvent.id.desc()).limit(limit))
        return [StateHistoryEntry(r.at, r.from_state, r.to_state, r.code, from_stored(r.reason))
                for r in rows]


@dataclass(frozen=True)
class AgendaItem:
    """One booking as the agenda shows it (times in UTC; screens show them in the shop's zone)."""

    id: int
    customer_id: int
    conversation_id: int | None
    customer: str
    phone: str | None
    service: str
    start: dt.datetime
    end: dt.datetime
    status: AppointmentStatus
    booked_by: str
    staff: str | None = None          # the staff member's name; None in a shop without staff


def agenda(database: Database, company_id: int, start: dt.datetime, end: dt.datetime, *,
           include_cancelled: bool = False) -> list[AgendaItem]:
    """Bookings of a company starting in [start, end), soonest first."""
    from desktop.store.models import Appointment

    with database.session() as session:
        query = (select(Appointment, Customer, Conversation.id)
                 .join(Customer, Customer.id == Appointment.customer_id)
                 .outerjoin(Conversation, (Conversation.customer_id == Customer.id)
                            & (Conversation.company_id == Appointment.company_id))
                 .where(Appointment.company_id == company_id, Appointment.start_at >= start,
                        Appointment.start_at < end)
                 .order_by(Appointment.start_at))
        if not include_cancelled:
            # Every visit that holds its time (booked or confirmed), and those staff marked done
            # or missed: the day as it went.
            query = query.where(Appointment.status != AppointmentStatus.CANCELLED.value)
        return [AgendaItem(a.id, c.id, conversation_id, c.name or c.push_name or c.phone or "?",
                           c.phone, a.service, a.start_at, a.end_at,
                           AppointmentStatus(a.status), a.booked_by, a.staff)
                for a, c, conversation_id in session.execute(query)]


@dataclass(frozen=True)
class CustomerOverview:
    """One row of the customers table."""

    id: int
    name: str | None
    phone: str | None
    first_contact: dt.datetime
    last_contact: dt.datetime
    visits: int
    notes: str
    tags: tuple[str, ...]
    conversation_id: int | None


def customers(database: Database, company_id: int, now: dt.datetime,
              only: Collection[int] | None = None) -> list[CustomerOverview]:
    """Every customer of a company (or `only` these), most recent contact first; visits = past
    bookings kept."""
    from sqlalchemy import func

    from desktop.store.models import Appointment

    with database.session() as session:
        visits = (select(Appointment.customer_id, func.count().label("n"))
                  .where(Appointment.company_id == company_id,
                         Appointment.status == AppointmentStatus.BOOKED,
                         Appointment.start_at <= now)
                  .group_by(Appointment.customer_id).subquery())
        query = (select(Customer, func.coalesce(visits.c.n, 0), Conversation.id)
                 .outerjoin(visits, visits.c.customer_id == Customer.id)
                 .outerjoin(Conversation, (Conversation.customer_id == Customer.id)
                            & (Conversation.company_id == company_id))
                 .where(Customer.company_id == company_id)
                 .order_by(Customer.last_contact_at.desc()))
        if only is not None:
            query = query.where(Customer.id.in_(list(only)))
        return [CustomerOverview(c.id, c.name or c.push_name, c.phone, c.first_contact_at,
                                 c.last_contact_at, n, c.notes or "", tuple(c.tags or ()), conv)
                for c, n, conv in session.execute(query)]


def company_profile(database: Database, company_id: int) -> dict:
    """The company's business profile as stored (the contract's JSON), or {} when it has none."""
    with database.session() as session:
        company = session.get(Company, company_id)
        return dict(company.profile or {}) if company is not None else {}


@dataclass(frozen=True)
class TimeZoneShift:
    """What a new time zone does to the company's upcoming visits (before it is saved).

    Visits are stored as instants (UTC): a new zone never moves them, only the local time shown
    for them (and written to customers) changes. `shifts` is (minutes, visits) per difference,
    later shown first; a difference can vary between visits where summer time differs."""

    old_zone: str
    new_zone: str
    visits: int                             # upcoming visits that hold their time
    shifts: tuple[tuple[int, int], ...] = ()

    @property
    def moved(self) -> int:
        """Visits whose shown time changes."""
        return sum(count for minutes, count in self.shifts if minutes)


def time_zone_shift(database: Database, company_id: int, new_zone: str,
                    now: dt.datetime) -> TimeZoneShift:
    """How the shown time of each visit booked from `now` on changes with `new_zone`."""
    old_zone = str(company_profile(database, company_id).get("timezone") or "UTC")
    if old_zone == new_zone:
        return TimeZoneShift(old_zone, new_zone, 0)
    try:
        old, new = zoneinfo.ZoneInfo(old_zone), zoneinfo.ZoneInfo(new_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        old = new = dt.UTC  # type: ignore[assignment]  # nothing to compare: validation refuses it
    holding = [s.value for s in AppointmentStatus if s.holds_time]
    with database.session() as session:
        starts = list(session.scalars(select(Appointment.start_at).where(
            Appointment.company_id == company_id, Appointment.start_at >= now,
            Appointment.status.in_(holding))))
    counts: collections.Counter[int] = collections.Counter()
    for start in starts:
        old_offset = start.astimezone(old).utcoffset() or dt.timedelta()
        new_offset = start.astimezone(new).utcoffset() or dt.timedelta()
        counts[int((new_offset - old_offset).total_seconds() // 60)] += 1
    return TimeZoneShift(old_zone, new_zone, len(starts),
                         tuple(sorted(counts.items(), reverse=True)))


def company_name(database: Database, company_id: int) -> str | None:
    """The company's name, or None when it is gone."""
    with database.session() as session:
        return session.scalar(select(Company.name).where(Company.id == company_id))


def provider_choices(database: Database, company_ids: Collection[int]) -> dict[int, object]:
    """Each company's AI provider choice as stored (the `ai_provider` setting's JSON; None when
    the company never chose: the offline assistant)."""
    settings = SettingsStore(database)
    return {cid: settings.get(PROVIDER_SETTING, company_id=cid) for cid in company_ids}


@dataclass(frozen=True)
class VisitCounts:
    """A customer's visits as the customers table shows them (times in UTC).

    `visits` counts the visits that took place: marked done by staff, or begun and still booked or
    confirmed (nobody marked them, so the customer is taken to have come). Cancelled visits and
    no-shows never count; `no_shows` counts the visits staff marked missed.
    """

    visits: int = 0
    no_shows: int = 0
    last_visit: dt.datetime | None = None   # the start of the latest visit counted in `visits`
    next_visit: dt.datetime | None = None   # the soonest visit still to come (booked/confirmed)


def customer_visit_counts(database: Database, company_id: int, now: dt.datetime,
                          only: Collection[int] | None = None) -> dict[int, VisitCounts]:
    """Each customer's visit counts, by customer id (or only these customers'), in one grouped
    query; a customer without visits is not in it."""
    from sqlalchemy import and_, case, func, or_, type_coerce

    from desktop.store.models import Appointment, UTCDateTime

    holds = Appointment.status.in_((AppointmentStatus.BOOKED.value,
                                    AppointmentStatus.CONFIRMED.value))
    took_place = or_(Appointment.status == AppointmentStatus.DONE.value,
                     and_(holds, Appointment.start_at <= now))
    upcoming = and_(holds, Appointment.start_at > now)
    query = (select(Appointment.customer_id,
                    func.sum(case((took_place, 1), else_=0)),
                    func.sum(case((Appointment.status == AppointmentStatus.NO_SHOW.value, 1),
                                  else_=0)),
                    type_coerce(func.max(case((took_place, Appointment.start_at))), UTCDateTime),
                    type_coerce(func.min(case((upcoming, Appointment.start_at))), UTCDateTime))
             .where(Appointment.company_id == company_id)
             .group_by(Appointment.customer_id))
    if only is not None:
        query = query.where(Appointment.customer_id.in_(list(only)))
    with database.session() as session:
        return {customer_id: VisitCounts(visits or 0, no_shows or 0, last, upcoming_at)
                for customer_id, visits, no_shows, last, upcoming_at in session.execute(query)}


@dataclass(frozen=True)
class CustomerVisit:
    """One visit in a customer's history (times in UTC; screens show them in the shop's zone)."""

    id: int
    service: str
    start: dt.datetime
    end: dt.datetime
    status: AppointmentStatus
    staff: str | None            # None in a shop without staff
    booked_by: str


def customer_visits(database: Database, company_id: int, customer_id: int,
                    limit: int = 500) -> list[CustomerVisit]:
    """A customer's visits in this company, every status, newest first (the latest `limit`)."""
    from desktop.store.models import Appointment

    with database.session() as session:
        rows = session.scalars(
            select(Appointment).where(Appointment.company_id == company_id,
                                      Appointment.customer_id == customer_id)
            .order_by(Appointment.start_at.desc(), Appointment.id.desc()).limit(limit))
        return [CustomerVisit(a.id, a.service, a.start_at, a.end_at, AppointmentStatus(a.status),
                              a.staff, a.booked_by) for a in rows]


def customers_of_visits(database: Database, company_id: int,
                        appointment_ids: Collection[int]) -> set[int]:
    """The customers whose visits these are (a visit marked, moved or cancelled changes their
    counts and history)."""
    from desktop.store.models import Appointment

    if not appointment_ids:
        return set()
    with database.session() as session:
        return set(session.scalars(select(Appointment.customer_id).where(
            Appointment.company_id == company_id, Appointment.id.in_(list(appointment_ids)))))


@dataclass(frozen=True)
class ConversationMarks:
    """What the front desk must see in a conversation's row beyond its summary."""

    unanswered: bool = False     # the customer wrote last and nobody answered yet
    failed_sends: int = 0        # our messages WhatsApp did not take (failed, not sent again)


def conversation_marks(database: Database, company_id: int,
                       only: Collection[int] | None = None) -> dict[int, ConversationMarks]:
    """Each conversation's marks, by id (or only these conversations'), in two grouped queries;
    a conversation without any mark is not in it."""
    from sqlalchemy import func

    # The latest message that asks for an answer: a reaction ("👍") does not, nor history.
    latest = (select(Message.conversation_id, func.max(Message.id).label("last_id"))
              .where(Message.company_id == company_id, Message.history.is_(False),
                     Message.kind != "reaction")
              .group_by(Message.conversation_id))
    failed = (select(OutboxMessage.conversation_id, func.count())
              .where(OutboxMessage.company_id == company_id,
                     OutboxMessage.status == OutboxStatus.FAILED.value)
              .group_by(OutboxMessage.conversation_id))
    if only is not None:
        latest = latest.where(Message.conversation_id.in_(list(only)))
        failed = failed.where(OutboxMessage.conversation_id.in_(list(only)))
    last = latest.subquery()
    with database.session() as session:
        unanswered = set(session.scalars(
            select(last.c.conversation_id).join(Message, Message.id == last.c.last_id)
            .where(Message.direction == Direction.IN.value,
                   Message.author == Author.CUSTOMER.value)))
        failures = dict(session.execute(failed).all())
    return {cid: ConversationMarks(cid in unanswered, failures.get(cid, 0))
            for cid in unanswered | set(failures)}


# The window's preference for a sound when a conversation newly needs a person (off unless set).
ATTENTION_SOUND = "attention_sound"


def attention_sound(database: Database) -> bool:
    """Whether the window beeps when a conversation newly needs a human (off by default)."""
    return bool(SettingsStore(database).get(ATTENTION_SOUND, False))
