"""search index: an FTS5 trigram index over names, e-mails, phones, cities, VAT and ids

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22 14:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # One row per contact; the store rewrites a contact's row in the same transaction as
    # every save, so the index never lags behind the data.
    op.execute(
        "CREATE VIRTUAL TABLE contact_search USING fts5("
        "contact_id UNINDEXED, body, tokenize = 'trigram')"
    )
    # Fill it for databases that already hold contacts.
    op.execute(
        """
        INSERT INTO contact_search (contact_id, body)
        SELECT c.id, lower(
            coalesce(c.name, '') || ' ' || coalesce(c.external_id, '') || ' '
            || coalesce(c.remote_id, '') || ' ' || coalesce(c.vat_number, '') || ' '
            || coalesce(c.company_registration_number, '') || ' ' || coalesce(c.uid, '') || ' '
            || coalesce((SELECT group_concat(e.address, ' ') FROM emails e
                         WHERE e.contact_id = c.id), '') || ' '
            || coalesce((SELECT group_concat(p.number, ' ') FROM phones p
                         WHERE p.contact_id = c.id), '') || ' '
            || coalesce((SELECT group_concat(a.city, ' ') FROM addresses a
                         WHERE a.contact_id = c.id), ''))
        FROM contacts c
        """
    )


def downgrade() -> None:
    op.execute("DROP TABLE contact_search")
