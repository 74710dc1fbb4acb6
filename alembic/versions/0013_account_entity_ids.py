"""sync_entity_ids: the enfore ids of every enfore account but the first

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 22:00:00

A book may be linked to more than one enfore organization.  The data rows' ``remote_id``
columns keep the ids of the first (account 1, as before); each further enfore account keeps
the ids its server gave the entities of a record (addresses, identities, tags, ...) in this
table, per (account, local entity).  Books of before have no such account: nothing to move.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_entity_ids",
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(80), nullable=False),
        sa.Column("entity", sa.String(32), nullable=False),
        sa.Column("remote_id", sa.String(256), nullable=False),
        sa.PrimaryKeyConstraint("account_id", "local_id"),
    )
    op.create_index("ix_sync_entity_ids_remote_id", "sync_entity_ids", ["account_id", "remote_id"])


def downgrade() -> None:
    op.drop_index("ix_sync_entity_ids_remote_id", table_name="sync_entity_ids")
    op.drop_table("sync_entity_ids")
