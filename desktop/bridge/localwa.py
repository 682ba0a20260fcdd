"""The local WhatsApp server (the practice WhatsApp): start it, talk to it, stop it.

The server (``desktop/bridge/node/localwa/server.mjs``, contract in ``docs/local-whatsapp.md``) is a
WhatsApp Web server on 127.0.0.1 that the real Baileys bridge links to. Its control channel is JSON
Lines on stdin/stdout: a ``ready`` line first (url, root key), then one result per command and
events (``delivered``, ``client``, ``linked`` ...). :class:`LocalWhatsApp` supervises one server
process: tests, ``ai-admin simulate --whatsapp server`` and the practice company of the window use it
to act as the shop's phone and its customers.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import itertools
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.waiting import within

from .node_runtime import NodeRuntime, locate_runtime

log = logging.getLogger("ai_admin.bridge.localwa")

# The practice phone's number when a caller does not name one (the server's own default too).
PRACTICE_PHONE = "+15550100200"

_LINE_LIMIT = 16 * 1024 * 1024
_STDERR_TAIL = 40

LocalEventCallback = Callable[[dict[str, Any]], None | Awaitable[None]]


class LocalWhatsAppError(RuntimeError):
    """The server could not start, answered with an error, or stopped."""

    def __init__(self, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class ServerInfo:
    """What the server's ``ready`` line told: where the bridge connects and which root it trusts."""

    url: str
    port: int
    root_key: str
    pid: int


def server_script(runtime: NodeRuntime) -> Path:
    """The server's entry point, beside the bridge of ``runtime``."""
    return runtime.bridge_script.parent / "localwa" / "server.mjs"


