"""kill -9 in the middle of each migration step: the next start finishes the job, nothing is lost.

Each kill is real (a child process sends itself SIGKILL) and lands at a fixed point: inside a step's
transaction, after all of the step's changes and its new version number, before the commit — the
worst moment, when the most is half-done. Before the fix, pysqlite ran the DDL outside any
transaction and such a kill left tables behind ("table already exists" at the next start).
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.store.db import SCHEMA_HEAD, Database, open_database

REVISIONS = ["0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008"]
assert REVISIONS[-1] == SCHEMA_HEAD, "add the new migration to REVISIONS"

ROOT = Path(__file__).resolve().parents[2]

# The child: migrate, and kill itself inside the named step.
_CHILD = """
import os, signal, sys
from desktop.store.db import Database

url, kill_in = sys.argv[1], sys.argv[2]

def on_step(ctx, step, heads, run_args):
    if step.up_revision_id == kill_in:
        os.kill(os.getpid(), signal.SIGKILL)

Database(url).migrate(on_step=on_step)
print("finished without being killed")
"""


def _url(file: Path) -> str:
    return f"sqlite:///{file}"


def _schema(file: Path) -> list[tuple]:
    """Every table, index and trigger with its definition, its lines in a fixed order.

    Alembic's batch mode writes a rebuilt table's constraints in set order, which differs from
    one process to the next; the definitions are compared line by line, whatever the order.
    """
    database = Database(_url(file))
    try:
        with database.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT type, name, tbl_name, sql FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name").fetchall()
    finally:
        database.dispose()
    return [(kind, name, table, sorted(line.strip().rstrip(",") for line in (sql or "").splitlines()))
            for kind, name, table, sql in rows]


@pytest.fixture(scope="module")
def schema_at(tmp_path_factory) -> dict[str | None, list[tuple]]:
    """The schema a clean run leaves after each step (None: before the first)."""
    folder = tmp_path_factory.mktemp("reference")
    schemas: dict[str | None, list[tuple]] = {None: []}
    file = folder / "reference.db"
    for revision in REVISIONS:
        database = Database(_url(file))
        database.migrate(revision)
        database.dispose()
        schemas[revision] = _schema(file)
    return schemas


def _kill_during(file: Path, revision: str) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.run([sys.executable, "-c", _CHILD, _url(file), revision], env=env,
                           capture_output=True, text=True, timeout=60)
    assert child.returncode == -signal.SIGKILL, child.stdout + child.stderr


def _revision(file: Path) -> str | None:
    database = Database(_url(file))
    try:
        return database.current_revision()
    finally:
        database.dispose()


def _put_shop_data(file: Path) -> None:
    """A shop's records as the first version stored them."""
    now = dt.datetime(2026, 1, 1)
    database = Database(_url(file))
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO companies (id, name, profile, transport, ai_enabled, allow_groups,"
            " created_at) VALUES (1, 'Old Shop', '{}', 'sim', 1, 0, :now)"), {"now": now})
        for n in range(1, 4):
            connection.execute(text(
                "INSERT INTO customers (id, company_id, phone, notes, tags, first_contact_at,"
                " last_contact_at) VALUES (:n, 1, :phone, '', '[]', :now, :now)"),
                {"n": n, "phone": f"+1555000111{n}", "now": now})
            connection.execute(text(
                "INSERT INTO conversations (id, company_id, customer_id, ai_enabled, needs_human,"
                " unread_count, last_message_preview) VALUES (:n, 1, :n, 1, 0, 0, '')"), {"n": n})
            for m in range(5):
                connection.execute(text(
                    "INSERT INTO messages (company_id, conversation_id, wa_id, direction, author,"
                    " kind, text, created_at) VALUES (1, :n, :wa, 'in', 'customer', 'text', :t,"
                    " :now)"), {"n": n, "wa": f"W{n}-{m}", "t": f"message {m} of {n}", "now": now})
    database.dispose()


