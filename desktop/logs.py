"""Logging, configured once at start: a rotating file, the console, and a live in-memory buffer.

Every record carries a company id (`-` when it is about no company in particular), and phone numbers
are masked to their last four digits before any handler sees them, so logs can be mailed to a
technician without leaking customers' numbers.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import re
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

LOG_FILE = "ai-admin.log"
LOG_FORMAT = "%(asctime)s %(levelname)-7s [company %(company_id)s] %(name)s: %(message)s"
RING_CAPACITY = 100_000

# A phone number as it shows up in our logs: E.164, possibly grouped (+972 50-123-4567), bare
# digits (972501234567), or inside a WhatsApp JID (972501234567@s.whatsapp.net). Bare digits must
# be one unbroken run of 7 to 15 so that dates like 2026-11-21 stay readable.
_PHONE = re.compile(r"(?<![\w.+])(\+(?:\d[ \-]?){6,14}\d|\d{7,15})(?!\d)")


def mask_phone_numbers(text: str) -> str:
    """Replace every phone-number-looking run of digits with stars, keeping the last 4 digits."""

    def _mask(match: re.Match[str]) -> str:
        found = match.group(1)
        digits = re.sub(r"\D", "", found)
        plus = "+" if found.startswith("+") else ""
        return f"{plus}{'*' * (len(digits) - 4)}{digits[-4:]}"

    return _PHONE.sub(_mask, text)


class ContextFilter(logging.Filter):
    """Adds `company_id` to every record and masks phone numbers in the final message text."""

    def __init__(self, mask_phones: bool = True) -> None:
        super().__init__()
        self.mask_phones = mask_phones

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "company_id") or record.company_id is None:
            record.company_id = "-"
        if getattr(record, "_ai_admin_masked", False):
            return True
        message = record.getMessage()
        if self.mask_phones:
            message = mask_phone_numbers(message)
        # Freeze the formatted message so every handler (file, console, ring) shows the same text.
        record.msg, record.args = message, None
        if record.exc_info and self.mask_phones:
            record.exc_text = mask_phone_numbers(logging.Formatter().formatException(record.exc_info))
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


_ring: RingBufferHandler | None = None


def setup_logging(logs_dir: Path | None, *, level: int = logging.INFO, console: bool = True,
                  mask_phones: bool = True) -> RingBufferHandler:
    """Configure the `ai_admin` loggers once; calling again replaces the previous setup."""
    global _ring
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
    _ring = RingBufferHandler()
    handlers.append(_ring)
    for handler in handlers:
        # The filter sits on each handler as well as on the logger, because records from child
        # loggers reach handlers without passing the parent logger's own filters.
        handler.addFilter(context)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    return _ring


def ring_buffer() -> RingBufferHandler | None:
    """The live buffer set up by `setup_logging`, if logging has been set up."""
    return _ring


def company_logger(name: str, company_id: int | None) -> logging.LoggerAdapter:
    """A logger whose records carry the given company id."""
    return logging.LoggerAdapter(logging.getLogger(name), {"company_id": company_id})
