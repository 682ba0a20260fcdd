"""The receptionist's tools in a shop with staff: free times per person, booking with someone,
who works on a day, closed days with their reason, and visits that name their staff member."""

from __future__ import annotations

import pytest
from agents.testing import ScriptedModel, assistant_message, function_call

from tests.bot.ai.test_booking_staff import staffed
from tests.bot.ai.test_tools_scope import responder_with, tool_outputs


@pytest.fixture
def chat(shop):
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")
    return shop.chat(shop.company(profile=staffed(shop)), "+15550000501")


async def _run(shop, chat, *calls) -> list[dict]:
    model = ScriptedModel([[function_call(name, args, call_id=f"c{n}")]
                           for n, (name, args) in enumerate(calls)]
                          + [[assistant_message("ok")]])
    await chat.say(responder_with(shop.database, model), "hi")
    return tool_outputs(model)


async def test_booking_with_someone_and_the_free_times_per_person(shop, chat) -> None:
    info, booked, mine, slots, anna = await _run(
        shop, chat, ("business_info", {}),
        ("book_appointment", {"service": "Haircut", "date": "2026-03-19", "time": "10:00",
                              "staff": "Аня"}),
        ("my_appointments", {}),
        ("find_free_slots", {"service": "Haircut", "date": "2026-03-19", "days": 1}),
        ("find_free_slots", {"service": "Haircut", "date": "2026-03-19", "days": 1,
                             "staff": "anna"}))
    assert info["team"] == ["Anna", "Boris"]
    assert booked["appointment"]["staff"] == "Anna"
    assert mine["appointments"][0]["staff"] == "Anna"
    day = slots["days"][0]
    assert day["times"][0] == "10:00"  # Boris is free at 10:00, Anna is not
    assert "10:00" not in day["staff"]["Anna"] and "10:00" in day["staff"]["Boris"]
    assert anna["staff"] == "Anna" and anna["days"][0]["times"][0] == "10:30"
    assert list(anna["days"][0]["staff"]) == ["Anna"]


async def test_who_is_working_and_closed_days_with_the_reason(shop, chat) -> None:
    saturday, closed, slots, refused, busy = await _run(
        shop, chat, ("who_is_working", {"date": "2026-03-21"}),
        ("who_is_working", {"date": "2026-04-03"}),
        ("find_free_slots", {"service": "Haircut", "date": "2026-03-25", "days": 2}),
        ("book_appointment", {"service": "Haircut", "date": "2026-03-25", "time": "12:00"}),
        ("book_appointment", {"service": "Haircut", "date": "2026-03-21", "time": "12:00",
                              "staff": "Anna"}))
    assert saturday["staff"] == [{"name": "Boris", "hours": ["11:00-17:00"]}]
    assert saturday["closed"] is None
    assert closed["staff"] == [] and closed["closed"] == "We are closed on 03.04.2026 (Good Friday)."
    assert slots == {"ok": False, "error": "closed", "message": "We are closed on 25.03.2026."}
    assert refused["error"] == "closed"
    assert busy == {"ok": False, "error": "staff_unavailable",
                    "message": "Anna is not working on 21.03.2026."}
