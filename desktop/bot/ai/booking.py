"""Booking rules: free slots, book, list, cancel and reschedule — for the AI and for staff screens.

Times go in and come out in the business's own timezone (what a customer and the front desk
mean by "10:00"); the store keeps UTC. Every refusal is a `BookingError` subclass carrying a
`Reason` (code and parameters): its English (`str(error)`) is what the AI relays to a customer,
and the window shows the same reason in its own language. The database trigger of migration 0004 refuses overlapping
bookings too, so two racing writers cannot both win.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.bot.profile import DAYS, BusinessProfile, Service
from desktop.reason import Reason, Value, define
from desktop.store.db import Database
from desktop.store.models import Appointment, AppointmentStatus

MAX_SLOTS = 200  # enough for any day; keeps an answer about a month short
# The statuses that hold a visit's time: a confirmed visit is still upcoming, and can be moved.
HOLDING = [s.value for s in AppointmentStatus if s.holds_time]


# Why a booking is refused. Times are given as "21.12 10:00", days as "21.12.2026": the same in
# every language the window speaks.
UNKNOWN_SERVICE = define("booking.unknown_service",
                         "We do not offer \"{service}\". Services: {offered}.")
NO_SERVICES = define("booking.no_services", "We do not offer \"{service}\"; no services are listed.")
IN_THE_PAST = define("booking.in_the_past", "{start} has already passed. Please choose a later time.")
TOO_SOON = define("booking.too_soon",
                  "Bookings need at least {minutes} minutes' notice; {start} is too soon.")
TOO_FAR_AHEAD = define("booking.too_far_ahead",
                       "We take bookings up to {days} days ahead; {day} is too far.")
OUTSIDE_HOURS = define("booking.outside_hours",
                       "A {service} ({minutes} min) at {start} does not fit our hours that day "
                       "({hours}).")
CLOSED_THAT_DAY = define("booking.closed_that_day",
                         "A {service} ({minutes} min) at {start} does not fit our hours: we are "
                         "closed that day.")
SLOT_TAKEN = define("booking.slot_taken", "{start} is already taken.")
NOT_FOUND = define("booking.not_found", "You have no upcoming appointment number {appointment}.")
NOT_A_DATE = define("booking.not_a_date", "\"{text}\" is not a date like 2026-12-20.")
NOT_A_TIME = define("booking.not_a_time", "\"{text}\" is not a time like 15:30.")


class BookingError(Exception):
    """A booking request the rules refuse: `reason` says why (its English is the message, for the
    customer); `code` is the stable word the AI tools answer with."""

    code = "booking_error"

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


class UnknownService(BookingError):
    """The service is not one the business offers."""

    code = "unknown_service"


class SlotTaken(BookingError):
    """Another booking overlaps the requested time."""

    code = "slot_taken"


class OutsideWorkingHours(BookingError):
    """The whole service does not fit inside one opening range of that day."""

    code = "outside_hours"


class InThePast(BookingError):
    """The requested time has already passed."""

    code = "in_the_past"


class TooSoon(BookingError):
    """The requested time is closer than the business's minimum notice."""

    code = "too_soon"


class TooFarAhead(BookingError):
    """The requested day is beyond how far ahead the business takes bookings."""

    code = "too_far_ahead"


class AppointmentNotFound(BookingError):
    """No upcoming appointment with that number belongs to this customer."""

    code = "not_found"


@dataclass(frozen=True)
class Slot:
    """A free start time for a service (local time of the business)."""

    start: dt.datetime
    end: dt.datetime


@dataclass(frozen=True)
class BookedAppointment:
    """An appointment as the booking rules report it (local times)."""

    id: int
    customer_id: int
    service: str
    start: dt.datetime
    end: dt.datetime
    status: AppointmentStatus
    booked_by: str
    notes: str


def _fmt(moment: dt.datetime) -> str:
    # No weekday name: a reason's parameters read the same in every language.
    return f"{moment:%d.%m %H:%M}"


