"""Companies: listing them and making sure a first run has a demo shop to try."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from desktop.resources import demo_profile_path
from desktop.store.db import Database
from desktop.store.models import Company, Conversation, Transport

log = logging.getLogger("ai_admin.store")


@dataclass(frozen=True)
class CompanySummary:
    """What the sidebar and the command line need to know about a company."""

    id: int
    name: str
    transport: str
    ai_enabled: bool
    conversations: int


def list_companies(database: Database) -> list[CompanySummary]:
    """Every company, oldest first, with its number of conversations."""
    with database.session() as session:
        counts = (select(Conversation.company_id, func.count().label("n"))
                  .group_by(Conversation.company_id).subquery())
        rows = session.execute(
            select(Company, func.coalesce(counts.c.n, 0))
            .outerjoin(counts, counts.c.company_id == Company.id)
            .order_by(Company.id))
        return [CompanySummary(c.id, c.name, c.transport, c.ai_enabled, n) for c, n in rows]


def add_company(database: Database, name: str, profile: dict[str, Any],
                transport: Transport = Transport.SIM) -> int:
    """Create a company and return its id."""
    with database.session() as session:
        company = Company(name=name, profile=profile, transport=transport.value)
        session.add(company)
        session.flush()
        return company.id


def ensure_demo_company(database: Database, profile_path: Path | None = None) -> int | None:
    """On a first run (no company at all), create the demo barbershop on the simulator.

    Returns the new company's id, or None when companies already exist.
    """
    with database.session() as session:
        if session.scalar(select(func.count()).select_from(Company)):
            return None
    profile = json.loads((profile_path or demo_profile_path()).read_text(encoding="utf-8"))
    company_id = add_company(database, profile["name"], profile, Transport.SIM)
    log.info("First run: created the demo company %r on the WhatsApp simulator", profile["name"])
    return company_id
