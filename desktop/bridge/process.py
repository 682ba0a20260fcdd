"""One running Node bridge process: start it, talk JSON Lines to it, watch it, stop it.

``BridgeProcess`` knows nothing about WhatsApp states; it checks the ``ready`` line, routes each
command result to the caller waiting for it, hands every event to one callback, and reports how the
process ended as a :class:`ProcessOutcome`. The per-company policy (reconnects, restarts) lives in
``session.py``.
"""

from __future__ import annotations

import asyncio
import collections
import itertools
import logging
import signal as signal_module
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from desktop.reason import Reason, define
from desktop.waiting import wait_event, within

from .node_runtime import NodeRuntime
from .protocol import (
    MAX_LINE_BYTES,
    PROTOCOL_VERSION,
    BridgeEvent,
    BridgeLog,
    CommandResult,
    Fatal,
    ProtocolErrorEvent,
    Ready,
    WireError,
    decode_line,
    encode_command,
)

log = logging.getLogger("ai_admin.bridge.process")
node_log = logging.getLogger("ai_admin.bridge.node")

_READ_CHUNK = 64 * 1024


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------


class BridgeError(RuntimeError):
    """Something went wrong talking to the bridge process; the message is plain words."""


class BridgeStartError(BridgeError):
    """The bridge process did not come up (exited at once, or never said it was ready)."""

    def __init__(self, reason: Reason, outcome: ProcessOutcome | None = None) -> None:
        super().__init__(reason.text)
        self.reason = reason
        self.outcome = outcome


class ProtocolMismatchError(BridgeStartError):
    """The bridge speaks another protocol version than this app."""


class BridgeExitedError(BridgeError):
    """The bridge process ended while a command was waiting for its answer."""


class CommandTimeoutError(BridgeError):
    """The bridge did not answer a command in time."""

    def __init__(self, message: str, cmd: str) -> None:
        super().__init__(message)
        self.cmd = cmd


class BridgeCommandError(BridgeError):
    """The bridge answered a command with an error code (see the protocol's error table)."""

    def __init__(self, cmd: str, code: str, message: str, status: int | None = None) -> None:
        super().__init__(message or code)
        self.cmd = cmd
        self.code = code
        self.status = status  # WhatsApp's number, when the bridge gave one (send_refused)


# ---------------------------------------------------------------------------------------------
# Launch parameters and outcome
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SimTimings:
    """Simulator timings (all optional; the bridge's defaults are WhatsApp's real ones)."""

    qr_first_ms: int | None = None
    qr_next_ms: int | None = None
    qr_max: int | None = None
    connect_delay_ms: int | None = None
    receipt_delay_ms: int | None = None  # WhatsApp's ack of a send, then the phone's receipts

    def args(self) -> list[str]:
        """Command-line flags for the bridge."""
        out: list[str] = []
        for flag, value in (
            ("--qr-first-ms", self.qr_first_ms),
            ("--qr-next-ms", self.qr_next_ms),
            ("--qr-max", self.qr_max),
            ("--connect-delay-ms", self.connect_delay_ms),
            ("--receipt-delay-ms", self.receipt_delay_ms),
        ):
            if value is not None:
                out += [flag, str(int(value))]
        return out


