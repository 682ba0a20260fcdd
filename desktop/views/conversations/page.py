"""The Conversations page: watch every conversation live, take over, reply, and hand back.

Left: search, filters and the conversation list. Right: the open conversation with its AI state,
the thread, and a composer. Every engine action runs through `run_action`, so its control is
disabled while it runs and a failure is shown, never swallowed.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QItemSelectionModel, QModelIndex, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.bot.events import Changes, ConversationChanged, MessageStatusChanged, MessageStored
from desktop.bot.operations import Operations
from desktop.bot.queries import attention_sound
from desktop.store.models import Direction
from desktop.views.asyncop import error_text, run_action, show_error
from desktop.views.conversations.delegates import BubbleDelegate, ConversationDelegate, format_clock, format_phone
from desktop.views.conversations.models import (
    AiState,
    Clock,
    ConversationFilter,
    ConversationFilterProxy,
    ConversationListModel,
    ConversationRole,
    ThreadModel,
    ai_state_of,
    utc_now,
)
from desktop.views.engine_signals import EngineSignals
from desktop.views.formats import number_text
from desktop.views.main_window_parts import window_aligned

if TYPE_CHECKING:
    from desktop.store.db import Database

log = logging.getLogger("ai_admin.views")

EMPTY_TEXT = QT_TRANSLATE_NOOP("ConversationsPage", "No conversations yet. When customers write "
                                                   "on WhatsApp, they appear here.")
NO_MATCH_TEXT = QT_TRANSLATE_NOOP("ConversationsPage", "No conversations match.")
NOTHING_OPEN_TEXT = QT_TRANSLATE_NOOP("ConversationsPage", "Choose a conversation to read it here.")
TICK_MS = 30_000
# The filter chips: what each shows, and its tooltip.
FILTER_CHIPS = (
    (ConversationFilter.ALL, QT_TRANSLATE_NOOP("ConversationsPage", "All"),
     QT_TRANSLATE_NOOP("ConversationsPage", "Every conversation")),
    (ConversationFilter.UNANSWERED, QT_TRANSLATE_NOOP("ConversationsPage", "Unanswered"),
     QT_TRANSLATE_NOOP("ConversationsPage", "The customer wrote last and nobody answered yet")),
    (ConversationFilter.NEEDS_HUMAN, QT_TRANSLATE_NOOP("ConversationsPage", "Needs a human"),
     QT_TRANSLATE_NOOP("ConversationsPage", "Conversations the AI handed to a person")),
    (ConversationFilter.FAILED_SEND, QT_TRANSLATE_NOOP("ConversationsPage", "Failed send"),
     QT_TRANSLATE_NOOP("ConversationsPage", "A message to the customer was not sent")),
    (ConversationFilter.AI_NOT_ACTIVE, QT_TRANSLATE_NOOP("ConversationsPage", "AI paused"),
     QT_TRANSLATE_NOOP("ConversationsPage", "AI paused or switched off")),
)


class ChipFlow(QLayout):
    """Chips in rows that wrap: every filter stays readable in a narrow list and in any language
    (a row of five would be cut off at 1024 pixels in Russian). Mirrored in a right-to-left
    window, as Qt's own layouts are."""

    SPACING = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        return size

    def _place(self, rect: QRect, *, move: bool) -> int:
        x, y, line = rect.x(), rect.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x > rect.x() and x + hint.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + self.SPACING, 0
            if move:
                widget = item.widget()
                direction = widget.layoutDirection() if widget else Qt.LayoutDirection.LeftToRight
                item.setGeometry(QStyle.visualRect(direction, rect,
                                                   QRect(QPoint(x, y), hint)))
            x += hint.width() + self.SPACING
            line = max(line, hint.height())
        return y + line - rect.y()


class Composer(QPlainTextEdit):
    """The reply box: Enter sends, Shift+Enter starts a new line; it grows up to a few lines."""

    submitted = Signal()

    MIN_LINES = 2
    MAX_LINES = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("composer")
        self.setTabChangesFocus(True)
        self.setPlaceholderText(self.tr("Reply as staff — Enter sends, Shift+Enter starts a new "
                                        "line. The AI pauses while you answer."))
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self._fit_height()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.submitted.emit()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Shift+Enter: a plain new paragraph, not Qt's soft line break.
            self.textCursor().insertText("\n")
            event.accept()
            return
        super().keyPressEvent(event)

    def _fit_height(self, *_args: object) -> None:
        line = self.fontMetrics().lineSpacing()
        lines = max(self.MIN_LINES, min(self.MAX_LINES, round(self.document().size().height())))
        margins = self.contentsMargins()
        frame = round(self.document().documentMargin() * 2) + margins.top() + margins.bottom()
        self.setFixedHeight(lines * line + frame + 2)


