"""The inserts a bulk write prepares are the ones the rows of its contacts give: the
parameter tuples made straight from the models equal :func:`insert_statement` of the rows
:func:`contact_rows` makes, value for value."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime

from app.domain.models import AnyContact, Tag
from app.services.demo_data import generate_contacts
from app.store import rows as r
from app.store import schema as s
from app.store.bulk import insert_statement
from app.store.bulk_contacts import key_rows, prepare_batch
from app.store.journal import JournalStamp
from tests.store import factories

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def _contacts() -> list[AnyContact]:
    org = factories.organization()
    an = factories.person(org)
    factories.link_leaders(org, an)
    an.emails[0].extra = {"": [], "nested": {"k": ["ä", None]}}
    return [org, an, *generate_contacts(30, seed=11, moment=NOW)]


def test_prepared_inserts_equal_the_inserts_of_the_contacts_rows() -> None:
    contacts = _contacts()
    stamp = JournalStamp("txn", NOW, "user")
    prepared = prepare_batch(contacts, lambda tag: tag, 100, stamp)
    found = {sql.split('"')[1]: (sql, params) for sql, params in prepared.statements[:-2]}
    del found[s.contact_tags.name]  # tags of the same name made one (held by other tests)

    rows: r.RowSet = defaultdict(list)
    for rowid, contact in enumerate(contacts, start=100):
        stored = contact.model_copy(update={"created_at": contact.created_at or NOW})
        r.add_contact_rows(rows, stored, NOW)
        rows[s.contacts][-1]["search_rowid"] = rowid
        rows[s.contact_keys] += key_rows(stored)
    expected = {
        table.name: insert_statement(table, table_rows)
        for table, table_rows in rows.items()
        if table_rows
    }
    assert set(found) == set(expected)
    for name, (sql, params) in expected.items():
        assert found[name][0] == sql, name
        assert found[name][1] == params, name
    # Contact points of people and of their identities, every kind of them.
    for table in s.CONTACT_POINT_TABLES.values():
        assert found[table.name][1], table.name
    assert any(row[2] is None and row[3] for row in found[s.emails.name][1])


def test_tags_keep_their_canonical_ids() -> None:
    held = Tag(name="vip")
    contacts = _contacts()[:2]
    prepared = prepare_batch(
        contacts, lambda tag: held, 1, JournalStamp("txn", NOW, "user"), owned=False
    )
    [(_, links)] = [(sql, p) for sql, p in prepared.statements if '"contact_tags"' in sql]
    assert {link[1] for link in links} == {held.id}
