"""The reference server finds documents by external id through an index, not by reading every
document (a create checks its external id is free: reading all made pushes quadratic)."""

from __future__ import annotations

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
