"""Days and times in customers' words (English, Russian, Hebrew), relative to the shop's "now".

`find_day` and `find_time` return None when the text names no day or time, and raise
`DateTimeWordsError` (and nothing else) when it names an impossible one, like "31.02" or "25:00".

Understood: today / tomorrow / the day after (сегодня, завтра, послезавтра; היום, מחר, מחרתיים);
weekdays (on Friday, в пятницу, ביום שישי, שבת) meaning the next such day, today included;
dates "20.12", "20/12", "20.12.2026", "20 December", "December 20", "20 декабря". Times "15:30",
"15.30" after a time word, "at 10", "в 10", "ב-10", "בשעה 10", "10am", "3 pm", "в 3 часа дня".
An hour from 1 to 7 with no am/pm is taken as afternoon: shops are not open at 3 at night.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.bot.ai.offline.words import relative_day


class DateTimeWordsError(ValueError):
    """The text names a day or time that does not exist (the message says which)."""


@dataclass(frozen=True)
class When:
    """A day and/or a time found in a text."""

    day: dt.date | None
    time: dt.time | None


_RELATIVE = [  # longest first: "послезавтра" contains "завтра", "מחרתיים" contains "מחר"
    (re.compile(r"\bday after tomorrow\b"), 2), (re.compile(r"послезавтра"), 2),
    (re.compile(r"מחרתיים"), 2), (re.compile(r"\btomorrow\b|\btmrw\b"), 1),
    (re.compile(r"завтра"), 1), (re.compile(r"(?:^|[\sו])מחר(?![א-ת])"), 1),
    (re.compile(r"\btoday\b|\btonight\b"), 0), (re.compile(r"сегодня"), 0),
    (re.compile(r"(?:^|[\sו])היום(?![א-ת])"), 0),
]
_WEEKDAYS = [
    (re.compile(r"\bmon(day)?\b"), 0), (re.compile(r"\btue(s|sday)?\b"), 1),
    (re.compile(r"\bwed(nesday)?\b"), 2), (re.compile(r"\bthu(r|rs|rsday)?\b"), 3),
    (re.compile(r"\bfri(day)?\b"), 4), (re.compile(r"\bsat(urday)?\b"), 5),
    (re.compile(r"\bsun(day)?\b"), 6),
    (re.compile(r"понедельник|\bпн\b"), 0), (re.compile(r"вторник|\bвт\b"), 1),
    (re.compile(r"сред[уае]|\bср\b"), 2), (re.compile(r"четверг|\bчт\b"), 3),
    (re.compile(r"пятниц|\bпт\b"), 4), (re.compile(r"суббот|\bсб\b"), 5),
    (re.compile(r"воскресень|\bвоскр\b|\bвс\b"), 6),
    # Hebrew weekday names double as ordinals ("שני" = second): only with "יום" before them.
    (re.compile(r"יום\s+ראשון"), 6), (re.compile(r"יום\s+שני"), 0),
    (re.compile(r"יום\s+שלישי"), 1), (re.compile(r"יום\s+רביעי"), 2),
    (re.compile(r"יום\s+חמישי"), 3), (re.compile(r"יום\s+שישי"), 4),
    (re.compile(r"(?:^|[\sבו])שבת(?![א-ת])"), 5),
]
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6, "июл": 7, "август": 8,
    "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
    "ינואר": 1, "פברואר": 2, "מרץ": 3, "אפריל": 4, "מאי": 5, "יוני": 6, "יולי": 7,
    "אוגוסט": 8, "ספטמבר": 9, "אוקטובר": 10, "נובמבר": 11, "דצמבר": 12,
}
_NUMERIC_DATE = re.compile(r"(?<![\d:])(\d{1,2})[./](\d{1,2})(?:[./](\d{2,4}))?(?![\d:])")
_DAY_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?ב?([a-zа-яё\u05d0-\u05ea]{3,})")
_MONTH_DAY = re.compile(r"\b([a-z]{3,})\s+(\d{1,2})(?:st|nd|rd|th)?\b")

_CLOCK = re.compile(r"(?<![\d.:/])([01]?\d|2[0-9]):([0-5]\d)(?![\d:])")
_AMPM = re.compile(r"(?<![\d:.])(\d{1,2})(?::([0-5]\d))?\s*(a\.?m\.?|p\.?m\.?)(?![a-z])")
# "at 10", "в 10", "к 10", "ב-10", "ב10", "בשעה 10", "around 10"; the hour may be followed by
# ":30" or ".30" (a clock time written after a time word).
_AT_HOUR = re.compile(
    r"(?:\bat|\baround|\bto|\bв|\bк|\bна|\bпосле|בשעה|(?<![א-ת])[בל]-?|אחרי)\s*"
    r"(\d{1,2})(?:[:.]([0-5]\d))?(?![\d./])"
    # "на 3 человек", "to 2 people", "на 5 минут" count something else than hours
    r"(?!\s*(?:человек|чел\b|минут|мин\b|people|persons?|min|minutes?|дн|days?|недел|weeks?|"
    r"лет|years?|אנשים|דקות|ימים|שנים))")
_EVENING = re.compile(r"вечера|дня|בערב|אחה\"צ|אחר הצהריים|в обед")


def _next_weekday(today: dt.date, weekday: int) -> dt.date:
    return today + dt.timedelta(days=(weekday - today.weekday()) % 7)


def _make_date(today: dt.date, day: int, month: int, year: int | None) -> dt.date:
    if year is not None and year < 100:
        year += 2000
    try:
        found = dt.date(year or today.year, month, day)
    except ValueError:
        raise DateTimeWordsError(f"{day:02d}.{month:02d} is not a date") from None
    if year is None and found < today:
        # "20.01" said in December means next January.
        try:
            found = dt.date(today.year + 1, month, day)
        except ValueError:
            raise DateTimeWordsError(f"{day:02d}.{month:02d} is not a date") from None
    return found


def _month_of(word: str) -> int | None:
    word = word.casefold()
    for stem, month in _MONTHS.items():
        if stem == "ма":
            if word in ("мая", "май"):
                return 5
            continue
        if word.startswith(stem):
            return month
    return None


def find_day(text: str, today: dt.date) -> dt.date | None:
    """The day the text names (relative to `today`, the shop's local date), or None."""
    lowered = text.casefold()
    for match in _numeric_dates(lowered):
        return _make_date(today, int(match[1]), int(match[2]),
                          int(match[3]) if match[3] else None)
    for match in _DAY_MONTH.finditer(lowered):
        month = _month_of(match[2])
        if month:
            return _make_date(today, int(match[1]), month, None)
    for match in _MONTH_DAY.finditer(lowered):
        month = _month_of(match[1])
        if month:
            return _make_date(today, int(match[2]), month, None)
    for pattern, offset in _RELATIVE:
        if pattern.search(lowered):
            return today + dt.timedelta(days=offset)
    of_month = _DAY_OF_MONTH.search(lowered)
    if of_month:
        return _day_of_month(today, int(next(g for g in of_month.groups() if g)))
    for pattern, weekday in _WEEKDAYS:
        found = pattern.search(lowered)
        if found:
            return _weekday_day(lowered, found, weekday, today)
    return relative_day(lowered, today)


def find_days(text: str, today: dt.date) -> list[dt.date]:
    """Every day the text names, in the order it names them ("not Tuesday, Thursday": both),
    for a move that names the old day and the new one."""
    lowered = text.casefold()
    found: list[tuple[int, int, dt.date]] = []

    def add(start: int, end: int, day: dt.date) -> None:
        if not any(a <= start < b or start <= a < end for a, b, _ in found):
            found.append((start, end, day))

    for match in _numeric_dates(lowered):
        add(match.start(), match.end(), _make_date(today, int(match[1]), int(match[2]),
                                                   int(match[3]) if match[3] else None))
    for match in _DAY_MONTH.finditer(lowered):
        if (month := _month_of(match[2])):
            add(match.start(), match.end(), _make_date(today, int(match[1]), month, None))
    for pattern, offset in _RELATIVE:
        for match in pattern.finditer(lowered):
            add(match.start(), match.end(), today + dt.timedelta(days=offset))
    for pattern, weekday in _WEEKDAYS:
        for match in pattern.finditer(lowered):
            add(match.start(), match.end(), _weekday_day(lowered, match, weekday, today))
    return [day for _, _, day in sorted(found)]


def _weekday_day(lowered: str, found: re.Match[str], weekday: int, today: dt.date) -> dt.date:
    """The coming such weekday; next week's for "next Wednesday" said on a Wednesday and for
    "в четверг на следующей неделе"."""
    day = _next_weekday(today, weekday)
    if (_NEXT_BEFORE.search(lowered[:found.start()]) and day == today) or (
            _NEXT_WEEK_WORDS.search(lowered) and day < _monday_after(today)):
        day += dt.timedelta(days=7)
    return day


# A day of the month without the month: "the 27th", "на 26е", "25-го", "25 числа", "ב20 לחודש".
_DAY_OF_MONTH = re.compile(
    r"(?<![\d:.])(\d{1,2})(?:st|nd|rd|th)\b|(?<![\d:.])(\d{1,2})-?(?:е|го|ое)\b"
    r"|(?<![\d:.])(\d{1,2})\s+числа|(?<![\d:.])(\d{1,2})\s+לחודש")
_NEXT_BEFORE = re.compile(r"\bnext\s+$|следующ\w*\s+$")
_NEXT_WEEK_WORDS = re.compile(r"на\s+следующей\s+неделе|\bnext\s+week\b|בשבוע\s+הבא|הבא(?![א-ת])")


def _monday_after(today: dt.date) -> dt.date:
    return today + dt.timedelta(days=7 - today.weekday())


def _day_of_month(today: dt.date, number: int) -> dt.date:
    """The coming day with that number: this month's, or next month's when it has passed."""
    year, month = today.year, today.month
    for _ in range(3):
        try:
            day = dt.date(year, month, number)
        except ValueError:
            day = None
        if day is not None and day >= today:
            return day
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    raise DateTimeWordsError(f"the {number}th is not a day of the month")


_TIME_WORD_BEFORE = re.compile(r"(?:\bat|\baround|\bв|\bк|בשעה|(?<![א-ת])ב-?)\s*$")


def _numeric_dates(lowered: str) -> list[re.Match[str]]:
    """"20.12" is a date, but "at 10.30" and "10.45" (no month 45) are times."""
    found = []
    for match in _NUMERIC_DATE.finditer(lowered):
        if match[3] is None and (int(match[2]) > 12 or (
                int(match[1]) <= 23 and _TIME_WORD_BEFORE.search(lowered[:match.start()]))):
            continue
        found.append(match)
    return found


def _without_dates(text: str) -> str:
    for match in reversed(_numeric_dates(text)):
        text = text[:match.start()] + " " + text[match.end():]
    text = _DAY_OF_MONTH.sub(" ", text)
    text = _DAY_MONTH.sub(lambda m: " " if _month_of(m[2]) else m[0], text)
    return _MONTH_DAY.sub(lambda m: " " if _month_of(m[1]) else m[0], text)


def _clock(hour: int, minute: int) -> dt.time:
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise DateTimeWordsError(f"{hour}:{minute:02d} is not a time of day")
    return dt.time(hour, minute)


# Hours said in words. Russian says "half of the sixth" (полшестого = 5:30) and "six without a
# quarter" (без четверти шесть = 5:45), so it needs the genitive ordinals and the dative forms.
_EN_HOURS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
             "eleven", "twelve"]
