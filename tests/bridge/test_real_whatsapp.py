"""A company session through the real Baileys bridge against the local WhatsApp server.

Real Node, the pinned Baileys, loopback only. One server per module (its state folder holds every
company's phone); each test links its own company (its own phone number) with short timeouts.
"""

from __future__ import annotations

import asyncio
import itertools
import socket
from pathlib import Path

import pytest
import pytest_asyncio

from desktop.bridge.localwa import LocalWhatsApp, LocalWhatsAppError, server_script
from desktop.bridge.node_runtime import locate_runtime
from desktop.bridge.protocol import IncomingMessage, PairingCode, QrCode, Receipt
from desktop.bridge.session import CompanySession, SessionState

from .conftest import Recorder, fast_options, wait_until

pytestmark = pytest.mark.asyncio(loop_scope="module")

CUSTOMER = "+15551230001"
_phones = itertools.count(1)


def _shop_phone() -> str:
    return f"+1555011{next(_phones):04d}"


def _closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def runtime_with_server():
    runtime = locate_runtime()
    if not server_script(runtime).is_file():
        pytest.skip("the local WhatsApp server (desktop/bridge/node/localwa) is not in this checkout")
    return runtime


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def server(runtime_with_server, tmp_path_factory):
    wa = LocalWhatsApp(tmp_path_factory.mktemp("localwa"), runtime=runtime_with_server, command_timeout=20.0)
    await wa.start()
    yield wa
    await wa.shutdown()


class RealHarness:
    """Sessions on the real bridge pointed at the local server; all shut down after the test."""

    def __init__(self, tmp_path: Path, server: LocalWhatsApp, runtime) -> None:
        self.tmp_path = tmp_path
        self.server = server
        self.runtime = runtime
        self.sessions: list[CompanySession] = []
        self._ids = itertools.count(100)

    def session(self, *, auth_dir: Path | None = None, wa_url: str | None = None,
                **overrides) -> tuple[CompanySession, Recorder]:
        company_id = next(self._ids)
        recorder = Recorder()
        options = fast_options(transport="baileys", wa_url=wa_url or self.server.url,
                               wa_root_key=self.server.root_key, connect_deadline=10.0,
                               send_wait=5.0, send_timeout=8.0, **overrides)
        session = CompanySession(company_id, auth_dir or self.tmp_path / f"auth_{company_id}", options,
                                 locate=lambda: self.runtime, on_transition=recorder.transitions.append)
        session.subscribe(recorder)
        self.sessions.append(session)
        return session, recorder

    async def link(self, session: CompanySession, recorder: Recorder, phone: str) -> None:
        """Start, let the practice phone scan the exact QR string shown, wait until connected."""
        await session.start()
        await wait_until(lambda: recorder.of(QrCode), 15, "a QR code")
        await self.server.phone_scan(recorder.of(QrCode)[-1].qr, phone)
        await wait_until(lambda: session.can_send, 15, "connected")


@pytest_asyncio.fixture(loop_scope="module")
async def real(tmp_path, server, runtime_with_server):
    h = RealHarness(tmp_path, server, runtime_with_server)
    yield h
    for session in h.sessions:
        await session.shutdown()


async def test_unreachable_server_is_retried_for_ever_then_connects(real):
    # Nothing listens on the port: every attempt is refused at TCP level, like a PC with no internet.
    port = _closed_port()
    session, rec = real.session(wa_url=f"ws://127.0.0.1:{port}/ws/chat", reconnect_base=0.05, reconnect_max=0.2)
    await session.start()
    await wait_until(lambda: session.reconnects >= 4, 20, "four retries")
    status = session.status()
    assert status.state in (SessionState.RECONNECTING, SessionState.CONNECTING)
    no_internet = [t for t in rec.transitions if t.to_state is SessionState.RECONNECTING]
    assert no_internet and all(t.reason.text.startswith("No internet connection.") for t in no_internet)
    # Every countdown the state showed was kept: the attempt after it happened (the count rose).
    await wait_until(lambda: session.reconnects >= 6, 20, "still retrying")


