"""professional_identities: a plain index on contact_id

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-04 05:00:00

The index on ``professional_identities.contact_id`` was partial (``WHERE contact_id IS NOT
NULL``) on a column that is never null, and SQLite does not use such an index for
``contact_id = ?``: reading a person's professional identities read the whole table.  It is
made again without the condition, under the same name.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NAME = "ix_professional_identities_contact_id"


def upgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {_NAME}")
    op.execute(f"CREATE INDEX {_NAME} ON professional_identities (contact_id)")


def downgrade() -> None:
    op.execute(f"DROP INDEX IF EXISTS {_NAME}")
    op.execute(
        f"CREATE INDEX {_NAME} ON professional_identities (contact_id) WHERE contact_id IS NOT NULL"
    )
