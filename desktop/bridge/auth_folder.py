"""A company's auth folder: where the bridge keeps the WhatsApp login (the keys to the shop's number)."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
from collections.abc import Mapping
from pathlib import Path

log = logging.getLogger("ai_admin.bridge.session")


class AuthFolder:
    """Creates the folder private to this user and deletes the saved login on logout."""

    def __init__(self, path: Path, extra: Mapping[str, object]) -> None:
        self.path = Path(path)
        self._extra = dict(extra)

    def prepare(self) -> None:
        """Create the folder (raises OSError when it cannot be used)."""
        self.path.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError, NotImplementedError):
            os.chmod(self.path, 0o700)  # the login keys give full access to the shop's WhatsApp

    def wipe(self) -> None:
        """Delete the saved login (the folder stays, empty)."""
        if not self.path.is_dir():
            return
        for child in self.path.iterdir():
            try:
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
            except FileNotFoundError:
                pass  # the bridge deleted it at the same moment
            except OSError as exc:
                log.error("could not delete %s from the session folder: %s", child.name, exc,
                          extra=self._extra)
