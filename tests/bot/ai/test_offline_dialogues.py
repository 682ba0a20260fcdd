"""The offline assistant through the real responder, Runner, tools and store, in three languages."""

from __future__ import annotations

import logging

import pytest
from sqlalchemy import select

from desktop.store.models import Appointment, Conversation, Customer


def _appointments(shop, company_id):
    with shop.database.session() as session:
        return list(session.scalars(select(Appointment).where(
            Appointment.company_id == company_id).order_by(Appointment.start_at)))


@pytest.mark.parametrize("language, words, expected", [
    ("en", "Hi! Can I book a haircut tomorrow at 10?", "Booked: Haircut on Thursday 19.03 at 10:00"),
    ("ru", "Можно записаться на стрижку завтра в 10?", "вы записаны: стрижка, четверг 19.03, 10:00"),
    ("he", "אפשר לקבוע תספורת מחר ב-10?", "נקבע: תספורת ביום חמישי 19.03 בשעה 10:00"),
])
async def test_booking_in_one_message_books_and_answers_in_the_customers_language(
        shop, responder, language, words, expected) -> None:
    company = shop.company()
    chat = shop.chat(company, "+15550000001")
    reply = await chat.say(responder, words)
    assert expected in reply.text
    assert reply.handoff is None
    [booked] = _appointments(shop, company)
    assert (booked.service, booked.status, booked.booked_by) == ("Haircut", "booked", "bot")
    assert booked.customer_id == chat.customer_id
    assert booked.start_at.astimezone(shop.profile.zone).strftime("%d.%m %H:%M") == "19.03 10:00"


async def test_missing_details_are_asked_for_one_at_a_time(shop, responder) -> None:
    chat = shop.chat(shop.company(), "+15550000002")
    assert (await chat.say(responder, "I'd like to book")).text.startswith("Which service")
    assert (await chat.say(responder, "a beard trim")).text.startswith("Which day")
    offered = (await chat.say(responder, "on Friday")).text
    assert offered.startswith("Free times for Beard trim on Friday 20.03: 10:00, 10:15")
    assert "Booked: Beard trim on Friday 20.03 at 15:30" in (await chat.say(responder, "15:30")).text


async def test_a_customer_with_no_name_is_asked_for_one_and_it_is_saved(shop, responder) -> None:
    company = shop.company()
    chat = shop.chat(company, "+15550000003", name=None)
    assert (await chat.say(responder, "Book a haircut tomorrow at 11")).text == (
        "What name should I book it under?")
    assert "See you, Alex!" in (await chat.say(responder, "Alex")).text
    with shop.database.session() as session:
        assert session.get(Customer, chat.customer_id).name == "Alex"
    assert len(_appointments(shop, company)) == 1


async def test_a_taken_time_is_refused_with_the_days_free_times(shop, responder) -> None:
    company = shop.company()
    await shop.chat(company, "+15550000004").say(responder, "haircut tomorrow at 10 please")
    other = shop.chat(company, "+15550000005", name="Bob")
    reply = await other.say(responder, "haircut tomorrow at 10 please")
    assert reply.text.startswith("Thursday 19.03 at 10:00 is already taken. That day I can "
                                 "offer: 10:30,")
    assert "Booked: Haircut on Thursday 19.03 at 10:30" in (await other.say(responder, "10:30")).text
    assert len(_appointments(shop, company)) == 2


async def test_closed_day_and_outside_hours_are_explained(shop, responder) -> None:
    chat = shop.chat(shop.company(), "+15550000006")
    sunday = (await chat.say(responder, "Can I book a haircut on Sunday?")).text
    assert sunday.startswith("On Sunday 22.03 we are closed. The nearest free times for Haircut: "
                             "Monday 23.03: 10:00,")
    reply = await chat.say(responder, "ok a haircut on Friday at 13:45")
    assert "does not fit our hours (10:00-14:00 and 15:00-20:00)" in reply.text
    assert "15:00" in reply.text


