"""Scenario files for `ai-admin simulate`: JSON Lines, one step a line (contract in the docs).

Parsing checks everything before anything runs: a malformed step is a ScenarioError naming its
line number and what is wrong with it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Union

from desktop.bot.phones import InvalidPhoneNumber, normalise_phone

MEDIA_KINDS = ("image", "audio", "video", "sticker", "document", "location", "contact", "unknown")
FAULTS = {"kill_bridge": (), "disconnect": ("code",), "logout": (), "replaced": (), "banned": (),
          "send_timeout": ("count",), "send_error": ("count",), "send_refused": ("count", "code"),
          "redeliver": ("count",),
          "garbage": ()}
MAX_STEPS = 10_000


class ScenarioError(ValueError):
    """The scenario cannot run; the message names the line and the problem."""


@dataclass(frozen=True)
class Say:
    """A customer writes; several texts arrive as separate messages 300 ms apart."""

    line: int
    phone: str
    texts: tuple[str, ...]
    name: str | None = None
    history: bool = False        # older messages from the history sync on link: never answered
    undecryptable: bool = False  # each first arrives unreadable, then again (same id) as text


@dataclass(frozen=True)
class SendMedia:
    """A customer sends a voice note, a picture, a sticker..."""

    line: int
    phone: str
    media: str
    name: str | None = None


@dataclass(frozen=True)
class StaffReply:
    """Staff reply from the app."""

    line: int
    phone: str
    text: str


@dataclass(frozen=True)
class PhoneReply:
    """Staff type on the shop's own phone."""

    line: int
    phone: str
    text: str


@dataclass(frozen=True)
class SwitchAI:
    """The AI switch, for one customer's conversation or (no phone) the whole company."""

    line: int
    enabled: bool
    phone: str | None


@dataclass(frozen=True)
class Fault:
    """Something goes wrong on purpose."""

    line: int
    kind: str
    code: int | None = None
    count: int | None = None


@dataclass(frozen=True)
class Wait:
    line: int
    ms: int


@dataclass(frozen=True)
class TellLid:
    """WhatsApp tells the phone number behind the hidden-number (LID) chat of `phone`."""

    line: int
    phone: str


@dataclass(frozen=True)
class Advance:
    """The engine's clock moves forward: what fell due meanwhile (reminders) runs in time order."""

    line: int
    minutes: int


Step = Union[Say, SendMedia, StaffReply, PhoneReply, SwitchAI, Fault, Wait, TellLid, Advance]

# Which keys each kind of step may carry (the first is the one that names the kind).
SHAPES: dict[str, set[str]] = {
    "say": {"say", "from", "name", "history", "undecryptable"},
    "media": {"media", "from", "name"},
    "staff": {"staff", "to"},
    "phone": {"phone", "to"},
    "ai": {"ai", "for"},
    "fault": {"fault", "code", "count"},
    "wait_ms": {"wait_ms"},
    "lid_mapping": {"lid_mapping"},
    "advance_min": {"advance_min"},
}


def _phone(step: dict[str, Any], key: str, line: int) -> str:
    value = step.get(key)
    if not isinstance(value, str):
        raise ScenarioError(f"line {line}: '{key}' must be a phone number in quotes, "
                            f"like \"+972501234567\"")
    try:
        return normalise_phone(value)
    except InvalidPhoneNumber as exc:
        raise ScenarioError(f"line {line}: '{key}': {exc}") from None


def _text(value: Any, key: str, line: int) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ScenarioError(f"line {line}: '{key}' must be a non-empty text")
    return value


