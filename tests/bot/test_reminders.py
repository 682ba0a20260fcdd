"""Reminders of visits: planned from the appointments, sent through the outbox exactly once,
moved with the visit, dropped on cancel, held in quiet hours, never into a cold chat.

The engine's clock is injected: time moves only when a test moves it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from sqlalchemy import select

from desktop.bot.ai.booking import BookingDesk
from desktop.bot.profile import load_profile, parse_profile
from desktop.bot.records import ConversationRecords
from desktop.bot.reminders import ReminderBook, ReminderScheduler, SentReminder, send_moment
from desktop.bot.responder import EchoResponder
from desktop.bot.scenario import parse_scenario
from desktop.bot.simulate import ScenarioRunner, SimulationSettings
from desktop.resources import demo_profile_path
from desktop.store.companies import add_company
from desktop.store.db import Database
from desktop.store.models import (
    Appointment,
    AppointmentStatus,
    Author,
    Conversation,
    Message,
    OutboxMessage,
    Reminder,
    ReminderStatus,
    Transport,
)

FAST = dict(step_timeout=20.0, debounce_gap=0.3, debounce_max=2.0)
ZONE = "Asia/Jerusalem"
PHONE = "+972501234567"
# Monday 14 December 2026, 08:00 in Jerusalem (06:00 UTC); the shop opens at 09:00.
MONDAY_8 = dt.datetime(2026, 12, 14, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=2)))


def shop_profile(**booking: Any) -> dict[str, Any]:
    return {"name": "Sharp Cuts", "timezone": ZONE, "address": "12 Herzl St, Haifa",
            "hours": {day: [["09:00", "20:00"]] for day in ("sun", "mon", "tue", "wed", "thu")},
            "services": [{"name": "Haircut", "aliases": ["стрижка", "תספורת"],
                          "duration_min": 30, "price": 80, "currency": "ILS"}],
            "booking": {"max_days_ahead": 60, **booking}}


class Clock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now.astimezone(dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


class Shop:
    """One company with a customer; bookings and reminders over the real store."""

    def __init__(self, database: Database, profile: dict[str, Any], clock: Clock) -> None:
        self.database, self.clock = database, clock
        self.company_id = add_company(database, "Sharp Cuts", profile, Transport.SIM)
        self.profile = parse_profile(profile)
        self.records = ConversationRecords(database)
        self.book = ReminderBook(self.records)
        self.desk = BookingDesk(database, self.company_id, self.profile)
        self.conversation_id = self.records.conversation_for_phone(self.company_id, PHONE,
                                                                   now=clock())
        with database.session() as session:
            self.customer_id = session.get_one(Conversation, self.conversation_id).customer_id

    def customer_wrote(self, text: str = "Hi") -> None:
        with self.database.session() as session:
            session.add(Message(company_id=self.company_id, conversation_id=self.conversation_id,
                                wa_id=f"IN{text}{self.clock().timestamp()}", direction="in",
                                author=Author.CUSTOMER.value, text=text, created_at=self.clock()))

    def visit(self, local: str) -> int:
        start = dt.datetime.fromisoformat(local)
        return self.desk.book(self.customer_id, "Haircut", start, self.clock()).id

    def tick(self) -> list[str]:
        """Plan and send what is due now; the texts queued."""
        now = self.clock()
        self.book.plan(self.company_id, self.profile, now)
        return [s.queued.text for s in self.book.send_due(self.company_id, self.profile, now)]

    def rows(self) -> list[tuple[int, str, dt.datetime]]:
        with self.database.session() as session:
            return [(r.offset_min, r.status, r.due_at) for r in session.scalars(
                select(Reminder).order_by(Reminder.appointment_id, Reminder.offset_min.desc()))]

    def outbox_texts(self) -> list[str]:
        with self.database.session() as session:
            return list(session.scalars(select(OutboxMessage.text).order_by(OutboxMessage.id)))


@pytest.fixture
def clock() -> Clock:
    return Clock(MONDAY_8)


@pytest.fixture
def shop(database: Database, clock: Clock) -> Shop:
    shop = Shop(database, shop_profile(), clock)
    shop.customer_wrote()
    return shop


def test_a_visit_gets_one_reminder_a_day_before_and_one_two_hours_before(shop: Shop,
                                                                        clock: Clock) -> None:
    shop.visit("2026-12-16T11:00")   # Wednesday 11:00
    assert shop.tick() == []
    assert [(o, s) for o, s, _ in shop.rows()] == [(1440, "planned"), (120, "planned")]

    clock.advance(days=1, hours=2, minutes=59)   # Tuesday 10:59
    assert shop.tick() == []
    clock.advance(minutes=1)                     # Tuesday 11:00: a day before
    [text] = shop.tick()
    assert text == ("Hello from Sharp Cuts! A reminder of your Haircut on Wednesday 16.12 at 11:00, "
                    "12 Herzl St, Haifa. Reply YES to confirm, or tell us if you need to change it.")
    assert shop.tick() == []                     # once
    clock.advance(hours=22)                      # Wednesday 09:00: two hours before
    assert len(shop.tick()) == 1
    clock.advance(hours=3)                       # after the visit: nothing more
    assert shop.tick() == []
    assert [s for _, s, _ in shop.rows()] == ["sent", "sent"]
    assert len(shop.outbox_texts()) == 2


def test_a_reminder_already_due_when_the_visit_is_booked_is_skipped(shop: Shop,
                                                                   clock: Clock) -> None:
    shop.visit("2026-12-14T12:00")   # today, four hours ahead: the day-before one is past
    shop.tick()
    assert [(o, s) for o, s, _ in shop.rows()] == [(1440, "skipped"), (120, "planned")]
    assert shop.outbox_texts() == []


def test_a_moved_visit_is_reminded_of_its_new_time_and_a_cancelled_one_not_at_all(
        shop: Shop, clock: Clock) -> None:
    visit = shop.visit("2026-12-16T11:00")
    shop.tick()
    moved = shop.desk.reschedule(shop.customer_id, visit, dt.datetime(2026, 12, 17, 15, 0),
                                 clock())
    shop.tick()
    start = moved.start.astimezone(dt.UTC)
    assert [(o, s, d) for o, s, d in shop.rows()] == [
        (1440, "planned", start - dt.timedelta(days=1)),
        (120, "planned", start - dt.timedelta(hours=2))]
    clock.advance(days=1, hours=3)               # Tuesday 11:00: the old day-before time
    assert shop.tick() == []
    clock.advance(days=1, hours=4)               # Wednesday 15:00
    [text] = shop.tick()
    assert "Thursday 17.12 at 15:00" in text

    shop.desk.cancel(shop.customer_id, visit, clock())
    shop.tick()
    assert [s for _, s, _ in shop.rows()] == ["sent", "dropped"]
    clock.advance(days=1)
    assert shop.tick() == []


def test_after_the_app_was_off_only_the_nearest_reminder_goes_and_none_for_a_past_visit(
        shop: Shop, clock: Clock) -> None:
    shop.visit("2026-12-16T11:00")   # Wednesday 11:00
    shop.visit("2026-12-16T15:00")   # Wednesday 15:00
    shop.tick()
    clock.advance(days=2, hours=5, minutes=30)   # off until Wednesday 13:30: one visit begun
    [text] = shop.tick()
    assert "Wednesday 16.12 at 15:00" in text
    assert [s for _, s, _ in shop.rows()] == ["skipped", "skipped", "skipped", "sent"]


def test_a_confirmed_visit_is_still_reminded(shop: Shop, clock: Clock) -> None:
    visit = shop.visit("2026-12-14T12:00")
    with shop.database.session() as session:
        session.get(Appointment, visit).status = AppointmentStatus.CONFIRMED.value
    shop.tick()
    clock.advance(hours=2)
    assert len(shop.tick()) == 1


def test_quiet_hours_hold_a_reminder_until_they_end_or_skip_it(database: Database,
                                                               clock: Clock) -> None:
    shop = Shop(database, shop_profile(reminders_min=[720]), clock)
    shop.customer_wrote()
    shop.visit("2026-12-15T10:00")   # due Monday 22:00, quiet until 09:00: sent at 09:00
    shop.visit("2026-12-16T09:15")   # due Tuesday 21:15, held to 09:00: 15 min before, skipped
    shop.tick()
    clock.advance(hours=14)          # Monday 22:00
    assert shop.tick() == []
    clock.advance(hours=10, minutes=59)
    assert shop.tick() == []         # Tuesday 08:59
    clock.advance(minutes=1)
    assert len(shop.tick()) == 1     # Tuesday 09:00
    clock.advance(hours=12, minutes=15)   # Tuesday 21:15
    assert shop.tick() == []
    assert [s for _, s, _ in shop.rows()] == ["sent", "skipped"]


def test_send_moment_keeps_to_the_quiet_hours_of_the_shops_own_zone(shop: Shop) -> None:
    visit = dt.datetime(2026, 12, 15, 10, 0, tzinfo=shop.profile.zone)
    due = dt.datetime(2026, 12, 14, 22, 0, tzinfo=shop.profile.zone)
    assert send_moment(due, visit, due, shop.profile) == dt.datetime(
        2026, 12, 15, 9, 0, tzinfo=shop.profile.zone)
    day = dt.datetime(2026, 12, 14, 15, 0, tzinfo=shop.profile.zone)
    assert send_moment(day, visit, day, shop.profile) == day
    assert send_moment(day, visit, visit, shop.profile) is None   # the visit has begun


def test_no_reminder_goes_into_a_chat_the_customer_never_started(database: Database,
                                                                clock: Clock) -> None:
    shop = Shop(database, shop_profile(), clock)   # booked by staff; the customer never wrote
    shop.visit("2026-12-14T12:00")
    shop.tick()
    clock.advance(hours=2)
    assert shop.tick() == []
    assert shop.outbox_texts() == []
    assert [s for _, s, _ in shop.rows()] == ["skipped", "skipped"]


def test_no_reminders_when_the_profile_asks_for_none(database: Database, clock: Clock) -> None:
    shop = Shop(database, shop_profile(reminders_min=[]), clock)
    shop.customer_wrote()
    shop.visit("2026-12-16T11:00")
    shop.tick()
    assert shop.rows() == []


def test_a_reminder_is_written_in_the_customers_language_with_the_staff_member(
        database: Database, clock: Clock) -> None:
    shop = Shop(database, shop_profile(), clock)
    shop.customer_wrote("Здравствуйте, хочу записаться")
    visit = shop.visit("2026-12-14T12:00")
    with database.session() as session:
        session.get(Appointment, visit).staff = "Дана"
    shop.tick()
    clock.advance(hours=2)
    [text] = shop.tick()
    assert text == ("Здравствуйте! Sharp Cuts напоминает о вашей записи: стрижка (мастер: Дана), "
                    "понедельник 14.12, 12:00; адрес: 12 Herzl St, Haifa. Ответьте ДА, чтобы "
                    "подтвердить, или напишите, если нужно что-то изменить.")


def test_two_writers_cannot_both_send_one_reminder(shop: Shop, clock: Clock) -> None:
    shop.visit("2026-12-14T12:00")
    shop.tick()
    clock.advance(hours=2)
    now = clock()
    other = ReminderBook(ConversationRecords(shop.database))
    # Both see the reminder planned; the second one's transaction finds it sent and rolls back.
    with shop.database.session() as session:
        reminder = session.scalar(select(Reminder).where(
            Reminder.status == ReminderStatus.PLANNED.value))
        reminder_id = reminder.id
    first = shop.book._queue(shop.company_id, shop.conversation_id, reminder_id, "one", now)
    second = other._queue(shop.company_id, shop.conversation_id, reminder_id, "two", now)
    assert first is not None and second is None
    assert shop.outbox_texts() == ["one"]


async def test_the_scheduler_sends_a_due_reminder_when_the_clock_says_so(shop: Shop,
                                                                          clock: Clock) -> None:
    sent: list[SentReminder] = []
    scheduler = ReminderScheduler(shop.records, clock, lambda: [shop.company_id], sent.append)
    shop.visit("2026-12-14T12:00")
    assert await scheduler.run_due() == clock() + dt.timedelta(hours=2)   # the next due moment
    assert sent == []
    clock.advance(hours=2)
    assert await scheduler.run_due() is None
    [reminder] = sent
    assert reminder.phone == PHONE and reminder.queued.author is Author.BOT
    assert shop.outbox_texts() == [reminder.queued.text]


async def test_staff_bookings_are_reminded_through_the_whole_shop_and_cancels_are_not(
        tmp_path) -> None:
    # The real engine, outbox and simulator bridge; the clock moves only on `advance_min`.
    lines: list[dict[str, Any]] = []
    runner = ScenarioRunner(tmp_path / "shop", load_profile(demo_profile_path()), EchoResponder(),
                            lines.append, now=dt.datetime.fromisoformat("2026-03-18T09:00:00+03:00"),
                            settings=SimulationSettings(**FAST))
    try:
        await runner.start()
        await runner.run(parse_scenario('{"from": "+15550500001", "say": "hi"}'))
        operations = runner._shop.operations
        thursday = dt.datetime.fromisoformat("2026-03-19T12:00:00+03:00")
        warm = await operations.book(runner.company_id, phone="+15550500001", name="Dana",
                                     service="Haircut", start=thursday)
        await operations.book(runner.company_id, phone="+15550500002", name="Cold",
                              service="Haircut", start=thursday + dt.timedelta(hours=1))
        await runner.run(parse_scenario('{"advance_min": 240}'))     # Wednesday 13:00
        reminders = [line for line in lines if line.get("reason") == "reminder"]
        assert [(line["to"], line["by"]) for line in reminders] == [("+15550500001", "bot")]
        assert "Haircut on Thursday 19.03 at 12:00" in reminders[0]["text"]

        await operations.cancel_booking(runner.company_id, warm.customer_id, warm.id)
        await runner.run(parse_scenario('{"advance_min": 1440}'))    # Thursday 13:00
        assert len([line for line in lines if line.get("reason") == "reminder"]) == 1
    finally:
        await runner.stop()
