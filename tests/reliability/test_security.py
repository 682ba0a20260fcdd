"""What a shop's PC exposes: no network port, private files, logs without phones or keys.

A full simulated run (engine, real Node bridge on the simulator, the AI receptionist, logging to
the data folder as the app does) is played once per test module; the checks look at the bridge
process's sockets, the modes of what the run left on disk, and the log file and live buffer.
"""

from __future__ import annotations

import asyncio
import os
import re
import socket
import stat

import keyring
import psutil
import pytest
from keyring.backends import fail

from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.ai.providers import ProviderSettings, save_provider_settings
from desktop.bot.ai.responder import AgentResponder
from desktop.bot.profile import load_profile
from desktop.bot.scenario import parse_scenario
from desktop.bot.simulate import ScenarioRunner, SimulationSettings
from desktop.logs import setup_logging
from desktop.paths import DataPaths
from desktop.resources import demo_profile_path
from desktop.store.settings import SettingsStore
from tests.bot.ai.fake_openai import KEY, MODEL, FakeOpenAI

PHONES = ["+15557654321", "+972541234567", "+79161234567", "+447700900123", "+15559876543"]
WRONG_KEY = "sk-live-9f8e7d6c5b4a39281706f5e4d3c2b1a0"
SCENARIO = "\n".join([
    f'{{"from": "{PHONES[0]}", "name": "Dana", "say": "Hi! Can I book a haircut tomorrow at 10?"}}',
    f'{{"from": "{PHONES[1]}", "say": ["שלום", "מה שעות הפתיחה?"]}}',
    f'{{"from": "{PHONES[2]}", "say": "Сколько стоит стрижка? Мой номер {PHONES[2]}"}}',
    f'{{"from": "{PHONES[3]}", "media": "audio"}}',
    f'{{"staff": "Call me back on {PHONES[3]}", "to": "{PHONES[3]}"}}',
    f'{{"phone": "typed on the shop phone", "to": "{PHONES[0]}"}}',
    '{"fault": "disconnect", "code": 428}',
    '{"fault": "kill_bridge"}',
    f'{{"from": "{PHONES[1]}", "say": "my number is {PHONES[1][1:]}"}}',
    '{"fault": "send_error", "count": 1}',
    f'{{"from": "{PHONES[2]}", "say": "ok"}}',
])


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory):
    # A box with no keyring: the key goes to the labelled 0600 file, whose mode is checked too.
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        return asyncio.run(_run(tmp_path_factory))
    finally:
        keyring.set_keyring(previous)


async def _run(tmp_path_factory):
    """Runs the scenario with the offline assistant, then once more with a provider whose key is
    wrong (its failures are logged) and once with the right key (a real HTTP round trip)."""
    folder = tmp_path_factory.mktemp("security")
    paths = DataPaths(folder / "data").ensure()
    log_lines = setup_logging(paths.logs_dir, console=False)
    keys = ApiKeyStore(paths.root / FALLBACK_FILE_NAME)
    lines: list[dict] = []
    runner = ScenarioRunner(paths.root, load_profile(demo_profile_path()),
                            AgentResponder(lambda: runner.runtime.database, keys=keys),
                            lines.append, settings=SimulationSettings(
                                step_timeout=20, debounce_gap=0.3, debounce_max=1.0))
    sockets = {}
    with FakeOpenAI() as server:
        await runner.start()
        try:
            bridge = psutil.Process(runner.runtime.sessions[runner.company_id].process.pid)
            await runner.run(parse_scenario(SCENARIO))
            company = runner.company_id
            save_provider_settings(SettingsStore(runner.runtime.database), company,
                                   ProviderSettings.from_json({
                                       "kind": "openai_compatible", "base_url": server.base_url,
                                       "model": MODEL}))
            for key in (WRONG_KEY, KEY):
                keys.save("openai_compatible", company, key)
                await runner.run(parse_scenario(
                    f'{{"from": "{PHONES[4]}", "say": "What are your hours today?"}}'))
            bridge = psutil.Process(runner.runtime.sessions[runner.company_id].process.pid)
            sockets = {"bridge": bridge.net_connections(kind="all"),
                       "children": [c.net_connections(kind="inet")
                                    for c in bridge.children(recursive=True)]}
            ring = [line.message for line in log_lines.lines()]
        finally:
            await runner.stop()
    return {"paths": paths, "sockets": sockets, "ring": ring, "lines": lines,
            "requests": server.requests}


def _log_text(paths: DataPaths) -> str:
    return "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in sorted(paths.logs_dir.glob("*.log*")))


def test_the_bridge_opens_no_network_port(finished_run) -> None:
    connections = finished_run["sockets"]["bridge"]
    assert [c for c in connections if c.status == psutil.CONN_LISTEN] == []
    # In simulator mode the bridge has no internet socket at all (the real transport has one
    # outgoing connection to WhatsApp, never a listening one).
    assert [c for c in connections if c.family in (socket.AF_INET, socket.AF_INET6)] == []
    assert all(found == [] for found in finished_run["sockets"]["children"])


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_auth_folders_and_the_database_are_private(finished_run) -> None:
    paths = finished_run["paths"]
    assert stat.S_IMODE(paths.root.stat().st_mode) == 0o700
    assert stat.S_IMODE(paths.sessions_dir.stat().st_mode) == 0o700
    auth_dirs = [p for p in paths.sessions_dir.iterdir() if p.is_dir()]
    assert auth_dirs
    for folder in auth_dirs:
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
        for item in folder.rglob("*"):
            assert stat.S_IMODE(item.stat().st_mode) & 0o077 == 0, item
    key_file = paths.root / FALLBACK_FILE_NAME
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    # The database and the logs sit in the private data folder: nobody else can reach them,
    # whatever the files' own modes (the database file keeps the user's umask).
    for item in [paths.database_file, *paths.logs_dir.iterdir()]:
        reachable = all(stat.S_IMODE(parent.stat().st_mode) & 0o005 for parent in
                        item.parents if parent.is_relative_to(paths.root))
        assert not reachable, item


def test_logs_hold_no_phone_number_of_the_run(finished_run) -> None:
    text = _log_text(finished_run["paths"]) + "\n".join(finished_run["ring"])
    assert "Staff replied" in text and "needs a human" in text  # the run was logged
    for phone in PHONES + ["+15550100200"]:  # the customers and the simulated shop phone
        digits = phone.lstrip("+")
        assert not re.search(rf"(?<!\d){digits}(?!\d)", text), phone
    # Nothing that looks like a full E.164 number at all.
    assert re.findall(r"\+[1-9]\d{9,14}(?!\d)", text) == []


def test_no_api_key_reaches_the_logs(finished_run) -> None:
    text = _log_text(finished_run["paths"]) + "\n".join(finished_run["ring"])
    assert finished_run["requests"], "the provider was really called"
    assert "The AI failed" in text or "refused" in text or "401" in text  # the failure was logged
    for key in (WRONG_KEY, KEY):
        assert key not in text
        assert key[-12:] not in text
