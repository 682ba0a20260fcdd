"""A failed action is shown in the window's language: by the reason the engine gave, else in a
plain translated sentence; the English detail of an error is never what staff read."""

from __future__ import annotations

import pytest

from desktop.bot.ai.booking import NOT_FOUND, BookingError
from desktop.bot.engine import EngineError
from desktop.reason import Reason
from desktop.views.asyncop import error_text
from desktop.views.reason_texts import reason_text


@pytest.fixture
def russian(qapp):
    from desktop.views.i18n import install_language

    assert install_language(qapp, "ru")
    yield
    install_language(qapp, "en")


def _refusal() -> BookingError:
    return BookingError(Reason(NOT_FOUND, {"appointment": 12}))


def test_an_error_with_a_reason_is_shown_by_its_code(russian) -> None:
    error = _refusal()
    assert error_text(error) == reason_text(error.reason)
    assert error_text(error) != error.reason.text  # Russian, not the English for the log


def test_an_error_without_a_reason_is_a_translated_sentence_not_its_english(russian) -> None:
    text = error_text(EngineError("conversation 7 belongs to a company that is not running"))
    assert "conversation 7" not in text
    assert text and text == error_text(RuntimeError("anything else"))
    assert any("а" <= ch <= "я" for ch in text.lower()), text
