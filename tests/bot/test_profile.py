"""The business profile: the demo loads; errors name the key; unknown keys are refused."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.bot.profile import ProfileError, load_profile, parse_profile
from desktop.resources import demo_profile_path

DEMO = json.loads(demo_profile_path().read_text(encoding="utf-8"))


def test_demo_profile_loads_and_round_trips() -> None:
    profile = load_profile(demo_profile_path())
    assert profile.name == "Demo Barbershop"
    assert profile.hours["sun"] == ()
    assert [s.name for s in profile.services][:2] == ["Haircut", "Beard trim"]
    assert parse_profile(profile.to_json()) == profile


def test_reminders_and_quiet_hours_have_a_salons_defaults_and_can_be_turned_off() -> None:
    rules = parse_profile(DEMO).booking
    assert rules.reminders_min == (1440, 120)   # the day before and two hours before
    assert [f"{t:%H:%M}" for t in rules.quiet_hours or ()] == ["21:00", "09:00"]
    off = parse_profile(_broken(lambda d: d["booking"].update(reminders_min=[],
                                                              quiet_hours=None)))
    assert off.booking.reminders_min == () and off.booking.quiet_hours is None
    assert parse_profile(off.to_json()) == off
    mine = parse_profile(_broken(lambda d: d["booking"].update(reminders_min=[60, 2880],
                                                               quiet_hours=["22:30", "08:00"])))
    assert mine.booking.reminders_min == (2880, 60)
    assert parse_profile(mine.to_json()) == mine


def _broken(change) -> dict:
    data = copy.deepcopy(DEMO)
    change(data)
    return data


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d.update(colour="red"), "colour"),
    (lambda d: d.pop("name"), "name"),
    (lambda d: d.update(timezone="Mars/Olympus"), "timezone"),
    (lambda d: d["hours"].update(mon=[["10:00", "09:00"]]), "hours.mon[0]"),
    (lambda d: d["hours"].update(funday=[]), "hours.funday"),
    (lambda d: d["hours"].update(tue=[["25:00", "26:00"]]), "hours.tue[0][0]"),
    (lambda d: d["services"][1].update(price=-5), "services[1].price"),
    (lambda d: d["services"][0].update(durations=30), "services[0].durations"),
    (lambda d: d["services"][0].update(currency="dollars"), "services[0].currency"),
    (lambda d: d["faq"][0].pop("a"), "faq[0].a"),
    (lambda d: d["booking"].update(max_days_ahead=0), "booking.max_days_ahead"),
    (lambda d: d["booking"].update(reminders_min=[120, 120]), "booking.reminders_min"),
    (lambda d: d["booking"].update(reminders_min=[2]), "booking.reminders_min[0]"),
    (lambda d: d["booking"].update(reminders_min="1440"), "booking.reminders_min"),
    (lambda d: d["booking"].update(quiet_hours=["21:00"]), "booking.quiet_hours"),
    (lambda d: d["booking"].update(quiet_hours=["21:00", "21:00"]), "booking.quiet_hours"),
    (lambda d: d["booking"].update(quiet_hours=["21:00", "9"]), "booking.quiet_hours[1]"),
])
def test_error_names_the_key(change, path: str) -> None:
    with pytest.raises(ProfileError) as caught:
        parse_profile(_broken(change))
    assert caught.value.path == path
    assert str(caught.value).startswith(f"{path}: ")


def test_unreadable_or_broken_file_is_a_profile_error(tmp_path: Path) -> None:
    broken = tmp_path / "profile.json"
    broken.write_text("{ not json", encoding="utf-8")
    with pytest.raises(ProfileError, match="not valid JSON"):
        load_profile(broken)
    with pytest.raises(ProfileError, match="cannot read"):
        load_profile(tmp_path / "missing.json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                               max_size=4), max_leaves=20)


@given(json_values)
def test_loader_raises_only_profile_errors(data) -> None:
    try:
        parse_profile(data)
    except ProfileError:
        pass


SHAPED = {**DEMO, "currency": "RUB",
          "services": [{k: v for k, v in s.items() if k != "currency"} for s in DEMO["services"]]
          + [{"name": "Colour", "duration_min": 90, "price": 80, "currency": "EUR"}],
          "staff": [{"name": "Anna", "aliases": ["Аня", "Анна", "אנה"],
                     "services": ["Haircut", "beard"], "hours": {"mon": [["10:00", "16:00"]]},
                     "off": [["2026-11-27", "2026-11-27"]]},
                    {"name": "Boris", "aliases": ["Борис", "בוריס"]}],
          "closed": [["2026-12-31", "2027-01-01"]],
          "holidays": {"country": "ru"},
          "booking": {**DEMO["booking"], "buffer_min": 10, "change_notice_min": 120,
                      "reminders_min": [120, 1440], "quiet_hours": ["21:00", "09:00"]}}


def test_a_shop_with_staff_closed_days_and_holidays_loads_and_round_trips() -> None:
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")
    profile = parse_profile(SHAPED)
    assert profile.currency == "RUB" and profile.services[0].currency == "RUB"
    assert profile.services[-1].currency == "EUR"  # a service may name its own
    anna, boris = profile.staff
    # Services by name or alias; a day missing from given hours is a day off.
    assert anna.services == ("Haircut", "Beard trim") and anna.hours["tue"] == ()
    assert boris.services is None and boris.hours is None  # every service, the shop's hours
    assert anna.is_off(__import__("datetime").date(2026, 11, 27))
    assert profile.holidays_country == "RU"
    assert profile.booking.buffer_min == 10 and profile.booking.reminders_min == (1440, 120)
    assert parse_profile(profile.to_json()) == profile


def test_an_old_profile_gets_the_old_rules() -> None:
    profile = parse_profile(DEMO)
    assert (profile.staff, profile.closed, profile.holidays_country, profile.currency) == (
        (), (), None, None)
    rules = profile.booking
    # Reminders are new and on by default (the day before and two hours before, none at night),
    # as booking platforms do: a visit booked as before simply gets them.
    assert (rules.buffer_min, rules.change_notice_min, rules.reminders_min,
            rules.quiet_hours) == (0, 0, (1440, 120), (dt.time(21, 0), dt.time(9, 0)))
    assert not {"staff", "closed", "holidays", "currency"} & set(profile.to_json())


@pytest.mark.parametrize(("change", "path"), [
    (lambda d: d["staff"][0].update(colour="red"), "staff[0].colour"),
    (lambda d: d["staff"][1].pop("name"), "staff[1].name"),
    (lambda d: d["staff"][0].update(services=["Massage"]), "staff[0].services[0]"),
    (lambda d: d["staff"][0]["hours"].update(mon=[["16:00", "10:00"]]), "staff[0].hours.mon[0]"),
    (lambda d: d["staff"][0].update(off=[["2026-11-27", "2026-11-26"]]), "staff[0].off[0]"),
    (lambda d: d["staff"][1]["aliases"].append("Аня"), "staff[1]"),
    (lambda d: d.update(closed=[["31.12.2026", "2027-01-01"]]), "closed[0][0]"),
    (lambda d: d.update(holidays={"country": "Narnia"}), "holidays.country"),
    (lambda d: d.update(holidays={"country": "RU", "region": "MOW"}), "holidays.region"),
    (lambda d: d.update(currency="roubles"), "currency"),
    (lambda d: d.pop("currency"), "services[0].currency"),
    (lambda d: d["booking"].update(buffer_min=-1), "booking.buffer_min"),
    (lambda d: d["booking"].update(reminders_min=[60.5]), "booking.reminders_min[0]"),
    (lambda d: d["booking"].update(quiet_hours=["21:00", "9"]), "booking.quiet_hours[1]"),
    (lambda d: d["booking"].update(quiet_hours="21:00-09:00"), "booking.quiet_hours"),
])
def test_new_keys_name_the_offending_path(change, path: str) -> None:
    pytest.importorskip("holidays", reason="the `holidays` package is not installed")
    data = copy.deepcopy(SHAPED)
    change(data)
    with pytest.raises(ProfileError) as caught:
        parse_profile(data)
    assert caught.value.path == path
