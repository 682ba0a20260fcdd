"""Bounded waits on state: woken by the owner's word that the state changed, never by a timer."""

from __future__ import annotations

import asyncio

from desktop.waiting import StateWatch


async def test_a_waiter_returns_at_once_when_the_state_already_holds() -> None:
    assert await StateWatch().until(lambda: True, 0)


async def test_a_waiter_wakes_on_the_change_that_makes_the_state_hold() -> None:
    watch, state = StateWatch(), {"done": False}
    waiting = asyncio.ensure_future(watch.until(lambda: state["done"], None))
    await asyncio.sleep(0)
    watch.changed()  # a change that does not make it hold: the waiter checks and waits on
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    assert not waiting.done()
    state["done"] = True
    watch.changed()
    assert await waiting


async def test_every_waiter_of_the_moment_is_woken() -> None:
    watch, state = StateWatch(), {"done": False}
    waiters = [asyncio.ensure_future(watch.until(lambda: state["done"], None)) for _ in range(3)]
    await asyncio.sleep(0)
    state["done"] = True
    watch.changed()
    assert await asyncio.gather(*waiters) == [True, True, True]


async def test_a_state_that_never_holds_gives_false_when_the_time_is_up() -> None:
    assert not await StateWatch().until(lambda: False, 0)
