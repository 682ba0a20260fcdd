"""The data folder: where it is, what it holds, and a clear error when it cannot be written."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from desktop.paths import DataFolderError, DataPaths, default_data_paths


def test_ai_admin_home_moves_the_data_folder(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("AI_ADMIN_HOME", str(tmp_path / "shop-data"))
    paths = default_data_paths()
    assert paths.root == (tmp_path / "shop-data").resolve()
    assert paths.database_url() == f"sqlite:///{paths.root / 'ai-admin.db'}"


def test_default_folder_comes_from_the_platform(monkeypatch) -> None:
    monkeypatch.delenv("AI_ADMIN_HOME", raising=False)
    assert "AI Admin" in str(default_data_paths().root)


def test_folder_tree_is_created_private(tmp_path: Path) -> None:
    paths = DataPaths(tmp_path / "data").ensure()
    assert paths.logs_dir.is_dir()
    auth = paths.company_auth_dir(7)
    assert auth == paths.sessions_dir / "company_7"
    if os.name == "posix":
        assert stat.S_IMODE(auth.stat().st_mode) == 0o700
        assert stat.S_IMODE(paths.sessions_dir.stat().st_mode) == 0o700


def test_unwritable_data_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError, match="cannot write to its data folder.*AI_ADMIN_HOME"):
        DataPaths(blocker / "data").ensure()


def test_cli_reports_an_unwritable_data_folder(tmp_path: Path, monkeypatch, capsys) -> None:
    from desktop.main import main

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("AI_ADMIN_HOME", str(blocker / "data"))
    assert main([]) == 2
    assert "cannot write to its data folder" in capsys.readouterr().err


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_files_the_app_writes_are_private(tmp_path: Path, monkeypatch) -> None:
    import subprocess
    import sys

    from tests.conftest import REPO_ROOT

    data = tmp_path / "data"
    done = subprocess.run([sys.executable, "-m", "desktop", "--quit-after-shown"],
                          env={**os.environ, "AI_ADMIN_HOME": str(data),
                               "QT_QPA_PLATFORM": "offscreen"},
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    for path in (data / "ai-admin.db", data / "logs" / "ai-admin.log", data / "logs"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path
