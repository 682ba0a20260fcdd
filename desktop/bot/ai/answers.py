"""What the receptionist's tools answer, as typed records both sides share.

A tool builds one of these and `tool_answer` turns it into the JSON text the model reads (the
agents SDK hands a model text); the offline assistant, sitting where a language model would, reads
that text back into the same record with `read_answer`. The JSON keys live here and nowhere else:
`{"ok": true, ...the record's fields}`, or `{"ok": false, "error": code, "message": ...}` for a
`Refusal`, whose message the model can relay as it is.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Any, Self, TypeVar

from desktop.bot.ai.booking import BookedAppointment
from desktop.bot.profile import DAYS
from desktop.store.models import AppointmentStatus

# The code of an answer the offline assistant could not read (a tool crashed, or said nonsense).
TOOL_FAILED = "tool_failed"


@dataclass(frozen=True)
class ToolAnswer:
    """What a tool answers when it did what it was asked; each kind reads itself back."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        """The record from the JSON object the model was shown (KeyError/TypeError if it is not
        one)."""
        raise NotImplementedError


AnswerT = TypeVar("AnswerT", bound=ToolAnswer)


@dataclass(frozen=True)
class Refusal:
    """A request the tool refused: `error` is a stable code (a `BookingError.code`), `message`
    the English the model may pass on to the customer."""

    error: str
    message: str

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Refusal:
        return cls(str(data.get("error") or TOOL_FAILED), str(data.get("message") or ""))


@dataclass(frozen=True)
class FaqEntry:
    """One question the business answers, and its answer."""

    q: str
    a: str


@dataclass(frozen=True)
class BusinessInfo(ToolAnswer):
    """The business as the model sees it, with the local date and time of this moment."""

    name: str
    address: str
    phone: str
    timezone: str
    now: str                          # local, "2026-12-20T15:30"
    today: str                        # its weekday key: mon, tue, ...
    hours: dict[str, list[str]]       # weekday key -> ["09:00-13:00", ...]; [] when closed
    faq: list[FaqEntry]
    team: list[str] = dataclasses.field(default_factory=list)  # staff names; [] without staff

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(data["name"], data["address"], data["phone"], data["timezone"], data["now"],
                   data["today"], {day: list(ranges) for day, ranges in data["hours"].items()},
                   [FaqEntry(e["q"], e["a"]) for e in data["faq"]], list(data.get("team", [])))


@dataclass(frozen=True)
class ServicePrice:
    """A service offered: how long it takes and what it costs."""

    name: str
    duration_min: int
    price: float
    currency: str


@dataclass(frozen=True)
class ServiceList(ToolAnswer):
    """Every service offered; prices are quoted only from here."""

    services: list[ServicePrice]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls([ServicePrice(s["name"], int(s["duration_min"]), float(s["price"]),
                                 s["currency"]) for s in data["services"]])


@dataclass(frozen=True)
class DaySlots:
    """The free start times of one day (the first few), and how many more there are."""

    date: str                         # "2026-12-20"
    weekday: str
    times: list[str]                  # "10:00", "10:15", ...
    more: int
    # Staff member -> the times they are free of those shown (empty in a shop without staff).
    staff: dict[str, list[str]] = dataclasses.field(default_factory=dict)


@dataclass(frozen=True)
class SlotOffer(ToolAnswer):
    """Free start times for a service, day by day (days without any are left out); with only
    the staff member asked for (`staff`) when one was."""

    service: str
    days: list[DaySlots]
    staff: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(data["service"], [DaySlots(d["date"], d["weekday"], list(d["times"]),
                                              int(d["more"]),
                                              {k: list(v) for k, v in d.get("staff", {}).items()})
                                     for d in data["days"]], data.get("staff"))

    def first_times(self) -> list[str]:
        """The times of the first day that has any (empty when none is free)."""
        return self.days[0].times if self.days else []


@dataclass(frozen=True)
class AppointmentView:
    """An appointment as the model sees it: local date and times, and the number to name it by."""

    appointment_id: int
    service: str
    date: str                         # "2026-12-20"
    weekday: str
    start: str                        # "10:00"
    end: str
    status: AppointmentStatus
    staff: str | None = None          # who the visit is with; None in a shop without staff

    @classmethod
    def of(cls, appointment: BookedAppointment) -> AppointmentView:
        return cls(appointment.id, appointment.service, appointment.start.date().isoformat(),
                   DAYS[appointment.start.weekday()], f"{appointment.start:%H:%M}",
                   f"{appointment.end:%H:%M}", appointment.status, appointment.staff)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AppointmentView:
        return cls(int(data["appointment_id"]), data["service"], data["date"], data["weekday"],
                   data["start"], data["end"], AppointmentStatus(data["status"]),
                   data.get("staff"))


@dataclass(frozen=True)
class StaffHours:
    """One staff member working that day, and when."""

    name: str
    hours: list[str]                  # ["10:00-16:00", ...]


@dataclass(frozen=True)
class TeamDay(ToolAnswer):
    """Who works on a day; `closed` (the reason, in English) when the whole shop is shut."""

    date: str
    weekday: str
    closed: str | None
    staff: list[StaffHours]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(data["date"], data["weekday"], data.get("closed"),
                   [StaffHours(m["name"], list(m["hours"])) for m in data["staff"]])


@dataclass(frozen=True)
class BookingOutcome(ToolAnswer):
    """The appointment just booked, and the customer's name as the shop has it."""

    appointment: AppointmentView
    customer_name: str | None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(AppointmentView.from_json(data["appointment"]), data.get("customer_name"))


@dataclass(frozen=True)
class AppointmentChange(ToolAnswer):
    """One of the customer's appointments after a cancel or a move."""

    appointment: AppointmentView

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(AppointmentView.from_json(data["appointment"]))


@dataclass(frozen=True)
class AppointmentList(ToolAnswer):
    """The customer's own upcoming appointments, soonest first."""

    appointments: list[AppointmentView]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls([AppointmentView.from_json(a) for a in data["appointments"]])


@dataclass(frozen=True)
class DetailsSaved(ToolAnswer):
    """The customer's name as now stored, and whether a note was added."""

    name: str | None
    note_saved: bool

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(data.get("name"), bool(data["note_saved"]))


@dataclass(frozen=True)
class HandOff(ToolAnswer):
    """Staff were asked to take the conversation over."""

    handed_off: bool = True

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        return cls(bool(data["handed_off"]))


def tool_answer(answer: ToolAnswer | Refusal) -> str:
    """The JSON text a tool returns to the model, the one place it is written."""
    ok = not isinstance(answer, Refusal)
    return json.dumps({"ok": ok, **dataclasses.asdict(answer)}, ensure_ascii=False)


def read_answer(data: dict[str, Any], kind: type[AnswerT]) -> AnswerT | Refusal:
    """A tool's answer, as the JSON object the model was shown, read back as `kind` (or the
    refusal it was); an answer that is neither becomes a `TOOL_FAILED` refusal."""
    if data.get("ok") is not True:
        return Refusal.from_json(data)
    try:
        return kind.from_json(data)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        return Refusal(TOOL_FAILED, f"the {kind.__name__} answer could not be read: {exc!r}")