_RU_HOURS = [("час", "одн"), ("два", "двух"), ("три", "тр[её]х"), ("четыре", "четыр[её]х"),
             ("пять", "пяти"), ("шесть", "шести"), ("семь", "семи"), ("восемь", "восьми"),
             ("девять", "девяти"), ("десять", "десяти"), ("одиннадцать", "одиннадцати"),
             ("двенадцать", "двенадцати")]
_RU_DATIVE = ["часу", "двум", "тр[её]м", "четыр[её]м", "пяти", "шести", "семи", "восьми",
              "девяти", "десяти", "одиннадцати", "двенадцати"]
_RU_ORDINAL = ["первого", "второго", "третьего", "четв[её]ртого", "пятого", "шестого",
               "седьмого", "восьмого", "девятого", "десятого", "одиннадцатого", "двенадцатого"]
_HE_HOURS = ["אחת", "שתיים|שתים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע", "עשר",
             "אחת עשרה", "שתים עשרה|שתיים עשרה"]
_MINUTES_BEFORE = {"четверти": 15, "пятнадцати": 15, "пяти": 5, "десяти": 10, "двадцати": 20,
                   "quarter": 15, "five": 5, "ten": 10, "twenty": 20, "רבע": 15, "עשרים": 20,
                   "עשרה": 10, "חמישה": 5}


