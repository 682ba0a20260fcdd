"""Reply tracking: a customer message is `handled` once the engine decided about it.

A message stored but not yet handled when the app stopped is picked up again at the next start,
so a crash between "stored" and "answered" loses nothing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("handled", sa.Boolean(), nullable=False,
                                   server_default=sa.true()))
    op.create_index("ix_messages_unhandled", "messages", ["company_id", "handled"])


def downgrade() -> None:
    op.drop_index("ix_messages_unhandled", "messages")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("handled")
