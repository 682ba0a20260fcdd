"""`ai-admin serve`, `status` and `simulate` as a technician uses them over a remote shell."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from desktop.store.companies import ensure_demo_company
from desktop.store.db import open_database
from tests.conftest import REPO_ROOT

pytestmark = pytest.mark.slow


def _cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=timeout)


def _status(env: dict[str, str]) -> dict:
    done = _cli("status", "--json", env=env)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_serve_runs_headless_reports_status_and_stops_cleanly(data_paths) -> None:
    database = open_database(data_paths.database_url())
    ensure_demo_company(database)
    database.dispose()
    env = {**os.environ, "AI_ADMIN_HOME": str(data_paths.root)}
    server = subprocess.Popen([sys.executable, "-m", "desktop", "serve"], env=env, cwd=REPO_ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            report = _status(env)
            company = report["companies"][0]
            if report["running"] and company["live"] and company["state"] == "waiting_qr":
                break
            assert time.monotonic() < deadline, report
            time.sleep(0.3)
        assert report["app_pid"] == server.pid
        bridge_pid = company["bridge_pid"]
        assert psutil.pid_exists(bridge_pid)
        assert company["can_send"] is False
        assert company["outbox"] == {"sent": 0, "failed": 0, "pending": 0}

        second = _cli("serve", env=env, timeout=60)
        assert second.returncode == 3
        assert "already running" in second.stderr

        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=30) == 0
        assert "Traceback" not in server.stderr.read()
        deadline = time.monotonic() + 10
        while psutil.pid_exists(bridge_pid) and psutil.Process(bridge_pid).status() != "zombie":
            assert time.monotonic() < deadline, "the bridge outlived the app"
            time.sleep(0.1)
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()

    text = _cli("status", env=env)
    assert "not running; this is what the database last knew" in text.stdout
    assert "Demo Barbershop (company 1, sim)" in text.stdout
    assert _status(env)["companies"][0]["live"] is False


def test_status_on_a_brand_new_folder_is_not_an_error_and_creates_nothing(tmp_path) -> None:
    home = tmp_path / "fresh"
    env = {**os.environ, "AI_ADMIN_HOME": str(home)}
    env.pop("AI_ADMIN_DATABASE_URL", None)
    done = _cli("status", env=env)
    assert done.returncode == 0, done.stderr
    assert "has not started with this data folder yet" in done.stdout
    assert _status(env) == {"running": False, "app_pid": None, "companies": [], "database": "not_created"}
    assert not home.exists()


def test_status_json_is_json_also_when_the_database_needs_migrating(tmp_path) -> None:
    home = tmp_path / "old"
    home.mkdir()
    sqlite3.connect(home / "ai-admin.db").close()  # a file with no tables: never migrated
    env = {**os.environ, "AI_ADMIN_HOME": str(home)}
    env.pop("AI_ADMIN_DATABASE_URL", None)
    done = _cli("status", "--json", env=env)
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["database"] == "needs_migration" and report["companies"] == []
    assert "start AI Admin once" in report["error"] and "start AI Admin once" in done.stderr


def test_doctor_passes_on_a_brand_new_folder_without_creating_the_database(tmp_path) -> None:
    home = tmp_path / "fresh"
    env = {**os.environ, "AI_ADMIN_HOME": str(home)}
    env.pop("AI_ADMIN_DATABASE_URL", None)
    done = _cli("doctor", "--json", env=env)
    report = json.loads(done.stdout)
    checks = {c["name"]: c for c in report["checks"]}
    assert checks["database"]["ok"] and "not created yet" in checks["database"]["detail"]
    assert checks["ai_provider"]["ok"]
    assert not (home / "ai-admin.db").exists()


def test_simulate_rejects_a_malformed_scenario_before_running(tmp_path) -> None:
    scenario = tmp_path / "broken.jsonl"
    scenario.write_text('{"from": "+972501234567", "say": "hi"}\n{"fault": "meteor"}\n')
    done = _cli("simulate", str(scenario), env=dict(os.environ))
    assert done.returncode == 2
    assert "line 2: unknown fault 'meteor'" in done.stderr
    assert done.stdout == ""


def test_simulate_rejects_a_broken_profile_naming_the_key(tmp_path) -> None:
    scenario = tmp_path / "ok.jsonl"
    scenario.write_text('{"from": "+972501234567", "say": "hi"}\n')
    profile = tmp_path / "profile.json"
    profile.write_text(json.dumps({"name": "Shop", "timezone": "Europe/Moscow", "colour": "red"}))
    done = _cli("simulate", str(scenario), "--profile", str(profile), env=dict(os.environ))
    assert done.returncode == 2
    assert "colour: unknown key" in done.stderr


def test_simulate_prints_the_documented_json_lines(tmp_path) -> None:
    scenario = Path(REPO_ROOT / "docs" / "scenarios" / "split-messages.jsonl")
    done = _cli("simulate", str(scenario), "--json", "--data", str(tmp_path / "sim"),
                env=dict(os.environ))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    incoming = [l for l in lines if l.get("dir") == "in"]
    outgoing = [l for l in lines if l.get("dir") == "out"]
    assert [l["text"] for l in incoming] == ["hi", "i need a beard trim", "friday?"]
    assert all(set(l) == {"t_ms", "dir", "from", "text", "by"} for l in incoming)
    assert len(outgoing) == 1 and set(outgoing[0]) == {"t_ms", "dir", "to", "text", "by"}
    assert outgoing[0]["by"] == "bot" and outgoing[0]["to"] == "+972501234567"
    assert any(l.get("event") == "state" and l["state"] == "connected" for l in lines)
    summary = lines[-1]["summary"]
    assert summary["messages_in"] == 3 and summary["replies"] == 1
    assert summary["customers"] == [{"phone": "+972501234567", "name": "Dana"}]
    assert summary["outbox"] == {"sent": 1, "failed": 0, "pending": 0}
    assert set(summary) == {"messages_in", "replies", "appointments", "customers", "ai_paused",
                            "outbox"}
    times = [l["t_ms"] for l in lines[:-1]]
    assert times == sorted(times)
