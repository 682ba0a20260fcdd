"""A hung bridge (SIGSTOP) during traffic: noticed by its heartbeat, killed, started again, and
every customer message answered exactly once (issue 13).

Before the heartbeat the session stayed `connected` for minutes, each send timed out, the reply
ended `failed` after five attempts, and when the bridge woke the customer got it five times.
Real Node bridge (sim transport), real SQLite, the real engine and outbox.
"""

from __future__ import annotations

import collections
import os
import signal

import psutil
from ledger import check_exactly_once

from desktop.bot.simulate import ScenarioRunner
from desktop.bridge import SessionOptions, SessionState, SimTimings
from desktop.reason import Reason
from desktop.waiting import within
from tests.bot.conftest import (  # noqa: F401 - the fixture below needs SimShop
    FAST,
    SimShop,
    make_shop,  # noqa: F401 - pytest fixture
)

HEARTBEAT = dict(heartbeat_interval=0.2, heartbeat_deadline=0.5)


class StoppingChannel:
    """The real session; the first send finds the bridge stopped (SIGSTOP) just before it is
    written, as a bridge that hangs mid-traffic would."""

    def __init__(self, session) -> None:
        self._session = session
        self.stopped_pid: int | None = None

    async def wait_can_send(self, timeout=None):
        await self._session.wait_can_send(timeout)

    async def presence(self, to, state):
        await self._session.presence(to, state)

    async def send_text(self, to, text, message_id, timeout=None):
        if self.stopped_pid is None:
            self.stopped_pid = self._session.status().pid
            os.kill(self.stopped_pid, signal.SIGSTOP)
        return await self._session.send_text(to, text, message_id, timeout=timeout)


async def test_a_hung_bridge_is_restarted_and_every_message_answered_once(
        make_shop, monkeypatch) -> None:
    def session_options(self, company):
        return SessionOptions(transport="sim", sim=SimTimings(connect_delay_ms=20),
                              reconnect_base=0.2, reconnect_max=2.0, restart_base=0.2,
                              restart_max=2.0, send_timeout=2.0, **HEARTBEAT)

    monkeypatch.setattr(ScenarioRunner, "_session_options", session_options)
    shop = await make_shop()
    session = shop.session
    sender = shop.engine.sender(shop.company_id)
    channel = StoppingChannel(sender._channel)
    sender._channel = channel

    before = [await session.sim_incoming(f"+1555060{n:04d}", text=f"before {n}")
              for n in range(4)]
    try:
        # The first answer stops the bridge; the heartbeat notices, honestly.
        assert await session.wait_for_state({SessionState.RECONNECTING}, 20), session.status()
        status = session.status()
        assert not status.can_send and channel.stopped_pid is not None
        assert status.reason.code == "bridge.restarting"
        assert status.reason.params["why"] == Reason("bridge.not_answering", {"seconds": "0.5"})
        assert await session.wait_for_state({SessionState.CONNECTED}, 20), session.status()
    finally:
        if channel.stopped_pid is not None and psutil.pid_exists(channel.stopped_pid):
            os.kill(channel.stopped_pid, signal.SIGCONT)  # never leave a stopped process behind
    assert session.bridge_restarts == 1 and session.status().pid != channel.stopped_pid
    assert not psutil.pid_exists(channel.stopped_pid)

    after = [await session.sim_incoming(f"+1555060{n:04d}", text=f"after {n}") for n in range(4, 6)]
    await within(shop.engine.wait_seen(before + after, 20), 25)
    await shop.settle()
    await within(session.drain_events(), 10)
    await shop.engine.bus.drain()

    texts = collections.Counter(d.text for d in shop.delivered)
    assert texts == collections.Counter(
        [f"Echo: before {n}" for n in range(4)] + [f"Echo: after {n}" for n in range(4, 6)]), \
        "each customer's phone gets its answer exactly once"
    ledger = check_exactly_once(shop.runner.runtime.database, shop.company_id,
                                delivered=collections.Counter(d.wa_id for d in shop.delivered),
                                sent_by_phones=before + after)
    assert (ledger.messages_in, ledger.answered) == (6, 6), ledger.summary()
    assert ledger.lost == [] and ledger.duplicated == [] and ledger.resent_same_id == 0
    assert (ledger.outbox_unfinished, ledger.outbox_failed) == (0, 0)
