"""Every command on a folder it cannot use: one line, a non-zero exit, never a traceback.

Issue 13: `status` printed tracebacks on a read-only folder, and `simulate --data` started a
second bridge on a folder `serve` was using.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.instance import InstanceLock
from desktop.main import main
from desktop.paths import DataPaths
from desktop.store.db import open_database
from tests.conftest import REPO_ROOT

SCENARIO = '{"from": "+972501234567", "say": "hi"}\n'
COMMANDS = [
    ["status"], ["status", "--json"], ["companies", "list"],
    ["companies", "add", "Corner Shop", "--transport", "sim"], ["link", "1", "--timeout", "1"],
    ["serve"], ["simulate", "{scenario}", "--data", "{home}"],
]


def _read_only_folder(tmp_path: Path) -> Path:
    home = tmp_path / "read-only"
    DataPaths(home).ensure()
    open_database(DataPaths(home).database_url()).dispose()
    home.chmod(0o500)
    return home


def _a_file(tmp_path: Path) -> Path:
    home = tmp_path / "data"
    home.write_text("not a folder")
    return home


def _under_a_file(tmp_path: Path) -> Path:
    (tmp_path / "data").write_text("not a folder")
    return tmp_path / "data" / "inside"


def _database_is_a_folder(tmp_path: Path) -> Path:
    home = tmp_path / "data"
    (home / "ai-admin.db").mkdir(parents=True)
    return home


def _database_is_not_a_database(tmp_path: Path) -> Path:
    home = tmp_path / "data"
    home.mkdir()
    (home / "ai-admin.db").write_bytes(b"these are not the pages of a database " * 200)
    return home


FOLDERS = [
    pytest.param(_read_only_folder, marks=pytest.mark.skipif(
        hasattr(os, "geteuid") and os.geteuid() == 0,
        reason="root writes into a 0500 folder anyway; the other forms stand in for it")),
    _a_file, _under_a_file, _database_is_a_folder, _database_is_not_a_database,
]


@pytest.fixture
def restore_modes(tmp_path):
    yield
    for path in tmp_path.rglob("*"):  # let pytest clean up the read-only folder
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o700)


@pytest.mark.parametrize("make_folder", FOLDERS)
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
def test_each_command_on_an_unusable_folder_is_one_line(tmp_path, monkeypatch, capsys,
                                                        restore_modes, make_folder,
                                                        command) -> None:
    home = make_folder(tmp_path)
    scenario = tmp_path / "scenario.jsonl"
    scenario.write_text(SCENARIO)
    monkeypatch.setenv("AI_ADMIN_HOME", str(home))
    monkeypatch.delenv("AI_ADMIN_DATABASE_URL", raising=False)
    code = main([part.format(scenario=scenario, home=home) for part in command])
    out = capsys.readouterr()
    assert code != 0, out
    lines = out.err.strip().splitlines()
    assert len(lines) == 1, out.err
    assert lines[0].startswith("AI Admin: ")
    assert "Traceback" not in out.err + out.out
    if command == ["status", "--json"]:  # a script still gets a document to read
        report = json.loads(out.out)
        assert report["database"] == "unreadable" and report["error"]


def test_status_in_a_separate_process_on_a_file_prints_one_line(tmp_path) -> None:
    home = _a_file(tmp_path)
    done = subprocess.run([sys.executable, "-m", "desktop", "status"], cwd=REPO_ROOT,
                          env={**os.environ, "AI_ADMIN_HOME": str(home)}, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode != 0
    assert done.stderr.strip().count("\n") == 0, done.stderr
    assert "is a file, not a folder" in done.stderr


def test_simulate_refuses_a_folder_the_app_is_using(tmp_path, capsys) -> None:
    home = DataPaths(tmp_path / "shop").ensure()
    scenario = tmp_path / "scenario.jsonl"
    scenario.write_text(SCENARIO)
    app = InstanceLock(home.lock_file)
    app.acquire()  # what `serve` or the window holds while it runs
    try:
        code = main(["simulate", str(scenario), "--data", str(home.root)])
    finally:
        app.release()
    out = capsys.readouterr()
    assert code == 3
    assert out.out == ""
    assert out.err.count("\n") == 1 and "already running with this data folder" in out.err
    assert not home.database_file.exists()  # nothing was started


def test_the_app_refuses_a_folder_a_simulation_is_using(tmp_path) -> None:
    from desktop.cli import run_serve

    home = DataPaths(tmp_path / "shop").ensure()
    simulation = InstanceLock(home.lock_file)
    simulation.acquire()
    try:
        assert InstanceLock(home.lock_file).is_held_elsewhere()
        assert run_serve(home) == 3
    finally:
        simulation.release()
    assert not InstanceLock(home.lock_file).is_held_elsewhere()
