"""A company's connection state in a few words and a colour, as the sidebar and headers show it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.bridge import SessionState, SessionStatus
from desktop.views.formats import time_text

GREEN, AMBER, RED, GREY = "#2e9e6a", "#e0a526", "#d64545", "#9aa3af"

COLOURS = {
    SessionState.CONNECTED: GREEN,
    SessionState.STARTING: AMBER, SessionState.CONNECTING: AMBER,
    SessionState.WAITING_QR: AMBER, SessionState.WAITING_PAIRING_CODE: AMBER,
    SessionState.RECONNECTING: AMBER, SessionState.QR_EXPIRED: AMBER,
    SessionState.LOGGED_OUT: RED, SessionState.REPLACED: RED, SessionState.BANNED: RED,
    SessionState.LINKING_BLOCKED: RED, SessionState.BRIDGE_FAILED: RED,
    SessionState.STOPPED: GREY,
}


def _seconds_until(when: dt.datetime | None, now: dt.datetime) -> int:
    return max(0, int((when - now).total_seconds() + 0.999)) if when else 0


def state_words(status: SessionStatus | None, now: dt.datetime | None = None) -> str:
    """"Connected", "Scan the QR code", "Reconnecting in 12 s", "Logged out — link again"..."""
    if status is None:
        return QCoreApplication.translate("StatusWords", "Not started")
    now = now or dt.datetime.now(dt.UTC)
    state = status.state
    if state is SessionState.RECONNECTING:
        seconds = _seconds_until(status.next_attempt_at, now)
        if seconds:
            return QCoreApplication.translate("StatusWords", "Reconnecting in %n s").replace(
                "%n", str(seconds))
        return QCoreApplication.translate("StatusWords", "Reconnecting…")
    if state is SessionState.LINKING_BLOCKED and status.blocked_until:
        return QCoreApplication.translate("StatusWords", "Linking paused until %1").replace(
            "%1", time_text(status.blocked_until))
    words = {
        SessionState.CONNECTED: QCoreApplication.translate("StatusWords", "Connected"),
        SessionState.STARTING: QCoreApplication.translate("StatusWords", "Starting…"),
        SessionState.CONNECTING: QCoreApplication.translate("StatusWords", "Connecting…"),
        SessionState.WAITING_QR: QCoreApplication.translate("StatusWords", "Scan the QR code"),
        SessionState.WAITING_PAIRING_CODE: QCoreApplication.translate(
            "StatusWords", "Enter the code on the phone"),
        SessionState.QR_EXPIRED: QCoreApplication.translate(
            "StatusWords", "QR code expired — ask for a new one"),
        SessionState.LOGGED_OUT: QCoreApplication.translate(
            "StatusWords", "Logged out — link again"),
        SessionState.REPLACED: QCoreApplication.translate(
            "StatusWords", "Used on another computer"),
        SessionState.BANNED: QCoreApplication.translate("StatusWords", "Refused by WhatsApp"),
        SessionState.LINKING_BLOCKED: QCoreApplication.translate("StatusWords", "Linking paused"),
        SessionState.BRIDGE_FAILED: QCoreApplication.translate(
            "StatusWords", "Bridge failed — see Connection"),
        SessionState.STOPPED: QCoreApplication.translate("StatusWords", "Disconnected"),
    }
    return words[state]


def state_colour(status: SessionStatus | None) -> str:
    return GREY if status is None else COLOURS[status.state]


def needs_ticking(status: SessionStatus | None) -> bool:
    """True when the words contain a countdown that must be refreshed every second."""
    return status is not None and status.state is SessionState.RECONNECTING
