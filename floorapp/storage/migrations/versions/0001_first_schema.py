"""The first schema: meeting facts and the event journal.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create floor_meta and floor_events."""
    op.create_table(
        "floor_meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text(), nullable=False),
    )
    op.create_table(
        "floor_events",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("command", sa.Integer(), nullable=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("station", sa.String(64), nullable=False, server_default=""),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("floor_events")
    op.drop_table("floor_meta")
