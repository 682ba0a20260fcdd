"""The AI Admin menu's backups: back up now, and a restore checked, explained, asked for and done
(the file dialogs stand in for the owner's choice)."""

from __future__ import annotations

import asyncio
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.backup import BEFORE_RESTORE_PREFIX, make_backup, read_backup
from desktop.bot.preferences import window_preferences
from desktop.views.app import restore_after_stop
from desktop.views.backup_menu import RestoreResult, show_restore_result


@pytest.fixture
def shop(data_paths, run):
    """The demo shop built as the window's start builds it; its bridges are not started (a
    backup and a restore do not need WhatsApp, and starting one costs seconds)."""
    from desktop.bot.responder import EchoResponder
    from desktop.bot.shop import build_shop
    from desktop.store.companies import ensure_demo_company

    shop = build_shop(data_paths, responder=EchoResponder())
    ensure_demo_company(shop.database)
    shop.runtime.load_companies()
    yield shop

    async def close_bus() -> None:
        shop.runtime.engine.bus.close()   # the window's subscription, never started otherwise
        await asyncio.sleep(0)

    run(close_bus())
    shop.close()


@pytest.fixture
def gui_shop(shop):
    runtime = shop.runtime
    runtime.company_id = 1
    return runtime


def _menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [action.text() for action in menu.actions()]


def _box(window) -> QMessageBox | None:
    box = window.backups.box
    return box if box is not None and box.isVisible() else None


def test_back_up_now_saves_the_file_and_says_what_it_holds(window, gui_shop, qtbot,
                                                           tmp_path) -> None:
    texts = _menu_texts(window)
    assert {"Back up now…", "Restore from backup…", "Back up every day (keeps a week)"} <= set(texts)
    target = tmp_path / "shop.zip"
    window.backups.back_up_action.trigger()
    window.backups.chooser.fileSelected.emit(str(target))
    qtbot.waitUntil(lambda: _box(window) is not None, timeout=20_000)
    box = _box(window)
    assert box.text() == "The backup is saved."
    assert "Demo Barbershop" in box.informativeText() and str(target) in box.informativeText()
    assert read_backup(target).companies == ("Demo Barbershop",)
    assert window.backups.back_up_action.isEnabled()
    box.close()
    # The daily backups are on unless switched off, and the switch is stored.
    assert window.backups.daily_action.isChecked()
    window.backups.daily_action.setChecked(False)
    qtbot.waitUntil(lambda: not window_preferences(gui_shop.database).daily_backups)


def test_restore_from_the_menu_is_checked_explained_asked_and_done(window, gui_shop, run, qtbot,
                                                                   data_paths, tmp_path) -> None:
    received = []
    window.restore_requested.connect(received.append)
    # A file that is no backup: said in plain words, nothing asked of the app.
    spoilt = tmp_path / "holiday-photos.zip"
    spoilt.write_text("not a backup")
    window.backups.restore_action.trigger()
    window.backups.chooser.fileSelected.emit(str(spoilt))
    qtbot.waitUntil(lambda: _box(window) is not None, timeout=20_000)
    assert _box(window).text() == "This backup cannot be restored."
    assert "is not an AI Admin backup. Nothing was changed." in _box(window).informativeText()
    _box(window).close()

    backup = tmp_path / "shop.zip"
    make_backup(data_paths.root, backup)
    run(gui_shop.operations.rename_company(gui_shop.company_id, "Renamed after the backup"))
    window.backups.restore_action.trigger()
    window.backups.chooser.fileSelected.emit(str(backup))
    qtbot.waitUntil(lambda: _box(window) is not None, timeout=20_000)
    box = _box(window)
    assert box.text().startswith("Restore the backup made ")
    detail = box.informativeText()
    assert "Demo Barbershop" in detail
    assert "stops answering customers" in detail and BEFORE_RESTORE_PREFIX in detail
    assert "nothing is deleted" in detail
    # Cancel first: nothing is asked of the app.
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert received == []

    window.backups.check_backup(str(backup))
    qtbot.waitUntil(lambda: _box(window) is not None, timeout=20_000)
    restore = next(b for b in _box(window).buttons() if b.text() == "Restore and restart")
    with qtbot.waitSignal(window.restore_requested) as asked:
        restore.click()
    assert asked.args == [str(backup)]

    # The app's part (views/app.py): the shop stopped, its database closed, the backup put in.
    run(gui_shop.stop())
    result = run(restore_after_stop(gui_shop.database.dispose, data_paths.root, backup))
    assert result.error is None and result.backup.companies == ("Demo Barbershop",)
    assert result.moved_aside.name.startswith(BEFORE_RESTORE_PREFIX)
    with closing(sqlite3.connect(data_paths.database_file)) as db:
        assert db.execute("SELECT name FROM companies").fetchall() == [("Demo Barbershop",)]
    with closing(sqlite3.connect(result.moved_aside / "ai-admin.db")) as db:
        assert db.execute("SELECT name FROM companies").fetchall() == [("Renamed after the backup",)]
    shown = show_restore_result(window, result)
    assert str(result.moved_aside) in shown.informativeText()
    shown.close()


