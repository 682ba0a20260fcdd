"""The log viewer: the log file's history and a live tail of the in-memory ring buffer, in one table
with filters by level, company and text, pause, copy and export.

It must stay responsive with 100,000 lines and a fast writer. Lines reach the window through a
thread-safe queue drained every 100 ms (the ring calls its listeners on whatever thread logged),
so a burst becomes one model insert instead of thousands; filtering keeps a list of the rows that
match, computed from precomputed level numbers and lower-cased text.
"""

from __future__ import annotations

import bisect
import collections
import datetime as dt
import logging
import re
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QColor, QFontDatabase, QGuiApplication, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.logs import LogLine, RingBufferHandler
from desktop.views.formats import keep_ltr, moment_text, number_text
from desktop.views.indexes import AnyIndex

DRAIN_EVERY_MS = 100
DRAIN_SLICE = 2_000         # lines moved per turn of the event loop: a burst never freezes it
TEXT_FILTER_DELAY_MS = 150
MAX_ROWS = 200_000          # the model drops its oldest tenth beyond this
HISTORY_LINES = 100_000     # lines of history read from the log files
HISTORY_BYTES = 16 * 2**20  # at most this much of the log files is read
QUEUE_LIMIT = 500_000       # a viewer that stops draining must not eat all memory

LEVELS = {"DEBUG": logging.DEBUG, "INFO": logging.INFO, "WARNING": logging.WARNING,
          "ERROR": logging.ERROR, "CRITICAL": logging.CRITICAL}
NO_COMPANY = "-"
_KEEP = object()  # "leave this filter as it is"

# One record line of the log file (see desktop.logs.LOG_FORMAT); anything else continues the
# previous record (tracebacks, multi-line messages).
_RECORD = re.compile(r"(\d{4}-\d\d-\d\d \d\d:\d\d):(\d\d),(\d{3}) (\w+) +\[company ([^\]]*)\] "
                     r"(\S+?): ?(.*)")


# -- reading the log file ------------------------------------------------------------------------

def parse_log_lines(lines: Iterable[str]) -> list[LogLine]:
    """Records from the text of a log file; lines that are not a record join the one before."""
    records: list[tuple] = []
    extras: dict[int, list[str]] = {}
    minutes: dict[str, float] = {}  # one mktime per minute of log, not one strptime per line
    fullmatch = _RECORD.fullmatch
    for raw in lines:
        text = raw.rstrip("\r\n")
        match = fullmatch(text)
        if match is None:
            if records:
                extras.setdefault(len(records) - 1, []).append(text)
            elif text.strip():
                records.append((0.0, "INFO", NO_COMPANY, "", text))
            continue
        minute, second, millis, level, company, logger, message = match.groups()
        base = minutes.get(minute)
        if base is None:
            try:
                base = time.mktime(time.strptime(minute, "%Y-%m-%d %H:%M"))
            except (ValueError, OverflowError):
                base = 0.0
            minutes[minute] = base
        records.append((base + int(second) + int(millis) / 1000, level, company, logger, message))
    for index, extra in extras.items():
        created, level, company, logger, message = records[index]
        records[index] = (created, level, company, logger, "\n".join([message, *extra]))
    count = len(records)
    # History gets negative sequence numbers: older than anything the live buffer will send.
    return [LogLine(i - count, *record) for i, record in enumerate(records)]


def log_files(log_file: Path) -> list[Path]:
    """The log file and its rotated copies (`.1` is the newest of those), oldest first."""
    rotated = []
    for candidate in log_file.parent.glob(log_file.name + ".*"):
        suffix = candidate.name[len(log_file.name) + 1:]
        if suffix.isdigit():
            rotated.append((int(suffix), candidate))
    files = [path for _n, path in sorted(rotated, reverse=True)]
    if log_file.exists():
        files.append(log_file)
    return files


