"""Providers: settings, keys (keyring or the labelled file), checks, and a real HTTP round trip
with a local OpenAI-compatible server."""

from __future__ import annotations

import os
import socket
import stat

import pytest

from desktop.bot.ai import providers
from desktop.bot.ai.keys import FALLBACK_WARNING, ApiKeyStore, KeyLocation
from desktop.bot.ai.providers import CheckOutcome, ProviderError, ProviderKind, ProviderSettings, save_provider_settings
from desktop.bot.ai.responder import AgentResponder
from desktop.store.models import Conversation
from desktop.store.settings import SettingsStore
from tests.bot.ai.fake_openai import KEY, MODEL, FakeOpenAI


@pytest.fixture
def server():
    with FakeOpenAI() as fake:
        yield fake


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# -- settings ------------------------------------------------------------------------------------

def test_settings_default_to_offline_and_validate(database) -> None:
    settings = SettingsStore(database)
    assert providers.load_provider_settings(settings, 1).kind is ProviderKind.OFFLINE
    openai = ProviderSettings.from_json({"kind": "openai"})
    assert openai.model == providers.DEFAULT_OPENAI_MODEL
    local = ProviderSettings.from_json({"kind": "openai_compatible", "model": "llama3.1",
                                        "base_url": "http://127.0.0.1:11434/v1/"})
    save_provider_settings(settings, 1, local)
    assert settings.get("ai_provider", company_id=1) == {
        "kind": "openai_compatible", "base_url": "http://127.0.0.1:11434/v1", "model": "llama3.1"}
    assert providers.load_provider_settings(settings, 1) == local
    for bad, where in [({"kind": "claude"}, "kind"), ({"kind": "offline", "key": "x"}, "key"),
                       ({"kind": "openai_compatible", "model": "m"}, "base_url"),
                       ({"kind": "openai_compatible", "base_url": "http://x"}, "model")]:
        with pytest.raises(ProviderError, match=where):
            ProviderSettings.from_json(bad)


# -- keys ----------------------------------------------------------------------------------------

def test_keys_go_to_the_keyring_when_there_is_one(memory_keyring, tmp_path) -> None:
    store = ApiKeyStore(tmp_path / "keys.json")
    assert store.save("openai", 7, "sk-1") is KeyLocation.KEYRING
    assert memory_keyring.passwords == {("AI Admin", "openai:7"): "sk-1"}
    assert store.load("openai", 7).value == "sk-1"
    assert store.load("openai", 8) is None
    assert not (tmp_path / "keys.json").exists()
    store.delete("openai", 7)
    assert store.load("openai", 7) is None


def test_without_a_keyring_keys_go_to_a_private_labelled_file(no_keyring, tmp_path) -> None:
    path = tmp_path / "data" / "api-keys.NOT-ENCRYPTED.json"
    store = ApiKeyStore(path)
    assert store.save("openai", 1, "sk-file") is KeyLocation.FILE
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert FALLBACK_WARNING in path.read_text()
    found = store.load("openai", 1)
    assert (found.value, found.location) == ("sk-file", KeyLocation.FILE)
    store.delete("openai", 1)
    assert store.load("openai", 1) is None


# -- checking a provider -----------------------------------------------------------------------------

async def test_check_says_ok_bad_key_missing_model_and_unreachable(server) -> None:
    good = ProviderSettings(ProviderKind.OPENAI_COMPATIBLE, server.base_url, MODEL)
    assert (await providers.test_provider(good, KEY)).ok
    bad_key = await providers.test_provider(good, "sk-wrong")
    assert bad_key.outcome is CheckOutcome.BAD_KEY and "401" in bad_key.message
    missing = await providers.test_provider(
        ProviderSettings(ProviderKind.OPENAI_COMPATIBLE, server.base_url, "nope"), KEY)
    assert missing.outcome is CheckOutcome.MODEL_MISSING and "nope" in missing.message
    away = ProviderSettings(ProviderKind.OPENAI_COMPATIBLE,
                            f"http://127.0.0.1:{closed_port()}/v1", MODEL)
    assert (await providers.test_provider(away, KEY, timeout=2)).outcome is (
        CheckOutcome.UNREACHABLE)
    no_key = await providers.test_provider(ProviderSettings(ProviderKind.OPENAI), None)
    assert no_key.outcome is CheckOutcome.NO_KEY
    assert (await providers.test_provider(ProviderSettings())).ok


