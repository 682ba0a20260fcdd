"""Pieces of the Business page for the newer profile keys: date ranges (closed days, a staff
member's days off), reminders, quiet hours, the public holidays country and the currency."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QCollator, QCoreApplication, QLocale, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from desktop.bot.profile import MAX_REMINDER_MIN, BookingRules
from desktop.views.countries import country_names

_DATE = r"\d{4}-\d{1,2}-\d{1,2}"
# "2026-12-01 – 2026-12-03", "2026-12-01-2026-12-03", "2026-12-01..2026-12-03" or one day.
_DATE_RANGE = re.compile(rf"^\s*({_DATE})\s*(?:(?:[-–—]|\.\.)\s*({_DATE}))?\s*$")

# Codes an owner is most likely to pick, first in the list; the rest follow by name.
# The countries of the shops this app is made for, at the top of the holidays chooser.
LIKELY_COUNTRIES = ("RU", "IL", "US", "GB", "DE", "UA", "KZ", "BY", "GE", "AM")
COMMON_CURRENCIES = ("USD", "EUR", "GBP", "ILS", "RUB", "UAH", "KZT", "BYN", "GEL", "AMD", "TRY",
                     "AED", "CAD", "AUD", "CHF", "PLN")


def parse_date_ranges(text: str) -> list[list[str]] | str:
    """ "2026-11-27, 2026-12-01 – 2026-12-03" -> [["2026-11-27","2026-11-27"],
    ["2026-12-01","2026-12-03"]]; a problem as text. A range ending before it starts is left to
    the profile's own check, which names the range."""
    ranges: list[list[str]] = []
    for part in (p.strip() for p in re.split(r"[,;\n]", text)):
        if not part:
            continue
        match = _DATE_RANGE.match(part)
        try:
            if not match:
                raise ValueError(part)
            first, last = (dt.date(*map(int, d.split("-"))) for d in
                           (match[1], match[2] or match[1]))
        except ValueError:
            return QCoreApplication.translate("ProfileEditorPage", "“%1” is not a date like 2026-12-31 or a range like "
                              "2026-12-01 – 2026-12-03").replace("%1", part)
        ranges.append([first.isoformat(), last.isoformat()])
    return ranges


def format_date_ranges(ranges: list[list[str]]) -> str:
    return ", ".join(first if first == last else f"{first} – {last}" for first, last in ranges)


def reminder_text(minutes: int) -> str:
    if minutes % 60 == 0:
        return QCoreApplication.translate("ProfileEditorPage", "%1 h before").replace("%1", str(minutes // 60))
    return QCoreApplication.translate("ProfileEditorPage", "%1 min before").replace("%1", str(minutes))


class RemindersEditor(QWidget):
    """The list of reminders, each so many minutes or hours before the visit; empty: none."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setMaximumHeight(64)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.empty = QLabel(self.tr("No reminders"), objectName="muted")
        self.amount = QSpinBox()
        self.amount.setRange(1, MAX_REMINDER_MIN)
        self.amount.setValue(24)
        self.unit = QComboBox()
        self.unit.addItem(self.tr("hours before"), 60)
        self.unit.addItem(self.tr("minutes before"), 1)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        # The list with Remove beside it; under them, a new one's amount and unit with Add.
        layout.addWidget(self.list, 0, 0, 1, 2)
        layout.addWidget(self.empty, 1, 0, 1, 2)
        layout.addWidget(self.remove_button, 0, 2, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.amount, 2, 0)
        layout.addWidget(self.unit, 2, 1)
        layout.addWidget(self.add_button, 2, 2)
        layout.setColumnStretch(1, 1)
        self._show_empty()

    def minutes(self) -> list[int]:
        return [self.list.item(n).data(Qt.ItemDataRole.UserRole) for n in range(self.list.count())]

    def set_minutes(self, minutes: list[int]) -> None:
        self.list.clear()
        # The day-before reminder first, as they go out.
        for value in sorted(dict.fromkeys(minutes), reverse=True):
            item = QListWidgetItem(reminder_text(value))
            item.setData(Qt.ItemDataRole.UserRole, value)
            self.list.addItem(item)
        self._show_empty()

    def add_current(self) -> bool:
        """Add the reminder the spin box and unit say; False (and nothing added) when it is not
        from 5 minutes to 14 days before, or is there already."""
        value = self.amount.value() * self.unit.currentData()
        if not 5 <= value <= MAX_REMINDER_MIN or value in self.minutes():
            return False
        self.set_minutes([*self.minutes(), value])
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._show_empty()
        self.changed.emit()

    def _show_empty(self) -> None:
        self.list.setVisible(self.list.count() > 0)
        self.empty.setVisible(self.list.count() == 0)


class QuietHoursEditor(QWidget):
    """From and to times between which no automatic message goes out, or off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(self.tr("from"))
        self.start = QTimeEdit()
        self.end = QTimeEdit()
        for edit in (self.start, self.end):
            # A time reads left to right in Hebrew too: the format's parts are laid out in the
            # direction the edit has when it is given one (right to left, 21:00 showed as 00:21).
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            edit.setDisplayFormat("HH:mm")
        row.addWidget(self.enabled)
        row.addWidget(self.start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.end)
        row.addStretch(1)
        self.enabled.toggled.connect(self._enable)
        self._enable(False)

    def _enable(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    def value(self) -> list[str] | None:
        if not self.enabled.isChecked():
            return None
        return [self.start.time().toString("HH:mm"), self.end.time().toString("HH:mm")]

    def set_value(self, value: list[str] | None) -> None:
        self.enabled.setChecked(value is not None)
        start, end = value or ["21:00", "09:00"]
        self.start.setTime(QTime.fromString(start, "HH:mm"))
        self.end.setTime(QTime.fromString(end, "HH:mm"))


def default_quiet_hours() -> list[str] | None:
    quiet = BookingRules().quiet_hours
    return [f"{t:%H:%M}" for t in quiet] if quiet else None


def country_choices() -> list[tuple[str, str | None]]:
    """(shown name, code) for the public holidays chooser: none, the countries the window's
    language suggests, then every other country the `holidays` package knows, by name."""
    from desktop.bot.profile import supported_countries

    names = country_names()
    # The package also knows three-letter codes and aliases ("UK" for "GB"): one entry each.
    codes = {c for c in supported_countries() if len(c) == 2} - {"UK"}
    collator = QCollator(QLocale())
    first = [c for c in LIKELY_COUNTRIES if c in codes]
    rest = sorted(codes - set(first), key=lambda c: collator.sortKey(names.get(c, c)))
    none = QCoreApplication.translate("ProfileEditorPage", "None")
    return [(none, None), *((names.get(c, c), c) for c in (*first, *rest))]
