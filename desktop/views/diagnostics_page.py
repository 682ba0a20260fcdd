"""The Diagnostics page, for a technician: each company's connection and bridge, the database,
the AI provider, the self-checks, charts of the last 24 hours, and a bundle to mail.

Everything that reads the database or touches the network runs off the GUI thread (through
`run_action`); the page refreshes every minute while it is visible and not at all while hidden.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.queries import StateHistoryEntry, provider_choices, state_history
from desktop.bot.runtime import ShopRuntime
from desktop.bot.stats import DayStats, FailedSends, day_stats
from desktop.bridge import SessionStatus
from desktop.diagnostics import DiagnosticsParts, export_diagnostics
from desktop.doctor import CheckResult, run_checks
from desktop.logs import mask_phone_numbers
from desktop.store.companies import list_companies
from desktop.views.asyncop import error_text, run_action
from desktop.views.charts import PALETTE, BarChart, Series
from desktop.views.diagnostics_export import DiagnosticsExportDialog
from desktop.views.formats import (
    duration_text,
    keep_ltr,
    moment_text,
    number_text,
    plural_text,
    size_text,
    time_seconds_text,
)
from desktop.views.indexes import AnyIndex
from desktop.views.main_window_parts import card, dot_label, window_aligned
from desktop.views.reason_texts import reason_text
from desktop.views.status_words import GREEN, RED, state_change, state_colour, state_words, status_text

REFRESH_EVERY_MS = 60_000
STATUS_EVERY_MS = 5_000
HISTORY_ROWS = 15
HISTORY_MAX_HEIGHT = 300


# -- what one refresh reads (off the GUI thread) ---------------------------------------------------

@dataclass
class DiagnosticsSnapshot:
    """Database reads for one refresh: names, histories, provider settings, the charts' data."""

    names: dict[int, str]
    histories: dict[int, list[StateHistoryEntry]]
    providers: dict[int, object]
    stats: DayStats
    database_size: int | None
    taken_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def read_snapshot(runtime: ShopRuntime, company_ids: list[int],
                  chart_company: int | None) -> DiagnosticsSnapshot:
    """Everything a refresh needs from the database, in one go (runs in a worker thread)."""
    database = runtime.database
    names = {c.id: c.name for c in list_companies(database)}
    size = None
    if database.sqlite_file is not None:
        size = 0
        for suffix in ("", "-wal"):
            part = database.sqlite_file.with_name(database.sqlite_file.name + suffix)
            if part.exists():
                size += part.stat().st_size
    return DiagnosticsSnapshot(
        names=names,
        histories={cid: state_history(database, cid, HISTORY_ROWS) for cid in company_ids},
        providers=provider_choices(database, company_ids),
        stats=day_stats(database, chart_company),
        database_size=size)


# -- the connection history of one company -------------------------------------------------------

