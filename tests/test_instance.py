"""One AI Admin per data folder, and a crashed one never blocks the next start."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest

from desktop.instance import AlreadyRunningError, InstanceLock


def test_second_lock_on_the_same_folder_is_refused(tmp_path) -> None:
    first = InstanceLock(tmp_path / "ai-admin.lock")
    first.acquire()
    try:
        with pytest.raises(AlreadyRunningError, match="already running"):
            InstanceLock(tmp_path / "ai-admin.lock").acquire()
        assert InstanceLock(tmp_path / "ai-admin.lock").is_held_elsewhere()
    finally:
        first.release()
    second = InstanceLock(tmp_path / "ai-admin.lock")
    second.acquire()
    second.release()


def test_lock_of_a_killed_process_is_released(tmp_path) -> None:
    lock_file = tmp_path / "ai-admin.lock"
    holder = subprocess.Popen([sys.executable, "-c", (
        "import sys, time; from pathlib import Path; from desktop.instance import InstanceLock;"
        f"InstanceLock(Path({str(lock_file)!r})).acquire(); print('held', flush=True);"
        "time.sleep(60)")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        probe = InstanceLock(lock_file)
        assert probe.is_held_elsewhere()
        assert probe.holder_pid() == holder.pid
    finally:
        holder.kill()
        holder.wait()
    deadline = time.monotonic() + 5
    while InstanceLock(lock_file).is_held_elsewhere():
        assert time.monotonic() < deadline, "the lock outlived its process"
        time.sleep(0.05)
