"""The booking rules, straight (no model): every refusal is a typed error with a clear message."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError

from desktop.bot.ai.booking import (
    AppointmentNotFound,
    BookingDesk,
    InThePast,
    OutsideWorkingHours,
    SlotTaken,
    TooFarAhead,
    TooSoon,
    UnknownService,
)
from desktop.store.models import Appointment, AppointmentStatus
from tests.bot.ai.conftest import NOW


@pytest.fixture
def desk(shop):
    return BookingDesk(shop.database, shop.company(), shop.profile)


@pytest.fixture
def customers(shop, desk):
    return [shop.chat(desk.company_id, f"+1555000010{n}").customer_id for n in range(2)]


def at(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute)  # naive: taken as the shop's local time


def test_a_booking_is_stored_in_utc_and_reported_in_local_time(desk, customers) -> None:
    booked = desk.book(customers[0], "стрижка", at(19, 10), NOW)
    assert (booked.service, booked.status) == ("Haircut", AppointmentStatus.BOOKED)
    assert booked.start.isoformat() == "2026-03-19T10:00:00+03:00"
    assert booked.end - booked.start == dt.timedelta(minutes=30)
    with desk.database.session() as session:
        assert session.get(Appointment, booked.id).start_at == dt.datetime(
            2026, 3, 19, 7, 0, tzinfo=dt.UTC)


def test_overlapping_bookings_of_the_company_are_refused(desk, customers) -> None:
    desk.book(customers[0], "Haircut", at(19, 10), NOW)
    with pytest.raises(SlotTaken, match="already taken"):
        desk.book(customers[1], "Beard trim", at(19, 10, 15), NOW)
    # Back to back is fine.
    desk.book(customers[1], "Beard trim", at(19, 10, 30), NOW)


def test_other_companies_do_not_block_each_other(shop, desk, customers) -> None:
    other = BookingDesk(shop.database, shop.company("Other"), shop.profile)
    other_customer = shop.chat(other.company_id, "+15550009999").customer_id
    desk.book(customers[0], "Haircut", at(19, 10), NOW)
    other.book(other_customer, "Haircut", at(19, 10), NOW)


def test_the_whole_service_must_fit_in_one_opening_range(desk, customers) -> None:
    with pytest.raises(OutsideWorkingHours, match=r"10:00-14:00, 15:00-20:00"):
        desk.book(customers[0], "Haircut", at(20, 13, 45), NOW)  # Friday lunch break
    with pytest.raises(OutsideWorkingHours, match="closed"):
        desk.book(customers[0], "Haircut", at(22, 12), NOW)  # Sunday
    with pytest.raises(OutsideWorkingHours):
        desk.book(customers[0], "Haircut", at(19, 9, 30), NOW)  # before opening
    with pytest.raises(OutsideWorkingHours):
        desk.book(customers[0], "Haircut and beard", at(19, 19, 30), NOW)  # runs past 20:00
    desk.book(customers[0], "Haircut", at(19, 19, 30), NOW)  # ends exactly at closing


def test_past_short_notice_and_horizon_are_refused(desk, customers) -> None:
    with pytest.raises(InThePast):
        desk.book(customers[0], "Haircut", at(18, 8), NOW)
    with pytest.raises(TooSoon, match="60 minutes"):
        desk.book(customers[0], "Haircut", at(18, 9, 45), NOW)
    desk.book(customers[0], "Haircut", at(18, 10), NOW)  # exactly the minimum notice
    with pytest.raises(TooFarAhead, match="30 days"):
        desk.book(customers[0], "Haircut", dt.datetime(2026, 4, 18, 12), NOW)
    desk.book(customers[0], "Haircut", dt.datetime(2026, 4, 17, 12), NOW)


def test_unknown_service_names_the_offered_ones(desk, customers) -> None:
    with pytest.raises(UnknownService, match="Haircut, Beard trim, Haircut and beard"):
        desk.book(customers[0], "Massage", at(19, 10), NOW)


def test_free_slots_respect_hours_step_notice_and_bookings(desk, customers) -> None:
    desk.book(customers[0], "Haircut", at(18, 11), NOW)
    slots = desk.free_slots("Haircut", dt.date(2026, 3, 18), dt.date(2026, 3, 18), NOW)
    starts = [f"{s.start:%H:%M}" for s in slots]
    assert starts[:4] == ["10:00", "10:15", "10:30", "11:30"]  # 10:45 would overlap 11:00
    assert starts[-1] == "19:30"
    friday = desk.free_slots("Haircut and beard", dt.date(2026, 3, 20), dt.date(2026, 3, 20), NOW)
    times = {f"{s.start:%H:%M}" for s in friday}
    assert "13:00" in times and "13:15" not in times and "15:00" in times  # 50 min before 14:00
    assert desk.free_slots("Haircut", dt.date(2026, 3, 22), dt.date(2026, 3, 22), NOW) == []
    assert desk.free_slots("Haircut", dt.date(2026, 5, 1), dt.date(2026, 5, 2), NOW) == []


def test_customers_see_and_change_only_their_own_appointments(desk, customers) -> None:
    mine = desk.book(customers[0], "Haircut", at(19, 10), NOW)
    theirs = desk.book(customers[1], "Haircut", at(19, 12), NOW)
    assert [a.id for a in desk.upcoming(customers[0], NOW)] == [mine.id]
    with pytest.raises(AppointmentNotFound):
        desk.cancel(customers[0], theirs.id, NOW)
    with pytest.raises(AppointmentNotFound):
        desk.reschedule(customers[0], theirs.id, at(19, 15), NOW)
    assert desk.upcoming(customers[1], NOW)[0].status is AppointmentStatus.BOOKED


def test_cancel_frees_the_time(desk, customers) -> None:
    booked = desk.book(customers[0], "Haircut", at(19, 10), NOW)
    assert desk.cancel(customers[0], booked.id, NOW).status is AppointmentStatus.CANCELLED
    assert desk.upcoming(customers[0], NOW) == []
    with pytest.raises(AppointmentNotFound):
        desk.cancel(customers[0], booked.id, NOW)
    desk.book(customers[1], "Haircut", at(19, 10), NOW)


def test_reschedule_applies_the_same_rules(desk, customers) -> None:
    mine = desk.book(customers[0], "Haircut", at(19, 10), NOW)
    desk.book(customers[1], "Haircut", at(19, 12), NOW)
    with pytest.raises(SlotTaken):
        desk.reschedule(customers[0], mine.id, at(19, 12, 15), NOW)
    with pytest.raises(OutsideWorkingHours):
        desk.reschedule(customers[0], mine.id, at(22, 12), NOW)
    # Moving within its own time (overlapping itself) is allowed.
    moved = desk.reschedule(customers[0], mine.id, at(19, 10, 15), NOW)
    assert f"{moved.start:%H:%M}" == "10:15"


def test_the_database_itself_refuses_an_overlap(desk, customers) -> None:
    desk.book(customers[0], "Haircut", at(19, 10), NOW)
    start = dt.datetime(2026, 3, 19, 7, 15, tzinfo=dt.UTC)
    with pytest.raises(IntegrityError, match="overlaps"):
        with desk.database.session() as session:
            session.add(Appointment(company_id=desk.company_id, customer_id=customers[1],
                                    service="Haircut", start_at=start,
                                    end_at=start + dt.timedelta(minutes=30)))
    # A cancelled row never blocks anything.
    with desk.database.session() as session:
        session.add(Appointment(company_id=desk.company_id, customer_id=customers[1],
                                service="Haircut", start_at=start, status="cancelled",
                                end_at=start + dt.timedelta(minutes=30)))
