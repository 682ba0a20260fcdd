"""The example scenarios shipped in docs/scenarios/ do what their comments say."""

from __future__ import annotations

import pytest

from desktop.bot.scenario import load_scenario
from tests.conftest import REPO_ROOT

SCENARIOS = REPO_ROOT / "docs" / "scenarios"
pytestmark = pytest.mark.slow


async def _play(make_shop, name: str):
    shop = await make_shop()
    summary = (await shop.runner.run(load_scenario(SCENARIOS / name)))["summary"]
    await shop.engine.bus.drain()
    return shop, summary


def _authors(shop) -> list[str]:
    return [line["by"] for line in shop.out()]


def _events(shop, kind: str) -> list[dict]:
    return [line for line in shop.lines if line.get("event") == kind]


async def test_split_messages(make_shop) -> None:
    shop, summary = await _play(make_shop, "split-messages.jsonl")
    assert (summary["messages_in"], summary["replies"]) == (3, 1)


async def test_redelivery(make_shop) -> None:
    shop, summary = await _play(make_shop, "redelivery.jsonl")
    assert (summary["messages_in"], summary["replies"]) == (2, 2)
    assert len(shop.delivered) == 2


async def test_staff_takeover(make_shop) -> None:
    shop, summary = await _play(make_shop, "staff-takeover.jsonl")
    # "He is 6", asked while staff held the chat, is answered once the AI has it back.
    assert _authors(shop) == ["bot", "staff", "bot", "bot"]
    assert [line["text"] for line in shop.out("bot")][1:] == ["Echo: He is 6",
                                                             "Echo: Thanks! What are your hours?"]
    assert summary["ai_paused"] == []


async def test_phone_takeover(make_shop) -> None:
    shop, summary = await _play(make_shop, "phone-takeover.jsonl")
    assert _authors(shop) == ["bot", "phone"]
    assert summary["ai_paused"] == ["+79161234567"]


async def test_media_and_odd_messages(make_shop) -> None:
    shop, summary = await _play(make_shop, "media-and-odd-messages.jsonl")
    assert summary["replies"] == 5
    assert {h["phone"] for h in _events(shop, "handoff")} == {"+972501234567", "+15551234567"}
    assert shop.out("bot")[-1]["text"] == "Echo: שלום! 💈 אפשר תור?"


async def test_ai_off(make_shop) -> None:
    shop, summary = await _play(make_shop, "ai-off.jsonl")
    assert [line["to"] for line in shop.out()] == ["+15551234567"]
    assert summary["messages_in"] == 3


async def test_bridge_faults(make_shop) -> None:
    shop, summary = await _play(make_shop, "bridge-faults.jsonl")
    assert (summary["messages_in"], summary["replies"]) == (5, 5)
    assert summary["outbox"] == {"sent": 5, "failed": 0, "pending": 0}
    assert len(shop.delivered) == len({d.wa_id for d in shop.delivered})


async def test_logged_out(make_shop) -> None:
    shop, summary = await _play(make_shop, "logged-out.jsonl")
    assert summary["replies"] == 1
    assert [s["state"] for s in _events(shop, "state")][-1] == "logged_out"
    assert _events(shop, "not_delivered")
