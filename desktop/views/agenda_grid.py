"""The agenda's day for a shop with staff: one column per staff member, the day's hours down the
side, each visit a block as long as it lasts, and the times a member does not work shaded.

What the grid shows is worked out first as plain data (`day_columns`, `GridDay`), which tests
read without painting; the widget only draws it and says which visit was chosen.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from desktop.bot.ai.workdays import Ranges, Workdays
from desktop.bot.profile import BusinessProfile
from desktop.bot.queries import AgendaItem
from desktop.store.models import AppointmentStatus
from desktop.views.formats import keep_ltr, time_text

AXIS_WIDTH = 58          # the time labels' strip
HEADER_HEIGHT = 44       # a member's name, and under it "Day off" when they are away
MIN_COLUMN_WIDTH = 150   # narrower and a block's customer name no longer reads: scroll sideways
MIN_HALF_HOUR = 28       # one line of a block's text in 30 minutes, the shortest usual visit
LINE_MINUTES = 30        # a line across the grid every half hour, a time label every hour

# Colours of the style sheet (resources/style.qss): the app's green for what is still to come,
# grey for what is over, red for a customer who did not come.
BACKGROUND, GRID_LINE, HOUR_LINE = "#ffffff", "#eef0f3", "#e2e5ea"
SHADE, MUTED_TEXT, TEXT = "#eceef2", "#5b6472", "#1d2430"
BLOCKS = {  # status: (fill, edge, text)
    AppointmentStatus.BOOKED: ("#e3f1ec", "#2f9e74", "#14533f"),
    AppointmentStatus.CONFIRMED: ("#c9e9da", "#1f7a58", "#0f3d2c"),
    AppointmentStatus.DONE: ("#f0f2f5", "#a3abb7", "#5b6472"),
    AppointmentStatus.NO_SHOW: ("#fdecea", "#d4736a", "#8c2119"),
    AppointmentStatus.CANCELLED: ("#f6f7f9", "#c4c9d1", "#8a929e"),
}
SELECTED_EDGE = "#1d2430"


def status_words(status: AppointmentStatus) -> str:
    """The status as the agenda's list writes it (the same translations)."""
    if status is AppointmentStatus.BOOKED:
        return QCoreApplication.translate("AgendaPage", "Booked")
    if status is AppointmentStatus.CONFIRMED:
        return QCoreApplication.translate("AgendaPage", "Confirmed")
    if status is AppointmentStatus.DONE:
        return QCoreApplication.translate("AgendaPage", "Done")
    if status is AppointmentStatus.NO_SHOW:
        return QCoreApplication.translate("AgendaPage", "No-show")
    return QCoreApplication.translate("AgendaPage", "Cancelled")


def legend_html() -> str:
    """What the blocks' colours mean, for a label under the grid."""
    def swatch(fill: str, edge: str, words: str) -> str:
        return (f'<span style="background-color:{fill}; color:{edge}">&nbsp;■&nbsp;</span>'
                f"&nbsp;{words}")

    keys = [swatch(*BLOCKS[status][:2], status_words(status))
            for status in (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED,
                           AppointmentStatus.DONE, AppointmentStatus.NO_SHOW)]
    keys.append(swatch(SHADE, SHADE, QCoreApplication.translate("AgendaGrid", "Not working")))
    return "&nbsp;&nbsp;&nbsp;".join(keys)


# -- what the day holds --------------------------------------------------------------------------


@dataclass(frozen=True)
class GridColumn:
    """One staff member's day (or the unassigned visits'): when they work, whom they see."""

    title: str
    staff: str | None                  # the member's name; None for the "Unassigned" column
    working: tuple[tuple[int, int], ...]   # minutes after midnight, local time
    visits: tuple[AgendaItem, ...]
    day_off: bool = False


