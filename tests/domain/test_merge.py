from __future__ import annotations

from decimal import Decimal
from hashlib import sha256
from typing import TypeVar

import pytest

from app.domain.changes import flatten_contact
from app.domain.merge import (
    MISSING,
    FieldConflict,
    ItemConflict,
    MergeResult,
    merge_three_way,
    take_mine,
    take_theirs,
    unflatten_contact,
)
from app.domain.models import (
    AnyContact,
    Email,
    Image,
    IndividualContact,
    Money,
    OrganizationContact,
    Phone,
    Tag,
)
from tests.store.factories import PNG_1X1, link_leaders, organization, person, relationship


def _blobs(contact: AnyContact) -> dict[str, bytes]:
    return {sha256(i.data).hexdigest(): i.data for i in contact.images}


def _pair() -> tuple[OrganizationContact, IndividualContact]:
    org = organization()
    someone = person(org)
    link_leaders(org, someone)
    someone.personal_relationships = [relationship(person(org, "Jan Peeters"))]
    return org, someone


C = TypeVar("C", IndividualContact, OrganizationContact)


def _fields(result: MergeResult) -> list[tuple[str, str]]:
    assert all(isinstance(c, FieldConflict) for c in result.conflicts)
    return [(c.entity, c.field) for c in result.conflicts if isinstance(c, FieldConflict)]


def _three(contact: C) -> tuple[C, C, C]:
    return contact, contact.model_copy(deep=True), contact.model_copy(deep=True)


# --- unflatten ------------------------------------------------------------------------------


@pytest.mark.parametrize("which", [0, 1])
def test_unflatten_inverts_flatten_on_full_aggregates(which: int) -> None:
    contact = _pair()[which]
    back = unflatten_contact(flatten_contact(contact), contact.kind, _blobs(contact))
    assert type(back) is type(contact)
    assert back == contact


def test_unflatten_without_picture_bytes_is_an_error() -> None:
    org = organization()
    with pytest.raises(KeyError):
        unflatten_contact(flatten_contact(org), org.kind)


# --- fields -----------------------------------------------------------------------------------


def test_nothing_changed() -> None:
    base, mine, theirs = _three(_pair()[0])
    result = merge_three_way(base, mine, theirs)
    assert result.merged == base
    assert result.conflicts == []
    assert not result.changed_locally
    assert not result.changed_remotely
    assert not result.needs_push
    assert not result.needs_local_save


def test_one_sided_and_same_changes() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.name = "Mine NV"
    theirs.vat_number = "BE0999999999"
    mine.internal_note = theirs.internal_note = "Both"
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert result.merged.name == "Mine NV"
    assert isinstance(result.merged, OrganizationContact)
    assert result.merged.vat_number == "BE0999999999"
    assert result.merged.internal_note == "Both"
    assert result.changed_locally and result.changed_remotely
    assert result.needs_push and result.needs_local_save


def test_both_changed_differently_is_a_conflict_keeping_mine() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.name = "Mine NV"
    theirs.name = "Theirs NV"
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == [
        FieldConflict("contact", base.id, "name", base.name, "Mine NV", "Theirs NV")
    ]
    assert result.merged.name == "Mine NV"
    resolved = take_theirs(result, result.conflicts[0])
    assert resolved.merged.name == "Theirs NV"
    assert resolved.conflicts == []
    assert take_mine(result, result.conflicts[0]).merged.name == "Mine NV"


def test_role_fields_merge_per_field() -> None:
    base, mine, theirs = _three(_pair()[0])
    assert mine.customer_role and theirs.customer_role
    mine.customer_role.customer_id = "C-1"
    theirs.customer_role.customer_id = "C-2"
    theirs.customer_role.is_suspended = False
    result = merge_three_way(base, mine, theirs)
    assert _fields(result) == [("customer_role", "customer_id")]
    assert result.merged.customer_role is not None
    assert result.merged.customer_role.customer_id == "C-1"
    assert result.merged.customer_role.is_suspended is False


def test_amounts_equal_as_money_are_not_a_conflict() -> None:
    """16500.00 EUR here and 16500 EUR on the server are the same credit limit."""
    base, mine, theirs = _three(_pair()[0])
    assert base.customer_role and mine.customer_role and theirs.customer_role
    base.customer_role.credit_limit = Money(value=Decimal("12000"), unit="EUR")
    mine.customer_role.credit_limit = Money(value=Decimal("16500.00"), unit="EUR")
    theirs.customer_role.credit_limit = Money(value=Decimal("16500"), unit="EUR")
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert result.merged.customer_role is not None
    assert result.merged.customer_role.credit_limit == Money(value=Decimal("16500.00"), unit="EUR")
    # Without a base too; and an amount changed back to the base's value as money is no edit.
    assert merge_three_way(None, mine, theirs).conflicts == []
    base.customer_role.credit_limit = Money(value=Decimal("16500.0"), unit="EUR")
    theirs.customer_role.credit_limit = Money(value=Decimal("17000"), unit="EUR")
    merged = merge_three_way(base, mine, theirs)
    assert merged.conflicts == []
    assert merged.merged.customer_role is not None
    assert merged.merged.customer_role.credit_limit == Money(value=Decimal("17000"), unit="EUR")


