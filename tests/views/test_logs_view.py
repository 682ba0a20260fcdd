"""The log viewer: history from the file, live lines from the ring, filters, pause, copy, export."""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from desktop.logs import LOG_FORMAT, ContextFilter, LogLine, RingBufferHandler
from desktop.views.logs_view import LogsPage, format_line, parse_log_lines, read_log_history


@pytest.fixture
def ring_logger():
    """A private logger feeding a fresh ring buffer, as setup_logging would wire it."""
    ring = RingBufferHandler()
    ring.addFilter(ContextFilter())
    logger = logging.getLogger(f"ai_admin_test.logs_view.{time.monotonic_ns()}")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(ring)
    yield logger, ring
    logger.removeHandler(ring)


def _page(qtbot, ring=None, log_file=None) -> LogsPage:
    page = LogsPage(ring, log_file)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    return page


def _lines(count: int, *, start: int = 1) -> list[LogLine]:
    levels = ("DEBUG", "INFO", "WARNING", "ERROR")
    return [LogLine(start + i, 1_790_000_000 + i, levels[i % 4], str(1 + i % 3),
                    "ai_admin.engine" if i % 2 else "ai_admin.bridge",
                    f"line {start + i} booking" if i % 5 == 0 else f"line {start + i}")
            for i in range(count)]


def _messages(page: LogsPage) -> list[str]:
    return [line.message for line in page.model.visible_lines()]


FILE_TEXT = """\
2026-11-20 09:00:00,001 INFO    [company -] ai_admin.app: Starting AI Admin 0.1.0
2026-11-20 09:00:01,250 WARNING [company 1] ai_admin.bridge: Connection lost, reconnecting
2026-11-20 09:00:02,500 ERROR   [company 2] ai_admin.engine: The answer could not be made
Traceback (most recent call last):
  File "engine.py", line 10, in answer
    raise RuntimeError("model failed")
RuntimeError: model failed
2026-11-20 09:00:03,000 INFO    [company 1] ai_admin.outbox: Sent to ********4567
"""


# -- the log file --------------------------------------------------------------------------------

def test_traceback_lines_join_the_record_before_them():
    lines = parse_log_lines(FILE_TEXT.splitlines())
    assert [line.level for line in lines] == ["INFO", "WARNING", "ERROR", "INFO"]
    error = lines[2]
    assert error.company_id == "2" and error.logger == "ai_admin.engine"
    assert error.message.splitlines()[0] == "The answer could not be made"
    assert error.message.splitlines()[-1] == "RuntimeError: model failed"
    assert len(error.message.splitlines()) == 5
    assert lines[3].created - lines[0].created == pytest.approx(2.999, abs=1e-6)


def test_history_comes_from_the_file_and_its_rotated_copies(tmp_path: Path, qtbot):
    log_file = tmp_path / "ai-admin.log"
    (tmp_path / "ai-admin.log.1").write_text(
        "2026-11-19 18:00:00,000 INFO    [company 1] ai_admin.app: From yesterday\n",
        encoding="utf-8")
    log_file.write_text(FILE_TEXT, encoding="utf-8")
    assert [line.message for line in read_log_history(log_file)][0] == "From yesterday"

    page = _page(qtbot, None, log_file)
    qtbot.waitUntil(lambda: page.history_loaded)
    assert page.model.rowCount() == 5
    traceback_row = 3
    shown = page.model.index(traceback_row, 4).data()
    assert shown.startswith("The answer could not be made") and "+4 lines" in shown
    assert "RuntimeError: model failed" in page.model.index(traceback_row, 4).data(
        page.model.LineRole).message
    assert page.model.index(traceback_row, 2).data() == "2"
    assert page.model.index(0, 3).data() == "app"


def test_history_and_live_lines_are_not_shown_twice(tmp_path: Path, qtbot, ring_logger):
    logger, ring = ring_logger
    log_file = tmp_path / "ai-admin.log"
    file_handler = logging.FileHandler(log_file, encoding="utf-8")
    file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
    file_handler.addFilter(ContextFilter())
    logger.removeHandler(ring)
    logger.addHandler(file_handler)
    try:
        logger.info("from an earlier run")
        logger.addHandler(ring)  # the ring only sees this run, the file sees both
        logger.info("first of this run", extra={"company_id": 1})
        logger.warning("second of this run")
        page = _page(qtbot, ring, log_file)
        logger.info("after the page opened")
        qtbot.waitUntil(lambda: page.history_loaded and page.model.total == 4)
    finally:
        logger.removeHandler(file_handler)
        file_handler.close()
    assert _messages(page) == ["from an earlier run", "first of this run", "second of this run",
                               "after the page opened"]


