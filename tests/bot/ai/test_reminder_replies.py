"""Answers to a reminder (offline assistant, real tools and store): yes confirms the visit, a
cancel cancels it, a move starts a reschedule; a bare "yes" elsewhere keeps its meaning."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from desktop.bot.records import ConversationRecords
from desktop.bot.reminders import ReminderBook
from desktop.store.models import Appointment, Author

BOOK = {"en": "Please book a haircut tomorrow at 12", "ru": "Запишите на стрижку завтра в 12",
        "he": "אפשר לקבוע תספורת מחר ב-12?"}


def _visits(shop, company_id) -> list[Appointment]:
    with shop.database.session() as session:
        return list(session.scalars(select(Appointment).where(
            Appointment.company_id == company_id).order_by(Appointment.id)))


async def _reminded(shop, responder, language: str, phone: str):
    company = shop.company()
    chat = shop.chat(company, phone)
    await chat.say(responder, BOOK[language])
    [visit] = _visits(shop, company)
    profile = shop.profile
    chat._add(Author.BOT, ReminderBook(ConversationRecords(shop.database)).text(
        profile, language, visit.service, None, visit.start_at, chat.now))
    return company, chat


@pytest.mark.parametrize("language, words, expected", [
    ("en", "Yes", "Thank you, confirmed: Haircut on Thursday 19.03 at 12:00. See you!"),
    ("en", "👍", "Thank you, confirmed: Haircut on Thursday 19.03 at 12:00. See you!"),
    ("ru", "Да, буду", "Спасибо, запись подтверждена: стрижка, четверг 19.03, 12:00. Ждём вас!"),
    ("he", "כן", "תודה, התור אושר: תספורת ביום חמישי 19.03 בשעה 12:00. נתראה!"),
])
async def test_yes_to_a_reminder_confirms_the_visit(shop, responder, language, words,
                                                    expected) -> None:
    company, chat = await _reminded(shop, responder, language, "+15550000101")
    reply = await chat.say(responder, words)
    assert reply.text == expected
    [visit] = _visits(shop, company)
    assert visit.status == "confirmed"


@pytest.mark.parametrize("language, words, expected", [
    ("en", "Sorry, I need to cancel", "Cancelled: Haircut on Thursday 19.03 at 12:00"),
    ("ru", "Извините, придётся отменить", "Запись отменена: стрижка, четверг 19.03, 12:00"),
    ("he", "אני צריך לבטל", "התור בוטל: תספורת ביום חמישי 19.03 בשעה 12:00"),
])
async def test_a_cancel_in_answer_to_a_reminder_cancels_the_visit(shop, responder, language,
                                                                  words, expected) -> None:
    company, chat = await _reminded(shop, responder, language, "+15550000102")
    reply = await chat.say(responder, words)
    assert reply.text.startswith(expected)
    [visit] = _visits(shop, company)
    assert visit.status == "cancelled"


@pytest.mark.parametrize("language, words, expected", [
    ("en", "Can I move it to Friday at 15:30?", "Done: your Haircut is now on Friday 20.03 at 15:30."),
    ("ru", "Можно перенести на пятницу в 15:30?",
     "Готово: ваша запись (стрижка) перенесена: пятница 20.03, 15:30."),
    ("he", "אפשר להזיז את התור ליום שישי ב-15:30?", "בוצע: התור לתספורת הועבר ליום שישי 20.03 בשעה 15:30."),
])
async def test_a_move_in_answer_to_a_reminder_reschedules_the_visit(shop, responder, language,
                                                                    words, expected) -> None:
    company, chat = await _reminded(shop, responder, language, "+15550000103")
    reply = await chat.say(responder, words)
    assert reply.text == expected
    [visit] = _visits(shop, company)
    assert (visit.status, visit.start_at) == ("booked", dt.datetime(2026, 3, 20, 12, 30,
                                                                    tzinfo=dt.UTC))


async def test_a_confirmed_visit_can_still_be_listed_and_cancelled(shop, responder) -> None:
    company, chat = await _reminded(shop, responder, "en", "+15550000104")
    await chat.say(responder, "yes")
    assert "Haircut — Thursday 19.03 at 12:00" in (await chat.say(responder,
                                                                  "When is my appointment?")).text
    assert (await chat.say(responder, "Please cancel my appointment")).text.startswith("Cancelled")


async def test_a_bare_yes_without_a_reminder_confirms_nothing(shop, responder) -> None:
    company = shop.company()
    chat = shop.chat(company, "+15550000105")
    await chat.say(responder, BOOK["en"])
    reply = await chat.say(responder, "yes")
    assert not reply.text.startswith("Thank you, confirmed")
    [visit] = _visits(shop, company)
    assert visit.status == "booked"
