"""Every string of the window is translated into Russian and Hebrew, and Hebrew is right to left.

Two checks: the committed .ts files hold a finished translation for every string the code asks to
translate (and are up to date with the code), and a walk over the main window's visible widgets
in each language finds no English text left over (a string someone forgot to mark).
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop.views.i18n import install_language, translations_dir
from tests.conftest import REPO_ROOT

LANGUAGES = ("ru", "he")
# Text that is the same in every language: data, numbers, times, codes, names of languages.
NEUTRAL = re.compile(r"^[\d\s:.,+\-–—/%()×✓✗‹›#@|]*$|^https?://|^[A-Z]{3}$")


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [(context.findtext("name") or "", message.findtext("source") or "",
             message.find("translation"))
            for context in root.iter("context") for message in context.iter("message")]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_has_a_finished_translation(language: str) -> None:
    missing = [f"{context}: {source!r}" for context, source, translation in
               _messages(translations_dir() / f"ai_admin_{language}.ts")
               if translation is None or translation.get("type") in ("unfinished", "obsolete",
                                                                     "vanished")
               or not (translation.text or "").strip() and not translation.findall("numerusform")]
    assert missing == [], f"{len(missing)} strings are not translated into {language}"


def test_translation_files_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in (REPO_ROOT / "desktop" / "views").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(fresh)], check=True)
    wanted = {(c, s) for c, s, _ in _messages(fresh)}
    for language in LANGUAGES:
        have = {(c, s) for c, s, _ in _messages(translations_dir() / f"ai_admin_{language}.ts")}
        assert wanted - have == set(), (
            f"strings missing from ai_admin_{language}.ts: run tools/update_translations.py")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory) -> Path:
    """The .qm files as `make` builds them (built here too, so the test runs on its own)."""
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for language in LANGUAGES:
        ts = translations_dir() / f"ai_admin_{language}.ts"
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    return translations_dir()


def _visible_texts(root: QWidget) -> dict[str, str]:
    """Every piece of interface text a person can see in `root`, keyed by where it is."""
    found: dict[str, str] = {}

    def keep(where: str, text: str) -> None:
        text = re.sub(r"<[^>]+>", " ", text or "").replace("&", "").strip()
        if text and not NEUTRAL.match(text):
            found[where] = text

    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        name = f"{type(widget).__name__}:{widget.objectName()}:{id(widget)}"
        if isinstance(widget, QLabel):
            keep(name, widget.text())
        elif isinstance(widget, QAbstractButton):
            keep(name, widget.text())
        elif isinstance(widget, QLineEdit):
            keep(name + ":placeholder", widget.placeholderText())
        elif isinstance(widget, QPlainTextEdit):
            keep(name + ":placeholder", widget.placeholderText())
        elif isinstance(widget, QGroupBox):
            keep(name, widget.title())
        elif isinstance(widget, QComboBox) and not widget.isEditable():
            for n in range(widget.count()):
                keep(f"{name}:{n}", widget.itemText(n))
        elif isinstance(widget, QTabWidget):
            for n in range(widget.count()):
                keep(f"{name}:tab{n}", widget.tabText(n))
        keep(name + ":tooltip", widget.toolTip())
    return found


def _window_texts(qtbot, gui_shop, run, data_paths, language: str) -> list[str]:
    from desktop.views.engine_signals import EngineSignals
    from desktop.views.main_window import MainWindow

    app = QApplication.instance()
    install_language(app, language)
    try:
        signals = EngineSignals()
        window = MainWindow(gui_shop, signals, data_paths)
        qtbot.addWidget(window)
        window.show()
        texts: list[str] = []
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            qtbot.wait(10)
            texts += _visible_texts(window).values()
        texts += [action.text() for action in window.menuBar().actions()]
        direction = window.layoutDirection()
        window.close()
        return texts, direction
    finally:
        install_language(app, "en")


def _data_words(gui_shop) -> set[str]:
    # The shop's own words (its name, services, FAQ) are data, not interface.
    from desktop.store.models import Company

    with gui_shop.database.session() as session:
        company = session.get(Company, gui_shop.company_id)
        profile = company.profile
    words = {company.name, profile.get("address", ""), profile.get("timezone", "")}
    for service in profile.get("services", []):
        words |= {service["name"], ", ".join(service.get("aliases", []))}
    for entry in profile.get("faq", []):
        words |= {entry["q"], entry["a"]}
    return words


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_english_left_in_the_window(qtbot, gui_shop, run, data_paths, compiled,
                                       language) -> None:
    english, _ = _window_texts(qtbot, gui_shop, run, data_paths, "en")
    translated, direction = _window_texts(qtbot, gui_shop, run, data_paths, language)
    allowed = _data_words(gui_shop) | {"English", "Русский", "עברית", "AI Admin", "OpenAI"}
    left = sorted({text for text in set(english) & set(translated)
                   if text not in allowed and not text.startswith(str(data_paths.root))
                   and "Data folder" not in text})
    assert left == [], f"untranslated in {language}: {left}"
    expected = Qt.LayoutDirection.RightToLeft if language == "he" else \
        Qt.LayoutDirection.LeftToRight
    assert direction == expected


@pytest.mark.parametrize("language", ("en", *LANGUAGES))
def test_the_window_fits_a_small_screen_in_every_language(qtbot, gui_shop, data_paths, compiled,
                                                          language) -> None:
    """A front-desk PC with a 1024x700 screen shows the whole window in any language (Russian
    words are the longest): no page may ask for more room than that, title bar and taskbar
    aside."""
    from desktop.resources import resources_dir
    from desktop.views.engine_signals import EngineSignals
    from desktop.views.main_window import MainWindow

    app = QApplication.instance()
    style = app.styleSheet()
    app.setStyleSheet((resources_dir() / "style.qss").read_text(encoding="utf-8"))
    install_language(app, language)
    try:
        window = MainWindow(gui_shop, EngineSignals(), data_paths)
        qtbot.addWidget(window)
        needed = window.minimumSizeHint()
        pages = {window.tabs.tabText(i): window.tabs.widget(i).minimumSizeHint()
                 for i in range(window.tabs.count())}
        window.close()
    finally:
        install_language(app, "en")
        app.setStyleSheet(style)
    assert needed.width() <= 1024 and needed.height() <= 640, (needed, pages)