class LocalWhatsApp:
    """One local WhatsApp server process and its control channel.

    Use as ``async with LocalWhatsApp(state_dir) as server: ...`` or call :meth:`start` and
    :meth:`shutdown`. Commands run concurrently; each waits (bounded) for its own result.
    """

    def __init__(
        self,
        state_dir: Path,
        *,
        runtime: NodeRuntime | None = None,
        ready_timeout: float = 20.0,
        command_timeout: float = 30.0,
        extra_args: tuple[str, ...] = (),
    ) -> None:
        self.state_dir = Path(state_dir)
        self._runtime = runtime
        self.ready_timeout = ready_timeout
        self.command_timeout = command_timeout
        self.extra_args = extra_args
        self.info: ServerInfo | None = None
        self._proc: asyncio.subprocess.Process | None = None
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._ids = itertools.count(1)
        self._subscribers: list[LocalEventCallback] = []
        self._ready: asyncio.Future[dict[str, Any]] | None = None
        self._readers: list[asyncio.Task[None]] = []
        self._stderr: list[str] = []
        self._write_lock = asyncio.Lock()
        self._tasks: set[asyncio.Future[Any]] = set()

    # -- life cycle -------------------------------------------------------------------------------

    @property
    def alive(self) -> bool:
        """True while the server process runs."""
        return self._proc is not None and self._proc.returncode is None

    @property
    def url(self) -> str:
        """The WebSocket URL to give the bridge (``--wa-url``)."""
        if self.info is None:
            raise LocalWhatsAppError("The local WhatsApp server is not running.")
        return self.info.url

    @property
    def root_key(self) -> str:
        """The server's certificate root (``--wa-root-key``)."""
        if self.info is None:
            raise LocalWhatsAppError("The local WhatsApp server is not running.")
        return self.info.root_key

    async def start(self) -> ServerInfo:
        """Start the server and wait (bounded) for its ``ready`` line."""
        if self.alive and self.info is not None:
            return self.info
        runtime = self._runtime
        if runtime is None:
            runtime = await asyncio.to_thread(locate_runtime)
        script = server_script(runtime)
        if not script.is_file():
            raise LocalWhatsAppError(f"The local WhatsApp server is missing ({script}).", "missing")
        self.state_dir.mkdir(parents=True, exist_ok=True)
        argv = [str(runtime.node), str(script), "--state-dir", str(self.state_dir), *self.extra_args]
        loop = asyncio.get_running_loop()
        self._ready = loop.create_future()
        self._proc = await asyncio.create_subprocess_exec(
            *argv, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE, cwd=str(script.parent), limit=_LINE_LIMIT,
        )
        self._readers = [loop.create_task(self._read_stdout()), loop.create_task(self._read_stderr())]
        try:
            ready = await within(asyncio.shield(self._ready), self.ready_timeout)
        except TimeoutError:
            await self.shutdown()
            raise LocalWhatsAppError(
                f"The local WhatsApp server did not start within {self.ready_timeout:g} s.", "timeout") from None
        except LocalWhatsAppError:
            await self.shutdown()
            raise
        self.info = ServerInfo(url=str(ready["url"]), port=int(ready["port"]),
                               root_key=str(ready["root_key"]), pid=int(ready.get("pid") or self._proc.pid))
        log.info("local WhatsApp server ready at %s (pid %s)", self.info.url, self.info.pid)
        return self.info

    async def shutdown(self, timeout: float = 5.0) -> None:
        """Ask the server to exit, then make sure it did (terminate, then kill)."""
        proc = self._proc
        if proc is None:
            return
        if proc.returncode is None:
            with contextlib.suppress(LocalWhatsAppError, asyncio.TimeoutError):
                await self.request("shutdown", timeout=timeout)
            with contextlib.suppress(asyncio.TimeoutError):
                await within(proc.wait(), timeout)
        if proc.returncode is None:
            with contextlib.suppress(ProcessLookupError):
                proc.terminate()
            try:
                await within(proc.wait(), timeout)
            except TimeoutError:
                with contextlib.suppress(ProcessLookupError):
                    proc.kill()
                await proc.wait()
        for task in self._readers:
            with contextlib.suppress(asyncio.TimeoutError, asyncio.CancelledError):
                await within(task, timeout)
        self._fail_pending("The local WhatsApp server stopped.")
        self.info = None

    async def __aenter__(self) -> LocalWhatsApp:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.shutdown()

    # -- the control channel ----------------------------------------------------------------------

    async def request(self, cmd: str, args: dict[str, Any] | None = None, *,
                      timeout: float | None = None) -> dict[str, Any]:
        """Send one command and wait (bounded) for its result; raise :class:`LocalWhatsAppError`."""
        proc = self._proc
        if proc is None or proc.returncode is None and proc.stdin is None:
            raise LocalWhatsAppError("The local WhatsApp server is not running.", "not_running")
        if proc.returncode is not None:
            raise LocalWhatsAppError(f"The local WhatsApp server stopped (exit {proc.returncode}).", "not_running")
        request_id = f"py{next(self._ids)}"
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        line = json.dumps({"id": request_id, "cmd": cmd, **(args or {})}) + "\n"
        try:
            async with self._write_lock:
                assert proc.stdin is not None
                proc.stdin.write(line.encode())
                await proc.stdin.drain()
            limit = self.command_timeout if timeout is None else timeout
            try:
                return await within(future, limit)
            except TimeoutError:
                raise LocalWhatsAppError(
                    f"The local WhatsApp server did not answer {cmd} within {limit:g} s.", "timeout") from None
        except (BrokenPipeError, ConnectionResetError) as exc:
            raise LocalWhatsAppError(f"The local WhatsApp server stopped ({exc}).", "not_running") from exc
        finally:
            self._pending.pop(request_id, None)

    def subscribe(self, callback: LocalEventCallback) -> Callable[[], None]:
        """Receive every event line (a dict with ``event``); returns a function that unsubscribes."""
        self._subscribers.append(callback)

        def unsubscribe() -> None:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

        return unsubscribe

    async def wait_event(self, name: str, predicate: Callable[[dict[str, Any]], bool] = lambda e: True,
                         timeout: float = 10.0) -> dict[str, Any]:
        """Wait (bounded) for the next event ``name`` that matches ``predicate``."""
        future: asyncio.Future[dict[str, Any]] = asyncio.get_running_loop().create_future()

        def watch(event: dict[str, Any]) -> None:
            if event.get("event") == name and not future.done() and predicate(event):
                future.set_result(event)

        unsubscribe = self.subscribe(watch)
        try:
            return await within(future, timeout)
        except TimeoutError:
            raise LocalWhatsAppError(f"No {name} event from the local WhatsApp server within {timeout:g} s.",
                                     "timeout") from None
        finally:
            unsubscribe()

    # -- the phone and the customers (thin wrappers over the contract's commands) ------------------

    async def phone_scan(self, qr: str, phone: str = PRACTICE_PHONE, **extra: Any) -> dict[str, Any]:
        """The practice phone scans the QR string the bridge showed; returns the linked device."""
        return await self.request("phone.scan", {"qr": qr, "phone": phone, **extra})

    async def phone_enter_code(self, code: str, phone: str = PRACTICE_PHONE) -> dict[str, Any]:
        """The practice phone types the pairing code the bridge showed."""
        return await self.request("phone.enter_code", {"code": code, "phone": phone})

    async def customer_send(self, phone: str, text: str | None = None, **extra: Any) -> str:
        """A customer sends a message to the shop; returns its WhatsApp id."""
        args = {"from": phone, **({"text": text} if text is not None else {}), **extra}
        result = await self.request("customer.send", args)
        return str(result.get("message_id", ""))

    async def fault(self, fault: str, **args: Any) -> dict[str, Any]:
        """Inject a fault (``disconnect`` with a code, ``refuse``, ``hold_acks`` ...)."""
        return await self.request("fault", {"fault": fault, **args})

    async def state(self) -> dict[str, Any]:
        """Accounts, devices and connections, as the server sees them."""
        return await self.request("state")

    # -- reading ----------------------------------------------------------------------------------

    async def _read_stdout(self) -> None:
        assert self._proc is not None and self._proc.stdout is not None
        stream = self._proc.stdout
        while True:
            try:
                raw = await stream.readline()
            except (ValueError, asyncio.LimitOverrunError):
                log.warning("local WhatsApp server: a line longer than %d bytes was skipped", _LINE_LIMIT)
                continue
            if not raw:
                break
            try:
                message = json.loads(raw)
            except ValueError:
                log.warning("local WhatsApp server: not JSON: %.200s", raw.decode(errors="replace"))
                continue
            if isinstance(message, dict):
                await self._dispatch(message)
        code = await self._proc.wait()
        if self._ready is not None and not self._ready.done():
            tail = " | ".join(self._stderr[-5:])
            self._ready.set_exception(LocalWhatsAppError(
                f"The local WhatsApp server exited (code {code}) before it was ready: {tail}", "exited"))
        self._fail_pending(f"The local WhatsApp server exited (code {code}).")

    async def _dispatch(self, message: dict[str, Any]) -> None:
        if "id" in message and "ok" in message:
            future = self._pending.get(str(message["id"]))
            if future is None or future.done():
                return
            if message.get("ok"):
                result = message.get("result")
                future.set_result(result if isinstance(result, dict) else {})
            else:
                error = message.get("error")
                if not isinstance(error, dict):
                    error = {}
                future.set_exception(LocalWhatsAppError(str(error.get("message") or "failed"),
                                                        str(error.get("code") or "failed")))
            return
        if message.get("event") == "ready" and self._ready is not None and not self._ready.done():
            self._ready.set_result(message)
            return
        log.debug("local WhatsApp server event: %.300s", message)
        for callback in list(self._subscribers):
            try:
                result = callback(message)
                if inspect.isawaitable(result):
                    # Not awaited here: a subscriber that sends a command must not block its result.
                    task = asyncio.ensure_future(result)
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)
            except Exception:  # noqa: BLE001 - one subscriber's bug must not stop the reader
                log.exception("local WhatsApp subscriber %r failed", callback)

    async def _read_stderr(self) -> None:
        assert self._proc is not None and self._proc.stderr is not None
        while True:
            raw = await self._proc.stderr.readline()
            if not raw:
                return
            text = raw.decode(errors="replace").rstrip()
            self._stderr.append(text)
            del self._stderr[:-_STDERR_TAIL]
            log.debug("local WhatsApp server: %s", text[:300])

    def _fail_pending(self, reason: str) -> None:
        for future in self._pending.values():
            if not future.done():
                future.set_exception(LocalWhatsAppError(reason, "not_running"))
