"""The receptionist's tools: what the model may do, each scoped to one company and one customer.

Every tool reads the company, the customer and the conversation from the run context, never from
its arguments, so no wording of a message can reach another customer's or company's data. Each
tool builds a typed answer (`answers.py`, shared with the offline assistant) and returns it as the
JSON text the model reads; a refused request is a `Refusal` with a message the model can relay.
Tools that write (book, cancel, confirm, move, save details) write on the database's own thread
(`Database.run`): a database locked by another program slows the answer, never the window.
"""

from __future__ import annotations

import datetime as dt
import logging

from agents import FunctionTool, RunContextWrapper, function_tool

from desktop.bot.ai.answers import (
    AppointmentChange,
    AppointmentList,
    AppointmentView,
    BookingOutcome,
    BusinessInfo,
    DaySlots,
    DetailsSaved,
    FaqEntry,
    HandOff,
    Refusal,
    ServiceList,
    ServicePrice,
    SlotOffer,
    StaffHours,
    TeamDay,
    tool_answer,
)
from desktop.bot.ai.booking import NOT_A_DATE, NOT_A_TIME, BookingError, ShopClosed
from desktop.bot.ai.context import ReceptionContext
from desktop.bot.profile import DAYS
from desktop.reason import Reason
from desktop.store.db import existing_row
from desktop.store.models import Customer

log = logging.getLogger("ai_admin.ai")

MAX_SLOT_DAYS = 14
MAX_SLOTS_PER_DAY = 12
MAX_NAME = 100
MAX_NOTE = 500

Ctx = RunContextWrapper[ReceptionContext]


def _refused(error: BookingError) -> str:
    return tool_answer(Refusal(error.code, str(error)))


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise BookingError(Reason(NOT_A_DATE, {"text": str(text)})) from None


def _time(text: str) -> dt.time:
    try:
        return dt.time.fromisoformat(text.strip())
    except (ValueError, AttributeError):
        raise BookingError(Reason(NOT_A_TIME, {"text": str(text)})) from None


def _note(ctx: Ctx, name: str) -> None:
    ctx.context.tool_calls.append(name)
    log.info("Tool %s", name, extra={"company_id": ctx.context.company_id})


@function_tool
async def business_info(ctx: Ctx) -> str:
    """The business: name, address, phone, opening hours per weekday, FAQ, and the current local
    date and time (use it to understand "today" and "tomorrow")."""
    _note(ctx, "business_info")
    profile, now = ctx.context.profile, ctx.context.local_now
    return tool_answer(BusinessInfo(
        name=profile.name, address=profile.address, phone=profile.phone,
        timezone=profile.timezone, now=now.isoformat(timespec="minutes"),
        today=DAYS[now.weekday()],
        hours={day: [f"{a:%H:%M}-{b:%H:%M}" for a, b in profile.hours.get(day, ())]
               for day in DAYS},
        faq=[FaqEntry(f.q, f.a) for f in profile.faq],
        team=[m.name for m in profile.staff]))


@function_tool
async def list_services(ctx: Ctx) -> str:
    """The services offered, with duration in minutes and price. Quote prices only from here."""
    _note(ctx, "list_services")
    return tool_answer(ServiceList([ServicePrice(s.name, s.duration_min, s.price, s.currency)
                                    for s in ctx.context.profile.services]))


@function_tool
async def find_free_slots(ctx: Ctx, service: str, date: str, days: int, staff: str = "") -> str:
    """Free start times for a service, with who is free at each (when the shop lists staff).

    Args:
        service: the service name, as in list_services.
        date: the first day to look at, YYYY-MM-DD.
        days: how many days to look at from that day (1 to 14).
        staff: only this staff member's times (a name from business_info's team), or "" for
            anyone's.
    """
    _note(ctx, "find_free_slots")
    desk = ctx.context.desk
    try:
        first = _date(date)
        days = max(1, min(int(days), MAX_SLOT_DAYS))
        last = first + dt.timedelta(days=days - 1)
        who = desk.staff_member(staff).name if staff.strip() else None
        slots = desk.free_slots(service, first, last, ctx.context.now, staff=who)
        closed = [reason for n in range(days)
                  if (reason := desk.closed_reason(first + dt.timedelta(days=n))) is not None]
        if not slots and len(closed) == days:
            # Every day asked about is a closed date or a holiday: say so, not just "none".
            raise ShopClosed(closed[0])
    except BookingError as exc:
        return _refused(exc)
    by_day: dict[dt.date, list[str]] = {}
    staff_by_day: dict[dt.date, dict[str, list[str]]] = {}
    for slot in slots:
        day = slot.start.date()
        times = by_day.setdefault(day, [])
        if len(times) < MAX_SLOTS_PER_DAY:
            for name in slot.staff:
                staff_by_day.setdefault(day, {}).setdefault(name, []).append(
                    f"{slot.start:%H:%M}")
        times.append(f"{slot.start:%H:%M}")
    return tool_answer(SlotOffer(desk.service(service).name, [
        DaySlots(day.isoformat(), DAYS[day.weekday()], times[:MAX_SLOTS_PER_DAY],
                 max(0, len(times) - MAX_SLOTS_PER_DAY), staff_by_day.get(day, {}))
        for day, times in sorted(by_day.items())], who))


@function_tool
async def who_is_working(ctx: Ctx, date: str) -> str:
    """Which staff members work on a day, and their hours (or why the shop is closed then).

    Args:
        date: the day, YYYY-MM-DD.
    """
    _note(ctx, "who_is_working")
    desk = ctx.context.desk
    try:
        day = _date(date)
    except BookingError as exc:
        return _refused(exc)
    working = desk.working(day)
    closed = desk.closed_reason(day)
    return tool_answer(TeamDay(day.isoformat(), DAYS[day.weekday()],
                               closed.text if closed else None,
                               [StaffHours(name, [f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges])
                                for name, ranges in working.staff]))


