"""The About box: version, bundled components and their licence texts, Qt's notice; never modal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QWidget

from desktop import __version__
from desktop.views.about import AboutDialog, component_versions, licenses_dir, show_about


def test_show_about_opens_without_blocking_and_shows_the_version(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_about(parent)  # returns at once: open(), not exec()
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.isModal()
    assert __version__ in dialog.title.text()
    assert "Node.js" in dialog.components.text() and "Baileys 7.0.0-rc14" in dialog.components.text()
    dialog.close()


def test_licence_texts_of_the_bundled_components(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    titles = [dialog.notices.item(i).text() for i in range(dialog.notices.count())]
    assert any("Qt and PySide6" in t for t in titles)
    assert any("Node.js" in t for t in titles) and any("Baileys" in t for t in titles)
    dialog.notices.setCurrentRow(titles.index(next(t for t in titles if "Baileys" in t)))
    assert "MIT License" in dialog.text.toPlainText()
    dialog.notices.setCurrentRow(0)
    assert "GNU Lesser General Public License" in dialog.text.toPlainText()


def test_about_qt_is_opened_without_a_nested_loop(qtbot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.open()
    dialog.about_qt_button.click()
    box = dialog.about_qt_box
    assert box.isVisible() and qVersion() in box.text() and "LGPL" in box.text()
    assert box.textFormat() == Qt.TextFormat.RichText
    box.close()


def test_checkout_reads_the_installer_notices() -> None:
    folder = licenses_dir()
    assert folder == Path(__file__).resolve().parents[2] / "installer" / "licenses"
    for name in ("Qt-LGPL-NOTICE.md", "LGPL-3.0.txt", "GPL-3.0.txt", "Node.js-LICENSE.txt",
                 "Baileys-LICENSE.txt"):
        assert (folder / name).is_file(), name
    assert dict(component_versions())["Python"].startswith("3.")