@dataclass(frozen=True)
class GridDay:
    """The whole grid: its columns in the profile's order and the minutes it spans."""

    day: dt.date
    zone: dt.tzinfo
    columns: tuple[GridColumn, ...]
    first_minute: int
    last_minute: int
    closed: bool = False               # the shop is shut that day (weekday, closed date, holiday)

    def minutes(self, moment: dt.datetime) -> int:
        """Minutes after the day's local midnight (past midnight for a visit ending the next
        day)."""
        local = moment.astimezone(self.zone)
        return (local.date() - self.day).days * 1440 + local.hour * 60 + local.minute


def _minutes(ranges: Ranges) -> tuple[tuple[int, int], ...]:
    return tuple((a.hour * 60 + a.minute, b.hour * 60 + b.minute) for a, b in ranges)


def day_columns(profile: BusinessProfile, day: dt.date, zone: dt.tzinfo,
                visits: list[AgendaItem]) -> GridDay:
    """One column per staff member in the profile's order, and one "Unassigned" column only when
    the day has visits with no known member (booked before the shop listed its staff)."""
    workdays = Workdays(profile)
    known = {member.name for member in profile.staff}
    columns = []
    for member in profile.staff:
        ranges = workdays.member_ranges(member, day)
        columns.append(GridColumn(member.name, member.name, _minutes(ranges),
                                  tuple(v for v in visits if v.staff == member.name),
                                  day_off=not ranges))
    shop = _minutes(workdays.shop_ranges(day))
    unassigned = tuple(v for v in visits if v.staff not in known)
    if unassigned:
        columns.append(GridColumn(QCoreApplication.translate("AgendaGrid", "Unassigned"), None, shop, unassigned))
    grid = GridDay(day, zone, tuple(columns), 0, 0, closed=not shop)
    # From the shop's opening to its closing, widened to whole hours and to any visit outside
    # them (booked before the hours changed): nothing booked is ever off the grid.
    edges = [minute for pair in shop for minute in pair]
    edges += [m for v in visits for m in (grid.minutes(v.start), grid.minutes(v.end))]
    first, last = (min(edges), max(edges)) if edges else (9 * 60, 18 * 60)
    first, last = first // 60 * 60, -(-last // 60) * 60
    return GridDay(day, zone, tuple(columns), first, max(last, first + 60), closed=not shop)


def _lanes(visits: tuple[AgendaItem, ...]) -> dict[int, tuple[int, int]]:
    """Side-by-side places for visits that overlap in one column: visit id -> (lane, lanes)."""
    placed: dict[int, int] = {}
    ends: list[dt.datetime] = []
    for visit in sorted(visits, key=lambda v: v.start):
        lane = next((i for i, end in enumerate(ends) if end <= visit.start), len(ends))
        if lane == len(ends):
            ends.append(visit.end)
        else:
            ends[lane] = visit.end
        placed[visit.id] = lane
    return {visit_id: (lane, len(ends)) for visit_id, lane in placed.items()}


# -- the widget ----------------------------------------------------------------------------------


