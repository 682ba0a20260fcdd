"""Widget tests on a qasync loop, so async slots and engine tasks really run under pytest-qt."""

from __future__ import annotations

import asyncio
import concurrent.futures
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
import qasync


@pytest.fixture(scope="session")
def qasync_loop(qapp):
    """One qasync loop for the whole session; never stopped (that would quit the QApplication)."""
    loop = qasync.QEventLoop(qapp, already_running=True)
    # Plain threads for run_in_executor: qasync's own QThread pool, never shut down in a loop
    # that is never closed, makes Qt abort the process at exit.
    executor = concurrent.futures.ThreadPoolExecutor(max_workers=4)
    loop.set_default_executor(executor)
    yield loop
    executor.shutdown(wait=True)


@pytest.fixture
def run(qasync_loop, qtbot) -> Callable[[Awaitable[Any]], Any]:
    """`run(coro)` runs a coroutine on the qasync loop while Qt keeps processing events."""
    asyncio.set_event_loop(qasync_loop)
    # The qasync loop counts as "running" while a widget test uses it, and must not afterwards:
    # pytest-asyncio tests elsewhere in the session start their own loops.
    asyncio.events._set_running_loop(qasync_loop)

    def run_coroutine(coro: Awaitable[Any], timeout: float = 30.0) -> Any:
        future = asyncio.ensure_future(coro, loop=qasync_loop)
        qtbot.waitUntil(future.done, timeout=int(timeout * 1000))
        # The future's done callbacks (run_action's on_done: a page re-reading what it saved)
        # were queued when it finished; a callback queued now runs after them, in order.
        after_callbacks = asyncio.Event()
        qasync_loop.call_soon(after_callbacks.set)
        qtbot.waitUntil(after_callbacks.is_set, timeout=int(timeout * 1000))
        return future.result()

    yield run_coroutine
    asyncio.events._set_running_loop(None)
    asyncio.set_event_loop(None)


@pytest.fixture
def window(qtbot, gui_shop, run, data_paths):
    """The main window on `gui_shop` (a module may override `gui_shop`), shown."""
    from desktop.views.engine_signals import EngineSignals
    from desktop.views.main_window import MainWindow

    signals = EngineSignals()

    async def attach() -> None:
        signals.attach(gui_shop.engine.bus)

    run(attach())
    window = MainWindow(gui_shop, signals, data_paths)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def gui_shop(run, data_paths):
    """A running shop (engine + real simulator bridge) for the demo company, linked and connected;
    its responder repeats the customer ("Echo: ...")."""
    from desktop.bot.responder import EchoResponder

    yield from _running_shop(run, data_paths, EchoResponder())


@pytest.fixture
def gui_shop_offline(run, data_paths):
    """Like gui_shop, answered by the built-in offline assistant (books real appointments)."""
    yield from _running_shop(run, data_paths, None)  # None: the AI receptionist, as in the window


def _running_shop(run, data_paths, responder):
    from desktop.bot.engine import EngineOptions
    from desktop.bot.outbox import OutboxOptions
    from desktop.bot.shop import build_shop
    from desktop.bridge import SessionOptions, SessionState, SimTimings
    from desktop.store.companies import ensure_demo_company

    shop = build_shop(
        data_paths, responder=responder,
        engine_options=EngineOptions(debounce_gap=0.2, debounce_max=1.0,
                                     outbox=OutboxOptions(typing_seconds=0, retry_base=0.2,
                                                          send_timeout=2.0)),
        session_options=lambda company: SessionOptions(
            transport="sim", sim=SimTimings(connect_delay_ms=10), reconnect_base=0.2,
            restart_base=0.2, send_timeout=2.0))
    company_id = ensure_demo_company(shop.database)
    runtime = shop.runtime

    async def start_and_link() -> None:
        await runtime.start()
        session = runtime.session(company_id)
        assert await session.wait_for_state({SessionState.WAITING_QR}, 30)
        await session.sim_scan()
        assert await session.wait_for_state({SessionState.CONNECTED}, 30)

    run(start_and_link())
    runtime.company_id = company_id
    yield runtime
    run(runtime.stop())
    shop.close()
