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

from desktop.reason import Reason, Value, define

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


# Why a profile is refused. `field` is the key's path ("hours.mon[0]", "services[1].price"): the
# window shows its own label for it where it has one.
NOT_A_PROFILE = define("profile.not_a_profile", "The profile must be a JSON object.")
NOT_AN_OBJECT = define("profile.not_an_object", "{field}: must be an object")
UNKNOWN_KEY = define("profile.unknown_key", "{field}: unknown key")
REQUIRED = define("profile.required", "{field}: is required")
NOT_A_TEXT = define("profile.not_a_text", "{field}: must be a text")
EMPTY_TEXT = define("profile.empty_text", "{field}: must be a non-empty text")
TOO_LONG = define("profile.too_long", "{field}: is longer than {limit} characters")
NOT_A_WHOLE_NUMBER = define("profile.not_a_whole_number",
                            "{field}: must be a whole number from {low} to {high}")
NOT_A_TIME = define("profile.not_a_time", "{field}: must be a time like \"09:30\"")
NOT_RANGES = define("profile.not_ranges", "{field}: must be a list of [\"start\", \"end\"] pairs")
NOT_A_PAIR = define("profile.not_a_pair", "{field}: must be a pair [\"start\", \"end\"]")
ENDS_BEFORE_START = define("profile.ends_before_start", "{field}: must end after it starts")
OVERLAPS = define("profile.overlaps",
                  "{field}: overlaps the range before it (list ranges in order)")
NOT_TEXTS = define("profile.not_texts", "{field}: must be a list of texts")
NOT_A_PRICE = define("profile.not_a_price", "{field}: must be a number, 0 or more")
NOT_A_CURRENCY = define("profile.not_a_currency",
                        "{field}: must be a 3-letter currency code like \"USD\"")
NOT_A_TIMEZONE = define("profile.not_a_timezone",
                        "{field}: \"{zone}\" is not a time zone (like \"Europe/Moscow\" or "
                        "\"Asia/Jerusalem\")")
NOT_A_LIST = define("profile.not_a_list", "{field}: must be a list")
NOT_REMINDERS = define("profile.not_reminders",
                       "{field}: must be a list of minutes before the visit, each from 5 to "
                       "{high}, none twice")
NOT_QUIET_HOURS = define("profile.not_quiet_hours",
                         "{field}: must be a pair of different times like [\"21:00\", \"09:00\"], "
                         "or null")
SAME_SERVICE_TWICE = define("profile.same_service_twice", "{field}: two services have the same name")
CANNOT_READ = define("profile.cannot_read", "cannot read {file}: {error}")
NOT_JSON = define("profile.not_json", "{file} is not valid JSON ({error})")
NOT_USABLE_JSON = define("profile.not_usable_json", "{file} is not usable JSON ({error})")


class ProfileError(ValueError):
    """The profile is not valid: `reason` says why, `path` names the key (e.g. `hours.mon[0]`,
    empty when the whole file is unusable)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason
        self.path = str(reason.params.get("field", ""))

    @property
    def problem(self) -> str:
        """The English without the key's path ("must end after it starts")."""
        text = self.reason.text
        return text.removeprefix(f"{self.path}: ") if self.path else text


def _refuse(code: str, path: str, **params: Value) -> ProfileError:
    return ProfileError(Reason(code, {"field": path, **params}))


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
    # Minutes before a visit at which a reminder goes out (empty: none). A salon reminds the day
    # before and two hours before; shipped scenarios never advance the clock far enough for one.
    reminders_min: tuple[int, ...] = (1440, 120)
    # Local times between which no automatic message goes out ("21:00", "09:00": overnight);
    # None: none. A reply to a customer who just wrote is never held.
    quiet_hours: tuple[dt.time, dt.time] | None = (dt.time(21, 0), dt.time(9, 0))


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
                        "max_days_ahead": self.booking.max_days_ahead,
                        "reminders_min": list(self.booking.reminders_min),
                        "quiet_hours": ([f"{t:%H:%M}" for t in self.booking.quiet_hours]
                                        if self.booking.quiet_hours else None)},
        }


