"""Contact points from the server: checked field by field, then built without validating
again; the result is what validation would give, and a wrong type is a clear error."""

from __future__ import annotations

from typing import Any

import pytest

from app.domain.models import Address, Email, JsonDict, Phone, WebAddress
from app.sync import wire
from app.sync.wire import SimpleIdMap

SAMPLES: list[tuple[str, dict[str, Any]]] = [
    (
        "addresses",
        {
            "id": "a-1",
            "type": "POSTAL",
            "full_address": "Grote Markt 1, 1000 Brussel",
            "street_name": "Grote Markt",
            "street_number": "1",
            "city": "Brussel",
            "zip": "1000",
            "country_code": "BE",
            "usages": ["INVOICE", "DELIVERY"],
            "usage_context": "BUSINESS",
            "care_of": None,
            "unknown_field": {"kept": [1, 2]},
        },
    ),
    ("addresses", {"id": "a-2", "full_address": None, "type": None}),
    ("emails", {"id": "e-1", "address": "an@example.be", "description": "work"}),
    ("emails", {"address": "no-id@example.be"}),
    ("phones", {"id": "p-1", "number": "+32 2 123 45 67", "usages": [], "x": 1}),
    ("web_addresses", {"id": "w-1", "url": "https://example.be", "usage_context": None}),
]


@pytest.mark.parametrize(("collection", "data"), SAMPLES)
def test_a_point_is_what_validating_its_fields_gives(collection: str, data: dict[str, Any]) -> None:
    point = wire.contact_point_from_wire(collection, data, SimpleIdMap())
    fields = {name: getattr(point, name) for name in type(point).model_fields}
    validated = type(point).model_validate(fields)
    assert point == validated
    assert point.model_dump() == validated.model_dump()
    assert point.remote_id == data.get("id")
    assert {k: v for k, v in point.extra.items()} == {
        k: v for k, v in data.items() if k not in type(point).model_fields
    }


@pytest.mark.parametrize(
    ("collection", "data", "named"),
    [
        ("emails", {"id": "e-1", "address": 42}, "address"),
        ("addresses", {"id": "a-1", "city": ["Gent"]}, "city"),
        ("phones", {"id": "p-1", "usages": "INVOICE"}, "usages"),
        ("web_addresses", {"id": 7, "url": "https://example.be"}, "id"),
    ],
)
def test_a_wrong_type_from_the_server_is_an_error_naming_the_field(
    collection: str, data: dict[str, Any], named: str
) -> None:
    with pytest.raises(wire.WireError, match=named):
        wire.contact_point_from_wire(collection, data, SimpleIdMap())


def test_every_field_of_a_contact_point_is_text_a_list_of_text_or_extra() -> None:
    # What the field-by-field check covers; a field of another type needs validation again.
    allowed = {str, str | None, list[str], JsonDict}
    for cls in (Address, Email, Phone, WebAddress):
        for name, info in cls.model_fields.items():
            assert info.annotation in allowed, (cls.__name__, name, info.annotation)


@pytest.mark.parametrize(("collection", "data"), SAMPLES)
def test_a_point_is_what_model_construct_gives_for_the_same_values(
    collection: str, data: dict[str, Any]
) -> None:
    # The points are made without pydantic's model_construct (its look-ups of aliases and
    # defaults cost a pull more than the rest of the conversion): the same object, the same
    # fields set, the fields in the same order, fresh defaults made by their factories.
    point = wire.contact_point_from_wire(collection, data, SimpleIdMap())
    cls = type(point)
    given = set(point.model_fields_set)
    constructed = cls.model_construct(**{name: getattr(point, name) for name in given})
    assert point == constructed
    assert point.model_fields_set == constructed.model_fields_set
    assert list(point.__dict__) == list(constructed.__dict__) == list(cls.model_fields)
    assert point.__pydantic_extra__ is None and point.__pydantic_private__ is None
    assert point.model_dump() == constructed.model_dump()
    other = wire.contact_point_from_wire(collection, data, SimpleIdMap())
    for name, info in cls.model_fields.items():
        if info.default_factory is not None and name not in given:
            assert getattr(point, name) is not getattr(other, name)  # not shared


def test_the_entity_list_of_a_contact_is_what_iter_entities_walks() -> None:
    # A pull takes the ids of a contact's entities from entity_list (no generator per
    # entity): the same entities, the same objects, in the same order.
    from app.domain.models import Image, Tag
    from app.services.demo_data import generate_contacts

    contacts = list(generate_contacts(60, 7))
    assert {c.kind.value for c in contacts} == {"individual", "organization"}
    with_more = contacts[0].model_copy(
        update={
            "tags": [Tag(name="a", remote_id="t1"), Tag(name="b")],
            "images": [Image(remote_id="i1", data=b"x", media_type="image/png")],
        }
    )
    for contact in [*contacts, with_more]:
        walked = list(wire.iter_entities(contact))
        listed = wire.entity_list(contact)
        assert [id(e) for e in listed] == [id(e) for e in walked]
        assert len(listed) > 1 or not contact.addresses
