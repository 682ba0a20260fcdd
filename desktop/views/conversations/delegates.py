"""Painting the Conversations page: list rows with an AI switch, and chat bubbles.

Both delegates compute their geometry in one place (`_geometry` / `_bubble`) and use it for
painting and for clicks alike, so what is drawn is exactly what can be clicked. Layouts are
computed in left-to-right terms and mirrored for a right-to-left window.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from dataclasses import dataclass

import phonenumbers
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPen,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip, QWidget

from desktop.store.models import Author, Direction, OutboxStatus
from desktop.views.conversations.models import AiState, ConversationRole, MessageRole, text_is_rtl, utc_now
from desktop.views.formats import day_month_text, long_date_time_text, moment_text, time_text

# -- shared -----------------------------------------------------------------------------------------

MUTED = QColor("#5b6472")
TEXT = QColor("#1d2430")
GREEN = QColor("#2f9e74")
AMBER = QColor("#e0a526")
GREY = QColor("#c3c9d2")
RED = QColor("#c8372d")
BLUE = QColor("#2f7de1")


def format_list_time(at: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """The list's time: HH:MM today, else the date (with the year when it is not this year)."""
    if at is None:
        return ""
    local = at.astimezone()
    today = (now or utc_now()).astimezone().date()
    if local.date() == today:
        return time_text(local)
    return day_month_text(local.date(), year=local.year != today.year)


def format_clock(at: dt.datetime, now: dt.datetime | None = None) -> str:
    """A moment in local time: HH:MM today, else with its date."""
    local = at.astimezone()
    if local.date() == (now or utc_now()).astimezone().date():
        return time_text(local)
    return moment_text(local)


def _tr(text: str) -> str:
    """Translates a string marked with QT_TRANSLATE_NOOP("Conversations", ...)."""
    return QCoreApplication.translate("Conversations", text)


@functools.lru_cache(maxsize=4096)
def format_phone(e164: str | None) -> str:
    """A phone number as people write it: +972 54-123-4567."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def ai_state(index: QModelIndex | QPersistentModelIndex) -> AiState | None:
    """The row's AI state (Qt hands the enum back as a plain string)."""
    value = index.data(ConversationRole.AI_STATE)
    return AiState(value) if value else None


def _small(font: QFont, delta: float = -1.5, bold: bool = False) -> QFont:
    small = QFont(font)
    if font.pointSizeF() > 0:
        small.setPointSizeF(max(6.0, font.pointSizeF() + delta))
    else:
        small.setPixelSize(max(8, font.pixelSize() + round(delta * 1.3)))
    small.setBold(bold)
    return small


def _direction_flag(text: str) -> Qt.TextFlag:
    # Each line is shaped in its own direction, so mixed Hebrew/Latin text orders correctly.
    return (Qt.TextFlag.TextForceRightToLeft if text_is_rtl(text)
            else Qt.TextFlag.TextForceLeftToRight)


def _visual(option: QStyleOptionViewItem, rect: QRect) -> QRect:
    return QStyle.visualRect(option.direction, option.rect, rect)


def _leading_flags(option: QStyleOptionViewItem) -> Qt.AlignmentFlag:
    # Absolute: the column lines up with the window's direction, whatever the text's own is.
    side = (Qt.AlignmentFlag.AlignRight if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft)
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _trailing_flags(option: QStyleOptionViewItem) -> Qt.AlignmentFlag:
    side = (Qt.AlignmentFlag.AlignLeft if option.direction == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignRight)
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


def _draw_text(painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str,
               font: QFont, color: QColor, *, trailing: bool = False) -> None:
    painter.setFont(font)
    painter.setPen(color)
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    flags = _trailing_flags(option) if trailing else _leading_flags(option)
    painter.drawText(_visual(option, rect), int(flags | _direction_flag(elided)
                                                | Qt.TextFlag.TextSingleLine), elided)


# -- the conversation list -------------------------------------------------------------------------

