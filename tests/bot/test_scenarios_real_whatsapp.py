"""The shipped scenarios through the real Baileys bridge and the local WhatsApp server
(`ai-admin simulate --whatsapp server`): the same steps give the same outcome as with the simulator.

Every scenario in docs/scenarios is compared with its simulator run. `make test` runs the few below
(a few kinds, within the time budget) and the scenarios with checks of their own; `make
scenarios-real` (AI_ADMIN_REAL_SCENARIOS=all) runs all of them. Each starts its own server in its
data folder: the scenarios share phone numbers and appointment times, so one shop for all of them
would mix their outcomes. The `out` lines are what the customer's phone decrypted, so "answered
exactly once" is checked at the customer's end.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter

import pytest

from desktop.bot.profile import load_profile
from desktop.bot.responder import EchoResponder
from desktop.bot.scenario import load_scenario
from desktop.bot.simulate import ScenarioRunner, ServerScenarioRunner, SimulationSettings
from desktop.bridge.localwa import server_script
from desktop.bridge.node_runtime import locate_runtime
from desktop.resources import demo_profile_path
from tests.conftest import REPO_ROOT

SCENARIOS = REPO_ROOT / "docs" / "scenarios"
FAST = dict(step_timeout=20.0, debounce_gap=0.5, debounce_max=3.0)
pytestmark = pytest.mark.slow

# In `make test` (each ~5-12 s for both runs); the rest only in `make scenarios-real`. Those with a
# test of their own below are not repeated here.
# A booking, the AI switched off and odd messages in make test (its ten-minute budget); the other
# dialogues, which differ from these only in what the offline assistant says, in scenarios-real.
IN_MAKE_TEST = {"booking-en.jsonl", "ai-off.jsonl", "media-and-odd-messages.jsonl"}
OWN_TESTS = {"split-messages.jsonl", "redelivery.jsonl", "bridge-faults.jsonl", "phone-takeover.jsonl",
             "staff-takeover.jsonl", "logged-out.jsonl"}
ALL_SCENARIOS = os.environ.get("AI_ADMIN_REAL_SCENARIOS") == "all"


@pytest.fixture(autouse=True)
def _needs_server() -> None:
    if not server_script(locate_runtime()).is_file():
        pytest.skip("the local WhatsApp server (desktop/bridge/node/localwa) is not in this checkout")


async def _play(runner_class, data, name: str):
    lines: list[dict] = []
    runner = runner_class(data, load_profile(demo_profile_path()), EchoResponder(), lines.append,
                          settings=SimulationSettings(**FAST))
    try:
        await runner.start()
        summary = (await runner.run(load_scenario(SCENARIOS / name)))["summary"]
        await runner.runtime.engine.bus.drain()
    finally:
        await runner.stop()
    return runner, lines, summary


def _trouble(lines) -> list[tuple]:
    """Steps that waited in vain or messages that could not arrive."""
    return [(line["event"], line.get("from"), line.get("detail")) for line in lines
            if line.get("event") in ("timeout", "not_delivered")]


def _out(lines, by=None):
    return [line for line in lines if line.get("dir") == "out" and (by is None or line["by"] == by)]


async def test_split_messages_get_one_answer(tmp_path) -> None:
    runner, lines, summary = await _play(ServerScenarioRunner, tmp_path, "split-messages.jsonl")
    assert (summary["messages_in"], summary["replies"]) == (3, 1)
    assert len(runner.delivered) == 1


async def test_redelivered_messages_are_answered_once(tmp_path) -> None:
    runner, lines, summary = await _play(ServerScenarioRunner, tmp_path, "redelivery.jsonl")
    assert (summary["messages_in"], summary["replies"]) == (2, 2)
    assert len(runner.delivered) == 2


async def test_bridge_faults_lose_nothing_and_duplicate_nothing(tmp_path) -> None:
    # A killed bridge, a dropped connection, a send never acknowledged and a refused send (a 500
    # error ack: "not now", sent again with the same id). Same outcome as the simulator.
    _, _, sim = await _play(ScenarioRunner, tmp_path / "sim", "bridge-faults.jsonl")
    runner, lines, summary = await _play(ServerScenarioRunner, tmp_path / "server", "bridge-faults.jsonl")
    assert summary == sim
    assert summary["outbox"] == {"sent": 5, "failed": 0, "pending": 0}
    texts = Counter(d.get("text") for d in runner.delivered)
    # Every answer reached the customer's phone, none twice, and no step waited in vain for one.
    assert texts == Counter({"Echo: Before the crash": 1, "Echo: After the crash": 1,
                             "Echo: After the reconnect": 1,
                             "Echo: This answer is retried after a send timeout": 1,
                             "Echo: And this one after a refused send": 1}), texts
    assert not [line for line in lines if line.get("event") == "timeout"]


async def test_phone_and_staff_keep_their_authors(tmp_path) -> None:
    _, lines, summary = await _play(ServerScenarioRunner, tmp_path / "phone", "phone-takeover.jsonl")
    assert [line["by"] for line in _out(lines)] == ["bot", "phone"]
    assert summary["ai_paused"] == ["+79161234567"]
    _, lines, summary = await _play(ServerScenarioRunner, tmp_path / "staff", "staff-takeover.jsonl")
    assert [line["by"] for line in _out(lines)] == ["bot", "staff", "bot", "bot"]


async def test_logged_out_stops_and_says_so(tmp_path) -> None:
    _, lines, summary = await _play(ServerScenarioRunner, tmp_path, "logged-out.jsonl")
    assert summary["replies"] == 1
    assert [line["state"] for line in lines if line.get("event") == "state"][-1] == "logged_out"
    assert [line for line in lines if line.get("event") == "not_delivered"]


@pytest.mark.parametrize("name", sorted(p.name for p in SCENARIOS.glob("*.jsonl")
                                         if p.name not in OWN_TESTS))
async def test_same_outcome_as_the_simulator(tmp_path, name) -> None:
    if name not in IN_MAKE_TEST and not ALL_SCENARIOS:
        pytest.skip("run by make scenarios-real (AI_ADMIN_REAL_SCENARIOS=all)")
    _, sim_lines, sim = await _play(ScenarioRunner, tmp_path / "sim", name)
    runner, lines, server = await _play(ServerScenarioRunner, tmp_path / "server", name)
    assert server == sim
    # The same answers, each once, at the customer's phone; no step waited in vain.
    assert Counter((d["to"], d.get("text")) for d in runner.delivered) == \
        Counter((line["to"], line["text"]) for line in _out(sim_lines) if line["by"] != "phone")
    assert _trouble(lines) == _trouble(sim_lines) == []


async def test_reminders_reach_the_customers_phone_once_each(tmp_path) -> None:
    # The offline receptionist books; `advance_min` moves the engine's clock; the reminders go
    # through the real bridge and server like any answer, and say why in the transcript.
    lines: list[dict] = []
    runner = ServerScenarioRunner(tmp_path, load_profile(demo_profile_path()), None, lines.append,
                                  now=dt.datetime.fromisoformat("2026-03-18T09:00:00+03:00"),
                                  settings=SimulationSettings(**FAST))
    try:
        await runner.start()
        summary = (await runner.run(load_scenario(SCENARIOS / "reminder-en.jsonl")))["summary"]
        await runner.runtime.engine.bus.drain()
    finally:
        await runner.stop()
    reminders = [line for line in _out(lines) if line.get("reason") == "reminder"]
    assert [line["to"] for line in reminders] == ["+15550100031", "+15550100032", "+15550100033",
                                                  "+15550100031"]
    assert all(line["text"].endswith("Reply YES to confirm, or tell us if you need to change it.")
               for line in reminders)
    texts = Counter(d.get("id") for d in runner.delivered)
    assert set(texts.values()) == {1}   # nothing twice at the customers' phones
    assert [a["status"] for a in summary["appointments"]] == ["confirmed", "cancelled", "booked"]
