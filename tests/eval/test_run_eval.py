"""The evaluation harness itself: it reads the dialogue format strictly and its checks can fail."""

from __future__ import annotations

import asyncio
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("run_eval", ROOT / "eval" / "run_eval.py")
assert spec is not None and spec.loader is not None
run_eval = importlib.util.module_from_spec(spec)
sys.modules["run_eval"] = run_eval  # dataclasses look their module up
spec.loader.exec_module(run_eval)


def write(folder: Path, language: str, family: str, *dialogues: dict | str) -> Path:
    path = folder / language / f"{family}.jsonl"
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [d if isinstance(d, str) else json.dumps(d, ensure_ascii=False) for d in dialogues]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(dialogues: list) -> object:
    return asyncio.run(run_eval.run_all(dialogues))


def test_shipped_dialogues_all_load() -> None:
    dialogues = run_eval.read_dialogues()
    assert dialogues, "eval/dialogues holds no dialogue"
    assert {d.language for d in dialogues} <= set(run_eval.LANGUAGES)


@pytest.mark.parametrize(("line", "error"), [
    ("{not json", "not JSON"),
    ('{"turns": ["hi"], "colour": 1}', "unknown keys ['colour']"),
    ('{"id": "x"}', 'needs "turns"'),
    ('{"turns": ["hi"], "shop": "bakery"}', "no shop 'bakery'"),
    ('{"turns": ["hi"], "expect": {"visits": [{"service": "Haircut", "start": "tomorrow"}]}}',
     "is not YYYY-MM-DDTHH:MM"),
    ('{"turns": [{"say": "hi", "hass": ["x"]}]}', "unknown turn keys ['hass']"),
])
def test_a_broken_dialogue_is_named_with_its_line(tmp_path: Path, line: str, error: str) -> None:
    write(tmp_path, "en", "cancel", "# a comment", line)
    with pytest.raises(run_eval.DialogueError, match="en/cancel.jsonl:2") as raised:
        run_eval.read_dialogues(tmp_path)
    assert error in str(raised.value)


def test_a_dialogue_passes_only_with_its_outcome(tmp_path: Path) -> None:
    booking = {"turns": ["haircut tomorrow at 11"], "name": "Mike",
               "expect": {"visits": [{"service": "Haircut", "start": "2026-03-19T11:00"}]}}
    wrong_time = {**booking, "id": "wrong", "expect": {"visits": [
        {"service": "Haircut", "start": "2026-03-19T12:00"}]}}
    nothing = {**booking, "id": "nothing", "expect": {}}
    write(tmp_path, "en", "times", booking, wrong_time, nothing)
    report = run(run_eval.read_dialogues(tmp_path))
    right, wrong, unexpected = report.outcomes
    assert right.passed, right.problems
    assert not wrong.passed and "expected booked Haircut at 2026-03-19T12:00" in wrong.problems
    assert wrong.wrong_booking            # 11:00 was booked and nobody asked for it
    assert not unexpected.passed and unexpected.wrong_booking
    assert report.never_wrong()["wrong booking"] == 2


def test_facts_handoffs_and_never_wrong_rules_are_checked(tmp_path: Path) -> None:
    write(tmp_path, "en", "faq",
          {"id": "hours", "turns": [{"say": "what are your hours", "has": [["10:00"]],
                                     "lacks": ["23:00"]}]},
          {"id": "missing", "turns": [{"say": "what are your hours", "has": [["midnight"]]}]},
          {"id": "human", "turns": ["i want to talk to a real person"],
           "expect": {"handoff": False}})
    report = run(run_eval.read_dialogues(tmp_path))
    hours, missing, human = report.outcomes
    assert hours.passed, hours.problems
    assert missing.problems == ["answer 1 lacks 'midnight'"]
    assert human.problems == ["handed to a person"]


def test_an_invented_price_and_a_leak_are_caught() -> None:
    shop = run_eval.Shop("barbershop", run_eval.load_profile(run_eval.SHOPS / "barbershop.json"),
                         Path("unused"))
    dialogue = run_eval.read_dialogues()[0]  # any: the check reads only what was said
    outcome = run_eval.Outcome(dialogue, [])
    turn = run_eval.Turn(("hi",))
    run_eval._check_answer(1, turn, "A haircut is 1500 RUB, a beard trim 800 ₽.", shop, outcome)
    assert not outcome.invented_price and not outcome.problems
    run_eval._check_answer(2, turn, "A haircut is 1 200 RUB.", shop, outcome)
    assert outcome.invented_price
    run_eval._check_answer(3, turn, "Zelda comes at 15:00, call +44 7700 900123", shop, outcome)
    assert outcome.leak


def test_below_the_floor_is_reported(tmp_path: Path) -> None:
    write(tmp_path, "ru", "faq", {"turns": [{"say": "часы работы?", "has": [["полночь"]]}]})
    report = run(run_eval.read_dialogues(tmp_path))
    assert run_eval.below_floor(report, {"languages": {"ru": 0.5}}) == [
        "ru: 0.0% is below the floor 50.0%"]
    assert run_eval.below_floor(report, {"languages": {"ru": 0.0}}) == []