def test_different_amounts_or_units_are_still_a_conflict() -> None:
    base, mine, theirs = _three(_pair()[0])
    assert mine.customer_role and theirs.customer_role
    mine.customer_role.credit_limit = Money(value=Decimal("16500"), unit="EUR")
    theirs.customer_role.credit_limit = Money(value=Decimal("16500"), unit="USD")
    assert _fields(merge_three_way(base, mine, theirs)) == [("customer_role", "credit_limit")]
    theirs.customer_role.credit_limit = Money(value=Decimal("16500.01"), unit="EUR")
    assert _fields(merge_three_way(base, mine, theirs)) == [("customer_role", "credit_limit")]


def test_server_assigned_fields_do_not_conflict() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.remote_id = None
    theirs.remote_id = "r-new"
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert result.merged.remote_id == "r-new"


# --- extra and custom fields ------------------------------------------------------------------


def test_unknown_extra_keys_merge_per_key() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.extra["mine_only"] = 1
    theirs.extra["theirs_only"] = {"a": [1]}
    mine.extra["shared"] = "m"
    theirs.extra["shared"] = "t"
    del theirs.extra["unknown_server_field"]
    mine.emails[0].extra["verified"] = False
    result = merge_three_way(base, mine, theirs)
    assert result.merged.extra == {"mine_only": 1, "theirs_only": {"a": [1]}, "shared": "m"}
    assert result.merged.emails[0].extra == {"verified": False}
    assert result.conflicts == [
        FieldConflict("contact", base.id, "extra.shared", MISSING, "m", "t")
    ]
    resolved = take_theirs(result, result.conflicts[0])
    assert resolved.merged.extra["shared"] == "t"


def test_extra_key_deleted_on_one_side_and_changed_on_the_other_is_a_conflict() -> None:
    base, mine, theirs = _three(_pair()[0])
    del mine.extra["unknown_server_field"]
    theirs.extra["unknown_server_field"] = [3]
    result = merge_three_way(base, mine, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, FieldConflict)
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "extra.unknown_server_field",
        MISSING,
        [3],
    )
    assert "unknown_server_field" not in result.merged.extra
    assert take_theirs(result, conflict).merged.extra["unknown_server_field"] == [3]


def test_custom_fields_merge_per_key_and_tell_true_from_one() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.custom_fields["segment"] = "retail"
    theirs.custom_fields["priority"] = 3
    theirs.custom_fields["newsletter"] = 1
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert result.merged.custom_fields["segment"] == "retail"
    assert result.merged.custom_fields["priority"] == 3
    assert result.merged.custom_fields["newsletter"] == 1
    assert type(result.merged.custom_fields["newsletter"]) is int


# --- sub-collections --------------------------------------------------------------------------


def test_email_edited_on_both_sides_conflicts_on_that_field_only() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.emails[0].address = "mine@klok.example"
    theirs.emails[0].address = "theirs@klok.example"
    theirs.emails[0].description = "Theirs"
    result = merge_three_way(base, mine, theirs)
    email_id = base.emails[0].id
    assert result.conflicts == [
        FieldConflict(
            "email",
            email_id,
            "address",
            base.emails[0].address,
            "mine@klok.example",
            "theirs@klok.example",
        )
    ]
    assert result.merged.emails[0].address == "mine@klok.example"
    assert result.merged.emails[0].description == "Theirs"
    resolved = take_theirs(result, result.conflicts[0])
    assert resolved.merged.emails[0].address == "theirs@klok.example"
    assert resolved.merged.emails[0].description == "Theirs"


def test_a_phone_added_on_each_side_keeps_both() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.phones.append(Phone(number="+32 1"))
    theirs.phones.append(Phone(number="+32 2"))
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert [p.number for p in result.merged.phones] == [base.phones[0].number, "+32 1", "+32 2"]


def test_deleted_on_one_side_unchanged_on_the_other_is_deleted() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.emails = []
    theirs.phones = []
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert result.merged.emails == []
    assert result.merged.phones == []
    assert result.merged.addresses == base.addresses


@pytest.mark.parametrize("deleter", ["mine", "theirs"])
def test_delete_versus_edit_is_an_item_conflict_keeping_the_edit(deleter: str) -> None:
    base, mine, theirs = _three(_pair()[0])
    deleting, editing = (mine, theirs) if deleter == "mine" else (theirs, mine)
    email_id = base.emails[0].id
    deleting.emails = []
    editing.emails[0].address = "new@klok.example"
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == [
        ItemConflict(
            "email",
            email_id,
            deleter,  # type: ignore[arg-type]
            {"address": (base.emails[0].address, "new@klok.example")},
        )
    ]
    assert [e.address for e in result.merged.emails] == ["new@klok.example"]
    conflict = result.conflicts[0]
    kept = (take_theirs if deleter == "mine" else take_mine)(result, conflict)
    assert [e.address for e in kept.merged.emails] == ["new@klok.example"]
    gone = (take_mine if deleter == "mine" else take_theirs)(result, conflict)
    assert gone.merged.emails == []
    assert gone.conflicts == []


