"""Alembic environment: migrations run on the engine the app hands in, never from a config file.

Each migration step is one transaction (its DDL, its data changes and the new version number
together), so a crash or `kill -9` in the middle of a step leaves the database at the previous
step, never half-way. SQLite's DDL is transactional; `desktop.store.db.migration_engine` makes
pysqlite really open the transaction (by itself it runs CREATE/ALTER/DROP outside one).
"""

from alembic import context

from desktop.store.models import Base

target_metadata = Base.metadata
engine = context.config.attributes["engine"]
on_step = context.config.attributes.get("on_step")

with engine.connect() as connection:
    # render_as_batch lets SQLite alter tables (it copies them), the same scripts work elsewhere.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True, transaction_per_migration=True,
                      transactional_ddl=True,
                      # One callable or None: alembic's stub types no list, and it wraps a callable in one itself.
                      on_version_apply=on_step)
    with context.begin_transaction():
        context.run_migrations()
