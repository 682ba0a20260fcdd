"""Dates, times, numbers, sizes and durations as the chosen language writes them (QLocale's
default, set by `install_language`).

File names and the log file keep their own fixed formats; these helpers are for people.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

# Unicode isolates: a run of left-to-right data (a phone number, a version) keeps its own order
# inside right-to-left text.
LRI, PDI = "\u2066", "\u2069"


def _locale() -> QLocale:
    return QLocale()


def _local(moment: dt.datetime, zone: dt.tzinfo | None) -> dt.datetime:
    return moment.astimezone(zone)


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qdatetime(local: dt.datetime) -> QDateTime:
    return QDateTime(_qdate(local), QTime(local.hour, local.minute, local.second))


def time_text(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """"14:30" in the PC's (or the given) time zone."""
    local = _local(moment, zone)
    return _locale().toString(QTime(local.hour, local.minute), "HH:mm")


def time_seconds_text(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """"14:30:05" in the PC's (or the given) time zone."""
    local = _local(moment, zone)
    return _locale().toString(QTime(local.hour, local.minute, local.second), "HH:mm:ss")


def date_text(day: dt.date | dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """A short date in the language's own form (11/21/26, 21.11.2026, 21.11.2026)."""
    if isinstance(day, dt.datetime):
        day = day.astimezone(zone).date()
    return _locale().toString(_qdate(day), QLocale.FormatType.ShortFormat)


def day_month_text(day: dt.date | dt.datetime, *, year: bool = False,
                   zone: dt.tzinfo | None = None) -> str:
    """"21 Nov", "21 нояб.", "21 נוב׳" (with the year when asked: "21 Nov 2026")."""
    if isinstance(day, dt.datetime):
        day = day.astimezone(zone).date()
    return _locale().toString(_qdate(day), "d MMM yyyy" if year else "d MMM")


def day_text(day: dt.date) -> str:
    """"Thursday 19.03" with the weekday in the chosen language."""
    locale = _locale()
    name = locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat)
    return f"{_capitalised(name)} {locale.toString(_qdate(day), 'dd.MM')}"


def full_day_text(day: dt.date) -> str:
    """"Saturday, November 21, 2026", "Суббота, 21 ноября 2026 г.", "יום שבת, 21 בנובמבר 2026"."""
    return _capitalised(_locale().toString(_qdate(day), QLocale.FormatType.LongFormat))


def weekday_name(day: dt.date) -> str:
    """"Monday", "Понедельник", "יום שני"."""
    return _capitalised(_locale().dayName(day.isoweekday(), QLocale.FormatType.LongFormat))


def date_time_text(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """A short date in the language's own form and a 24-hour time: "21.11.2026 14:30"."""
    local = _local(moment, zone)
    return f"{date_text(local.date())} {time_text(local, local.tzinfo)}"


def moment_text(moment: dt.datetime, zone: dt.tzinfo | None = None, *,
                seconds: bool = False) -> str:
    """"21 Nov 14:30" (with seconds when asked: "21 Nov 14:30:05")."""
    local = _local(moment, zone)
    return _locale().toString(_qdatetime(local), "d MMM HH:mm:ss" if seconds else "d MMM HH:mm")


def long_date_time_text(moment: dt.datetime, zone: dt.tzinfo | None = None) -> str:
    """"Saturday, November 21, 2026, 14:30" for tooltips."""
    local = _local(moment, zone)
    return f"{full_day_text(local.date())}, {time_text(local, local.tzinfo)}"


def number_text(value: float | int) -> str:
    """A number with the language's separators."""
    if isinstance(value, int) or float(value).is_integer():
        return _locale().toString(int(value))
    return _locale().toString(float(value), "f", 2)


def plural_text(translated: str, count: int) -> str:
    """A translated "%n visit(s)" text with English's "(s)" resolved: "1 visit", "3 visits".

    The translations pick their own forms by count (Russian has three); English has no
    translation file, so its text still says "(s)" and is finished here."""
    if "(s)" in translated:
        translated = translated.replace("(s)", "" if count == 1 else "s")
    return translated


def decimal_text(value: float, places: int = 1) -> str:
    """A number with a fixed count of decimals and the language's separators ("95,1")."""
    return _locale().toString(float(value), "f", places)


def size_text(size: int | None) -> str:
    """A size in bytes as "95.1 MB", "95,1 МБ"..."""
    if size is None:
        return "—"
    if size >= 2**30:
        unit, amount = QCoreApplication.translate("Formats", "%1 GB"), decimal_text(size / 2**30)
    elif size >= 2**20:
        unit, amount = QCoreApplication.translate("Formats", "%1 MB"), decimal_text(size / 2**20)
    else:
        unit, amount = QCoreApplication.translate("Formats", "%1 KB"), number_text(
            round(size / 2**10))
    return unit.replace("%1", amount)


def duration_text(seconds: float) -> str:
    """"2 d 3 h", "3 h 5 min", "5 min 2 s", "40 s" in the chosen language."""
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        text, first, second = QCoreApplication.translate("Formats", "%1 d %2 h"), days, hours
    elif hours:
        text, first, second = QCoreApplication.translate("Formats", "%1 h %2 min"), hours, minutes
    elif minutes:
        text, first, second = (QCoreApplication.translate("Formats", "%1 min %2 s"), minutes,
                               seconds)
    else:
        text, first, second = QCoreApplication.translate("Formats", "%1 s"), seconds, 0
    return text.replace("%1", str(first)).replace("%2", str(second))


def right_to_left() -> bool:
    """True when the window is laid out right to left (Hebrew)."""
    app = QGuiApplication.instance()
    return app is not None and app.layoutDirection() == Qt.LayoutDirection.RightToLeft


def keep_ltr(text: str) -> str:
    """Left-to-right data (a phone number, a version, a path) that keeps its order in a
    right-to-left window; unchanged in a left-to-right one."""
    return f"{LRI}{text}{PDI}" if text and right_to_left() else text


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
