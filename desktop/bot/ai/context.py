"""The run context: everything one agent run may touch, fixed before the run starts.

Tools reach the shop only through this object (`RunContextWrapper.context`), so a run is scoped
to one company and one customer by construction: no tool takes a customer id or a phone number
as an argument, and the model cannot name anyone else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.bot.ai.booking import BookingDesk
from desktop.bot.profile import BusinessProfile
from desktop.bot.records import ConversationRecords
from desktop.store.db import Database


@dataclass
class ReceptionContext:
    """One customer's conversation with one company, at one moment."""

    database: Database
    company_id: int
    customer_id: int
    conversation_id: int
    profile: BusinessProfile
    now: dt.datetime
    customer_name: str | None = None     # told by the customer, or their WhatsApp name
    language: str | None = None          # the customer's ("en", "ru", "he"), from their texts
    # Set by the hand-off tool; the responder turns it into the engine's needs-human flag.
    handoff_reason: str | None = None
    tool_calls: list[str] = field(default_factory=list)
    # The visits this run booked, moved, cancelled or confirmed (announced to the window).
    visits: set[int] = field(default_factory=set)

    @property
    def records(self) -> ConversationRecords:
        """The conversation records of the shop's database."""
        return ConversationRecords(self.database)

    @property
    def desk(self) -> BookingDesk:
        """The company's booking rules."""
        return BookingDesk(self.database, self.company_id, self.profile, language=self.language)

    @property
    def local_now(self) -> dt.datetime:
        """Now, in the business's timezone."""
        return self.now.astimezone(self.profile.zone)