# -- live lines ----------------------------------------------------------------------------------

def test_a_fast_writer_is_kept_up_with_every_line_in_order(qtbot, ring_logger):
    logger, ring = ring_logger
    page = _page(qtbot, ring)

    def write() -> None:
        for i in range(20_000):
            logger.info("burst %d", i, extra={"company_id": 1 + i % 2})

    writer = threading.Thread(target=write)
    started = time.perf_counter()
    writer.start()
    writer.join()
    qtbot.waitUntil(lambda: page.model.total == 20_000, timeout=10_000)
    assert time.perf_counter() - started < 10
    assert _messages(page) == [f"burst {i}" for i in range(20_000)]
    assert {"1", "2"} <= page.model.companies


def test_lines_already_in_the_ring_are_shown_once(qtbot, ring_logger):
    logger, ring = ring_logger
    logger.info("before the page")
    page = _page(qtbot, ring)
    logger.info("after the page")
    page.drain()
    assert _messages(page) == ["before the page", "after the page"]


def test_pause_counts_new_lines_and_resume_appends_them(qtbot, ring_logger):
    logger, ring = ring_logger
    page = _page(qtbot, ring)
    page.show()
    logger.info("seen")
    page.drain()
    page.pause_button.click()
    assert page.paused and page.pause_button.text() == "Resume"
    for i in range(5):
        logger.info("held %d", i)
    page.drain()
    assert _messages(page) == ["seen"]
    assert page.pending_count == 5
    assert page.new_lines.isVisible() and page.new_lines.text() == "5 new lines"

    page.pause_button.click()
    assert not page.paused
    assert _messages(page) == ["seen"] + [f"held {i}" for i in range(5)]
    assert not page.new_lines.isVisible()


def test_view_follows_the_newest_line_unless_scrolled_up(qtbot):
    page = _page(qtbot)
    page.show()
    qtbot.waitExposed(page)
    bar = page.view.verticalScrollBar()
    page._add(_lines(2000))
    assert bar.maximum() > 0 and bar.value() == bar.maximum()

    bar.setValue(10)
    page._add(_lines(100, start=2001))
    assert bar.value() == 10

    bar.setValue(bar.maximum())
    page._add(_lines(100, start=2101))
    assert bar.value() == bar.maximum()


# -- filters -------------------------------------------------------------------------------------

def test_level_filter_shows_that_level_and_above(qtbot):
    page = _page(qtbot)
    page.model.append_lines(_lines(400))
    page.level_filter.setCurrentIndex(page.level_filter.findData(logging.WARNING))
    assert page.model.rowCount() == 200
    assert {line.level for line in page.model.visible_lines()} == {"WARNING", "ERROR"}
    page.level_filter.setCurrentIndex(page.level_filter.findData(logging.ERROR))
    assert {line.level for line in page.model.visible_lines()} == {"ERROR"}
    page.level_filter.setCurrentIndex(0)
    assert page.model.rowCount() == 400
    assert page.count_label.text() == "400 lines"


def test_company_filter_lists_the_companies_seen(qtbot):
    page = _page(qtbot)
    page.model.append_lines(_lines(30))
    page.model.append_lines([LogLine(100, 1_790_000_100, "INFO", "-", "ai_admin.app", "app")])
    items = [page.company_filter.itemData(i) for i in range(page.company_filter.count())]
    assert items == [None, "-", "1", "2", "3"]
    page.set_company_names({2: "Barber Bob"})
    assert page.company_filter.itemText(page.company_filter.findData("2")) == "Barber Bob"

    page.company_filter.setCurrentIndex(page.company_filter.findData("2"))
    assert page.model.rowCount() == 10
    assert {line.company_id for line in page.model.visible_lines()} == {"2"}
    assert page.model.index(0, 2).data() == "Barber Bob"
    assert page.count_label.text() == "10 of 31 lines"
    page.company_filter.setCurrentIndex(page.company_filter.findData("-"))
    assert _messages(page) == ["app"]


