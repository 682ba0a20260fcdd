"""Small building blocks shared by the pages: cards and the state dot."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from desktop.views.formats import right_to_left


def card(title: str) -> tuple[QFrame, QVBoxLayout]:
    """A white rounded panel with a title; returns the frame and the layout to fill."""
    frame = QFrame(objectName="card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    layout.addWidget(QLabel(title, objectName="cardTitle"))
    return frame, layout


def window_aligned(label: QLabel) -> QLabel:
    """Align a label with the window's reading side, whatever its text's own direction.

    A label aligns plain text by the text's first letter, so a Latin name or a number sits on the
    left of a Hebrew window; data labels (names, phones, numbers) use this to line up with the
    Hebrew around them.
    """
    vertical = label.alignment() & Qt.AlignmentFlag.AlignVertical_Mask
    side = Qt.AlignmentFlag.AlignRight if right_to_left() else Qt.AlignmentFlag.AlignLeft
    label.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute | vertical)
    return label


def dot_icon(colour: str, size: int = 12) -> QIcon:
    """A small filled circle in `colour`."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class DotLabel(QLabel):
    """A coloured state dot."""

    def __init__(self, size: int = 14, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._size = size
        self.setFixedSize(QSize(size, size))
        self.colour = "#9aa3af"
        self.set_colour(self.colour)

    def set_colour(self, colour: str) -> None:
        self.colour = colour
        self.setPixmap(dot_icon(colour, self._size).pixmap(self._size, self._size))


def dot_label(size: int = 14) -> DotLabel:
    return DotLabel(size)
