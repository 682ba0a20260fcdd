"""Session states in plain words, and the pure rules a company session follows.

No processes and no clocks here: what each state means and offers, what a close code leads to,
how long to back off, when linking must pause, and which phone numbers can link. ``session.py``
applies these rules to a running bridge; tests check them directly.
"""

from __future__ import annotations

import collections
import enum
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Union

import phonenumbers

from desktop.reason import Reason, define

from .process import BridgeError, SimTimings
from .protocol import IncomingMessage, LidMapping, PairingCode, QrCode, Receipt, SimOutgoing
from .reasons import DisconnectExplanation, Reaction, explain_disconnect

# ---------------------------------------------------------------------------------------------
# States, actions and their words
# ---------------------------------------------------------------------------------------------


class SessionState(str, enum.Enum):
    """Where one company's WhatsApp link stands."""

    STOPPED = "stopped"
    STARTING = "starting"
    WAITING_QR = "waiting_qr"
    WAITING_PAIRING_CODE = "waiting_pairing_code"
    CONNECTING = "connecting"
    CONNECTED = "connected"
    RECONNECTING = "reconnecting"
    QR_EXPIRED = "qr_expired"
    LOGGED_OUT = "logged_out"
    REPLACED = "replaced"
    BANNED = "banned"
    LINKING_BLOCKED = "linking_blocked"
    BRIDGE_FAILED = "bridge_failed"


class Action(str, enum.Enum):
    """Something the user can ask for; each state lists the ones that make sense."""

    CONNECT = "connect"
    NEW_QR = "new_qr"
    PAIRING_CODE = "pairing_code"
    DISCONNECT = "disconnect"
    LOGOUT = "logout"
    RESTART_BRIDGE = "restart_bridge"


@dataclass(frozen=True)
class StateGuide:
    """The plain-language explanation of a state and the actions offered in it."""

    explanation: str
    actions: tuple[Action, ...]


_A = Action
STATE_GUIDE: dict[SessionState, StateGuide] = {
    SessionState.STOPPED: StateGuide(
        "WhatsApp is not connected for this company.", (_A.CONNECT, _A.LOGOUT)),
    SessionState.STARTING: StateGuide(
        "Starting the WhatsApp bridge\u2026", (_A.DISCONNECT,)),
    SessionState.WAITING_QR: StateGuide(
        "Scan the QR code: on the phone open WhatsApp \u2192 Linked devices \u2192 Link a device. "
        "Or link with a code sent to the phone number instead.",
        (_A.PAIRING_CODE, _A.NEW_QR, _A.DISCONNECT)),
    SessionState.WAITING_PAIRING_CODE: StateGuide(
        "Type the pairing code on the phone: WhatsApp \u2192 Linked devices \u2192 Link a device \u2192 "
        "Link with phone number instead.",
        (_A.NEW_QR, _A.DISCONNECT)),
    SessionState.CONNECTING: StateGuide(
        "Connecting to WhatsApp\u2026", (_A.DISCONNECT, _A.RESTART_BRIDGE)),
    SessionState.CONNECTED: StateGuide(
        "Connected: messages are received and answered.",
        (_A.DISCONNECT, _A.LOGOUT, _A.RESTART_BRIDGE)),
    SessionState.RECONNECTING: StateGuide(
        "The connection dropped; reconnecting by itself.",
        (_A.CONNECT, _A.DISCONNECT, _A.RESTART_BRIDGE)),
    SessionState.QR_EXPIRED: StateGuide(
        "The QR code expired before the phone scanned it. Ask for a new one when the phone is at hand.",
        (_A.NEW_QR, _A.DISCONNECT)),
    SessionState.LOGGED_OUT: StateGuide(
        "This computer is not linked to WhatsApp any more: link the phone again.",
        (_A.NEW_QR,)),
    SessionState.REPLACED: StateGuide(
        "Another computer or program took over this WhatsApp session. Close it there, then connect here.",
        (_A.CONNECT, _A.LOGOUT)),
    SessionState.BANNED: StateGuide(
        "WhatsApp refused this number (it may be banned). Nothing is retried; check the WhatsApp app "
        "on the phone.",
        (_A.LOGOUT,)),
    SessionState.LINKING_BLOCKED: StateGuide(
        "Too many linking attempts in a short time; WhatsApp may refuse new links for hours. Wait until "
        "the stated time, then try again.",
        (_A.DISCONNECT,)),
    SessionState.BRIDGE_FAILED: StateGuide(
        "The WhatsApp bridge could not run.", (_A.RESTART_BRIDGE,)),
}


