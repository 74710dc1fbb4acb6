"""Translating domain aggregates to table rows and back.

Column names follow the domain field names wherever they can, so most entities map by name;
the few places that differ (flattened money, related contact ids, JSON sub-objects) are spelled
out here and nowhere else.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import Table

from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    AlternativePayerRole,
    ContactBase,
    ContactPoint,
    ContactPoints,
    ContactRef,
    CustomerCard,
    CustomerRole,
    CustomerTaxInformation,
    DeliveryAndInvoicingConfiguration,
    DeliveryLimitations,
    Department,
    Email,
    Image,
    IndividualContact,
    Location,
    Membership,
    Money,
    OrganizationContact,
    Owner,
    PersonalRelationship,
    Phone,
    ProfessionalIdentity,
    ProfessionalIdentityRef,
    Representative,
    SupplierRole,
    SupplierTaxInformation,
    WebAddress,
)
from app.store import schema as s

M = TypeVar("M", bound=BaseModel)
Row = dict[str, Any]
# A row as read back: SQLAlchemy's RowMapping or a plain dict.
RowLike = Mapping[Any, Any]
RowSet = dict[Table, list[Row]]

CONTACT_POINT_MODELS: dict[str, type[ContactPoint]] = {
    "addresses": Address,
    "emails": Email,
    "phones": Phone,
    "web_addresses": WebAddress,
}

_CONTACT_COLUMNS = [c.name for c in s.contacts.columns]


def sort_key(name: str) -> str:
    """The key contacts are sorted by: case-insensitive, accents folded, blanks trimmed.

    ``Österreich`` sorts with the O's and ``Straße`` as ``strasse``, as people expect in the
    languages of the book, not after ``Z`` as plain code points would have it.
    """
    if name.isascii():  # nothing to fold but case (most e-mails, phones, cities, countries)
        return name.strip().lower()
    folded = unicodedata.normalize("NFKD", name.strip().casefold())
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def optional_sort_key(value: str | None) -> str | None:
    """The sort key of an optional value: ``None`` when there is no value to sort by."""
    if value is None:
        return None
    # What sort_key does, the value stripped once (every contact has several of these).
    stripped = value.strip()
    if not stripped:
        return None
    if stripped.isascii():
        return stripped.lower()
    return sort_key(stripped)


def _json(model: BaseModel | None) -> Any:
    return None if model is None else model.model_dump(mode="json", by_alias=True)


def _json_list(models: Sequence[BaseModel]) -> list[Any]:
    return [m.model_dump(mode="json", by_alias=True) for m in models]


def model_from_row(model: type[M], row: RowLike, **overrides: Any) -> M:
    """Build ``model`` from the row's columns that are model fields (by name)."""
    data = {name: row[name] for name in model.model_fields if name in row}
    data.update(overrides)
    return model.model_validate(data)


def _plain_fields(model: BaseModel, exclude: Iterable[str] = ()) -> Row:
    """The model's field values by name (pydantic keeps them in ``__dict__``)."""
    values: Row = dict(model.__dict__)
    for name in exclude:
        del values[name]
    return values


# --- contact -> rows ----------------------------------------------------------------------


# What the kind column holds for each kind (a look-up, not the enum's ``value`` property).
_KIND_VALUES = {kind: kind.value for kind in ContactKind}
# The contacts row every contact starts from: every column, none with a value.
_BLANK_CONTACT_ROW: Row = dict.fromkeys(_CONTACT_COLUMNS)


# The columns of each kind that hold their field's value as it is.
_PERSON_COLUMNS = (
    "date_of_birth",
    "anniversary",
    "gender",
    "title",
    "title_suffix",
    "given_name",
    "family_name",
    "locale",
)
_ORGANIZATION_COLUMNS = (
    "founded",
    "external_organization_id",
    "organization_type",
    "founding_year",
    "vat_number",
    "company_registration_number",
    "uid",
    "zvr",
    "dvr",
    "invoice_language",
)


