"""A lone UTF-16 surrogate (an emoji cut in half by a sender) in a text or a push name."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys

from desktop.store.models import Customer
from tests.bot.conftest import make_shop  # noqa: F401 - pytest fixture

HALF_EMOJI = "\ud83d"


async def test_lone_surrogate_is_stored_and_answered(make_shop) -> None:
    shop = await make_shop()
    message_id = await shop.session.sim_incoming("+15550050001", text=f"hi {HALF_EMOJI} there",
                                                 name=f"Dana {HALF_EMOJI}")
    async with asyncio.timeout(20):
        while not shop.engine.has_seen(message_id):
            await asyncio.sleep(0.02)
    await shop.settle()
    assert [m.text for m in shop.messages(author="customer")] == ["hi \ufffd there"]
    with shop.runner.runtime.database.session() as session:
        assert [c.push_name for c in session.query(Customer)] == ["Dana \ufffd"]
    assert [d.text for d in shop.delivered] == ["Echo: hi \ufffd there"]


def test_simulate_with_a_lone_surrogate_in_a_scenario(tmp_path) -> None:
    scenario = tmp_path / "half.jsonl"
    # The JSON escape as a sender's phone would produce it, written as plain ASCII.
    scenario.write_text('{"from": "+15550050002", "say": "cut \\ud83d here"}\n',
                        encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "desktop", "simulate", str(scenario),
                           "--data", str(tmp_path / "shop"), "--json"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(l) for l in done.stdout.splitlines() if l.startswith("{")]
    assert [l["text"] for l in lines if l.get("dir") == "in"] == ["cut \ufffd here"]
    summary = lines[-1]["summary"]
    assert (summary["messages_in"], summary["replies"]) == (1, 1), done.stdout
