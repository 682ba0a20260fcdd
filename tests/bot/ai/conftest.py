"""A shop in a fresh database with the demo profile, and a way to chat with the receptionist."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

import pytest

from desktop.bot.ai.responder import AgentResponder
from desktop.bot.profile import load_profile
from desktop.bot.responder import Reply, ReplyRequest
from desktop.resources import demo_profile_path
from desktop.store.db import Database
from desktop.store.models import Author, Company, Conversation, Customer, Direction, Message

# A Wednesday, 09:00 in Moscow (the demo profile's timezone).
NOW = dt.datetime(2026, 3, 18, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=3)))
_ids = itertools.count(1)


@dataclass
class Chat:
    """One customer's conversation with a company, played through a responder."""

    database: Database
    company_id: int
    customer_id: int
    conversation_id: int
    phone: str
    now: dt.datetime = NOW
    replies: list[Reply] = field(default_factory=list)

    def _add(self, author: Author, text: str) -> int:
        direction = Direction.IN if author is Author.CUSTOMER else Direction.OUT
        with self.database.session() as session:
            row = Message(company_id=self.company_id, conversation_id=self.conversation_id,
                          wa_id=f"T{next(_ids)}", direction=direction,
                          author=author, kind="text", text=text, created_at=self.now)
            session.add(row)
            session.flush()
            return row.id

    async def say(self, responder, *texts: str) -> Reply:
        """Store the customer's messages, ask for the answer, store the answer as the bot's."""
        ids = tuple(self._add(Author.CUSTOMER, text) for text in texts)
        reply = await responder.reply(ReplyRequest(self.company_id, self.conversation_id,
                                                   self.customer_id, self.phone, ids, texts,
                                                   self.now))
        if reply.text:
            self._add(Author.BOT, reply.text)
        self.replies.append(reply)
        return reply

    def staff(self, text: str) -> None:
        self._add(Author.STAFF, text)


class Shop:
    """Companies and customers in one database."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.profile = load_profile(demo_profile_path())

    def company(self, name: str = "Demo Barbershop", profile: dict | None = None) -> int:
        data = profile or {**self.profile.to_json(), "name": name}
        with self.database.session() as session:
            company = Company(name=name, profile=data, transport="sim")
            session.add(company)
            session.flush()
            return company.id

    def chat(self, company_id: int, phone: str, name: str | None = "Dana",
             now: dt.datetime = NOW) -> Chat:
        with self.database.session() as session:
            customer = Customer(company_id=company_id, phone=phone, push_name=name)
            session.add(customer)
            session.flush()
            conversation = Conversation(company_id=company_id, customer_id=customer.id,
                                        chat_jid=f"{phone[1:]}@s.whatsapp.net")
            session.add(conversation)
            session.flush()
            return Chat(self.database, company_id, customer.id, conversation.id, phone, now)


@pytest.fixture
def shop(database: Database) -> Shop:
    return Shop(database)


@pytest.fixture
def responder(database: Database) -> AgentResponder:
    """The real responder with the company's provider (offline unless a test sets one)."""
    return AgentResponder(database)