AVATAR_COLOURS = ("#5b8def", "#2f9e74", "#d9822b", "#9b59b6", "#c0504d", "#16a2b8", "#7a8b2f")


@dataclass(frozen=True)
class _RowGeometry:
    avatar: QRect
    title: QRect
    preview: QRect
    time: QRect
    switch: QRect


class ConversationDelegate(QStyledItemDelegate):
    """One conversation in the list: avatar, name or phone, preview, time, badges, AI switch.

    Clicking the switch emits `aiToggleRequested(conversation_id, enabled)`; the row is not
    selected by that click.
    """

    aiToggleRequested = Signal(int, bool)

    ROW_HEIGHT = 68
    SWITCH = QSize(34, 18)

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(max(200, option.rect.width()), self.ROW_HEIGHT)

    def _geometry(self, option: QStyleOptionViewItem) -> _RowGeometry:
        # Logical left-to-right layout inside option.rect; mirrored when drawn.
        r = option.rect
        pad = 12
        avatar = QRect(r.left() + pad, r.top() + (r.height() - 40) // 2, 40, 40)
        right_col = 46
        right = r.right() - pad
        middle_left = avatar.right() + 12
        middle_right = right - right_col - 8
        time = QRect(right - right_col + 1, r.top() + 12, right_col, 20)
        switch = QRect(right - self.SWITCH.width() + 1, r.top() + 38, self.SWITCH.width(),
                       self.SWITCH.height())
        title = QRect(middle_left, r.top() + 12, middle_right - middle_left, 20)
        preview = QRect(middle_left, r.top() + 36, middle_right - middle_left, 20)
        return _RowGeometry(avatar, title, preview, time, switch)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = self._geometry(option)
        r = option.rect
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        background = QColor("#e3f1ec" if selected else "#f3f5f8" if hovered else "#ffffff")
        painter.fillRect(r, background)
        painter.setPen(QColor("#eef0f3"))
        painter.drawLine(r.left() + 64, r.bottom(), r.right(), r.bottom())

        conversation_id = index.data(ConversationRole.ID) or 0
        title = index.data(ConversationRole.TITLE) or ""
        phone = index.data(ConversationRole.PHONE)
        if phone and title == phone:
            title = format_phone(phone)
        base = option.font

        # Avatar: the first letter of the name on a colour that stays the same for the customer.
        avatar = _visual(option, g.avatar)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(AVATAR_COLOURS[conversation_id % len(AVATAR_COLOURS)]))
        painter.drawEllipse(avatar)
        initial = next((c for c in title if c.isalpha()), None)
        if initial:
            painter.setPen(QColor("#ffffff"))
            painter.setFont(_small(base, 1.5, bold=True))
            painter.drawText(avatar, int(Qt.AlignmentFlag.AlignCenter), initial.upper())
        else:
            self._draw_person(painter, avatar)

        unread = index.data(ConversationRole.UNREAD) or 0
        needs_human = bool(index.data(ConversationRole.NEEDS_HUMAN))
        unanswered = bool(index.data(ConversationRole.UNANSWERED))
        failed = bool(index.data(ConversationRole.FAILED_SENDS))
        if needs_human or unanswered:
            # A stripe on the leading edge: who is waiting for a person shows from across the
            # room, before any word is read (red: needs a human; amber: nobody answered yet).
            painter.fillRect(_visual(option, QRect(r.left(), r.top(), 4, r.height())),
                             RED if needs_human else AMBER)

        # The name gets the whole first line; a flagged conversation says so before its preview.
        _draw_text(painter, option, g.title, title, _small(base, 0.5, bold=True), TEXT)
        preview_rect = QRect(g.preview)
        if unread:
            badge = self._badge_rect(g.preview, unread, base)
            preview_rect.setRight(badge.left() - 8)
            self._draw_badge(painter, option, badge, unread, base)
        # At most two pills before the preview: a failed send, then the flag (or, unflagged,
        # "Unanswered"): each one a reason for staff to open the chat.
        pills = []
        if failed:
            pills.append((_tr(NOT_SENT), QColor("#ffffff"), RED))
        if needs_human:
            pills.append((_tr(NEEDS_HUMAN), RED, QColor("#fdecea")))
        elif unanswered:
            pills.append((_tr(UNANSWERED), QColor("#7a5200"), QColor("#fdf1d6")))
        for words, fg, bg in pills:
            pill = self._pill_rect(preview_rect, words, base)
            pill.moveLeft(preview_rect.left())
            if pill.right() > preview_rect.right():
                break  # a very narrow list: the first pill is what matters
            preview_rect.setLeft(pill.right() + 7)
            self._draw_pill(painter, option, pill, words, base, fg, bg)
        preview_colour = TEXT if unread else MUTED
        _draw_text(painter, option, preview_rect, index.data(ConversationRole.PREVIEW) or "",
                   base, preview_colour)

        # Time above the switch.
        time_text = format_list_time(index.data(ConversationRole.TIME))
        _draw_text(painter, option, g.time, time_text, _small(base, -1.5),
                   GREEN if unread else MUTED, trailing=True)

        self._draw_switch(painter, option, g.switch, ai_state(index),
                          bool(index.data(ConversationRole.AI_PENDING)))
        painter.restore()

    @staticmethod
    def _draw_person(painter: QPainter, avatar: QRect) -> None:
        # No name to take a letter from: a plain person silhouette.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(255, 255, 255, 225))
        c = QRectF(avatar).center()
        painter.drawEllipse(QPointF(c.x(), c.y() - 4.5), 6.5, 6.5)
        body = QPainterPath()
        body.addRoundedRect(QRectF(c.x() - 11, c.y() + 4, 22, 12), 6, 6)
        clip = QPainterPath()
        clip.addEllipse(QRectF(avatar))
        painter.drawPath(body.intersected(clip))

    @staticmethod
    def _pill_rect(line: QRect, text: str, base: QFont) -> QRect:
        width = QFontMetrics(_small(base, -2, bold=True)).horizontalAdvance(text) + 14
        return QRect(line.right() - width + 1, line.top() + 1, width, line.height() - 2)

    @staticmethod
    def _draw_pill(painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str,
                   base: QFont, fg: QColor, bg: QColor) -> None:
        visual = _visual(option, rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(QRectF(visual), visual.height() / 2, visual.height() / 2)
        painter.setPen(fg)
        painter.setFont(_small(base, -2, bold=True))
        painter.drawText(visual, int(Qt.AlignmentFlag.AlignCenter), text)

    @staticmethod
    def _badge_rect(line: QRect, count: int, base: QFont) -> QRect:
        text = str(count) if count < 100 else "99+"
        width = max(20, QFontMetrics(_small(base, -2, bold=True)).horizontalAdvance(text) + 12)
        return QRect(line.right() - width + 1, line.top(), width, 20)

    @staticmethod
    def _draw_badge(painter: QPainter, option: QStyleOptionViewItem, rect: QRect, count: int,
                    base: QFont) -> None:
        visual = _visual(option, rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GREEN)
        painter.drawRoundedRect(QRectF(visual), 10, 10)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(_small(base, -2, bold=True))
        painter.drawText(visual, int(Qt.AlignmentFlag.AlignCenter),
                         str(count) if count < 100 else "99+")

    @staticmethod
    def _draw_switch(painter: QPainter, option: QStyleOptionViewItem, rect: QRect,
                     state: AiState | None, pending: bool) -> None:
        on = state is AiState.ON
        track = GREEN if on else AMBER if state is AiState.PAUSED else GREY
        if pending:
            painter.setOpacity(0.45)
        visual = _visual(option, rect)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(track)
        radius = visual.height() / 2
        painter.drawRoundedRect(QRectF(visual), radius, radius)
        knob_size = visual.height() - 4
        knob = QRect(rect.right() - knob_size - 1 if on else rect.left() + 2, rect.top() + 2,
                     knob_size, knob_size)
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(_visual(option, knob))
        if state is AiState.PAUSED:
            # Two bars beside the knob tell "paused" apart from "off" without relying on colour.
            bars = _visual(option, QRect(rect.left() + knob_size + 7, rect.top() + 5, 7, 8))
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(bars.left(), bars.top(), 2, bars.height())
            painter.drawRect(bars.right() - 1, bars.top(), 2, bars.height())
        painter.setOpacity(1.0)

    def switch_rect(self, option: QStyleOptionViewItem) -> QRect:
        """Where the AI switch of a row is drawn (in view coordinates)."""
        return _visual(option, self._geometry(option).switch.adjusted(-4, -4, 4, 4))

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,  # noqa: N802
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        kinds = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
                 QEvent.Type.MouseButtonDblClick)
        if event.type() not in kinds or not isinstance(event, QMouseEvent):
            return False
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        if not self.switch_rect(option).contains(event.position().toPoint()):
            return False
        # Press and double-click are swallowed too: the switch is not a way to open the row.
        if event.type() == QEvent.Type.MouseButtonRelease and not index.data(
                ConversationRole.AI_PENDING):
            state = ai_state(index)
            self.aiToggleRequested.emit(int(index.data(ConversationRole.ID)),
                                        state is not AiState.ON)
        return True

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt's name
                  option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or not index.isValid():
            return False
        position = event.pos()
        g = self._geometry(option)
        text = None
        if self.switch_rect(option).contains(position):
            state = ai_state(index)
            if state is AiState.ON:
                text = QCoreApplication.translate(
                    "Conversations", "The AI answers this customer. Click to switch it off.")
            elif state is AiState.PAUSED:
                until = index.data(ConversationRole.AI_PAUSED_UNTIL)
                text = QCoreApplication.translate(
                    "Conversations",
                    "The AI is paused until %1. Click to hand back to the AI now.").replace(
                    "%1", format_clock(until))
            else:
                text = QCoreApplication.translate(
                    "Conversations", "The AI is off for this customer. Click to switch it on.")
        elif index.data(ConversationRole.NEEDS_HUMAN) and _visual(option, g.preview).contains(
                position):
            text = QCoreApplication.translate("Conversations", "Needs a human: %1").replace(
                "%1", index.data(ConversationRole.NEEDS_HUMAN_REASON) or "").strip()
        elif index.data(ConversationRole.FAILED_SENDS) and _visual(option, g.preview).contains(
                position):
            text = QCoreApplication.translate(
                "Conversations", "A message to this customer was not sent: open the "
                                 "conversation to send it again.")
        elif index.data(ConversationRole.UNANSWERED) and _visual(option, g.preview).contains(
                position):
            text = QCoreApplication.translate(
                "Conversations", "The customer wrote last and nobody has answered yet.")
        elif _visual(option, g.time).contains(position):
            at = index.data(ConversationRole.TIME)
            text = long_date_time_text(at) if at else None
        if text:
            QToolTip.showText(event.globalPos(), text, view)
            return True
        QToolTip.hideText()
        return True


