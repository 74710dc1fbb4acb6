"""The reference server's SQLite file: one table of JSON documents.

Every document is keyed by ``(org, coll, id)``; ``parent`` groups the items of a
sub-collection (a contact's emails, a list's members) and ``seq`` keeps the order of creation.
Orgs never see each other's rows because every query names the org.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any

JsonDict = dict[str, Any]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS docs (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    org TEXT NOT NULL,
    coll TEXT NOT NULL,
    id TEXT NOT NULL,
    parent TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    UNIQUE (org, coll, id)
);
CREATE INDEX IF NOT EXISTS docs_parent ON docs (org, coll, parent, seq);
CREATE INDEX IF NOT EXISTS docs_order ON docs (org, coll, seq);
CREATE INDEX IF NOT EXISTS docs_external_id
    ON docs (org, coll, json_extract(body, '$.external_id'), seq);
"""


class DocumentStore:
    """Thread-safe access to the documents (one connection, one lock)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._lock = threading.Lock()
        #: goes up with every write: what was read at one version is still so while it stays
        self.version = 0

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def get(self, org: str, coll: str, id: str) -> JsonDict | None:
        with self._lock:
            row = self._db.execute(
                "SELECT body FROM docs WHERE org=? AND coll=? AND id=?", (org, coll, id)
            ).fetchone()
        return json.loads(row[0]) if row else None

    def exists(self, org: str, coll: str, id: str) -> bool:
        """Whether there is such a document (without reading it)."""
        with self._lock:
            row = self._db.execute(
                "SELECT 1 FROM docs WHERE org=? AND coll=? AND id=?", (org, coll, id)
            ).fetchone()
        return row is not None

    def parent_of(self, org: str, coll: str, id: str) -> str | None:
        with self._lock:
            row = self._db.execute(
                "SELECT parent FROM docs WHERE org=? AND coll=? AND id=?", (org, coll, id)
            ).fetchone()
        return str(row[0]) if row else None

    def put(self, org: str, coll: str, id: str, body: JsonDict, parent: str = "") -> None:
        """Insert or replace (a replaced document keeps its place in the order)."""
        text = json.dumps(body, ensure_ascii=False, sort_keys=True)
        with self._lock:
            self._db.execute(
                "INSERT INTO docs (org, coll, id, parent, body) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (org, coll, id) DO UPDATE SET body=excluded.body",
                (org, coll, id, parent, text),
            )
            self.version += 1

    def delete(self, org: str, coll: str, id: str) -> bool:
        with self._lock:
            cur = self._db.execute(
                "DELETE FROM docs WHERE org=? AND coll=? AND id=?", (org, coll, id)
            )
            self.version += 1
        return cur.rowcount > 0

    def delete_children(self, org: str, coll: str, parent: str) -> None:
        with self._lock:
            self._db.execute(
                "DELETE FROM docs WHERE org=? AND coll=? AND parent=?", (org, coll, parent)
            )
            self.version += 1

    def items(
        self,
        org: str,
        coll: str,
        parent: str | None = None,
        *,
        newest_first: bool = False,
        limit: int = -1,
        offset: int = 0,
    ) -> list[JsonDict]:
        sql = "SELECT body FROM docs WHERE org=? AND coll=?"
        args: list[Any] = [org, coll]
        if parent is not None:
            sql += " AND parent=?"
            args.append(parent)
        sql += " ORDER BY seq DESC" if newest_first else " ORDER BY seq"
        sql += " LIMIT ? OFFSET ?"
        args += [limit, offset]
        with self._lock:
            rows = self._db.execute(sql, args).fetchall()
        return [json.loads(r[0]) for r in rows]

    def texts(
        self, org: str, coll: str, *, limit: int = -1, offset: int = 0, array: str = ""
    ) -> list[tuple[str, int]]:
        """The JSON texts of the documents of ``(org, coll)`` in the order of creation, as
        stored (a page of a listing joins them without reading each one), each with the
        length of its array at the JSON path ``array`` (e.g. ``$.companies``; 0 when it is
        missing, empty or not named), so the caller parses only the documents it has to
        complete."""
        length = "coalesce(json_array_length(body, ?), 0)" if array else "0"
        with self._lock:
            rows = self._db.execute(
                f"SELECT body, {length} FROM docs "
                "WHERE org=? AND coll=? ORDER BY seq LIMIT ? OFFSET ?",
                ((array,) if array else ()) + (org, coll, limit, offset),
            ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def with_external_id(self, org: str, coll: str, external_id: str) -> list[JsonDict]:
        """The documents of ``(org, coll)`` whose ``external_id`` is ``external_id``, in the
        order of creation (through an index: a look-up per create stays as fast with 10,000
        documents as with ten)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT body FROM docs WHERE org=? AND coll=? "
                "AND json_extract(body, '$.external_id')=? ORDER BY seq",
                (org, coll, external_id),
            ).fetchall()
        return [json.loads(r[0]) for r in rows]

    def count(self, org: str, coll: str, parent: str | None = None) -> int:
        sql = "SELECT COUNT(*) FROM docs WHERE org=? AND coll=?"
        args: list[Any] = [org, coll]
        if parent is not None:
            sql += " AND parent=?"
            args.append(parent)
        with self._lock:
            row = self._db.execute(sql, args).fetchone()
        return int(row[0])

    def add_numbered(self, org: str, coll: str, body: JsonDict, parent: str = "") -> JsonDict:
        """Insert ``body`` under the next whole-number id of ``(org, coll)`` (1, 2, …), set as
        its ``"id"`` (an integer); returns the stored document."""
        with self._lock:
            row = self._db.execute(
                "SELECT COALESCE(MAX(CAST(id AS INTEGER)), 0) FROM docs WHERE org=? AND coll=?",
                (org, coll),
            ).fetchone()
            doc = {**body, "id": int(row[0]) + 1}
            text = json.dumps(doc, ensure_ascii=False, sort_keys=True)
            self._db.execute(
                "INSERT INTO docs (org, coll, id, parent, body) VALUES (?, ?, ?, ?, ?)",
                (org, coll, str(doc["id"]), parent, text),
            )
            self.version += 1
        return doc
