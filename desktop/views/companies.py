"""The sidebar of companies: a Qt item model with each company's state in words and a dot, a
"Demo" pill on the demo shop and an "Archived" one on archived companies (shown on request)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.bridge import SessionStatus
from desktop.views.status_words import needs_ticking, state_colour, state_words, status_text

NameRole = Qt.ItemDataRole.UserRole + 1
CompanyIdRole = Qt.ItemDataRole.UserRole + 2
StateWordsRole = Qt.ItemDataRole.UserRole + 3
DotColourRole = Qt.ItemDataRole.UserRole + 4
TransportRole = Qt.ItemDataRole.UserRole + 5
AiEnabledRole = Qt.ItemDataRole.UserRole + 6
PillsRole = Qt.ItemDataRole.UserRole + 7
ArchivedRole = Qt.ItemDataRole.UserRole + 8


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    transport: str
    ai_enabled: bool
    status: SessionStatus | None = None
    archived: bool = False
    demo: bool = False


def archived_words() -> str:
    """An archived company's state in words (its pill says it is archived)."""
    return QCoreApplication.translate("CompanyDelegate", "Not answering")


# The pills' colours: (background, text).
DEMO_PILL = ("#fff1d6", "#8a5a00")
ARCHIVED_PILL = ("#e8eaee", "#4a5260")


def pills(row: CompanyRow) -> list[tuple[str, tuple[str, str]]]:
    """The small labels after a company's name, with their colours: a demo shop, an archived
    company."""
    shown = []
    if row.demo:
        shown.append((QCoreApplication.translate("CompanyDelegate", "Demo"), DEMO_PILL))
    if row.archived:
        shown.append((QCoreApplication.translate("CompanyDelegate", "Archived"), ARCHIVED_PILL))
    return shown