async def test_refused_for_a_while_then_back_connects_with_nothing_lost(real, server):
    phone = _shop_phone()
    session, rec = real.session(reconnect_base=0.1, reconnect_max=0.4)
    await real.link(session, rec, phone)
    await server.fault("refuse", on=True)
    try:
        await server.fault("disconnect", code=428)
        await wait_until(lambda: session.state is SessionState.RECONNECTING and
                         session.status().reason.text.startswith("No internet connection."), 15, "no internet")
        before = session.reconnects
        await wait_until(lambda: session.reconnects >= before + 2, 15, "retries while refused")
        status = session.status()
        if status.state is SessionState.RECONNECTING:
            assert status.next_attempt_at is not None
        # A customer writes while the shop is cut off: the server queues it for the next login.
        message_id = await server.customer_send(CUSTOMER, "are you open?", shop=phone)
    finally:
        await server.fault("refuse", on=False)
    await wait_until(lambda: session.can_send, 20, "connected again")
    # Baileys holds events after login until its first app-state sync has completed once. When the
    # drop came before that (a loaded PC, a link cut seconds after the scan), it waits up to 20 s
    # for a history sync that will not come again, then releases the queued message: late, never
    # lost. The deadline covers that hold.
    await wait_until(lambda: any(m.id == message_id for m in rec.of(IncomingMessage)), 45, "the queued message")


async def test_text_in_answer_out_decrypted_by_the_customer_with_ticks(real, server):
    phone = _shop_phone()
    session, rec = real.session()
    await real.link(session, rec, phone)
    message_id = await server.customer_send(CUSTOMER, "hello shop", shop=phone)
    await wait_until(lambda: any(m.id == message_id for m in rec.of(IncomingMessage)), 15, "the message in")
    incoming = next(m for m in rec.of(IncomingMessage) if m.id == message_id)
    assert incoming.text == "hello shop" and incoming.phone == CUSTOMER
    delivered = asyncio.ensure_future(server.wait_event("delivered", lambda e: e.get("text") == "we are open",
                                                        timeout=15))
    sent = await session.send_text(incoming.chat, "we are open", "3EB0PYTEST0001")
    assert (await delivered)["to"] == CUSTOMER
    await wait_until(lambda: {r.status for r in rec.of(Receipt) if r.id == sent.message_id} >= {"read"}, 15,
                     "read tick")


async def test_pairing_code_links(real, server):
    phone = _shop_phone()
    session, rec = real.session()
    await session.start()
    await wait_until(lambda: session.state is SessionState.WAITING_QR, 15, "a QR code")
    code = await session.request_pairing_code(phone)
    await server.phone_enter_code(code, phone)
    await wait_until(lambda: session.can_send, 15, "connected")
    assert rec.of(PairingCode) or session.state is SessionState.CONNECTED


async def test_bridge_restart_logs_straight_in_from_stored_creds(real):
    phone = _shop_phone()
    session, rec = real.session()
    await real.link(session, rec, phone)
    qrs = len(rec.of(QrCode))
    await session.restart_bridge()
    await wait_until(lambda: session.can_send, 15, "connected after the restart")
    assert len(rec.of(QrCode)) == qrs


@pytest.mark.parametrize("code, state, wiped", [
    (401, SessionState.LOGGED_OUT, True),
    (403, SessionState.BANNED, False),
    (440, SessionState.REPLACED, False),
])
async def test_final_disconnect_codes_give_the_session_rules_state(real, server, code, state, wiped):
    phone = _shop_phone()
    session, rec = real.session()
    await real.link(session, rec, phone)
    before = session.reconnects
    await server.fault("disconnect", code=code)
    await wait_until(lambda: session.state is state, 15, state.value)
    await asyncio.sleep(0.5)  # a reconnect it must not make would show here
    assert session.state is state and session.reconnects == before
    assert (not any(session.auth_dir.iterdir())) is wiped


async def test_bad_session_500_reconnects_and_keeps_creds(real, server):
    phone = _shop_phone()
    session, rec = real.session()
    await real.link(session, rec, phone)
    before = session.reconnects
    await server.fault("disconnect", code=500)
    await wait_until(lambda: session.reconnects > before and session.can_send, 20, "connected again")
    assert any(session.auth_dir.iterdir())


async def test_server_error_is_a_clear_error(server):
    with pytest.raises(LocalWhatsAppError) as err:
        await server.request("phone.scan", {"qr": "not a qr"})
    assert err.value.code == "bad_argument"
