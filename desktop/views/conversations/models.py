"""Item models of the Conversations page: the conversation list, its filter, and the open thread.

The models read through `desktop.bot.queries` (never SQL of their own) and follow the engine's
events. Events can come in bursts (a reconnect delivers hundreds of messages at once), so the
models collect them and apply them in small, time-boxed batches instead of one by one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import time
import unicodedata
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)

from desktop.bot.events import ConversationChanged, MessageStatusChanged, MessageStored
from desktop.bot.outbox import REFUSALS, REFUSED_OWN_CHAT
from desktop.bot.queries import (
    ConversationMarks,
    ConversationSummary,
    ThreadMessage,
    conversation_marks,
    conversation_summaries,
    conversation_summary,
    thread,
)
from desktop.reason import Reason, from_stored
from desktop.store.models import OutboxStatus
from desktop.views.reason_texts import reason_text

if TYPE_CHECKING:
    from desktop.store.db import Database

Clock = Callable[[], dt.datetime]

# How long one batch of live updates may hold the GUI before the rest waits for the next turn.
BATCH_BUDGET_S = 0.012
THREAD_LIMIT = 500
THREAD_TAIL = 50
NO_MARKS = ConversationMarks()

# What a bubble shows for media; translated when shown (see `media_label`).
MEDIA_LABELS = {
    "audio": QT_TRANSLATE_NOOP("Conversations", "🎤 Voice message"),
    "image": QT_TRANSLATE_NOOP("Conversations", "📷 Photo"),
    "video": QT_TRANSLATE_NOOP("Conversations", "🎥 Video"),
    "sticker": QT_TRANSLATE_NOOP("Conversations", "🙂 Sticker"),
    "document": QT_TRANSLATE_NOOP("Conversations", "📄 Document"),
    "location": QT_TRANSLATE_NOOP("Conversations", "📍 Location"),
    "contact": QT_TRANSLATE_NOOP("Conversations", "👤 Contact card"),
    "unknown": QT_TRANSLATE_NOOP("Conversations", "❔ A message AI Admin cannot show"),
    # WhatsApp delivered it but it could not be decrypted; the phone is asked for it again.
    "undecryptable": QT_TRANSLATE_NOOP("Conversations", "🔒 A message could not be read"),
}

# Under a message WhatsApp refused for good (the outbox's reason is one of its REFUSALS).
REFUSED_OWN_CHAT_NOTE = QT_TRANSLATE_NOOP(
    "Conversations", "⚠ WhatsApp refused this message: the contact must be messaged in their own chat.")
REFUSED_NOTE = QT_TRANSLATE_NOOP("Conversations", "⚠ WhatsApp refused this message.")


def media_label(kind: str) -> str:
    """The placeholder for a kind of media, in the chosen language."""
    return QCoreApplication.translate("Conversations",
                                      MEDIA_LABELS.get(kind, MEDIA_LABELS["unknown"]))


def utc_now() -> dt.datetime:
    """The current time, timezone-aware in UTC (the store's times are too)."""
    return dt.datetime.now(dt.UTC)


def text_is_rtl(text: str | None) -> bool:
    """True when the text's first strong character is right-to-left (Hebrew, Arabic, ...).

    This is the Unicode rule for a paragraph's own direction, so "שלום Dana" reads right-to-left
    and "Dana שלום" left-to-right.
    """
    for char in text or "":
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def message_text(kind: str, text: str | None) -> str:
    """What a bubble shows: the text, or a placeholder for media (with its caption)."""
    if kind == "text":
        return text or ""
    if kind == "reaction":
        return QCoreApplication.translate("Conversations", "Reacted %1").replace(
            "%1", text or "").strip()
    label = media_label(kind)
    return f"{label}\n{text}" if text else label


def refusal_note(status: OutboxStatus | None, error: str | None) -> str | None:
    """The line under a bubble WhatsApp refused for good, in the chosen language (else None)."""
    reason = from_stored(error)
    if status is not OutboxStatus.FAILED or not isinstance(reason, Reason) or reason.code not in REFUSALS:
        return None
    words = REFUSED_OWN_CHAT_NOTE if reason.code == REFUSED_OWN_CHAT else REFUSED_NOTE
    return QCoreApplication.translate("Conversations", words)


def error_text(error: str | None) -> str:
    """Why a message was not sent (the outbox keeps the reason's JSON), in the chosen language."""
    return reason_text(from_stored(error))


def bubble_text(message: ThreadMessage) -> str:
    """Everything a bubble shows: its text or placeholder, and a refusal under it."""
    shown = message_text(message.kind, message.text)
    note = refusal_note(message.status, message.error)
    return f"{shown}\n{note}" if note else shown


def preview_text(preview: str) -> str:
    """The list's preview line; the store writes media as "[audio] caption"."""
    if preview.startswith("["):
        kind, _, caption = preview[1:].partition("]")
        if kind in MEDIA_LABELS:
            label = media_label(kind)
            return f"{label} · {caption.strip()}" if caption.strip() else label
        if kind == "reaction":
            return message_text(kind, caption.strip() or None)
    return preview


class AiState(enum.StrEnum):
    """Whether the AI answers a conversation right now."""

    ON = "on"
    PAUSED = "paused"
    OFF = "off"


def ai_state_of(enabled: bool, paused_until: dt.datetime | None, now: dt.datetime) -> AiState:
    if not enabled:
        return AiState.OFF
    if paused_until is not None and paused_until > now:
        return AiState.PAUSED
    return AiState.ON


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


# -- the conversation list ------------------------------------------------------------------------

class ConversationRole(enum.IntEnum):
    """Data roles of `ConversationListModel` (Qt.DisplayRole is the title)."""

    ID = Qt.ItemDataRole.UserRole + 1
    TITLE = enum.auto()
    PHONE = enum.auto()
    PREVIEW = enum.auto()
    TIME = enum.auto()            # aware datetime of the last message, or None
    UNREAD = enum.auto()
    NEEDS_HUMAN = enum.auto()
    NEEDS_HUMAN_REASON = enum.auto()
    AI_STATE = enum.auto()        # AiState
    AI_ENABLED = enum.auto()
    AI_PAUSED_UNTIL = enum.auto()
    AI_PENDING = enum.auto()      # a switch change is on its way to the engine
    SUMMARY = enum.auto()         # the ConversationSummary itself
    UNANSWERED = enum.auto()      # the customer wrote last and nobody answered
    FAILED_SENDS = enum.auto()    # how many of our messages WhatsApp did not take


class _Row:
    """One conversation and the lower-cased text the search looks in."""

    __slots__ = ("summary", "haystack", "phone_digits", "pending")

    def __init__(self, summary: ConversationSummary, pending: bool = False) -> None:
        self.summary = summary
        self.haystack = "\n".join((summary.title, summary.phone or "",
                                   summary.preview)).casefold()
        self.phone_digits = _digits(summary.phone or "")
        self.pending = pending


def _sort_key(summary: ConversationSummary) -> tuple[float, int]:
    at = summary.last_message_at
    return (at.timestamp() if at is not None else float("-inf"), summary.id)


class ConversationListModel(QAbstractListModel):
    """A company's conversations, most recent first, kept live from the engine's events.

    A conversation with a new message moves to the top (a row move, so selections and the scroll
    position survive); a conversation seen for the first time is inserted; switches, flags and
    unread counts change in place.
    """

    countsChanged = Signal()  # unread, needs-human or the filters' totals may have changed
    # A conversation was newly flagged "needs a human" (not one that was flagged already).
    personNeeded = Signal(int)

    def __init__(self, database: Database, parent: QObject | None = None, *,
                 clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self._database = database
        self._clock = clock
        self._company_id: int | None = None
        self._rows: list[_Row] = []
        self._positions: dict[int, int] = {}
        self._waiting: dict[int, None] = {}   # conversations with new messages, in arrival order
        self._changes: dict[int, ConversationChanged] = {}  # deferred in-place changes
        # Unanswered and failed-send marks, by conversation (none: not in it).
        self._marks: dict[int, ConversationMarks] = {}
        self._marks_waiting: set[int] = set()  # a send failed or was retried: read them again
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(0)
        self._flush_timer.timeout.connect(self.flush)

    # -- loading -------------------------------------------------------------------------------

    @property
    def company_id(self) -> int | None:
        return self._company_id

    def load(self, company_id: int | None) -> None:
        """Show a company's conversations (all of them, in one query)."""
        summaries = conversation_summaries(self._database, company_id) if company_id else []
        marks = conversation_marks(self._database, company_id) if company_id else {}
        self.beginResetModel()
        self._company_id = company_id
        self._rows = [_Row(s) for s in summaries]
        self._marks = marks
        self._waiting.clear()
        self._changes.clear()
        self._marks_waiting.clear()
        self._reindex()
        self.endResetModel()
        self.countsChanged.emit()

    def _reindex(self, upto: int | None = None) -> None:
        rows = self._rows if upto is None else self._rows[:upto + 1]
        if upto is None:
            self._positions = {row.summary.id: n for n, row in enumerate(rows)}
        else:
            for n, row in enumerate(rows):
                self._positions[row.summary.id] = n

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def roleNames(self) -> dict[int, bytes]:
        names = {int(role): role.name.lower().encode() for role in ConversationRole}
        names[int(Qt.ItemDataRole.DisplayRole)] = b"display"
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        s = row.summary
        if role in (Qt.ItemDataRole.DisplayRole, ConversationRole.TITLE):
            return s.title
        if role == ConversationRole.ID:
            return s.id
        if role == ConversationRole.PHONE:
            return s.phone
        if role == ConversationRole.PREVIEW:
            return preview_text(s.preview)
        if role == ConversationRole.TIME:
            return s.last_message_at
        if role == ConversationRole.UNREAD:
            return s.unread
        if role == ConversationRole.NEEDS_HUMAN:
            return s.needs_human
        if role == ConversationRole.NEEDS_HUMAN_REASON:
            return s.needs_human_reason
        if role == ConversationRole.AI_STATE:
            return ai_state_of(s.ai_enabled, s.ai_paused_until, self._clock())
        if role == ConversationRole.AI_ENABLED:
            return s.ai_enabled
        if role == ConversationRole.AI_PAUSED_UNTIL:
            return s.ai_paused_until
        if role == ConversationRole.AI_PENDING:
            return row.pending
        if role == ConversationRole.SUMMARY:
            return s
        if role == ConversationRole.UNANSWERED:
            return self.marks(s.id).unanswered
        if role == ConversationRole.FAILED_SENDS:
            return self.marks(s.id).failed_sends
        if role == Qt.ItemDataRole.ToolTipRole:
            return s.needs_human_reason if s.needs_human else None
        return None

    # -- lookups -------------------------------------------------------------------------------

    def summary(self, row: int) -> ConversationSummary:
        return self._rows[row].summary

    def summaries(self) -> list[ConversationSummary]:
        return [row.summary for row in self._rows]

    def row_of(self, conversation_id: int) -> int:
        """The row of a conversation, or -1."""
        return self._positions.get(conversation_id, -1)

    def index_of(self, conversation_id: int) -> QModelIndex:
        row = self.row_of(conversation_id)
        return self.index(row, 0) if row >= 0 else QModelIndex()

    def get(self, conversation_id: int) -> ConversationSummary | None:
        row = self.row_of(conversation_id)
        return self._rows[row].summary if row >= 0 else None

    def marks(self, conversation_id: int) -> ConversationMarks:
        """The conversation's unanswered and failed-send marks (none when it has neither)."""
        return self._marks.get(conversation_id, NO_MARKS)

    def refresh(self, conversation_id: int) -> None:
        """Read a conversation's row again (soon, batched with others)."""
        if self._company_id is not None:
            self._wait_for(conversation_id)

    def reread(self, conversation_ids: Iterable[int]) -> None:
        """Read these rows again where they stand (a rename is no reason to jump to the top)."""
        for conversation_id in conversation_ids:
            row = self.row_of(conversation_id)
            if row < 0:
                continue
            summary = conversation_summary(self._database, conversation_id)
            if summary is not None and summary.company_id == self._company_id:
                self._read_marks([conversation_id])
                self._replace(row, summary)

    def forget(self, conversation_id: int) -> None:
        """A conversation merged into another (one customer, two WhatsApp ids): its row goes."""
        self._waiting.pop(conversation_id, None)
        self._changes.pop(conversation_id, None)
        row = self.row_of(conversation_id)
        if row < 0:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._reindex()
        self.endRemoveRows()
        self.countsChanged.emit()

    def accepts(self, row: int, needle: str, digits: str, state: ConversationFilter,
                now: dt.datetime) -> bool:
        """The filter's question for one row, answered from plain Python data (fast)."""
        entry = self._rows[row]
        s = entry.summary
        if state is ConversationFilter.NEEDS_HUMAN and not s.needs_human:
            return False
        if state is ConversationFilter.AI_NOT_ACTIVE and s.ai_enabled and not (
                s.ai_paused_until is not None and s.ai_paused_until > now):
            return False
        if state is ConversationFilter.UNANSWERED and not self.marks(s.id).unanswered:
            return False
        if state is ConversationFilter.FAILED_SEND and not self.marks(s.id).failed_sends:
            return False
        if not needle:
            return True
        return needle in entry.haystack or bool(digits and digits in entry.phone_digits)

    def unread_total(self) -> int:
        return sum(row.summary.unread for row in self._rows)

    def needs_human_count(self) -> int:
        return sum(1 for row in self._rows if row.summary.needs_human)

    def filter_counts(self, now: dt.datetime) -> dict[ConversationFilter, int]:
        """How many conversations each filter shows (without a search)."""
        return {state: sum(1 for n in range(len(self._rows)) if self.accepts(n, "", "", state, now))
                for state in ConversationFilter if state is not ConversationFilter.ALL}

    def _read_marks(self, conversation_ids: Iterable[int]) -> None:
        ids = list(conversation_ids)
        if not ids or self._company_id is None:
            return
        fresh = conversation_marks(self._database, self._company_id, only=ids)
        for conversation_id in ids:
            if conversation_id in fresh:
                self._marks[conversation_id] = fresh[conversation_id]
            else:
                self._marks.pop(conversation_id, None)

    def note_status(self, event: MessageStatusChanged) -> None:
        """One of our messages moved on: a send that failed (or was sent again) marks its row."""
        if event.company_id != self._company_id:
            return
        if event.status is OutboxStatus.FAILED or self.marks(event.conversation_id).failed_sends:
            self._marks_waiting.add(event.conversation_id)
            if not self._flush_timer.isActive():
                self._flush_timer.start()

    # -- live updates --------------------------------------------------------------------------

    def _replace(self, row: int, summary: ConversationSummary) -> None:
        if summary.needs_human and not self._rows[row].summary.needs_human:
            self.personNeeded.emit(summary.id)
        self._rows[row] = _Row(summary, self._rows[row].pending)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def update_conversation(self, event: ConversationChanged, *, defer: bool = False) -> None:
        """A switch, pause, flag or unread count changed: update the row where it is.

        With `defer`, the change waits for the next batch (the latest change per conversation
        wins), so a burst of events costs one update per conversation.
        """
        if event.company_id != self._company_id:
            return
        if defer:
            self._changes[event.conversation_id] = event
            if not self._flush_timer.isActive():
                self._flush_timer.start()
            return
        self._apply_change(event)
        self.countsChanged.emit()

    def _apply_change(self, event: ConversationChanged) -> None:
        row = self.row_of(event.conversation_id)
        if row < 0:
            # Not seen yet: its first message is on the way; fetch it with the others.
            self._wait_for(event.conversation_id)
            return
        self._replace(row, dataclasses.replace(
            self._rows[row].summary, ai_enabled=event.ai_enabled,
            ai_paused_until=event.ai_paused_until, needs_human=event.needs_human,
            needs_human_reason=event.needs_human_reason, unread=event.unread_count))

    def note_message(self, event: MessageStored) -> None:
        """A message was stored: its conversation moves to the top (soon, batched)."""
        if event.company_id == self._company_id:
            self._wait_for(event.conversation_id)

    def _wait_for(self, conversation_id: int) -> None:
        self._waiting[conversation_id] = None
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def has_waiting(self) -> bool:
        return bool(self._waiting or self._changes or self._marks_waiting)

    def flush(self) -> None:
        """Apply waiting conversations: read them, then move or insert them at the top.

        Reading stops after a short budget; the rest follows on the next turn of the event loop,
        so a burst never freezes the window.
        """
        started = time.perf_counter()
        changes, self._changes = self._changes, {}
        for event in changes.values():
            if event.conversation_id not in self._waiting:  # else it is read fresh anyway
                self._apply_change(event)
        fresh: list[ConversationSummary] = []
        while self._waiting and time.perf_counter() - started < BATCH_BUDGET_S:
            conversation_id = next(iter(self._waiting))
            del self._waiting[conversation_id]
            summary = conversation_summary(self._database, conversation_id)
            if summary is not None and summary.company_id == self._company_id:
                fresh.append(summary)
        # The marks of the batch in one query: a new message changes "unanswered".
        marked, self._marks_waiting = self._marks_waiting, set()
        self._read_marks(marked | {s.id for s in fresh})
        if fresh:
            for summary in fresh:
                if summary.needs_human and summary.id not in self._positions:
                    self.personNeeded.emit(summary.id)  # a new conversation, flagged at once
            self._bring_to_top(fresh)
        for conversation_id in marked - {s.id for s in fresh}:
            row = self.row_of(conversation_id)
            if row >= 0:
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)
        if fresh or changes or marked:
            self.countsChanged.emit()
        if self._waiting:
            self._flush_timer.start()

    def _bring_to_top(self, fresh: list[ConversationSummary]) -> None:
        fresh.sort(key=_sort_key, reverse=True)
        known = [s for s in fresh if s.id in self._positions]
        new = [s for s in fresh if s.id not in self._positions]
        if len(known) == 1 and not new:
            self._move_to_top(known[0])
            return
        if new:
            self.beginInsertRows(QModelIndex(), 0, len(new) - 1)
            self._rows[0:0] = [_Row(s) for s in new]
            self._reindex()
            self.endInsertRows()
        for summary in known:
            row = self._positions[summary.id]
            if summary.needs_human and not self._rows[row].summary.needs_human:
                self.personNeeded.emit(summary.id)
            self._rows[row] = _Row(summary, self._rows[row].pending)
        order = [s.id for s in fresh]
        if [row.summary.id for row in self._rows[:len(order)]] != order:
            self._reorder(order)
        self.dataChanged.emit(self.index(0, 0), self.index(len(order) - 1, 0))

    def _move_to_top(self, summary: ConversationSummary) -> None:
        row = self._positions[summary.id]
        if row > 0:
            # One conversation moved: a plain row move keeps selection and scroll position.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), 0)
            self._rows.insert(0, self._rows.pop(row))
            self._reindex(upto=row)
            self.endMoveRows()
        self._replace(0, summary)

    def _reorder(self, order: list[int]) -> None:
        # Several conversations moved at once: one layout change instead of many row moves, so
        # views and the filter re-sort once per batch; persistent indexes (selection) follow.
        self.layoutAboutToBeChanged.emit()
        old_ids = [row.summary.id for row in self._rows]
        wanted = set(order)
        front = [self._rows[self._positions[cid]] for cid in order]
        self._rows = front + [row for row in self._rows if row.summary.id not in wanted]
        self._reindex()
        persistent = self.persistentIndexList()
        if persistent:
            self.changePersistentIndexList(
                persistent, [self.index(self._positions[old_ids[index.row()]], 0)
                             for index in persistent])
        self.layoutChanged.emit()

    def set_pending(self, conversation_id: int, pending: bool) -> None:
        """Mark a conversation's switch as busy while its change travels to the engine."""
        row = self.row_of(conversation_id)
        if row >= 0 and self._rows[row].pending != pending:
            self._rows[row].pending = pending
            index = self.index(row, 0)
            self.dataChanged.emit(index, index, [ConversationRole.AI_PENDING])

    def refresh_expired_pauses(self, since: dt.datetime) -> None:
        """Pauses that ended since `since` change the AI state without any event: redraw them."""
        now = self._clock()
        for n, row in enumerate(self._rows):
            until = row.summary.ai_paused_until
            if until is not None and since < until <= now:
                index = self.index(n, 0)
                self.dataChanged.emit(index, index, [ConversationRole.AI_STATE])


class ConversationFilter(enum.Enum):
    """The list's filter buttons."""

    ALL = "all"
    UNANSWERED = "unanswered"         # the customer wrote last and nobody answered
    NEEDS_HUMAN = "needs_human"
    FAILED_SEND = "failed_send"       # a message of ours WhatsApp did not take
    AI_NOT_ACTIVE = "ai_not_active"   # paused or off


class ConversationFilterProxy(QSortFilterProxyModel):
    """Search by name, phone or message text, combined with one of the filters (All,
    Unanswered, Needs a human, Failed send, AI paused).

    The source order (most recent first) is kept; nothing is sorted here.
    """

    def __init__(self, parent: QObject | None = None, *, clock: Clock = utc_now) -> None:
        super().__init__(parent)
        self._clock = clock
        self._source: ConversationListModel | None = None
        self._needle = ""
        self._digits = ""
        self._filter = ConversationFilter.ALL
        self._now = clock()
        self.setDynamicSortFilter(True)

    def setSourceModel(self, model: ConversationListModel) -> None:  # noqa: N802 - Qt's name
        self._source = model
        super().setSourceModel(model)

    @property
    def search(self) -> str:
        return self._needle

    @property
    def filter(self) -> ConversationFilter:
        return self._filter

    def is_filtering(self) -> bool:
        return bool(self._needle) or self._filter is not ConversationFilter.ALL

    def set_search(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle == self._needle:
            return
        self._refilter(lambda: self._set_needle(needle))

    def _set_needle(self, needle: str) -> None:
        self._needle = needle
        # "054-123 45" finds +972 54-123-45..: phone numbers are compared digit by digit,
        # without the leading 0 that a number written the local way starts with.
        digits = _digits(needle).lstrip("0") if needle.lstrip()[:1] != "+" else _digits(needle)
        self._digits = digits if len(digits) >= 3 else ""

    def set_filter(self, state: ConversationFilter) -> None:
        if state is self._filter:
            return
        self._refilter(lambda: setattr(self, "_filter", state))

    def _refilter(self, change: Callable[[], None]) -> None:
        self.beginFilterChange()
        change()
        self._now = self._clock()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int,  # noqa: N802 - Qt's name
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._source is None or source_parent.isValid():
            return False
        if self._filter is ConversationFilter.AI_NOT_ACTIVE:
            now = self._clock()
        else:
            now = self._now
        return self._source.accepts(source_row, self._needle, self._digits, self._filter, now)

    def conversation_id(self, row: int) -> int | None:
        return self.index(row, 0).data(ConversationRole.ID)


# -- the open conversation --------------------------------------------------------------------------

class MessageRole(enum.IntEnum):
    """Data roles of `ThreadModel` (Qt.DisplayRole is the text a bubble shows)."""

    ID = Qt.ItemDataRole.UserRole + 1
    AUTHOR = enum.auto()      # customer | bot | staff | phone
    DIRECTION = enum.auto()   # in | out
    KIND = enum.auto()
    TEXT = enum.auto()        # the stored text (None for media without a caption)
    TIME = enum.auto()        # aware datetime
    STATUS = enum.auto()      # queued | sending | sent | delivered | read | failed | cancelled | None
    ERROR = enum.auto()
    OUTBOX_ID = enum.auto()
    WA_ID = enum.auto()
    RTL = enum.auto()         # the text's own direction is right-to-left
    MESSAGE = enum.auto()     # the ThreadMessage itself


class ThreadModel(QAbstractListModel):
    """The messages of the open conversation, oldest first; new ones and statuses arrive live."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._database = database
        self._conversation_id: int | None = None
        self._messages: list[ThreadMessage] = []
        self._display: list[str] = []
        self._rtl: list[bool] = []
        self._by_outbox: dict[int, int] = {}
        self._by_wa_id: dict[str, int] = {}
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self.fetch_new)

    @property
    def conversation_id(self) -> int | None:
        return self._conversation_id

    def open(self, conversation_id: int | None) -> None:
        """Show a conversation's latest messages (or nothing)."""
        messages = thread(self._database, conversation_id, THREAD_LIMIT) if conversation_id else []
        self.beginResetModel()
        self._conversation_id = conversation_id
        self._messages, self._display, self._rtl = [], [], []
        self._by_outbox.clear()
        self._by_wa_id.clear()
        self._add(messages)
        self.endResetModel()

    def _add(self, messages: Iterable[ThreadMessage]) -> None:
        for message in messages:
            row = len(self._messages)
            self._messages.append(message)
            shown = bubble_text(message)
            self._display.append(shown)
            self._rtl.append(text_is_rtl(shown))
            self._by_wa_id[message.wa_id] = row
            if message.outbox_id is not None:
                self._by_outbox[message.outbox_id] = row

    # -- Qt model interface ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._messages)

    def roleNames(self) -> dict[int, bytes]:
        names = {int(role): role.name.lower().encode() for role in MessageRole}
        names[int(Qt.ItemDataRole.DisplayRole)] = b"display"
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._messages):
            return None
        row = index.row()
        m = self._messages[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display[row]
        if role == MessageRole.ID:
            return m.id
        if role == MessageRole.AUTHOR:
            return m.author
        if role == MessageRole.DIRECTION:
            return m.direction
        if role == MessageRole.KIND:
            return m.kind
        if role == MessageRole.TEXT:
            return m.text
        if role == MessageRole.TIME:
            return m.at
        if role == MessageRole.STATUS:
            return m.status
        if role == MessageRole.ERROR:
            return error_text(m.error)
        if role == MessageRole.OUTBOX_ID:
            return m.outbox_id
        if role == MessageRole.WA_ID:
            return m.wa_id
        if role == MessageRole.RTL:
            return self._rtl[row]
        if role == MessageRole.MESSAGE:
            return m
        return None

    def message(self, row: int) -> ThreadMessage:
        return self._messages[row]

    def row_of_outbox(self, outbox_id: int) -> int:
        return self._by_outbox.get(outbox_id, -1)

    # -- live updates --------------------------------------------------------------------------

    def note_message(self, event: MessageStored) -> None:
        """A message was stored; if it belongs here, read it (batched with others)."""
        if event.conversation_id != self._conversation_id:
            return
        row = self._by_wa_id.get(event.wa_id, -1) if event.updated else -1
        if row >= 0:
            # A message that could not be read came again: the same bubble shows its content.
            self._messages[row] = dataclasses.replace(self._messages[row], kind=event.kind,
                                                      text=event.text)
            self._refresh_display(row)
            return
        if not self._fetch_timer.isActive():
            self._fetch_timer.start()

    def _refresh_display(self, row: int) -> None:
        shown = bubble_text(self._messages[row])
        self._display[row], self._rtl[row] = shown, text_is_rtl(shown)
        index = self.index(row, 0)
        self.dataChanged.emit(index, index)

    def fetch_new(self) -> int:
        """Append the messages stored since the last one shown; returns how many."""
        if self._conversation_id is None:
            return 0
        last_id = self._messages[-1].id if self._messages else 0
        tail = thread(self._database, self._conversation_id, THREAD_TAIL)
        if len(tail) == THREAD_TAIL and tail[0].id > last_id:
            tail = thread(self._database, self._conversation_id, THREAD_LIMIT)  # a burst
        new = [m for m in tail if m.id > last_id]
        if new:
            self.beginInsertRows(QModelIndex(), len(self._messages),
                                 len(self._messages) + len(new) - 1)
            self._add(new)
            self.endInsertRows()
        return len(new)

    def update_status(self, event: MessageStatusChanged) -> None:
        """An outgoing message moved on (or failed): update its delivery status in place."""
        if event.conversation_id != self._conversation_id:
            return
        row = self._by_outbox.get(event.outbox_id, self._by_wa_id.get(event.wa_id, -1))
        if row < 0:
            return  # not read yet: the pending fetch brings it with its current status
        message = self._messages[row]
        self._messages[row] = dataclasses.replace(message, status=event.status,
                                                  error=event.error, outbox_id=event.outbox_id)
        self._by_outbox[event.outbox_id] = row
        if refusal_note(event.status, event.error) or self._display[row] != bubble_text(
                self._messages[row]):
            self._refresh_display(row)  # the refusal is written under the bubble
            return
        index = self.index(row, 0)
        self.dataChanged.emit(index, index, [MessageRole.STATUS, MessageRole.ERROR,
                                             MessageRole.OUTBOX_ID, MessageRole.MESSAGE])
