"""Why something happened, as a code with parameters; words come last.

The engine explains every state change, refusal and failure with a `Reason`: a stable code
("session.linked", "booking.slot_taken") and the few values that make it specific ("me",
"start"). English is built from it only for logs, the command line and tests (`Reason.text`); the
window looks the code up in its own table of translated texts (`desktop.views.reason_texts`), so
nothing ever parses an English sentence back.

Each module that gives reasons defines its codes here, beside their English, with `define`; one
test walks every defined code and fails when the window has no Russian or Hebrew text for it.
"""

from __future__ import annotations

import json
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Union

# A parameter is a value, or another reason (a sentence inside a sentence: "{why} Next try at
# {at}."), which each reader renders in its own language.
Value = Union[str, int, float, "Reason"]

# code -> English template (str.format with the reason's parameters), filled by `define`.
_ENGLISH: dict[str, str] = {}


def define(code: str, english: str) -> str:
    """Declare a reason code and its English template; returns the code, for a module constant.

    The template names its parameters in braces ("Linked as {me}."); defining one code twice with
    different English is a programming error.
    """
    known = _ENGLISH.get(code)
    if known is not None and known != english:
        raise ValueError(f"reason code {code!r} is already defined as {known!r}")
    _ENGLISH[code] = english
    return code


def english_templates() -> Mapping[str, str]:
    """Every defined code and its English template (for the translation test and the docs)."""
    return MappingProxyType(_ENGLISH)


def parameters_of(template: str) -> frozenset[str]:
    """The parameter names a template uses ("Linked as {me}." -> {"me"})."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


@dataclass(frozen=True, eq=True)
class Reason:
    """A code and its parameters; `text` is the English for logs and the command line."""

    code: str
    params: Mapping[str, Value] = field(default_factory=dict)

    def __post_init__(self) -> None:
        template = _ENGLISH.get(self.code)
        if template is None:
            raise ValueError(f"unknown reason code {self.code!r}: define it with desktop.reason.define")
        missing = parameters_of(template) - set(self.params)
        if missing:
            raise ValueError(f"reason {self.code!r} needs {', '.join(sorted(missing))}")
        # Read-only: nobody changes a reason once it is given.
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    @property
    def text(self) -> str:
        """The English sentence, for logs, the command line and tests."""
        return _ENGLISH[self.code].format(**{key: value.text if isinstance(value, Reason) else value
                                             for key, value in self.params.items()})

    def as_json(self) -> dict[str, object]:
        """What is stored and sent over the wire: {"code": ..., "params": {...}}."""
        return {"code": self.code, "params": {key: value.as_json() if isinstance(value, Reason)
                                              else value for key, value in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> Reason:
        """The reason stored by `as_json` (a code no longer defined raises ValueError)."""
        params = data.get("params") or {}
        if not isinstance(params, Mapping):
            raise ValueError("reason params must be an object")
        return cls(str(data["code"]), {str(k): cls.from_json(v) if isinstance(v, Mapping) else v
                                       for k, v in params.items()
                                       if isinstance(v, str | int | float | Mapping)})

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.params.items()))))

    def __str__(self) -> str:
        return self.text


def stored(reason: Reason | None) -> str:
    """A reason as a text column keeps it (its JSON); empty for no reason."""
    return "" if reason is None else json.dumps(reason.as_json(), ensure_ascii=False)


def from_stored(text: str | None) -> Reason | str:
    """What `stored` wrote, as the reason again.

    Rows written before reasons had codes hold an English sentence, and a row may hold a code this
    version no longer defines: those come back as the text they are, to be shown as written.
    """
    text = text or ""
    if not text.startswith("{"):
        return text
    try:
        data = json.loads(text)
        return Reason.from_json(data) if isinstance(data, Mapping) else text
    except (ValueError, KeyError):
        return text


def stored_english(text: str | None) -> str:
    """A stored reason in English (for the command line); an old row's text as it was written."""
    reason = from_stored(text)
    return reason if isinstance(reason, str) else reason.text
