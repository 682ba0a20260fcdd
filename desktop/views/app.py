"""Starting the window: Qt application, qasync loop, single instance, error reporting."""

from __future__ import annotations

import asyncio
import logging
import sys
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

import qasync
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop import APP_NAME, __version__
from desktop.backup import BackupError, restore_backup, shop_daily_backups
from desktop.bot.preferences import preferences_at_start
from desktop.bot.shop import DatabaseError, Shop, build_shop
from desktop.instance import AlreadyRunningError, InstanceLock, activation_channel_name
from desktop.logs import RingBufferHandler, setup_logging
from desktop.paths import DataPaths
from desktop.resources import resources_dir
from desktop.store.companies import has_companies
from desktop.views.backup_menu import BusyBox, RestoreResult, show_restore_result
from desktop.views.engine_signals import EngineSignals
from desktop.views.first_run_flow import open_first_run
from desktop.views.i18n import chosen_language, install_language
from desktop.views.main_window import MainWindow
from desktop.views.wheel_guard import install_wheel_guard

log = logging.getLogger("ai_admin.app")

ACTIVATE = b"activate\n"
EXIT_ALREADY_RUNNING = 3


def ask_running_instance_to_activate(channel: str, timeout_ms: int = 2000) -> bool:
    """Tell the instance listening on `channel` to bring its window forward; True if it heard."""
    socket = QLocalSocket()
    socket.connectToServer(channel)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    delivered = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return delivered


class ActivationServer:
    """Listens for a second start of the app and brings this window forward instead."""

    def __init__(self, channel: str, window: MainWindow) -> None:
        self._window = window
        self._server = QLocalServer()
        # A server left behind by a crashed instance would block listen() on Unix.
        QLocalServer.removeServer(channel)
        if not self._server.listen(channel):
            log.warning("Cannot listen for a second start (%s)", self._server.errorString())
        self._server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self._server.hasPendingConnections():
            connection = self._server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._on_message(c))

    def _on_message(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll().data()).startswith(ACTIVATE.strip()):
            log.info("A second start of %s brought this window forward", APP_NAME)
            self._window.bring_forward()
        connection.disconnectFromServer()

    def close(self) -> None:
        self._server.close()


