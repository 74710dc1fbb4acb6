"""Domain entities: the whole contact model, free of Qt and SQL.

Every entity has a local ``id`` (a UUID string made here) and, once the Contacts API knows it,
a ``remote_id``.  References between entities (a professional identity's organization, a
delivery configuration's addresses, …) use local ids; the sync layer maps them to remote ids.

Enum-valued fields are plain strings (see :mod:`app.domain.enums`) and every entity that the
API sends carries ``extra``: fields this version does not know, kept so they go back unchanged.
Rules are checked by :mod:`app.domain.validation`, not on construction, so a draft with mistakes
or a server record that breaks a rule can still be held, shown and corrected.
"""

from __future__ import annotations

import os
import threading
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.domain.enums import ContactKind, UsageContext

JsonDict = dict[str, Any]
CustomFieldValue = str | bool | int | None


_IDS_AT_ONCE = 512
_HEX = "0123456789abcdef"
# The hex digit of a UUID's variant (``10xx`` in binary) for a random one.
_VARIANT = {c: _HEX[(int(c, 16) & 0x3) | 0x8] for c in _HEX}
_id_lock = threading.Lock()
_id_pool: list[str] = []


def _forget_id_pool() -> None:
    """A forked process draws its own random bytes, never the rest of its parent's."""
    global _id_pool
    _id_pool = []


os.register_at_fork(after_in_child=_forget_id_pool)


def _fresh_ids() -> list[str]:
    """``_IDS_AT_ONCE`` random version 4 UUIDs as text, from one read of random bytes."""
    h = os.urandom(16 * _IDS_AT_ONCE).hex()
    variant = _VARIANT
    return [
        f"{h[i : i + 8]}-{h[i + 8 : i + 12]}-4{h[i + 13 : i + 16]}-"
        f"{variant[h[i + 16]]}{h[i + 17 : i + 20]}-{h[i + 20 : i + 32]}"
        for i in range(0, len(h), 32)
    ]


def new_id() -> str:
    """A fresh local identifier: a random (version 4) UUID as text.

    Formatted here rather than through ``uuid.UUID``, which takes twice as long: an import
    makes one for every contact, contact point and tag.  The random bytes are read from the
    operating system 512 ids at a time (one call per id costs more than the rest together
    when a pull makes thousands), and the 512 are written out together; each id still takes
    16 bytes of its own (the version and variant digits set as a UUID has them)."""
    global _id_pool
    with _id_lock:
        if not _id_pool:
            _id_pool = _fresh_ids()
        return _id_pool.pop()


