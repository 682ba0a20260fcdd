"""Dates, times and numbers as the chosen language writes them (QLocale's default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def _locale() -> QLocale:
    return QLocale()


def time_text(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """"14:30" in the PC's (or the given) time zone."""
    local = moment.astimezone(zone)
    return _locale().toString(QTime(local.hour, local.minute), "HH:mm")


def date_text(day: dt.date | dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """A short date in the language's own form (21.11.2026, 11/21/26, 21.11.2026)."""
    if isinstance(day, dt.datetime):
        day = day.astimezone(zone).date()
    return _locale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def day_text(day: dt.date) -> str:
    """"Thursday 19.03" with the weekday in the chosen language."""
    locale = _locale()
    name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{name} {locale.toString(QDate(day.year, day.month, day.day), 'dd.MM')}"


def date_time_text(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    local = moment.astimezone(zone)
    return _locale().toString(QDateTime(QDate(local.year, local.month, local.day),
                                        QTime(local.hour, local.minute, local.second)),
                              QLocale.FormatType.ShortFormat)


def number_text(value: float | int) -> str:
    """A number with the language's separators."""
    if isinstance(value, int) or float(value).is_integer():
        return _locale().toString(int(value))
    return _locale().toString(float(value), "f", 2)
