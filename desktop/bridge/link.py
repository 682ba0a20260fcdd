"""The link state machine: which event moves a company's WhatsApp link from which state to which.

The table (``TRANSITIONS``) is data: from-state x event -> to-state. ``LinkMachine`` is the only
thing that changes a session's state, and it takes the next state from the table; an event the
table does not list for the current state is a bug (logged as an error, and kept in
``LinkMachine.off_table`` for the tests), never silently new behaviour. ``docs/bridge-protocol.md``
shows the same table, rendered by :func:`transition_table_markdown` (a test compares them).
"""

from __future__ import annotations

import asyncio
import collections
import enum
import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from types import MappingProxyType

from desktop.reason import Reason

from .fanout import EventFanout
from .states import SessionState, SessionStatus, StateChanged, Transition, explain_state

log = logging.getLogger("ai_admin.bridge.session")

S = SessionState


class LinkEvent(str, enum.Enum):
    """What can happen to a link: the inputs of the state machine."""

    BRIDGE_STARTING = "bridge_starting"  # a bridge process is being started
    BRIDGE_IDLE = "bridge_idle"  # the bridge runs; nobody asked to connect
    BRIDGE_FAILED = "bridge_failed"  # the bridge could not start (perhaps retried later)
    BRIDGE_RESTARTING = "bridge_restarting"  # the bridge died or grew too big: restart planned
    SOCKET_OPENING = "socket_opening"  # the app sends `start`
    SOCKET_CONNECTING = "socket_connecting"  # the bridge reports `connecting`
    QR_SHOWN = "qr_shown"
    PAIRING_CODE_SHOWN = "pairing_code_shown"
    OPENED = "opened"  # the bridge reports `open`
    CLOSED_RECONNECT_NOW = "closed_reconnect_now"  # 515 after linking
    CLOSED_RETRY = "closed_retry"  # a lost connection: retry with backoff
    CLOSED_UNWANTED = "closed_unwanted"  # a close while nobody wants the connection
    CLOSED_LOGGED_OUT = "closed_logged_out"  # 401, 411
    CLOSED_REPLACED = "closed_replaced"  # 440
    CLOSED_BANNED = "closed_banned"  # 403
    CLOSED_QR_EXPIRED = "closed_qr_expired"  # 408 "QR refs attempts ended"
    LINKING_LIMIT_REACHED = "linking_limit_reached"
    LINKING_PAUSE_OVER = "linking_pause_over"
    DISCONNECT_ASKED = "disconnect_asked"
    LOGOUT_ASKED = "logout_asked"
    SHUTDOWN = "shutdown"


E = LinkEvent
ANY = frozenset(SessionState)
# States in which a WhatsApp socket may be open (a close can arrive).
SOCKET = frozenset({S.CONNECTING, S.WAITING_QR, S.WAITING_PAIRING_CODE, S.CONNECTED, S.RECONNECTING})


@dataclass(frozen=True)
class Rule:
    """One row of the table: ``event`` in any of ``sources`` leads to ``target``."""

    sources: frozenset[SessionState]
    event: LinkEvent
    target: SessionState


RULES: tuple[Rule, ...] = (
    Rule(ANY, E.BRIDGE_STARTING, S.STARTING),
    Rule(frozenset({S.STARTING}), E.BRIDGE_IDLE, S.STOPPED),
    Rule(frozenset({S.STARTING, S.RECONNECTING}), E.BRIDGE_FAILED, S.BRIDGE_FAILED),
    Rule(ANY - {S.STOPPED, S.BRIDGE_FAILED}, E.BRIDGE_RESTARTING, S.RECONNECTING),
    Rule(ANY - {S.CONNECTING}, E.SOCKET_OPENING, S.CONNECTING),
    Rule(ANY - {S.CONNECTING, S.WAITING_QR, S.WAITING_PAIRING_CODE}, E.SOCKET_CONNECTING,
         S.CONNECTING),
    Rule(SOCKET - {S.WAITING_QR}, E.QR_SHOWN, S.WAITING_QR),
    Rule(frozenset({S.WAITING_QR, S.WAITING_PAIRING_CODE}), E.PAIRING_CODE_SHOWN,
         S.WAITING_PAIRING_CODE),
    Rule(SOCKET | {S.STARTING}, E.OPENED, S.CONNECTED),
    Rule(SOCKET, E.CLOSED_RECONNECT_NOW, S.CONNECTING),
    Rule(SOCKET, E.CLOSED_RETRY, S.RECONNECTING),
    Rule(SOCKET | {S.STOPPED, S.STARTING, S.LINKING_BLOCKED}, E.CLOSED_UNWANTED, S.STOPPED),
    Rule(SOCKET, E.CLOSED_LOGGED_OUT, S.LOGGED_OUT),
    Rule(SOCKET, E.CLOSED_REPLACED, S.REPLACED),
    Rule(SOCKET, E.CLOSED_BANNED, S.BANNED),
    Rule(SOCKET, E.CLOSED_QR_EXPIRED, S.QR_EXPIRED),
    Rule(ANY, E.LINKING_LIMIT_REACHED, S.LINKING_BLOCKED),
    Rule(frozenset({S.LINKING_BLOCKED}), E.LINKING_PAUSE_OVER, S.STOPPED),
    Rule(ANY, E.DISCONNECT_ASKED, S.STOPPED),
    Rule(ANY, E.LOGOUT_ASKED, S.LOGGED_OUT),
    Rule(ANY, E.SHUTDOWN, S.STOPPED),
)


