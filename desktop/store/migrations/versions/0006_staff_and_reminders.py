"""A real shop's shape: each visit is with a staff member, visits can be confirmed, done or missed,
and reminders are durable scheduled messages.

- `appointments.staff`: the staff member's name from the business profile (NULL: the one implicit
  staff member of a profile without `staff`, as every visit booked before this migration).
- Statuses: `booked`, `confirmed` (both hold their time), `cancelled`, `no_show`, `done`.
- The no-double-booking triggers of 0004 now refuse two overlapping visits **of one staff member**
  (two staff members may take two customers at one time); `confirmed` holds its time like `booked`.
- `reminders`: one row per visit and offset (minutes before the visit), planned when the visit is
  booked or moved, so a reminder is sent exactly once also across a crash: `planned` until it is
  queued in the outbox (`outbox_id`), `sent` then, `skipped` (quiet hours ran past it, or it was
  already due when booked) or `dropped` (the visit was cancelled or moved).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_HOLDS = "('booked', 'confirmed')"

_OVERLAP = f"""
    SELECT RAISE(ABORT, 'appointment overlaps another booked appointment')
    WHERE NEW.status IN {_HOLDS} AND EXISTS (
        SELECT 1 FROM appointments AS other
        WHERE other.company_id = NEW.company_id AND other.status IN {_HOLDS}
          AND other.staff IS NEW.staff
          AND other.id IS NOT NEW.id
          AND other.start_at < NEW.end_at AND other.end_at > NEW.start_at);
"""

_POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION appointments_no_overlap() RETURNS trigger AS $$
BEGIN
    IF NEW.status IN {_HOLDS} AND EXISTS (
        SELECT 1 FROM appointments AS other
        WHERE other.company_id = NEW.company_id AND other.status IN {_HOLDS}
          AND other.staff IS NOT DISTINCT FROM NEW.staff
          AND other.id IS DISTINCT FROM NEW.id
          AND other.start_at < NEW.end_at AND other.end_at > NEW.start_at) THEN
        RAISE EXCEPTION 'appointment overlaps another booked appointment';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""

# 0004's form, put back on downgrade.
_OLD_OVERLAP = """
    SELECT RAISE(ABORT, 'appointment overlaps another booked appointment')
    WHERE NEW.status = 'booked' AND EXISTS (
        SELECT 1 FROM appointments AS other
        WHERE other.company_id = NEW.company_id AND other.status = 'booked'
          AND other.id IS NOT NEW.id
          AND other.start_at < NEW.end_at AND other.end_at > NEW.start_at);
"""


def _sqlite_triggers(body: str, columns: str) -> None:
    op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_insert")
    op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_update")
    op.execute(f"CREATE TRIGGER appointments_no_overlap_insert BEFORE INSERT ON appointments "
               f"BEGIN {body} END")
    op.execute(f"CREATE TRIGGER appointments_no_overlap_update BEFORE UPDATE OF {columns} "
               f"ON appointments BEGIN {body} END")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    # The triggers name the table's columns: they go before the table is rebuilt, come back after.
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_insert")
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_update")
    with op.batch_alter_table("appointments") as batch:
        batch.add_column(sa.Column("staff", sa.String(length=100), nullable=True))
    op.create_index("ix_appointments_company_staff_start", "appointments",
                    ["company_id", "staff", "start_at"])
    if dialect == "sqlite":
        _sqlite_triggers(_OVERLAP, "start_at, end_at, status, company_id, staff")
    elif dialect == "postgresql":
        op.execute(_POSTGRES_FUNCTION)
    op.create_table(
        "reminders",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("company_id", sa.Integer(),
                  sa.ForeignKey("companies.id", ondelete="CASCADE"), nullable=False),
        sa.Column("appointment_id", sa.Integer(),
                  sa.ForeignKey("appointments.id", ondelete="CASCADE"), nullable=False),
        sa.Column("offset_min", sa.Integer(), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("outbox_id", sa.Integer(),
                  sa.ForeignKey("outbox_messages.id", ondelete="SET NULL"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("appointment_id", "offset_min", name="uq_reminder_offset"),
    )
    op.create_index("ix_reminders_status_due", "reminders", ["status", "due_at"])


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.drop_index("ix_reminders_status_due", table_name="reminders")
    op.drop_table("reminders")
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_insert")
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_update")
    op.drop_index("ix_appointments_company_staff_start", table_name="appointments")
    with op.batch_alter_table("appointments") as batch:
        batch.drop_column("staff")
    if dialect == "sqlite":
        _sqlite_triggers(_OLD_OVERLAP, "start_at, end_at, status, company_id")
    elif dialect == "postgresql":
        op.execute(_POSTGRES_FUNCTION.replace(f"IN {_HOLDS}", "= 'booked'").replace(
            "AND other.staff IS NOT DISTINCT FROM NEW.staff\n          ", ""))
