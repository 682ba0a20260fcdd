"""The offline assistant's decisions: the next tool to call, or the answer to give.

`plan` is called once per model turn with what the customer wants and the results of the tools
already called in this run; it either asks for one more tool or writes the answer from those
results. Facts (hours, prices, free times, appointments) come only from tool results, never from
the assistant's own memory, so it cannot make them up.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from desktop.bot.ai.answers import (
    AnswerT,
    AppointmentChange,
    AppointmentList,
    AppointmentView,
    BookingOutcome,
    BusinessInfo,
    Refusal,
    ServiceList,
    SlotOffer,
    TeamDay,
    read_answer,
)
from desktop.bot.ai.booking import (
    AppointmentNotFound,
    InThePast,
    OutsideWorkingHours,
    ShopClosed,
    SlotTaken,
    StaffUnavailable,
    TooFarAhead,
    TooLateToChange,
    TooSoon,
    UnknownStaff,
)
from desktop.bot.ai.offline import intents as I
from desktop.bot.ai.offline.phrases import day_name, join_ranges, say, weekday_of
from desktop.bot.ai.offline.understanding import Understanding
from desktop.bot.ai.workdays import Workdays
from desktop.bot.profile import DAYS, BusinessProfile, Service, StaffMember

MAX_TIMES_SHOWN = 8
NEAREST_DAYS = 7  # how far ahead a busy staff member's nearest free times are looked for


@dataclass(frozen=True)
class ToolCall:
    """Call this tool with these arguments next."""

    name: str
    arguments: dict[str, Any]


@dataclass(frozen=True)
class Answer:
    """The final answer to the customer."""

    text: str


@dataclass(frozen=True)
class ToolResult:
    """A tool called earlier in this run and its answer, the JSON object the model was shown."""

    name: str
    arguments: dict[str, Any]
    output: dict[str, Any]

    def read(self, kind: type[AnswerT]) -> AnswerT | Refusal:
        """The answer as the tool's typed record (or the refusal it was)."""
        return read_answer(self.output, kind)


@dataclass
class Facts:
    """What the assistant knows besides the conversation: the profile, today, the customer."""

    profile: BusinessProfile
    now: dt.datetime                     # local time of the business
    customer_name: str | None = None
    results: list[ToolResult] = field(default_factory=list)

    def result(self, name: str) -> ToolResult | None:
        """The latest result of `name` in this run."""
        for result in reversed(self.results):
            if result.name == name:
                return result
        return None

    def called(self, name: str) -> bool:
        return self.result(name) is not None

    def result_for(self, name: str, **arguments: Any) -> ToolResult | None:
        """The latest result of `name` called with (at least) these arguments."""
        for result in reversed(self.results):
            if result.name == name and all(result.arguments.get(k) == v
                                           for k, v in arguments.items()):
                return result
        return None

    def answer(self, name: str, kind: type[AnswerT]) -> AnswerT | Refusal:
        """The answer of `name` as `kind`; the plan asks for a tool's call first, and reads it
        once called."""
        result = self.result(name)
        if result is None:
            raise LookupError(f"the plan read the answer of {name!r} before calling it")
        return result.read(kind)


def service_label(service: Service | str, language: str, profile: BusinessProfile) -> str:
    """The service's name in the customer's script when the profile has such an alias."""
    if isinstance(service, str):
        found = next((s for s in profile.services if s.name == service), None)
        if found is None:
            return service
        service = found
    for alias in service.aliases:
        if language == "ru" and any("\u0400" <= ch <= "\u04ff" for ch in alias):
            return alias
        if language == "he" and any("\u0590" <= ch <= "\u05ff" for ch in alias):
            return alias
    return service.name


