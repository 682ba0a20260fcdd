"""Who works when: the shop's closed dates and public holidays, each staff member's hours and days off.

A profile without `staff` has one implicit staff member (`IMPLICIT`, stored as NULL) who does
every service in the shop's hours, so an old profile books exactly as before staff existed. A
member's own hours are always cut to the shop's: nobody takes a customer while the shop is shut.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from desktop.bot.profile import DAYS, BusinessProfile, StaffMember

# The one staff member of a profile without `staff`; its visits keep `appointments.staff` NULL.
IMPLICIT = StaffMember(name="")

Ranges = list[tuple[dt.time, dt.time]]


def stored_name(member: StaffMember) -> str | None:
    """The staff member as `appointments.staff` names them (NULL for the implicit one)."""
    return member.name or None


@dataclass(frozen=True)
class Closure:
    """Why the whole shop is shut on a day: a closed date of the profile, or a public holiday."""

    day: dt.date
    holiday: str | None = None       # the holiday's name when it is one (in the language asked)


def _cut(ranges: Ranges, within: Ranges) -> Ranges:
    """The parts of `ranges` inside `within` (both ordered, non-overlapping)."""
    cut = []
    for a, b in ranges:
        for c, d in within:
            start, end = max(a, c), min(b, d)
            if start < end:
                cut.append((start, end))
    return sorted(cut)


def holiday_language(supported: tuple[str, ...], language: str | None) -> str | None:
    """The `holidays` package's language for a customer's ("en", "ru", "he"): theirs when the
    country's names exist in it (English as en_US, else any English), else None: the package's
    default for the country (its own language). No language: English, as before languages."""
    if not language:
        return "en_US"
    if language in supported:
        return language
    return next((code for code in sorted(supported, key=lambda c: c != f"{language}_US")
                 if code.split("_")[0] == language), None)


class Workdays:
    """The working calendar of one shop, from its profile; holiday names in `language` (the
    customer's, "en", "ru", "he"; None: English, as logs have them) when the package has it."""

    def __init__(self, profile: BusinessProfile, language: str | None = None) -> None:
        self.profile = profile
        self.language = language

    @property
    def team(self) -> tuple[StaffMember, ...]:
        """Every staff member in the profile's order (the implicit one when none is listed)."""
        return self.profile.staff or (IMPLICIT,)

    @cached_property
    def _holidays(self) -> Any:
        # Imported only for a shop that names a country: the package is large.
        import holidays

        country = self.profile.holidays_country or ""
        names = holidays.country_holidays(country)
        # Asked for none, the package picks by the computer's locale: the country's own instead.
        language = holiday_language(names.supported_languages, self.language)
        return holidays.country_holidays(country, language=language or names.default_language)

    def closure(self, day: dt.date) -> Closure | None:
        """Why the shop is shut that day, or None when it follows its weekly hours."""
        if any(first <= day <= last for first, last in self.profile.closed):
            return Closure(day)
        if self.profile.holidays_country is not None:
            name = self._holidays.get(day)
            if name:
                return Closure(day, str(name))
        return None

    def shop_ranges(self, day: dt.date) -> Ranges:
        """The shop's opening ranges that day (empty when closed, by weekday or by date)."""
        if self.closure(day) is not None:
            return []
        return list(self.profile.hours.get(DAYS[day.weekday()], ()))

    def member_ranges(self, member: StaffMember, day: dt.date) -> Ranges:
        """When a staff member works that day, within the shop's hours (empty: not working)."""
        shop = self.shop_ranges(day)
        if member.is_off(day):
            return []
        if member.hours is None:
            return shop
        return _cut(list(member.hours.get(DAYS[day.weekday()], ())), shop)
