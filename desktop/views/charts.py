"""A small bar chart drawn with QPainter: titled, with axes, gridlines and readable numbers.

QtCharts is not part of PySide6-Essentials; four bar charts do not justify the Addons wheel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from desktop.views.formats import decimal_text, number_text

PALETTE = ("#1f7a5c", "#e0a526", "#3b6fb6", "#b42318")
AXIS = QColor("#8a93a0")
GRID = QColor("#eef0f3")
TEXT = QColor("#1d2430")
MUTED = QColor("#5b6472")


@dataclass(frozen=True)
class Series:
    """One named row of values, one value per category."""

    name: str
    values: list[float]
    colour: str = PALETTE[0]


def nice_ticks(top: float, most: int = 5) -> list[float]:
    """Round gridline values from 0 to at least `top` (steps of 1, 2 or 5 times a power of ten)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(f * power for f in (1, 2, 5, 10) if f * power >= raw)
    step = max(step, 1.0)  # counts: never a gridline at 0.5
    ticks = [0.0]
    while ticks[-1] < top:
        ticks.append(ticks[-1] + step)
    return ticks


def _number(value: float) -> str:
    return number_text(int(value)) if float(value).is_integer() else decimal_text(value, 1)


class BarChart(QWidget):
    """Bars per category, one or more series stacked (or side by side), with a legend.

    `set_data` replaces what is shown; with no data, or only zeros, `empty_text` is drawn instead.
    """

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("barChart")
        self.setMinimumSize(320, 230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.title = title
        self.x_label = ""
        self.y_label = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.stacked = True
        self.empty_text = self.tr("No messages in the last 24 hours")
        self.note = ""
        self._bars: list[tuple[QRectF, int]] = []

    # -- data ----------------------------------------------------------------------------------

    def set_data(self, categories: list[str], series: list[Series], *, stacked: bool = True,
                 note: str = "") -> None:
        """Show `series` over `categories`; `note` is a short line under the title."""
        for one in series:
            if len(one.values) != len(categories):
                raise ValueError(f"series {one.name!r} has {len(one.values)} values for "
                                 f"{len(categories)} categories")
        self.categories = list(categories)
        self.series = list(series)
        self.stacked = stacked
        self.note = note
        self.update()

    def set_labels(self, *, title: str | None = None, x_label: str | None = None,
                   y_label: str | None = None, empty_text: str | None = None) -> None:
        """Change the chart's words."""
        if title is not None:
            self.title = title
        if x_label is not None:
            self.x_label = x_label
        if y_label is not None:
            self.y_label = y_label
        if empty_text is not None:
            self.empty_text = empty_text
        self.update()

    def is_empty(self) -> bool:
        """True when there is nothing to draw (no categories, or only zeros)."""
        return not self.categories or not any(v for s in self.series for v in s.values)

    def totals(self) -> list[float]:
        """The sum of every series per category."""
        return [sum(s.values[i] for s in self.series) for i in range(len(self.categories))]

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(460, 270)

    # -- drawing -------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        base = QFont(self.font())
        small = QFont(base)
        small.setPointSizeF(max(7.5, base.pointSizeF() * 0.82))
        bold = QFont(base)
        bold.setBold(True)
        bold.setPointSizeF(base.pointSizeF() * 1.05)
        fm_small = QFontMetrics(small)
        fm_bold = QFontMetrics(bold)
        width, height = self.width(), self.height()
        pad = 10

        # Title, then an optional note and the legend on the line below it.
        painter.setFont(bold)
        painter.setPen(TEXT)
        top = pad
        leading = (Qt.AlignmentFlag.AlignRight
                   if self.layoutDirection() == Qt.LayoutDirection.RightToLeft
                   else Qt.AlignmentFlag.AlignLeft)
        painter.drawText(QRectF(pad, top, width - 2 * pad, fm_bold.height()),
                         leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter,
                         fm_bold.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                            width - 2 * pad))
        top += fm_bold.height() + 4
        painter.setFont(small)
        if self.note or len(self.series) > 1:
            # The legend starts on the reading side (right in a right-to-left window), the note
            # takes the rest of the line on the other side.
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            used = float(pad)
            if len(self.series) > 1:
                for one in self.series:
                    box = fm_small.ascent() - 2
                    name_w = fm_small.horizontalAdvance(one.name)
                    box_x = width - used - box if rtl else used
                    name_x = box_x - 5 - name_w if rtl else box_x + box + 5
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(one.colour))
                    box_top = top + (fm_small.height() - box) / 2
                    painter.drawRoundedRect(QRectF(box_x, box_top, box, box), 2, 2)
                    painter.setPen(MUTED)
                    painter.drawText(QPointF(name_x, top + fm_small.ascent()), one.name)
                    used += box + 5 + name_w + 14
            if self.note:
                room = max(0.0, width - pad - used)
                painter.setPen(MUTED)
                side = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
                painter.drawText(QRectF(pad if rtl else used, top, room, fm_small.height()),
                                 side | Qt.AlignmentFlag.AlignAbsolute
                                 | Qt.AlignmentFlag.AlignVCenter,
                                 fm_small.elidedText(self.note, Qt.TextElideMode.ElideLeft,
                                                     int(room)))
            top += fm_small.height() + 4
        top += 6

        if self.is_empty():
            self._bars = []
            painter.setFont(base)
            painter.setPen(MUTED)
            painter.drawText(QRectF(pad, top, width - 2 * pad, height - top - pad),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            return

        totals = self.totals() if self.stacked else [
            max(s.values[i] for s in self.series) for i in range(len(self.categories))]
        ticks = nice_ticks(max(totals))
        tick_labels = [_number(t) for t in ticks]
        y_axis_label_w = fm_small.height() + 4 if self.y_label else 0
        left = pad + y_axis_label_w + max(fm_small.horizontalAdvance(t) for t in tick_labels) + 6
        bottom_space = fm_small.height() + 6 + (fm_small.height() + 4 if self.x_label else 0)
        plot = QRectF(left, top + fm_small.height() / 2, width - left - pad,
                      height - top - pad - bottom_space - fm_small.height() / 2)
        if plot.width() < 20 or plot.height() < 20:
            return
        scale = plot.height() / ticks[-1]

        # Gridlines and the numbers on the value axis.
        for value, label in zip(ticks, tick_labels, strict=True):
            y = plot.bottom() - value * scale
            painter.setPen(QPen(GRID if value else AXIS, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(MUTED)
            painter.drawText(QRectF(pad + y_axis_label_w, y - fm_small.height() / 2,
                                    left - pad - y_axis_label_w - 6, fm_small.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
        if self.y_label:
            painter.save()
            painter.translate(pad + fm_small.ascent(), plot.center().y())
            painter.rotate(-90)
            painter.drawText(QRectF(-plot.height() / 2, -fm_small.ascent(), plot.height(),
                                    fm_small.height()), Qt.AlignmentFlag.AlignCenter,
                             fm_small.elidedText(self.y_label, Qt.TextElideMode.ElideRight,
                                                 int(plot.height())))
            painter.restore()

        # Bars: a slot per category, the bar 70% of it (side by side: shared).
        count = len(self.categories)
        slot = plot.width() / count
        bar_w = max(2.0, slot * 0.7)
        self._bars = []
        for i in range(count):
            x0 = plot.left() + i * slot + (slot - bar_w) / 2
            running = 0.0
            for s_index, one in enumerate(self.series):
                value = one.values[i]
                if not value:
                    continue
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(one.colour))
                if self.stacked:
                    rect = QRectF(x0, plot.bottom() - (running + value) * scale, bar_w,
                                  value * scale)
                    running += value
                else:
                    each = bar_w / len(self.series)
                    rect = QRectF(x0 + s_index * each, plot.bottom() - value * scale, each,
                                  value * scale)
                painter.drawRect(rect)
            self._bars.append((QRectF(plot.left() + i * slot, plot.top(), slot, plot.height()), i))

        # The total above each bar when there is room for the number.
        painter.setPen(TEXT)
        painter.setFont(small)
        widest = max(fm_small.horizontalAdvance(_number(t)) for t in totals)
        if widest <= slot - 1:
            for i, total in enumerate(totals):
                if total:
                    x = plot.left() + i * slot
                    y = plot.bottom() - total * scale - fm_small.height() - 1
                    painter.drawText(QRectF(x - 4, y, slot + 8, fm_small.height()),
                                     Qt.AlignmentFlag.AlignCenter, _number(total))

        # Category labels: as many as fit without touching, always including the last one.
        painter.setPen(MUTED)
        label_w = max(fm_small.horizontalAdvance(c) for c in self.categories) + 8
        every = max(1, math.ceil(label_w / slot))
        shown = set(range(count - 1, -1, -every))
        for i in sorted(shown):
            centre = plot.left() + (i + 0.5) * slot
            painter.drawText(QRectF(centre - label_w / 2, plot.bottom() + 4, label_w,
                                    fm_small.height()), Qt.AlignmentFlag.AlignCenter,
                             self.categories[i])
        if self.x_label:
            painter.drawText(QRectF(plot.left(), plot.bottom() + 6 + fm_small.height(),
                                    plot.width(), fm_small.height()),
                             Qt.AlignmentFlag.AlignCenter, self.x_label)

    # -- hover: the exact numbers of one bar ------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        position = event.position()
        for rect, i in self._bars:
            if rect.contains(position):
                lines = [f"<b>{self.categories[i]}</b>"]
                lines += [f"{one.name}: {_number(one.values[i])}" for one in self.series]
                QToolTip.showText(event.globalPosition().toPoint(), "<br>".join(lines), self)
                return
        QToolTip.hideText()
