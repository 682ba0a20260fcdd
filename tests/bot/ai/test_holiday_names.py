"""A booking refused on a public holiday names the holiday in the customer's language where the
`holidays` package has it (RU: ru and en_US; IL: he and en_US), else in the package's own."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.bot.ai.booking import BookingDesk, ShopClosed
from desktop.bot.ai.workdays import Workdays, holiday_language
from desktop.bot.profile import parse_profile
from tests.bot.ai.conftest import NOW  # Wednesday 18.03.2026 09:00, Moscow
from tests.bot.ai.test_booking_staff import staffed

LABOUR_DAY = dt.date(2026, 5, 1)   # a Friday, in Russia
PESACH = dt.date(2026, 4, 2)       # a Thursday, in Israel


@pytest.fixture(autouse=True)
def _holidays_installed():
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")


def _profile(shop, country: str) -> dict:
    # Far enough ahead for 1 May, the shop's own closed dates and staff as in the staff tests.
    return staffed(shop, holidays={"country": country}, max_days_ahead=60)


@pytest.mark.parametrize("country, day, language, name", [
    ("RU", LABOUR_DAY, "ru", "Праздник Весны и Труда"),
    ("RU", LABOUR_DAY, "en", "Holiday of Spring and Labor"),
    ("RU", LABOUR_DAY, "he", "Праздник Весны и Труда"),   # no Hebrew names: Russia's own
    ("IL", PESACH, "he", "פסח"),
    ("IL", PESACH, "en", "Pesach"),
    ("IL", PESACH, "ru", "פסח"),                           # no Russian names: Israel's own
    ("IL", PESACH, None, "Pesach"),                         # logs and staff: English
])
def test_the_holidays_name_is_in_the_customers_language(shop, country, day, language,
                                                        name) -> None:
    workdays = Workdays(parse_profile(_profile(shop, country)), language)
    assert workdays.closure(day).holiday == name


def test_english_is_any_english_the_country_has() -> None:
    assert holiday_language(("en_GB", "th"), "en") == "en_GB"
    assert holiday_language(("en_GB", "en_US"), "en") == "en_US"
    assert holiday_language(("de", "uk"), "en") is None


def test_the_tools_refusal_names_it_in_the_customers_language(shop) -> None:
    data = _profile(shop, "RU")
    desk = BookingDesk(shop.database, shop.company(profile=data), parse_profile(data),
                       language="ru")
    customer = shop.chat(desk.company_id, "+79161234567").customer_id
    with pytest.raises(ShopClosed) as refused:
        desk.book(customer, "Haircut", dt.datetime(2026, 5, 1, 12, tzinfo=desk.zone), NOW)
    assert refused.value.reason.params["holiday"] == "Праздник Весны и Труда"


@pytest.mark.parametrize("country, words, expected", [
    ("RU", "Можно стрижку 01.05 в 12?",
     "Пятница 01.05: выходной (Праздник Весны и Труда). Ближайшее свободное время"),
    ("RU", "Can I book a haircut on 01.05 at 12?",
     "On Friday 01.05 we are closed (Holiday of Spring and Labor). The nearest free times"),
    ("IL", "אפשר תספורת ביום חמישי 02.04?",
     "ביום חמישי 02.04 אנחנו סגורים (פסח). השעות הפנויות הקרובות"),
    ("IL", "Are you open on 02.04?", "On Thursday 02.04 we are closed (Pesach)."),
])
async def test_the_offline_assistant_names_the_holiday_in_the_answers_language(
        shop, responder, country, words, expected) -> None:
    company = shop.company(profile=_profile(shop, country))
    assert (await shop.chat(company, "+15550000701").say(responder, words)).text.startswith(
        expected)
