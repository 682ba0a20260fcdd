"""The system tray: AI Admin keeps answering when the window is closed, shows the shop's overall
health in its icon, and tells staff when a person is needed, a company is disconnected or logged
out, a message could not be sent, or messages wait because the database cannot be written.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QRectF, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon, QWidget

from desktop.bot.events import (
    ConversationChanged,
    DatabaseFault,
    MessageStatusChanged,
    SessionStateChanged,
    Waiting,
)
from desktop.bridge import SessionState, SessionStatus
from desktop.reason import from_stored
from desktop.resources import resources_dir
from desktop.store.models import OutboxStatus
from desktop.views.engine_signals import EngineSignals
from desktop.views.reason_texts import reason_text
from desktop.views.status_words import (
    AMBER,
    GREEN,
    GREY,
    RED,
    needs_attention,
    overall_colour,
    status_text,
)


@dataclass(frozen=True)
class Notice:
    title: str
    text: str
    warning: bool = False


def health_icon(colour: str, size: int = 64) -> QIcon:
    """The app icon with a health dot in its corner."""
    base = QIcon(str(resources_dir() / "icons" / "app.svg")).pixmap(size, size)
    pixmap = QPixmap(base)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    dot = size * 0.42
    painter.setPen(QColor("white"))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(size - dot - 1, size - dot - 1, dot, dot))
    painter.end()
    return QIcon(pixmap)


class ShopTray(QObject):
    """The tray icon and its notifications; works (without an icon) where no tray exists.

    `notice_shown`: staff were already told (on an earlier start) that closing the window keeps
    the shop answering; the signal of that name says they have been told now, for the window to
    store.
    """

    open_requested = Signal()
    quit_requested = Signal()
    notice_shown = Signal()

    def __init__(self, window: QWidget, signals: EngineSignals, *, notice_shown: bool = False,
                 names: dict[int, str] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._window = window
        self._told_about_closing = notice_shown
        self._names = dict(names or {})
        self._statuses: dict[int, SessionStatus] = {}
        self._flagged: set[int] = set()
        self._database_faults: set[tuple[int | None, Waiting]] = set()
        self.notices: list[Notice] = []  # everything shown, newest last
        self.available = QSystemTrayIcon.isSystemTrayAvailable()
        self.icon = QSystemTrayIcon(health_icon(GREY), self)
        menu = QMenu()
        self.open_action = QAction(self.tr("Open AI Admin"), menu)
        self.quit_action = QAction(self.tr("Quit (stops answering)"), menu)
        self.open_action.triggered.connect(self.open_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        menu.addAction(self.open_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        self._menu = menu
        self.icon.setContextMenu(menu)
        self.icon.activated.connect(self._on_activated)
        self.icon.setToolTip("AI Admin")
        if self.available:
            self.icon.show()
        signals.sessionStateChanged.connect(self._on_state)
        signals.conversationChanged.connect(self._on_conversation)
        signals.messageStatusChanged.connect(self._on_status)
        signals.databaseFault.connect(self._on_database_fault)

    def set_company_name(self, company_id: int, name: str) -> None:
        self._names[company_id] = name

    def _name(self, company_id: int) -> str:
        return self._names.get(company_id, self.tr("Company %1").replace("%1", str(company_id)))

    # -- closing the window --------------------------------------------------------------------

    def keep_running_on_close(self) -> bool:
        """True when the window can hide to the tray (and the app keeps answering)."""
        if not self.available:
            return False
        if not self._told_about_closing:
            self._told_about_closing = True
            self.notify(Notice(self.tr("AI Admin is still answering"),
                               self.tr("The window is closed, but customers are still answered. "
                                       "Use the tray icon to open AI Admin or to quit.")))
            self.notice_shown.emit()
        return True

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()

    # -- what happens in the shop --------------------------------------------------------------

    def notify(self, notice: Notice) -> None:
        self.notices.append(notice)
        del self.notices[:-50]
        if self.available:
            icon = (QSystemTrayIcon.MessageIcon.Warning if notice.warning
                    else QSystemTrayIcon.MessageIcon.Information)
            self.icon.showMessage(notice.title, notice.text, icon, 8000)

    def _show_health(self) -> None:
        # Messages waiting for the database need attention however connected the shop is.
        colour = RED if self._database_faults else overall_colour(list(self._statuses.values()))
        self.icon.setIcon(health_icon(colour))
        self.icon.setToolTip(self.tr("AI Admin — %1").replace("%1", {
            GREEN: self.tr("all companies connected"), AMBER: self.tr("connecting…"),
            RED: self.tr("a company needs attention"), GREY: self.tr("not connected")}[colour]))

    def _on_state(self, event: SessionStateChanged) -> None:
        previous = self._statuses.get(event.company_id)
        self._statuses[event.company_id] = event.status
        self._show_health()
        state = event.status.state
        was = previous.state if previous else None
        name = self._name(event.company_id)
        if state is SessionState.LOGGED_OUT and was is not SessionState.LOGGED_OUT:
            self.notify(Notice(self.tr("%1 was logged out").replace("%1", name),
                               self.tr("WhatsApp unlinked this computer. Link the shop's phone "
                                       "again on the Connection page."), warning=True))
        elif needs_attention(state) and state is not was:
            self.notify(Notice(self.tr("%1 stopped answering").replace("%1", name),
                               status_text(event.status), warning=True))
        elif was is SessionState.CONNECTED and state is SessionState.RECONNECTING:
            self.notify(Notice(self.tr("%1 disconnected").replace("%1", name),
                               self.tr("The connection dropped; AI Admin is reconnecting by "
                                       "itself.")))

    def _on_conversation(self, event: ConversationChanged) -> None:
        if event.needs_human and event.conversation_id not in self._flagged:
            self._flagged.add(event.conversation_id)
            self.notify(Notice(self.tr("A customer needs a person"),
                               f"{self._name(event.company_id)}: "
                               f"{event.needs_human_reason or ''}".strip(), warning=True))
        elif not event.needs_human:
            self._flagged.discard(event.conversation_id)

    def _on_status(self, event: MessageStatusChanged) -> None:
        if event.status is OutboxStatus.FAILED:
            self.notify(Notice(self.tr("A message could not be sent"),
                               f"{self._name(event.company_id)}: {reason_text(from_stored(event.error))}".strip(),
                               warning=True))

    def _on_database_fault(self, event: DatabaseFault) -> None:
        key = (event.company_id, event.waiting)
        if event.reason is None:
            if key in self._database_faults:
                self._database_faults.discard(key)
                self.notify(Notice(self.tr("Working again"),
                                   self.tr("The database can be written again; nothing was lost.")))
        elif key not in self._database_faults:
            self._database_faults.add(key)
            where = "" if event.company_id is None else f"{self._name(event.company_id)}: "
            title = (self.tr("Customers' messages are waiting") if event.waiting is Waiting.INCOMING
                     else self.tr("Replies are waiting"))
            self.notify(Notice(title, f"{where}{reason_text(event.reason)}", warning=True))
        self._show_health()

    def hide(self) -> None:
        self.icon.hide()
