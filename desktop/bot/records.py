"""What the engine writes and reads: customers, conversations, messages, the AI switches.

Every function is one short transaction, so a crash leaves the store in a state the next start
understands: a customer message is either stored (and `handled` says whether a decision is still
owed) or not stored at all.
"""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, overload

from sqlalchemy import Connection, bindparam, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from desktop.bot import lids
from desktop.bot.events import ConversationChanged
from desktop.bot.phones import InvalidPhoneNumber, jid_for_phone, normalise_phone
from desktop.bridge import IncomingMessage
from desktop.redact import remove_secrets_from_text
from desktop.store.db import Database, existing_row
from desktop.store.models import (
    Author,
    Company,
    Conversation,
    Customer,
    Direction,
    Message,
    OutboxMessage,
    OutboxStatus,
    utcnow,
)

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
    # The message was stored before as undecryptable and now came with its real content.
    upgraded: bool = False
    merged: lids.Merge | None = None  # a LID customer was folded into this one on the way


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
class OwedDecision:
    """A pending customer message with what deciding on it needs (read in one go at start)."""

    message: PendingMessage
    customer_id: int
    phone: str | None
    state: ConversationChanged


@dataclass(frozen=True)
class QueuedReply:
    """An outgoing message written to the store and the outbox, ready for the sender."""

    message_id: int
    outbox_id: int
    wa_id: str
    conversation_id: int
    text: str
    author: Author


# The statements of an answer (`queue_outgoing`), built once.
_CHAT_OF = select(Conversation.chat_jid).where(Conversation.id == bindparam("conversation"))
_ANSWER_OF = select(OutboxMessage.id).where(
    OutboxMessage.answers_message_id == bindparam("message"))
_NEW_MESSAGE = insert(Message).returning(Message.id)
_NEW_OUTBOX = insert(OutboxMessage).returning(OutboxMessage.id)
_HANDLED = update(Message).where(Message.id == bindparam("message")).values(handled=True)
_CONVERSATION_MOVED = update(Conversation).where(Conversation.id == bindparam("conversation"))


