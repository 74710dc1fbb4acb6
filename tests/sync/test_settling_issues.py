"""Settling a sync issue, either way, leaves nothing behind: the contact and every part of it
the same on both sides, the issue gone for good.  Open conflicts follow the server."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.models import IndividualContact, OrganizationContact
from app.sync.reference_server import RunningServer
from tests.sync.books import assert_books_equal
from tests.sync.conftest import Kontor
from tests.sync.test_engine import (
    MakeKontor,
    counterpart,
    edit,
    faults,
    fresh_pair,
    issues,
    pending,
)


def _two_workstations(kontor: MakeKontor) -> tuple[Kontor, Kontor, str, str]:
    """A and B share an organization and a person working there (tags, identities, e-mails
    of every kind); returns the person's id on A and on B."""
    a, b = kontor("a"), kontor("b")
    org, someone = fresh_pair()
    a.add(org)
    someone = a.add(someone)
    assert a.sync().complete
    assert b.sync().complete
    return a, b, someone.id, counterpart(a, b, someone.id).id


def _settled(*sides: Kontor) -> None:
    """Two more rounds change nothing and raise no issue; then a fresh workstation agrees."""
    for _ in range(2):
        for k in sides:
            result = k.sync()
            assert result.complete, result.messages
            assert result.conflicts == 0 and result.rejected == 0, result.messages
    assert_books_equal(*sides)


def _server_details(k: Kontor, remote_id: str) -> dict[str, Any]:
    body = k.client.get_details("individual", remote_id).body
    assert isinstance(body, dict)
    return body


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_edit_here_against_a_delete_on_the_server_settles_either_way(
    kontor: MakeKontor, side: str
) -> None:
    a, b, on_a, on_b = _two_workstations(kontor)
    a.services.history.trash(on_a)
    assert a.sync().deleted_remote == 1
    edit(b, on_b, name="An, edited offline")
    assert b.sync().conflicts == 1
    [issue] = issues(b)
    assert issue.issue == "remote_deleted"

    b.services.sync.settle_deleted(issue.id, side)  # type: ignore[arg-type]
    result = b.sync()
    assert result.complete and result.conflicts == 0, result.messages
    assert issues(b) == []
    if side == "mine":
        assert result.created_remote == 1
        made = b.get(on_b)
        assert isinstance(made, IndividualContact) and made.remote_id
        server = _server_details(b, made.remote_id)
        # Everything of the contact is made anew: identities, their contact points, tags.
        assert len(server["professional_identities"]) == 1
        assert server["professional_identities"][0]["emails"]
        assert [t["name"].casefold() for t in server["tags"]] == ["vip"]
        assert server["emails"] and server["addresses"]
    else:
        assert b.get(on_b).deleted_at is not None
    _settled(a, b)
    _settled(a, b, kontor("fresh"))


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_delete_here_against_an_edit_on_the_server_settles_either_way(
    kontor: MakeKontor, side: str
) -> None:
    a, b, on_a, on_b = _two_workstations(kontor)
    edit(a, on_a, name="An, renamed on A")
    assert a.sync().pushed == 1
    b.services.history.trash(on_b)
    assert b.sync().conflicts == 1
    [issue] = issues(b)
    assert issue.issue == "local_deleted"

    b.services.sync.settle_deleted(issue.id, side)  # type: ignore[arg-type]
    result = b.sync()
    assert result.complete and result.conflicts == 0, result.messages
    if side == "mine":
        assert result.deleted_remote == 1
        assert a.sync().deleted_local == 1
    else:
        assert b.get(on_b).name == "An, renamed on A"
    _settled(a, b)
    _settled(a, b, kontor("fresh"))


@pytest.mark.parametrize("side", ["mine", "theirs"])
def test_a_conflict_settles_either_way(kontor: MakeKontor, side: str) -> None:
    a, b, on_a, on_b = _two_workstations(kontor)
    edit(a, on_a, name="An from A")
    assert a.sync().pushed == 1
    edit(b, on_b, name="An from B")
    assert b.sync().conflicts == 1
    [issue] = issues(b)
    b.services.sync.resolve(issue.id, {c.key: side for c in issue.choices})  # type: ignore[misc]
    result = b.sync()
    assert result.complete and result.conflicts == 0, result.messages
    expected = "An from B" if side == "mine" else "An from A"
    assert a.sync().complete
    assert a.get(on_a).name == b.get(on_b).name == expected
    _settled(a, b)
    _settled(a, b, kontor("fresh"))