def _count(value: Any, key: str, line: int, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ScenarioError(f"line {line}: '{key}' must be a whole number from {low} to {high}")
    return value


def parse_step(step: Any, line: int) -> Step:
    """One parsed step, or ScenarioError."""
    if not isinstance(step, dict):
        raise ScenarioError(f"line {line}: a step must be a JSON object")
    kinds = [kind for kind in SHAPES if kind in step]
    if len(kinds) != 1:
        raise ScenarioError(f"line {line}: a step needs exactly one of "
                            f"{', '.join(SHAPES)} (found {', '.join(kinds) or 'none'})")
    kind = kinds[0]
    unknown = sorted(set(step) - SHAPES[kind])
    if unknown:
        raise ScenarioError(f"line {line}: unknown key '{unknown[0]}' in a '{kind}' step")
    name = step.get("name")
    if name is not None and (not isinstance(name, str) or len(name) > 200):
        raise ScenarioError(f"line {line}: 'name' must be a text of at most 200 characters")
    if kind == "say":
        texts = step["say"] if isinstance(step["say"], list) else [step["say"]]
        if not texts or not all(isinstance(t, str) for t in texts):
            raise ScenarioError(f"line {line}: 'say' must be a text or a list of texts")
        flags = {}
        for key in ("history", "undecryptable"):
            if key in step and not isinstance(step[key], bool):
                raise ScenarioError(f"line {line}: '{key}' must be true or false")
            flags[key] = bool(step.get(key, False))
        return Say(line, _phone(step, "from", line), tuple(texts), name, **flags)
    if kind == "media":
        if step["media"] not in MEDIA_KINDS:
            raise ScenarioError(f"line {line}: 'media' must be one of {', '.join(MEDIA_KINDS)}")
        return SendMedia(line, _phone(step, "from", line), step["media"], name)
    if kind == "staff":
        return StaffReply(line, _phone(step, "to", line), _text(step["staff"], "staff", line))
    if kind == "phone":
        return PhoneReply(line, _phone(step, "to", line), _text(step["phone"], "phone", line))
    if kind == "ai":
        if not isinstance(step["ai"], bool):
            raise ScenarioError(f"line {line}: 'ai' must be true or false")
        phone = _phone(step, "for", line) if "for" in step else None
        return SwitchAI(line, step["ai"], phone)
    if kind == "fault":
        fault = step["fault"]
        if fault not in FAULTS:
            raise ScenarioError(f"line {line}: unknown fault {fault!r}; known faults: "
                                f"{', '.join(FAULTS)}")
        for key in ("code", "count"):
            if key in step and key not in FAULTS[fault]:
                raise ScenarioError(f"line {line}: '{key}' does not apply to the '{fault}' fault")
        code = _count(step["code"], "code", line, 100, 999) if "code" in step else None
        count = _count(step["count"], "count", line, 1, 1000) if "count" in step else None
        return Fault(line, fault, code, count)
    if kind == "lid_mapping":
        return TellLid(line, _phone(step, "lid_mapping", line))
    if kind == "advance_min":
        return Advance(line, _count(step["advance_min"], "advance_min", line, 1, 366 * 24 * 60))
    return Wait(line, _count(step["wait_ms"], "wait_ms", line, 0, 600_000))


def parse_scenario(text: str) -> list[Step]:
    """Every step of a scenario; `#` lines and blank lines are ignored."""
    steps: list[Step] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = raw.strip()
        if not stripped or stripped.startswith("#"):
            continue
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise ScenarioError(f"line {number}: not valid JSON ({exc.msg} at column "
                                f"{exc.colno})") from None
        except (RecursionError, ValueError) as exc:  # nested too deeply; a 5,000-digit number
            raise ScenarioError(f"line {number}: not usable JSON "
                                f"({str(exc).splitlines()[0][:120] or 'nested too deeply'})") from None
        steps.append(parse_step(data, number))
        if len(steps) > MAX_STEPS:
            raise ScenarioError(f"line {number}: a scenario has at most {MAX_STEPS} steps")
    return steps


def load_scenario(path: Path) -> list[Step]:
    try:
        text = path.read_text(encoding="utf-8-sig")  # editors on Windows write a BOM
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read the scenario {path}: {exc}") from None
    return parse_scenario(text)
