"""`ai-admin doctor`: accurate checks, advice on failure, a non-zero exit code when anything fails."""

from __future__ import annotations

import json
import sqlite3
import sys

import pytest

from desktop.doctor import check_database, check_window_libraries, run_checks
from desktop.main import main
from desktop.store.db import Database, open_database


def _checks(capsys) -> dict[str, dict]:
    report = json.loads(capsys.readouterr().out)
    return {check["name"]: check for check in report["checks"]}


def test_healthy_machine_passes_every_check(data_paths, capsys) -> None:
    open_database(data_paths.database_url()).dispose()
    assert main(["doctor", "--json"]) == 0
    checks = _checks(capsys)
    assert {"python", "node", "bridge_dependencies", "bridge_starts", "data_folder",
            "database"} <= set(checks)
    assert "protocol 1" in checks["bridge_starts"]["detail"]
    assert all(check["ok"] for check in checks.values()), checks
    assert "baileys 7.0.0-rc14" in checks["bridge_dependencies"]["detail"]
    assert "(system, from PATH)" in checks["node"]["detail"]  # a checkout uses the system Node


def test_node_check_says_the_bundled_runtime_is_used(capsys, monkeypatch, tmp_path) -> None:
    from desktop.doctor import check_node

    node = tmp_path / "bundle" / "node" / "node"
    node.parent.mkdir(parents=True)
    node.write_text("#!/bin/sh\necho v22.23.3\n")
    node.chmod(0o755)
    monkeypatch.setattr("sys.frozen", True, raising=False)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path / "bundle"), raising=False)
    monkeypatch.delenv("AI_ADMIN_NODE", raising=False)
    monkeypatch.setenv("PATH", "")
    result = check_node()
    assert result.ok
    assert result.detail == f"Node.js 22.23.3 (bundled with AI Admin) at {node}"


