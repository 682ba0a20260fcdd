"""A company session against the real Node bridge in simulator mode (fast timings)."""

from __future__ import annotations

import asyncio
import os
import signal
import time

import psutil
import pytest

from desktop.bridge.node_runtime import NODE_MISSING, NodeNotFoundError
from desktop.bridge.protocol import IncomingMessage, PairingCode, QrCode, Receipt, SimOutgoing
from desktop.bridge.session import (
    NotConnectedError,
    SendTimeoutError,
    SessionState,
    StateChanged,
)
from desktop.reason import Reason

from .conftest import wait_until

CUSTOMER = "+15551234567"


def states(recorder) -> list[SessionState]:
    return [t.to_state for t in recorder.transitions]


async def test_qr_appears_within_two_seconds_and_rotates(harness):
    session, rec = harness.session()
    started = time.monotonic()
    await session.start()
    await wait_until(lambda: rec.of(QrCode), 2.0, "the first QR")
    assert time.monotonic() - started < 2.0
    assert session.state is SessionState.WAITING_QR
    await wait_until(lambda: len(rec.of(QrCode)) >= 2, 2.0, "a second QR")
    first, second = rec.of(QrCode)[:2]
    assert (first.n, second.n) == (1, 2)
    assert first.qr != second.qr


async def test_qr_expiry_waits_for_the_user(harness):
    session, rec = harness.session()
    await session.start()
    await wait_until(lambda: session.state is SessionState.QR_EXPIRED, 4.0, "qr_expired")
    shown = len(rec.of(QrCode))
    assert shown == 3  # --qr-max 3
    assert rec.transitions[-1].code == 408
    await asyncio.sleep(1.0)  # longer than a whole QR cycle: nothing may happen by itself
    assert len(rec.of(QrCode)) == shown
    assert session.state is SessionState.QR_EXPIRED and session.reconnects == 0
    await session.new_qr()
    await wait_until(lambda: len(rec.of(QrCode)) > shown, 2.0, "a QR after new_qr")
    assert session.state is SessionState.WAITING_QR


async def test_scan_restart_required_then_connected(harness):
    session, rec = await harness.linked()
    assert session.state is SessionState.CONNECTED
    assert 515 in [t.code for t in rec.transitions]
    assert states(rec)[-1] is SessionState.CONNECTED
    status = session.status()
    assert status.can_send and status.registered and status.me and status.pid
    assert status.node_version and status.baileys_version


async def test_restart_connects_without_qr(harness, tmp_path):
    session, _ = await harness.linked()
    await session.shutdown()
    again, rec = harness.session(auth_dir=session.auth_dir)
    await again.start()
    await wait_until(lambda: again.can_send, 3.0, "connected with the saved login")
    assert rec.of(QrCode) == []


async def test_pairing_code_links_without_scanning(harness):
    session, rec = harness.session()
    await session.start()
    await wait_until(lambda: session.state is SessionState.WAITING_QR, 2.0, "a QR")
    code = await session.request_pairing_code("+972 50 123 4567")
    assert len(code) == 8
    assert session.state is SessionState.WAITING_PAIRING_CODE
    await wait_until(lambda: rec.of(PairingCode), 1.0, "pairing code event")
    await session.sim_scan()
    await wait_until(lambda: session.can_send, 3.0, "connected")


async def test_send_gets_receipts_and_reaches_the_phone(harness):
    session, rec = await harness.linked()
    sent = await session.send_text(CUSTOMER, "Hello from the shop", "m-1")
    assert sent.message_id == "m-1"
    await wait_until(lambda: any(r.id == "m-1" and r.status in ("delivered", "read") for r in rec.of(Receipt)),
                     3.0, "a delivery receipt")
    outgoing = rec.of(SimOutgoing)
    assert [(o.id, o.text) for o in outgoing] == [("m-1", "Hello from the shop")]
    assert session.status().sends_in_flight == 0


