"""The records a document sync compares first, read on the plain cursor, are the records the
engine's own reading gives."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, func, insert, literal, select

from app.store import schema as s
from app.store.migrations import open_database
from app.sync.document_sync import _Link, _links


def _links_by_the_engine(
    conn: Connection, account_id: int, *, sizes: bool = True, keys: bool = False
) -> list[_Link]:
    """How the records were read before: a select of the engine, its rows made objects."""
    t = s.sync_records
    size = func.coalesce(func.length(t.c.base), 0) if sizes else literal(5)
    ids = t.c.base_ids if keys else literal(None)
    rows = conn.execute(
        select(
            t.c.local_id,
            t.c.remote_id,
            t.c.etag,
            t.c.remote_gone,
            size.label("base_size"),
            t.c.kind,
            ids.label("base_ids"),
        ).where(t.c.account_id == account_id)
    )
    return [
        _Link(
            str(r.local_id),
            r.remote_id,
            r.etag,
            bool(r.remote_gone),
            int(r.base_size) > 4,
            str(r.kind),
            frozenset(r.base_ids.values()) if isinstance(r.base_ids, dict) else frozenset(),
        )
        for r in rows
    ]


def test_the_records_read_on_the_cursor_are_those_the_engine_reads(tmp_path: Path) -> None:
    db = open_database(tmp_path / "kontor.sqlite")
    bases: list[object] = [None, {}, {"name": "A"}, {"name": "B", "emails": ["b@example.org"]}]
    base_ids: list[dict[str, object]] = [{}, {"contact": "k-1"}, {"e1": "k-2", "e2": 7}]
    try:
        with db.transaction() as conn:
            conn.execute(
                insert(s.accounts).values(
                    id=2,
                    type="kanbert",
                    name="second",
                    base_url="http://example.invalid",
                    tenant="",
                    user_name="",
                    interval_minutes=15,
                    enabled=True,
                    settings={},
                    created_at=datetime(2026, 12, 4, 12, tzinfo=UTC),
                )
            )
            rows = [
                {
                    "account_id": 1 + n % 2,
                    "local_id": f"local-{n:03d}",
                    "aggregate": "contact",
                    "kind": ("individual", "organization")[n % 3 % 2],
                    "remote_id": None if n % 7 == 0 else f"remote-{n}",
                    "base": bases[n % len(bases)],
                    "etag": None if n % 5 == 0 else f'"{n}"',
                    "base_ids": base_ids[n % len(base_ids)],
                    "remote_gone": n % 4 == 0,
                }
                for n in range(60)
            ]
            conn.execute(insert(s.sync_records), rows)
            # A base stored as JSON null (not SQL NULL) has none either.
            conn.exec_driver_sql(
                "UPDATE sync_records SET base = 'null' WHERE local_id = 'local-000'"
            )
        with db.reading() as conn:
            for account in (1, 2, 3):
                for sizes in (True, False):
                    for keys in (True, False):
                        expected = _links_by_the_engine(conn, account, sizes=sizes, keys=keys)
                        got = _links(conn, account, sizes=sizes, keys=keys)
                        assert got == expected
                        assert all(type(a.local_id) is str for a in got)
            every = _links(conn, 1, keys=True)
            assert len(every) == 30
            assert {link.has_base for link in every} == {True, False}
            assert frozenset({"k-2", 7}) in {link.keys for link in every}
    finally:
        db.close()
