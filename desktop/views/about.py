"""The About box: the version, the components AI Admin ships with, and their licence notices.

Opened with `show_about(parent)`, which uses open() (never exec(): a nested event loop would stall
the asyncio tasks running under qasync). "About Qt" is shown the same way.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop import APP_NAME, __version__
from desktop.bridge import node_runtime
from desktop.resources import resources_dir

CHECKOUT_LICENSES = Path(__file__).resolve().parents[2] / "installer" / "licenses"
THIRD_PARTY = "THIRD-PARTY.md"


@dataclass(frozen=True)
class Notice:
    """One licence notice: what it covers and the file with its text."""

    title: str
    file: str


NOTICES = (
    Notice(QT_TRANSLATE_NOOP("AboutDialog", "Qt and PySide6 — LGPL-3.0"), "Qt-LGPL-NOTICE.md"),
    Notice(QT_TRANSLATE_NOOP("AboutDialog", "GNU LGPL version 3"), "LGPL-3.0.txt"),
    Notice(QT_TRANSLATE_NOOP("AboutDialog", "GNU GPL version 3"), "GPL-3.0.txt"),
    Notice(QT_TRANSLATE_NOOP("AboutDialog", "Node.js — MIT and others"), "Node.js-LICENSE.txt"),
    Notice(QT_TRANSLATE_NOOP("AboutDialog", "Baileys (WhatsApp Web library) — MIT"),
           "Baileys-LICENSE.txt"),
    Notice(QT_TRANSLATE_NOOP("AboutDialog", "Every bundled component"), THIRD_PARTY),
)


def licenses_dir() -> Path:
    """`licenses/` inside the installed app; the installer's sources in a checkout."""
    bundle = node_runtime.bundle_dir()
    return bundle / "licenses" if bundle is not None else CHECKOUT_LICENSES


def component_versions() -> list[tuple[str, str]]:
    """(component, version and where it comes from) for the bundled runtimes and libraries."""
    rows = [("Python", platform.python_version()),
            ("Qt", qVersion()),
            ("PySide6", PySide6.__version__)]
    try:
        node, source = node_runtime.find_node_and_source()
        node_text = f"{node_runtime.node_version(node, timeout=3)} ({source})"
    except node_runtime.BridgeSetupError as exc:
        node_text = QCoreApplication.translate("AboutDialog", "not found — %1").replace(
            "%1", str(exc))
    rows.append(("Node.js", node_text))
    package = node_runtime.DEFAULT_BRIDGE_DIR / "node_modules" / "baileys" / "package.json"
    try:
        baileys = json.loads(package.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        baileys = QCoreApplication.translate("AboutDialog", "not installed")
    rows.append(("Baileys", baileys))
    return rows


def about_qt_text() -> str:
    """What Qt's own "About Qt" box says, for a box that can be opened without exec()."""
    return QCoreApplication.translate(
        "AboutDialog",
        "<h3>About Qt</h3><p>This program uses Qt version %1 through Qt for Python "
        "(PySide6 %2).</p>"
        "<p>Qt is a C++ toolkit for cross-platform application development. It provides "
        "single-source portability across desktop, mobile and embedded operating systems.</p>"
        "<p>Qt and Qt for Python are available under commercial licences and as open source "
        "under the GNU Lesser General Public License version 3 (LGPL-3.0), which this program "
        "uses. See <a href='https://www.qt.io/licensing/'>qt.io/licensing</a> for an overview "
        "of Qt licensing.</p>"
        "<p>Copyright © The Qt Company Ltd. and other contributors.</p>"
        "<p>Qt and the Qt logo are trademarks of The Qt Company Ltd.</p>"
        "<p>See <a href='https://www.qt.io/'>qt.io</a> for more information.</p>").replace(
        "%1", qVersion()).replace("%2", PySide6.__version__)


class AboutDialog(QDialog):
    """Version, components and licence texts; a list of notices on the left, the text beside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        self.resize(760, 520)

        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        header = QHBoxLayout()
        header.setSpacing(14)
        icon = QLabel()
        icon.setPixmap(QIcon(str(resources_dir() / "icons" / "app.svg")).pixmap(QSize(56, 56)))
        header.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        heading = QVBoxLayout()
        self.title = QLabel(f"{APP_NAME} {__version__}", objectName="pageTitle")
        heading.addWidget(self.title)
        heading.addWidget(QLabel(self.tr("An AI WhatsApp receptionist for your shop."),
                                 objectName="pageSubtitle"))
        self.components = QLabel(objectName="muted")
        self.components.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.components.setText(" · ".join(f"{name} {version}"
                                           for name, version in component_versions()))
        self.components.setWordWrap(True)
        heading.addWidget(self.components)
        header.addLayout(heading, 1)
        layout.addLayout(header)

        layout.addWidget(QLabel(self.tr("AI Admin ships with these components; their licences:"),
                                objectName="cardTitle"))
        body = QHBoxLayout()
        self.notices = QListWidget()
        self.notices.setFixedWidth(300)
        self.notices.setWordWrap(True)
        self.notices.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        folder = licenses_dir()
        for notice in NOTICES:
            path = folder / notice.file
            if path.is_file():
                item = QListWidgetItem(self.tr(notice.title))
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.notices.addItem(item)
        self.notices.currentItemChanged.connect(self._show_notice)
        body.addWidget(self.notices)
        body.addWidget(self.text, 1)
        layout.addLayout(body, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt_button = buttons.addButton(self.tr("About Qt"),
                                                 QDialogButtonBox.ButtonRole.HelpRole)
        self.about_qt_button.clicked.connect(self.show_about_qt)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.notices.count():
            self.notices.setCurrentRow(0)
        else:
            self.text.setPlainText(self.tr("The licence notices are missing from %1.")
                                   .replace("%1", str(folder)))

    def _show_notice(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        path = Path(item.data(Qt.ItemDataRole.UserRole))
        try:
            content = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            content = str(exc)
        if path.suffix == ".md":
            self.text.setMarkdown(content)
        else:
            self.text.setPlainText(content)
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)

    def show_about_qt(self) -> QMessageBox:
        """Qt's about box, opened with open() (QMessageBox.aboutQt would run a nested loop)."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Qt"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(about_qt_text())
        box.setIconPixmap(QIcon(":/qt-project.org/qmessagebox/images/qtlogo-64.png").pixmap(64, 64))
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        self.about_qt_box = box  # kept for tests and so it is not garbage-collected
        box.open()
        return box


def show_about(parent: QWidget | None = None) -> AboutDialog:
    """Open the About box (non-blocking) and return it."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
