"""Why the database cannot be written right now, as a reason staff can read.

The outbox and the store of incoming messages wait out such faults (they retry with backoff and
lose nothing); staff and the tray are told once, in words, and told again when it works.
"""

from __future__ import annotations

from desktop.reason import Reason, define

LOCKED = define("database.locked", "the database cannot be written: it is locked by another program")
FULL = define("database.full", "the database cannot be written: the disk is full")
READ_ONLY = define("database.read_only", "the database cannot be written: the file is read-only")
DAMAGED = define("database.damaged", "the database is damaged; run `ai-admin doctor`")
FAILED = define("database.failed", "the database failed: {detail}")


def database_fault(exc: BaseException) -> Reason:
    """The reason for a database error (the log keeps the traceback)."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "locked" in text or "busy" in text:
        return Reason(LOCKED)
    if "full" in text:
        return Reason(FULL)
    if "readonly" in text or "read-only" in text:
        return Reason(READ_ONLY)
    if "malformed" in text or "corrupt" in text:
        return Reason(DAMAGED)
    first_line = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
    return Reason(FAILED, {"detail": first_line})


def describe_db_error(exc: BaseException) -> str:
    """The same in English, for the log, `status` and the faults file."""
    return database_fault(exc).text