class DayGrid(QWidget):
    """Paints a `GridDay`; a click selects a visit, a double-click asks to open its chat."""

    selection_changed = Signal()
    activated = Signal()
    # A double-click on a free time: book there (the member's name, None in "Unassigned"; the
    # minute of the day clicked).
    time_chosen = Signal(object, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaGrid")
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setMouseTracking(True)
        # Nothing yet: no columns, a day from nine to six.
        self.grid = GridDay(dt.date.today(), dt.UTC, (), 9 * 60, 18 * 60)
        self._selected_id: int | None = None

    # -- what is shown -------------------------------------------------------------------------

    def show_day(self, grid: GridDay) -> None:
        """Show a day; the selected visit stays selected when it is still on it."""
        before = self._selected_id
        self.grid = grid
        if self.selected() is None:
            self._selected_id = None
        width = AXIS_WIDTH + MIN_COLUMN_WIDTH * max(1, len(grid.columns))
        height = HEADER_HEIGHT + (grid.last_minute - grid.first_minute) * MIN_HALF_HOUR // 30
        self.setMinimumSize(width, height)
        self.update()
        if self._selected_id != before:
            self.selection_changed.emit()

    def column_titles(self) -> list[str]:
        return [column.title for column in self.grid.columns]

    def selected(self) -> AgendaItem | None:
        if self._selected_id is None:
            return None
        return next((v for c in self.grid.columns for v in c.visits if v.id == self._selected_id),
                    None)

    def select(self, visit_id: int | None) -> None:
        if visit_id != self._selected_id:
            self._selected_id = visit_id
            self.update()
            self.selection_changed.emit()

    # -- geometry (widget coordinates; mirrored in a right-to-left window) ---------------------

    def _column_width(self) -> float:
        count = max(1, len(self.grid.columns))
        return max(MIN_COLUMN_WIDTH, (self.width() - AXIS_WIDTH) / count)

    def _per_minute(self) -> float:
        span = self.grid.last_minute - self.grid.first_minute
        return max(MIN_HALF_HOUR / 30, (self.height() - HEADER_HEIGHT) / span)

    def _y(self, minute: int) -> float:
        return HEADER_HEIGHT + (minute - self.grid.first_minute) * self._per_minute()

    def _mirrored(self, rect: QRectF) -> QRectF:
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            rect.moveLeft(self.width() - rect.right())
        return rect

    def column_rect(self, index: int) -> QRectF:
        """A column from below its header to the end of the day."""
        width = self._column_width()
        return self._mirrored(QRectF(AXIS_WIDTH + index * width, HEADER_HEIGHT, width,
                                     self.height() - HEADER_HEIGHT))

    def block_rect(self, visit_id: int) -> QRectF | None:
        """Where a visit's block is drawn: its member's column, from its start to its end."""
        for index, column in enumerate(self.grid.columns):
            lanes = _lanes(column.visits)
            for visit in column.visits:
                if visit.id != visit_id:
                    continue
                lane, count = lanes[visit.id]
                area = self.column_rect(index)
                width = (area.width() - 8) / count
                left = AXIS_WIDTH + index * self._column_width() + 4 + lane * width
                top = self._y(self.grid.minutes(visit.start))
                bottom = self._y(self.grid.minutes(visit.end))
                return self._mirrored(QRectF(left, top + 1, width - 2, max(bottom - top - 2, 8)))
        return None

    def _in_body(self, point: QPoint) -> bool:
        """Below the header and off the time labels (both stay in view over a scrolled day)."""
        left = self._axis_left()
        return (point.y() >= self._header_top() + HEADER_HEIGHT
                and not left <= point.x() < left + AXIS_WIDTH)

    def visit_at(self, point: QPoint) -> AgendaItem | None:
        if not self._in_body(point):
            return None
        for column in self.grid.columns:
            for visit in column.visits:
                rect = self.block_rect(visit.id)
                if rect is not None and rect.contains(point.toPointF()):
                    return visit
        return None

    def time_at(self, point: QPoint) -> tuple[GridColumn, int] | None:
        """The column and the minute of the day under a point of the grid's body."""
        if not self._in_body(point):
            return None
        for index, column in enumerate(self.grid.columns):
            if self.column_rect(index).contains(point.toPointF()):
                minute = self.grid.first_minute + (point.y() - HEADER_HEIGHT) / self._per_minute()
                return column, int(minute)
        return None

    def is_shaded(self, index: int, minute: int) -> bool:
        """Whether the column's member is not working at that minute of the day."""
        column = self.grid.columns[index]
        return not any(a <= minute < b for a, b in column.working)

    def _header_top(self) -> int:
        # The header stays in view when the day is scrolled: drawn at the visible top.
        return self.visibleRegion().boundingRect().top() if self.isVisible() else 0

    def _axis_left(self) -> float:
        visible = self.visibleRegion().boundingRect() if self.isVisible() else self.rect()
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            return visible.right() + 1 - AXIS_WIDTH
        return visible.left()

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(BACKGROUND))
        grid = self.grid
        for index, column in enumerate(grid.columns):
            self._paint_shade(painter, index, column)
        self._paint_lines(painter)
        for column in grid.columns:
            for visit in column.visits:
                self._paint_block(painter, visit)
        self._paint_axis(painter)
        self._paint_header(painter)

    def _paint_shade(self, painter: QPainter, index: int, column: GridColumn) -> None:
        area = self.column_rect(index)
        start = self.grid.first_minute
        for a, b in [*column.working, (self.grid.last_minute, self.grid.last_minute)]:
            if a > start:
                top, bottom = self._y(start), self._y(min(a, self.grid.last_minute))
                painter.fillRect(QRectF(area.left(), top, area.width(), bottom - top),
                                 QColor(SHADE))
            start = max(start, b)

    def _paint_lines(self, painter: QPainter) -> None:
        grid = self.grid
        for minute in range(grid.first_minute, grid.last_minute + 1, LINE_MINUTES):
            painter.setPen(QPen(QColor(HOUR_LINE if minute % 60 == 0 else GRID_LINE), 1))
            y = round(self._y(minute))
            painter.drawLine(0, y, self.width(), y)
        painter.setPen(QPen(QColor(HOUR_LINE), 1))
        for index in range(len(grid.columns)):
            area = self.column_rect(index)
            x = round(area.left())
            painter.drawLine(x, HEADER_HEIGHT, x, self.height())

    def _paint_axis(self, painter: QPainter) -> None:
        grid = self.grid
        left = self._axis_left()
        painter.fillRect(QRectF(left, 0, AXIS_WIDTH, self.height()), QColor(BACKGROUND))
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        painter.setFont(font)
        painter.setPen(QColor(MUTED_TEXT))
        for minute in range(grid.first_minute, grid.last_minute, 60):
            moment = dt.datetime.combine(grid.day, dt.time(minute // 60 % 24, minute % 60),
                                         grid.zone)
            y = self._y(minute)
            painter.drawText(QRectF(left + 4, y + 2, AXIS_WIDTH - 12, 20),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                             time_text(moment, grid.zone))

    def _paint_header(self, painter: QPainter) -> None:
        top = self._header_top()
        painter.fillRect(QRectF(0, top, self.width(), HEADER_HEIGHT), QColor(BACKGROUND))
        painter.setPen(QPen(QColor(HOUR_LINE), 1))
        painter.drawLine(0, top + HEADER_HEIGHT - 1, self.width(), top + HEADER_HEIGHT - 1)
        bold = QFont(self.font())
        bold.setBold(True)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        for index, column in enumerate(self.grid.columns):
            area = self.column_rect(index).adjusted(6, 0, -6, 0)
            painter.setFont(bold)
            painter.setPen(QColor(TEXT if column.staff is not None else MUTED_TEXT))
            name = painter.fontMetrics().elidedText(column.title, Qt.TextElideMode.ElideRight,
                                                    int(area.width()))
            painter.drawText(QRectF(area.left(), top + 4, area.width(), 20),
                             int(Qt.AlignmentFlag.AlignCenter), name)
            note = self._column_note(column)
            if note:
                painter.setFont(small)
                painter.setPen(QColor(MUTED_TEXT))
                painter.drawText(QRectF(area.left(), top + 23, area.width(), 18),
                                 int(Qt.AlignmentFlag.AlignCenter), note)
        # The corner over the time labels: a name scrolled sideways goes under it, not over it.
        painter.fillRect(QRectF(self._axis_left(), top, AXIS_WIDTH, HEADER_HEIGHT - 1),
                         QColor(BACKGROUND))

    def _column_note(self, column: GridColumn) -> str:
        if self.grid.closed:
            return QCoreApplication.translate("AgendaGrid", "Shop closed")
        if column.day_off:
            return QCoreApplication.translate("AgendaGrid", "Day off")
        return ""

    def block_lines(self, visit: AgendaItem) -> list[str]:
        """A block's text, most important first: as much of it as the block's height holds."""
        zone = self.grid.zone
        # Isolated: a right-to-left line would otherwise show "10:30–10:00".
        hours = keep_ltr(f"{time_text(visit.start, zone)}–{time_text(visit.end, zone)}")
        if visit.status is AppointmentStatus.CONFIRMED:
            hours += " ✓"
        lines = [hours, visit.customer, visit.service]
        if visit.status is not AppointmentStatus.BOOKED:
            lines.append(status_words(visit.status))
        return lines

    def _paint_block(self, painter: QPainter, visit: AgendaItem) -> None:
        rect = self.block_rect(visit.id)
        if rect is None:
            return
        fill, edge, text = BLOCKS[visit.status]
        selected = visit.id == self._selected_id
        painter.setPen(QPen(QColor(SELECTED_EDGE if selected else edge), 2 if selected else 1))
        painter.setBrush(QColor(fill))
        painter.drawRoundedRect(rect, 4, 4)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.9)
        # Over, one way or the other: struck through, so what is still to come stands out.
        font.setStrikeOut(visit.status in (AppointmentStatus.NO_SHOW,
                                           AppointmentStatus.CANCELLED))
        painter.setFont(font)
        painter.setPen(QColor(text))
        metrics = painter.fontMetrics()
        # A short visit (20 minutes) has room for one line only: no padding above and below.
        padding = 2 if rect.height() >= metrics.height() + 4 else 0
        inner = rect.adjusted(6, padding, -6, -padding)
        lines = self.block_lines(visit)
        fits = max(1, int(inner.height()) // metrics.height())
        if fits == 1:
            lines = [f"{lines[0]}  {lines[1]} · {lines[2]}"]
        elif fits < len(lines):
            # Too short for a line each: the time and the customer on one line, then the rest.
            lines = [f"{lines[0]}  {lines[1]}", *lines[2:]]
        painter.save()
        painter.setClipRect(rect)
        side = Qt.AlignmentFlag.AlignLeft   # the painter mirrors it in a right-to-left window
        for number, line in enumerate(lines[:fits]):
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, int(inner.width()))
            painter.drawText(QRectF(inner.left(), inner.top() + number * metrics.height(),
                                    inner.width(), metrics.height()),
                             int(side | Qt.AlignmentFlag.AlignVCenter), shown)
        painter.restore()

    # -- the mouse -----------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        visit = self.visit_at(event.position().toPoint())
        self.select(visit.id if visit else None)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        point = event.position().toPoint()
        visit = self.visit_at(point)
        if visit is not None:
            self.select(visit.id)
            self.activated.emit()
            return
        place = self.time_at(point)
        if place is not None:
            column, minute = place
            self.time_chosen.emit(column.staff, minute)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            visit = self.visit_at(event.pos())
            if visit is None:
                QToolTip.hideText()
            else:
                who = visit.customer + (f" ({keep_ltr(visit.phone)})" if visit.phone
                                        and visit.phone != visit.customer else "")
                QToolTip.showText(event.globalPos(), "\n".join(
                    [self.block_lines(visit)[0], who, visit.service,
                     status_words(visit.status)]), self)
            return True
        return super().event(event)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.minimumSize()


class DayGridArea(QScrollArea):
    """The grid in a scroll area: columns share the width, and scroll sideways when too many."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agendaGridArea")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.grid = DayGrid()
        self.setWidget(self.grid)
        # The header and the time labels are drawn where the view is: redrawn as it scrolls.
        self.verticalScrollBar().valueChanged.connect(lambda _value: self.grid.update())
        self.horizontalScrollBar().valueChanged.connect(lambda _value: self.grid.update())