def _alternatives(words: list[str]) -> str:
    # The longest first, so "eleven" is not read as "one" nor "אחת עשרה" as "אחת".
    order = sorted(range(len(words)), key=lambda n: -len(words[n]))
    return "|".join(f"(?P<h{n + 1}>{words[n]})" for n in order)


def _hour_of(match: re.Match[str]) -> int | None:
    for name, value in match.groupdict().items():
        if value is not None and name.startswith("h"):
            return int(name[1:])
    if match.groupdict().get("digit"):
        return int(match["digit"])
    return None


_EN_HOUR = rf"(?:(?P<digit>\d{{1,2}})|{_alternatives(_EN_HOURS)})"
_RU_HOUR = rf"(?:(?P<digit>\d{{1,2}})|{_alternatives([c for c, _ in _RU_HOURS])})"
_RU_GENITIVE_HOUR = rf"(?:(?P<digit>\d{{1,2}})|{_alternatives(_RU_ORDINAL)})"
_HE_HOUR = rf"(?:(?P<digit>\d{{1,2}})|{_alternatives(_HE_HOURS)})"

# (pattern, the minute, whether the hour said is the next one): "half past four" is 4:30, but
# "полшестого" ("half of the sixth") and "quarter to six" are 5:30 and 5:45. A minute of None
# comes from the words before the hour ("ten to six", "без десяти шесть", "עשרים לשש").
_SPOKEN: list[tuple[re.Pattern[str], int | None, bool]] = [
    (re.compile(rf"\bhalf\s+past\s+{_EN_HOUR}\b"), 30, False),
    (re.compile(rf"\bquarter\s+past\s+{_EN_HOUR}\b"), 15, False),
    (re.compile(rf"\b(?:a\s+)?(?P<before>quarter|five|ten|twenty)\s+(?:to|till|before)\s+"
                rf"{_EN_HOUR}\b"), None, True),
    (re.compile(rf"\b{_EN_HOUR}[\s-]*thirty\b"), 30, False),
    (re.compile(rf"\b(?:пол|пол\s+|половин[аеуы]\s+){_RU_GENITIVE_HOUR}\b"), 30, True),
    (re.compile(rf"\bчетверть\s+{_RU_GENITIVE_HOUR}\b"), 15, True),
    (re.compile(rf"\bбез\s+(?P<before>четверти|пятнадцати|пяти|десяти|двадцати)\s+"
                rf"{_RU_HOUR}\b"), None, True),
    (re.compile(rf"(?:^|(?<=[\s,]))[בל]?(?P<before>רבע|עשרים|עשרה|חמישה)\s+ל-?{_HE_HOUR}"
                r"(?![א-ת])"), None, True),
    (re.compile(rf"(?:^|(?<=[\s,]))(?:בשעה\s+|[בל]-?)?{_HE_HOUR}\s+וחצי(?![א-ת])"), 30, False),
    (re.compile(rf"(?:^|(?<=[\s,]))(?:בשעה\s+|[בל]-?)?{_HE_HOUR}\s+ורבע(?![א-ת])"), 15, False),
    # An hour in words after a time word: "at five", "в пять", "к пяти", "בחמש", "בשעה שלוש".
    (re.compile(rf"\b(?:at|around|about|by|after)\s+(?:{_alternatives(_EN_HOURS)})\b"
                r"(?!\s+(?:people|of|min|hours?|days?|weeks?)\b)"), 0, False),
    (re.compile(rf"\b(?:{_alternatives(_EN_HOURS)})\s*(?:o'?clock|-?ish|pm|p\.m\.|am|a\.m\.)"),
     0, False),
    (re.compile(rf"\b(?:в|после|около|часов\s+в|часа\s+в)\s+"
                rf"(?:{_alternatives([c for c, _ in _RU_HOURS])})\b"
                r"(?!\s+(?:минут|дн|недел|человек))"), 0, False),
    (re.compile(rf"\b(?:к|до|после|около|с)\s+(?:{_alternatives(_RU_DATIVE)})\b"), 0, False),
    (re.compile(rf"(?:^|(?<=[\s,]))(?:בשעה\s+|לשעה\s+|[בל]-?|אחרי\s+)"
                rf"(?:{_alternatives(_HE_HOURS)})(?![א-ת])"), 0, False),
]
_MORNING = re.compile(r"\bmorning\b|\bam\b|a\.m\.|утра|утром|בבוקר")
_DOT_CLOCK = re.compile(r"(?<![\d.:/])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.:/])")
# "5ish", "3 oclock": the () is the minutes they do not say
_ISH = re.compile(r"(?<![\d:.])(\d{1,2})()\s*(?:-?ish|o'?clock)\b")


