"""The tools' typed answers: the JSON the model sees, and the offline assistant reading it back."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from desktop.bot.ai.answers import (
    TOOL_FAILED,
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
    ToolAnswer,
    read_answer,
    tool_answer,
)
from desktop.bot.ai.booking import BookedAppointment, SlotTaken
from desktop.bot.ai.offline.planner import Facts, Planner, ToolCall, ToolResult
from desktop.bot.ai.offline.understanding import Turn, understand
from desktop.bot.profile import load_profile
from desktop.resources import demo_profile_path
from desktop.store.models import AppointmentStatus
from tests.bot.ai.conftest import NOW

HAIRCUT = AppointmentView(7, "Haircut", "2026-03-19", "thu", "10:00", "10:30",
                          AppointmentStatus.BOOKED)
ANSWERS: list[ToolAnswer] = [
    BusinessInfo("Demo Barbershop", "1 Main St.", "+15550000000", "Europe/Moscow",
                 "2026-03-18T09:00", "wed", {"mon": ["09:00-13:00", "14:00-19:00"], "sun": []},
                 [FaqEntry("Parking?", "Behind the shop.")]),
    ServiceList([ServicePrice("Haircut", 30, 25.0, "USD"), ServicePrice("Beard trim", 15, 12.5,
                                                                        "USD")]),
    SlotOffer("Haircut", [DaySlots("2026-03-19", "thu", ["10:00", "10:15"], 3)]),
    SlotOffer("Haircut", [DaySlots("2026-03-19", "thu", ["10:00", "10:15"], 0,
                                   {"Anna": ["10:00"], "Boris": ["10:00", "10:15"]})], "Anna"),
    TeamDay("2026-03-21", "sat", None, [StaffHours("Boris", ["11:00-17:00"])]),
    TeamDay("2026-12-31", "thu", "We are closed on 31.12.2026.", []),
    BookingOutcome(HAIRCUT, "Dana"),
    BookingOutcome(HAIRCUT, None),
    AppointmentChange(HAIRCUT),
    AppointmentList([HAIRCUT]),
    AppointmentList([]),
    DetailsSaved("Dana", note_saved=True),
    HandOff(),
]


@pytest.mark.parametrize("answer", ANSWERS, ids=lambda a: type(a).__name__)
def test_every_answer_reads_back_from_the_json_the_model_sees(answer: ToolAnswer) -> None:
    shown = json.loads(tool_answer(answer))
    assert list(shown)[0] == "ok" and shown["ok"] is True
    assert read_answer(shown, type(answer)) == answer


def test_a_booking_is_shown_to_the_model_with_the_keys_it_always_had() -> None:
    start = dt.datetime(2026, 3, 19, 10, 0, tzinfo=NOW.tzinfo)
    booked = BookedAppointment(7, 3, "Haircut", start, start + dt.timedelta(minutes=30),
                               AppointmentStatus.BOOKED, "bot", "")
    text = tool_answer(BookingOutcome(AppointmentView.of(booked), "Дана"))
    assert "Дана" in text  # not \u-escaped: the model reads the customer's own script
    assert json.loads(text) == {
        "ok": True,
        "appointment": {"appointment_id": 7, "service": "Haircut", "date": "2026-03-19",
                        "weekday": "thu", "start": "10:00", "end": "10:30", "status": "booked",
                        "staff": None},  # who the visit is with (None: a shop without staff)
        "customer_name": "Дана"}


def test_a_refusal_reads_back_as_itself_whatever_answer_was_expected() -> None:
    refusal = Refusal(SlotTaken.code, "19.03 10:00 is already taken.")
    shown = json.loads(tool_answer(refusal))
    assert shown == {"ok": False, "error": "slot_taken", "message": "19.03 10:00 is already taken."}
    assert read_answer(shown, BookingOutcome) == refusal


@pytest.mark.parametrize("shown", [{"ok": True, "days": "soon"}, {"ok": True},
                                   {"ok": True, "service": "Haircut", "days": [{"date": 1}]}])
def test_an_answer_of_another_shape_reads_as_a_failed_tool(shown: dict) -> None:
    read = read_answer(shown, SlotOffer)
    assert isinstance(read, Refusal) and read.error == TOOL_FAILED


def test_the_offline_assistant_hands_off_when_the_business_details_cannot_be_read() -> None:
    profile = load_profile(demo_profile_path())
    facts = Facts(profile, NOW, "Dana", [ToolResult("business_info", {}, {"ok": True})])
    understood = understand([Turn(True, "What are your opening hours?")], profile, NOW.date())
    step = Planner(understood, facts).next_step()
    assert isinstance(step, ToolCall) and step.name == "hand_off_to_human"
    assert "could not be read" in step.arguments["reason"]


def test_a_cancel_refused_by_a_rule_other_than_not_found_goes_to_a_person() -> None:
    # e.g. closer to the visit than the shop's notice for changes: staff decide, not the bot.
    profile = load_profile(demo_profile_path())
    visit = AppointmentView(7, "Haircut", "2026-03-18", "wed", "12:00", "12:30",
                            AppointmentStatus.BOOKED)
    listed = json.loads(tool_answer(AppointmentList([visit])))
    refused = json.loads(tool_answer(Refusal("too_late_to_change", "Too close to the visit.")))
    understood = understand([Turn(True, "Please cancel my appointment")], profile, NOW.date())
    facts = Facts(profile, NOW, "Dana", [
        ToolResult("my_appointments", {}, listed),
        ToolResult("cancel_appointment", {"appointment_id": 7}, refused)])
    step = Planner(understood, facts).next_step()
    assert isinstance(step, ToolCall) and step.name == "hand_off_to_human"
    assert step.arguments["reason"].endswith(": Too close to the visit.")
    missing = json.loads(tool_answer(Refusal("not_found", "No such appointment.")))
    facts.results[-1] = ToolResult("cancel_appointment", {"appointment_id": 7}, missing)
    assert Planner(understood, facts).next_step().text.startswith("I could not find")
