"""Snapshots of the folded state, so a long meeting opens without replaying it all.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create floor_snapshots: a cache of the fold at one seq, never a second truth."""
    op.create_table(
        "floor_snapshots",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("fingerprint", sa.String(200), nullable=False),
        sa.Column("data", sa.Text(), nullable=False),
        sa.Column("written_at", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    """Drop the snapshots (the journal alone still gives the same meeting)."""
    op.drop_table("floor_snapshots")