def _table(rules: Iterable[Rule]) -> Mapping[tuple[SessionState, LinkEvent], SessionState]:
    table: dict[tuple[SessionState, LinkEvent], SessionState] = {}
    for rule in rules:
        for source in rule.sources:
            if (source, rule.event) in table:
                raise ValueError(f"two rules for {rule.event.value} in {source.value}")
            table[(source, rule.event)] = rule.target
    return MappingProxyType(table)


# How loud a transition is in the log. A link WhatsApp ended (logged out from the phone, banned,
# taken over by another PC) will not come back by itself: the owner must act, and a technician
# reading the log must find it among the warnings, not in the info lines.
LOG_LEVELS: Mapping[LinkEvent, int] = MappingProxyType({
    E.CLOSED_LOGGED_OUT: logging.WARNING,
    E.CLOSED_REPLACED: logging.WARNING,
    E.CLOSED_BANNED: logging.ERROR,
    E.BRIDGE_FAILED: logging.ERROR,
    E.LINKING_LIMIT_REACHED: logging.WARNING,
})


def log_level(event: LinkEvent) -> int:
    """The level a transition caused by `event` is logged at (info unless LOG_LEVELS says)."""
    return LOG_LEVELS.get(event, logging.INFO)


TRANSITIONS = _table(RULES)
"""from-state x event -> to-state; what the session follows."""

# Where each event leads (the same from every state it is allowed in).
TARGETS: Mapping[LinkEvent, SessionState] = MappingProxyType({rule.event: rule.target for rule in RULES})


def _states_text(states: frozenset[SessionState]) -> str:
    if states == ANY:
        return "any"
    missing = ANY - states
    if len(missing) < len(states) and len(missing) <= 3:
        return "any but " + ", ".join(f"`{s.value}`" for s in SessionState if s in missing)
    return ", ".join(f"`{s.value}`" for s in SessionState if s in states)


def transition_table_markdown() -> str:
    """The table as docs/bridge-protocol.md shows it (a test keeps the two the same)."""
    lines = ["| event | from | to |", "| --- | --- | --- |"]
    lines += [f"| `{rule.event.value}` | {_states_text(rule.sources)} | `{rule.target.value}` |"
              for rule in RULES]
    return "\n".join(lines)


@dataclass(frozen=True)
class Step:
    """One event the machine handled: where it was, what happened, where it went."""

    from_state: SessionState
    event: LinkEvent
    to_state: SessionState


class LinkMachine:
    """A session's state, reason and connection history; changed only through the table."""

    def __init__(self, company_id: int, fanout: EventFanout, *, clock: Callable[[], float],
                 history_size: int, extra: Mapping[str, object]) -> None:
        self.company_id = company_id
        self._fanout = fanout
        self._clock = clock
        self._extra = dict(extra)
        self.state = SessionState.STOPPED
        self.reason: Reason | None = None
        self.code: int | None = None
        self.next_attempt_at: float | None = None
        self.blocked_until: float | None = None
        self.history: collections.deque[Transition] = collections.deque(maxlen=history_size)
        self.steps: collections.deque[Step] = collections.deque(maxlen=1000)
        self.off_table: list[Step] = []  # events the table does not allow where they happened
        self.status: Callable[[], SessionStatus] | None = None  # set by the session
        self.changed = asyncio.Event()

    def at(self, ts: float | None) -> datetime | None:
        """A clock time as an aware datetime."""
        return None if ts is None else datetime.fromtimestamp(ts, tz=UTC)

    def fire(
        self,
        event: LinkEvent,
        reason: Reason | None = None,
        *,
        code: int | None = None,
        next_attempt_at: float | None = None,
        blocked_until: float | None = None,
    ) -> Transition | None:
        """Handle an event: move to the table's next state; returns the transition recorded (if any).

        Firing the same state with the same reason and next attempt again records nothing.
        """
        previous = self.state
        to = TRANSITIONS.get((previous, event))
        if to is None:
            to = TARGETS[event]
            self.off_table.append(Step(previous, event, to))
            log.error("link event %s in state %s is not in the transition table; going to %s",
                      event.value, previous.value, to.value, extra=self._extra)
        self.steps.append(Step(previous, event, to))
        changed = (previous, self.reason, self.next_attempt_at) != (to, reason, next_attempt_at)
        self.state = to
        self.reason = reason
        self.code = code
        self.next_attempt_at = next_attempt_at
        self.blocked_until = blocked_until
        self.notify()
        if not changed:
            return None
        transition = Transition(self.at(self._clock()) or datetime.now(UTC), self.company_id,
                                previous, to, code, reason)
        self.history.append(transition)
        log.log(log_level(event), "session %s -> %s%s: %s", previous.value, to.value,
                 f" (code {code})" if code is not None else "",
                 reason.text if reason else explain_state(to),
                 extra=self._extra)
        self._fanout.record(transition)
        if self.status is not None:
            self._fanout.publish(StateChanged(transition, self.status()))
        return transition

    def notify(self) -> None:
        """Wake everyone waiting for the session to change; the next waiters get a fresh event."""
        self.changed.set()
        self.changed = asyncio.Event()
