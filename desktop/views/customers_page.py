"""Customers: everyone who wrote to the shop, with first and last contact, visits, notes and tags;
search, edit name, notes and tags, and open the conversation.
"""

from __future__ import annotations

import asyncio
from collections.abc import Collection
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.events import Changes
from desktop.bot.queries import CustomerOverview, customers
from desktop.bot.runtime import ShopRuntime
from desktop.views.asyncop import run_action
from desktop.views.formats import date_text, date_time_text, keep_ltr, number_text
from desktop.views.main_window_parts import card, window_aligned

CustomerRole = Qt.ItemDataRole.UserRole + 1


class CustomerTableModel(QAbstractTableModel):
    """The customers of one company, one row each."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerOverview] = []
        self._headers = [self.tr("Name"), self.tr("Phone"), self.tr("First contact"),
                         self.tr("Last contact"), self.tr("Visits"), self.tr("Notes"),
                         self.tr("Tags")]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == CustomerRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            values = (row.name or "—", keep_ltr(row.phone) if row.phone else "—",
                      date_text(row.first_contact), date_time_text(row.last_contact),
                      number_text(row.visits),
                      " ".join(row.notes.split())[:80], ", ".join(row.tags))
            return values[index.column()]
        if role == Qt.ItemDataRole.EditRole:  # sorting by the real values
            values = (row.name or "", row.phone or "", row.first_contact, row.last_contact,
                      row.visits, row.notes, ", ".join(row.tags))
            return values[index.column()]
        return None

    def set_customers(self, rows: list[CustomerOverview]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_customers(self, rows: list[CustomerOverview]) -> set[int]:
        """Put fresh copies of these customers in their rows (no reset: the selection, the sort
        and the scroll position stay); returns the ids that were not in the list."""
        fresh = {row.id: row for row in rows}
        for n, row in enumerate(self._rows):
            if row.id in fresh:
                self._rows[n] = fresh.pop(row.id)
                self.dataChanged.emit(self.index(n, 0), self.index(n, self.columnCount() - 1))
        return set(fresh)


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
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
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
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        left.addWidget(self.table, 1)
        self.count = QLabel(objectName="muted")
        left.addWidget(self.count)
        outer.addLayout(left, 1)

        editor, form_layout = card(self.tr("Customer"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.phone = window_aligned(QLabel())
        self.phone.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QPlainTextEdit()
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
        form_layout.addStretch(1)
        editor.setMaximumWidth(380)
        outer.addWidget(editor)

        self.search.textChanged.connect(self._search)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self._show_selected()

    def set_company(self, company_id: int | None) -> None:
        """Show a company's customers; loaded when the page is on screen (it can be thousands)."""
        self._company_id = company_id
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        rows = [] if self._company_id is None else customers(
            self._runtime.database, self._company_id, self._runtime.engine.clock())
        self.model.set_customers(rows)
        self._search(self.search.text())

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

    def on_changes(self, changes: Changes) -> None:
        """Customers changed: their rows are read again at once (only theirs: a shop has
        thousands); the editor keeps what someone is typing."""
        if changes.company_id == self._company_id and changes.customers:
            self._reread(changes.customers)

    def _reread(self, customer_ids: Collection[int]) -> None:
        if self._company_id is None:
            return
        rows = customers(self._runtime.database, self._company_id, self._runtime.engine.clock(),
                         only=customer_ids)
        if self.model.update_customers(rows):
            self._stale = True  # a new customer: the whole list when it is next shown
            if self.isVisible():
                self.refresh()

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