def contact_row(
    contact: IndividualContact | OrganizationContact, now: datetime, *, derived: bool = True
) -> Row:
    """The contact's row; without ``derived``, its sort keys are left ``None`` (for a
    comparison that leaves them out anyway)."""
    # One row per contact of every bulk write: filled key by key from a copy of the blank
    # row, fields read from the model's ``__dict__`` (where pydantic keeps them).
    row = _BLANK_CONTACT_ROW.copy()
    values = contact.__dict__
    row["id"] = values["id"]
    row["kind"] = _KIND_VALUES[values["kind"]]
    row["remote_id"] = values["remote_id"]
    row["external_id"] = values["external_id"]
    name = row["name"] = values["name"]
    row["internal_note"] = values["internal_note"]
    row["custom_fields"] = dict(values["custom_fields"])
    row["vcard_properties"] = list(values["vcard_properties"])
    row["remote_deleted"] = values["remote_deleted"]
    row["created_at"] = values["created_at"] or now
    row["updated_at"] = now
    row["deleted_at"] = values["deleted_at"]
    row["extra"] = dict(values["extra"])
    if derived:
        row["sort_name"] = sort_key(name)
        emails, phones, addresses = values["emails"], values["phones"], values["addresses"]
        row["sort_email"] = optional_sort_key(emails[0].address) if emails else None
        row["sort_phone"] = optional_sort_key(phones[0].number) if phones else None
        if addresses:
            row["sort_city"] = optional_sort_key(addresses[0].city)
            row["sort_country"] = optional_sort_key(addresses[0].country_code)
    if isinstance(contact, IndividualContact):
        for field in _PERSON_COLUMNS:
            row[field] = values[field]
        row["owner"] = _json(values["owner"])
        row["representatives"] = []
        row["founders"] = []
        row["leaders"] = []
    else:
        for field in _ORGANIZATION_COLUMNS:
            row[field] = values[field]
        row["representatives"] = _json_list(values["representatives"])
        row["founders"] = _json_list(values["founders"])
        row["leaders"] = _json_list(values["leaders"])
    return row


# (list name, table) of the contact points, in the order their rows are made.
_POINT_TABLES = tuple(s.CONTACT_POINT_TABLES.items())


def _contact_point_rows(
    rows: RowSet, points: ContactPoints, contact_id: str | None, pi_id: str | None
) -> None:
    values = points.__dict__
    for list_name, table in _POINT_TABLES:
        found = values[list_name]
        if found:
            rows[table].extend(
                [
                    {
                        **point.__dict__,
                        "contact_id": contact_id,
                        "professional_identity_id": pi_id,
                        "position": position,
                    }
                    for position, point in enumerate(found)
                ]
            )


def customer_role_rows(contact_id: str, role: CustomerRole) -> tuple[Row, list[Row]]:
    row: Row = {
        "contact_id": contact_id,
        "customer_id": role.customer_id,
        "is_active": role.is_active,
        "is_suspended": role.is_suspended,
        "customer_since": role.customer_since,
        "managed_by": _json(role.managed_by),
        "external_card": _json(role.external_card),
        "tax_information": _json(role.tax_information),
        "global_location_number": role.global_location_number,
        "alternative_payer_id": role.alternative_payer.id if role.alternative_payer else None,
        "requires_formal_invoice": role.requires_formal_invoice,
        "credit_limit_value": role.credit_limit.value if role.credit_limit else None,
        "credit_limit_unit": role.credit_limit.unit if role.credit_limit else None,
        "debtor_account_id": role.debtor_account_id,
        "extra": dict(role.extra),
    }
    configs = [
        {
            "contact_id": contact_id,
            "position": position,
            "brand_id": cfg.limitations.brand_id,
            "limitations_extra": dict(cfg.limitations.extra),
            "alternative_payer_id": cfg.alternative_payer.id if cfg.alternative_payer else None,
            "invoice_address_id": cfg.invoice_address_id,
            "delivery_address_id": cfg.delivery_address_id,
        }
        for position, cfg in enumerate(role.delivery_and_invoicing_configurations)
    ]
    return row, configs


def supplier_role_row(contact_id: str, role: SupplierRole) -> Row:
    row = _plain_fields(role, exclude=("managed_by", "tax_information"))
    row.update(
        contact_id=contact_id,
        managed_by=_json(role.managed_by),
        tax_information=_json(role.tax_information),
    )
    return row


def alternative_payer_role_row(contact_id: str, role: AlternativePayerRole) -> Row:
    row = _plain_fields(role)
    row["contact_id"] = contact_id
    return row


def image_row(
    image: Image, position: int, contact_id: str | None, placeholder_id: str | None
) -> Row:
    row = _plain_fields(image)
    row.update(position=position, contact_id=contact_id, placeholder_customer_id=placeholder_id)
    return row


def contact_rows(
    contact: IndividualContact | OrganizationContact, now: datetime, *, derived: bool = True
) -> RowSet:
    """Every row of one contact aggregate, tags excepted (they need the tags table); without
    ``derived``, the contact's sort keys are left ``None``."""
    rows: RowSet = defaultdict(list)
    add_contact_rows(rows, contact, now, derived=derived)
    return rows


# What puts the rows of the contact points of a contact or identity (``contact_id``,
# ``professional_identity_id``) somewhere: into a row set, by default.
PointRows = Callable[[RowSet, ContactPoints, str | None, str | None], None]


