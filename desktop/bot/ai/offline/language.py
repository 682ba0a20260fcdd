"""Which language a customer writes in, from the letters they use."""

from __future__ import annotations

import re

import phonenumbers

from desktop.bot.profile import BusinessProfile

LANGUAGES = ("en", "ru", "he")
_HEBREW = re.compile(r"[\u0590-\u05FF]")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str | None:
    """"he" for Hebrew letters, "ru" for Cyrillic, "en" for Latin, None when there are no letters."""
    if _HEBREW.search(text):
        return "he"
    if _CYRILLIC.search(text):
        return "ru"
    if _LATIN.search(text):
        return "en"
    return None


def conversation_language(texts: list[str], default: str = "en") -> str:
    """The language of the latest customer text that has letters (a bare "10:00" has none)."""
    for text in reversed(texts):
        language = detect_language(text)
        if language:
            return language
    return default


# The language a shop's customers write in most, by the country of its phone number: what an
# emoji-only first message ("👍") is answered in.
_COUNTRY_LANGUAGE = {"IL": "he", "RU": "ru", "BY": "ru", "KZ": "ru", "KG": "ru"}


def shop_language(profile: BusinessProfile) -> str:
    try:
        number = phonenumbers.parse(profile.phone or "", None)
    except phonenumbers.NumberParseException:
        return "en"
    return _COUNTRY_LANGUAGE.get(phonenumbers.region_code_for_number(number) or "", "en")

