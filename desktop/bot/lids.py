"""One customer, one conversation: WhatsApp's hidden-number (LID) ids joined to phone numbers.

WhatsApp may show a customer first under a LID (``<digits>@lid``) and only later say which phone
number is behind it (a ``lid_mapping`` event, or a message carrying both). The store then holds
two customers for one person; :func:`merge_customer` folds the LID one into the phone one:
conversation, messages, outbox rows, appointments and notes move, nothing is lost, and the unique
constraints (one conversation per customer, one LID and one phone per company) hold throughout.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.store.models import Appointment, Conversation, Customer, LidMapping, Message, OutboxMessage


@dataclass(frozen=True)
class Merge:
    """Customer `from_customer` was folded into `into_customer`.

    `from_conversation` is None when the LID customer had no conversation; when it equals
    `into_conversation` the conversation itself moved over (its id did not change).
    """

    from_customer: int
    into_customer: int
    from_conversation: int | None
    into_conversation: int | None


def remember(session: Session, company_id: int, lid: str, phone: str, now: dt.datetime) -> None:
    """Store (or correct) the phone number behind a LID."""
    mapping = session.get(LidMapping, (company_id, lid))
    if mapping is None:
        session.add(LidMapping(company_id=company_id, lid=lid, phone=phone, updated_at=now))
    elif mapping.phone != phone:
        mapping.phone, mapping.updated_at = phone, now
    session.flush()


def phone_behind(session: Session, company_id: int, lid: str) -> str | None:
    """The phone number WhatsApp told for a LID, if it did."""
    mapping = session.get(LidMapping, (company_id, lid))
    return mapping.phone if mapping else None


def _conversation(session: Session, company_id: int, customer_id: int) -> Conversation | None:
    return session.scalar(select(Conversation).where(
        Conversation.company_id == company_id, Conversation.customer_id == customer_id))


def merge_customer(session: Session, source: Customer, target: Customer) -> Merge:
    """Fold `source` (known by LID) into `target` (known by phone) and delete `source`."""
    company_id = source.company_id
    lid = source.lid
    source_conv = _conversation(session, company_id, source.id)
    target_conv = _conversation(session, company_id, target.id)
    session.execute(update(Appointment).where(Appointment.customer_id == source.id)
                    .values(customer_id=target.id))
    target.name = target.name or source.name
    target.push_name = source.push_name or target.push_name
    notes = [n for n in (target.notes, source.notes) if n and n.strip()]
    target.notes = "\n".join(dict.fromkeys(notes))[:5000]
    target.tags = list(dict.fromkeys([*(target.tags or []), *(source.tags or [])]))[:20]
    target.first_contact_at = min(target.first_contact_at, source.first_contact_at)
    target.last_contact_at = max(target.last_contact_at, source.last_contact_at)
    from_conv = source_conv.id if source_conv else None
    into_conv = target_conv.id if target_conv else from_conv
    if source_conv is not None and target_conv is None:
        source_conv.customer_id = target.id  # the LID conversation simply changes hands
    elif source_conv is not None and target_conv is not None:
        _fold_conversation(session, source_conv, target_conv)
    session.flush()
    # The LID moves last: it is unique per company, so it must leave `source` first.
    source.lid = None
    session.flush()
    session.delete(source)
    session.flush()
    if target.lid is None:
        target.lid = lid
    session.flush()
    return Merge(source.id, target.id, from_conv, into_conv)


def _fold_conversation(session: Session, source: Conversation, target: Conversation) -> None:
    for model in (Message, OutboxMessage):
        session.execute(update(model).where(model.conversation_id == source.id)
                        .values(conversation_id=target.id))
    target.unread_count += source.unread_count
    if source.needs_human and not target.needs_human:
        target.needs_human, target.needs_human_reason = True, source.needs_human_reason
    target.ai_enabled = target.ai_enabled and source.ai_enabled
    pauses = [p for p in (target.ai_paused_until, source.ai_paused_until) if p]
    target.ai_paused_until = max(pauses) if pauses else None
    if source.last_message_at and (target.last_message_at is None
                                   or source.last_message_at > target.last_message_at):
        # The chat the customer wrote from last is the one to answer in (WhatsApp refuses
        # sends to the other address of a LID-addressed contact: 463).
        target.last_message_at = source.last_message_at
        target.last_message_preview = source.last_message_preview
        target.chat_jid = source.chat_jid or target.chat_jid
    target.chat_jid = target.chat_jid or source.chat_jid
    session.flush()
    session.delete(source)
    session.flush()
