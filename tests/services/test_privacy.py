"""Privacy requests: everything about a person exported, and a person erased for good."""

from __future__ import annotations

import base64
import json
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from app.domain.models import (
    AlternativePayerRole,
    CustomerRole,
    DeliveryAndInvoicingConfiguration,
    Email,
    Image,
    IndividualContact,
    Phone,
    SupplierRole,
)
from app.services.privacy import (
    ErasureMode,
    ErasureRefusedError,
    PersonNotFoundError,
    Privacy,
)
from app.services.registry import Services
from app.store import schema as s
from app.store.database import Database
from app.store.migrations import open_database
from app.store.unit_of_work import unit_of_work
from tests.store.factories import PNG_1X1, organization, person, relationship

NAME = "Dr. An Peeters-Vandamme"
EMAIL = "an.vandamme@private.example"
PHONE = "+32 470 55 66 77"
NEW_PHONE = "+32 471 88 99 00"


def _book(db: Database) -> tuple[Services, IndividualContact]:
    """A book with a fully populated person: work, relationships both ways, roles, tags, a
    picture, customer lists and a link to an account."""
    services = Services.over(db)
    org = organization()
    an = person(org, NAME)
    an.emails = [Email(type="PERSONAL_EMAIL", address=EMAIL, usage_context="PERSONAL")]
    an.phones = [Phone(type="MOBILE", number=PHONE, usage_context="PERSONAL")]
    an.customer_role = CustomerRole(
        customer_id="C-777",
        is_active=True,
        customer_since=date(2020, 1, 1),
        debtor_account_id="D-7",
        delivery_and_invoicing_configurations=[
            DeliveryAndInvoicingConfiguration(invoice_address_id=an.addresses[0].id)
        ],
    )
    an.alternative_payer_role = AlternativePayerRole(
        alternative_payer_id="AP-7", since=date(2022, 1, 1)
    )
    an.supplier_role = SupplierRole(
        supplier_id="S-9", supplier_since=date(2021, 1, 1), creditor_account_id="CR-9"
    )
    an.images = [Image(media_type="image/png", data=PNG_1X1, width=1, height=1)]
    partner = IndividualContact(name="Bert Vandamme")
    an.personal_relationships = [relationship(partner)]
    with unit_of_work(db) as uow:
        uow.contacts.save(org)
        uow.contacts.save(partner)
        stored = uow.contacts.save(an)
        uow.contacts.save(partner.model_copy(update={"personal_relationships": [relationship(an)]}))
    lists = services.customer_lists
    for name in ("Newsletter", "Christmas cards"):
        created = lists.create(name).value
        assert created is not None
        lists.add_members(created.id, [stored.id])
    # Edits here: the journal holds old values (the old phone) and there is an undo step.
    draft = services.directory.get(stored.id)
    assert draft is not None
    draft.phones[0].number = NEW_PHONE
    assert services.history.save(draft).saved
    assert services.history.can_undo
    with db.transaction() as conn:
        conn.execute(
            s.sync_records.insert().values(
                account_id=1,
                local_id=stored.id,
                aggregate="contact",
                kind="individual",
                remote_id="remote-an",
                base={"details": {"name": NAME, "emails": [{"email": EMAIL}]}},
                base_hash="h",
                base_ids={},
                remote_gone=False,
            )
        )
    return services, stored


