"""Scenario and profile files as people's editors write them, and as attackers do."""

from __future__ import annotations

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


@pytest.mark.parametrize("moment", ["9999-12-31T23:59:59", "0001-01-01T00:00:00"])
def test_an_extreme_now_is_a_one_line_error(tmp_path, moment) -> None:
    import subprocess
    import sys

    scenario = tmp_path / "s.jsonl"
    scenario.write_text('{"from": "+15550070001", "say": "hi"}\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktop", "simulate", str(scenario),
                           "--now", moment], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr and "out of range" in done.stderr
