"""The duplicate keys kept beside each contact, and revision 0005 filling them."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.domain.keys import contact_keys, phone_key, vat_key
from app.domain.models import Address, Email, IndividualContact, OrganizationContact, Phone
from app.store import migrations
from app.store.database import Database
from app.store.unit_of_work import unit_of_work


def _keys(db: Database, contact_id: str) -> set[tuple[str, str]]:
    with db.reading() as conn:
        rows = conn.exec_driver_sql(
            "SELECT kind, key FROM contact_keys WHERE contact_id = ?", (contact_id,)
        )
        return {(r[0], r[1]) for r in rows}


def test_phone_numbers_in_any_common_format_give_one_key() -> None:
    same = {"+32 9 123 45 67", "09/123.45.67", "0032 9 123 45 67", "+32 9 1234567"}
    assert {phone_key(n) for n in same} == {"3291234567"}
    assert phone_key("030 1234567", "DE") == "49301234567"
    assert phone_key("12") is None
    assert vat_key("be 0415.928.179") == "BE0415928179"


def test_keys_follow_every_save_and_go_with_the_contact(tmp_db: Database) -> None:
    person = IndividualContact(
        name="Key Holder",
        emails=[Email(address=" Key@Holder.BE ")],
        phones=[Phone(number="030 1234567")],
        addresses=[Address(full_address="x", city="Berlin", country_code="DE")],
    )
    with unit_of_work(tmp_db) as uow:
        uow.contacts.add(person)
    assert _keys(tmp_db, person.id) == {("email", "key@holder.be"), ("phone", "49301234567")}
    assert _keys(tmp_db, person.id) == contact_keys(person)
    with unit_of_work(tmp_db) as uow:
        uow.contacts.save(person.model_copy(update={"emails": []}))
    assert _keys(tmp_db, person.id) == {("phone", "49301234567")}
    with unit_of_work(tmp_db) as uow:
        uow.contacts.purge(person.id)
    assert _keys(tmp_db, person.id) == set()
    with unit_of_work(tmp_db) as uow:
        org = OrganizationContact(name="Many", vat_number="BE 0415.928.179")
        uow.contacts.add_many([org])
    assert _keys(tmp_db, org.id) == {("vat", "BE0415928179")}


def test_revision_0005_fills_the_keys_of_an_existing_book(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    migrations.upgrade(path, target="0004")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO contacts (id, kind, name, sort_name, created_at, updated_at, "
            "representatives, founders, leaders, custom_fields, remote_deleted, extra, "
            "vat_number) VALUES ('c1', 'organization', 'Old', 'old', "
            "'2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00', "
            "'[]', '[]', '[]', '{}', 0, '{}', 'BE0415.928.179')"
        )
        conn.execute(
            "INSERT INTO emails (id, contact_id, position, type, usage_context, address, extra)"
            " VALUES ('e1', 'c1', 0, 'WORK_EMAIL', 'ORGANIZATION', 'Info@Old.be', '{}')"
        )
        conn.execute(
            "INSERT INTO phones (id, contact_id, position, type, usage_context, number, "
            "usages, extra) VALUES ('p1', 'c1', 0, 'MAIN', 'ORGANIZATION', '09 123 45 67', "
            "'[]', '{}')"
        )
    migrations.upgrade(path)
    db = Database.open(path)
    assert _keys(db, "c1") == {
        ("email", "info@old.be"),
        ("phone", "3291234567"),
        ("vat", "BE0415928179"),
    }
    db.close()