def explain_state(state: SessionState) -> str:
    """Plain-language explanation of a state."""
    return STATE_GUIDE[state].explanation


def actions_for(state: SessionState) -> tuple[Action, ...]:
    """The actions that make sense in a state, most useful first."""
    return STATE_GUIDE[state].actions


# ---------------------------------------------------------------------------------------------
# Errors a user (or the sender) can act on
# ---------------------------------------------------------------------------------------------


class SendError(BridgeError):
    """A message could not be sent; the reason says why (its English is the exception's message)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


class NotConnectedError(SendError):
    """WhatsApp was not ready to send within the waiting bound."""


class SendTimeoutError(SendError):
    """WhatsApp did not accept the message in time (it may still arrive later)."""


class SendFailedError(SendError):
    """WhatsApp or the bridge refused the message."""


class SendRefusedError(SendFailedError):
    """WhatsApp refused this message for good (``send_refused``); sending it again cannot help.

    ``status`` is WhatsApp's number: 463 means the contact is now addressed by LID and must be
    answered in their own chat.
    """

    def __init__(self, reason: Reason, status: int | None = None) -> None:
        super().__init__(reason)
        self.status = status


class InvalidPhoneError(ValueError):
    """A phone number that cannot be used to link WhatsApp; the reason says what to fix."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


class ActionNotAvailableError(BridgeError):
    """The asked action does not make sense in the current state; the reason says why."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


# ---------------------------------------------------------------------------------------------
# Options, records and events
# ---------------------------------------------------------------------------------------------


@dataclass
class SessionOptions:
    """Every delay, bound and threshold of a session, in seconds and bytes; tests shrink them."""

    transport: str = "sim"  # sim | baileys
    sim: SimTimings = field(default_factory=SimTimings)
    allow_groups: bool = False
    wa_url: str | None = None  # baileys only: a loopback WhatsApp Web server instead of WhatsApp's
    wa_root_key: str | None = None  # that server's certificate root (base64), trusted with wa_url
    connect_deadline: float | None = None  # seconds; None: the bridge's default (30 s)
    bridge_dir: Path | None = None
    ready_timeout: float = 20.0
    command_timeout: float = 15.0
    send_wait: float = 10.0  # how long a send waits for can_send
    send_timeout: float = 30.0  # how long WhatsApp gets to accept a send
    send_timeout_margin: float = 5.0  # extra time for the bridge to report its own send timeout
    reconnect_base: float = 2.0
    reconnect_max: float = 120.0
    restart_base: float = 1.0
    restart_max: float = 60.0
    stable_after: float = 60.0  # a bridge up this long resets the restart backoff
    memory_limit_bytes: int = 600 * 1024 * 1024
    memory_check_interval: float = 30.0
    # A bridge that does not answer `status` within the deadline is hung (stopped, or its event
    # loop blocked): it is killed and started again.
    heartbeat_interval: float = 10.0
    heartbeat_deadline: float = 10.0
    link_limit: int = 5  # QR sessions allowed ...
    link_window: float = 3600.0  # ... within this many seconds
    shutdown_grace: float = 5.0
    history_size: int = 100
    clock: Callable[[], float] = time.time


@dataclass(frozen=True)
class Transition:
    """One state change, as stored for diagnostics."""

    at: datetime
    company_id: int
    from_state: SessionState
    to_state: SessionState
    code: int | None
    reason: Reason | None


@dataclass(frozen=True)
class SessionStatus:
    """A snapshot of one session for screens, ``ai-admin status`` and diagnostics."""

    company_id: int
    state: SessionState
    explanation: str  # English, for logs and the command line (the window has its own words)
    reason: Reason | None
    actions: tuple[Action, ...]
    can_send: bool
    code: int | None
    next_attempt_at: datetime | None
    blocked_until: datetime | None
    registered: bool | None
    me: str | None
    pid: int | None
    uptime_s: float
    rss_bytes: int | None
    sends_in_flight: int
    reconnects: int
    bridge_restarts: int
    node_version: str | None
    baileys_version: str | None

    @property
    def message(self) -> str:
        """Explanation and the specific reason, for one line of text."""
        return f"{self.explanation} {self.reason.text if self.reason else ''}".strip()


@dataclass(frozen=True)
class StateChanged:
    """The session moved to another state (or the same state for a new reason)."""

    transition: Transition
    status: SessionStatus


SessionPayload = Union[StateChanged, QrCode, PairingCode, IncomingMessage, Receipt, SimOutgoing,
                       LidMapping]


@dataclass(frozen=True)
class SessionEvent:
    """What subscribers receive: which company, when, and what happened."""

    company_id: int
    at: datetime
    payload: SessionPayload


@dataclass(frozen=True)
class SentMessage:
    """WhatsApp accepted a message."""

    message_id: str
    timestamp: int | None


@dataclass(frozen=True)
class ReadKey:
    """A received message to mark as read (blue ticks)."""

    chat: str
    id: str
    participant: str | None = None


Subscriber = Callable[[SessionEvent], None | Awaitable[None]]
TransitionCallback = Callable[[Transition], None | Awaitable[None]]


# ---------------------------------------------------------------------------------------------
# Pure decisions
# ---------------------------------------------------------------------------------------------


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Capped exponential backoff: ``base``, ``2*base``, ``4*base`` ... never more than ``cap``."""
    if attempt < 0:
        attempt = 0
    return min(cap, base * (2 ** min(attempt, 32)))