# -- the thread ------------------------------------------------------------------------------------

NEEDS_HUMAN = QT_TRANSLATE_NOOP("Conversations", "Needs a human")
UNANSWERED = QT_TRANSLATE_NOOP("Conversations", "Unanswered")
NOT_SENT = QT_TRANSLATE_NOOP("Conversations", "Not sent")
AUTHOR_LABELS = {Author.BOT: QT_TRANSLATE_NOOP("Conversations", "AI"),
                 Author.STAFF: QT_TRANSLATE_NOOP("Conversations", "Staff"),
                 Author.PHONE: QT_TRANSLATE_NOOP("Conversations", "Staff (phone)")}
BUBBLE_COLOURS = {  # background, border, label
    Author.CUSTOMER: (QColor("#ffffff"), QColor("#e2e5ea"), MUTED),
    Author.BOT: (QColor("#e2f3ea"), QColor("#cde8da"), QColor("#1f7a57")),
    Author.STAFF: (QColor("#e3ecfb"), QColor("#cddcf5"), QColor("#2a5db0")),
    Author.PHONE: (QColor("#eee6fa"), QColor("#ddd0f2"), QColor("#6b3fb0")),
}
STATUS_WORDS = {OutboxStatus.QUEUED: QT_TRANSLATE_NOOP("Conversations", "Waiting to send"),
                OutboxStatus.SENDING: QT_TRANSLATE_NOOP("Conversations", "Sending"),
                OutboxStatus.SENT: QT_TRANSLATE_NOOP("Conversations", "Sent"),
                OutboxStatus.DELIVERED: QT_TRANSLATE_NOOP("Conversations", "Delivered"),
                OutboxStatus.READ: QT_TRANSLATE_NOOP("Conversations", "Read"),
                OutboxStatus.FAILED: QT_TRANSLATE_NOOP("Conversations", "Not sent"),
                OutboxStatus.CANCELLED: QT_TRANSLATE_NOOP("Conversations", "Cancelled")}
