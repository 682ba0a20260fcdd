"""`ai-admin doctor`: accurate checks, advice on failure, a non-zero exit code when anything fails."""

from __future__ import annotations

import json

from desktop.doctor import check_database, run_checks
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


def test_empty_database_tells_to_start_once(data_paths) -> None:
    result = next(r for r in run_checks(data_paths) if r.name == "database")
    assert not result.ok and "Start AI Admin once" in result.advice


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
