"""Placeholder customers and customer lists between two databases through the server."""

from __future__ import annotations

from datetime import date

from app.domain.models import PlaceholderCustomer
from app.store.sync_state import SyncStateRepository
from tests.sync.conftest import Kontor
from tests.sync.test_engine import MakeKontor, person_named


def _by_remote(k: Kontor, remote_id: str) -> str:
    with k.services.db.reading() as conn:
        for record in SyncStateRepository(conn).records():
            if record.remote_id == remote_id:
                return record.local_id
    raise AssertionError(remote_id)


def _remote(k: Kontor, local_id: str) -> str:
    with k.services.db.reading() as conn:
        record = SyncStateRepository(conn).record(local_id)
    assert record is not None and record.remote_id is not None
    return record.remote_id


def test_placeholder_customers_sync_both_ways_and_conflict_per_field(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    made = a.services.placeholders.save(
        PlaceholderCustomer(name="Walk-in Gent", customer_id="W-1", customer_since=date(2024, 5, 1))
    ).value
    assert made is not None
    assert a.sync().created_remote == 1
    assert b.sync().pulled_new == 1
    on_b = b.services.placeholders.get(_by_remote(b, _remote(a, made.id)))
    assert on_b is not None and (on_b.name, on_b.customer_id) == ("Walk-in Gent", "W-1")

    # Different fields merge; the same field is a conflict with both values.
    a.services.placeholders.save(made.model_copy(update={"name": "Walk-in Gent Centrum"}))
    b.services.placeholders.save(on_b.model_copy(update={"customer_id": "W-9"}))
    assert a.sync().complete
    merged = b.sync()
    assert merged.complete and merged.conflicts == 0
    assert b.sync().complete and a.sync().complete
    for k, local_id in ((a, made.id), (b, on_b.id)):
        found = k.services.placeholders.get(local_id)
        assert found is not None
        assert (found.name, found.customer_id) == ("Walk-in Gent Centrum", "W-9")

    a.services.placeholders.save(
        a.services.placeholders.get(made.id).model_copy(update={"name": "From A"})  # type: ignore[union-attr]
    )
    b.services.placeholders.save(
        b.services.placeholders.get(on_b.id).model_copy(update={"name": "From B"})  # type: ignore[union-attr]
    )
    a.sync()
    assert b.sync().conflicts == 1
    [issue] = b.services.sync.issues()
    [choice] = issue.choices
    assert (choice.mine, choice.theirs) == ("From B", "From A")
    b.services.sync.resolve(issue.id, {choice.key: "theirs"})
    assert b.services.placeholders.get(on_b.id).name == "From A"  # type: ignore[union-attr]
    assert b.sync().complete and b.services.sync.issues() == []

    # A delete reaches the other side (into its trash).
    a.services.placeholders.trash(made.id)
    assert a.sync().deleted_remote == 1
    assert b.sync().deleted_local == 1
    assert b.services.placeholders.get(on_b.id).deleted_at is not None  # type: ignore[union-attr]


def test_customer_lists_sync_with_members_merged_as_a_set(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    ann, bob, cas = (a.add(person_named(n)) for n in ("Ann", "Bob", "Cas"))
    made = a.services.customer_lists.create("Christmas cards").value
    assert made is not None
    a.services.customer_lists.add_members(made.id, [ann.id, bob.id])
    queued = {p.name: p for p in a.services.sync.pending()}
    assert queued["Christmas cards"].op == "create"
    assert queued["Christmas cards"].kind == "customer_list"
    assert a.sync().complete
    assert b.sync().complete
    list_b = _by_remote(b, _remote(a, made.id))
    members_b = b.services.customer_lists.get(list_b).member_ids  # type: ignore[union-attr]
    assert sorted(b.get(m).name for m in members_b) == ["Ann", "Bob"]

    # A adds Cas, B removes Bob and renames the list: all of it survives.
    a.services.customer_lists.add_members(made.id, [cas.id])
    bob_b = next(m for m in members_b if b.get(m).name == "Bob")
    b.services.customer_lists.remove_members(list_b, [bob_b])
    b.services.customer_lists.rename(list_b, "Christmas cards 2026")
    assert a.sync().complete
    assert b.sync().complete
    assert a.sync().complete
    for k, list_id in ((a, made.id), (b, list_b)):
        found = k.services.customer_lists.get(list_id)
        assert found is not None and found.name == "Christmas cards 2026"
        assert sorted(k.get(m).name for m in found.member_ids) == ["Ann", "Cas"]