def _only(data: Any, path: str, allowed: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(data, dict):
        if not path:
            raise ProfileError(Reason(NOT_A_PROFILE))
        raise _refuse(NOT_AN_OBJECT, path)
    for key in data:
        if key not in allowed:
            raise _refuse(UNKNOWN_KEY, f"{path}.{key}" if path else str(key))
    for key in sorted(required):
        if key not in data:
            raise _refuse(REQUIRED, f"{path}.{key}" if path else key)
    return data


def _text(value: Any, path: str, *, required: bool = True, limit: int = 2000) -> str:
    if not isinstance(value, str) or (required and not value.strip()):
        raise _refuse(EMPTY_TEXT if required else NOT_A_TEXT, path)
    if len(value) > limit:
        raise _refuse(TOO_LONG, path, limit=limit)
    return value.strip()


def _whole(value: Any, path: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _refuse(NOT_A_WHOLE_NUMBER, path, low=low, high=high)
    return value


def _time(value: Any, path: str) -> dt.time:
    if not isinstance(value, str) or not _TIME.match(value):
        raise _refuse(NOT_A_TIME, path)
    hours, minutes = value.split(":")
    return dt.time(int(hours), int(minutes))


def _hours(data: Any) -> dict[str, tuple[tuple[dt.time, dt.time], ...]]:
    data = _only(data, "hours", set(DAYS), set())
    hours: dict[str, tuple[tuple[dt.time, dt.time], ...]] = {}
    for day in DAYS:
        ranges = data.get(day, [])
        if not isinstance(ranges, list):
            raise _refuse(NOT_RANGES, f"hours.{day}")
        parsed: list[tuple[dt.time, dt.time]] = []
        for n, pair in enumerate(ranges):
            path = f"hours.{day}[{n}]"
            if not isinstance(pair, list) or len(pair) != 2:
                raise _refuse(NOT_A_PAIR, path)
            start, end = _time(pair[0], f"{path}[0]"), _time(pair[1], f"{path}[1]")
            if start >= end:
                raise _refuse(ENDS_BEFORE_START, path)
            if parsed and start < parsed[-1][1]:
                raise _refuse(OVERLAPS, path)
            parsed.append((start, end))
        hours[day] = tuple(parsed)
    return hours


MAX_REMINDER_MIN = 14 * 24 * 60


def _reminders(value: Any, path: str) -> tuple[int, ...]:
    # Largest first: the day-before reminder comes before the two-hours-before one.
    if (not isinstance(value, list) or len(value) > 10
            or any(isinstance(m, bool) or not isinstance(m, int)
                   or not 5 <= m <= MAX_REMINDER_MIN for m in value)
            or len(set(value)) != len(value)):
        raise _refuse(NOT_REMINDERS, path, high=MAX_REMINDER_MIN)
    return tuple(sorted(value, reverse=True))


def _quiet_hours(value: Any, path: str) -> tuple[dt.time, dt.time] | None:
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != 2:
        raise _refuse(NOT_QUIET_HOURS, path)
    start, end = _time(value[0], f"{path}[0]"), _time(value[1], f"{path}[1]")
    if start == end:
        raise _refuse(NOT_QUIET_HOURS, path)
    return start, end


def _service(data: Any, path: str) -> Service:
    data = _only(data, path, {"name", "aliases", "duration_min", "price", "currency"},
                 {"name", "duration_min", "price", "currency"})
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list):
        raise _refuse(NOT_TEXTS, f"{path}.aliases")
    price = data["price"]
    if isinstance(price, bool) or not isinstance(price, (int, float)) or not 0 <= price <= 1e9:
        raise _refuse(NOT_A_PRICE, f"{path}.price")
    currency = data["currency"]
    if not isinstance(currency, str) or not re.fullmatch(r"[A-Z]{3}", currency):
        raise _refuse(NOT_A_CURRENCY, f"{path}.currency")
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
        raise _refuse(NOT_A_TIMEZONE, "timezone", zone=timezone) from None
    services = data.get("services", [])
    if not isinstance(services, list):
        raise _refuse(NOT_A_LIST, "services")
    parsed_services = tuple(_service(s, f"services[{n}]") for n, s in enumerate(services))
    names = [s.name.casefold() for s in parsed_services]
    if len(set(names)) != len(names):
        raise _refuse(SAME_SERVICE_TWICE, "services")
    faq = data.get("faq", [])
    if not isinstance(faq, list):
        raise _refuse(NOT_A_LIST, "faq")
    entries = []
    for n, entry in enumerate(faq):
        entry = _only(entry, f"faq[{n}]", {"q", "a"}, {"q", "a"})
        entries.append(FaqEntry(_text(entry["q"], f"faq[{n}].q"), _text(entry["a"], f"faq[{n}].a")))
    booking = _only(data.get("booking", {}), "booking",
                    {"slot_step_min", "min_notice_min", "max_days_ahead", "reminders_min",
                     "quiet_hours"}, set())
    defaults = BookingRules()
    rules = BookingRules(
        _whole(booking.get("slot_step_min", 15), "booking.slot_step_min", 5, 240),
        _whole(booking.get("min_notice_min", 60), "booking.min_notice_min", 0, 7 * 24 * 60),
        _whole(booking.get("max_days_ahead", 30), "booking.max_days_ahead", 1, 365),
        _reminders(booking.get("reminders_min", list(defaults.reminders_min)),
                   "booking.reminders_min"),
        _quiet_hours(booking.get("quiet_hours", ["21:00", "09:00"]), "booking.quiet_hours"))
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
        raise ProfileError(Reason(CANNOT_READ, {"file": str(path),
                                                "error": str(exc.strerror or exc)})) from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProfileError(Reason(NOT_JSON, {"file": str(path), "error": str(exc)})) from None
    except (RecursionError, ValueError) as exc:  # nested too deeply; a 5,000-digit number
        reason = str(exc).splitlines()[0][:120] if str(exc) else "nested too deeply"
        raise ProfileError(Reason(NOT_USABLE_JSON, {"file": str(path), "error": reason})) from None
    return parse_profile(data)
