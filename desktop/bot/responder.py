"""The responder: whatever writes the answer to a customer (the AI receptionist, or a stand-in)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class ReplyRequest:
    """One answer is wanted for these customer messages (a customer may split one thought)."""

    company_id: int
    conversation_id: int
    customer_id: int
    phone: str | None
    message_ids: tuple[int, ...]
    texts: tuple[str, ...]
    now: dt.datetime


@dataclass(frozen=True)
class Reply:
    """The answer; `handoff` flags the conversation for a person, with the reason."""

    text: str | None
    handoff: str | None = None
    # The answer booked, moved, cancelled or confirmed a visit: its reminders are planned again
    # now (otherwise at the scheduler's next look, within a minute).
    visits_changed: bool = False
    visits: frozenset[int] = frozenset()   # which visits, so open views read them again


class Responder(Protocol):
    """Writes one answer for a request; may raise or be slow: the engine bounds and catches it.

    Responders subclass it to inherit the do-nothing defaults of everything but `reply`.
    """

    async def reply(self, request: ReplyRequest) -> Reply: ...

    def settings_changed(self, company_id: int) -> None:
        """The company's profile, AI provider or key changed: drop what was built from the old."""
        return None  # a body, so that subclasses inherit it (a bare docstring would be abstract)

    async def warm_up(self) -> None:
        """Get ready before the first customer writes (load a model, build an agent); by default
        there is nothing to get ready."""
        return None


class EchoResponder(Responder):
    """A stand-in that repeats the customer's words, for trying the pipeline without any AI."""

    async def reply(self, request: ReplyRequest) -> Reply:
        said = " / ".join(text.strip() for text in request.texts if text.strip())
        return Reply(f"Echo: {said}" if said else None)
