"""The window opens and closes cleanly, runs once per data folder, and reports unexpected errors."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.logs import LOG_FILE
from desktop.views.app import ErrorReporter
from tests.conftest import REPO_ROOT


def _app_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "desktop", *args]


def _env(data_root: Path) -> dict[str, str]:
    return {**os.environ, "AI_ADMIN_HOME": str(data_root), "QT_QPA_PLATFORM": "offscreen"}


def test_error_reporter_logs_and_shows_the_error(qtbot, caplog) -> None:
    reporter = ErrorReporter(None)
    with caplog.at_level(logging.CRITICAL, logger="ai_admin.app"):
        try:
            raise RuntimeError("boom")
        except RuntimeError as exc:
            reporter(type(exc), exc, exc.__traceback__)
    assert "Unexpected error" in caplog.text
    assert reporter._box is not None and reporter._box.isVisible()
    assert "RuntimeError: boom" in reporter._box.informativeText()
    reporter._box.close()


@pytest.mark.slow
def test_app_starts_shows_its_window_and_quits(tmp_path) -> None:
    done = subprocess.run(_app_command("--quit-after-shown"), env=_env(tmp_path / "data"),
                          capture_output=True, text=True, timeout=120, cwd=REPO_ROOT)
    assert done.returncode == 0, done.stderr
    assert "window shown" in done.stdout
    assert (tmp_path / "data" / "ai-admin.db").exists()
    assert "AI Admin closed" in (tmp_path / "data" / "logs" / LOG_FILE).read_text()
    # A first start creates no company by itself: the demo shop only when the owner asks.
    from desktop.store.companies import list_companies
    from desktop.store.db import open_database

    database = open_database(f"sqlite:///{tmp_path / 'data' / 'ai-admin.db'}")
    try:
        assert list_companies(database) == []
    finally:
        database.dispose()


def _wait_for_log(log_file: Path, text: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if log_file.exists() and text in log_file.read_text(encoding="utf-8"):
            return
        time.sleep(0.1)
    raise AssertionError(f"{text!r} never appeared in {log_file}")


@pytest.mark.slow
def test_second_start_brings_the_first_window_forward(tmp_path) -> None:
    data = tmp_path / "data"
    log_file = data / "logs" / LOG_FILE
    first = subprocess.Popen(_app_command(), env=_env(data), cwd=REPO_ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_log(log_file, "started, window shown")
        second = subprocess.run(_app_command("--quit-after-shown"), env=_env(data),
                                capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert "window shown" not in second.stdout  # it never opened a window of its own
        _wait_for_log(log_file, "brought this window forward")
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=30)


def test_start_with_the_folder_locked_elsewhere_exits_with_a_clear_message(tmp_path) -> None:
    from desktop.instance import InstanceLock

    data = tmp_path / "data"
    data.mkdir()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import time; from pathlib import Path; from desktop.instance import InstanceLock;"
        f"InstanceLock(Path({str(data / 'ai-admin.lock')!r})).acquire(); print('held', flush=True);"
        "time.sleep(60)")], stdout=subprocess.PIPE, text=True, cwd=REPO_ROOT)
    try:
        assert holder.stdout.readline().strip() == "held"
        done = subprocess.run(_app_command("--quit-after-shown"), env=_env(data),
                              capture_output=True, text=True, timeout=60, cwd=REPO_ROOT)
        assert done.returncode == 3
        assert "already running with this data folder" in done.stderr
        assert InstanceLock(data / "ai-admin.lock").holder_pid() == holder.pid
    finally:
        holder.kill()
        holder.wait()
