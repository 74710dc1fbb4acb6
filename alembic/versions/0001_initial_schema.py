"""initial schema: the whole contact model and the change journal

Revision ID: 0001
Revises:
Create Date: 2026-11-22 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_journal",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("txn_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("aggregate", sa.String(length=32), nullable=False),
        sa.Column("aggregate_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=48), nullable=False),
        sa.Column("entity_id", sa.String(length=256), nullable=False),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "op IN ('create', 'update', 'delete')", name=op.f("ck_change_journal_op")
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_change_journal")),
    )
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_change_journal_aggregate_id"), ["aggregate_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_change_journal_txn_id"), ["txn_id"], unique=False)

    op.create_table(
        "contact_configuration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.CheckConstraint("id = 1", name=op.f("ck_contact_configuration_single_row")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contact_configuration")),
    )
    op.create_table(
        "contacts",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("external_id", sa.String(length=256), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("sort_name", sa.Text(), nullable=False),
        sa.Column("date_of_birth", sa.Date(), nullable=True),
        sa.Column("anniversary", sa.Date(), nullable=True),
        sa.Column("gender", sa.String(length=32), nullable=True),
        sa.Column("title", sa.String(length=64), nullable=True),
        sa.Column("title_suffix", sa.String(length=64), nullable=True),
        sa.Column("given_name", sa.Text(), nullable=True),
        sa.Column("family_name", sa.Text(), nullable=True),
        sa.Column("locale", sa.String(length=16), nullable=True),
        sa.Column("owner", sa.JSON(), nullable=True),
        sa.Column("founded", sa.Date(), nullable=True),
        sa.Column("external_organization_id", sa.String(length=256), nullable=True),
        sa.Column("organization_type", sa.String(length=64), nullable=True),
        sa.Column("founding_year", sa.Integer(), nullable=True),
        sa.Column("vat_number", sa.String(length=32), nullable=True),
        sa.Column("company_registration_number", sa.String(length=32), nullable=True),
        sa.Column("uid", sa.String(length=32), nullable=True),
        sa.Column("zvr", sa.String(length=32), nullable=True),
        sa.Column("dvr", sa.String(length=32), nullable=True),
        sa.Column("invoice_language", sa.String(length=3), nullable=True),
        sa.Column("representatives", sa.JSON(), nullable=False),
        sa.Column("founders", sa.JSON(), nullable=False),
        sa.Column("leaders", sa.JSON(), nullable=False),
        sa.Column("internal_note", sa.Text(), nullable=True),
        sa.Column("custom_fields", sa.JSON(), nullable=False),
        sa.Column("remote_deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint("kind IN ('individual', 'organization')", name=op.f("ck_contacts_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contacts")),
    )
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contacts_deleted_at",
            ["deleted_at"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NOT NULL"),
        )
        batch_op.create_index("ix_contacts_kind_sort_name", ["kind", "sort_name"], unique=False)
        batch_op.create_index(
            "ix_contacts_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "customer_lists",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_lists")),
    )
    with op.batch_alter_table("customer_lists", schema=None) as batch_op:
        batch_op.create_index(
            "ix_customer_lists_deleted_at",
            ["deleted_at"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_customer_lists_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "external_id_mappings",
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("internal", sa.String(length=256), nullable=False),
        sa.Column("external", sa.String(length=256), nullable=False),
        sa.CheckConstraint(
            "kind IN ('individual', 'organization')", name=op.f("ck_external_id_mappings_kind")
        ),
        sa.PrimaryKeyConstraint("kind", "internal", name=op.f("pk_external_id_mappings")),
        sa.UniqueConstraint("kind", "external", name=op.f("uq_external_id_mappings_kind_external")),
    )
    op.create_table(
        "placeholder_customers",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("external_id", sa.String(length=256), nullable=True),
        sa.Column("customer_id", sa.String(length=256), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("customer_since", sa.Date(), nullable=True),
        sa.Column("requires_formal_invoice", sa.Boolean(), nullable=False),
        sa.Column("track_revenue", sa.Boolean(), nullable=False),
        sa.Column("remote_deleted", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_placeholder_customers")),
    )
    with op.batch_alter_table("placeholder_customers", schema=None) as batch_op:
        batch_op.create_index(
            "ix_placeholder_customers_deleted_at",
            ["deleted_at"],
            unique=False,
            sqlite_where=sa.text("deleted_at IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_placeholder_customers_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "tags",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=256, collation="NOCASE"), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tags")),
        sa.UniqueConstraint("name", name=op.f("uq_tags_name")),
    )
    op.create_table(
        "alternative_payer_roles",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("alternative_payer_id", sa.String(length=256), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("debtor_account_id", sa.String(length=256), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_alternative_payer_roles_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_alternative_payer_roles")),
    )
    op.create_table(
        "contact_tags",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("tag_id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_contact_tags_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], name=op.f("fk_contact_tags_tag_id_tags"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("contact_id", "tag_id", name=op.f("pk_contact_tags")),
    )
    with op.batch_alter_table("contact_tags", schema=None) as batch_op:
        batch_op.create_index(
            "ix_contact_tags_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )
        batch_op.create_index(batch_op.f("ix_contact_tags_tag_id"), ["tag_id"], unique=False)

    op.create_table(
        "customer_list_members",
        sa.Column("list_id", sa.String(length=36), nullable=False),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_customer_list_members_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["list_id"],
            ["customer_lists.id"],
            name=op.f("fk_customer_list_members_list_id_customer_lists"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("list_id", "contact_id", name=op.f("pk_customer_list_members")),
    )
    with op.batch_alter_table("customer_list_members", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_list_members_contact_id"), ["contact_id"], unique=False
        )

    op.create_table(
        "customer_roles",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("customer_id", sa.String(length=256), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("is_suspended", sa.Boolean(), nullable=False),
        sa.Column("customer_since", sa.Date(), nullable=True),
        sa.Column("managed_by", sa.JSON(), nullable=True),
        sa.Column("external_card", sa.JSON(), nullable=True),
        sa.Column("tax_information", sa.JSON(), nullable=True),
        sa.Column("global_location_number", sa.String(length=256), nullable=True),
        sa.Column("alternative_payer_id", sa.String(length=256), nullable=True),
        sa.Column("requires_formal_invoice", sa.Boolean(), nullable=False),
        sa.Column("credit_limit_value", sa.String(length=64), nullable=True),
        sa.Column("credit_limit_unit", sa.String(length=8), nullable=True),
        sa.Column("debtor_account_id", sa.String(length=256), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_customer_roles_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_customer_roles")),
    )
    with op.batch_alter_table("customer_roles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_roles_customer_id"), ["customer_id"], unique=False
        )

    op.create_table(
        "departments",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("area", sa.String(length=64), nullable=True),
        sa.Column("code", sa.String(length=64), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["contacts.id"],
            name=op.f("fk_departments_organization_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_departments")),
    )
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_departments_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            "ix_departments_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "images",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("placeholder_customer_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=32), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.Column("width", sa.Integer(), nullable=True),
        sa.Column("height", sa.Integer(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (placeholder_customer_id IS NULL)",
            name=op.f("ck_images_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_images_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["placeholder_customer_id"],
            ["placeholder_customers.id"],
            name=op.f("fk_images_placeholder_customer_id_placeholder_customers"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_images")),
    )
    with op.batch_alter_table("images", schema=None) as batch_op:
        batch_op.create_index(
            "ix_images_contact_id",
            ["contact_id"],
            unique=False,
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_images_placeholder_customer_id",
            ["placeholder_customer_id"],
            unique=False,
            sqlite_where=sa.text("placeholder_customer_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_images_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "locations",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("leaders", sa.JSON(), nullable=False),
        sa.Column("member_count", sa.Integer(), nullable=True),
        sa.Column("office_open_hour", sa.Integer(), nullable=True),
        sa.Column("office_close_hour", sa.Integer(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["contacts.id"],
            name=op.f("fk_locations_organization_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locations")),
    )
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_locations_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            "ix_locations_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "memberships",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("organization_contact", sa.String(length=256), nullable=True),
        sa.Column("name", sa.Text(), nullable=True),
        sa.Column("reference", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["contacts.id"],
            name=op.f("fk_memberships_organization_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_memberships_organization_id"), ["organization_id"], unique=False
        )
        batch_op.create_index(
            "ix_memberships_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "personal_relationships",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("related_contact_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_personal_relationships_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["related_contact_id"],
            ["contacts.id"],
            name=op.f("fk_personal_relationships_related_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_personal_relationships")),
    )
    with op.batch_alter_table("personal_relationships", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_personal_relationships_contact_id"), ["contact_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_personal_relationships_related_contact_id"),
            ["related_contact_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_personal_relationships_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "professional_identities",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("organization_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("job_title", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_professional_identities_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["organization_id"],
            ["contacts.id"],
            name=op.f("fk_professional_identities_organization_id_contacts"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_professional_identities")),
    )
    with op.batch_alter_table("professional_identities", schema=None) as batch_op:
        batch_op.create_index(
            "ix_professional_identities_contact_id",
            ["contact_id"],
            unique=False,
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        )
        batch_op.create_index(
            batch_op.f("ix_professional_identities_organization_id"),
            ["organization_id"],
            unique=False,
        )
        batch_op.create_index(
            "ix_professional_identities_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "supplier_roles",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("supplier_id", sa.String(length=256), nullable=False),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("supplier_since", sa.Date(), nullable=True),
        sa.Column("managed_by", sa.JSON(), nullable=True),
        sa.Column("my_customer_id", sa.String(length=256), nullable=True),
        sa.Column("tax_information", sa.JSON(), nullable=True),
        sa.Column("global_location_number", sa.String(length=256), nullable=True),
        sa.Column("creditor_account_id", sa.String(length=256), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_supplier_roles_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", name=op.f("pk_supplier_roles")),
    )
    with op.batch_alter_table("supplier_roles", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supplier_roles_supplier_id"), ["supplier_id"], unique=False
        )

    op.create_table(
        "addresses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("professional_identity_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("usage_context", sa.String(length=32), nullable=False),
        sa.Column("full_address", sa.Text(), nullable=False),
        sa.Column("recipient_name", sa.Text(), nullable=True),
        sa.Column("care_of", sa.Text(), nullable=True),
        sa.Column("street_name", sa.Text(), nullable=True),
        sa.Column("street_number", sa.String(length=64), nullable=True),
        sa.Column("additional", sa.Text(), nullable=True),
        sa.Column("city", sa.Text(), nullable=True),
        sa.Column("zip", sa.String(length=32), nullable=True),
        sa.Column("state", sa.Text(), nullable=True),
        sa.Column("country_code", sa.String(length=8), nullable=True),
        sa.Column("usages", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (professional_identity_id IS NULL)",
            name=op.f("ck_addresses_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_addresses_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_identity_id"],
            ["professional_identities.id"],
            name=op.f("fk_addresses_professional_identity_id_professional_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_addresses")),
    )
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_addresses_contact_id",
            ["contact_id"],
            unique=False,
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_addresses_professional_identity_id",
            ["professional_identity_id"],
            unique=False,
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_addresses_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "delivery_configurations",
        sa.Column("contact_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("brand_id", sa.String(length=256), nullable=True),
        sa.Column("limitations_extra", sa.JSON(), nullable=False),
        sa.Column("alternative_payer_id", sa.String(length=256), nullable=True),
        sa.Column("invoice_address_id", sa.String(length=36), nullable=True),
        sa.Column("delivery_address_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["customer_roles.contact_id"],
            name=op.f("fk_delivery_configurations_contact_id_customer_roles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("contact_id", "position", name=op.f("pk_delivery_configurations")),
    )
    op.create_table(
        "emails",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("professional_identity_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("usage_context", sa.String(length=32), nullable=False),
        sa.Column("address", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (professional_identity_id IS NULL)",
            name=op.f("ck_emails_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_emails_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_identity_id"],
            ["professional_identities.id"],
            name=op.f("fk_emails_professional_identity_id_professional_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emails")),
    )
    with op.batch_alter_table("emails", schema=None) as batch_op:
        batch_op.create_index(
            "ix_emails_contact_id",
            ["contact_id"],
            unique=False,
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_emails_professional_identity_id",
            ["professional_identity_id"],
            unique=False,
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_emails_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "phones",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("professional_identity_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("usage_context", sa.String(length=32), nullable=False),
        sa.Column("number", sa.String(length=64), nullable=False),
        sa.Column("usages", sa.JSON(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (professional_identity_id IS NULL)",
            name=op.f("ck_phones_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_phones_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_identity_id"],
            ["professional_identities.id"],
            name=op.f("fk_phones_professional_identity_id_professional_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_phones")),
    )
    with op.batch_alter_table("phones", schema=None) as batch_op:
        batch_op.create_index(
            "ix_phones_contact_id",
            ["contact_id"],
            unique=False,
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_phones_professional_identity_id",
            ["professional_identity_id"],
            unique=False,
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_phones_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )

    op.create_table(
        "professional_identity_departments",
        sa.Column("professional_identity_id", sa.String(length=36), nullable=False),
        sa.Column("department_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["departments.id"],
            name=op.f("fk_professional_identity_departments_department_id_departments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_identity_id"],
            ["professional_identities.id"],
            name=op.f(
                "fk_professional_identity_departments_professional_identity_id_professional_identities"
            ),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "professional_identity_id",
            "department_id",
            name=op.f("pk_professional_identity_departments"),
        ),
    )
    with op.batch_alter_table("professional_identity_departments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_professional_identity_departments_department_id"),
            ["department_id"],
            unique=False,
        )

    op.create_table(
        "professional_identity_locations",
        sa.Column("professional_identity_id", sa.String(length=36), nullable=False),
        sa.Column("location_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["location_id"],
            ["locations.id"],
            name=op.f("fk_professional_identity_locations_location_id_locations"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_identity_id"],
            ["professional_identities.id"],
            name=op.f(
                "fk_professional_identity_locations_professional_identity_id_professional_identities"
            ),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint(
            "professional_identity_id",
            "location_id",
            name=op.f("pk_professional_identity_locations"),
        ),
    )
    with op.batch_alter_table("professional_identity_locations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_professional_identity_locations_location_id"),
            ["location_id"],
            unique=False,
        )

    op.create_table(
        "web_addresses",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("remote_id", sa.String(length=256), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("professional_identity_id", sa.String(length=36), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("type", sa.String(length=64), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("usage_context", sa.String(length=32), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.CheckConstraint(
            "(contact_id IS NULL) <> (professional_identity_id IS NULL)",
            name=op.f("ck_web_addresses_one_owner"),
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name=op.f("fk_web_addresses_contact_id_contacts"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["professional_identity_id"],
            ["professional_identities.id"],
            name=op.f("fk_web_addresses_professional_identity_id_professional_identities"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_web_addresses")),
    )
    with op.batch_alter_table("web_addresses", schema=None) as batch_op:
        batch_op.create_index(
            "ix_web_addresses_contact_id",
            ["contact_id"],
            unique=False,
            sqlite_where=sa.text("contact_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_web_addresses_professional_identity_id",
            ["professional_identity_id"],
            unique=False,
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.create_index(
            "ix_web_addresses_remote_id",
            ["remote_id"],
            unique=False,
            sqlite_where=sa.text("remote_id IS NOT NULL"),
        )


def downgrade() -> None:
    with op.batch_alter_table("web_addresses", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_web_addresses_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(
            "ix_web_addresses_professional_identity_id",
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.drop_index(
            "ix_web_addresses_contact_id", sqlite_where=sa.text("contact_id IS NOT NULL")
        )

    op.drop_table("web_addresses")
    with op.batch_alter_table("professional_identity_locations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_professional_identity_locations_location_id"))

    op.drop_table("professional_identity_locations")
    with op.batch_alter_table("professional_identity_departments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_professional_identity_departments_department_id"))

    op.drop_table("professional_identity_departments")
    with op.batch_alter_table("phones", schema=None) as batch_op:
        batch_op.drop_index("ix_phones_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL"))
        batch_op.drop_index(
            "ix_phones_professional_identity_id",
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_phones_contact_id", sqlite_where=sa.text("contact_id IS NOT NULL"))

    op.drop_table("phones")
    with op.batch_alter_table("emails", schema=None) as batch_op:
        batch_op.drop_index("ix_emails_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL"))
        batch_op.drop_index(
            "ix_emails_professional_identity_id",
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_emails_contact_id", sqlite_where=sa.text("contact_id IS NOT NULL"))

    op.drop_table("emails")
    op.drop_table("delivery_configurations")
    with op.batch_alter_table("addresses", schema=None) as batch_op:
        batch_op.drop_index("ix_addresses_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL"))
        batch_op.drop_index(
            "ix_addresses_professional_identity_id",
            sqlite_where=sa.text("professional_identity_id IS NOT NULL"),
        )
        batch_op.drop_index(
            "ix_addresses_contact_id", sqlite_where=sa.text("contact_id IS NOT NULL")
        )

    op.drop_table("addresses")
    with op.batch_alter_table("supplier_roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supplier_roles_supplier_id"))

    op.drop_table("supplier_roles")
    with op.batch_alter_table("professional_identities", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_professional_identities_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(batch_op.f("ix_professional_identities_organization_id"))
        batch_op.drop_index(
            "ix_professional_identities_contact_id", sqlite_where=sa.text("contact_id IS NOT NULL")
        )

    op.drop_table("professional_identities")
    with op.batch_alter_table("personal_relationships", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_personal_relationships_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(batch_op.f("ix_personal_relationships_related_contact_id"))
        batch_op.drop_index(batch_op.f("ix_personal_relationships_contact_id"))

    op.drop_table("personal_relationships")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_memberships_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(batch_op.f("ix_memberships_organization_id"))

    op.drop_table("memberships")
    with op.batch_alter_table("locations", schema=None) as batch_op:
        batch_op.drop_index("ix_locations_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL"))
        batch_op.drop_index(batch_op.f("ix_locations_organization_id"))

    op.drop_table("locations")
    with op.batch_alter_table("images", schema=None) as batch_op:
        batch_op.drop_index("ix_images_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL"))
        batch_op.drop_index(
            "ix_images_placeholder_customer_id",
            sqlite_where=sa.text("placeholder_customer_id IS NOT NULL"),
        )
        batch_op.drop_index("ix_images_contact_id", sqlite_where=sa.text("contact_id IS NOT NULL"))

    op.drop_table("images")
    with op.batch_alter_table("departments", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_departments_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(batch_op.f("ix_departments_organization_id"))

    op.drop_table("departments")
    with op.batch_alter_table("customer_roles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_roles_customer_id"))

    op.drop_table("customer_roles")
    with op.batch_alter_table("customer_list_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_list_members_contact_id"))

    op.drop_table("customer_list_members")
    with op.batch_alter_table("contact_tags", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_contact_tags_tag_id"))
        batch_op.drop_index(
            "ix_contact_tags_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )

    op.drop_table("contact_tags")
    op.drop_table("alternative_payer_roles")
    op.drop_table("tags")
    with op.batch_alter_table("placeholder_customers", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_placeholder_customers_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(
            "ix_placeholder_customers_deleted_at", sqlite_where=sa.text("deleted_at IS NOT NULL")
        )

    op.drop_table("placeholder_customers")
    op.drop_table("external_id_mappings")
    with op.batch_alter_table("customer_lists", schema=None) as batch_op:
        batch_op.drop_index(
            "ix_customer_lists_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL")
        )
        batch_op.drop_index(
            "ix_customer_lists_deleted_at", sqlite_where=sa.text("deleted_at IS NOT NULL")
        )

    op.drop_table("customer_lists")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_index("ix_contacts_remote_id", sqlite_where=sa.text("remote_id IS NOT NULL"))
        batch_op.drop_index("ix_contacts_kind_sort_name")
        batch_op.drop_index(
            "ix_contacts_deleted_at", sqlite_where=sa.text("deleted_at IS NOT NULL")
        )

    op.drop_table("contacts")
    op.drop_table("contact_configuration")
    with op.batch_alter_table("change_journal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_change_journal_txn_id"))
        batch_op.drop_index(batch_op.f("ix_change_journal_aggregate_id"))

    op.drop_table("change_journal")
