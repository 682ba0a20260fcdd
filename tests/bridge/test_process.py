"""BridgeProcess against stand-in scripts and the real bridge: start checks, routing, death, cleanup."""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import psutil
import pytest

from desktop.bridge.process import (
    BridgeCommandError,
    BridgeExitedError,
    BridgeLaunch,
    BridgeProcess,
    BridgeStartError,
    CommandTimeoutError,
    ProtocolMismatchError,
    stderr_level,
)
from desktop.bridge.session import SessionState
from desktop.waiting import within

from .conftest import fake_runtime, wait_until

REPO = Path(__file__).resolve().parents[2]


def script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "fake_bridge.mjs"
    path.write_text(textwrap.dedent(body))
    return path


def launch(runtime, tmp_path: Path) -> BridgeLaunch:
    return BridgeLaunch(runtime=runtime, company_id=3, auth_dir=tmp_path / "auth", transport="sim")


READY_V1 = "console.log(JSON.stringify({event: 'ready', protocol: 1, node: '20', baileys: 'x', transport: 'sim', company: '3', pid: process.pid}));"


async def test_protocol_version_mismatch_is_a_clear_error(tmp_path, node_path):
    fake = script(tmp_path, """
        console.log(JSON.stringify({event: 'ready', protocol: 2, node: '20', baileys: 'x', transport: 'sim', company: '3', pid: process.pid}));
        setInterval(() => {}, 1000);
    """)
    proc = BridgeProcess(launch(fake_runtime(node_path, fake), tmp_path), ready_timeout=5)
    with pytest.raises(ProtocolMismatchError, match="protocol version 2.*version 1"):
        await proc.start()
    assert not proc.alive and not psutil.pid_exists(proc.pid)


async def test_protocol_mismatch_makes_the_session_bridge_failed(harness, tmp_path, node_path):
    fake = script(tmp_path, """
        console.log(JSON.stringify({event: 'ready', protocol: 99, pid: process.pid}));
        setInterval(() => {}, 1000);
    """)
    session, _ = harness.session(locate=lambda: fake_runtime(node_path, fake))
    await session.start()
    assert session.state is SessionState.BRIDGE_FAILED
    assert "protocol version 99" in session.status().reason.text
    assert session.status().next_attempt_at is None  # retrying cannot fix a version mismatch


async def test_no_ready_line_times_out_and_kills(tmp_path, node_path):
    fake = script(tmp_path, "setInterval(() => {}, 1000);")
    proc = BridgeProcess(launch(fake_runtime(node_path, fake), tmp_path), ready_timeout=0.5)
    with pytest.raises(BridgeStartError, match="ready within 0.5 s"):
        await proc.start()
    assert not psutil.pid_exists(proc.pid) or psutil.Process(proc.pid).status() == psutil.STATUS_ZOMBIE


async def test_exit_before_ready_reports_stderr(tmp_path, node_path):
    fake = script(tmp_path, "console.error('Error: cannot find module x'); process.exit(3);")
    proc = BridgeProcess(launch(fake_runtime(node_path, fake), tmp_path), ready_timeout=5)
    with pytest.raises(BridgeStartError, match="exit code 3.*cannot find module x") as info:
        await proc.start()
    assert info.value.outcome.exit_code == 3


def test_a_bridge_stderr_line_keeps_the_level_it_was_written_at() -> None:
    assert stderr_level("bridge warn: rejected a line (bad_json): {") == logging.WARNING
    assert stderr_level("bridge error: send failed: Error: timed out") == logging.ERROR
    assert stderr_level("baileys error: {} stream errored out") == logging.ERROR
    assert stderr_level("bridge info: socket open") == logging.INFO
    assert stderr_level("node: warning: something") == logging.INFO  # not ours: no level claimed
    assert stderr_level("stderr says hi") == logging.INFO


async def test_fatal_line_is_the_start_error(tmp_path, node_path):
    fake = script(tmp_path, """
        console.log(JSON.stringify({event: 'fatal', code: 'dependencies_missing', message: 'Run npm ci.'}));
        process.exit(3);
    """)
    proc = BridgeProcess(launch(fake_runtime(node_path, fake), tmp_path), ready_timeout=5)
    with pytest.raises(BridgeStartError, match="Run npm ci"):
        await proc.start()
    outcome = await proc.wait()
    assert outcome.fatal_code == "dependencies_missing"


async def test_results_route_by_id_timeouts_and_death_fail_waiters(tmp_path, node_path, caplog):
    # Answers "status" late, never answers "stop", writes garbage, and dies on "shutdown".
    fake = script(tmp_path, READY_V1 + """
        const rl = (await import('node:readline')).createInterface({input: process.stdin});
        rl.on('line', (line) => {
          const c = JSON.parse(line);
          if (c.cmd === 'status') setTimeout(() => console.log(JSON.stringify({id: c.id, ok: true, result: {n: 1}})), 200);
          if (c.cmd === 'start') { console.log('garbage {'); console.error('stderr says hi');
                                   console.log(JSON.stringify({id: c.id, ok: false, error: {code: 'not_connected', message: 'nope'}})); }
          if (c.cmd === 'logout') process.exit(9);
        });
    """)
    events = []
    proc = BridgeProcess(launch(fake_runtime(node_path, fake), tmp_path), on_event=events.append, ready_timeout=5)
    await proc.start()
    caplog.set_level(logging.INFO, logger="ai_admin.bridge")
    slow = asyncio.create_task(proc.request("status"))
    with pytest.raises(BridgeCommandError) as info:
        await proc.request("start")
    assert info.value.code == "not_connected"
    assert await slow == {"n": 1}
    with pytest.raises(CommandTimeoutError, match="'stop' within 0.3 s"):
        await proc.request("stop", timeout=0.3)
    assert proc.malformed_lines == 1 and proc.alive
    waiting = asyncio.create_task(proc.request("stop", timeout=10))
    await asyncio.sleep(0.1)
    with pytest.raises(BridgeExitedError):
        await proc.request("logout", timeout=10)
    with pytest.raises(BridgeExitedError, match="exit code 9"):
        await waiting
    outcome = await proc.wait()
    assert outcome.exit_code == 9 and outcome.unexpected
    assert "stderr says hi" in outcome.stderr_tail
    assert any("stderr says hi" in r.getMessage() and r.company_id == 3 for r in caplog.records)
    with pytest.raises(BridgeExitedError):
        await proc.request("status")


