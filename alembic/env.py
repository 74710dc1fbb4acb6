"""Alembic environment for Kontor's local SQLite database.

The app passes an open connection in ``config.attributes["connection"]``; run by hand, the
database is taken from ``-x db=PATH``, then ``KONTOR_DB``, then ``sqlalchemy.url``.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import Connection

from alembic import context
from app.store.database import check_foreign_keys, create_sqlite_engine
from app.store.schema import metadata

config = context.config
target_metadata = metadata


def _include_name(name: str | None, type_: str, _parents: object) -> bool:
    # The FTS5 search index and its shadow tables are made by hand in revision 0002.
    return not (type_ == "table" and name is not None and name.startswith("contact_search"))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        include_name=_include_name,
        render_as_batch=True,
        compare_type=True,
        # The connection's transaction covers every revision of the run, schema changes
        # included (see app.store.database): an interrupted run leaves the file as it was.
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    db = context.get_x_argument(as_dictionary=True).get("db") or os.environ.get("KONTOR_DB")
    if not db:
        url = config.get_main_option("sqlalchemy.url") or ""
        db = url.removeprefix("sqlite:///")
    if not db:
        raise SystemExit("Name the database: alembic -x db=PATH upgrade head (or set KONTOR_DB).")
    engine = create_sqlite_engine(Path(db), transactional_ddl=True)
    try:
        with engine.begin() as conn:
            _run(conn)
            check_foreign_keys(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("Kontor's migrations run online only.")
run_migrations_online()