# The rows about a person, by the test's own reading of the schema.
def _store_rows(path: Path, contact_id: str) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    pis = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM professional_identities WHERE contact_id = ?", (contact_id,)
        )
    ]
    marks = ",".join("?" * len(pis)) or "''"
    point_where = f"contact_id = ? OR professional_identity_id IN ({marks})"
    queries = {
        "contacts": ("id = ?", [contact_id]),
        "professional_identities": ("contact_id = ?", [contact_id]),
        "professional_identity_departments": (f"professional_identity_id IN ({marks})", pis),
        "professional_identity_locations": (f"professional_identity_id IN ({marks})", pis),
        "personal_relationships": ("contact_id = ? OR related_contact_id = ?", [contact_id] * 2),
        "customer_roles": ("contact_id = ?", [contact_id]),
        "delivery_configurations": ("contact_id = ?", [contact_id]),
        "supplier_roles": ("contact_id = ?", [contact_id]),
        "alternative_payer_roles": ("contact_id = ?", [contact_id]),
        "contact_tags": ("contact_id = ?", [contact_id]),
        "images": ("contact_id = ?", [contact_id]),
        "customer_list_members": ("contact_id = ?", [contact_id]),
        "contact_keys": ("contact_id = ?", [contact_id]),
        "change_journal": ("aggregate_id = ?", [contact_id]),
        "sync_records": ("local_id = ?", [contact_id]),
        "sync_outbox": ("local_id = ?", [contact_id]),
        **{
            t: (point_where, [contact_id, *pis])
            for t in ("addresses", "emails", "phones", "web_addresses")
        },
    }
    json_columns = {
        (t.name, c.name)
        for t in s.metadata.sorted_tables
        for c in t.columns
        if c.type.__class__.__name__ == "JSON"
    }
    found: dict[str, list[dict[str, Any]]] = {}
    for table, (where, params) in queries.items():
        rows = []
        for row in conn.execute(f"SELECT * FROM {table} WHERE {where}", params):
            values = dict(row)
            for key, value in values.items():
                if isinstance(value, bytes):
                    values[key] = base64.b64encode(value).decode("ascii")
                elif (table, key) in json_columns and isinstance(value, str):
                    values[key] = json.loads(value)
            rows.append(values)
        found[table] = rows
    conn.close()
    return found


def _key(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True)


def test_the_export_holds_every_row_and_field_the_store_holds(tmp_path: Path) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services, an = _book(db)
    privacy = Privacy(db, services.history)

    exported = privacy.write_export(an.id, tmp_path / "out")
    db.close()

    data = json.loads((tmp_path / "out" / f"{exported.files[0].name}").read_text(encoding="utf-8"))
    expected = _store_rows(path, an.id)
    for table, rows in expected.items():
        assert rows, f"the book holds no {table} rows about the person: the test lost its data"
        got = sorted(_key(r) for r in data["tables"].get(table, []))
        assert got == sorted(_key(r) for r in rows), table
    # Every table about the person, and every column of the contact, as stored.
    person_row = expected["contacts"][0]
    assert set(data["tables"]["contacts"][0]) == set(person_row)
    assert person_row["name"] == NAME and person_row["date_of_birth"] == "1980-02-29"
    # The readable parts: lists, relationships both ways, roles, accounts, history.
    assert sorted(x["name"] for x in data["customer_lists"]) == ["Christmas cards", "Newsletter"]
    directions = {(r["direction"], r["name"]) for r in data["relationships"]}
    assert ("own", "Bert Vandamme") in directions
    assert ("of another person", "Bert Vandamme") in directions
    assert ("works at", "Brouwerij De Klok NV") in directions
    assert data["roles"]["customer_role"]["customer_id"] == "C-777"
    assert data["roles"]["supplier_role"]["supplier_id"] == "S-9"
    assert [a["remote_id"] for a in data["accounts"]] == ["remote-an"]
    assert any(
        f"Phone 1: {PHONE} → {NEW_PHONE}" in c for h in data["history"] for c in h["changes"]
    )
    vcard = (tmp_path / "out" / exported.files[1].name).read_text(encoding="utf-8")
    assert "BEGIN:VCARD" in vcard and EMAIL in vcard and NEW_PHONE in vcard
    assert NAME in exported.report and "History" in exported.report


def test_a_person_is_found_by_e_mail_or_id(tmp_db: Database) -> None:
    services, an = _book(tmp_db)
    privacy = Privacy(tmp_db, services.history)
    assert privacy.find(EMAIL.upper()).id == an.id
    assert privacy.find(an.id).id == an.id
    with pytest.raises(PersonNotFoundError, match="No contact"):
        privacy.find("nobody@nowhere.example")
    # The work e-mail is the organization's too: two contacts have it.
    with pytest.raises(PersonNotFoundError, match="2 contacts"):
        privacy.find("info@klok.example")


def _needles() -> list[bytes]:
    found: list[bytes] = []
    for value in (NAME, EMAIL, PHONE, NEW_PHONE, PHONE.replace(" ", ""), "Peeters-Vandamme"):
        for form in (value, value.casefold(), json.dumps(value)[1:-1]):
            found.append(form.encode("utf-8"))
    return found