class StateHistoryModel(QAbstractTableModel):
    """A company's recent state changes, newest first: time, change, and why (decoded)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._entries: list[StateHistoryEntry] = []
        self._headers = (self.tr("Time"), self.tr("Change"), self.tr("Why"))

    def set_entries(self, entries: list[StateHistoryEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < 3):
            return self._headers[section]
        return None

    @staticmethod
    def why(entry: StateHistoryEntry) -> str:
        """The reason for a change (for a close: what its code means and what happens next)."""
        why = mask_phone_numbers(reason_text(entry.reason))
        return why if entry.code is None else f"{entry.code}: {why}"

    def data(self, index: AnyIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return moment_text(entry.at, seconds=True)
            if index.column() == 1:
                return state_change(entry.from_state, entry.to_state)
            return self.why(entry)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 2:
            return self.why(entry) if entry.reason else None
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# -- one company ---------------------------------------------------------------------------------

class CompanyPanel(QFrame):
    """A card with one company's connection, bridge process, AI provider and state history."""

    def __init__(self, company_id: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_id = company_id
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 16)
        layout.setSpacing(8)
        self.title = window_aligned(QLabel(name, objectName="cardTitle"))
        layout.addWidget(self.title)

        state_row = QHBoxLayout()
        state_row.setSpacing(8)
        self.dot = dot_label(12)
        self.state = QLabel(objectName="diagState")
        state_row.addWidget(self.dot)
        state_row.addWidget(self.state, 1)
        layout.addLayout(state_row)
        self.explanation = QLabel(objectName="muted")
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)

        facts = QGridLayout()
        facts.setHorizontalSpacing(18)
        facts.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        names = (("pid", self.tr("Bridge process")), ("uptime", self.tr("Running for")),
                 ("memory", self.tr("Memory")), ("restarts", self.tr("Bridge restarts")),
                 ("reconnects", self.tr("Reconnects")), ("node", self.tr("Node.js")),
                 ("baileys", self.tr("Baileys")), ("me", self.tr("Linked number")))
        for i, (key, text) in enumerate(names):
            row, column = divmod(i, 4)
            label = QLabel(text, objectName="factName")
            value = window_aligned(QLabel("—", objectName="factValue"))
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(label, row * 2, column)
            facts.addWidget(value, row * 2 + 1, column)
            self.values[key] = value
        for column in range(4):
            facts.setColumnStretch(column, 1)
        layout.addLayout(facts)

        provider_row = QHBoxLayout()
        provider_row.setSpacing(10)
        provider_row.addWidget(QLabel(self.tr("AI provider:"), objectName="factName"))
        self.provider = window_aligned(QLabel("—"))
        provider_row.addWidget(self.provider)
        self.provider_button = QPushButton(self.tr("Check AI provider"))
        provider_row.addWidget(self.provider_button)
        provider_row.addStretch(1)
        layout.addLayout(provider_row)
        self.provider_result = QLabel(objectName="checkResult")
        self.provider_result.setWordWrap(True)
        self.provider_result.hide()
        layout.addWidget(self.provider_result)

        layout.addWidget(QLabel(self.tr("Recent connection changes"), objectName="factName"))
        self.history_model = StateHistoryModel(self)
        self.history = QTableView(objectName="diagHistory")
        self.history.setModel(self.history_model)
        self.history.verticalHeader().setVisible(False)
        self.history.setShowGrid(False)
        self.history.setWordWrap(True)
        self.history.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.history.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.history)

    def show_status(self, status: SessionStatus) -> None:
        """Fill in the connection and bridge facts."""
        self.state.setText(state_words(status))
        self.dot.set_colour(state_colour(status))
        text = status_text(status)
        # Screens of this page get mailed: the shop's own number is masked like in the logs.
        self.explanation.setText(mask_phone_numbers(text))
        self.values["pid"].setText(str(status.pid) if status.pid else self.tr("not running"))
        self.values["uptime"].setText(duration_text(status.uptime_s) if status.pid else "—")
        self.values["memory"].setText(size_text(status.rss_bytes))
        self.values["restarts"].setText(number_text(status.bridge_restarts))
        self.values["reconnects"].setText(number_text(status.reconnects))
        self.values["node"].setText(status.node_version or "—")
        self.values["baileys"].setText(self.tr("version %1").replace(
            "%1", keep_ltr(status.baileys_version)) if status.baileys_version else "—")
        self.values["me"].setText(self._masked_me(status.me))

    def show_history(self, entries: list[StateHistoryEntry]) -> None:
        self.history_model.set_entries(entries)
        self.history.resizeRowsToContents()
        # As tall as the rows (up to a limit), so a short history needs no scrolling.
        rows = sum(self.history.rowHeight(r) for r in range(self.history_model.rowCount()))
        height = (self.history.horizontalHeader().sizeHint().height() + rows
                  + 2 * self.history.frameWidth() + 2)
        self.history.setFixedHeight(max(90, min(height, HISTORY_MAX_HEIGHT)))

    def _masked_me(self, me: str | None) -> str:
        """The linked number's last digits ("ends in 0200"): the rest stays masked."""
        if not me:
            return "—"
        masked = mask_phone_numbers(me.split(":")[0].split("@")[0])
        return self.tr("ends in %1").replace("%1", masked.lstrip("*"))

    def show_provider(self, setting: object) -> None:
        self.provider.setText(describe_provider(setting))

    def show_provider_check(self, ok: bool, message: str) -> None:
        self.provider_result.setText(("✓ " if ok else "✗ ") + message)
        self.provider_result.setProperty("ok", ok)
        self.provider_result.style().unpolish(self.provider_result)
        self.provider_result.style().polish(self.provider_result)
        self.provider_result.show()


