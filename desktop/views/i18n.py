"""Languages: English (the source), Russian and Hebrew, through Qt's translation files.

`.ts` sources live in resources/translations/ and are compiled to `.qm` by `make`; Qt's own
translations (standard buttons, dialogs) come with PySide6. Hebrew turns the whole layout right to
left. The choice is one of the window's preferences (`desktop.bot.preferences`, changed through
`Operations.choose_language`); it applies from the next start of the window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication

from desktop.resources import resources_dir

log = logging.getLogger("ai_admin.views")

LANGUAGES = {"en": "English", "ru": "Русский", "he": "עברית"}
RIGHT_TO_LEFT = {"he"}

_installed: list[QTranslator] = []


def translations_dir():
    return resources_dir() / "translations"


def chosen_language(stored: str | None) -> str:
    """The window's language from the stored choice: English when none (or an unknown one)."""
    return stored if stored in LANGUAGES else "en"


def install_language(app: QApplication, code: str) -> bool:
    """Load the app's and Qt's translations for `code` and set direction and locale.

    Returns False when the app's own translation file is missing (the window stays English).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(code) if code in LANGUAGES else QLocale(QLocale.Language.English)
    QLocale.setDefault(locale)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if code in RIGHT_TO_LEFT
                           else Qt.LayoutDirection.LeftToRight)
    if code == "en":
        return True
    ours = QTranslator()
    found = ours.load(str(translations_dir() / f"ai_admin_{code}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("No translation file for %s; run `make` to build the translations", code)
    qt_own = QTranslator()
    if qt_own.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    return found
