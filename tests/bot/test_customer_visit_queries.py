"""The customers table's visit counts and a customer's visit history, as the queries read them."""

from __future__ import annotations

import datetime as dt

from desktop.bot.queries import (
    VisitCounts,
    customer_visit_counts,
    customer_visits,
    customers_of_visits,
)
from desktop.bot.records import ConversationRecords
from desktop.store.companies import add_company, ensure_demo_company
from desktop.store.db import Database
from desktop.store.models import Appointment, AppointmentStatus, Conversation

NOW = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.UTC)


def _customer(database: Database, company_id: int, phone: str) -> int:
    conversation_id = ConversationRecords(database).conversation_for_phone(company_id, phone,
                                                                           now=NOW)
    with database.session() as session:
        return session.get(Conversation, conversation_id).customer_id


def _visit(database: Database, company_id: int, customer_id: int, hours: float,
           status: AppointmentStatus, *, staff: str | None = None,
           service: str = "Haircut") -> int:
    start = NOW + dt.timedelta(hours=hours)
    with database.session() as session:
        visit = Appointment(company_id=company_id, customer_id=customer_id, service=service,
                            start_at=start, end_at=start + dt.timedelta(minutes=30),
                            status=status.value, staff=staff)
        session.add(visit)
        session.flush()
        return visit.id


def test_counts_are_what_took_place_missed_last_and_next(database: Database) -> None:
    company_id = ensure_demo_company(database)
    dana = _customer(database, company_id, "+972501234567")
    oleg = _customer(database, company_id, "+79161234567")
    sam = _customer(database, company_id, "+15550104477")   # no visits at all
    _visit(database, company_id, dana, -72, AppointmentStatus.DONE)
    _visit(database, company_id, dana, -48, AppointmentStatus.NO_SHOW)
    _visit(database, company_id, dana, -24, AppointmentStatus.BOOKED)      # begun, never marked
    _visit(database, company_id, dana, -12, AppointmentStatus.CANCELLED)
    _visit(database, company_id, dana, 0.5, AppointmentStatus.DONE)        # marked done early
    _visit(database, company_id, dana, 24, AppointmentStatus.CONFIRMED)
    _visit(database, company_id, dana, 48, AppointmentStatus.BOOKED)
    _visit(database, company_id, dana, 30, AppointmentStatus.CANCELLED)    # not a next visit
    _visit(database, company_id, oleg, -5, AppointmentStatus.NO_SHOW)
    _visit(database, company_id, oleg, -3, AppointmentStatus.NO_SHOW)
    # Another shop's visits of the same person never count here.
    other = add_company(database, "Salon Aviv", {})
    stranger = _customer(database, other, "+972501234567")
    _visit(database, other, stranger, -1, AppointmentStatus.DONE)

    counts = customer_visit_counts(database, company_id, NOW)
    assert counts[dana] == VisitCounts(visits=3, no_shows=1,
                                       last_visit=NOW + dt.timedelta(minutes=30),
                                       next_visit=NOW + dt.timedelta(hours=24))
    assert counts[oleg] == VisitCounts(visits=0, no_shows=2, last_visit=None, next_visit=None)
    assert sam not in counts
    assert counts[dana].next_visit.tzinfo is not None   # aware UTC, as every stored time
    assert customer_visit_counts(database, company_id, NOW, only={oleg}) == {oleg: counts[oleg]}
    # A day later the confirmed visit has begun: a visit, the last one; the next is the booked.
    later = customer_visit_counts(database, company_id, NOW + dt.timedelta(hours=25))[dana]
    assert (later.visits, later.last_visit, later.next_visit) == (
        4, NOW + dt.timedelta(hours=24), NOW + dt.timedelta(hours=48))


def test_a_customers_visits_newest_first_with_staff_and_status(database: Database) -> None:
    company_id = ensure_demo_company(database)
    dana = _customer(database, company_id, "+972501234567")
    oleg = _customer(database, company_id, "+79161234567")
    done = _visit(database, company_id, dana, -48, AppointmentStatus.DONE, staff="Anna")
    missed = _visit(database, company_id, dana, -24, AppointmentStatus.NO_SHOW, staff="Boris",
                    service="Beard trim")
    upcoming = _visit(database, company_id, dana, 24, AppointmentStatus.BOOKED)
    theirs = _visit(database, company_id, oleg, -1, AppointmentStatus.DONE)

    visits = customer_visits(database, company_id, dana)
    assert [(v.id, v.service, v.staff, v.status) for v in visits] == [
        (upcoming, "Haircut", None, AppointmentStatus.BOOKED),
        (missed, "Beard trim", "Boris", AppointmentStatus.NO_SHOW),
        (done, "Haircut", "Anna", AppointmentStatus.DONE)]
    assert visits[0].start == NOW + dt.timedelta(hours=24)
    assert customer_visits(database, add_company(database, "Salon Aviv", {}), dana) == []
    assert customers_of_visits(database, company_id, {missed, theirs}) == {dana, oleg}
    assert customers_of_visits(database, company_id, set()) == set()
