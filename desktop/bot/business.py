"""Saving what the owner edits about the business: the profile and the AI provider, together.

Both are written in one transaction after both were validated, so a mistake in one never leaves
the other half-saved.
"""

from __future__ import annotations

from desktop.bot.ai.providers import SETTING_KEY, ProviderSettings
from desktop.bot.profile import BusinessProfile
from desktop.store.db import Database
from desktop.store.models import Company, Setting
from desktop.store.settings import scope_of


def save_business(database: Database, company_id: int, profile: BusinessProfile,
                  provider: ProviderSettings) -> None:
    """Store a validated profile (and the company's name from it) and the provider choice."""
    with database.session() as session:
        company = session.get(Company, company_id)
        if company is None:
            raise LookupError(f"company {company_id} does not exist")
        company.name = profile.name
        company.profile = profile.to_json()
        scope = scope_of(company_id)
        row = session.get(Setting, (scope, SETTING_KEY))
        if row is None:
            session.add(Setting(scope=scope, key=SETTING_KEY, value=provider.to_json()))
        else:
            row.value = provider.to_json()
