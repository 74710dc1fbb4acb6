"""Every create Kontor sends is safe to retry: when the answer to a create is lost (the
connection dropped after the server applied it, or the process killed right after), the next
run finds what the server already made instead of making it again."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from app.domain.models import (
    Address,
    AnyContact,
    CustomerRole,
    Department,
    Email,
    Image,
    IndividualContact,
    Location,
    Membership,
    Money,
    OrganizationContact,
    PersonalRelationship,
    Phone,
    PlaceholderCustomer,
    ProfessionalIdentity,
    Tag,
    WebAddress,
)
from app.store.sync_state import SyncStateRepository
from app.sync.client import ContactsApiClient
from app.sync.reference_server import RunningServer
from tests.store.factories import PNG_1X1
from tests.sync.conftest import Kontor
from tests.sync.test_engine import MakeKontor, faults

JsonDict = dict[str, Any]


# --- the items, one per collection --------------------------------------------------------


def _email(context: str) -> Email:
    return Email(
        type="WORK_EMAIL", address="twice@klok.example", description="Once", usage_context=context
    )


def _phone(context: str) -> Phone:
    return Phone(type="MAIN", number="+32 2 555 12 12", usages=["CALL"], usage_context=context)


def _address(context: str) -> Address:
    return Address(
        type="HEADQUARTERS",
        full_address="Korenmarkt 1, 9000 Gent, Belgium",
        street_name="Korenmarkt",
        street_number="1",
        city="Gent",
        zip="9000",
        country_code="BE",
        usages=["INVOICES"],
        usage_context=context,
    )


def _web(context: str) -> WebAddress:
    return WebAddress(
        type="ORGANIZATION_WEBSITE", url="https://klok.example", usage_context=context
    )


@dataclass
class World:
    """What the cases need besides the contact under test: an organization to work at and a
    person to be related to, both on the server already."""

    host: OrganizationContact
    partner: IndividualContact


def _identity(world: World, **points: Any) -> ProfessionalIdentity:
    return ProfessionalIdentity(
        organization_contact=world.host.id, is_active=True, job_title="Buyer", **points
    )


@dataclass(frozen=True)
class Case:
    """One collection: how to add an item to a contact, which path its create goes to, and
    how many such items a contact has (on the server's document and here)."""

    name: str
    kind: str  # "individual" | "organization"
    path: str
    add: Callable[[AnyContact, World], AnyContact]
    on_server: Callable[[JsonDict], int]
    here: Callable[[AnyContact], int]


def _with(field: str, make: Callable[[World], Any]) -> Callable[[AnyContact, World], AnyContact]:
    def add(contact: AnyContact, world: World) -> AnyContact:
        return contact.model_copy(update={field: [*getattr(contact, field), make(world)]})

    return add


def _add_identity_point(
    field: str, make: Callable[[str], Any]
) -> Callable[[AnyContact, World], AnyContact]:
    def add(contact: AnyContact, world: World) -> AnyContact:
        assert isinstance(contact, IndividualContact)
        if not contact.professional_identities:
            pi = _identity(world, **{field: [make("PROFESSIONAL")]})
            return contact.model_copy(update={"professional_identities": [pi]})
        pi = contact.professional_identities[0]
        pi = pi.model_copy(update={field: [*getattr(pi, field), make("PROFESSIONAL")]})
        return contact.model_copy(update={"professional_identities": [pi]})

    return add


def _count(key: str) -> Callable[[JsonDict], int]:
    return lambda details: len(details.get(key) or [])


def _count_pi(key: str) -> Callable[[JsonDict], int]:
    return lambda details: sum(
        len(pi.get(key) or []) for pi in details.get("professional_identities") or []
    )


def _here(field: str) -> Callable[[AnyContact], int]:
    return lambda contact: len(getattr(contact, field))


def _here_pi(field: str) -> Callable[[AnyContact], int]:
    def count(contact: AnyContact) -> int:
        assert isinstance(contact, IndividualContact)
        return sum(len(getattr(pi, field)) for pi in contact.professional_identities)

    return count


_P = r"/individual-contacts/[^/]+/"
_O = r"/organization-contacts/[^/]+/"

CASES = [
    Case(
        "email", "individual", _P + "emails$", _with("emails", lambda _w: _email("PERSONAL")),
        _count("emails"), _here("emails"),
    ),
    Case(
        "phone", "individual", _P + "phones$", _with("phones", lambda _w: _phone("PERSONAL")),
        _count("phones"), _here("phones"),
    ),
    Case(
        "address", "individual", _P + "addresses$",
        _with("addresses", lambda _w: _address("PERSONAL")),
        _count("addresses"), _here("addresses"),
    ),
    Case(
        "web address", "individual", _P + "web-addresses$",
        _with("web_addresses", lambda _w: _web("PERSONAL")),
        _count("web_addresses"), _here("web_addresses"),
    ),
    Case(
        "professional identity", "individual", _P + "professional-identities$",
        _with("professional_identities", _identity),
        _count("professional_identities"), _here("professional_identities"),
    ),
    Case(
        "identity e-mail", "individual", r"/professional-identities/[^/]+/emails$",
        _add_identity_point("emails", _email), _count_pi("emails"), _here_pi("emails"),
    ),
    Case(
        "identity phone", "individual", r"/professional-identities/[^/]+/phones$",
        _add_identity_point("phones", _phone), _count_pi("phones"), _here_pi("phones"),
    ),
    Case(
        "identity address", "individual", r"/professional-identities/[^/]+/addresses$",
        _add_identity_point("addresses", _address), _count_pi("addresses"),
        _here_pi("addresses"),
    ),
    Case(
        "identity web address", "individual", r"/professional-identities/[^/]+/web-addresses$",
        _add_identity_point("web_addresses", _web), _count_pi("web_addresses"),
        _here_pi("web_addresses"),
    ),
    Case(
        "personal relationship", "individual", _P + "personal-relationships$",
        _with(
            "personal_relationships",
            lambda w: PersonalRelationship(type="SPOUSE", individual_contact=w.partner.id),
        ),
        _count("personal_relationships"), _here("personal_relationships"),
    ),
    Case(
        "tag", "individual", _P + "tags$", _with("tags", lambda _w: Tag(name="Twice")),
        _count("tags"), _here("tags"),
    ),
    Case(
        "picture", "individual", _P + "images$",
        _with(
            "images", lambda _w: Image(media_type="image/png", data=PNG_1X1, width=1, height=1)
        ),
        _count("images"), _here("images"),
    ),
    Case(
        "organization e-mail", "organization", _O + "emails$",
        _with("emails", lambda _w: _email("ORGANIZATION")), _count("emails"), _here("emails"),
    ),
    Case(
        "department", "organization", _O + "departments$",
        _with("departments", lambda _w: Department(name="Sales", area="SALES", code="S1")),
        _count("departments"), _here("departments"),
    ),
    Case(
        "location", "organization", _O + "locations$",
        _with("locations", lambda _w: Location(name="Brewery", member_count=12)),
        _count("locations"), _here("locations"),
    ),
    Case(
        "membership", "organization", _O + "memberships$",
        _with("memberships", lambda _w: Membership(type="CLUB", name="Guild", reference="M-7")),
        _count("memberships"), _here("memberships"),
    ),
    Case(
        "organization picture", "organization", _O + "images$",
        _with(
            "images", lambda _w: Image(media_type="image/png", data=PNG_1X1, width=1, height=1)
        ),
        _count("images"), _here("images"),
    ),
]  # fmt: skip


# --- helpers ------------------------------------------------------------------------------


def _world(a: Kontor) -> World:
    host = a.add(OrganizationContact(name="Host NV"))
    partner = a.add(IndividualContact(name="Partner Person"))
    assert a.sync().complete
    return World(a.get(host.id), a.get(partner.id))  # type: ignore[arg-type]


def _blank(kind: str, name: str) -> AnyContact:
    if kind == "individual":
        return IndividualContact(name=name)
    return OrganizationContact(name=name)


def _save(k: Kontor, contact: AnyContact) -> AnyContact:
    result = k.services.editing.save(contact)
    assert result.contact is not None, [str(p) for p in result.problems]
    return result.contact


def _details(k: Kontor, contact: AnyContact) -> JsonDict:
    remote_id = k.get(contact.id).remote_id
    assert remote_id is not None
    body = k.client.get_details(contact.kind.value, remote_id).body
    assert isinstance(body, dict)
    return body


def _counterpart(a: Kontor, b: Kontor, contact: AnyContact) -> AnyContact:
    remote_id = a.get(contact.id).remote_id
    with b.services.db.reading() as conn:
        for record in SyncStateRepository(conn).records():
            if record.remote_id == remote_id:
                return b.get(record.local_id)
    raise AssertionError(f"{contact.name} did not reach the second database")


def _until_complete(k: Kontor, runs: int = 3) -> None:
    for _ in range(runs):
        result = k.sync()
        if result.complete:
            return
    raise AssertionError(f"no complete run: {result.messages}")


def _check_once(case: Case, a: Kontor, contact: AnyContact, kontor: MakeKontor) -> None:
    assert case.on_server(_details(a, contact)) == 1, _details(a, contact)
    assert case.here(a.get(contact.id)) == 1
    assert a.services.sync.pending_count() == 0
    assert a.services.sync.issues() == []
    # The next run has nothing to send and finds nothing new.
    again = a.sync()
    assert again.complete and again.pushed == 0 and again.created_remote == 0
    assert case.on_server(_details(a, contact)) == 1
    # A second, fresh workstation gets it once too.
    b = kontor("fresh")
    _until_complete(b)
    assert case.here(_counterpart(a, b, contact)) == 1


# --- a lost answer (the connection dropped after the server applied the create) ------------


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_lost_answer_to_an_item_of_a_synced_contact_makes_it_once(
    case: Case, kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    world = _world(a)
    contact = a.add(_blank(case.kind, f"Target {case.name}"))
    assert a.sync().complete
    contact = _save(a, case.add(a.get(contact.id), world))

    faults(reference).drop_after_apply_path = case.path
    faults(reference).drop_after_apply = 1
    a.sync()
    assert faults(reference).drop_after_apply == 0, "the create was never sent"
    assert case.on_server(_details(a, contact)) == 1  # the server did apply it

    _until_complete(a)
    _check_once(case, a, contact, kontor)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_lost_answer_to_an_item_of_a_new_contact_makes_it_once(
    case: Case, kontor: MakeKontor, reference: RunningServer
) -> None:
    """The contact is created in the same run (its answer arrives), the item's is lost: the
    next run resumes a contact the server has but whose first push never settled."""
    a = kontor("a")
    world = _world(a)
    contact = a.add(case.add(_blank(case.kind, f"New {case.name}"), world))

    faults(reference).drop_after_apply_path = case.path
    faults(reference).drop_after_apply = 1
    a.sync()
    assert faults(reference).drop_after_apply == 0, "the create was never sent"
    assert case.on_server(_details(a, contact)) == 1

    _until_complete(a)
    _check_once(case, a, contact, kontor)


# --- the process killed right after the server applied a create ---------------------------


class Killed(BaseException):
    """The process ends here: nothing after this point runs (no cleanup, no answer)."""


_CLIENT_CREATES = {
    "email": "create_contact_point",
    "professional identity": "create_professional_identity",
    "identity e-mail": "create_pi_contact_point",
    "personal relationship": "create_sub_item",
    "tag": "add_tag",
    "picture": "add_image",
    "department": "create_sub_item",
}


@pytest.fixture
def killed_after(
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Callable[[ContactsApiClient, str], None]]:
    def arm(client: ContactsApiClient, method: str) -> None:
        real = getattr(client, method)

        def applied_then_killed(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)
            monkeypatch.undo()  # the restarted process has a whole client again
            raise Killed

        monkeypatch.setattr(client, method, applied_then_killed)

    yield arm


@pytest.mark.parametrize("name", list(_CLIENT_CREATES))
@pytest.mark.parametrize("new_contact", [False, True], ids=["synced", "new"])
def test_a_process_killed_right_after_a_create_makes_it_once(
    name: str,
    new_contact: bool,
    kontor: MakeKontor,
    killed_after: Callable[[ContactsApiClient, str], None],
) -> None:
    [case] = [c for c in CASES if c.name == name]
    a = kontor("a")
    world = _world(a)
    if new_contact:
        contact = a.add(case.add(_blank(case.kind, f"Killed {name}"), world))
    else:
        contact = a.add(_blank(case.kind, f"Killed {name}"))
        assert a.sync().complete
        contact = _save(a, case.add(a.get(contact.id), world))

    killed_after(a.client, _CLIENT_CREATES[name])
    with pytest.raises(Killed):
        a.sync()
    assert case.on_server(_details(a, contact)) == 1

    _until_complete(a)
    _check_once(case, a, contact, kontor)


# --- the records that are not contacts ----------------------------------------------------


def test_a_lost_answer_to_a_placeholder_customer_makes_it_once(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    made = a.services.placeholders.save(
        PlaceholderCustomer(name="Walk-in Gent", customer_id="W-1", customer_since=date(2024, 5, 1))
    ).value
    assert made is not None
    faults(reference).drop_after_apply_path = r"/placeholder-customers$"
    faults(reference).drop_after_apply = 1
    a.sync()
    assert faults(reference).drop_after_apply == 0
    _until_complete(a)
    listing = a.client.list_placeholder_customers()
    assert [c["name"] for c in listing.items] == ["Walk-in Gent"]
    b = kontor("fresh")
    _until_complete(b)
    assert [p.name for p in b.services.placeholders.page()] == ["Walk-in Gent"]


def test_a_lost_answer_to_a_customer_list_makes_it_once(
    kontor: MakeKontor, reference: RunningServer
) -> None:
    a = kontor("a")
    member = a.add(IndividualContact(name="Listed Person"))
    assert a.sync().complete
    made = a.services.customer_lists.create("Newsletter").value
    assert made is not None
    a.services.customer_lists.add_members(made.id, [member.id])
    faults(reference).drop_after_apply_path = r"/customer-lists$"
    faults(reference).drop_after_apply = 1
    a.sync()
    assert faults(reference).drop_after_apply == 0
    _until_complete(a)
    lists = a.client.list_customer_lists().items
    assert [x["name"] for x in lists] == ["Newsletter"]
    assert len(a.client.list_customer_list_items(str(lists[0]["id"])).items) == 1
    assert a.sync().created_remote == 0
    b = kontor("fresh")
    _until_complete(b)
    assert [x.name for x in b.services.customer_lists.lists()] == ["Newsletter"]


# --- a resumed push of a contact created but never settled --------------------------------


def test_a_resumed_push_of_an_unsettled_new_contact_keeps_every_item_once_and_money_equal(
    kontor: MakeKontor, killed_after: Callable[[ContactsApiClient, str], None]
) -> None:
    """Killed after some of a new contact's parts were sent: the next run must not merge it
    against nothing (every part twice, a credit limit of 16500.00 against the server's 16500
    a conflict)."""
    a = kontor("a")
    org = OrganizationContact(
        name="Resumed NV",
        emails=[_email("ORGANIZATION")],
        phones=[_phone("ORGANIZATION")],
        departments=[Department(name="Sales", area="SALES", code="S1")],
        tags=[Tag(name="Resumed")],
        customer_role=CustomerRole(
            customer_id="C-1",
            customer_since=date(2019, 3, 1),
            is_active=True,
            credit_limit=Money(value=Decimal("16500.00"), unit="EUR"),
        ),
    )
    made = a.add(org)
    killed_after(a.client, "put_role")  # everything but the tags and pictures is on the server
    with pytest.raises(Killed):
        a.sync()
    result = a.sync()
    assert result.complete and result.conflicts == 0, result.messages
    assert a.services.sync.issues() == []
    details = _details(a, made)
    assert [len(details[k]) for k in ("emails", "phones", "departments", "tags")] == [1, 1, 1, 1]
    here = a.get(made.id)
    assert isinstance(here, OrganizationContact)
    assert [len(here.emails), len(here.phones), len(here.departments), len(here.tags)] == [1] * 4
    assert here.customer_role is not None and here.customer_role.credit_limit is not None
    assert here.customer_role.credit_limit.value == Decimal("16500")
