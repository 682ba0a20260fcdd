"""One customer's visits on the Customers page: upcoming ones first (soonest first), then the
history (newest first), each with its local date and time, service, staff member and status.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from desktop.bot.queries import CustomerVisit
from desktop.store.models import AppointmentStatus
from desktop.views.formats import date_time_text
from desktop.views.status_words import GREY, RED

VisitRole = Qt.ItemDataRole.UserRole + 1
SERVICE_COLUMN, STAFF_COLUMN = 1, 2


def visit_status_words(status: AppointmentStatus) -> str:
    """A visit's status as the front desk says it."""
    return {AppointmentStatus.BOOKED: QCoreApplication.translate("CustomerVisits", "Booked"),
            AppointmentStatus.CONFIRMED: QCoreApplication.translate("CustomerVisits", "Confirmed"),
            AppointmentStatus.DONE: QCoreApplication.translate("CustomerVisits", "Done"),
            AppointmentStatus.NO_SHOW: QCoreApplication.translate("CustomerVisits", "No-show"),
            AppointmentStatus.CANCELLED: QCoreApplication.translate("CustomerVisits",
                                                                    "Cancelled")}[status]


def is_upcoming(visit: CustomerVisit, now: dt.datetime) -> bool:
    """Still to come: it holds a time that has not begun (a cancelled one is history)."""
    return visit.status.holds_time and visit.start > now


class CustomerVisitsPanel(QWidget):
    """The visits of the selected customer; a double click opens the visit's conversation."""

    visit_opened = Signal(int)   # the appointment's id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Service"), self.tr("Staff member"),
                                   self.tr("Status")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.SingleSelection)
        self.tree.itemDoubleClicked.connect(self._opened)
        # The card is narrow at 1024x700: the service gives way (its full name in a tooltip),
        # the time and the status are always read whole.
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(SERVICE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(self.tree, 1)
        self.empty = QLabel(objectName="muted")
        self.empty.setWordWrap(True)
        layout.addWidget(self.empty)

    def show_visits(self, visits: list[CustomerVisit] | None, zone: dt.tzinfo, now: dt.datetime,
                    *, staff: bool) -> None:
        """Show these visits (newest first, as `customer_visits` gives them); None: no customer
        is selected. `staff`: the shop lists its staff, so each visit names who does it."""
        self.tree.clear()
        visits = visits or []
        upcoming = [v for v in reversed(visits) if is_upcoming(v, now)]   # the soonest first
        history = [v for v in visits if not is_upcoming(v, now)]          # the newest first
        for title, group in ((self.tr("Upcoming"), upcoming), (self.tr("History"), history)):
            if not group:
                continue
            header = QTreeWidgetItem([title])
            header.setFirstColumnSpanned(True)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font(0)
            font.setBold(True)
            header.setFont(0, font)
            self.tree.addTopLevelItem(header)
            for visit in group:
                self.tree.addTopLevelItem(self._row(visit, zone))
        self.tree.setColumnHidden(STAFF_COLUMN, not staff)
        self.empty.setText(self.tr("No visits yet.") if not visits else "")
        self.empty.setVisible(not visits)

    def _row(self, visit: CustomerVisit, zone: dt.tzinfo) -> QTreeWidgetItem:
        row = QTreeWidgetItem([date_time_text(visit.start, zone), visit.service, visit.staff or "",
                               visit_status_words(visit.status)])
        row.setData(0, VisitRole, visit)
        row.setToolTip(SERVICE_COLUMN, visit.service)
        if visit.status is AppointmentStatus.NO_SHOW:
            row.setForeground(3, QBrush(QColor(RED)))
            font = row.font(3)
            font.setBold(True)
            row.setFont(3, font)
        elif visit.status is AppointmentStatus.CANCELLED:
            for column in range(4):
                row.setForeground(column, QBrush(QColor(GREY)))
        return row

    def visits_shown(self) -> list[CustomerVisit]:
        """The visits in the order shown (the section titles left out)."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [visit for item in items if (visit := item.data(0, VisitRole)) is not None]

    def _opened(self, item: QTreeWidgetItem) -> None:
        visit = item.data(0, VisitRole)
        if visit is not None:
            self.visit_opened.emit(visit.id)
