"""Cold start: time from process start to the main window shown, and peak memory.

The data folder holds 10,000 conversations and 200,000 messages, generated here, so start-up is
measured with a shop that has been running for a long time. Median of 5 runs, offscreen.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.paths import DataPaths  # noqa: E402
from desktop.store.companies import ensure_demo_company  # noqa: E402
from desktop.store.db import open_database  # noqa: E402

WORK = ROOT / "bench" / ".work" / "startup"
CONVERSATIONS = 10_000
MESSAGES_PER_CONVERSATION = 20
RUNS = 5
TARGET_MS = 2000
TARGET_MB = 250


def write_big_shop(paths: DataPaths) -> None:
    """A database with many conversations, written straight through sqlite3 for speed."""
    database = open_database(paths.database_url())
    company_id = ensure_demo_company(database)
    database.dispose()
    start = dt.datetime(2026, 1, 1)
    with sqlite3.connect(paths.database_file) as connection:
        connection.executemany(
            "INSERT INTO customers (id, company_id, phone, name, notes, tags, first_contact_at,"
            " last_contact_at) VALUES (?, ?, ?, ?, '', '[]', ?, ?)",
            [(i, company_id, f"+1555{i:07d}", f"Customer {i}", start, start)
             for i in range(1, CONVERSATIONS + 1)])
        connection.executemany(
            "INSERT INTO conversations (id, company_id, customer_id, ai_enabled, needs_human,"
            " unread_count, last_message_at, last_message_preview) VALUES (?, ?, ?, 1, 0, 0, ?, ?)",
            [(i, company_id, i, start + dt.timedelta(minutes=i), "See you tomorrow")
             for i in range(1, CONVERSATIONS + 1)])
        rows = []
        for conversation in range(1, CONVERSATIONS + 1):
            for n in range(MESSAGES_PER_CONVERSATION):
                incoming = n % 2 == 0
                rows.append((company_id, conversation, f"WA{conversation}-{n}",
                             "in" if incoming else "out", "customer" if incoming else "bot",
                             "Hi, can I book a haircut tomorrow at 10?" if incoming
                             else "Booked: Haircut tomorrow at 10:00.",
                             start + dt.timedelta(minutes=conversation, seconds=n)))
        connection.executemany(
            "INSERT INTO messages (company_id, conversation_id, wa_id, direction, author, kind,"
            " text, created_at) VALUES (?, ?, ?, ?, ?, 'text', ?, ?)", rows)


def start_once(paths: DataPaths) -> tuple[float, float]:
    env = {**os.environ, "AI_ADMIN_HOME": str(paths.root), "QT_QPA_PLATFORM": "offscreen"}
    launched = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "desktop", "--quit-after-shown"], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in child.stdout:
        if line.strip() == "window shown":
            shown_ms = (time.perf_counter() - launched) * 1000
            break
    else:
        raise SystemExit("the app never showed its window")
    child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"the app exited with {os.waitstatus_to_exitcode(status)}")
    return shown_ms, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def main() -> None:
    shutil.rmtree(WORK, ignore_errors=True)
    paths = DataPaths(WORK).ensure()
    write_big_shop(paths)
    start_once(paths)  # warm the file cache: "cold" means a fresh process, not a fresh disk
    runs = [start_once(paths) for _ in range(RUNS)]
    shown_ms = statistics.median(r[0] for r in runs)
    peak_mb = max(r[1] for r in runs)
    print(json.dumps({
        "benchmark": "startup",
        "description": f"`python -m desktop` to the main window shown, offscreen, with "
                       f"{CONVERSATIONS:,} conversations and "
                       f"{CONVERSATIONS * MESSAGES_PER_CONVERSATION:,} messages in the database; "
                       f"median of {RUNS} runs, peak resident memory of the app process.",
        "metrics": [
            {"name": "window shown (median)", "value": round(shown_ms), "unit": "ms",
             "target": f"< {TARGET_MS} ms", "ok": shown_ms < TARGET_MS},
            {"name": "peak memory", "value": round(peak_mb), "unit": "MB",
             "target": f"< {TARGET_MB} MB", "ok": peak_mb < TARGET_MB},
        ],
    }))


if __name__ == "__main__":
    main()
