"""Phones as people write them and keys a provider echoes never leave the engine in full.

Issue 13: a provider error that echoed the API key put the full key into `ai-admin.log`, the
hand-off reason shown to staff and `simulate`'s output; numbers written as people write them were
not masked in the log or the diagnostics zip.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import zipfile

import keyring
import pytest
from keyring.backends import fail
from sqlalchemy import select

from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.ai.providers import ProviderSettings, save_provider_settings
from desktop.bot.ai.responder import AgentResponder
from desktop.bot.phones import shop_region
from desktop.bot.profile import load_profile
from desktop.bot.scenario import parse_scenario
from desktop.bot.simulate import ScenarioRunner, SimulationSettings, render_line
from desktop.diagnostics import DiagnosticsParts, export_diagnostics
from desktop.doctor import CheckResult
from desktop.logs import LOG_FILE, company_logger, setup_logging
from desktop.paths import DataPaths
from desktop.redact import add_phone_regions, mask_phone_numbers, remove_secrets_from_text
from desktop.resources import demo_profile_path
from desktop.store.models import Conversation
from desktop.store.settings import SettingsStore
from tests.bot.ai.fake_openai import MODEL, FakeOpenAI

# (as written, the shop's region, the digits that must not survive)
WRITTEN = [
    ("8 (916) 123-45-69", "RU", "89161234569"),
    ("+7 916 123-45-69", None, "79161234569"),
    ("+1 (555) 300-0021", None, "15553000021"),
    ("050-123-4567", "IL", "0501234567"),
    ("+972 50-123-4567", None, "972501234567"),
    ("555.300.0022", "US", "5553000022"),
    ("(555) 300-0023", "US", "5553000023"),
    ("9161234569", "RU", "9161234569"),
    ("972501234567", None, "972501234567"),
    ("972501234567@s.whatsapp.net", None, "972501234567"),
]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.mark.parametrize(("written", "region", "digits"), WRITTEN)
def test_each_written_form_keeps_only_its_last_four_digits(written, region, digits) -> None:
    masked = mask_phone_numbers(f"the customer said: call me on {written} after 6",
                                [region] if region else [])
    assert masked.startswith("the customer said: call me on ")
    assert masked.endswith(" after 6")
    assert digits[-4:] in masked
    # No more than the last four digits in a row, whatever separators were kept.
    assert len(_digits(masked)) == 4 + 1, masked  # the last four, and the "6"


def test_national_forms_need_the_shops_region() -> None:
    # Without knowing the shop is in Russia, "8 (916) ..." is not readable as a number.
    assert add_phone_regions is not None
    assert shop_region({"timezone": "Europe/Moscow"}) == "RU"
    assert shop_region({"timezone": "Asia/Jerusalem", "phone": "+1 555 300 0000"}) == "US"
    add_phone_regions([shop_region({"timezone": "Europe/Moscow"})])
    assert "123-45" not in mask_phone_numbers("8 (916) 123-45-69")


@pytest.mark.parametrize("text", [
    "booked 2026-11-21 at 10:00", "on 21.11.2026 at 10:00", "pid 4242", "run completed in 12 ms",
    "message 3EB0C767D26A1D8B", "provider http://192.168.1.20:11434/v1", "baileys 7.0.0-rc14",
    "took 1234.5 ms", "uptime_s 86400", "שלום, מחר ב-10", "Привет, завтра в 10",
])
def test_ordinary_text_stays_readable_with_every_region_on(text) -> None:
    assert mask_phone_numbers(text, ["RU", "IL", "US", "GB", "DE"]) == text


def test_log_lines_mask_written_numbers_of_the_shops_region(tmp_path) -> None:
    log_lines = setup_logging(tmp_path, console=False)
    try:
        add_phone_regions([shop_region({"timezone": "Europe/Moscow"}),
                           shop_region({"timezone": "Asia/Jerusalem"}),
                           shop_region({"timezone": "America/New_York"})])
        log = company_logger("ai_admin.engine", 1)
        for written, _region, _digits in WRITTEN:
            log.info("customer wrote: my number is %s", written)
        for handler in logging.getLogger("ai_admin").handlers:
            handler.flush()
        text = (tmp_path / LOG_FILE).read_text(encoding="utf-8")
        ring = "\n".join(line.message for line in log_lines.lines())
    finally:
        setup_logging(None, console=False)
    assert text.count("customer wrote") == len(WRITTEN)
    for body in (text, ring):
        for written, _region, digits in WRITTEN:
            assert written not in body
            assert not re.search(rf"(?<!\d){digits[:-4]}", _digits_only_lines(body)), written


def _digits_only_lines(text: str) -> str:
    """The digits of each log message (after the time), one line each."""
    return "\n".join(_digits(line.split("]", 1)[-1]) for line in text.splitlines())


def test_known_keys_and_key_shaped_text_are_removed() -> None:
    from desktop.redact import remember_secret

    remember_secret("shop-local-key-4c1d9e7f2a")
    text = ("401: Incorrect API key provided: shop-local-key-4c1d9e7f2a; also "
            "sk-proj-AbCdEf0123456789XyZ and Bearer abcdefghijklmnop")
    clean = remove_secrets_from_text(text)
    assert "4c1d9e7f2a" not in clean and "AbCdEf0123456789" not in clean
    assert "abcdefghijklmnop" not in clean
    assert clean.startswith("401: Incorrect API key provided: [removed]")


# -- end to end: a provider that echoes the key ----------------------------------------------

# Not shaped like a key: only knowing what the key file holds can remove it.
ECHOED_KEYS = ["shop-local-key-4c1d9e7f2a"]
CUSTOMER = "+79161234567"


@pytest.fixture(scope="module")
def echoed_run(tmp_path_factory):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # the keys go to the key file
    try:
        return asyncio.run(_run_with_an_echoing_provider(tmp_path_factory))
    finally:
        keyring.set_keyring(previous)
        setup_logging(None, console=False)


async def _run_with_an_echoing_provider(tmp_path_factory):
    from desktop.redact import forget_everything

    forget_everything()  # a module fixture runs before the per-test reset
    folder = tmp_path_factory.mktemp("echo")
    paths = DataPaths(folder / "data").ensure()
    log_lines = setup_logging(paths.logs_dir, console=False)
    lines: list[dict] = []
    # The responder reads the key file itself, as the app does (a fresh store: nothing of the
    # keys was seen by this one before).
    runner = ScenarioRunner(paths.root, load_profile(demo_profile_path()),
                            AgentResponder(lambda: runner.runtime.database,
                                           keys=ApiKeyStore(paths.root / FALLBACK_FILE_NAME)),
                            lines.append, settings=SimulationSettings(
                                step_timeout=20, debounce_gap=0.2, debounce_max=1.0))
    with FakeOpenAI(echo_key=True) as server:
        await runner.start()
        try:
            company = runner.company_id
            save_provider_settings(SettingsStore(runner.runtime.database), company,
                                   ProviderSettings.from_json({
                                       "kind": "openai_compatible", "base_url": server.base_url,
                                       "model": MODEL}))
            # Written straight into the file (as an earlier run of the app left it): this
            # process learns the key only when the responder reads it.
            (paths.root / FALLBACK_FILE_NAME).write_text(json.dumps(
                {"keys": {f"openai_compatible:{company}": ECHOED_KEYS[0]}}), encoding="utf-8")
            for n in range(2):
                await runner.run(parse_scenario(
                    f'{{"from": "{CUSTOMER[:-1]}{n}", "say": "What are your hours today?"}}'))
            with runner.runtime.database.session() as session:
                reasons = [c.needs_human_reason for c in session.scalars(select(Conversation))]
            target = export_diagnostics(DiagnosticsParts(runner.runtime.database, paths),
                                        folder / "diagnostics.zip",
                                        checks=[CheckResult("python", True, "ok")])
            with zipfile.ZipFile(target) as bundle:
                exported = {name: bundle.read(name).decode("utf-8") for name in bundle.namelist()}
            for handler in logging.getLogger("ai_admin").handlers:
                handler.flush()
            ring = [line.message for line in log_lines.lines()]
        finally:
            await runner.stop()
    log_text = "\n".join(p.read_text(encoding="utf-8") for p in paths.logs_dir.glob("*.log*"))
    return {"lines": lines, "reasons": reasons, "log": log_text, "ring": ring,
            "exported": exported, "requests": server.requests}


def test_the_echoing_provider_was_really_called(echoed_run) -> None:
    assert len(echoed_run["requests"]) >= 2
    assert all(r and "provider failed" in r for r in echoed_run["reasons"]), echoed_run["reasons"]
    assert "Incorrect API key provided: [removed]" in echoed_run["log"]


@pytest.mark.parametrize("where", ["log", "ring", "reasons", "simulate", "exported"])
def test_no_echoed_key_anywhere(echoed_run, where) -> None:
    if where == "simulate":
        text = "\n".join(render_line(line) for line in echoed_run["lines"])
        assert "handoff" in json.dumps(echoed_run["lines"])
    elif where == "exported":
        text = "\n".join(echoed_run["exported"].values())
    else:
        value = echoed_run[where]
        text = "\n".join(str(v) for v in value) if isinstance(value, list) else value
    for key in ECHOED_KEYS:
        assert key not in text, where
        assert key[-10:] not in text, where