def read_log_history(log_file: Path, max_lines: int = HISTORY_LINES,
                     max_bytes: int = HISTORY_BYTES) -> list[LogLine]:
    """The newest records of the log file and its rotated copies, oldest first."""
    chunks: list[str] = []
    budget = max_bytes
    for path in reversed(log_files(log_file)):
        try:
            size = path.stat().st_size
            with path.open("rb") as handle:
                start = max(0, size - budget)
                handle.seek(start)
                data = handle.read()
        except OSError:
            continue
        text = data.decode("utf-8", errors="replace")
        if start:  # began in the middle of a line: drop the part
            text = text.partition("\n")[2]
        chunks.append(text)
        budget -= len(data)
        if budget <= 0:
            break
    lines = "".join(reversed(chunks)).splitlines()
    records = parse_log_lines(lines)
    return records[-max_lines:] if len(records) > max_lines else records


def format_line(line: LogLine) -> str:
    """A line as the log file writes it (for copying and exporting)."""
    stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(line.created))
    millis = int((line.created - int(line.created)) * 1000)
    return (f"{stamp},{millis:03d} {line.level:<7} [company {line.company_id}] {line.logger}: "
            f"{line.message}")


def _same_record(a: LogLine, b: LogLine) -> bool:
    return (abs(a.created - b.created) < 0.002 and a.level == b.level and a.logger == b.logger
            and a.message.partition("\n")[0] == b.message.partition("\n")[0])


def history_before(history: list[LogLine], first_live: LogLine | None) -> list[LogLine]:
    """The part of the file's history that the live buffer does not hold.

    The live buffer starts at `first_live`; without one, the whole history is kept.
    """
    if first_live is None:
        return history
    for index in range(len(history) - 1, -1, -1):
        if _same_record(history[index], first_live):
            return history[:index]
    return [line for line in history if line.created < first_live.created - 0.001]


# -- the model -----------------------------------------------------------------------------------

class _Row:
    __slots__ = ("line", "levelno", "hay", "order", "first", "extra")

    def __init__(self, line: LogLine, order: int) -> None:
        self.line = line
        self.levelno = LEVELS.get(line.level, logging.INFO)
        self.order = order
        first, newline, rest = line.message.partition("\n")
        self.first = first
        self.extra = rest.count("\n") + 1 if newline else 0
        self.hay = f"{line.message}\n{line.logger}".lower()


