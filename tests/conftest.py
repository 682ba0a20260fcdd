"""Shared fixtures: every test gets its own data folder, and Qt never needs a display."""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.paths import DataPaths  # noqa: E402
from desktop.store.db import Database, open_database  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring backend."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring():
    """The OS keyring replaced by one in memory."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    """A computer with no keyring at all (keys fall back to a local file)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def data_paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> DataPaths:
    """A fresh data folder, also set as AI_ADMIN_HOME for code that looks it up itself."""
    root = tmp_path / "data"
    monkeypatch.setenv("AI_ADMIN_HOME", str(root))
    monkeypatch.delenv("AI_ADMIN_DATABASE_URL", raising=False)
    return DataPaths(root).ensure()


@pytest.fixture
def database(data_paths: DataPaths) -> Database:
    """A migrated SQLite database in the test's data folder."""
    db = open_database(data_paths.database_url())
    yield db
    db.dispose()


@pytest.fixture(autouse=True)
def _fresh_redaction():
    """Each test starts with no shop regions and no remembered keys (they are process-wide)."""
    from desktop.redact import forget_everything

    forget_everything()
    yield
    forget_everything()
