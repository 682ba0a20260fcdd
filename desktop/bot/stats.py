"""Read models for the diagnostics charts: what happened in the last 24 hours, hour by hour.

Screens never run SQL themselves; they ask these functions, which return plain dataclasses. Hours
are the local clock's hours (the front-desk PC is in the shop), stored times are UTC.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import func, select

from desktop.store.db import Database
from desktop.store.models import Author, Direction, Message, OutboxMessage, OutboxStatus

HOURS = 24

# Authors whose message counts as an answer by staff: typed in the app or on the shop's phone.
STAFF_AUTHORS = (Author.STAFF, Author.PHONE)

# Upper bounds (seconds) of the reply-time buckets; the last bucket has no upper bound.
REPLY_BUCKETS: tuple[tuple[float | None, str], ...] = (
    (5, "< 5 s"), (30, "5–30 s"), (120, "30 s–2 min"), (600, "2–10 min"), (None, "> 10 min"))


@dataclass(frozen=True)
class HourlyCounts:
    """Counts per hour: `hours[i]` is the (aware, local) start of the hour of `counts[i]`."""

    hours: list[dt.datetime]
    counts: list[int]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class AnswerCounts:
    """Answers per hour, by the bot and by staff (in the app or on the shop's phone)."""

    hours: list[dt.datetime]
    bot: list[int]
    staff: list[int]

    @property
    def total(self) -> int:
        return sum(self.bot) + sum(self.staff)


@dataclass(frozen=True)
class ReplyTimes:
    """How long customers waited for the first answer, in `REPLY_BUCKETS`.

    A customer turn starts with the first customer message after the previous answer (messages
    sent in a row are one question) and ends with the first answer by the bot or staff; turns still
    waiting are counted in `unanswered`.
    """

    labels: list[str]
    counts: list[int]
    unanswered: int = 0
    median_s: float | None = None

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class FailedSends:
    """Sends that ever failed (not only in the last 24 hours, and also when a retry worked).

    `attempts`: failed attempts in all; `messages`: messages with at least one; `got_through`:
    those of them WhatsApp took in the end (on a retry)."""

    attempts: int = 0
    messages: int = 0
    got_through: int = 0


@dataclass(frozen=True)
class DayStats:
    """Everything the diagnostics charts show, from one consistent moment."""

    since: dt.datetime
    until: dt.datetime
    messages_in: HourlyCounts
    answers: AnswerCounts
    reply_times: ReplyTimes
    send_failures: HourlyCounts
    companies: tuple[int, ...] = field(default_factory=tuple)
    failed_ever: FailedSends = field(default_factory=FailedSends)


def hour_starts(now: dt.datetime, hours: int = HOURS,
                tz: dt.tzinfo | None = None) -> list[dt.datetime]:
    """The starts of the last `hours` clock hours, oldest first; the last one holds `now`."""
    if now.tzinfo is None:
        raise ValueError("naive datetime given; use an aware datetime")
    local = now.astimezone(tz)
    current = local.replace(minute=0, second=0, microsecond=0)
    # Stepping in UTC keeps every bucket one real hour long across a daylight-saving change.
    current_utc = current.astimezone(dt.UTC)
    return [(current_utc - dt.timedelta(hours=hours - 1 - i)).astimezone(local.tzinfo)
            for i in range(hours)]


def _bucket(starts: list[dt.datetime], times: list[dt.datetime]) -> list[int]:
    counts = [0] * len(starts)
    stamps = [s.timestamp() for s in starts]
    for at in times:
        i = bisect.bisect_right(stamps, at.timestamp()) - 1
        if 0 <= i < len(counts):
            counts[i] += 1
    return counts


def _scope(statement, column, company_id: int | None):
    return statement if company_id is None else statement.where(column == company_id)


def _window(now: dt.datetime | None, tz: dt.tzinfo | None) -> tuple[dt.datetime, list[dt.datetime]]:
    now = now or dt.datetime.now(dt.UTC)
    starts = hour_starts(now, HOURS, tz)
    return now, starts


def messages_in_per_hour(database: Database, company_id: int | None = None, *,
                         now: dt.datetime | None = None,
                         tz: dt.tzinfo | None = None) -> HourlyCounts:
    """Customer messages received per hour over the last 24 hours (all companies when None)."""
    now, starts = _window(now, tz)
    with database.session() as session:
        times = list(session.scalars(_scope(
            select(Message.created_at).where(Message.direction == Direction.IN,
                                             Message.history.is_(False),  # synced, not received
                                             Message.created_at >= starts[0],
                                             Message.created_at <= now),
            Message.company_id, company_id)))
    return HourlyCounts(starts, _bucket(starts, times))


def answers_per_hour(database: Database, company_id: int | None = None, *,
                     now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> AnswerCounts:
    """Messages to customers per hour, split into the bot's and staff's."""
    now, starts = _window(now, tz)
    with database.session() as session:
        rows = session.execute(_scope(
            select(Message.created_at, Message.author).where(
                Message.direction == Direction.OUT, Message.history.is_(False),
                Message.created_at >= starts[0],
                Message.created_at <= now),
            Message.company_id, company_id)).all()
    bot = [at for at, author in rows if author == Author.BOT]
    staff = [at for at, author in rows if author in STAFF_AUTHORS]
    return AnswerCounts(starts, _bucket(starts, bot), _bucket(starts, staff))


def send_failures_per_hour(database: Database, company_id: int | None = None, *,
                           now: dt.datetime | None = None,
                           tz: dt.tzinfo | None = None) -> HourlyCounts:
    """Outgoing messages that finally failed, per hour of the failure."""
    now, starts = _window(now, tz)
    with database.session() as session:
        times = list(session.scalars(_scope(
            select(OutboxMessage.updated_at).where(
                OutboxMessage.status == OutboxStatus.FAILED,
                OutboxMessage.updated_at >= starts[0], OutboxMessage.updated_at <= now),
            OutboxMessage.company_id, company_id)))
    return HourlyCounts(starts, _bucket(starts, times))


# What WhatsApp took: a message in one of these states got through, whatever failed before.
_GOT_THROUGH = (OutboxStatus.SENT, OutboxStatus.DELIVERED, OutboxStatus.READ)


def failed_sends_ever(database: Database, company_id: int | None = None) -> FailedSends:
    """Every failed send attempt kept in the outbox (`send_failures`), retried or not."""
    with database.session() as session:
        row = session.execute(_scope(
            select(func.coalesce(func.sum(OutboxMessage.send_failures), 0),
                   func.count(OutboxMessage.id),
                   func.count(OutboxMessage.id).filter(OutboxMessage.status.in_(_GOT_THROUGH)))
            .where(OutboxMessage.send_failures > 0),
            OutboxMessage.company_id, company_id)).one()
    return FailedSends(int(row[0]), int(row[1]), int(row[2]))


def reply_bucket(seconds: float) -> int:
    """The index in `REPLY_BUCKETS` for a wait of `seconds`."""
    for index, (upper, _label) in enumerate(REPLY_BUCKETS):
        if upper is not None and seconds < upper:
            return index
    return len(REPLY_BUCKETS) - 1


def reply_times(database: Database, company_id: int | None = None, *,
                now: dt.datetime | None = None, hours: int = HOURS) -> ReplyTimes:
    """Waits for a first answer, for customer turns that started in the last `hours`."""
    now = now or dt.datetime.now(dt.UTC)
    since = now - dt.timedelta(hours=hours)
    with database.session() as session:
        rows = session.execute(_scope(
            select(Message.conversation_id, Message.direction, Message.author,
                   Message.created_at).where(Message.created_at >= since,
                                             Message.created_at <= now),
            Message.company_id, company_id)
            .order_by(Message.conversation_id, Message.created_at, Message.id)).all()
    counts = [0] * len(REPLY_BUCKETS)
    waits: list[float] = []
    unanswered = 0
    conversation, waiting_since = None, None
    for conversation_id, direction, author, at in rows:
        if conversation_id != conversation:
            unanswered += waiting_since is not None
            conversation, waiting_since = conversation_id, None
        if direction == Direction.IN:
            if waiting_since is None:
                waiting_since = at
        elif waiting_since is not None and (author == Author.BOT or author in STAFF_AUTHORS):
            wait = max(0.0, (at - waiting_since).total_seconds())
            waits.append(wait)
            counts[reply_bucket(wait)] += 1
            waiting_since = None
    unanswered += waiting_since is not None
    median = None
    if waits:
        waits.sort()
        middle = len(waits) // 2
        median = waits[middle] if len(waits) % 2 else (waits[middle - 1] + waits[middle]) / 2
    return ReplyTimes([label for _upper, label in REPLY_BUCKETS], counts, unanswered, median)


def day_stats(database: Database, company_id: int | None = None, *,
              now: dt.datetime | None = None, tz: dt.tzinfo | None = None) -> DayStats:
    """All four charts' data for the last 24 hours, at one moment."""
    now = now or dt.datetime.now(dt.UTC)
    messages = messages_in_per_hour(database, company_id, now=now, tz=tz)
    return DayStats(
        since=messages.hours[0], until=now, messages_in=messages,
        answers=answers_per_hour(database, company_id, now=now, tz=tz),
        reply_times=reply_times(database, company_id, now=now),
        send_failures=send_failures_per_hour(database, company_id, now=now, tz=tz),
        companies=() if company_id is None else (company_id,),
        failed_ever=failed_sends_ever(database, company_id))
