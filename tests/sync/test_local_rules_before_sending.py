"""A record is checked against the local rules before it is sent.

A record that breaks a rule the server checks as well (typically a since-date missing from a
role or a placeholder customer that came from a server that did not require it) is held back
with its problems as a sync issue, "Not sent: <field>: <problem> — fix it here"; nothing of
it reaches the server, the other records go on, and once it is fixed here it is sent."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.domain.models import AlternativePayerRole, CustomerRole, SupplierRole
from app.sync import wire
from app.sync.reference_server import RunningServer
from tests.sync.test_engine import MakeKontor, by_remote, edit, issues, pending, person_named

SINCE = date(2019, 5, 1)

# role attribute -> (server segment, the role as another system left it, field of its date)
LEGACY_ROLES: dict[str, tuple[str, dict[str, Any], str]] = {
    "customer_role": (
        "customer-role",
        {**wire.customer_role_to_wire(CustomerRole(customer_id="K-7"), wire.SimpleIdMap())},
        "customer_since",
    ),
    "supplier_role": (
        "supplier-role",
        {**wire.supplier_role_to_wire(SupplierRole(supplier_id="S-7"), wire.SimpleIdMap())},
        "supplier_since",
    ),
    "alternative_payer_role": (
        "alternative-payer-role",
        wire.alternative_payer_role_to_wire(AlternativePayerRole(alternative_payer_id="P-7")),
        "since",
    ),
}


def _store(reference: RunningServer) -> Any:
    return reference.app.state.store  # type: ignore[attr-defined]


def _live_names(a: Any, kind: str = "individual") -> list[str]:
    listing = a.client.list_all(kind)
    assert listing.complete
    return sorted(str(c["name"]) for c in listing.items if not c.get("deleted"))


@pytest.mark.parametrize("role", list(LEGACY_ROLES))
def test_a_contact_without_a_required_date_is_held_back_until_fixed_here(
    kontor: MakeKontor, reference: RunningServer, org: str, role: str
) -> None:
    segment, legacy, since_field = LEGACY_ROLES[role]
    a = kontor("a")
    # A person whose role another system stored without its since-date.
    rid = a.client.create("individual", {"name": "Legacy Customer"})["id"]
    parent = f"individual-contacts:{rid}"
    body = {k: v for k, v in legacy.items() if k != since_field}
    _store(reference).put(org, segment, parent, {**body, "debtor_account_id": "D-1"}, parent)
    other = a.add(person_named("Other"))
    assert a.sync().complete
    held = by_remote(a, rid)
    assert getattr(getattr(held, role), since_field) is None

    # Deleted on the server while tagged here; the user keeps this side's contact.
    a.client.delete("individual", rid)
    assert a.services.tags.tag_contacts([held.id], "Regular").value
    assert a.sync().conflicts == 1
    [deleted] = issues(a)
    assert deleted.issue == "remote_deleted"
    a.services.sync.settle_deleted(deleted.id, "mine")
    edit(a, other.id, name="Other, edited")

    result = a.sync()
    # The others go on; nothing of the held-back contact reaches the server.
    assert _live_names(a) == ["Other, edited"], result.messages
    assert result.rejected == 1, result.messages
    [issue] = issues(a)
    assert issue.issue == "rejected" and issue.local_id == held.id
    assert issue.problems == [f"Not sent: {role}.{since_field}: enter a date — fix it here"]
    assert issue.message.startswith("Not sent")
    assert pending(a) == 1
    assert any("Legacy Customer" in m and "not sent" in m.lower() for m in result.messages)

    # Run again unchanged: still held back, still nothing sent.
    again = a.sync()
    assert _live_names(a) == ["Other, edited"], again.messages
    assert [i.issue for i in issues(a)] == ["rejected"]

    # Fixed here: sent whole, the issue goes.
    current = getattr(a.get(held.id), role)
    edit(a, held.id, **{role: current.model_copy(update={since_field: SINCE})})
    fixed = a.sync()
    assert fixed.complete and fixed.rejected == 0, fixed.messages
    assert issues(a) == [] and pending(a) == 0
    assert _live_names(a) == ["Legacy Customer", "Other, edited"]
    made = a.get(held.id)
    assert made.remote_id and made.remote_id != rid
    details = a.client.get_details("individual", made.remote_id).body
    assert details[role][since_field] == SINCE.isoformat()
    assert [t["name"] for t in details["tags"]] == ["Regular"]


def test_a_placeholder_customer_without_its_since_date_is_held_back_until_fixed_here(
    kontor: MakeKontor, reference: RunningServer, org: str
) -> None:
    a = kontor("a")
    legacy = {"id": "pc-legacy", "customer_id": "PC-9", "name": "Walk-in", "deleted": False}
    _store(reference).put(org, "placeholder-customers", legacy["id"], legacy)
    assert a.sync().complete
    [placeholder] = a.services.placeholders.page()
    assert placeholder.customer_since is None

    # Deleted on the server while trashed and restored here; this side's copy is kept.
    a.client.delete_placeholder_customer("pc-legacy")
    a.services.placeholders.trash(placeholder.id)
    a.services.placeholders.restore(placeholder.id)
    a.sync()
    [deleted] = issues(a)
    assert deleted.issue == "remote_deleted"
    a.services.sync.settle_deleted(deleted.id, "mine")
    other = a.add(person_named("Other"))

    result = a.sync()
    assert _live_names(a) == ["Other"], result.messages
    listing = a.client.list_placeholder_customers()
    assert [p for p in listing.items if not p.get("deleted")] == []
    [issue] = issues(a)
    assert issue.issue == "rejected" and issue.local_id == placeholder.id
    assert issue.problems == ["Not sent: customer_since: enter a date — fix it here"]
    assert a.get(other.id).remote_id

    draft = a.services.placeholders.get(placeholder.id)
    assert draft is not None
    saved = a.services.placeholders.save(draft.model_copy(update={"customer_since": SINCE}))
    assert saved.value is not None, saved.problems
    fixed = a.sync()
    assert fixed.complete and fixed.rejected == 0, fixed.messages
    assert issues(a) == [] and pending(a) == 0
    [made] = [p for p in a.client.list_placeholder_customers().items if not p.get("deleted")]
    assert made["name"] == "Walk-in" and made["customer_since"] == SINCE.isoformat()
