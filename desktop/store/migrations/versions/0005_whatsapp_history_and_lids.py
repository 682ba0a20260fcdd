"""What the real WhatsApp brings: history messages and the LID <-> phone table.

`messages.history` marks older messages from the history sync on first link: kept for staff,
never answered, never unread. `lid_mappings` remembers the phone number behind a hidden-number
(LID) chat as WhatsApp tells it, also before that customer ever wrote, so a later LID-only message
finds the customer it belongs to.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-06
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("messages") as batch:
        batch.add_column(sa.Column("history", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.create_table(
        "lid_mappings",
        sa.Column("company_id", sa.Integer(),
                  sa.ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("lid", sa.String(length=64), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("company_id", "lid"),
    )


def downgrade() -> None:
    op.drop_table("lid_mappings")
    with op.batch_alter_table("messages") as batch:
        batch.drop_column("history")