@dataclass(frozen=True)
class BridgeLaunch:
    """How to start one company's bridge."""

    runtime: NodeRuntime
    company_id: int
    auth_dir: Path
    transport: str = "sim"  # sim | baileys
    send_timeout_ms: int | None = None
    allow_groups: bool = False
    sim: SimTimings = SimTimings()
    # Another WhatsApp Web server (a loopback one: the local practice server) and the public key
    # of its certificate root; without both, the bridge talks to WhatsApp and checks its root.
    wa_url: str | None = None
    wa_root_key: str | None = None
    connect_deadline_ms: int | None = None  # no QR or open within it: closed as 408

    def argv(self) -> list[str]:
        """The full command line."""
        argv = [
            str(self.runtime.node),
            # A small young generation keeps the bridge's memory steady (about 95 MB in
            # simulator mode instead of 100-125 MB) at no measurable cost in latency.
            "--max-semi-space-size=2",
            str(self.runtime.bridge_script),
            "--company", str(self.company_id),
            "--auth-dir", str(self.auth_dir),
            "--transport", self.transport,
        ]
        if self.send_timeout_ms is not None:
            argv += ["--send-timeout-ms", str(int(self.send_timeout_ms))]
        if self.allow_groups:
            argv.append("--allow-groups")
        if self.wa_url:
            argv += ["--wa-url", self.wa_url]
        if self.wa_root_key:
            argv += ["--wa-root-key", self.wa_root_key]
        if self.connect_deadline_ms is not None:
            argv += ["--connect-deadline-ms", str(int(self.connect_deadline_ms))]
        if self.transport == "sim":
            argv += self.sim.args()
        return argv


CANNOT_RUN = define("bridge.cannot_run", "The bridge cannot run: {error}")
STOPPED_AS_ASKED = define("bridge.stopped_as_asked", "The bridge stopped as asked.")
KILLED = define("bridge.killed", "The bridge was killed ({signal}).")
EXITED = define("bridge.exited", "The bridge exited without being asked to.")
ENDED_UNKNOWN = define("bridge.ended_unknown", "The bridge ended in an unknown way.")
CRASHED = define("bridge.crashed", "The bridge crashed (exit code {exit_code}).")
LAST_MESSAGE = define("bridge.last_message", "{why} Last message: {line}")
COULD_NOT_START = define("bridge.could_not_start", "The bridge could not be started: {error}")
NEVER_STARTED = define("bridge.never_started", "The bridge was never started.")
NOT_READY = define("bridge.not_ready",
                   "The bridge did not report that it was ready within {seconds} s.")
PROTOCOL_MISMATCH = define("bridge.protocol_mismatch",
                           "The WhatsApp bridge speaks protocol version {theirs}, but this app "
                           "speaks version {ours}: reinstall AI Admin so both parts match.")


@dataclass(frozen=True)
class ProcessOutcome:
    """How a bridge process ended, in data a test can check without a process."""

    exit_code: int | None
    signal: int | None
    stderr_tail: tuple[str, ...]
    reason: Reason
    requested: bool  # we asked it to stop (shutdown or kill by us)
    fatal_code: str | None = None

    @property
    def unexpected(self) -> bool:
        """True when nobody asked the process to end."""
        return not self.requested


# A bridge stderr line starts with who wrote it and its level: "bridge warn: ..." (the bridge's own
# log, desktop/bridge/node/lib/log.mjs) or "baileys error: ..." (the WhatsApp library).
_STDERR_LEVELS = {"trace": logging.DEBUG, "debug": logging.DEBUG, "info": logging.INFO,
                  "warn": logging.WARNING, "error": logging.ERROR, "fatal": logging.CRITICAL}


def stderr_level(line: str) -> int:
    """The log level a bridge stderr line was written at; info for a line without one."""
    head, colon, _ = line.partition(":")
    if not colon:
        return logging.INFO
    source, _, level = head.partition(" ")
    if source not in ("bridge", "baileys"):
        return logging.INFO
    return _STDERR_LEVELS.get(level.strip(), logging.INFO)


