"""Logging: company ids on every record, phone numbers masked everywhere, a live buffer."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.logs import LOG_FILE, company_logger, mask_phone_numbers, setup_logging


@pytest.mark.parametrize(("text", "expected"), [
    ("from +972501234567", "from +********4567"),
    ("jid 972501234567@s.whatsapp.net", "jid ********4567@s.whatsapp.net"),
    ("call +7 916 123-45-67 now", "call +*******4567 now"),
    ("lid 123456789012345@lid", "lid ***********2345@lid"),
])
def test_phone_numbers_keep_only_their_last_four_digits(text: str, expected: str) -> None:
    assert mask_phone_numbers(text) == expected


@pytest.mark.parametrize("text", [
    "booked 2026-11-21 at 10:00", "pid 4242", "message 3EB0C767D26A1D8B", "run completed in 12 ms",
    "שלום, מחר ב-10", "Привет, завтра в 10",
])
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert mask_phone_numbers(text) == text


@given(st.from_regex(r"\+[1-9]\d{9,13}", fullmatch=True))
def test_no_e164_number_survives_masking(phone: str) -> None:
    masked = mask_phone_numbers(f"customer {phone} wrote")
    assert phone not in masked
    assert masked.endswith(f"{phone[-4:]} wrote")


@pytest.fixture
def configured(tmp_path):
    ring = setup_logging(tmp_path, console=False)
    yield ring, tmp_path / LOG_FILE
    setup_logging(None, console=False)


def test_records_carry_company_and_are_masked_in_file_and_buffer(configured) -> None:
    ring, log_file = configured
    company_logger("ai_admin.engine", 7).info("incoming from %s", "+972501234567")
    logging.getLogger("ai_admin.app").warning("no company here")
    for handler in logging.getLogger("ai_admin").handlers:
        handler.flush()
    text = log_file.read_text(encoding="utf-8")
    assert "[company 7] ai_admin.engine: incoming from +********4567" in text
    assert "[company -] ai_admin.app: no company here" in text
    assert "972501234567" not in text
    lines = ring.lines()
    assert [(line.company_id, line.message) for line in lines] == [
        ("7", "incoming from +********4567"), ("-", "no company here")]


def test_tracebacks_are_masked_too(configured) -> None:
    ring, log_file = configured
    try:
        raise ValueError("bad number +972501234567")
    except ValueError:
        logging.getLogger("ai_admin.engine").exception("failed")
    for handler in logging.getLogger("ai_admin").handlers:
        handler.flush()
    assert "972501234567" not in log_file.read_text(encoding="utf-8")
    assert "ValueError: bad number +********4567" in ring.lines()[-1].message


def test_live_listeners_hear_new_lines_and_a_broken_one_is_dropped(configured) -> None:
    ring, _ = configured
    heard = []

    def broken(_line):
        raise RuntimeError("viewer crashed")

    ring.add_listener(heard.append)
    ring.add_listener(broken)
    log = logging.getLogger("ai_admin.test")
    log.info("one")
    log.info("two")
    assert [line.message for line in heard] == ["one", "two"]
    assert heard[1].seq == heard[0].seq + 1
