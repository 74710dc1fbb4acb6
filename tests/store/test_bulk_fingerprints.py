"""Contacts added in bulk are fingerprinted from the rows written (for the undo of a large
import): the same fingerprints as reading their rows back gives."""

from __future__ import annotations

from app.domain.models import Tag
from app.services.demo_data import generate_contacts
from app.store.bulk_contacts import fingerprints_of_writes
from app.store.database import Database
from app.store.snapshots import fingerprints, read_rows
from app.store.unit_of_work import unit_of_work
from tests.store import factories


def test_the_fingerprints_of_written_rows_equal_the_ones_read_back(db: Database) -> None:
    with unit_of_work(db) as uow:
        # A tag the book holds already: the contacts get it under the book's id and name.
        uow.contacts.add(factories.organization("Held before"))
    org = factories.organization()
    an = factories.person(org)
    factories.link_leaders(org, an)
    bert = factories.person(org, "Bert Claes")
    bert.personal_relationships = [factories.relationship(an)]
    bert.tags = [Tag(name="VIP"), Tag(name="new one")]
    generated = list(generate_contacts(60, seed=7))
    with unit_of_work(db) as uow, fingerprints_of_writes() as written:
        uow.contacts.add_many([org, an, bert])
        uow.contacts.add_many(generated, batch_size=25)
    ids = [c.id for c in (org, an, bert, *generated)]
    assert set(written) == set(ids)
    with db.reading() as conn:
        assert written == fingerprints(read_rows(conn, ids, search=False))


def test_fingerprints_are_collected_only_inside_the_block(db: Database) -> None:
    with fingerprints_of_writes() as written:
        pass
    with unit_of_work(db) as uow:
        uow.contacts.add_many([factories.organization()])
    assert written == {}
