"""emails, phones, addresses: an index giving a contact's first one

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-04 05:10:00

A row of a contact table shows the contact's first e-mail, phone, city and country.  With an
index on (contact_id, position, the value shown), each is read from the index alone, without
a row of the table or a sort: a page of 50 rows deep in a large book is painted within a
frame.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_INDEXES = (
    ("emails", ("address",)),
    ("phones", ("number",)),
    ("addresses", ("city", "country_code")),
)


def upgrade() -> None:
    for table, columns in _INDEXES:
        op.create_index(f"ix_{table}_first", table, ["contact_id", "position", *columns])


def downgrade() -> None:
    for table, _columns in _INDEXES:
        op.drop_index(f"ix_{table}_first", table_name=table)
