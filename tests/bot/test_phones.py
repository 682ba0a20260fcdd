"""Phone numbers are stored as E.164; anything else is a clear error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.bot.phones import InvalidPhoneNumber, jid_for_phone, normalise_phone


@pytest.mark.parametrize(("raw", "expected"), [
    ("+972501234567", "+972501234567"),
    ("972501234567", "+972501234567"),
    ("+7 (916) 123-45-67", "+79161234567"),
    ("972501234567@s.whatsapp.net", "+972501234567"),
    ("972501234567:12@s.whatsapp.net", "+972501234567"),
])
def test_numbers_become_e164(raw: str, expected: str) -> None:
    assert normalise_phone(raw) == expected


def test_local_number_with_a_region() -> None:
    assert normalise_phone("050-123-4567", "IL") == "+972501234567"


@pytest.mark.parametrize("raw", ["", "   ", "hello", "+1", "+99999999999999999999", "1" * 50,
                                 "שלום", "+0000000"])
def test_not_a_number_is_a_clear_error(raw: str) -> None:
    with pytest.raises(InvalidPhoneNumber):
        normalise_phone(raw)


def test_jid_of_a_phone() -> None:
    assert jid_for_phone("+972501234567") == "972501234567@s.whatsapp.net"


@given(st.text(max_size=60))
def test_only_the_documented_error_escapes(raw: str) -> None:
    try:
        result = normalise_phone(raw)
    except InvalidPhoneNumber:
        return
    assert result.startswith("+") and result[1:].isdigit()


def test_numbers_that_change_when_read_again_are_refused() -> None:
    # A trunk zero after the country code: possible by length, but not one stable number.
    with pytest.raises(InvalidPhoneNumber):
        normalise_phone("+4400201234567")
