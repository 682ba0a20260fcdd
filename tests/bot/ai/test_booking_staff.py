"""Booking with staff: several people at one time, who does what, days off, closed dates and
holidays, buffers, the change notice, and the database refusing one person's double booking."""

from __future__ import annotations

import copy
import datetime as dt
import threading

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.bot.ai.booking import (
    BookingDesk,
    OutsideWorkingHours,
    ShopClosed,
    SlotTaken,
    StaffUnavailable,
    TooLateToChange,
    UnknownStaff,
)
from desktop.bot.profile import parse_profile
from desktop.store.models import Appointment, Company
from tests.bot.ai.conftest import NOW  # Wednesday 18.03.2026 09:00, Moscow


def staffed(shop, **changes) -> dict:
    data = copy.deepcopy(shop.profile.to_json())
    data["services"].append({"name": "Colour", "aliases": ["окрашивание", "צבע"],
                             "duration_min": 60, "price": 60, "currency": "USD"})
    data["staff"] = [
        {"name": "Anna", "aliases": ["Аня", "Анна", "אנה"],
         "services": ["Haircut", "Beard trim", "Colour"],
         "hours": {day: [["10:00", "16:00"]] for day in ("wed", "thu", "fri", "sat")},
         "off": [["2026-03-21", "2026-03-21"]]},
        {"name": "Boris", "aliases": ["Борис", "בוריס"],
         "services": ["Haircut", "Beard trim", "Haircut and beard"]},
    ]
    data["closed"] = [["2026-03-25", "2026-03-26"]]
    data["holidays"] = {"country": "GB"}  # Good Friday: 03.04.2026
    for key, value in changes.items():
        if key in data["booking"]:
            data["booking"][key] = value
        else:
            data[key] = value
    return data


@pytest.fixture
def make_desk(shop):
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")

    def make(**changes) -> BookingDesk:
        data = staffed(shop, **changes)
        return BookingDesk(shop.database, shop.company(profile=data), parse_profile(data))
    return make


@pytest.fixture
def desk(make_desk):
    return make_desk()


@pytest.fixture
def customers(shop, desk):
    return [shop.chat(desk.company_id, f"+1555000020{n}").customer_id for n in range(4)]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute)


def test_two_staff_take_two_customers_at_one_time_and_a_third_is_refused(desk, customers):
    first = desk.book(customers[0], "Haircut", at(19, 11), NOW)
    second = desk.book(customers[1], "Haircut", at(19, 11), NOW)
    assert {first.staff, second.staff} == {"Anna", "Boris"}
    with pytest.raises(SlotTaken, match="Nobody who does Haircut is free at 19.03 11:15"):
        desk.book(customers[2], "Haircut", at(19, 11, 15), NOW)
    # The alternatives: the day's free times skip 11:00-11:30 for everyone, not other times.
    times = {s.start.time() for s in desk.free_slots("Haircut", at(19, 0).date(),
                                                     at(19, 0).date(), NOW)}
    assert dt.time(11) not in times and dt.time(10, 45) not in times
    assert {dt.time(10, 30), dt.time(11, 30)} <= times


def test_without_a_preference_the_least_booked_that_day_gets_it(desk, customers):
    # Ties go by the profile's order: Anna first, then Boris (who has fewer visits then).
    assert desk.book(customers[0], "Haircut", at(19, 10), NOW).staff == "Anna"
    assert desk.book(customers[1], "Haircut", at(19, 12), NOW).staff == "Boris"
    assert desk.book(customers[2], "Haircut", at(19, 14), NOW).staff == "Anna"


def test_a_service_only_one_person_does_goes_to_them(desk, customers):
    assert desk.book(customers[0], "Colour", at(19, 10), NOW).staff == "Anna"
    assert desk.book(customers[1], "combo", at(19, 10), NOW).staff == "Boris"
    # Anna works until 16:00: the shop is open, but nobody who does Colour is then.
    with pytest.raises(SlotTaken, match="Nobody who does Colour"):
        desk.book(customers[2], "Colour", at(19, 17), NOW)
    slots = desk.free_slots("Colour", at(19, 0).date(), at(19, 0).date(), NOW)
    assert slots[-1].start.time() == dt.time(15) and {s.staff for s in slots} == {("Anna",)}
    with pytest.raises(UnknownStaff, match="Anna does not do Haircut and beard; ask for Boris"):
        desk.book(customers[2], "Haircut and beard", at(19, 12), NOW, staff="Anna")