def test_a_refused_restore_is_said_once_the_window_is_back(qtbot) -> None:
    from PySide6.QtWidgets import QWidget

    from desktop.backup import NOT_A_BACKUP, BackupError
    from desktop.reason import Reason

    window = QWidget()
    qtbot.addWidget(window)
    refused = BackupError(Reason(NOT_A_BACKUP, {"path": "x.zip"}))
    box = show_restore_result(window, RestoreResult(error=refused))
    assert box.text() == "The backup was not restored."
    assert "x.zip is not an AI Admin backup" in box.informativeText()
    box.close()


DRIVER = r"""
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.paths import DataPaths
from desktop.views import app as app_module
from desktop.views.main_window import MainWindow

qt = QApplication(sys.argv[:1])
seen = []

def each_window():
    shown = [w for w in qt.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not shown or id(shown[0]) in seen:
        QTimer.singleShot(50, each_window)
        return
    window = shown[0]
    seen.append(id(window))
    print("window", len(seen), window.companies.company(1).name, flush=True)
    if len(seen) == 1:
        window.restore_requested.emit(sys.argv[2])
        QTimer.singleShot(50, each_window)
    else:
        def told():
            boxes = [b for b in window.findChildren(app_module.QMessageBox) if b.isVisible()]
            if not boxes:
                QTimer.singleShot(50, told)
                return
            print("told", boxes[0].text(), flush=True)
            window.quit_requested.emit()
        told()

QTimer.singleShot(0, each_window)
print("exit", app_module.run_window(DataPaths(Path(sys.argv[1]))), flush=True)
"""


@pytest.mark.slow
def test_a_restore_asked_in_the_window_starts_it_again_with_the_restored_data(data_paths,
                                                                           tmp_path) -> None:
    """The app's restart after a restore, in its own process: the first window asks for the
    restore, the second opens on the backup's data and says so (an archived company: no bridge
    needs to start)."""
    import os
    import subprocess
    import sys

    from desktop.bot.preferences import FIRST_RUN_DONE, store_preference
    from desktop.store.companies import add_company, demo_profile
    from desktop.store.db import open_database
    from tests.conftest import REPO_ROOT

    database = open_database(data_paths.database_url())
    company = add_company(database, "In the backup", demo_profile())
    store_preference(database, FIRST_RUN_DONE, True)
    with closing(sqlite3.connect(data_paths.database_file)) as db, db:
        db.execute("UPDATE companies SET archived_at = '2026-12-01 00:00:00' WHERE id = ?", (company,))
    backup = tmp_path / "shop.zip"
    make_backup(data_paths.root, backup)
    with closing(sqlite3.connect(data_paths.database_file)) as db, db:
        db.execute("UPDATE companies SET name = 'Renamed later'")
    database.dispose()

    done = subprocess.run([sys.executable, "-c", DRIVER, str(data_paths.root), str(backup)],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120)
    lines = [line for line in done.stdout.splitlines() if line.split(" ")[0] in
             ("window", "told", "exit")]
    assert lines[:2] == ["window 1 Renamed later", "window 2 In the backup"], done.stderr[-2000:]
    assert lines[2].startswith("told The backup made ") and lines[2].endswith(" is restored.")
    assert lines[3] == "exit 0"
    aside = [p for p in data_paths.root.iterdir() if p.name.startswith(BEFORE_RESTORE_PREFIX)]
    assert len(aside) == 1 and (aside[0] / "ai-admin.db").exists()