def staff_label(name: str, language: str, profile: BusinessProfile) -> str:
    """A staff member's name in the customer's script when the profile has such an alias."""
    member = next((m for m in profile.staff if m.name == name), None)
    for alias in member.aliases if member else ():
        if language == "ru" and any("\u0400" <= ch <= "\u04ff" for ch in alias):
            return alias
        if language == "he" and any("\u0590" <= ch <= "\u05ff" for ch in alias):
            return alias
    return name


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


class Planner:
    """Decides one step at a time for one understood request."""

    def __init__(self, u: Understanding, facts: Facts) -> None:
        self.u = u
        self.f = facts
        self.lang = u.language
        self.today = facts.now.date()

    def _day(self, day: dt.date | str) -> str:
        day = dt.date.fromisoformat(day) if isinstance(day, str) else day
        return day_name(day, self.lang, self.today)

    def _service(self, service: Service | str) -> str:
        return service_label(service, self.lang, self.f.profile)

    def _staff(self, name: str) -> str:
        return staff_label(name, self.lang, self.f.profile)

    def _say(self, key: str, **values: object) -> Answer:
        return Answer(_capital(say(key, self.lang, **values)))

    def _closed_day(self, day: dt.date) -> str:
        """"On Friday 03.04 we are closed", with the public holiday's name in the customer's
        language when it is one (the `holidays` package's own language when it has not theirs)."""
        closure = Workdays(self.f.profile, self.lang).closure(day)
        if closure is not None and closure.holiday:
            return say("closed_holiday", self.lang, day=self._day(day), holiday=closure.holiday)
        return say("closed_day", self.lang, day=self._day(day))

    def next_step(self) -> ToolCall | Answer:
        """The next tool call, or the answer."""
        u = self.u
        if u.intent == I.REFUSE:
            return self._say("refuse", name=self.f.profile.name)
        if u.intent == I.HUMAN:
            if not self.f.called("hand_off_to_human"):
                return ToolCall("hand_off_to_human", {"reason": "The customer asked for a person"})
            return self._say("human")
        if u.name and not self.f.called("save_my_details"):
            return ToolCall("save_my_details", {"name": u.name, "note": ""})
        handler = {
            I.CANCEL: self._cancel, I.RESCHEDULE: self._reschedule, I.CONFIRM: self._confirm,
            I.MY_APPOINTMENTS: self._my_appointments, I.BOOKING: self._booking,
            I.WHO_WORKS: self._who_works,
            I.HOURS: self._info, I.ADDRESS: self._info, I.PRICES: self._info, I.FAQ: self._info,
            I.CANT_COME: self._cant_come, I.DISCOUNT: self._discount,
            I.ACK: lambda: self._say("ack"), I.HOW_ARE_YOU: lambda: self._say("how_are_you"),
            I.JOKE: lambda: self._say("joke"), I.COMPLIMENT: lambda: self._say("compliment"),
            I.THANKS: lambda: self._say("thanks"),
            I.GREETING: lambda: self._say("greeting", name=self.f.profile.name),
            "name": lambda: self._say("name_saved", name=u.name),
        }.get(u.intent or "")
        if handler is None:
            return self._unclear()
        step = handler()
        if isinstance(step, Answer) and u.info and u.intent not in (*I.INFO_INTENTS, I.REFUSE):
            # A question asked with a booking ("book friday 2pm, also is there parking?") is
            # answered too, first: the answer still ends with the booking's own question.
            extra = self._info()
            if isinstance(extra, ToolCall):
                return extra
            if extra.text:
                return Answer(f"{extra.text}\n\n{step.text}")
        return step

    # -- not understood --------------------------------------------------------------------------

    def _unclear(self) -> ToolCall | Answer:
        if self.u.last_question != "clarify":
            return self._say("clarify")
        return self._hand_off("The assistant did not understand the customer: "
                              f"\"{self.u.latest[:200]}\"")

    # -- information -----------------------------------------------------------------------------

    def _info(self) -> ToolCall | Answer:
        wanted = self.u.info or (self.u.intent,)
        closed_text: str | None = None
        about_business = any(i in wanted for i in (I.HOURS, I.ADDRESS, I.FAQ))
        if about_business and not self.f.called("business_info"):
            return ToolCall("business_info", {})
        profile = self.f.profile
        if (I.HOURS in wanted and self.u.day is not None
                and (profile.closed or profile.holidays_country)):
            # The weekly hours do not know the closed dates and holidays: ask about that day.
            team = self._team_day(self.u.day)
            if isinstance(team, ToolCall):
                return team
            if team is not None and team.closed:
                closed_text = self._closed_day(self.u.day)
        if I.PRICES in wanted and not self.f.called("list_services"):
            return ToolCall("list_services", {})
        info = self.f.answer("business_info", BusinessInfo) if about_business else None
        prices = self.f.answer("list_services", ServiceList) if I.PRICES in wanted else None
        # The profile's own tools do not refuse; an answer that could not be read goes to a person.
        if isinstance(info, Refusal):
            return self._hand_off(f"The business details could not be read: {info.message}")
        if isinstance(prices, Refusal):
            return self._hand_off(f"The price list could not be read: {prices.message}")
        parts = []
        if closed_text is not None:
            parts.append(closed_text)
        elif info is not None and I.HOURS in wanted:
            parts.append(self._hours_text(info))
        if info is not None and I.ADDRESS in wanted:
            parts.append(self._address_text(info))
        if prices is not None:
            parts.append(self._prices_text(prices))
        if info is not None and I.FAQ in wanted:
            for asked in self.u.faqs or ((self.u.faq,) if self.u.faq else ()):
                answer_text = next((e.a for e in info.faq if e.q == asked.q), None)
                if answer_text:
                    parts.append(answer_text)
        return Answer("\n\n".join(_capital(p) for p in parts if p))

    def _hours_text(self, info: BusinessInfo) -> str:
        hours = info.hours
        if self.u.day is not None:
            key = DAYS[self.u.day.weekday()]
            if not hours.get(key):
                return say("closed_day", self.lang, day=self._day(self.u.day))
            return say("hours_day", self.lang, day=self._day(self.u.day),
                       ranges=join_ranges(hours[key], self.lang))
        lines = [say("hours_title", self.lang)]
        for key in DAYS:
            ranges = hours.get(key) or []
            shown = join_ranges(ranges, self.lang) if ranges else say("closed", self.lang)
            lines.append(f"{_capital(weekday_of(key, self.lang))}: {shown}")
        return "\n".join(lines)

    def _address_text(self, info: BusinessInfo) -> str:
        if not info.address:
            return say("no_address", self.lang)
        text = say("address", self.lang, address=info.address.rstrip("."))
        if info.phone:
            text += " " + say("phone", self.lang, phone=info.phone)
        return text

    def _prices_text(self, offered: ServiceList) -> str:
        services = offered.services
        named = {s.name for s in self.u.priced} or (
            {self.u.service.name} if self.u.service is not None else set())
        if named:
            services = [s for s in services if s.name in named] or services
        lines = [] if len(services) == 1 else [say("services_title", self.lang)]
        for s in services:
            lines.append(("• " if len(services) > 1 else "") + say(
                "service_line", self.lang, service=self._service(s.name), price=f"{s.price:g}",
                currency=s.currency, minutes=s.duration_min))
        return "\n".join(lines)

    # -- booking ---------------------------------------------------------------------------------

    def _free_times(self) -> list[str]:
        offer = self.f.answer("find_free_slots", SlotOffer)
        return [] if isinstance(offer, Refusal) else offer.first_times()[:MAX_TIMES_SHOWN]

    def _booking(self) -> ToolCall | Answer:
        u, f = self.u, self.f
        service = u.service or (f.profile.services[0] if len(f.profile.services) == 1 else None)
        if service is None:
            return self._say("ask_service", services=", ".join(
                self._service(s) for s in f.profile.services))
        if u.bad_when:
            return self._say("bad_when", problem=u.bad_when)
        if u.day is None:
            return self._say("ask_day", service=self._service(service))
        if u.time is None:
            return self._offer_times(service, u.day)
        if not (f.customer_name or u.name):
            return self._say("ask_name")
        arguments = {"service": service.name, "date": u.day.isoformat(),
                     "time": f"{u.time:%H:%M}"}
        if u.staff is not None:
            arguments["staff"] = u.staff.name
        if not f.called("book_appointment"):
            return ToolCall("book_appointment", arguments)
        booked = f.answer("book_appointment", BookingOutcome)
        if isinstance(booked, Refusal):
            return self._refusal(booked, service, u.day, u.time)
        a = booked.appointment
        name = booked.customer_name or u.name or f.customer_name or ""
        if a.staff:
            return self._say("booked_with", service=self._service(a.service),
                             staff=self._staff(a.staff), day=self._day(a.date), time=a.start,
                             name=name)
        return self._say("booked", service=self._service(a.service), day=self._day(a.date),
                         time=a.start, name=name)

    def _offer_times(self, service: Service, day: dt.date) -> ToolCall | Answer:
        member = self.u.staff
        workdays = Workdays(self.f.profile, self.lang)
        if not workdays.shop_ranges(day):
            return self._closed_and_nearest(service, day)
        if member is not None and not workdays.member_ranges(member, day):
            return self._staff_unavailable(member, service, day, None)
        arguments: dict[str, Any] = {"service": service.name, "date": day.isoformat(), "days": 1}
        if member is not None:
            arguments["staff"] = member.name
        if not self.f.called("find_free_slots"):
            return ToolCall("find_free_slots", arguments)
        offer = self.f.answer("find_free_slots", SlotOffer)
        if isinstance(offer, Refusal):
            return self._refusal(offer, service, day, None)
        # Only that day's times: a day without any is left out of the offer, not shown as another.
        times = next((d.times for d in offer.days if d.date == day.isoformat()), [])
        times = times[:MAX_TIMES_SHOWN]
        if not times and member is not None:
            return self._staff_unavailable(member, service, day, None)
        if not times:
            return self._say("no_slots", service=self._service(service), day=self._day(day))
        if member is not None:
            return self._say("slots_with", staff=self._staff(member.name),
                             service=self._service(service), day=self._day(day),
                             times=", ".join(times))
        return self._say("slots", service=self._service(service), day=self._day(day),
                         times=", ".join(times))

    def _closed_and_nearest(self, service: Service, day: dt.date) -> ToolCall | Answer:
        """The shop is shut that day: say so (with the holiday's name) and offer the nearest
        free times after it, so the customer can pick one at once."""
        arguments: dict[str, Any] = {"service": service.name,
                                     "date": (day + dt.timedelta(days=1)).isoformat(),
                                     "days": NEAREST_DAYS}
        if self.u.staff is not None:
            arguments["staff"] = self.u.staff.name
        result = self.f.result_for("find_free_slots", **arguments)
        if result is None:
            return ToolCall("find_free_slots", arguments)
        closed = _capital(self._closed_day(day))
        offer = result.read(SlotOffer)
        if isinstance(offer, Refusal) or not offer.days:
            return Answer(closed + " " + say("other_day", self.lang))
        first = offer.days[0]
        return Answer(closed + " " + say("nearest", self.lang, service=self._service(service),
                                         day=self._day(first.date),
                                         times=", ".join(first.times[:MAX_TIMES_SHOWN])))

    def _team_day(self, day: dt.date) -> ToolCall | TeamDay | None:
        """Who works that day (None when the answer could not be read), or the call for it."""
        result = self.f.result_for("who_is_working", date=day.isoformat())
        if result is None:
            return ToolCall("who_is_working", {"date": day.isoformat()})
        team = result.read(TeamDay)
        return None if isinstance(team, Refusal) else team

    def _staff_unavailable(self, member: StaffMember, service: Service, day: dt.date,
                           time: dt.time | None) -> ToolCall | Answer:
        """The staff member asked for cannot take it: say why, offer their nearest times and,
        separately, who else is free then."""
        team = self._team_day(day)
        if isinstance(team, ToolCall):
            return team
        nearest_args = {"service": service.name, "date": day.isoformat(), "days": NEAREST_DAYS,
                        "staff": member.name}
        nearest = self.f.result_for("find_free_slots", **nearest_args)
        if nearest is None:
            return ToolCall("find_free_slots", nearest_args)
        others_args = {"service": service.name, "date": day.isoformat(), "days": 1}
        others_result = None
        if time is not None:
            others_result = next((r for r in reversed(self.f.results)
                                  if r.name == "find_free_slots" and r.arguments == others_args),
                                 None)
            if others_result is None:
                return ToolCall("find_free_slots", others_args)
        who = self._staff(member.name)
        hours = next((m.hours for m in team.staff if m.name == member.name),
                     None) if team is not None else None
        values = {"staff": who, "day": self._day(day),
                  "time": f"{time:%H:%M}" if time else ""}
        if team is not None and team.closed:
            return Answer(_capital(self._closed_day(day)) + " " + say("other_day", self.lang))
        parts = []
        if hours is None:
            parts.append(say("staff_off", self.lang, **values))
        elif time is not None and not self._within(time, service, hours):
            parts.append(say("staff_hours", self.lang, hours=join_ranges(hours, self.lang),
                             **values))
        elif time is not None:
            parts.append(say("staff_busy", self.lang, **values))
        offer = nearest.read(SlotOffer)
        found = not isinstance(offer, Refusal) and bool(offer.days)
        if found and not isinstance(offer, Refusal):
            first = offer.days[0]
            parts.append(say("staff_nearest", self.lang, staff=who, day=self._day(first.date),
                             times=", ".join(first.times[:MAX_TIMES_SHOWN])))
        else:
            parts.append(say("staff_none_soon", self.lang, staff=who, days=NEAREST_DAYS))
        others: list[str] = []
        if others_result is not None and time is not None:
            free = others_result.read(SlotOffer)
            if not isinstance(free, Refusal) and free.days:
                others = [self._staff(name) for name, times in free.days[0].staff.items()
                          if name != member.name and f"{time:%H:%M}" in times]
            if others:
                parts.append(say("someone_else", self.lang, others=", ".join(others), **values))
        parts.append(say("which_time" if found or others else "other_day", self.lang))
        return Answer(" ".join(_capital(p) for p in parts))

    def _within(self, time: dt.time, service: Service, hours: list[str]) -> bool:
        start = dt.datetime.combine(self.today, time)
        end = start + dt.timedelta(minutes=service.duration_min)
        for text in hours:
            a, b = (dt.datetime.combine(self.today, dt.time.fromisoformat(t))
                    for t in text.split("-"))
            if a <= start and end <= b:
                return True
        return False

    def _who_works(self) -> ToolCall | Answer:
        day = self.u.day or self.today
        if not self.f.profile.staff:
            # One implicit staff member: "who works" is "are you open", the shop's hours.
            self.u.info = (I.HOURS,)
            self.u.day = day
            return self._info()
        team = self._team_day(day)
        if isinstance(team, ToolCall):
            return team
        if team is None:
            return self._hand_off("The staff of a day could not be read")
        if team.closed:
            return Answer(_capital(self._closed_day(day)))
        if not team.staff:
            return self._say("nobody_works", day=self._day(day))
        listed = ", ".join(f"{self._staff(m.name)} {join_ranges(m.hours, self.lang)}"
                           for m in team.staff)
        return self._say("who_works", day=self._day(day), list=listed)

    def _refusal(self, refusal: Refusal, service: Service, day: dt.date,
                 time: dt.time | None) -> ToolCall | Answer:
        """A refused booking or move: say why in the customer's language, offer other times."""
        code = refusal.error
        values = {"day": self._day(day), "time": f"{time:%H:%M}" if time else "",
                  "service": self._service(service)}
        if code == AppointmentNotFound.code:
            return self._say("not_found")
        if code == ShopClosed.code or (code == OutsideWorkingHours.code
                                       and not Workdays(self.f.profile).shop_ranges(day)):
            return self._closed_and_nearest(service, day)
        if code == TooLateToChange.code:
            return self._too_late(refusal)
        if code == StaffUnavailable.code and self.u.staff is not None:
            return self._staff_unavailable(self.u.staff, service, day, time)
        if code == UnknownStaff.code and self.u.staff is not None:
            others = [self._staff(m.name) for m in self.f.profile.staff
                      if m.offers(service.name)]
            return self._say("staff_not_offering", staff=self._staff(self.u.staff.name),
                             service=self._service(service), others=", ".join(others))
        if time is None:
            return self._hand_off(f"Free times could not be found: {refusal.message or code}")
        if code == TooFarAhead.code:
            text = say("too_far_ahead", self.lang, days=self.f.profile.booking.max_days_ahead)
            return Answer(_capital(text) + " " + say("other_day", self.lang))
        if code == TooSoon.code:
            text = say("too_soon", self.lang, minutes=self.f.profile.booking.min_notice_min,
                       **values)
        elif code == OutsideWorkingHours.code:
            ranges = self.f.profile.hours.get(DAYS[day.weekday()], ())
            hours = join_ranges([f"{a:%H:%M}-{b:%H:%M}" for a, b in ranges], self.lang) or say(
                "closed", self.lang)
            text = say("outside_hours", self.lang, hours=hours, **values)
        elif code in (SlotTaken.code, InThePast.code):
            text = say(code, self.lang, **values)
        else:
            # Not a rule the assistant knows how to explain: let a person look at it.
            return self._hand_off(f"A booking was refused: {refusal.message or code}")
        if not self.f.called("find_free_slots"):
            return ToolCall("find_free_slots", {"service": service.name,
                                                "date": day.isoformat(), "days": 1})
        times = self._free_times()
        follow = (say("alternatives", self.lang, times=", ".join(times)) if times
                  else say("other_day", self.lang))
        return Answer(_capital(text) + " " + follow)

    def _too_late(self, refusal: Refusal) -> ToolCall | Answer:
        """A change inside the shop's change notice: a person does it, so hand it over."""
        if not self.f.called("hand_off_to_human"):
            return ToolCall("hand_off_to_human", {
                "reason": f"The customer wants to change a visit that is soon: {refusal.message}"})
        return self._say("too_late_to_change")

    def _hand_off(self, reason: str) -> ToolCall | Answer:
        """Ask staff to take over (once), then tell the customer a person will answer."""
        if not self.f.called("hand_off_to_human"):
            return ToolCall("hand_off_to_human", {"reason": reason})
        return self._say("handoff_unclear")

    # -- the customer's own appointments -----------------------------------------------------------

    def _appointments(self) -> list[AppointmentView] | None:
        result = self.f.result("my_appointments")
        if result is None:
            return None
        listed = result.read(AppointmentList)
        return [] if isinstance(listed, Refusal) else listed.appointments

    def _line(self, a: AppointmentView) -> str:
        if a.staff:
            return say("appointment_line_with", self.lang, service=self._service(a.service),
                       staff=self._staff(a.staff), day=self._day(a.date), time=a.start)
        return say("appointment_line", self.lang, service=self._service(a.service),
                   day=self._day(a.date), time=a.start)

    def _my_appointments(self) -> ToolCall | Answer:
        appointments = self._appointments()
        if appointments is None:
            return ToolCall("my_appointments", {})
        if not appointments:
            return self._say("my_none")
        return Answer("\n".join([say("my_list", self.lang)]
                                + [f"• {self._line(a)}" for a in appointments]))

    def _pick(self, appointments: list[AppointmentView], *,
              by_day: bool) -> AppointmentView | None:
        """The appointment the customer means: the only one, the chosen number, or the one
        matching the service (and, for a cancel, the day)."""
        if len(appointments) == 1:
            return appointments[0]
        u = self.u
        if u.choice is not None and 1 <= u.choice <= len(appointments):
            return appointments[u.choice - 1]
        matches = appointments
        if u.service is not None:
            matches = [a for a in matches if a.service == u.service.name]
        if by_day and u.day is not None:
            matches = [a for a in matches if a.date == u.day.isoformat()]
        return matches[0] if len(matches) == 1 else None

    def _which_one(self, appointments: list[AppointmentView]) -> Answer:
        listed = "; ".join(f"{n}) {self._line(a)}" for n, a in enumerate(appointments, 1))
        return self._say("which_one", list=listed)

    def _cancel(self) -> ToolCall | Answer:
        appointments = self._appointments()
        if appointments is None:
            return ToolCall("my_appointments", {})
        if not appointments:
            return self._say("my_none")
        target = self._pick(appointments, by_day=True)
        if target is None:
            return self._which_one(appointments)
        if not self.f.called("cancel_appointment"):
            return ToolCall("cancel_appointment", {"appointment_id": target.appointment_id})
        result = self.f.answer("cancel_appointment", AppointmentChange)
        if isinstance(result, Refusal) and result.error == TooLateToChange.code:
            return self._too_late(result)
        if isinstance(result, Refusal):
            return self._not_changed(result, "cancel")
        a = result.appointment
        return self._say("cancelled", service=self._service(a.service), day=self._day(a.date),
                         time=a.start)

    def _named_visit(self, appointments: list[AppointmentView]) -> AppointmentView | None:
        """The visit a move names by its own day or time ("move Friday's to Monday")."""
        said_days = {d.isoformat() for d in self.u.days}
        said_times = {f"{t:%H:%M}" for t in self.u.times}
        matches = [a for a in appointments if a.date in said_days or a.start in said_times]
        return matches[0] if len(matches) == 1 else None

    def _new_when(self, target: AppointmentView) -> tuple[dt.date | None, dt.time | None]:
        """The day and time a visit moves to. The customer may name the old ones too ("not
        Tuesday, Thursday"), say only a time (the day stays), "the same time", or a shift ("an
        hour later")."""
        u = self.u
        old_day, old_time = dt.date.fromisoformat(target.date), dt.time.fromisoformat(
            target.start)
        new_days = [d for d in u.days if d != old_day]
        new_times = [t for t in u.times if t != old_time]
        day = new_days[-1] if new_days else None
        time = new_times[-1] if new_times else None
        if time is None and u.shift_min is not None:
            moved = dt.datetime.combine(old_day, old_time) + dt.timedelta(minutes=u.shift_min)
            day, time = day or moved.date(), moved.time()
        if time is None and (u.same_time or (u.times and day is not None)):
            time = old_time   # "Saturday at 12" for a visit at 12: the same time, another day
        if day is None and time is not None:
            day = old_day    # "move it to 5": the same day
        return day, time

    def _too_soon_to_change(self, visit: AppointmentView) -> bool:
        """The visit starts within the shop's change notice: a person changes it, not the
        assistant (the tool would refuse too; asking for a new time first would waste it)."""
        notice = self.f.profile.booking.change_notice_min
        if not notice:
            return False
        start = dt.datetime.combine(dt.date.fromisoformat(visit.date),
                                    dt.time.fromisoformat(visit.start))
        now = self.f.now.replace(tzinfo=None)
        return start - now < dt.timedelta(minutes=notice)

    def _cant_come(self) -> ToolCall | Answer:
        """"I can't make it": the visit it is about is offered to be cancelled or moved; with a
        new day or time in the same breath ("can't Thursday, Monday at 11 then") it is moved."""
        u = self.u
        appointments = self._appointments()
        if appointments is None:
            return ToolCall("my_appointments", {})
        if not appointments:
            return self._booking() if (u.service or u.time) else self._say("my_none")
        target = self._pick(appointments, by_day=True) or self._named_visit(appointments)
        if target is None:
            return self._which_one(appointments)
        if self._too_soon_to_change(target):
            return self._too_late(Refusal(TooLateToChange.code, "the customer cannot come to a "
                                          "visit within the shop's change notice"))
        day, time = self._new_when(target)
        if day is not None and (day.isoformat() != target.date or time is not None):
            return self._reschedule()
        return self._say("cancel_or_move", visit=self._line(target))

    def _discount(self) -> ToolCall | Answer:
        """A price of the customer's own: the shop's real one, and nothing booked."""
        self.u.info = (I.PRICES,)
        prices = self._info()
        if isinstance(prices, ToolCall):
            return prices
        return Answer(_capital(say("no_discount", self.lang)) + "\n\n" + prices.text)

    def _not_changed(self, refusal: Refusal, what: str) -> ToolCall | Answer:
        """A cancel or confirm refused: "not found" is said; any other rule (too close to the
        visit to change it, ...) is a person's call."""
        if refusal.error == AppointmentNotFound.code:
            return self._say("not_found")
        return self._hand_off(f"The customer asked to {what} a visit, refused: "
                              f"{refusal.message or refusal.error}")

    def _confirm(self) -> ToolCall | Answer:
        appointments = self._appointments()
        if appointments is None:
            return ToolCall("my_appointments", {})
        if not appointments:
            return self._say("my_none")
        target = self._pick(appointments, by_day=True)
        if target is None:
            return self._which_one(appointments)
        if not self.f.called("confirm_appointment"):
            return ToolCall("confirm_appointment", {"appointment_id": target.appointment_id})
        result = self.f.answer("confirm_appointment", AppointmentChange)
        if isinstance(result, Refusal):
            return self._not_changed(result, "confirm")
        a = result.appointment
        return self._say("confirmed", service=self._service(a.service), day=self._day(a.date),
                         time=a.start)

    def _reschedule(self) -> ToolCall | Answer:
        u = self.u
        appointments = self._appointments()
        if appointments is None:
            return ToolCall("my_appointments", {})
        if not appointments:
            if u.service or u.day or u.time:
                return self._booking()   # "can I come at 5 instead" from someone with no visit
            return self._say("my_none")
        target = self._pick(appointments, by_day=False)
        if target is None:
            target = self._named_visit(appointments)
        if target is None:
            return self._which_one(appointments)
        if self._too_soon_to_change(target):
            return self._too_late(Refusal(TooLateToChange.code, "the visit is within the shop's "
                                          "change notice"))
        service = next((s for s in self.f.profile.services if s.name == target.service), None)
        if u.bad_when:
            return self._say("bad_when", problem=u.bad_when)
        day, time = self._new_when(target)
        if day is None or (time is None and service is None):
            return self._say("ask_new_time", service=self._service(target.service),
                             day=self._day(target.date), time=target.start)
        u.day, u.time = day, time
        if time is None:
            assert service is not None  # the check above returned when there is neither
            return self._offer_times(service, day)
        if not self.f.called("reschedule_appointment"):
            return ToolCall("reschedule_appointment", {
                "appointment_id": target.appointment_id, "date": u.day.isoformat(),
                "time": f"{u.time:%H:%M}"})
        result = self.f.answer("reschedule_appointment", AppointmentChange)
        if not isinstance(result, Refusal):
            a = result.appointment
            return self._say("rescheduled", service=self._service(a.service),
                             day=self._day(a.date), time=a.start)
        if result.error == TooLateToChange.code:
            return self._too_late(result)
        if service is None:
            return self._say("not_found")
        return self._refusal(result, service, u.day, u.time)
