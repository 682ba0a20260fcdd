"""The diagnostics zip: everything a technician needs, and nothing that may not be mailed."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import pytest

from desktop.bot.ai.keys import FALLBACK_FILE_NAME
from desktop.bridge import SessionState, SessionStatus
from desktop.diagnostics import (
    REMOVED,
    DiagnosticsParts,
    export_diagnostics,
    is_secret_name,
    remove_secrets,
    scrub_text,
)
from desktop.doctor import CheckResult
from desktop.paths import DataPaths
from desktop.store.db import Database
from desktop.store.models import Company, Conversation, Customer, Message, SessionEvent
from desktop.store.settings import SettingsStore

SETTINGS_KEY = "sk-test-ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"
FILE_KEY = "zz-local-server-key-QWERTY0987"       # no well-known shape: found via the key file
PASSWORD = "hunter2-horse-battery"
PHONES = ("+972501234567", "+15557654321", "+447700900123")
SHOP_PHONE = "+972 3-555-0199"
CHECKS = [CheckResult("python", True, "Python 3.11.9"),
          CheckResult("node", False, "Node.js not usable", "Install Node.js 20 or newer.")]


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


@pytest.fixture
def shop(database: Database, data_paths: DataPaths) -> DiagnosticsParts:
    """A shop with customers' numbers and a key in every place they could leak from."""
    now = dt.datetime.now(dt.UTC)
    with database.session() as session:
        company = Company(name="Barber Bob", transport="sim",
                          profile={"name": "Barber Bob", "phone": SHOP_PHONE,
                                   "booking": {"calendar_token": "cal-TOKEN-1234567890"}})
        session.add(company)
        session.flush()
        for i, phone in enumerate(PHONES):
            customer = Customer(company_id=company.id, phone=phone, name=f"Customer {i}")
            session.add(customer)
            session.flush()
            conversation = Conversation(company_id=company.id, customer_id=customer.id,
                                        chat_jid=f"{_digits(phone)}@s.whatsapp.net")
            session.add(conversation)
            session.flush()
            session.add(Message(company_id=company.id, conversation_id=conversation.id,
                                wa_id=f"WA{i}", direction="in", author="customer",
                                text=f"call me on {phone}", created_at=now))
        session.add(SessionEvent(company_id=company.id, from_state="connected",
                                 to_state="logged_out", code=401, reason="logged out"))
        company_id = company.id
    settings = SettingsStore(database)
    settings.set("ai_provider", {"kind": "openai_compatible",
                                 "base_url": "http://admin:s3cretpass@192.168.1.20:11434/v1",
                                 "model": "llama3.1"}, company_id=company_id)
    settings.set("integrations", {"api_key": SETTINGS_KEY, "webhookToken": "tok-abcdefgh12345",
                                  "owner_phone": PHONES[0]}, company_id=company_id)
    settings.set("mail", {"server": "smtp.example.com", "password": PASSWORD})
    (data_paths.root / FALLBACK_FILE_NAME).write_text(json.dumps(
        {"warning": "plain text", "keys": {f"openai_compatible:{company_id}": FILE_KEY}}))

    logs = data_paths.logs_dir
    (logs / "ai-admin.log.1").write_text(
        f"2026-11-19 10:00:00,000 INFO    [company {company_id}] ai_admin.engine: "
        f"Message from {PHONES[1]} stored\n", encoding="utf-8")
    (logs / "ai-admin.log").write_text(
        f"2026-11-20 09:00:00,000 INFO    [company {company_id}] ai_admin.bridge: "
        f"chat {_digits(PHONES[0])}@s.whatsapp.net linked\n"
        f"2026-11-20 09:00:01,000 WARNING [company {company_id}] ai_admin.ai: "
        f"Provider refused Authorization: Bearer {SETTINGS_KEY}\n"
        f"2026-11-20 09:00:02,000 ERROR   [company {company_id}] ai_admin.ai: "
        f"request failed with key {FILE_KEY}\n"
        "Traceback (most recent call last):\n"
        f"  ValueError: bad number +44 7700 900123, api_key={SETTINGS_KEY}\n",
        encoding="utf-8")

    status = SessionStatus(
        company_id=company_id, state=SessionState.CONNECTED, explanation="Connected.", reason=None,
        actions=(), can_send=True, code=None, next_attempt_at=None, blocked_until=None,
        registered=True, me=f"{_digits(PHONES[0])}:12@s.whatsapp.net", pid=4242,
        uptime_s=3725.5, rss_bytes=87_000_000, sends_in_flight=0, reconnects=2,
        bridge_restarts=1, node_version="v20.11.1", baileys_version="7.0.0-rc14")
    return DiagnosticsParts(database, data_paths, {company_id: status})


def _members(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name).decode("utf-8") for name in bundle.namelist()}


