"""The engine's own words, as the window shows them in the chosen language.

The engine (desktop.bridge, desktop.bot) explains itself in English: its logs, the command line
and its tests rely on that. The window shows the same explanations through this table: what each
connection state means, what a disconnect code means and what happens next, and the reasons a
session gives for a change. A reason this table does not know (a bridge's own error text, say) is
shown as the engine wrote it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from desktop.bridge import SessionState, SessionStatus
from desktop.views.formats import keep_ltr

# -- states --------------------------------------------------------------------------------------

def state_explanation(state: SessionState) -> str:
    """What a connection state means, in a sentence or two (STATE_GUIDE's explanation)."""
    texts = {
        SessionState.STOPPED: QCoreApplication.translate(
            "EngineTexts", "WhatsApp is not connected for this company."),
        SessionState.STARTING: QCoreApplication.translate(
            "EngineTexts", "Starting the WhatsApp bridge…"),
        SessionState.WAITING_QR: QCoreApplication.translate(
            "EngineTexts",
            "Scan the QR code: on the phone open WhatsApp → Linked devices → Link a device. "
            "Or link with a code sent to the phone number instead."),
        SessionState.WAITING_PAIRING_CODE: QCoreApplication.translate(
            "EngineTexts",
            "Type the pairing code on the phone: WhatsApp → Linked devices → Link a device → "
            "Link with phone number instead."),
        SessionState.CONNECTING: QCoreApplication.translate(
            "EngineTexts", "Connecting to WhatsApp…"),
        SessionState.CONNECTED: QCoreApplication.translate(
            "EngineTexts", "Connected: messages are received and answered."),
        SessionState.RECONNECTING: QCoreApplication.translate(
            "EngineTexts", "The connection dropped; reconnecting by itself."),
        SessionState.QR_EXPIRED: QCoreApplication.translate(
            "EngineTexts",
            "The QR code expired before the phone scanned it. Ask for a new one when the phone "
            "is at hand."),
        SessionState.LOGGED_OUT: QCoreApplication.translate(
            "EngineTexts",
            "This computer is not linked to WhatsApp any more: link the phone again."),
        SessionState.REPLACED: QCoreApplication.translate(
            "EngineTexts",
            "Another computer or program took over this WhatsApp session. Close it there, then "
            "connect here."),
        SessionState.BANNED: QCoreApplication.translate(
            "EngineTexts",
            "WhatsApp refused this number (it may be banned). Nothing is retried; check the "
            "WhatsApp app on the phone."),
        SessionState.LINKING_BLOCKED: QCoreApplication.translate(
            "EngineTexts",
            "Too many linking attempts in a short time; WhatsApp may refuse new links for hours. "
            "Wait until the stated time, then try again."),
        SessionState.BRIDGE_FAILED: QCoreApplication.translate(
            "EngineTexts", "The WhatsApp bridge could not run."),
    }
    return texts[state]


def state_name(value: str) -> str:
    """A state's short name for a history of changes ("connected", "logged out")."""
    names = {
        SessionState.STOPPED.value: QCoreApplication.translate("EngineTexts", "stopped"),
        SessionState.STARTING.value: QCoreApplication.translate("EngineTexts", "starting"),
        SessionState.WAITING_QR.value: QCoreApplication.translate("EngineTexts", "waiting qr"),
        SessionState.WAITING_PAIRING_CODE.value: QCoreApplication.translate(
            "EngineTexts", "waiting pairing code"),
        SessionState.CONNECTING.value: QCoreApplication.translate("EngineTexts", "connecting"),
        SessionState.CONNECTED.value: QCoreApplication.translate("EngineTexts", "connected"),
        SessionState.RECONNECTING.value: QCoreApplication.translate(
            "EngineTexts", "reconnecting"),
        SessionState.QR_EXPIRED.value: QCoreApplication.translate("EngineTexts", "qr expired"),
        SessionState.LOGGED_OUT.value: QCoreApplication.translate("EngineTexts", "logged out"),
        SessionState.REPLACED.value: QCoreApplication.translate("EngineTexts", "replaced"),
        SessionState.BANNED.value: QCoreApplication.translate("EngineTexts", "banned"),
        SessionState.LINKING_BLOCKED.value: QCoreApplication.translate(
            "EngineTexts", "linking blocked"),
        SessionState.BRIDGE_FAILED.value: QCoreApplication.translate(
            "EngineTexts", "bridge failed"),
    }
    return names.get(value, value.replace("_", " "))


def state_change(from_state: str, to_state: str) -> str:
    """"connected → logged out"."""
    return f"{state_name(from_state)} → {state_name(to_state)}"


# -- fixed sentences: disconnect meanings and next steps, and the session's reasons ---------------

def _sentences() -> dict[str, str]:
    """Every fixed English sentence the engine uses in a reason, with its translation."""
    english = (
        # What a disconnect code means (desktop/bridge/reasons.py).
        ("The QR code expired before the phone scanned it.", QCoreApplication.translate(
            "EngineTexts", "The QR code expired before the phone scanned it.")),
        ("This computer was unlinked from WhatsApp (logged out on the phone, or the link "
         "expired).", QCoreApplication.translate(
             "EngineTexts", "This computer was unlinked from WhatsApp (logged out on the phone, "
                            "or the link expired).")),
        ("WhatsApp refused this number (it may be banned or restricted).",
         QCoreApplication.translate(
             "EngineTexts", "WhatsApp refused this number (it may be banned or restricted).")),
        ("The connection to WhatsApp timed out.", QCoreApplication.translate(
            "EngineTexts", "The connection to WhatsApp timed out.")),
        ("WhatsApp says the saved login does not match the phone's linked devices.",
         QCoreApplication.translate(
             "EngineTexts",
             "WhatsApp says the saved login does not match the phone's linked devices.")),
        ("The connection to WhatsApp was closed.", QCoreApplication.translate(
            "EngineTexts", "The connection to WhatsApp was closed.")),
        ("Another computer or program opened this WhatsApp session and took it over.",
         QCoreApplication.translate(
             "EngineTexts",
             "Another computer or program opened this WhatsApp session and took it over.")),
        ("WhatsApp could not use the saved session.", QCoreApplication.translate(
            "EngineTexts", "WhatsApp could not use the saved session.")),
        ("WhatsApp is unavailable right now.", QCoreApplication.translate(
            "EngineTexts", "WhatsApp is unavailable right now.")),
        ("WhatsApp asked for a restart (normal right after linking).",
         QCoreApplication.translate(
             "EngineTexts", "WhatsApp asked for a restart (normal right after linking).")),
        ("The connection to WhatsApp was lost.", QCoreApplication.translate(
            "EngineTexts", "The connection to WhatsApp was lost.")),
        # What happens next.
        ("Press \u201cNew QR\u201d when the phone is at hand.", QCoreApplication.translate(
            "EngineTexts", "Press “New QR code” when the phone is at hand.")),
        ("The saved login was deleted; link the phone again.", QCoreApplication.translate(
            "EngineTexts", "The saved login was deleted; link the phone again.")),
        ("Nothing will be retried; check the WhatsApp app on the phone before linking again.",
         QCoreApplication.translate(
             "EngineTexts",
             "Nothing will be retried; check the WhatsApp app on the phone before linking "
             "again.")),
        ("Reconnecting after a short pause.", QCoreApplication.translate(
            "EngineTexts", "Reconnecting after a short pause.")),
        ("Not reconnecting by itself (both would fight over it); press \u201cConnect\u201d to "
         "take it back.", QCoreApplication.translate(
             "EngineTexts",
             "Not reconnecting by itself (both would fight over it); press “Connect” to take it "
             "back.")),
        ("Reconnecting after a pause; if this keeps happening, log out and link again.",
         QCoreApplication.translate(
             "EngineTexts",
             "Reconnecting after a pause; if this keeps happening, log out and link again.")),
        ("Reconnecting after a pause.", QCoreApplication.translate(
            "EngineTexts", "Reconnecting after a pause.")),
        ("Reconnecting now.", QCoreApplication.translate("EngineTexts", "Reconnecting now.")),
        ("This keeps happening: logging out and linking again may help.",
         QCoreApplication.translate(
             "EngineTexts", "This keeps happening: logging out and linking again may help.")),
        # The session's reasons for a change (desktop/bridge/session.py, process.py).
        ("Starting the WhatsApp bridge.", QCoreApplication.translate(
            "EngineTexts", "Starting the WhatsApp bridge.")),
        ("The bridge is running; WhatsApp is not connected.", QCoreApplication.translate(
            "EngineTexts", "The bridge is running; WhatsApp is not connected.")),
        ("Opening the WhatsApp connection.", QCoreApplication.translate(
            "EngineTexts", "Opening the WhatsApp connection.")),
        ("The linking pause is over: press Connect to link.", QCoreApplication.translate(
            "EngineTexts", "The linking pause is over: press Connect to link.")),
        ("A QR code is on screen.", QCoreApplication.translate(
            "EngineTexts", "A QR code is on screen.")),
        ("Disconnected; the saved login is kept.", QCoreApplication.translate(
            "EngineTexts", "Disconnected; the saved login is kept.")),
        ("You unlinked this computer; the saved login was deleted.",
         QCoreApplication.translate(
             "EngineTexts", "You unlinked this computer; the saved login was deleted.")),
        ("The app closed the WhatsApp bridge.", QCoreApplication.translate(
            "EngineTexts", "The app closed the WhatsApp bridge.")),
        ("Restart requested.", QCoreApplication.translate("EngineTexts", "Restart requested.")),
        ("The bridge stopped as asked.", QCoreApplication.translate(
            "EngineTexts", "The bridge stopped as asked.")),
        ("The bridge exited without being asked to.", QCoreApplication.translate(
            "EngineTexts", "The bridge exited without being asked to.")),
        ("The bridge ended in an unknown way.", QCoreApplication.translate(
            "EngineTexts", "The bridge ended in an unknown way.")),
    )
    return dict(english)


# Sentences with a value in them: (pattern at the start of the text, its translation).
def _patterns() -> list[tuple[re.Pattern[str], Callable[[re.Match[str]], str]]]:
    def fill(template: str) -> Callable[[re.Match[str]], str]:
        def make(match: re.Match[str]) -> str:
            text = template
            for n, value in enumerate(match.groups(), start=1):
                text = text.replace(f"%{n}", keep_ltr(value or ""))
            return text
        return make

    end = r"(?= |$)"
    return [
        (re.compile(r"Linked as (\S+)\." + end), fill(QCoreApplication.translate(
            "EngineTexts", "Linked as %1."))),
        (re.compile(r"Pairing code (\S+)\." + end), fill(QCoreApplication.translate(
            "EngineTexts", "Pairing code %1."))),
        (re.compile(r"(\d+) QR codes were shown in the last (\d+) minutes\. Linking is paused "
                    r"until (\S+) so WhatsApp does not block the number\." + end),
         fill(QCoreApplication.translate(
             "EngineTexts", "%1 QR codes were shown in the last %2 minutes. Linking is paused "
                            "until %3 so WhatsApp does not block the number."))),
        (re.compile(r"The connection to WhatsApp was lost \((.*?)\)\." + end),
         fill(QCoreApplication.translate(
             "EngineTexts", "The connection to WhatsApp was lost (%1)."))),
        (re.compile(r"The connection to WhatsApp closed with code (\d+): (.*?)\." + end),
         fill(QCoreApplication.translate(
             "EngineTexts", "The connection to WhatsApp closed with code %1: %2."))),
        (re.compile(r"The connection to WhatsApp closed with code (\d+)\." + end),
         fill(QCoreApplication.translate(
             "EngineTexts", "The connection to WhatsApp closed with code %1."))),
        (re.compile(r"The session folder (.*) cannot be used \((.*)\): check the data folder\."
                    + end),
         fill(QCoreApplication.translate(
             "EngineTexts", "The session folder %1 cannot be used (%2): check the data folder."))),
        (re.compile(r"The bridge uses (\d+) MB, more than the (\d+) MB allowed\." + end),
         fill(QCoreApplication.translate(
             "EngineTexts", "The bridge uses %1 MB, more than the %2 MB allowed."))),
        (re.compile(r"The bridge was killed \((.*?)\)\." + end), fill(QCoreApplication.translate(
            "EngineTexts", "The bridge was killed (%1)."))),
        (re.compile(r"The bridge crashed \(exit code (-?\d+)\)\." + end),
         fill(QCoreApplication.translate("EngineTexts", "The bridge crashed (exit code %1)."))),
        (re.compile(r"Last message: (.*)$", re.S), fill(QCoreApplication.translate(
            "EngineTexts", "Last message: %1"))),
        (re.compile(r"The bridge cannot run: (.*)$", re.S), fill(QCoreApplication.translate(
            "EngineTexts", "The bridge cannot run: %1"))),
    ]


def _suffixes() -> list[tuple[re.Pattern[str], str]]:
    """Sentences the session adds at the end of a reason, with the time of the next try."""
    return [
        (re.compile(r" ?Next try at (\S+)\.$"),
         QCoreApplication.translate("EngineTexts", "Next try at %1.")),
        (re.compile(r" ?Trying again at (\S+)\.$"),
         QCoreApplication.translate("EngineTexts", "Trying again at %1.")),
        (re.compile(r" ?Restarting the bridge at (\S+)\.$"),
         QCoreApplication.translate("EngineTexts", "Restarting the bridge at %1.")),
    ]


def engine_text(text: str | None) -> str:
    """A reason or explanation from the engine in the chosen language (unknown parts as they are).

    Sentences are recognised one after the other, so "meaning. Next step. Next try at 14:30:05."
    is translated sentence by sentence.
    """
    rest = (text or "").strip()
    if not rest:
        return ""
    tail: list[str] = []
    stripped = True
    while stripped:
        stripped = False
        for pattern, template in _suffixes():
            match = pattern.search(rest)
            if match and match.start() > 0:
                tail.insert(0, template.replace("%1", match.group(1)))
                rest = rest[:match.start()].rstrip()
                stripped = True
                break
        match = re.search(r"The WhatsApp bridge stopped before answering \((.*)\)$", rest, re.S)
        if match:
            inner = engine_text(match.group(1))
            rest = rest[:match.start()].rstrip()
            tail.insert(0, QCoreApplication.translate(
                "EngineTexts", "The WhatsApp bridge stopped before answering (%1)")
                .replace("%1", inner))
            stripped = True
    sentences = _sentences()
    known = sorted(sentences, key=len, reverse=True)
    patterns = _patterns()
    parts: list[str] = []
    while rest:
        for pattern, make in patterns:
            match = pattern.match(rest)
            if match:
                parts.append(make(match))
                rest = rest[match.end():].lstrip()
                break
        else:
            for english in known:
                if rest.startswith(english):
                    parts.append(sentences[english])
                    rest = rest[len(english):].lstrip()
                    break
                # A meaning with the bridge's own detail put in: "…timed out (reason)."
                stem = english[:-1] + " ("
                if english.endswith(".") and rest.startswith(stem):
                    close = rest.find(").", len(stem))
                    if close > 0:
                        detail = rest[len(stem):close]
                        parts.append(f"{sentences[english].rstrip('.')} ({detail}).")
                        rest = rest[close + 2:].lstrip()
                        break
            else:
                parts.append(rest)  # not the engine's fixed words: shown as written
                rest = ""
    return " ".join(parts + tail)


def disconnect_text(code: int | None, message: str | None = None) -> str:
    """What a close code means and what happens next, in the chosen language."""
    from desktop.bridge import explain_disconnect

    return engine_text(explain_disconnect(code, message).text)


def disconnect_meaning(code: int | None, message: str | None = None) -> str:
    """Only what a close code means, in the chosen language."""
    from desktop.bridge import explain_disconnect

    return engine_text(explain_disconnect(code, message).meaning)


def status_text(status: SessionStatus, separator: str = " ") -> str:
    """A status's explanation and (when it adds something) its reason, in the chosen language."""
    text = state_explanation(status.state)
    if status.reason and status.reason not in status.explanation:
        text = f"{text}{separator}{engine_text(status.reason)}"
    return text


# -- reply-time buckets of the charts (desktop/bot/stats.py) -------------------------------------

def reply_time_label(label: str) -> str:
    """"< 5 s", "5–30 s", "30 s–2 min", "2–10 min", "> 10 min" in the chosen language."""
    labels = {
        "< 5 s": QCoreApplication.translate("EngineTexts", "< 5 s"),
        "5–30 s": QCoreApplication.translate("EngineTexts", "5–30 s"),
        "30 s–2 min": QCoreApplication.translate("EngineTexts", "30 s–2 min"),
        "2–10 min": QCoreApplication.translate("EngineTexts", "2–10 min"),
        "> 10 min": QCoreApplication.translate("EngineTexts", "> 10 min"),
    }
    return labels.get(label, label)