@pytest.mark.parametrize("how", ["edit", "retry"])
def test_a_refused_change_settles_by_an_edit_or_a_retry(
    kontor: MakeKontor, reference: RunningServer, how: str
) -> None:
    a, b, on_a, on_b = _two_workstations(kontor)
    faults(reference).reject_body_containing = "Refused Name"
    edit(b, on_b, name="Refused Name")
    assert b.sync().rejected == 1
    [issue] = issues(b)
    assert issue.issue == "rejected"
    if how == "edit":
        edit(b, on_b, name="Accepted Name")
    else:
        faults(reference).reject_body_containing = None
        b.services.sync.retry(issue.id)
    result = b.sync()
    assert result.complete and result.pushed == 1, result.messages
    faults(reference).reject_body_containing = None
    assert issues(b) == []
    assert a.sync().complete
    assert a.get(on_a).name == ("Accepted Name" if how == "edit" else "Refused Name")
    _settled(a, b)
    _settled(a, b, kontor("fresh"))


def test_an_open_conflict_follows_the_server_and_goes_when_the_server_agrees(
    kontor: MakeKontor,
) -> None:
    a, b, on_a, on_b = _two_workstations(kontor)
    edit(a, on_a, name="An from A")
    assert a.sync().pushed == 1
    edit(b, on_b, name="An from B")
    assert b.sync().conflicts == 1

    # The server changes again: the issue shows what the server has now.
    edit(a, on_a, name="An from A, again")
    assert a.sync().pushed == 1
    assert b.sync().complete
    [issue] = issues(b)
    [choice] = [c for c in issue.choices if c.label.endswith("name")]
    assert (choice.mine, choice.theirs) == ("An from B", "An from A, again")

    # The server comes round to this side's value: nothing is left to decide.
    edit(a, on_a, name="An from B")
    assert a.sync().pushed == 1
    result = b.sync()
    assert result.complete and result.conflicts == 0, result.messages
    assert issues(b) == [] and pending(b) == 0
    _settled(a, b)
    _settled(a, b, kontor("fresh"))


def test_settling_a_refreshed_conflict_makes_no_second_one(kontor: MakeKontor) -> None:
    a, b, on_a, on_b = _two_workstations(kontor)
    edit(a, on_a, name="An from A")
    assert a.sync().pushed == 1
    edit(b, on_b, name="An from B")
    assert b.sync().conflicts == 1
    edit(a, on_a, name="An from A, again")
    assert a.sync().pushed == 1
    assert b.sync().complete

    [issue] = issues(b)
    b.services.sync.resolve(issue.id, {c.key: "mine" for c in issue.choices})
    result = b.sync()
    assert result.complete and result.conflicts == 0 and result.pushed == 1, result.messages
    assert issues(b) == []
    assert a.sync().complete
    assert a.get(on_a).name == b.get(on_b).name == "An from B"
    _settled(a, b)
    _settled(a, b, kontor("fresh"))


def test_a_conflict_on_an_organization_follows_the_server(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    made = a.add(OrganizationContact(name="Klok"))
    assert a.sync().complete and b.sync().complete
    on_b = counterpart(a, b, made.id).id
    edit(a, made.id, name="Klok A")
    a.sync()
    edit(b, on_b, name="Klok B")
    assert b.sync().conflicts == 1
    edit(a, made.id, name="Klok A2")
    a.sync()
    b.sync()
    [issue] = issues(b)
    [choice] = [c for c in issue.choices if c.label.endswith("name")]
    assert choice.theirs == "Klok A2"
    b.services.sync.resolve(issue.id, {choice.key: "mine"})
    _settled(a, b)
    assert a.get(made.id).name == "Klok B"
