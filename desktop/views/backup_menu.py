"""The window's backups: "Back up now…", "Restore from backup…" and the daily backups switch.

A backup is made, and a chosen one checked, in a worker thread (`desktop.backup`, through
`asyncio.to_thread`); the window never waits. A restore itself is the app's to do
(`views/app.py`): the window only asks for it (`restore_requested`) once the owner has read what
will happen, and the app stops the bridges, closes the database, puts the backup in place and
opens the window again (`show_restore_result` then says how it went).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from desktop import APP_NAME
from desktop.backup import BEFORE_RESTORE_PREFIX, MANUAL_PREFIX, BackupInfo, make_backup, read_backup
from desktop.bot.runtime import ShopRuntime
from desktop.views.asyncop import BUSY_AFTER_MS, error_text, run_action, show_error
from desktop.views.company_dialogs import isolated_name
from desktop.views.formats import date_time_text, keep_ltr, size_text


@dataclass(frozen=True)
class RestoreResult:
    """How a restore asked for in the window went, shown once the window is open again."""

    backup: BackupInfo | None = None
    moved_aside: Path | None = None
    error: BaseException | None = None


class BusyBox:
    """A busy box shown only when the work takes more than a moment; `close` when it is done."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self.dialog = QProgressDialog(text, "", 0, 0, parent)
        self.dialog.setWindowTitle(APP_NAME)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.reset()   # not shown by itself: the timer shows it
        self._timer = QTimer(self.dialog)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dialog.show)
        self._timer.start(BUSY_AFTER_MS)

    def set_text(self, text: str) -> None:
        self.dialog.setLabelText(text)

    def show_now(self) -> None:
        self._timer.stop()
        self.dialog.show()

    def close(self) -> None:
        self._timer.stop()
        self.dialog.close()


