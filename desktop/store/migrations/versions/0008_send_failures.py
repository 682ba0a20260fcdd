"""Every failed send is counted, also when a retry later got the message through.

- `outbox_messages.send_failures`: how many attempts to send this message failed (a send error,
  a refusal, an error receipt). Unlike `attempts` it is never reset: staff's "retry" starts the
  attempts again, and a message that went out on the third try still counts two failures. The
  diagnostics page shows the sum ("sends that failed (ever)").

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("outbox_messages") as batch:
        batch.add_column(sa.Column("send_failures", sa.Integer(), nullable=False,
                                   server_default="0"))
    # Messages that failed before this version: at least their failure is known.
    op.execute(sa.text("UPDATE outbox_messages SET send_failures = 1 WHERE status = 'failed'"))


def downgrade() -> None:
    # DROP COLUMN (SQLite 3.35+), not a batch rebuild: see 0007.
    op.drop_column("outbox_messages", "send_failures")