def test_missing_node_is_a_failed_check_not_a_crash(data_paths, capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    monkeypatch.delenv("AI_ADMIN_NODE", raising=False)
    open_database(data_paths.database_url()).dispose()
    assert main(["doctor", "--json"]) == 1
    node = _checks(capsys)["node"]
    assert node["ok"] is False
    assert "Node.js" in node["advice"] and "nodejs.org" in node["advice"]


def test_text_report_gives_advice_under_failures(data_paths, capsys, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert main(["doctor"]) == 1
    out = capsys.readouterr().out
    assert "[FAIL] node" in out
    assert "-> Node.js was not found" in out
    assert "[ok] data_folder" in out


def test_database_behind_on_migrations_is_reported(data_paths) -> None:
    database = Database(data_paths.database_url())
    database.migrate("0001")
    database.dispose()
    result = check_database(data_paths)
    assert not result.ok
    assert "0001" in result.detail and "migrates the database itself" in result.advice


def test_empty_database_is_fine_the_first_start_creates_the_tables(data_paths) -> None:
    sqlite3.connect(data_paths.database_file).close()  # the file, no tables
    results = {r.name: r for r in run_checks(data_paths)}
    assert results["database"].ok and "creates the tables at its first start" in results["database"].detail
    assert results["ai_provider"].ok and "no companies yet" in results["ai_provider"].detail


def test_ai_provider_check_names_the_company_and_the_problem(data_paths) -> None:
    from desktop.bot.ai.providers import ProviderKind, ProviderSettings, save_provider_settings
    from desktop.doctor import check_ai_providers
    from desktop.store.companies import add_company
    from desktop.store.settings import SettingsStore

    database = open_database(data_paths.database_url())
    add_company(database, "Offline Shop", {})
    remote = add_company(database, "Remote Shop", {})
    assert check_ai_providers(data_paths).ok
    # A local server that is not running: unreachable, said plainly.
    save_provider_settings(SettingsStore(database), remote, ProviderSettings(
        ProviderKind.OPENAI_COMPATIBLE, "http://127.0.0.1:9/v1", "llama3.1"))
    database.dispose()
    result = check_ai_providers(data_paths, timeout=3)
    assert not result.ok
    assert "Remote Shop" in result.detail and "Offline Shop" not in result.detail
    assert "Business page" in result.advice


def _shop_with_many_messages(data_paths, count: int = 400) -> None:
    from sqlalchemy import text

    database = open_database(data_paths.database_url())
    from desktop.store.companies import add_company

    company = add_company(database, "Corner Shop", {})
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO customers (id, company_id, phone, notes, tags, first_contact_at,"
            " last_contact_at) VALUES (1, :c, '+15550001111', '', '[]', '2026-01-01', '2026-01-01')"),
            {"c": company})
        connection.execute(text(
            "INSERT INTO conversations (id, company_id, customer_id, ai_enabled, needs_human,"
            " unread_count, last_message_preview) VALUES (1, :c, 1, 1, 0, 0, '')"), {"c": company})
        for n in range(count):
            connection.execute(text(
                "INSERT INTO messages (company_id, conversation_id, wa_id, direction, author, kind,"
                " text, created_at) VALUES (:c, 1, :wa, 'in', 'customer', 'text', :t, '2026-01-01')"),
                {"c": company, "wa": f"W{n}", "t": f"message {n} " + "x" * 200})
    database.dispose()  # the last connection closing folds the WAL into the file


def test_database_with_damaged_pages_is_reported_with_what_to_do(data_paths) -> None:
    _shop_with_many_messages(data_paths)
    file = data_paths.database_file
    assert check_database(data_paths).ok
    page = 4096
    with open(file, "r+b") as raw:
        # Page 1 holds the schema; scribble over pages in the middle, where the messages are.
        raw.seek(page * 8)
        raw.write(b"\xa5" * page * 3)
    result = check_database(data_paths)
    assert not result.ok
    assert "damaged" in result.detail
    assert ".recover" in result.advice and "copy the whole data folder" in result.advice


def test_half_migrated_database_names_the_copy_to_put_back(data_paths) -> None:
    """What an older version left when killed inside 0005: its table made, the version not."""
    database = Database(data_paths.database_url())
    database.migrate("0004")
    database.dispose()
    database = open_database(data_paths.database_url())  # 0004 -> 0005 takes the copy
    database.dispose()
    backups = list(data_paths.root.glob("ai-admin.db.before-0004-*.bak"))
    assert len(backups) == 1
    from sqlalchemy import text

    raw = Database(data_paths.database_url())
    with raw.engine.begin() as connection:  # back to 0004, with 0005's table left behind
        connection.execute(text("UPDATE alembic_version SET version_num = '0004'"))
        connection.execute(text("ALTER TABLE messages DROP COLUMN history"))
    raw.dispose()

    result = check_database(data_paths)
    assert not result.ok
    assert "0004" in result.detail and "already exists" in result.detail
    assert backups[0].name in result.advice and "interrupted" in result.advice
    # The start says the same in one line, and points at doctor.
    import pytest

    from desktop.store.db import DatabaseError

    with pytest.raises(DatabaseError, match=r"before-0004-.*doctor"):
        open_database(data_paths.database_url())
    # Following the advice works: the copy put back migrates and holds its data.
    data_paths.database_file.rename(data_paths.root / "ai-admin.db.half-migrated")
    backups[0].rename(data_paths.database_file)
    assert check_database(data_paths).advice.startswith("Start AI Admin once")
    open_database(data_paths.database_url()).dispose()
    assert check_database(data_paths).ok


def test_half_created_first_start_is_explained(data_paths) -> None:
    from sqlalchemy import text

    raw = Database(data_paths.database_url())
    with raw.engine.begin() as connection:  # an older version killed inside its first step
        connection.execute(text("CREATE TABLE companies (id INTEGER PRIMARY KEY)"))
    raw.dispose()
    result = check_database(data_paths)
    assert not result.ok and "already exists" in result.detail
    assert "holds no shop records" in result.advice and "ai-admin.db.half-created" in result.advice


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb libraries are a Linux matter")
def test_missing_window_libraries_are_named_with_their_packages(tmp_path) -> None:
    fake_ldd = tmp_path / "ldd"
    fake_ldd.write_text("#!/bin/sh\n"
                        "echo '\tlibxcb-cursor.so.0 => not found'\n"
                        "echo '\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x1)'\n"
                        "echo '\tlibxcb-icccm.so.4 => not found'\n")
    fake_ldd.chmod(0o755)
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"")
    result = check_window_libraries(plugin, str(fake_ldd))
    assert not result.ok
    assert result.detail == "missing libxcb-cursor.so.0, libxcb-icccm.so.4: the window cannot open"
    assert "apt-get install libxcb-cursor0 libxcb-icccm4" in result.advice


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb libraries are a Linux matter")
def test_window_libraries_of_this_machine_are_checked_with_the_real_plugin() -> None:
    from desktop.doctor import _xcb_plugin

    assert _xcb_plugin() is not None  # the pip wheel ships it: the check really runs here
    result = check_window_libraries()
    assert result.detail != "" and not result.detail.startswith("not checked"), result
