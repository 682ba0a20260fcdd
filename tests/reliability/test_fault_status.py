"""`status` and diagnostics say why replies or incoming messages wait (a locked database).

The faults live in `OutboxSender.fault` and `Engine.store_fault`; the runtime writes them to a
small file beside the database as well, because the database snapshot cannot be written while
the database is locked — exactly when a technician runs `ai-admin status`.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.cli import run_status
from desktop.diagnostics import DiagnosticsParts
from desktop.instance import InstanceLock
from desktop.store import db as store_db
from desktop.waiting import within
from tests.bot.conftest import (  # noqa: F401 - the fixture below needs SimShop
    FAST,
    SimShop,
    make_shop,  # noqa: F401 - pytest fixture
)
from tests.reliability.test_db_faults import GatedChannel, _until


async def test_status_and_diagnostics_show_both_faults_while_the_database_is_locked(
        make_shop, monkeypatch, capsys) -> None:
    monkeypatch.setattr(store_db, "SQLITE_BUSY_TIMEOUT_MS", 200)
    shop = await make_shop()
    runtime, company = shop.runner.runtime, shop.company_id
    sender = shop.engine.sender(company)
    gated = GatedChannel(sender._channel)
    sender._channel = gated
    await shop.session.sim_incoming("+15550300001", text="first question")
    await _until(lambda: [r.status for r in shop.outbox()] == ["queued"])
    await within(gated.waiting.wait(), 20)

    app = InstanceLock(runtime.paths.lock_file)
    app.acquire()  # as `serve` or the window holds it
    lock = sqlite3.connect(runtime.database.sqlite_file, timeout=0.1)
    lock.execute("BEGIN IMMEDIATE")
    try:
        gated.gate.set()
        await shop.session.sim_incoming("+15550300002", text="second question")
        await _until(lambda: sender.fault is not None and shop.engine.store_fault is not None)
        runtime.write_status()  # the 10 s tick, now

        assert run_status(runtime.paths, as_json=True) == 0
        report = json.loads(capsys.readouterr().out)
        row = report["companies"][0]
        assert report["running"] is True
        assert "locked" in row["outbox_fault"] and "locked" in row["store_fault"]
        assert run_status(runtime.paths, as_json=False) == 0
        text = capsys.readouterr().out
        assert "outbox paused: the database cannot be written" in text
        assert "messages waiting: the database cannot be written" in text

        faults = DiagnosticsParts.from_runtime(runtime).faults[company]
        assert "locked" in faults["outbox"] and "locked" in faults["store"]
    finally:
        lock.rollback()
        lock.close()

    try:
        await _until(lambda: sender.fault is None and shop.engine.store_fault is None
                     and len(shop.delivered) == 2, timeout=40)
        runtime.write_status()
        assert run_status(runtime.paths, as_json=True) == 0
        row = json.loads(capsys.readouterr().out)["companies"][0]
        assert row["outbox_fault"] is None and row["store_fault"] is None
    finally:
        app.release()
