"""Reconnecting, single-flight: whatever order closes and attempts come in, one attempt is ahead.

One task owns reconnecting. It waits for the planned time, makes one attempt, and goes round again
if a close arrived while it was attempting. A close that arrives while it waits is absorbed (the
planned attempt covers it). So a wanted connection always has exactly one attempt ahead of it: with
no internet the session retries for ever, with capped backoff (the delays are the session's).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

from desktop.waiting import wait_event


class Reconnector:
    """Plans, hurries and cancels the one reconnect attempt of a session."""

    def __init__(
        self,
        attempt: Callable[[], Awaitable[None]],
        *,
        clock: Callable[[], float],
        keep_going: Callable[[], bool],
        spawn: Callable[[Awaitable[Any], str], asyncio.Task[Any]],
    ) -> None:
        self._attempt = attempt
        self._clock = clock
        self._keep_going = keep_going
        self._spawn = spawn
        self._task: asyncio.Task[None] | None = None
        self._now = asyncio.Event()
        self._at: float | None = None  # clock time of the planned attempt (for the countdown)
        self._due = 0.0  # the same, in the event loop's time (for waiting)
        self._attempting = False  # past its wait, making the attempt
        self._again: float | None = None  # a close during the attempt: go round again
        self._finished = asyncio.Event()

    @property
    def active(self) -> bool:
        """True while a reconnect is planned or under way."""
        return self._task is not None and not self._task.done()

    def waiting(self) -> bool:
        """True while the reconnect waits for its planned attempt."""
        return self.active and not self._attempting

    def plan(self, delay: float) -> float:
        """Make sure an attempt is planned about ``delay`` from now; return its time (clock)."""
        if self.active:
            if self._attempting:
                self._set_time(delay)
                self._again = delay
            elif delay <= 0:
                self._set_time(0.0)
                self._now.set()
            return self._at if self._at is not None else self._clock()
        self._now = asyncio.Event()
        self._finished = asyncio.Event()
        self._attempting = False
        self._again = None
        self._set_time(delay)
        self._task = self._spawn(self._loop(delay), "reconnect")
        assert self._at is not None
        return self._at

    def _set_time(self, delay: float) -> None:
        self._at = self._clock() + delay
        self._due = asyncio.get_running_loop().time() + delay

    def cancel(self) -> None:
        """Drop the planned attempt (the caller's own task is never cancelled from inside)."""
        if self._task is not None and not self._task.done():
            if self._task is not asyncio.current_task():
                self._task.cancel()
        self._task = None
        self._at = None
        self._again = None
        self._finished.set()  # nobody waits for an attempt that will not happen

    async def hurry(self) -> None:
        """Make the planned attempt now and wait until it is made (not for later rounds)."""
        task = self._task
        if task is None or task.done():
            return
        finished = self._finished
        self._now.set()
        waiter = asyncio.ensure_future(finished.wait())
        try:
            await asyncio.wait({task, waiter}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            waiter.cancel()

    async def _loop(self, delay: float) -> None:
        next_delay: float | None = delay
        while next_delay is not None:
            remaining = self._due - asyncio.get_running_loop().time()
            if remaining > 0:
                await wait_event(self._now, remaining)
            self._attempting = True
            self._again = None
            try:
                await self._attempt()
            finally:
                self._attempting = False
                finished, self._finished = self._finished, asyncio.Event()
                finished.set()
            next_delay = self._again
            self._again = None
            self._now = asyncio.Event()
            if not self._keep_going():
                return
        self._at = None
