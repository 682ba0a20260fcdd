"""The business profile editor: who the shop is, when it is open (and the dates it is not), what
it sells, who works there (profile_staff.py), its FAQ, booking and reminder rules, and which AI
answers. Invalid input is marked at the field with the reason (in the window's
language, the field named by its label); nothing is saved until everything is valid; saving is a
command (`Operations.save_business`) after which the receptionist answers with the new details.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import re
import zoneinfo
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.ai.keys import ApiKeyStore, KeyLocation
from desktop.bot.ai.providers import (
    ProviderError,
    ProviderKind,
    ProviderSettings,
    load_provider_settings,
    test_provider,
)
from desktop.bot.profile import DAYS, BookingRules, ProfileError, load_profile, parse_profile
from desktop.bot.queries import TimeZoneShift, agenda, company_profile
from desktop.bot.runtime import ShopRuntime
from desktop.reason import Reason
from desktop.store.models import AppointmentStatus
from desktop.views.asyncop import error_text, run_action
from desktop.views.formats import keep_ltr, plural_text
from desktop.views.main_window_parts import card
from desktop.views.profile_parts import (
    COMMON_CURRENCIES,
    QuietHoursEditor,
    RemindersEditor,
    country_choices,
    default_quiet_hours,
    format_date_ranges,
    parse_date_ranges,
)
from desktop.views.profile_staff import StaffEditor
from desktop.views.reason_texts import reason_text

_RANGE = re.compile(r"^\s*(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})\s*$")
# From this page width the booking rules' two columns stand side by side.
WIDE_PAGE = 960
SERVICE_COLUMNS = ("name", "aliases", "duration_min", "price", "currency")


# The profile keys this form edits; every other key is kept as it was loaded.
EDITED_KEYS = frozenset({"name", "timezone", "address", "phone", "hours", "services", "faq",
                         "booking", "currency", "staff", "closed", "holidays"})
EDITED_BOOKING_KEYS = frozenset({"slot_step_min", "min_notice_min", "max_days_ahead",
                                 "buffer_min", "change_notice_min", "reminders_min",
                                 "quiet_hours"})
# The newer keys (staff, closed dates, holidays, the currency, buffer, change notice, reminders,
# quiet hours) are written only when the profile had them or the owner set them (collect): an
# old shop saved untouched stays exactly as it was.


class TimeZoneWords(QObject):
    """The words for what a new time zone does to booked visits (a QObject for its tr())."""

    def lines(self, shift: TimeZoneShift) -> list[str]:
        """"3 visits will show one hour earlier.", one line per difference (visits shown at the
        same time are not mentioned)."""
        lines = []
        for minutes, count in shift.shifts:
            if minutes == 0:
                continue
            if minutes < 0:
                text = self.tr("%n visit(s) will show %1 earlier.", "", count)
            else:
                text = self.tr("%n visit(s) will show %1 later.", "", count)
            lines.append(plural_text(text, count).replace("%1", self.amount(abs(minutes))))
        return lines

    def amount(self, minutes: int) -> str:
        """"one hour", "2 hours", "30 minutes", "5 hours 30 minutes"."""
        hours, rest = divmod(minutes, 60)
        parts = []
        if hours == 1:
            parts.append(self.tr("one hour"))
        elif hours:
            parts.append(plural_text(self.tr("%n hour(s)", "", hours), hours))
        if rest:
            parts.append(plural_text(self.tr("%n minute(s)", "", rest), rest))
        return " ".join(parts)


def zone_name(zone: str) -> str:
    """A time zone's name kept whole in a sentence: not broken at its slash, and in its own
    left-to-right order in a Hebrew one ("Africa/Johannesburg")."""
    return keep_ltr(zone.replace("/", "/\u2060"))


def time_zone_shift_lines(shift: TimeZoneShift) -> list[str]:
    """"3 visits will show one hour earlier.", in the window's language."""
    return TimeZoneWords().lines(shift)