def add_contact_rows(
    rows: RowSet,
    contact: IndividualContact | OrganizationContact,
    now: datetime,
    *,
    derived: bool = True,
    points: PointRows | None = None,
) -> None:
    """Append the rows :func:`contact_rows` gives to ``rows`` (a batch's, whose lists grow
    contact after contact: spares merging a set of lists per contact); ``points`` takes the
    contact points' rows instead, if given."""
    cid = contact.id
    rows[s.contacts].append(contact_row(contact, now, derived=derived))
    point_rows = _contact_point_rows if points is None else points
    point_rows(rows, contact, cid, None)
    if isinstance(contact, IndividualContact):
        for position, pi in enumerate(contact.professional_identities):
            rows[s.professional_identities].append(
                {
                    "id": pi.id,
                    "remote_id": pi.remote_id,
                    "contact_id": cid,
                    "organization_id": pi.organization_contact,
                    "position": position,
                    "is_active": pi.is_active,
                    "job_title": pi.job_title,
                    "extra": dict(pi.extra),
                }
            )
            point_rows(rows, pi, None, pi.id)
            for pos, dep in enumerate(pi.departments):
                rows[s.professional_identity_departments].append(
                    {
                        "professional_identity_id": pi.id,
                        "department_id": dep.department_id,
                        "position": pos,
                    }
                )
            for pos, loc in enumerate(pi.locations):
                rows[s.professional_identity_locations].append(
                    {
                        "professional_identity_id": pi.id,
                        "location_id": loc.location_id,
                        "position": pos,
                    }
                )
        for position, rel in enumerate(contact.personal_relationships):
            rows[s.personal_relationships].append(
                {
                    "id": rel.id,
                    "remote_id": rel.remote_id,
                    "contact_id": cid,
                    "related_contact_id": rel.individual_contact,
                    "position": position,
                    "type": rel.type,
                    "extra": dict(rel.extra),
                }
            )
    else:
        for table, items in (
            (s.departments, contact.departments),
            (s.memberships, contact.memberships),
        ):
            for position, item in enumerate(items):
                row = _plain_fields(item)
                row.update(organization_id=cid, position=position)
                rows[table].append(row)
        for position, location in enumerate(contact.locations):
            row = _plain_fields(location, exclude=("leaders",))
            row.update(organization_id=cid, position=position, leaders=_json_list(location.leaders))
            rows[s.locations].append(row)
    if contact.customer_role is not None:
        role_row, configs = customer_role_rows(cid, contact.customer_role)
        rows[s.customer_roles].append(role_row)
        rows[s.delivery_configurations].extend(configs)
    if contact.supplier_role is not None:
        rows[s.supplier_roles].append(supplier_role_row(cid, contact.supplier_role))
    if contact.alternative_payer_role is not None:
        rows[s.alternative_payer_roles].append(
            alternative_payer_role_row(cid, contact.alternative_payer_role)
        )
    for position, image in enumerate(contact.images):
        rows[s.images].append(image_row(image, position, cid, None))


def search_text(contact: IndividualContact | OrganizationContact) -> str:
    """What the search index holds for a contact: names, e-mails, phones, cities, VAT, ids."""
    parts: list[str | None] = [contact.name, contact.external_id, contact.remote_id]
    if isinstance(contact, IndividualContact):
        parts += [contact.given_name, contact.family_name]
        point_owners: list[ContactPoints] = [contact, *contact.professional_identities]
    else:
        parts += [contact.vat_number, contact.company_registration_number, contact.uid]
        point_owners = [contact]
    for owner in point_owners:
        parts += [e.address for e in owner.emails]
        parts += [p.number for p in owner.phones]
        parts += [p.number.replace(" ", "") for p in owner.phones]
        parts += [a.city for a in owner.addresses]
    for role in (contact.customer_role,):
        if role is not None:
            parts.append(role.customer_id)
            if role.tax_information is not None:
                parts.append(role.tax_information.eu_vat_number)
    if contact.supplier_role is not None:
        parts.append(contact.supplier_role.supplier_id)
    return " ".join(filter(None, parts)).casefold()  # the parts that are there


# --- rows -> contact ----------------------------------------------------------------------


def _group(rows: Iterable[RowLike], key: str) -> dict[str, list[RowLike]]:
    grouped: dict[str, list[RowLike]] = defaultdict(list)
    for row in rows:
        grouped[row[key]].append(row)
    return grouped


def points_from_rows(
    rows_by_table: Mapping[str, list[RowLike]],
) -> dict[str, list[ContactPoint]]:
    return {
        list_name: [
            model_from_row(CONTACT_POINT_MODELS[list_name], r)
            for r in rows_by_table.get(list_name, [])
        ]
        for list_name in s.CONTACT_POINT_TABLES
    }


