"""The wheel guard: scrolling a page never changes a combo or spin box that has no focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt, QTime
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.views.wheel_guard import WheelGuard, install_wheel_guard


@pytest.fixture
def guard(qapp):
    installed = install_wheel_guard(qapp)
    yield installed
    qapp.removeEventFilter(installed)
    installed.setParent(None)  # gone with this test: the next one installs its own


def _page(qtbot, field: QWidget) -> QScrollArea:
    """A scroll area whose content is much taller than it, with `field` at the top."""
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.addWidget(field)
    layout.addSpacing(3000)
    area = QScrollArea()
    area.setWidget(content)
    area.resize(300, 200)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area


def _wheel_down(widget: QWidget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["Offline assistant", "OpenAI", "Anthropic"])
    return combo


def test_wheel_over_an_unfocused_combo_scrolls_the_page_instead(qtbot, guard) -> None:
    combo = _combo()
    area = _page(qtbot, combo)
    assert not combo.hasFocus()
    _wheel_down(combo)
    assert combo.currentIndex() == 0
    assert area.verticalScrollBar().value() > 0


def test_wheel_over_a_focused_combo_changes_it(qtbot, guard) -> None:
    combo = _combo()
    area = _page(qtbot, combo)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel_down(combo)
    assert combo.currentIndex() == 1
    assert area.verticalScrollBar().value() == 0


def test_without_the_guard_the_wheel_changes_an_unfocused_combo(qtbot) -> None:
    # The defect the guard exists for: the check above would fail without it.
    combo = _combo()
    area = _page(qtbot, combo)
    _wheel_down(combo)
    assert combo.currentIndex() == 1
    assert area.verticalScrollBar().value() == 0


def test_time_edit_without_focus_keeps_its_time_and_gets_strong_focus(qtbot, guard) -> None:
    edit = QTimeEdit(QTime(10, 0))
    area = _page(qtbot, edit)
    assert edit.focusPolicy() == Qt.FocusPolicy.StrongFocus
    _wheel_down(edit.lineEdit())
    assert edit.time() == QTime(10, 0)
    assert area.verticalScrollBar().value() > 0


def test_the_guard_is_installed_once(qapp, guard) -> None:
    assert install_wheel_guard(qapp) is guard
    assert len(qapp.findChildren(WheelGuard)) == 1
