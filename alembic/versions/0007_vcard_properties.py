"""contacts: the vCard properties Kontor has no field for, kept from an import

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24 10:00:00

``contacts.vcard_properties`` holds, per contact, the lines of an imported vCard that the
model does not carry (NICKNAME, IMPP, GEO, X-…), so that a vCard export writes them back.
Existing contacts have none.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # A plain ADD COLUMN: the table keeps its triggers and indexes.
    op.add_column(
        "contacts",
        sa.Column("vcard_properties", sa.JSON(), nullable=False, server_default=sa.text("'[]'")),
    )


def downgrade() -> None:
    # SQLite drops a column in place; a batch copy of the table would trip the foreign keys
    # that point at contacts inside the migration's transaction.
    op.drop_column("contacts", "vcard_properties")
