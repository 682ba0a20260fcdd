"""Booking rules: free slots, book, list, cancel and reschedule — for the AI and for staff screens.

Times go in and come out in the business's own timezone (what a customer and the front desk
mean by "10:00"); the store keeps UTC. Every refusal is a `BookingError` subclass carrying a
`Reason` (code and parameters): its English (`str(error)`) is what the AI relays to a customer,
and the window shows the same reason in its own language.

Each visit is with one staff member (`appointments.staff`; NULL for the one implicit member of a
profile without staff). A time is free for a service when a member who offers it works then and
is free, `buffer_min` included. Without a preference the member with the fewest visits that day
gets it (ties: the profile's order). The database trigger of migration 0006 refuses two
overlapping visits of one staff member, so two racing writers cannot both win one person's time:
the loser tries the next free member, or is told the time is taken.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop.bot.ai.workdays import Closure, Workdays, stored_name
from desktop.bot.profile import BusinessProfile, Service, StaffMember
from desktop.reason import Reason, Value, define
from desktop.store.db import Database
from desktop.store.models import Appointment, AppointmentStatus

# The statuses that hold their time (booked, confirmed): the ones a new visit must not overlap;
# a confirmed visit is still upcoming, and can be moved.
HOLDING = tuple(s.value for s in AppointmentStatus if s.holds_time)

MAX_SLOTS = 200  # enough for any day; keeps an answer about a month short


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
SHOP_CLOSED = define("booking.shop_closed", "We are closed on {day}.")
HOLIDAY = define("booking.holiday", "We are closed on {day} ({holiday}).")
NOBODY_FREE = define("booking.nobody_free", "Nobody who does {service} is free at {start}.")
UNKNOWN_STAFF = define("booking.unknown_staff", "{staff} does not work here. Our team: {team}.")
NO_TEAM = define("booking.no_team", "{staff} does not work here; staff are not listed.")
STAFF_NOT_OFFERING = define("booking.staff_not_offering",
                            "{staff} does not do {service}; ask for {others}.")
STAFF_OFF = define("booking.staff_off", "{staff} is not working on {day}.")
STAFF_HOURS = define("booking.staff_hours",
                     "{staff} works {hours} on {day}; {service} ({minutes} min) at {start} does "
                     "not fit.")
STAFF_BUSY = define("booking.staff_busy", "{staff} is busy at {start}.")
TOO_LATE_TO_CHANGE = define("booking.too_late_to_change",
                            "The visit at {start} is less than {minutes} minutes away: it can only "
                            "be changed by a person at the shop.")


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


class ShopClosed(BookingError):
    """The whole shop is shut that day (a closed date or a public holiday)."""

    code = "closed"


class UnknownStaff(BookingError):
    """Nobody on the team has that name or alias, or they do not do that service."""

    code = "unknown_staff"


class StaffUnavailable(BookingError):
    """The staff member asked for is off that day, outside their hours, or busy then."""

    code = "staff_unavailable"


class TooLateToChange(BookingError):
    """The visit is closer than the shop's change notice: a person changes it, not the AI."""

    code = "too_late_to_change"


class AppointmentNotFound(BookingError):
    """No upcoming appointment with that number belongs to this customer."""

    code = "not_found"


@dataclass(frozen=True)
class Slot:
    """A free start time for a service (local time of the business), and the staff members free
    for it then in the profile's order (empty for a shop without staff)."""

    start: dt.datetime
    end: dt.datetime
    staff: tuple[str, ...] = ()


@dataclass(frozen=True)
class WorkingDay:
    """Who works on a day and when (local times); `closure` says why nobody does."""

    day: dt.date
    closure: Closure | None
    staff: tuple[tuple[str, tuple[tuple[dt.time, dt.time], ...]], ...]


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
    staff: str | None = None          # the staff member's name; None in a shop without staff


def _fmt(moment: dt.datetime) -> str:
    # No weekday name: a reason's parameters read the same in every language.
    return f"{moment:%d.%m %H:%M}"


def _day(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


def _ranges_text(ranges: list[tuple[dt.time, dt.time]]) -> str:
    return ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges)


