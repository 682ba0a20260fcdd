"""Bounded waits that never swallow a cancellation.

On Python 3.11, `asyncio.wait_for` can lose a cancellation that races with the awaited thing
finishing, leaving a task that was told to stop waiting again — a shutdown that hangs. These use
`asyncio.timeout`, which does not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


async def wait_event(event: asyncio.Event, timeout: float | None) -> bool:
    """Wait until `event` is set or `timeout` seconds pass; True when it was set."""
    try:
        async with asyncio.timeout(timeout):
            await event.wait()
    except TimeoutError:
        return event.is_set()
    return True


async def wait_bounded(awaitable: Awaitable[object], timeout: float | None) -> bool:
    """Await something for at most `timeout` seconds; True when it finished in time."""
    try:
        async with asyncio.timeout(timeout):
            await awaitable
    except TimeoutError:
        return False
    return True


async def within(awaitable: Awaitable[T], timeout: float | None) -> T:
    """The result of `awaitable`, or TimeoutError after `timeout` seconds: `wait_for` without the lost cancel."""
    async with asyncio.timeout(timeout):
        return await awaitable


class StateWatch:
    """Wakes whoever waits for some state to hold, each time its owner says it may have changed.

    The owner calls `changed()` wherever the state moves, from plain code too (where an
    `asyncio.Condition` could not be notified without awaiting its lock); `until()` checks its
    predicate again only then, never on a timer. Each `changed()` wakes every waiter of the
    moment and hands later waiters a fresh event, so no wake-up is lost between check and wait.
    """

    def __init__(self) -> None:
        self._event = asyncio.Event()

    def changed(self) -> None:
        """The watched state may have moved: every waiter checks its predicate again."""
        self._event.set()
        self._event = asyncio.Event()

    async def until(self, holds: Callable[[], bool], timeout: float | None) -> bool:
        """Wait until `holds()` is true, for at most `timeout` seconds; True when it held."""
        loop = asyncio.get_running_loop()
        deadline = None if timeout is None else loop.time() + timeout
        while not holds():
            event = self._event  # taken right after the check: a change from here on sets it
            remaining = None if deadline is None else deadline - loop.time()
            if remaining is not None and remaining <= 0:
                return False
            await wait_event(event, remaining)
        return True