async def test_incoming_messages_arrive_as_events(harness):
    session, rec = await harness.linked()
    await session.sim_incoming(CUSTOMER, name="Dana", text="Hi, can I book?", message_id="in-text")
    await session.sim_incoming(CUSTOMER, media="image", message_id="in-image")
    await session.sim_incoming(CUSTOMER, text="in the group", group="120363000000000001@g.us", message_id="in-group")
    await session.sim_incoming(CUSTOMER, text="typed on the phone", from_me=True, message_id="in-staff")
    await session.sim_incoming("+15559876543", text="hidden number", lid="123456789012345@lid", message_id="in-lid")
    await wait_until(lambda: {m.id for m in rec.of(IncomingMessage)} >= {"in-text", "in-image", "in-staff", "in-lid"},
                     3.0, "incoming messages")
    await asyncio.sleep(0.2)
    by_id = {m.id: m for m in rec.of(IncomingMessage)}
    assert by_id["in-text"].text == "Hi, can I book?" and by_id["in-text"].kind == "text"
    assert by_id["in-text"].phone == CUSTOMER and by_id["in-text"].push_name == "Dana"
    assert by_id["in-image"].kind == "image"
    assert "in-group" not in by_id  # groups are ignored unless the company opts in
    assert by_id["in-staff"].from_me and not by_id["in-staff"].own_send
    lid = by_id["in-lid"]
    assert lid.chat_type == "lid" and lid.lid == "123456789012345@lid" and lid.phone == "+15559876543"


async def test_kill_9_bridge_is_restarted_and_reconnects(harness):
    session, rec = await harness.linked()
    old_pid = session.status().pid
    os.kill(old_pid, signal.SIGKILL)
    await wait_until(lambda: session.state is SessionState.RECONNECTING, 2.0, "reconnecting")
    assert not session.can_send
    assert session.status().next_attempt_at is not None
    await wait_until(lambda: session.can_send, 5.0, "connected again")
    new_pid = session.status().pid
    assert new_pid != old_pid
    assert not psutil.pid_exists(old_pid)  # reaped, not a zombie left behind
    assert session.bridge_restarts == 1
    assert rec.of(QrCode) == [rec.of(QrCode)[0]]  # only the QR of the first link: the login survived
    # exactly one bridge for this company, and one copy of each event
    bridges = [p for p in psutil.Process().children() if str(session.auth_dir) in " ".join(p.cmdline())]
    assert [p.pid for p in bridges] == [new_pid]
    await session.sim_incoming(CUSTOMER, text="after restart", message_id="after-restart")
    await wait_until(lambda: any(m.id == "after-restart" for m in rec.of(IncomingMessage)), 2.0, "message")
    await asyncio.sleep(0.2)
    assert [m.id for m in rec.of(IncomingMessage)].count("after-restart") == 1


async def test_logged_out_401_wipes_the_login(harness):
    session, rec = await harness.linked()
    before = session.reconnects  # the reconnect right after linking (515) counts too
    assert any(session.auth_dir.iterdir())
    await session.sim_fault("logout")
    await wait_until(lambda: session.state is SessionState.LOGGED_OUT, 2.0, "logged_out")
    assert rec.transitions[-1].code == 401
    assert "link" in session.status().message
    assert list(session.auth_dir.iterdir()) == []
    await asyncio.sleep(0.6)
    assert session.state is SessionState.LOGGED_OUT and session.reconnects == before


async def test_replaced_440_never_reconnects(harness):
    session, rec = await harness.linked()
    before = session.reconnects  # the reconnect right after linking (515) counts too
    await session.sim_fault("replaced")
    await wait_until(lambda: session.state is SessionState.REPLACED, 2.0, "replaced")
    await asyncio.sleep(0.8)
    assert session.state is SessionState.REPLACED and session.reconnects == before
    assert not session.can_send
    assert any(session.auth_dir.iterdir())  # the login is kept: connect takes the session back
    await session.connect()
    await wait_until(lambda: session.can_send, 2.0, "connected after the user asked")


async def test_banned_403_stops_and_explains(harness):
    session, rec = await harness.linked()
    before = session.reconnects  # the reconnect right after linking (515) counts too
    await session.sim_fault("banned")
    await wait_until(lambda: session.state is SessionState.BANNED, 2.0, "banned")
    status = session.status()
    assert status.code == 403 and "refused" in status.message
    await asyncio.sleep(0.6)
    assert session.state is SessionState.BANNED and session.reconnects == before


