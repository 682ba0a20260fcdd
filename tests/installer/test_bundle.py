"""The installed app: build the one-folder bundle and run it on a PC without Python or Node.js.

The build is cached under build/installer/ and dist/ai-admin/ carries a stamp of its inputs, so
only the first run (or a change to the app) pays for PyInstaller.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO_ROOT

pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install '.[installer]')")

pytestmark = [pytest.mark.slow, pytest.mark.timeout(1800)]

APP = REPO_ROOT / "dist" / "ai-admin"
EXE = APP / ("ai-admin.exe" if sys.platform == "win32" else "ai-admin")
CLI = APP / ("ai-admin-cli.exe" if sys.platform == "win32" else "ai-admin")
SCENARIO = REPO_ROOT / "docs" / "scenarios" / "booking-en.jsonl"
NOW = "2026-03-18T09:00:00+03:00"


@pytest.fixture(scope="module")
def bundle() -> Path:
    done = subprocess.run([sys.executable, str(REPO_ROOT / "installer" / "build.py"), "--no-archive"],
                          cwd=REPO_ROOT, capture_output=True, text=True, timeout=1700)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert EXE.is_file()
    return APP


def _bare_env(tmp_path: Path) -> dict[str, str]:
    """A PC without Python or Node.js: PATH is empty, the home and data folders are fresh."""
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    env = {"PATH": "", "HOME": str(home), "AI_ADMIN_HOME": str(tmp_path / "data"),
           "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen", "TMPDIR": str(tmp_path)}
    for name in ("SYSTEMROOT", "SYSTEMDRIVE", "USERPROFILE", "LOCALAPPDATA", "APPDATA", "TEMP",
                 "TMP"):  # Windows cannot start a process without these
        if name in os.environ:
            env[name] = os.environ[name]
    return env


def _simulate(command: list[str], env: dict[str, str], *extra: str) -> list[dict]:
    done = subprocess.run([*command, "simulate", str(SCENARIO), "--json", "--now", NOW, *extra],
                          env=env, capture_output=True, text=True, timeout=300, cwd=env["HOME"])
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


def test_bundle_contents(bundle) -> None:
    internal = bundle / "_internal"
    node = internal / "node" / ("node.exe" if sys.platform == "win32" else "node")
    assert node.is_file() and os.access(node, os.X_OK)
    bridge = internal / "bridge"
    assert (bridge / "bridge.mjs").is_file() and (bridge / "lib" / "wire.mjs").is_file()
    baileys = json.loads((bridge / "node_modules" / "baileys" / "package.json").read_text())
    assert baileys["version"] == "7.0.0-rc14"
    assert sorted(p.name for p in (internal / "desktop" / "store" / "migrations" / "versions")
                  .glob("0*.py"))[:1] == ["0001_shop_records.py"]
    assert (internal / "resources" / "demo_profile.json").is_file()
    licences = internal / "licenses"
    for name in ("THIRD-PARTY.md", "Qt-LGPL-NOTICE.md", "LGPL-3.0.txt", "Node.js-LICENSE.txt",
                 "Baileys-LICENSE.txt"):
        assert (licences / name).is_file(), name
    third_party = (licences / "THIRD-PARTY.md").read_text(encoding="utf-8")
    assert "| baileys | 7.0.0-rc14 | MIT |" in third_party and "PySide6" in third_party
    qt_modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*.*")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtNetwork"} <= qt_modules
    assert not qt_modules & {"QtWebEngineCore", "QtCharts", "QtQml", "QtQuick", "QtPdf"}
    # The SVG icon is drawn by Qt's SVG plugins (no Python module needed for that).
    plugins = internal / "PySide6" / "Qt" / "plugins"
    assert list((plugins / "iconengines").glob("*qsvgicon*"))
    assert list((plugins / "imageformats").glob("*qsvg*"))


def test_bundle_runs_without_python_or_node_on_path(bundle, tmp_path) -> None:
    env = _bare_env(tmp_path)
    done = subprocess.run([str(CLI), "--version"], env=env, capture_output=True, text=True,
                          timeout=60, cwd=env["HOME"])
    assert done.returncode == 0 and "0." in done.stdout, done.stderr

    # The scenario through the bundle: bundled Node.js, bridge, offline AI and migrations.
    frozen = _simulate([str(CLI)], env, "--data", env["AI_ADMIN_HOME"])
    from_source = _simulate([sys.executable, "-m", "desktop"],
                            {**os.environ, "HOME": env["HOME"], "PYTHONPATH": str(REPO_ROOT)})
    summary = frozen[-1]["summary"]
    assert summary["appointments"] == from_source[-1]["summary"]["appointments"]
    assert len(summary["appointments"]) == 4 and summary["outbox"]["failed"] == 0
    assert [(l.get("dir"), l.get("text")) for l in frozen[:-1]] == \
        [(l.get("dir"), l.get("text")) for l in from_source[:-1]]

    # `doctor` on the data folder the run above created: every check passes, on the bundled Node.
    done = subprocess.run([str(CLI), "doctor", "--json"], env=env, capture_output=True,
                          text=True, timeout=120, cwd=env["HOME"])
    report = json.loads(done.stdout)
    checks = {check["name"]: check for check in report["checks"]}
    assert done.returncode == 0 and report["ok"], checks
    assert "(bundled with AI Admin)" in checks["node"]["detail"]
    assert str(bundle / "_internal" / "node") in checks["node"]["detail"]
    assert str(bundle / "_internal" / "bridge") in checks["bridge_dependencies"]["detail"]
    assert "simulator mode" in checks["bridge_starts"]["detail"]


def test_bundled_window_opens_and_closes(bundle, tmp_path) -> None:
    """Qt's platform plugins, styles and icons are in the bundle: the window shows and quits."""
    env = _bare_env(tmp_path)
    done = subprocess.run([str(EXE), "--quit-after-shown"], env=env, capture_output=True,
                          text=True, timeout=120, cwd=env["HOME"])
    assert done.returncode == 0, done.stderr[-3000:]
    assert "window shown" in done.stdout
    log = (tmp_path / "data" / "logs" / "ai-admin.log").read_text(encoding="utf-8")
    assert "Migrating the database from empty" in log and "AI Admin closed" in log
