"""Settings kept in the database (not in scattered files), for the app or for one company."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from desktop.store.db import Database
from desktop.store.models import Setting

APP_SCOPE = "app"


def scope_of(company_id: int | None) -> str:
    """The settings scope of the app (None) or of one company."""
    return APP_SCOPE if company_id is None else f"company:{int(company_id)}"


class SettingsStore:
    """Reads and writes JSON-valued settings, globally or per company."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, key: str, default: Any = None, *, company_id: int | None = None) -> Any:
        with self._database.session() as session:
            row = session.get(Setting, (scope_of(company_id), key))
            return default if row is None else row.value

    def set(self, key: str, value: Any, *, company_id: int | None = None) -> None:
        with self._database.session() as session:
            row = session.get(Setting, (scope_of(company_id), key))
            if row is None:
                session.add(Setting(scope=scope_of(company_id), key=key, value=value))
            else:
                row.value = value

    def delete(self, key: str, *, company_id: int | None = None) -> None:
        with self._database.session() as session:
            row = session.get(Setting, (scope_of(company_id), key))
            if row is not None:
                session.delete(row)

    def all(self, *, company_id: int | None = None) -> dict[str, Any]:
        with self._database.session() as session:
            rows = session.scalars(select(Setting).where(Setting.scope == scope_of(company_id)))
            return {row.key: row.value for row in rows}