class DomainModel(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Entity(DomainModel):
    """Something with its own identity locally and, once synced, on the server."""

    id: str = Field(default_factory=new_id)
    remote_id: str | None = None
    extra: JsonDict = Field(default_factory=dict)


# --- references ---------------------------------------------------------------------------


class ContactRef(DomainModel):
    id: str


class ProfessionalIdentityRef(DomainModel):
    contact_id: str
    professional_identity_id: str


class DepartmentRef(DomainModel):
    contact_id: str
    department_id: str


class LocationRef(DomainModel):
    contact_id: str
    location_id: str


# --- contact points -----------------------------------------------------------------------


class ContactPoint(Entity):
    type: str = "NOT_QUALIFIED"
    description: str | None = None
    usage_context: str = UsageContext.PERSONAL.value


class Address(ContactPoint):
    full_address: str = ""
    recipient_name: str | None = None
    care_of: str | None = None
    street_name: str | None = None
    street_number: str | None = None
    additional: str | None = None
    city: str | None = None
    zip: str | None = None
    state: str | None = None
    country_code: str | None = None
    usages: list[str] = Field(default_factory=list)

    def display(self) -> str:
        """The display form: ``full_address`` or, when empty, one built from the parts."""
        if self.full_address.strip():
            return self.full_address
        return compose_full_address(self)


class Email(ContactPoint):
    address: str = ""


class Phone(ContactPoint):
    number: str = ""
    usages: list[str] = Field(default_factory=list)


class WebAddress(ContactPoint):
    url: str = ""


def compose_full_address(address: Address) -> str:
    """A one-line display form of an address from its parts."""
    street = " ".join(p for p in (address.street_name, address.street_number) if p)
    town = " ".join(p for p in (address.zip, address.city) if p)
    parts = [
        address.recipient_name,
        f"c/o {address.care_of}" if address.care_of else None,
        street,
        address.additional,
        town,
        address.state,
        address.country_code,
    ]
    return ", ".join(p for p in parts if p)


class ContactPoints(DomainModel):
    """The contact points owned by a contact or by a professional identity."""

    addresses: list[Address] = Field(default_factory=list)
    emails: list[Email] = Field(default_factory=list)
    phones: list[Phone] = Field(default_factory=list)
    web_addresses: list[WebAddress] = Field(default_factory=list)


# --- people at organizations --------------------------------------------------------------


class ProfessionalIdentity(Entity, ContactPoints):
    """A person's role at an organization, with its own contact points."""

    organization_contact: str
    is_active: bool = True
    job_title: str | None = None
    departments: list[DepartmentRef] = Field(default_factory=list)
    locations: list[LocationRef] = Field(default_factory=list)


class PersonalRelationship(Entity):
    type: str = "SPOUSE"
    individual_contact: str


class Department(Entity):
    name: str = ""
    description: str | None = None
    area: str | None = None
    code: str | None = None


class Location(Entity):
    name: str = ""
    leaders: list[ProfessionalIdentityRef] = Field(default_factory=list)
    member_count: int | None = None
    office_open_hour: int | None = None
    office_close_hour: int | None = None


class Membership(Entity):
    type: str = "CLUB"
    organization_contact: str | None = None
    name: str | None = None
    reference: str | None = None


class Representative(DomainModel):
    professional_identity: ProfessionalIdentityRef
    is_active: bool = True
    activation_date: datetime | None = None
    deactivation_date: datetime | None = None


# --- roles --------------------------------------------------------------------------------


class Money(DomainModel):
    value: Decimal
    unit: str


class CustomerCard(DomainModel):
    number: str | None = None
    added: datetime | None = None


class CustomerTaxInformation(DomainModel):
    eu_vat_number: str | None = None
    tax_registration_number: str | None = None
    enabled_tax_exemptions: list[str] = Field(default_factory=list)


class SupplierTaxInformation(DomainModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    type: str | None = Field(default="VendorTaxInformation", alias="@type")
    eu_vat_number: str | None = None
    tax_registration_number: str | None = None


class DeliveryLimitations(DomainModel):
    brand_id: str | None = None
    extra: JsonDict = Field(default_factory=dict)

    def is_empty(self) -> bool:
        return self.brand_id is None and not self.extra

    def key(self) -> tuple[tuple[str, Any], ...]:
        """A comparable form: two configurations with equal keys have equal limitations."""
        items: dict[str, Any] = dict(self.extra)
        if self.brand_id is not None:
            items["brand_id"] = self.brand_id
        return tuple(sorted((k, repr(v)) for k, v in items.items() if v is not None))


class DeliveryAndInvoicingConfiguration(DomainModel):
    limitations: DeliveryLimitations = Field(default_factory=DeliveryLimitations)
    alternative_payer: ContactRef | None = None
    invoice_address_id: str | None = None
    delivery_address_id: str | None = None


class CustomerRole(DomainModel):
    customer_id: str = ""
    is_active: bool = True
    is_suspended: bool = False
    customer_since: date | None = None
    managed_by: ProfessionalIdentityRef | None = None
    external_card: CustomerCard | None = None
    tax_information: CustomerTaxInformation | None = None
    global_location_number: str | None = None
    alternative_payer: ContactRef | None = None
    requires_formal_invoice: bool = False
    credit_limit: Money | None = None
    delivery_and_invoicing_configurations: list[DeliveryAndInvoicingConfiguration] = Field(
        default_factory=list
    )
    # Assigned by the server; never sent back.
    debtor_account_id: str | None = None
    extra: JsonDict = Field(default_factory=dict)


class SupplierRole(DomainModel):
    supplier_id: str = ""
    is_active: bool = True
    supplier_since: date | None = None
    managed_by: ProfessionalIdentityRef | None = None
    my_customer_id: str | None = None
    tax_information: SupplierTaxInformation | None = None
    global_location_number: str | None = None
    # Assigned by the server; never sent back.
    creditor_account_id: str | None = None
    extra: JsonDict = Field(default_factory=dict)


class AlternativePayerRole(DomainModel):
    alternative_payer_id: str = ""
    is_active: bool = True
    since: date | None = None
    # Assigned by the server; never sent back.
    debtor_account_id: str | None = None
    extra: JsonDict = Field(default_factory=dict)


# --- tags and images ----------------------------------------------------------------------


class Tag(Entity):
    name: str


class Image(Entity):
    """A contact's picture; the first image of a contact is its default (avatar)."""

    model_config = ConfigDict(extra="forbid", ser_json_bytes="base64", val_json_bytes="base64")

    media_type: str = "image/png"
    data: bytes = b""
    width: int | None = None
    height: int | None = None


class Owner(DomainModel):
    """The user who owns a contact in a system that has owners (Kanbert)."""

    id: str | None = None
    type: str = "user"
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None


# --- contacts -----------------------------------------------------------------------------


class ContactBase(Entity, ContactPoints):
    name: str = ""
    external_id: str | None = None
    customer_role: CustomerRole | None = None
    supplier_role: SupplierRole | None = None
    alternative_payer_role: AlternativePayerRole | None = None
    tags: list[Tag] = Field(default_factory=list)
    images: list[Image] = Field(default_factory=list)
    custom_fields: dict[str, CustomFieldValue] = Field(default_factory=dict)
    # Properties of an imported vCard that the model has no field for (NICKNAME, IMPP, GEO,
    # X-…, with their groups and parameters), one unfolded line each, kept on this computer
    # and written back on vCard export.
    vcard_properties: list[str] = Field(default_factory=list)
    internal_note: str | None = None
    # The server's soft-delete flag (a tombstone in listings), not the local trash.
    remote_deleted: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Set while the contact is in the local trash.
    deleted_at: datetime | None = None

    @property
    def in_trash(self) -> bool:
        return self.deleted_at is not None

    def tag_names(self) -> list[str]:
        return [t.name for t in self.tags]


class IndividualContact(ContactBase):
    kind: Literal[ContactKind.INDIVIDUAL] = ContactKind.INDIVIDUAL
    date_of_birth: date | None = None
    anniversary: date | None = None
    gender: str | None = None
    title: str | None = None
    title_suffix: str | None = None
    given_name: str | None = None
    family_name: str | None = None
    locale: str | None = None
    owner: Owner | None = None
    professional_identities: list[ProfessionalIdentity] = Field(default_factory=list)
    personal_relationships: list[PersonalRelationship] = Field(default_factory=list)

    def composed_name(self) -> str:
        """The display name built from the structured parts (title, given, family, suffix)."""
        parts = [self.title, self.given_name, self.family_name]
        name = " ".join(p for p in parts if p)
        if self.title_suffix:
            name = f"{name}, {self.title_suffix}" if name else self.title_suffix
        return name


class OrganizationContact(ContactBase):
    kind: Literal[ContactKind.ORGANIZATION] = ContactKind.ORGANIZATION
    founded: date | None = None
    representatives: list[Representative] = Field(default_factory=list)
    founders: list[ProfessionalIdentityRef] = Field(default_factory=list)
    leaders: list[ProfessionalIdentityRef] = Field(default_factory=list)
    external_organization_id: str | None = None
    organization_type: str | None = None
    founding_year: int | None = None
    vat_number: str | None = None
    company_registration_number: str | None = None
    uid: str | None = None
    zvr: str | None = None
    dvr: str | None = None
    invoice_language: str | None = None
    departments: list[Department] = Field(default_factory=list)
    locations: list[Location] = Field(default_factory=list)
    memberships: list[Membership] = Field(default_factory=list)


Contact = Annotated[IndividualContact | OrganizationContact, Field(discriminator="kind")]
AnyContact = IndividualContact | OrganizationContact


# --- other aggregates ---------------------------------------------------------------------


class PlaceholderCustomer(Entity):
    """A customer record without a full contact behind it (e.g. a walk-in account)."""

    external_id: str | None = None
    customer_id: str = ""
    name: str = ""
    is_active: bool = True
    customer_since: date | None = None
    requires_formal_invoice: bool = False
    track_revenue: bool = True
    images: list[Image] = Field(default_factory=list)
    remote_deleted: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class CustomerList(Entity):
    name: str = ""
    member_ids: list[str] = Field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None


class ExternalIdMapping(DomainModel):
    """One pair of the one-to-one mapping between API contact ids and external ids."""

    kind: ContactKind
    internal: str
    external: str


class CustomWorkflowConfig(DomainModel):
    provider_id: str | None = None
    provide_contact_start_url: str | None = None
    provide_contact_address_start_url: str | None = None
    show_contact_details_start_url: str | None = None


class ExternalApiAccessConfiguration(DomainModel):
    url: str | None = None
    credentials_key: str | None = None
    timeout_in_millis: int | None = 2000
    max_retries: int | None = 3
    retry_interval_in_millis: int | None = 250


class ContactConfiguration(DomainModel):
    use_external_contact_management: bool = False
    custom_workflow_config: CustomWorkflowConfig | None = None
    api_access_configuration: ExternalApiAccessConfiguration | None = None
    extra: JsonDict = Field(default_factory=dict)


class Page(DomainModel):
    """Paging parameters of the API's listings."""

    limit: int = 100
    offset: int = 0
