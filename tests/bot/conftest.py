"""A simulator shop for engine tests: real Node bridge (sim transport), real store, fast timings."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from desktop.bot.events import SimulatorDelivered
from desktop.bot.profile import load_profile
from desktop.bot.responder import EchoResponder, Reply, ReplyRequest, Responder
from desktop.bot.scenario import parse_scenario
from desktop.bot.simulate import ScenarioRunner, SimulationSettings
from desktop.resources import demo_profile_path
from desktop.store.models import Message, OutboxMessage


class SimShop:
    """A ScenarioRunner plus what a test wants to look at."""

    def __init__(self) -> None:
        self.runner: ScenarioRunner | None = None
        self.lines: list[dict[str, Any]] = []
        self.delivered: list[SimulatorDelivered] = []  # what customers' phones received

    def observe(self, runtime) -> None:
        # Subscribed before the shop starts, so nothing sent at start-up is missed.
        runtime.engine.bus.subscribe(self._on_event)

    def _on_event(self, event) -> None:
        if isinstance(event, SimulatorDelivered):
            self.delivered.append(event)

    @property
    def engine(self):
        return self.runner.runtime.engine

    @property
    def session(self):
        return self.runner.runtime.sessions[self.runner.company_id]

    @property
    def company_id(self) -> int:
        return self.runner.company_id

    async def play(self, scenario: str) -> dict[str, Any]:
        return await self.runner.run(parse_scenario(scenario))

    def out(self, by: str | None = None) -> list[dict[str, Any]]:
        return [l for l in self.lines if l.get("dir") == "out" and (by is None or l["by"] == by)]

    def messages(self, **where: Any) -> list[Message]:
        with self.runner.runtime.database.session() as session:
            query = session.query(Message).filter_by(company_id=self.company_id, **where)
            return list(query.order_by(Message.id))

    def outbox(self) -> list[OutboxMessage]:
        with self.runner.runtime.database.session() as session:
            return list(session.query(OutboxMessage).order_by(OutboxMessage.id))

    async def settle(self) -> None:
        assert await self.engine.wait_idle(20)
        await self.engine.bus.drain()


class ScriptedResponder(Responder):
    """Echoes, but can fail or be slow for chosen texts; counts its calls."""

    def __init__(self, fail_on: str | None = None, slow_on: str | None = None,
                 delay: float = 0.0) -> None:
        self.fail_on, self.slow_on, self.delay = fail_on, slow_on, delay
        self.requests: list[ReplyRequest] = []

    async def reply(self, request: ReplyRequest) -> Reply:
        self.requests.append(request)
        joined = " / ".join(request.texts)
        if self.fail_on and self.fail_on in joined:
            raise RuntimeError("provider unreachable")
        if self.slow_on and self.slow_on in joined:
            await asyncio.sleep(self.delay)
        return Reply(f"Echo: {joined}")

    def settings_changed(self, company_id: int) -> None:
        """Nothing is built from a company's settings here."""


FAST = dict(step_timeout=20.0, debounce_gap=0.5, debounce_max=3.0)


@pytest.fixture
async def make_shop(tmp_path) -> AsyncIterator:
    """Start a simulator shop: `await make_shop(responder=..., **settings)`; stopped afterwards."""
    runners: list[ScenarioRunner] = []

    async def start(responder=None, data=None, now=None, **settings: Any) -> SimShop:
        shop = SimShop()
        shop.runner = ScenarioRunner(data or tmp_path / "shop", load_profile(demo_profile_path()),
                                     responder or EchoResponder(), shop.lines.append, now=now,
                                     settings=SimulationSettings(**{**FAST, **settings}),
                                     observe=shop.observe)
        runners.append(shop.runner)
        await shop.runner.start()
        return shop

    yield start
    for runner in reversed(runners):
        await runner.stop()
