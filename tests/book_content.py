"""Everything a book holds, read with plain sqlite3, for tests that hold two ways of writing
the same contacts to the same book."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

Content = dict[str, list[tuple[Any, ...]]]


def book_content(path: Path, *, search_index: str = "tables", json_null: bool = False) -> Content:
    """Every row of every table with its rowid, sorted; transaction ids (new for each write)
    and the moment the book was made left out.

    ``search_index``: ``"tables"`` reads the full-text index through its own tables (their
    rowids and blobs too), ``"content"`` through the rowid, contact and body it was given.
    ``json_null``: a JSON column without a value reads as None whether it holds SQL NULL (a
    bulk insert) or JSON null (a save through SQLAlchemy's JSON type)."""
    plain = sqlite3.connect(path)
    try:
        tables = plain.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name != 'sqlite_sequence'"
        ).fetchall()
        content: Content = {}
        for name, sql in tables:
            if "VIRTUAL TABLE" in str(sql).upper():
                continue  # read through its own tables, or its content below
            if search_index == "content" and str(name).startswith("contact_search"):
                continue
            columns = [
                f'"{row[1]}"'
                for row in plain.execute(f'PRAGMA table_info("{name}")')
                if row[1] != "txn_id" and (name, row[1]) != ("accounts", "created_at")
            ]
            key = "" if "WITHOUT ROWID" in str(sql).upper() else "rowid, "
            rows = plain.execute(f'SELECT {key}{", ".join(columns)} FROM "{name}"').fetchall()
            if json_null:
                rows = [tuple(None if v == "null" else v for v in row) for row in rows]
            content[str(name)] = sorted(rows, key=repr)
        if search_index == "content":
            content["contact_search"] = plain.execute(
                "SELECT rowid, contact_id, body FROM contact_search ORDER BY rowid"
            ).fetchall()
    finally:
        plain.close()
    return content
