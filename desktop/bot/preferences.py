"""The window's own preferences, kept in the app's settings: its language, whether the guided
first start is done, whether staff were told that closing the window keeps the shop answering,
and whether a backup of the data folder is made every day.

The window reads them here and changes them through `Operations` (never through the settings
store itself), so each change is written off the GUI thread and announced as `Changes`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.store.db import Database
from desktop.store.settings import SettingsStore

LANGUAGE = "language"
FIRST_RUN_DONE = "first_run_done"
TRAY_NOTICE_SHOWN = "tray_notice_shown"
DAILY_BACKUPS = "daily_backups"


@dataclass(frozen=True)
class WindowPreferences:
    """What the window starts with; `language` is the code stored (None until one is chosen)."""

    language: str | None = None
    first_run_done: bool = False
    tray_notice_shown: bool = False
    daily_backups: bool = True


def window_preferences(database: Database) -> WindowPreferences:
    """The window's preferences as stored now (one read of the app's settings)."""
    stored = SettingsStore(database).all()
    language = stored.get(LANGUAGE)
    return WindowPreferences(language=language if isinstance(language, str) else None,
                             first_run_done=bool(stored.get(FIRST_RUN_DONE, False)),
                             tray_notice_shown=bool(stored.get(TRAY_NOTICE_SHOWN, False)),
                             daily_backups=bool(stored.get(DAILY_BACKUPS, True)))


def preferences_at_start(database: Database, *, shop_is_new: bool) -> WindowPreferences:
    """The preferences the window opens with. A data folder that already had its companies
    before the guided first start existed is past it: marked done here, never offered."""
    preferences = window_preferences(database)
    if not shop_is_new and not preferences.first_run_done:
        store_preference(database, FIRST_RUN_DONE, True)
        preferences = window_preferences(database)
    return preferences


def store_preference(database: Database, key: str, value: Any) -> None:
    """Write one of the window's preferences (blocking: `Operations` runs it off the loop)."""
    SettingsStore(database).set(key, value)
