"""Companies: listing them, the demo shop the owner asks to try, and removing one for good."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select

from desktop.resources import demo_profile_path
from desktop.store.db import Database
from desktop.store.models import Appointment, Company, Conversation, Customer, Setting, Transport
from desktop.store.settings import scope_of

log = logging.getLogger("ai_admin.store")


@dataclass(frozen=True)
class CompanySummary:
    """What the sidebar and the command line need to know about a company."""

    id: int
    name: str
    transport: str
    ai_enabled: bool
    conversations: int
    archived: bool = False
    demo: bool = False


def list_companies(database: Database) -> list[CompanySummary]:
    """Every company (archived ones too), oldest first, with its number of conversations."""
    with database.session() as session:
        counts = (select(Conversation.company_id, func.count().label("n"))
                  .group_by(Conversation.company_id).subquery())
        rows = session.execute(
            select(Company, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.company_id == Company.id)
            .order_by(Company.id))
        return [CompanySummary(c.id, c.name, c.transport, c.ai_enabled, n,
                               archived=c.archived_at is not None, demo=c.demo)
                for c, n in rows]


@dataclass(frozen=True)
class CompanyContents:
    """What deleting a company would remove, counted (the confirmation says it)."""

    conversations: int
    customers: int
    visits: int


def company_contents(database: Database, company_id: int) -> CompanyContents:
    """How many conversations, customers and visits (any status) the company has."""
    with database.session() as session:
        def count(model: Any) -> int:
            return session.scalar(select(func.count()).select_from(model)
                                  .where(model.company_id == company_id)) or 0

        return CompanyContents(count(Conversation), count(Customer), count(Appointment))


def has_companies(database: Database) -> bool:
    """True once the shop has any company at all (archived ones count)."""
    with database.session() as session:
        return bool(session.scalar(select(func.count()).select_from(Company)))


def add_company(database: Database, name: str, profile: dict[str, Any],
                transport: Transport = Transport.SIM, *, demo: bool = False) -> int:
    """Create a company and return its id."""
    with database.session() as session:
        company = Company(name=name, profile=profile, transport=transport.value, demo=demo)
        session.add(company)
        session.flush()
        return company.id


def demo_profile(profile_path: Path | None = None) -> dict[str, Any]:
    """The demo barbershop's profile (the contract's JSON), as shipped."""
    return json.loads((profile_path or demo_profile_path()).read_text(encoding="utf-8"))


def ensure_demo_company(database: Database, profile_path: Path | None = None) -> int | None:
    """With no company at all, create the demo barbershop on the simulator (tests, tools and
    benchmarks start from it; the window creates it only when the owner asks to try it).

    Returns the new company's id, or None when companies already exist.
    """
    if has_companies(database):
        return None
    profile = demo_profile(profile_path)
    company_id = add_company(database, profile["name"], profile, Transport.SIM, demo=True)
    log.info("Created the demo company %r on the WhatsApp simulator", profile["name"])
    return company_id


def delete_company_rows(database: Database, company_id: int) -> None:
    """Remove a company and everything recorded for it (customers, conversations, messages,
    visits, reminders, the outbox, its connection history, its settings); nothing of another
    company is touched. Blocking: the runtime runs it off the event loop."""
    with database.session() as session:
        company = session.get(Company, company_id)
        if company is None:
            raise LookupError(f"company {company_id} does not exist")
        # Settings are keyed by scope, not by a foreign key: they go by hand. Every other row
        # refers to the company with ON DELETE CASCADE (foreign keys are on).
        session.execute(delete(Setting).where(Setting.scope == scope_of(company_id)))
        session.execute(delete(Company).where(Company.id == company_id))
