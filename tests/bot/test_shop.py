"""The composition root: one builder wires the shop the window, `serve` and `simulate` run."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import signal

import pytest

from desktop.bot import shop as shop_module
from desktop.bot import simulate as simulate_module
from desktop.bot.responder import EchoResponder, Reply, ReplyRequest, Responder
from desktop.bot.shop import DeferredResponder, build_shop
from desktop.cli import run_serve, run_simulate
from desktop.paths import DataPaths

DANA = "+972501234567"
REACHED_PHONE = ("sent", "delivered", "read")


def _spy_on(monkeypatch, module) -> list:
    """Every shop `module` builds, while it still uses the one builder."""
    built = []

    def spying(*args, **kwargs):
        built.append(shop_module.build_shop(*args, **kwargs))
        return built[-1]

    monkeypatch.setattr(module, "build_shop", spying)
    return built


def test_the_shop_is_wired_once_around_one_engine(data_paths: DataPaths) -> None:
    start = dt.datetime(2026, 12, 1, 9, tzinfo=dt.UTC)
    responder = EchoResponder()
    shop = build_shop(data_paths, responder=responder, clock=lambda: start)
    try:
        assert shop.runtime.engine is shop.engine and shop.operations is shop.runtime.operations
        assert shop.runtime.records is shop.engine.records
        assert shop.runtime.database is shop.database is shop.engine.records.database
        assert shop.engine.responder is responder and shop.engine.clock() == start
    finally:
        shop.close()


def test_without_a_responder_the_ai_receptionist_answers(data_paths: DataPaths) -> None:
    shop = build_shop(data_paths)
    try:
        assert isinstance(shop.engine.responder, DeferredResponder)
    finally:
        shop.close()


async def test_warm_up_is_part_of_every_responder() -> None:
    class Plain(Responder):
        async def reply(self, request: ReplyRequest) -> Reply:
            return Reply("ok")

    await Plain().warm_up()  # the default: nothing to get ready
    built = []
    deferred = DeferredResponder(lambda: built.append(EchoResponder()) or built[-1])
    await deferred.warm_up()
    await deferred.warm_up()
    assert len(built) == 1 and deferred.real is built[0]


@pytest.mark.slow
def test_simulate_runs_the_built_shop_and_it_answers(monkeypatch, tmp_path, capsys) -> None:
    built = _spy_on(monkeypatch, simulate_module)
    scenario = tmp_path / "hello.jsonl"
    scenario.write_text(json.dumps({"from": DANA, "say": "Hello, are you open today?"}) + "\n")
    assert run_simulate(scenario, None, None, True, tmp_path / "data") == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(built) == 1
    assert [line["by"] for line in lines if line.get("dir") == "out"] == ["bot"]
    assert lines[-1]["summary"]["replies"] == 1


@pytest.mark.slow
def test_serve_runs_the_built_shop_and_stops_it(monkeypatch, tmp_path) -> None:
    build, started = shop_module.build_shop, []

    def stop_once_started(*args, **kwargs):
        shop = build(*args, **kwargs)
        run = shop.runtime.start

        async def start_then_interrupt(**options) -> None:
            await run(**options)
            started.append(shop)
            signal.raise_signal(signal.SIGTERM)  # what a service manager sends to stop it

        shop.runtime.start = start_then_interrupt
        return shop

    monkeypatch.setattr(shop_module, "build_shop", stop_once_started)
    assert run_serve(DataPaths(tmp_path / "data")) == 0
    assert len(started) == 1


@pytest.mark.slow
async def test_wait_idle_wakes_only_once_the_answer_is_sent(make_shop) -> None:
    gate = asyncio.Event()

    class Held(Responder):
        async def reply(self, request: ReplyRequest) -> Reply:
            await gate.wait()
            return Reply("Here you are")

    shop = await make_shop(responder=Held(), debounce_gap=0.0, debounce_max=0.0)
    message = await shop.session.sim_incoming(DANA, text="hi")
    assert await shop.engine.wait_seen([message], 20)
    idle = asyncio.ensure_future(shop.engine.wait_idle(20))
    for _ in range(20):  # let the engine and the waiter run as far as they can
        await asyncio.sleep(0)
    assert not idle.done()  # the answer is still being written
    gate.set()
    assert await idle
    assert [row.status in REACHED_PHONE for row in shop.outbox()] == [True]
