"""A small file system that can be filled on purpose: the real "disk full" fault.

A tmpfs of a few megabytes is mounted on a folder; `fill()` writes a filler file until the file
system says ENOSPC, `clear()` deletes it. Mounting needs root (or CAP_SYS_ADMIN): where it is not
allowed, `SmallDisk.mount` raises `DiskUnavailable` and callers skip the fault and say so.
"""

from __future__ import annotations

import errno
import os
import subprocess
from pathlib import Path

CHUNK = 64 * 1024


class DiskUnavailable(RuntimeError):
    """A small file system cannot be mounted here (not root, or no permission to mount)."""


class SmallDisk:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.filler = folder / "filler.bin"
        self.full = False

    @classmethod
    def mount(cls, folder: Path, size_mb: int = 64) -> SmallDisk:
        folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() != 0:
            raise DiskUnavailable("mounting a tmpfs needs root")
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_mb}m,mode=0700",
                               "tmpfs", str(folder)], capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise DiskUnavailable(done.stderr.strip() or "mount failed")
        return cls(folder)

    def fill(self) -> int:
        """Write until the file system is full; return the bytes the filler took."""
        written = 0
        block = b"\0" * CHUNK
        with open(self.filler, "ab", buffering=0) as filler:
            while True:
                try:
                    written += filler.write(block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
        # Blocks smaller than a chunk may be left; take them too, so nothing can grow.
        with open(self.filler, "ab", buffering=0) as filler:
            for size in (4096, 512, 1):
                while True:
                    try:
                        written += filler.write(b"\0" * size)
                    except OSError as exc:
                        if exc.errno != errno.ENOSPC:
                            raise
                        break
        self.full = True
        return written

    def clear(self) -> None:
        self.filler.unlink(missing_ok=True)
        self.full = False

    def unmount(self) -> None:
        self.clear()
        # Lazy: a bridge or SQLite may still hold a file there for a moment after the test.
        subprocess.run(["umount", "-l", str(self.folder)], capture_output=True, check=False)
