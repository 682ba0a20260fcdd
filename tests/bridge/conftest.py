"""Fixtures for driving the real Node bridge in simulator mode with fast timings."""

from __future__ import annotations

import asyncio
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.bridge.link import TRANSITIONS
from desktop.bridge.node_runtime import NodeRuntime, locate_runtime
from desktop.bridge.process import SimTimings
from desktop.bridge.session import CompanySession, SessionEvent, SessionOptions, SessionState, Transition


def fast_options(**overrides) -> SessionOptions:
    """Options that make a whole linking cycle take well under a second."""
    values = dict(
        transport="sim",
        sim=SimTimings(qr_first_ms=400, qr_next_ms=250, qr_max=3, connect_delay_ms=20),
        ready_timeout=15.0,
        command_timeout=5.0,
        send_wait=1.0,
        send_timeout=3.0,
        send_timeout_margin=1.0,
        reconnect_base=0.1,
        reconnect_max=0.5,
        restart_base=0.1,
        restart_max=0.5,
        memory_check_interval=3600.0,
        shutdown_grace=3.0,
    )
    values.update(overrides)
    return SessionOptions(**values)


async def wait_until(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    """Poll ``predicate`` until it is true; fail the test after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.01)


class Recorder:
    """Collects what a session publishes."""

    def __init__(self) -> None:
        self.events: list[SessionEvent] = []
        self.transitions: list[Transition] = []

    def __call__(self, event: SessionEvent) -> None:
        self.events.append(event)

    def of(self, kind: type) -> list:
        return [e.payload for e in self.events if isinstance(e.payload, kind)]


class Harness:
    """Builds sessions on temp auth folders and shuts every one of them down after the test."""

    def __init__(self, tmp_path: Path, runtime: NodeRuntime) -> None:
        self.tmp_path = tmp_path
        self.runtime = runtime
        self.sessions: list[CompanySession] = []

    def session(self, company_id: int = 7, *, auth_dir: Path | None = None, locate=None,
                **overrides) -> tuple[CompanySession, Recorder]:
        recorder = Recorder()
        session = CompanySession(
            company_id,
            auth_dir or self.tmp_path / f"sessions/company_{company_id}",
            fast_options(**overrides),
            locate=locate or (lambda: self.runtime),
            on_transition=recorder.transitions.append,
        )
        session.subscribe(recorder)
        self.sessions.append(session)
        return session, recorder

    async def linked(self, company_id: int = 7, **overrides) -> tuple[CompanySession, Recorder]:
        """A session that went through QR and scan and is connected."""
        session, recorder = self.session(company_id, **overrides)
        await session.start()
        await wait_until(lambda: session.state is SessionState.WAITING_QR, 5, "a QR code")
        await session.sim_scan()
        await wait_until(lambda: session.can_send, 5, "connected")
        return session, recorder


@pytest.fixture(scope="session")
def runtime() -> NodeRuntime:
    """The real Node runtime and bridge of this checkout."""
    return locate_runtime()


@pytest.fixture
async def harness(tmp_path: Path, runtime: NodeRuntime):
    h = Harness(tmp_path, runtime)
    yield h
    for session in h.sessions:
        await session.shutdown()
    # The state machine's table is what the sessions followed: every event they handled, in
    # every test that drives a real bridge, is a row of TRANSITIONS for the state it came in.
    off_table = [step for session in h.sessions for step in session.link.off_table]
    assert off_table == [], "session transitions that are not in desktop/bridge/link.py's table"
    for session in h.sessions:
        assert all(TRANSITIONS[(s.from_state, s.event)] is s.to_state for s in session.link.steps)


@pytest.fixture
def node_path() -> Path:
    found = shutil.which("node")
    assert found, "Node.js must be on PATH for the bridge tests"
    return Path(found)


def fake_runtime(node: Path, script: Path) -> NodeRuntime:
    """A runtime that runs a tiny stand-in bridge script."""
    return NodeRuntime(node=node, node_version="20.0.0", bridge_script=script, baileys_version="fake")