@function_tool
async def book_appointment(ctx: Ctx, service: str, date: str, time: str, staff: str = "") -> str:
    """Book a service for this customer.

    Args:
        service: the service name, as in list_services.
        date: the day, YYYY-MM-DD.
        time: the start time, HH:MM (24-hour, the business's local time).
        staff: the staff member the customer asked for, or "" to let the shop choose.
    """
    _note(ctx, "book_appointment")
    c = ctx.context
    try:
        start = dt.datetime.combine(_date(date), _time(time), c.profile.zone)
        booked = await c.database.run(lambda: c.desk.book(c.customer_id, service, start, c.now,
                                                          staff=staff.strip() or None))
    except BookingError as exc:
        return _refused(exc)
    c.visits.add(booked.id)
    return tool_answer(BookingOutcome(AppointmentView.of(booked), _customer(c).name))


@function_tool
async def my_appointments(ctx: Ctx) -> str:
    """This customer's upcoming appointments (only theirs), soonest first."""
    _note(ctx, "my_appointments")
    c = ctx.context
    return tool_answer(AppointmentList([AppointmentView.of(a)
                                        for a in c.desk.upcoming(c.customer_id, c.now)]))


@function_tool
async def cancel_appointment(ctx: Ctx, appointment_id: int) -> str:
    """Cancel one of this customer's upcoming appointments.

    Args:
        appointment_id: the appointment_id from my_appointments.
    """
    _note(ctx, "cancel_appointment")
    c = ctx.context
    try:
        cancelled = await c.database.run(lambda: c.desk.cancel(c.customer_id, int(appointment_id),
                                                                c.now))
    except BookingError as exc:
        return _refused(exc)
    c.visits.add(cancelled.id)
    return tool_answer(AppointmentChange(AppointmentView.of(cancelled)))


@function_tool
async def confirm_appointment(ctx: Ctx, appointment_id: int) -> str:
    """Confirm one of this customer's upcoming appointments (they answered a reminder with yes).

    Args:
        appointment_id: the appointment_id from my_appointments.
    """
    _note(ctx, "confirm_appointment")
    c = ctx.context
    try:
        confirmed = await c.database.run(lambda: c.desk.confirm(c.customer_id,
                                                                 int(appointment_id), c.now))
    except BookingError as exc:
        return _refused(exc)
    c.visits.add(confirmed.id)
    return tool_answer(AppointmentChange(AppointmentView.of(confirmed)))


@function_tool
async def reschedule_appointment(ctx: Ctx, appointment_id: int, date: str, time: str,
                                 staff: str = "") -> str:
    """Move one of this customer's upcoming appointments to another day and time (it stays with
    the same staff member when they are free then).

    Args:
        appointment_id: the appointment_id from my_appointments.
        date: the new day, YYYY-MM-DD.
        time: the new start time, HH:MM.
        staff: another staff member the customer asked for, or "".
    """
    _note(ctx, "reschedule_appointment")
    c = ctx.context
    try:
        start = dt.datetime.combine(_date(date), _time(time), c.profile.zone)
        moved = await c.database.run(lambda: c.desk.reschedule(
            c.customer_id, int(appointment_id), start, c.now, staff=staff.strip() or None))
    except BookingError as exc:
        return _refused(exc)
    c.visits.add(moved.id)
    return tool_answer(AppointmentChange(AppointmentView.of(moved)))


def _customer(c: ReceptionContext) -> Customer:
    with c.database.session() as session:
        customer = existing_row(session, Customer, c.customer_id)
        session.expunge(customer)
        return customer


@function_tool
async def save_my_details(ctx: Ctx, name: str, note: str) -> str:
    """Remember this customer's name and/or a note (e.g. a preference). Pass "" to leave one
    unchanged.

    Args:
        name: the name the customer gave, or "".
        note: a short note from the customer, or "".
    """
    _note(ctx, "save_my_details")
    c = ctx.context
    name, note = " ".join((name or "").split())[:MAX_NAME], (note or "").strip()[:MAX_NOTE]

    def write() -> str | None:
        with c.database.session() as session:
            customer = existing_row(session, Customer, c.customer_id)
            if name:
                customer.name = name
            if note:
                stamp = c.local_now.strftime("%Y-%m-%d")
                customer.notes = ((customer.notes + "\n" if customer.notes else "")
                                  + f"{stamp}: {note}")
            return customer.name

    saved_name = await c.database.run(write)
    return tool_answer(DetailsSaved(saved_name, note_saved=bool(note)))


@function_tool
async def hand_off_to_human(ctx: Ctx, reason: str) -> str:
    """Ask a member of staff to take over this conversation; say why in a few words.

    Args:
        reason: why a person is needed.
    """
    _note(ctx, "hand_off_to_human")
    c = ctx.context
    reason = " ".join((reason or "").split())[:400] or "The assistant asked for a person"
    c.handoff_reason = reason
    c.records.change_conversation(c.conversation_id, needs_human=True, needs_human_reason=reason)
    return tool_answer(HandOff())


RECEPTION_TOOLS: tuple[FunctionTool, ...] = (
    business_info, list_services, find_free_slots, who_is_working, book_appointment,
    my_appointments, cancel_appointment, confirm_appointment, reschedule_appointment,
    save_my_details, hand_off_to_human)
