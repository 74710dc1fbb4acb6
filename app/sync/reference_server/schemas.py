"""The fields every request body must carry, schema by schema.

The Contacts API document marks these fields of its request schemas ``required``; the
reference server refuses a body that leaves one out (or sends it as ``null``) with 400 and a
problem per missing field, before it looks at anything else and before anything is stored.
The sub-collections the server adds beyond the document (personal relationships,
departments, locations, memberships) have their own entries at the end.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, Final

REQUIRED: Final[Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "IndividualContact": ("name",),
        "OrganizationContact": ("name",),
        "Address": ("type", "full_address", "usage_context"),
        "Email": ("type", "address", "usage_context"),
        "Phone": ("type", "number", "usage_context"),
        "WebAddress": ("type", "url", "usage_context"),
        # a PUT cannot change organization_contact, so its body need not carry it
        "ProfessionalIdentity": ("organization_contact", "is_active"),
        "ProfessionalIdentityUpdate": ("is_active",),
        "CustomerRole": ("customer_id", "is_active", "is_suspended", "customer_since"),
        "SupplierRole": ("supplier_id", "is_active", "supplier_since"),
        "AlternativePayerRole": ("alternative_payer_id", "is_active", "since"),
        "Tag": ("name",),
        "Image": ("data",),
        "IDMappings": ("items",),
        "PlaceholderCustomer": (
            "customer_id",
            "name",
            "is_active",
            "customer_since",
            "requires_formal_invoice",
            "track_revenue",
        ),
        "CustomerList": ("name",),
        "CustomerListItems": ("items",),
        "ContactConfiguration": ("use_external_contact_management",),
        # beyond the document: the server's own sub-collections
        "PersonalRelationship": ("type", "individual_contact"),
        "Department": ("name",),
        "Location": ("name",),
        "Membership": ("type",),
    }
)

CONTACT_POINT_SCHEMAS: Final[Mapping[str, str]] = MappingProxyType(
    {"addresses": "Address", "emails": "Email", "phones": "Phone", "web-addresses": "WebAddress"}
)
"""The schema of each contact-point collection (by its path segment)."""

CONTACT_SCHEMAS: Final[Mapping[str, str]] = MappingProxyType(
    {"individual-contacts": "IndividualContact", "organization-contacts": "OrganizationContact"}
)

ROLE_SCHEMAS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "customer-role": "CustomerRole",
        "supplier-role": "SupplierRole",
        "alternative-payer-role": "AlternativePayerRole",
    }
)

SUB_COLLECTION_SCHEMAS: Final[Mapping[str, str]] = MappingProxyType(
    {
        "personal-relationships": "PersonalRelationship",
        "departments": "Department",
        "locations": "Location",
        "memberships": "Membership",
    }
)


def missing_fields(schema: str, body: Mapping[str, Any]) -> list[str]:
    """The required fields of ``schema`` that ``body`` leaves out or sends as ``null``."""
    return [name for name in REQUIRED[schema] if body.get(name) is None]
