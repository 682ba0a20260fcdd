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
SAME_STAFF_TWICE = define("profile.same_staff_twice",
                          "{field}: two staff members have the same name or alias")
NO_SUCH_SERVICE = define("profile.no_such_service", "{field}: \"{service}\" is not one of the services")
NOT_A_DATE = define("profile.not_a_date", "{field}: must be a date like \"2026-12-31\"")
NOT_A_COUNTRY = define("profile.not_a_country",
                       "{field}: \"{country}\" is not a country whose public holidays are known "
                       "(a 2-letter code like \"RU\", \"IL\", \"US\")")
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


Hours = dict[str, tuple[tuple[dt.time, dt.time], ...]]
DateRange = tuple[dt.date, dt.date]


@dataclass(frozen=True)
class StaffMember:
    """One person who takes customers: what they do and when (None: every service, the shop's
    hours); `off` lists inclusive date ranges they are away."""

    name: str
    aliases: tuple[str, ...] = ()
    services: tuple[str, ...] | None = None
    hours: Hours | None = None
    off: tuple[DateRange, ...] = ()

    def offers(self, service: str) -> bool:
        return self.services is None or service in self.services

    def is_off(self, day: dt.date) -> bool:
        return any(first <= day <= last for first, last in self.off)


@dataclass(frozen=True)
class BookingRules:
    slot_step_min: int = 15
    min_notice_min: int = 60
    max_days_ahead: int = 30
    # Minutes kept free between two visits of one staff member (cleaning up, a short rest).
    buffer_min: int = 0
    # The receptionist does not cancel or move a visit closer than this: a person does.
    change_notice_min: int = 0
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
    hours: Hours = field(default_factory=dict)
    services: tuple[Service, ...] = ()
    faq: tuple[FaqEntry, ...] = ()
    booking: BookingRules = BookingRules()
    currency: str | None = None               # the services' default currency
    staff: tuple[StaffMember, ...] = ()       # empty: one implicit member, every service
    closed: tuple[DateRange, ...] = ()        # inclusive date ranges the whole shop is shut
    holidays_country: str | None = None       # closed on that country's public holidays

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def to_json(self) -> dict[str, Any]:
        """The contract's JSON form (what export writes and import reads); the keys a profile
        did not set (staff, closed dates, holidays, currency) are left out, as they were."""
        data = {
            "name": self.name, "timezone": self.timezone, "address": self.address,
            "phone": self.phone,
            "hours": _hours_json(self.hours),
            "services": [{"name": s.name, "aliases": list(s.aliases),
                          "duration_min": s.duration_min, "price": s.price,
                          "currency": s.currency} for s in self.services],
            "faq": [{"q": f.q, "a": f.a} for f in self.faq],
            "booking": _booking_json(self.booking),
        }
        if self.currency is not None:
            data["currency"] = self.currency
        if self.staff:
            data["staff"] = [_staff_json(m) for m in self.staff]
        if self.closed:
            data["closed"] = _ranges_json(self.closed)
        if self.holidays_country is not None:
            data["holidays"] = {"country": self.holidays_country}
        return data


def _hours_json(hours: Hours) -> dict[str, list[list[str]]]:
    return {day: [[f"{a:%H:%M}", f"{b:%H:%M}"] for a, b in hours.get(day, ())] for day in DAYS}


def _ranges_json(ranges: tuple[DateRange, ...]) -> list[list[str]]:
    return [[a.isoformat(), b.isoformat()] for a, b in ranges]


def _staff_json(member: StaffMember) -> dict[str, Any]:
    data: dict[str, Any] = {"name": member.name, "aliases": list(member.aliases)}
    if member.services is not None:
        data["services"] = list(member.services)
    if member.hours is not None:
        # Only the days they work: a day missing from a member's hours is a day off.
        data["hours"] = {day: ranges for day, ranges in _hours_json(member.hours).items() if ranges}
    if member.off:
        data["off"] = _ranges_json(member.off)
    return data