class LogTableModel(QAbstractTableModel):
    """Log lines with the filter applied: time, level, company, source and message columns.

    All lines are kept (up to `MAX_ROWS`); `rowCount` is the number that match the filter.
    """

    COLUMNS = ("time", "level", "company", "source", "message")
    LineRole = Qt.ItemDataRole.UserRole + 1

    companiesChanged = Signal()

    _COLOURS = {logging.DEBUG: QColor("#7b8494"), logging.WARNING: QColor("#9a5b00"),
                logging.ERROR: QColor("#b42318"), logging.CRITICAL: QColor("#b42318")}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_Row] = []
        self._shown: list[_Row] = []
        self._next_order = 0
        self._first_order = 0
        self.min_level = 0
        self.company: str | None = None
        self.text = ""
        self.companies: set[str] = set()
        self.company_names: dict[str, str] = {}
        self._headers = (self.tr("Time"), self.tr("Level"), self.tr("Company"),
                         self.tr("Source"), self.tr("Message"))

    # -- Qt model ------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self._headers)):
            return self._headers[section]
        return None

    def data(self, index: AnyIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            line = row.line
            if column == 0:
                return self._time_text(line.created)
            if column == 1:
                return line.level
            if column == 2:
                return self.company_text(line.company_id)
            if column == 3:
                return keep_ltr(line.logger.removeprefix("ai_admin."))
            if column == 4:
                # The log is written in English: it reads left to right in any window.
                if row.extra:
                    return self.tr("%1  [+%2 lines]").replace("%1", keep_ltr(row.first)).replace(
                        "%2", number_text(row.extra))
                return keep_ltr(row.first)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4 and (row.extra or len(row.first) > 120):
                lines = row.line.message.splitlines()
                return "\n".join(lines[:60] + (["…"] if len(lines) > 60 else []))
            if column == 0:
                return format_line(row.line).partition(" [company")[0]
            if column == 3:
                return row.line.logger
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._COLOURS.get(row.levelno)
        if role == self.LineRole:
            return row.line
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _time_text(created: float) -> str:
        if not created:
            return ""
        return moment_text(dt.datetime.fromtimestamp(created).astimezone(), seconds=True)

    def company_text(self, company_id: str) -> str:
        """What the company column shows for a company id."""
        if company_id in (NO_COMPANY, "None", ""):
            return "—"
        return self.company_names.get(company_id, company_id)

    # -- lines ---------------------------------------------------------------------------------

    def _matches(self) -> Callable[[_Row], bool]:
        level, company, text = self.min_level, self.company, self.text.lower()
        return lambda r: (r.levelno >= level and (company is None or r.line.company_id == company)
                          and (not text or text in r.hay))

    def append_lines(self, lines: list[LogLine]) -> int:
        """Add new lines at the end; returns how many of them match the filter."""
        if not lines:
            return 0
        start = self._next_order
        rows = [_Row(line, start + i) for i, line in enumerate(lines)]
        self._next_order += len(rows)
        self._rows.extend(rows)
        self._note_companies(rows)
        matches = self._matches()
        shown = [r for r in rows if matches(r)] if self._filtering() else rows
        if shown:
            first = len(self._shown)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self._shown.extend(shown)
            self.endInsertRows()
        self._trim()
        return len(shown)

    def prepend_history(self, lines: list[LogLine]) -> None:
        """Add older lines before everything shown (the log file's history)."""
        if not lines:
            return
        room = max(0, MAX_ROWS - len(self._rows))
        lines = lines[-room:] if room else []
        if not lines:
            return
        self._first_order -= len(lines)
        rows = [_Row(line, self._first_order + i) for i, line in enumerate(lines)]
        self._note_companies(rows)
        matches = self._matches()
        shown = [r for r in rows if matches(r)] if self._filtering() else rows
        self._rows[:0] = rows
        if shown:
            self.beginInsertRows(QModelIndex(), 0, len(shown) - 1)
            self._shown[:0] = shown
            self.endInsertRows()

    def _filtering(self) -> bool:
        return bool(self.min_level or self.company is not None or self.text)

    def _note_companies(self, rows: list[_Row]) -> None:
        before = len(self.companies)
        self.companies.update({r.line.company_id for r in rows})
        if len(self.companies) != before:
            self.companiesChanged.emit()

    def _trim(self) -> None:
        if len(self._rows) <= MAX_ROWS:
            return
        drop = len(self._rows) - MAX_ROWS + MAX_ROWS // 10
        cutoff = self._rows[drop].order
        del self._rows[:drop]
        hidden = bisect.bisect_left(self._shown, cutoff, key=lambda r: r.order)
        if hidden:
            self.beginRemoveRows(QModelIndex(), 0, hidden - 1)
            del self._shown[:hidden]
            self.endRemoveRows()

    def set_filter(self, *, min_level: int | None = None, company: object = _KEEP,
                   text: str | None = None) -> None:
        """Change the filter (arguments left out stay as they are); `company` None means all."""
        new_level = self.min_level if min_level is None else min_level
        new_company = self.company if company is _KEEP else company
        new_text = self.text if text is None else text
        if (new_level, new_company, new_text) == (self.min_level, self.company, self.text):
            return
        # Narrowing (more text, same level and company) only needs to look at what is shown.
        narrowing = (new_level == self.min_level and new_company == self.company
                     and new_text.lower().startswith(self.text.lower()))
        self.min_level, self.company, self.text = new_level, new_company, new_text
        source = self._shown if narrowing else self._rows
        level, wanted, text = self.min_level, self.company, self.text.lower()
        self.beginResetModel()
        # Specialised comprehensions: this runs over up to MAX_ROWS rows per filter change.
        if not self._filtering():
            self._shown = list(self._rows)
        elif wanted is None and not text:
            self._shown = [r for r in source if r.levelno >= level]
        elif wanted is None:
            self._shown = [r for r in source if text in r.hay and r.levelno >= level]
        elif not text:
            self._shown = [r for r in source if r.line.company_id == wanted and r.levelno >= level]
        else:
            self._shown = [r for r in source if r.line.company_id == wanted
                           and text in r.hay and r.levelno >= level]
        self.endResetModel()

    def clear(self) -> None:
        """Forget every line."""
        self.beginResetModel()
        self._rows.clear()
        self._shown.clear()
        self.endResetModel()

    def visible_lines(self) -> list[LogLine]:
        """The lines that match the filter, oldest first."""
        return [r.line for r in self._shown]

    def line_at(self, row: int) -> LogLine:
        return self._shown[row].line

    @property
    def total(self) -> int:
        """Every line held, matching the filter or not."""
        return len(self._rows)

    def first_live_line(self) -> LogLine | None:
        """The oldest line that came from the live buffer (not from the file)."""
        for row in self._rows:
            if row.line.seq > 0:
                return row.line
        return None


# -- the page ------------------------------------------------------------------------------------

class LogsPage(QWidget):
    """The technician's log viewer: live lines from `ring`, history from `log_file`."""

    def __init__(self, ring: RingBufferHandler | None, log_file: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("logsPage")
        self._ring = ring
        self._log_file = log_file
        # deque.append is atomic, so the ring may call it from any thread; only the GUI thread
        # takes lines out (in `drain`).
        self._queue: collections.deque[LogLine] = collections.deque(maxlen=QUEUE_LIMIT)
        self._pending: list[LogLine] = []
        self._paused = False
        self._follow = True
        self._last_seq = 0
        self._history: list[LogLine] | None = None
        self._more_scheduled = False
        self.history_loaded = log_file is None

        self.model = LogTableModel(self)
        self.model.companiesChanged.connect(self._refresh_companies)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.level_filter = QComboBox(objectName="logLevelFilter")
        for text, level in ((self.tr("All levels"), 0),
                            (self.tr("Info and above"), logging.INFO),
                            (self.tr("Warnings and errors"), logging.WARNING),
                            (self.tr("Errors only"), logging.ERROR)):
            self.level_filter.addItem(text, level)
        # As narrow as the company filter: "Warnings and errors" in Russian would widen the page
        # past a 1024-pixel screen (the open list still shows the whole text).
        self.level_filter.setMinimumContentsLength(14)
        self.level_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.level_filter.currentIndexChanged.connect(self._on_level)
        self.company_filter = QComboBox(objectName="logCompanyFilter")
        self.company_filter.addItem(self.tr("All companies"), None)
        self.company_filter.setMinimumContentsLength(14)
        self.company_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.company_filter.currentIndexChanged.connect(self._on_company)
        self.search = QLineEdit(objectName="logSearch")
        self.search.setPlaceholderText(self.tr("Search the log…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=TEXT_FILTER_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_text_filter)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        self.search.returnPressed.connect(self.apply_text_filter)
        self.pause_button = QPushButton(self.tr("Pause"), objectName="logPause")
        self.pause_button.setCheckable(True)
        self.pause_button.toggled.connect(self.set_paused)
        self.new_lines = QLabel(objectName="logNewLines")
        self.new_lines.hide()
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the selected lines"))
        self.copy_button.clicked.connect(self.copy_selected)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(self.tr("Save the lines shown to a file"))
        self.export_button.clicked.connect(self.open_export_dialog)
        bar.addWidget(self.level_filter)
        bar.addWidget(self.company_filter)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.pause_button)
        bar.addWidget(self.new_lines)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.export_button)
        outer.addLayout(bar)

        self.view = QTableView(objectName="logView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        rows = self.view.verticalHeader()
        rows.setVisible(False)
        # Fixed row heights: the view never measures 100,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._columns_sized = False
        self.view.verticalScrollBar().valueChanged.connect(self._on_scrolled)
        copy = QAction(self.tr("Copy"), self.view)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        copy.triggered.connect(self.copy_selected)
        self.view.addAction(copy)
        outer.addWidget(self.view, 1)

        self.count_label = QLabel(objectName="muted")
        outer.addWidget(self.count_label)

        self._drain_timer = QTimer(self, interval=DRAIN_EVERY_MS)
        self._drain_timer.timeout.connect(self.drain)
        self._drain_timer.start()

        if ring is not None:
            listener = self._queue.append
            ring.add_listener(listener)
            # Taken after subscribing: a line logged in between is in both, and `drain` skips
            # what the snapshot already had.
            snapshot = ring.lines()
            if snapshot:
                self._last_seq = snapshot[-1].seq
                self.model.append_lines(snapshot)
            self.destroyed.connect(lambda *_: ring.remove_listener(listener))
            self._listener = listener
        if log_file is not None:
            threading.Thread(target=self._read_history, name="log-history", daemon=True).start()
        self._update_count()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._columns_sized:
            self._size_columns()

    def _size_columns(self) -> None:
        # Measured once the style sheet has set the font, from sample texts rather than from
        # 100,000 rows' contents.
        self._columns_sized = True
        self.view.ensurePolished()
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        pad = 3 * metrics.horizontalAdvance("0")
        widest_time = moment_text(dt.datetime(2026, 9, 28, 23, 59, 59).astimezone(), seconds=True)
        for column, sample in ((0, widest_time + "0"), (1, "CRITICAL"), (2, "M" * 18),
                               (3, "bridge.session_")):
            header.resizeSection(column, max(metrics.horizontalAdvance(sample) + pad,
                                             header.sectionSizeHint(column)))
        self.view.verticalHeader().setDefaultSectionSize(metrics.height() + 6)

    # -- lines in ------------------------------------------------------------------------------

    def _read_history(self) -> None:
        try:
            history = read_log_history(self._log_file)
        except Exception:  # noqa: BLE001 - an unreadable file must not break the live view
            logging.getLogger("ai_admin.views").exception("Could not read %s", self._log_file)
            history = []
        self._history = history  # picked up by `drain` on the GUI thread

    def drain(self) -> None:
        """Move queued lines into the view (runs every 100 ms; tests call it directly).

        At most `DRAIN_SLICE` lines per call; the rest follow on the next turn of the event
        loop, so painting and input are handled between slices of a big burst.
        """
        batch: list[LogLine] = []
        queue = self._queue
        for _ in range(DRAIN_SLICE):
            try:
                line = queue.popleft()
            except IndexError:
                break
            if line.seq > self._last_seq:
                batch.append(line)
                self._last_seq = line.seq
        if batch:
            if self._paused:
                self._pending.extend(batch)
                self._show_pending()
            else:
                self._add(batch)
        if queue and not self._more_scheduled:
            self._more_scheduled = True
            QTimer.singleShot(0, self, self._drain_more)
        if self._history is not None and not self.history_loaded:
            self._merge_history(self._history)

    def _drain_more(self) -> None:
        self._more_scheduled = False
        self.drain()

    def _merge_history(self, history: list[LogLine]) -> None:
        self.history_loaded = True
        self._history = None
        first_live = self.model.first_live_line() or (self._pending[0] if self._pending else None)
        older = history_before(history, first_live)
        self.model.prepend_history(older)
        if self._follow:
            self.view.scrollToBottom()
        self._update_count()

    def _add(self, lines: list[LogLine]) -> None:
        follow = self._follow
        self.model.append_lines(lines)
        if follow:
            self.view.scrollToBottom()
        self._update_count()

    def _on_scrolled(self, value: int) -> None:
        # Following stops when the person scrolls up and starts again at the bottom.
        self._follow = value >= self.view.verticalScrollBar().maximum()

    # -- pause ---------------------------------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused

    def set_paused(self, paused: bool) -> None:
        """Hold new lines back (counted, not shown) or show the held lines and follow again."""
        if paused == self._paused:
            return
        self._paused = paused
        if self.pause_button.isChecked() != paused:
            self.pause_button.setChecked(paused)
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        if not paused:
            self.drain()
            pending, self._pending = self._pending, []
            self._add(pending)
            self.new_lines.hide()
        else:
            self._show_pending()

    def _show_pending(self) -> None:
        count = len(self._pending)
        self.new_lines.setText(self.tr("%Ln new lines", "", count)
                               if count != 1 else self.tr("1 new line"))
        self.new_lines.setVisible(count > 0)

    @property
    def pending_count(self) -> int:
        return len(self._pending)

    # -- filters -------------------------------------------------------------------------------

    def _on_level(self, _index: int) -> None:
        self._apply(min_level=self.level_filter.currentData() or 0)

    def _on_company(self, _index: int) -> None:
        self._apply(company=self.company_filter.currentData())

    def apply_text_filter(self) -> None:
        """Filter by the search box's text now (typing waits a moment before filtering)."""
        self._search_timer.stop()
        self._apply(text=self.search.text().strip())

    def _apply(self, **change) -> None:
        self.model.set_filter(**change)
        if self._follow:
            self.view.scrollToBottom()
        self._update_count()

    def set_company_names(self, names: dict[int, str]) -> None:
        """Show company names instead of ids."""
        self.model.company_names = {str(k): v for k, v in names.items()}
        self._refresh_companies()
        self.view.viewport().update()

    def _refresh_companies(self) -> None:
        current = self.company_filter.currentData()
        seen = sorted((c for c in self.model.companies if c not in (NO_COMPANY, "None", "")),
                      key=lambda c: (not c.isdigit(), int(c) if c.isdigit() else 0, c))
        app_lines = [NO_COMPANY] if self.model.companies & {NO_COMPANY, "None"} else []
        wanted = [None, *app_lines, *seen]
        present = [self.company_filter.itemData(i) for i in range(self.company_filter.count())]
        if present == wanted and all(
                self.company_filter.itemText(i) == self._company_item_text(c)
                for i, c in enumerate(wanted)):
            return
        self.company_filter.blockSignals(True)
        self.company_filter.clear()
        for company in wanted:
            self.company_filter.addItem(self._company_item_text(company), company)
        index = self.company_filter.findData(current)
        self.company_filter.setCurrentIndex(max(0, index))
        self.company_filter.blockSignals(False)

    def _company_item_text(self, company: str | None) -> str:
        if company is None:
            return self.tr("All companies")
        if company == NO_COMPANY:
            return self.tr("No company (app)")
        name = self.model.company_names.get(company)
        return name or self.tr("Company %1").replace("%1", company)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if shown == total:
            self.count_label.setText(self.tr("%Ln lines", "", total))
        else:
            self.count_label.setText(self.tr("%1 of %Ln lines", "", total)
                                     .replace("%1", number_text(shown)))

    # -- copy and export -----------------------------------------------------------------------

    def selected_lines(self) -> list[LogLine]:
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [self.model.line_at(row) for row in rows]

    def copy_selected(self) -> str:
        """Put the selected lines on the clipboard, as the log file writes them."""
        text = "\n".join(format_line(line) for line in self.selected_lines())
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def open_export_dialog(self) -> QFileDialog:
        """Ask where to save the visible lines.

        Opened, not exec'd: a nested event loop would stall the asyncio tasks.
        """
        default = Path.home() / time.strftime("ai-admin-log-%Y%m%d-%H%M.log")
        dialog = QFileDialog(self, self.tr("Export the lines shown"), str(default),
                             self.tr("Log files (*.log *.txt);;All files (*)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("log")
        dialog.fileSelected.connect(lambda name: self.export_visible(Path(name)))
        self.export_dialog = dialog  # kept so it is not garbage-collected while open
        dialog.open()
        return dialog

    def export_visible(self, target: Path) -> int:
        """Write the lines that match the filter to `target`; returns how many."""
        lines = self.model.visible_lines()
        with target.open("w", encoding="utf-8", newline="\n") as out:
            for line in lines:
                out.write(format_line(line))
                out.write("\n")
        self.count_label.setText(self.tr("Saved %Ln lines to %1", "", len(lines))
                                 .replace("%1", str(target)))
        return len(lines)

    def detach(self) -> None:
        """Stop listening to the live buffer (the page is going away)."""
        self._drain_timer.stop()
        if self._ring is not None:
            self._ring.remove_listener(self._listener)