@dataclass(frozen=True)
class CloseDecision:
    """What to do after the socket closed."""

    state: SessionState
    reconnect_delay: float | None  # None: do not reconnect by itself
    wipe_auth: bool
    explanation: DisconnectExplanation


def decide_on_close(
    code: int | None, message: str | None, *, attempt: int, options: SessionOptions
) -> CloseDecision:
    """Decide the next state and reconnect delay for a close; ``attempt`` counts failed reconnects."""
    why = explain_disconnect(code, message)
    reaction = why.reaction
    if reaction is Reaction.RECONNECT_NOW:
        return CloseDecision(SessionState.CONNECTING, 0.0, False, why)
    if reaction is Reaction.RECONNECT_BACKOFF:
        delay = backoff_delay(attempt, options.reconnect_base, options.reconnect_max)
        return CloseDecision(SessionState.RECONNECTING, delay, False, why)
    if reaction in (Reaction.LOGGED_OUT, Reaction.RELINK):
        return CloseDecision(SessionState.LOGGED_OUT, None, True, why)
    if reaction is Reaction.REPLACED:
        return CloseDecision(SessionState.REPLACED, None, False, why)
    if reaction is Reaction.BANNED:
        return CloseDecision(SessionState.BANNED, None, False, why)
    return CloseDecision(SessionState.QR_EXPIRED, None, False, why)


class LinkAttemptLimiter:
    """Counts QR sessions in a sliding window; WhatsApp blocks linking after too many of them."""

    def __init__(self, limit: int, window: float) -> None:
        self.limit = limit
        self.window = window
        self._times: collections.deque[float] = collections.deque()

    def _trim(self, now: float) -> None:
        while self._times and self._times[0] <= now - self.window:
            self._times.popleft()

    def record(self, now: float) -> None:
        """Note that a QR session started at ``now``."""
        self._trim(now)
        self._times.append(now)

    def count(self, now: float) -> int:
        """QR sessions within the window ending at ``now``."""
        self._trim(now)
        return len(self._times)

    def blocked_until(self, now: float) -> float | None:
        """When a new QR session is allowed again, or ``None`` if it is allowed now."""
        self._trim(now)
        if len(self._times) < self.limit:
            return None
        # The window frees one slot when the oldest of the last ``limit`` attempts ages out.
        return self._times[-self.limit] + self.window


PHONE_MISSING = define("connection.phone_missing",
                       "Enter the shop's WhatsApp phone number with its country code.")
PHONE_NOT_A_NUMBER = define("connection.phone_not_a_number",
                            "{phone} is not a phone number: write it with the country code, like "
                            "+972 50 123 4567.")
PHONE_NOT_VALID = define("connection.phone_not_valid",
                         "{phone} is not a valid phone number: check the country code and the "
                         "digits.")


def validate_link_phone(phone: str) -> str:
    """Check a phone number for linking by code; return its digits with country code, no ``+``."""
    raw = (phone or "").strip()
    if not raw:
        raise InvalidPhoneError(Reason(PHONE_MISSING))
    candidate = raw if raw.startswith("+") else "+" + raw.lstrip("0")
    try:
        parsed = phonenumbers.parse(candidate, None)
    except phonenumbers.NumberParseException:
        raise InvalidPhoneError(Reason(PHONE_NOT_A_NUMBER, {"phone": repr(raw)})) from None
    # "Possible" (right length for the country) rather than "valid": the number ranges in
    # phonenumbers' metadata lag behind carriers, and refusing the shop's real number is worse
    # than letting WhatsApp reject a typo.
    if not phonenumbers.is_possible_number(parsed):
        raise InvalidPhoneError(Reason(PHONE_NOT_VALID, {"phone": repr(raw)}))
    return f"{parsed.country_code}{parsed.national_number}"
