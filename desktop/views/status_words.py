"""Every word the window has for a company's connection state, in one table per kind of text.

A state's colour, its few words for the sidebar ("Reconnecting in 12 s"), its name in a history of
changes ("logged out"), what it means in a sentence or two, and a status with its reason. Reasons
themselves (why the state changed) are translated by code in `reason_texts`.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from desktop.bridge import SessionState, SessionStatus
from desktop.reason import Reason
from desktop.views.formats import time_text
from desktop.views.reason_texts import reason_text

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


def overall_colour(statuses: list[SessionStatus]) -> str:
    """Red if any company cannot work, amber while any is on its way, green when all are fine."""
    colours = {COLOURS[status.state] for status in statuses}
    for colour in (RED, AMBER):
        if colour in colours:
            return colour
    return GREEN if colours == {GREEN} else GREY


def needs_attention(state: SessionState) -> bool:
    """True for a state in which the company cannot answer until someone acts (a red state)."""
    return COLOURS[state] == RED


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


# -- what a state means, and its name in a history ------------------------------------------------

def state_explanation(state: SessionState) -> str:
    """What a connection state means, in a sentence or two (STATE_GUIDE's explanation)."""
    texts = {
        SessionState.STOPPED: QCoreApplication.translate(
            "StatusWords", "WhatsApp is not connected for this company."),
        SessionState.STARTING: QCoreApplication.translate(
            "StatusWords", "Starting the WhatsApp bridge…"),
        SessionState.WAITING_QR: QCoreApplication.translate(
            "StatusWords",
            "Scan the QR code: on the phone open WhatsApp → Linked devices → Link a device. "
            "Or link with a code sent to the phone number instead."),
        SessionState.WAITING_PAIRING_CODE: QCoreApplication.translate(
            "StatusWords",
            "Type the pairing code on the phone: WhatsApp → Linked devices → Link a device → "
            "Link with phone number instead."),
        SessionState.CONNECTING: QCoreApplication.translate(
            "StatusWords", "Connecting to WhatsApp…"),
        SessionState.CONNECTED: QCoreApplication.translate(
            "StatusWords", "Connected: messages are received and answered."),
        SessionState.RECONNECTING: QCoreApplication.translate(
            "StatusWords", "The connection dropped; reconnecting by itself."),
        SessionState.QR_EXPIRED: QCoreApplication.translate(
            "StatusWords",
            "The QR code expired before the phone scanned it. Ask for a new one when the phone "
            "is at hand."),
        SessionState.LOGGED_OUT: QCoreApplication.translate(
            "StatusWords",
            "This computer is not linked to WhatsApp any more: link the phone again."),
        SessionState.REPLACED: QCoreApplication.translate(
            "StatusWords",
            "Another computer or program took over this WhatsApp session. Close it there, then "
            "connect here."),
        SessionState.BANNED: QCoreApplication.translate(
            "StatusWords",
            "WhatsApp refused this number (it may be banned). Nothing is retried; check the "
            "WhatsApp app on the phone."),
        SessionState.LINKING_BLOCKED: QCoreApplication.translate(
            "StatusWords",
            "Too many linking attempts in a short time; WhatsApp may refuse new links for hours. "
            "Wait until the stated time, then try again."),
        SessionState.BRIDGE_FAILED: QCoreApplication.translate(
            "StatusWords", "The WhatsApp bridge could not run."),
    }
    return texts[state]


def state_name(value: str) -> str:
    """A state's short name for a history of changes ("connected", "logged out")."""
    names = {
        SessionState.STOPPED.value: QCoreApplication.translate("StatusWords", "stopped"),
        SessionState.STARTING.value: QCoreApplication.translate("StatusWords", "starting"),
        SessionState.WAITING_QR.value: QCoreApplication.translate("StatusWords", "waiting qr"),
        SessionState.WAITING_PAIRING_CODE.value: QCoreApplication.translate(
            "StatusWords", "waiting pairing code"),
        SessionState.CONNECTING.value: QCoreApplication.translate("StatusWords", "connecting"),
        SessionState.CONNECTED.value: QCoreApplication.translate("StatusWords", "connected"),
        SessionState.RECONNECTING.value: QCoreApplication.translate(
            "StatusWords", "reconnecting"),
        SessionState.QR_EXPIRED.value: QCoreApplication.translate("StatusWords", "qr expired"),
        SessionState.LOGGED_OUT.value: QCoreApplication.translate("StatusWords", "logged out"),
        SessionState.REPLACED.value: QCoreApplication.translate("StatusWords", "replaced"),
        SessionState.BANNED.value: QCoreApplication.translate("StatusWords", "banned"),
        SessionState.LINKING_BLOCKED.value: QCoreApplication.translate(
            "StatusWords", "linking blocked"),
        SessionState.BRIDGE_FAILED.value: QCoreApplication.translate(
            "StatusWords", "bridge failed"),
    }
    return names.get(value, value.replace("_", " "))


def state_change(from_state: str, to_state: str) -> str:
    """"connected → logged out"."""
    return f"{state_name(from_state)} → {state_name(to_state)}"


# Reasons that say all a state's explanation would: a decoded close (its meaning and what
# happens next), also when a planned retry wraps it. Both together said the same thing twice.
_SELF_EXPLAINING = "connection.closed"
_WRAPPERS = ("connection.next_try", "connection.keeps_happening")


def explains_itself(reason: Reason | str | None) -> bool:
    """True for a reason that already says what the state means and what happens next."""
    if not isinstance(reason, Reason):
        return False
    if reason.code in _WRAPPERS:
        return explains_itself(reason.params.get("why"))  # type: ignore[arg-type]
    return reason.code == _SELF_EXPLAINING


def status_text(status: SessionStatus, separator: str = " ") -> str:
    """What a status's state means and, when there is one, the reason it is in it; said once."""
    why = reason_text(status.reason)
    if why and explains_itself(status.reason):
        return why
    explanation = state_explanation(status.state)
    return f"{explanation}{separator}{why}" if why else explanation