def describe_exit(
    returncode: int | None,
    stderr_tail: tuple[str, ...] | list[str] = (),
    *,
    requested: bool = False,
    fatal: Fatal | None = None,
) -> ProcessOutcome:
    """Turn a return code (negative = killed by that signal, as asyncio reports it) into an outcome."""
    tail = tuple(stderr_tail)
    exit_code: int | None = None
    sig: int | None = None
    if returncode is not None and returncode < 0:
        sig = -returncode
    else:
        exit_code = returncode
    if fatal is not None:
        # The bridge's own words (it says what to install): they travel as they are.
        reason = Reason(CANNOT_RUN, {"error": fatal.message or fatal.code})
    elif requested and (exit_code == 0 or sig is not None):
        reason = Reason(STOPPED_AS_ASKED)
    elif sig is not None:
        try:
            name = signal_module.Signals(sig).name
        except ValueError:
            name = f"signal {sig}"
        reason = Reason(KILLED, {"signal": name})
    elif exit_code == 0:
        reason = Reason(EXITED)
    elif exit_code is None:
        reason = Reason(ENDED_UNKNOWN)
    else:
        reason = Reason(CRASHED, {"exit_code": exit_code})
    last = next((line for line in reversed(tail) if line.strip()), "")
    if last and fatal is None and not (requested and exit_code == 0):
        reason = Reason(LAST_MESSAGE, {"why": reason, "line": last[:300]})
    return ProcessOutcome(exit_code, sig, tail, reason, requested, fatal.code if fatal else None)


# ---------------------------------------------------------------------------------------------
# The process
# ---------------------------------------------------------------------------------------------


EventCallback = Callable[[BridgeEvent], None]
ExitCallback = Callable[[ProcessOutcome], None]


