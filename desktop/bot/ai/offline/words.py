"""The word libraries the offline assistant reads with: Russian word forms (pymorphy3), typos
(rapidfuzz), Russian typed in Latin letters (cyrtranslit) and relative dates (dateparser).

Each is loaded on first use and kept (`warm_up` loads them all before the first customer
writes), so none of them is on the window's start path.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any

_CYRILLIC = re.compile(r"[а-яё]")
_LATIN_WORD = re.compile(r"[a-z']+")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@functools.cache
def _morph() -> Any:
    import pymorphy3  # noqa: PLC0415 - a dictionary of a few MB: loaded when first needed

    return pymorphy3.MorphAnalyzer()


def warm_up() -> None:
    """Load every library now (the first answer would otherwise pay for it)."""
    _morph()
    similarity("a", "a")
    to_cyrillic("a")
    for said in ("in 3 days", "через неделю", "בעוד יומיים"):   # each language's data loads once
        relative_day(said, dt.date(2026, 1, 1))


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


@functools.lru_cache(maxsize=4096)
def lemma(word: str) -> str:
    """A Russian word's dictionary form ("стрижку" -> "стрижка"); other words as they are."""
    if not _CYRILLIC.search(word):
        return word
    return str(_morph().parse(word)[0].normal_form).replace("ё", "е")


def is_russian_word(word: str) -> bool:
    return bool(_morph().word_is_known(word))


def similarity(a: str, b: str) -> float:
    """0..100: how alike two words are ("hiarcut" and "haircut": 86)."""
    from rapidfuzz import fuzz  # noqa: PLC0415

    return float(fuzz.ratio(a, b))


def to_cyrillic(text: str) -> str:
    import cyrtranslit  # noqa: PLC0415

    return str(cyrtranslit.to_cyrillic(text, "ru"))


def russian_in_latin(text: str) -> str | None:
    """The Cyrillic reading of Russian typed in Latin letters ("zapishite na strizhku" ->
    "запишите на стрижку"), or None when the text is not that (English, or mostly unknown
    words once read as Russian)."""
    lowered = text.casefold()
    if _CYRILLIC.search(lowered) or not _LATIN_WORD.search(lowered):
        return None
    candidates = [w for w in _LATIN_WORD.findall(lowered) if len(w) >= 3]
    if not candidates:
        return None
    cyrillic = to_cyrillic(lowered)
    known = sum(is_russian_word(to_cyrillic(w).strip("'ь")) or is_russian_word(to_cyrillic(w))
                for w in candidates)
    return cyrillic if known * 2 > len(candidates) else None


_DATEPARSER_LANGUAGES = ["en", "ru", "he"]
_DATE_WORDS = re.compile(
    r"\b(?:in|after)\s+(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?)\b"
    r"|\bthis\s+week(?:end)?\b|\ba\s+week\b"
    r"|через\s+(?:\d+\s+|один\s+|два\s+|три\s+|четыре\s+|пять\s+|неделю|недел)\w*"
    r"|на\s+этой\s+неделе|בעוד\s+\S+(?:\s+\S+)?")


_NEXT_WEEK = re.compile(r"\bnext\s+week\b|на\s+следующей\s+неделе|(?:^|[\sבו])שבוע\s+הבא")


def relative_day(text: str, today: dt.date) -> dt.date | None:
    """A day said relative to today that the shop's own rules do not read ("in 3 days",
    "через неделю", "בעוד יומיים", "next week"), read by dateparser; None otherwise."""
    lowered = text.casefold()
    if _NEXT_WEEK.search(lowered):
        # "Next week" at a front desk means from its Monday on, not a week from today.
        return today + dt.timedelta(days=7 - today.weekday())
    match = _DATE_WORDS.search(lowered)
    if match is None:
        return None
    import dateparser  # noqa: PLC0415 - its language data load on first use

    base = dt.datetime.combine(today, dt.time(12))
    found = dateparser.parse(match[0], languages=_DATEPARSER_LANGUAGES, settings={
        "RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"})
    if found is None or found.date() <= today:
        return None
    return found.date()
