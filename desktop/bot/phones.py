"""Phone numbers: everything the engine stores is E.164, checked with `phonenumbers`."""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

import phonenumbers

from desktop.reason import Reason, define

WHATSAPP_USER_DOMAIN = "s.whatsapp.net"


EMPTY = define("phone.empty", "the phone number is empty")
TOO_LONG = define("phone.too_long", "the phone number is too long")
NOT_A_NUMBER = define("phone.not_a_number", "\"{phone}\" is not a phone number")
IMPOSSIBLE = define("phone.impossible", "\"{phone}\" is not a possible phone number")
UNUSABLE = define("phone.unusable", "\"{phone}\" is not a phone number WhatsApp could use")


class InvalidPhoneNumber(ValueError):
    """Not a phone number WhatsApp could use; `reason` says what was wrong."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


def normalise_phone(raw: str, default_region: str | None = None) -> str:
    """Return `raw` as E.164 (`+972501234567`) or raise InvalidPhoneNumber.

    WhatsApp gives numbers with the country code but without `+`; people type them with spaces,
    dashes and brackets. Without a `+`, a number is read as international unless a default region
    is given.
    """
    text = (raw or "").strip()
    if not text:
        raise InvalidPhoneNumber(Reason(EMPTY))
    if len(text) > 40:
        raise InvalidPhoneNumber(Reason(TOO_LONG))
    if "@" in text:
        text = text.split("@", 1)[0].split(":", 1)[0]
    if not text.startswith("+") and default_region is None:
        text = "+" + text.lstrip("0")
    try:
        number = phonenumbers.parse(text, default_region)
    except phonenumbers.NumberParseException:
        raise InvalidPhoneNumber(Reason(NOT_A_NUMBER, {"phone": raw})) from None
    if not phonenumbers.is_possible_number(number):
        raise InvalidPhoneNumber(Reason(IMPOSSIBLE, {"phone": raw}))
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # Some impossible numbers (a trunk zero after the country code) change again when read back;
    # such a number would key two different customers, so it is refused instead.
    again = phonenumbers.format_number(phonenumbers.parse(e164, None),
                                       phonenumbers.PhoneNumberFormat.E164)
    if again != e164:
        raise InvalidPhoneNumber(Reason(UNUSABLE, {"phone": raw}))
    return e164


def jid_for_phone(e164: str) -> str:
    """The WhatsApp chat address of a phone number: `972501234567@s.whatsapp.net`."""
    return f"{e164.lstrip('+')}@{WHATSAPP_USER_DOMAIN}"


def shop_region(profile: dict | None) -> str | None:
    """The shop's country (`"RU"`), to read numbers written without a country code.

    From the shop's own phone number when it has one with its country code, else from its time
    zone (`Europe/Moscow` -> RU, from the time-zone database's country table).
    """
    profile = profile if isinstance(profile, dict) else {}
    phone = profile.get("phone")
    if isinstance(phone, str) and phone.strip().startswith("+"):
        try:
            country_code = phonenumbers.parse(phone, None).country_code
        except phonenumbers.NumberParseException:
            country_code = None
        # A parsed "+..." number always has its country code; None reads as "no region", like "ZZ".
        region = None if country_code is None else phonenumbers.region_code_for_country_code(country_code)
        if region and region not in ("001", "ZZ"):
            return region
    timezone = profile.get("timezone")
    return _zone_countries().get(timezone) if isinstance(timezone, str) else None


@functools.cache
def _zone_countries() -> dict[str, str]:
    """Time zone -> ISO country code, from `zone.tab` (the tzdata package or the system's)."""
    text = None
    try:
        text = importlib.resources.files("tzdata.zoneinfo").joinpath("zone.tab").read_text(
            encoding="utf-8")
    except (ModuleNotFoundError, OSError):
        for folder in ("/usr/share/zoneinfo", "/usr/lib/zoneinfo"):
            try:
                text = (Path(folder) / "zone.tab").read_text(encoding="utf-8")
                break
            except OSError:
                continue
    countries: dict[str, str] = {}
    for line in (text or "").splitlines():
        fields = line.split("\t")
        if len(fields) >= 3 and not line.startswith("#"):
            countries[fields[2]] = fields[0]
    return countries
