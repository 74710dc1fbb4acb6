"""Fully populated aggregates: every field set to something other than its default."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from app.domain.models import (
    Address,
    AlternativePayerRole,
    ContactRef,
    CustomerCard,
    CustomerRole,
    CustomerTaxInformation,
    DeliveryAndInvoicingConfiguration,
    DeliveryLimitations,
    Department,
    DepartmentRef,
    Email,
    Image,
    IndividualContact,
    Location,
    LocationRef,
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
    Tag,
    WebAddress,
)

PNG_1X1 = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def address(**overrides: object) -> Address:
    values: dict[str, object] = {
        "remote_id": "r-addr",
        "type": "HEADQUARTERS",
        "full_address": "Korenmarkt 1, 9000 Gent, Belgium",
        "recipient_name": "Reception",
        "care_of": "Facility desk",
        "street_name": "Korenmarkt",
        "street_number": "1",
        "additional": "2nd floor",
        "city": "Gent",
        "zip": "9000",
        "state": "Oost-Vlaanderen",
        "country_code": "BE",
        "description": "Main office",
        "usages": ["INVOICES", "SHIPPING"],
        "usage_context": "ORGANIZATION",
        "extra": {"geo": {"lat": 51.05}},
    }
    values.update(overrides)
    return Address.model_validate(values)


def contact_points(context: str) -> dict[str, object]:
    return {
        "addresses": [address(usage_context=context)],
        "emails": [
            Email(
                remote_id="r-mail",
                type="WORK_EMAIL",
                address="info@klok.example",
                description="General",
                usage_context=context,
                extra={"verified": True},
            )
        ],
        "phones": [
            Phone(
                remote_id="r-phone",
                type="MAIN",
                number="+32 9 123 45 67",
                description="Switchboard",
                usages=["CALL", "SMS"],
                usage_context=context,
            )
        ],
        "web_addresses": [
            WebAddress(
                remote_id="r-web",
                type="ORGANIZATION_WEBSITE",
                url="https://klok.example",
                description="Site",
                usage_context=context,
            )
        ],
    }


def organization(name: str = "Brouwerij De Klok NV") -> OrganizationContact:
    org = OrganizationContact(
        remote_id="r-org",
        external_id="ext-org",
        name=name,
        founded=date(1921, 5, 1),
        external_organization_id="eo-1",
        organization_type="company",
        founding_year=1921,
        vat_number="BE0415928179",
        company_registration_number="0415928179",
        uid="ATU13585627",
        zvr="123456789",
        dvr="0012345",
        invoice_language="NL",
        internal_note="Pays on time.",
        custom_fields={"segment": "horeca", "priority": 2, "newsletter": True, "legacy": None},
        extra={"unknown_server_field": [1, 2]},
        tags=[Tag(name="VIP"), Tag(name="Wholesale")],
        images=[Image(media_type="image/png", data=PNG_1X1, width=1, height=1)],
        departments=[Department(name="Sales", description="Field", area="SALES", code="S1")],
        locations=[
            Location(name="Brewery", member_count=12, office_open_hour=8, office_close_hour=17)
        ],
        memberships=[Membership(type="CLUB", name="Brewers Guild", reference="M-77")],
        **contact_points("ORGANIZATION"),
    )
    org.customer_role = CustomerRole(
        customer_id="C-10023",
        is_active=True,
        is_suspended=True,
        customer_since=date(2019, 3, 1),
        external_card=CustomerCard(
            number="CARD-9", added=datetime(2020, 1, 2, 3, 4, 5, tzinfo=UTC)
        ),
        tax_information=CustomerTaxInformation(
            eu_vat_number="BE0415928179",
            tax_registration_number="TR-1",
            enabled_tax_exemptions=["UNIVERSAL_POSTAL_SERVICE_DE"],
        ),
        global_location_number="4012345000009",
        alternative_payer=ContactRef(id="payer-1"),
        requires_formal_invoice=True,
        credit_limit=Money(value=Decimal("2500.75"), unit="EUR"),
        delivery_and_invoicing_configurations=[
            DeliveryAndInvoicingConfiguration(
                invoice_address_id=org.addresses[0].id, delivery_address_id=org.addresses[0].id
            ),
            DeliveryAndInvoicingConfiguration(
                limitations=DeliveryLimitations(brand_id="brand-7", extra={"min_amount": 10}),
                alternative_payer=ContactRef(id="payer-2"),
                invoice_address_id=org.addresses[0].id,
            ),
        ],
        debtor_account_id="D-1",
        extra={"loyalty": "gold"},
    )
    org.supplier_role = SupplierRole(
        supplier_id="S-1",
        supplier_since=date(2018, 1, 1),
        my_customer_id="ME-42",
        tax_information=SupplierTaxInformation(
            eu_vat_number="BE0415928179", tax_registration_number="TR-2"
        ),
        global_location_number="4012345000009",
        creditor_account_id="CR-1",
    )
    org.alternative_payer_role = AlternativePayerRole(
        alternative_payer_id="AP-1",
        is_active=False,
        since=date(2021, 6, 1),
        debtor_account_id="D-2",
    )
    return org


def person(org: OrganizationContact, name: str = "Dr. An Peeters") -> IndividualContact:
    pi = ProfessionalIdentity(
        remote_id="r-pi",
        organization_contact=org.id,
        is_active=True,
        job_title="Head of sales",
        departments=[DepartmentRef(contact_id=org.id, department_id=org.departments[0].id)],
        locations=[LocationRef(contact_id=org.id, location_id=org.locations[0].id)],
        extra={"badge": "B-1"},
        **contact_points("PROFESSIONAL"),
    )
    return IndividualContact(
        remote_id="r-person",
        external_id="ext-person",
        name=name,
        date_of_birth=date(1980, 2, 29),
        anniversary=date(2010, 6, 5),
        gender="female",
        title="Dr.",
        title_suffix="MSc",
        given_name="An",
        family_name="Peeters",
        locale="nl_BE",
        owner=Owner(
            id="u1", type="user", first_name="Sam", last_name="Owner", email="sam@x.example"
        ),
        custom_fields={"shoe_size": 38},
        tags=[Tag(name="vip")],
        professional_identities=[pi],
        **contact_points("PERSONAL"),
    )


def link_leaders(org: OrganizationContact, someone: IndividualContact) -> None:
    ref = ProfessionalIdentityRef(
        contact_id=someone.id, professional_identity_id=someone.professional_identities[0].id
    )
    org.founders = [ref]
    org.leaders = [ref]
    org.representatives = [
        Representative(
            professional_identity=ref,
            is_active=True,
            activation_date=datetime(2020, 1, 1, tzinfo=UTC),
        )
    ]
    org.locations[0].leaders = [ref]
    org.customer_role.managed_by = ref  # type: ignore[union-attr]
    org.supplier_role.managed_by = ref  # type: ignore[union-attr]


def relationship(to: IndividualContact) -> PersonalRelationship:
    return PersonalRelationship(remote_id="r-rel", type="SPOUSE", individual_contact=to.id)