async def test_connection_closed_428_backs_off_and_reconnects(harness):
    session, rec = await harness.linked()
    before = session.reconnects  # the reconnect right after linking (515) counts too
    await session.sim_fault("disconnect", code=428)
    await wait_until(lambda: session.state is SessionState.RECONNECTING, 2.0, "reconnecting")
    status = session.status()
    assert status.code == 428 and status.next_attempt_at is not None and "Next try" in status.reason.text
    await wait_until(lambda: session.can_send, 3.0, "connected again")
    assert session.reconnects == before + 1


async def test_concurrent_reconnect_triggers_make_one_reconnect(harness):
    session, _ = await harness.linked()
    before = session.reconnects  # the reconnect right after linking (515) counts too
    await asyncio.gather(session.reconnect(), session.reconnect(), session.sim_fault("disconnect", code=428))
    await wait_until(lambda: session.can_send, 3.0, "connected again")
    await asyncio.sleep(0.6)  # a second, late reconnect would show up here
    assert session.reconnects == before + 1
    assert session.state is SessionState.CONNECTED


async def test_send_timeout_is_a_clear_error(harness):
    session, _ = await harness.linked()
    await session.sim_fault("send_timeout", count=1)
    started = time.monotonic()
    with pytest.raises(SendTimeoutError, match="did not accept"):
        await session.send_text(CUSTOMER, "hello", "m-timeout", timeout=0.5)
    assert time.monotonic() - started < 2.0
    await session.send_text(CUSTOMER, "hello again", "m-after")  # the next one goes through


async def test_send_while_disconnected_fails_within_the_bound(harness):
    session, _ = await harness.linked(send_wait=0.5)
    await session.disconnect()
    started = time.monotonic()
    with pytest.raises(NotConnectedError, match="not connected"):
        await session.send_text(CUSTOMER, "hello", "m-off")
    assert 0.4 < time.monotonic() - started < 1.5


async def test_send_waits_for_a_reconnect_in_progress(harness):
    session, _ = await harness.linked(send_wait=3.0)
    await session.sim_fault("disconnect", code=428)
    await wait_until(lambda: not session.can_send, 1.0, "disconnected")
    sent = await session.send_text(CUSTOMER, "queued while reconnecting", "m-wait")
    assert sent.message_id == "m-wait"


async def test_malformed_lines_both_ways_are_survived(harness):
    session, rec = await harness.linked()
    proc = session.process
    await proc.send_raw(b"this is not json\n")
    await proc.send_raw(b'{"id": "x1", "cmd": "teleport"}\n')
    await proc.send_raw(b"[1,2,3]\n")
    await session.sim_fault("garbage")
    await wait_until(lambda: proc.malformed_lines > 0, 2.0, "garbage on stdout")
    assert proc.alive and session.can_send
    info = await session.bridge_status()
    assert info["connection"] == "open"
    await session.send_text(CUSTOMER, "still fine", "m-fine")


async def test_missing_node_is_bridge_failed_with_the_reason(harness):
    def no_node():
        raise NodeNotFoundError(Reason(NODE_MISSING))

    session, rec = harness.session(locate=no_node)
    await session.start()
    assert session.state is SessionState.BRIDGE_FAILED
    assert session.status().reason == Reason(NODE_MISSING)
    assert "install Node.js" in session.status().reason.text
    assert not session.can_send
    with pytest.raises(NotConnectedError):
        await session.send_text(CUSTOMER, "x", "m-x")


async def test_memory_threshold_restarts_the_bridge(harness):
    session, _ = await harness.linked(memory_limit_bytes=1, memory_check_interval=0.3)
    first_pid = session.status().pid
    await wait_until(lambda: session.bridge_restarts >= 1, 3.0, "a memory restart")
    session.options.memory_limit_bytes = 10**12  # one restart is enough to see
    await wait_until(lambda: session.can_send and session.status().pid != first_pid, 5.0, "connected again")
    assert any("MB" in t.reason.text for t in session.history)


