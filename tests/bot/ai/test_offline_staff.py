"""The offline assistant in a shop with staff, through the real responder, tools and store: a
person asked for by name or alias in three languages, their days off and busy times, who works
on a day, closed days and holidays, the change notice, and visits that name their staff member."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from desktop.store.models import Appointment, Conversation
from tests.bot.ai.test_booking_staff import staffed


@pytest.fixture
def company(shop):
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")
    return shop.company(profile=staffed(shop))


def _visits(shop, company_id) -> list[tuple[str, str | None, str]]:
    with shop.database.session() as session:
        return [(a.service, a.staff, a.start_at.astimezone(shop.profile.zone).strftime("%d.%m %H:%M"))
                for a in session.scalars(select(Appointment).where(
                    Appointment.company_id == company_id).order_by(Appointment.id))]


@pytest.mark.parametrize("words, expected", [
    ("Can I book a haircut with Boris tomorrow at 10?",
     "Booked: Haircut with Boris on Thursday 19.03 at 10:00. See you, Dana!"),
    ("Запишите на стрижку к Борису завтра в 10",
     "Готово, вы записаны: стрижка, четверг 19.03, 10:00, мастер — Борис. Ждём вас, Dana!"),
    ("אפשר תספורת אצל בוריס מחר ב-10?",
     "נקבע: תספורת אצל בוריס ביום חמישי 19.03 בשעה 10:00. נתראה, Dana!"),
])
async def test_a_person_asked_for_by_name_gets_the_visit(shop, responder, company, words,
                                                         expected) -> None:
    reply = await shop.chat(company, "+15550000601").say(responder, words)
    assert reply.text == expected
    assert _visits(shop, company) == [("Haircut", "Boris", "19.03 10:00")]


async def test_without_a_preference_the_rules_pick_and_my_appointment_names_them(
        shop, responder, company) -> None:
    chat = shop.chat(company, "+15550000602")
    booked = await chat.say(responder, "Book a haircut tomorrow at 11 please")
    assert booked.text == "Booked: Haircut with Anna on Thursday 19.03 at 11:00. See you, Dana!"
    listed = await chat.say(responder, "When is my appointment?")
    assert "Haircut with Anna — Thursday 19.03 at 11:00" in listed.text


# Anna's nearest day skips her Saturday off, the shop's Sunday, her Monday and Tuesday (not in her
# hours) and the shop's closed 25-26.03: Friday 27.03.
@pytest.mark.parametrize("words, off, nearest, which", [
    ("Haircut with Anna on Saturday at 12?", "Anna is not working on Saturday 21.03.",
     "Nearest free times with Anna: Friday 27.03: 10:00", "Which time would you like?"),
    ("Стрижка к Ане в субботу в 12", "Суббота 21.03: мастер Аня не работает.",
     "Ближайшее свободное время, мастер — Аня:", "Какое время вам подходит?"),
    ("תספורת אצל אנה בשבת ב-12", "אנה לא בעבודה בשבת 21.03.",
     "השעות הפנויות הקרובות אצל אנה:", "איזו שעה תרצה?"),
])
async def test_a_person_on_a_day_off_is_said_so_with_their_nearest_times_and_who_else_is_free(
        shop, responder, company, words, off, nearest, which) -> None:
    reply = await shop.chat(company, "+15550000603").say(responder, words)
    assert reply.text.startswith(off), reply.text
    assert nearest in reply.text and reply.text.endswith(which)
    assert "Boris" in reply.text or "Борис" in reply.text or "בוריס" in reply.text
    assert _visits(shop, company) == []


async def test_a_busy_person_is_said_so_and_a_free_colleague_is_named(shop, responder,
                                                                      company) -> None:
    await shop.chat(company, "+15550000604").say(responder, "haircut with Anna tomorrow at 10")
    chat = shop.chat(company, "+15550000605", name="Mike")
    reply = await chat.say(responder, "haircut with Anna tomorrow at 10?")
    assert reply.text.startswith("Anna is already booked on Thursday 19.03 at 10:00. Nearest "
                                 "free times with Anna: Thursday 19.03: 10:30, 10:45"), reply.text
    assert "Free then (Thursday 19.03 at 10:00): Boris." in reply.text
    # The customer takes the colleague's time.
    done = await chat.say(responder, "ok, with Boris then")
    assert done.text == "Booked: Haircut with Boris on Thursday 19.03 at 10:00. See you, Mike!"


async def test_outside_a_persons_hours(shop, responder, company) -> None:
    reply = await shop.chat(company, "+15550000606").say(responder, "haircut with Anna tomorrow at 17")
    assert reply.text.startswith("Anna works 10:00-16:00 on Thursday 19.03, so 17:00 does not fit.")


@pytest.mark.parametrize("words, expected", [
    ("Who is working on Saturday?", "Working on Saturday 21.03: Boris 11:00-17:00."),
    ("Кто работает завтра?", "Четверг 19.03 работают: Аня 10:00-16:00, Борис 10:00-20:00."),
    ("מי עובד בשבת?", "בשבת 21.03 עובדים: בוריס 11:00-17:00."),
    ("Who is working on 25.03?", "On Wednesday 25.03 we are closed."),
])
async def test_who_is_working_on_a_day(shop, responder, company, words, expected) -> None:
    assert (await shop.chat(company, "+15550000607").say(responder, words)).text == expected


@pytest.mark.parametrize("words, expected", [
    # A booking on a closed day: the reason, then the nearest free times to pick from.
    ("Can I book a haircut on 25.03 at 12?",
     "On Wednesday 25.03 we are closed. The nearest free times for Haircut: Friday 27.03: "
     "10:00, 10:15,"),
    ("Стрижка 03.04 в 12", "Пятница 03.04: выходной (Good Friday). Ближайшее свободное время "
                           "(стрижка): суббота 04.04: 11:00, 11:15,"),
    ("אפשר תספורת ביום רביעי 25.03?", "ביום רביעי 25.03 אנחנו סגורים. השעות הפנויות הקרובות "
                                      "לתספורת: יום שישי 27.03: 10:00, 10:15,"),
    ("Are you open on 03.04?", "On Friday 03.04 we are closed (Good Friday)."),
])
async def test_closed_dates_and_holidays_are_refused_with_the_reason(shop, responder, company,
                                                                     words, expected) -> None:
    assert (await shop.chat(company, "+15550000608").say(responder, words)).text.startswith(
        expected)
    assert _visits(shop, company) == []


async def test_a_change_inside_the_change_notice_goes_to_a_person(shop, responder) -> None:
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")
    company = shop.company(profile=staffed(shop, change_notice_min=26 * 60))
    chat = shop.chat(company, "+15550000609")
    await chat.say(responder, "haircut tomorrow at 10")
    reply = await chat.say(responder, "Please cancel my appointment")
    assert reply.text.startswith("Your visit is soon, so I have asked a colleague")
    assert "change a visit that is soon" in reply.handoff
    with shop.database.session() as session:
        assert session.get(Conversation, chat.conversation_id).needs_human
    assert [a.status for a in _all(shop, company)] == ["booked"]


def _all(shop, company_id) -> list[Appointment]:
    with shop.database.session() as session:
        return list(session.scalars(select(Appointment).where(Appointment.company_id == company_id)))


async def test_asking_for_someones_free_times_offers_only_theirs(shop, responder, company) -> None:
    await shop.chat(company, "+15550000610").say(responder, "haircut with Boris on Friday at 10")
    reply = await shop.chat(company, "+15550000611").say(responder, "haircut with Boris on Friday?")
    assert reply.text.startswith("Free times with Boris for Haircut on Friday 20.03: 10:30, 10:45")
    anna = await shop.chat(company, "+15550000612").say(responder, "Стрижка к Ане в пятницу?")
    assert anna.text.startswith("Свободное время (стрижка, пятница 20.03, мастер — Аня): 10:00,")
