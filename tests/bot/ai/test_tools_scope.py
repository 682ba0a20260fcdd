"""Scripted model runs through the real Runner: every tool acts for this customer only."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from agents.testing import ScriptedModel, assistant_message, function_call
from sqlalchemy import select

from desktop.bot.ai.booking import BookingDesk
from desktop.bot.ai.responder import AgentResponder, ResponderOptions
from desktop.bot.ai.tools import RECEPTION_TOOLS
from desktop.store.models import Appointment, Conversation, Customer
from tests.bot.ai.conftest import NOW


def responder_with(database, model: ScriptedModel, **options) -> AgentResponder:
    return AgentResponder(database, make_model=lambda *_: model,
                          options=ResponderOptions(**options))


def tool_outputs(model: ScriptedModel) -> list[dict]:
    """The tool results the model was shown, in order."""
    items = model.last_call.input
    return [json.loads(i["output"]) for i in items
            if isinstance(i, dict) and i.get("type") == "function_call_output"]


@pytest.fixture
def two_companies(shop):
    """Our customer, a neighbour in the same company, and a customer of another company, each
    with one booking."""
    ours, other_company = shop.company(), shop.company("Other Shop")
    me = shop.chat(ours, "+15550000101")
    neighbour = shop.chat(ours, "+15550000102", name="Neighbour")
    stranger = shop.chat(other_company, "+15550000101", name="Same phone, other shop")
    bookings = {}
    for chat, hour in ((me, 10), (neighbour, 12), (stranger, 14)):
        desk = BookingDesk(shop.database, chat.company_id, shop.profile)
        bookings[chat.customer_id] = desk.book(
            chat.customer_id, "Haircut", dt.datetime(2026, 3, 19, hour), NOW).id
    return me, neighbour, stranger, bookings


def test_every_tool_takes_no_customer_or_phone_argument() -> None:
    for tool in RECEPTION_TOOLS:
        names = set(tool.params_json_schema.get("properties", {}))
        assert not names & {"customer_id", "customer", "phone", "company_id", "conversation_id"}


async def test_my_appointments_lists_only_this_customers(shop, two_companies) -> None:
    me, _, _, bookings = two_companies
    model = ScriptedModel([[function_call("my_appointments", {}, call_id="c1")],
                           [assistant_message("You have one appointment.")]])
    reply = await me.say(responder_with(shop.database, model), "my appointments?")
    assert reply.text == "You have one appointment."
    [output] = tool_outputs(model)
    assert [a["appointment_id"] for a in output["appointments"]] == [bookings[me.customer_id]]
    model.assert_complete()


async def test_cancel_and_reschedule_cannot_touch_another_customers_booking(
        shop, two_companies) -> None:
    me, neighbour, stranger, bookings = two_companies
    model = ScriptedModel([
        [function_call("cancel_appointment", {"appointment_id": bookings[neighbour.customer_id]},
                       call_id="c1")],
        [function_call("reschedule_appointment", {
            "appointment_id": bookings[stranger.customer_id], "date": "2026-03-19",
            "time": "16:00"}, call_id="c2")],
        [assistant_message("Sorry, I could not find that appointment.")]])
    await me.say(responder_with(shop.database, model), "cancel appointment 2")
    cancel, reschedule = tool_outputs(model)
    assert cancel["error"] == reschedule["error"] == "not_found"
    with shop.database.session() as session:
        rows = list(session.scalars(select(Appointment).order_by(Appointment.id)))
    assert [(r.status, r.start_at.hour) for r in rows] == [
        ("booked", 7), ("booked", 9), ("booked", 11)]  # untouched (UTC hours)


async def test_confirm_touches_only_this_customers_own_visit(shop, two_companies) -> None:
    me, neighbour, stranger, bookings = two_companies
    model = ScriptedModel([
        [function_call("confirm_appointment", {"appointment_id": bookings[neighbour.customer_id]},
                       call_id="c1")],
        [function_call("confirm_appointment", {"appointment_id": bookings[stranger.customer_id]},
                       call_id="c2")],
        [function_call("confirm_appointment", {"appointment_id": bookings[me.customer_id]},
                       call_id="c3")],
        [assistant_message("Confirmed, see you!")]])
    await me.say(responder_with(shop.database, model), "yes")
    neighbours, strangers, mine = tool_outputs(model)
    assert neighbours["error"] == strangers["error"] == "not_found"
    assert mine["ok"] and mine["appointment"]["status"] == "confirmed"
    with shop.database.session() as session:
        statuses = {r.customer_id: r.status for r in session.scalars(select(Appointment))}
    assert statuses == {me.customer_id: "confirmed", neighbour.customer_id: "booked",
                        stranger.customer_id: "booked"}


async def test_book_is_for_the_context_customer_and_company(shop, two_companies) -> None:
    me, *_ = two_companies
    model = ScriptedModel([
        [function_call("book_appointment", {"service": "Beard trim", "date": "2026-03-19",
                                            "time": "11:00"}, call_id="c1")],
        [assistant_message("Booked.")]])
    await me.say(responder_with(shop.database, model), "beard trim tomorrow 11")
    [output] = tool_outputs(model)
    assert output["ok"] and output["customer_name"] is None
    with shop.database.session() as session:
        row = session.get(Appointment, output["appointment"]["appointment_id"])
        assert (row.company_id, row.customer_id, row.service) == (
            me.company_id, me.customer_id, "Beard trim")


async def test_an_extra_customer_argument_is_rejected_not_obeyed(shop, two_companies) -> None:
    me, neighbour, _, bookings = two_companies
    model = ScriptedModel([
        [function_call("cancel_appointment", {"appointment_id": bookings[neighbour.customer_id],
                                              "customer_id": neighbour.customer_id},
                       call_id="c1")],
        [assistant_message("Sorry.")]])
    await me.say(responder_with(shop.database, model), "cancel theirs")
    with shop.database.session() as session:
        assert session.get(Appointment, bookings[neighbour.customer_id]).status == "booked"


async def test_save_my_details_changes_only_this_customer(shop, two_companies) -> None:
    me, neighbour, *_ = two_companies
    model = ScriptedModel([
        [function_call("save_my_details", {"name": "Dana Levi", "note": "prefers Anna"},
                       call_id="c1")],
        [assistant_message("Noted, Dana!")]])
    await me.say(responder_with(shop.database, model), "I'm Dana Levi, I prefer Anna")
    with shop.database.session() as session:
        mine = session.get(Customer, me.customer_id)
        assert mine.name == "Dana Levi" and mine.notes.endswith("2026-03-18: prefers Anna")
        assert session.get(Customer, neighbour.customer_id).name is None


async def test_hand_off_flags_the_conversation_and_the_reply(shop, two_companies) -> None:
    me, neighbour, *_ = two_companies
    model = ScriptedModel([
        [function_call("hand_off_to_human", {"reason": "Wants a refund"}, call_id="c1")],
        [assistant_message("A colleague will reply shortly.")]])
    reply = await me.say(responder_with(shop.database, model), "I want my money back")
    assert reply.handoff == "Wants a refund"
    with shop.database.session() as session:
        assert session.get(Conversation, me.conversation_id).needs_human_reason == (
            "Wants a refund")
        assert not session.get(Conversation, neighbour.conversation_id).needs_human


async def test_information_tools_describe_only_this_company(shop, two_companies) -> None:
    me, *_ = two_companies
    model = ScriptedModel([
        [function_call("business_info", {}, call_id="c1"),
         function_call("list_services", {}, call_id="c2")],
        [function_call("find_free_slots", {"service": "Haircut", "date": "2026-03-19",
                                           "days": 1}, call_id="c3")],
        [assistant_message("Info.")]])
    await me.say(responder_with(shop.database, model), "info")
    info, services, slots = tool_outputs(model)
    assert info["name"] == "Demo Barbershop" and info["now"] == "2026-03-18T09:00+03:00"
    assert [s["name"] for s in services["services"]] == ["Haircut", "Beard trim",
                                                         "Haircut and beard"]
    # 10:00 is ours, 12:00 the neighbour's; the other company's 14:00 does not count here.
    times = slots["days"][0]["times"]
    assert "10:00" not in times and "12:00" not in times and "11:30" in times
    full = BookingDesk(shop.database, me.company_id, shop.profile).free_slots(
        "Haircut", dt.date(2026, 3, 19), dt.date(2026, 3, 19), NOW)
    assert "14:00" in {f"{s.start:%H:%M}" for s in full}


@pytest.mark.parametrize("answer, reason", [
    ("", "empty"),
    ("x" * 5000, "too long"),
    ('{"appointment_id": 3, "status": "booked"}', "JSON"),
    ('Sure! {"call_id": "c1", "arguments": "{}"}', "tool call"),
])
async def test_unsafe_answers_become_the_fallback_and_a_flag(shop, answer, reason) -> None:
    chat = shop.chat(shop.company(), "+15550000120")
    model = ScriptedModel([[assistant_message(answer)]])
    reply = await chat.say(responder_with(shop.database, model), "hi")
    assert reply.text == ("Thank you for your message! A member of our team will get back to "
                          "you shortly.")
    assert reason in reply.handoff


async def test_the_fallback_speaks_the_customers_language(shop) -> None:
    chat = shop.chat(shop.company(), "+15550000121")
    model = ScriptedModel([[assistant_message("")]])
    reply = await chat.say(responder_with(shop.database, model), "שלום")
    assert reply.text.startswith("תודה על ההודעה")


async def test_an_unknown_tool_and_too_many_turns_become_the_fallback(shop) -> None:
    chat = shop.chat(shop.company(), "+15550000122")
    model = ScriptedModel([[function_call("drop_database", {}, call_id="c1")]])
    reply = await chat.say(responder_with(shop.database, model), "hi")
    assert "ModelBehaviorError" in reply.handoff
    looping = ScriptedModel([[function_call("list_services", {}, call_id=f"c{n}")]
                             for n in range(3)])
    reply = await chat.say(responder_with(shop.database, looping, max_turns=2), "hi")
    assert "MaxTurnsExceeded" in reply.handoff and reply.text


async def test_history_is_bounded_and_in_order_with_staff_as_the_shop(shop) -> None:
    chat = shop.chat(shop.company(), "+15550000123")
    chat.staff("Hello from the desk")
    model = ScriptedModel([[assistant_message("ok")]] * 2)
    responder = responder_with(shop.database, model, history_limit=3, max_message_chars=10)
    await chat.say(responder, "first message that is long")
    await chat.say(responder, "second")
    roles = [(i["role"], i["content"]) for i in model.last_call.input]
    assert roles == [("user", "first mess"), ("assistant", "ok"), ("user", "second")]
    assert model.first_call.input[0] == {"role": "assistant", "content": "Hello from"}
