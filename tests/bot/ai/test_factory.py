"""The agent cache: hit within five minutes, rebuilt when the profile or provider changes."""

from __future__ import annotations

import logging

from desktop.bot.ai.factory import AgentFactory
from desktop.bot.ai.offline import OfflineModel
from desktop.bot.profile import parse_profile
from desktop.store.models import Company


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_cache_hit_miss_expiry_and_rebuild_on_change(shop, caplog) -> None:
    clock = Clock()
    factory = AgentFactory(clock=clock)
    profile = shop.profile
    build = lambda: OfflineModel(profile)  # noqa: E731
    with caplog.at_level(logging.INFO, logger="ai_admin.ai"):
        first = factory.agent_for(1, profile, {"kind": "offline"}, build)
        clock.now += 299
        assert factory.agent_for(1, profile, {"kind": "offline"}, build) is first
        assert factory.agent_for(2, profile, {"kind": "offline"}, build) is not first
        changed = parse_profile({**profile.to_json(), "address": "1 New St."})
        rebuilt = factory.agent_for(1, changed, {"kind": "offline"}, build)
        assert rebuilt is not first
        other_provider = factory.agent_for(1, changed, {"kind": "openai_compatible"}, build)
        assert other_provider is not rebuilt
        clock.now += 301
        assert factory.agent_for(1, changed, {"kind": "openai_compatible"}, build) is not (
            other_provider)
    messages = [r.getMessage() for r in caplog.records]
    assert messages.count("cache hit") == 1
    assert messages.count("cache miss (first use): building the agent") == 2
    assert messages.count("cache miss (profile or provider changed): building the agent") == 2
    assert messages.count("cache miss (expired): building the agent") == 1
    assert (factory.hits, factory.misses) == (1, 5)


async def test_the_responder_rebuilds_when_the_profile_in_the_store_changes(
        shop, responder) -> None:
    company = shop.company()
    chat = shop.chat(company, "+15550000301")
    assert "12 Example St" in (await chat.say(responder, "what's your address?")).text
    await chat.say(responder, "what's your address?")
    assert (responder.factory.hits, responder.factory.misses) == (1, 1)
    with shop.database.session() as session:
        row = session.get(Company, company)
        row.profile = {**row.profile, "address": "7 Other Rd"}
    assert "7 Other Rd" in (await chat.say(responder, "what's your address?")).text
    assert responder.factory.misses == 2


async def test_a_broken_profile_gives_the_fallback_and_a_flag(shop, responder) -> None:
    company = shop.company(profile={"name": "No Timezone"})
    reply = await shop.chat(company, "+15550000302").say(responder, "hi")
    assert reply.text.startswith("Thank you") and "timezone" in reply.handoff
