"""No double booking: the database itself refuses overlapping booked appointments of a company.

The booking rules check for overlaps too, but two writers (the AI and a staff screen, or two
PCs) could both check and then both insert; a trigger closes that race. SQLite stores the UTC
times as ISO text of one fixed format, so comparing them as text compares the times.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_OVERLAP = """
    SELECT RAISE(ABORT, 'appointment overlaps another booked appointment')
    WHERE NEW.status = 'booked' AND EXISTS (
        SELECT 1 FROM appointments AS other
        WHERE other.company_id = NEW.company_id AND other.status = 'booked'
          AND other.id IS NOT NEW.id
          AND other.start_at < NEW.end_at AND other.end_at > NEW.start_at);
"""

_POSTGRES_FUNCTION = """
CREATE OR REPLACE FUNCTION appointments_no_overlap() RETURNS trigger AS $$
BEGIN
    IF NEW.status = 'booked' AND EXISTS (
        SELECT 1 FROM appointments AS other
        WHERE other.company_id = NEW.company_id AND other.status = 'booked'
          AND other.id IS DISTINCT FROM NEW.id
          AND other.start_at < NEW.end_at AND other.end_at > NEW.start_at) THEN
        RAISE EXCEPTION 'appointment overlaps another booked appointment';
    END IF;
    RETURN NEW;
END $$ LANGUAGE plpgsql;
"""


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("CREATE TRIGGER appointments_no_overlap_insert BEFORE INSERT ON appointments "
                   f"BEGIN {_OVERLAP} END")
        op.execute("CREATE TRIGGER appointments_no_overlap_update BEFORE UPDATE OF start_at, "
                   f"end_at, status, company_id ON appointments BEGIN {_OVERLAP} END")
    elif dialect == "postgresql":
        op.execute(_POSTGRES_FUNCTION)
        op.execute("CREATE TRIGGER appointments_no_overlap BEFORE INSERT OR UPDATE ON "
                   "appointments FOR EACH ROW EXECUTE FUNCTION appointments_no_overlap()")
    # Other databases rely on the booking rules' own check.


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_insert")
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap_update")
    elif dialect == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS appointments_no_overlap ON appointments")
        op.execute("DROP FUNCTION IF EXISTS appointments_no_overlap()")
