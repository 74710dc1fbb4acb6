"""Helpers that compare whole address books: each workstation's against the server's."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from app.domain.enums import ContactKind
from app.store import schema as s
from app.sync.documents import SharedIds, contact_from_document, document
from tests.sync.conftest import Kontor
from tests.sync.test_engine import server_view

KINDS = (ContactKind.ORGANIZATION, ContactKind.INDIVIDUAL)


def live_ids(k: Kontor) -> list[str]:
    with k.services.db.reading() as conn:
        rows = conn.execute(select(s.contacts.c.id).where(s.contacts.c.deleted_at.is_(None)))
        return sorted(rows.scalars())


def book(k: Kontor) -> dict[str, dict[str, Any]]:
    """Every contact not in the trash, as the server would see it, by remote id (a contact
    without a remote id is listed under its name: it must not exist)."""
    out: dict[str, dict[str, Any]] = {}
    for contact_id in live_ids(k):
        contact = k.get(contact_id)
        out[contact.remote_id or f"not sent: {contact.name}"] = server_view(k, contact)
    return out


def server_book(k: Kontor) -> dict[str, dict[str, Any]]:
    """Every contact the server has (tombstones left out), in the same shape as
    :func:`book`, read straight from the server's documents."""
    out: dict[str, dict[str, Any]] = {}
    for kind in KINDS:
        listing = k.client.list_all(kind)
        assert listing.complete
        for item in listing.items:
            if item.get("deleted"):
                continue
            body = k.client.get_details(kind, str(item["id"])).body
            assert isinstance(body, dict)
            details = {key: v for key, v in body.items() if key not in ("tags", "images")}
            out[str(item["id"])] = {
                **_normalised(details, kind),
                "tags": sorted(str(t["name"]) for t in body.get("tags") or []),
                "images": len(body.get("images") or []),
            }
    return out


def _normalised(details: dict[str, Any], kind: ContactKind) -> dict[str, Any]:
    """The server's details passed through the reader and writer once, so both books are
    written by the same hand (field order, empty values)."""
    from app.sync import wire

    class Same(SharedIds):
        def local_id(self, remote_id: str) -> str | None:
            return remote_id

        def remote_id(self, local_id: str) -> str | None:
            return local_id

    ids = Same()
    contact = contact_from_document(document(details, [], []), kind, ids)
    view: dict[str, Any] = wire.details_to_wire(contact, ids, full=True)
    return view


def comparable(view: dict[str, Any]) -> dict[str, Any]:
    return {**view, "images": len(view["images"])}


def assert_books_equal(*sides: Kontor) -> None:
    """Every workstation holds exactly what the server holds, and nothing is left unsent."""
    server = server_book(sides[0])
    for k in sides:
        mine = {rid: comparable(view) for rid, view in book(k).items()}
        assert sorted(mine) == sorted(server), k
        for rid, view in mine.items():
            assert view == server[rid], (
                k,
                view[
                    "individual_contact" if "individual_contact" in view else "organization_contact"
                ],
            )
        assert k.services.sync.pending_count() == 0
        assert k.services.sync.issues() == []
