"""The route table of the Contacts API (``docs: api-contract.md``), in one place.

Every path the sync layer uses is rendered here from a template.  A deployment whose server
uses other paths overrides templates by name (from settings); nothing else changes.  Values
put into a path are URL-quoted as one segment each.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Final
from urllib.parse import quote

from app.domain.enums import ContactKind

INDIVIDUALS: Final = "individual-contacts"
ORGANIZATIONS: Final = "organization-contacts"
KIND_SEGMENTS: Final[Mapping[ContactKind, str]] = MappingProxyType(
    {ContactKind.INDIVIDUAL: INDIVIDUALS, ContactKind.ORGANIZATION: ORGANIZATIONS}
)
CONTACT_POINT_SEGMENTS: Final = ("addresses", "emails", "phones", "web-addresses")

_PI = "/orgs/{org}/individual-contacts/{id}/professional-identities"

DEFAULT_TEMPLATES: Final[Mapping[str, str]] = MappingProxyType(
    {
        "contacts": "/orgs/{org}/{kind}",
        "contact": "/orgs/{org}/{kind}/{id}",
        "details": "/orgs/{org}/{kind}/{id}/details",
        "contact_points": "/orgs/{org}/{kind}/{id}/{cp}",
        "contact_point": "/orgs/{org}/{kind}/{id}/{cp}/{item_id}",
        "professional_identities": _PI,
        "professional_identities_details": _PI + "/details",
        "professional_identity": _PI + "/{pi}",
        "professional_identity_details": _PI + "/{pi}/details",
        "professional_identity_contact_points": _PI + "/{pi}/{cp}",
        "professional_identity_contact_point": _PI + "/{pi}/{cp}/{item_id}",
        # Sub-collections the source document names in ``details`` but gives no paths for
        # (personal relationships; departments, locations, memberships): Kontor's convention.
        "sub_items": "/orgs/{org}/{kind}/{id}/{coll}",
        "sub_item": "/orgs/{org}/{kind}/{id}/{coll}/{item_id}",
        "customer_role": "/orgs/{org}/{kind}/{id}/customer-role",
        "supplier_role": "/orgs/{org}/{kind}/{id}/supplier-role",
        "alternative_payer_role": "/orgs/{org}/{kind}/{id}/alternative-payer-role",
        "tags": "/orgs/{org}/{kind}/{id}/tags",
        "tag": "/orgs/{org}/{kind}/{id}/tags/{tag_id}",
        "images": "/orgs/{org}/{kind}/{id}/images",
        "image": "/orgs/{org}/{kind}/{id}/images/{image_id}",
        "external_ids": "/orgs/{org}/{kind}/external-ids",
        "external_id": "/orgs/{org}/{kind}/external-ids/{external_id}",
        "contact_external_id": "/orgs/{org}/{kind}/{id}/external-id",
        "placeholder_customers": "/orgs/{org}/placeholder-customers",
        "placeholder_customer": "/orgs/{org}/placeholder-customers/{id}",
        "placeholder_customer_images": "/orgs/{org}/placeholder-customers/{id}/images",
        "placeholder_customer_image": "/orgs/{org}/placeholder-customers/{id}/images/{image_id}",
        "customer_lists": "/orgs/{org}/customer-lists",
        "customer_list": "/orgs/{org}/customer-lists/{list}",
        "customer_list_items": "/orgs/{org}/customer-lists/{list}/items",
        "customer_list_item": "/orgs/{org}/customer-lists/{list}/items/{contact_id}",
        "contact_configuration": "/orgs/{org}/contact-configuration",
    }
)

KindLike = ContactKind | str


def kind_segment(kind: KindLike) -> str:
    """``individual-contacts`` / ``organization-contacts`` for a kind (enum, value or segment)."""
    if isinstance(kind, ContactKind):
        return KIND_SEGMENTS[kind]
    if kind in (INDIVIDUALS, ORGANIZATIONS):
        return kind
    try:
        return KIND_SEGMENTS[ContactKind(kind)]
    except ValueError:
        raise ValueError(f"unknown contact kind: {kind!r}") from None


def contact_point_segment(cp: str) -> str:
    """The path segment of a contact-point collection (``web_addresses`` → ``web-addresses``)."""
    segment = cp.replace("_", "-")
    if segment not in CONTACT_POINT_SEGMENTS:
        raise ValueError(f"unknown contact point collection: {cp!r}")
    return segment


# Text that ``quote(text, safe="")`` gives back unchanged (letters, digits and ``-._~``): ids
# and names are mostly that, and the look spares quoting every segment of every request.
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*").fullmatch


def _q(value: object) -> str:
    text = str(value)
    return text if _UNQUOTED(text) else quote(text, safe="")


@dataclass(frozen=True)
class Routes:
    """Renders every path of the contract for one ``org``; ``templates`` override by name."""

    org: str
    templates: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = set(self.templates) - set(DEFAULT_TEMPLATES)
        if unknown:
            raise ValueError(f"unknown route names: {', '.join(sorted(unknown))}")
        merged = dict(DEFAULT_TEMPLATES)
        merged.update(self.templates)
        object.__setattr__(self, "templates", MappingProxyType(merged))

    def __hash__(self) -> int:
        return hash((self.org, tuple(sorted(self.templates.items()))))

    def render(self, name: str, **values: object) -> str:
        """The path ``name`` with ``org`` and ``values`` quoted into it."""
        template = self.templates[name]
        quoted = {k: _q(v) for k, v in values.items()}
        quoted["org"] = _q(self.org)
        try:
            return template.format_map(quoted)
        except KeyError as exc:
            raise ValueError(f"route {name!r} needs a value for {exc.args[0]!r}") from None

    # --- contacts -------------------------------------------------------------------------

    def contacts(self, kind: KindLike) -> str:
        return self.render("contacts", kind=kind_segment(kind))

    def contact(self, kind: KindLike, id: str) -> str:
        return self.render("contact", kind=kind_segment(kind), id=id)

    def details(self, kind: KindLike, id: str) -> str:
        return self.render("details", kind=kind_segment(kind), id=id)

    def contact_points(self, kind: KindLike, id: str, cp: str) -> str:
        return self.render(
            "contact_points", kind=kind_segment(kind), id=id, cp=contact_point_segment(cp)
        )

    def contact_point(self, kind: KindLike, id: str, cp: str, item_id: str) -> str:
        return self.render(
            "contact_point",
            kind=kind_segment(kind),
            id=id,
            cp=contact_point_segment(cp),
            item_id=item_id,
        )

    def sub_items(self, kind: KindLike, id: str, coll: str) -> str:
        return self.render("sub_items", kind=kind_segment(kind), id=id, coll=coll)

    def sub_item(self, kind: KindLike, id: str, coll: str, item_id: str) -> str:
        return self.render("sub_item", kind=kind_segment(kind), id=id, coll=coll, item_id=item_id)

    # --- professional identities (individual contacts only) -------------------------------

    def professional_identities(self, id: str) -> str:
        return self.render("professional_identities", id=id)

    def professional_identities_details(self, id: str) -> str:
        return self.render("professional_identities_details", id=id)

    def professional_identity(self, id: str, pi: str) -> str:
        return self.render("professional_identity", id=id, pi=pi)

    def professional_identity_details(self, id: str, pi: str) -> str:
        return self.render("professional_identity_details", id=id, pi=pi)

    def professional_identity_contact_points(self, id: str, pi: str, cp: str) -> str:
        return self.render(
            "professional_identity_contact_points", id=id, pi=pi, cp=contact_point_segment(cp)
        )

    def professional_identity_contact_point(self, id: str, pi: str, cp: str, item_id: str) -> str:
        return self.render(
            "professional_identity_contact_point",
            id=id,
            pi=pi,
            cp=contact_point_segment(cp),
            item_id=item_id,
        )

    # --- roles, tags, images --------------------------------------------------------------

    def customer_role(self, kind: KindLike, id: str) -> str:
        return self.render("customer_role", kind=kind_segment(kind), id=id)

    def supplier_role(self, kind: KindLike, id: str) -> str:
        return self.render("supplier_role", kind=kind_segment(kind), id=id)

    def alternative_payer_role(self, kind: KindLike, id: str) -> str:
        return self.render("alternative_payer_role", kind=kind_segment(kind), id=id)

    def tags(self, kind: KindLike, id: str) -> str:
        return self.render("tags", kind=kind_segment(kind), id=id)

    def tag(self, kind: KindLike, id: str, tag_id: str) -> str:
        return self.render("tag", kind=kind_segment(kind), id=id, tag_id=tag_id)

    def images(self, kind: KindLike, id: str) -> str:
        return self.render("images", kind=kind_segment(kind), id=id)

    def image(self, kind: KindLike, id: str, image_id: str) -> str:
        return self.render("image", kind=kind_segment(kind), id=id, image_id=image_id)

    # --- external ids ---------------------------------------------------------------------

    def external_ids(self, kind: KindLike) -> str:
        return self.render("external_ids", kind=kind_segment(kind))

    def external_id(self, kind: KindLike, external_id: str) -> str:
        return self.render("external_id", kind=kind_segment(kind), external_id=external_id)

    def contact_external_id(self, kind: KindLike, id: str) -> str:
        return self.render("contact_external_id", kind=kind_segment(kind), id=id)

    # --- placeholder customers ------------------------------------------------------------

    def placeholder_customers(self) -> str:
        return self.render("placeholder_customers")

    def placeholder_customer(self, id: str) -> str:
        return self.render("placeholder_customer", id=id)

    def placeholder_customer_images(self, id: str) -> str:
        return self.render("placeholder_customer_images", id=id)

    def placeholder_customer_image(self, id: str, image_id: str) -> str:
        return self.render("placeholder_customer_image", id=id, image_id=image_id)

    # --- customer lists -------------------------------------------------------------------

    def customer_lists(self) -> str:
        return self.render("customer_lists")

    def customer_list(self, list_id: str) -> str:
        return self.render("customer_list", list=list_id)

    def customer_list_items(self, list_id: str) -> str:
        return self.render("customer_list_items", list=list_id)

    def customer_list_item(self, list_id: str, contact_id: str) -> str:
        return self.render("customer_list_item", list=list_id, contact_id=contact_id)

    # --- configuration --------------------------------------------------------------------

    def contact_configuration(self) -> str:
        return self.render("contact_configuration")
