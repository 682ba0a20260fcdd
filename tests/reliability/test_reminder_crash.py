"""`kill -9` between planning a reminder and sending it, and right after queueing it: every
reminder is sent exactly once (one outbox row per visit and offset, one WhatsApp id), none lost.

`bench/reminder_crash_driver.py` kills itself with SIGKILL at the chosen point (a real kill, at
an exact place); the next start of the shop takes it from there.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.store.db import open_database
from desktop.store.models import OutboxMessage, Reminder

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "bench" / "reminder_crash_driver.py"
DAY_BEFORE = "2026-03-18T14:00:00+03:00"   # the 1440-minute reminders are due, the 120 not
HOURS_BEFORE = "2026-03-19T11:30:00+03:00"  # the 120-minute reminders are due too


def run(folder: Path, now: str, *args: str) -> tuple[int, list[str]]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("AI_ADMIN_DATABASE_URL", None)
    done = subprocess.run([sys.executable, str(DRIVER), "--data", str(folder), "--now", now,
                           *args], capture_output=True, text=True, timeout=120, cwd=ROOT, env=env,
                          check=False)
    return done.returncode, done.stdout.split()


def reminders(folder: Path) -> list[tuple[int, int, str, int | None]]:
    database = open_database(f"sqlite:///{folder / 'data' / 'ai-admin.db'}", migrate=False)
    try:
        with database.session() as session:
            return [(r.appointment_id, r.offset_min, r.status, r.outbox_id)
                    for r in session.scalars(select(Reminder).order_by(Reminder.id))]
    finally:
        database.dispose()


def outbox(folder: Path) -> list[tuple[int, str, str]]:
    database = open_database(f"sqlite:///{folder / 'data' / 'ai-admin.db'}", migrate=False)
    try:
        with database.session() as session:
            return [(o.id, o.wa_id, o.status) for o in session.scalars(
                select(OutboxMessage).order_by(OutboxMessage.id))]
    finally:
        database.dispose()


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_reminders_are_sent_exactly_once_across_kill_9(tmp_path: Path) -> None:
    # Killed after planning, before sending: planned, nothing queued.
    code, words = run(tmp_path, DAY_BEFORE, "--die-at", "planned")
    assert code == -9 and words[-2:] == ["dying", "planned"]
    assert {(offset, status) for _, offset, status, _ in reminders(tmp_path)} == {
        (1440, "planned"), (120, "planned")}
    assert outbox(tmp_path) == []

    # Killed right after the first reminder was queued: that one is sent (in the store), once.
    code, words = run(tmp_path, DAY_BEFORE, "--die-at", "queued")
    assert code == -9 and words[-2:] == ["dying", "queued"]
    [(outbox_id, _, status)] = outbox(tmp_path)
    assert [r[3] for r in reminders(tmp_path) if r[2] == "sent"] == [outbox_id]

    # The next start sends the rest of what is due, and the queued one, each once.
    code, words = run(tmp_path, DAY_BEFORE)
    assert code == 0 and words[-2:] == ["ready", "settled"]
    # Then the day of the visits: killed again after queueing one of the 120-minute reminders.
    code, words = run(tmp_path, HOURS_BEFORE, "--die-at", "queued")
    assert code == -9
    code, words = run(tmp_path, HOURS_BEFORE)
    assert code == 0 and words[-2:] == ["ready", "settled"]

    rows = reminders(tmp_path)
    assert len(rows) == 6 and {status for *_, status, _ in rows} == {"sent"}
    sent = outbox(tmp_path)
    assert sorted(outbox_id for *_, outbox_id in rows) == [o for o, _, _ in sent]  # one each
    assert {status for _, _, status in sent} <= {"sent", "delivered", "read"}
    delivered = [json.loads(line) for line in
                 (tmp_path / "delivered.jsonl").read_text().splitlines()]
    # Every reminder reached its customer's phone, and once: the kills came before WhatsApp had
    # any (the bridge was not connected yet), so no id even had to be sent again.
    assert sorted(d["wa_id"] for d in delivered) == sorted(wa_id for _, wa_id, _ in sent)
