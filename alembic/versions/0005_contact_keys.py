"""duplicates: normalised e-mail, phone and VAT keys of every contact

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 17:00:00

``contact_keys`` holds, per contact, the keys that identify the party (see
``app.domain.keys``): case-folded e-mails (its identities' too), its own phones in
international digits, VAT numbers without separators.  Filled here for the contacts there
are, with the rules as this revision knows them.
"""

import re
from collections.abc import Sequence
from functools import lru_cache

import phonenumbers
import sqlalchemy as sa

from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_NOT_DIGITS = re.compile(r"\D")
_VAT_SEPARATORS = re.compile(r"[\s.\-/]")


@lru_cache(maxsize=512)
def _calling_code(region: str) -> str:
    code = phonenumbers.country_code_for_region(region.upper())
    return str(code) if code else ""


def _phone(number: str | None, region: str) -> str | None:
    text = (number or "").strip()
    digits = _NOT_DIGITS.sub("", text)
    if not text:
        return None
    if text.startswith("+"):
        pass
    elif digits.startswith("00"):
        digits = digits[2:]
    elif digits.startswith("0"):
        digits = _calling_code(region) + digits[1:]
    else:
        digits = _calling_code(region) + digits
    return digits if len(digits) >= 6 else None


def _vat(number: str | None) -> str | None:
    value = _VAT_SEPARATORS.sub("", number or "").upper()
    return value if len(value) >= 4 else None


def upgrade() -> None:
    op.create_table(
        "contact_keys",
        sa.Column(
            "contact_id",
            sa.String(36),
            sa.ForeignKey("contacts.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("key", sa.String(256), primary_key=True),
    )
    op.create_index("ix_contact_keys_kind_key", "contact_keys", ["kind", "key"])
    conn = op.get_bind()
    keys: set[tuple[str, str, str]] = set()
    regions = dict(
        conn.exec_driver_sql(
            "SELECT contact_id, country_code FROM addresses WHERE contact_id IS NOT NULL "
            "AND country_code IS NOT NULL ORDER BY position DESC"
        ).fetchall()
    )
    for contact_id, address in conn.exec_driver_sql(
        "SELECT contact_id, address FROM emails WHERE contact_id IS NOT NULL "
        "UNION ALL SELECT p.contact_id, e.address FROM emails e "
        "JOIN professional_identities p ON p.id = e.professional_identity_id"
    ):
        value = (address or "").strip().casefold()
        if value:
            keys.add((contact_id, "email", value))
    for contact_id, number in conn.exec_driver_sql(
        "SELECT contact_id, number FROM phones WHERE contact_id IS NOT NULL"
    ):
        found = _phone(number, regions.get(contact_id) or "BE")
        if found:
            keys.add((contact_id, "phone", found))
    for contact_id, number in conn.exec_driver_sql(
        "SELECT id, vat_number FROM contacts WHERE vat_number IS NOT NULL "
        "UNION ALL SELECT contact_id, json_extract(tax_information, '$.eu_vat_number') "
        "FROM customer_roles WHERE tax_information IS NOT NULL "
        "UNION ALL SELECT contact_id, json_extract(tax_information, '$.eu_vat_number') "
        "FROM supplier_roles WHERE tax_information IS NOT NULL"
    ):
        found = _vat(number)
        if found:
            keys.add((contact_id, "vat", found))
    rows = [{"contact_id": c, "kind": k, "key": v} for c, k, v in sorted(keys)]
    table = sa.table("contact_keys", sa.column("contact_id"), sa.column("kind"), sa.column("key"))
    for start in range(0, len(rows), 5000):
        op.bulk_insert(table, rows[start : start + 5000])


def downgrade() -> None:
    op.drop_index("ix_contact_keys_kind_key", "contact_keys")
    op.drop_table("contact_keys")
