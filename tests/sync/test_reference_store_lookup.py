"""The reference server finds documents by external id through an index, not by reading every
document (a create checks its external id is free: reading all made pushes quadratic)."""

from __future__ import annotations

import json
from pathlib import Path

from app.sync.reference_server.store import DocumentStore


def test_documents_are_found_by_external_id_in_creation_order_through_the_index(
    tmp_path: Path,
) -> None:
    store = DocumentStore(tmp_path / "server.sqlite3")
    try:
        store.put("org", "contacts", "a", {"id": "a", "external_id": "k-1"})
        store.put("org", "contacts", "b", {"id": "b", "external_id": "k-2"})
        store.put("org", "contacts", "c", {"id": "c", "external_id": "k-1"})
        store.put("org", "companies", "d", {"id": "d", "external_id": "k-1"})
        store.put("other", "contacts", "e", {"id": "e", "external_id": "k-1"})
        store.put("org", "contacts", "f", {"id": "f"})

        found = store.with_external_id("org", "contacts", "k-1")
        assert [doc["id"] for doc in found] == ["a", "c"]
        assert store.with_external_id("org", "contacts", "k-3") == []

        plan = store._db.execute(
            "EXPLAIN QUERY PLAN SELECT body FROM docs WHERE org=? AND coll=? "
            "AND json_extract(body, '$.external_id')=? ORDER BY seq",
            ("org", "contacts", "k-1"),
        ).fetchall()
        assert any("docs_external_id" in str(step[-1]) for step in plan), plan
    finally:
        store.close()


def test_a_page_of_texts_is_read_in_creation_order_without_sorting_the_collection(
    tmp_path: Path,
) -> None:
    store = DocumentStore(tmp_path / "server.sqlite3")
    try:
        for i in range(6):
            links = [{"id": f"c{j}"} for j in range(i % 3)]
            store.put("org", "contacts", f"p{i}", {"id": f"p{i}", "external_id": f"k-{i}",
                                                   "companies": links})  # fmt: skip
        store.put("org", "companies", "c0", {"id": "c0"})
        store.put("org", "contacts", "p1", {"id": "p1", "companies": [], "changed": True})

        page = store.texts("org", "contacts", limit=3, offset=1, array="$.companies")
        assert [(json.loads(text), n) for text, n in page] == [
            ({"id": "p1", "companies": [], "changed": True}, 0),  # replaced: same place
            (store.get("org", "contacts", "p2"), 2),
            (store.get("org", "contacts", "p3"), 0),
        ]
        assert [n for _, n in store.texts("org", "contacts")] == [0] * 6  # no array named
        assert [json.loads(t) for t, _ in store.texts("org", "contacts")] == store.items(
            "org", "contacts"
        )

        plan = store._db.execute(
            "EXPLAIN QUERY PLAN SELECT body FROM docs WHERE org=? AND coll=? "
            "ORDER BY seq LIMIT ? OFFSET ?",
            ("org", "contacts", 3, 1),
        ).fetchall()
        assert not any("TEMP B-TREE" in str(step[-1]) for step in plan), plan
    finally:
        store.close()
