"""Days and times in customers' words."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.bot.ai.offline.dates import DateTimeWordsError, find_day, find_time, find_when
from desktop.bot.ai.offline.language import detect_language

TODAY = dt.date(2026, 3, 18)  # a Wednesday


@pytest.mark.parametrize("text, day, time", [
    ("tomorrow at 10", "2026-03-19", "10:00"),
    ("on Friday 15:30", "2026-03-20", "15:30"),
    ("20.12 at 9", "2026-12-20", "09:00"),
    ("10.01", "2027-01-10", None),  # a passed date means next year
    ("20/03/2026 at 11am", "2026-03-20", "11:00"),
    ("March 21st 2pm", "2026-03-21", "14:00"),
    ("today at 4", "2026-03-18", "16:00"),  # 1-7 without am/pm: afternoon
    ("wednesday", "2026-03-18", None),  # a weekday means the next one, today included
    ("day after tomorrow at 10:30", "2026-03-20", "10:30"),
    ("завтра в 10", "2026-03-19", "10:00"),
    ("в пятницу", "2026-03-20", None),
    ("послезавтра в 3 часа дня", "2026-03-20", "15:00"),
    ("21 марта в 12", "2026-03-21", "12:00"),
    ("מחר ב-10", "2026-03-19", "10:00"),
    ("ביום שישי", "2026-03-20", None),
    ("מחרתיים בשעה 11:15", "2026-03-20", "11:15"),
    ("בשבת ב10", "2026-03-21", "10:00"),
    ("can I come at 10.30?", None, "10:30"),
    ("I need a haircut", None, None),
])
def test_days_and_times_in_three_languages(text, day, time) -> None:
    when = find_when(text, TODAY)
    assert (when.day.isoformat() if when.day else None) == day
    assert (f"{when.time:%H:%M}" if when.time else None) == time


def test_a_bare_number_is_an_hour_only_when_a_time_was_asked_for() -> None:
    assert find_time("10") is None
    assert find_time("10", bare_number=True) == dt.time(10)


@pytest.mark.parametrize("text", ["31.02", "at 25:00", "15:30 pm"])
def test_impossible_days_and_times_raise_the_documented_error(text) -> None:
    with pytest.raises(DateTimeWordsError):
        find_when(text, TODAY)


def test_hebrew_ordinals_are_not_weekdays() -> None:
    assert find_day("השני בתור", TODAY) is None


@pytest.mark.parametrize("text, language", [
    ("hello", "en"), ("привет", "ru"), ("שלום", "he"), ("10:00", None), ("ok שלום", "he")])
def test_language_comes_from_the_script(text, language) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize("text, time", [
    ("half past 4", "16:30"), ("a quarter past 11", "11:15"), ("quarter to six", "17:45"),
    ("ten to six", "17:50"), ("five thirty", "17:30"), ("at five", "17:00"),
    ("fiveish", "17:00"), ("like 5ish?", "17:00"), ("at twelve", "12:00"),
    ("полшестого", "17:30"), ("половина шестого", "17:30"), ("четверть шестого", "17:15"),
    ("без четверти шесть", "17:45"), ("без десяти 6", "17:50"), ("в пять вечера", "17:00"),
    ("к пяти", "17:00"), ("в одиннадцать", "11:00"), ("в час", "13:00"),
    ("ברבע לשש", "17:45"), ("בחמש וחצי", "17:30"), ("בחמש", "17:00"), ("שש ורבע", "18:15"),
    ("עשרים לשש", "17:40"), ("בשעה שלוש", "15:00"),
])
def test_spoken_times(text, time) -> None:
    found = find_time(text)
    assert found is not None and f"{found:%H:%M}" == time


@pytest.mark.parametrize("text", [
    "one more question", "в пятницу", "two of us", "אחת השאלות", "שתי שאלות", "пять минут"])
def test_number_words_that_are_not_times(text) -> None:
    assert find_time(text) is None
