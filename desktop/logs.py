"""Logging, configured once at start: a rotating file, the console, and a live in-memory buffer.

Every record carries a company id (`-` when it is about no company in particular); phone numbers
are masked to their last four digits and secrets (API keys) removed before any handler sees them
(`desktop.redact`), so logs can be mailed to a technician without leaking customers' numbers or
the shop's keys.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.redact import mask_phone_numbers, redact

__all__ = ["LOG_FILE", "LogLine", "RingBufferHandler", "company_logger", "mask_phone_numbers",
           "setup_logging"]

LOG_FILE = "ai-admin.log"
LOG_FORMAT = "%(asctime)s %(levelname)-7s [company %(company_id)s] %(name)s: %(message)s"
RING_CAPACITY = 100_000


class ContextFilter(logging.Filter):
    """Adds `company_id` to every record; removes secrets and masks phone numbers in its text."""

    def __init__(self, mask_phones: bool = True) -> None:
        super().__init__()
        self.mask_phones = mask_phones

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "company_id") or record.company_id is None:
            record.company_id = "-"
        if getattr(record, "_ai_admin_masked", False):
            return True
        message = redact(record.getMessage(), mask_phones=self.mask_phones)
        # Freeze the formatted message so every handler (file, console, ring) shows the same text.
        record.msg, record.args = message, None
        if record.exc_info:
            # A provider's error may echo the key: tracebacks are cleaned like messages.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info),
                                     mask_phones=self.mask_phones)
            record.exc_info = None
        record._ai_admin_masked = True
        return True


@dataclass(frozen=True)
class LogLine:
    """One log record as the log viewer shows it."""

    seq: int
    created: float
    level: str
    company_id: str
    logger: str
    message: str


class RingBufferHandler(logging.Handler):
    """Keeps the most recent records in memory for the live log viewer.

    Listeners are told of each new line; a listener that raises is dropped rather than
    allowed to break logging for everyone else.
    """

    def __init__(self, capacity: int = RING_CAPACITY) -> None:
        super().__init__()
        self._lines: collections.deque[LogLine] = collections.deque(maxlen=capacity)
        self._listeners: list[Callable[[LogLine], None]] = []
        self._seq = 0
        self._guard = threading.Lock()

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if record.exc_text:
            text = f"{text}\n{record.exc_text}"
        with self._guard:
            self._seq += 1
            line = LogLine(self._seq, record.created, record.levelname,
                           str(getattr(record, "company_id", "-")), record.name, text)
            self._lines.append(line)
            listeners = list(self._listeners)
        for listener in listeners:
            try:
                listener(line)
            except Exception:  # noqa: BLE001 - a broken viewer must not break logging
                self.remove_listener(listener)

    def lines(self) -> list[LogLine]:
        """A snapshot of the buffered lines, oldest first."""
        with self._guard:
            return list(self._lines)

    def add_listener(self, listener: Callable[[LogLine], None]) -> None:
        with self._guard:
            self._listeners.append(listener)

    def remove_listener(self, listener: Callable[[LogLine], None]) -> None:
        with self._guard:
            if listener in self._listeners:
                self._listeners.remove(listener)


def setup_logging(logs_dir: Path | None, *, level: int = logging.INFO, console: bool = True,
                  mask_phones: bool = True) -> RingBufferHandler:
    """Configure the `ai_admin` loggers once; calling again replaces the previous setup.

    Returns the live buffer of recent lines: the caller hands it to whatever shows them (the
    window's log page); nothing reaches for it globally.
    """
    root = logging.getLogger("ai_admin")
    for handler in list(root.handlers):
        root.removeHandler(handler)
        handler.close()
    for old in list(root.filters):
        root.removeFilter(old)
    root.setLevel(level)
    root.propagate = False

    context = ContextFilter(mask_phones)
    formatter = logging.Formatter(LOG_FORMAT)
    handlers: list[logging.Handler] = []
    if logs_dir is not None:
        logs_dir.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            logs_dir / LOG_FILE, maxBytes=5 * 1024 * 1024, backupCount=5, encoding="utf-8")
        handlers.append(file_handler)
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    ring = RingBufferHandler()
    handlers.append(ring)
    # Other libraries' warnings (openai, httpx) with no handler of their own reach the console
    # through logging's last-resort handler: cleaned the same way.
    for old in list(logging.lastResort.filters) if logging.lastResort else []:
        if isinstance(old, ContextFilter):
            logging.lastResort.removeFilter(old)
    if logging.lastResort is not None:
        logging.lastResort.addFilter(context)
    for handler in handlers:
        # The filter sits on each handler as well as on the logger, because records from child
        # loggers reach handlers without passing the parent logger's own filters.
        handler.addFilter(context)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    return ring


def company_logger(name: str, company_id: int | None) -> logging.LoggerAdapter:
    """A logger whose records carry the given company id."""
    return logging.LoggerAdapter(logging.getLogger(name), {"company_id": company_id})
