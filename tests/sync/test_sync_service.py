"""The pending changes and their discarding, as the Pending changes view asks for them."""

from __future__ import annotations

from app.domain.models import Email, Tag
from tests.sync.test_engine import MakeKontor, edit, person_named, server_contacts


def test_pending_lists_creates_updates_and_deletes_with_what_changed(kontor: MakeKontor) -> None:
    a = kontor("a")
    synced = a.add(person_named("Synced Person", "s@klok.be"))
    gone = a.add(person_named("To Be Deleted"))
    assert a.sync().complete
    assert a.services.sync.pending() == []
    new = a.add(person_named("Brand New"))
    edit(a, synced.id, name="Synced Person, renamed")
    a.services.history.trash(gone.id)
    listed = {p.name: p for p in a.services.sync.pending()}
    assert listed["Brand New"].op == "create"
    assert listed["Synced Person, renamed"].op == "update"
    assert listed["Synced Person, renamed"].fields == ["Contact · name"]
    assert listed["To Be Deleted"].op == "delete"
    assert a.services.sync.pending_count() == 3
    assert [p.local_id for p in a.services.sync.pending(offset=1, limit=1)] == [
        a.services.sync.pending()[1].local_id
    ]
    assert new.id in {p.local_id for p in a.services.sync.pending()}


def test_discarding_an_update_puts_back_the_servers_version(kontor: MakeKontor) -> None:
    a = kontor("a")
    synced = a.add(person_named("Original Name", "o@klok.be"))
    assert a.sync().complete
    changed = a.get(synced.id)
    edit(
        a,
        synced.id,
        name="Careless Edit",
        emails=[*changed.emails, Email(address="x@klok.be", type="WORK_EMAIL")],
    )
    restored = a.services.sync.discard(synced.id)
    assert restored is not None and restored.name == "Original Name"
    assert [e.address for e in a.get(synced.id).emails] == ["o@klok.be"]
    assert a.services.sync.pending_count() == 0
    result = a.sync()
    assert result.pushed == 0 and result.complete
    assert [c["name"] for c in server_contacts(a)] == ["Original Name"]


def test_discarding_a_create_moves_the_contact_to_the_trash_and_sends_nothing(
    kontor: MakeKontor,
) -> None:
    a = kontor("a")
    never = a.add(person_named("Never Sent"))
    a.services.sync.discard(never.id)
    assert a.get(never.id).deleted_at is not None
    assert a.services.sync.pending_count() == 0
    assert a.sync().created_remote == 0
    assert server_contacts(a) == []


def test_status_counts_pending_changes_issues_and_the_last_run(kontor: MakeKontor) -> None:
    a = kontor("a")
    a.add(person_named("One"))
    before = a.services.sync.status()
    assert (before.pending, before.issues, before.last_run_at) == (1, 0, None)
    a.sync()
    after = a.services.sync.status()
    assert after.pending == 0 and after.last_outcome == "ok" and after.last_run_at is not None
    assert "1 sent" in after.last_summary


def test_renaming_a_tag_queues_its_contacts_and_the_server_gets_the_new_name(
    kontor: MakeKontor,
) -> None:
    a = kontor("a")
    tagged = a.add(person_named("Tagged").model_copy(update={"tags": [Tag(name="Horeca")]}))
    a.add(person_named("Not Tagged"))
    assert a.sync().complete
    [tag] = [t for t in a.services.tags.all() if t.name == "Horeca"]
    assert a.services.tags.rename(tag.id, "Hospitality").value is not None
    assert [p.local_id for p in a.services.sync.pending()] == [tagged.id]
    assert a.sync().pushed == 1
    remote_id = a.get(tagged.id).remote_id
    assert remote_id is not None
    names = [t["name"] for t in a.client.list_tags("individual", remote_id).items]
    assert names == ["Hospitality"]


def test_a_merge_is_sent_as_an_update_plus_a_delete(kontor: MakeKontor) -> None:
    a = kontor("a")
    keep = a.add(person_named("Els Wouters", "els@klok.be"))
    dup = a.add(person_named("E. Wouters", "e.wouters@klok.be"))
    assert a.sync().complete
    a.services.duplicates.merge(keep.id, dup.id)
    result = a.sync()
    assert result.complete and result.deleted_remote == 1 and result.pushed == 2
    listed = {c["name"]: c for c in server_contacts(a)}
    assert listed["E. Wouters"]["deleted"] is True
    survivor = listed["Els Wouters"]
    details = a.client.get_details("individual", survivor["id"]).body
    assert sorted(e["address"] for e in details["emails"]) == ["e.wouters@klok.be", "els@klok.be"]
