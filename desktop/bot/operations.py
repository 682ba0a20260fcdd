"""What a person does in the window, as commands the engine side carries out.

A view never writes to the store itself. It awaits a command here (through `run_action`, so the
window keeps painting); the command writes in one transaction, off the event loop, and then
publishes a `Changes` record on the engine's event bus. Every open view that shows any of the
changed things reads them again: a customer renamed on the Customers page is renamed in the
Conversations list, in the open thread's header and on the agenda at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import select

from desktop.bot.events import Changes, EventBus
from desktop.bot.records import ConversationRecords
from desktop.store.db import Database, existing_row
from desktop.store.models import Conversation, Customer

NAME_LIMIT = 200
NOTES_LIMIT = 5000
TAG_LIMIT = 40
TAGS_LIMIT = 20


class Operations:
    """The commands staff give from the window; each awaits its whole work before it returns."""

    def __init__(self, database: Database, bus: EventBus) -> None:
        self._database = database
        self._bus = bus

    async def edit_customer(self, company_id: int, customer_id: int, *, name: str | None, notes: str,
                            tags: list[str]) -> Changes:
        """Staff edit a customer's name, notes and tags (only within their own company)."""
        conversations = await asyncio.to_thread(self._write_customer, company_id, customer_id,
                                                name=name, notes=notes, tags=tags)
        changes = Changes(company_id, customers=frozenset({customer_id}), conversations=conversations)
        self._bus.publish(changes)
        return changes

    def _write_customer(self, company_id: int, customer_id: int, *, name: str | None, notes: str,
                        tags: list[str]) -> frozenset[int]:
        with self._database.session() as session:
            customer = session.get(Customer, customer_id)
            if customer is None or customer.company_id != company_id:
                raise LookupError(f"no customer {customer_id} in this company")
            customer.name = (name or "").strip()[:NAME_LIMIT] or None
            customer.notes = notes[:NOTES_LIMIT]
            customer.tags = [t.strip()[:TAG_LIMIT] for t in tags if t.strip()][:TAGS_LIMIT]
            # The conversations that show this customer's name (one per WhatsApp chat of theirs).
            return frozenset(session.scalars(select(Conversation.id).where(
                Conversation.company_id == company_id, Conversation.customer_id == customer_id)))


def customer_for_booking(records: ConversationRecords, company_id: int, phone: str, name: str,
                         now: dt.datetime) -> int:
    """The customer a booking made by hand is for: found by phone or added (with a conversation,
    so the booking can be opened there); a name typed in fills an empty one, never replaces one."""
    conversation_id = records.conversation_for_phone(company_id, phone, now=now)
    with records.database.session() as session:
        customer = existing_row(session, Conversation, conversation_id).customer
        if name.strip() and not customer.name:
            customer.name = name.strip()[:NAME_LIMIT]
        return customer.id