def _shop_data(database: Database) -> tuple:
    with database.engine.connect() as connection:
        return (connection.execute(text("SELECT id, name FROM companies")).all(),
                connection.execute(text("SELECT id, phone FROM customers ORDER BY id")).all(),
                connection.execute(text(
                    "SELECT conversation_id, wa_id, text FROM messages ORDER BY id")).all())


def _next_start_works(file: Path, schema_at: dict) -> Database:
    database = open_database(_url(file))  # what the app does at start
    assert database.current_revision() == SCHEMA_HEAD
    assert database.integrity_check() == "ok"
    assert _schema(file) == schema_at[SCHEMA_HEAD]
    return database


@pytest.mark.parametrize("revision", REVISIONS)
def test_kill_9_in_each_step_of_the_first_start(tmp_path, schema_at, revision) -> None:
    file = tmp_path / "ai-admin.db"
    _kill_during(file, revision)
    before = REVISIONS[REVISIONS.index(revision) - 1] if revision != REVISIONS[0] else None
    # The killed step left nothing behind: the database is exactly at the step before.
    assert _revision(file) == before
    assert _schema(file) == schema_at[before]
    _next_start_works(file, schema_at).dispose()


@pytest.mark.parametrize("revision", REVISIONS[1:])
def test_kill_9_in_each_step_of_an_upgrade_with_data(tmp_path, schema_at, revision) -> None:
    file = tmp_path / "ai-admin.db"
    old = Database(_url(file))
    old.migrate("0001")
    old.dispose()
    _put_shop_data(file)
    expected = _shop_data(Database(_url(file)))
    assert len(expected[2]) == 15

    _kill_during(file, revision)
    before = REVISIONS[REVISIONS.index(revision) - 1]
    assert _revision(file) == before
    assert _schema(file) == schema_at[before]

    database = _next_start_works(file, schema_at)
    try:
        assert _shop_data(database) == expected
    finally:
        database.dispose()
    # The copy taken before the first (killed) migration holds the data too.
    backups = list(tmp_path.glob("ai-admin.db.before-0001-*.bak"))
    assert backups, "the copy from before the upgrade is kept"
    assert _shop_data(Database(_url(backups[0]))) == expected


def test_upgrade_keeps_each_reply_linked_to_the_message_it_answers(tmp_path) -> None:
    """Rebuilding `messages` (0003, 0005) with foreign keys on cleared `answers_message_id`."""
    file = tmp_path / "ai-admin.db"
    old = Database(_url(file))
    old.migrate("0002")
    now = dt.datetime(2026, 1, 1)
    with old.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO companies (id, name, profile, transport, ai_enabled, allow_groups,"
            " created_at) VALUES (1, 'Old Shop', '{}', 'sim', 1, 0, :now)"), {"now": now})
        connection.execute(text(
            "INSERT INTO customers (id, company_id, phone, notes, tags, first_contact_at,"
            " last_contact_at) VALUES (1, 1, '+15550001111', '', '[]', :now, :now)"), {"now": now})
        connection.execute(text(
            "INSERT INTO conversations (id, company_id, customer_id, ai_enabled, needs_human,"
            " unread_count, last_message_preview) VALUES (1, 1, 1, 1, 0, 0, '')"))
        connection.execute(text(
            "INSERT INTO messages (id, company_id, conversation_id, wa_id, direction, author,"
            " kind, text, created_at) VALUES (7, 1, 1, 'W1', 'in', 'customer', 'text', 'hi',"
            " :now)"), {"now": now})
        connection.execute(text(
            "INSERT INTO outbox_messages (company_id, conversation_id, wa_id, to_jid, text,"
            " author, status, attempts, answers_message_id, created_at, updated_at)"
            " VALUES (1, 1, 'O1', '15550001111@s.whatsapp.net', 'hello', 'bot', 'sent', 1, 7,"
            " :now, :now)"), {"now": now})
    old.dispose()

    upgraded = open_database(_url(file))
    try:
        with upgraded.engine.connect() as connection:
            assert connection.execute(text(
                "SELECT answers_message_id FROM outbox_messages")).scalar() == 7
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        upgraded.dispose()
