"""Migrations: a fresh database reaches the models' schema; an old one upgrades keeping its data."""

from __future__ import annotations

import datetime as dt

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from desktop.store.db import SCHEMA_HEAD, Database, alembic_config, open_database
from desktop.store.models import Base


def test_fresh_database_matches_the_models(database: Database) -> None:
    assert database.current_revision() == SCHEMA_HEAD
    with database.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_schema_head_constant_matches_the_migration_scripts(database: Database) -> None:
    scripts = ScriptDirectory.from_config(alembic_config(database.engine))
    assert scripts.get_current_head() == SCHEMA_HEAD


def test_upgrade_from_first_migration_keeps_data_and_copies_the_file(data_paths) -> None:
    old = Database(data_paths.database_url())
    old.migrate("0001")
    assert old.current_revision() == "0001"
    with old.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO companies (id, name, profile, transport, ai_enabled, allow_groups,"
            " created_at) VALUES (1, 'Old Shop', '{}', 'sim', 1, 0, :now)"),
            {"now": dt.datetime(2026, 1, 1)})
    old.dispose()

    upgraded = open_database(data_paths.database_url())
    try:
        assert upgraded.current_revision() == SCHEMA_HEAD
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM companies")).scalar() == "Old Shop"
            # The tables of the second migration exist and are usable.
            assert connection.execute(text("SELECT count(*) FROM outbox_messages")).scalar() == 0
        backups = list(data_paths.root.glob("ai-admin.db.before-0001-*.bak"))
        assert len(backups) == 1
        with Database(f"sqlite:///{backups[0]}").engine.connect() as connection:
            assert connection.execute(text("SELECT name FROM companies")).scalar() == "Old Shop"
    finally:
        upgraded.dispose()


def test_up_to_date_database_is_not_copied(data_paths) -> None:
    open_database(data_paths.database_url()).dispose()
    open_database(data_paths.database_url()).dispose()
    assert list(data_paths.root.glob("*.bak")) == []


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    assert database.integrity_check() == "ok"


def test_database_url_from_environment_is_used(data_paths, monkeypatch, tmp_path) -> None:
    other = tmp_path / "elsewhere.db"
    monkeypatch.setenv("AI_ADMIN_DATABASE_URL", f"sqlite:///{other}")
    database = open_database(data_paths.database_url())
    database.dispose()
    assert other.exists()
    assert not data_paths.database_file.exists()


def test_unreachable_database_is_a_clear_error(tmp_path) -> None:
    import pytest

    from desktop.store.db import DatabaseError

    with pytest.raises(DatabaseError, match="AI_ADMIN_DATABASE_URL"):
        open_database(f"sqlite:///{tmp_path}/no/such/folder/x.db")


def test_upgrade_from_0004_marks_old_messages_live_and_adds_the_lid_table(data_paths) -> None:
    old = Database(data_paths.database_url())
    old.migrate("0004")
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
            "INSERT INTO messages (company_id, conversation_id, wa_id, direction, author, kind,"
            " text, created_at, handled) VALUES (1, 1, 'W1', 'in', 'customer', 'text', 'hi',"
            " :now, 1)"), {"now": now})
    old.dispose()

    upgraded = open_database(data_paths.database_url())
    try:
        assert upgraded.current_revision() == SCHEMA_HEAD
        with upgraded.engine.begin() as connection:
            assert connection.execute(text("SELECT history FROM messages")).scalar() == 0
            connection.execute(text(
                "INSERT INTO lid_mappings (company_id, lid, phone, updated_at)"
                " VALUES (1, '111@lid', '+15550001111', :now)"), {"now": now})
        from alembic import command

        command.downgrade(alembic_config(upgraded.engine), "0004")  # and back, keeping messages
        assert upgraded.current_revision() == "0004"
        with upgraded.engine.connect() as connection:
            assert connection.execute(text("SELECT text FROM messages")).scalar() == "hi"
    finally:
        upgraded.dispose()


def test_upgrade_from_0006_marks_the_old_demo_and_archives_nothing(data_paths) -> None:
    old = Database(data_paths.database_url())
    old.migrate("0006")
    with old.engine.begin() as connection:
        for n, name, transport in ((1, "Demo Barbershop", "sim"), (2, "Avi's Barbershop", "sim"),
                                   (3, "Demo Barbershop", "baileys")):
            connection.execute(text(
                "INSERT INTO companies (id, name, profile, transport, ai_enabled, allow_groups,"
                " created_at) VALUES (:n, :name, '{}', :transport, 1, 0, :now)"),
                {"n": n, "name": name, "transport": transport, "now": dt.datetime(2026, 1, 1)})
    old.dispose()

    upgraded = open_database(data_paths.database_url())
    try:
        with upgraded.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT id, demo, archived_at FROM companies ORDER BY id")).all()
        # Only the simulator shop earlier versions created by themselves is the demo.
        assert [tuple(row) for row in rows] == [(1, 1, None), (2, 0, None), (3, 0, None)]
    finally:
        upgraded.dispose()


def test_upgrade_from_0007_counts_one_failure_for_each_message_that_had_failed(data_paths) -> None:
    old = Database(data_paths.database_url())
    old.migrate("0007")
    now = dt.datetime(2026, 1, 1)
    with old.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO companies (id, name, profile, transport, ai_enabled, allow_groups,"
            " created_at, demo) VALUES (1, 'Shop', '{}', 'sim', 1, 0, :now, 0)"), {"now": now})
        connection.execute(text(
            "INSERT INTO customers (id, company_id, phone, notes, tags, first_contact_at,"
            " last_contact_at) VALUES (1, 1, '+15550001111', '', '[]', :now, :now)"),
            {"now": now})
        connection.execute(text(
            "INSERT INTO conversations (id, company_id, customer_id, ai_enabled, needs_human,"
            " unread_count, last_message_preview) VALUES (1, 1, 1, 1, 0, 0, '')"))
        for n, status in ((1, "failed"), (2, "read"), (3, "queued")):
            connection.execute(text(
                "INSERT INTO outbox_messages (id, company_id, conversation_id, wa_id, to_jid,"
                " text, author, status, attempts, created_at, updated_at) VALUES"
                " (:n, 1, 1, :wa, 'x@s.whatsapp.net', 'hi', 'bot', :status, 1, :now, :now)"),
                {"n": n, "wa": f"W{n}", "status": status, "now": now})
    old.dispose()

    upgraded = open_database(data_paths.database_url())
    try:
        with upgraded.engine.connect() as connection:
            rows = connection.execute(text(
                "SELECT status, send_failures FROM outbox_messages ORDER BY id")).all()
        assert [tuple(row) for row in rows] == [("failed", 1), ("read", 0), ("queued", 0)]
    finally:
        upgraded.dispose()