async def test_restart_waits_for_a_send_in_flight(harness):
    session, _ = await harness.linked()
    old_pid = session.status().pid
    await session.sim_fault("send_timeout", count=1)
    send = asyncio.create_task(session.send_text(CUSTOMER, "slow", "m-slow", timeout=1.0))
    await wait_until(lambda: session.status().sends_in_flight == 1, 1.0, "a send in flight")
    restart = asyncio.create_task(session.restart_bridge())
    await asyncio.sleep(0.5)
    assert psutil.pid_exists(old_pid) and not send.done()  # not cut while the send runs
    with pytest.raises(SendTimeoutError):
        await send
    await restart
    await wait_until(lambda: session.can_send, 3.0, "connected after the restart")
    assert session.status().pid != old_pid


async def test_too_many_link_attempts_block_linking(harness):
    session, rec = harness.session(link_limit=2, sim=type(harness.session()[0].options.sim)(
        qr_first_ms=150, qr_next_ms=100, qr_max=1, connect_delay_ms=10))
    await session.start()
    await wait_until(lambda: session.state is SessionState.QR_EXPIRED, 3.0, "first expiry")
    await session.new_qr()
    await wait_until(lambda: session.state is SessionState.QR_EXPIRED, 3.0, "second expiry")
    await session.new_qr()
    status = session.status()
    assert status.state is SessionState.LINKING_BLOCKED
    assert status.blocked_until is not None and "paused until" in status.reason.text
    assert len(rec.of(QrCode)) == 2


async def test_transitions_are_reported_and_a_bad_subscriber_breaks_nothing(harness):
    session, rec = harness.session()
    slow_seen = []

    async def slow(event):
        await asyncio.sleep(0.5)
        slow_seen.append(event)

    def broken(event):
        raise RuntimeError("subscriber bug")

    session.subscribe(slow)
    session.subscribe(broken)
    await session.start()
    await wait_until(lambda: session.state is SessionState.WAITING_QR, 2.0, "a QR")
    await session.sim_scan()
    await wait_until(lambda: session.can_send, 3.0, "connected")
    assert len(slow_seen) <= 1  # the slow one lags behind; the session did not wait for it
    changes = [e.payload for e in rec.events if isinstance(e.payload, StateChanged)]
    assert [c.transition for c in changes] == rec.transitions
    first = rec.transitions[0]
    assert first.from_state is SessionState.STOPPED and first.company_id == 7
    assert session.history == tuple(rec.transitions)


async def test_a_hung_bridge_misses_its_heartbeat_and_is_restarted(harness):
    # SIGSTOP: the process lives, its pipes stay open, nothing answers. Short heartbeat here;
    # the send's own bound (3 s + 1 s) is longer than the heartbeat's, so the heartbeat is
    # what notices.
    session, rec = await harness.linked(heartbeat_interval=0.1, heartbeat_deadline=0.3)
    old_pid = session.status().pid
    os.kill(old_pid, signal.SIGSTOP)
    try:
        send = asyncio.create_task(session.send_text(CUSTOMER, "while hung", "m-hung"))
        assert await session.wait_for_state({SessionState.RECONNECTING}, 10.0), session.status()
        status = session.status()
        assert not status.can_send
        assert status.reason.code == "bridge.restarting"
        assert status.reason.params["why"] == Reason("bridge.not_answering", {"seconds": "0.3"})
        # Written to a bridge that does not answer: of unknown fate, never "failed" for good.
        with pytest.raises(SendTimeoutError) as info:
            await send
        assert info.value.reason.code == "send.bridge_hung"
    finally:
        if psutil.pid_exists(old_pid):
            os.kill(old_pid, signal.SIGCONT)
    assert await session.wait_for_state({SessionState.CONNECTED}, 10.0), session.status()
    assert session.status().pid != old_pid and not psutil.pid_exists(old_pid)
    assert session.bridge_restarts == 1
    # Sent again with the same id: the customer's phone gets it once.
    await session.send_text(CUSTOMER, "while hung", "m-hung")
    await wait_until(lambda: any(o.id == "m-hung" for o in rec.of(SimOutgoing)), 3.0, "delivery")
    await session.drain_events()
    assert [o.id for o in rec.of(SimOutgoing)] == ["m-hung"]
