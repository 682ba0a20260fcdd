"""The shop's data as typed SQLAlchemy models.

Times are stored as UTC and come back timezone-aware; the business's own timezone is applied only
where a person sees a time (the profile carries it).
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    false,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    """The current time, timezone-aware in UTC."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores aware datetimes as naive UTC (SQLite has no zones) and returns them aware again."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use an aware datetime")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    """Base of every model; `type_annotation_map` makes plain datetimes UTC-aware columns."""

    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[Any]: JSON}


class Transport(enum.StrEnum):
    """How a company reaches WhatsApp."""

    BAILEYS = "baileys"
    SIM = "sim"


class Direction(enum.StrEnum):
    """Which way a message went: from the customer's side to the shop, or from the shop."""

    IN = "in"
    OUT = "out"       # the bot's, staff's in the app, or typed on the shop's phone


class Author(enum.StrEnum):
    """Who wrote a message in a conversation."""

    CUSTOMER = "customer"
    BOT = "bot"
    STAFF = "staff"      # typed in the app
    PHONE = "phone"      # typed on the shop's own phone


class OutboxStatus(enum.StrEnum):
    """Where an outgoing message is on its way to the customer."""

    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"
    CANCELLED = "cancelled"


class AppointmentStatus(enum.StrEnum):
    """Where a visit stands; `booked` and `confirmed` hold their time (the no-double-booking
    trigger checks those, per staff member)."""

    BOOKED = "booked"
    CONFIRMED = "confirmed"   # the customer answered a reminder with "yes"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"       # staff marked it: the customer did not come
    DONE = "done"             # staff marked it: the visit took place

    @property
    def holds_time(self) -> bool:
        return self in (AppointmentStatus.BOOKED, AppointmentStatus.CONFIRMED)


class ReminderStatus(enum.StrEnum):
    """A reminder's way: planned, then queued in the outbox and sent once, or never sent."""

    PLANNED = "planned"
    SENT = "sent"         # queued in the outbox (which sends it exactly once)
    SKIPPED = "skipped"   # due in quiet hours too close to the visit, or already due when booked
    DROPPED = "dropped"   # the visit was cancelled or moved (a moved visit gets new reminders)


class Company(Base):
    """A business with its own WhatsApp number, profile and bridge process."""

    __tablename__ = "companies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    profile: Mapped[dict[str, Any]] = mapped_column(default=dict)
    transport: Mapped[str] = mapped_column(String(16), default=Transport.SIM.value)
    ai_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_groups: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # Archived: its bridge stays stopped and nothing is answered or sent; its history is kept.
    archived_at: Mapped[dt.datetime | None] = mapped_column(nullable=True)
    # The demo barbershop the owner asked to try on the simulator (labelled so in the sidebar).
    demo: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    customers: Mapped[list[Customer]] = relationship(back_populates="company",
                                                     cascade="all, delete-orphan")


class Customer(Base):
    """A person who wrote to a company; one per phone number per company."""

    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("company_id", "phone", name="uq_customer_phone"),
        UniqueConstraint("company_id", "lid", name="uq_customer_lid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"),
                                            index=True)
    phone: Mapped[str | None] = mapped_column(String(20))      # E.164, when known
    lid: Mapped[str | None] = mapped_column(String(64))        # WhatsApp hidden-number id
    name: Mapped[str | None] = mapped_column(String(200))      # told by the customer or staff
    push_name: Mapped[str | None] = mapped_column(String(200))  # the name on their WhatsApp
    notes: Mapped[str] = mapped_column(Text, default="")
    tags: Mapped[list[Any]] = mapped_column(default=list)
    first_contact_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    last_contact_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    company: Mapped[Company] = relationship(back_populates="customers")


