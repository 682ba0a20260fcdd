"""One AI Admin per data folder: two would fight over the same WhatsApp sessions.

The rule is an operating-system file lock, so a crashed instance never leaves a stale lock behind:
the system releases it with the process.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt
else:
    import fcntl


class AlreadyRunningError(Exception):
    """Another AI Admin already uses this data folder."""


class InstanceLock:
    """An exclusive, non-blocking lock on `<data folder>/ai-admin.lock` holding the owner's pid."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        """Take the lock or raise AlreadyRunningError naming the running process."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            if os.name == "nt":  # pragma: no cover
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            holder = self.holder_pid()
            raise AlreadyRunningError(
                f"AI Admin is already running with this data folder ({self.path.parent})"
                + (f", process {holder}" if holder else "") + "."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd

    def holder_pid(self) -> int | None:
        """The pid written by the lock's owner, if it can be read."""
        try:
            return int(self.path.read_text().strip() or 0) or None
        except (OSError, ValueError):
            return None

    def is_held_elsewhere(self) -> bool:
        """True when another process holds the lock right now.

        Only reads: it works in a folder this user cannot write to (`ai-admin status` there).
        """
        if self._fd is not None:
            return False
        if os.name != "nt":
            try:
                fd = os.open(self.path, os.O_RDONLY)
            except FileNotFoundError:
                return False  # every running instance keeps the file
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                return True
            finally:
                os.close(fd)  # closing also releases a lock just taken
            return False
        probe = InstanceLock(self.path)
        try:
            probe.acquire()
        except AlreadyRunningError:
            return True
        probe.release()
        return False

    def release(self) -> None:
        if self._fd is None:
            return
        try:
            if os.name == "nt":  # pragma: no cover
                msvcrt.locking(self._fd, msvcrt.LK_UNLCK, 1)
            else:
                fcntl.flock(self._fd, fcntl.LOCK_UN)
        finally:
            os.close(self._fd)
            self._fd = None


def activation_channel_name(data_root: Path) -> str:
    """A per-data-folder name for the local socket a second start uses to wake the first window."""
    digest = hashlib.sha256(str(data_root.resolve()).encode()).hexdigest()[:16]
    return f"ai-admin-{digest}"