class BackupMenu(QObject):
    """The backup entries of the AI Admin menu and what they do."""

    restore_requested = Signal(str)   # the backup file, checked and confirmed

    def __init__(self, window: QWidget, runtime: ShopRuntime, *, daily_on: bool) -> None:
        super().__init__(window)
        self._window = window
        self._runtime = runtime
        self.back_up_action = QAction(self.tr("Back up now…"), window)
        self.back_up_action.triggered.connect(self.choose_backup_file)
        self.restore_action = QAction(self.tr("Restore from backup…"), window)
        self.restore_action.triggered.connect(self.choose_restore_file)
        self.daily_action = QAction(self.tr("Back up every day (keeps a week)"), window,
                                    checkable=True)
        self.daily_action.setChecked(daily_on)
        self.daily_action.toggled.connect(self.set_daily)
        self.chooser: QFileDialog | None = None
        self.progress: BusyBox | None = None
        self.box: QMessageBox | None = None

    def add_to(self, menu: QMenu) -> None:
        menu.addAction(self.back_up_action)
        menu.addAction(self.restore_action)
        menu.addAction(self.daily_action)

    # -- backing up ----------------------------------------------------------------------------

    def choose_backup_file(self) -> QFileDialog:
        chooser = QFileDialog(self._window, self.tr("Back up AI Admin's data"))
        chooser.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        chooser.setNameFilter(self.tr("AI Admin backup (*.zip)"))
        chooser.setDefaultSuffix("zip")
        chooser.selectFile(f"{MANUAL_PREFIX}{dt.datetime.now().strftime('%Y-%m-%d_%H-%M')}.zip")
        chooser.fileSelected.connect(self.back_up)
        self.chooser = chooser
        chooser.open()
        return chooser

    def back_up(self, path: str) -> asyncio.Future:
        """Write the backup to `path` in a worker thread, then say where it is and what it holds."""
        progress = self._busy(self.tr("Backing up the data folder…"))

        def done(info: BackupInfo) -> None:
            progress.close()
            self._tell(QMessageBox.Icon.Information, self.tr("The backup is saved."), self.tr(
                "%1\n\nIt holds %2 (%3). Keep a copy away from this computer, on a USB stick or "
                "in the cloud: it holds the WhatsApp logins, so keep it private.")
                .replace("%1", keep_ltr(str(info.path)))
                .replace("%2", self._companies(info)).replace("%3", size_text(info.size)))

        def failed(error: BaseException) -> None:
            progress.close()
            self.box = show_error(self._window, self.tr("The backup was not made."), error_text(error))

        return run_action(asyncio.to_thread(make_backup, self._runtime.paths.root, Path(path)),
                          control=self.back_up_action, what=self.tr("Backing up"),
                          on_done=done, on_error=failed)

    # -- restoring -----------------------------------------------------------------------------

    def choose_restore_file(self) -> QFileDialog:
        chooser = QFileDialog(self._window, self.tr("Restore from a backup"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.setNameFilter(self.tr("AI Admin backup (*.zip)"))
        chooser.fileSelected.connect(self.check_backup)
        self.chooser = chooser
        chooser.open()
        return chooser

    def check_backup(self, path: str) -> asyncio.Future:
        """Check the chosen file through (in a worker thread), then ask before restoring it."""
        progress = self._busy(self.tr("Checking the backup…"))

        def checked(info: BackupInfo) -> None:
            progress.close()
            self.confirm_restore(info)

        def failed(error: BaseException) -> None:
            progress.close()
            self.box = show_error(self._window, self.tr("This backup cannot be restored."),
                                  error_text(error))

        return run_action(asyncio.to_thread(read_backup, Path(path)), control=self.restore_action,
                          what=self.tr("Checking the backup"), on_done=checked, on_error=failed)

    def confirm_restore(self, info: BackupInfo) -> QMessageBox:
        """Say what a restore does, and ask for it (`restore_requested` when the owner agrees)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore from backup"),
                          self.tr("Restore the backup made %1?").replace(
                              "%1", date_time_text(info.created_at)),
                          QMessageBox.StandardButton.Cancel, self._window)
        box.setInformativeText(self.tr(
            "It holds %1.\n\n"
            "AI Admin stops answering customers for a moment, moves everything now in its data "
            "folder into a new folder “%2” inside it (nothing is deleted), puts the backup in its "
            "place and starts again.\n\n"
            "Conversations and bookings since the backup was made will not be shown; they stay "
            "in that folder.")
            .replace("%1", self._companies(info))
            .replace("%2", keep_ltr(f"{BEFORE_RESTORE_PREFIX}…")))
        restore = box.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def answered() -> None:
            if box.clickedButton() is restore:
                self.restore_requested.emit(str(info.path))

        box.finished.connect(lambda _result: answered())
        self.box = box
        box.open()
        return box

    # -- the daily backups ---------------------------------------------------------------------

    def set_daily(self, on: bool) -> asyncio.Future:
        def failed(error: BaseException) -> None:
            self.daily_action.blockSignals(True)
            self.daily_action.setChecked(not on)
            self.daily_action.blockSignals(False)
            self.box = show_error(self._window, self.tr("The daily backups did not change."),
                                  error_text(error))

        return run_action(self._runtime.operations.set_daily_backups(on),
                          what=self.tr("Switching the daily backups"), on_error=failed)

    # -- words and boxes -----------------------------------------------------------------------

    def _companies(self, info: BackupInfo) -> str:
        if not info.companies:
            return self.tr("no companies yet")
        return ", ".join(isolated_name(name) for name in info.companies)

    def _busy(self, text: str) -> BusyBox:
        self.progress = BusyBox(self._window, text)
        return self.progress

    def _tell(self, icon: QMessageBox.Icon, text: str, detail: str) -> QMessageBox:
        box = QMessageBox(icon, APP_NAME, text, QMessageBox.StandardButton.Ok, self._window)
        box.setInformativeText(detail)
        self.box = box
        box.open()   # never exec(): a nested loop would stall the asyncio tasks
        return box


def show_restore_result(window: QWidget, result: RestoreResult) -> QMessageBox:
    """Once the window is open again: the restore is done (and where the old data is), or why not."""
    if result.error is not None or result.backup is None:
        box = show_error(window, QCoreApplication.translate("BackupMenu", "The backup was not restored."),
                         error_text(result.error) if result.error is not None else "")
        return box
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME,
                      QCoreApplication.translate("BackupMenu", "The backup made %1 is restored.").replace(
                          "%1", date_time_text(result.backup.created_at)),
                      QMessageBox.StandardButton.Ok, window)
    box.setInformativeText(QCoreApplication.translate(
        "BackupMenu", "The data from before it is in %1 (nothing was deleted; remove that folder yourself once "
        "you are sure). If a company's WhatsApp asks to be linked again, link it on its "
        "Connection page.").replace("%1", keep_ltr(str(result.moved_aside))))
    box.open()
    return box
