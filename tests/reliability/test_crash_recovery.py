"""`kill -9` of the app at random points during traffic, twenty times: nothing lost, nothing doubled.

Each round starts `bench/crash_driver.py` (one simulator company on the real Node bridge, an
answer that costs nothing so that twenty starts fit in the time, customers writing all the
time), kills it with SIGKILL at a random moment after it connected (sometimes while it is still
catching up from the previous kill), and checks that its bridge did not outlive it and that the
SQLite file is intact. A last run redelivers what
WhatsApp still owes, answers everything and stops cleanly. Then the store must account for every
message a phone sent: stored once, answered once, nothing left queued or sending.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil
import pytest
from crash_driver import batches, phone_messages
from ledger import check_exactly_once

from desktop.store.db import open_database

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "bench" / "crash_driver.py"
KILLS = 20
READY_TIMEOUT = 60.0


class Driver:
    """One driver process and the lines it prints."""

    def __init__(self, folder: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.stderr = open(folder / "driver-stderr.log", "ab")
        self.process = subprocess.Popen([sys.executable, str(DRIVER), "--data", str(folder),
                                         *args], stdout=subprocess.PIPE, stderr=self.stderr,
                                        env=env, cwd=ROOT)
        self.lines: queue.Queue[str] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for raw in self.process.stdout:
            self.lines.put(raw.decode().strip())
        self.lines.put("")  # end of output

    def expect(self, word: str, timeout: float) -> list[str]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"the driver did not print {word!r} in {timeout:g} s") from None
            if line.startswith(word):
                return line.split()
            if line == "":
                raise AssertionError(f"the driver ended before {word!r} "
                                     f"(exit {self.process.wait()})")

    def caught_up(self) -> list[float]:
        """Seconds from start to "everything owed is answered", if it got that far."""
        found = []
        while not self.lines.empty():
            line = self.lines.get()
            if line.startswith("recovered"):
                found.append(float(line.split()[1]))
        return found

    def kill(self) -> None:
        os.kill(self.process.pid, signal.SIGKILL)
        self.process.wait(10)
        self.stderr.close()

    def close(self) -> None:
        if self.process.poll() is None:
            self.kill()


def integrity(database_file: Path) -> str:
    with sqlite3.connect(database_file) as connection:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_kill_9_twenty_times_during_traffic(tmp_path: Path) -> None:
    rng = random.Random(20)
    database_file = tmp_path / "data" / "ai-admin.db"
    ready, recovered = [], []
    for round_ in range(KILLS):
        driver = Driver(tmp_path, "--seed", str(round_), "--responder", "instant")
        try:
            words = driver.expect("ready", READY_TIMEOUT)
            ready.append(float(words[1]))
            bridge = psutil.Process(int(words[2]))
            time.sleep(rng.uniform(0.0, 2.0))
        finally:
            driver.kill()
        recovered += driver.caught_up()
        # The bridge exits by itself when its app dies (its stdin closes): no orphan.
        bridge.wait(10)
        assert integrity(database_file) == "ok", f"round {round_}"

    final = Driver(tmp_path, "--settle", "--responder", "instant")
    try:
        final.expect("ready", READY_TIMEOUT)
        catch_up = float(final.expect("recovered", 90)[1])
        final.expect("settled", 60)
        assert final.process.wait(30) == 0
    finally:
        final.close()
    assert integrity(database_file) == "ok"

    sent = phone_messages(tmp_path)
    assert len(sent) > 20 * KILLS / 4, "too little traffic to mean anything"
    database = open_database(f"sqlite:///{database_file}", migrate=False)
    try:
        result = check_exactly_once(database, 1, batches=batches(tmp_path), delivered=None,
                                    sent_by_phones=sent)
    finally:
        database.dispose()
    summary = result.summary()
    print(f"crash recovery: {KILLS} kills, {len(sent)} messages sent by phones, {summary}, "
          f"connected after start: median {sorted(ready)[len(ready) // 2]:.2f} s, max "
          f"{max(ready):.2f} s; owed answered after start: median "
          f"{sorted(recovered)[len(recovered) // 2] if recovered else 0:.2f} s over "
          f"{len(recovered)} rounds, last run {catch_up:.2f} s")
    assert result.lost == [] and result.duplicated == [], summary
    assert result.messages_in == len(sent)
    assert result.answered == len(sent) and result.deferred == 0
    assert result.outbox_unfinished == 0 and result.outbox_failed == 0
