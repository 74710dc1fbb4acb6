"""Sync of whole contact aggregates between Kontor databases through the reference server."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.domain.models import AnyContact, Email, IndividualContact, OrganizationContact
from app.store.sync_state import SyncStateRepository
from app.sync import wire
from app.sync.documents import SharedIds, record_ids
from app.sync.reference_server import Faults, RunningServer
from tests.store import factories as f
from tests.sync.conftest import TOKEN, Kontor

MakeKontor = Callable[..., Kontor]


def fresh_pair() -> tuple[OrganizationContact, IndividualContact]:
    """An organization and a person working there, never synced (no remote ids)."""
    org = f.organization()
    someone = f.person(org)
    for entity in wire.iter_entities(org, someone):
        entity.remote_id = None
    org.external_id = None
    someone.external_id = None
    assert org.customer_role is not None
    org.customer_role.alternative_payer = None
    for config in org.customer_role.delivery_and_invoicing_configurations:
        config.alternative_payer = None
    org.customer_role.debtor_account_id = None
    assert org.supplier_role is not None
    org.supplier_role.creditor_account_id = None
    assert org.alternative_payer_role is not None
    org.alternative_payer_role.debtor_account_id = None
    return org, someone


def server_view(k: Kontor, contact: AnyContact) -> dict[str, Any]:
    """The contact as the server sees it (remote ids, API fields only)."""
    with k.services.db.reading() as conn:
        shared = SharedIds()
        for local, remote in SyncStateRepository(conn).shared_remote_ids():
            shared.add(local, remote)
    ids = record_ids(shared, {}, contact)
    view = wire.details_to_wire(contact, ids, full=True)
    view["tags"] = sorted(t.name for t in contact.tags)
    view["images"] = [i.data for i in contact.images]
    return view


def by_remote(k: Kontor, remote_id: str) -> AnyContact:
    with k.services.db.reading() as conn:
        for record in SyncStateRepository(conn).records():
            if record.remote_id == remote_id:
                return k.get(record.local_id)
    raise AssertionError(f"no local contact for {remote_id}")


def test_two_databases_converge_with_every_sub_resource(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    org, someone = fresh_pair()
    org = a.add(org)
    someone = a.add(someone)

    first = a.sync()
    assert first.complete, first.messages
    assert first.created_remote == 2
    pulled = b.sync()
    assert pulled.complete, pulled.messages
    assert pulled.pulled_new == 2

    org_a, person_a = a.get(org.id), a.get(someone.id)
    assert org_a.remote_id and person_a.remote_id
    org_b, person_b = by_remote(b, org_a.remote_id), by_remote(b, person_a.remote_id)
    assert server_view(b, org_b) == server_view(a, org_a)
    assert server_view(b, person_b) == server_view(a, person_a)
    assert len(person_b.professional_identities[0].emails) == len(
        someone.professional_identities[0].emails
    )
    assert org_b.customer_role is not None and org_b.customer_role.credit_limit is not None

    again = a.sync()
    assert again.pushed == 0 and again.pulled_updated == 0 and again.complete


# --- helpers ------------------------------------------------------------------------------


def person_named(name: str, email: str | None = None) -> IndividualContact:
    points = {"emails": [Email(address=email, type="PERSONAL_EMAIL")]} if email else {}
    return IndividualContact(name=name, **points)  # type: ignore[arg-type]


def edit(k: Kontor, contact_id: str, **changes: Any) -> AnyContact:
    contact = k.get(contact_id).model_copy(update=changes)
    result = k.services.editing.save(contact)
    assert result.contact is not None, result.problems
    return result.contact


def counterpart(a: Kontor, b: Kontor, contact_id: str) -> AnyContact:
    remote_id = a.get(contact_id).remote_id
    assert remote_id is not None
    return by_remote(b, remote_id)


def issues(k: Kontor) -> list[Any]:
    return k.services.sync.issues()


def pending(k: Kontor) -> int:
    return k.services.sync.pending_count()


def server_contacts(k: Kontor, kind: str = "individual") -> list[dict[str, Any]]:
    listing = k.client.list_all(kind)
    assert listing.complete
    return listing.items


def faults(reference: RunningServer) -> Faults:
    current: Faults = reference.app.state.faults  # type: ignore[attr-defined]
    return current


def shared_pair(a: Kontor, b: Kontor) -> tuple[AnyContact, AnyContact]:
    """A person known to both databases (made on ``a``, pulled by ``b``)."""
    mine = a.add(person_named("Jan Janssens", "jan@klok.be"))
    assert a.sync().complete
    assert b.sync().complete
    return a.get(mine.id), counterpart(a, b, mine.id)


# --- merging and conflicts ----------------------------------------------------------------


def test_edits_of_different_fields_on_each_side_merge(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    on_a, on_b = shared_pair(a, b)
    edit(a, on_a.id, name="Jan Janssens-Peeters")
    assert a.sync().pushed == 1
    extra_email = Email(address="jan.private@klok.be", type="PERSONAL_EMAIL")
    edit(b, on_b.id, emails=[*on_b.emails, extra_email])
    result = b.sync()
    assert result.complete and result.merged == 1 and result.conflicts == 0
    assert a.sync().complete
    merged_a, merged_b = a.get(on_a.id), b.get(on_b.id)
    for contact in (merged_a, merged_b):
        assert contact.name == "Jan Janssens-Peeters"
        assert sorted(e.address for e in contact.emails) == [
            "jan.private@klok.be",
            "jan@klok.be",
        ]
    assert server_view(a, merged_a) == server_view(b, merged_b)
    assert pending(a) == pending(b) == 0


def test_the_same_field_changed_on_both_sides_is_a_conflict_keeping_both_values(
    kontor: MakeKontor,
) -> None:
    a, b = kontor("a"), kontor("b")
    on_a, on_b = shared_pair(a, b)
    edit(a, on_a.id, name="Jan from A")
    a.sync()
    edit(b, on_b.id, name="Jan from B")
    result = b.sync()
    assert result.conflicts == 1
    [issue] = issues(b)
    assert issue.issue == "conflict"
    [choice] = [c for c in issue.choices if c.label.endswith("name")]
    assert (choice.mine, choice.theirs, choice.base) == ("Jan from B", "Jan from A", "Jan Janssens")
    # Nothing lost, nothing overwritten: each side keeps its value until the user decides.
    assert b.get(on_b.id).name == "Jan from B"
    assert a.sync().pulled_updated == 0
    assert a.get(on_a.id).name == "Jan from A"
    assert pending(b) == 1

    b.services.sync.resolve(issue.id, {choice.key: "theirs"})
    assert issues(b) == []
    assert b.get(on_b.id).name == "Jan from A"
    assert b.sync().complete
    assert a.sync().complete
    assert server_view(a, a.get(on_a.id)) == server_view(b, b.get(on_b.id))


def test_keeping_mine_in_a_conflict_sends_it(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    on_a, on_b = shared_pair(a, b)
    edit(a, on_a.id, name="Jan from A")
    a.sync()
    edit(b, on_b.id, name="Jan from B")
    b.sync()
    [issue] = issues(b)
    b.services.sync.resolve(issue.id, {c.key: "mine" for c in issue.choices})
    assert b.sync().pushed == 1
    a.sync()
    assert a.get(on_a.id).name == "Jan from B"


def test_edit_here_against_a_delete_on_the_server_is_a_conflict(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    on_a, on_b = shared_pair(a, b)
    a.services.history.trash(on_a.id)
    assert a.sync().deleted_remote == 1
    edit(b, on_b.id, name="Jan, edited offline")
    result = b.sync()
    assert result.conflicts == 1
    [issue] = issues(b)
    assert issue.issue == "remote_deleted"
    kept = b.get(on_b.id)
    assert kept.name == "Jan, edited offline" and kept.deleted_at is None

    # Keep mine: the contact is made again on the server, and reaches the other side.
    b.services.sync.settle_deleted(issue.id, "mine")
    assert b.sync().created_remote == 1
    assert a.sync().pulled_new == 1
    names = [c["name"] for c in server_contacts(a) if not c.get("deleted")]
    assert names == ["Jan, edited offline"]


def test_delete_here_against_an_edit_on_the_server_is_a_conflict(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    on_a, on_b = shared_pair(a, b)
    edit(a, on_a.id, name="Jan, renamed on A")
    a.sync()
    b.services.history.trash(on_b.id)
    result = b.sync()
    assert result.conflicts == 1 and result.deleted_remote == 0
    [issue] = issues(b)
    assert issue.issue == "local_deleted"
    assert [c["name"] for c in server_contacts(a) if not c.get("deleted")] == ["Jan, renamed on A"]

    # Take theirs: the contact comes back with the server's edit.
    b.services.sync.settle_deleted(issue.id, "theirs")
    restored = b.get(on_b.id)
    assert restored.deleted_at is None and restored.name == "Jan, renamed on A"
    assert pending(b) == 0


def test_a_delete_is_sent_and_the_other_side_follows(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    on_a, on_b = shared_pair(a, b)
    a.services.history.trash(on_a.id)
    assert a.sync().deleted_remote == 1
    assert [c["deleted"] for c in server_contacts(a)] == [True]
    result = b.sync()
    assert result.deleted_local == 1
    assert b.get(on_b.id).deleted_at is not None  # in the trash, restorable


# --- failures -----------------------------------------------------------------------------


def test_a_create_whose_answer_is_lost_makes_exactly_one_contact(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    made = a.add(person_named("Lost Answer", "lost@klok.be"))
    faults(reference).drop_after_apply_path = r"/individual-contacts$"
    faults(reference).drop_after_apply = 1
    first = a.sync()
    # Tried again later in the run: found by its external id, not made a second time.
    assert first.complete and first.created_remote == 0, first.messages
    assert pending(a) == 0
    [only] = server_contacts(a)
    assert only["external_id"] == made.id
    assert a.get(made.id).remote_id == only["id"]
    details = a.client.get_details("individual", only["id"]).body
    assert [e["address"] for e in details["emails"]] == ["lost@klok.be"]


def _synced_people(a: Kontor, b: Kontor, count: int) -> list[AnyContact]:
    made = [a.add(person_named(f"Person {i:02d}")) for i in range(count)]
    assert a.sync().complete
    assert b.sync().complete
    return [counterpart(a, b, m.id) for m in made]


def _trashed(k: Kontor, contacts: list[AnyContact]) -> list[str]:
    return [c.name for c in contacts if k.get(c.id).deleted_at is not None]


def test_a_failing_page_deletes_nothing_and_the_run_is_incomplete(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a, b = kontor("a", page_limit=2), kontor("b", page_limit=2)
    on_b = _synced_people(a, b, 10)  # 5 pages of 2
    a.services.history.trash(a.get(counterpart(b, a, on_b[0].id).id).id)
    assert a.sync().deleted_remote == 1
    faults(reference).fail_pages = frozenset({3})
    result = b.sync()
    assert not result.complete and result.outcome == "incomplete"
    assert _trashed(b, on_b) == []
    # With every page whole, the one deleted on the server goes; the others stay.
    faults(reference).fail_pages = frozenset()
    assert b.sync().complete
    assert _trashed(b, on_b) == ["Person 00"]


def test_a_listing_cut_short_deletes_nothing(kontor: MakeKontor, reference: RunningServer) -> None:
    a = kontor("a")
    raw = a.client
    for i in range(850):
        raw.create("individual", {"name": f"Server person {i:03d}"})
    b = kontor("b")
    assert b.sync().pulled_new == 850
    faults(reference).listing_cutoff = 800
    result = b.sync()
    assert not result.complete
    assert any("nothing was deleted" in m for m in result.messages)
    assert b.services.trash.count() == 0
    assert b.services.directory.count() == 850


def test_a_refused_record_is_shown_with_the_servers_words_and_the_others_sync(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    good = [a.add(person_named(f"Good {i}")) for i in range(3)]
    bad = a.add(person_named("REFUSE-ME Ltd"))
    faults(reference).reject_body_containing = "REFUSE-ME"
    result = a.sync()
    assert result.rejected == 1 and not result.complete
    assert sorted(c["name"] for c in server_contacts(a)) == ["Good 0", "Good 1", "Good 2"]
    [issue] = issues(a)
    assert issue.issue == "rejected" and issue.local_id == bad.id
    assert any("Rejected by the server" in p for p in issue.problems)
    assert a.get(bad.id).name == "REFUSE-ME Ltd"  # the local data is kept
    assert pending(a) == 1
    assert all(a.get(g.id).remote_id for g in good)
    # Not sent again until fixed; the fix is sent and the issue goes.
    assert a.sync().rejected == 0
    edit(a, bad.id, name="Fixed Ltd")
    assert a.sync().complete
    assert issues(a) == [] and pending(a) == 0
    assert "Fixed Ltd" in [c["name"] for c in server_contacts(a)]


def test_401_mid_run_stops_cleanly_keeps_the_outbox_and_never_logs_the_token(
    kontor: MakeKontor, reference: RunningServer, caplog: Any
) -> None:
    a = kontor("a")
    for i in range(6):
        a.add(person_named(f"Queued {i}"))
    caplog.set_level("DEBUG")
    faults(reference).unauthorized_after = 9
    result = a.sync()
    assert result.outcome == "credentials" and not result.complete
    assert any("credentials" in m for m in result.messages)
    sent = len(server_contacts_raw(reference, a))
    assert 0 < sent < 6
    # Whatever was not settled stays queued (a create whose answer came before the 401 is
    # found again by its external id next time).
    assert 6 - sent <= pending(a) <= 6
    everything = caplog.text + repr(result) + "".join(result.messages)
    assert TOKEN not in everything
    faults(reference).unauthorized_after = None
    assert a.sync().complete and pending(a) == 0
    assert len(server_contacts(a)) == 6


def server_contacts_raw(reference: RunningServer, k: Kontor) -> list[Any]:
    saved = faults(reference).unauthorized_after
    faults(reference).unauthorized_after = None
    try:
        return server_contacts(k)
    finally:
        faults(reference).unauthorized_after = saved


def test_unknown_fields_and_enum_values_from_the_server_survive_a_round_trip(
    kontor: MakeKontor, reference: RunningServer, org: str
) -> None:
    a = kontor("a")
    created = a.client.create(
        "individual", {"name": "Has Extras", "loyalty_tier": "gold", "nickname": {"x": 1}}
    )
    rid = created["id"]
    # A newer server knows a phone type and fields this version does not.
    store = reference.app.state.store  # type: ignore[attr-defined]
    phone = {
        "id": "phone-from-the-future",
        "number": "+32 9 123 45 67",
        "type": "SATELLITE_PHONE",
        "usage_context": "PERSONAL",
        "usages": ["VOICE"],
        "carrier": "Iridium",
    }
    store.put(org, "phones", phone["id"], phone, f"individual-contacts:{rid}")
    assert a.sync().pulled_new == 1
    local = by_remote(a, rid)
    assert local.phones[0].type == "SATELLITE_PHONE"
    edit(a, local.id, name="Has Extras, renamed")
    assert a.sync().pushed == 1
    details = a.client.get_details("individual", rid).body
    contact = details["individual_contact"]
    assert contact["name"] == "Has Extras, renamed"
    assert contact["loyalty_tier"] == "gold" and contact["nickname"] == {"x": 1}
    assert details["phones"] == [phone]


def test_more_deletions_than_the_safety_limit_wait_for_the_users_yes(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b", delete_limit=2)
    on_b = _synced_people(a, b, 4)
    for contact in on_b[:3]:
        a.services.history.trash(counterpart(b, a, contact.id).id)
    assert a.sync().deleted_remote == 3
    waiting = b.sync()
    assert waiting.outcome == "needs_confirmation" and waiting.deletions_waiting == 3
    assert not waiting.complete
    assert _trashed(b, on_b) == []
    confirmed = b.sync(allow_mass_delete=True)
    assert confirmed.complete and confirmed.deleted_local == 3
    assert _trashed(b, on_b) == ["Person 00", "Person 01", "Person 02"]


def test_a_server_without_tags_and_pictures_in_details_syncs_the_same(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    reference.app.state.inline_details = False  # type: ignore[attr-defined]
    try:
        a, b = kontor("a"), kontor("b")
        org = a.add(fresh_pair()[0])
        assert a.sync().complete
        assert b.sync().pulled_new == 1
        org_b = by_remote(b, a.get(org.id).remote_id or "")
        assert sorted(t.name for t in org_b.tags) == ["VIP", "Wholesale"]
        assert [i.data for i in org_b.images] == [i.data for i in org.images]
        stats = reference.app.state.stats  # type: ignore[attr-defined]
        stats.reset()
        again = b.sync()
        assert again.complete and again.unchanged == 1
        # Details conditional (304), tags and images listed.
        assert stats.not_modified("GET") == 1
    finally:
        reference.app.state.inline_details = True  # type: ignore[attr-defined]


def test_a_no_change_resync_is_one_conditional_get_per_contact(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    for i in range(5):
        a.add(person_named(f"Quiet {i}"))
    assert a.sync().complete
    stats = reference.app.state.stats  # type: ignore[attr-defined]
    stats.reset()
    result = a.sync()
    assert result.unchanged == 5 and result.pushed == 0
    by_method = stats.by_method()
    assert set(by_method) == {"GET"}
    # Two listings (people, organizations) + placeholders + lists, then one 304 per contact.
    assert stats.not_modified("GET") == 5
    assert by_method["GET"] == 5 + 4
