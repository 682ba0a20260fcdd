"""Keeping customers' numbers and the shop's keys out of text that leaves the engine.

Logs, the hand-off reasons staff read, command-line output and the diagnostics zip all pass
through here:

- **Phone numbers** are masked to their last four digits, in every form people write them
  (`8 (916) 123-45-69`, `+1 (555) 300-0021`, `050-123-4567`, `555.300.0022`, plain digits).
  Finding them is `phonenumbers.PhoneNumberMatcher`'s job, run for the shops' own regions (a
  number written without its country code is read as the shop's country would read it), plus
  the forms WhatsApp itself uses (`972501234567@s.whatsapp.net`, hidden-number ids).
- **Pairing codes** (`Pairing code ABCD-EFGH`) are removed: in the minute one is valid it links
  any computer to the shop's WhatsApp.
- **Secrets** are removed: every key the key store has handed out or saved in this process (the
  system keyring's and the key file's), anything written like an API key (`sk-...`), bearer
  tokens and `password=...` pairs.

No Qt here; the engine layers use it too.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberMatcher

REMOVED = "[removed]"
MIN_SECRET_LENGTH = 6    # shorter "keys" would remove ordinary words
MIN_PHONE_DIGITS = 7     # "pid 4242", "12 ms" and short codes stay readable

# Only text with seven digits close together can hold a phone number: the matcher (pure Python,
# a tenth of a millisecond a line) runs only then.
_MAYBE_PHONE = re.compile(r"\d(?:[\s().\-]{0,3}\d){6}")
# What WhatsApp writes: bare digits with the country code (in JIDs) and hidden-number ids.
# These are not written forms the matcher knows, so one unbroken run of 7 to 15 digits is masked.
_DIGIT_RUN = re.compile(r"(?<![\w.+*])\+?\d{7,15}(?!\d)")
# WhatsApp addresses: the digits before `@s.whatsapp.net` or `@lid` are a number or a hidden-number
# id whatever their length (a device suffix `:12` may follow them).
_JID_USER = re.compile(r"(?<![\w*])(\d+)(?=(?::\d+)?@(?:s\.whatsapp\.net|lid|c\.us)\b)")
# Thorough mode (what leaves the PC): any group of 7 to 15 digits written with the separators
# people use (`050-123-4567`, `(050) 123 45 67`, `8 (916) 123-45-67`), whatever the country.
_WRITTEN_NUMBER = re.compile(r"(?<![\w.*+:/])\+?\(?\d(?:[ \t()\-]{0,3}\d){6,20}(?![\w:]|\.\d)")
_DOTTED_NUMBER = re.compile(r"(?<![\w.*])\d{3}\.\d{3}\.\d{4}(?![\w.])")  # 555.300.0022
_DATE_INSIDE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}")
# Matcher hits that are dates, not numbers (national formats of some countries look alike).
_DATE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# Addresses and version numbers are dotted digits too (a local AI server's 192.168.1.20).
_DOTTED = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3,}(?![\d.])")

# Secret-looking text anywhere: OpenAI-style keys, bearer tokens, "password=..." pairs.
SECRET_TEXT = re.compile(
    r"\b(?:sk|rk|pk)-[A-Za-z0-9_\-]{16,}"
    r"|(?i:bearer)\s+[A-Za-z0-9._~+/\-]{12,}=*"
    r"|(?i:(?:api[_\-]?key|access[_\-]?token|token|secret|password|passwd))"
    r"(\"?\s*[:=]\s*\"?)[^\s\"',;]{6,}")

_guard = threading.Lock()
_regions: tuple[str, ...] = ()
_secrets: frozenset[str] = frozenset()


# -- phone numbers ----------------------------------------------------------------------------

def add_phone_regions(regions: Iterable[str | None]) -> None:
    """Read numbers without a country code as these regions do too (each shop's country)."""
    global _regions
    with _guard:
        known = list(_regions)
        for region in regions:
            region = (region or "").upper()
            if region and region in phonenumbers.SUPPORTED_REGIONS and region not in known:
                known.append(region)
        _regions = tuple(known)


def forget_everything() -> None:
    """Forget the shops' regions and the remembered keys (tests; a switch of data folder)."""
    global _regions, _secrets
    with _guard:
        _regions, _secrets = (), frozenset()


def phone_regions() -> tuple[str, ...]:
    """The regions national numbers are read for, besides international (`+...`) ones."""
    return _regions


def mask_phone_numbers(text: str, regions: Iterable[str] | None = None, *,
                       thorough: bool = False) -> str:
    """Every phone number in `text` as stars and its last four digits.

    `regions` defaults to the shops' regions given to `add_phone_regions`; numbers with a `+`
    are found whatever the region. `thorough` (the diagnostics export) also masks numbers
    written in a country none of the shops is in (`050-123-4567` for a shop in Moscow): any
    7 to 15 digits in the groups people write, except dates and dotted addresses.
    """
    if not text:
        return text
    # WhatsApp's own forms first: most numbers in the log are those (E.164 in JIDs), and once
    # they are stars the slow matcher is needed only for the lines that still hold digits.
    text = _JID_USER.sub(lambda m: _stars(m.group(1)), text)
    if thorough and _MAYBE_PHONE.search(text):
        text = _WRITTEN_NUMBER.sub(_mask_written_any, text)
        text = _DOTTED_NUMBER.sub(lambda m: _stars(m.group(0)), text)
    text = _DIGIT_RUN.sub(lambda m: _stars(m.group(0)), text)
    if _MAYBE_PHONE.search(text):
        text = _mask_written_numbers(text, _regions if regions is None else tuple(regions))
    return text


def _mask_written_any(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if not MIN_PHONE_DIGITS <= digits <= 15 or _DATE_INSIDE.search(found) or _DOTTED.search(found):
        return found
    return _stars(found)


def _mask_written_numbers(text: str, regions: tuple[str, ...]) -> str:
    spans: list[tuple[int, int]] = []
    dotted = [m.span() for m in _DOTTED.finditer(text)]
    for region in (None, *regions):
        for match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
            raw = match.raw_string
            if sum(ch.isdigit() for ch in raw) < MIN_PHONE_DIGITS or _DATE.fullmatch(raw):
                continue
            if any(start < match.end and match.start < end for start, end in dotted):
                continue
            spans.append((match.start, match.end))
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, last = [], 0
    for start, end in merged:
        out += [text[last:start], _stars(text[start:end])]
        last = end
    out.append(text[last:])
    return "".join(out)


def _stars(found: str) -> str:
    digits = [ch for ch in found if ch.isdigit()]
    if len(digits) <= 4:
        return found
    plus = "+" if found.lstrip().startswith("+") else ""
    return f"{plus}{'*' * (len(digits) - 4)}{''.join(digits[-4:])}"


# -- pairing codes ----------------------------------------------------------------------------

# The 8-character code WhatsApp shows for linking by phone number ("ABCD-EFGH"): anyone holding
# it in the minute it is valid can link their own computer to the shop's WhatsApp.
_PAIRING_CODE = re.compile(
    r"((?i:pairing[ _-]?code|pairingCode)[\"']?\W{0,4})[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}(?![A-Za-z0-9])")


def remove_pairing_codes(text: str) -> str:
    """`text` with every pairing code after its name ("Pairing code ABCD-EFGH") removed."""
    return _PAIRING_CODE.sub(lambda m: m.group(1) + REMOVED, text)


# -- secrets ----------------------------------------------------------------------------------

def remember_secret(value: str | None) -> None:
    """A key this process holds (from the keyring or the key file): removed wherever it shows."""
    global _secrets
    if value and len(value) >= MIN_SECRET_LENGTH and value not in _secrets:
        with _guard:
            _secrets = _secrets | {value}


def known_secrets() -> frozenset[str]:
    return _secrets


def remove_secrets_from_text(text: str, secrets: Iterable[str] = ()) -> str:
    """`text` without the known keys, `secrets`, or anything written like a key or password."""
    if not text:
        return text
    wanted = {s for s in (*_secrets, *secrets) if s and len(s) >= MIN_SECRET_LENGTH}
    # Longest first, so a secret that contains another is removed whole.
    for secret in sorted(wanted, key=len, reverse=True):
        if secret in text:
            text = text.replace(secret, REMOVED)
    return SECRET_TEXT.sub(lambda m: f"{m.group(0)[:m.start(1) - m.start(0)]}{m.group(1)}{REMOVED}"
                           if m.group(1) else REMOVED, text)


def redact(text: str, *, secrets: Iterable[str] = (), mask_phones: bool = True,
           regions: Iterable[str] | None = None, thorough: bool = False) -> str:
    """Secrets and pairing codes removed and (unless `mask_phones` is False) phone numbers
    masked; `thorough` for text that leaves the PC (see `mask_phone_numbers`)."""
    text = remove_pairing_codes(remove_secrets_from_text(text, secrets))
    return mask_phone_numbers(text, regions, thorough=thorough) if mask_phones else text
