"""Two workstations editing the same book through one flaky server, every sync issue settled
either way as the user does it, end with both of them and a fresh third one equal to the
server: nothing lost, nothing doubled, nothing left waiting."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

import pytest

from app.domain.models import Department, Email, Phone
from app.sync.engine import SyncSummary
from app.sync.reference_server import Faults, RunningServer
from tests.sync.books import assert_books_equal, server_book
from tests.sync.conftest import Kontor
from tests.sync.test_engine import MakeKontor, by_remote, edit, fresh_pair, person_named

# How each issue is settled, by the contact it is about.
CONFLICT_CHOICE = {"Same field 1": "mine", "Same field 2": "theirs"}
DELETE_CHOICE = {
    "Edited on A, deleted on B 1": "mine",
    "Edited on A, deleted on B 2": "theirs",
    "Deleted on A, edited on B 1": "mine",
    "Deleted on A, edited on B 2": "theirs",
}
PEOPLE = [
    *CONFLICT_CHOICE,
    "Different fields",
    "Added on both",
    *DELETE_CHOICE,
]
QUIET_FIELDS = (
    "pushed",
    "created_remote",
    "deleted_remote",
    "pulled_new",
    "pulled_updated",
    "merged",
    "deleted_local",
    "conflicts",
    "rejected",
    "deferred",
    "waiting",
)


@dataclass
class Settled:
    """One issue settled: on which workstation, of what kind, which side kept."""

    on: str
    issue: str
    side: str


def set_faults(reference: RunningServer, faults: Faults) -> None:
    reference.app.state.faults = faults  # type: ignore[attr-defined]


def quiet(result: SyncSummary) -> bool:
    return result.complete and not any(getattr(result, f) for f in QUIET_FIELDS)


def settle_all(k: Kontor, name: str, log: dict[str, list[Settled]]) -> int:
    """Settle every open issue of ``k`` the way the Sync issues view does it."""
    found = k.services.sync.issues()
    for issue in found:
        base = issue.name.split(" — ")[0]
        if issue.issue == "conflict":
            side = CONFLICT_CHOICE.get(base, "mine")
            k.services.sync.resolve(issue.id, {c.key: side for c in issue.choices})  # type: ignore[misc]
        elif issue.issue in ("remote_deleted", "local_deleted"):
            side = DELETE_CHOICE.get(base, "mine")
            k.services.sync.settle_deleted(issue.id, side)  # type: ignore[arg-type]
        else:
            raise AssertionError(f"unexpected {issue.issue} on {name}: {issue.problems}")
        log.setdefault(base, []).append(Settled(name, issue.issue, side))
    return len(found)


def live(book: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """The server's contacts by name (every name is used once)."""
    out: dict[str, dict[str, Any]] = {}
    for view in book.values():
        contact = view.get("individual_contact") or view.get("organization_contact")
        assert contact is not None
        name = str(contact["name"])
        assert name not in out, f"{name} twice on the server"
        out[name] = view
    return out


def no_doubles(view: dict[str, Any]) -> None:
    """No item of a contact is on the server twice."""
    for coll in ("emails", "phones", "addresses", "web_addresses", "departments", "locations"):
        items = [
            tuple(sorted((k, str(v)) for k, v in item.items() if k != "id"))
            for item in view.get(coll) or []
        ]
        assert len(items) == len(set(items)), (coll, view.get(coll))
    assert len(view["tags"]) == len({t.casefold() for t in view["tags"]})


