"""The local database schema, as SQLAlchemy Core tables.

Alembic revisions in ``alembic/versions`` create and change these tables; this module is the
description the repositories and ``alembic revision --autogenerate`` work from.  Local ids are
UUID strings; ``remote_id`` holds the Contacts API's id once the record is synced.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=naming_convention)


class UtcDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO-8601 text in UTC (SQLite has no datetime type)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


class DecimalText(TypeDecorator[Decimal]):
    """An exact decimal stored as text, so money never passes through a float."""

    impl = String(64)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        return None if value is None else str(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


def _id() -> Column[str]:
    return Column("id", String(36), primary_key=True)


def _remote_id() -> Column[str]:
    return Column("remote_id", String(256), nullable=True)


def _extra() -> Column[Any]:
    return Column("extra", JSON, nullable=False, default=dict)


def _position() -> Column[int]:
    return Column("position", Integer, nullable=False, default=0)


contacts = Table(
    "contacts",
    metadata,
    _id(),
    Column("kind", String(16), nullable=False),
    _remote_id(),
    Column("external_id", String(256)),
    Column("name", Text, nullable=False),
    Column("sort_name", Text, nullable=False),
    # individual
    Column("date_of_birth", Date),
    Column("anniversary", Date),
    Column("gender", String(32)),
    Column("title", String(64)),
    Column("title_suffix", String(64)),
    Column("given_name", Text),
    Column("family_name", Text),
    Column("locale", String(16)),
    Column("owner", JSON),
    # organization
    Column("founded", Date),
    Column("external_organization_id", String(256)),
    Column("organization_type", String(64)),
    Column("founding_year", Integer),
    Column("vat_number", String(32)),
    Column("company_registration_number", String(32)),
    Column("uid", String(32)),
    Column("zvr", String(32)),
    Column("dvr", String(32)),
    Column("invoice_language", String(3)),
    Column("representatives", JSON, nullable=False, default=list),
    Column("founders", JSON, nullable=False, default=list),
    Column("leaders", JSON, nullable=False, default=list),
    # both
    Column("internal_note", Text),
    Column("custom_fields", JSON, nullable=False, default=dict),
    Column("vcard_properties", JSON, nullable=False, default=list),
    Column("remote_deleted", Boolean, nullable=False, default=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("deleted_at", UtcDateTime),
    _extra(),
    # The rowid of the contact's row in the search index (``contact_search``): listings match
    # search results by this integer, read from the covering indexes below, without touching
    # the index's stored text.  Given by the store when the contact is first written.
    Column("search_rowid", Integer),
    # Sort keys of the first e-mail, phone, city and country (``sort_key`` of the value, null
    # when the contact has none), kept by the store so a listing can sort by them from an index.
    Column("sort_email", Text),
    Column("sort_phone", Text),
    Column("sort_city", Text),
    Column("sort_country", Text),
    CheckConstraint("kind IN ('individual', 'organization')", name="kind"),
    Index("ix_contacts_search_rowid", "search_rowid", unique=True),
    # A search's hits tested (kind, trash state) and sorted by name from the index alone.
    Index("ix_contacts_search_hits", "search_rowid", "kind", "deleted_at", "sort_name", "id"),
    # Listing indexes: one per sort column, each covering what a page of ids needs (trash
    # state, sort keys, id, kind and search rowid), so a page deep in the book is an ordered
    # walk over one index and never reads the contacts' rows.
    Index("ix_contacts_listing_name", "deleted_at", "sort_name", "id", "kind", "search_rowid"),
    *(
        Index(
            f"ix_contacts_listing_{key}",
            "deleted_at",
            f"sort_{key}",
            "sort_name",
            "id",
            "kind",
            "search_rowid",
        )
        for key in ("email", "phone", "city", "country")
    ),
)

professional_identities = Table(
    "professional_identities",
    metadata,
    _id(),
    _remote_id(),
    Column(
        "contact_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "organization_id",
        String(36),
        ForeignKey("contacts.id", ondelete="RESTRICT"),
        nullable=False,
        index=True,
    ),
    _position(),
    Column("is_active", Boolean, nullable=False, default=True),
    Column("job_title", Text),
    _extra(),
)


def _contact_point_table(name: str, *columns: Column[Any]) -> Table:
    """A contact point table: owned by a contact or by a professional identity, never both."""
    return Table(
        name,
        metadata,
        _id(),
        _remote_id(),
        Column("contact_id", String(36), ForeignKey("contacts.id", ondelete="CASCADE")),
        Column(
            "professional_identity_id",
            String(36),
            ForeignKey("professional_identities.id", ondelete="CASCADE"),
        ),
        _position(),
        Column("type", String(64), nullable=False),
        Column("description", Text),
        Column("usage_context", String(32), nullable=False),
        *columns,
        _extra(),
        CheckConstraint(
            "(contact_id IS NULL) <> (professional_identity_id IS NULL)", name="one_owner"
        ),
    )


addresses = _contact_point_table(
    "addresses",
    Column("full_address", Text, nullable=False),
    Column("recipient_name", Text),
    Column("care_of", Text),
    Column("street_name", Text),
    Column("street_number", String(64)),
    Column("additional", Text),
    Column("city", Text),
    Column("zip", String(32)),
    Column("state", Text),
    Column("country_code", String(8)),
    Column("usages", JSON, nullable=False, default=list),
)
emails = _contact_point_table(
    "emails",
    Column("address", Text, nullable=False),
)
phones = _contact_point_table(
    "phones",
    Column("number", String(64), nullable=False),
    Column("usages", JSON, nullable=False, default=list),
)
web_addresses = _contact_point_table(
    "web_addresses",
    Column("url", Text, nullable=False),
)

departments = Table(
    "departments",
    metadata,
    _id(),
    _remote_id(),
    Column(
        "organization_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    _position(),
    Column("name", Text, nullable=False),
    Column("description", Text),
    Column("area", String(64)),
    Column("code", String(64)),
    _extra(),
)

locations = Table(
    "locations",
    metadata,
    _id(),
    _remote_id(),
    Column(
        "organization_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    _position(),
    Column("name", Text, nullable=False),
    Column("leaders", JSON, nullable=False, default=list),
    Column("member_count", Integer),
    Column("office_open_hour", Integer),
    Column("office_close_hour", Integer),
    _extra(),
)

memberships = Table(
    "memberships",
    metadata,
    _id(),
    _remote_id(),
    Column(
        "organization_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    _position(),
    Column("type", String(64), nullable=False),
    Column("organization_contact", String(256)),
    Column("name", Text),
    Column("reference", Text),
    _extra(),
)


def _identity_link_table(name: str, target_column: str, target_table: str) -> Table:
    """Which departments or locations of its organization a professional identity works at."""
    return Table(
        name,
        metadata,
        Column(
            "professional_identity_id",
            String(36),
            ForeignKey("professional_identities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column(
            target_column,
            String(36),
            ForeignKey(f"{target_table}.id", ondelete="CASCADE"),
            primary_key=True,
            index=True,
        ),
        _position(),
    )


professional_identity_departments = _identity_link_table(
    "professional_identity_departments", "department_id", "departments"
)
professional_identity_locations = _identity_link_table(
    "professional_identity_locations", "location_id", "locations"
)

personal_relationships = Table(
    "personal_relationships",
    metadata,
    _id(),
    _remote_id(),
    Column(
        "contact_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "related_contact_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    _position(),
    Column("type", String(64), nullable=False),
    _extra(),
)

customer_roles = Table(
    "customer_roles",
    metadata,
    Column(
        "contact_id", String(36), ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("customer_id", String(256), nullable=False, index=True),
    Column("is_active", Boolean, nullable=False),
    Column("is_suspended", Boolean, nullable=False),
    Column("customer_since", Date),
    Column("managed_by", JSON),
    Column("external_card", JSON),
    Column("tax_information", JSON),
    Column("global_location_number", String(256)),
    Column("alternative_payer_id", String(256)),
    Column("requires_formal_invoice", Boolean, nullable=False, default=False),
    Column("credit_limit_value", DecimalText),
    Column("credit_limit_unit", String(8)),
    Column("debtor_account_id", String(256)),
    _extra(),
)

delivery_configurations = Table(
    "delivery_configurations",
    metadata,
    Column(
        "contact_id",
        String(36),
        ForeignKey("customer_roles.contact_id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("brand_id", String(256)),
    Column("limitations_extra", JSON, nullable=False, default=dict),
    Column("alternative_payer_id", String(256)),
    Column("invoice_address_id", String(36)),
    Column("delivery_address_id", String(36)),
)

supplier_roles = Table(
    "supplier_roles",
    metadata,
    Column(
        "contact_id", String(36), ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("supplier_id", String(256), nullable=False, index=True),
    Column("is_active", Boolean, nullable=False),
    Column("supplier_since", Date),
    Column("managed_by", JSON),
    Column("my_customer_id", String(256)),
    Column("tax_information", JSON),
    Column("global_location_number", String(256)),
    Column("creditor_account_id", String(256)),
    _extra(),
)

alternative_payer_roles = Table(
    "alternative_payer_roles",
    metadata,
    Column(
        "contact_id", String(36), ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    ),
    Column("alternative_payer_id", String(256), nullable=False),
    Column("is_active", Boolean, nullable=False),
    Column("since", Date),
    Column("debtor_account_id", String(256)),
    _extra(),
)

tags = Table(
    "tags",
    metadata,
    _id(),
    Column("name", String(256, collation="NOCASE"), nullable=False, unique=True),
    Column("created_at", UtcDateTime, nullable=False),
)

contact_tags = Table(
    "contact_tags",
    metadata,
    Column(
        "contact_id", String(36), ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True
    ),
    Column(
        "tag_id",
        String(36),
        ForeignKey("tags.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    # The id the server gave this tag on this contact (tags are per contact in the API).
    _remote_id(),
    _position(),
)

placeholder_customers = Table(
    "placeholder_customers",
    metadata,
    _id(),
    _remote_id(),
    Column("external_id", String(256)),
    Column("customer_id", String(256), nullable=False),
    Column("name", Text, nullable=False),
    Column("is_active", Boolean, nullable=False),
    Column("customer_since", Date),
    Column("requires_formal_invoice", Boolean, nullable=False),
    Column("track_revenue", Boolean, nullable=False),
    Column("remote_deleted", Boolean, nullable=False, default=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("deleted_at", UtcDateTime),
    _extra(),
)

images = Table(
    "images",
    metadata,
    _id(),
    _remote_id(),
    Column("contact_id", String(36), ForeignKey("contacts.id", ondelete="CASCADE")),
    Column(
        "placeholder_customer_id",
        String(36),
        ForeignKey("placeholder_customers.id", ondelete="CASCADE"),
    ),
    _position(),
    Column("media_type", String(32), nullable=False),
    Column("data", LargeBinary, nullable=False),
    Column("width", Integer),
    Column("height", Integer),
    _extra(),
    CheckConstraint("(contact_id IS NULL) <> (placeholder_customer_id IS NULL)", name="one_owner"),
)

customer_lists = Table(
    "customer_lists",
    metadata,
    _id(),
    _remote_id(),
    Column("name", Text, nullable=False),
    Column("created_at", UtcDateTime, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    Column("deleted_at", UtcDateTime),
    _extra(),
)

customer_list_members = Table(
    "customer_list_members",
    metadata,
    Column(
        "list_id",
        String(36),
        ForeignKey("customer_lists.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column(
        "contact_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        primary_key=True,
        index=True,
    ),
    _position(),
)

external_id_mappings = Table(
    "external_id_mappings",
    metadata,
    Column("kind", String(16), primary_key=True),
    Column("internal", String(256), primary_key=True),
    Column("external", String(256), nullable=False),
    UniqueConstraint("kind", "external"),
    CheckConstraint("kind IN ('individual', 'organization')", name="kind"),
)

contact_configuration = Table(
    "contact_configuration",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("data", JSON, nullable=False),
    Column("updated_at", UtcDateTime, nullable=False),
    CheckConstraint("id = 1", name="single_row"),
)

change_journal = Table(
    "change_journal",
    metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    # All entries written by one save share a transaction id: the unit of undo.
    Column("txn_id", String(36), nullable=False, index=True),
    Column("at", UtcDateTime, nullable=False),
    Column("aggregate", String(32), nullable=False),
    Column("aggregate_id", String(36), nullable=False, index=True),
    Column("entity", String(48), nullable=False),
    Column("entity_id", String(256), nullable=False),
    Column("op", String(16), nullable=False),
    # {field: [old, new]}; for a create old is null, for a delete new is null.
    Column("changes", JSON, nullable=False),
    # "user": an edit made here (the outbox of sync); "sync": the server's state applied.
    Column("origin", String(8), nullable=False, default="user", server_default="user"),
    CheckConstraint("op IN ('create', 'update', 'delete')", name="op"),
)

# Where each journaled unit of work came from (revision 0009): the source ("edit", "import",
# "merge", "undo", "redo", "restore", "erase", …) and a label in words; for an undoable step
# also the step (the states before and after), whether it is on the undo or redo stack and
# its place there, so undo and redo survive a restart.  Sync's own transactions have no row:
# their entries' origin says "sync" and the account's runs say which account.
journal_transactions = Table(
    "journal_transactions",
    metadata,
    Column("txn_id", String(36), primary_key=True),
    Column("at", UtcDateTime, nullable=False),
    Column("source", String(16), nullable=False),
    Column("label", Text, nullable=False, server_default=""),
    Column("account_id", Integer, nullable=True),
    Column("step", JSON, nullable=True),
    # "undo": on the undo stack; "redo": on the redo stack; null: no longer undoable.
    Column("step_state", String(8), nullable=True),
    Column("step_order", Integer, nullable=True),
    Index(
        "ix_journal_transactions_step_order",
        "step_order",
        sqlite_where=text("step_state IS NOT NULL"),
    ),
)

# Normalised keys of each contact (e-mail, phone, VAT; see app.domain.keys), written with
# the contact: duplicates are found by look-up and by grouping (revision 0005).
contact_keys = Table(
    "contact_keys",
    metadata,
    Column(
        "contact_id",
        String(36),
        ForeignKey("contacts.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("kind", String(8), primary_key=True),
    Column("key", String(256), primary_key=True),
    Index("ix_contact_keys_kind_key", "kind", "key"),
)

# --- sync state (revision 0004) -------------------------------------------------------------

# One row per synced aggregate: its remote id, the base (the server's ``details`` document as
# both sides last agreed, remote ids and unknown fields included), the base's hash and ETag,
# and the map from the base's remote ids to local ids.
sync_records = Table(
    "sync_records",
    metadata,
    Column("account_id", Integer, primary_key=True),
    Column("local_id", String(36), primary_key=True),
    Column("aggregate", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("remote_id", String(256), nullable=True),
    Column("base", JSON, nullable=True),
    Column("base_hash", String(64), nullable=True),
    Column("etag", String(256), nullable=True),
    Column("base_ids", JSON, nullable=False, default=dict),
    # The server deleted it (tombstone or confirmed 404); nothing more is pushed or pulled.
    Column("remote_gone", Boolean, nullable=False, default=False),
    Column("synced_at", UtcDateTime, nullable=True),
    Index("ix_sync_records_remote_id", "account_id", "kind", "remote_id", unique=True),
)

# The outbox: which aggregates have journal entries of origin "user" not yet pushed, from
# which seq to which.  A trigger made by revision 0004 keeps it in step with the journal, in
# the same transaction; a push that succeeds removes the row (or moves ``first_seq`` past
# what it sent, when the user edited again meanwhile).
sync_outbox = Table(
    "sync_outbox",
    metadata,
    Column("account_id", Integer, primary_key=True),
    Column("local_id", String(36), primary_key=True),
    Column("aggregate", String(32), nullable=False),
    Column("first_seq", Integer, nullable=False),
    Column("last_seq", Integer, nullable=False),
    Index("ix_sync_outbox_first_seq", "account_id", "first_seq"),
)

# What waits for the user: conflicts (both values kept) and changes the server refused.
sync_issues = Table(
    "sync_issues",
    metadata,
    Column("id", String(36), primary_key=True),
    Column("account_id", Integer, nullable=False),
    Column("local_id", String(36), nullable=False),
    Column("aggregate", String(32), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("issue", String(24), nullable=False),
    Column("title", String(512), nullable=False),
    # conflicts: [{entity, entity_id, field, base, mine, theirs}]; problems: [{title, detail}]
    Column("detail", JSON, nullable=False, default=dict),
    # The server's details document the conflict was found against (remote ids).
    Column("theirs", JSON, nullable=True),
    Column("theirs_etag", String(256), nullable=True),
    # The outbox position when it was found: a later local edit retries a rejected change.
    Column("seq", Integer, nullable=False, default=0),
    Column("at", UtcDateTime, nullable=False),
    CheckConstraint(
        "issue IN ('conflict', 'rejected', 'remote_deleted', 'local_deleted', 'link_or_create')",
        name="issue",
    ),
    UniqueConstraint("account_id", "local_id", name="uq_sync_issues_account_record"),
)

# Every run, with what it did and whether it saw everything.
sync_runs = Table(
    "sync_runs",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("started_at", UtcDateTime, nullable=False),
    Column("account_id", Integer, nullable=False, server_default=text("1")),
    Column("finished_at", UtcDateTime, nullable=True),
    Column("complete", Boolean, nullable=False, default=False),
    Column("outcome", String(24), nullable=False, default="running"),
    Column("summary", JSON, nullable=False, default=dict),
)

# The ids an enfore account other than the book's first gave the entities of a record
# (revision 0013): the data rows' ``remote_id`` columns hold account 1's, so every further
# enfore account keeps its own here, per local entity (a tag's link to a contact is
# ``contact id/tag id``).  ``entity`` is the change journal's name of the entity.
sync_entity_ids = Table(
    "sync_entity_ids",
    metadata,
    Column("account_id", Integer, primary_key=True),
    Column("local_id", String(80), primary_key=True),
    Column("entity", String(32), nullable=False),
    Column("remote_id", String(256), nullable=False),
    Index("ix_sync_entity_ids_remote_id", "account_id", "remote_id"),
)

# The remote systems the book is linked to (revision 0006).  Account 1 is the book's enfore
# account: it exists from the start, set up or not (its outbox holds every edit since the
# book began).  ``settings`` holds what a connector needs beyond the columns (route
# overrides, sync on start).  Never a token: those live in the OS keychain, per account.
accounts = Table(
    "accounts",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("type", String(32), nullable=False),
    Column("name", String(128), nullable=False, unique=True),
    Column("base_url", String(2048), nullable=False, default=""),
    Column("tenant", String(256), nullable=False, default=""),
    Column("user_name", String(256), nullable=False, default=""),
    Column("interval_minutes", Integer, nullable=False, default=15),
    Column("enabled", Boolean, nullable=False, default=True),
    Column("settings", JSON, nullable=False, default=dict),
    Column("created_at", UtcDateTime, nullable=False, default=lambda: utc_now()),
)

# Settings of sync that belong to this database (the server and org it is tied to).  Never the
# token: that lives in the OS keychain.
sync_settings = Table(
    "sync_settings",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", JSON, nullable=True),
)

# Columns that are empty on most rows get partial indexes: rows without a value cost nothing
# to insert and take no room, and look-ups by value still use the index.
_SPARSE_COLUMNS = (
    "remote_id",
    "deleted_at",
    "contact_id",
    "professional_identity_id",
    "placeholder_customer_id",
)
for _table in (
    contacts,
    professional_identities,
    addresses,
    emails,
    phones,
    web_addresses,
    departments,
    locations,
    memberships,
    personal_relationships,
    contact_tags,
    placeholder_customers,
    images,
    customer_lists,
):
    for _name in _SPARSE_COLUMNS:
        if _name in _table.c and not _table.c[_name].primary_key:
            Index(
                f"ix_{_table.name}_{_name}",
                _table.c[_name],
                sqlite_where=_table.c[_name].is_not(None),
            )

# A contact's first e-mail, phone and address (what a table row shows) read from the index
# alone: no row of the table, no sort (revision 0011).
for _table, _columns in (
    (emails, ("address",)),
    (phones, ("number",)),
    (addresses, ("city", "country_code")),
):
    Index(f"ix_{_table.name}_first", _table.c.contact_id, _table.c.position, *_columns)

CONTACT_POINT_TABLES: dict[str, Table] = {
    "addresses": addresses,
    "emails": emails,
    "phones": phones,
    "web_addresses": web_addresses,
}


def utc_now() -> datetime:
    return datetime.now(UTC)


def today() -> date:
    return datetime.now(UTC).date()
