"""The main window: companies in a sidebar; for the selected one, its AI switch, conversations,
connection, simulator and business pages. The sidebar's menu (right click, or the toolbar's
Manage button) renames, archives, restores and deletes a company; the AI Admin menu backs up
the data folder and restores a backup (`views/backup_menu.py`).
"""

from __future__ import annotations

import asyncio

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME
from desktop.bot.ai.keys import FALLBACK_FILE_NAME, ApiKeyStore
from desktop.bot.events import Changes, DatabaseFault, SessionStateChanged, Waiting
from desktop.bot.preferences import LANGUAGE, window_preferences
from desktop.bot.queries import company_name
from desktop.bot.runtime import ShopRuntime
from desktop.logs import LOG_FILE, RingBufferHandler
from desktop.paths import DataPaths
from desktop.reason import Reason
from desktop.store.companies import company_contents, list_companies
from desktop.views.about import show_about
from desktop.views.add_company import AddCompanyDialog
from desktop.views.agenda_page import AgendaPage
from desktop.views.asyncop import error_text, run_action, show_error
from desktop.views.backup_menu import BackupMenu
from desktop.views.companies import (
    CompanyDelegate,
    CompanyIdRole,
    CompanyListModel,
    CompanyRow,
    archived_words,
)
from desktop.views.company_dialogs import DeleteCompanyDialog, RenameCompanyDialog, isolated_name
from desktop.views.connection_page import ConnectionPage
from desktop.views.conversations.page import ConversationsPage
from desktop.views.customers_page import CustomersPage
from desktop.views.diagnostics_page import DiagnosticsPage
from desktop.views.engine_signals import EngineSignals
from desktop.views.formats import keep_ltr
from desktop.views.i18n import LANGUAGES, chosen_language
from desktop.views.logs_view import LogsPage
from desktop.views.main_window_parts import dot_label
from desktop.views.profile_editor import ProfileEditorPage
from desktop.views.reason_texts import reason_text
from desktop.views.simulator_page import SimulatorPage
from desktop.views.status_words import state_colour, state_words
from desktop.views.tray import ShopTray


def _gap(width: int) -> QWidget:
    gap = QWidget()
    gap.setFixedWidth(width)
    return gap


