"""The business profile (contract: JSON): who the shop is, when it is open, what it sells.

Loading validates everything and names the offending key by its path (`services[1].price`);
unknown keys are errors, never silently ignored, because a typo would otherwise quietly drop an
owner's setting.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


class ProfileError(ValueError):
    """The profile is not valid; `path` names the key (e.g. `hours.mon[0]`)."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}" if path else problem)
        self.path = path
        self.problem = problem


@dataclass(frozen=True)
class Service:
    name: str
    duration_min: int
    price: float
    currency: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class FaqEntry:
    q: str
    a: str


@dataclass(frozen=True)
class BookingRules:
    slot_step_min: int = 15
    min_notice_min: int = 60
    max_days_ahead: int = 30


@dataclass(frozen=True)
class BusinessProfile:
    """A validated profile; `hours[day]` is a list of (start, end) times, empty when closed."""

    name: str
    timezone: str
    address: str = ""
    phone: str = ""
    hours: dict[str, tuple[tuple[dt.time, dt.time], ...]] = field(default_factory=dict)
    services: tuple[Service, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    booking: BookingRules = BookingRules()

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON form (what export writes and import reads)."""
        return {
            "name": self.name, "timezone": self.timezone, "address": self.address,
            "phone": self.phone,
            "hours": {day: [[f"{a:%H:%M}", f"{b:%H:%M}"] for a, b in self.hours.get(day, ())]
                      for day in DAYS},
            "services": [{"name": s.name, "aliases": list(s.aliases),
                          "duration_min": s.duration_min, "price": s.price,
                          "currency": s.currency} for s in self.services],
            "faq": [{"q": f.q, "a": f.a} for f in self.faq],
            "booking": {"slot_step_min": self.booking.slot_step_min,
                        "min_notice_min": self.booking.min_notice_min,
                        "max_days_ahead": self.booking.max_days_ahead},
        }


def _only(data: Any, path: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ProfileError(path, "must be an object")
    for key in data:
        if key not in allowed:
            raise ProfileError(f"{path}.{key}" if path else str(key), "unknown key")
    for key in sorted(required):
        if key not in data:
            raise ProfileError(f"{path}.{key}" if path else key, "is required")
    return data


def _text(value: Any, path: str, *, required: bool = True, limit: int = 2000) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise ProfileError(path, "must be a non-empty text" if required else "must be a text")
    if len(value) > limit:
        raise ProfileError(path, f"is longer than {limit} characters")
    return value.strip()


def _whole(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ProfileError(path, f"must be a whole number from {low} to {high}")
    return value


def _time(value: Any, path: str) -> dt.time:
    if not isinstance(value, str) or not _TIME.match(value):
        raise ProfileError(path, "must be a time like \"09:30\"")
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


def _hours(data: Any) -> dict[str, tuple[tuple[dt.time, dt.time], ...]]:
    data = _only(data, "hours", set(DAYS), set())
    hours: dict[str, tuple[tuple[dt.time, dt.time], ...]] = {}
    for day in DAYS:
        ranges = data.get(day, [])
        if not isinstance(ranges, list):
            raise ProfileError(f"hours.{day}", "must be a list of [\"start\", \"end\"] pairs")
        parsed: list[tuple[dt.time, dt.time]] = []
        for n, pair in enumerate(ranges):
            path = f"hours.{day}[{n}]"
            if not isinstance(pair, list) or len(pair) != 2:
                raise ProfileError(path, "must be a pair [\"start\", \"end\"]")
            start, end = _time(pair[0], f"{path}[0]"), _time(pair[1], f"{path}[1]")
            if start >= end:
                raise ProfileError(path, "must end after it starts")
            if parsed and start < parsed[-1][1]:
                raise ProfileError(path, "overlaps the range before it (list ranges in order)")
            parsed.append((start, end))
        hours[day] = tuple(parsed)
    return hours


def _service(data: Any, path: str) -> Service:
    data = _only(data, path, {"name", "aliases", "duration_min", "price", "currency"},
                 {"name", "duration_min", "price", "currency"})
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list):
        raise ProfileError(f"{path}.aliases", "must be a list of texts")
    price = data["price"]
    if isinstance(price, bool) or not isinstance(price, (int, float)) or not 0 <= price <= 1e9:
        raise ProfileError(f"{path}.price", "must be a number, 0 or more")
    currency = data["currency"]
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        raise ProfileError(f"{path}.currency", "must be a 3-letter currency code like \"USD\"")
    return Service(_text(data["name"], f"{path}.name", limit=200),
                   _whole(data["duration_min"], f"{path}.duration_min", 5, 24 * 60),
                   price, currency,
                   tuple(_text(a, f"{path}.aliases[{n}]", limit=200)
                         for n, a in enumerate(aliases)))


def parse_profile(data: Any) -> BusinessProfile:
    """Validate a profile given as parsed JSON; raises ProfileError naming the key."""
    data = _only(data, "", {"name", "timezone", "address", "phone", "hours", "services", "faq",
                            "booking"}, {"name", "timezone"})
    timezone = _text(data["timezone"], "timezone", limit=100)
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ProfileError("timezone", f"{timezone!r} is not a time zone (like "
                                       "\"Europe/Moscow\" or \"Asia/Jerusalem\")") from None
    services = data.get("services", [])
    if not isinstance(services, list):
        raise ProfileError("services", "must be a list")
    parsed_services = tuple(_service(s, f"services[{n}]") for n, s in enumerate(services))
    names = [s.name.casefold() for s in parsed_services]
    if len(set(names)) != len(names):
        raise ProfileError("services", "two services have the same name")
    faq = data.get("faq", [])
    if not isinstance(faq, list):
        raise ProfileError("faq", "must be a list")
    entries = []
    for n, entry in enumerate(faq):
        entry = _only(entry, f"faq[{n}]", {"q", "a"}, {"q", "a"})
        entries.append(FaqEntry(_text(entry["q"], f"faq[{n}].q"), _text(entry["a"], f"faq[{n}].a")))
    booking = _only(data.get("booking", {}), "booking",
                    {"slot_step_min", "min_notice_min", "max_days_ahead"}, set())
    rules = BookingRules(
        _whole(booking.get("slot_step_min", 15), "booking.slot_step_min", 5, 240),
        _whole(booking.get("min_notice_min", 60), "booking.min_notice_min", 0, 7 * 24 * 60),
        _whole(booking.get("max_days_ahead", 30), "booking.max_days_ahead", 1, 365))
    return BusinessProfile(
        name=_text(data["name"], "name", limit=200), timezone=timezone,
        address=_text(data.get("address", ""), "address", required=False),
        phone=_text(data.get("phone", ""), "phone", required=False, limit=40),
        hours=_hours(data.get("hours", {})), services=parsed_services, faq=tuple(entries),
        booking=rules)


def load_profile(path: Path) -> BusinessProfile:
    """Read and validate a profile file; ProfileError says what is wrong and where."""
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))  # a BOM from Windows editors
    except OSError as exc:
        raise ProfileError("", f"cannot read {path}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError("", f"{path} is not valid JSON ({exc})") from None
    except (RecursionError, ValueError) as exc:  # nested too deeply; a 5,000-digit number
        reason = str(exc).splitlines()[0][:120] if str(exc) else "nested too deeply"
        raise ProfileError("", f"{path} is not usable JSON ({reason})") from None
    return parse_profile(data)