# -- answering through a provider ----------------------------------------------------------------------

async def test_openai_compatible_server_round_trip_with_a_tool_call(
        shop, memory_keyring, server) -> None:
    company = shop.company()
    save_provider_settings(SettingsStore(shop.database), company, ProviderSettings(
        ProviderKind.OPENAI_COMPATIBLE, server.base_url, MODEL))
    ApiKeyStore().save("openai_compatible", company, KEY)
    chat = shop.chat(company, "+15550000201")
    reply = await chat.say(AgentResponder(shop.database), "are you open today?")
    assert reply.text == "Today we are open 10:00-20:00." and reply.handoff is None
    first, second = server.requests
    assert {t["function"]["name"] for t in first["tools"]} >= {"business_info", "book_appointment"}
    assert "Demo Barbershop" in first["messages"][0]["content"]
    assert first["messages"][-1] == {"role": "user", "content": "are you open today?"}
    tool_message = second["messages"][-1]
    assert tool_message["role"] == "tool" and tool_message["tool_call_id"] == "call_1"
    assert all(h.get("authorization") == f"Bearer {KEY}" for h in server.headers)


async def test_provider_failures_give_the_fallback_and_a_flag(shop, memory_keyring,
                                                               server) -> None:
    company = shop.company()
    settings = SettingsStore(shop.database)
    chat = shop.chat(company, "+15550000202")
    responder = AgentResponder(shop.database)
    save_provider_settings(settings, company, ProviderSettings(
        ProviderKind.OPENAI_COMPATIBLE, server.base_url, MODEL))
    ApiKeyStore().save("openai_compatible", company, "sk-wrong")
    reply = await chat.say(responder, "hello")
    assert reply.text.startswith("Thank you for your message!")
    assert "provider failed" in reply.handoff
    save_provider_settings(settings, company, ProviderSettings(ProviderKind.OPENAI))
    reply = await chat.say(responder, "привет")
    assert reply.text.startswith("Спасибо за сообщение") and "No OpenAI key" in reply.handoff
    with shop.database.session() as session:
        assert session.get(Conversation, chat.conversation_id).needs_human is False  # engine flags


async def test_an_unreachable_provider_in_the_engine_gives_fallback_and_handoff(
        make_shop, tmp_path) -> None:
    from desktop.paths import DataPaths
    from desktop.store.db import open_database

    data = tmp_path / "shop"
    responder = AgentResponder(lambda: open_database(DataPaths(data).database_url()))
    shop = await make_shop(responder=responder, data=data)
    save_provider_settings(SettingsStore(shop.runner.runtime.database), shop.company_id,
                           ProviderSettings(ProviderKind.OPENAI_COMPATIBLE,
                                            f"http://127.0.0.1:{closed_port()}/v1", MODEL))
    await shop.play('{"from": "+15550000203", "say": "Hi, can I book a haircut?"}')
    assert [line["text"] for line in shop.out("bot")] == [
        "Thank you for your message! A member of our team will get back to you shortly."]
    [handoff] = [line for line in shop.lines if line.get("event") == "handoff"]
    assert handoff["phone"] == "+15550000203" and "provider failed" in handoff["reason"]
    responder.close()


def test_tracing_is_switched_off(shop) -> None:
    from agents.tracing import get_trace_provider

    AgentResponder(shop.database)
    assert get_trace_provider()._manual_disabled is True
