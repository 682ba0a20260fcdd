"""The database itself refuses what the shop's rules forbid."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from sqlalchemy.exc import IntegrityError, StatementError

from desktop.store.db import Database
from desktop.store.models import (
    Appointment,
    Company,
    Conversation,
    Customer,
    Message,
    OutboxMessage,
)


def _company(database: Database, name: str = "Shop") -> int:
    with database.session() as session:
        company = Company(name=name, profile={})
        session.add(company)
        session.flush()
        return company.id


def _conversation(database: Database, company_id: int, phone: str) -> int:
    with database.session() as session:
        customer = Customer(company_id=company_id, phone=phone)
        session.add(customer)
        session.flush()
        conversation = Conversation(company_id=company_id, customer_id=customer.id)
        session.add(conversation)
        session.flush()
        return conversation.id


def _message(company_id: int, conversation_id: int, wa_id: str) -> Message:
    return Message(company_id=company_id, conversation_id=conversation_id, wa_id=wa_id,
                   direction="in", author="customer", text="hi")


def test_one_whatsapp_message_id_per_company(database: Database) -> None:
    shop, other = _company(database), _company(database, "Other")
    chat, other_chat = _conversation(database, shop, "+972501234567"), _conversation(
        database, other, "+972501234567")
    with database.session() as session:
        session.add(_message(shop, chat, "WA1"))
        session.add(_message(other, other_chat, "WA1"))  # same id, other company: fine
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(_message(shop, chat, "WA1"))


def test_one_customer_per_phone_per_company(database: Database) -> None:
    shop, other = _company(database), _company(database, "Other")
    _conversation(database, shop, "+15551234567")
    _conversation(database, other, "+15551234567")
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(Customer(company_id=shop, phone="+15551234567"))


def test_a_message_needs_an_existing_conversation(database: Database) -> None:
    shop = _company(database)
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(_message(shop, 999, "WA2"))


def test_one_answer_per_customer_message(database: Database) -> None:
    shop = _company(database)
    chat = _conversation(database, shop, "+15551234567")
    with database.session() as session:
        incoming = _message(shop, chat, "IN1")
        session.add(incoming)
        session.flush()
        session.add(OutboxMessage(company_id=shop, conversation_id=chat, wa_id="OUT1",
                                  to_jid="15551234567@s.whatsapp.net", text="hello",
                                  author="bot", answers_message_id=incoming.id))
        incoming_id = incoming.id
    with pytest.raises(IntegrityError):
        with database.session() as session:
            session.add(OutboxMessage(company_id=shop, conversation_id=chat, wa_id="OUT2",
                                      to_jid="15551234567@s.whatsapp.net", text="hello again",
                                      author="bot", answers_message_id=incoming_id))


def test_times_come_back_aware_in_utc(database: Database) -> None:
    shop = _company(database)
    chat = _conversation(database, shop, "+15551234567")
    jerusalem = dt.timezone(dt.timedelta(hours=2))
    with database.session() as session:
        conversation = session.get(Conversation, chat)
        conversation.ai_paused_until = dt.datetime(2026, 11, 21, 12, 0, tzinfo=jerusalem)
    with database.session() as session:
        paused = session.get(Conversation, chat).ai_paused_until
    assert paused == dt.datetime(2026, 11, 21, 10, 0, tzinfo=dt.UTC)
    assert paused.tzinfo is not None


def test_naive_times_are_refused(database: Database) -> None:
    shop = _company(database)
    chat = _conversation(database, shop, "+15551234567")
    with pytest.raises(StatementError, match="naive datetime"):
        with database.session() as session:
            session.get(Conversation, chat).ai_paused_until = dt.datetime(2026, 1, 1)


def test_deleting_a_company_removes_its_records(database: Database) -> None:
    shop = _company(database)
    chat = _conversation(database, shop, "+15551234567")
    with database.session() as session:
        session.add(_message(shop, chat, "WA3"))
    with database.session() as session:
        session.delete(session.get(Company, shop))
    with database.session() as session:
        assert session.query(Message).count() == 0
        assert session.query(Customer).count() == 0


_PHONES = itertools.count(1)


def _visit(database: Database, company_id: int, staff: str | None, start_hour: int,
           status: str = "booked") -> int:
    start = dt.datetime(2026, 12, 8, start_hour, tzinfo=dt.UTC)
    with database.session() as session:
        customer = Customer(company_id=company_id, phone=f"+1555090{next(_PHONES):04d}")
        session.add(customer)
        session.flush()
        visit = Appointment(company_id=company_id, customer_id=customer.id, service="Haircut",
                            staff=staff, start_at=start, end_at=start + dt.timedelta(minutes=45),
                            status=status)
        session.add(visit)
        session.flush()
        return visit.id


def test_two_staff_members_take_two_customers_at_one_time(database: Database) -> None:
    shop = _company(database)
    _visit(database, shop, "Anna", 10)
    _visit(database, shop, "Boris", 10)
    with pytest.raises(IntegrityError, match="overlaps"):
        _visit(database, shop, "Anna", 10)


def test_a_confirmed_visit_holds_its_time_and_a_done_one_does_not(database: Database) -> None:
    shop = _company(database)
    _visit(database, shop, "Anna", 11, status="confirmed")
    with pytest.raises(IntegrityError, match="overlaps"):
        _visit(database, shop, "Anna", 11)
    _visit(database, shop, "Boris", 12, status="done")
    _visit(database, shop, "Boris", 12)


def test_visits_without_a_staff_member_are_one_chair_as_before(database: Database) -> None:
    shop = _company(database)
    _visit(database, shop, None, 13)
    with pytest.raises(IntegrityError, match="overlaps"):
        _visit(database, shop, None, 13)


def test_moving_a_visit_onto_its_staff_members_other_visit_is_refused(database: Database) -> None:
    shop = _company(database)
    _visit(database, shop, "Anna", 14)
    moved = _visit(database, shop, "Anna", 16)
    with pytest.raises(IntegrityError, match="overlaps"), database.session() as session:
        visit = session.get(Appointment, moved)
        visit.start_at = dt.datetime(2026, 12, 8, 14, 15, tzinfo=dt.UTC)
        visit.end_at = visit.start_at + dt.timedelta(minutes=45)
