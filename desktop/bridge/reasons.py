"""WhatsApp disconnect codes (Baileys ``DisconnectReason``) in plain words, with what happens next.

Pure: no processes, no clocks. The session supervisor uses :func:`explain_disconnect` to pick the
next state, and the diagnostics screens show the same words to a technician.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace


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


@dataclass(frozen=True)
class DisconnectExplanation:
    """A decoded close: the code, its name, what it means and what happens next."""

    code: int | None
    name: str
    meaning: str
    next_step: str
    reaction: Reaction

    @property
    def text(self) -> str:
        """One line for a status bar or a log: meaning, then next step."""
        return f"{self.meaning} {self.next_step}"


def is_qr_expiry(code: int | None, message: str | None) -> bool:
    """True when a close means the QR codes ran out, not that the connection broke."""
    return code == DisconnectCode.TIMED_OUT and QR_REFS_ENDED.lower() in (message or "").lower()


# The bridge starts a close's message with this when the network or the server cannot be reached.
NETWORK_UNREACHABLE = "network unreachable"


def is_network_unreachable(message: str | None) -> bool:
    """True when a close says the computer could not reach WhatsApp at all (no internet, refused)."""
    return (message or "").strip().lower().startswith(NETWORK_UNREACHABLE)


def explain_disconnect(code: int | None, message: str | None = None) -> DisconnectExplanation:
    """Decode a close code (and its message) into plain words and the reaction to it.

    Unknown codes and a close without a code are treated as a lost connection: back off and retry.
    For those, the bridge's own message (for example "network unreachable") is kept in the meaning,
    because it is often the one thing a technician needs.
    """
    if is_network_unreachable(message) and not is_qr_expiry(code, message):
        # Whatever code Baileys wrapped it in (408, 428 or none), the shop's words are the same;
        # the technical details are in the bridge's log.
        return DisconnectExplanation(
            code, "no_internet",
            "No internet connection.",
            "Trying again by itself until WhatsApp can be reached.",
            Reaction.RECONNECT_BACKOFF,
        )
    why = _explain(code, message)
    detail = (message or "").strip()
    if why.reaction is Reaction.RECONNECT_BACKOFF and detail and detail not in why.meaning:
        why = replace(why, meaning=f"{why.meaning[:-1]} ({detail[:200]}).")
    return why


def _explain(code: int | None, message: str | None) -> DisconnectExplanation:
    if is_qr_expiry(code, message):
        return DisconnectExplanation(
            code, "qr_expired",
            "The QR code expired before the phone scanned it.",
            "Press \u201cNew QR\u201d when the phone is at hand.",
            Reaction.QR_EXPIRED,
        )
    if code == DisconnectCode.LOGGED_OUT:
        return DisconnectExplanation(
            code, "logged_out",
            "This computer was unlinked from WhatsApp (logged out on the phone, or the link expired).",
            "The saved login was deleted; link the phone again.",
            Reaction.LOGGED_OUT,
        )
    if code == DisconnectCode.FORBIDDEN:
        return DisconnectExplanation(
            code, "forbidden",
            "WhatsApp refused this number (it may be banned or restricted).",
            "Nothing will be retried; check the WhatsApp app on the phone before linking again.",
            Reaction.BANNED,
        )
    if code == DisconnectCode.TIMED_OUT:
        return DisconnectExplanation(
            code, "timed_out",
            "The connection to WhatsApp timed out.",
            "Reconnecting after a short pause.",
            Reaction.RECONNECT_BACKOFF,
        )
    if code == DisconnectCode.MULTIDEVICE_MISMATCH:
        return DisconnectExplanation(
            code, "multidevice_mismatch",
            "WhatsApp says the saved login does not match the phone's linked devices.",
            "The saved login was deleted; link the phone again.",
            Reaction.RELINK,
        )
    if code == DisconnectCode.CONNECTION_CLOSED:
        return DisconnectExplanation(
            code, "connection_closed",
            "The connection to WhatsApp was closed.",
            "Reconnecting after a short pause.",
            Reaction.RECONNECT_BACKOFF,
        )
    if code == DisconnectCode.CONNECTION_REPLACED:
        return DisconnectExplanation(
            code, "connection_replaced",
            "Another computer or program opened this WhatsApp session and took it over.",
            "Not reconnecting by itself (both would fight over it); press \u201cConnect\u201d to take it back.",
            Reaction.REPLACED,
        )
    if code == DisconnectCode.BAD_SESSION:
        return DisconnectExplanation(
            code, "bad_session",
            "WhatsApp could not use the saved session.",
            "Reconnecting after a pause; if this keeps happening, log out and link again.",
            Reaction.RECONNECT_BACKOFF,
        )
    if code == DisconnectCode.UNAVAILABLE:
        return DisconnectExplanation(
            code, "unavailable",
            "WhatsApp is unavailable right now.",
            "Reconnecting after a pause.",
            Reaction.RECONNECT_BACKOFF,
        )
    if code == DisconnectCode.RESTART_REQUIRED:
        return DisconnectExplanation(
            code, "restart_required",
            "WhatsApp asked for a restart (normal right after linking).",
            "Reconnecting now.",
            Reaction.RECONNECT_NOW,
        )
    if code is None:
        detail = f" ({message})" if message else ""
        return DisconnectExplanation(
            None, "connection_lost",
            f"The connection to WhatsApp was lost{detail}.",
            "Reconnecting after a pause.",
            Reaction.RECONNECT_BACKOFF,
        )
    detail = f": {message}" if message else ""
    return DisconnectExplanation(
        code, "unknown",
        f"The connection to WhatsApp closed with code {code}{detail}.",
        "Reconnecting after a pause.",
        Reaction.RECONNECT_BACKOFF,
    )