def _booking_json(rules: BookingRules) -> dict[str, Any]:
    data: dict[str, Any] = {"slot_step_min": rules.slot_step_min,
                            "min_notice_min": rules.min_notice_min,
                            "max_days_ahead": rules.max_days_ahead,
                            "buffer_min": rules.buffer_min,
                            "change_notice_min": rules.change_notice_min,
                            "reminders_min": list(rules.reminders_min),
                            # None said out loud: left out, the default quiet hours would return.
                            "quiet_hours": ([f"{t:%H:%M}" for t in rules.quiet_hours]
                                            if rules.quiet_hours else None)}
    return data


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


def _hours(data: Any, where: str = "hours") -> Hours:
    data = _only(data, where, set(DAYS), set())
    hours: Hours = {}
    for day in DAYS:
        ranges = data.get(day, [])
        if not isinstance(ranges, list):
            raise _refuse(NOT_RANGES, f"{where}.{day}")
        parsed: list[tuple[dt.time, dt.time]] = []
        for n, pair in enumerate(ranges):
            path = f"{where}.{day}[{n}]"
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
    if not isinstance(value, list) or len(value) > 10:
        raise _refuse(NOT_REMINDERS, path, high=MAX_REMINDER_MIN)
    for n, minutes in enumerate(value):
        if (isinstance(minutes, bool) or not isinstance(minutes, int)
                or not 5 <= minutes <= MAX_REMINDER_MIN):
            raise _refuse(NOT_REMINDERS, f"{path}[{n}]", high=MAX_REMINDER_MIN)
    if len(set(value)) != len(value):
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


def _currency(value: Any, path: str) -> str:
    if not isinstance(value, str) or not re.fullmatch(r"[A-Z]{3}", value):
        raise _refuse(NOT_A_CURRENCY, path)
    return value


def _aliases(data: dict[str, Any], path: str) -> tuple[str, ...]:
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list):
        raise _refuse(NOT_TEXTS, f"{path}.aliases")
    return tuple(_text(a, f"{path}.aliases[{n}]", limit=200) for n, a in enumerate(aliases))


def _service(data: Any, path: str, default_currency: str | None) -> Service:
    # A service names its own currency, or takes the business's.
    required = {"name", "duration_min", "price"} | ({"currency"} if default_currency is None
                                                    else set())
    data = _only(data, path, {"name", "aliases", "duration_min", "price", "currency"}, required)
    price = data["price"]
    if isinstance(price, bool) or not isinstance(price, (int, float)) or not 0 <= price <= 1e9:
        raise _refuse(NOT_A_PRICE, f"{path}.price")
    currency = (_currency(data["currency"], f"{path}.currency") if "currency" in data
                else default_currency)
    assert currency is not None  # required above when there is no default
    return Service(_text(data["name"], f"{path}.name", limit=200),
                   _whole(data["duration_min"], f"{path}.duration_min", 5, 24 * 60),
                   price, currency, _aliases(data, path))


def _date(value: Any, path: str) -> dt.date:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise _refuse(NOT_A_DATE, path)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise _refuse(NOT_A_DATE, path) from None


def _date_ranges(data: Any, path: str) -> tuple[DateRange, ...]:
    """Inclusive [first, last] date ranges: a single day is ["2026-12-31", "2026-12-31"]."""
    if not isinstance(data, list):
        raise _refuse(NOT_RANGES, path)
    ranges = []
    for n, pair in enumerate(data):
        where = f"{path}[{n}]"
        if not isinstance(pair, list) or len(pair) != 2:
            raise _refuse(NOT_A_PAIR, where)
        first, last = _date(pair[0], f"{where}[0]"), _date(pair[1], f"{where}[1]")
        if last < first:
            raise _refuse(ENDS_BEFORE_START, where)
        ranges.append((first, last))
    return tuple(ranges)