def _spoken_time(lowered: str) -> dt.time | None:
    """A time said in words: "half past four", "quarter to six", "полшестого", "без четверти
    шесть", "в пять вечера", "ברבע לשש", "בחמש וחצי"."""
    for pattern, minute, next_hour in _SPOKEN:
        match = pattern.search(lowered)
        if match is None:
            continue
        hour = _hour_of(match)
        if hour is None or not 1 <= hour <= 12:
            continue
        if minute is None:
            minute = 60 - _MINUTES_BEFORE[match["before"]]
        if next_hour:
            hour = hour - 1 or 12
        if (1 <= hour <= 7 and _MORNING.search(lowered) is None) or (
                hour < 12 and _EVENING.search(lowered)):
            hour += 12   # shops are not open at five in the morning
        return dt.time(hour % 24, minute)
    return None


def find_time(text: str, *, bare_number: bool = False) -> dt.time | None:
    """The time of day the text names, or None.

    With `bare_number`, a message that is only a number ("10") is an hour: the answer to
    "what time?".
    """
    lowered = _without_dates(text.casefold())
    match = _AMPM.search(lowered)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        if not 1 <= hour <= 12:
            raise DateTimeWordsError(f"{hour} {match[3]} is not a time of day")
        hour = hour % 12 + (12 if match[3].startswith("p") else 0)
        return _clock(hour, minute)
    match = _CLOCK.search(lowered)
    if match:
        return _clock(int(match[1]), int(match[2]))
    match = _DOT_CLOCK.search(lowered)
    if match:   # "12.30 works": what is left after the dates were taken out ("20.03") is a time
        return _clock(int(match[1]), int(match[2]))
    spoken = _spoken_time(lowered)
    if spoken is not None:
        return spoken
    match = _AT_HOUR.search(lowered) or _ISH.search(lowered)
    if match is None and bare_number:
        match = re.fullmatch(r"\s*(\d{1,2})(?:[:.]([0-5]\d))?\s*[?.!]*\s*", lowered)
    if match:
        hour, minute = int(match[1]), int(match[2] or 0)
        if hour > 23:
            raise DateTimeWordsError(f"{hour}:{minute:02d} is not a time of day")
        if 1 <= hour <= 7 or (hour < 12 and _EVENING.search(lowered)):
            hour += 12
        return _clock(hour, minute)
    return None


