"""The QR code the shop's phone scans, drawn large and crisp from the `qrcode` library's matrix."""

from __future__ import annotations

import qrcode
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

QUIET_ZONE = 4  # modules of white around the code: scanners need it


def qr_matrix(text: str) -> list[list[bool]]:
    """The modules of the QR code for `text`, quiet zone included."""
    code = qrcode.QRCode(border=QUIET_ZONE, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def render_qr(text: str, size: int) -> QImage:
    """A square image of the QR code, every module a whole number of pixels."""
    matrix = qr_matrix(text)
    modules = len(matrix)
    scale = max(1, size // modules)
    image = QImage(modules * scale, modules * scale, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(x * scale, y * scale, scale, scale)
    painter.end()
    return image


class QrView(QWidget):
    """Shows a QR code as large as the space allows (at least 300 px, so a phone reads it)."""

    MIN_SIDE = 300

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text: str | None = None
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(self.MIN_SIDE, self.MIN_SIDE)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("QR code to scan with the shop's phone"))

    def sizeHint(self) -> QSize:
        return QSize(360, 360)

    def set_qr(self, text: str | None) -> None:
        self._text = text
        self._matrix = qr_matrix(text) if text else []
        self.update()

    @property
    def qr_text(self) -> str | None:
        return self._text

    def paintEvent(self, _event) -> None:
        if not self._matrix:
            return
        painter = QPainter(self)
        side = min(self.width(), self.height())
        modules = len(self._matrix)
        scale = max(1, side // modules)  # whole pixels keep the edges sharp
        total = scale * modules
        left, top = (self.width() - total) // 2, (self.height() - total) // 2
        painter.fillRect(QRectF(left, top, total, total), QColor("white"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("black"))
        for y, row in enumerate(self._matrix):
            for x, dark in enumerate(row):
                if dark:
                    painter.drawRect(left + x * scale, top + y * scale, scale, scale)
        painter.end()
