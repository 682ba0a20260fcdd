"""Scenario and profile files as people's editors write them, and as attackers do."""

from __future__ import annotations

import json

import pytest

from desktop.bot.profile import ProfileError, load_profile
from desktop.bot.scenario import ScenarioError, load_scenario
from desktop.resources import demo_profile_path


def test_scenario_may_start_with_a_byte_order_mark(tmp_path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_text('\ufeff{"from": "+15550060001", "say": "hi"}\n', encoding="utf-8")
    assert len(load_scenario(path)) == 1


def test_profile_may_start_with_a_byte_order_mark(tmp_path) -> None:
    path = tmp_path / "bom.json"
    path.write_text("\ufeff" + demo_profile_path().read_text(encoding="utf-8"), encoding="utf-8")
    assert load_profile(path).name


@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000, "1" * 5_000])
def test_hostile_json_is_a_clear_error(tmp_path, body) -> None:
    scenario, profile = tmp_path / "s.jsonl", tmp_path / "p.json"
    scenario.write_text(body + "\n", encoding="utf-8")
    profile.write_text(body, encoding="utf-8")
    with pytest.raises(ScenarioError, match="line 1: not usable JSON"):
        load_scenario(scenario)
    with pytest.raises(ProfileError, match="not usable JSON"):
        load_profile(profile)
