"""The process supervisor: starts a company's bridge, restarts it when it dies, grows too big or
stops answering.

It owns at most one :class:`~desktop.bridge.process.BridgeProcess` at a time. A restart waits for
sends in flight (a send is never cut in half), backs off when the bridge keeps dying, and resets the
backoff once a bridge stayed up long enough. A bridge that misses its heartbeat (``status`` within
a deadline) is hung: waiting for its sends would wait for nothing, so it is killed at once and its
sends in flight end as of unknown fate (the outbox sends them again with the same WhatsApp id).
What the link does around it (open the socket again, which state to show) it asks the session
through :class:`SupervisorHooks`.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.reason import Reason, define
from desktop.waiting import wait_event

from .auth_folder import AuthFolder
from .link import LinkEvent, LinkMachine
from .node_runtime import BridgeSetupError, NodeRuntime
from .process import (
    BridgeError,
    BridgeLaunch,
    BridgeProcess,
    BridgeStartError,
    CommandTimeoutError,
    ProcessOutcome,
    ProtocolMismatchError,
)
from .protocol import BridgeEvent
from .states import SessionOptions, backoff_delay

log = logging.getLogger("ai_admin.bridge.session")

STARTING = define("bridge.starting", "Starting the WhatsApp bridge.")
IDLE = define("bridge.idle", "The bridge is running; WhatsApp is not connected.")
FOLDER_UNUSABLE = define("bridge.folder_unusable",
                         "The session folder {folder} cannot be used ({error}): check the data "
                         "folder.")
TRYING_AGAIN = define("bridge.trying_again", "{why} Trying again at {at}.")
RESTARTING = define("bridge.restarting", "{why} Restarting the bridge at {at}.")
TOO_BIG = define("bridge.too_big", "The bridge uses {mb} MB, more than the {limit} MB allowed.")
NOT_ANSWERING = define("bridge.not_answering",
                       "The bridge did not answer within {seconds} s; it is hung.")


@dataclass(frozen=True)
class SupervisorHooks:
    """What the supervisor asks of the session it serves."""

    on_event: Callable[[BridgeEvent], None]  # a line from the current process
    on_ready: Callable[[dict[str, Any]], None]  # the bridge's status right after it started
    wants_connection: Callable[[], bool]
    closing: Callable[[], bool]
    open_socket: Callable[[], Awaitable[None]]  # after a restart, when a connection is wanted
    expect_close: Callable[[], None]  # we are about to close the socket ourselves


class BridgeSupervisor:
    """Launches, watches and restarts one company's bridge process."""

    def __init__(
        self,
        company_id: int,
        options: SessionOptions,
        *,
        locate: Callable[[], NodeRuntime],
        auth: AuthFolder,
        machine: LinkMachine,
        hooks: SupervisorHooks,
        op_lock: asyncio.Lock,
        spawn: Callable[[Awaitable[Any], str], asyncio.Task[Any]],
    ) -> None:
        self.company_id = company_id
        self.options = options
        self._locate = locate
        self._auth = auth
        self._machine = machine
        self._hooks = hooks
        self._op_lock = op_lock
        self._spawn = spawn
        self._extra = {"company_id": company_id}
        self.process: BridgeProcess | None = None
        self.runtime: NodeRuntime | None = None
        self.restarting = False  # a restart is planned or under way
        self.bridge_restarts = 0
        self._attempt = 0  # failed starts in a row (backoff)
        self._restart_task: asyncio.Task[None] | None = None
        self._restart_now = asyncio.Event()
        self._memory_task: asyncio.Task[None] | None = None
        self._heartbeat_task: asyncio.Task[None] | None = None
        self._hung: BridgeProcess | None = None  # the process killed for missing its heartbeat

    @property
    def alive(self) -> bool:
        """True when a bridge process runs."""
        return self.process is not None and self.process.alive

    @property
    def restart_active(self) -> bool:
        """True while a restart task is planned or running."""
        return self._restart_task is not None and not self._restart_task.done()

    def reset_backoff(self) -> None:
        """The link opened: the next failure starts the backoff from the beginning."""
        self._attempt = 0

    # -- starting ---------------------------------------------------------------------------------

    async def ensure_process(self) -> bool:
        """Make sure a bridge process runs; False (with state ``bridge_failed``) when it cannot."""
        if self.alive:
            return True
        return await self._launch()

    async def _launch(self) -> bool:
        self._machine.fire(LinkEvent.BRIDGE_STARTING, Reason(STARTING))
        try:
            runtime = await asyncio.to_thread(self._locate)
        except BridgeSetupError as exc:
            self._fail(exc.reason, retry=False)
            return False
        self.runtime = runtime
        try:
            self._auth.prepare()
        except OSError as exc:
            self._fail(Reason(FOLDER_UNUSABLE, {"folder": str(self._auth.path), "error": str(exc)}),
                       retry=False)
            return False
        options = self.options
        launch = BridgeLaunch(
            runtime=runtime,
            company_id=self.company_id,
            auth_dir=self._auth.path,
            transport=options.transport,
            send_timeout_ms=int(options.send_timeout * 1000),
            allow_groups=options.allow_groups,
            sim=options.sim,
            wa_url=options.wa_url,
            wa_root_key=options.wa_root_key,
            connect_deadline_ms=(None if options.connect_deadline is None
                                 else max(1, int(options.connect_deadline * 1000))),
        )
        proc: BridgeProcess

        def on_event(event: BridgeEvent) -> None:
            if proc is self.process:  # not a late line from a process we already replaced
                self._hooks.on_event(event)

        def on_exit(outcome: ProcessOutcome) -> None:
            self._on_exit(proc, outcome)

        proc = BridgeProcess(launch, on_event=on_event, on_exit=on_exit,
                             ready_timeout=options.ready_timeout,
                             command_timeout=options.command_timeout)
        self.process = proc
        try:
            await proc.start()
        except ProtocolMismatchError as exc:
            self._fail(exc.reason, retry=False)
            return False
        except BridgeStartError as exc:
            fatal = exc.outcome is not None and exc.outcome.fatal_code is not None
            self._fail(exc.reason, retry=not fatal)
            return False
        try:
            self._hooks.on_ready(await proc.request("status"))
        except BridgeError as exc:
            log.warning("bridge status after start failed: %s", exc, extra=self._extra)
        self._ensure_memory_watch()
        self._ensure_heartbeat()
        if not self._hooks.wants_connection():
            self._machine.fire(LinkEvent.BRIDGE_IDLE, Reason(IDLE))
        return True

    def _fail(self, reason: Reason, *, retry: bool) -> None:
        """Enter ``bridge_failed``; with ``retry`` a restart is scheduled with backoff."""
        if not retry:
            self._machine.fire(LinkEvent.BRIDGE_FAILED, reason)
            return
        delay = backoff_delay(self._attempt, self.options.restart_base, self.options.restart_max)
        self._attempt += 1
        at = self.options.clock() + delay
        self._machine.fire(LinkEvent.BRIDGE_FAILED,
                           Reason(TRYING_AGAIN, {"why": reason, "at": clock_text(at)}),
                           next_attempt_at=at)
        self._schedule(delay, reason, announce=False)

    # -- restarts ---------------------------------------------------------------------------------

    def _on_exit(self, proc: BridgeProcess, outcome: ProcessOutcome) -> None:
        self._machine.notify()
        if proc is not self.process or outcome.requested or self._hooks.closing():
            return
        if proc.uptime() >= self.options.stable_after:
            self._attempt = 0
        if self.restart_active:
            return
        delay = backoff_delay(self._attempt, self.options.restart_base, self.options.restart_max)
        self._attempt += 1
        self._schedule(delay, outcome.reason)

    def _schedule(self, delay: float, reason: Reason, *, announce: bool = True) -> asyncio.Task[None]:
        if self._restart_task is not None and not self._restart_task.done():
            return self._restart_task
        self.restarting = True
        self._restart_now = asyncio.Event()
        self._machine.notify()
        if announce and self._hooks.wants_connection():
            at = self.options.clock() + delay
            self._machine.fire(LinkEvent.BRIDGE_RESTARTING,
                               Reason(RESTARTING, {"why": reason, "at": clock_text(at)}),
                               next_attempt_at=at)
        self._restart_task = self._spawn(self._restart(delay, reason), "restart")
        return self._restart_task

    async def _restart(self, delay: float, reason: Reason) -> None:
        try:
            if delay > 0:
                await wait_event(self._restart_now, delay)
            if self._hooks.closing():
                return
            async with self._op_lock:
                old = self.process
                if old is not None and old is self._hung:
                    self._hooks.expect_close()
                    old.kill()
                    await old.wait()  # its sends in flight have failed: none is left waiting
                elif old is not None and old.alive:
                    await self.wait_sends_done(old, self.options.send_timeout
                                               + self.options.send_timeout_margin + 1.0)
                    self._hooks.expect_close()
                    await old.shutdown(self.options.shutdown_grace)
                self.bridge_restarts += 1
                log.info("restarting the bridge: %s", reason, extra=self._extra)
                # On failure _launch plans the next restart itself, which needs this one out of the way.
                self._restart_task = None
                if await self._launch() and self._hooks.wants_connection():
                    await self._hooks.open_socket()
        finally:
            # A failed launch may have planned the next restart already; that one owns the flag.
            if self._restart_task is None or self._restart_task is asyncio.current_task():
                self._restart_task = None
                self.restarting = False
            self._machine.notify()

    async def restart(self, reason: Reason) -> None:
        """Restart the bridge now (after sends in flight finish), keeping the login."""
        task = self._schedule(0.0, reason)
        self._restart_now.set()
        await join(task)

    async def hurry_restart(self) -> bool:
        """Make a planned restart happen now and wait for it; False when none is planned."""
        task = self._restart_task
        if task is None or task.done():
            return False
        self._restart_now.set()
        await join(task)
        return True

    async def wait_sends_done(self, proc: BridgeProcess, limit: float) -> None:
        """Wait (bounded) until no send is in flight: a restart must not cut a send in half."""
        await proc.wait_sends_answered(limit)

    # -- memory -----------------------------------------------------------------------------------

    def _ensure_memory_watch(self) -> None:
        if self._memory_task is None or self._memory_task.done():
            self._memory_task = self._spawn(self._watch_memory(), "memory")

    async def _watch_memory(self) -> None:
        while not self._hooks.closing():
            await asyncio.sleep(self.options.memory_check_interval)
            proc = self.process
            if proc is None or not proc.alive or self.restarting:
                continue
            rss = await asyncio.to_thread(proc.rss)
            if rss is not None and rss > self.options.memory_limit_bytes:
                mb = rss / (1024 * 1024)
                limit_mb = self.options.memory_limit_bytes / (1024 * 1024)
                self._schedule(0.0, Reason(TOO_BIG, {"mb": f"{mb:.0f}", "limit": f"{limit_mb:.0f}"}))

    # -- heartbeat --------------------------------------------------------------------------------

    def _ensure_heartbeat(self) -> None:
        if self._heartbeat_task is None or self._heartbeat_task.done():
            self._heartbeat_task = self._spawn(self._watch_heartbeat(), "heartbeat")

    async def _watch_heartbeat(self) -> None:
        while not self._hooks.closing():
            await asyncio.sleep(self.options.heartbeat_interval)
            proc = self.process
            if proc is None or not proc.alive or self.restarting:
                continue
            try:
                await proc.request("status", timeout=self.options.heartbeat_deadline)
            except CommandTimeoutError:
                if proc is self.process and proc.alive and not self._hooks.closing():
                    self._on_hung(proc)
            except BridgeError:
                continue  # it ended: the exit watch restarts it

    def _on_hung(self, proc: BridgeProcess) -> None:
        """The bridge missed its heartbeat: not `connected` any more, killed now, started again."""
        reason = Reason(NOT_ANSWERING, {"seconds": f"{self.options.heartbeat_deadline:g}"})
        log.error("the bridge (pid %s) did not answer its heartbeat within %g s; killing it",
                  proc.pid, self.options.heartbeat_deadline, extra=self._extra)
        self._hung = proc
        # The restart is planned first, so the state (and can_send) says so before anything
        # else runs; the kill fails the sends in flight at once rather than after their timeout.
        # SIGKILL ends a stopped process too.
        self._schedule(0.0, reason)
        proc.kill()

    def was_hung(self, proc: BridgeProcess | None) -> bool:
        """True when ``proc`` was killed for missing its heartbeat (its sends' fate is unknown)."""
        return proc is not None and proc is self._hung

    # -- stopping ---------------------------------------------------------------------------------

    def cancel_tasks(self) -> None:
        """Stop planning restarts and watching memory (shutdown)."""
        for task in (self._restart_task, self._memory_task, self._heartbeat_task):
            if task is not None and not task.done():
                task.cancel()

    async def shutdown(self) -> None:
        """Let sends in flight finish (bounded), then ask the bridge to exit."""
        proc = self.process
        if proc is not None and proc.alive:
            await self.wait_sends_done(proc, self.options.shutdown_grace)
            await proc.shutdown(self.options.shutdown_grace)


async def join(task: asyncio.Task[Any]) -> None:
    """Wait for a shared task without cancelling it when we are cancelled, and without raising
    when someone else cancelled it (a disconnect cancels a planned reconnect, for example)."""
    await asyncio.wait({task})


def clock_text(ts: float) -> str:
    """A time of day in the computer's local time, for messages to the user."""
    return datetime.fromtimestamp(ts).strftime("%H:%M:%S")