def test_role_removed_on_one_side_and_edited_on_the_other() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.supplier_role = None
    assert theirs.supplier_role is not None
    theirs.supplier_role.my_customer_id = "ME-43"
    result = merge_three_way(base, mine, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, ItemConflict)
    assert (conflict.entity, conflict.deleted_by) == ("supplier_role", "mine")
    assert result.merged.supplier_role is not None
    assert result.merged.supplier_role.my_customer_id == "ME-43"
    assert take_mine(result, conflict).merged.supplier_role is None


def test_identity_deleted_while_its_email_was_edited_keeps_the_identity() -> None:
    base, mine, theirs = _three(_pair()[1])
    assert isinstance(mine, IndividualContact) and isinstance(theirs, IndividualContact)
    assert isinstance(base, IndividualContact)
    identity = base.professional_identities[0]
    mine.professional_identities = []
    theirs.professional_identities[0].emails[0].address = "pro@klok.example"
    result = merge_three_way(base, mine, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, ItemConflict)
    assert (conflict.entity, conflict.entity_id, conflict.deleted_by) == (
        "professional_identity",
        identity.id,
        "mine",
    )
    assert f"email/{identity.emails[0].id}.address" in conflict.edited_fields
    assert isinstance(result.merged, IndividualContact)
    assert result.merged.professional_identities == theirs.professional_identities
    gone = take_mine(result, conflict).merged
    assert isinstance(gone, IndividualContact)
    assert gone.professional_identities == []


def test_identity_deleted_and_unchanged_elsewhere_goes_with_its_contact_points() -> None:
    base, mine, theirs = _three(_pair()[1])
    assert isinstance(theirs, IndividualContact)
    theirs.professional_identities = []
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert isinstance(result.merged, IndividualContact)
    assert result.merged.professional_identities == []


def test_tags_added_on_both_sides_under_one_name_are_kept_once() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.tags.append(Tag(name="Beer"))
    theirs.tags.append(Tag(name="Beer"))
    theirs.tags.append(Tag(name="Local"))
    result = merge_three_way(base, mine, theirs)
    assert result.merged.tag_names() == ["VIP", "Wholesale", "Beer", "Local"]


# --- pictures ---------------------------------------------------------------------------------


def test_picture_replaced_on_one_side_carries_its_bytes() -> None:
    base, mine, theirs = _three(_pair()[0])
    theirs.images[0].data = b"new picture"
    theirs.images[0].width = 2
    mine.images.append(Image(data=b"second"))
    result = merge_three_way(base, mine, theirs)
    assert result.conflicts == []
    assert [i.data for i in result.merged.images] == [b"new picture", b"second"]
    assert result.merged.images[0].width == 2


def test_picture_replaced_on_both_sides_is_one_conflict() -> None:
    base, mine, theirs = _three(_pair()[0])
    mine.images[0].data = b"mine"
    theirs.images[0].data = b"theirs"
    theirs.images[0].height = 9
    result = merge_three_way(base, mine, theirs)
    (conflict,) = result.conflicts
    assert isinstance(conflict, FieldConflict)
    assert (conflict.entity, conflict.field) == ("image", "content")
    assert conflict.base["sha256"] == sha256(PNG_1X1).hexdigest()
    assert result.merged.images[0].data == b"mine"
    resolved = take_theirs(result, conflict).merged.images[0]
    assert (resolved.data, resolved.height) == (b"theirs", 9)


# --- no base ----------------------------------------------------------------------------------


def test_without_a_base_every_difference_is_a_conflict() -> None:
    _, mine, theirs = _three(_pair()[0])
    mine.name = "Mine NV"
    mine.remote_id = None
    theirs.emails.append(Email(address="extra@klok.example"))
    result = merge_three_way(None, mine, theirs)
    assert _fields(result) == [("contact", "name")]
    conflict = result.conflicts[0]
    assert isinstance(conflict, FieldConflict) and conflict.base is MISSING
    assert result.merged.remote_id == theirs.remote_id
    assert [e.address for e in result.merged.emails][-1] == "extra@klok.example"
    assert result.changed_locally and result.changed_remotely


def test_resolving_a_conflict_that_is_not_there_is_an_error() -> None:
    base, mine, theirs = _three(_pair()[0])
    result: MergeResult = merge_three_way(base, mine, theirs)
    with pytest.raises(ValueError):
        take_mine(result, FieldConflict("contact", base.id, "name", 1, 2, 3))


def test_different_contacts_cannot_be_merged() -> None:
    org = organization()
    with pytest.raises(ValueError):
        merge_three_way(None, org, organization())
