"""listing: sort keys, search rowids and covering indexes for fast contact tables

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 16:00:00

A contact table of 100,000 rows pages, sorts and searches from indexes alone:

* ``contacts.search_rowid`` ties each contact to its row in the ``contact_search`` FTS index,
  so a search result (rowids) can be matched against an index of contacts without reading the
  search index's stored text.  Existing index rows keep their rowids; the column takes them.
* ``contacts.sort_email``, ``sort_phone``, ``sort_city``, ``sort_country``: sort keys of the
  first e-mail, phone and address (case-folded, null when there is none).
* ``contacts.sort_name`` is recomputed with accents folded (``Österreich`` among the O's).
* One covering index per sort column replaces ``ix_contacts_kind_sort_name``.
"""

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SORT_KEYS = ("email", "phone", "city", "country")


def _key(value: str | None) -> str | None:
    # The store's sort key (app.store.rows.sort_key), frozen here as this revision knew it:
    # case-insensitive with accents folded.
    if value is None or not value.strip():
        return None
    folded = unicodedata.normalize("NFKD", value.strip().casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def upgrade() -> None:
    op.add_column("contacts", sa.Column("search_rowid", sa.Integer(), nullable=True))
    for key in _SORT_KEYS:
        op.add_column("contacts", sa.Column(f"sort_{key}", sa.Text(), nullable=True))
    bind = op.get_bind()

    # Search rowids: every contact keeps the index row it has (the first, if there were two);
    # index rows without a contact, or duplicates, go.
    bind.exec_driver_sql(
        "CREATE TEMP TABLE _search_map AS "
        "SELECT contact_id, min(rowid) AS r FROM contact_search GROUP BY contact_id"
    )
    bind.exec_driver_sql("CREATE UNIQUE INDEX temp._search_map_contact ON _search_map (contact_id)")
    bind.exec_driver_sql(
        "UPDATE contacts SET search_rowid = "
        "(SELECT r FROM _search_map m WHERE m.contact_id = contacts.id)"
    )
    index_rows = bind.exec_driver_sql("SELECT count(*) FROM contact_search").scalar_one()
    mapped = bind.exec_driver_sql(
        "SELECT count(*) FROM contacts WHERE search_rowid IS NOT NULL"
    ).scalar_one()
    if index_rows != mapped:
        bind.exec_driver_sql(
            "DELETE FROM contact_search WHERE rowid NOT IN "
            "(SELECT search_rowid FROM contacts WHERE search_rowid IS NOT NULL)"
        )
    bind.exec_driver_sql("DROP TABLE _search_map")
    # Contacts the index missed get a new row (the same text revision 0002 indexed).
    base = bind.exec_driver_sql("SELECT coalesce(max(rowid), 0) FROM contact_search").scalar_one()
    bind.exec_driver_sql(
        f"UPDATE contacts SET search_rowid = {int(base)} + rowid WHERE search_rowid IS NULL"
    )
    bind.exec_driver_sql(
        f"""
        INSERT INTO contact_search (rowid, contact_id, body)
        SELECT c.search_rowid, c.id, lower(
            coalesce(c.name, '') || ' ' || coalesce(c.external_id, '') || ' '
            || coalesce(c.remote_id, '') || ' ' || coalesce(c.vat_number, '') || ' '
            || coalesce(c.company_registration_number, '') || ' ' || coalesce(c.uid, '') || ' '
            || coalesce((SELECT group_concat(e.address, ' ') FROM emails e
                         WHERE e.contact_id = c.id), '') || ' '
            || coalesce((SELECT group_concat(p.number, ' ') FROM phones p
                         WHERE p.contact_id = c.id), '') || ' '
            || coalesce((SELECT group_concat(a.city, ' ') FROM addresses a
                         WHERE a.contact_id = c.id), ''))
        FROM contacts c WHERE c.search_rowid > {int(base)}
        """
    )

    # Sort keys of the name and the first e-mail, phone and address, folded as Python does it.
    first = "(SELECT {column} FROM {table} t WHERE t.contact_id = c.id ORDER BY t.position LIMIT 1)"
    rows = bind.exec_driver_sql(
        "SELECT c.id, c.name, "
        + ", ".join(
            first.format(column=column, table=table)
            for column, table in (
                ("address", "emails"),
                ("number", "phones"),
                ("city", "addresses"),
                ("country_code", "addresses"),
            )
        )
        + " FROM contacts c"
    ).fetchall()
    params = [
        (_key(name) or "", _key(email), _key(phone), _key(city), _key(country), contact_id)
        for contact_id, name, email, phone, city, country in rows
    ]
    if params:
        bind.exec_driver_sql(
            "UPDATE contacts SET sort_name = ?, sort_email = ?, sort_phone = ?, sort_city = ?, "
            "sort_country = ? WHERE id = ?",
            params,
        )

    op.drop_index("ix_contacts_kind_sort_name", table_name="contacts")
    op.create_index("ix_contacts_search_rowid", "contacts", ["search_rowid"], unique=True)
    op.create_index(
        "ix_contacts_listing_name",
        "contacts",
        ["deleted_at", "sort_name", "id", "kind", "search_rowid"],
    )
    for key in _SORT_KEYS:
        op.create_index(
            f"ix_contacts_listing_{key}",
            "contacts",
            ["deleted_at", f"sort_{key}", "sort_name", "id", "kind", "search_rowid"],
        )


def downgrade() -> None:
    for key in _SORT_KEYS:
        op.drop_index(f"ix_contacts_listing_{key}", table_name="contacts")
    op.drop_index("ix_contacts_listing_name", table_name="contacts")
    op.drop_index("ix_contacts_search_rowid", table_name="contacts")
    for key in _SORT_KEYS:
        op.drop_column("contacts", f"sort_{key}")
    op.drop_column("contacts", "search_rowid")
    op.create_index("ix_contacts_kind_sort_name", "contacts", ["kind", "sort_name"])
