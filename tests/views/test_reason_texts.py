"""Every reason code the engine defines has a text in the window, with the same parameters."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

from desktop.reason import Reason, define, english_templates, parameters_of
from desktop.views import reason_texts


def _import_the_engine() -> None:
    # Codes are defined when their module is imported: import every module below the window.
    for package in ("desktop.store", "desktop.bridge", "desktop.bot"):
        module = importlib.import_module(package)
        for info in pkgutil.walk_packages(module.__path__, prefix=f"{package}."):
            if ".migrations" not in info.name:  # Alembic's scripts run only under Alembic
                importlib.import_module(info.name)


def test_every_reason_code_has_a_window_text_with_the_same_parameters() -> None:
    _import_the_engine()
    engine = {code: template for code, template in english_templates().items()
              if not code.startswith("test.")}
    window = reason_texts.known_codes()
    assert sorted(set(engine) - window) == [], "reason codes without a text in views/reason_texts.py"
    assert sorted(window - set(engine)) == [], "window texts for codes the engine no longer gives"
    wrong = [code for code in engine
             if parameters_of(reason_texts._templates()[code]) != parameters_of(engine[code])]
    assert wrong == [], "window texts that name other parameters than the engine's English"


def test_a_reason_is_its_code_and_parameters_and_english_comes_last() -> None:
    code = define("test.linked", "Linked as {me}.")
    reason = Reason(code, {"me": "+1 555"})
    assert reason.text == "Linked as +1 555."
    assert Reason.from_json(reason.as_json()) == reason
    assert hash(Reason.from_json(reason.as_json())) == hash(reason)
    with pytest.raises(ValueError, match="needs me"):
        Reason(code)
    with pytest.raises(ValueError, match="unknown reason code"):
        Reason("test.never_defined")
    with pytest.raises(ValueError, match="already defined"):
        define("test.linked", "Something else.")
    # A code the window does not know yet is shown in English rather than as nothing.
    assert reason_texts.reason_text(reason) == "Linked as +1 555."
    assert reason_texts.reason_text(None) == ""