def test_export_has_every_expected_file(shop: DiagnosticsParts, tmp_path: Path):
    target = export_diagnostics(shop, tmp_path / "out" / "diagnostics.zip", checks=CHECKS)
    members = _members(target)
    company = "companies/company-1"
    assert set(members) == {
        "README.txt", "versions.json", "doctor.json", "database.json", "app_settings.json",
        f"{company}/company.json", f"{company}/state_history.json",
        f"{company}/bridge_status.json", f"{company}/last_24_hours.json",
        "logs/ai-admin.log", "logs/ai-admin.log.1"}
    for name, text in members.items():
        if name.endswith(".json"):
            json.loads(text)  # masking must never break a JSON file

    versions = json.loads(members["versions.json"])
    assert versions["app"].startswith("AI Admin")
    assert versions["node"] == "v20.11.1" and versions["baileys"] == "7.0.0-rc14"
    assert versions["python"] and versions["os"] and "pyside6" in versions

    doctor = json.loads(members["doctor.json"])
    assert doctor["ok"] is False
    assert doctor["checks"][1]["advice"] == "Install Node.js 20 or newer."

    history = json.loads(members[f"{company}/state_history.json"])
    assert history[0]["code"] == 401 and history[0]["code_name"] == "logged_out"
    assert "unlinked" in history[0]["meaning"]

    status = json.loads(members[f"{company}/bridge_status.json"])
    assert status["state"] == "connected" and status["pid"] == 4242
    assert status["memory_mb"] == pytest.approx(83.0, abs=0.1)
    assert status["me"].endswith("4567:12@s.whatsapp.net")

    database = json.loads(members["database.json"])
    assert database["integrity_check"] == "ok"
    assert database["rows"]["messages"] == 3

    day = json.loads(members[f"{company}/last_24_hours.json"])
    assert sum(day["messages_in"]) == 3 and day["unanswered"] == 3

    logs = members["logs/ai-admin.log"]
    assert "Traceback (most recent call last)" in logs
    assert "linked" in members["logs/ai-admin.log"] and "stored" in members["logs/ai-admin.log.1"]


def test_export_leaks_no_phone_number_and_no_key(shop: DiagnosticsParts, tmp_path: Path):
    members = _members(export_diagnostics(shop, tmp_path / "diagnostics.zip", checks=CHECKS))
    everything = "\n".join(members.values())
    for secret in (SETTINGS_KEY, FILE_KEY, PASSWORD, "s3cretpass", "tok-abcdefgh12345",
                   "cal-TOKEN-1234567890"):
        for name, text in members.items():
            assert secret not in text, f"{secret} leaked in {name}"
    for phone in (*PHONES, SHOP_PHONE):
        national = _digits(phone)[-9:]
        for name, text in members.items():
            assert _digits(phone) not in text and phone not in text, f"{phone} in {name}"
            assert national not in _digits_runs(text), f"{phone} in {name}"
    assert "+44 7700 900123" not in everything
    # Nothing that looks like a whole phone number is left anywhere.
    assert not re.search(r"(?<![\w*])\d{7,}", everything)
    # What was removed is marked, and the last four digits still help to tell customers apart.
    company = json.loads(members["companies/company-1/company.json"])
    assert company["settings"]["integrations"]["api_key"] == REMOVED
    assert company["settings"]["integrations"]["webhookToken"] == REMOVED
    assert company["settings"]["ai_provider"]["base_url"] == "http://192.168.1.20:11434/v1"
    assert company["profile"]["booking"]["calendar_token"] == REMOVED
    assert company["settings"]["integrations"]["owner_phone"].endswith("4567")
    assert json.loads(members["app_settings.json"])["mail"] == {"server": "smtp.example.com",
                                                                "password": REMOVED}
    assert "4567@s.whatsapp.net" in members["logs/ai-admin.log"]


def _digits_runs(text: str) -> list[str]:
    return re.findall(r"\d{7,}", text)


def test_export_without_checks_runs_the_doctor(shop: DiagnosticsParts, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch):
    ran = []

    def fake_checks(paths):
        ran.append(paths)
        return [CheckResult("data_folder", True, f"{paths.root} is writable")]

    monkeypatch.setattr("desktop.diagnostics.run_checks", fake_checks)
    members = _members(export_diagnostics(shop, tmp_path / "d.zip"))
    assert ran == [shop.paths]
    assert json.loads(members["doctor.json"])["checks"][0]["name"] == "data_folder"
    members = _members(export_diagnostics(shop, tmp_path / "d.zip", run_doctor=False))
    assert json.loads(members["doctor.json"])["checks"] == "not run"


def test_a_failed_export_leaves_no_half_written_zip(shop: DiagnosticsParts, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch):
    written = []

    def disk_fills_up(text, secrets=()):
        if len(written) == 3:
            raise OSError("disk full")
        written.append(text)
        return text

    monkeypatch.setattr("desktop.diagnostics.scrub_text", disk_fills_up)
    out = tmp_path / "out"
    (out / "diagnostics.zip").parent.mkdir()
    (out / "diagnostics.zip").write_text("the previous export")
    with pytest.raises(OSError):
        export_diagnostics(shop, out / "diagnostics.zip", checks=CHECKS)
    assert [p.name for p in out.iterdir()] == ["diagnostics.zip"]
    assert (out / "diagnostics.zip").read_text() == "the previous export"


@pytest.mark.parametrize("name", ["api_key", "apiKey", "OPENAI_API_KEY", "access-token",
                                  "password", "client_secret", "auth", "keys"])
def test_secret_setting_names_are_recognised(name: str):
    assert is_secret_name(name)


@pytest.mark.parametrize("name", ["ai_provider", "keyword", "monkey", "runtime_status", "model",
                                  "base_url", "phone"])
def test_ordinary_setting_names_are_kept(name: str):
    assert not is_secret_name(name)


def test_removed_values_are_also_scrubbed_from_free_text():
    found: set[str] = set()
    clean = remove_secrets({"nested": [{"token": "abc-very-secret-1"}], "name": "shop"}, found)
    assert clean == {"nested": [{"token": REMOVED}], "name": "shop"}
    assert scrub_text("sent abc-very-secret-1 to +972501234567", found) == \
        f"sent {REMOVED} to +********4567"
    assert scrub_text('"password": "p4ssw0rd!!"') == f'"password": "{REMOVED}"'