class ErrorReporter:
    """The excepthook of the window: unexpected errors are logged and shown, never swallowed."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent
        self._box: QMessageBox | None = None

    def __call__(self, kind: type[BaseException], error: BaseException,
                 trace: TracebackType | None) -> None:
        log.critical("Unexpected error", exc_info=(kind, error, trace))
        if isinstance(error, KeyboardInterrupt):
            QApplication.quit()
            return
        if self._box is not None and self._box.isVisible():
            return  # one box at a time; the log has every occurrence
        self._box = QMessageBox(QMessageBox.Icon.Critical, APP_NAME,
                                QCoreApplication.translate(
                                    "ErrorReporter",
                                    "Something went wrong, but AI Admin keeps running."),
                                QMessageBox.StandardButton.Ok, self._parent)
        self._box.setInformativeText(f"{kind.__name__}: {error}")
        self._box.setDetailedText("".join(traceback.format_exception(kind, error, trace)))
        # open(), not exec(): a nested event loop would stall the asyncio tasks (qasync).
        self._box.open()


def run_window(paths: DataPaths, *, quit_after_shown: bool = False) -> int:
    """Open the main window and run until it is closed; returns the exit code.

    A restore from the window ends one run (bridges stopped, database closed, the backup put in
    place) and starts the next with the restored data, in the same process and under the same
    instance lock, so no other AI Admin can take the folder in between.
    """
    paths.ensure()
    log_lines = setup_logging(paths.logs_dir)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "app.svg")))
    # Scrolling a page never changes the combo or spin box under the pointer (issue 16).
    install_wheel_guard(app)
    style = resources_dir() / "style.qss"
    if style.is_file():
        app.setStyleSheet(style.read_text(encoding="utf-8"))

    lock = InstanceLock(paths.lock_file)
    channel = activation_channel_name(paths.root)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        if ask_running_instance_to_activate(channel):
            print(f"{APP_NAME} is already running: its window was brought forward.")
            return 0
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        return EXIT_ALREADY_RUNNING

    try:
        restored: RestoreResult | None = None
        while True:
            try:
                shop = build_shop(paths)
            except DatabaseError as exc:
                log.error("%s", exc)
                QMessageBox.critical(None, APP_NAME, str(exc))
                return 2
            outcome = _run_shop_window(app, shop, paths, log_lines, channel, quit_after_shown,
                                       restored)
            if outcome.restore_from is None:
                return 0
            restored = outcome.restored
            log.info("Starting again with the restored data")
    finally:
        lock.release()


@dataclass
class WindowRun:
    """How one run of the window ended: closed, or to start again after a restore."""

    restore_from: Path | None = None
    restored: RestoreResult | None = None


def _run_shop_window(app: QApplication, shop: Shop, paths: DataPaths,
                     log_lines: RingBufferHandler, channel: str, quit_after_shown: bool,
                     restored: RestoreResult | None) -> WindowRun:
    try:
        # A fresh data folder gets the guided setup for the owner's own shop (the demo shop
        # only when the owner asks to try it there); a folder with companies is past that.
        preferences = preferences_at_start(
            shop.database, shop_is_new=not has_companies(shop.database))
        first_run = not preferences.first_run_done and not quit_after_shown
        install_language(app, chosen_language(preferences.language))
        runtime = shop.runtime
        runtime.load_companies()
        signals = EngineSignals()
        window = MainWindow(runtime, signals, paths, log_lines)
        activation = ActivationServer(channel, window)
        sys.excepthook = ErrorReporter(window)
        try:
            return _run_loop(app, window, shop, signals, quit_after_shown, first_run, restored)
        finally:
            activation.close()
            window.tray.hide()
            window.deleteLater()
    finally:
        shop.close()


def _run_loop(app: QApplication, window: MainWindow, shop: Shop, signals: EngineSignals,
              quit_after_shown: bool, first_run: bool = False,
              restored: RestoreResult | None = None) -> WindowRun:
    runtime = shop.runtime
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    # Closing the window asks to quit; the bridges are stopped cleanly before the loop ends.
    app.setQuitOnLastWindowClosed(False)
    closed = asyncio.Event()
    ended = WindowRun()
    app.aboutToQuit.connect(closed.set)
    window.quit_requested.connect(closed.set)

    def restore_asked(path: str) -> None:
        ended.restore_from = Path(path)
        closed.set()

    window.restore_requested.connect(restore_asked)
    daily = shop_daily_backups(shop.paths, shop.database)

    async def run_shop() -> None:
        # The window is already on screen: the bridges start behind it.
        signals.attach(runtime.engine.bus)
        await runtime.start()
        backups.append(asyncio.ensure_future(daily.run()))
        # Load the AI behind the window, before the first customer writes.
        await runtime.engine.responder.warm_up()
        log.info("Answering for %d companies", len(runtime.sessions))

    backups: list[asyncio.Future] = []
    window.show()
    log.info("%s %s started, window shown", APP_NAME, __version__)
    if first_run:
        QTimer.singleShot(0, lambda: open_first_run(window, runtime, signals))
    if restored is not None:
        QTimer.singleShot(0, lambda: show_restore_result(window, restored))
    if quit_after_shown:
        def report_and_quit() -> None:
            # The start-up benchmark times the process from its launch to this line.
            print("window shown", flush=True)
            closed.set()
        QTimer.singleShot(0, report_and_quit)

    async def main() -> None:
        started = None if quit_after_shown else asyncio.ensure_future(run_shop())
        await closed.wait()
        # Hidden, the pages stop their refresh timers: nothing reads the database meanwhile.
        window.hide()
        window.tray.hide()
        busy = None
        if ended.restore_from is not None:
            busy = BusyBox(None, QCoreApplication.translate(
                "BackupMenu", "Stopping WhatsApp and the receptionist…"))
            busy.show_now()
        if started is not None:
            if not started.done():
                started.cancel()
            log.info("Stopping the bridges")
            await runtime.stop()
        for task in backups:
            task.cancel()
        await daily.stop()   # a daily backup being made is finished, not cut off; no other starts
        if ended.restore_from is not None and busy is not None:
            busy.set_text(QCoreApplication.translate("BackupMenu", "Restoring the backup…"))
            ended.restored = await restore_after_stop(shop.close, shop.paths.root, ended.restore_from)
            busy.close()

    try:
        with loop:
            loop.run_until_complete(main())
    finally:
        app.aboutToQuit.disconnect(closed.set)
    if ended.restore_from is None:
        log.info("%s closed", APP_NAME)
    return ended


async def restore_after_stop(close_database: Callable[[], None], data_dir: Path,
                             backup: Path) -> RestoreResult:
    """Put `backup` in the data folder's place once the shop is stopped: the database is closed
    first (nothing may hold its files). A refusal leaves the folder as it was."""
    close_database()
    try:
        outcome = await asyncio.to_thread(restore_backup, backup, data_dir)
    except BackupError as exc:
        log.error("The backup was not restored: %s", exc)
        return RestoreResult(error=exc)
    except Exception as exc:
        log.exception("The backup was not restored")
        return RestoreResult(error=exc)
    return RestoreResult(outcome.backup, outcome.moved_aside)
