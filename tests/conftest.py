"""Shared fixtures: every test gets its own data folder, and Qt never needs a display."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.paths import DataPaths  # noqa: E402
from desktop.store.db import Database, open_database  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent


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
