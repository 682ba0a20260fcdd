"""Where AI Admin keeps its data: one folder holding the database, WhatsApp sessions and logs.

The folder comes from the platform's conventions (platformdirs) unless `AI_ADMIN_HOME` moves it,
which is also how tests and simulations get a throw-away folder.
"""

from __future__ import annotations

import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

import platformdirs

from desktop import APP_NAME

HOME_ENV = "AI_ADMIN_HOME"
DATABASE_URL_ENV = "AI_ADMIN_DATABASE_URL"
DATABASE_FILE = "ai-admin.db"


class DataFolderError(Exception):
    """The data folder cannot be created or written; the message says what to do."""


@dataclass(frozen=True)
class DataPaths:
    """The data folder and the well-known places inside it."""

    root: Path

    @property
    def database_file(self) -> Path:
        return self.root / DATABASE_FILE

    @property
    def sessions_dir(self) -> Path:
        return self.root / "sessions"

    @property
    def logs_dir(self) -> Path:
        return self.root / "logs"

    @property
    def lock_file(self) -> Path:
        return self.root / "ai-admin.lock"

    def database_url(self) -> str:
        """The SQLAlchemy URL: `AI_ADMIN_DATABASE_URL` if set, else the SQLite file in the folder."""
        return os.environ.get(DATABASE_URL_ENV) or f"sqlite:///{self.database_file}"

    def database_not_created(self) -> bool:
        """The folder's own SQLite file is still to come: AI Admin never started with this folder."""
        return self.database_url() == f"sqlite:///{self.database_file}" and not self.database_file.exists()

    def company_auth_dir(self, company_id: int) -> Path:
        """The company's WhatsApp credentials folder, created private (mode 0700) on first use.

        Credentials in it are as good as the shop's phone: nobody else on the PC may read them.
        """
        folder = self.sessions_dir / f"company_{int(company_id)}"
        folder.mkdir(parents=True, exist_ok=True)
        _make_private(folder)
        return folder

    def check_usable(self) -> DataPaths:
        """Raise DataFolderError when the folder cannot be one: it, or a folder above it, is a file.

        Creates nothing (for read-only commands like `status`).
        """
        for folder in (self.root, *self.root.parents):
            if folder.exists() or folder.is_symlink():
                if not folder.is_dir():
                    raise DataFolderError(
                        f"AI Admin cannot write to its data folder {self.root}: {folder} is a "
                        f"file, not a folder. Move the file away, or set {HOME_ENV} to a folder "
                        "you can write to.")
                break
        return self

    def ensure(self) -> DataPaths:
        """Create the folder tree and prove it is writable, or raise DataFolderError."""
        self.check_usable()
        try:
            for folder in (self.root, self.sessions_dir, self.logs_dir):
                folder.mkdir(parents=True, exist_ok=True)
            _make_private(self.root)
            _make_private(self.sessions_dir)
            with tempfile.NamedTemporaryFile(dir=self.root, prefix=".write-test-"):
                pass
        except OSError as exc:
            raise DataFolderError(
                f"AI Admin cannot write to its data folder {self.root} ({exc.strerror or exc}). "
                f"Give your user write access to it, or set {HOME_ENV} to a folder you can write to."
            ) from exc
        return self


def _make_private(folder: Path) -> None:
    # Windows has no POSIX modes; its per-user profile folder is already private.
    if os.name == "posix":
        os.chmod(folder, stat.S_IRWXU)


def default_data_paths() -> DataPaths:
    """The data folder for this user: `AI_ADMIN_HOME` or the platform's user data folder."""
    override = os.environ.get(HOME_ENV)
    if override:
        return DataPaths(Path(override).expanduser().resolve())
    return DataPaths(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))
