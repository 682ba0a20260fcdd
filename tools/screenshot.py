"""Saves a screenshot of the main window, for docs/screenshots/ (run under xvfb-run).

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python tools/screenshot.py docs/screenshots/main-window.png
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.paths import DataPaths  # noqa: E402
from desktop.resources import resources_dir  # noqa: E402
from desktop.store.companies import ensure_demo_company  # noqa: E402
from desktop.store.db import open_database  # noqa: E402
from desktop.views.main_window import MainWindow  # noqa: E402


def main(target: str) -> None:
    app = QApplication(sys.argv)
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    paths = DataPaths(Path(tempfile.mkdtemp(prefix="ai-admin-shot-"))).ensure()
    database = open_database(paths.database_url())
    ensure_demo_company(database)
    window = MainWindow(database, paths)
    window.show()

    def grab() -> None:
        window.grab().save(target)
        app.quit()

    QTimer.singleShot(800, grab)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1])