class Conversation(Base):
    """The WhatsApp chat between a company and one customer, with its AI switch."""

    __tablename__ = "conversations"
    __table_args__ = (
        UniqueConstraint("company_id", "customer_id", name="uq_conversation_customer"),
        Index("ix_conversations_company_last", "company_id", "last_message_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    chat_jid: Mapped[str | None] = mapped_column(String(100))
    ai_enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    ai_paused_until: Mapped[dt.datetime | None] = mapped_column()
    needs_human: Mapped[bool] = mapped_column(Boolean, default=False)
    needs_human_reason: Mapped[str | None] = mapped_column(String(500))
    unread_count: Mapped[int] = mapped_column(Integer, default=0)
    last_message_at: Mapped[dt.datetime | None] = mapped_column()
    last_message_preview: Mapped[str] = mapped_column(String(200), default="")

    customer: Mapped[Customer] = relationship()


class Message(Base):
    """One WhatsApp message, in or out; `wa_id` is unique per company so nothing is stored twice."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("company_id", "wa_id", name="uq_message_wa_id"),
        Index("ix_messages_conversation_time", "conversation_id", "created_at"),
        Index("ix_messages_unhandled", "company_id", "handled"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"))
    wa_id: Mapped[str] = mapped_column(String(128))
    direction: Mapped[str] = mapped_column(String(3))         # a Direction's value
    author: Mapped[str] = mapped_column(String(16))           # an Author's value
    kind: Mapped[str] = mapped_column(String(16), default="text")
    text: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column()     # WhatsApp's timestamp
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    # False while the engine still owes a decision (answer or not) on this customer message.
    handled: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    # An older message from WhatsApp's history sync on first link: shown, never answered.
    history: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())


class LidMapping(Base):
    """The phone number behind a WhatsApp hidden-number (LID) chat, as WhatsApp told it."""

    __tablename__ = "lid_mappings"

    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"),
                                            primary_key=True)
    lid: Mapped[str] = mapped_column(String(64), primary_key=True)   # "<digits>@lid"
    phone: Mapped[str] = mapped_column(String(20))                    # E.164
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Setting(Base):
    """One setting, global (`scope` "app") or for one company (`scope` "company:<id>")."""

    __tablename__ = "settings"

    scope: Mapped[str] = mapped_column(String(32), primary_key=True)
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class Appointment(Base):
    """A booking for one service at one time, with one staff member."""

    __tablename__ = "appointments"
    __table_args__ = (Index("ix_appointments_company_start", "company_id", "start_at"),
                      Index("ix_appointments_company_staff_start", "company_id", "staff",
                            "start_at"))

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(200))
    # The staff member's name from the business profile; None: the one implicit staff member of
    # a profile without `staff` (and every visit booked before staff existed).
    staff: Mapped[str | None] = mapped_column(String(100), nullable=True)
    start_at: Mapped[dt.datetime] = mapped_column()
    end_at: Mapped[dt.datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default=AppointmentStatus.BOOKED.value)
    booked_by: Mapped[str] = mapped_column(String(16), default="bot")  # bot | staff
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class Reminder(Base):
    """A reminder of a visit, planned when it is booked or moved: sent exactly once, or never."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("appointment_id", "offset_min", name="uq_reminder_offset"),
        Index("ix_reminders_status_due", "status", "due_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    appointment_id: Mapped[int] = mapped_column(
        ForeignKey("appointments.id", ondelete="CASCADE"))
    offset_min: Mapped[int] = mapped_column()     # minutes before the visit
    due_at: Mapped[dt.datetime] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default=ReminderStatus.PLANNED.value)
    outbox_id: Mapped[int | None] = mapped_column(
        ForeignKey("outbox_messages.id", ondelete="SET NULL"), nullable=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class OutboxMessage(Base):
    """An outgoing message on its way: written first, then sent, so nothing is lost on a crash."""

    __tablename__ = "outbox_messages"
    __table_args__ = (
        UniqueConstraint("company_id", "wa_id", name="uq_outbox_wa_id"),
        Index("ix_outbox_company_status", "company_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    conversation_id: Mapped[int] = mapped_column(
        ForeignKey("conversations.id", ondelete="CASCADE"))
    wa_id: Mapped[str] = mapped_column(String(128))    # our own id, reused on every retry
    to_jid: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(16))    # an Author's value: bot | staff
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.QUEUED.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    # Failed attempts ever (a retry that worked keeps them; staff's retry does not reset them).
    send_failures: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column()
    last_error: Mapped[str | None] = mapped_column(Text)
    # The customer message this answers: unique, so no customer message gets two answers.
    answers_message_id: Mapped[int | None] = mapped_column(
        ForeignKey("messages.id", ondelete="SET NULL"), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class SessionEvent(Base):
    """One change of a company's WhatsApp connection state, kept for diagnostics."""

    __tablename__ = "session_events"
    __table_args__ = (Index("ix_session_events_company_at", "company_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    company_id: Mapped[int] = mapped_column(ForeignKey("companies.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    from_state: Mapped[str] = mapped_column(String(32))
    to_state: Mapped[str] = mapped_column(String(32))
    code: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
