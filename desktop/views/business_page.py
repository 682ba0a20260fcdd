"""The Business page: what the shop looks like to its customers — details, hours and services."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from desktop.views.main_window_parts import card

DAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class BusinessPage(QWidget):
    """A read-only summary of the business profile the receptionist answers from."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self.day_names = dict(zip(DAY_KEYS, (self.tr("Monday"), self.tr("Tuesday"),
                                             self.tr("Wednesday"), self.tr("Thursday"),
                                             self.tr("Friday"), self.tr("Saturday"),
                                             self.tr("Sunday"))))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)

        row = QHBoxLayout()
        row.setSpacing(16)
        details, details_layout = card(self.tr("Business"))
        self.details = QLabel(objectName="muted")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        details_layout.addWidget(self.details)
        details_layout.addStretch()
        hours, hours_layout = card(self.tr("Opening hours"))
        self.hours = QLabel()
        hours_layout.addWidget(self.hours)
        hours_layout.addStretch()
        row.addWidget(details, 1)
        row.addWidget(hours, 1)
        outer.addLayout(row)

        services, services_layout = card(self.tr("Services"))
        self.services = QTableWidget(0, 3)
        self.services.setHorizontalHeaderLabels([self.tr("Service"), self.tr("Duration"),
                                                 self.tr("Price")])
        self.services.verticalHeader().setVisible(False)
        self.services.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.services.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        header = self.services.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(110)
        self.services.setShowGrid(False)
        services_layout.addWidget(self.services)
        outer.addWidget(services)
        outer.addStretch(1)

    def show_profile(self, profile: dict) -> None:
        lines = [profile.get("address", ""), profile.get("phone", ""),
                 self.tr("Time zone: %1").replace("%1", profile.get("timezone", "—"))]
        self.details.setText("\n".join(line for line in lines if line))
        hours = profile.get("hours", {})
        rows = []
        for key in DAY_KEYS:
            ranges = hours.get(key) or []
            text = ", ".join(f"{start}–{end}" for start, end in ranges) or self.tr("closed")
            rows.append(f"<tr><td style='padding-right:18px'>{self.day_names[key]}</td>"
                        f"<td>{text}</td></tr>")
        self.hours.setText(f"<table>{''.join(rows)}</table>")
        services = profile.get("services", [])
        self.services.setRowCount(len(services))
        for row, service in enumerate(services):
            price = f"{service.get('price', '')} {service.get('currency', '')}".strip()
            duration = self.tr("%1 min").replace("%1", str(service.get("duration_min", "?")))
            for column, text in enumerate((service.get("name", ""), duration, price)):
                self.services.setItem(row, column, QTableWidgetItem(str(text)))
        # Show every service without an inner scroll bar: the page itself scrolls.
        height = self.services.horizontalHeader().height() + 4 + sum(
            self.services.rowHeight(row) for row in range(self.services.rowCount()))
        self.services.setFixedHeight(height)
