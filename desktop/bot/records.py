"""What the engine writes and reads: customers, conversations, messages, the AI switches.

Every function is one short transaction, so a crash leaves the store in a state the next start
understands: a customer message is either stored (and `handled` says whether a decision is still
owed) or not stored at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.bot.events import ConversationChanged
from desktop.bot.phones import InvalidPhoneNumber, jid_for_phone, normalise_phone
from desktop.bridge import IncomingMessage
from desktop.store.db import Database
from desktop.store.models import (Author, Company, Conversation, Customer, Message,
                                  OutboxMessage, OutboxStatus, utcnow)

log = logging.getLogger("ai_admin.engine")

PREVIEW_CHARS = 120
MAX_STORED_TEXT = 65_536  # a customer cannot fill the disk with one message


def new_message_id() -> str:
    """Our own WhatsApp message id for an outgoing message (kept across retries)."""
    return "AIA" + uuid.uuid4().hex[:21].upper()


def preview_of(kind: str, text: str | None) -> str:
    if kind != "text":
        return f"[{kind}] {text or ''}".strip()[:PREVIEW_CHARS]
    return " ".join((text or "").split())[:PREVIEW_CHARS]


@dataclass(frozen=True)
class StoredMessage:
    """The outcome of storing an incoming message."""

    message_id: int | None      # None when it was a duplicate
    conversation_id: int
    customer_id: int
    phone: str | None
    chat_jid: str
    duplicate: bool
    conversation: ConversationChanged | None = None  # its state right after storing


@dataclass(frozen=True)
class PendingMessage:
    """A customer message the engine still owes a decision on."""

    message_id: int
    conversation_id: int
    kind: str
    text: str | None
    created_at: dt.datetime
    sent_at: dt.datetime | None


@dataclass(frozen=True)
class QueuedReply:
    """An outgoing message written to the store and the outbox, ready for the sender."""

    message_id: int
    outbox_id: int
    wa_id: str
    conversation_id: int
    text: str
    author: str


class ConversationRecords:
    """The engine's view of the store for one database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- customers and conversations -----------------------------------------------------------

    def _customer_for(self, session: Session, company_id: int, phone: str | None,
                      lid: str | None, push_name: str | None, now: dt.datetime) -> Customer:
        by_phone = session.scalar(select(Customer).where(
            Customer.company_id == company_id, Customer.phone == phone)) if phone else None
        by_lid = session.scalar(select(Customer).where(
            Customer.company_id == company_id, Customer.lid == lid)) if lid else None
        customer = by_phone or by_lid
        if customer is None:
            customer = Customer(company_id=company_id, phone=phone, lid=lid,
                                first_contact_at=now, last_contact_at=now)
            session.add(customer)
        else:
            # Learn the other half of the LID <-> phone pair when WhatsApp shares it.
            if phone and customer.phone is None and by_phone is None:
                customer.phone = phone
            if lid and customer.lid is None and by_lid is None:
                customer.lid = lid
        if push_name:
            customer.push_name = push_name[:200]
        customer.last_contact_at = now
        session.flush()
        return customer

    def _conversation_for(self, session: Session, company_id: int, customer: Customer,
                          chat_jid: str) -> Conversation:
        conversation = session.scalar(select(Conversation).where(
            Conversation.company_id == company_id, Conversation.customer_id == customer.id))
        if conversation is None:
            conversation = Conversation(company_id=company_id, customer_id=customer.id,
                                        chat_jid=chat_jid)
            session.add(conversation)
            session.flush()
        elif chat_jid and not conversation.chat_jid:
            conversation.chat_jid = chat_jid
        return conversation

    def record_incoming(self, company_id: int, message: IncomingMessage, *, author: Author,
                        now: dt.datetime) -> StoredMessage:
        """Store a message from WhatsApp (customer, or staff on the phone), at most once."""
        phone = None
        if message.phone:
            try:
                phone = normalise_phone(message.phone)
            except InvalidPhoneNumber as exc:
                log.warning("Message %s has an unusable phone number (%s); keeping the chat id",
                            message.id, exc, extra={"company_id": company_id})
        lid = message.lid
        if phone is None and lid is None:
            lid = message.chat  # the only stable key this customer has
        text = message.text[:MAX_STORED_TEXT] if message.text else message.text
        sent_at = dt.datetime.fromtimestamp(message.timestamp, dt.UTC) if message.timestamp else None
        with self.database.session() as session:
            customer = self._customer_for(session, company_id, phone, lid,
                                          None if message.from_me else message.push_name, now)
            conversation = self._conversation_for(session, company_id, customer, message.chat)
            stored = StoredMessage(None, conversation.id, customer.id, customer.phone,
                                   conversation.chat_jid or message.chat, duplicate=True)
            duplicate = session.scalar(select(Message.id).where(
                Message.company_id == company_id, Message.wa_id == message.id))
            if duplicate is not None:
                return stored
            row = Message(company_id=company_id, conversation_id=conversation.id, wa_id=message.id,
                          direction="out" if message.from_me else "in", author=author.value,
                          kind=message.kind, text=text, sent_at=sent_at, created_at=now,
                          handled=author is not Author.CUSTOMER)
            session.add(row)
            conversation.last_message_at = now
            conversation.last_message_preview = preview_of(message.kind, text)
            if author is Author.CUSTOMER:
                conversation.unread_count += 1
            try:
                session.flush()
            except IntegrityError:
                # Two deliveries of one message raced each other: the other one stored it.
                session.rollback()
                return stored
            return StoredMessage(row.id, conversation.id, customer.id, customer.phone,
                                 conversation.chat_jid or message.chat, duplicate=False,
                                 conversation=_changed(conversation))

    def conversation_for_phone(self, company_id: int, phone: str, *, now: dt.datetime,
                               create: bool = True) -> int | None:
        """The conversation with the customer at `phone` (E.164), created when asked."""
        phone = normalise_phone(phone)
        with self.database.session() as session:
            customer = session.scalar(select(Customer).where(
                Customer.company_id == company_id, Customer.phone == phone))
            if customer is None:
                if not create:
                    return None
                customer = self._customer_for(session, company_id, phone, None, None, now)
            return self._conversation_for(session, company_id, customer, jid_for_phone(phone)).id

    # -- decisions owed ------------------------------------------------------------------------

    def mark_handled(self, message_ids: list[int]) -> None:
        if not message_ids:
            return
        with self.database.session() as session:
            session.execute(update(Message).where(Message.id.in_(message_ids)).values(handled=True))

    def unhandled(self, company_id: int) -> list[PendingMessage]:
        """Customer messages stored before a stop with no decision yet, oldest first."""
        with self.database.session() as session:
            rows = session.scalars(select(Message).where(
                Message.company_id == company_id, Message.handled.is_(False)).order_by(Message.id))
            return [PendingMessage(r.id, r.conversation_id, r.kind, r.text, r.created_at, r.sent_at)
                    for r in rows]

    def texts_of(self, message_ids: list[int]) -> list[str]:
        with self.database.session() as session:
            rows = session.execute(select(Message.text).where(Message.id.in_(message_ids))
                                   .order_by(Message.id))
            return [text or "" for (text,) in rows]

    def recent_messages(self, conversation_id: int, limit: int = 20) -> list[Message]:
        """The latest messages of a conversation, oldest first (the AI's context)."""
        with self.database.session() as session:
            rows = list(session.scalars(select(Message).where(
                Message.conversation_id == conversation_id)
                .order_by(Message.id.desc()).limit(limit)))
            return rows[::-1]

    # -- outgoing ----------------------------------------------------------------------------

    def queue_outgoing(self, company_id: int, conversation_id: int, text: str, author: Author, *,
                       now: dt.datetime, answers: list[int] | None = None) -> QueuedReply | None:
        """Write an outgoing message and its outbox row in one transaction.

        `answers` are the customer messages this replies to; they become handled in the same
        transaction. Returns None when the last of them already has an answer (never two).
        """
        wa_id = new_message_id()
        answers = answers or []
        with self.database.session() as session:
            conversation = session.get(Conversation, conversation_id)
            if answers and session.scalar(select(OutboxMessage.id).where(
                    OutboxMessage.answers_message_id == answers[-1])) is not None:
                return None
            message = Message(company_id=company_id, conversation_id=conversation_id, wa_id=wa_id,
                              direction="out", author=author.value, kind="text", text=text,
                              created_at=now, handled=True)
            session.add(message)
            session.flush()
            outbox = OutboxMessage(company_id=company_id, conversation_id=conversation_id,
                                   wa_id=wa_id, to_jid=conversation.chat_jid, text=text,
                                   author=author.value, status=OutboxStatus.QUEUED.value,
                                   answers_message_id=answers[-1] if answers else None,
                                   created_at=now, updated_at=now,
                                   # The sender runs on real time even when a simulation
                                   # pretends another date (`--now`).
                                   next_attempt_at=utcnow())
            session.add(outbox)
            if answers:
                session.execute(update(Message).where(Message.id.in_(answers))
                                .values(handled=True))
            conversation.last_message_at = now
            conversation.last_message_preview = preview_of("text", text)
            session.flush()
            return QueuedReply(message.id, outbox.id, wa_id, conversation_id, text, author.value)

    # -- switches and flags --------------------------------------------------------------------

    def company_flags(self, company_id: int) -> tuple[bool, bool]:
        """(AI enabled, groups allowed) for a company."""
        with self.database.session() as session:
            company = session.get(Company, company_id)
            return (bool(company and company.ai_enabled), bool(company and company.allow_groups))

    def set_company_ai(self, company_id: int, enabled: bool) -> None:
        with self.database.session() as session:
            session.get(Company, company_id).ai_enabled = enabled

    def change_conversation(self, conversation_id: int, **values: object) -> ConversationChanged:
        """Set conversation columns (ai_enabled, ai_paused_until, needs_human, ...) and report."""
        with self.database.session() as session:
            conversation = session.get(Conversation, conversation_id)
            for name, value in values.items():
                setattr(conversation, name, value)
            session.flush()
            return _changed(conversation)

    def conversation_state(self, conversation_id: int) -> ConversationChanged:
        with self.database.session() as session:
            return _changed(session.get(Conversation, conversation_id))


def _changed(conversation: Conversation) -> ConversationChanged:
    return ConversationChanged(conversation.company_id, conversation.id, conversation.ai_enabled,
                               conversation.ai_paused_until, conversation.needs_human,
                               conversation.needs_human_reason, conversation.unread_count)
