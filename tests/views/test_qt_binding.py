"""The Qt binding must keep Python's reference counts right: one version did not and the app
aborted ("deallocating None") after a few thousand Qt calls on Python 3.11."""

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal()


def test_qt_calls_keep_none_and_true_alive() -> None:
    target = QObject()
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(500):
        target.setObjectName("x")   # returns None
        emitter.changed.emit()      # returns True
    # Other threads may move these counts a little; a leak of references would move them by 500.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
