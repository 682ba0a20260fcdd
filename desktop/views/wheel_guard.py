"""The wheel guard: a scroll wheel never changes a combo box or spin box that has no focus.

Scrolling a long page (the Business page) with the mouse wheel used to change whatever combo
box passed under the pointer: the AI provider switched to OpenAI on its way down. One filter on
the QApplication sees every wheel event; over a combo box or spin box (QTimeEdit and QDateEdit
are spin boxes) without focus it scrolls the enclosing scroll area instead. Once the owner has
clicked or tabbed into the field, the wheel changes it as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox)


def guarded_field(widget: QWidget) -> QWidget | None:
    """The combo box or spin box `widget` is part of (its line edit, say), or None.

    The walk stops at a window: a combo box's open list is a popup window of its own, and its
    wheel must keep scrolling that list."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, GUARDED):
            return current
        if current.isWindow():
            return None
        current = current.parentWidget()
    return None


def enclosing_scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around `widget` in its window, or None."""
    current = widget.parentWidget()
    while current is not None:
        if isinstance(current, QAbstractScrollArea):
            return current
        if current.isWindow():
            return None
        current = current.parentWidget()
    return None


class WheelGuard(QObject):
    """Application-wide event filter: unfocused combo and spin boxes let the page scroll.

    It also gives such fields Qt.StrongFocus when they are polished, so that a wheel passing
    over one does not focus it (Qt.WheelFocus would, and the next notch would change it)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        field = guarded_field(watched)
        if field is None or field.hasFocus():
            return False
        assert isinstance(event, QWheelEvent)
        area = enclosing_scroll_area(field)
        if area is not None:
            self._scroll(area, watched, event)
            event.accept()
        else:
            # No scroll area of ours: let Qt offer the wheel to the field's parents.
            event.ignore()
        return True

    @staticmethod
    def _scroll(area: QAbstractScrollArea, watched: QWidget, event: QWheelEvent) -> None:
        # Handed on explicitly rather than by propagation: Qt propagates only wheel events that
        # came from the window system, and the scroll must not depend on where the event began.
        viewport = area.viewport()
        position = viewport.mapFromGlobal(event.globalPosition())
        forwarded = QWheelEvent(position, event.globalPosition(), event.pixelDelta(),
                                event.angleDelta(), event.buttons(), event.modifiers(),
                                event.phase(), event.inverted(), event.source())
        QApplication.sendEvent(viewport, forwarded)


def install_wheel_guard(app: QApplication) -> WheelGuard:
    """Install the guard on `app` once; returns the installed guard (kept alive by `app`)."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
