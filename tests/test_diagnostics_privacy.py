"""The diagnostics export carries no phone number in any written form, no pairing code, and no
customer's name or words unless the technician asks for the conversation texts."""

from __future__ import annotations

import datetime as dt
import json
import re
import zipfile
from pathlib import Path

import pytest

from desktop.bridge.session import PAIRING_CODE
from desktop.diagnostics import NAME_REMOVED, TEXT_REMOVED, DiagnosticsParts, export_diagnostics
from desktop.doctor import CheckResult
from desktop.paths import DataPaths
from desktop.reason import Reason, stored
from desktop.redact import forget_everything, mask_phone_numbers, remove_pairing_codes
from desktop.store.db import Database
from desktop.store.models import Company, Conversation, Customer, Message, SessionEvent

# Written as people and WhatsApp write them; the shop is in Moscow, so the Israeli and British
# local forms are in no region the shop's numbers are read for.
NUMBERS = {
    "050-123-4567": "1234567",
    "(050) 123 45 67": "1234567",
    "+7 916 123-45-67": "9161234567",
    "8 (916) 765-43-21": "9167654321",
    "07700 900456": "7700900456",
    "972501239876@s.whatsapp.net": "972501239876",
    "972501239877:12@s.whatsapp.net": "972501239877",
    "123456789012345678@lid": "123456789012345678",
}
CUSTOMER = "Olga Petrova"
PUSH_NAME = "Оля Питер"
NOTE = "prefers the left chair, allergic to lavender"
ASKED = "Can I come on Friday after work? My husband will bring the kids"
ANSWERED = "Of course, Friday at 18:30 is free with Anna"
PAIRING = "K2L9-QW7E"


@pytest.fixture
def shop(database: Database, data_paths: DataPaths) -> DiagnosticsParts:
    forget_everything()  # regions other tests added must not help here
    now = dt.datetime.now(dt.UTC)
    with database.session() as session:
        company = Company(name="Salon Moscow", transport="sim",
                          profile={"name": "Salon Moscow", "timezone": "Europe/Moscow",
                                   "phone": "+7 495 111-22-33"})
        session.add(company)
        session.flush()
        customer = Customer(company_id=company.id, phone="+79161234567", name=CUSTOMER,
                            push_name=PUSH_NAME, notes=NOTE)
        session.add(customer)
        session.flush()
        chat = Conversation(company_id=company.id, customer_id=customer.id,
                            chat_jid="79161234567@s.whatsapp.net")
        session.add(chat)
        session.flush()
        for i, (text, direction, author) in enumerate(((ASKED, "in", "customer"),
                                                       (ANSWERED, "out", "bot"))):
            session.add(Message(company_id=company.id, conversation_id=chat.id, wa_id=f"W{i}",
                                direction=direction, author=author, text=text, created_at=now))
        session.add(SessionEvent(company_id=company.id, from_state="waiting_qr",
                                 to_state="waiting_pairing_code",
                                 reason=stored(Reason(PAIRING_CODE, {"code": PAIRING}))))
        company_id = company.id
    numbers = "; ".join(NUMBERS)
    (data_paths.logs_dir / "ai-admin.log").write_text(
        f"2026-12-07 09:00:00,000 INFO    [company {company_id}] ai_admin.bridge.session: "
        f"session waiting_qr -> waiting_pairing_code: Pairing code {PAIRING}.\n"
        f"2026-12-07 09:00:01,000 INFO    [company {company_id}] ai_admin.ai: "
        f"final answer: {ANSWERED}\n"
        f"2026-12-07 09:00:02,000 WARNING [company {company_id}] ai_admin.bridge.process: "
        f'bridge could not read a line we sent (bad_json: x): {{"cmd":"send","text":"{ASKED}",'
        f'"pushName":"{PUSH_NAME}"}}\n'
        f"2026-12-07 09:00:03,000 INFO    [company {company_id}] ai_admin.engine: "
        f"{CUSTOMER} wrote from {numbers}\n"
        f"2026-12-07 09:00:04,000 INFO    [company {company_id}] ai_admin.engine: "
        f"note kept: {NOTE}\n", encoding="utf-8")
    yield DiagnosticsParts(database, data_paths)
    forget_everything()


def _export(shop: DiagnosticsParts, target: Path, **options) -> dict[str, str]:
    path = export_diagnostics(shop, target, checks=[CheckResult("python", True, "3.11")],
                              **options)
    with zipfile.ZipFile(path) as bundle:
        return {name: bundle.read(name).decode("utf-8") for name in bundle.namelist()}


def _assert_no_numbers_or_codes(members: dict[str, str]) -> None:
    for name, text in members.items():
        digits = re.sub(r"\D", "", text)
        for written, bare in NUMBERS.items():
            assert written not in text, f"{written} in {name}"
            assert bare not in digits or name == "versions.json", f"{written} in {name}"
        assert PAIRING not in text and PAIRING.replace("-", "") not in text, name
        if name.endswith(".json"):
            json.loads(text)


def test_the_export_masks_every_number_and_drops_names_texts_and_codes(shop, tmp_path) -> None:
    members = _export(shop, tmp_path / "diagnostics.zip")
    _assert_no_numbers_or_codes(members)
    everything = "\n".join(members.values())
    for private in (CUSTOMER, PUSH_NAME, NOTE, ASKED, ANSWERED, "husband"):
        assert private not in everything, private
    log = members["logs/ai-admin.log"]
    assert "final answer: " + TEXT_REMOVED in log
    assert f"{NAME_REMOVED} wrote from" in log
    assert "****4567" in log  # the last four digits still tell customers apart
    assert "Pairing code [removed]" in log
    history = json.loads(members["companies/company-1/state_history.json"])
    assert history[0]["reason_code"]["params"]["code"] == "[removed]"
    assert "removed from the logs" in members["README.txt"]
    # The shop's own name is no customer's: it stays readable.
    assert json.loads(members["companies/company-1/company.json"])["name"] == "Salon Moscow"


def test_conversation_texts_go_in_only_when_asked_for(shop, tmp_path) -> None:
    members = _export(shop, tmp_path / "with-texts.zip", include_texts=True)
    _assert_no_numbers_or_codes(members)
    log = members["logs/ai-admin.log"]
    assert ANSWERED in log and CUSTOMER in log and NOTE in log
    assert "INCLUDED" in members["README.txt"]


@pytest.mark.parametrize("written", list(NUMBERS))
def test_thorough_masking_finds_numbers_of_any_country(written: str) -> None:
    masked = mask_phone_numbers(f"from {written} at 2026-12-07 10:30", regions=(),
                                thorough=True)
    assert NUMBERS[written] not in re.sub(r"\D", "", masked), masked
    assert masked.endswith(" at 2026-12-07 10:30")


@pytest.mark.parametrize("kept", ["192.168.1.20:11434", "version 1.20.1", "pid 4242",
                                  "2026-12-07T20:44:01", '"messages_in": [0, 0, 1, 0, 2]',
                                  "took 1234 ms"])
def test_thorough_masking_leaves_what_is_no_phone_number(kept: str) -> None:
    assert mask_phone_numbers(kept, regions=(), thorough=True) == kept


def test_pairing_codes_are_removed_wherever_they_are_named() -> None:
    assert remove_pairing_codes("Pairing code ABCD-EFGH.") == "Pairing code [removed]."
    assert remove_pairing_codes('{"pairingCode": "K2L9QW7E"}') == '{"pairingCode": "[removed]"}'
    assert remove_pairing_codes("pairing code expired") == "pairing code expired"