def parse_day_ranges(text: str) -> list[list[str]] | str:
    """ "10:00-14:00, 15:00-20:00" -> [["10:00","14:00"],["15:00","20:00"]]; errors as text."""
    text = text.strip()
    if not text or text.casefold() in ("closed", "закрыто", "סגור", "-"):
        return []
    ranges = []
    for part in text.split(","):
        match = _RANGE.match(part)
        if not match:
            return QCoreApplication.translate(
                "ProfileEditorPage", "“%1” is not a time range like 10:00-14:00").replace(
                "%1", part.strip())
        start, end = (f"{int(t.split(':')[0]):02d}:{t.split(':')[1]}" for t in match.groups())
        ranges.append([start, end])
    return ranges


def format_day_ranges(ranges: list[list[str]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in ranges)


class ProfileEditorPage(QWidget):
    """Edits one company's business profile and AI provider."""

    saved = Signal(int)  # company id

    def __init__(self, runtime: ShopRuntime, keys: ApiKeyStore,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        # The window's style marks invalid line edits, combos, spin boxes and tables; this page
        # also marks a staff member's services list and the quiet hours, in the same colours.
        self.setStyleSheet('QListWidget[invalid="true"], QTimeEdit[invalid="true"] '
                           '{ border: 1px solid #d64545; background: #fff5f5; }')
        self._runtime = runtime
        self._keys = keys
        self._company_id: int | None = None
        self._kept: dict[str, Any] = {}
        self._kept_booking: dict[str, Any] = {}
        self._loaded: set[str] = set()           # top-level and "booking.x" keys the profile had
        self._fields: dict[str, QWidget] = {}
        self.day_names = dict(zip(DAYS, (self.tr("Monday"), self.tr("Tuesday"),
                                         self.tr("Wednesday"), self.tr("Thursday"),
                                         self.tr("Friday"), self.tr("Saturday"),
                                         self.tr("Sunday")), strict=True))

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)

        # -- the business --------------------------------------------------------------------------
        business, business_layout = card(self.tr("Business"))
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading)
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.timezone = QComboBox()
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones()))
        # The longest zone names would make the card (and the page) wider than a small screen.
        self.timezone.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.timezone.setMinimumContentsLength(16)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Time zone"), self.timezone)
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(["", *COMMON_CURRENCIES])
        self.currency.lineEdit().setPlaceholderText(self.tr("none: each service names its own"))
        form.addRow(self.tr("Currency"), self.currency)
        business_layout.addLayout(form)
        business_layout.addStretch(1)  # keep the title at the top when the hours card is taller
        self._fields.update(name=self.name, address=self.address, phone=self.phone,
                            timezone=self.timezone, currency=self.currency)

        hours, hours_layout = card(self.tr("Opening hours"))
        hint = QLabel(self.tr("Several ranges a day are separated by commas, e.g. "
                              "10:00-14:00, 15:00-20:00. Leave empty when closed."),
                      objectName="muted")
        hint.setWordWrap(True)
        hours_layout.addWidget(hint)
        grid = QGridLayout()
        self.hours: dict[str, QLineEdit] = {}
        for row, day in enumerate(DAYS):
            grid.addWidget(QLabel(self.day_names[day]), row, 0)
            field = QLineEdit()
            field.setPlaceholderText(self.tr("closed"))
            grid.addWidget(field, row, 1)
            self.hours[day] = field
            self._fields[f"hours.{day}"] = field
        self.closed = QLineEdit()
        self.closed.setPlaceholderText("2026-12-31, 2027-01-01 – 2027-01-07")
        self.closed.setToolTip(self.tr("Days the whole shop is shut: dates, or ranges with a dash, "
                                       "separated by commas."))
        self.holidays = QComboBox()
        # Some countries have long names: the list shows them whole, the field need not.
        self.holidays.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.holidays.setMinimumContentsLength(14)
        for text, code in country_choices():
            self.holidays.addItem(text, code)
        # Under the weekdays, in their columns: the days the week's hours do not hold.
        grid.addWidget(QLabel(self.tr("Closed on")), len(DAYS), 0)
        grid.addWidget(self.closed, len(DAYS), 1)
        grid.addWidget(QLabel(self.tr("Public holidays")), len(DAYS) + 1, 0)
        grid.addWidget(self.holidays, len(DAYS) + 1, 1)
        hours_layout.addLayout(grid)
        self._fields.update({"closed": self.closed, "holidays": self.holidays})

        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(business, 1)
        top.addWidget(hours, 1)
        outer.addLayout(top)

        # -- services and FAQ ----------------------------------------------------------------------
        services, services_layout = card(self.tr("Services"))
        self.services = QTableWidget(0, 5)
        self.services.setHorizontalHeaderLabels([
            self.tr("Service"), self.tr("Other names (comma separated)"),
            self.tr("Minutes"), self.tr("Price"), self.tr("Currency")])
        self._table_look(self.services, stretch=(0, 1))
        services_layout.addWidget(self.services)
        services_layout.addLayout(self._row_buttons(self.services, ["", "", "30", "0", "USD"]))
        self._fields["services"] = self.services
        outer.addWidget(services)

        staff, staff_layout = card(self.tr("Staff"))
        self.staff = StaffEditor(self.day_names, self._service_names, self._typed_hours,
                                 self._upcoming_visits)
        staff_layout.addWidget(self.staff)
        outer.addWidget(staff)

        faq, faq_layout = card(self.tr("Questions customers ask"))
        self.faq = QTableWidget(0, 2)
        self.faq.setHorizontalHeaderLabels([self.tr("Question"), self.tr("Answer")])
        self._table_look(self.faq, stretch=(0, 1))
        faq_layout.addWidget(self.faq)
        faq_layout.addLayout(self._row_buttons(self.faq, ["", ""]))
        self._fields["faq"] = self.faq
        outer.addWidget(faq)

        # -- booking rules and AI ------------------------------------------------------------------
        rules, rules_layout = card(self.tr("Booking rules"))
        rules_form = QFormLayout()
        self.slot_step = self._spin(5, 240, self.tr(" min"))
        self.min_notice = self._spin(0, 7 * 24 * 60, self.tr(" min"))
        self.max_days = self._spin(1, 365, self.tr(" days"))
        rules_form.addRow(self.tr("Slots every"), self.slot_step)
        rules_form.addRow(self.tr("Book at least"), self.min_notice)
        rules_form.addRow(self.tr("Book at most"), self.max_days)
        self.buffer = self._spin(0, 240, self.tr(" min"))
        self.change_notice = self._spin(0, 7 * 24 * 60, self.tr(" min"))
        self.change_notice.setToolTip(self.tr(
            "The receptionist does not move or cancel a visit closer than this: you do."))
        self.reminders = RemindersEditor()
        self.quiet_hours = QuietHoursEditor()
        self.quiet_hours.setToolTip(self.tr(
            "No reminder goes out in these hours; a reply to a customer who writes is never held."))
        rules_form.addRow(self.tr("Break between visits"), self.buffer)
        rules_form.addRow(self.tr("Changes at least"), self.change_notice)
        # Two columns: when visits can be booked, and what the customer is sent before one.
        messages_form = QFormLayout()
        messages_form.addRow(self.tr("Reminders"), self.reminders)
        messages_form.addRow(self.tr("Quiet hours"), self.quiet_hours)
        # Side by side on a wide page, one under the other on a small screen (resizeEvent).
        self.rules_columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.rules_columns.setSpacing(16)
        for column in (rules_form, messages_form):
            # Each column keeps its rows together at the top, however tall the other is; the
            # forms' own spacing, not the row's (they would take that between their rows too).
            column.setVerticalSpacing(6)
            holder = QVBoxLayout()
            holder.addLayout(column)
            holder.addStretch(1)
            self.rules_columns.addLayout(holder, 1)
        rules_layout.addLayout(self.rules_columns)
        # The form's own words for the keys a problem can be about.
        self._labels = {"name": self.tr("Name"), "address": self.tr("Address"),
                        "phone": self.tr("Phone"), "timezone": self.tr("Time zone"),
                        "hours": self.tr("Opening hours"), "services": self.tr("Services"),
                        "faq": self.tr("Questions customers ask"),
                        "booking": self.tr("Booking rules"),
                        "booking.slot_step_min": self.tr("Slots every"),
                        "booking.min_notice_min": self.tr("Book at least"),
                        "booking.max_days_ahead": self.tr("Book at most"),
                        "booking.buffer_min": self.tr("Break between visits"),
                        "booking.change_notice_min": self.tr("Changes at least"),
                        "booking.reminders_min": self.tr("Reminders"),
                        "booking.quiet_hours": self.tr("Quiet hours"),
                        "currency": self.tr("Currency"), "closed": self.tr("Closed on"),
                        "holidays": self.tr("Public holidays"),
                        "holidays.country": self.tr("Public holidays"),
                        "staff": self.tr("Staff"),
                        "ai_provider.base_url": self.tr("Server address"),
                        "ai_provider.model": self.tr("Model")}
        self._fields.update({"booking.slot_step_min": self.slot_step,
                             "booking.min_notice_min": self.min_notice,
                             "booking.max_days_ahead": self.max_days,
                             "booking.buffer_min": self.buffer,
                             "booking.change_notice_min": self.change_notice,
                             "booking.reminders_min": self.reminders.list,
                             "booking.quiet_hours": self.quiet_hours.start})

        ai, ai_layout = card(self.tr("Who answers"))
        ai_form = QFormLayout()
        self.provider = QComboBox()
        self.provider.addItem(self.tr("Built-in offline assistant (no key needed)"),
                              ProviderKind.OFFLINE.value)
        self.provider.addItem(self.tr("OpenAI"), ProviderKind.OPENAI.value)
        self.provider.addItem(self.tr("A local or other OpenAI-compatible server"),
                              ProviderKind.OPENAI_COMPATIBLE.value)
        self.base_url = QLineEdit()
        self.base_url.setPlaceholderText("http://127.0.0.1:11434/v1")
        self.model = QLineEdit()
        self.model.setPlaceholderText(self.tr("model name, e.g. llama3.1"))
        self.api_key = QLineEdit()
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setPlaceholderText(self.tr("leave empty to keep the stored key"))
        ai_form.addRow(self.tr("Provider"), self.provider)
        ai_form.addRow(self.tr("Server address"), self.base_url)
        ai_form.addRow(self.tr("Model"), self.model)
        ai_form.addRow(self.tr("API key"), self.api_key)
        ai_layout.addLayout(ai_form)
        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test"))
        self.test_button.clicked.connect(self.test_ai)
        self.test_result = QLabel(objectName="muted")
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        ai_layout.addLayout(test_row)
        self.key_location = QLabel(objectName="muted")
        self.key_location.setWordWrap(True)
        ai_layout.addWidget(self.key_location)
        self.provider.currentIndexChanged.connect(self._provider_changed)
        self._fields.update({"ai_provider.base_url": self.base_url,
                             "ai_provider.model": self.model})

        # One above the other: side by side they would not fit a 1024-pixel screen.
        outer.addWidget(rules)
        outer.addWidget(ai)

        # -- saving --------------------------------------------------------------------------------
        self.errors = QLabel(objectName="error")
        self.errors.setWordWrap(True)
        self.errors.hide()
        outer.addWidget(self.errors)
        actions = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import…"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.revert_button = QPushButton(self.tr("Undo changes"))
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.import_button.clicked.connect(self._choose_import)
        self.export_button.clicked.connect(self._choose_export)
        self.revert_button.clicked.connect(lambda: self.set_company(self._company_id))
        self.save_button.clicked.connect(self.save)
        self.status = QLabel(objectName="muted")
        self.zone_question: QMessageBox | None = None
        self.status.setWordWrap(True)  # "Imported <file> — check it…" must not widen the page
        actions.addWidget(self.import_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.status, 1)
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)
        outer.addStretch(1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        wide = event.size().width() >= WIDE_PAGE
        self.rules_columns.setDirection(QBoxLayout.Direction.LeftToRight if wide
                                        else QBoxLayout.Direction.TopToBottom)

    # -- building blocks ---------------------------------------------------------------------------

    @staticmethod
    def _spin(low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    @staticmethod
    def _table_look(table: QTableWidget, stretch: tuple[int, ...]) -> None:
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        for column in range(table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch
                                        if column in stretch else
                                        QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(150)

    def _row_buttons(self, table: QTableWidget, blank: list[str]) -> QHBoxLayout:
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add"))
        remove = QPushButton(self.tr("Remove selected"))
        add.clicked.connect(lambda: self._add_row(table, blank))
        remove.clicked.connect(lambda: [table.removeRow(r) for r in sorted(
            {i.row() for i in table.selectedIndexes()}, reverse=True)])
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        return row

    @staticmethod
    def _add_row(table: QTableWidget, values: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))

    def _service_names(self) -> list[str]:
        names = (self._cell(self.services, r, 0) for r in range(self.services.rowCount()))
        return [name for name in names if name]

    def _typed_hours(self) -> dict[str, str]:
        return {day: field.text().strip() for day, field in self.hours.items()}

    def _upcoming_visits(self, member: str) -> int:
        """Visits booked with a staff member from now on (read to warn before removing them)."""
        if self._company_id is None:
            return 0
        now = self._runtime.engine.clock()
        return sum(1 for visit in agenda(self._runtime.database, self._company_id, now,
                                         now + dt.timedelta(days=366))
                   if visit.staff is not None and visit.staff.casefold() == member.casefold()
                   and visit.status in (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED))

    def _provider_changed(self) -> None:
        kind = self.provider.currentData()
        self.base_url.setEnabled(kind == ProviderKind.OPENAI_COMPATIBLE.value)
        self.model.setEnabled(kind != ProviderKind.OFFLINE.value)
        self.api_key.setEnabled(kind != ProviderKind.OFFLINE.value)
        self._show_key_location()

    def _show_key_location(self) -> None:
        kind = self.provider.currentData()
        if self._company_id is None or kind == ProviderKind.OFFLINE.value:
            self.key_location.setText("")
            return
        stored = self._keys.load(kind, self._company_id)
        if stored is None:
            self.key_location.setText(self.tr("No key stored yet."))
        elif stored.location is KeyLocation.KEYRING:
            self.key_location.setText(self.tr("A key is stored in this computer's keyring."))
        else:
            self.key_location.setText(self.tr(
                "A key is stored in a local file that is NOT encrypted (this computer has no "
                "keyring). Only your user can read it."))

    # -- loading -----------------------------------------------------------------------------------

    def set_company(self, company_id: int | None) -> None:
        self._company_id = company_id
        if company_id is None:
            return
        self.fill(company_profile(self._runtime.database, company_id))
        try:
            provider = load_provider_settings(self._runtime.settings, company_id)
        except ProviderError:
            provider = ProviderSettings()
        self.provider.setCurrentIndex(max(0, self.provider.findData(provider.kind.value)))
        self.base_url.setText(provider.base_url or "")
        self.model.setText(provider.model or "")
        self.api_key.clear()
        self._provider_changed()
        self._clear_marks()
        self.status.setText("")

    def fill(self, profile: dict[str, Any]) -> None:
        """Show a profile (from the store or an imported file) in the form."""
        # A key the form does not know is kept as it was and saved with the form's own fields.
        self._kept = {k: v for k, v in profile.items() if k not in EDITED_KEYS}
        self._kept_booking = {k: v for k, v in profile.get("booking", {}).items()
                              if k not in EDITED_BOOKING_KEYS}
        self._loaded = set(profile) | {f"booking.{k}" for k in profile.get("booking", {})}
        self.currency.setCurrentText(profile.get("currency", ""))
        self.closed.setText(format_date_ranges(profile.get("closed", [])))
        country = (profile.get("holidays") or {}).get("country")
        self.holidays.setCurrentIndex(max(0, self.holidays.findData(
            country.upper() if isinstance(country, str) else None)))
        self.name.setText(profile.get("name", ""))
        self.address.setText(profile.get("address", ""))
        self.phone.setText(profile.get("phone", ""))
        self.timezone.setCurrentText(profile.get("timezone", "UTC"))
        for day in DAYS:
            self.hours[day].setText(format_day_ranges(profile.get("hours", {}).get(day, [])))
        self.services.setRowCount(0)
        for service in profile.get("services", []):
            self._add_row(self.services, [
                service.get("name", ""), ", ".join(service.get("aliases", [])),
                str(service.get("duration_min", "")), f"{service.get('price', '')}",
                service.get("currency", "")])
        self.faq.setRowCount(0)
        for entry in profile.get("faq", []):
            self._add_row(self.faq, [entry.get("q", ""), entry.get("a", "")])
        booking = profile.get("booking", {})
        self.slot_step.setValue(booking.get("slot_step_min", 15))
        self.min_notice.setValue(booking.get("min_notice_min", 60))
        self.max_days.setValue(booking.get("max_days_ahead", 30))
        self.buffer.setValue(booking.get("buffer_min", 0))
        self.change_notice.setValue(booking.get("change_notice_min", 0))
        self.reminders.set_minutes(booking.get("reminders_min",
                                               list(BookingRules().reminders_min)))
        self.quiet_hours.set_value(booking.get("quiet_hours", default_quiet_hours()))
        # The member list last: their services are the ones the table now has.
        self.staff.load(profile.get("staff", []))

    # -- collecting and validating -----------------------------------------------------------------

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item else ""

    def collect(self) -> tuple[dict[str, Any], dict[str, str]]:
        """The form as profile JSON, plus problems found before validation (path -> reason)."""
        problems: dict[str, str] = {}
        hours: dict[str, list[list[str]]] = {}
        for day in DAYS:
            parsed = parse_day_ranges(self.hours[day].text())
            if isinstance(parsed, str):
                problems[f"hours.{day}"] = parsed
            else:
                hours[day] = parsed
        shop_currency = self.currency.currentText().strip().upper()
        services = []
        for row in range(self.services.rowCount()):
            values = [self._cell(self.services, row, c) for c in range(5)]
            if not any(values):
                continue
            name, aliases, minutes, price, currency = values
            service: dict[str, Any] = {"name": name, "aliases": [a.strip() for a in
                                                                 aliases.split(",") if a.strip()]}
            if currency or not shop_currency:
                # Empty with a business currency set: the service takes the business's.
                service["currency"] = currency.upper()
            for key, text, kind in (("duration_min", minutes, int), ("price", price, float)):
                try:
                    number = kind(text.replace(",", "."))
                    service[key] = int(number) if kind is float and number.is_integer() else number
                except ValueError:
                    problems[f"services[{len(services)}].{key}"] = self.tr("must be a number")
                    service[key] = text
            services.append(service)
        faq = [{"q": self._cell(self.faq, r, 0), "a": self._cell(self.faq, r, 1)}
               for r in range(self.faq.rowCount())
               if self._cell(self.faq, r, 0) or self._cell(self.faq, r, 1)]
        staff, staff_problems = self.staff.staff_json(parse_day_ranges)
        problems.update(staff_problems)
        closed = parse_date_ranges(self.closed.text())
        if isinstance(closed, str):
            problems["closed"] = closed
            closed = []
        booking: dict[str, Any] = {**self._kept_booking,
                                   "slot_step_min": self.slot_step.value(),
                                   "min_notice_min": self.min_notice.value(),
                                   "max_days_ahead": self.max_days.value()}
        newer: dict[str, tuple[Any, Any]] = {
            "buffer_min": (self.buffer.value(), 0),
            "change_notice_min": (self.change_notice.value(), 0),
            "reminders_min": (self.reminders.minutes(), list(BookingRules().reminders_min)),
            "quiet_hours": (self.quiet_hours.value(), default_quiet_hours())}
        for key, (value, unset) in newer.items():
            if f"booking.{key}" in self._loaded or value != unset:
                booking[key] = value
        profile = {**self._kept,
                   "name": self.name.text().strip(), "timezone": self.timezone.currentText().strip(),
                   "address": self.address.text().strip(), "phone": self.phone.text().strip(),
                   "hours": hours, "services": services, "faq": faq, "booking": booking}
        country = self.holidays.currentData()
        for key, value, unset in (("currency", shop_currency or None, None),
                                  ("staff", staff, []), ("closed", closed, []),
                                  ("holidays", {"country": country} if country else None, None)):
            # Left out when the profile never had it and it is still unset: as the old shop was.
            if value != unset or (key in self._loaded and value is not None):
                profile[key] = value
        return profile, problems

    def _clear_marks(self) -> None:
        self.staff.clear_marks()
        for field in self._fields.values():
            field.setProperty("invalid", False)
            field.setToolTip("")
            field.style().unpolish(field)
            field.style().polish(field)
        for table in (self.services, self.faq):
            for row in range(table.rowCount()):
                for column in range(table.columnCount()):
                    item = table.item(row, column)
                    if item is not None:
                        item.setBackground(Qt.GlobalColor.transparent)
                        item.setToolTip("")
        self.errors.hide()

    def _field_for(self, path: str) -> tuple[QWidget | None, tuple[int, int] | None]:
        match = re.match(r"^(services|faq)\[(\d+)\](?:\.(\w+))?", path)
        if match:
            table = self.services if match[1] == "services" else self.faq
            columns = SERVICE_COLUMNS if match[1] == "services" else ("q", "a")
            column = columns.index(match[3]) if match[3] in columns else 0
            return table, (int(match[2]), column)
        if path.startswith("staff"):
            return self.staff.field_for(path), None
        for prefix in sorted(self._fields, key=len, reverse=True):
            if path == prefix or path.startswith(prefix + ".") or path.startswith(prefix + "["):
                return self._fields[prefix], None
        return None, None

    def field_label(self, path: str) -> str:
        """A profile key's path in the words of the form ("services[1].price" -> "Services, row 2:
        Price"); a path the form has no label for stays as it is."""
        match = re.match(r"^(services|faq)\[(\d+)\](?:\.(\w+))?", path)
        if match:
            table = self.services if match[1] == "services" else self.faq
            columns = SERVICE_COLUMNS if match[1] == "services" else ("q", "a")
            column = columns.index(match[3]) if match[3] in columns else 0
            header = table.horizontalHeaderItem(column)
            return self.tr("%1, row %2: %3").replace("%1", self._labels[match[1]]).replace(
                "%2", str(int(match[2]) + 1)).replace("%3", header.text() if header else "")
        staff = self.staff.label_for(path)
        if staff is not None:
            return staff
        day = re.match(r"^hours\.(\w+)", path)
        if day and day[1] in self.day_names:
            return self.day_names[day[1]]
        # "closed[1]", "booking.reminders_min[0]": the field's own label.
        return self._labels.get(path) or self._labels.get(re.sub(r"(\[\d+\])+$", "", path), path)

    def _problem_text(self, reason: Reason) -> str:
        # The reason in the window's language, with the field's label in place of its path.
        if "field" in reason.params:
            reason = Reason(reason.code, {**reason.params,
                                          "field": self.field_label(str(reason.params["field"]))})
        return reason_text(reason)

    def mark(self, path: str, text: str) -> None:
        """Show a problem (a whole sentence) at its field and in the line under the form."""
        field, cell = self._field_for(path)
        if isinstance(field, QTableWidget) and cell is not None:
            item = field.item(*cell)
            if item is not None:
                item.setBackground(Qt.GlobalColor.red)
                item.setToolTip(text)
        elif field is not None:
            field.setProperty("invalid", True)
            field.setToolTip(text)
            field.style().unpolish(field)
            field.style().polish(field)
        self.errors.setText(self.tr("Not saved: %1").replace("%1", text))
        self.errors.show()

    def _provider_settings(self) -> ProviderSettings:
        data: dict[str, Any] = {"kind": self.provider.currentData()}
        if self.base_url.isEnabled() and self.base_url.text().strip():
            data["base_url"] = self.base_url.text().strip()
        if self.model.isEnabled() and self.model.text().strip():
            data["model"] = self.model.text().strip()
        return ProviderSettings.from_json(data)

    # -- actions -----------------------------------------------------------------------------------

    def save(self) -> asyncio.Future | None:
        """Validate everything, then save it all (a command, off the window's thread); None, with
        the problem marked at its field, when something is wrong."""
        self._clear_marks()
        profile_json, problems = self.collect()
        if problems:
            path, problem = next(iter(problems.items()))
            self.mark(path, f"{self.field_label(path)}: {problem}")
            return None
        try:
            profile = parse_profile(profile_json)
            provider = self._provider_settings()
        except ProfileError as exc:
            self.mark(exc.path, self._problem_text(exc.reason))
            return None
        except ProviderError as exc:
            self.mark(exc.path, self._problem_text(exc.reason))
            return None
        company_id = self._company_id
        key = self.api_key.text().strip() or None

        def saved(_changes: object) -> None:
            if key is not None and self.api_key.text().strip() == key:
                self.api_key.clear()
            self.status.setText(self.tr("Saved. The receptionist now answers with these details."))
            self._show_key_location()
            self.saved.emit(company_id)

        async def confirm_then_save() -> object:
            operations = self._runtime.operations
            shift = await operations.preview_time_zone_change(company_id, profile.timezone)
            if shift.moved and not await self._confirm_time_zone(shift):
                self.status.setText(self.tr("Not saved: the time zone is still %1.")
                                    .replace("%1", shift.old_zone))
                return None
            return await operations.save_business(company_id, profile, provider,
                                                  keys=self._keys, api_key=key)

        return run_action(
            confirm_then_save(), control=self.save_button, busy_text=self.tr("Saving…"),
            what=self.tr("Saving the business profile"),
            on_done=lambda changes: saved(changes) if changes is not None else None)

    def _confirm_time_zone(self, shift: TimeZoneShift) -> asyncio.Future[bool]:
        """Ask before a new time zone changes the shown time of booked visits; True to save.

        Opened, not exec'd (a nested loop would stall asyncio); kept in `zone_question`."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Change the time zone?"),
                          self.tr("The time zone changes from %1 to %2.")
                          .replace("%1", zone_name(shift.old_zone))
                          .replace("%2", zone_name(shift.new_zone)),
                          parent=self)
        box.setObjectName("timeZoneQuestion")
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel "
                          "{ min-width: 440px; }")
        box.setInformativeText("\n\n".join(["\n".join(time_zone_shift_lines(shift)), self.tr(
            "Every visit stays at the moment it was booked for; only the time shown for it "
            "here and in messages to customers changes.")]))
        save = box.addButton(self.tr("Save the new time zone"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        answer: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        def finished(_result: int) -> None:
            if not answer.done():
                answer.set_result(box.clickedButton() is save)

        box.finished.connect(finished)
        self.zone_question = box
        box.open()
        return answer

    def test_ai(self) -> None:
        try:
            provider = self._provider_settings()
        except ProviderError as exc:
            self.test_result.setText(self._problem_text(exc.reason))
            return
        key = self.api_key.text().strip() or None
        if key is None and provider.kind is not ProviderKind.OFFLINE:
            stored = self._keys.load(provider.kind.value, self._company_id)
            key = stored.value if stored else None
        self.test_result.setText(self.tr("Testing…"))
        run_action(test_provider(provider, key), control=self.test_button,
                   what=self.tr("Testing the provider"),
                   on_done=lambda check: self.test_result.setText(
                       ("✓ " if check.ok else "✗ ") + check.message),
                   on_error=lambda error: self.test_result.setText(f"✗ {error_text(error)}"))

    def _choose_import(self) -> None:
        chooser = QFileDialog(self, self.tr("Import a business profile"))
        chooser.setNameFilter(self.tr("Business profile (*.json)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.import_file)
        self.chooser = chooser
        chooser.open()

    def import_file(self, path: str) -> bool:
        """Load a profile file into the form (not saved until Save)."""
        self._clear_marks()
        try:
            profile = load_profile(Path(path))
        except ProfileError as exc:
            self.mark(exc.path, self._problem_text(exc.reason))
            return False
        self.fill(profile.to_json())
        self.status.setText(self.tr("Imported %1 — check it, then Save.").replace(
            "%1", Path(path).name))
        return True

    def _choose_export(self) -> None:
        chooser = QFileDialog(self, self.tr("Export the business profile"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("Business profile (*.json)"))
        chooser.setDefaultSuffix("json")
        chooser.fileSelected.connect(self.export_file)
        self.chooser = chooser
        chooser.open()

    def export_file(self, path: str) -> bool:
        """Write the saved profile (the contract's JSON) to a file."""
        profile = company_profile(self._runtime.database, self._company_id)
        try:
            Path(path).write_text(json.dumps(parse_profile(profile).to_json(), ensure_ascii=False,
                                             indent=2) + "\n", encoding="utf-8")
        except ProfileError as exc:
            self.errors.setText(self.tr("Could not export: %1").replace(
                "%1", self._problem_text(exc.reason)))
            self.errors.show()
            return False
        except OSError as exc:
            self.errors.setText(self.tr("Could not export: %1").replace("%1", str(exc)))
            self.errors.show()
            return False
        self.status.setText(self.tr("Exported to %1").replace("%1", path))
        return True
