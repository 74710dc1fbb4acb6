"""journal_transactions: where each journaled unit of work came from, and the undo steps

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 04:30:00

One row per transaction of the change journal that says more than its entries' origin: what
the user did (an edit typed here, an import of a file, a merge, an undo, a restored value, an
erasure), in words, and for steps that can be undone the step itself (the states before and
after), its place in the undo or redo stack, so undo and redo survive a restart.
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "journal_transactions",
        sa.Column("txn_id", sa.String(36), primary_key=True),
        sa.Column("at", sa.String(32), nullable=False),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("label", sa.Text, nullable=False, server_default=""),
        sa.Column("account_id", sa.Integer, nullable=True),
        sa.Column("step", sa.JSON, nullable=True),
        sa.Column("step_state", sa.String(8), nullable=True),
        sa.Column("step_order", sa.Integer, nullable=True),
    )
    op.create_index(
        "ix_journal_transactions_step_order",
        "journal_transactions",
        ["step_order"],
        sqlite_where=sa.text("step_state IS NOT NULL"),
    )


def downgrade() -> None:
    op.drop_index("ix_journal_transactions_step_order", table_name="journal_transactions")
    op.drop_table("journal_transactions")
