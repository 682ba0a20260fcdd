"""The local store: SQLAlchemy models, repositories and Alembic migrations (no Qt here)."""

from desktop.store.db import Database, DatabaseError, open_database

__all__ = ["Database", "DatabaseError", "open_database"]