def test_text_filter_matches_message_and_source_ignoring_case(qtbot):
    page = _page(qtbot)
    page.model.append_lines(_lines(100))
    page.search.setText("BOOKING")
    assert page.model.rowCount() == 100  # typing waits a moment before filtering
    qtbot.waitUntil(lambda: page.model.rowCount() == 20)
    assert all("booking" in m for m in _messages(page))
    page.search.setText("bridge")
    page.apply_text_filter()
    assert {line.logger for line in page.model.visible_lines()} == {"ai_admin.bridge"}


def test_filters_combine_and_new_lines_respect_them(qtbot):
    page = _page(qtbot)
    page.model.append_lines(_lines(120))
    page.level_filter.setCurrentIndex(page.level_filter.findData(logging.WARNING))
    page.company_filter.setCurrentIndex(page.company_filter.findData("1"))
    page.search.setText("booking")
    page.apply_text_filter()
    expected = [line.message for line in _lines(120) if line.level in ("WARNING", "ERROR")
                and line.company_id == "1" and "booking" in line.message]
    assert _messages(page) == expected and expected
    page._add(_lines(120, start=121))
    assert len(_messages(page)) == 2 * len(expected)


def test_filtering_100000_lines_is_quick(qtbot):
    page = _page(qtbot)
    page.show()
    page.model.append_lines(_lines(100_000))
    timings = []
    for change in ({"min_level": logging.WARNING}, {"company": "2"}, {"text": "booking"},
                   {"min_level": 0, "company": None, "text": ""}):
        started = time.perf_counter()
        page._apply(**change)
        QGuiApplication.processEvents()
        timings.append(time.perf_counter() - started)
    assert page.model.rowCount() == 100_000
    # The goal is under 100 ms; the bound leaves room for a slow test machine.
    assert max(timings) < 0.5, timings


# -- copy and export -------------------------------------------------------------------------------

def test_copy_puts_the_selected_lines_on_the_clipboard(qtbot):
    page = _page(qtbot)
    lines = _lines(10)
    page.model.append_lines(lines)
    page.view.selectRow(2)
    page.view.selectionModel().select(
        page.model.index(5, 0), page.view.selectionModel().SelectionFlag.Select
        | page.view.selectionModel().SelectionFlag.Rows)
    text = page.copy_selected()
    assert text.splitlines() == [format_line(lines[2]), format_line(lines[5])]
    assert QGuiApplication.clipboard().text() == text
    assert "[company 3] ai_admin.bridge: line 3" in text


def test_export_writes_the_visible_lines(qtbot, tmp_path: Path):
    page = _page(qtbot)
    page.model.append_lines(_lines(40))
    page.level_filter.setCurrentIndex(page.level_filter.findData(logging.ERROR))
    target = tmp_path / "out.log"
    assert page.export_visible(target) == 10
    written = target.read_text(encoding="utf-8").splitlines()
    assert written == [format_line(line) for line in page.model.visible_lines()]
    assert parse_log_lines(written)[0].message == "line 4"


def test_export_asks_for_the_file_without_blocking(qtbot, tmp_path: Path):
    page = _page(qtbot)
    page.model.append_lines(_lines(5))
    dialog = page.open_export_dialog()
    assert dialog.isVisible()  # open() returned at once: no nested event loop
    target = tmp_path / "chosen.log"
    dialog.fileSelected.emit(str(target))
    dialog.close()
    assert len(target.read_text(encoding="utf-8").splitlines()) == 5


# -- the model -------------------------------------------------------------------------------------

def test_model_passes_the_model_tester(qtmodeltester, qtbot):
    page = _page(qtbot)
    page.model.append_lines(_lines(50))
    qtmodeltester.check(page.model)
    page.model.set_filter(min_level=logging.WARNING, text="line")
    qtmodeltester.check(page.model)


def test_detached_page_stops_listening(qtbot, ring_logger):
    logger, ring = ring_logger
    page = _page(qtbot, ring)
    page.detach()
    logger.info("not for the page")
    page.drain()
    assert page.model.total == 0