def describe_provider(setting: object) -> str:
    """The provider setting in a few words (never with a key: keys are not in the settings)."""
    if not isinstance(setting, dict) or setting.get("kind", "offline") == "offline":
        return QCoreApplication.translate("CompanyPanel", "Built-in offline assistant")
    model = setting.get("model") or ""
    if setting.get("kind") == "openai":
        return QCoreApplication.translate("CompanyPanel", "OpenAI, model %1").replace(
            "%1", keep_ltr(model or "gpt-4.1-mini"))
    return QCoreApplication.translate("CompanyPanel", "Server %1, model %2").replace(
        "%1", keep_ltr(str(setting.get("base_url", "?")))).replace("%2", keep_ltr(model))


# -- the page ------------------------------------------------------------------------------------

class DiagnosticsPage(QWidget):
    """What a technician looks at first: every company's state, checks, charts and the export."""

    def __init__(self, runtime: ShopRuntime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsPage")
        self._runtime = runtime
        self._refreshing: asyncio.Future | None = None
        self.last_checks: list[CheckResult] | None = None
        self.snapshot: DiagnosticsSnapshot | None = None
        self.panels: dict[int, CompanyPanel] = {}
        from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore

        self.keys = ApiKeyStore(runtime.paths.root / FALLBACK_FILE_NAME)

        scroll = QScrollArea(objectName="diagnosticsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(objectName="page")
        scroll.setWidget(content)
        outer_layout = QVBoxLayout(self)
        outer_layout.setContentsMargins(0, 0, 0, 0)
        outer_layout.addWidget(scroll)

        outer = QVBoxLayout(content)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(QLabel(self.tr("Diagnostics"), objectName="pageTitle"))
        self.updated = QLabel(objectName="pageSubtitle")
        titles.addWidget(self.updated)
        header.addLayout(titles, 1)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export diagnostics…"), objectName="primary")
        self.export_button.clicked.connect(self.open_export_dialog)
        header.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)
        self.export_result = QLabel(objectName="checkResult")
        self.export_result.setWordWrap(True)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_result.hide()
        outer.addWidget(self.export_result)

        # -- charts -------------------------------------------------------------------------------
        charts_card, charts = card(self.tr("Last 24 hours"))
        chart_bar = QHBoxLayout()
        self.chart_company = QComboBox(objectName="chartCompany")
        self.chart_company.addItem(self.tr("All companies"), None)
        self.chart_company.currentIndexChanged.connect(lambda _i: self.refresh())
        self.chart_summary = QLabel(objectName="muted")
        chart_bar.addWidget(self.chart_company)
        chart_bar.addWidget(self.chart_summary, 1)
        charts.addLayout(chart_bar)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(18)
        hours = self.tr("Hour")
        self.messages_chart = BarChart(self.tr("Customer messages in, per hour"))
        self.messages_chart.set_labels(x_label=hours, y_label=self.tr("Messages"))
        self.answers_chart = BarChart(self.tr("Answers per hour"))
        self.answers_chart.set_labels(x_label=hours, y_label=self.tr("Answers"),
                                      empty_text=self.tr("No answers in the last 24 hours"))
        self.reply_chart = BarChart(self.tr("Time to first answer"))
        self.reply_chart.set_labels(x_label=self.tr("Wait"), y_label=self.tr("Customer turns"),
                                    empty_text=self.tr("No answered messages in the last 24 hours"))
        self.failures_chart = BarChart(self.tr("Send failures per hour"))
        self.failures_chart.set_labels(x_label=hours, y_label=self.tr("Failed messages"),
                                       empty_text=self.tr("No send failures in the last 24 hours"))
        self.charts = (self.messages_chart, self.answers_chart, self.reply_chart,
                       self.failures_chart)
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // 2, i % 2)
        charts.addLayout(grid)
        # Not only the last 24 hours, and counted also when a retry got the message through:
        # a shop whose sends fail now and then looks healthy on the charts alone.
        self.failed_ever = QLabel(objectName="failedEver")
        self.failed_ever.setWordWrap(True)
        charts.addWidget(self.failed_ever)
        outer.addWidget(charts_card)

        # -- companies ----------------------------------------------------------------------------
        self.companies_box = QVBoxLayout()
        self.companies_box.setSpacing(16)
        outer.addLayout(self.companies_box)

        # -- database and checks, side by side ----------------------------------------------------
        lower = QHBoxLayout()
        lower.setSpacing(16)
        db_card, db = card(self.tr("Database"))
        self.db_path = window_aligned(QLabel(self._database_path_text()))
        self.db_path.setWordWrap(True)
        self.db_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.db_size = QLabel(objectName="muted")
        db.addWidget(self.db_path)
        db.addWidget(self.db_size)
        db_row = QHBoxLayout()
        self.integrity_button = QPushButton(self.tr("Check integrity"))
        self.integrity_button.clicked.connect(self.check_integrity)
        db_row.addWidget(self.integrity_button)
        db_row.addStretch(1)
        db.addLayout(db_row)
        self.integrity_result = QLabel(objectName="checkResult")
        self.integrity_result.setWordWrap(True)
        self.integrity_result.hide()
        db.addWidget(self.integrity_result)
        db.addStretch(1)
        lower.addWidget(db_card, 2)

        checks_card, checks = card(self.tr("Self-checks"))
        checks_row = QHBoxLayout()
        self.checks_button = QPushButton(self.tr("Run checks"))
        self.checks_button.clicked.connect(self.run_checks)
        self.checks_summary = QLabel(self.tr("Checks Python, Node.js, the bridge, the data folder "
                                             "and the database; takes a few seconds."),
                                     objectName="muted")
        self.checks_summary.setWordWrap(True)
        checks_row.addWidget(self.checks_button, 0, Qt.AlignmentFlag.AlignTop)
        checks_row.addWidget(self.checks_summary, 1)
        checks.addLayout(checks_row)
        self.checks_list = QVBoxLayout()
        self.checks_list.setSpacing(6)
        checks.addLayout(self.checks_list)
        checks.addStretch(1)
        lower.addWidget(checks_card, 3)
        outer.addLayout(lower)
        outer.addStretch(1)

        self._refresh_timer = QTimer(self, interval=REFRESH_EVERY_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self._status_timer = QTimer(self, interval=STATUS_EVERY_MS)
        self._status_timer.timeout.connect(self.show_statuses)
        self._build_panels({})
        self.show_statuses()

    # -- visibility: refresh only while shown -----------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self._refresh_timer.start()
        self._status_timer.start()
        self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt's name
        super().hideEvent(event)
        self._refresh_timer.stop()
        self._status_timer.stop()

    # -- refresh ---------------------------------------------------------------------------------

    def _company_ids(self) -> list[int]:
        return sorted(self._runtime.sessions)

    def refresh(self) -> asyncio.Future | None:
        """Read statuses now and the database in a worker thread; charts redraw when it is back."""
        self.show_statuses()
        if self._refreshing is not None and not self._refreshing.done():
            return self._refreshing
        chart_company = self.chart_company.currentData()
        self._refreshing = run_action(
            asyncio.to_thread(read_snapshot, self._runtime, self._company_ids(), chart_company),
            control=self.refresh_button, busy_text=self.tr("Refreshing…"),
            what=self.tr("Refreshing diagnostics"), on_done=self.show_snapshot)
        return self._refreshing

    def _build_panels(self, names: dict[int, str]) -> None:
        for company_id in self._company_ids():
            if company_id in self.panels:
                if names.get(company_id):
                    self.panels[company_id].title.setText(names[company_id])
                continue
            panel = CompanyPanel(company_id, names.get(company_id)
                                 or self.tr("Company %1").replace("%1", str(company_id)))
            panel.provider_button.clicked.connect(
                lambda _=False, cid=company_id: self.check_provider(cid))
            self.panels[company_id] = panel
            self.companies_box.addWidget(panel)

    def show_statuses(self) -> None:
        """Fill every company's connection facts from its session (cheap: no database)."""
        self._build_panels({})
        for company_id, panel in self.panels.items():
            session = self._runtime.sessions.get(company_id)
            if session is not None:
                panel.show_status(session.status())

    def show_snapshot(self, snapshot: DiagnosticsSnapshot) -> None:
        """Show what a refresh read from the database."""
        self.snapshot = snapshot
        self._build_panels(snapshot.names)
        for company_id, panel in self.panels.items():
            panel.show_history(snapshot.histories.get(company_id, []))
            panel.show_provider(snapshot.providers.get(company_id))
        self._sync_company_combo(snapshot.names)
        self.db_size.setText(self.tr("Size on disk: %1").replace(
            "%1", size_text(snapshot.database_size)))
        self.show_stats(snapshot.stats)
        self.updated.setText(self.tr("Updated at %1; refreshes every minute while shown.")
                             .replace("%1", time_seconds_text(snapshot.taken_at)))

    def _sync_company_combo(self, names: dict[int, str]) -> None:
        wanted = [None, *sorted(names)]
        present = [self.chart_company.itemData(i) for i in range(self.chart_company.count())]
        if wanted == present:
            return
        current = self.chart_company.currentData()
        self.chart_company.blockSignals(True)
        self.chart_company.clear()
        self.chart_company.addItem(self.tr("All companies"), None)
        for company_id in sorted(names):
            self.chart_company.addItem(names[company_id], company_id)
        self.chart_company.setCurrentIndex(max(0, self.chart_company.findData(current)))
        self.chart_company.blockSignals(False)

    def show_stats(self, stats: DayStats) -> None:
        """Draw the four charts from a day's statistics."""
        hours = [f"{h:%H}" for h in stats.messages_in.hours]
        self.messages_chart.set_data(hours, [Series(self.tr("Messages"), stats.messages_in.counts,
                                                    PALETTE[2])],
                                     note=self.tr("%1 in total").replace(
                                         "%1", number_text(stats.messages_in.total)))
        self.answers_chart.set_data(hours, [Series(self.tr("Bot"), stats.answers.bot, PALETTE[0]),
                                            Series(self.tr("Staff"), stats.answers.staff,
                                                   PALETTE[1])],
                                    note=self.tr("bot %1 · staff %2")
                                    .replace("%1", number_text(sum(stats.answers.bot)))
                                    .replace("%2", number_text(sum(stats.answers.staff))))
        replies = stats.reply_times
        note = ""
        if replies.median_s is not None:
            note = self.tr("median %1").replace("%1", duration_text(replies.median_s))
        if replies.unanswered:
            note = (note + " · " if note else "") + self.tr("%1 waiting").replace(
                "%1", number_text(replies.unanswered))
        self.reply_chart.set_data([reply_time_label(label) for label in replies.labels],
                                  [Series(self.tr("Customer turns"), replies.counts, PALETTE[0])],
                                  note=note)
        self.failures_chart.set_data(hours, [Series(self.tr("Failed"),
                                                    stats.send_failures.counts, PALETTE[3])],
                                     note=self.tr("%1 in total").replace(
                                         "%1", number_text(stats.send_failures.total)))
        self.failed_ever.setText(self.failed_ever_text(stats.failed_ever))
        self.chart_summary.setText(self.tr("From %1 to now, by the hour of this computer's clock.")
                                   .replace("%1", moment_text(stats.since)))

    def failed_ever_text(self, failed: FailedSends) -> str:
        """"Sends that failed (ever): 3 attempts on 2 messages; 1 got through on a retry."."""
        if failed.attempts == 0:
            return self.tr("Sends that failed (ever): none.")
        return (plural_text(self.tr("Sends that failed (ever): %n attempt(s)", "",
                                    failed.attempts), failed.attempts)
                + plural_text(self.tr(" on %n message(s)", "", failed.messages), failed.messages)
                + plural_text(self.tr("; %n got through on a retry.", "", failed.got_through),
                              failed.got_through))

    # -- database ------------------------------------------------------------------------------

    def _database_path_text(self) -> str:
        path = self._runtime.database.sqlite_file
        if path is None:
            from sqlalchemy.engine import make_url

            return make_url(self._runtime.database.url).render_as_string(hide_password=True)
        return str(path)

    def check_integrity(self) -> asyncio.Future:
        """SQLite's integrity check, in a worker thread."""
        self.integrity_result.hide()

        def done(answer: str) -> None:
            ok = answer.strip().lower() == "ok"
            self._show_result(self.integrity_result, ok,
                              self.tr("The database is healthy.") if ok else
                              self.tr("Problems found: %1").replace("%1", answer))

        def failed(error: BaseException) -> None:
            self._show_result(self.integrity_result, False, error_text(error))

        return run_action(asyncio.to_thread(self._runtime.database.integrity_check),
                          control=self.integrity_button, busy_text=self.tr("Checking…"),
                          on_done=done, on_error=failed)

    @staticmethod
    def _show_result(label: QLabel, ok: bool, text: str) -> None:
        label.setText(("✓ " if ok else "✗ ") + text)
        label.setProperty("ok", ok)
        label.style().unpolish(label)
        label.style().polish(label)
        label.show()

    # -- AI provider -----------------------------------------------------------------------------

    async def _provider_check(self, company_id: int):
        from desktop.bot.ai.providers import ProviderKind, load_provider_settings, test_provider

        # A provider set up wrongly (ProviderError) is shown by check_provider's on_error.
        provider = await asyncio.to_thread(load_provider_settings, self._runtime.settings,
                                           company_id)
        key = None
        if provider.kind is not ProviderKind.OFFLINE:
            # The keyring can be slow (D-Bus): not on the GUI thread.
            stored = await asyncio.to_thread(self.keys.load, provider.kind.value, company_id)
            key = stored.value if stored is not None else None
        check = await test_provider(provider, key)
        return check.ok, check.message

    def check_provider(self, company_id: int) -> asyncio.Future:
        """Ask the company's AI provider for a one-token answer; the key is never shown."""
        panel = self.panels[company_id]
        panel.provider_result.hide()
        return run_action(self._provider_check(company_id), control=panel.provider_button,
                          busy_text=self.tr("Checking…"),
                          on_done=lambda result: panel.show_provider_check(*result),
                          on_error=lambda error: panel.show_provider_check(False, error_text(error)))

    # -- self-checks -------------------------------------------------------------------------------

    def run_checks(self) -> asyncio.Future:
        """The doctor's checks in a worker thread (one of them starts a throw-away bridge)."""
        self.checks_summary.setText(self.tr("Running the checks…"))
        return run_action(asyncio.to_thread(run_checks, self._runtime.paths),
                          control=self.checks_button, busy_text=self.tr("Checking…"),
                          what=self.tr("Running the checks"), on_done=self.show_checks,
                          on_error=lambda error: self.checks_summary.setText(
                              self.tr("The checks could not run: %1").replace("%1", error_text(error))))

    def show_checks(self, results: list[CheckResult]) -> None:
        """List each check as ok or failed, with the advice under failures."""
        self.last_checks = list(results)
        while self.checks_list.count():
            item = self.checks_list.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        passed = sum(r.ok for r in results)
        self.checks_summary.setText(self.tr("%1 of %2 checks passed.")
                                    .replace("%1", number_text(passed))
                                    .replace("%2", number_text(len(results))))
        for result in results:
            row = QWidget(objectName="checkRow")
            grid = QGridLayout(row)
            grid.setContentsMargins(0, 2, 0, 2)
            grid.setHorizontalSpacing(8)
            grid.setVerticalSpacing(2)
            dot = dot_label(10)
            dot.set_colour(GREEN if result.ok else RED)
            grid.addWidget(dot, 0, 0, Qt.AlignmentFlag.AlignVCenter)
            name = QLabel(f"<b>{result.name.replace('_', ' ')}</b>: {result.detail}")
            name.setWordWrap(True)
            name.setTextFormat(Qt.TextFormat.RichText)
            grid.addWidget(name, 0, 1)
            if not result.ok and result.advice:
                advice = QLabel("→ " + result.advice, objectName="checkAdvice")
                advice.setWordWrap(True)
                grid.addWidget(advice, 1, 1)
            grid.setColumnStretch(1, 1)
            row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
            self.checks_list.addWidget(row)

    # -- export ----------------------------------------------------------------------------------

    def open_export_dialog(self) -> DiagnosticsExportDialog:
        """Say what the bundle holds and ask where to save it (opened, not exec'd: the asyncio
        loop keeps running); conversation texts go in only when the technician ticks them."""
        dialog = DiagnosticsExportDialog(self)
        dialog.chosen.connect(lambda target, texts: self.export_to(target, include_texts=texts))
        self.export_dialog = dialog  # kept so it is not garbage-collected while open
        dialog.open()
        return dialog

    def export_to(self, target: Path, *, include_texts: bool = False) -> asyncio.Future:
        """Write the diagnostics zip (in a worker thread); runs the checks if not run yet."""
        parts = DiagnosticsParts.from_runtime(self._runtime)  # statuses read on this thread
        self.export_result.hide()

        def done(path: Path) -> None:
            if include_texts:
                text = self.tr("Saved %1. Phone numbers are masked and keys removed; it holds "
                               "conversation texts: send it only to a technician you trust.")
            else:
                text = self.tr("Saved %1. Phone numbers are masked, keys and conversation "
                               "texts removed: it is safe to mail.")
            self._show_result(self.export_result, True, text.replace("%1", str(path)))

        def failed(error: BaseException) -> None:
            self._show_result(self.export_result, False,
                              self.tr("The export failed: %1").replace("%1", error_text(error)))

        return run_action(asyncio.to_thread(export_diagnostics, parts, target,
                                            checks=self.last_checks,
                                            include_texts=include_texts),
                          control=self.export_button, busy_text=self.tr("Exporting…"),
                          on_done=done, on_error=failed)


def reply_time_label(label: str) -> str:
    """"< 5 s", "5–30 s", "30 s–2 min", "2–10 min", "> 10 min" in the chosen language."""
    labels = {
        "< 5 s": QCoreApplication.translate("DiagnosticsPage", "< 5 s"),
        "5–30 s": QCoreApplication.translate("DiagnosticsPage", "5–30 s"),
        "30 s–2 min": QCoreApplication.translate("DiagnosticsPage", "30 s–2 min"),
        "2–10 min": QCoreApplication.translate("DiagnosticsPage", "2–10 min"),
        "> 10 min": QCoreApplication.translate("DiagnosticsPage", "> 10 min"),
    }
    return labels.get(label, label)
