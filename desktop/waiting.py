"""Bounded waits that never swallow a cancellation.

On Python 3.11, `asyncio.wait_for` can lose a cancellation that races with the awaited thing
finishing, leaving a task that was told to stop waiting again — a shutdown that hangs. These use
`asyncio.timeout`, which does not.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
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
