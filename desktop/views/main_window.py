"""The main window: companies in a sidebar, the selected company's page beside it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QHeaderView, QLabel, QListWidget,
                               QListWidgetItem, QMainWindow, QScrollArea, QSplitter,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from desktop import APP_NAME
from desktop.paths import DataPaths
from desktop.store.companies import CompanySummary, list_companies
from desktop.store.db import Database
from desktop.store.models import Company

DAY_NAMES = {"mon": "Monday", "tue": "Tuesday", "wed": "Wednesday", "thu": "Thursday",
             "fri": "Friday", "sat": "Saturday", "sun": "Sunday"}
TRANSPORT_WORDS = {"sim": "WhatsApp simulator", "baileys": "WhatsApp"}


def dot_icon(color: str, size: int = 12) -> QIcon:
    """A small filled circle: the state dot beside a company's name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def _card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame(objectName="card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    layout.addWidget(QLabel(title, objectName="cardTitle"))
    return frame, layout


class CompanyPage(QWidget):
    """What the shop looks like to its customers: details, opening hours and services."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)
        self.title = QLabel(objectName="pageTitle")
        self.subtitle = QLabel(objectName="pageSubtitle")
        outer.addWidget(self.title)
        outer.addWidget(self.subtitle)

        row = QHBoxLayout()
        row.setSpacing(16)
        details, details_layout = _card("Business")
        self.details = QLabel(objectName="muted")
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        details_layout.addWidget(self.details)
        details_layout.addStretch()
        hours, hours_layout = _card("Opening hours")
        self.hours = QLabel()
        hours_layout.addWidget(self.hours)
        hours_layout.addStretch()
        row.addWidget(details, 1)
        row.addWidget(hours, 1)
        outer.addLayout(row)

        services, services_layout = _card("Services")
        self.services = QTableWidget(0, 3)
        self.services.setHorizontalHeaderLabels(["Service", "Duration", "Price"])
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

    def show_company(self, company: Company) -> None:
        profile = company.profile or {}
        self.title.setText(company.name)
        self.subtitle.setText(TRANSPORT_WORDS.get(company.transport, company.transport)
                              + (" — try the whole flow without a phone"
                                 if company.transport == "sim" else ""))
        lines = [profile.get("address", ""), profile.get("phone", ""),
                 f"Time zone: {profile.get('timezone', 'not set')}"]
        self.details.setText("\n".join(line for line in lines if line))
        hours = profile.get("hours", {})
        rows = []
        for key, day in DAY_NAMES.items():
            ranges = hours.get(key) or []
            text = ", ".join(f"{start}–{end}" for start, end in ranges) or "closed"
            rows.append(f"<tr><td style='padding-right:18px'>{day}</td><td>{text}</td></tr>")
        self.hours.setText(f"<table>{''.join(rows)}</table>")
        services = profile.get("services", [])
        self.services.setRowCount(len(services))
        for row, service in enumerate(services):
            price = f"{service.get('price', '')} {service.get('currency', '')}".strip()
            for column, text in enumerate((service.get("name", ""),
                                           f"{service.get('duration_min', '?')} min", price)):
                self.services.setItem(row, column, QTableWidgetItem(str(text)))
        self.services.resizeColumnsToContents()
        self.services.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Show every service without an inner scroll bar: the page itself scrolls.
        height = self.services.horizontalHeader().height() + 4 + sum(
            self.services.rowHeight(row) for row in range(self.services.rowCount()))
        self.services.setFixedHeight(height)


class MainWindow(QMainWindow):
    """The front-desk window."""

    def __init__(self, database: Database, paths: DataPaths) -> None:
        super().__init__()
        self._database = database
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)

        sidebar_box = QWidget()
        sidebar_layout = QVBoxLayout(sidebar_box)
        sidebar_layout.setContentsMargins(0, 0, 0, 0)
        sidebar_layout.setSpacing(0)
        sidebar_layout.addWidget(QLabel("Companies", objectName="sidebarTitle"))
        self.sidebar = QListWidget(objectName="sidebar")
        self.sidebar.setIconSize(QSize(12, 12))
        sidebar_layout.addWidget(self.sidebar)
        sidebar_box.setStyleSheet("background: #ffffff;")

        self.page = CompanyPage()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.page)

        splitter = QSplitter()
        splitter.addWidget(sidebar_box)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 840])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(f"Data folder: {paths.root}")

        self.sidebar.currentItemChanged.connect(self._on_company_selected)
        self.reload_companies()

    def reload_companies(self) -> None:
        """Fill the sidebar from the database and select the first company."""
        self.sidebar.clear()
        for company in list_companies(self._database):
            self.sidebar.addItem(self._sidebar_item(company))
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)

    @staticmethod
    def _sidebar_item(company: CompanySummary) -> QListWidgetItem:
        where = TRANSPORT_WORDS.get(company.transport, company.transport)
        item = QListWidgetItem(dot_icon("#9aa3af"), f"{company.name}\n{where}")
        item.setData(Qt.ItemDataRole.UserRole, company.id)
        item.setToolTip(f"{company.name} — {company.conversations} conversations")
        return item

    def _on_company_selected(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        with self._database.session() as session:
            company = session.get(Company, current.data(Qt.ItemDataRole.UserRole))
            if company is not None:
                self.page.show_company(company)
