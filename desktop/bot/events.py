"""Engine events and the one subscribe API that the window, the CLI and tests listen on.

Each subscriber gets its own queue and task, so a slow or failing subscriber never blocks the
engine or the other subscribers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import enum
import inspect
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Union

from desktop.bridge import SessionStatus
from desktop.reason import Reason
from desktop.store.models import Author, Direction, OutboxStatus

log = logging.getLogger("ai_admin.engine")


@dataclass(frozen=True)
class MessageStored:
    """A message (in or out) was written to the store."""

    company_id: int
    conversation_id: int
    message_id: int
    wa_id: str
    direction: Direction
    author: Author
    kind: str        # WhatsApp's kind, as the bridge names it: text | image | ... | undecryptable
    text: str | None
    phone: str | None
    history: bool = False   # an older message from the history sync on link
    updated: bool = False   # the same message again, now readable: replaces the stored bubble


@dataclass(frozen=True)
class ConversationsMerged:
    """WhatsApp told the phone behind a hidden-number chat: `from_id` is now part of `into_id`."""

    company_id: int
    from_id: int
    into_id: int


@dataclass(frozen=True)
class MessageStatusChanged:
    """An outgoing message moved along queued -> sending -> sent -> delivered -> read, or failed."""

    company_id: int
    conversation_id: int
    outbox_id: int
    wa_id: str
    status: OutboxStatus
    error: str | None = None


@dataclass(frozen=True)
class ConversationChanged:
    """A conversation's AI switch, pause, needs-human flag or unread count changed."""

    company_id: int
    conversation_id: int
    ai_enabled: bool
    ai_paused_until: dt.datetime | None
    needs_human: bool
    needs_human_reason: str | None
    unread_count: int


@dataclass(frozen=True)
class SessionStateChanged:
    """A company's WhatsApp connection changed state."""

    company_id: int
    status: SessionStatus


class LinkCodeKind(enum.StrEnum):
    """How the owner links the shop's phone: scanning a QR code or typing a pairing code."""

    QR = "qr"
    PAIRING_CODE = "pairing_code"


@dataclass(frozen=True)
class LinkCodeShown:
    """A QR code (or pairing code) to show the owner so the shop's phone can be linked."""

    company_id: int
    kind: LinkCodeKind
    value: str
    expires_ms: int | None = None


@dataclass(frozen=True)
class SimulatorDelivered:
    """The simulated customer's phone received one of our messages (simulator companies only)."""

    company_id: int
    wa_id: str
    to_jid: str
    text: str


@dataclass(frozen=True)
class EngineLog:
    """A step of the pipeline worth showing live (incoming, decision, reply, send result)."""

    company_id: int | None
    level: int         # a `logging` level: logging.INFO, logging.ERROR, ...
    text: str


@dataclass(frozen=True)
class Changes:
    """What one staff command (`bot/operations.py`) or one AI answer (the visits it booked,
    moved or cancelled) changed, published after its transaction committed, so every open view
    reads those things again."""

    company_id: int | None   # None: no company's, the window's own preferences (`settings`)
    customers: frozenset[int] = frozenset()
    conversations: frozenset[int] = frozenset()   # a name shown, or the AI switch / pause
    appointments: frozenset[int] = frozenset()    # booked, moved or cancelled
    profile: bool = False       # the business profile (its name too) or its AI provider
    company_ai: bool | None = None   # the company's AI switch, when it changed: its new value
    settings: frozenset[str] = frozenset()   # the window's preferences changed (their keys)
    # The company itself was archived, restored, deleted or added (the sidebar reads it again).
    company: bool = False


class Waiting(enum.StrEnum):
    """What a database fault holds up."""

    INCOMING = "incoming"   # customers' messages wait to be stored (the same for every company)
    REPLIES = "replies"     # one company's outbox waits to record its sends


@dataclass(frozen=True)
class DatabaseFault:
    """The database cannot be written, so something waits (nothing is lost; it is retried), or,
    with `reason` None, it works again. Published once when it starts and once when it ends."""

    company_id: int | None   # None for incoming messages: the store is shared
    waiting: Waiting
    reason: Reason | None


EngineEvent = Union[MessageStored, MessageStatusChanged, ConversationChanged, SessionStateChanged,
                    LinkCodeShown, SimulatorDelivered, EngineLog, ConversationsMerged, Changes,
                    DatabaseFault]
Subscriber = Callable[[EngineEvent], None | Awaitable[None]]


@dataclass
class _Subscription:
    callback: Subscriber
    queue: asyncio.Queue[EngineEvent] = field(default_factory=lambda: asyncio.Queue(10_000))
    task: asyncio.Task[None] | None = None

    def cancel(self) -> None:
        # EventBus.subscribe starts the task before it hands the subscription to anyone.
        assert self.task is not None, "an event subscription was never started"
        self.task.cancel()


class EventBus:
    """Fans engine events out to subscribers without ever waiting for them."""

    def __init__(self) -> None:
        self._subscriptions: list[_Subscription] = []

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call `callback` (plain or async) with every event; returns a function to unsubscribe."""
        subscription = _Subscription(callback)
        subscription.task = asyncio.get_running_loop().create_task(self._deliver(subscription))
        self._subscriptions.append(subscription)

        def unsubscribe() -> None:
            if subscription in self._subscriptions:
                self._subscriptions.remove(subscription)
                subscription.cancel()

        return unsubscribe

    def publish(self, event: EngineEvent) -> None:
        for subscription in list(self._subscriptions):
            try:
                subscription.queue.put_nowait(event)
            except asyncio.QueueFull:
                # A subscriber that stopped reading loses events rather than stalling the shop.
                log.warning("An event subscriber is not keeping up; dropped an event")

    async def drain(self) -> None:
        """Wait until every subscriber has handled every event published so far.

        Not to be awaited from inside a subscriber: it would wait for its own event.
        """
        for subscription in list(self._subscriptions):
            if subscription.task is None:
                continue
            handled = asyncio.ensure_future(subscription.queue.join())
            # an unsubscribe meanwhile stops its delivery: then there is nothing more to wait for
            await asyncio.wait({handled, subscription.task}, return_when=asyncio.FIRST_COMPLETED)
            handled.cancel()

    async def _deliver(self, subscription: _Subscription) -> None:
        while True:
            event = await subscription.queue.get()
            try:
                result = subscription.callback(event)
                if inspect.isawaitable(result):
                    await result
            except Exception:  # noqa: BLE001 - one broken subscriber must not stop the others
                log.exception("An event subscriber failed on %s", type(event).__name__)
            finally:
                subscription.queue.task_done()  # what drain() waits on

    def close(self) -> None:
        for subscription in self._subscriptions:
            subscription.cancel()
        self._subscriptions.clear()
