"""The business profile: the demo loads; errors name the key; unknown keys are refused."""

from __future__ import annotations

import copy
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
    (lambda d: d["booking"].update(reminders_min=[2]), "booking.reminders_min"),
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
