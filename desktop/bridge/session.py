"""One company's WhatsApp session: the parts that keep it linked, put together.

``CompanySession`` is what the rest of the app holds. It is built from parts with one job each:

- :mod:`.link`: the state machine, a table of from-state x event -> to-state (``TRANSITIONS``);
- :mod:`.supervisor`: the bridge process, restarted when it dies or grows too big;
- :mod:`.reconnect`: one reconnect at a time, with backoff;
- :mod:`.auth_folder`: the saved login;
- :mod:`.simulator_controls`: the simulator's ``sim.*`` commands;
- :mod:`.fanout`: every subscriber gets every event, on its own queue.

The session turns bridge events into link events, guards against linking too often, and answers
the one question the sender cares about: :attr:`CompanySession.can_send`. The decisions themselves
(what a close code leads to, how long to back off, whether linking is allowed) are pure functions
in ``states.py``, tested without processes.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Collection, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.reason import Reason, define
from desktop.waiting import wait_event

from .auth_folder import AuthFolder
from .fanout import EventFanout
from .link import LinkEvent, LinkMachine
from .node_runtime import NodeRuntime, locate_runtime
from .process import (
    BridgeCommandError,
    BridgeError,
    BridgeExitedError,
    BridgeProcess,
    CommandTimeoutError,
)
from .protocol import (
    BridgeEvent,
    CredsSaved,
    IncomingMessage,
    LidMapping,
    PairingCode,
    QrCode,
    Receipt,
    SimOutgoing,
    StateUpdate,
)
from .reasons import Reaction
from .reconnect import Reconnector
from .simulator_controls import SimulatorControls
from .states import (  # noqa: F401 - re-exported: the session's vocabulary
    STATE_GUIDE,
    Action,
    ActionNotAvailableError,
    InvalidPhoneError,
    LinkAttemptLimiter,
    NotConnectedError,
    ReadKey,
    SendError,
    SendFailedError,
    SendRefusedError,
    SendTimeoutError,
    SentMessage,
    SessionEvent,
    SessionOptions,
    SessionState,
    SessionStatus,
    StateChanged,
    StateGuide,
    Subscriber,
    Transition,
    TransitionCallback,
    actions_for,
    decide_on_close,
    explain_state,
    validate_link_phone,
)
from .supervisor import BridgeSupervisor, SupervisorHooks, clock_text

log = logging.getLogger("ai_admin.bridge.session")

# Why the link changed, when the session (not a close) is the cause.
OPENING = define("connection.opening", "Opening the WhatsApp connection.")
QR_SHOWN = define("connection.qr_shown", "A QR code is on screen.")
PAIRING_CODE = define("connection.pairing_code", "Pairing code {code}.")
LINKED = define("connection.linked", "Linked as {me}.")
LINKING_PAUSED = define("connection.linking_paused",
                        "{count} QR codes were shown in the last {minutes} minutes. Linking is "
                        "paused until {until} so WhatsApp does not block the number.")
LINKING_PAUSE_OVER = define("connection.linking_pause_over",
                            "The linking pause is over: press Connect to link.")
NEXT_TRY = define("connection.next_try", "{why} Next try at {at}.")
KEEPS_HAPPENING = define("connection.keeps_happening",
                         "{why} This keeps happening: logging out and linking again may help.")
DISCONNECTED = define("connection.disconnected", "Disconnected; the saved login is kept.")
UNLINKED = define("connection.unlinked", "You unlinked this computer; the saved login was deleted.")
APP_CLOSED = define("connection.app_closed", "The app closed the WhatsApp bridge.")
RESTART_ASKED = define("bridge.restart_asked", "Restart requested.")
# Why an action cannot be done now.
SHUTTING_DOWN = define("connection.shutting_down", "The session is shutting down.")
BRIDGE_NOT_RUNNING = define("connection.bridge_not_running",
                            "The WhatsApp bridge is not running for this company.")
PAIRING_NEEDS_QR = define("connection.pairing_needs_qr",
                          "A pairing code can be asked for only while a QR code is showing: press "
                          "Connect first.")
# Why a message was not sent.
SEND_NOT_CONNECTED = define("send.not_connected",
                            "WhatsApp is not connected for this company; the message was not sent.")
SEND_NOT_CONNECTED_BECAUSE = define("send.not_connected.because",
                                    "WhatsApp is not connected for this company ({why}); the "
                                    "message was not sent.")
SEND_NOT_ACCEPTED = define("send.not_accepted",
                           "WhatsApp did not accept the message within {seconds} s; it was not "
                           "confirmed as sent.")
SEND_DISCONNECTED = define("send.disconnected",
                           "WhatsApp disconnected before the message was sent ({error}).")
SEND_BAD_ARGUMENT = define("send.bad_argument", "The message was not sent: {error}.")
SEND_REFUSED_FOR_GOOD = define("send.refused_for_good",
                               "WhatsApp refused the message for good: {error}")
SEND_REFUSED = define("send.refused", "WhatsApp refused the message: {error}")
SEND_NO_ANSWER = define("send.no_answer",
                        "The WhatsApp bridge did not answer within {seconds} s; the message was "
                        "not confirmed as sent.")
SEND_BRIDGE_STOPPED = define("send.bridge_stopped",
                             "The WhatsApp bridge stopped while sending; the message was not "
                             "confirmed as sent.")
SEND_BRIDGE_HUNG = define("send.bridge_hung",
                          "The WhatsApp bridge stopped answering while sending and was restarted; "
                          "the message may have gone out and is sent again with the same id.")


def linked_number(me: str) -> str:
    """The shop's number as staff know it (`+15550100200`) from the linked device's id
    (`15550100200:1@s.whatsapp.net`); any other form of id is shown as it is."""
    user, _, server = me.partition("@")
    number = user.split(":", 1)[0]
    if server == "s.whatsapp.net" and number.isdigit():
        return f"+{number}"
    return me


# What a close decision's reaction is, as an event of the link state machine.
_CLOSE_EVENTS = {
    Reaction.RECONNECT_NOW: LinkEvent.CLOSED_RECONNECT_NOW,
    Reaction.RECONNECT_BACKOFF: LinkEvent.CLOSED_RETRY,
    Reaction.LOGGED_OUT: LinkEvent.CLOSED_LOGGED_OUT,
    Reaction.RELINK: LinkEvent.CLOSED_LOGGED_OUT,
    Reaction.REPLACED: LinkEvent.CLOSED_REPLACED,
    Reaction.BANNED: LinkEvent.CLOSED_BANNED,
    Reaction.QR_EXPIRED: LinkEvent.CLOSED_QR_EXPIRED,
}


class CompanySession:
    """One company's bridge and WhatsApp link; see the module docstring."""

    def __init__(
        self,
        company_id: int,
        auth_dir: Path,
        options: SessionOptions | None = None,
        *,
        locate: Callable[[], NodeRuntime] | None = None,
        on_transition: TransitionCallback | None = None,
    ) -> None:
        self.company_id = company_id
        self.auth_dir = Path(auth_dir)
        self.options = options or SessionOptions()
        self._extra = {"company_id": company_id}
        self._fanout = EventFanout(company_id, lambda: self._dt(self._now()) or datetime.now(UTC),
                                   on_transition)
        self._link = LinkMachine(company_id, self._fanout, clock=self.options.clock,
                                 history_size=self.options.history_size, extra=self._extra)
        self._link.status = self.status
        self._auth = AuthFolder(self.auth_dir, self._extra)
        self._background: set[asyncio.Task[Any]] = set()
        self._op_lock = asyncio.Lock()  # user actions that open or close the socket, one at a time
        self._supervisor = BridgeSupervisor(
            company_id, self.options,
            locate=locate or (lambda: locate_runtime(self.options.bridge_dir)),
            auth=self._auth, machine=self._link, op_lock=self._op_lock, spawn=self._spawn,
            hooks=SupervisorHooks(
                on_event=self._on_bridge_event, on_ready=self._on_bridge_ready,
                wants_connection=lambda: self._want_connected, closing=lambda: self._closing,
                open_socket=self._open_socket, expect_close=self._expect_own_close),
        )
        self._reconnector = Reconnector(
            self._attempt_reconnect, clock=self._now, spawn=self._spawn,
            keep_going=lambda: self._want_connected and not self._closing)
        self._sim = SimulatorControls(self._command)
        # What the owner wants and what the socket is doing; the state itself is the machine's.
        self._want_connected = False
        self._closing = False
        self._expect_close = False  # we closed the socket ourselves; its close event is no news
        self._pairing = False
        self._registered: bool | None = None
        self._me: str | None = None
        self._reconnect_attempt = 0
        self._bad_session_count = 0
        self._limiter = LinkAttemptLimiter(self.options.link_limit, self.options.link_window)
        self._unblock_task: asyncio.Task[None] | None = None
        self.reconnects = 0  # socket reconnects performed (diagnostics, tests)

    # -- read-only view ---------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        """The current state."""
        return self._link.state

    @property
    def link(self) -> LinkMachine:
        """The link state machine (its steps are what tests check against the table)."""
        return self._link

    @property
    def process(self) -> BridgeProcess | None:
        """The current bridge process, if any (for diagnostics)."""
        return self._supervisor.process

    @property
    def bridge_restarts(self) -> int:
        """Bridge processes restarted (diagnostics, tests)."""
        return self._supervisor.bridge_restarts

    @property
    def can_send(self) -> bool:
        """True only when connected, the bridge process is alive and no restart is under way."""
        return (
            self._link.state is SessionState.CONNECTED
            and self._supervisor.alive
            and not self._supervisor.restarting
            and not self._closing
        )

    @property
    def history(self) -> tuple[Transition, ...]:
        """The most recent transitions, oldest first."""
        return tuple(self._link.history)

    def status(self) -> SessionStatus:
        """A snapshot of the session."""
        link = self._link
        proc = self._supervisor.process
        alive = proc is not None and proc.alive
        ready = proc.ready_info if proc else None
        runtime = self._supervisor.runtime
        return SessionStatus(
            company_id=self.company_id,
            state=link.state,
            explanation=explain_state(link.state),
            reason=link.reason,
            actions=actions_for(link.state),
            can_send=self.can_send,
            code=link.code,
            next_attempt_at=self._dt(link.next_attempt_at),
            blocked_until=self._dt(link.blocked_until),
            registered=self._registered,
            me=self._me,
            pid=proc.pid if alive and proc else None,
            uptime_s=proc.uptime() if alive and proc else 0.0,
            rss_bytes=proc.rss() if alive and proc else None,
            sends_in_flight=proc.sends_in_flight if proc else 0,
            reconnects=self.reconnects,
            bridge_restarts=self._supervisor.bridge_restarts,
            node_version=ready.node if ready else (runtime.node_version if runtime else None),
            baileys_version=ready.baileys if ready else (runtime.baileys_version if runtime else None),
        )

    def _dt(self, ts: float | None) -> datetime | None:
        return None if ts is None else datetime.fromtimestamp(ts, tz=UTC)

    def _now(self) -> float:
        return self.options.clock()

    # -- subscriptions ----------------------------------------------------------------------------

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Receive every :class:`SessionEvent`; returns a function that unsubscribes.

        The callback may be a plain function or a coroutine function. Each subscriber has its own
        queue, so a slow one never delays the session or the others; its exceptions are logged.
        """
        return self._fanout.subscribe(callback)

    async def drain_events(self, timeout: float = 5.0) -> None:
        """Wait (bounded) until every subscriber has handled every event published so far."""
        await self._fanout.drain(timeout)

    async def wait_for_state(self, states: Collection[SessionState], timeout: float | None) -> bool:
        """Wait until the session is in one of `states`, woken by each change of the link, for
        at most `timeout` seconds; True when it got there."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while self._link.state not in states:
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return False
            await wait_event(self._link.changed, remaining)
        return True

    def _spawn(self, coro: Awaitable[Any], name: str) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        task.set_name(f"session-{self.company_id}-{name}")
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        task.add_done_callback(self._log_task_failure)
        return task

    def _log_task_failure(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("session task %s failed", task.get_name(), exc_info=task.exception(), extra=self._extra)

    # -- connecting -------------------------------------------------------------------------------

    async def start(self) -> SessionStatus:
        """Start the bridge (if needed) and connect WhatsApp; the state tells what happens next."""
        return await self.connect()

    async def connect(self) -> SessionStatus:
        """Connect: opens the socket with the saved login, or shows a QR code when there is none.

        In ``reconnecting`` it tries at once instead of waiting for the next attempt.
        """
        if self._closing:
            raise ActionNotAvailableError(Reason(SHUTTING_DOWN))
        self._want_connected = True
        if self._reconnector.active:
            await self._reconnector.hurry()
            return self.status()
        if await self._supervisor.hurry_restart():
            return self.status()
        async with self._op_lock:
            if not await self._supervisor.ensure_process():
                return self.status()
            if self.state in (SessionState.CONNECTED, SessionState.CONNECTING, SessionState.WAITING_QR,
                              SessionState.WAITING_PAIRING_CODE):
                return self.status()
            await self._open_socket()
        return self.status()

    async def new_qr(self) -> SessionStatus:
        """Start a fresh linking attempt (a new QR code), closing a socket that is still open."""
        if self._closing:
            raise ActionNotAvailableError(Reason(SHUTTING_DOWN))
        self._want_connected = True
        self._reconnector.cancel()
        async with self._op_lock:
            if not await self._supervisor.ensure_process():
                return self.status()
            if self.state in (SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE,
                              SessionState.CONNECTING):
                await self._stop_socket()
            await self._open_socket()
        return self.status()

    def _on_bridge_ready(self, info: dict[str, Any]) -> None:
        if isinstance(info.get("registered"), bool):
            self._registered = info["registered"]

    def _wipe_auth_dir(self) -> None:
        """Delete the saved login (the folder stays, empty)."""
        self._auth.wipe()
        self._registered = False
        self._me = None

    # -- the socket -------------------------------------------------------------------------------

    async def _open_socket(self) -> None:
        """Send ``start`` unless linking is blocked; events then drive the state."""
        proc = self._supervisor.process
        if proc is None or not proc.alive:
            return
        if not self._registered:
            until = self._limiter.blocked_until(self._now())
            if until is not None:
                self._block_linking(until)
                return
        # ``_expect_close`` stays set until the new socket speaks (connecting, qr, open): a close of
        # the old socket may still be on its way.
        self._pairing = False
        if self.state is not SessionState.CONNECTING:
            self._link.fire(LinkEvent.SOCKET_OPENING, Reason(OPENING))
        try:
            await proc.request("start")
        except BridgeCommandError as exc:
            if exc.code != "already_started":
                log.warning("start failed: %s", exc, extra=self._extra)
        except BridgeError as exc:
            # The process died; its exit handler schedules the restart.
            log.warning("start failed: %s", exc, extra=self._extra)

    async def _stop_socket(self) -> None:
        proc = self._supervisor.process
        if proc is None or not proc.alive:
            return
        self._expect_close = True
        try:
            await proc.request("stop")
        except BridgeError as exc:
            log.info("stop: %s", exc, extra=self._extra)

    def _expect_own_close(self) -> None:
        self._expect_close = True

    def _block_linking(self, until: float) -> None:
        self._want_connected = False
        count = self._limiter.count(self._now())
        minutes = max(1, round(self.options.link_window / 60))
        self._link.fire(
            LinkEvent.LINKING_LIMIT_REACHED,
            Reason(LINKING_PAUSED, {"count": count, "minutes": minutes, "until": clock_text(until)}),
            blocked_until=until,
        )
        if self._unblock_task is not None:
            self._unblock_task.cancel()
        self._unblock_task = self._spawn(self._unblock_at(until), "unblock")

    async def _unblock_at(self, until: float) -> None:
        await asyncio.sleep(max(0.0, until - self._now()))
        if self.state is SessionState.LINKING_BLOCKED:
            self._link.fire(LinkEvent.LINKING_PAUSE_OVER, Reason(LINKING_PAUSE_OVER))

    # -- bridge events ----------------------------------------------------------------------------

    def _on_bridge_event(self, event: BridgeEvent) -> None:
        if isinstance(event, StateUpdate):
            self._on_state_update(event)
        elif isinstance(event, QrCode):
            self._expect_close = False
            if event.n == 1:
                self._limiter.record(self._now())
            if self._want_connected and not self._pairing and self.state is not SessionState.WAITING_QR:
                self._link.fire(LinkEvent.QR_SHOWN, Reason(QR_SHOWN))
            self._fanout.publish(event)
        elif isinstance(event, PairingCode):
            self._pairing = True
            self._link.fire(LinkEvent.PAIRING_CODE_SHOWN, Reason(PAIRING_CODE, {"code": event.code}))
            self._fanout.publish(event)
        elif isinstance(event, CredsSaved):
            self._registered = event.registered
            self._me = event.me or self._me
        elif isinstance(event, (IncomingMessage, Receipt, SimOutgoing, LidMapping)):
            self._fanout.publish(event)

    def _on_state_update(self, update: StateUpdate) -> None:
        self._registered = update.registered
        if update.me:
            self._me = update.me
        if update.connection == "connecting":
            self._expect_close = False
            if self._want_connected and self.state not in (
                SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE, SessionState.CONNECTING
            ):
                self._link.fire(LinkEvent.SOCKET_CONNECTING, Reason(OPENING))
            return
        if update.connection == "open":
            self._expect_close = False
            self._reconnect_attempt = 0
            self._supervisor.reset_backoff()
            self._bad_session_count = 0
            self._pairing = False
            self._link.fire(LinkEvent.OPENED,
                            Reason(LINKED, {"me": linked_number(self._me)}) if self._me else None)
            return
        # close
        if self._expect_close or self._closing:
            return
        self._on_close(update.code, update.message)

    def _on_close(self, code: int | None, message: str | None) -> None:
        decision = decide_on_close(code, message, attempt=self._reconnect_attempt, options=self.options)
        why = decision.explanation
        event = _CLOSE_EVENTS[why.reaction]
        if decision.wipe_auth:
            self._wipe_auth_dir()
        if decision.reconnect_delay is None:
            self._want_connected = False
            self._reconnector.cancel()
            self._link.fire(event, why.reason, code=code)
            return
        if not self._want_connected:
            self._link.fire(LinkEvent.CLOSED_UNWANTED, why.meaning, code=code)
            return
        reason = why.reason
        if code == 500:
            self._bad_session_count += 1
            if self._bad_session_count >= 3:
                reason = Reason(KEEPS_HAPPENING, {"why": reason})
        if decision.reconnect_delay > 0 and not self._reconnector.waiting():
            self._reconnect_attempt += 1  # a close absorbed by a waiting attempt does not back off more
        # The countdown shows the attempt actually planned: a reconnect already waiting keeps its
        # time, one that is mid-attempt plans its next round for this close.
        at = self._reconnector.plan(decision.reconnect_delay)
        if decision.reconnect_delay > 0:
            self._link.fire(event, Reason(NEXT_TRY, {"why": reason, "at": clock_text(at)}), code=code,
                            next_attempt_at=at)
        else:
            self._link.fire(event, reason, code=code)

    # -- reconnects -------------------------------------------------------------------------------

    async def _attempt_reconnect(self) -> None:
        if not self._want_connected or self._closing:
            return
        if self._supervisor.restart_active:
            return  # the restart opens the socket itself
        async with self._op_lock:
            if not self._want_connected or self._closing:
                return
            if not await self._supervisor.ensure_process():
                return
            if self.state is SessionState.CONNECTED:
                await self._stop_socket()
            self.reconnects += 1
            await self._open_socket()

    async def reconnect(self) -> SessionStatus:
        """Close and reopen the WhatsApp connection; concurrent calls share one reconnect."""
        if self._closing:
            raise ActionNotAvailableError(Reason(SHUTTING_DOWN))
        self._want_connected = True
        self._reconnector.plan(0.0)
        await self._reconnector.hurry()
        return self.status()

    async def restart_bridge(self, reason: Reason | None = None) -> SessionStatus:
        """Restart the bridge process now (after sends in flight finish), keeping the login."""
        if self._closing:
            raise ActionNotAvailableError(Reason(SHUTTING_DOWN))
        await self._supervisor.restart(reason or Reason(RESTART_ASKED))
        return self.status()

    # -- sending and other commands ---------------------------------------------------------------

    async def wait_can_send(self, timeout: float | None = None) -> None:
        """Wait until :attr:`can_send`; raise :class:`NotConnectedError` after ``timeout`` seconds."""
        timeout = self.options.send_wait if timeout is None else timeout
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not self.can_send:
            remaining = deadline - loop.time()
            if remaining <= 0 or self._closing:
                status = self.status()
                raise NotConnectedError(
                    Reason(SEND_NOT_CONNECTED_BECAUSE, {"why": status.reason}) if status.reason
                    else Reason(SEND_NOT_CONNECTED))
            await wait_event(self._link.changed, remaining)

    async def send_text(
        self, to: str, text: str, message_id: str, timeout: float | None = None
    ) -> SentMessage:
        """Send a text; waits (bounded) for :attr:`can_send`, then for WhatsApp to accept it.

        Raises :class:`NotConnectedError`, :class:`SendTimeoutError` or :class:`SendFailedError`;
        never hangs longer than the wait bound plus ``timeout`` plus a small margin.
        """
        await self.wait_can_send()
        proc = self._supervisor.process
        assert proc is not None
        timeout = self.options.send_timeout if timeout is None else timeout
        args = {"to": to, "text": text, "message_id": message_id, "timeout_ms": max(1, int(timeout * 1000))}
        try:
            result = await proc.request("send_text", args, timeout=timeout + self.options.send_timeout_margin)
        except BridgeCommandError as exc:
            # The bridge's (or WhatsApp's) own words travel as the reason's {error}.
            error = {"error": str(exc)}
            if exc.code == "send_timeout":
                raise SendTimeoutError(Reason(SEND_NOT_ACCEPTED, {"seconds": f"{timeout:g}"})) from exc
            if exc.code in ("not_connected", "shutting_down"):
                raise NotConnectedError(Reason(SEND_DISCONNECTED, error)) from exc
            if exc.code == "bad_argument":
                raise SendFailedError(Reason(SEND_BAD_ARGUMENT, error)) from exc
            if exc.code == "send_refused":
                raise SendRefusedError(Reason(SEND_REFUSED_FOR_GOOD, error), exc.status) from exc
            raise SendFailedError(Reason(SEND_REFUSED, error)) from exc
        except CommandTimeoutError as exc:
            raise SendTimeoutError(Reason(SEND_NO_ANSWER, {"seconds": f"{timeout:g}"})) from exc
        except BridgeExitedError as exc:
            if self._supervisor.was_hung(proc):
                # Written to a bridge that stopped answering: it may have reached WhatsApp.
                raise SendTimeoutError(Reason(SEND_BRIDGE_HUNG)) from exc
            raise SendFailedError(Reason(SEND_BRIDGE_STOPPED)) from exc
        timestamp = result.get("timestamp")
        return SentMessage(
            message_id=str(result.get("message_id", message_id)),
            timestamp=timestamp if isinstance(timestamp, int) and not isinstance(timestamp, bool) else None,
        )

    async def _command(self, cmd: str, args: dict[str, Any] | None = None,
                       timeout: float | None = None) -> dict[str, Any]:
        proc = self._supervisor.process
        if proc is None or not proc.alive:
            raise ActionNotAvailableError(Reason(BRIDGE_NOT_RUNNING))
        return await proc.request(cmd, args, timeout=timeout)

    async def presence(self, to: str, state: str) -> None:
        """Show ``composing`` / ``paused`` / ``available`` / ``unavailable`` to a chat."""
        if state not in ("composing", "paused", "available", "unavailable"):
            raise ValueError(f"unknown presence {state!r}")
        await self._command("presence", {"to": to, "state": state})

    async def mark_read(self, keys: Sequence[ReadKey]) -> None:
        """Mark received messages as read (blue ticks for the customer)."""
        payload = [
            {"chat": k.chat, "id": k.id, **({"participant": k.participant} if k.participant else {})}
            for k in keys
        ]
        await self._command("read", {"keys": payload})

    async def bridge_status(self) -> dict[str, Any]:
        """The bridge's own ``status`` answer (connection, pid, rss, sends in flight ...)."""
        return await self._command("status")

    async def request_pairing_code(self, phone: str) -> str:
        """Ask for a code to link by phone number instead of scanning; returns the 8-character code.

        Only while a QR code is showing. Raises :class:`InvalidPhoneError` for a bad number.
        """
        digits = validate_link_phone(phone)
        if self.state not in (SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE):
            raise ActionNotAvailableError(Reason(PAIRING_NEEDS_QR))
        result = await self._command("pairing_code", {"phone": digits})
        code = result.get("code")
        if not isinstance(code, str):
            raise BridgeError("The bridge did not return a pairing code.")
        self._pairing = True
        if self.state is not SessionState.WAITING_PAIRING_CODE:
            self._link.fire(LinkEvent.PAIRING_CODE_SHOWN, Reason(PAIRING_CODE, {"code": code}))
        return code

    async def disconnect(self) -> SessionStatus:
        """Close the WhatsApp connection, keeping the saved login; nothing reconnects by itself."""
        self._want_connected = False
        self._reconnector.cancel()
        async with self._op_lock:
            await self._stop_socket()
            self._link.fire(LinkEvent.DISCONNECT_ASKED, Reason(DISCONNECTED))
        return self.status()

    async def logout(self) -> SessionStatus:
        """Unlink this computer from WhatsApp and delete the saved login."""
        self._want_connected = False
        self._reconnector.cancel()
        async with self._op_lock:
            proc = self._supervisor.process
            if proc is not None and proc.alive:
                self._expect_close = True
                try:
                    await proc.request("logout")
                except BridgeError as exc:
                    # Not connected: WhatsApp cannot be told, but the login still goes away here.
                    log.info("logout via the bridge failed (%s); deleting the login locally", exc,
                             extra=self._extra)
                    await self._stop_socket()
            self._wipe_auth_dir()
            self._link.fire(LinkEvent.LOGOUT_ASKED, Reason(UNLINKED))
        return self.status()

    # -- simulator controls -----------------------------------------------------------------------

    async def sim_scan(self) -> None:
        """Simulator: the phone scans the QR code (or accepts the pairing code)."""
        await self._sim.scan()

    async def sim_incoming(
        self,
        phone: str,
        *,
        text: str | None = None,
        media: str | None = None,
        name: str | None = None,
        message_id: str | None = None,
        from_me: bool | None = None,
        lid: str | bool | None = None,
        group: str | None = None,
        broadcast: bool | None = None,
        type: str | None = None,  # noqa: A002 - the protocol's name for notify / append
        timestamp: int | None = None,
        history: bool | None = None,
        undecryptable: bool | None = None,
    ) -> str:
        """Simulator: a message arrives from ``phone`` (E.164); returns its WhatsApp message id.

        ``from_me`` means typed on the shop's phone; ``lid`` makes it a hidden-number chat;
        ``group`` delivers it inside that group with ``phone`` as the participant.
        """
        return await self._sim.incoming(phone, {
            "text": text, "media": media, "name": name, "message_id": message_id, "from_me": from_me,
            "lid": lid, "group": group, "broadcast": broadcast, "type": type, "timestamp": timestamp,
            "history": history, "undecryptable": undecryptable})

    async def sim_lid_mapping(self, phone: str, lid: str | None = None) -> str:
        """Simulator: WhatsApp tells the phone behind a LID (by default the phone's own LID)."""
        return await self._sim.lid_mapping(phone, lid)

    async def sim_fault(self, fault: str, **args: Any) -> None:
        """Simulator: inject a fault (``disconnect``, ``logout``, ``replaced``, ``crash`` ...)."""
        await self._sim.fault(fault, args)

    # -- shutdown ---------------------------------------------------------------------------------

    async def shutdown(self) -> None:
        """Stop everything: sends in flight get a bounded moment, then the bridge exits cleanly."""
        if self._closing:
            return
        self._closing = True
        self._want_connected = False
        self._link.notify()
        self._reconnector.cancel()
        self._supervisor.cancel_tasks()
        if self._unblock_task is not None and not self._unblock_task.done():
            self._unblock_task.cancel()
        try:
            await self._supervisor.shutdown()
            self._link.fire(LinkEvent.SHUTDOWN, Reason(APP_CLOSED))
        finally:
            pending = [t for t in self._background if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            await self._fanout.close(1.0)
