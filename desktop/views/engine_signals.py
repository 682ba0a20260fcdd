"""The one adapter between the engine and the widgets: engine events in, Qt signals out.

The engine runs on the same thread as the widgets (qasync drives asyncio from Qt's event loop), so
events can be emitted straight away; views connect to these signals and never touch the engine's
internals.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from desktop.bot.events import (
    Changes,
    ConversationChanged,
    ConversationsMerged,
    DatabaseFault,
    EngineEvent,
    EngineLog,
    EventBus,
    LinkCodeShown,
    MessageStatusChanged,
    MessageStored,
    SessionStateChanged,
    SimulatorDelivered,
)


class EngineSignals(QObject):
    """Qt signals carrying the engine's event dataclasses, one signal per kind of event."""

    messageStored = Signal(object)          # MessageStored
    messageStatusChanged = Signal(object)   # MessageStatusChanged
    conversationChanged = Signal(object)    # ConversationChanged
    sessionStateChanged = Signal(object)    # SessionStateChanged
    linkCodeShown = Signal(object)          # LinkCodeShown
    simulatorDelivered = Signal(object)     # SimulatorDelivered
    engineLog = Signal(object)              # EngineLog
    conversationsMerged = Signal(object)    # ConversationsMerged
    changes = Signal(object)                # Changes: what a person's command changed
    databaseFault = Signal(object)          # DatabaseFault: something waits for the database

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._unsubscribe: Callable[[], None] | None = None
        self._routes = {MessageStored: self.messageStored,
                        MessageStatusChanged: self.messageStatusChanged,
                        ConversationChanged: self.conversationChanged,
                        SessionStateChanged: self.sessionStateChanged,
                        LinkCodeShown: self.linkCodeShown,
                        SimulatorDelivered: self.simulatorDelivered, EngineLog: self.engineLog,
                        ConversationsMerged: self.conversationsMerged, Changes: self.changes,
                        DatabaseFault: self.databaseFault}

    def attach(self, bus: EventBus) -> None:
        """Start relaying the bus's events (call from inside the running event loop)."""
        self.detach()
        self._unsubscribe = bus.subscribe(self.relay)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    def relay(self, event: EngineEvent) -> None:
        """Emit the signal for one engine event."""
        signal = self._routes.get(type(event))
        if signal is not None:
            signal.emit(event)