def _file_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    for suffix in ("-wal", "-journal"):
        extra = path.with_name(path.name + suffix)
        if extra.exists():
            data += extra.read_bytes()
    return data


@pytest.mark.parametrize("mode", [ErasureMode.DELETE, ErasureMode.ANONYMISE])
def test_after_erasure_the_database_file_holds_none_of_the_person(
    tmp_path: Path, mode: ErasureMode
) -> None:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    services, an = _book(db)
    privacy = Privacy(db, services.history)
    before = _file_bytes(path)
    assert all(n in before for n in (NAME.encode(), EMAIL.encode())), "nothing to erase"
    plan = privacy.plan_erasure(an.id)
    assert plan.must_keep and "customer id C-777" in plan.keep_reason
    assert plan.suggested is ErasureMode.ANONYMISE

    result = privacy.erase(an.id, mode)

    assert result.journal_entries_wiped > 0 and result.undo_steps_dropped >= 1
    assert not services.history.can_undo or an.id not in "".join(services.history.undo_text or "")
    kept = services.directory.get(an.id)
    if mode is ErasureMode.DELETE:
        assert kept is None
    else:
        assert kept is not None and kept.customer_role is not None
        assert kept.customer_role.customer_id == "C-777" and kept.emails == []
        assert kept.name.startswith("Anonymised")
    # Searching finds nothing any more.
    assert services.directory.count(search="vandamme@private") == 0
    db.close()
    data = _file_bytes(path)
    leaks = [n.decode() for n in _needles() if n in data]
    assert leaks == []


def test_an_organization_people_work_at_cannot_be_deleted(tmp_db: Database) -> None:
    services, an = _book(tmp_db)
    privacy = Privacy(tmp_db, services.history)
    org_id = an.professional_identities[0].organization_contact
    with pytest.raises(ErasureRefusedError, match="works there"):
        privacy.erase(org_id, ErasureMode.DELETE)
    assert services.directory.get(org_id) is not None


def test_an_organization_read_from_a_kanbert_company_is_erased_here_only(
    tmp_db: Database,
) -> None:
    from app.store.accounts import AccountRepository
    from app.sync.accounts import Account

    services = Services.over(tmp_db)
    org = organization()
    with unit_of_work(tmp_db) as uow:
        uow.contacts.save(org)
    with tmp_db.transaction() as conn:
        kanbert = AccountRepository(conn).save(
            Account(type="kanbert", name="Kanbert office", base_url="http://kanbert.invalid")
        )
        conn.execute(
            s.sync_records.insert().values(
                account_id=kanbert.id,
                local_id=org.id,
                aggregate="contact",
                kind="organization",
                remote_id="company-1",
                base={"id": "company-1", "name": org.name},
                base_ids={},
                remote_gone=False,
            )
        )
    privacy = Privacy(tmp_db, services.history)
    plan = privacy.plan_erasure(org.id)
    [linked] = plan.accounts
    assert linked.account == "Kanbert office" and linked.read_only
    assert "neither deletes nor changes it there" in linked.note
    assert plan.can_delete  # nothing to hold back: nothing is sent there
    done = privacy.erase(org.id, ErasureMode.DELETE)
    assert [a.note for a in done.accounts] == [linked.note]
    assert services.directory.get(org.id) is None


def test_the_retention_list_names_people_unchanged_for_the_years_set(tmp_db: Database) -> None:
    services, an = _book(tmp_db)
    privacy = Privacy(tmp_db, services.history)
    assert privacy.retention_years() == 5
    privacy.set_retention_years(3)
    assert privacy.retention_years() == 3
    with pytest.raises(ValueError, match="1 to 100"):
        privacy.set_retention_years(0)
    from datetime import UTC, datetime, timedelta

    now = datetime.now(UTC)
    assert privacy.retention(now=now) == []
    later = privacy.retention(now=now + timedelta(days=365 * 3 + 2))
    assert {c.name for c in later} == {NAME, "Bert Vandamme"}
    done, refused = privacy.erase_many([c.contact_id for c in later], ErasureMode.DELETE)
    assert refused == []
    # The customer is anonymised (accounting keeps the record), the other deleted.
    assert {r.mode for r in done} == {ErasureMode.ANONYMISE, ErasureMode.DELETE}
    assert services.directory.get(an.id) is not None