def find_when(text: str, today: dt.date, *, bare_number: bool = False) -> When:
    """Both the day and the time a text names (either may be None)."""
    return When(find_day(text, today), find_time(text, bare_number=bare_number))


_SAME_TIME = re.compile(r"\bsame time\b|в то же (?:самое )?время|в это же время|באותה שעה")
_SHIFT = re.compile(
    r"(?P<amount>half an hour|an hour|one hour|two hours|(?P<n>\d) hours?|полчаса|на час|"
    r"час|два часа|на (?P<ru>\d) час\w*|חצי שעה|שעה|שעתיים)\s*"
    r"(?P<way>later|earlier|позже|попозже|раньше|пораньше|אחר כך|מאוחר יותר|מוקדם יותר|"
    r"יותר מאוחר|יותר מוקדם)")
_SHIFT_MINUTES = {"half an hour": 30, "an hour": 60, "one hour": 60, "two hours": 120,
                  "полчаса": 30, "на час": 60, "час": 60, "два часа": 120, "חצי שעה": 30,
                  "שעה": 60, "שעתיים": 120}


def is_same_time(text: str) -> bool:
    """"The same time" (for a move to another day): "same time", "в то же время", "באותה שעה"."""
    return bool(_SAME_TIME.search(text.casefold()))


def find_shift(text: str) -> int | None:
    """Minutes a move shifts the visit by: "an hour later" +60, "на полчаса раньше" -30."""
    match = _SHIFT.search(text.casefold())
    if match is None:
        return None
    digits = match["n"] or match["ru"]
    minutes = int(digits) * 60 if digits else _SHIFT_MINUTES[match["amount"]]
    earlier = match["way"] in ("earlier", "раньше", "пораньше", "מוקדם יותר", "יותר מוקדם")
    return -minutes if earlier else minutes

