"""Running engine actions from widgets: the control is disabled while the action runs, a busy
hint appears when it takes more than a moment, and a failure is shown, never swallowed.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.views.reason_texts import error_text

log = logging.getLogger("ai_admin.views")

BUSY_AFTER_MS = 300


def run_action(coro: Awaitable[Any], *, control: QWidget | None = None,
               busy_text: str | None = None, what: str | None = None,
               on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[BaseException], None] | None = None) -> asyncio.Future:
    """Schedule `coro` on the running loop, guarding `control` until it finishes.

    On failure `on_error` is called, or else a message box (opened, not exec'd: a nested loop
    would stall asyncio) tells the person what failed and why.
    """
    what = what or QCoreApplication.translate("Actions", "That action")
    original_text = control.property("text") if control is not None else None
    busy_timer: QTimer | None = None
    if control is not None:
        control.setEnabled(False)
        if busy_text and original_text is not None:
            busy_timer = QTimer(control)
            busy_timer.setSingleShot(True)
            busy_timer.timeout.connect(lambda: control.setProperty("text", busy_text))
            busy_timer.start(BUSY_AFTER_MS)

    future = asyncio.ensure_future(coro)

    def finished(task: asyncio.Future) -> None:
        if control is not None:
            if busy_timer is not None:
                busy_timer.stop()
                control.setProperty("text", original_text)
            control.setEnabled(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            if on_done is not None:
                on_done(task.result())
            return
        log.warning("%s failed: %s", what, error)
        if on_error is not None:
            on_error(error)
        else:
            show_error(control, QCoreApplication.translate("Actions", "%1 did not work.").replace(
                "%1", what), error_text(error))

    future.add_done_callback(finished)
    return future


def show_error(parent: QWidget | None, text: str, detail: str = "") -> QMessageBox:
    """A non-blocking error box with what failed and why."""
    box = QMessageBox(QMessageBox.Icon.Warning, "AI Admin", text, QMessageBox.StandardButton.Ok,
                      parent)
    if detail:
        box.setInformativeText(detail)
    box.open()
    return box
