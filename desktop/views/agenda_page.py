"""The agenda: a day or a week of bookings (by the receptionist or by staff), with new bookings,
moves and cancellations by hand under the same rules the receptionist obeys.

A shop with staff sees its day as a grid, a column per member (`agenda_grid.py`), and can narrow
its week to one member; a shop without staff sees both as a list, as before staff existed.

Bookings by hand are commands (`bot/operations.py`) run through `run_action`; a refusal comes back
as a reason and is shown in the window's language, in the dialog, to fix and try again.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import zoneinfo

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTimeEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.ai.booking import BookedAppointment, BookingError
from desktop.bot.events import Changes
from desktop.bot.phones import InvalidPhoneNumber
from desktop.bot.profile import BusinessProfile, ProfileError, parse_profile
from desktop.bot.queries import AgendaItem, agenda, company_profile
from desktop.bot.runtime import ShopRuntime
from desktop.store.models import AppointmentStatus
from desktop.views.agenda_grid import DayGridArea, day_columns, legend_html, status_words
from desktop.views.asyncop import error_text, run_action, show_error
from desktop.views.formats import (
    day_month_text,
    day_text,
    full_day_text,
    keep_ltr,
    moment_text,
    right_to_left,
    time_text,
)
from desktop.views.main_window_parts import card
from desktop.views.reason_texts import reason_text

ItemRole = Qt.ItemDataRole.UserRole + 1


class BookingDialog(QDialog):
    """New booking (customer, service, day, time) or a move (day, time only)."""

    def __init__(self, profile: BusinessProfile, *, moving: AgendaItem | None = None,
                 day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move the booking") if moving else self.tr("New booking"))
        self.setMinimumWidth(420)
        form = QFormLayout(self)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("+972 50 123 4567")
        self.name = QLineEdit()
        self.service = QComboBox()
        self.service.addItems([s.name for s in profile.services])
        # With whom: anyone free (the rules pick the least booked), or one named member; a move
        # keeps the visit's own member when they are free.
        self.staff = QComboBox()
        self.staff.addItem(self.tr("Same staff member") if moving else self.tr("Anyone free"),
                           None)
        for member in profile.staff:
            self.staff.addItem(member.name, member.name)
        if moving is None:
            form.addRow(self.tr("Customer's phone"), self.phone)
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Service"), self.service)
        else:
            form.addRow(QLabel(f"{moving.customer} — {moving.service}"))
        if profile.staff:
            form.addRow(self.tr("Staff member"), self.staff)
        self.date = QDateEdit(QDate(day.year, day.month, day.day))
        self.date.setCalendarPopup(True)
        self.time = QTimeEdit(QTime(10, 0))
        # A time reads left to right in Hebrew too: set before the format, whose parts are laid
        # out in the edit's direction (right to left, 21:00 showed as 00:21).
        self.time.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.time.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Day"), self.date)
        form.addRow(self.tr("Time"), self.time)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def start(self, zone: zoneinfo.ZoneInfo) -> dt.datetime:
        day, time = self.date.date().toPython(), self.time.time().toPython()
        return dt.datetime.combine(day, time, zone)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def chosen_staff(self) -> str | None:
        return self.staff.currentData()


class PageTitle(QLabel):
    """The page's title in the longest of its forms that fits ("Wednesday, December 9, 2026",
    else "Wednesday 09.12"): a long English day must not widen the window past a small
    screen."""

    def __init__(self) -> None:
        super().__init__(objectName="pageTitle")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._forms: list[str] = []

    def set_forms(self, *forms: str) -> None:
        self._forms = list(forms)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        fitting = (form for form in self._forms if metrics.horizontalAdvance(form) <= self.width())
        self.setText(next(fitting, self._forms[-1] if self._forms else ""))


class AgendaPage(QWidget):
    """A day or week of bookings for one company."""

    open_conversation = Signal(int)

    def __init__(self, runtime: ShopRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._runtime = runtime
        self._company_id: int | None = None
        self._profile: BusinessProfile | None = None
        self._day = dt.date.today()
        self._week = False
        # The week's staff filter (a member's name; None: all staff), kept across refreshes and
        # across switching to the day and back.
        self._staff_filter: str | None = None
        self.dialog: BookingDialog | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(12)
        bar = QHBoxLayout()
        # Earlier days are on the reading side's start: the arrows turn in a right-to-left window.
        back, forward = ("›", "‹") if right_to_left() else ("‹", "›")
        self.previous = QPushButton(back)
        self.today = QPushButton(self.tr("Today"))
        self.next = QPushButton(forward)
        self.title = PageTitle()
        self.day_button = QPushButton(self.tr("Day"))
        self.week_button = QPushButton(self.tr("Week"))
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
        self.day_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.day_button)
        group.addButton(self.week_button)
        self.previous.clicked.connect(lambda: self._move(-1))
        self.next.clicked.connect(lambda: self._move(1))
        self.today.clicked.connect(self._go_today)
        self.day_button.clicked.connect(lambda: self.set_week(False))
        self.week_button.clicked.connect(lambda: self.set_week(True))
        for widget in (self.previous, self.today, self.next):
            bar.addWidget(widget)
        bar.addSpacing(12)
        bar.addWidget(self.title, 1)
        # The week of one staff member, or of everyone; only for a shop that lists its staff.
        self.staff_filter = QComboBox()
        self.staff_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.staff_filter.activated.connect(lambda _index: self._filter_chosen())
        bar.addWidget(self.staff_filter)
        bar.addWidget(self.day_button)
        bar.addWidget(self.week_button)
        outer.addLayout(bar)

        frame, layout = card(self.tr("Bookings"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Time"), self.tr("Service"), self.tr("Customer"),
                                   self.tr("Booked by"), self.tr("Staff member"),
                                   self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemDoubleClicked.connect(lambda *_: self._open_selected())
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        # A shop with staff sees its day as a grid, one column per member; a shop without staff,
        # and every week, as the list.
        self.grid_area = DayGridArea()
        self.grid = self.grid_area.grid
        self.grid.selection_changed.connect(self._update_buttons)
        self.grid.activated.connect(self._open_selected)
        self.grid.time_chosen.connect(self._book_at)
        self.views = QStackedWidget()
        self.views.addWidget(self.tree)
        self.views.addWidget(self.grid_area)
        layout.addWidget(self.views)
        self.legend = QLabel(legend_html(), objectName="muted")
        layout.addWidget(self.legend)
        self.empty = QLabel(objectName="muted")
        layout.addWidget(self.empty)
        outer.addWidget(frame, 1)

        actions = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New booking…"), objectName="primary")
        self.move_button = QPushButton(self.tr("Move…"))
        self.cancel_button = QPushButton(self.tr("Cancel booking…"))
        self.open_button = QPushButton(self.tr("Open conversation"))
        # After the visit's start: the customer came, or did not (the Customers page counts it).
        self.done_button = QPushButton(self.tr("Done"))
        self.no_show_button = QPushButton(self.tr("No-show"))
        self.new_button.clicked.connect(lambda: self.new_booking())
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.open_button.clicked.connect(self._open_selected)
        self.done_button.clicked.connect(lambda: self.mark_selected(AppointmentStatus.DONE))
        self.no_show_button.clicked.connect(lambda: self.mark_selected(AppointmentStatus.NO_SHOW))
        for button in (self.new_button, self.move_button, self.cancel_button, self.open_button,
                       self.done_button, self.no_show_button):
            actions.addWidget(button)
        actions.addStretch(1)
        outer.addLayout(actions)
        # Under the buttons, so that six of them still fit a 1024-pixel screen in Russian.
        self.status = QLabel(objectName="muted")
        outer.addWidget(self.status)
        self._update_buttons()

    # -- what is shown -------------------------------------------------------------------------

    def set_company(self, company_id: int | None) -> None:
        self._company_id = company_id
        self._profile = None
        if company_id is not None:
            try:
                self._profile = parse_profile(company_profile(self._runtime.database, company_id))
            except ProfileError:
                self._profile = None
        self._fill_staff_filter()
        self.refresh()

    def _fill_staff_filter(self) -> None:
        names = [member.name for member in self._profile.staff] if self._profile else []
        if self._staff_filter not in names:
            self._staff_filter = None   # that member left the profile: everyone again
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("All staff"), None)
        for name in names:
            self.staff_filter.addItem(name, name)
        self.staff_filter.setCurrentIndex(self.staff_filter.findData(self._staff_filter)
                                          if self._staff_filter else 0)

    def _filter_chosen(self) -> None:
        self._staff_filter = self.staff_filter.currentData()
        self.refresh()

    def set_staff_filter(self, name: str | None) -> None:
        """Show the week of one staff member (None: all staff)."""
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(name))
                                          if name else 0)
        self._filter_chosen()

    def _has_staff(self) -> bool:
        return self._profile is not None and bool(self._profile.staff)

    def on_changes(self, changes: Changes) -> None:
        """Staff changed something the agenda shows: a customer's name, a booking, or the profile
        (its time zone and services)."""
        if changes.company_id != self._company_id:
            return
        if changes.profile:
            self.set_company(self._company_id)
        elif changes.customers or changes.appointments:
            self.refresh()

    def set_day(self, day: dt.date) -> None:
        self._day = day
        self.refresh()

    def set_week(self, week: bool) -> None:
        self._week = week
        self.week_button.setChecked(week)
        self.day_button.setChecked(not week)
        self.refresh()

    def _move(self, steps: int) -> None:
        self.set_day(self._day + dt.timedelta(days=7 * steps if self._week else steps))

    def _go_today(self) -> None:
        self.set_day(self._now().astimezone(self._zone()).date())

    def _zone(self) -> dt.tzinfo:
        return self._profile.zone if self._profile else dt.UTC

    def _now(self) -> dt.datetime:
        return self._runtime.engine.clock()

    def _range(self) -> tuple[dt.date, dt.date]:
        if self._week:
            first = self._day - dt.timedelta(days=self._day.weekday())
            return first, first + dt.timedelta(days=7)
        return self._day, self._day + dt.timedelta(days=1)

    def refresh(self) -> None:
        self.tree.clear()
        gridded = not self._week and self._has_staff()
        self.views.setCurrentWidget(self.grid_area if gridded else self.tree)
        self.legend.setVisible(gridded)
        self.staff_filter.setVisible(self._week and self._has_staff())
        first, last = self._range()
        zone = self._zone()
        if self._week:
            self.title.set_forms(f"{day_month_text(first)} – "
                                 f"{day_month_text(last - dt.timedelta(days=1), year=True)}",
                                 f"{day_month_text(first)} – "
                                 f"{day_month_text(last - dt.timedelta(days=1))}")
        else:
            self.title.set_forms(full_day_text(self._day), day_text(self._day))
        if self._company_id is None:
            return
        start = dt.datetime.combine(first, dt.time(), zone)
        end = dt.datetime.combine(last, dt.time(), zone)
        items = agenda(self._runtime.database, self._company_id, start, end)
        if gridded:
            self.grid.show_day(day_columns(self._profile, self._day, zone, items))
        elif self._week and self._has_staff() and self._staff_filter is not None:
            items = [item for item in items if item.staff == self._staff_filter]
        by_day: dict[dt.date, list[AgendaItem]] = {}
        for item in [] if gridded else items:   # the list, when it is the one shown
            by_day.setdefault(item.start.astimezone(zone).date(), []).append(item)
        for day in sorted(by_day):
            if self._week:
                header = QTreeWidgetItem([day_text(day)])
                header.setFirstColumnSpanned(True)
                header.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = header.font(0)
                font.setBold(True)
                header.setFont(0, font)
                self.tree.addTopLevelItem(header)
            for item in by_day[day]:
                local_start, local_end = item.start.astimezone(zone), item.end.astimezone(zone)
                who = item.customer + (f" ({keep_ltr(item.phone)})" if item.phone and
                                       item.phone != item.customer else "")
                by = self.tr("Receptionist") if item.booked_by == "bot" else self.tr("Staff")
                # Isolated: a right-to-left row would otherwise show "10:30–10:00".
                hours = keep_ltr(f"{time_text(local_start, zone)}–{time_text(local_end, zone)}")
                row = QTreeWidgetItem([hours, item.service,
                                       who, by, item.staff or "", self._status_words(item.status)])
                row.setData(0, ItemRole, item)
                self.tree.addTopLevelItem(row)
        # The staff column only for a shop that lists its staff.
        self.tree.setColumnHidden(4, not (self._profile is not None and self._profile.staff))
        for column in range(6):
            self.tree.resizeColumnToContents(column)
        self.empty.setText("" if items else self.tr("No bookings in this period."))
        self.empty.setVisible(not items)
        self._update_buttons()

    def _status_words(self, status: AppointmentStatus) -> str:
        return status_words(status)

    def selected(self) -> AgendaItem | None:
        if self.views.currentWidget() is self.grid_area:
            return self.grid.selected()
        item = self.tree.currentItem()
        return item.data(0, ItemRole) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        open_visit = chosen is not None and chosen.status.holds_time
        self.move_button.setEnabled(open_visit)
        self.cancel_button.setEnabled(open_visit)
        self.done_button.setEnabled(open_visit)
        self.no_show_button.setEnabled(open_visit)
        self.open_button.setEnabled(chosen is not None and chosen.conversation_id is not None)
        self.new_button.setEnabled(self._profile is not None)

    # -- booking by hand -----------------------------------------------------------------------

    def _book_at(self, staff: str | None, minute: int) -> None:
        # As in a salon calendar: a double-click on a free time books with that member then,
        # at the nearest earlier step of the shop's booking times.
        if self._profile is None:
            return
        step = self._profile.booking.slot_step_min
        self.new_booking(staff=staff, at=dt.time(minute // step * step // 60 % 24,
                                                 minute // step * step % 60))

    def new_booking(self, *, staff: str | None = None, at: dt.time | None = None) -> BookingDialog:
        dialog = BookingDialog(self._profile, day=self._day, parent=self)
        if staff is not None:
            dialog.staff.setCurrentIndex(max(0, dialog.staff.findData(staff)))
        if at is not None:
            dialog.time.setTime(QTime(at.hour, at.minute))
        dialog.accepted.connect(lambda: self._book(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _book(self, dialog: BookingDialog) -> asyncio.Future:
        def booked(appointment: BookedAppointment) -> None:
            self.status.setText(self.tr("Booked %1 at %2.").replace("%1", appointment.service)
                                .replace("%2", moment_text(appointment.start, self._zone())))
            self.set_day(appointment.start.date())

        return run_action(
            self._runtime.operations.book(self._company_id, phone=dialog.phone.text(),
                                          name=dialog.name.text(),
                                          service=dialog.service.currentText(),
                                          start=dialog.start(self._profile.zone),
                                          staff=dialog.chosen_staff()),
            control=self.new_button, what=self.tr("Booking"), on_done=booked,
            on_error=lambda error: self._refused(dialog, error))

    def _refused(self, dialog: BookingDialog, error: BaseException) -> None:
        if not isinstance(error, BookingError | InvalidPhoneNumber):
            show_error(self, self.tr("The booking did not change."), error_text(error))
            return
        # Keep what was typed: the dialog opens again with the reason, to fix and retry.
        dialog.show_error(reason_text(error.reason))
        dialog.open()

    def move_selected(self) -> BookingDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        local = chosen.start.astimezone(self._zone())
        dialog = BookingDialog(self._profile, moving=chosen, day=local.date(), parent=self)
        dialog.time.setTime(QTime(local.hour, local.minute))
        dialog.accepted.connect(lambda: self._reschedule(dialog, chosen))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _reschedule(self, dialog: BookingDialog, chosen: AgendaItem) -> asyncio.Future:
        def moved(appointment: BookedAppointment) -> None:
            self.status.setText(self.tr("Moved to %1.").replace(
                "%1", moment_text(appointment.start, self._zone())))
            self.set_day(appointment.start.date())

        return run_action(
            self._runtime.operations.move_booking(self._company_id, chosen.customer_id, chosen.id,
                                                  dialog.start(self._profile.zone),
                                                  staff=dialog.chosen_staff()),
            control=self.move_button, what=self.tr("Moving the booking"), on_done=moved,
            on_error=lambda error: self._refused(dialog, error))

    def cancel_selected(self) -> QMessageBox | None:
        chosen = self.selected()
        if chosen is None:
            return None
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Cancel the booking?"),
                          self.tr("Cancel %1 for %2? The customer is told in their WhatsApp "
                                  "chat.")
                          .replace("%1", chosen.service).replace("%2", chosen.customer),
                          QMessageBox.StandardButton.No | QMessageBox.StandardButton.Yes, self)
        box.accepted.connect(lambda: self._cancel(chosen))  # Yes is the accepting answer
        self.confirm_box = box
        box.open()
        return box

    def _cancel(self, chosen: AgendaItem) -> asyncio.Future:
        def refused(error: BaseException) -> None:
            if isinstance(error, BookingError):
                self.status.setText(reason_text(error.reason))
            else:
                show_error(self, self.tr("The booking did not change."), error_text(error))

        return run_action(
            self._runtime.operations.cancel_booking(self._company_id, chosen.customer_id,
                                                    chosen.id),
            control=self.cancel_button, what=self.tr("Cancelling the booking"),
            on_done=lambda _cancelled: self._said(self.tr("Cancelled.")),
            on_error=refused)

    def mark_selected(self, status: AppointmentStatus) -> asyncio.Future | None:
        """The selected visit as done or a no-show (refused before it has started)."""
        chosen = self.selected()
        if chosen is None:
            return None
        mark = (self._runtime.operations.mark_done if status is AppointmentStatus.DONE
                else self._runtime.operations.mark_no_show)

        def refused(error: BaseException) -> None:
            if isinstance(error, BookingError):
                self.status.setText(reason_text(error.reason))
            else:
                show_error(self, self.tr("The booking did not change."), error_text(error))

        return run_action(mark(self._company_id, chosen.id),
                          control=self.done_button if status is AppointmentStatus.DONE
                          else self.no_show_button, what=self.tr("Marking the visit"),
                          on_done=lambda _changes: self._said(self._status_words(status) + "."),
                          on_error=refused)

    def _said(self, text: str) -> None:
        self.status.setText(text)
        # The command's button came back enabled as it finished; the grid may still show the
        # same visit chosen, now done or cancelled.
        self._update_buttons()

    def _open_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.conversation_id is not None:
            self.open_conversation.emit(chosen.conversation_id)
