"""One company's WhatsApp session: its state in plain words, and the supervisor that keeps it alive.

``CompanySession`` owns at most one :class:`~desktop.bridge.process.BridgeProcess` at a time. It turns
bridge events into a :class:`SessionState`, reconnects (one reconnect at a time, with backoff),
restarts a dead or bloated bridge (never while a send is in flight), guards against linking too often,
and answers the one question the sender cares about: :attr:`CompanySession.can_send`.

The decisions themselves (what a close code leads to, how long to back off, whether linking is
allowed) are pure functions in ``states.py``, tested without processes.
"""

from __future__ import annotations

import asyncio
import collections
import contextlib
import inspect
import logging
import os
import shutil
from collections.abc import Awaitable, Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.waiting import wait_bounded, wait_event

from .node_runtime import BridgeSetupError, NodeRuntime, locate_runtime
from .process import (
    BridgeCommandError,
    BridgeError,
    BridgeExitedError,
    BridgeLaunch,
    BridgeProcess,
    BridgeStartError,
    CommandTimeoutError,
    ProcessOutcome,
    ProtocolMismatchError,
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
from .states import (  # noqa: F401 - re-exported: the session's vocabulary
    STATE_GUIDE,
    Action,
    ActionNotAvailableError,
    CloseDecision,
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
    SessionPayload,
    SessionState,
    SessionStatus,
    StateChanged,
    StateGuide,
    Subscriber,
    Transition,
    TransitionCallback,
    actions_for,
    backoff_delay,
    decide_on_close,
    explain_state,
    validate_link_phone,
)

log = logging.getLogger("ai_admin.bridge.session")


# ---------------------------------------------------------------------------------------------
# Event delivery
# ---------------------------------------------------------------------------------------------



def linked_number(me: str) -> str:
    """The shop's number as staff know it (`+15550100200`) from the linked device's id
    (`15550100200:1@s.whatsapp.net`); any other form of id is shown as it is."""
    user, _, server = me.partition("@")
    number = user.split(":", 1)[0]
    if server == "s.whatsapp.net" and number.isdigit():
        return f"+{number}"
    return me

class _Delivery:
    """One subscriber's queue and task: a slow or failing subscriber only delays itself."""

    def __init__(self, callback: Callable[[Any], Any], company_id: int) -> None:
        self.callback = callback
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self._extra = {"company_id": company_id}

    def put(self, item: Any) -> None:
        self.queue.put_nowait(item)
        if self.task is None:
            self.task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                result = self.callback(item)
                if inspect.isawaitable(result):
                    await result
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - one subscriber's bug must not break the session
                log.exception("session subscriber %r failed", self.callback, extra=self._extra)
            finally:
                self.queue.task_done()

    async def drain(self, timeout: float) -> None:
        if self.task is not None:
            await wait_bounded(self.queue.join(), timeout)

    def close(self) -> None:
        if self.task is not None:
            self.task.cancel()


# ---------------------------------------------------------------------------------------------
# The supervisor
# ---------------------------------------------------------------------------------------------


class CompanySession:
    """Supervises one company's bridge and WhatsApp link; see the module docstring."""

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
        self._locate = locate or (lambda: locate_runtime(self.options.bridge_dir))
        self._extra = {"company_id": company_id}
        self._state = SessionState.STOPPED
        self._reason = ""
        self._code: int | None = None
        self._next_attempt_at: float | None = None
        self._blocked_until: float | None = None
        self._history: collections.deque[Transition] = collections.deque(maxlen=self.options.history_size)
        self._changed = asyncio.Event()
        self._process: BridgeProcess | None = None
        self._runtime: NodeRuntime | None = None
        self._want_connected = False
        self._restarting = False
        self._closing = False
        self._expect_close = False  # we closed the socket ourselves; its close event is no news
        self._pairing = False
        self._registered: bool | None = None
        self._me: str | None = None
        self._reconnect_attempt = 0
        self._restart_attempt = 0
        self._bad_session_count = 0
        self._reconnect_task: asyncio.Task[None] | None = None
        self._reconnect_now = asyncio.Event()
        self._reconnect_at: float | None = None  # clock time of the planned attempt (for the countdown)
        self._reconnect_due = 0.0  # the same, in the event loop's time (for waiting)
        self._reconnect_attempting = False  # the reconnect task is past its wait, opening the socket
        self._reconnect_again: float | None = None  # a close during the attempt: go round again
        self._attempt_finished = asyncio.Event()
        self._restart_task: asyncio.Task[None] | None = None
        self._restart_now = asyncio.Event()
        self._memory_task: asyncio.Task[None] | None = None
        self._unblock_task: asyncio.Task[None] | None = None
        self._background: set[asyncio.Task[Any]] = set()
        self._limiter = LinkAttemptLimiter(self.options.link_limit, self.options.link_window)
        self._subscribers: list[_Delivery] = []
        self._transition_delivery = _Delivery(on_transition, company_id) if on_transition else None
        self._op_lock = asyncio.Lock()  # user actions that open or close the socket, one at a time
        self.reconnects = 0  # socket reconnects performed (diagnostics, tests)
        self.bridge_restarts = 0

    # -- read-only view ---------------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        """The current state."""
        return self._state

    @property
    def process(self) -> BridgeProcess | None:
        """The current bridge process, if any (for diagnostics)."""
        return self._process

    @property
    def can_send(self) -> bool:
        """True only when connected, the bridge process is alive and no restart is under way."""
        return (
            self._state is SessionState.CONNECTED
            and self._process is not None
            and self._process.alive
            and not self._restarting
            and not self._closing
        )

    @property
    def history(self) -> tuple[Transition, ...]:
        """The most recent transitions, oldest first."""
        return tuple(self._history)

    def status(self) -> SessionStatus:
        """A snapshot of the session."""
        proc = self._process
        alive = proc is not None and proc.alive
        ready = proc.ready_info if proc else None
        return SessionStatus(
            company_id=self.company_id,
            state=self._state,
            explanation=explain_state(self._state),
            reason=self._reason,
            actions=actions_for(self._state),
            can_send=self.can_send,
            code=self._code,
            next_attempt_at=self._dt(self._next_attempt_at),
            blocked_until=self._dt(self._blocked_until),
            registered=self._registered,
            me=self._me,
            pid=proc.pid if alive and proc else None,
            uptime_s=proc.uptime() if alive and proc else 0.0,
            rss_bytes=proc.rss() if alive and proc else None,
            sends_in_flight=proc.sends_in_flight if proc else 0,
            reconnects=self.reconnects,
            bridge_restarts=self.bridge_restarts,
            node_version=ready.node if ready else (self._runtime.node_version if self._runtime else None),
            baileys_version=ready.baileys if ready else (self._runtime.baileys_version if self._runtime else None),
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
        delivery = _Delivery(callback, self.company_id)
        self._subscribers.append(delivery)

        def unsubscribe() -> None:
            if delivery in self._subscribers:
                self._subscribers.remove(delivery)
            delivery.close()

        return unsubscribe

    def _publish(self, payload: SessionPayload) -> None:
        event = SessionEvent(self.company_id, self._dt(self._now()) or datetime.now(UTC), payload)
        for delivery in list(self._subscribers):
            delivery.put(event)

    # -- transitions ------------------------------------------------------------------------------

    def _transition(
        self,
        to: SessionState,
        reason: str = "",
        *,
        code: int | None = None,
        next_attempt_at: float | None = None,
        blocked_until: float | None = None,
    ) -> None:
        previous = self._state
        changed = (previous, self._reason, self._next_attempt_at) != (to, reason, next_attempt_at)
        self._state = to
        self._reason = reason
        self._code = code
        self._next_attempt_at = next_attempt_at
        self._blocked_until = blocked_until
        self._notify()
        if not changed:
            return
        transition = Transition(self._dt(self._now()) or datetime.now(UTC), self.company_id,
                                previous, to, code, reason)
        self._history.append(transition)
        log.info("session %s -> %s%s: %s", previous.value, to.value,
                 f" (code {code})" if code is not None else "", reason or explain_state(to), extra=self._extra)
        if self._transition_delivery is not None:
            self._transition_delivery.put(transition)
        self._publish(StateChanged(transition, self.status()))

    def _notify(self) -> None:
        # Wake everyone waiting for can_send to change; the next waiters get a fresh event.
        self._changed.set()
        self._changed = asyncio.Event()

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

    # -- starting the bridge ----------------------------------------------------------------------

    async def start(self) -> SessionStatus:
        """Start the bridge (if needed) and connect WhatsApp; the state tells what happens next."""
        return await self.connect()

    async def connect(self) -> SessionStatus:
        """Connect: opens the socket with the saved login, or shows a QR code when there is none.

        In ``reconnecting`` it tries at once instead of waiting for the next attempt.
        """
        if self._closing:
            raise ActionNotAvailableError("The session is shutting down.")
        self._want_connected = True
        if self._reconnect_task is not None and not self._reconnect_task.done():
            await self._hurry_reconnect()
            return self.status()
        if self._restart_task is not None and not self._restart_task.done():
            self._restart_now.set()
            await _join(self._restart_task)
            return self.status()
        async with self._op_lock:
            if not await self._ensure_process():
                return self.status()
            if self._state in (SessionState.CONNECTED, SessionState.CONNECTING, SessionState.WAITING_QR,
                               SessionState.WAITING_PAIRING_CODE):
                return self.status()
            await self._open_socket()
        return self.status()

    async def new_qr(self) -> SessionStatus:
        """Start a fresh linking attempt (a new QR code), closing a socket that is still open."""
        if self._closing:
            raise ActionNotAvailableError("The session is shutting down.")
        self._want_connected = True
        self._cancel_reconnect()
        async with self._op_lock:
            if not await self._ensure_process():
                return self.status()
            if self._state in (SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE,
                               SessionState.CONNECTING):
                await self._stop_socket()
            await self._open_socket()
        return self.status()

    async def _ensure_process(self) -> bool:
        """Make sure a bridge process runs; False (with state ``bridge_failed``) when it cannot."""
        if self._process is not None and self._process.alive:
            return True
        return await self._launch()

    async def _launch(self) -> bool:
        self._transition(SessionState.STARTING, "Starting the WhatsApp bridge.")
        try:
            runtime = await asyncio.to_thread(self._locate)
        except BridgeSetupError as exc:
            self._fail(str(exc), retry=False)
            return False
        self._runtime = runtime
        try:
            self._prepare_auth_dir()
        except OSError as exc:
            self._fail(f"The session folder {self.auth_dir} cannot be used ({exc}): check the data folder.",
                       retry=False)
            return False
        launch = BridgeLaunch(
            runtime=runtime,
            company_id=self.company_id,
            auth_dir=self.auth_dir,
            transport=self.options.transport,
            send_timeout_ms=int(self.options.send_timeout * 1000),
            allow_groups=self.options.allow_groups,
            sim=self.options.sim,
            wa_url=self.options.wa_url,
            wa_root_key=self.options.wa_root_key,
            connect_deadline_ms=(None if self.options.connect_deadline is None
                                 else max(1, int(self.options.connect_deadline * 1000))),
        )
        proc: BridgeProcess

        def on_event(event: BridgeEvent) -> None:
            self._on_bridge_event(proc, event)

        def on_exit(outcome: ProcessOutcome) -> None:
            self._on_bridge_exit(proc, outcome)

        proc = BridgeProcess(launch, on_event=on_event, on_exit=on_exit,
                             ready_timeout=self.options.ready_timeout,
                             command_timeout=self.options.command_timeout)
        self._process = proc
        try:
            await proc.start()
        except ProtocolMismatchError as exc:
            self._fail(str(exc), retry=False)
            return False
        except BridgeStartError as exc:
            fatal = exc.outcome is not None and exc.outcome.fatal_code is not None
            self._fail(str(exc), retry=not fatal)
            return False
        try:
            info = await proc.request("status")
            if isinstance(info.get("registered"), bool):
                self._registered = info["registered"]
        except BridgeError as exc:
            log.warning("bridge status after start failed: %s", exc, extra=self._extra)
        self._ensure_memory_watch()
        if not self._want_connected:
            self._transition(SessionState.STOPPED, "The bridge is running; WhatsApp is not connected.")
        return True

    def _fail(self, reason: str, *, retry: bool) -> None:
        """Enter ``bridge_failed``; with ``retry`` a restart is scheduled with backoff."""
        if not retry:
            self._transition(SessionState.BRIDGE_FAILED, reason)
            return
        delay = backoff_delay(self._restart_attempt, self.options.restart_base, self.options.restart_max)
        self._restart_attempt += 1
        at = self._now() + delay
        self._transition(SessionState.BRIDGE_FAILED, f"{reason} Trying again at {_clock_text(at)}.",
                         next_attempt_at=at)
        self._schedule_restart(delay, reason, announce=False)

    def _prepare_auth_dir(self) -> None:
        self.auth_dir.mkdir(parents=True, exist_ok=True)
        with contextlib.suppress(OSError, NotImplementedError):
            os.chmod(self.auth_dir, 0o700)  # the login keys give full access to the shop's WhatsApp

    def _wipe_auth_dir(self) -> None:
        """Delete the saved login (the folder stays, empty)."""
        if not self.auth_dir.is_dir():
            return
        for child in self.auth_dir.iterdir():
            try:
                if child.is_dir() and not child.is_symlink():
                    shutil.rmtree(child)
                else:
                    child.unlink()
            except FileNotFoundError:
                pass  # the bridge deleted it at the same moment
            except OSError as exc:
                log.error("could not delete %s from the session folder: %s", child.name, exc, extra=self._extra)
        self._registered = False
        self._me = None

    # -- the socket -------------------------------------------------------------------------------

    async def _open_socket(self) -> None:
        """Send ``start`` unless linking is blocked; events then drive the state."""
        proc = self._process
        if proc is None or not proc.alive:
            return
        if not self._registered:
            now = self._now()
            until = self._limiter.blocked_until(now)
            if until is not None:
                self._block_linking(until)
                return
        # ``_expect_close`` stays set until the new socket speaks (connecting, qr, open): a close of
        # the old socket may still be on its way.
        self._pairing = False
        if self._state not in (SessionState.CONNECTING,):
            self._transition(SessionState.CONNECTING, "Opening the WhatsApp connection.")
        try:
            await proc.request("start")
        except BridgeCommandError as exc:
            if exc.code != "already_started":
                log.warning("start failed: %s", exc, extra=self._extra)
        except BridgeError as exc:
            # The process died; its exit handler schedules the restart.
            log.warning("start failed: %s", exc, extra=self._extra)

    async def _stop_socket(self) -> None:
        proc = self._process
        if proc is None or not proc.alive:
            return
        self._expect_close = True
        try:
            await proc.request("stop")
        except BridgeError as exc:
            log.info("stop: %s", exc, extra=self._extra)

    def _block_linking(self, until: float) -> None:
        self._want_connected = False
        count = self._limiter.count(self._now())
        minutes = max(1, round(self.options.link_window / 60))
        self._transition(
            SessionState.LINKING_BLOCKED,
            f"{count} QR codes were shown in the last {minutes} minutes. Linking is paused until "
            f"{_clock_text(until)} so WhatsApp does not block the number.",
            blocked_until=until,
        )
        if self._unblock_task is not None:
            self._unblock_task.cancel()
        self._unblock_task = self._spawn(self._unblock_at(until), "unblock")

    async def _unblock_at(self, until: float) -> None:
        await asyncio.sleep(max(0.0, until - self._now()))
        if self._state is SessionState.LINKING_BLOCKED:
            self._transition(SessionState.STOPPED, "The linking pause is over: press Connect to link.")

    # -- bridge events ----------------------------------------------------------------------------

    def _on_bridge_event(self, proc: BridgeProcess, event: BridgeEvent) -> None:
        if proc is not self._process:
            return  # a late line from a process we already replaced
        if isinstance(event, StateUpdate):
            self._on_state_update(event)
        elif isinstance(event, QrCode):
            self._expect_close = False
            if event.n == 1:
                self._limiter.record(self._now())
            if self._want_connected and not self._pairing and self._state is not SessionState.WAITING_QR:
                self._transition(SessionState.WAITING_QR, "A QR code is on screen.")
            self._publish(event)
        elif isinstance(event, PairingCode):
            self._pairing = True
            self._transition(SessionState.WAITING_PAIRING_CODE, f"Pairing code {event.code}.")
            self._publish(event)
        elif isinstance(event, CredsSaved):
            self._registered = event.registered
            self._me = event.me or self._me
        elif isinstance(event, (IncomingMessage, Receipt, SimOutgoing, LidMapping)):
            self._publish(event)

    def _on_state_update(self, update: StateUpdate) -> None:
        self._registered = update.registered
        if update.me:
            self._me = update.me
        if update.connection == "connecting":
            self._expect_close = False
            if self._want_connected and self._state not in (
                SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE, SessionState.CONNECTING
            ):
                self._transition(SessionState.CONNECTING, "Opening the WhatsApp connection.")
            return
        if update.connection == "open":
            self._expect_close = False
            self._reconnect_attempt = 0
            self._restart_attempt = 0
            self._bad_session_count = 0
            self._pairing = False
            self._transition(SessionState.CONNECTED,
                             f"Linked as {linked_number(self._me)}." if self._me else "")
            return
        # close
        if self._expect_close or self._closing:
            return
        self._on_close(update.code, update.message)

    def _on_close(self, code: int | None, message: str | None) -> None:
        decision = decide_on_close(code, message, attempt=self._reconnect_attempt, options=self.options)
        why = decision.explanation
        if decision.wipe_auth:
            self._wipe_auth_dir()
        if decision.reconnect_delay is None:
            self._want_connected = False
            self._cancel_reconnect()
            self._transition(decision.state, why.text, code=code)
            return
        if not self._want_connected:
            self._transition(SessionState.STOPPED, why.meaning, code=code)
            return
        text = why.text
        if code == 500:
            self._bad_session_count += 1
            if self._bad_session_count >= 3:
                text += " This keeps happening: logging out and linking again may help."
        if decision.reconnect_delay > 0 and not self._reconnect_waiting():
            self._reconnect_attempt += 1  # a close absorbed by a waiting attempt does not back off more
        # The countdown shows the attempt actually planned: a reconnect already waiting keeps its
        # time, one that is mid-attempt plans its next round for this close.
        at = self._plan_reconnect(decision.reconnect_delay)
        if decision.reconnect_delay > 0:
            self._transition(decision.state, f"{text} Next try at {_clock_text(at)}.",
                             code=code, next_attempt_at=at)
        else:
            self._transition(decision.state, text, code=code)

    # -- reconnects (single-flight) ---------------------------------------------------------------
    #
    # One task owns reconnecting. It waits for the planned time, makes one attempt (opens the
    # socket), and goes round again if a close arrived while it was attempting. A close that
    # arrives while it waits is absorbed (the planned attempt covers it). So whatever order close
    # events and attempts come in, a wanted connection always has exactly one attempt ahead of it:
    # with no internet the session retries for ever, with capped backoff.

    def _reconnect_waiting(self) -> bool:
        """True while the reconnect task waits for its planned attempt."""
        task = self._reconnect_task
        return task is not None and not task.done() and not self._reconnect_attempting

    def _plan_reconnect(self, delay: float) -> float:
        """Make sure an attempt is planned about ``delay`` from now; return its time (clock)."""
        task = self._reconnect_task
        if task is not None and not task.done():
            if self._reconnect_attempting:
                self._set_reconnect_time(delay)
                self._reconnect_again = delay
            elif delay <= 0:
                self._set_reconnect_time(0.0)
                self._reconnect_now.set()
            return self._reconnect_at if self._reconnect_at is not None else self._now()
        self._reconnect_now = asyncio.Event()
        self._attempt_finished = asyncio.Event()
        self._reconnect_attempting = False
        self._reconnect_again = None
        self._set_reconnect_time(delay)
        self._reconnect_task = self._spawn(self._reconnect_loop(delay), "reconnect")
        assert self._reconnect_at is not None
        return self._reconnect_at

    def _set_reconnect_time(self, delay: float) -> None:
        self._reconnect_at = self._now() + delay
        self._reconnect_due = asyncio.get_running_loop().time() + delay

    def _schedule_reconnect(self, delay: float) -> asyncio.Task[None]:
        """Reconnect after ``delay``; a reconnect already planned or running absorbs this one."""
        self._plan_reconnect(delay)
        assert self._reconnect_task is not None
        return self._reconnect_task

    def _cancel_reconnect(self) -> None:
        if self._reconnect_task is not None and not self._reconnect_task.done():
            if self._reconnect_task is not asyncio.current_task():
                self._reconnect_task.cancel()
        self._reconnect_task = None
        self._reconnect_at = None
        self._reconnect_again = None
        self._attempt_finished.set()  # nobody waits for an attempt that will not happen

    async def _reconnect_loop(self, delay: float) -> None:
        next_delay: float | None = delay
        while next_delay is not None:
            remaining = self._reconnect_due - asyncio.get_running_loop().time()
            if remaining > 0:
                await wait_event(self._reconnect_now, remaining)
            self._reconnect_attempting = True
            self._reconnect_again = None
            try:
                await self._attempt_reconnect()
            finally:
                self._reconnect_attempting = False
                finished, self._attempt_finished = self._attempt_finished, asyncio.Event()
                finished.set()
            next_delay = self._reconnect_again
            self._reconnect_again = None
            self._reconnect_now = asyncio.Event()
            if not self._want_connected or self._closing:
                return
        self._reconnect_at = None

    async def _attempt_reconnect(self) -> None:
        if not self._want_connected or self._closing:
            return
        if self._restart_task is not None and not self._restart_task.done():
            return  # the restart opens the socket itself
        async with self._op_lock:
            if not self._want_connected or self._closing:
                return
            if not await self._ensure_process():
                return
            if self._state is SessionState.CONNECTED:
                await self._stop_socket()
            self.reconnects += 1
            await self._open_socket()

    async def _hurry_reconnect(self) -> None:
        """Make the planned attempt now and wait until it is made (not for later rounds)."""
        task = self._reconnect_task
        if task is None or task.done():
            return
        finished = self._attempt_finished
        self._reconnect_now.set()
        waiter = asyncio.ensure_future(finished.wait())
        try:
            await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()

    async def reconnect(self) -> SessionStatus:
        """Close and reopen the WhatsApp connection; concurrent calls share one reconnect."""
        if self._closing:
            raise ActionNotAvailableError("The session is shutting down.")
        self._want_connected = True
        self._schedule_reconnect(0.0)
        await self._hurry_reconnect()
        return self.status()

    # -- bridge restarts --------------------------------------------------------------------------

    def _on_bridge_exit(self, proc: BridgeProcess, outcome: ProcessOutcome) -> None:
        self._notify()
        if proc is not self._process or outcome.requested or self._closing:
            return
        if proc.uptime() >= self.options.stable_after:
            self._restart_attempt = 0
        if self._restart_task is not None and not self._restart_task.done():
            return
        delay = backoff_delay(self._restart_attempt, self.options.restart_base, self.options.restart_max)
        self._restart_attempt += 1
        self._schedule_restart(delay, outcome.reason)

    def _schedule_restart(self, delay: float, reason: str, *, announce: bool = True) -> asyncio.Task[None]:
        if self._restart_task is not None and not self._restart_task.done():
            return self._restart_task
        self._restarting = True
        self._restart_now = asyncio.Event()
        self._notify()
        if announce and self._want_connected:
            at = self._now() + delay
            self._transition(SessionState.RECONNECTING,
                             f"{reason} Restarting the bridge at {_clock_text(at)}.",
                             next_attempt_at=at)
        self._restart_task = self._spawn(self._restart(delay, reason), "restart")
        return self._restart_task

    async def _restart(self, delay: float, reason: str) -> None:
        try:
            if delay > 0:
                await wait_event(self._restart_now, delay)
            if self._closing:
                return
            async with self._op_lock:
                old = self._process
                if old is not None and old.alive:
                    await self._wait_sends_done(old)
                    self._expect_close = True
                    await old.shutdown(self.options.shutdown_grace)
                self.bridge_restarts += 1
                log.info("restarting the bridge: %s", reason, extra=self._extra)
                if await self._launch_for_restart() and self._want_connected:
                    await self._open_socket()
        finally:
            # A failed launch may have planned the next restart already; that one owns the flag.
            if self._restart_task is None or self._restart_task is asyncio.current_task():
                self._restart_task = None
                self._restarting = False
            self._notify()

    async def _launch_for_restart(self) -> bool:
        # On failure _launch plans the next restart itself, which needs this one out of the way.
        self._restart_task = None
        return await self._launch()

    async def _wait_sends_done(self, proc: BridgeProcess) -> None:
        """Wait (bounded) until no send is in flight: a restart must not cut a send in half."""
        limit = self.options.send_timeout + self.options.send_timeout_margin + 1.0
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while proc.alive and proc.sends_in_flight > 0 and loop.time() < deadline:
            await asyncio.sleep(0.05)

    async def restart_bridge(self, reason: str = "Restart requested.") -> SessionStatus:
        """Restart the bridge process now (after sends in flight finish), keeping the login."""
        if self._closing:
            raise ActionNotAvailableError("The session is shutting down.")
        task = self._schedule_restart(0.0, reason)
        self._restart_now.set()
        await _join(task)
        return self.status()

    def _ensure_memory_watch(self) -> None:
        if self._memory_task is None or self._memory_task.done():
            self._memory_task = self._spawn(self._watch_memory(), "memory")

    async def _watch_memory(self) -> None:
        while not self._closing:
            await asyncio.sleep(self.options.memory_check_interval)
            proc = self._process
            if proc is None or not proc.alive or self._restarting:
                continue
            rss = await asyncio.to_thread(proc.rss)
            if rss is not None and rss > self.options.memory_limit_bytes:
                mb = rss / (1024 * 1024)
                limit_mb = self.options.memory_limit_bytes / (1024 * 1024)
                self._schedule_restart(0.0, f"The bridge uses {mb:.0f} MB, more than the {limit_mb:.0f} MB allowed.")

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
                    f"WhatsApp is not connected for this company ({status.state.value}: "
                    f"{status.message}); the message was not sent."
                )
            await wait_event(self._changed, remaining)

    async def send_text(
        self, to: str, text: str, message_id: str, timeout: float | None = None
    ) -> SentMessage:
        """Send a text; waits (bounded) for :attr:`can_send`, then for WhatsApp to accept it.

        Raises :class:`NotConnectedError`, :class:`SendTimeoutError` or :class:`SendFailedError`;
        never hangs longer than the wait bound plus ``timeout`` plus a small margin.
        """
        await self.wait_can_send()
        proc = self._process
        assert proc is not None
        timeout = self.options.send_timeout if timeout is None else timeout
        args = {"to": to, "text": text, "message_id": message_id, "timeout_ms": max(1, int(timeout * 1000))}
        try:
            result = await proc.request("send_text", args, timeout=timeout + self.options.send_timeout_margin)
        except BridgeCommandError as exc:
            if exc.code == "send_timeout":
                raise SendTimeoutError(
                    f"WhatsApp did not accept the message within {timeout:g} s; it was not confirmed as sent."
                ) from exc
            if exc.code in ("not_connected", "shutting_down"):
                raise NotConnectedError(f"WhatsApp disconnected before the message was sent ({exc}).") from exc
            if exc.code == "bad_argument":
                raise SendFailedError(f"The message was not sent: {exc}.") from exc
            if exc.code == "send_refused":
                raise SendRefusedError(f"WhatsApp refused the message for good: {exc}",
                                       exc.status) from exc
            raise SendFailedError(f"WhatsApp refused the message: {exc}") from exc
        except CommandTimeoutError as exc:
            raise SendTimeoutError(
                f"The WhatsApp bridge did not answer within {timeout:g} s; the message was not confirmed as sent."
            ) from exc
        except BridgeExitedError as exc:
            raise SendFailedError(
                "The WhatsApp bridge stopped while sending; the message was not confirmed as sent."
            ) from exc
        timestamp = result.get("timestamp")
        return SentMessage(
            message_id=str(result.get("message_id", message_id)),
            timestamp=timestamp if isinstance(timestamp, int) and not isinstance(timestamp, bool) else None,
        )

    async def _command(self, cmd: str, args: dict[str, Any] | None = None,
                       timeout: float | None = None) -> dict[str, Any]:
        proc = self._process
        if proc is None or not proc.alive:
            raise ActionNotAvailableError("The WhatsApp bridge is not running for this company.")
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
        if self._state not in (SessionState.WAITING_QR, SessionState.WAITING_PAIRING_CODE):
            raise ActionNotAvailableError(
                "A pairing code can be asked for only while a QR code is showing: press Connect first."
            )
        result = await self._command("pairing_code", {"phone": digits})
        code = result.get("code")
        if not isinstance(code, str):
            raise BridgeError("The bridge did not return a pairing code.")
        self._pairing = True
        if self._state is not SessionState.WAITING_PAIRING_CODE:
            self._transition(SessionState.WAITING_PAIRING_CODE, f"Pairing code {code}.")
        return code

    async def disconnect(self) -> SessionStatus:
        """Close the WhatsApp connection, keeping the saved login; nothing reconnects by itself."""
        self._want_connected = False
        self._cancel_reconnect()
        async with self._op_lock:
            await self._stop_socket()
            self._transition(SessionState.STOPPED, "Disconnected; the saved login is kept.")
        return self.status()

    async def logout(self) -> SessionStatus:
        """Unlink this computer from WhatsApp and delete the saved login."""
        self._want_connected = False
        self._cancel_reconnect()
        async with self._op_lock:
            proc = self._process
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
            self._transition(SessionState.LOGGED_OUT, "You unlinked this computer; the saved login was deleted.")
        return self.status()

    # -- simulator controls -----------------------------------------------------------------------

    async def sim_scan(self) -> None:
        """Simulator: the phone scans the QR code (or accepts the pairing code)."""
        await self._command("sim.scan")

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
        fields = {"text": text, "media": media, "name": name, "message_id": message_id, "from_me": from_me,
                  "lid": lid, "group": group, "broadcast": broadcast, "type": type, "timestamp": timestamp,
                  "history": history, "undecryptable": undecryptable}
        args = {"from": phone, **{k: v for k, v in fields.items() if v is not None}}
        result = await self._command("sim.incoming", args)
        # The argument and the answer are ``message_id`` on the wire: ``id`` is the command's own.
        return str(result.get("message_id") or result.get("id") or "")

    async def sim_lid_mapping(self, phone: str, lid: str | None = None) -> str:
        """Simulator: WhatsApp tells the phone behind a LID (by default the phone's own LID)."""
        result = await self._command("sim.lid_mapping", {"phone": phone, **({"lid": lid} if lid else {})})
        return str(result.get("lid") or "")

    async def sim_fault(self, fault: str, **args: Any) -> None:
        """Simulator: inject a fault (``disconnect``, ``logout``, ``replaced``, ``crash`` ...)."""
        await self._command("sim.fault", {"fault": fault, **args})

    # -- shutdown ---------------------------------------------------------------------------------

    async def shutdown(self) -> None:
        """Stop everything: sends in flight get a bounded moment, then the bridge exits cleanly."""
        if self._closing:
            return
        self._closing = True
        self._want_connected = False
        self._notify()
        for task in (self._reconnect_task, self._restart_task, self._memory_task, self._unblock_task):
            if task is not None and not task.done():
                task.cancel()
        proc = self._process
        try:
            if proc is not None and proc.alive:
                await self._wait_sends_done_bounded(proc, self.options.shutdown_grace)
                await proc.shutdown(self.options.shutdown_grace)
            self._transition(SessionState.STOPPED, "The app closed the WhatsApp bridge.")
        finally:
            pending = [t for t in self._background if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                await asyncio.gather(*pending, return_exceptions=True)
            deliveries = list(self._subscribers)
            if self._transition_delivery is not None:
                deliveries.append(self._transition_delivery)
            for delivery in deliveries:
                await delivery.drain(1.0)
                delivery.close()

    async def _wait_sends_done_bounded(self, proc: BridgeProcess, limit: float) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + limit
        while proc.alive and proc.sends_in_flight > 0 and loop.time() < deadline:
            await asyncio.sleep(0.05)


async def _join(task: asyncio.Task[Any]) -> None:
    """Wait for a shared task without cancelling it when we are cancelled, and without raising
    when someone else cancelled it (a disconnect cancels a planned reconnect, for example)."""
    await asyncio.wait({task})


def _clock_text(ts: float) -> str:
    """A time of day in the computer's local time, for messages to the user."""
    return datetime.fromtimestamp(ts).strftime("%H:%M:%S")
