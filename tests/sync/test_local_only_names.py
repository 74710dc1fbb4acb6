"""Structured names on a pull: the Contacts API carries only a person's full name.

Given name, family name, title and title suffix stay on the workstation that typed them; a
workstation that gets a person from the server splits the server's full name into those parts
instead of leaving them empty, and keeps its own split as long as the full name is unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.domain.enums import ContactKind
from app.domain.models import AnyContact, IndividualContact
from app.sync import documents, wire
from app.sync.wire import SimpleIdMap
from tests.sync.conftest import Kontor
from tests.sync.test_engine import by_remote

MakeKontor = Callable[..., Kontor]


def _parts(contact: AnyContact) -> tuple[str | None, str | None, str | None, str | None]:
    assert isinstance(contact, IndividualContact)
    return (contact.title, contact.given_name, contact.family_name, contact.title_suffix)


def _pulled(server_name: str, local: IndividualContact | None) -> AnyContact:
    """The person the server sends with ``server_name``, as the pull builds it over ``local``."""
    on_server = IndividualContact(id="p1", remote_id="R-p1", name=server_name)
    ids = SimpleIdMap.from_entities(on_server)
    doc = documents.document(wire.details_to_wire(on_server, ids, full=True), [], [])
    return documents.contact_from_document(doc, ContactKind.INDIVIDUAL, ids, local=local)


# --- splitting a full name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("full_name", "parts"),
    [
        ("Anna Müller", (None, "Anna", "Müller", None)),
        ("Müller, Anna", (None, "Anna", "Müller", None)),
        ("Dr. Anna Müller", ("Dr.", "Anna", "Müller", None)),
        ("Prof. Dr. Hans-Peter von Stein", ("Prof. Dr.", "Hans-Peter", "von Stein", None)),
        ("Jan van der Berg", (None, "Jan", "van der Berg", None)),
        ("van der Berg, Jan", (None, "Jan", "van der Berg", None)),
        ("Karl ten Brink", (None, "Karl", "ten Brink", None)),
        ("Lena zur Linde", (None, "Lena", "zur Linde", None)),
        ("Maria de la Cruz", (None, "Maria", "de la Cruz", None)),
        ("Anna Maria Schmidt", (None, "Anna Maria", "Schmidt", None)),
        ("Mag. Eva Gruber, MSc", ("Mag.", "Eva", "Gruber", "MSc")),
        ("DI Karl Huber", ("DI", "Karl", "Huber", None)),
        ("Univ.-Prof. Dr. Jakob Weiß", ("Univ.-Prof. Dr.", "Jakob", "Weiß", None)),
        ("Madonna", (None, "Madonna", None, None)),
        ("", (None, None, None, None)),
    ],
)
def test_a_new_person_from_the_server_gets_the_parts_of_its_name(
    full_name: str, parts: tuple[str | None, ...]
) -> None:
    assert _parts(_pulled(full_name, None)) == parts


def test_the_users_own_split_is_kept_while_the_servers_name_is_unchanged() -> None:
    # A double family name nobody could guess from the full name: the user typed it.
    local = IndividualContact(
        id="p1",
        remote_id="R-p1",
        name="Anna Maria Müller",
        given_name="Anna",
        family_name="Maria Müller",
    )
    assert _parts(_pulled("Anna Maria Müller", local)) == (None, "Anna", "Maria Müller", None)


def test_a_name_changed_on_the_server_is_split_again() -> None:
    local = IndividualContact(
        id="p1",
        remote_id="R-p1",
        name="Anna Müller",
        title="Mag.",
        given_name="Anna",
        family_name="Müller",
        title_suffix="MSc",
    )
    pulled = _pulled("Dr. Anna van den Bosch", local)
    assert pulled.name == "Dr. Anna van den Bosch"
    assert _parts(pulled) == ("Dr.", "Anna", "van den Bosch", None)


def test_the_local_only_fields_are_listed_once_and_never_sent() -> None:
    person = wire.LOCAL_ONLY_FIELDS[ContactKind.INDIVIDUAL]
    organization = wire.LOCAL_ONLY_FIELDS[ContactKind.ORGANIZATION]
    assert {"given_name", "family_name", "title", "title_suffix", "internal_note"} <= person
    assert {"vat_number", "internal_note", "custom_fields"} <= organization
    # What travels by other means (tags, pictures) or is bookkeeping is not "local only".
    for names in (person, organization):
        assert not names & {"name", "tags", "images", "created_at", "updated_at", "deleted_at"}
    contact = IndividualContact(name="Dr. Anna Müller", given_name="Anna", internal_note="x")
    body = wire.details_to_wire(contact, SimpleIdMap())
    assert not person & set(body["individual_contact"])


# --- between two workstations ---------------------------------------------------------------


def test_a_second_workstation_gets_the_people_with_their_name_parts(kontor: MakeKontor) -> None:
    a, b = kontor("a"), kontor("b")
    typed = a.add(
        IndividualContact(
            name="Dr. Jan van der Berg",
            title="Dr.",
            given_name="Jan",
            family_name="van der Berg",
        )
    )
    assert a.sync().complete
    assert b.sync().complete
    remote_id = a.get(typed.id).remote_id
    assert remote_id is not None
    on_b = by_remote(b, remote_id)
    assert _parts(on_b) == ("Dr.", "Jan", "van der Berg", None)
    # Workstation a keeps what it typed.
    assert _parts(a.get(typed.id)) == ("Dr.", "Jan", "van der Berg", None)

    # b writes its own split (local only, nothing to send); a then renames the person.
    mine = on_b.model_copy(update={"given_name": "Jan V.", "family_name": "der Berg"})
    assert b.services.editing.save(mine).contact is not None
    assert b.sync().complete
    assert _parts(b.get(on_b.id)) == ("Dr.", "Jan V.", "der Berg", None)

    renamed = a.get(typed.id).model_copy(
        update={"name": "Prof. Jan van der Berg", "title": "Prof."}
    )
    assert a.services.editing.save(renamed).contact is not None
    assert a.sync().complete
    assert b.sync().complete
    assert b.get(on_b.id).name == "Prof. Jan van der Berg"
    assert _parts(b.get(on_b.id)) == ("Prof.", "Jan", "van der Berg", None)