def customer_role_from_rows(row: RowLike, configs: Sequence[RowLike]) -> CustomerRole:
    credit_limit = None
    if row["credit_limit_unit"] is not None and row["credit_limit_value"] is not None:
        credit_limit = Money(value=row["credit_limit_value"], unit=row["credit_limit_unit"])
    return CustomerRole(
        customer_id=row["customer_id"],
        is_active=row["is_active"],
        is_suspended=row["is_suspended"],
        customer_since=row["customer_since"],
        managed_by=_opt(ProfessionalIdentityRef, row["managed_by"]),
        external_card=_opt(CustomerCard, row["external_card"]),
        tax_information=_opt(CustomerTaxInformation, row["tax_information"]),
        global_location_number=row["global_location_number"],
        alternative_payer=ContactRef(id=row["alternative_payer_id"])
        if row["alternative_payer_id"]
        else None,
        requires_formal_invoice=row["requires_formal_invoice"],
        credit_limit=credit_limit,
        delivery_and_invoicing_configurations=[
            DeliveryAndInvoicingConfiguration(
                limitations=DeliveryLimitations(
                    brand_id=c["brand_id"], extra=dict(c["limitations_extra"] or {})
                ),
                alternative_payer=ContactRef(id=c["alternative_payer_id"])
                if c["alternative_payer_id"]
                else None,
                invoice_address_id=c["invoice_address_id"],
                delivery_address_id=c["delivery_address_id"],
            )
            for c in sorted(configs, key=lambda c: int(c["position"]))
        ],
        debtor_account_id=row["debtor_account_id"],
        extra=dict(row["extra"] or {}),
    )


def _opt(model: type[M], value: Any) -> M | None:
    return None if value is None else model.model_validate(value)


def supplier_role_from_row(row: RowLike) -> SupplierRole:
    return model_from_row(
        SupplierRole,
        row,
        managed_by=_opt(ProfessionalIdentityRef, row["managed_by"]),
        tax_information=_opt(SupplierTaxInformation, row["tax_information"]),
        extra=dict(row["extra"] or {}),
    )


def alternative_payer_role_from_row(row: RowLike) -> AlternativePayerRole:
    return model_from_row(AlternativePayerRole, row, extra=dict(row["extra"] or {}))


def individual_from_rows(row: RowLike, **children: Any) -> IndividualContact:
    return model_from_row(
        IndividualContact,
        row,
        kind=ContactKind.INDIVIDUAL,
        owner=_opt(Owner, row["owner"]),
        **children,
    )


def organization_from_rows(row: RowLike, **children: Any) -> OrganizationContact:
    return model_from_row(
        OrganizationContact,
        row,
        kind=ContactKind.ORGANIZATION,
        representatives=[Representative.model_validate(r) for r in row["representatives"] or []],
        founders=[ProfessionalIdentityRef.model_validate(r) for r in row["founders"] or []],
        leaders=[ProfessionalIdentityRef.model_validate(r) for r in row["leaders"] or []],
        **children,
    )


def professional_identity_from_rows(
    row: RowLike,
    organization_id: str,
    department_ids: Sequence[str],
    location_ids: Sequence[str],
    points: Mapping[str, list[ContactPoint]],
) -> ProfessionalIdentity:
    from app.domain.models import DepartmentRef, LocationRef

    return ProfessionalIdentity(
        id=row["id"],
        remote_id=row["remote_id"],
        organization_contact=organization_id,
        is_active=row["is_active"],
        job_title=row["job_title"],
        departments=[
            DepartmentRef(contact_id=organization_id, department_id=d) for d in department_ids
        ],
        locations=[
            LocationRef(contact_id=organization_id, location_id=loc) for loc in location_ids
        ],
        extra=dict(row["extra"] or {}),
        **points,
    )


def relationship_from_row(row: RowLike) -> PersonalRelationship:
    return model_from_row(PersonalRelationship, row, individual_contact=row["related_contact_id"])


def department_from_row(row: RowLike) -> Department:
    return model_from_row(Department, row)


def membership_from_row(row: RowLike) -> Membership:
    return model_from_row(Membership, row)


def location_from_row(row: RowLike) -> Location:
    return model_from_row(
        Location,
        row,
        leaders=[ProfessionalIdentityRef.model_validate(r) for r in row["leaders"] or []],
    )


def image_from_row(row: RowLike) -> Image:
    return model_from_row(Image, row, data=bytes(row["data"]))


__all__ = ["ContactBase", "RowSet", "contact_rows", "sort_key"]