class BridgeProcess:
    """A running ``bridge.mjs``: commands with ids and timeouts, events to a callback, clean stop.

    ``on_event`` is called from the reader task for every event line and must not block; the
    first ``ready`` line is consumed by :meth:`start`. ``on_exit`` is called once when the process
    has ended and every waiting command has been failed.
    """

    def __init__(
        self,
        launch: BridgeLaunch,
        *,
        on_event: EventCallback | None = None,
        on_exit: ExitCallback | None = None,
        ready_timeout: float = 15.0,
        command_timeout: float = 30.0,
        stderr_keep: int = 40,
    ) -> None:
        self.launch = launch
        self._on_event = on_event
        self._on_exit = on_exit
        self._ready_timeout = ready_timeout
        self._command_timeout = command_timeout
        self._proc: asyncio.subprocess.Process | None = None
        self._started_at: float | None = None
        self._ready: Ready | None = None
        self._ready_future: asyncio.Future[Ready] | None = None
        self._pending: dict[str, tuple[str, asyncio.Future[CommandResult]]] = {}
        self._ids = itertools.count(1)
        self._stderr_tail: collections.deque[str] = collections.deque(maxlen=stderr_keep)
        self._fatal: Fatal | None = None
        self._requested_stop = False
        self._tasks: list[asyncio.Task[None]] = []
        self._finished = asyncio.Event()
        self._outcome: ProcessOutcome | None = None
        self.malformed_lines = 0
        self._extra = {"company_id": launch.company_id}

    # -- properties -----------------------------------------------------------------------------

    @property
    def pid(self) -> int | None:
        """Process id, once started."""
        return self._proc.pid if self._proc else None

    @property
    def alive(self) -> bool:
        """True while the process runs and has not ended."""
        return self._proc is not None and self._proc.returncode is None and not self._finished.is_set()

    @property
    def ready_info(self) -> Ready | None:
        """The ``ready`` line of this process (versions, pid), once seen."""
        return self._ready

    @property
    def outcome(self) -> ProcessOutcome | None:
        """How the process ended, or ``None`` while it runs."""
        return self._outcome

    @property
    def sends_in_flight(self) -> int:
        """Number of ``send_text`` commands still waiting for their answer."""
        return sum(1 for cmd, _ in self._pending.values() if cmd == "send_text")

    async def wait_sends_answered(self, timeout: float) -> bool:
        """Wait (bounded) until every ``send_text`` in flight has its answer, or the process ended
        (which answers them all with an error); True when none is left waiting."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while waiting := [future for cmd, future in self._pending.values()
                          if cmd == "send_text" and not future.done()]:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            await asyncio.wait(waiting, timeout=remaining)
        return True

    @property
    def stderr_tail(self) -> tuple[str, ...]:
        """The last stderr lines, for diagnostics."""
        return tuple(self._stderr_tail)

    def uptime(self) -> float:
        """Seconds since the process started (0 before start)."""
        if self._started_at is None:
            return 0.0
        return time.monotonic() - self._started_at

    def rss(self) -> int | None:
        """Resident memory of the process in bytes, or ``None`` when it cannot be read."""
        if not self.alive or self.pid is None:
            return None
        try:
            return int(psutil.Process(self.pid).memory_info().rss)
        except (psutil.Error, OSError):
            return None

    # -- lifecycle ------------------------------------------------------------------------------

    async def start(self) -> Ready:
        """Start the process and wait for its ``ready`` line; raise :class:`BridgeStartError`."""
        if self._proc is not None:
            raise RuntimeError("a BridgeProcess can only be started once")
        argv = self.launch.argv()
        kwargs: dict[str, Any] = {}
        if sys.platform == "win32":
            # A console window per company would pop up on the front-desk PC.
            kwargs["creationflags"] = 0x08000000  # CREATE_NO_WINDOW
        log.info("starting bridge: %s", " ".join(argv[1:]), extra=self._extra)
        loop = asyncio.get_running_loop()
        self._ready_future = loop.create_future()
        try:
            self._proc = await asyncio.create_subprocess_exec(
                *argv,
                stdin=asyncio.subprocess.PIPE,
                stdout=asyncio.subprocess.PIPE,
                stderr=asyncio.subprocess.PIPE,
                cwd=str(self.launch.runtime.bridge_script.parent),
                **kwargs,
            )
        except OSError as exc:
            self._finished.set()
            self._outcome = ProcessOutcome(None, None, (),
                                           Reason(COULD_NOT_START, {"error": str(exc)}), False)
            raise BridgeStartError(self._outcome.reason, self._outcome) from exc
        self._started_at = time.monotonic()
        self._tasks = [
            asyncio.create_task(self._read_stdout(), name=f"bridge-{self.launch.company_id}-stdout"),
            asyncio.create_task(self._read_stderr(), name=f"bridge-{self.launch.company_id}-stderr"),
            asyncio.create_task(self._watch_exit(), name=f"bridge-{self.launch.company_id}-exit"),
        ]
        try:
            ready = await within(asyncio.shield(self._ready_future), self._ready_timeout)
        except TimeoutError:
            await self._abort_start()
            raise BridgeStartError(
                Reason(NOT_READY, {"seconds": f"{self._ready_timeout:g}"}),
                self._outcome,
            ) from None
        except BridgeStartError as exc:
            await self._abort_start()
            if exc.outcome is None:
                exc.outcome = self._outcome
            raise
        except asyncio.CancelledError:
            await self._abort_start()
            raise
        log.info(
            "bridge ready: pid %s, node %s, baileys %s, transport %s",
            ready.pid, ready.node, ready.baileys, ready.transport, extra=self._extra,
        )
        return ready

    async def _abort_start(self) -> None:
        # Nobody will read the ready future any more; cancelling it keeps asyncio from
        # reporting an exception that was never retrieved.
        if self._ready_future is not None and not self._ready_future.done():
            self._ready_future.cancel()
        self._requested_stop = True
        self.kill()
        await self.wait()

    def kill(self) -> None:
        """Kill the process at once (no grace)."""
        if self._proc is not None and self._proc.returncode is None:
            self._requested_stop = True
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass

    async def wait(self) -> ProcessOutcome:
        """Wait until the process has ended and return how."""
        await self._finished.wait()
        assert self._outcome is not None
        return self._outcome

    async def shutdown(self, grace: float = 5.0) -> ProcessOutcome:
        """Stop cleanly: ``shutdown`` command, then close stdin, then kill after ``grace`` seconds."""
        if self._proc is None:
            return ProcessOutcome(None, None, (), Reason(NEVER_STARTED), True)
        self._requested_stop = True
        if self.alive:
            try:
                await self.request("shutdown", timeout=grace)
            except BridgeError as exc:
                log.info("bridge did not acknowledge shutdown: %s", exc, extra=self._extra)
            self._close_stdin()
            if not await wait_event(self._finished, grace):
                log.warning("bridge still running %g s after shutdown; killing it", grace, extra=self._extra)
                self.kill()
        return await self.wait()

    def _close_stdin(self) -> None:
        if self._proc is not None and self._proc.stdin is not None:
            try:
                self._proc.stdin.close()
            except (OSError, RuntimeError):
                pass

    # -- commands -------------------------------------------------------------------------------

    async def request(
        self, cmd: str, args: dict[str, Any] | None = None, *, timeout: float | None = None
    ) -> dict[str, Any]:
        """Send one command and return its ``result`` object.

        Raises :class:`BridgeCommandError` when the bridge answers with an error,
        :class:`CommandTimeoutError` when it does not answer within ``timeout`` seconds, and
        :class:`BridgeExitedError` when the process is gone or ends meanwhile.
        """
        if not self.alive or self._proc is None or self._proc.stdin is None:
            raise BridgeExitedError("The WhatsApp bridge is not running.")
        command_id = f"{self.launch.company_id}-{next(self._ids)}"
        line = encode_command(command_id, cmd, args)
        future: asyncio.Future[CommandResult] = asyncio.get_running_loop().create_future()
        self._pending[command_id] = (cmd, future)
        timeout = self._command_timeout if timeout is None else timeout
        taken = False  # the whole line left our write buffer
        try:
            # One bound for writing and answering: a bridge that stopped reading its stdin (hung,
            # or stopped with SIGSTOP) fills the pipe, and drain() would otherwise wait for ever.
            async with asyncio.timeout(timeout):
                try:
                    self._proc.stdin.write(line)
                    await self._proc.stdin.drain()
                except (OSError, RuntimeError) as exc:
                    raise BridgeExitedError(
                        f"The WhatsApp bridge stopped before it got {cmd!r}.") from exc
                taken = True
                result = await asyncio.shield(future)
        except TimeoutError:
            if not taken:
                raise CommandTimeoutError(
                    f"The WhatsApp bridge did not read {cmd!r} within {timeout:g} s (it is not "
                    "reading its input).", cmd) from None
            raise CommandTimeoutError(
                f"The WhatsApp bridge did not answer {cmd!r} within {timeout:g} s.", cmd
            ) from None
        finally:
            self._pending.pop(command_id, None)
        if not result.ok:
            raise BridgeCommandError(cmd, result.error_code or "internal", result.error_message or "",
                                     result.error_status)
        return result.result

    async def send_raw(self, data: bytes) -> None:
        """Write raw bytes to the bridge's stdin (diagnostics and tests of malformed input)."""
        if not self.alive or self._proc is None or self._proc.stdin is None:
            raise BridgeExitedError("The WhatsApp bridge is not running.")
        self._proc.stdin.write(data)
        try:
            await within(self._proc.stdin.drain(), self._command_timeout)
        except TimeoutError:
            raise CommandTimeoutError(
                f"The WhatsApp bridge did not read raw input within {self._command_timeout:g} s.",
                "raw") from None

    # -- readers --------------------------------------------------------------------------------

    async def _read_stdout(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        stream = self._proc.stdout
        buffer = b""
        skipping = False  # inside an oversized line: drop bytes until its newline
        while True:
            chunk = await stream.read(_READ_CHUNK)
            if not chunk:
                break
            buffer += chunk
            while True:
                newline = buffer.find(b"\n")
                if newline < 0:
                    if len(buffer) > MAX_LINE_BYTES:
                        if not skipping:
                            self._malformed(WireError("line longer than allowed; dropped", buffer))
                        skipping = True
                        buffer = b""
                    break
                line, buffer = buffer[:newline], buffer[newline + 1:]
                if skipping:
                    skipping = False
                    continue
                if line.strip():
                    self._handle_line(line)
        if buffer.strip() and not skipping:
            self._handle_line(buffer)

    def _malformed(self, exc: WireError) -> None:
        self.malformed_lines += 1
        log.warning("ignored a malformed line from the bridge: %s (%r)", exc, exc.line, extra=self._extra)

    def _handle_line(self, raw: bytes) -> None:
        try:
            item = decode_line(raw)
        except WireError as exc:
            self._malformed(exc)
            return
        if isinstance(item, CommandResult):
            entry = self._pending.get(item.id)
            if entry is None or entry[1].done():
                log.warning("result for unknown command id %r ignored", item.id, extra=self._extra)
            else:
                entry[1].set_result(item)
            return
        if isinstance(item, Ready):
            self._accept_ready(item)
            return
        if isinstance(item, Fatal):
            self._fatal = item
            log.error("bridge fatal error %s: %s", item.code, item.message, extra=self._extra)
            if self._ready_future is not None and not self._ready_future.done():
                self._ready_future.set_exception(
                    BridgeStartError(Reason(CANNOT_RUN, {"error": item.message or item.code}))
                )
        elif isinstance(item, BridgeLog):
            level = logging.getLevelName(item.level.upper())
            node_log.log(level if isinstance(level, int) else logging.INFO, "%s", item.msg, extra=self._extra)
        elif isinstance(item, ProtocolErrorEvent):
            log.warning("bridge could not read a line we sent (%s: %s): %r",
                        item.code, item.message, item.line, extra=self._extra)
        if self._ready_future is not None and not self._ready_future.done():
            # Events before ``ready`` break the contract, but dropping them quietly would hide it.
            log.warning("event before the ready line: %s", type(item).__name__, extra=self._extra)
        if self._on_event is not None:
            try:
                self._on_event(item)
            except Exception:  # noqa: BLE001 - a bad listener must not stop the reader
                log.exception("bridge event listener failed", extra=self._extra)

    def _accept_ready(self, ready: Ready) -> None:
        future = self._ready_future
        if future is None or future.done():
            log.warning("second ready line ignored", extra=self._extra)
            return
        if ready.protocol != PROTOCOL_VERSION:
            future.set_exception(
                ProtocolMismatchError(Reason(PROTOCOL_MISMATCH, {
                    "theirs": ready.protocol, "ours": PROTOCOL_VERSION}))
            )
            return
        self._ready = ready
        future.set_result(ready)

    async def _read_stderr(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        stream = self._proc.stderr
        while True:
            try:
                raw = await stream.readline()
            except ValueError:
                # A stderr line over the stream limit: the stream already dropped it.
                continue
            if not raw:
                break
            text = raw.decode("utf-8", errors="replace").rstrip()
            if text:
                self._stderr_tail.append(text[:1000])
                node_log.log(stderr_level(text), "%s", text[:2000], extra=self._extra)

    async def _watch_exit(self) -> None:
        assert self._proc is not None
        returncode = await self._proc.wait()
        # Let the readers drain what the process wrote before it died (its last words).
        readers = [t for t in self._tasks if t is not asyncio.current_task()]
        try:
            await within(asyncio.gather(*readers, return_exceptions=True), 2.0)
        except TimeoutError:
            for task in readers:
                task.cancel()
        self._outcome = describe_exit(
            returncode, tuple(self._stderr_tail), requested=self._requested_stop, fatal=self._fatal
        )
        level = logging.INFO if self._outcome.requested else logging.WARNING
        log.log(level, "bridge process %s ended: %s", self.pid, self._outcome.reason, extra=self._extra)
        error = BridgeExitedError(
            f"The WhatsApp bridge stopped before answering ({self._outcome.reason.text})"
        )
        for _cmd, future in list(self._pending.values()):
            if not future.done():
                future.set_exception(error)
        if self._ready_future is not None and not self._ready_future.done():
            self._ready_future.set_exception(BridgeStartError(self._outcome.reason, self._outcome))
        self._finished.set()
        if self._on_exit is not None:
            try:
                self._on_exit(self._outcome)
            except Exception:  # noqa: BLE001
                log.exception("bridge exit listener failed", extra=self._extra)

