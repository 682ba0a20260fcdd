"""The Connection page: QR code (or pairing code), the state in plain words, the actions that make
sense right now, and a short history of state changes with decoded disconnect reasons.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.events import LinkCodeShown, SessionStateChanged
from desktop.bot.queries import StateHistoryEntry, state_history
from desktop.bot.runtime import ShopRuntime
from desktop.bridge import Action, SessionState, SessionStatus
from desktop.views.asyncop import error_text, run_action
from desktop.views.engine_signals import EngineSignals
from desktop.views.formats import moment_text, time_text
from desktop.views.main_window_parts import card, dot_label
from desktop.views.qr_view import QrView
from desktop.views.reason_texts import reason_text
from desktop.views.status_words import state_change, state_colour, state_words, status_text

HISTORY_ROWS = 30


class ConnectionPage(QWidget):
    """Linking and watching one company's WhatsApp connection."""

    def __init__(self, runtime: ShopRuntime, signals: EngineSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._runtime = runtime
        self._company_id: int | None = None
        self._status: SessionStatus | None = None
        self._qr_expires_at: float | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)

        header = QHBoxLayout()
        self.dot = dot_label()
        self.state_title = QLabel(objectName="pageTitle")
        header.addWidget(self.dot)
        header.addWidget(self.state_title, 1)
        outer.addLayout(header)
        self.explanation = QLabel(objectName="pageSubtitle")
        self.explanation.setWordWrap(True)
        outer.addWidget(self.explanation)

        actions = QHBoxLayout()
        actions.setSpacing(8)
        self.buttons: dict[Action, QPushButton] = {}
        for action, text in ((Action.CONNECT, self.tr("Connect")),
                             (Action.NEW_QR, self.tr("New QR code")),
                             (Action.DISCONNECT, self.tr("Disconnect")),
                             (Action.RESTART_BRIDGE, self.tr("Restart the bridge")),
                             (Action.LOGOUT, self.tr("Log out of WhatsApp…"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, a=action: self._on_action(a))
            self.buttons[action] = button
            actions.addWidget(button)
        self.scan_button = QPushButton(self.tr("Scan with the simulated phone"))
        self.scan_button.setObjectName("primary")
        self.scan_button.clicked.connect(self._on_sim_scan)
        actions.addWidget(self.scan_button)
        # A practice company shows the real Baileys QR; the practice phone scans that exact string.
        self.practice_scan_button = QPushButton(self.tr("Scan with the practice phone"))
        self.practice_scan_button.setObjectName("primary")
        self.practice_scan_button.clicked.connect(self._on_practice_scan)
        actions.addWidget(self.practice_scan_button)
        actions.addStretch(1)
        outer.addLayout(actions)

        # -- linking: the QR code, or a pairing code ---------------------------------------------
        self.link_card, link = card(self.tr("Link the shop's phone"))
        link_row = QHBoxLayout()
        link_row.setSpacing(24)
        self.qr = QrView()
        link_row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        steps = QVBoxLayout()
        steps.setSpacing(10)
        self.instructions = QLabel(self.tr(
            "<ol style='margin-left:0px; -qt-list-indent:1'>"
            "<li>Open <b>WhatsApp</b> on the shop's phone.</li>"
            "<li>Go to <b>Settings → Linked devices → Link a device</b>.</li>"
            "<li>Point the phone at this code.</li></ol>"))
        self.instructions.setWordWrap(True)
        steps.addWidget(self.instructions)
        # A practice company needs no phone: say so beside the steps a real phone would follow.
        self.practice_note = QLabel(self.tr(
            "This is the practice WhatsApp: no phone is needed. Press <b>Scan with the practice "
            "phone</b> and the local server's phone scans this very code, as a real one would."))
        self.practice_note.setWordWrap(True)
        self.practice_note.setObjectName("muted")
        self.practice_note.hide()
        steps.addWidget(self.practice_note)
        self.countdown = QLabel(objectName="muted")
        steps.addWidget(self.countdown)
        self.pairing_toggle = QPushButton(self.tr("Link with phone number instead"))
        self.pairing_toggle.setFlat(True)
        self.pairing_toggle.setObjectName("link")
        self.pairing_toggle.clicked.connect(self._toggle_pairing)
        steps.addWidget(self.pairing_toggle, 0, Qt.AlignmentFlag.AlignLeading)
        self.pairing_box = QWidget()
        pairing = QVBoxLayout(self.pairing_box)
        pairing.setContentsMargins(0, 0, 0, 0)
        pairing_row = QHBoxLayout()
        self.phone_input = QLineEdit()
        self.phone_input.setPlaceholderText(self.tr("Shop's phone number, e.g. +972 50 123 4567"))
        self.pairing_button = QPushButton(self.tr("Get a code"))
        self.pairing_button.clicked.connect(self._on_pairing_code)
        self.phone_input.returnPressed.connect(self._on_pairing_code)
        pairing_row.addWidget(self.phone_input, 1)
        pairing_row.addWidget(self.pairing_button)
        pairing.addLayout(pairing_row)
        self.pairing_error = QLabel(objectName="error")
        self.pairing_error.setWordWrap(True)
        self.pairing_error.hide()
        pairing.addWidget(self.pairing_error)
        self.pairing_code = QLabel(objectName="pairingCode")
        self.pairing_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("monospace")
        code_font.setPointSize(26)
        code_font.setBold(True)
        self.pairing_code.setFont(code_font)
        self.pairing_code.hide()
        pairing.addWidget(self.pairing_code)
        self.pairing_hint = QLabel(self.tr(
            "On the phone: WhatsApp → Linked devices → Link a device → "
            "Link with phone number instead, then type this code."), objectName="muted")
        self.pairing_hint.setWordWrap(True)
        self.pairing_hint.hide()
        pairing.addWidget(self.pairing_hint)
        self.pairing_box.hide()
        steps.addWidget(self.pairing_box)
        steps.addStretch(1)
        link_row.addLayout(steps, 1)
        link.addLayout(link_row)
        outer.addWidget(self.link_card)

        # -- history -----------------------------------------------------------------------------
        history_card, history = card(self.tr("Recent changes"))
        self.history = QTableWidget(0, 3)
        self.history.setHorizontalHeaderLabels([self.tr("Time"), self.tr("Change"),
                                                self.tr("Why")])
        self.history.verticalHeader().setVisible(False)
        self.history.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.history.setShowGrid(False)
        self.history.setWordWrap(True)
        header_view = self.history.horizontalHeader()
        header_view.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header_view.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.history.setMinimumHeight(180)
        history.addWidget(self.history)
        outer.addWidget(history_card, 1)

        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        signals.sessionStateChanged.connect(self._on_state)
        signals.linkCodeShown.connect(self._on_link_code)

    # -- showing a company ---------------------------------------------------------------------

    def set_company(self, company_id: int) -> None:
        self._company_id = company_id
        self.qr.set_qr(None)
        self._qr_expires_at = None
        self.pairing_code.hide()
        self.pairing_hint.hide()
        self.pairing_error.hide()
        self._show_status(self._runtime.session(company_id).status())
        self._reload_history()

    def _reload_history(self) -> None:
        entries = state_history(self._runtime.database, self._company_id, HISTORY_ROWS)
        self.history.setRowCount(0)
        for entry in reversed(entries):
            self._add_history(entry)

    def _add_history(self, entry: StateHistoryEntry) -> None:
        self.history.insertRow(0)
        change = state_change(entry.from_state, entry.to_state)
        why = reason_text(entry.reason)
        for column, text in enumerate((moment_text(entry.at, seconds=True), change, why)):
            item = QTableWidgetItem(text)
            item.setToolTip(why)
            self.history.setItem(0, column, item)
        while self.history.rowCount() > HISTORY_ROWS:
            self.history.removeRow(self.history.rowCount() - 1)
        self.history.resizeRowsToContents()

    def _on_state(self, event: SessionStateChanged) -> None:
        if event.company_id != self._company_id:
            return
        self._show_status(event.status)
        history = self._runtime.session(event.company_id).history
        if history:
            last = history[-1]
            self._add_history(StateHistoryEntry(last.at, last.from_state.value,
                                                last.to_state.value, last.code, last.reason or ""))

    def _on_link_code(self, event: LinkCodeShown) -> None:
        if event.company_id != self._company_id:
            return
        if event.kind == "qr":
            self.qr.set_qr(event.value)
            loop_now = dt.datetime.now(dt.UTC).timestamp()
            self._qr_expires_at = loop_now + (event.expires_ms or 0) / 1000
            self._tick()
            self._show_practice_scan()
        else:
            self._show_pairing_code(event.value)

    def _show_status(self, status: SessionStatus) -> None:
        self._status = status
        self.state_title.setText(state_words(status))
        self.dot.set_colour(state_colour(status))
        linking = status.state in (SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE)
        if linking:
            # The steps are in the card beside the code (and the pairing code is there, large):
            # the line under the title only points at them.
            text = (self.tr("Link the shop's phone with the QR code below.")
                    if status.state is SessionState.WAITING_QR
                    else self.tr("Type the code below on the shop's phone."))
        else:
            text = status_text(status, "\n")
        if status.state is SessionState.LINKING_BLOCKED and status.blocked_until:
            text += "\n" + self.tr("You can try again after %1.").replace(
                "%1", time_text(status.blocked_until))
        self.explanation.setText(text)
        self.link_card.setVisible(linking)
        if not linking:
            self.qr.set_qr(None)
        for action, button in self.buttons.items():
            button.setVisible(action in status.actions)
        company = self._runtime.sessions.get(self._company_id)
        is_sim = company is not None and company.options.transport == "sim"
        self.scan_button.setVisible(is_sim and linking)
        self._show_practice_scan()
        self.pairing_toggle.setVisible(Action.PAIRING_CODE in status.actions)

    def _tick(self) -> None:
        if self._qr_expires_at is None or not self.qr.qr_text:
            self.countdown.setText("")
            return
        left = int(self._qr_expires_at - dt.datetime.now(dt.UTC).timestamp())
        self.countdown.setText(self.tr("A new code appears in %n s").replace("%n", str(left))
                               if left > 0 else self.tr("Waiting for a new code…"))

    # -- actions -------------------------------------------------------------------------------

    def _session(self):
        return self._runtime.session(self._company_id)

    def _on_action(self, action: Action) -> None:
        if action is Action.LOGOUT:
            self._confirm_logout()
            return
        session = self._session()
        calls = {Action.CONNECT: session.connect, Action.NEW_QR: session.new_qr,
                 Action.DISCONNECT: session.disconnect,
                 Action.RESTART_BRIDGE: session.restart_bridge}
        run_action(calls[action](), control=self.buttons[action], busy_text=self.tr("Working…"),
                   what=self.buttons[action].text())

    def _confirm_logout(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Log out of WhatsApp?"),
                          self.tr("This unlinks this computer from the shop's WhatsApp (AI Admin "
                                  "keeps running). The bot stops answering until the phone is "
                                  "linked again."),
                          QMessageBox.StandardButton.Cancel, self)
        logout = box.addButton(self.tr("Log out"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def decided(_result: int) -> None:
            if box.clickedButton() is logout:
                run_action(self._session().logout(), control=self.buttons[Action.LOGOUT],
                           what=self.tr("Logging out"))

        box.finished.connect(decided)
        self.logout_box = box  # kept for tests and so it is not garbage-collected
        box.open()

    def _on_sim_scan(self) -> None:
        run_action(self._session().sim_scan(), control=self.scan_button,
                   what=self.tr("Scanning with the simulated phone"))

    def _show_practice_scan(self) -> None:
        practice = self._company_id is not None and self._runtime.is_practice(self._company_id)
        waiting = self._status is not None and self._status.state is SessionState.WAITING_QR
        self.practice_scan_button.setVisible(practice and waiting and bool(self.qr.qr_text))
        self.practice_note.setVisible(practice)

    def _on_practice_scan(self) -> None:
        qr = self.qr.qr_text
        if not qr:
            return
        run_action(self._runtime.practice_scan(qr), control=self.practice_scan_button,
                   busy_text=self.tr("Scanning…"), what=self.tr("Scanning with the practice phone"))

    def _toggle_pairing(self) -> None:
        self.pairing_box.setVisible(not self.pairing_box.isVisible())
        if self.pairing_box.isVisible():
            self.phone_input.setFocus()

    def _on_pairing_code(self) -> None:
        self.pairing_error.hide()

        def failed(error: BaseException) -> None:
            self.pairing_error.setText(error_text(error))
            self.pairing_error.show()

        run_action(self._session().request_pairing_code(self.phone_input.text()),
                   control=self.pairing_button, busy_text=self.tr("Asking…"),
                   on_done=self._show_pairing_code, on_error=failed)

    def _show_pairing_code(self, code: str) -> None:
        pretty = f"{code[:4]}-{code[4:]}" if len(code) == 8 else code
        self.pairing_code.setText(pretty)
        self.pairing_code.show()
        self.pairing_hint.show()
        self.pairing_box.show()
