"""Companies can be archived, and the demo shop is known as one.

- `companies.archived_at`: when the owner archived the company (NULL: it is in use). An archived
  company's bridge is not started and nothing is answered or sent for it; its history stays.
- `companies.demo`: the demo barbershop on the simulator, labelled "Demo" in the sidebar. The
  demo that earlier versions created on every first start is marked here: the simulator company
  named as the demo profile names it.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The name in resources/demo_business.json when earlier versions created the demo from it.
_DEMO_NAME = "Demo Barbershop"


def upgrade() -> None:
    with op.batch_alter_table("companies") as batch:
        batch.add_column(sa.Column("archived_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("demo", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))
    op.execute(sa.text("UPDATE companies SET demo = :yes WHERE name = :name AND transport = 'sim'")
               .bindparams(yes=True, name=_DEMO_NAME))


def downgrade() -> None:
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35+), not a batch rebuild: dropping and re-creating
    # `companies` with foreign keys on would take every row that refers to it along (CASCADE).
    op.drop_column("companies", "demo")
    op.drop_column("companies", "archived_at")