def _scrolling(page: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area


class MainWindow(QMainWindow):
    """The front-desk window; closing it asks the app to quit (`quit_requested`)."""

    quit_requested = Signal()
    restore_requested = Signal(str)   # a checked backup file the owner agreed to restore

    def __init__(self, runtime: ShopRuntime, signals: EngineSignals, paths: DataPaths,
                 log_lines: RingBufferHandler | None = None) -> None:
        """`log_lines`: the live log `setup_logging` returned (None: the log page shows the file only)."""
        super().__init__()
        self._runtime = runtime
        self._signals = signals
        self._company_id: int | None = None
        preferences = window_preferences(runtime.database)
        self.setWindowTitle(APP_NAME)
        self.resize(1180, 760)

        # -- sidebar -----------------------------------------------------------------------------
        sidebar = QWidget(objectName="sidebarBox")
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 8)
        side.setSpacing(0)
        side.addWidget(QLabel(self.tr("Companies"), objectName="sidebarTitle"))
        self.companies = CompanyListModel(self)
        self.sidebar = QListView(objectName="sidebar")
        self.sidebar.setModel(self.companies)
        self.sidebar.setItemDelegate(CompanyDelegate(self.sidebar))
        self.sidebar.setMouseTracking(True)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setResizeMode(QListView.ResizeMode.Adjust)
        self.sidebar.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.sidebar.customContextMenuRequested.connect(self._on_sidebar_menu)
        side.addWidget(self.sidebar, 1)
        # Archived companies are out of the way unless asked for (shown when there are any).
        self.show_archived = QCheckBox(objectName="showArchived")
        self.show_archived.setContentsMargins(14, 0, 10, 0)
        self.show_archived.toggled.connect(self._on_show_archived)
        self.show_archived.hide()
        archived_row = QHBoxLayout()
        archived_row.setContentsMargins(14, 4, 10, 0)
        archived_row.addWidget(self.show_archived)
        side.addLayout(archived_row)
        self.add_button = QPushButton(self.tr("+ Add company"), objectName="addCompany")
        self.add_button.clicked.connect(self.open_add_company)
        side.addWidget(self.add_button)

        # -- toolbar: the selected company and its AI switch ---------------------------------------
        toolbar = QToolBar(self.tr("Company"), objectName="companyBar")
        toolbar.setMovable(False)
        toolbar.setFloatable(False)
        self.state_dot = dot_label(12)
        self.company_title = QLabel(objectName="toolbarTitle")
        self.state_text = QLabel(objectName="muted")
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.ai_switch = QCheckBox(self.tr("AI answers customers"), objectName="aiSwitch")
        self.ai_switch.toggled.connect(self._on_ai_switch)
        # The same menu as the sidebar's right click, where an owner looks for it.
        self.manage_button = QToolButton(objectName="manageCompany")
        self.manage_button.setText(self.tr("Manage"))
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manage_menu = QMenu(self.manage_button)
        self.manage_menu.aboutToShow.connect(
            lambda: self._fill_company_menu(self.manage_menu, self._company_id))
        self.manage_button.setMenu(self.manage_menu)
        for widget in (self.company_title, _gap(8), self.manage_button, _gap(16), self.state_dot,
                       _gap(6), self.state_text, spacer, self.ai_switch, _gap(8)):
            toolbar.addWidget(widget)
        self.addToolBar(toolbar)

        # -- pages -------------------------------------------------------------------------------
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        self.ai_off_banner = QLabel(self.tr(
            "AI is off: nothing is answered automatically. Staff must reply to every customer."),
            objectName="warningBanner")
        self.ai_off_banner.setWordWrap(True)
        self.ai_off_banner.hide()
        right_layout.addWidget(self.ai_off_banner)
        self.archived_banner = QFrame(objectName="archivedBanner")
        banner_row = QHBoxLayout(self.archived_banner)
        banner_row.setContentsMargins(16, 8, 16, 8)
        self.archived_text = QLabel(self.tr(
            "This company is archived: its WhatsApp is stopped and nothing is answered or sent. "
            "Its conversations, customers and visits are kept."))
        self.archived_text.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore"), objectName="restoreButton")
        self.restore_button.clicked.connect(lambda: self.restore_company(self._company_id))
        banner_row.addWidget(self.archived_text, 1)
        banner_row.addWidget(self.restore_button)
        self.archived_banner.hide()
        right_layout.addWidget(self.archived_banner)
        # Something waits for the database (locked by another program, a full disk): staff see
        # it at once, with the reason, until it works again.
        self._database_faults: dict[tuple[int | None, Waiting], Reason] = {}
        self.fault_banner = QLabel(objectName="warningBanner")
        self.fault_banner.setWordWrap(True)
        self.fault_banner.hide()
        right_layout.addWidget(self.fault_banner)
        self.tabs = QTabWidget(objectName="pages")
        self.tabs.setDocumentMode(True)
        self.conversations = ConversationsPage(runtime.operations, runtime.database, signals)
        self.agenda = AgendaPage(runtime)
        self.customers = CustomersPage(runtime)
        signals.changes.connect(self.agenda.on_changes)
        signals.changes.connect(self.customers.on_changes)
        self.connection = ConnectionPage(runtime, signals)
        self.simulator = SimulatorPage(runtime, signals)
        self.business = ProfileEditorPage(runtime, ApiKeyStore(paths.root / FALLBACK_FILE_NAME))
        self.tabs.addTab(self.conversations, self.tr("Conversations"))
        self.tabs.addTab(self.agenda, self.tr("Appointments"))
        self.tabs.addTab(self.customers, self.tr("Customers"))
        self.connection_tab = _scrolling(self.connection)
        self.tabs.addTab(self.connection_tab, self.tr("Connection"))
        self.tabs.addTab(self.simulator, self.tr("Simulator"))
        self.tabs.addTab(_scrolling(self.business), self.tr("Business"))
        # For technicians: everything AI Admin logs, and the health of every company.
        self.logs = LogsPage(log_lines, paths.logs_dir / LOG_FILE)
        self.diagnostics = DiagnosticsPage(runtime)
        self.tabs.addTab(self.logs, self.tr("Log"))
        self.tabs.addTab(self.diagnostics, self.tr("Diagnostics"))
        self.agenda.open_conversation.connect(self.show_conversation)
        self.customers.open_conversation.connect(self.show_conversation)
        right_layout.addWidget(self.tabs, 1)

        splitter = QSplitter()
        splitter.addWidget(sidebar)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([250, 930])
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)
        self.statusBar().showMessage(self.tr("Data folder: %1").replace(
            "%1", keep_ltr(str(paths.root))))

        self.backups = BackupMenu(self, runtime, daily_on=preferences.daily_backups)
        self.backups.restore_requested.connect(self.restore_requested)
        self._build_menu(chosen_language(preferences.language))
        self.tray = ShopTray(self, signals, notice_shown=preferences.tray_notice_shown)
        self.tray.open_requested.connect(self.bring_forward)
        self.tray.quit_requested.connect(self.quit_requested)
        self.tray.notice_shown.connect(lambda: run_action(
            runtime.operations.note_tray_notice_shown(), what=self.tr("Saving a preference")))

        self.sidebar.selectionModel().currentChanged.connect(self._on_company_selected)
        signals.sessionStateChanged.connect(self._on_state)
        signals.changes.connect(self._on_changes)
        signals.databaseFault.connect(self._on_database_fault)
        self.reload_companies()

    def _build_menu(self, current: str) -> None:
        menu = self.menuBar().addMenu(self.tr("&AI Admin"))
        language_menu = menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            group.addAction(action)
            language_menu.addAction(action)
            self.language_actions[code] = action
        menu.addSeparator()
        self.backups.add_to(menu)
        menu.addSeparator()
        about = QAction(self.tr("About AI Admin"), self)
        about.triggered.connect(lambda: show_about(self))
        menu.addAction(about)
        menu.addSeparator()
        quit_action = QAction(self.tr("Quit (stops answering)"), self)
        quit_action.triggered.connect(self.quit_requested)
        menu.addAction(quit_action)

    def choose_language(self, code: str) -> asyncio.Future:
        """Store the language (it applies when the window opens next), then say so."""
        def stored(_changes: Changes) -> None:
            box = QMessageBox(QMessageBox.Icon.Information, APP_NAME,
                              self.tr("The language changes the next time AI Admin starts."),
                              QMessageBox.StandardButton.Ok, self)
            self.language_box = box
            box.open()

        return run_action(self._runtime.operations.choose_language(code),
                          what=self.tr("Choosing the language"), on_done=stored)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()
        if self.tray.keep_running_on_close():
            self.hide()  # customers are still answered; the tray icon brings the window back
            return
        # No tray to live in: closing quits. The app stops its bridges before it goes.
        self.quit_requested.emit()

    def bring_forward(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # -- companies -----------------------------------------------------------------------------

    def reload_companies(self) -> None:
        """Fill the sidebar from the database; the selected company stays selected while it is
        shown, else the first one shown is."""
        sessions = self._runtime.sessions
        rows = [CompanyRow(c.id, c.name, c.transport, c.ai_enabled,
                           sessions[c.id].status() if c.id in sessions else None,
                           archived=c.archived, demo=c.demo)
                for c in list_companies(self._runtime.database)]
        keep = self._company_id
        self.companies.set_companies(rows)
        for row in rows:
            self.tray.set_company_name(row.id, row.name)
        self.logs.set_company_names({row.id: row.name for row in rows})
        archived = self.companies.archived_count
        self.show_archived.setText(self.tr("Show archived (%1)").replace("%1", str(archived)))
        self.show_archived.setVisible(archived > 0)
        if archived and self.companies.rowCount() == 0:
            self.show_archived.setChecked(True)  # only archived companies left: show them
        shown = self.companies.rowCount()
        self.tabs.setEnabled(shown > 0)
        if not shown:
            self._company_id = None
            self.company_title.setText(self.tr("No company"))
            self.manage_button.setEnabled(False)
            self.archived_banner.hide()
            return
        self.manage_button.setEnabled(True)
        if keep is not None and self.companies.row_of(keep) >= 0:
            self._company_id = None  # shown again from the fresh row (archived or not)
            self.select_company(keep)
        else:
            self.select_company(self.companies.index(0).data(CompanyIdRole))

    def _on_show_archived(self, show: bool) -> None:
        self.companies.set_show_archived(show)
        self.reload_companies()

    def select_company(self, company_id: int) -> None:
        row = self.companies.row_of(company_id)
        if row >= 0:
            index = self.companies.index(row)
            if self.sidebar.currentIndex() == index:
                self._on_company_selected(index, index)  # the same row, read again
                return
            self.sidebar.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    @property
    def company_id(self) -> int | None:
        return self._company_id

    def _on_company_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        company_id = current.data(CompanyIdRole)
        self._company_id = company_id
        row = self.companies.company(company_id)
        self.company_title.setText(row.name)
        if row.archived:
            self.state_dot.set_colour("#c3c8d0")
            self.state_text.setText(archived_words())
        else:
            self._show_state(row.status)
        self.ai_switch.blockSignals(True)
        self.ai_switch.setChecked(row.ai_enabled)
        self.ai_switch.blockSignals(False)
        # An archived company answers nothing: its switch and its connection wait for a restore.
        self.ai_switch.setEnabled(not row.archived)
        self.archived_banner.setVisible(row.archived)
        self.ai_off_banner.setVisible(not row.ai_enabled and not row.archived)
        self._show_database_faults()
        self.business.set_company(company_id)
        self.agenda.set_company(company_id)
        self.customers.set_company(company_id)
        self.conversations.set_company(company_id)
        if company_id in self._runtime.sessions:
            self.connection.set_company(company_id)
        self.simulator.set_company(company_id)
        self.tabs.setTabVisible(self.tabs.indexOf(self.simulator),
                                row.transport == "sim" and not row.archived)
        self.tabs.setTabVisible(self.tabs.indexOf(self.connection_tab), not row.archived)

    def _show_state(self, status) -> None:
        self.state_dot.set_colour(state_colour(status))
        self.state_text.setText(state_words(status))

    def _on_state(self, event: SessionStateChanged) -> None:
        self.companies.update_status(event.company_id, event.status)
        row = self.companies.company(event.company_id)
        # An archived company's bridge saying it stopped does not replace "Not answering".
        if event.company_id == self._company_id and row is not None and not row.archived:
            self._show_state(event.status)

    def show_conversation(self, conversation_id: int) -> None:
        """Switch to the Conversations page with this conversation open."""
        self.tabs.setCurrentWidget(self.conversations)
        self.conversations.open_conversation(conversation_id)

    def _on_database_fault(self, event: DatabaseFault) -> None:
        key = (event.company_id, event.waiting)
        if event.reason is None:
            self._database_faults.pop(key, None)
        else:
            self._database_faults[key] = event.reason
        self._show_database_faults()

    def _show_database_faults(self) -> None:
        """Customers' messages waiting (the store is shared) and this company's replies waiting."""
        lines = []
        incoming = self._database_faults.get((None, Waiting.INCOMING))
        if incoming is not None:
            lines.append(self.tr("Customers' messages are waiting to be saved: %1. AI Admin keeps "
                                 "trying and saves them as soon as it can; none is lost.")
                         .replace("%1", reason_text(incoming)))
        replies = self._database_faults.get((self._company_id, Waiting.REPLIES))
        if replies is not None:
            lines.append(self.tr("Replies are waiting to be sent: %1. AI Admin keeps trying; "
                                 "none is lost.").replace("%1", reason_text(replies)))
        self.fault_banner.setText("\n".join(lines))
        self.fault_banner.setVisible(bool(lines))

    def _on_changes(self, changes: Changes) -> None:
        """Staff changed a company's profile (its name) or its AI switch: the sidebar, the tray
        and the toolbar follow; a language chosen elsewhere (the first start) is checked in the
        Language menu."""
        if LANGUAGE in changes.settings:
            chosen = chosen_language(window_preferences(self._runtime.database).language)
            self.language_actions[chosen].setChecked(True)
        company_id = changes.company_id
        if company_id is None:
            return
        if changes.company:  # archived, restored, deleted or added
            self.reload_companies()
            return
        if changes.profile:
            name = company_name(self._runtime.database, company_id)
            if name is not None:  # not removed meanwhile
                self.companies.rename(company_id, name)
                self.tray.set_company_name(company_id, name)
                if company_id == self._company_id:
                    self.company_title.setText(name)
                    # Renamed from the sidebar: the Business page's name field follows (its other
                    # unsaved edits stay), so saving it later keeps the new name.
                    if self.business.name.text().strip() != name:
                        self.business.name.setText(name)
        if changes.company_ai is not None:
            self.companies.set_ai_enabled(company_id, changes.company_ai)
            if company_id == self._company_id:
                self.ai_switch.blockSignals(True)
                self.ai_switch.setChecked(changes.company_ai)
                self.ai_switch.blockSignals(False)
                self.ai_off_banner.setVisible(not changes.company_ai)

    # -- the AI switch -------------------------------------------------------------------------

    def _on_ai_switch(self, enabled: bool) -> None:
        company_id = self._company_id
        if company_id is None:
            return

        def failed(error: BaseException) -> None:
            self.ai_switch.blockSignals(True)
            self.ai_switch.setChecked(not enabled)
            self.ai_switch.blockSignals(False)
            show_error(self, self.tr("The AI switch did not change."), error_text(error))

        # The sidebar and the banner follow the command's Changes (`_on_changes`).
        run_action(self._runtime.operations.set_company_ai(company_id, enabled),
                   control=self.ai_switch, what=self.tr("Switching the AI"), on_error=failed)

    # -- adding a company ----------------------------------------------------------------------

    def open_add_company(self) -> AddCompanyDialog:
        dialog = AddCompanyDialog(self)
        dialog.accepted_company.connect(self._add_company)
        self.add_dialog = dialog
        dialog.open()
        return dialog

    def _add_company(self, name: str, profile: dict, transport: str) -> None:
        def added(company_id: int) -> None:
            status = self._runtime.session(company_id).status()
            self.companies.add_company(CompanyRow(company_id, name, transport, True, status))
            self.tray.set_company_name(company_id, name)
            self.select_company(company_id)
            self.tabs.setCurrentWidget(self.connection_tab)  # link it now

        run_action(self._runtime.add_new_company(name, profile, transport),
                   control=self.add_button, busy_text=self.tr("Adding…"),
                   what=self.tr("Adding the company"), on_done=added)

    # -- renaming, archiving, restoring, deleting ---------------------------------------------

    def _on_sidebar_menu(self, position: QPoint) -> None:
        index = self.sidebar.indexAt(position)
        if not index.isValid():
            return
        menu = QMenu(self)
        self._fill_company_menu(menu, index.data(CompanyIdRole))
        self.company_menu = menu  # kept for tests and so it is not garbage-collected
        menu.popup(self.sidebar.viewport().mapToGlobal(position))

    def _fill_company_menu(self, menu: QMenu, company_id: int | None) -> None:
        """The company's actions: rename, archive or restore, delete."""
        menu.clear()
        row = self.companies.company(company_id) if company_id is not None else None
        if row is None:
            return
        menu.addAction(self.tr("Rename…"), lambda: self.open_rename(row.id))
        if row.archived:
            menu.addAction(self.tr("Restore (answer again)"), lambda: self.restore_company(row.id))
        else:
            menu.addAction(self.tr("Archive (stop answering, keep history)…"),
                           lambda: self.confirm_archive(row.id))
        menu.addSeparator()
        menu.addAction(self.tr("Delete…"), lambda: self.open_delete(row.id))

    def open_rename(self, company_id: int) -> RenameCompanyDialog:
        row = self.companies.company(company_id)
        dialog = RenameCompanyDialog(row.name if row else "", self)
        # The sidebar, tray and toolbar follow the command's Changes (a profile change).
        dialog.renamed.connect(lambda name: run_action(
            self._runtime.operations.rename_company(company_id, name),
            what=self.tr("Renaming the company")))
        self.rename_dialog = dialog
        dialog.open()
        return dialog

    def confirm_archive(self, company_id: int) -> QMessageBox:
        row = self.companies.company(company_id)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Archive the company"),
                          self.tr("Archive “%1”?").replace("%1", isolated_name(row.name if row else "")),
                          QMessageBox.StandardButton.Cancel, self)
        box.setInformativeText(self.tr(
            "Its WhatsApp stops: customers who write get no answer and nothing is sent, also "
            "reminders. Its conversations, customers and visits are kept, and it can be "
            "restored at any time (Show archived, then Restore)."))
        archive = box.addButton(self.tr("Archive"), QMessageBox.ButtonRole.AcceptRole)

        def answered() -> None:
            if box.clickedButton() is archive:
                self.archive_company(company_id)

        box.finished.connect(lambda _result: answered())
        self.archive_box = box
        box.open()
        return box

    def archive_company(self, company_id: int) -> asyncio.Future:
        return run_action(self._runtime.operations.archive_company(company_id),
                          control=self.manage_button, what=self.tr("Archiving the company"))

    def restore_company(self, company_id: int | None) -> asyncio.Future | None:
        if company_id is None:
            return None
        return run_action(self._runtime.operations.restore_company(company_id),
                          control=self.restore_button, busy_text=self.tr("Restoring…"),
                          what=self.tr("Restoring the company"))

    def open_delete(self, company_id: int) -> DeleteCompanyDialog:
        row = self.companies.company(company_id)
        dialog = DeleteCompanyDialog(
            row.name if row else "", company_contents(self._runtime.database, company_id),
            archived=bool(row and row.archived),
            linked=self._runtime.has_saved_login(company_id), parent=self)
        dialog.delete_confirmed.connect(lambda: run_action(
            self._runtime.operations.delete_company(company_id), control=self.manage_button,
            what=self.tr("Deleting the company")))
        dialog.archive_instead.connect(lambda: self.archive_company(company_id))
        self.delete_dialog = dialog
        dialog.open()
        return dialog