class CompanyListModel(QAbstractListModel):
    """Companies in the order they were added, with their live connection state; archived ones
    are left out unless `set_show_archived(True)`."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._all: list[CompanyRow] = []
        self._rows: list[CompanyRow] = []   # the ones shown
        self._show_archived = False
        # Countdowns ("Reconnecting in 12 s") are refreshed once a second.
        self._ticker = QTimer(self)
        self._ticker.setInterval(1000)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, NameRole):
            return row.name
        if role == CompanyIdRole:
            return row.id
        if role == StateWordsRole:
            if row.archived:
                return archived_words()
            return state_words(row.status)
        if role == DotColourRole:
            return "#c3c8d0" if row.archived else state_colour(row.status)
        if role == PillsRole:
            return pills(row)
        if role == ArchivedRole:
            return row.archived
        if role == TransportRole:
            return row.transport
        if role == AiEnabledRole:
            return row.ai_enabled
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_text(row.status) if row.status else row.name
        return None

    def set_companies(self, rows: list[CompanyRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._shown()
        self.endResetModel()

    def set_show_archived(self, show: bool) -> None:
        """Show the archived companies too (after the others' order, as added)."""
        if show != self._show_archived:
            self._show_archived = show
            self.set_companies(self._all)

    @property
    def show_archived(self) -> bool:
        return self._show_archived

    @property
    def archived_count(self) -> int:
        return sum(row.archived for row in self._all)

    def _shown(self) -> list[CompanyRow]:
        return [row for row in self._all if self._show_archived or not row.archived]

    def add_company(self, row: CompanyRow) -> None:
        self._all.append(row)
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def row_of(self, company_id: int) -> int:
        """The company's row in the list as shown (-1: not shown, or not there)."""
        for n, row in enumerate(self._rows):
            if row.id == company_id:
                return n
        return -1

    def company(self, company_id: int) -> CompanyRow | None:
        """The company's row, shown or not."""
        return next((row for row in self._all if row.id == company_id), None)

    def update_status(self, company_id: int, status: SessionStatus) -> None:
        self._update(company_id, status=status)

    def rename(self, company_id: int, name: str) -> None:
        self._update(company_id, name=name)

    def set_ai_enabled(self, company_id: int, enabled: bool) -> None:
        self._update(company_id, ai_enabled=enabled)

    def _update(self, company_id: int, **changes: Any) -> None:
        for k, row in enumerate(self._all):
            if row.id == company_id:
                self._all[k] = replace(row, **changes)
        n = self.row_of(company_id)
        if n < 0:
            return
        self._rows[n] = replace(self._rows[n], **changes)
        index = self.index(n)
        self.dataChanged.emit(index, index)

    def _tick(self) -> None:
        for n, row in enumerate(self._rows):
            if needs_ticking(row.status):
                index = self.index(n)
                self.dataChanged.emit(index, index, [StateWordsRole])


class CompanyDelegate(QStyledItemDelegate):
    """A company row: state dot, name, and the state in words underneath."""

    PADDING = 10
    PILL_PADDING = 6
    PILL_GAP = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        # Narrow on purpose: the row takes the sidebar's width and the name is elided to fit, so a
        # narrow window never gets a sideways scroll bar in the sidebar.
        return QSize(120, line * 2 + self.PADDING * 2 + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(4, 2, -4, -2)
        if option.state & QStyle.StateFlag.State_Selected:
            painter.setBrush(QColor("#e3f1ec"))
        elif option.state & QStyle.StateFlag.State_MouseOver:
            painter.setBrush(QColor("#f0f2f5"))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawRoundedRect(rect, 8, 8)

        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        line = option.fontMetrics.height()
        dot = 10
        dot_x = rect.right() - self.PADDING - dot if rtl else rect.left() + self.PADDING
        painter.setBrush(QColor(index.data(DotColourRole)))
        painter.drawEllipse(dot_x, rect.top() + self.PADDING + (line - dot) // 2, dot, dot)

        text_left = rect.left() + self.PADDING + (0 if rtl else dot + 10)
        text_width = rect.width() - 2 * self.PADDING - dot - 10
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) \
            | Qt.AlignmentFlag.AlignAbsolute
        name_font = QFont(option.font)
        name_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(name_font)
        painter.setPen(QColor("#1d2430"))
        shown_pills = index.data(PillsRole) or []
        pill_font = QFont(option.font)
        pill_font.setPointSizeF(max(option.font.pointSizeF() * 0.82, 7.0))
        pill_metrics = QFontMetrics(pill_font)
        # One pixel over the text's advance: an exact fit can still be elided by rounding.
        pill_widths = [pill_metrics.horizontalAdvance(word) + 2 * self.PILL_PADDING + 1
                       for word, _colours in shown_pills]
        # The pills keep their place; the name gives way (elided) when the sidebar is narrow.
        pills_width = sum(width + self.PILL_GAP for width in pill_widths)
        name_width = max(text_width - pills_width, text_width // 3)
        name = painter.fontMetrics().elidedText(index.data(NameRole), Qt.TextElideMode.ElideRight,
                                                name_width)
        shown_width = min(painter.fontMetrics().horizontalAdvance(name), name_width)
        name_left = text_left + text_width - shown_width if rtl else text_left
        name_rect = QRect(name_left, rect.top() + self.PADDING, shown_width, line)
        painter.drawText(name_rect, align | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(pill_font)
        edge = name_rect.left() if rtl else name_rect.right() + 1
        pill_height = pill_metrics.height() + 2
        for (word, (background, ink)), wanted in zip(shown_pills, pill_widths, strict=True):
            room = (edge - text_left if rtl else text_left + text_width - edge) - self.PILL_GAP
            width = min(wanted, room)
            if width <= 2 * self.PILL_PADDING:
                break
            left = edge - self.PILL_GAP - width if rtl else edge + self.PILL_GAP
            pill = QRect(left, name_rect.center().y() - pill_height // 2 + 1, width, pill_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(pill, pill_height / 2, pill_height / 2)
            painter.setPen(QColor(ink))
            # Whole when it has its room (elidedText would cut an exact fit by rounding).
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                             word if width >= wanted else pill_metrics.elidedText(
                                 word, Qt.TextElideMode.ElideRight, width - 2 * self.PILL_PADDING))
            edge = pill.left() if rtl else pill.right() + 1
        painter.setFont(option.font)
        painter.setPen(QColor("#5b6472"))
        words_rect = QRect(text_left, name_rect.bottom() + 4, text_width, line)
        words = option.fontMetrics.elidedText(index.data(StateWordsRole),
                                              Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(words_rect, align | Qt.AlignmentFlag.AlignVCenter, words)
        painter.restore()


