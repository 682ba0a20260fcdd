"""The Simulator page: chat with the receptionist as a customer would, from a simulated phone,
send media, and break things on purpose (drop the connection, log out, kill the bridge) to see how
AI Admin copes — the way a new owner tries the product before linking a real phone.
"""

from __future__ import annotations

import html
import unicodedata

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QWidget,
)

from desktop.bot.events import MessageStored, SimulatorDelivered
from desktop.bot.phones import InvalidPhoneNumber, jid_for_phone, normalise_phone
from desktop.bot.runtime import ShopRuntime
from desktop.store.models import Author
from desktop.views.asyncop import error_text, run_action
from desktop.views.engine_signals import EngineSignals
from desktop.views.formats import right_to_left
from desktop.views.main_window_parts import card

DEFAULT_PHONE = "+15550001234"
MEDIA = (("image", "📷"), ("audio", "🎤"), ("sticker", "🙂"), ("document", "📄"),
         ("location", "📍"))


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Hebrew, Arabic)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


class PhoneChat(QTextBrowser):
    """The simulated customer's phone screen: their messages on the trailing side (right, or left
    in a right-to-left window), the shop's on the other."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneChat")
        self.setOpenLinks(False)
        self.lines: list[tuple[str, str]] = []  # (who, text), for tests and a plain copy

    def add(self, who: str, text: str) -> None:
        self.lines.append((who, text))
        mine = who == "customer"
        colour = "#d9fdd3" if mine else "#ffffff"
        # As on a phone: your own messages on the trailing side (the left one in Hebrew).
        align = ("left" if mine else "right") if right_to_left() else (
            "right" if mine else "left")
        direction = "rtl" if is_rtl(text) else "ltr"
        body = html.escape(text).replace("\n", "<br>")
        self.append(
            f"<table width='100%' cellspacing='0' cellpadding='0'><tr><td align='{align}'>"
            f"<table cellpadding='8' style='background:{colour};'><tr>"
            f"<td dir='{direction}' style='max-width:420px'>{body}</td></tr></table>"
            f"</td></tr></table>")
        self.verticalScrollBar().setValue(self.verticalScrollBar().maximum())

    def clear_chat(self) -> None:
        self.lines.clear()
        self.clear()


class SimulatorPage(QWidget):
    """Be a customer of your own shop."""

    def __init__(self, runtime: ShopRuntime, signals: EngineSignals,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page")
        self._runtime = runtime
        self._company_id: int | None = None
        self._phone = DEFAULT_PHONE

        outer = QHBoxLayout(self)
        outer.setContentsMargins(28, 22, 28, 22)
        outer.setSpacing(16)

        chat_card, chat = card(self.tr("Chat as a customer"))
        who = QHBoxLayout()
        self.phone_input = QComboBox()
        self.phone_input.setEditable(True)
        self.phone_input.addItems([DEFAULT_PHONE, "+972501234567", "+79161234567"])
        self.phone_input.setToolTip(self.tr("Pick a customer's number or type a new one"))
        self.phone_input.currentTextChanged.connect(self._on_phone_changed)
        self.name_input = QLineEdit()
        self.name_input.setPlaceholderText(self.tr("Customer's name (optional)"))
        who.addWidget(QLabel(self.tr("Phone")))
        who.addWidget(self.phone_input, 1)
        who.addWidget(QLabel(self.tr("Name")))
        who.addWidget(self.name_input, 1)
        chat.addLayout(who)
        self.error = QLabel(objectName="error")
        self.error.setWordWrap(True)
        self.error.hide()
        chat.addWidget(self.error)
        self.chat = PhoneChat()
        self.chat.setMinimumHeight(220)
        chat.addWidget(self.chat, 1)
        compose = QHBoxLayout()
        self.text_input = QLineEdit()
        self.text_input.setPlaceholderText(self.tr("Write as the customer, e.g. "
                                                   "“Can I book a haircut tomorrow at 10?”"))
        self.text_input.returnPressed.connect(self.send_text)
        self.send_button = QPushButton(self.tr("Send"))
        self.send_button.setObjectName("primary")
        self.send_button.clicked.connect(self.send_text)
        compose.addWidget(self.text_input, 1)
        compose.addWidget(self.send_button)
        chat.addLayout(compose)
        # Three to a row: on a 1024-pixel screen one row of five does not fit in every language.
        media = QGridLayout()
        media.setSpacing(6)
        media.addWidget(QLabel(self.tr("Send instead:"), objectName="muted"), 0, 0)
        self.media_buttons: dict[str, QPushButton] = {}
        names = {"image": self.tr("Photo"), "audio": self.tr("Voice note"),
                 "sticker": self.tr("Sticker"), "document": self.tr("Document"),
                 "location": self.tr("Location")}
        for n, (kind, icon) in enumerate(MEDIA, start=1):
            button = QPushButton(f"{icon} {names[kind]}")
            button.clicked.connect(lambda _=False, k=kind: self.send_media(k))
            self.media_buttons[kind] = button
            media.addWidget(button, n // 3, n % 3)
        media.setColumnStretch(3, 1)
        chat.addLayout(media)
        outer.addWidget(chat_card, 3)

        faults_card, faults = card(self.tr("Try what can go wrong"))
        hint = QLabel(self.tr("See how AI Admin reacts. Nothing here touches a real phone."),
                      objectName="muted")
        hint.setWordWrap(True)
        faults.addWidget(hint)
        grid = QGridLayout()
        grid.setSpacing(8)
        self.fault_buttons: dict[str, QPushButton] = {}
        for n, (fault, text, tip) in enumerate((
                ("disconnect", self.tr("Drop the connection"),
                 self.tr("WhatsApp closes the connection (428); AI Admin reconnects by itself.")),
                ("kill_bridge", self.tr("Kill the bridge"),
                 self.tr("The WhatsApp bridge process crashes; it is restarted and nothing is "
                         "lost.")),
                ("send_timeout", self.tr("Next reply times out"),
                 self.tr("The next send gets no answer from WhatsApp; it is retried.")),
                ("logout", self.tr("Log out on the phone"),
                 self.tr("The phone unlinks this computer (401): you must link again.")),
                ("replaced", self.tr("Open elsewhere"),
                 self.tr("Another computer takes over the session (440).")))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, f=fault: self.trigger_fault(f))
            self.fault_buttons[fault] = button
            grid.addWidget(button, n, 0)
        faults.addLayout(grid)
        faults.addStretch(1)
        outer.addWidget(faults_card, 1)

        signals.messageStored.connect(self._on_stored)
        signals.simulatorDelivered.connect(self._on_delivered)

    # -- state ---------------------------------------------------------------------------------

    def set_company(self, company_id: int) -> None:
        self._company_id = company_id
        self.chat.clear_chat()

    @property
    def phone(self) -> str:
        return self._phone

    def _on_phone_changed(self, text: str) -> None:
        try:
            phone = normalise_phone(text)
        except InvalidPhoneNumber:
            return  # keep the last good number until the new one is complete
        if phone != self._phone:
            self._phone = phone
            self.chat.clear_chat()

    def _checked_phone(self) -> str | None:
        try:
            self._phone = normalise_phone(self.phone_input.currentText())
        except InvalidPhoneNumber as exc:
            self._show_error(self.tr("That phone number does not work: %1").replace(
                "%1", error_text(exc)))
            return None
        self.error.hide()
        return self._phone

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- the customer's actions ----------------------------------------------------------------

    def send_text(self) -> None:
        text = self.text_input.text().strip()
        phone = self._checked_phone()
        if not text or phone is None:
            return
        name = self.name_input.text().strip() or None
        session = self._runtime.session(self._company_id)
        self.text_input.clear()
        run_action(session.sim_incoming(phone, text=text, name=name), control=self.send_button,
                   what=self.tr("Sending as the customer"),
                   on_error=lambda e: self._show_error(error_text(e)))

    def send_media(self, kind: str) -> None:
        phone = self._checked_phone()
        if phone is None:
            return
        session = self._runtime.session(self._company_id)
        run_action(session.sim_incoming(phone, media=kind,
                                        name=self.name_input.text().strip() or None),
                   control=self.media_buttons[kind], what=self.tr("Sending as the customer"),
                   on_error=lambda e: self._show_error(error_text(e)))

    def trigger_fault(self, fault: str) -> None:
        session = self._runtime.session(self._company_id)
        if fault == "kill_bridge":
            coro = self._runtime.kill_bridge(self._company_id)
        elif fault == "disconnect":
            coro = session.sim_fault("disconnect", code=428)
        elif fault == "send_timeout":
            coro = session.sim_fault("send_timeout", count=1)
        else:
            coro = session.sim_fault(fault)
        run_action(coro, control=self.fault_buttons[fault], what=self.fault_buttons[fault].text(),
                   on_error=lambda e: self._show_error(error_text(e)))

    # -- what the phone shows ------------------------------------------------------------------

    def _on_stored(self, event: MessageStored) -> None:
        if event.company_id != self._company_id or event.phone != self._phone:
            return
        if event.author is Author.PHONE:  # staff typed on the shop's phone: the customer gets it too
            self.chat.add("shop", event.text or "")
        elif event.author is Author.CUSTOMER:
            if event.kind == "text":
                self.chat.add("customer", event.text or "")
            else:
                icon = dict(MEDIA).get(event.kind, "📎")
                self.chat.add("customer", f"{icon} [{event.kind}]")

    def _on_delivered(self, event: SimulatorDelivered) -> None:
        if event.company_id == self._company_id and event.to_jid == jid_for_phone(self._phone):
            self.chat.add("shop", event.text)
