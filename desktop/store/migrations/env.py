"""Alembic environment: migrations run on the engine the app hands in, never from a config file."""

from alembic import context

from desktop.store.models import Base

target_metadata = Base.metadata
engine = context.config.attributes["engine"]

with engine.begin() as connection:
    # render_as_batch lets SQLite alter tables (it copies them), the same scripts work elsewhere.
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
