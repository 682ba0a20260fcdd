"""`ai-admin companies add|list` and `ai-admin link`: creating and linking a company with no window.

The phone is played by the test: the simulator's ``sim.scan``, then the local WhatsApp server's
``phone.scan`` / ``phone.enter_code`` with the exact QR string or code the link printed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from desktop.bridge.localwa import server_script
from desktop.bridge.node_runtime import locate_runtime
from desktop.bridge.process import SimTimings
from desktop.bridge.protocol import PairingCode, QrCode
from desktop.bridge.session import SessionOptions
from desktop.cli import LinkFailed, link_company, run_link
from desktop.instance import InstanceLock
from desktop.paths import DataPaths
from tests.conftest import REPO_ROOT

SHOP_PHONE = "+15550100777"


def _cli(*args: str, home) -> subprocess.CompletedProcess:
    env = {**os.environ, "AI_ADMIN_HOME": str(home)}
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=120)


def _fast_sim(**overrides) -> SessionOptions:
    timings = dict(qr_first_ms=400, qr_next_ms=250, qr_max=3, connect_delay_ms=20)
    timings.update(overrides)
    return SessionOptions(transport="sim", sim=SimTimings(**timings), reconnect_base=0.1, reconnect_max=0.5)


def _needs_server() -> None:
    if not server_script(locate_runtime()).is_file():
        pytest.skip("the local WhatsApp server (desktop/bridge/node/localwa) is not in this checkout")


@pytest.mark.slow
def test_companies_add_and_list(tmp_path) -> None:
    added = _cli("companies", "add", "Corner Shop", "--transport", "practice", home=tmp_path)
    assert added.returncode == 0, added.stderr
    assert "ai-admin link 1" in added.stdout
    again = _cli("companies", "add", "Corner Shop", home=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    listed = _cli("companies", "list", "--json", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert [(c["id"], c["name"], c["transport"]) for c in json.loads(listed.stdout)] == \
        [(1, "Corner Shop", "practice")]


def test_link_refuses_while_another_instance_holds_the_data_folder(tmp_path, capsys) -> None:
    paths = DataPaths(tmp_path).ensure()
    lock = InstanceLock(paths.lock_file)
    lock.acquire()
    try:
        assert run_link(paths, "1", None, False, 5.0) == 3
    finally:
        lock.release()
    assert "already running" in capsys.readouterr().err


async def test_link_by_qr_on_the_simulator(tmp_path) -> None:
    paths = DataPaths(tmp_path).ensure()
    printed: list[str] = []

    async def scan(session, practice, payload):
        if isinstance(payload, QrCode):
            await session.sim_scan()

    me = await link_company(paths, 1, "sim", out=printed.append, phone=scan, options=_fast_sim(), timeout=20)
    assert me
    assert any("\u2588" in line for line in printed), "the QR code was drawn in the terminal"


async def test_expired_qr_is_a_clear_failure(tmp_path) -> None:
    paths = DataPaths(tmp_path).ensure()
    with pytest.raises(LinkFailed, match="QR code expired"):
        await link_company(paths, 1, "sim", out=lambda _line: None, options=_fast_sim(qr_max=1), timeout=20)


async def test_link_by_qr_on_the_practice_whatsapp(tmp_path) -> None:
    _needs_server()
    paths = DataPaths(tmp_path).ensure()
    qrs: list[str] = []

    async def scan(session, practice, payload):
        if isinstance(payload, QrCode) and not qrs:
            qrs.append(payload.qr)
            await practice.phone_scan(payload.qr, SHOP_PHONE)

    me = await link_company(paths, 1, "practice", out=lambda _line: None, phone=scan, timeout=40)
    assert me.startswith("15550100777:")
    assert (tmp_path / "practice-whatsapp").is_dir()


async def test_link_by_pairing_code_on_the_practice_whatsapp(tmp_path) -> None:
    _needs_server()
    paths = DataPaths(tmp_path).ensure()
    printed: list[str] = []

    async def enter(session, practice, payload):
        if isinstance(payload, PairingCode):
            await practice.phone_enter_code(payload.code, SHOP_PHONE)

    me = await link_company(paths, 1, "practice", pairing_phone=SHOP_PHONE, out=printed.append,
                            phone=enter, timeout=40)
    assert me.startswith("15550100777:")
    assert any(line.startswith("Pairing code: ") for line in printed)
    assert not any("\u2588" in line for line in printed), "no QR drawn when linking by code"
