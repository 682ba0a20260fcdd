"""The sidebar of companies: a Qt item model with each company's state in words and a dot."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.bridge import SessionStatus
from desktop.views.status_words import needs_ticking, state_colour, state_words, status_text

NameRole = Qt.ItemDataRole.UserRole + 1
CompanyIdRole = Qt.ItemDataRole.UserRole + 2
StateWordsRole = Qt.ItemDataRole.UserRole + 3
DotColourRole = Qt.ItemDataRole.UserRole + 4
TransportRole = Qt.ItemDataRole.UserRole + 5
AiEnabledRole = Qt.ItemDataRole.UserRole + 6


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    transport: str
    ai_enabled: bool
    status: SessionStatus | None = None


class CompanyListModel(QAbstractListModel):
    """Companies in the order they were added, with their live connection state."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CompanyRow] = []
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
            return state_words(row.status)
        if role == DotColourRole:
            return state_colour(row.status)
        if role == TransportRole:
            return row.transport
        if role == AiEnabledRole:
            return row.ai_enabled
        if role == Qt.ItemDataRole.ToolTipRole:
            return status_text(row.status) if row.status else row.name
        return None

    def set_companies(self, rows: list[CompanyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def add_company(self, row: CompanyRow) -> None:
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
        self._rows.append(row)
        self.endInsertRows()

    def row_of(self, company_id: int) -> int:
        for n, row in enumerate(self._rows):
            if row.id == company_id:
                return n
        return -1

    def company(self, company_id: int) -> CompanyRow | None:
        n = self.row_of(company_id)
        return self._rows[n] if n >= 0 else None

    def update_status(self, company_id: int, status: SessionStatus) -> None:
        self._update(company_id, status=status)

    def rename(self, company_id: int, name: str) -> None:
        self._update(company_id, name=name)

    def set_ai_enabled(self, company_id: int, enabled: bool) -> None:
        self._update(company_id, ai_enabled=enabled)

    def _update(self, company_id: int, **changes: Any) -> None:
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
        name_rect = QRect(text_left, rect.top() + self.PADDING, text_width, line)
        name = painter.fontMetrics().elidedText(index.data(NameRole), Qt.TextElideMode.ElideRight,
                                                text_width)
        painter.drawText(name_rect, align | Qt.AlignmentFlag.AlignVCenter, name)
        painter.setFont(option.font)
        painter.setPen(QColor("#5b6472"))
        words_rect = QRect(text_left, name_rect.bottom() + 4, text_width, line)
        words = option.fontMetrics.elidedText(index.data(StateWordsRole),
                                              Qt.TextElideMode.ElideRight, text_width)
        painter.drawText(words_rect, align | Qt.AlignmentFlag.AlignVCenter, words)
        painter.restore()


