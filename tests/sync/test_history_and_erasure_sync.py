"""A record's history names the account a change came from; an erased person is deleted
(or anonymised) on the reference server the account is linked to."""

from __future__ import annotations

from collections.abc import Callable

from app.domain.enums import ContactKind
from app.domain.models import Email, IndividualContact, Phone
from app.services.privacy import ErasureMode
from app.store.sync_state import SyncStateRepository
from tests.sync.conftest import Kontor

MakeKontor = Callable[..., Kontor]


def _lies() -> IndividualContact:
    return IndividualContact(
        name="Lies Maes",
        given_name="Lies",
        family_name="Maes",
        emails=[Email(address="lies@maes.example")],
        phones=[Phone(number="+32 470 11 22 33")],
    )


def _remote_id(k: Kontor, local_id: str) -> str:
    with k.services.db.reading() as conn:
        record = SyncStateRepository(conn).record(local_id)
    assert record is not None and record.remote_id is not None
    return record.remote_id


def _by_remote(k: Kontor, remote_id: str) -> IndividualContact:
    with k.services.db.reading() as conn:
        local = next(
            r.local_id for r in SyncStateRepository(conn).records() if r.remote_id == remote_id
        )
    found = k.get(local)
    assert isinstance(found, IndividualContact)
    return found


def test_a_change_pulled_from_the_server_names_its_account(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    lies = a.add(_lies())
    a.sync()
    b.sync()
    theirs = _by_remote(b, _remote_id(a, lies.id))
    theirs.phones[0].number = "+32 471 99 88 77"
    b.add(theirs)
    b.sync()

    a.sync()

    entries = a.services.record_history.of_record(lies.id)
    account = a.services.accounts.links(lies.id)[0].account
    latest = entries[0]
    assert latest.source == "sync" and latest.origin == f"Sync from {account}"
    assert "Phone 1: +32 470 11 22 33 → +32 471 99 88 77" in [c.text() for c in latest.changes]
    assert entries[-1].source == "edit" and entries[-1].action == "Created"


def test_an_erased_person_is_deleted_on_the_linked_account(kontor: MakeKontor) -> None:
    a = kontor("a")
    lies = a.add(_lies())
    a.sync()
    remote_id = _remote_id(a, lies.id)
    assert a.client.get_details(ContactKind.INDIVIDUAL, remote_id).body is not None
    plan = a.services.privacy.plan_erasure(lies.id)
    assert [x.account for x in plan.accounts] and plan.suggested is ErasureMode.DELETE

    a.services.privacy.erase(lies.id, ErasureMode.DELETE)
    summary = a.sync()

    assert summary.deleted_remote == 1
    # The API keeps a deleted contact as a tombstone: the server received the delete.
    body = a.client.get_details(ContactKind.INDIVIDUAL, remote_id).body
    assert body["individual_contact"]["deleted"] is True


def test_an_anonymised_person_is_anonymised_on_the_linked_account(kontor: MakeKontor) -> None:
    a = kontor("a")
    lies = a.add(_lies())
    a.sync()
    remote_id = _remote_id(a, lies.id)

    a.services.privacy.erase(lies.id, ErasureMode.ANONYMISE)
    a.sync()

    body = a.client.get_details(ContactKind.INDIVIDUAL, remote_id).body
    text = str(body)
    assert "Lies" not in text and "lies@maes.example" not in text and "470 11 22 33" not in text
    assert "Anonymised" in text