RETRY_TEXT = QT_TRANSLATE_NOOP("Conversations", "Not sent — Retry")


@dataclass
class _Bubble:
    """A bubble's layout, relative to the bubble's top-left corner."""

    size: QSize
    text: QTextLayout
    text_origin: QPointF
    label: str
    label_rect: QRect
    meta_rect: QRect      # time and ticks, at the bubble's trailing end
    retry_rect: QRect | None
    mirrored: bool = False  # laid out for a right-to-left window: time and retry on the left


class BubbleDelegate(QStyledItemDelegate):
    """A chat bubble: customer on the leading side; AI, staff (app) and staff (phone) on the
    trailing side in their own colours, each with a small author label. The text keeps its own
    direction (Hebrew and Arabic read right-to-left, mixed text orders correctly); outgoing
    messages show delivery ticks, and a failed send a "Not sent — Retry" that emits
    `retryRequested(outbox_id)`.
    """

    retryRequested = Signal(int)

    SIDE = 16          # gap between a bubble and the edge of the view
    PAD_H = 12
    PAD_V = 7
    GAP = 3            # between bubbles of one author
    GROUP_GAP = 10     # when the author changes
    MAX_WIDTH = 620
    MAX_RATIO = 0.72
    CACHE_LIMIT = 4000

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cache: dict[tuple, _Bubble] = {}

    # -- geometry --------------------------------------------------------------------------------

    @staticmethod
    def _view_width(option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QAbstractItemView) and view.viewport().width() > 0:
            return view.viewport().width()
        return max(option.rect.width(), 480)

    def _top_gap(self, index: QModelIndex | QPersistentModelIndex) -> int:
        if index.row() == 0:
            return self.GROUP_GAP
        before = index.siblingAtRow(index.row() - 1).data(MessageRole.AUTHOR)
        return self.GAP if before == index.data(MessageRole.AUTHOR) else self.GROUP_GAP

    def _bubble(self, option: QStyleOptionViewItem,
                index: QModelIndex | QPersistentModelIndex) -> _Bubble:
        width = self._view_width(option)
        status = index.data(MessageRole.STATUS)
        key = (index.data(MessageRole.ID), status, width, option.font.key())
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > self.CACHE_LIMIT:
            self._cache.clear()

        base = option.font
        small = _small(base, -2)
        small_bold = _small(base, -2, bold=True)
        author = index.data(MessageRole.AUTHOR) or Author.CUSTOMER
        label = _tr(AUTHOR_LABELS[author]) if author in AUTHOR_LABELS else ""
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        rtl = bool(index.data(MessageRole.RTL))

        max_text = max(120, min(self.MAX_WIDTH, int(width * self.MAX_RATIO)) - 2 * self.PAD_H)
        layout, text_w, text_h = self._layout_text(text, base, max_text, rtl)

        meta_w = self._meta_width(index, small)
        label_fm = QFontMetrics(small_bold)
        label_h = label_fm.height() if label else 0
        label_w = label_fm.horizontalAdvance(label) if label else 0
        retry = status == OutboxStatus.FAILED
        retry_fm = QFontMetrics(small_bold)
        retry_w = retry_fm.horizontalAdvance(_tr(RETRY_TEXT)) + 20 if retry else 0

        meta_h = QFontMetrics(small).height()
        # The time sits beside the last line when there is room, as in a phone's chat.
        last_line_w = (layout.lineAt(layout.lineCount() - 1).naturalTextWidth()
                       if layout.lineCount() else 0)
        # In a right-to-left window the time sits at the bubble's left end, as in Hebrew WhatsApp;
        # it can share the last line only with text that ends on that side.
        mirrored = option.direction == Qt.LayoutDirection.RightToLeft
        inline_meta = rtl == mirrored and layout.lineCount() > 0 and \
            last_line_w + 10 + meta_w <= max_text
        content_w = max(text_w, label_w, retry_w,
                        math.ceil(last_line_w) + 10 + meta_w if inline_meta else meta_w)
        bubble_w = content_w + 2 * self.PAD_H

        y = self.PAD_V
        label_rect = QRect(self.PAD_H, y, content_w, label_h)
        y += label_h + (2 if label else 0)
        text_origin = QPointF(self.PAD_H, y)
        if rtl and text_w < content_w:
            # A right-to-left paragraph hugs the bubble's right edge.
            text_origin = QPointF(self.PAD_H + content_w - text_w, y)
        y += text_h
        if inline_meta:
            meta_rect = QRect(self.PAD_H + content_w - meta_w, y - meta_h - 1, meta_w, meta_h)
        else:
            y += 2
            meta_rect = QRect(self.PAD_H + content_w - meta_w, y, meta_w, meta_h)
            y += meta_h
        retry_rect = None
        if retry:
            y += 4
            retry_rect = QRect(self.PAD_H, y, retry_w, retry_fm.height() + 4)
            y += retry_rect.height()
        if mirrored:
            def flip(rect: QRect) -> QRect:
                return QRect(bubble_w - rect.left() - rect.width(), rect.top(), rect.width(),
                             rect.height())
            meta_rect = flip(meta_rect)
            retry_rect = flip(retry_rect) if retry_rect is not None else None
        bubble = _Bubble(QSize(bubble_w, y + self.PAD_V), layout, text_origin, label, label_rect,
                         meta_rect, retry_rect, mirrored)
        self._cache[key] = bubble
        return bubble

    @staticmethod
    def _layout_text(text: str, font: QFont, max_width: int,
                     rtl: bool) -> tuple[QTextLayout, int, int]:
        # QTextLayout treats "\n" as a character; the line separator makes it a line break.
        layout = QTextLayout(text.replace("\n", "\u2028"), font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl
                                else Qt.LayoutDirection.LeftToRight)
        # Absolute, on the side the text starts: a plain AlignLeft leaves every line of a
        # Hebrew message after the first line break on the left, under the time.
        option.setAlignment((Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft)
                            | Qt.AlignmentFlag.AlignAbsolute)
        layout.setTextOption(option)
        layout.setCacheEnabled(True)

        def run(width: float) -> tuple[float, float]:
            layout.beginLayout()
            height = 0.0
            natural = 0.0
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, height))
                height += line.height()
                natural = max(natural, line.naturalTextWidth())
            layout.endLayout()
            return natural, height

        natural, height = run(max_width)
        # Lay out again at the width actually used so alignment is relative to the bubble.
        used = min(max_width, math.ceil(natural) + 1)
        if used < max_width:
            natural, height = run(used)
        return layout, used, math.ceil(height)

    def _meta_width(self, index: QModelIndex | QPersistentModelIndex, font: QFont) -> int:
        at = index.data(MessageRole.TIME)
        width = QFontMetrics(font).horizontalAdvance(format_clock(at)) if at else 0
        if index.data(MessageRole.STATUS) in STATUS_WORDS:
            width += 4 + 18
        return width

    def _bubble_rect(self, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex, bubble: _Bubble) -> QRect:
        top = option.rect.top() + self._top_gap(index)
        width = self._view_width(option)
        if index.data(MessageRole.DIRECTION) == Direction.IN:
            left = option.rect.left() + self.SIDE
        else:
            left = option.rect.left() + width - self.SIDE - bubble.size.width()
        return _visual(option, QRect(QPointF(left, top).toPoint(), bubble.size))

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802 - Qt's name
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        bubble = self._bubble(option, index)
        return QSize(self._view_width(option), bubble.size.height() + self._top_gap(index))

    # -- painting ----------------------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        bubble = self._bubble(option, index)
        rect = self._bubble_rect(option, index, bubble)
        author = index.data(MessageRole.AUTHOR) or Author.CUSTOMER
        background, border, label_colour = BUBBLE_COLOURS.get(author, BUBBLE_COLOURS[Author.CUSTOMER])
        status = index.data(MessageRole.STATUS)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(RED if status == OutboxStatus.FAILED else border, 1))
        painter.setBrush(background)
        painter.drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 10, 10)

        origin = rect.topLeft()
        base = option.font
        if bubble.label:
            painter.setFont(_small(base, -2, bold=True))
            painter.setPen(label_colour)
            side = Qt.AlignmentFlag.AlignRight if bubble.mirrored else Qt.AlignmentFlag.AlignLeft
            painter.drawText(bubble.label_rect.translated(origin),
                             int(side | Qt.AlignmentFlag.AlignAbsolute
                                 | Qt.AlignmentFlag.AlignVCenter), bubble.label)

        painter.setPen(TEXT)
        bubble.text.draw(painter, QPointF(origin) + bubble.text_origin)

        self._draw_meta(painter, bubble.meta_rect.translated(origin), index, _small(base, -2),
                        mirrored=bubble.mirrored)

        if bubble.retry_rect is not None:
            retry = bubble.retry_rect.translated(origin)
            painter.setFont(_small(base, -2, bold=True))
            painter.setPen(RED)
            icon_left = retry.right() - 13 if bubble.mirrored else retry.left()
            icon = QRect(icon_left, retry.top() + (retry.height() - 14) // 2, 14, 14)
            painter.setBrush(RED)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(icon)
            painter.setPen(QColor("#ffffff"))
            painter.drawText(icon, int(Qt.AlignmentFlag.AlignCenter), "!")
            painter.setPen(RED)
            font = _small(base, -2, bold=True)
            font.setUnderline(True)
            painter.setFont(font)
            words = retry.adjusted(0, 0, -20, 0) if bubble.mirrored else retry.adjusted(20, 0, 0, 0)
            side = Qt.AlignmentFlag.AlignRight if bubble.mirrored else Qt.AlignmentFlag.AlignLeft
            painter.drawText(words, int(side | Qt.AlignmentFlag.AlignAbsolute
                                        | Qt.AlignmentFlag.AlignVCenter), _tr(RETRY_TEXT))
        painter.restore()

    def _draw_meta(self, painter: QPainter, rect: QRect,
                   index: QModelIndex | QPersistentModelIndex, font: QFont, *,
                   mirrored: bool = False) -> None:
        # The time, then the ticks at the bubble's edge; the other way round when mirrored.
        at = index.data(MessageRole.TIME)
        status = index.data(MessageRole.STATUS)
        painter.setFont(font)
        painter.setPen(MUTED)
        ticks_w = 22 if status in STATUS_WORDS else 0
        if mirrored:
            clock, side = rect.adjusted(ticks_w, 0, 0, 0), Qt.AlignmentFlag.AlignLeft
        else:
            clock, side = rect.adjusted(0, 0, -ticks_w, 0), Qt.AlignmentFlag.AlignRight
        painter.drawText(clock, int(side | Qt.AlignmentFlag.AlignAbsolute
                                    | Qt.AlignmentFlag.AlignVCenter),
                         format_clock(at) if at else "")
        if not ticks_w:
            return
        box = QRectF(rect.left() + 1 if mirrored else rect.right() - 17,
                     rect.center().y() - 5.5, 16, 11)
        if status in (OutboxStatus.QUEUED, OutboxStatus.SENDING):
            self._draw_clock(painter, box)
        elif status == OutboxStatus.SENT:
            self._draw_check(painter, box.adjusted(3, 0, 0, 0), MUTED)
        elif status in (OutboxStatus.DELIVERED, OutboxStatus.READ):
            colour = BLUE if status == OutboxStatus.READ else MUTED
            self._draw_check(painter, box.adjusted(-1, 0, -4, 0), colour)
            self._draw_check(painter, box.adjusted(4, 0, 1, 0), colour)
        elif status == OutboxStatus.FAILED:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(RED)
            painter.drawEllipse(QRectF(box.center().x() - 5, box.center().y() - 5, 10, 10))
        elif status == OutboxStatus.CANCELLED:
            painter.setPen(QPen(MUTED, 1.4))
            c = box.center()
            painter.drawLine(QPointF(c.x() - 3.5, c.y() - 3.5), QPointF(c.x() + 3.5, c.y() + 3.5))
            painter.drawLine(QPointF(c.x() - 3.5, c.y() + 3.5), QPointF(c.x() + 3.5, c.y() - 3.5))

    @staticmethod
    def _draw_check(painter: QPainter, box: QRectF, colour: QColor) -> None:
        path = QPainterPath()
        path.moveTo(box.left() + 1, box.center().y() + 0.5)
        path.lineTo(box.left() + box.width() * 0.38, box.bottom() - 1)
        path.lineTo(box.right() - 1, box.top() + 1)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, 1.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                            Qt.PenJoinStyle.RoundJoin))
        painter.drawPath(path)

    @staticmethod
    def _draw_clock(painter: QPainter, box: QRectF) -> None:
        c = box.center()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(MUTED, 1.2))
        painter.drawEllipse(c, 5, 5)
        painter.drawLine(c, QPointF(c.x(), c.y() - 3))
        painter.drawLine(c, QPointF(c.x() + 2.5, c.y()))

    # -- clicks and tooltips -------------------------------------------------------------------

    def retry_rect(self, option: QStyleOptionViewItem,
                   index: QModelIndex | QPersistentModelIndex) -> QRect | None:
        """Where "Not sent — Retry" is drawn for a failed message (view coordinates)."""
        bubble = self._bubble(option, index)
        if bubble.retry_rect is None:
            return None
        rect = self._bubble_rect(option, index, bubble)
        return bubble.retry_rect.translated(rect.topLeft()).adjusted(-4, -3, 4, 3)

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem,  # noqa: N802
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease) \
                or not isinstance(event, QMouseEvent) \
                or event.button() != Qt.MouseButton.LeftButton:
            return False
        rect = self.retry_rect(option, index)
        if rect is None or not rect.contains(event.position().toPoint()):
            return False
        outbox_id = index.data(MessageRole.OUTBOX_ID)
        if event.type() == QEvent.Type.MouseButtonRelease and outbox_id is not None:
            self.retryRequested.emit(int(outbox_id))
        return True

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView,  # noqa: N802 - Qt's name
                  option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> bool:
        if event is None or not index.isValid():
            return False
        bubble = self._bubble(option, index)
        rect = self._bubble_rect(option, index, bubble)
        if not rect.contains(event.pos()):
            QToolTip.hideText()
            return True
        at = index.data(MessageRole.TIME)
        lines = [long_date_time_text(at)] if at else []
        status = index.data(MessageRole.STATUS)
        if status in STATUS_WORDS:
            lines.append(_tr(STATUS_WORDS[status]))
        if index.data(MessageRole.ERROR):
            lines.append(str(index.data(MessageRole.ERROR)))
        QToolTip.showText(event.globalPos(), "\n".join(lines), view)
        return True