@pytest.mark.parametrize("texts, expected", [
    (("What are your hours?",), "Friday: 10:00-14:00 and 15:00-20:00"),
    (("Are you open today?",), "On Wednesday 18.03 we are open 10:00-20:00."),
    (("Вы работаете в воскресенье?",), "Воскресенье 22.03: выходной."),
    (("אתם פתוחים בשבת?",), "בשבת 21.03 אנחנו פתוחים 11:00-17:00."),
    (("How much is a beard trim?",), "Beard trim — 15 USD, 20 min"),
    (("Сколько стоит стрижка?",), "Стрижка — 25 USD, 30 мин"),
    (("מה המחירים?",), "תספורת וזקן — 35 USD, 50 דק'"),
    (("Where are you located?",), "We are at 12 Example St. Phone: +15550100."),
    (("Is there parking?",), "Free parking behind the building."),
])
async def test_information_comes_from_the_tools(shop, responder, texts, expected) -> None:
    chat = shop.chat(shop.company(), "+15550000007")
    reply = await chat.say(responder, *texts)
    assert expected in reply.text
    assert reply.handoff is None


async def test_my_appointments_cancel_and_reschedule(shop, responder) -> None:
    company = shop.company()
    chat = shop.chat(company, "+15550000008")
    await chat.say(responder, "book a haircut tomorrow at 12")
    await chat.say(responder, "and a beard trim on Friday at 16:00")
    listed = (await chat.say(responder, "when are my appointments?")).text
    assert "Haircut — Thursday 19.03 at 12:00" in listed
    assert "Beard trim — Friday 20.03 at 16:00" in listed
    which = (await chat.say(responder, "please cancel my appointment")).text
    assert which.startswith("You have several appointments: 1) Haircut")
    assert "Cancelled: Beard trim on Friday 20.03 at 16:00" in (await chat.say(responder, "2")).text
    moved = (await chat.say(responder, "can I move my appointment to Saturday at 12:00?")).text
    assert moved == "Done: your Haircut is now on Saturday 21.03 at 12:00."
    assert [(a.service, a.status) for a in _appointments(shop, company)] == [
        ("Beard trim", "cancelled"), ("Haircut", "booked")]


async def test_unclear_twice_asks_once_then_hands_off(shop, responder) -> None:
    chat = shop.chat(shop.company(), "+15550000009")
    first = await chat.say(responder, "asdf qwerty")
    assert first.text.startswith("Sorry, I didn't quite understand") and first.handoff is None
    second = await chat.say(responder, "zzz blorp")
    assert second.handoff and "did not understand" in second.handoff
    with shop.database.session() as session:
        conversation = session.get(Conversation, chat.conversation_id)
        assert conversation.needs_human and "zzz blorp" in conversation.needs_human_reason


async def test_the_conversation_not_just_the_last_message_is_read(shop, responder) -> None:
    chat = shop.chat(shop.company(), "+15550000010")
    reply = await chat.say(responder, "hi", "i need a beard trim", "friday?")
    assert reply.text.startswith("Free times for Beard trim on Friday 20.03")


async def test_staff_turns_are_part_of_the_conversation(shop, responder) -> None:
    chat = shop.chat(shop.company(), "+15550000011")
    await chat.say(responder, "haircut on friday")
    chat.staff("We have 15:00 free on Friday.")  # not a question: the staff closed that thread
    reply = await chat.say(responder, "hello")
    assert reply.text.startswith("Hello! This is Demo Barbershop.")


async def test_run_is_logged_with_duration_and_final_answer(shop, responder, caplog) -> None:
    chat = shop.chat(shop.company(), "+15550000012")
    with caplog.at_level(logging.INFO, logger="ai_admin.ai"):
        await chat.say(responder, "thanks!")
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("run completed in ") and " ms" in m for m in messages)
    assert "final answer: You're welcome! Have a nice day." in messages
