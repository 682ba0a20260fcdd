"""How the offline assistant reads services, FAQ topics and list choices in customers' words."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.bot.ai.offline import intents as I
from desktop.bot.ai.offline.words import russian_in_latin
from desktop.bot.profile import load_profile

EVAL_SHOPS = Path(__file__).resolve().parents[3] / "eval" / "shops"
BARBERSHOP = load_profile(EVAL_SHOPS / "barbershop.json")
DENTAL = load_profile(EVAL_SHOPS / "dental.json")
SALON = load_profile(EVAL_SHOPS / "salon.json")


@pytest.mark.parametrize("text, service", [
    ("hiarcut tmrw", "Haircut"),                      # a typo (rapidfuzz)
    ("стрижечку бы", "Haircut"),                      # a diminutive
    ("бороду подровнять", "Beard trim"),              # a word form (pymorphy3)
    ("хочу подстричься", "Haircut"),                  # a verb for the service
    ("детскую стрижку", "Kids haircut"),              # the longer name wins over the shorter
    ("cut and beard", "Haircut and beard"),           # a combination however it is joined
    ("hair and beard sat 2pm", "Haircut and beard"),
    ("стрижка плюс борода", "Haircut and beard"),
    ("подстричься и бороду оформить", "Haircut and beard"),
    ("תספורת עם זקן", "Haircut and beard"),
    ("haircut + beard trim", "Haircut and beard"),
    ("стрижка бороды", "Beard trim"),                 # one service's own two-word name
    ("стрижку", "Haircut"),                           # one word names one part, not the combo
    ("can i come earlier on fri", None),              # "come" is not "combo"
])
def test_services_in_customers_words(text, service) -> None:
    found = I.find_service(text, BARBERSHOP.services)
    assert (found.name if found else None) == service


@pytest.mark.parametrize("text, service", [
    ("cleening", "Hygiene cleaning"), ("whitenning", "Whitening"), ("чистку зубов", "Hygiene cleaning"),
    ("check up then a clean on monday", None),       # two visits: asked, never guessed
])
def test_services_at_the_dentist(text, service) -> None:
    found = I.find_service(text, DENTAL.services)
    assert (found.name if found else None) == service


def test_two_services_named_for_their_prices() -> None:
    assert [s.name for s in I.find_services("prices for colour and manicure?", SALON.services)] == [
        "Colour", "Manicure"]
    assert I.find_service("i want to do my hair thursday 11", SALON.services) is None


@pytest.mark.parametrize("text, topic", [
    ("u guys take card?", "payment"), ("картой можно?", "payment"), ("אפשר לשלם באשראי", "payment"),
    ("wheres best to park", "parking"), ("где припарковаться", "parking"), ("יש חנייה?", "parking"),
    ("детей стрижете?", "children"), ("הבת שלי בת 7", "children"), ("r u nhs?", "insurance"),
    ("у вас лаки веганские?", "vegan"),
])
def test_faq_topics_in_three_languages(text, topic) -> None:
    assert topic in I.faq_topics(text)


def test_every_faq_asked_in_one_message_is_found() -> None:
    found = I.find_faqs("можно картой? и где припарковаться", BARBERSHOP.faq)
    assert {entry.q for entry in found} == {"Do you take cards?", "Is there parking?"}


@pytest.mark.parametrize("text, position", [
    ("the second one", 2), ("first", 1), ("the later one", -1), ("давайте второе", 2),
    ("последнее", -1), ("השנייה", 2), ("את הראשונה", 1), ("האחרונה", -1), ("10:30 pls", None),
])
def test_a_place_in_a_list(text, position) -> None:
    assert I.find_position(text) == position


@pytest.mark.parametrize("text, name", [("yes", None), ("ok", None), ("да", None), ("כן", None),
                                        ("Dana", "Dana"), ("Олег Петров", "Олег Петров")])
def test_yes_and_ok_are_not_names(text, name) -> None:
    assert I.bare_name(text) == name


def test_russian_typed_in_latin_letters() -> None:
    assert russian_in_latin("zapishite na strizhku zavtra") == "запишите на стрижку завтра"
    assert russian_in_latin("can i book a haircut") is None