def test_asking_for_someone_offers_only_them_and_says_when_they_are_off_or_busy(desk, customers):
    assert desk.book(customers[0], "Haircut", at(19, 10), NOW, staff="Аня").staff == "Anna"
    with pytest.raises(StaffUnavailable, match="Anna is busy at 19.03 10:15"):
        desk.book(customers[1], "Haircut", at(19, 10, 15), NOW, staff="anna")
    with pytest.raises(StaffUnavailable, match="Anna is not working on 21.03.2026"):
        desk.book(customers[1], "Haircut", at(21, 12), NOW, staff="Anna")  # her day off
    with pytest.raises(StaffUnavailable, match="Anna works 10:00-16:00 on 19.03.2026"):
        desk.book(customers[1], "Haircut", at(19, 17), NOW, staff="אנה")
    with pytest.raises(UnknownStaff, match="Olga does not work here. Our team: Anna, Boris"):
        desk.book(customers[1], "Haircut", at(19, 12), NOW, staff="Olga")
    # Someone else is free meanwhile; Anna's own nearest times come from her slots.
    assert desk.book(customers[1], "Haircut", at(19, 10, 15), NOW).staff == "Boris"
    anna = desk.free_slots("Haircut", at(19, 0).date(), at(19, 0).date(), NOW, staff="Anna")
    assert anna[0].start.time() == dt.time(10, 30) and anna[-1].start.time() == dt.time(15, 30)
    assert desk.free_slots("Haircut", at(21, 0).date(), at(21, 0).date(), NOW, staff="Anna") == []


def test_who_is_working_on_a_day(desk):
    saturday = desk.working(at(21, 0).date())
    assert [name for name, _ in saturday.staff] == ["Boris"]  # Anna's day off
    thursday = desk.working(at(19, 0).date())
    assert thursday.staff == (("Anna", ((dt.time(10), dt.time(16)),)),
                              ("Boris", ((dt.time(10), dt.time(20)),)))
    assert desk.working(at(25, 0).date()).staff == ()


def test_closed_dates_and_public_holidays_are_refused_with_the_reason(desk, customers):
    with pytest.raises(ShopClosed, match="We are closed on 25.03.2026"):
        desk.book(customers[0], "Haircut", at(25, 12), NOW)
    with pytest.raises(ShopClosed, match=r"We are closed on 03.04.2026 \(Good Friday\)"):
        desk.book(customers[0], "Haircut", dt.datetime(2026, 4, 3, 12), NOW)
    assert desk.free_slots("Haircut", at(25, 0).date(), at(26, 0).date(), NOW) == []
    assert desk.free_slots("Haircut", dt.date(2026, 4, 3), dt.date(2026, 4, 3), NOW) == []
    assert desk.working(dt.date(2026, 4, 3)).closure.holiday == "Good Friday"


def test_the_buffer_keeps_minutes_free_between_one_persons_visits(make_desk, shop):
    desk = make_desk(buffer_min=15, staff=[{"name": "Anna"}])
    customer = shop.chat(desk.company_id, "+15550000300").customer_id
    desk.book(customer, "Haircut", at(19, 11), NOW)  # 11:00-11:30
    for too_close in (at(19, 11, 30), at(19, 10, 30)):  # right after it; ending as it starts
        with pytest.raises(SlotTaken):
            desk.book(customer, "Haircut", too_close, NOW)
    desk.book(customer, "Haircut", at(19, 10, 15), NOW)  # ends 10:45, 15 minutes before
    desk.book(customer, "Haircut", at(19, 11, 45), NOW)
    times = {s.start.time() for s in desk.free_slots("Haircut", at(19, 0).date(),
                                                     at(19, 0).date(), NOW)}
    assert not times & {dt.time(10), dt.time(10, 45), dt.time(11, 30), dt.time(12)}
    assert dt.time(12, 30) in times


def test_the_receptionist_does_not_change_a_visit_inside_the_change_notice(make_desk, shop):
    desk = make_desk(change_notice_min=120)
    customer = shop.chat(desk.company_id, "+15550000301").customer_id
    soon = desk.book(customer, "Haircut", at(18, 10, 30), NOW)
    with pytest.raises(TooLateToChange, match="less than 120 minutes away"):
        desk.cancel(customer, soon.id, NOW)
    with pytest.raises(TooLateToChange):
        desk.reschedule(customer, soon.id, at(19, 12), NOW)
    assert desk.reschedule(customer, soon.id, at(19, 12), NOW, by_staff=True).start.hour == 12
    later = desk.book(customer, "Haircut", at(19, 15), NOW)
    assert desk.cancel(customer, later.id, NOW).status == "cancelled"