async def test_real_bridge_start_status_and_clean_shutdown(runtime, tmp_path):
    events = []
    proc = BridgeProcess(launch(runtime, tmp_path), on_event=events.append)
    ready = await proc.start()
    assert ready.protocol == 1 and ready.pid == proc.pid and ready.transport == "sim"
    status = await proc.request("status")
    assert status["protocol"] == 1 and status["pid"] == proc.pid
    assert proc.rss() and proc.rss() > 1_000_000
    assert proc.uptime() > 0
    outcome = await proc.shutdown(grace=3)
    assert outcome.exit_code == 0 and outcome.requested
    assert not psutil.pid_exists(proc.pid)


async def test_bridge_answers_malformed_commands(runtime, tmp_path):
    proc = BridgeProcess(launch(runtime, tmp_path))
    await proc.start()
    try:
        with pytest.raises(BridgeCommandError) as info:
            await proc.request("send_text", {"to": "not a phone", "text": "x", "message_id": "m1"})
        assert info.value.code in ("bad_argument", "not_connected")
        await proc.send_raw(b"{broken json\n")
        await proc.send_raw(b"\xff\xfe\n")
        assert (await proc.request("status"))["protocol"] == 1
    finally:
        await proc.shutdown()


CHILD = """
import asyncio, sys
from pathlib import Path
from desktop.bridge.node_runtime import locate_runtime
from desktop.bridge.process import BridgeLaunch, BridgeProcess

async def main():
    proc = BridgeProcess(BridgeLaunch(locate_runtime(), 5, Path(sys.argv[1]), "sim"))
    await proc.start()
    print(proc.pid, flush=True)
    await asyncio.sleep(60)

asyncio.run(main())
"""


def test_bridge_exits_when_the_app_is_killed(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(tmp_path / "auth")], stdout=subprocess.PIPE,
                             env=env, text=True)
    try:
        node_pid = int(child.stdout.readline())
        assert psutil.pid_exists(node_pid)
        child.send_signal(signal.SIGKILL)
        child.wait(5)
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                if psutil.Process(node_pid).status() == psutil.STATUS_ZOMBIE:
                    break
            except psutil.NoSuchProcess:
                break
            time.sleep(0.05)
        else:
            os.kill(node_pid, signal.SIGKILL)
            pytest.fail("the bridge outlived the app")
    finally:
        if child.poll() is None:
            child.kill()


async def test_baileys_without_network_backs_off_and_explains(harness):
    session, rec = harness.session(transport="baileys", reconnect_base=0.5)
    await session.start()
    await wait_until(lambda: session.state in (SessionState.RECONNECTING, SessionState.WAITING_QR), 15.0,
                     "a close from the real socket")
    if session.state is SessionState.WAITING_QR:
        pytest.skip("this machine reaches WhatsApp; the offline behaviour cannot be checked here")
    status = session.status()
    assert status.next_attempt_at is not None and "Next try" in status.reason.text
    assert status.explanation and session.process.alive
    await wait_until(lambda: session.reconnects >= 1, 5.0, "a retry")
    assert session.process.alive


async def test_bridge_that_exits_at_once_is_bridge_failed_and_retried(harness, tmp_path, node_path):
    fake = script(tmp_path, "console.error('boom: broken install'); process.exit(1);")
    session, rec = harness.session(locate=lambda: fake_runtime(node_path, fake), restart_base=0.2)
    await session.start()
    status = session.status()
    assert status.state is SessionState.BRIDGE_FAILED
    assert "boom: broken install" in status.reason.text and "Trying again at" in status.reason.text
    assert status.next_attempt_at is not None
    await wait_until(lambda: session.bridge_restarts >= 2, 3.0, "backed-off retries")
    delays = [b.at - a.at for a, b in itertools.pairwise(rec.transitions)
              if b.to_state is SessionState.STARTING]
    assert delays == sorted(delays)  # each retry waits at least as long as the one before


async def test_a_large_command_to_a_stopped_bridge_fails_within_its_bound(runtime, tmp_path):
    # A bridge that does not read its stdin (SIGSTOP, or hung) fills the pipe (64 KB) and our
    # write buffer; the rest of a long text must not wait for ever in drain().
    proc = BridgeProcess(launch(runtime, tmp_path))
    await proc.start()
    text = "ж" * 65_536  # the longest text allowed; 393 KB on the wire (\\u escapes)
    os.kill(proc.pid, signal.SIGSTOP)
    try:
        with pytest.raises(CommandTimeoutError, match="did not read 'send_text' within 0.5 s"):
            # The test's own bound only turns the old unbounded wait into a failure.
            await within(proc.request("send_text", {"to": "+15550100200", "text": text,
                                                    "message_id": "3EB0BIG"}, timeout=0.5), 10)
        with pytest.raises(CommandTimeoutError, match="'status'"):
            await within(proc.request("status", timeout=0.3), 10)  # behind it in the pipe
    finally:
        proc.kill()  # SIGKILL works on a stopped process
        outcome = await within(proc.wait(), 20)
    assert outcome.signal == signal.SIGKILL and not psutil.pid_exists(proc.pid)