class BookingDesk:
    """The booking rules of one company, over its profile and the shop's database."""

    def __init__(self, database: Database, company_id: int, profile: BusinessProfile) -> None:
        self.database = database
        self.company_id = company_id
        self.profile = profile
        self.zone = profile.zone

    # -- services and times --------------------------------------------------------------------

    def service(self, name: str) -> Service:
        """The service called `name` (its name or one of its aliases, any case)."""
        wanted = " ".join((name or "").split()).casefold()
        for service in self.profile.services:
            if wanted in (service.name.casefold(), *(a.casefold() for a in service.aliases)):
                return service
        if not self.profile.services:
            raise UnknownService(Reason(NO_SERVICES, {"service": name}))
        offered = ", ".join(s.name for s in self.profile.services)
        raise UnknownService(Reason(UNKNOWN_SERVICE, {"service": name, "offered": offered}))

    def local(self, moment: dt.datetime) -> dt.datetime:
        """A moment in the business's timezone (naive values are taken as already local)."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.zone)
        return moment.astimezone(self.zone)

    def opening_ranges(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """The day's opening ranges as local datetimes (empty when closed)."""
        ranges = self.profile.hours.get(DAYS[day.weekday()], ())
        return [(dt.datetime.combine(day, a, self.zone), dt.datetime.combine(day, b, self.zone))
                for a, b in ranges]

    def _check_time_rules(self, service: Service, start: dt.datetime, now: dt.datetime) -> None:
        now = self.local(now)
        rules = self.profile.booking
        end = start + dt.timedelta(minutes=service.duration_min)
        if start <= now:
            raise InThePast(Reason(IN_THE_PAST, {"start": _fmt(start)}))
        if start < now + dt.timedelta(minutes=rules.min_notice_min):
            raise TooSoon(Reason(TOO_SOON, {"minutes": rules.min_notice_min,
                                            "start": _fmt(start)}))
        if start.date() > now.date() + dt.timedelta(days=rules.max_days_ahead):
            raise TooFarAhead(Reason(TOO_FAR_AHEAD, {"days": rules.max_days_ahead,
                                                     "day": f"{start:%d.%m.%Y}"}))
        ranges = self.opening_ranges(start.date())
        if not any(a <= start and end <= b for a, b in ranges):
            what: dict[str, Value] = {"service": service.name,
                                      "minutes": service.duration_min, "start": _fmt(start)}
            if not ranges:
                raise OutsideWorkingHours(Reason(CLOSED_THAT_DAY, what))
            hours = ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges)
            raise OutsideWorkingHours(Reason(OUTSIDE_HOURS, {**what, "hours": hours}))

    def _overlapping(self, session: Session, start: dt.datetime, end: dt.datetime,
                     ignore_id: int | None = None) -> Appointment | None:
        query = select(Appointment).where(
            Appointment.company_id == self.company_id,
            Appointment.status.in_(HOLDING),
            Appointment.start_at < end, Appointment.end_at > start)
        if ignore_id is not None:
            query = query.where(Appointment.id != ignore_id)
        return session.scalar(query.limit(1))

    def _booked_between(self, session: Session, start: dt.datetime,
                        end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
        rows = session.execute(select(Appointment.start_at, Appointment.end_at).where(
            Appointment.company_id == self.company_id,
            Appointment.status.in_(HOLDING),
            Appointment.start_at < end, Appointment.end_at > start))
        return [(a, b) for a, b in rows]

    def free_slots(self, service_name: str, first_day: dt.date, last_day: dt.date,
                   now: dt.datetime, limit: int = MAX_SLOTS) -> list[Slot]:
        """Start times where the whole service fits, free of other bookings, within the rules."""
        service = self.service(service_name)
        step = dt.timedelta(minutes=self.profile.booking.slot_step_min)
        length = dt.timedelta(minutes=service.duration_min)
        now_local = self.local(now)
        horizon = now_local.date() + dt.timedelta(days=self.profile.booking.max_days_ahead)
        first_day = max(first_day, now_local.date())
        last_day = min(last_day, horizon)
        if last_day < first_day:
            return []
        earliest = now_local + dt.timedelta(minutes=self.profile.booking.min_notice_min)
        with self.database.session() as session:
            busy = self._booked_between(
                session, dt.datetime.combine(first_day, dt.time(), self.zone),
                dt.datetime.combine(last_day + dt.timedelta(days=1), dt.time(), self.zone))
        slots: list[Slot] = []
        day = first_day
        while day <= last_day and len(slots) < limit:
            for opens, closes in self.opening_ranges(day):
                start = opens
                while start + length <= closes and len(slots) < limit:
                    end = start + length
                    if start >= earliest and not any(a < end and b > start for a, b in busy):
                        slots.append(Slot(start, end))
                    start += step
            day += dt.timedelta(days=1)
        return slots

    # -- a customer's appointments ---------------------------------------------------------------

    def _view(self, row: Appointment) -> BookedAppointment:
        return BookedAppointment(row.id, row.customer_id, row.service, self.local(row.start_at),
                                 self.local(row.end_at), AppointmentStatus(row.status),
                                 row.booked_by, row.notes)

    def book(self, customer_id: int, service_name: str, start: dt.datetime, now: dt.datetime, *,
             booked_by: str = "bot", notes: str = "") -> BookedAppointment:
        """Book `service_name` at `start` (local) for the customer, or raise a BookingError."""
        service = self.service(service_name)
        start = self.local(start)
        self._check_time_rules(service, start, now)
        end = start + dt.timedelta(minutes=service.duration_min)
        try:
            with self.database.session() as session:
                if self._overlapping(session, start, end) is not None:
                    raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(start)}))
                row = Appointment(company_id=self.company_id, customer_id=customer_id,
                                  service=service.name, start_at=start, end_at=end,
                                  status=AppointmentStatus.BOOKED, booked_by=booked_by,
                                  notes=notes[:1000])
                session.add(row)
                session.flush()
                return self._view(row)
        except (IntegrityError, OperationalError) as exc:
            # The database's own overlap check: another booking won a race for this time.
            if "overlaps" in str(exc):
                raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(start)})) from None
            raise

    def check(self, service_name: str, start: dt.datetime, now: dt.datetime) -> None:
        """Raise the BookingError `book` would give for this time, without writing anything."""
        service = self.service(service_name)
        start = self.local(start)
        self._check_time_rules(service, start, now)
        with self.database.session() as session:
            if self._overlapping(session, start,
                                 start + dt.timedelta(minutes=service.duration_min)) is not None:
                raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(start)}))

    def upcoming(self, customer_id: int, now: dt.datetime) -> list[BookedAppointment]:
        """The customer's booked appointments that have not started yet, soonest first."""
        with self.database.session() as session:
            rows = session.scalars(select(Appointment).where(
                Appointment.company_id == self.company_id,
                Appointment.customer_id == customer_id,
                Appointment.status.in_(HOLDING),
                Appointment.start_at > now).order_by(Appointment.start_at))
            return [self._view(row) for row in rows]

    def _own(self, session: Session, customer_id: int, appointment_id: int,
             now: dt.datetime) -> Appointment:
        # The same answer for "not yours" and "does not exist": nothing leaks about others.
        row = session.get(Appointment, appointment_id)
        if (row is None or row.company_id != self.company_id or row.customer_id != customer_id
                or row.status not in HOLDING or row.start_at <= now):
            raise AppointmentNotFound(Reason(NOT_FOUND, {"appointment": appointment_id}))
        return row

    def cancel(self, customer_id: int, appointment_id: int,
               now: dt.datetime) -> BookedAppointment:
        """Cancel one of the customer's upcoming appointments."""
        with self.database.session() as session:
            row = self._own(session, customer_id, appointment_id, now)
            row.status = AppointmentStatus.CANCELLED
            session.flush()
            return self._view(row)

    def confirm(self, customer_id: int, appointment_id: int,
                now: dt.datetime) -> BookedAppointment:
        """The customer confirms one of their upcoming appointments (answering a reminder)."""
        with self.database.session() as session:
            row = self._own(session, customer_id, appointment_id, now)
            row.status = AppointmentStatus.CONFIRMED
            session.flush()
            return self._view(row)

    def reschedule(self, customer_id: int, appointment_id: int, new_start: dt.datetime,
                   now: dt.datetime) -> BookedAppointment:
        """Move one of the customer's upcoming appointments; same rules as a new booking."""
        new_start = self.local(new_start)
        try:
            with self.database.session() as session:
                row = self._own(session, customer_id, appointment_id, now)
                service = self.service(row.service)
                self._check_time_rules(service, new_start, now)
                end = new_start + dt.timedelta(minutes=service.duration_min)
                if self._overlapping(session, new_start, end, ignore_id=row.id) is not None:
                    raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(new_start)}))
                row.start_at, row.end_at = new_start, end
                session.flush()
                return self._view(row)
        except (IntegrityError, OperationalError) as exc:
            if "overlaps" in str(exc):
                raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(new_start)})) from None
            raise