Busy = dict[str | None, list[tuple[dt.datetime, dt.datetime]]]


class BookingDesk:
    """The booking rules of one company, over its profile and the shop's database."""

    def __init__(self, database: Database, company_id: int, profile: BusinessProfile, *,
                 language: str | None = None) -> None:
        self.database = database
        self.company_id = company_id
        self.profile = profile
        self.zone = profile.zone
        # A refusal on a public holiday names it in the customer's language (None: English).
        self.workdays = Workdays(profile, language)

    # -- services, staff and times ---------------------------------------------------------------

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

    def staff_member(self, name: str) -> StaffMember:
        """The staff member called `name` (their name or an alias, any case)."""
        wanted = " ".join((name or "").split()).casefold()
        for member in self.profile.staff:
            if wanted in (member.name.casefold(), *(a.casefold() for a in member.aliases)):
                return member
        if not self.profile.staff:
            raise UnknownStaff(Reason(NO_TEAM, {"staff": name}))
        team = ", ".join(m.name for m in self.profile.staff)
        raise UnknownStaff(Reason(UNKNOWN_STAFF, {"staff": name, "team": team}))

    def _team_for(self, service: Service, staff: str | None) -> list[StaffMember]:
        """Who may take this service: the one asked for, or everyone who offers it."""
        if not staff:
            return [m for m in self.workdays.team if m.offers(service.name)]
        member = self.staff_member(staff)
        if not member.offers(service.name):
            others = ", ".join(m.name for m in self.workdays.team if m.offers(service.name))
            raise UnknownStaff(Reason(STAFF_NOT_OFFERING, {
                "staff": member.name, "service": service.name, "others": others or "-"}))
        return [member]

    def local(self, moment: dt.datetime) -> dt.datetime:
        """A moment in the business's timezone (naive values are taken as already local)."""
        if moment.tzinfo is None:
            return moment.replace(tzinfo=self.zone)
        return moment.astimezone(self.zone)

    def _at(self, day: dt.date, ranges: list[tuple[dt.time, dt.time]]
            ) -> list[tuple[dt.datetime, dt.datetime]]:
        return [(dt.datetime.combine(day, a, self.zone), dt.datetime.combine(day, b, self.zone))
                for a, b in ranges]

    def opening_ranges(self, day: dt.date) -> list[tuple[dt.datetime, dt.datetime]]:
        """The day's opening ranges as local datetimes (empty when closed, by weekday or date)."""
        return self._at(day, self.workdays.shop_ranges(day))

    def closed_reason(self, day: dt.date) -> Reason | None:
        """Why the whole shop is shut that day ("we are closed on 31.12.2026"), or None."""
        closure = self.workdays.closure(day)
        if closure is None:
            return None
        if closure.holiday:
            return Reason(HOLIDAY, {"day": _day(day), "holiday": closure.holiday})
        return Reason(SHOP_CLOSED, {"day": _day(day)})

    def working(self, day: dt.date) -> WorkingDay:
        """Who works that day and when, in the profile's order."""
        return WorkingDay(day, self.workdays.closure(day), tuple(
            (m.name, tuple(ranges)) for m in self.profile.staff
            if (ranges := self.workdays.member_ranges(m, day))))

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
        closed = self.closed_reason(start.date())
        if closed is not None:
            raise ShopClosed(closed)
        ranges = self.opening_ranges(start.date())
        if not any(a <= start and end <= b for a, b in ranges):
            what: dict[str, Value] = {"service": service.name,
                                      "minutes": service.duration_min, "start": _fmt(start)}
            if not ranges:
                raise OutsideWorkingHours(Reason(CLOSED_THAT_DAY, what))
            hours = ", ".join(f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges)
            raise OutsideWorkingHours(Reason(OUTSIDE_HOURS, {**what, "hours": hours}))

    # -- who is free -----------------------------------------------------------------------------

    def _busy(self, session: Session, first: dt.date, last: dt.date,
              ignore_id: int | None = None) -> Busy:
        """The visits holding their time from `first` to `last` (local days), by staff member."""
        query = select(Appointment.staff, Appointment.start_at, Appointment.end_at).where(
            Appointment.company_id == self.company_id, Appointment.status.in_(HOLDING),
            Appointment.start_at < dt.datetime.combine(last + dt.timedelta(days=1), dt.time(),
                                                       self.zone),
            Appointment.end_at > dt.datetime.combine(first, dt.time(), self.zone))
        if ignore_id is not None:
            query = query.where(Appointment.id != ignore_id)
        busy: Busy = {}
        for staff, a, b in session.execute(query):
            busy.setdefault(staff, []).append((a, b))
        return busy

    def _works(self, member: StaffMember, start: dt.datetime, end: dt.datetime) -> bool:
        return any(a <= start and end <= b for a, b in
                   self._at(start.date(), self.workdays.member_ranges(member, start.date())))

    def _is_free(self, member: StaffMember, start: dt.datetime, end: dt.datetime,
                 busy: Busy) -> bool:
        # The buffer keeps minutes free on both sides of every visit of one person.
        gap = dt.timedelta(minutes=self.profile.booking.buffer_min)
        visits = list(busy.get(stored_name(member), ()))
        if member.name:
            # A visit booked before the shop listed its staff is with nobody in particular: it
            # keeps its time from everyone rather than be double booked.
            visits += busy.get(None, ())
        return not any(a < end + gap and b + gap > start for a, b in visits)

    def _by_load(self, members: list[StaffMember], day: dt.date, busy: Busy) -> list[StaffMember]:
        """The least booked that day first; ties keep the profile's order (a stable sort)."""
        def load(member: StaffMember) -> int:
            return sum(1 for a, _ in busy.get(stored_name(member), ())
                       if self.local(a).date() == day)
        return sorted(members, key=load)

    def _free_members(self, session: Session, service: Service, start: dt.datetime,
                      staff: str | None, ignore_id: int | None = None,
                      keep: str | None = None) -> list[StaffMember]:
        """Who can take the service at `start`, best first; a refusal saying why when nobody.

        `keep` (a visit being moved) puts its own staff member first when they are free."""
        end = start + dt.timedelta(minutes=service.duration_min)
        team = self._team_for(service, staff)
        busy = self._busy(session, start.date(), start.date(), ignore_id)
        working = [m for m in team if self._works(m, start, end)]
        free = self._by_load([m for m in working if self._is_free(m, start, end, busy)],
                             start.date(), busy)
        if keep is not None:
            free.sort(key=lambda m: stored_name(m) != keep)
        if free:
            return free
        if staff:
            member = team[0]
            ranges = self.workdays.member_ranges(member, start.date())
            if not ranges:
                raise StaffUnavailable(Reason(STAFF_OFF, {"staff": member.name,
                                                          "day": _day(start.date())}))
            if not working:
                raise StaffUnavailable(Reason(STAFF_HOURS, {
                    "staff": member.name, "hours": _ranges_text(ranges), "day": _day(start.date()),
                    "service": service.name, "minutes": service.duration_min,
                    "start": _fmt(start)}))
            raise StaffUnavailable(Reason(STAFF_BUSY, {"staff": member.name,
                                                       "start": _fmt(start)}))
        if self.profile.staff:
            raise SlotTaken(Reason(NOBODY_FREE, {"service": service.name, "start": _fmt(start)}))
        raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(start)}))

    def free_slots(self, service_name: str, first_day: dt.date, last_day: dt.date,
                   now: dt.datetime, limit: int = MAX_SLOTS, *,
                   staff: str | None = None) -> list[Slot]:
        """Start times where the whole service fits and someone who offers it (or the staff
        member asked for) is working and free, within the rules."""
        service = self.service(service_name)
        team = self._team_for(service, staff)
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
            busy = self._busy(session, first_day, last_day)
        slots: list[Slot] = []
        day = first_day
        while day <= last_day and len(slots) < limit:
            for opens, closes in self.opening_ranges(day):
                start = opens
                while start + length <= closes and len(slots) < limit:
                    end = start + length
                    free = [m for m in team if self._works(m, start, end)
                            and self._is_free(m, start, end, busy)]
                    if start >= earliest and free:
                        slots.append(Slot(start, end, tuple(m.name for m in free if m.name)))
                    start += step
            day += dt.timedelta(days=1)
        return slots

    # -- a customer's appointments ---------------------------------------------------------------

    def _view(self, row: Appointment) -> BookedAppointment:
        return BookedAppointment(row.id, row.customer_id, row.service, self.local(row.start_at),
                                 self.local(row.end_at), AppointmentStatus(row.status),
                                 row.booked_by, row.notes, row.staff)

    def book(self, customer_id: int, service_name: str, start: dt.datetime, now: dt.datetime, *,
             staff: str | None = None, booked_by: str = "bot",
             notes: str = "") -> BookedAppointment:
        """Book `service_name` at `start` (local) for the customer, with the staff member asked
        for or the one the rules pick, or raise a BookingError."""
        service = self.service(service_name)
        start = self.local(start)
        self._check_time_rules(service, start, now)
        end = start + dt.timedelta(minutes=service.duration_min)
        with self.database.session() as session:
            candidates = self._free_members(session, service, start, staff)
        for member in candidates:
            try:
                with self.database.session() as session:
                    row = Appointment(company_id=self.company_id, customer_id=customer_id,
                                      service=service.name, staff=stored_name(member),
                                      start_at=start, end_at=end,
                                      status=AppointmentStatus.BOOKED, booked_by=booked_by,
                                      notes=notes[:1000])
                    session.add(row)
                    session.flush()
                    return self._view(row)
            except (IntegrityError, OperationalError) as exc:
                # The database's own overlap check: another booking won this person's time.
                if "overlaps" not in str(exc):
                    raise
        if staff:
            raise StaffUnavailable(Reason(STAFF_BUSY, {"staff": candidates[0].name,
                                                       "start": _fmt(start)}))
        raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(start)}))

    def check(self, service_name: str, start: dt.datetime, now: dt.datetime, *,
              staff: str | None = None) -> None:
        """Raise the BookingError `book` would give for this time, without writing anything."""
        service = self.service(service_name)
        start = self.local(start)
        self._check_time_rules(service, start, now)
        with self.database.session() as session:
            self._free_members(session, service, start, staff)

    def upcoming(self, customer_id: int, now: dt.datetime) -> list[BookedAppointment]:
        """The customer's visits that hold their time and have not started yet, soonest first."""
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

    def _check_change_notice(self, row: Appointment, now: dt.datetime) -> None:
        minutes = self.profile.booking.change_notice_min
        if row.start_at < now + dt.timedelta(minutes=minutes):
            raise TooLateToChange(Reason(TOO_LATE_TO_CHANGE, {
                "start": _fmt(self.local(row.start_at)), "minutes": minutes}))

    def cancel(self, customer_id: int, appointment_id: int, now: dt.datetime, *,
               by_staff: bool = False) -> BookedAppointment:
        """Cancel one of the customer's upcoming appointments (the receptionist only outside
        the change notice; staff at any time)."""
        with self.database.session() as session:
            row = self._own(session, customer_id, appointment_id, now)
            if not by_staff:
                self._check_change_notice(row, now)
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
                   now: dt.datetime, *, staff: str | None = None,
                   by_staff: bool = False) -> BookedAppointment:
        """Move one of the customer's upcoming appointments; same rules as a new booking. The
        visit keeps its staff member when they are free then (else another who offers it),
        unless another is asked for."""
        new_start = self.local(new_start)
        try:
            with self.database.session() as session:
                row = self._own(session, customer_id, appointment_id, now)
                if not by_staff:
                    self._check_change_notice(row, now)
                service = self.service(row.service)
                self._check_time_rules(service, new_start, now)
                member = self._free_members(session, service, new_start, staff,
                                            ignore_id=row.id, keep=row.staff)[0]
                row.start_at = new_start
                row.end_at = new_start + dt.timedelta(minutes=service.duration_min)
                row.staff = stored_name(member)
                session.flush()
                return self._view(row)
        except (IntegrityError, OperationalError) as exc:
            if "overlaps" in str(exc):
                raise SlotTaken(Reason(SLOT_TAKEN, {"start": _fmt(new_start)})) from None
            raise
