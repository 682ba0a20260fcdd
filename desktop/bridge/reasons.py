"""WhatsApp disconnect codes (Baileys ``DisconnectReason``) as reasons, with what happens next.

Pure: no processes, no clocks. The session uses :func:`explain_disconnect` to pick the next state
and gives its reason (meaning, then next step) for the change; the window translates it by code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.reason import Reason, Value, define


class DisconnectCode(enum.IntEnum):
    """The status codes Baileys reports when a WhatsApp connection closes."""

    LOGGED_OUT = 401
    FORBIDDEN = 403
    TIMED_OUT = 408
    MULTIDEVICE_MISMATCH = 411
    CONNECTION_CLOSED = 428
    CONNECTION_REPLACED = 440
    BAD_SESSION = 500
    UNAVAILABLE = 503
    RESTART_REQUIRED = 515


class Reaction(enum.Enum):
    """What the session does after a close."""

    RECONNECT_NOW = "reconnect_now"
    RECONNECT_BACKOFF = "reconnect_backoff"
    LOGGED_OUT = "logged_out"  # credentials are gone: link again
    RELINK = "relink"  # credentials cannot be used: link again
    REPLACED = "replaced"  # another client took over: never reconnect by itself
    BANNED = "banned"  # stop and explain
    QR_EXPIRED = "qr_expired"  # wait until the owner asks for a new QR


# Baileys closes a linking socket with 408 and this text after the last QR code expired.
QR_REFS_ENDED = "QR refs attempts ended"


# What a close means, by the kind of close; a close whose message adds something (a lost
# connection's "ECONNRESET") has a second code with the message as {detail}.
_MEANINGS = {
    "no_internet": define("connection.no_internet", "No internet connection."),
    "qr_expired": define("connection.qr_expired",
                         "The QR code expired before the phone scanned it."),
    "logged_out": define("connection.logged_out",
                         "This computer was unlinked from WhatsApp (logged out on the phone, or "
                         "the link expired)."),
    "forbidden": define("connection.forbidden",
                        "WhatsApp refused this number (it may be banned or restricted)."),
    "timed_out": define("connection.timed_out", "The connection to WhatsApp timed out."),
    "multidevice_mismatch": define("connection.multidevice_mismatch",
                                   "WhatsApp says the saved login does not match the phone's "
                                   "linked devices."),
    "connection_closed": define("connection.connection_closed",
                                "The connection to WhatsApp was closed."),
    "connection_replaced": define("connection.connection_replaced",
                                  "Another computer or program opened this WhatsApp session and "
                                  "took it over."),
    "bad_session": define("connection.bad_session", "WhatsApp could not use the saved session."),
    "unavailable": define("connection.unavailable", "WhatsApp is unavailable right now."),
    "restart_required": define("connection.restart_required",
                               "WhatsApp asked for a restart (normal right after linking)."),
    "connection_lost": define("connection.connection_lost", "The connection to WhatsApp was lost."),
    "unknown": define("connection.unknown", "The connection to WhatsApp closed with code {code}."),
}
_MEANINGS_WITH_DETAIL = {
    "timed_out": define("connection.timed_out.detail",
                        "The connection to WhatsApp timed out ({detail})."),
    "connection_closed": define("connection.connection_closed.detail",
                                "The connection to WhatsApp was closed ({detail})."),
    "bad_session": define("connection.bad_session.detail",
                          "WhatsApp could not use the saved session ({detail})."),
    "unavailable": define("connection.unavailable.detail",
                          "WhatsApp is unavailable right now ({detail})."),
    "connection_lost": define("connection.connection_lost.detail",
                              "The connection to WhatsApp was lost ({detail})."),
    "unknown": define("connection.unknown.detail",
                      "The connection to WhatsApp closed with code {code}: {detail}."),
}

# What happens after a close.
NEXT_UNTIL_REACHABLE = define("connection.next.until_reachable",
                              "Trying again by itself until WhatsApp can be reached.")
NEXT_NEW_QR = define("connection.next.new_qr", "Press \u201cNew QR\u201d when the phone is at hand.")
NEXT_LINK_AGAIN = define("connection.next.link_again",
                         "The saved login was deleted; link the phone again.")
NEXT_NOTHING_RETRIED = define("connection.next.nothing_retried",
                              "Nothing will be retried; check the WhatsApp app on the phone before "
                              "linking again.")
NEXT_SHORT_PAUSE = define("connection.next.short_pause", "Reconnecting after a short pause.")
NEXT_TAKE_BACK = define("connection.next.take_back",
                        "It stays disconnected here, so that the two do not fight over it; "
                        "press \u201cConnect\u201d to take it back.")
NEXT_PAUSE_OR_RELINK = define("connection.next.pause_or_relink",
                              "Reconnecting after a pause; if this keeps happening, log out and "
                              "link again.")
NEXT_PAUSE = define("connection.next.pause", "Reconnecting after a pause.")
NEXT_NOW = define("connection.next.now", "Reconnecting now.")

CLOSED = define("connection.closed", "{meaning} {next_step}")


@dataclass(frozen=True)
class DisconnectExplanation:
    """A decoded close: the code, its name, what it means and what happens next."""

    code: int | None
    name: str
    meaning: Reason
    next_step: Reason
    reaction: Reaction

    @property
    def reason(self) -> Reason:
        """Meaning, then next step: the reason a session gives for the change a close causes."""
        return Reason(CLOSED, {"meaning": self.meaning, "next_step": self.next_step})

    @property
    def text(self) -> str:
        """One line for a status bar or a log: meaning, then next step."""
        return self.reason.text


def is_qr_expiry(code: int | None, message: str | None) -> bool:
    """True when a close means the QR codes ran out, not that the connection broke."""
    return code == DisconnectCode.TIMED_OUT and QR_REFS_ENDED.lower() in (message or "").lower()


# The bridge starts a close's message with this when the network or the server cannot be reached.
NETWORK_UNREACHABLE = "network unreachable"


def is_network_unreachable(message: str | None) -> bool:
    """True when a close says the computer could not reach WhatsApp at all (no internet, refused)."""
    return (message or "").strip().lower().startswith(NETWORK_UNREACHABLE)


# Per kind of close: what happens next and the reaction (the meaning is in _MEANINGS).
_NEXT: dict[str, tuple[str, Reaction]] = {
    "no_internet": (NEXT_UNTIL_REACHABLE, Reaction.RECONNECT_BACKOFF),
    "qr_expired": (NEXT_NEW_QR, Reaction.QR_EXPIRED),
    "logged_out": (NEXT_LINK_AGAIN, Reaction.LOGGED_OUT),
    "forbidden": (NEXT_NOTHING_RETRIED, Reaction.BANNED),
    "timed_out": (NEXT_SHORT_PAUSE, Reaction.RECONNECT_BACKOFF),
    "multidevice_mismatch": (NEXT_LINK_AGAIN, Reaction.RELINK),
    "connection_closed": (NEXT_SHORT_PAUSE, Reaction.RECONNECT_BACKOFF),
    "connection_replaced": (NEXT_TAKE_BACK, Reaction.REPLACED),
    "bad_session": (NEXT_PAUSE_OR_RELINK, Reaction.RECONNECT_BACKOFF),
    "unavailable": (NEXT_PAUSE, Reaction.RECONNECT_BACKOFF),
    "restart_required": (NEXT_NOW, Reaction.RECONNECT_NOW),
    "connection_lost": (NEXT_PAUSE, Reaction.RECONNECT_BACKOFF),
    "unknown": (NEXT_PAUSE, Reaction.RECONNECT_BACKOFF),
}

_NAMES: dict[int, str] = {
    DisconnectCode.LOGGED_OUT: "logged_out",
    DisconnectCode.FORBIDDEN: "forbidden",
    DisconnectCode.TIMED_OUT: "timed_out",
    DisconnectCode.MULTIDEVICE_MISMATCH: "multidevice_mismatch",
    DisconnectCode.CONNECTION_CLOSED: "connection_closed",
    DisconnectCode.CONNECTION_REPLACED: "connection_replaced",
    DisconnectCode.BAD_SESSION: "bad_session",
    DisconnectCode.UNAVAILABLE: "unavailable",
    DisconnectCode.RESTART_REQUIRED: "restart_required",
}


def _kind(code: int | None, message: str | None) -> str:
    if is_network_unreachable(message) and not is_qr_expiry(code, message):
        # Whatever code Baileys wrapped it in (408, 428 or none), the shop's words are the same;
        # the technical details are in the bridge's log.
        return "no_internet"
    if is_qr_expiry(code, message):
        return "qr_expired"
    if code is None:
        return "connection_lost"
    return _NAMES.get(code, "unknown")


def explain_disconnect(code: int | None, message: str | None = None) -> DisconnectExplanation:
    """Decode a close code (and its message) into a reason and the reaction to it.

    Unknown codes and a close without a code are treated as a lost connection: back off and retry.
    For those, the bridge's own message (for example "ECONNRESET") is kept in the meaning, because
    it is often the one thing a technician needs.
    """
    kind = _kind(code, message)
    next_step, reaction = _NEXT[kind]
    detail = (message or "").strip()
    params: dict[str, Value] = {"code": code} if kind == "unknown" and code is not None else {}
    if detail and kind in _MEANINGS_WITH_DETAIL:
        # The lost connection keeps the whole message; the others a technician's glimpse of it.
        params["detail"] = detail if kind in ("connection_lost", "unknown") else detail[:200]
        meaning = Reason(_MEANINGS_WITH_DETAIL[kind], params)
    else:
        meaning = Reason(_MEANINGS[kind], params)
    return DisconnectExplanation(code, kind, meaning, Reason(next_step), reaction)