class ConversationsPage(QWidget):
    """A company's WhatsApp conversations, live: list, thread, takeover and replies.

    Built with the staff commands (`Operations`), the database (read models) and
    `EngineSignals` (live updates); `set_company` chooses the company shown.
    """

    conversationOpened = Signal(int)        # a conversation is shown on the right
    attentionChanged = Signal(int, int)     # unread messages, conversations needing a human

    def __init__(self, operations: Operations, database: Database, signals: EngineSignals,
                 parent: QWidget | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self.setObjectName("conversationsPage")
        self._operations = operations
        self._database = database
        self._signals = signals
        self._clock = clock
        self._company_id: int | None = None
        self._open_id: int | None = None
        self._proxy_changing = 0
        self._syncing = False
        self._stick_to_bottom = True
        self._last_tick = clock()
        self.beeps = 0  # how often the sound played (tests and the status bar may read it)

        self.model = ConversationListModel(database, self, clock=clock)
        self.proxy = ConversationFilterProxy(self, clock=clock)
        self.proxy.setSourceModel(self.model)
        self.thread_model = ThreadModel(database, self)

        self._build()
        self._wire()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.empty_state = QLabel(self.tr(EMPTY_TEXT), objectName="emptyState")
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_state.setWordWrap(True)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("conversationsSplitter")
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_thread_side())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 660])
        self.splitter = splitter

        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty_state)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def _build_list_side(self) -> QWidget:
        side = QFrame(objectName="conversationListSide")
        layout = QVBoxLayout(side)
        layout.setContentsMargins(12, 12, 12, 0)
        layout.setSpacing(8)

        self.search = QLineEdit(objectName="conversationSearch")
        self.search.setPlaceholderText(self.tr("Search name, phone or message"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)

        # One filter at a time (with the search): each chip says how many it would show.
        filters = ChipFlow()
        self.filter_group = QButtonGroup(self)
        self.filter_buttons: dict[ConversationFilter, QPushButton] = {}
        for state, text, tip in FILTER_CHIPS:
            button = QPushButton(self.tr(text), objectName="filterButton")
            button.setCheckable(True)
            button.setToolTip(self.tr(tip))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.filter_group.addButton(button)
            self.filter_buttons[state] = button
            filters.addWidget(button)
        self.filter_buttons[ConversationFilter.ALL].setChecked(True)
        layout.addLayout(filters)

        self.list_stack = QStackedWidget()
        self.list_view = QListView(objectName="conversationList")
        self.list_view.setUniformItemSizes(True)  # 10,000 rows lay out without asking each one
        self.list_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setMouseTracking(True)
        self.list_view.setFrameShape(QFrame.Shape.NoFrame)
        self.delegate = ConversationDelegate(self.list_view)
        self.list_view.setItemDelegate(self.delegate)
        # Before setModel: these must run ahead of the view's own handlers (see _on_current).
        for about in (self.proxy.layoutAboutToBeChanged, self.proxy.rowsAboutToBeRemoved,
                      self.proxy.rowsAboutToBeInserted, self.proxy.modelAboutToBeReset,
                      self.proxy.rowsAboutToBeMoved):
            about.connect(self._proxy_about_to_change)
        for done in (self.proxy.layoutChanged, self.proxy.rowsRemoved, self.proxy.rowsInserted,
                     self.proxy.modelReset, self.proxy.rowsMoved):
            done.connect(self._proxy_changed)
        self.list_view.setModel(self.proxy)
        self.no_match = QLabel(self.tr(NO_MATCH_TEXT), objectName="placeholder")
        self.no_match.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.no_match.setContentsMargins(0, 24, 0, 0)
        self.list_stack.addWidget(self.list_view)
        self.list_stack.addWidget(self.no_match)
        layout.addWidget(self.list_stack, 1)

        # Off unless staff ask for it: a front desk PC may sit next to customers.
        self.sound_box = QCheckBox(self.tr("Beep when a person is needed"),
                                   objectName="attentionSound")
        self.sound_box.setToolTip(self.tr("Play a short sound when a conversation newly needs "
                                          "a human"))
        self.sound_box.setChecked(attention_sound(self._database))
        layout.addWidget(self.sound_box)
        layout.addSpacing(6)
        return side

    def _build_thread_side(self) -> QWidget:
        self.thread_stack = QStackedWidget()
        self.nothing_open = QLabel(self.tr(NOTHING_OPEN_TEXT), objectName="placeholder")
        self.nothing_open.setAlignment(Qt.AlignmentFlag.AlignCenter)

        pane = QFrame(objectName="threadPane")
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame(objectName="threadHeader")
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(18, 10, 14, 10)
        header_layout.setSpacing(12)
        names = QVBoxLayout()
        names.setSpacing(0)
        self.title_label = window_aligned(QLabel(objectName="threadTitle"))
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_label = window_aligned(QLabel(objectName="threadPhone"))
        self.phone_label.setTextFormat(Qt.TextFormat.PlainText)
        self.phone_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        names.addWidget(self.title_label)
        names.addWidget(self.phone_label)
        header_layout.addLayout(names, 1)
        self.ai_state_label = QLabel(objectName="aiStateChip")
        header_layout.addWidget(self.ai_state_label, 0, Qt.AlignmentFlag.AlignVCenter)
        self.take_over_button = QPushButton(self.tr("Take over"), objectName="takeOverButton")
        self.take_over_button.setToolTip(
            self.tr("Pause the AI in this conversation and answer yourself"))
        header_layout.addWidget(self.take_over_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(header)

        self.needs_human_note = QLabel(objectName="needsHumanNote")
        self.needs_human_note.setWordWrap(True)
        self.needs_human_note.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.needs_human_note)

        self.banner = QFrame(objectName="aiBanner")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(18, 8, 14, 8)
        banner_layout.setSpacing(12)
        self.banner_label = QLabel(objectName="aiBannerText")
        self.banner_label.setWordWrap(True)
        self.banner_label.setSizePolicy(QSizePolicy.Policy.Expanding,
                                        QSizePolicy.Policy.Preferred)
        self.hand_back_button = QPushButton(self.tr("Hand back to AI"),
                                            objectName="handBackButton")
        banner_layout.addWidget(self.banner_label, 1)
        banner_layout.addWidget(self.hand_back_button)
        layout.addWidget(self.banner)

        self.thread_view = QListView(objectName="threadView")
        self.thread_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.thread_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.thread_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.thread_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.thread_view.setResizeMode(QListView.ResizeMode.Adjust)  # bubbles re-wrap on resize
        self.thread_view.setWordWrap(True)
        self.thread_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.thread_view.setFrameShape(QFrame.Shape.NoFrame)
        self.thread_view.verticalScrollBar().setSingleStep(24)
        self.bubbles = BubbleDelegate(self.thread_view)
        self.thread_view.setItemDelegate(self.bubbles)
        self.thread_view.setModel(self.thread_model)
        layout.addWidget(self.thread_view, 1)

        bar = QFrame(objectName="composerBar")
        bar_layout = QHBoxLayout(bar)
        bar_layout.setContentsMargins(14, 10, 14, 12)
        bar_layout.setSpacing(10)
        self.composer = Composer()
        self.send_button = QPushButton(self.tr("Send"), objectName="sendButton")
        self.send_button.setDefault(False)
        bar_layout.addWidget(self.composer, 1)
        bar_layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addWidget(bar)

        self.thread_stack.addWidget(self.nothing_open)
        self.thread_stack.addWidget(pane)
        return self.thread_stack

    def _wire(self) -> None:
        self._signals.messageStored.connect(self._on_message_stored)
        self._signals.messageStatusChanged.connect(self._on_status_changed)
        self._signals.conversationChanged.connect(self._on_conversation_changed)
        self._signals.conversationsMerged.connect(self._on_conversations_merged)
        self._signals.changes.connect(self._on_changes)

        self.search.textChanged.connect(self._on_search)
        self.filter_group.buttonClicked.connect(self._on_filter_clicked)
        self.list_view.selectionModel().currentChanged.connect(self._on_current)
        self.delegate.aiToggleRequested.connect(self.set_conversation_ai)
        self.bubbles.retryRequested.connect(self.retry_send)
        self.take_over_button.clicked.connect(self.take_over)
        self.hand_back_button.clicked.connect(self.hand_back)
        self.send_button.clicked.connect(self.send_reply)
        self.composer.submitted.connect(self.send_reply)

        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._update_empty_state)
        self.model.countsChanged.connect(self._counts_later)
        self.model.personNeeded.connect(self._on_person_needed)
        self.sound_box.toggled.connect(self._on_sound_toggled)
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self._emit_counts)

        bar = self.thread_view.verticalScrollBar()
        bar.rangeChanged.connect(self._on_thread_range)
        bar.valueChanged.connect(self._on_thread_scrolled)
        self.thread_model.rowsInserted.connect(self._on_thread_rows)

        self._mark_read_timer = QTimer(self, singleShot=True, interval=400)
        self._mark_read_timer.timeout.connect(self._mark_open_read)
        self._pause_end_timer = QTimer(self, singleShot=True)
        self._pause_end_timer.timeout.connect(self._refresh_header)
        self._tick_timer = QTimer(self, interval=TICK_MS)
        self._tick_timer.timeout.connect(self._tick)
        self._tick_timer.start()

        self._update_empty_state()
        self._show_conversation(None)

    # -- public API ----------------------------------------------------------------------------

    @property
    def company_id(self) -> int | None:
        return self._company_id

    @property
    def conversation_id(self) -> int | None:
        """The conversation shown on the right, or None."""
        return self._open_id

    def set_company(self, company_id: int | None) -> None:
        """Show a company's conversations (closes the open conversation)."""
        self._company_id = company_id
        self._open_id = None
        self.model.load(company_id)
        self._show_conversation(None)
        self._update_empty_state()
        self._emit_counts()

    def open_conversation(self, conversation_id: int) -> None:
        """Show a conversation, select it in the list and mark it read."""
        if conversation_id == self._open_id:
            self._sync_selection()
            return
        self._show_conversation(conversation_id)
        self._sync_selection()
        self.conversationOpened.emit(conversation_id)
        summary = self.model.get(conversation_id)
        if summary is None or summary.unread:
            self._mark_open_read()

    def set_search(self, text: str) -> None:
        """Search by name, phone or message text (same as typing in the search field)."""
        self.search.setText(text)

    def set_filter(self, state: ConversationFilter) -> None:
        """All / Needs a human / AI paused-or-off (same as clicking the filter button)."""
        self.filter_buttons[state].setChecked(True)
        self._apply_filter(state)

    # -- engine actions ------------------------------------------------------------------------

    def send_reply(self) -> None:
        """Send the composer's text as a staff message; the AI pauses for this conversation."""
        text = self.composer.toPlainText().strip()
        conversation_id = self._open_id
        if not text or conversation_id is None or not self.send_button.isEnabled():
            return

        def sent(_result: object) -> None:
            if self.composer.toPlainText().strip() == text:
                self.composer.clear()
            self._stick_to_bottom = True

        run_action(self._operations.send_staff_message(conversation_id, text),
                   control=self.send_button, busy_text=self.tr("Sending…"),
                   what=self.tr("Sending the message"), on_done=sent)

    def take_over(self) -> None:
        """Pause the AI in the open conversation: staff answer for now."""
        if self._open_id is not None:
            run_action(self._operations.take_over(self._open_id), control=self.take_over_button,
                       what=self.tr("Taking over the conversation"))

    def hand_back(self) -> None:
        """Give the open conversation back to the AI (also switches it on if it was off)."""
        if self._open_id is not None:
            run_action(self._operations.hand_back(self._open_id), control=self.hand_back_button,
                       what=self.tr("Handing the conversation back to the AI"))

    def set_conversation_ai(self, conversation_id: int, enabled: bool) -> None:
        """The per-conversation AI switch (from the list)."""
        self.model.set_pending(conversation_id, True)

        def failed(error: BaseException) -> None:
            self.model.set_pending(conversation_id, False)
            show_error(self, self.tr("The AI switch did not change."), error_text(error))

        run_action(self._operations.set_conversation_ai(conversation_id, enabled),
                   what=self.tr("Switching the AI"), on_done=lambda _r: self.model.set_pending(
                       conversation_id, False), on_error=failed)

    def retry_send(self, outbox_id: int) -> None:
        """Queue a failed message again."""
        if self._company_id is None:
            return
        self._stick_to_bottom = True
        run_action(self._operations.retry_send(self._company_id, outbox_id),
                   control=self.thread_view, what=self.tr("Sending the message again"))

    def _mark_open_read(self) -> None:
        if self._open_id is not None:
            run_action(self._operations.mark_read(self._open_id),
                       what=self.tr("Marking the conversation as read"))

    # -- engine events -------------------------------------------------------------------------

    def _on_message_stored(self, event: MessageStored) -> None:
        if event.company_id != self._company_id:
            return
        self.model.note_message(event)
        if event.conversation_id == self._open_id:
            self.thread_model.note_message(event)
            if event.direction is Direction.IN and self.isVisible():
                # Staff are looking at it: it is read (once per burst, not per message).
                self._mark_read_timer.start()

    def _on_status_changed(self, event: MessageStatusChanged) -> None:
        if event.company_id == self._company_id:
            self.thread_model.update_status(event)
            self.model.note_status(event)

    def _on_conversation_changed(self, event: ConversationChanged) -> None:
        if event.company_id != self._company_id:
            return
        is_open = event.conversation_id == self._open_id
        # Bursts of changes are batched; the open conversation's header follows at once.
        self.model.update_conversation(event, defer=not is_open)
        if is_open:
            self._refresh_header()

    def _on_changes(self, changes: Changes) -> None:
        """Staff changed something (a customer's name, an AI switch, a pause): the rows showing it
        and the open thread's header follow."""
        if changes.company_id != self._company_id or not changes.conversations:
            return
        self.model.reread(changes.conversations)
        if self._open_id in changes.conversations:
            self._refresh_header()

    def _on_conversations_merged(self, event) -> None:
        """WhatsApp told the phone behind a hidden number: two rows become one."""
        if event.company_id != self._company_id:
            return
        self.model.forget(event.from_id)
        self.model.refresh(event.into_id)  # its preview, time and counts are the merged ones
        if self._open_id == event.from_id:
            self._open_id = None
            self.open_conversation(event.into_id)
        self._update_empty_state()
        self._emit_counts()

    # -- list ----------------------------------------------------------------------------------

    def _on_search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_no_match()

    def _on_filter_clicked(self, button: QPushButton) -> None:
        for state, candidate in self.filter_buttons.items():
            if candidate is button:
                self._apply_filter(state)

    def _apply_filter(self, state: ConversationFilter) -> None:
        self.proxy.set_filter(state)
        self._update_no_match()

    def _proxy_about_to_change(self, *_args: object) -> None:
        self._proxy_changing += 1

    def _proxy_changed(self, *_args: object) -> None:
        self._proxy_changing = max(0, self._proxy_changing - 1)
        if not self._proxy_changing:
            self._sync_selection()

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        # The view also moves the current row when rows vanish (filtering, live updates); only a
        # person's choice opens a conversation.
        if self._syncing or self._proxy_changing or not current.isValid():
            return
        conversation_id = current.data(ConversationRole.ID)
        if conversation_id is not None and conversation_id != self._open_id:
            self.open_conversation(int(conversation_id))

    def _sync_selection(self) -> None:
        """Keep the list's selection on the open conversation (or nothing if it is hidden)."""
        selection = self.list_view.selectionModel()
        wanted = QModelIndex()
        if self._open_id is not None:
            wanted = self.proxy.mapFromSource(self.model.index_of(self._open_id))
        if wanted == selection.currentIndex() and (
                not wanted.isValid() or selection.isSelected(wanted)):
            return
        self._syncing = True
        try:
            if wanted.isValid():
                selection.setCurrentIndex(wanted,
                                          QItemSelectionModel.SelectionFlag.ClearAndSelect)
            else:
                selection.clear()
        finally:
            self._syncing = False

    def _update_empty_state(self, *_args: object) -> None:
        empty = self.model.rowCount() == 0
        self.stack.setCurrentWidget(self.empty_state if empty else self.splitter)
        self._update_no_match()

    def _update_no_match(self) -> None:
        nothing = self.proxy.rowCount() == 0 and self.model.rowCount() > 0
        self.list_stack.setCurrentWidget(self.no_match if nothing else self.list_view)

    def _counts_later(self) -> None:
        if not self._counts_timer.isActive():
            self._counts_timer.start()

    def _emit_counts(self) -> None:
        counts = self.model.filter_counts(self._clock())
        for state, text, _tip in FILTER_CHIPS:
            count = counts.get(state, 0)
            self.filter_buttons[state].setText(
                self.tr("%1 (%2)").replace("%1", self.tr(text)).replace("%2", number_text(count))
                if count else self.tr(text))
        needs_human = counts[ConversationFilter.NEEDS_HUMAN]
        self.attentionChanged.emit(self.model.unread_total(), needs_human)
        if self.proxy.is_filtering():
            self._update_no_match()

    def _tick(self) -> None:
        now = self._clock()
        self.model.refresh_expired_pauses(self._last_tick)
        self._last_tick = now
        self.list_view.viewport().update()  # "today" times become dates after midnight
        self._refresh_header()

    def _on_person_needed(self, _conversation_id: int) -> None:
        if self.sound_box.isChecked():
            # Qt Multimedia (QSoundEffect) is not part of PySide6-Essentials: the system's beep.
            QApplication.beep()
            self.beeps += 1

    def _on_sound_toggled(self, on: bool) -> None:
        run_action(self._operations.set_attention_sound(on), control=self.sound_box,
                   what=self.tr("Saving the sound setting"))

    # -- the open conversation -----------------------------------------------------------------

    def _show_conversation(self, conversation_id: int | None) -> None:
        self._open_id = conversation_id
        self._stick_to_bottom = True
        self.thread_model.open(conversation_id)
        self.composer.setEnabled(conversation_id is not None)
        self.send_button.setEnabled(conversation_id is not None)
        self.thread_stack.setCurrentIndex(0 if conversation_id is None else 1)
        self._refresh_header()
        QTimer.singleShot(0, self._scroll_to_bottom)

    def _refresh_header(self) -> None:
        summary = self.model.get(self._open_id) if self._open_id is not None else None
        if summary is None:
            self.title_label.clear()
            self.phone_label.clear()
            self.banner.hide()
            self.needs_human_note.hide()
            self.take_over_button.hide()
            self.ai_state_label.hide()
            return
        self.title_label.setText(summary.name or format_phone(summary.phone) or summary.title)
        self.phone_label.setText(format_phone(summary.phone) if summary.name else "")
        self.phone_label.setVisible(bool(self.phone_label.text()))
        now = self._clock()
        state = ai_state_of(summary.ai_enabled, summary.ai_paused_until, now)
        self.take_over_button.setVisible(state is AiState.ON)
        self.ai_state_label.show()
        self.ai_state_label.setText({AiState.ON: self.tr("AI answering"),
                                     AiState.PAUSED: self.tr("AI paused"),
                                     AiState.OFF: self.tr("AI off")}[state])
        self._set_state_property(self.ai_state_label, state.value)
        if state is AiState.PAUSED:
            until = summary.ai_paused_until
            self.banner_label.setText(
                self.tr("AI is paused until %1 — you are answering this customer").replace(
                    "%1", format_clock(until, now)))
            # Redraw when the pause ends by itself (no event says so).
            ms = int((until - now).total_seconds() * 1000) + 500
            self._pause_end_timer.start(max(0, min(ms, 24 * 3600 * 1000)))
        elif state is AiState.OFF:
            self.banner_label.setText(self.tr("AI is off for this conversation — you are "
                                              "answering this customer"))
        self._set_state_property(self.banner, state.value)
        self.banner.setVisible(state is not AiState.ON)
        if summary.needs_human:
            self.needs_human_note.setText(self.tr("Needs a human — %1").replace(
                "%1", summary.needs_human_reason or self.tr("the AI asked for a person")))
        self.needs_human_note.setVisible(summary.needs_human)

    @staticmethod
    def _set_state_property(widget: QWidget, value: str) -> None:
        if widget.property("state") != value:
            widget.setProperty("state", value)
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def banner_text(self) -> str | None:
        """The takeover banner's text while it is shown (None when the AI answers)."""
        return self.banner_label.text() if not self.banner.isHidden() else None

    def _on_thread_rows(self, *_args: object) -> None:
        if self._stick_to_bottom:
            QTimer.singleShot(0, self._scroll_to_bottom)

    def _on_thread_range(self, _minimum: int, maximum: int) -> None:
        if self._stick_to_bottom:
            self.thread_view.verticalScrollBar().setValue(maximum)

    def _on_thread_scrolled(self, value: int) -> None:
        bar = self.thread_view.verticalScrollBar()
        # Reading older messages: new ones must not pull the view down.
        self._stick_to_bottom = value >= bar.maximum() - 8

    def _scroll_to_bottom(self) -> None:
        if self._stick_to_bottom:
            self.thread_view.scrollToBottom()
            bar = self.thread_view.verticalScrollBar()
            bar.setValue(bar.maximum())

    def is_at_bottom(self) -> bool:
        bar = self.thread_view.verticalScrollBar()
        return bar.value() >= bar.maximum() - 8

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self._mark_read_timer.stop()
        super().hideEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._open_id is not None:
            summary = self.model.get(self._open_id)
            if summary is not None and summary.unread:
                self._mark_read_timer.start()

