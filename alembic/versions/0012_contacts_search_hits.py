"""contacts: an index covering a search's hits

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 15:00:00

A search rarer than the listing's walk (a VAT prefix in the people list, say: its thousands of
hits nearly all organizations) starts from its hits.  With an index on (search rowid, kind,
trash state, sort name, id), each hit is tested and sorted from the index alone, without
reading its contact's row: a few times faster on 100,000 contacts.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_contacts_search_hits",
        "contacts",
        ["search_rowid", "kind", "deleted_at", "sort_name", "id"],
    )


def downgrade() -> None:
    op.drop_index("ix_contacts_search_hits", table_name="contacts")
