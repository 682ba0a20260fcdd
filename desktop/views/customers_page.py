"""Customers: everyone who wrote to the shop, with their visits, no-shows, last and next visit,
first and last contact, notes and tags; search, edit name, notes and tags, see the selected
customer's visits, and open the conversation.

Visits counts the visits that took place: marked done, or begun and never marked (booked or
confirmed); cancelled visits and no-shows are not visits (`queries.customer_visit_counts`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.events import Changes
from desktop.bot.profile import BusinessProfile, ProfileError, parse_profile
from desktop.bot.queries import (
    CustomerOverview,
    VisitCounts,
    company_profile,
    customer_visit_counts,
    customer_visits,
    customers,
    customers_of_visits,
)
from desktop.bot.runtime import ShopRuntime
from desktop.views.asyncop import run_action
from desktop.views.customer_visits import CustomerVisitsPanel
from desktop.views.formats import date_text, date_time_text, keep_ltr, number_text
from desktop.views.main_window_parts import card, window_aligned
from desktop.views.status_words import RED

CustomerRole = Qt.ItemDataRole.UserRole + 1
CountsRole = Qt.ItemDataRole.UserRole + 2
NO_COUNTS = VisitCounts()

# The columns, in order; the table is sorted by last contact at first, and Notes takes the room
# left over.
(NAME, PHONE, VISITS, NO_SHOWS, LAST_VISIT, NEXT_VISIT, LAST_CONTACT, FIRST_CONTACT, NOTES,
 TAGS) = range(10)


class CustomerTableModel(QAbstractTableModel):
    """The customers of one company, one row each, with their visit counts."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerOverview] = []
        self._counts: dict[int, VisitCounts] = {}
        self._zone: dt.tzinfo = dt.UTC
        self._headers = [self.tr("Name"), self.tr("Phone"), self.tr("Visits"),
                         self.tr("No-shows"), self.tr("Last visit"), self.tr("Next visit"),
                         self.tr("Last contact"), self.tr("First contact"), self.tr("Notes"),
                         self.tr("Tags")]
        self._warning = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self._no_show_font = QFont()
        self._no_show_font.setBold(True)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def counts(self, customer_id: int) -> VisitCounts:
        return self._counts.get(customer_id, NO_COUNTS)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        counts = self.counts(row.id)
        column = index.column()
        if role == CustomerRole:
            return row
        if role == CountsRole:
            return counts
        if role == Qt.ItemDataRole.DisplayRole:
            return self._shown(row, counts, column)
        if role == Qt.ItemDataRole.EditRole:  # sorting by the real values
            return self._sort_key(row, counts, column)
        if counts.no_shows and column in (NAME, NO_SHOWS):
            # A customer who missed visits stands out: a warning sign by the name, the count red.
            if role == Qt.ItemDataRole.DecorationRole and column == NAME:
                return self._warning
            if role == Qt.ItemDataRole.ForegroundRole and column == NO_SHOWS:
                return QBrush(QColor(RED))
            if role == Qt.ItemDataRole.FontRole and column == NO_SHOWS:
                return self._no_show_font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Missed %n visit(s)", "", counts.no_shows)
        return None

    def _shown(self, row: CustomerOverview, counts: VisitCounts, column: int) -> str:
        if column == NAME:
            return row.name or "—"
        if column == PHONE:
            return keep_ltr(row.phone) if row.phone else "—"
        if column == VISITS:
            return number_text(counts.visits)
        if column == NO_SHOWS:
            return number_text(counts.no_shows)
        if column in (LAST_VISIT, NEXT_VISIT):
            moment = counts.last_visit if column == LAST_VISIT else counts.next_visit
            return date_time_text(moment, self._zone) if moment else "—"
        if column == LAST_CONTACT:
            return date_time_text(row.last_contact)
        if column == FIRST_CONTACT:
            return date_text(row.first_contact)
        if column == NOTES:
            return " ".join(row.notes.split())[:80]
        return ", ".join(row.tags)

    @staticmethod
    def _sort_key(row: CustomerOverview, counts: VisitCounts, column: int) -> Any:
        if column in (LAST_VISIT, NEXT_VISIT):
            # Numbers, so a customer without one sorts as the oldest last visit and the furthest
            # next visit (a missing value would not compare with a time).
            moment = counts.last_visit if column == LAST_VISIT else counts.next_visit
            return moment.timestamp() if moment else (0.0 if column == LAST_VISIT else math.inf)
        return (row.name or "", row.phone or "", counts.visits, counts.no_shows, None, None,
                row.last_contact, row.first_contact, row.notes, ", ".join(row.tags))[column]

    def set_zone(self, zone: dt.tzinfo) -> None:
        """The shop's time zone, in which visits are shown."""
        self._zone = zone
        if self._rows:
            self.dataChanged.emit(self.index(0, LAST_VISIT),
                                  self.index(len(self._rows) - 1, NEXT_VISIT))

    def set_customers(self, rows: list[CustomerOverview], counts: dict[int, VisitCounts]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._counts = dict(counts)
        self.endResetModel()

    def update_customers(self, rows: list[CustomerOverview],
                         counts: dict[int, VisitCounts] | None = None) -> set[int]:
        """Put fresh copies of these customers (and, given, their counts) in their rows (no
        reset: the selection, the sort and the scroll position stay); returns the ids that were
        not in the list. A customer missing from `counts` has no visits any more."""
        fresh = {row.id: row for row in rows}
        for n, row in enumerate(self._rows):
            if row.id in fresh:
                before = self.counts(row.id)
                self._rows[n] = new = fresh.pop(row.id)
                if counts is not None:
                    self._counts.pop(row.id, None)
                    if row.id in counts:
                        self._counts[row.id] = counts[row.id]
                self._row_changed(n, row, before, new, self.counts(row.id))
        return set(fresh)

    def _row_changed(self, n: int, old: CustomerOverview, old_counts: VisitCounts,
                     new: CustomerOverview, new_counts: VisitCounts) -> None:
        """Tell the views which cells of a row changed, only those: each changed column is
        measured again in every row on screen (make bench, "rename")."""
        changed = [column for column in range(self.columnCount())
                   if self._sort_key(old, old_counts, column)
                   != self._sort_key(new, new_counts, column)]
        if old_counts.no_shows != new_counts.no_shows:
            changed.append(NAME)   # its warning sign
        if changed:
            self.dataChanged.emit(self.index(n, min(changed)), self.index(n, max(changed)))


class CustomerFilter(QSortFilterProxyModel):
    """Search by name, phone, notes or tags."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._digits = ""
        self.setSortRole(Qt.ItemDataRole.EditRole)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text.casefold().strip()
        digits = "".join(ch for ch in self._text if ch.isdigit())
        self._digits = digits if len(digits) >= 3 else ""
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._text:
            return True
        row: CustomerOverview = self.sourceModel().index(source_row, 0, source_parent).data(
            CustomerRole)
        haystack = " ".join((row.name or "", row.phone or "", row.notes, *row.tags)).casefold()
        return self._text in haystack or bool(self._digits and row.phone
                                               and self._digits in row.phone)


class CustomersPage(QWidget):
    """The customer list with an editor for the selected customer."""

    open_conversation = Signal(int)

    def __init__(self, runtime: ShopRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._runtime = runtime
        self._company_id: int | None = None
        self._profile: BusinessProfile | None = None
        self._stale = False
        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)

        left = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, phone, notes or tags"))
        self.search.setClearButtonEnabled(True)
        left.addWidget(self.search)
        self.model = CustomerTableModel(self)
        self.proxy = CustomerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(LAST_CONTACT, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns sized from the rows in view: measuring thousands of rows at every change of one
        # (a rename) costs a visible pause (make bench, "rename").
        header.setResizeContentsPrecision(0)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        self.count = QLabel(objectName="muted")
        left.addWidget(self.count)
        outer.addLayout(left, 3)

        editor, form_layout = card(self.tr("Customer"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.phone = window_aligned(QLabel())
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit()
        # A few lines: the rest of the card is the customer's visits.
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.notes.setPlaceholderText(self.tr("e.g. prefers Avi; allergic to some products"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("regular, vip"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Notes"), self.notes)
        form.addRow(self.tr("Tags"), self.tags)
        form_layout.addLayout(form)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), objectName="primary")
        self.open_button = QPushButton(self.tr("Open conversation"))
        self.save_button.clicked.connect(self.save)
        self.open_button.clicked.connect(self._open)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        form_layout.addLayout(buttons)
        self.status = QLabel(objectName="muted")
        form_layout.addWidget(self.status)
        form_layout.addWidget(QLabel(self.tr("Visits"), objectName="cardTitle"))
        self.visits = CustomerVisitsPanel()
        self.visits.visit_opened.connect(lambda _visit: self._open())
        form_layout.addWidget(self.visits, 1)
        # Wide enough for a visit's time, service and status at 1024x700; wider when there is
        # room, the table keeping the most of it.
        editor.setMinimumWidth(340)
        editor.setMaximumWidth(500)
        outer.addWidget(editor, 2)

        self.search.textChanged.connect(self._search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self._show_selected()

    def set_company(self, company_id: int | None) -> None:
        """Show a company's customers; loaded when the page is on screen (it can be thousands)."""
        self._company_id = company_id
        self._read_profile()
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        now = self._runtime.engine.clock()
        if self._company_id is None:
            rows, counts = [], {}
        else:
            rows = customers(self._runtime.database, self._company_id, now)
            counts = customer_visit_counts(self._runtime.database, self._company_id, now)
        self.model.set_customers(rows, counts)
        self._search(self.search.text())
        self._show_visits()   # the editor keeps what someone is typing

    def _read_profile(self) -> None:
        """The shop's time zone (visits are shown in it) and whether it lists staff."""
        self._profile = None
        if self._company_id is not None:
            try:
                self._profile = parse_profile(company_profile(self._runtime.database,
                                                              self._company_id))
            except ProfileError:
                self._profile = None
        self.model.set_zone(self._zone())

    def _zone(self) -> dt.tzinfo:
        return self._profile.zone if self._profile else dt.UTC

    def _search(self, text: str) -> None:
        self.proxy.set_text(text)
        self.count.setText(self.tr("%1 of %Ln customers", "", self.model.rowCount())
                           .replace("%1", number_text(self.proxy.rowCount())))

    def selected(self) -> CustomerOverview | None:
        index = self.table.currentIndex()
        return index.data(CustomerRole) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.proxy.index(row, 0))

    def _show_selected(self) -> None:
        customer = self.selected()
        for widget in (self.name, self.notes, self.tags, self.save_button):
            widget.setEnabled(customer is not None)
        self.open_button.setEnabled(customer is not None and customer.conversation_id is not None)
        self.name.setText(customer.name or "" if customer else "")
        phone = (keep_ltr(customer.phone) if customer.phone else "—") if customer else ""
        self.phone.setText(phone)  # a number reads left to right in Hebrew too
        self.notes.setPlainText(customer.notes if customer else "")
        self.tags.setText(", ".join(customer.tags) if customer else "")
        self.status.setText("")
        self._show_visits()

    def _show_visits(self) -> None:
        customer = self.selected()
        visits = (customer_visits(self._runtime.database, self._company_id, customer.id)
                  if customer is not None and self._company_id is not None else None)
        self.visits.show_visits(visits, self._zone(), self._runtime.engine.clock(),
                                staff=bool(self._profile and self._profile.staff))

    def on_changes(self, changes: Changes) -> None:
        """Customers or their visits changed: their rows (and the history shown, when it is
        one of theirs) are read again at once, only theirs: a shop has thousands; the editor
        keeps what someone is typing. The profile: visits are shown in its time zone."""
        if changes.company_id != self._company_id or self._company_id is None:
            return
        if changes.profile:
            self._read_profile()
            self._show_visits()
        touched = set(changes.customers)
        if changes.appointments:
            # A visit marked done or missed, moved or cancelled names only the visit.
            touched |= customers_of_visits(self._runtime.database, self._company_id,
                                           changes.appointments)
        if touched:
            self._reread(touched, visits=bool(changes.appointments))

    def _reread(self, customer_ids: Collection[int], *, visits: bool = False) -> None:
        """These customers' rows again; with `visits`, their counts and history too (a rename
        leaves them as they were, and is timed: make bench, "rename")."""
        if self._company_id is None:
            return
        now = self._runtime.engine.clock()
        rows = customers(self._runtime.database, self._company_id, now, only=customer_ids)
        counts = (customer_visit_counts(self._runtime.database, self._company_id, now,
                                        only=customer_ids) if visits else None)
        if self.model.update_customers(rows, counts):
            self._stale = True  # a new customer: the whole list when it is next shown
            if self.isVisible():
                self.refresh()
                return
        selected = self.selected()
        if visits and selected is not None and selected.id in customer_ids:
            self._show_visits()

    def save(self) -> asyncio.Future | None:
        """Save the edits (the engine side writes them and tells every open view)."""
        customer = self.selected()
        if customer is None or self._company_id is None:
            return None

        def saved(_changes: object) -> None:
            self._reread({customer.id})  # its row at once; the Changes record tells the rest
            self.status.setText(self.tr("Saved."))

        return run_action(
            self._runtime.operations.edit_customer(self._company_id, customer.id, name=self.name.text(),
                                                   notes=self.notes.toPlainText(),
                                                   tags=self.tags.text().split(",")),
            control=self.save_button, busy_text=self.tr("Saving…"), what=self.tr("Saving the customer"),
            on_done=saved)

    def _open(self) -> None:
        customer = self.selected()
        if customer is not None and customer.conversation_id is not None:
            self.open_conversation.emit(customer.conversation_id)
