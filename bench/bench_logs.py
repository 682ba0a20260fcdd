"""The log viewer with 100,000 lines: reading them from the log file, loading them into the view,
changing the filter, and keeping up with a writer thread that logs as fast as it can.

Offscreen; the page is shown so the table really lays out and paints.
"""

from __future__ import annotations

import gc
import itertools
import json
import logging
import os
import shutil
import statistics
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from desktop.logs import LOG_FORMAT, ContextFilter, LogLine, RingBufferHandler  # noqa: E402
from desktop.views.logs_view import LogsPage, read_log_history  # noqa: E402

WORK = ROOT / "bench" / ".work" / "logs"
LINES = 100_000
BURST = 50_000
TARGET_FILTER_MS = 100
TARGET_LOAD_MS = 1500
TARGET_STALL_MS = 250
TARGET_RATE = 20_000
PACED_RATE = 5_000
PACED_SECONDS = 3

SOURCES = ("ai_admin.engine", "ai_admin.bridge", "ai_admin.outbox", "ai_admin.ai",
           "ai_admin.runtime")
TEXTS = ("Message from +********4567 stored", "Answer queued for conversation 12",
         "Sent WA3EB0C431 (delivered)", "Connection lost, reconnecting in 4 s",
         "The model answered in 812 ms", "Typing indicator not shown: not connected")


def sample_lines(count: int) -> list[LogLine]:
    levels = ("INFO",) * 6 + ("DEBUG", "WARNING", "WARNING", "ERROR")
    start = time.time() - count * 0.05
    return [LogLine(i + 1, start + i * 0.05, levels[i % len(levels)], str(1 + i % 4),
                    SOURCES[i % len(SOURCES)], f"{TEXTS[i % len(TEXTS)]} #{i}")
            for i in range(count)]


def write_log_file(path: Path, count: int) -> None:
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.addFilter(ContextFilter())
    for line in sample_lines(count):
        record = logging.LogRecord(line.logger, logging.getLevelName(line.level), __file__, 1,
                                   line.message, None, None)
        record.created, record.msecs = line.created, (line.created % 1) * 1000
        record.company_id = line.company_id
        handler.emit(record)
    handler.close()


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000


def main() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    app = QApplication.instance() or QApplication([])

    log_file = WORK / "ai-admin.log"
    write_log_file(log_file, LINES)
    parse_ms = timed(lambda: read_log_history(log_file, max_lines=LINES))

    # Loading: 100,000 lines into a shown page.
    page = LogsPage(None, None)
    page.resize(1200, 760)
    page.show()
    app.processEvents()
    lines = sample_lines(LINES)
    load_ms = timed(lambda: (page._add(lines), app.processEvents()))

    # Filter changes, each until the view has repainted.
    changes = [{"min_level": logging.WARNING}, {"min_level": 0}, {"company": "3"},
               {"company": None}, {"text": "reconnecting"}, {"text": "reconnecting in 4"},
               {"text": ""}, {"min_level": logging.ERROR, "company": "2", "text": "typing"},
               {"min_level": 0, "company": None, "text": ""}]
    filter_ms = [timed(lambda c=change: (page._apply(**c), app.processEvents()))
                 for change in changes]
    page.close()
    page.deleteLater()
    page = lines = None  # let both go before the next measurement
    app.processEvents()
    gc.collect()  # the next phases measure the live page, not this one's leftovers

    # Throughput: a writer thread logs through a real logger into the ring as fast as it can
    # while the page drains it every 100 ms.
    ring = RingBufferHandler(capacity=BURST * 2)
    ring.addFilter(ContextFilter())
    logger = logging.getLogger("ai_admin.bench")
    logger.propagate = False
    logger.setLevel(logging.INFO)
    logger.addHandler(ring)
    live = LogsPage(ring, None)
    live.resize(1200, 760)
    live.show()
    app.processEvents()

    def write() -> None:
        for i in range(BURST):
            logger.info("burst line %d from +972501234567", i, extra={"company_id": i % 3})

    started = time.perf_counter()
    writer = threading.Thread(target=write)
    writer.start()
    while live.model.total < BURST:
        app.processEvents()
        time.sleep(0.002)
    arrived_s = time.perf_counter() - started
    writer.join()
    in_order = [line.message for line in live.model.visible_lines()] == [
        f"burst line {i} from +********4567" for i in range(BURST)]
    rate = BURST / arrived_s

    # Responsiveness: a busy but realistic writer (PACED_RATE lines/s, far above what the shop
    # logs) for a few seconds; the longest gap between 10 ms timer ticks is how long the window
    # could not react. A writer at full speed would measure Python's lock, not the viewer.
    ticks: list[float] = []
    ticker = QTimer(interval=10)
    ticker.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def write_paced() -> None:
        for step in range(PACED_SECONDS * 100):
            for i in range(PACED_RATE // 100):
                logger.warning("paced line %d.%d", step, i, extra={"company_id": 1})
            time.sleep(0.01)

    ticker.start()
    writer = threading.Thread(target=write_paced)
    writer.start()
    while writer.is_alive():
        app.processEvents()
        time.sleep(0.001)
    writer.join()
    ticker.stop()
    stall_ms = max((b - a) * 1000 for a, b in itertools.pairwise(ticks)) if len(ticks) > 1 else 0.0
    live.detach()
    live.close()
    logger.removeHandler(ring)
    shutil.rmtree(WORK, ignore_errors=True)

    worst_filter = max(filter_ms)
    print(json.dumps({
        "benchmark": "logs",
        "description": f"Log viewer, offscreen: parse a {LINES:,}-line log file; load {LINES:,} "
                       f"lines into the shown table; {len(changes)} filter changes (level, "
                       f"company, text) over them, each until repainted; a writer thread "
                       f"logging {BURST:,} lines through the ring buffer as fast as it can, "
                       "until all are in the view (in order); the longest GUI stall while a "
                       f"writer logs {PACED_RATE:,} lines/s for {PACED_SECONDS} s.",
        "metrics": [
            {"name": "parse log file", "value": round(parse_ms), "unit": "ms",
             "target": "informational (off the GUI thread)", "ok": True},
            {"name": "load 100,000 lines", "value": round(load_ms), "unit": "ms",
             "target": f"< {TARGET_LOAD_MS} ms", "ok": load_ms < TARGET_LOAD_MS},
            {"name": "filter change (median)", "value": round(statistics.median(filter_ms), 1),
             "unit": "ms", "target": f"< {TARGET_FILTER_MS} ms",
             "ok": statistics.median(filter_ms) < TARGET_FILTER_MS},
            {"name": "filter change (worst)", "value": round(worst_filter, 1), "unit": "ms",
             "target": f"< {TARGET_FILTER_MS} ms", "ok": worst_filter < TARGET_FILTER_MS},
            {"name": "append throughput", "value": round(rate), "unit": "lines/s",
             "target": f"> {TARGET_RATE:,} lines/s, all in order",
             "ok": rate > TARGET_RATE and in_order},
            {"name": f"longest GUI stall at {PACED_RATE:,} lines/s", "value": round(stall_ms),
             "unit": "ms",
             "target": f"< {TARGET_STALL_MS} ms", "ok": stall_ms < TARGET_STALL_MS},
        ],
    }))


if __name__ == "__main__":
    main()
