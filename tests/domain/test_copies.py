"""Fast deep copies of domain models: the same as pydantic's, sharing nothing mutable."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.domain.copies import deep_copy
from app.domain.models import Image, IndividualContact, Phone, Tag
from app.services.demo_data import build_demo_dataset


def _mutable_parts(value: Any, found: dict[int, Any]) -> dict[int, Any]:
    """Every list, dict and model inside ``value`` by id (kept alive in ``found``)."""
    if isinstance(value, BaseModel):
        found[id(value)] = value
        for item in value.__dict__.values():
            _mutable_parts(item, found)
    elif isinstance(value, list | dict):
        found[id(value)] = value
        for item in value.values() if isinstance(value, dict) else value:
            _mutable_parts(item, found)
    return found


def test_copies_of_the_demo_contacts_equal_pydantics_and_share_nothing() -> None:
    contacts = build_demo_dataset(7).contacts
    for contact in contacts:
        copied = deep_copy(contact)
        expected = contact.model_copy(deep=True)
        assert copied == expected
        assert type(copied) is type(contact)
        assert copied.model_fields_set == expected.model_fields_set
        assert copied.model_dump() == contact.model_dump()
        assert not set(_mutable_parts(copied, {})) & set(_mutable_parts(contact, {}))


def test_changing_a_copy_leaves_the_original_alone() -> None:
    original = IndividualContact(
        name="Ann Peeters",
        phones=[Phone(number="+32 470 12 34 56")],
        tags=[Tag(name="VIP")],
        custom_fields={"notes": "x"},
        images=[Image(data=b"\x89PNG")],
    )
    copied = deep_copy(original)
    copied.phones[0].number = "+32 470 00 00 00"
    copied.phones.append(Phone(number="+32 2 000 00 00"))
    copied.tags[0].name = "Other"
    copied.custom_fields["notes"] = "y"
    assert original.phones[0].number == "+32 470 12 34 56"
    assert len(original.phones) == 1
    assert original.tags[0].name == "VIP"
    assert original.custom_fields == {"notes": "x"}
    assert copied.images[0].data == original.images[0].data


def test_an_object_held_twice_stays_one_object_in_the_copy() -> None:
    tag = Tag(name="VIP")
    original = IndividualContact(name="Ann", tags=[tag, tag])
    copied = deep_copy(original)
    assert copied.tags[0] is copied.tags[1]
    assert copied.tags[0] is not tag
