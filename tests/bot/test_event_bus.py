"""The engine's event bus: subscribers never hold up the shop, and `drain` waits on their work, not a clock."""

from __future__ import annotations

import asyncio

from desktop.bot.events import Changes, EventBus


async def test_drain_returns_once_every_subscriber_has_handled_every_event() -> None:
    bus = EventBus()
    release = asyncio.Event()
    handled: list[int] = []

    async def slow(event: Changes) -> None:
        await release.wait()
        handled.append(event.company_id)

    bus.subscribe(slow)
    for company_id in (1, 2, 3):
        bus.publish(Changes(company_id))
    drained = asyncio.ensure_future(bus.drain())
    await asyncio.sleep(0)
    assert not drained.done() and handled == []  # taken from the queue is not handled
    release.set()
    await drained
    assert handled == [1, 2, 3]
    bus.close()


async def test_drain_does_not_wait_for_a_subscriber_that_unsubscribed() -> None:
    bus = EventBus()
    stuck = asyncio.Event()
    unsubscribe = bus.subscribe(lambda event: stuck.wait())
    bus.publish(Changes(1))
    drained = asyncio.ensure_future(bus.drain())
    await asyncio.sleep(0)
    unsubscribe()
    await drained  # an unsubscribe stops delivery: nothing is left to wait for
    assert not stuck.is_set()
    bus.close()