@pytest.mark.slow
@pytest.mark.parametrize(
    ("seed", "error", "drop"),
    [(5, 0.08, 0.03), (23, 0.08, 0.03), (30, 0.1, 0.05)],
    ids=["seed-5", "seed-23", "seed-30-harsher"],
)
def test_two_workstations_through_a_flaky_server_end_equal_to_it(
    kontor: MakeKontor, reference: RunningServer, seed: int, error: float, drop: float
) -> None:
    a, b = kontor("a", attempts=2), kontor("b", attempts=2)
    org, someone = fresh_pair()
    org = a.add(org)
    a.add(someone)
    made = {
        name: a.add(person_named(name, f"{len(name)}.{i}@klok.be")) for i, name in enumerate(PEOPLE)
    }
    assert a.sync().complete and b.sync().complete
    rid = {name: a.get(c.id).remote_id for name, c in made.items()}
    on_a = {name: c.id for name, c in made.items()}
    on_b = {name: by_remote(b, r).id for name, r in rid.items() if r}
    org_rid = a.get(org.id).remote_id
    assert org_rid is not None
    org_b = by_remote(b, org_rid).id

    # Both edit the same contacts before either syncs.
    for name in CONFLICT_CHOICE:
        edit(a, on_a[name], name=f"{name} — from A")
        edit(b, on_b[name], name=f"{name} — from B")
    edit(a, on_a["Different fields"], name="Different fields — renamed on A")
    moved = (
        b.get(on_b["Different fields"]).emails[0].model_copy(update={"address": "moved@klok.be"})
    )
    edit(b, on_b["Different fields"], emails=[moved])
    for k, ids, who in ((a, on_a, "a"), (b, on_b, "b")):
        contact = k.get(ids["Added on both"])
        edit(
            k,
            contact.id,
            emails=[*contact.emails, Email(address=f"{who}@klok.be", type="WORK_EMAIL")],
            phones=[
                *contact.phones,
                Phone(number=f"+32 9 000 00 0{ord(who) - 96}", type="DIRECT_LINE"),
            ],
        )
        assert k.services.tags.tag_contacts([contact.id], f"Tag {who.upper()}").value
    org_a_now = a.get(org.id)
    edit(a, org.id, departments=[*org_a_now.departments, Department(name="Sales from A")])
    org_b_now = b.get(org_b)
    edit(b, org_b, departments=[*org_b_now.departments, Department(name="Support from B")])
    for name in DELETE_CHOICE:
        editor, deleter = (a, b) if name.startswith("Edited on A") else (b, a)
        ids_e, ids_d = (on_a, on_b) if editor is a else (on_b, on_a)
        edit(editor, ids_e[name], name=f"{name} — edited")
        deleter.services.history.trash(ids_d[name])

    # Sync through a flaky server, settling every issue, until a round changes nothing.
    set_faults(
        reference,
        Faults(error_rate=error, drop_connection_rate=drop, apply_then_drop=drop, seed=seed),
    )
    settled: dict[str, list[Settled]] = {}
    for _ in range(12):
        results = []
        for k, name in ((a, "a"), (b, "b")):
            result = k.sync()
            assert result.outcome != "error", result.messages
            results.append(result)
            settle_all(k, name, settled)
        if all(quiet(r) for r in results) and all(
            k.services.sync.pending_count() == 0 and not k.services.sync.issues() for k in (a, b)
        ):
            break
    else:
        raise AssertionError(f"never quiet: {[r.messages for r in results]}")

    # A fresh workstation's first pull completes through the same flaky server.
    c = kontor("c", attempts=2)
    for _ in range(5):
        if c.sync().complete:
            break
    set_faults(reference, Faults())
    assert c.sync().complete

    assert_books_equal(a, b, c)
    server = live(server_book(a))
    for view in server.values():
        no_doubles(view)

    # Every issue was settled once, as chosen; what each choice means is on the server.
    assert sorted(settled) == sorted([*CONFLICT_CHOICE, *DELETE_CHOICE]), settled
    for name, side in CONFLICT_CHOICE.items():
        [done] = settled[name]
        assert done.issue == "conflict" and done.side == side
        kept = done.on if side == "mine" else ("b" if done.on == "a" else "a")
        assert f"{name} — from {kept.upper()}" in server, sorted(server)
    for name, side in DELETE_CHOICE.items():
        [done] = settled[name]
        editor = "a" if name.startswith("Edited on A") else "b"
        edit_wins = (done.on == editor) == (side == "mine")
        assert (f"{name} — edited" in server) is edit_wins, (name, done, sorted(server))
        assert name not in server
    merged = server["Different fields — renamed on A"]
    assert [e["address"] for e in merged["emails"]] == ["moved@klok.be"]
    both = server["Added on both"]
    assert Counter(e["address"] for e in both["emails"]) == Counter(
        [
            f"{len('Added on both')}.{PEOPLE.index('Added on both')}@klok.be",
            "a@klok.be",
            "b@klok.be",
        ]
    )
    assert len(both["phones"]) == 2
    assert both["tags"] == ["Tag A", "Tag B"]
    departments = [d["name"] for d in server[org.name]["departments"]]
    assert "Sales from A" in departments and "Support from B" in departments
