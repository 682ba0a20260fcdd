"""One session's event fan-out: every subscriber gets every event in order, on its own queue.

A slow or failing subscriber only delays itself: each has a queue and a task, and its exceptions
are logged, never raised into the session.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from desktop.waiting import wait_bounded

from .states import SessionEvent, SessionPayload, Subscriber, Transition, TransitionCallback

log = logging.getLogger("ai_admin.bridge.session")


class Delivery:
    """One subscriber's queue and task."""

    def __init__(self, callback: Callable[[Any], Any], company_id: int) -> None:
        self.callback = callback
        self.queue: asyncio.Queue[Any] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self._extra = {"company_id": company_id}

    def put(self, item: Any) -> None:
        """Queue an item; the delivery task starts with the first one."""
        self.queue.put_nowait(item)
        if self.task is None:
            self.task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        while True:
            item = await self.queue.get()
            try:
                result = self.callback(item)
                if inspect.isawaitable(result):
                    await result
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - one subscriber's bug must not break the session
                log.exception("session subscriber %r failed", self.callback, extra=self._extra)
            finally:
                self.queue.task_done()

    async def drain(self, timeout: float) -> None:
        """Wait (bounded) until everything queued so far was handled."""
        if self.task is not None:
            await wait_bounded(self.queue.join(), timeout)

    def close(self) -> None:
        """Stop delivering."""
        if self.task is not None:
            self.task.cancel()


class EventFanout:
    """The session's subscribers (events) and its transition listener (the connection history)."""

    def __init__(self, company_id: int, now: Callable[[], datetime],
                 on_transition: TransitionCallback | None = None) -> None:
        self.company_id = company_id
        self._now = now
        self._subscribers: list[Delivery] = []
        self._transitions = Delivery(on_transition, company_id) if on_transition else None

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Receive every :class:`SessionEvent`; returns a function that unsubscribes."""
        delivery = Delivery(callback, self.company_id)
        self._subscribers.append(delivery)

        def unsubscribe() -> None:
            if delivery in self._subscribers:
                self._subscribers.remove(delivery)
            delivery.close()

        return unsubscribe

    def publish(self, payload: SessionPayload) -> None:
        """Hand one payload to every subscriber, stamped with the company and the time."""
        event = SessionEvent(self.company_id, self._now(), payload)
        for delivery in list(self._subscribers):
            delivery.put(event)

    def record(self, transition: Transition) -> None:
        """Hand a transition to the transition listener (it keeps the connection history)."""
        if self._transitions is not None:
            self._transitions.put(transition)

    async def drain(self, timeout: float) -> None:
        """Wait (bounded, per subscriber) until every subscriber handled what it was given so far."""
        for delivery in list(self._subscribers):
            await delivery.drain(timeout)

    async def close(self, timeout: float = 1.0) -> None:
        """Let each subscriber finish what it was given (bounded), then stop delivering."""
        deliveries = list(self._subscribers)
        if self._transitions is not None:
            deliveries.append(self._transitions)
        for delivery in deliveries:
            await delivery.drain(timeout)
            delivery.close()