class ConversationRecords:
    """The engine's view of the store for one database."""

    def __init__(self, database: Database) -> None:
        self.database = database

    # -- customers and conversations -----------------------------------------------------------

    def _customer_for(self, session: Session, company_id: int, phone: str | None,
                      lid: str | None, push_name: str | None, now: dt.datetime,
                      merges: list[lids.Merge] | None = None) -> Customer:
        if lid and lid.endswith("@lid"):
            if phone:
                lids.remember(session, company_id, lid, phone, now)
            else:
                phone = lids.phone_behind(session, company_id, lid)
        by_phone = session.scalar(select(Customer).where(
            Customer.company_id == company_id, Customer.phone == phone)) if phone else None
        by_lid = session.scalar(select(Customer).where(
            Customer.company_id == company_id, Customer.lid == lid)) if lid else None
        if by_phone is not None and by_lid is not None and by_phone.id != by_lid.id \
                and by_lid.phone is None:
            # Two customers for one person: the LID one folds into the phone one.
            merge = lids.merge_customer(session, by_lid, by_phone)
            log.info("Customer %s (LID) merged into customer %s (phone)", merge.from_customer,
                     merge.into_customer, extra={"company_id": company_id})
            if merges is not None:
                merges.append(merge)
            by_lid = by_phone if by_phone.lid == lid else None
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
        if customer.last_contact_at is None or now > customer.last_contact_at:
            customer.last_contact_at = now  # history is older: it never moves this back
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
        history = message.is_history
        # Nothing to decide about history, nor about a message nobody can read yet.
        owed = author is Author.CUSTOMER and not history and not message.undecryptable
        merges: list[lids.Merge] = []
        with self.database.session() as session:
            customer = self._customer_for(session, company_id, phone, lid,
                                          None if message.from_me else message.push_name,
                                          sent_at if history and sent_at else now, merges)
            conversation = self._conversation_for(session, company_id, customer, message.chat)
            merged = merges[-1] if merges else None
            stored = StoredMessage(None, conversation.id, customer.id, customer.phone,
                                   conversation.chat_jid or message.chat, duplicate=True,
                                   merged=merged)
            existing = session.scalar(select(Message).where(
                Message.company_id == company_id, Message.wa_id == message.id))
            if existing is not None:
                if existing.kind != "undecryptable" or message.undecryptable:
                    return stored
                # The retry of a message that could not be read: the same row gets its content,
                # and the decision it never had is owed now (unless it is history or staff's).
                existing.kind, existing.text = message.kind, text
                existing.handled = existing.history or author is not Author.CUSTOMER
                conversation.last_message_preview = preview_of(message.kind, text)
                session.flush()
                return StoredMessage(existing.id, conversation.id, customer.id, customer.phone,
                                     conversation.chat_jid or message.chat, duplicate=False,
                                     conversation=_changed(conversation), upgraded=True,
                                     merged=merged)
            row = Message(company_id=company_id, conversation_id=conversation.id, wa_id=message.id,
                          direction=Direction.OUT if message.from_me else Direction.IN,
                          author=author,
                          kind=message.kind, text=text, sent_at=sent_at, created_at=now,
                          handled=not owed, history=history)
            session.add(row)
            at = (sent_at or now) if history else now
            if conversation.last_message_at is None or at >= conversation.last_message_at:
                conversation.last_message_at = at
                conversation.last_message_preview = preview_of(message.kind, text)
            if author is Author.CUSTOMER and not history:
                conversation.unread_count += 1
                if message.chat_type in ("user", "lid") and message.chat:
                    # Answer in the chat the customer wrote from (a LID-addressed contact
                    # refuses sends to its phone JID: 463).
                    conversation.chat_jid = message.chat
            try:
                session.flush()
            except IntegrityError:
                # Two deliveries of one message raced each other: the other one stored it.
                session.rollback()
                return stored
            return StoredMessage(row.id, conversation.id, customer.id, customer.phone,
                                 conversation.chat_jid or message.chat, duplicate=False,
                                 conversation=_changed(conversation), merged=merged)

    def link_lid(self, company_id: int, lid: str, phone: str, *,
                 now: dt.datetime) -> lids.Merge | None:
        """WhatsApp told the phone behind a LID: remember it, give a LID-only customer the
        phone, or fold them into the customer who already has it. Returns the merge, if any."""
        phone = normalise_phone(phone)
        merges: list[lids.Merge] = []
        with self.database.session() as session:
            lids.remember(session, company_id, lid, phone, now)
            by_lid = session.scalar(select(Customer).where(
                Customer.company_id == company_id, Customer.lid == lid))
            if by_lid is None:
                return None  # nobody to update yet; the table serves their first message
            if by_lid.phone is None:
                by_phone = session.scalar(select(Customer).where(
                    Customer.company_id == company_id, Customer.phone == phone))
                if by_phone is None:
                    by_lid.phone = phone
                else:
                    self._customer_for(session, company_id, phone, lid, None,
                                       by_lid.last_contact_at, merges)
            elif by_lid.phone != phone:
                log.warning("WhatsApp maps %s to %s, but that customer has the number %s; kept",
                            lid, phone, by_lid.phone, extra={"company_id": company_id})
            return merges[-1] if merges else None

    @overload
    def conversation_for_phone(self, company_id: int, phone: str, *, now: dt.datetime,
                               create: Literal[True] = True) -> int: ...

    @overload
    def conversation_for_phone(self, company_id: int, phone: str, *, now: dt.datetime,
                               create: bool) -> int | None: ...

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

    def owed_decisions(self, company_id: int) -> list[OwedDecision]:
        """`unhandled`, each with its customer and its conversation's state."""
        owed = []
        with self.database.session() as session:
            for pending in self.unhandled(company_id):
                conversation = existing_row(session, Conversation, pending.conversation_id)
                owed.append(OwedDecision(pending, conversation.customer_id,
                                         conversation.customer.phone, _changed(conversation)))
        return owed

    def kind_of(self, message_id: int) -> str | None:
        """The stored kind of a message (None once it is gone)."""
        with self.database.session() as session:
            return session.scalar(select(Message.kind).where(Message.id == message_id))

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
                       now: dt.datetime, answers: list[int] | None = None,
                       also: Callable[[Connection, int], None] | None = None
                       ) -> QueuedReply | None:
        """Write an outgoing message and its outbox row in one transaction.

        `answers` are the customer messages this replies to; they become handled in the same
        transaction. Returns None when the last of them already has an answer (never two).
        `also(connection, outbox_id)` writes more in the same transaction (a reminder marked
        sent); if it raises, nothing is queued.
        """
        wa_id = new_message_id()
        answers = answers or []
        # Statements built once, run on the connection: this runs for every answer, and building
        # and checking statements cost SQLAlchemy more than SQLite's own work (make bench).
        with self.database.session() as session:
            connection = session.connection()
            conversation = connection.execute(_CHAT_OF, {"conversation": conversation_id}).first()
            if answers and connection.execute(_ANSWER_OF, {"message": answers[-1]}).first():
                return None
            if conversation is None:
                raise LookupError(f"Conversation {conversation_id} is not in the database (any more)")
            message_id = connection.execute(_NEW_MESSAGE, {
                "company_id": company_id, "conversation_id": conversation_id, "wa_id": wa_id,
                "direction": Direction.OUT, "author": author, "kind": "text", "text": text,
                "created_at": now, "handled": True, "history": False}).scalar_one()
            outbox_id = connection.execute(_NEW_OUTBOX, {
                "company_id": company_id, "conversation_id": conversation_id, "wa_id": wa_id,
                "to_jid": conversation.chat_jid, "text": text, "author": author.value,
                "status": OutboxStatus.QUEUED.value, "attempts": 0,
                "answers_message_id": answers[-1] if answers else None, "created_at": now,
                "updated_at": now,
                # The sender runs on real time even when a simulation pretends another date
                # (`--now`).
                "next_attempt_at": utcnow()}).scalar_one()
            if answers:
                connection.execute(_HANDLED, [{"message": m} for m in answers])
            if also is not None:
                also(connection, outbox_id)
            connection.execute(_CONVERSATION_MOVED, {
                "conversation": conversation_id, "last_message_at": now,
                "last_message_preview": preview_of("text", text)})
            return QueuedReply(message_id, outbox_id, wa_id, conversation_id, text, author)

    # -- switches and flags --------------------------------------------------------------------

    def company_flags(self, company_id: int) -> tuple[bool, bool]:
        """(AI enabled, groups allowed) for a company."""
        with self.database.session() as session:
            company = session.get(Company, company_id)
            return (bool(company and company.ai_enabled), bool(company and company.allow_groups))

    def set_company_ai(self, company_id: int, enabled: bool) -> None:
        with self.database.session() as session:
            existing_row(session, Company, company_id).ai_enabled = enabled

    def change_conversation(self, conversation_id: int, **values: object) -> ConversationChanged:
        """Set conversation columns (ai_enabled, ai_paused_until, needs_human, ...) and report."""
        reason = values.get("needs_human_reason")
        if isinstance(reason, str):  # shown to staff: never a key, whoever wrote it
            values["needs_human_reason"] = remove_secrets_from_text(reason)[:500]
        with self.database.session() as session:
            conversation = existing_row(session, Conversation, conversation_id)
            for name, value in values.items():
                setattr(conversation, name, value)
            session.flush()
            return _changed(conversation)

    def conversation_state(self, conversation_id: int) -> ConversationChanged:
        with self.database.session() as session:
            return _changed(existing_row(session, Conversation, conversation_id))


def _changed(conversation: Conversation) -> ConversationChanged:
    return ConversationChanged(conversation.company_id, conversation.id, conversation.ai_enabled,
                               conversation.ai_paused_until, conversation.needs_human,
                               conversation.needs_human_reason, conversation.unread_count)