def test_a_move_keeps_the_staff_member_when_they_are_free(desk, customers):
    booked = desk.book(customers[0], "Haircut", at(19, 12), NOW, staff="Boris")
    desk.book(customers[1], "Haircut", at(19, 13), NOW, staff="Anna")
    assert desk.reschedule(customers[0], booked.id, at(19, 14), NOW).staff == "Boris"
    assert desk.reschedule(customers[0], booked.id, at(19, 14), NOW, staff="Anna").staff == "Anna"
    with pytest.raises(ShopClosed):
        desk.reschedule(customers[0], booked.id, at(25, 14), NOW)


def test_the_database_refuses_one_persons_overlap_but_not_two_people(desk, customers):
    start = dt.datetime(2026, 3, 19, 7, 0, tzinfo=dt.UTC)

    def visit(customer: int, staff: str | None) -> Appointment:
        return Appointment(company_id=desk.company_id, customer_id=customer, service="Haircut",
                           staff=staff, start_at=start, end_at=start + dt.timedelta(minutes=30))
    with desk.database.session() as session:
        session.add_all([visit(customers[0], "Anna"), visit(customers[1], "Boris")])
    with pytest.raises(IntegrityError, match="overlaps"):
        with desk.database.session() as session:
            session.add(visit(customers[2], "Anna"))


def _racing(desk: BookingDesk, monkeypatch, bookings: list[dict]) -> list[object]:
    """Run the bookings in threads (each its own connection) that have all seen the time free
    before any of them writes: the database, not the check, has to settle it."""
    barrier = threading.Barrier(len(bookings), timeout=10)
    checked = desk._free_members

    def check_then_wait(*args, **kwargs):
        free = checked(*args, **kwargs)
        barrier.wait()
        return free
    monkeypatch.setattr(desk, "_free_members", check_then_wait)
    results: list[object] = [None] * len(bookings)

    def run(n: int) -> None:
        try:
            results[n] = desk.book(**bookings[n])
        except Exception as exc:  # noqa: BLE001 - the test reads what each writer got
            results[n] = exc
    threads = [threading.Thread(target=run, args=(n,)) for n in range(len(bookings))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    return results


def test_two_racing_writers_for_one_person_cannot_both_win(desk, customers, monkeypatch):
    results = _racing(desk, monkeypatch, [
        {"customer_id": c, "service_name": "Haircut", "start": at(19, 11), "now": NOW,
         "staff": "Anna"} for c in customers[:2]])
    won = [r for r in results if not isinstance(r, Exception)]
    lost = [r for r in results if isinstance(r, Exception)]
    assert len(won) == 1 and won[0].staff == "Anna"
    assert len(lost) == 1 and isinstance(lost[0], StaffUnavailable)


def test_racing_writers_without_a_preference_spread_over_the_team(desk, customers, monkeypatch):
    results = _racing(desk, monkeypatch, [
        {"customer_id": c, "service_name": "Haircut", "start": at(19, 11), "now": NOW}
        for c in customers[:2]])
    # Both picked Anna (least booked, first in the profile); the loser of the race got Boris.
    assert sorted(r.staff for r in results) == ["Anna", "Boris"]


def test_a_shop_without_staff_books_one_customer_per_time_as_before(shop):
    desk = BookingDesk(shop.database, shop.company(), shop.profile)
    customers = [shop.chat(desk.company_id, f"+1555000040{n}").customer_id for n in range(2)]
    booked = desk.book(customers[0], "Haircut", at(19, 10), NOW)
    assert booked.staff is None
    with pytest.raises(SlotTaken, match="^19.03 10:00 is already taken.$"):
        desk.book(customers[1], "Haircut", at(19, 10), NOW)
    with pytest.raises(OutsideWorkingHours):
        desk.book(customers[1], "Haircut", at(22, 12), NOW)
    assert desk.working(at(19, 0).date()).staff == ()


def test_visits_from_before_the_staff_were_listed_still_keep_their_time(shop, make_desk):
    before = BookingDesk(shop.database, shop.company(), shop.profile)
    customer = shop.chat(before.company_id, "+15550000410").customer_id
    old = before.book(customer, "Haircut", at(19, 10), NOW)
    assert old.staff is None
    data = staffed(shop)
    with shop.database.session() as session:
        session.get(Company, before.company_id).profile = data
    after = BookingDesk(shop.database, before.company_id, parse_profile(data))
    with pytest.raises(SlotTaken):
        after.book(customer, "Haircut", at(19, 10), NOW)
    assert after.book(customer, "Haircut", at(19, 10, 30), NOW).staff == "Anna"