def _staff(data: Any, services: tuple[Service, ...]) -> tuple[StaffMember, ...]:
    if not isinstance(data, list):
        raise _refuse(NOT_A_LIST, "staff")
    by_name = {s.name.casefold(): s.name for s in services}
    for s in services:
        for alias in s.aliases:
            by_name.setdefault(alias.casefold(), s.name)
    members: list[StaffMember] = []
    seen: set[str] = set()
    for n, entry in enumerate(data):
        path = f"staff[{n}]"
        entry = _only(entry, path, {"name", "aliases", "services", "hours", "off"}, {"name"})
        name = _text(entry["name"], f"{path}.name", limit=100)
        aliases = _aliases(entry, path)
        # A name or alias the customer says must lead to one person only.
        words = {w.casefold() for w in (name, *aliases)}
        if words & seen:
            raise _refuse(SAME_STAFF_TWICE, path)
        seen |= words
        offered: tuple[str, ...] | None = None
        if "services" in entry:
            if not isinstance(entry["services"], list):
                raise _refuse(NOT_TEXTS, f"{path}.services")
            names = []
            for k, service in enumerate(entry["services"]):
                where = f"{path}.services[{k}]"
                text = _text(service, where, limit=200)
                if text.casefold() not in by_name:
                    raise _refuse(NO_SUCH_SERVICE, where, service=text)
                names.append(by_name[text.casefold()])
            offered = tuple(dict.fromkeys(names))
        hours = _hours(entry["hours"], f"{path}.hours") if "hours" in entry else None
        off = _date_ranges(entry.get("off", []), f"{path}.off")
        members.append(StaffMember(name, aliases, offered, hours, off))
    return tuple(members)


def _holidays(data: Any) -> str:
    data = _only(data, "holidays", {"country"}, {"country"})
    country = data["country"]
    if not isinstance(country, str) or country.upper() not in supported_countries():
        raise _refuse(NOT_A_COUNTRY, "holidays.country", country=str(country))
    return country.upper()


def supported_countries() -> frozenset[str]:
    """The countries whose public holidays the `holidays` package knows (imported only when a
    profile names one: it is a large package)."""
    import holidays

    return frozenset(holidays.list_supported_countries())


def _booking(data: Any) -> BookingRules:
    booking = _only(data, "booking", {"slot_step_min", "min_notice_min", "max_days_ahead",
                                      "buffer_min", "change_notice_min", "reminders_min",
                                      "quiet_hours"}, set())
    defaults = BookingRules()
    quiet_default = [f"{t:%H:%M}" for t in defaults.quiet_hours] if defaults.quiet_hours else None
    return BookingRules(
        _whole(booking.get("slot_step_min", 15), "booking.slot_step_min", 5, 240),
        _whole(booking.get("min_notice_min", 60), "booking.min_notice_min", 0, 7 * 24 * 60),
        _whole(booking.get("max_days_ahead", 30), "booking.max_days_ahead", 1, 365),
        _whole(booking.get("buffer_min", 0), "booking.buffer_min", 0, 240),
        _whole(booking.get("change_notice_min", 0), "booking.change_notice_min", 0, 7 * 24 * 60),
        _reminders(booking.get("reminders_min", list(defaults.reminders_min)),
                   "booking.reminders_min"),
        # "21:00" to "09:00" runs over midnight, so the end may come before the start.
        _quiet_hours(booking.get("quiet_hours", quiet_default), "booking.quiet_hours"))


def parse_profile(data: Any) -> BusinessProfile:
    """Validate a profile given as parsed JSON; raises ProfileError naming the key."""
    data = _only(data, "", {"name", "timezone", "address", "phone", "hours", "services", "faq",
                            "booking", "currency", "staff", "closed", "holidays"},
                 {"name", "timezone"})
    currency = _currency(data["currency"], "currency") if "currency" in data else None
    timezone = _text(data["timezone"], "timezone", limit=100)
    try:
        zoneinfo.ZoneInfo(timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise _refuse(NOT_A_TIMEZONE, "timezone", zone=timezone) from None
    services = data.get("services", [])
    if not isinstance(services, list):
        raise _refuse(NOT_A_LIST, "services")
    parsed_services = tuple(_service(s, f"services[{n}]", currency)
                            for n, s in enumerate(services))
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
    rules = _booking(data.get("booking", {}))
    return BusinessProfile(
        name=_text(data["name"], "name", limit=200), timezone=timezone,
        address=_text(data.get("address", ""), "address", required=False),
        phone=_text(data.get("phone", ""), "phone", required=False, limit=40),
        hours=_hours(data.get("hours", {})), services=parsed_services, faq=tuple(entries),
        booking=rules, currency=currency, staff=_staff(data.get("staff", []), parsed_services),
        closed=_date_ranges(data.get("closed", []), "closed"),
        holidays_country=_holidays(data["holidays"]) if "holidays" in data else None)


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
