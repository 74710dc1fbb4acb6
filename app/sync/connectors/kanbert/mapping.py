"""Kanbert contacts (``ContactData``) ↔ the projection of a Kontor individual contact.

Pure functions, no I/O.  The projection has the shape of :data:`app.sync.connector.Projection`
(``{(entity, local id): {field: value}}``) and holds only what Kanbert carries
(:data:`CARRIED`):

* the contact: structured name (``given_name``, ``family_name``, and ``name`` made of them),
  gender, title, title suffix, locale, date of birth, custom fields (typed);
* one e-mail per Kanbert field: ``email`` = WORK_EMAIL · PROFESSIONAL, ``email_private`` =
  PERSONAL_EMAIL · PERSONAL;
* one phone per Kanbert field: ``telephone`` = DIRECT_LINE · PROFESSIONAL,
  ``telephone_private`` = HOME_PHONE · PERSONAL, ``mobile`` = WORK_MOBILE · PROFESSIONAL,
  ``mobile_private`` = PERSONAL_MOBILE · PERSONAL, ``fax`` = DIRECT_FAX · PROFESSIONAL;
* **one** address (the contact's first): street, house number, additional line, zip, town,
  state, country;
* professional identities at the organizations linked to Kanbert companies, with the
  position of each link as the job title.  Kanbert's own ``position`` is the job title of the
  first of them; a contact without companies keeps it as the custom field ``position``.

Local ids come from :class:`app.sync.connector.LinkIds` under these keys: ``"contact"`` (else
Kontor's id in ``external_id`` when ``external_origin`` is ``"kontor"``), the Kanbert field
name of each e-mail and phone, ``"address"`` and ``"company:<company id>"`` for an identity.
The local organization linked to a Kanbert company comes from ``companies`` (Kanbert company
id → local organization id: the account's links), or from ``"org:<company id>"`` in the ids;
a company no organization is linked to yet is left out of the projection and kept in the base.

A Kanbert **company** is an organization contact here: its projection holds its name only
(:func:`company_projection`); companies are read, never written (the document names no way to
create or change one).

``owner``, ``client``, ``created_at``, ``updated_at``, ``deleted_at`` and fields Kontor does not
know stay in the base and are never sent changed.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any, Final

import pycountry

from app.domain import checks
from app.domain.models import IndividualContact
from app.i18n import translate
from app.store.rows import sort_key
from app.sync.connector import Carried, JsonDict, LinkIds, Projection, RuleProblem

EXTERNAL_ORIGIN: Final = "kontor"
POSITION_FIELD: Final = "position"  # the custom field holding Kanbert's position without company

EMAIL_SLOTS: Final = {
    "email": ("WORK_EMAIL", "PROFESSIONAL"),
    "email_private": ("PERSONAL_EMAIL", "PERSONAL"),
}
PHONE_SLOTS: Final = {
    "telephone": ("DIRECT_LINE", "PROFESSIONAL"),
    "telephone_private": ("HOME_PHONE", "PERSONAL"),
    "mobile": ("WORK_MOBILE", "PROFESSIONAL"),
    "mobile_private": ("PERSONAL_MOBILE", "PERSONAL"),
    "fax": ("DIRECT_FAX", "PROFESSIONAL"),
}
NAME_FIELDS: Final = {  # Kanbert → Kontor
    "first_name": "given_name",
    "last_name": "family_name",
    "gender": "gender",
    "title": "title",
    "title_suffix": "title_suffix",
    "locale": "locale",
    "birthday": "date_of_birth",
}
ADDRESS_FIELDS: Final = {  # Kanbert → Kontor
    "address_street": "street_name",
    "address_house": "street_number",
    "address_street2": "additional",
    "address_zip": "zip",
    "address_town": "city",
    "address_state": "state",
}
READ_ONLY: Final = ("id", "owner", "client", "created_at", "updated_at", "deleted_at")
_PLACE: Final = frozenset({"owner", "position"})
CARRIED: Final = Carried(
    {
        "contact": frozenset({"name", *NAME_FIELDS.values(), "custom_fields"}),
        "email": frozenset({"type", "usage_context", "address"}) | _PLACE,
        "phone": frozenset({"type", "usage_context", "number"}) | _PLACE,
        "address": frozenset({*ADDRESS_FIELDS.values(), "country_code", "full_address"}) | _PLACE,
        "professional_identity": frozenset({"organization_contact", "job_title"}) | _PLACE,
    }
)
_DATE: Final = re.compile(r"\d{4}-\d{2}-\d{2}")


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def full_address(parts: Mapping[str, Any]) -> str:
    """The one-line form of an address's parts (Kontor's ``full_address``)."""
    street = " ".join(p for p in (parts.get("street_name"), parts.get("street_number")) if p)
    town = " ".join(p for p in (parts.get("zip"), parts.get("city")) if p)
    lines = (street, parts.get("additional"), town, parts.get("state"), parts.get("country_code"))
    return ", ".join(p for p in lines if p)


def contact_local_id(doc: JsonDict, ids: LinkIds) -> str:
    known = ids.known.get("contact")
    if known:
        return known
    external = _text(doc.get("external_id"))
    if external and doc.get("external_origin") == EXTERNAL_ORIGIN:
        ids.made.setdefault("contact", external)
        return external
    return ids.local("contact")


# --- remote → projection ------------------------------------------------------------------


def to_projection(
    doc: JsonDict, ids: LinkIds, companies: Mapping[str, str] | None = None
) -> Projection:
    """The projection of one Kanbert contact; ``companies`` maps a Kanbert company id to the
    local organization linked to it."""
    cid = contact_local_id(doc, ids)
    contact: dict[str, Any] = {k: _text(doc.get(r)) for r, k in NAME_FIELDS.items()}
    contact["name"] = " ".join(n for n in (contact["given_name"], contact["family_name"]) if n)
    custom = doc.get("custom_fields")
    contact["custom_fields"] = dict(custom) if isinstance(custom, dict) else {}
    out: Projection = {("contact", cid): contact}
    for slots, entity, value_field in (
        (EMAIL_SLOTS, "email", "address"),
        (PHONE_SLOTS, "phone", "number"),
    ):
        position = 0
        for slot, (kind, usage) in slots.items():
            value = _text(doc.get(slot))
            if value is None:
                continue
            out[(entity, ids.local(slot))] = {
                "type": kind,
                "usage_context": usage,
                value_field: value,
                "owner": cid,
                "position": position,
            }
            position += 1
    address: dict[str, Any] = {k: _text(doc.get(r)) for r, k in ADDRESS_FIELDS.items()}
    country = doc.get("address_country")
    code = country.get("code") if isinstance(country, dict) else None
    address["country_code"] = code.upper() if isinstance(code, str) and code else None
    if any(address.values()):
        address["full_address"] = full_address(address)
        out[("address", ids.local("address"))] = {**address, "owner": cid, "position": 0}
    position_text = _text(doc.get("position"))
    identities = 0
    for company in doc.get("companies") or []:
        if not isinstance(company, dict) or company.get("id") is None:
            continue
        org = (companies or {}).get(str(company["id"])) or ids.known.get(f"org:{company['id']}")
        if org is None:
            continue  # no organization linked to this company yet: kept in the base
        pivot = company.get("contact_company")
        title = _text(pivot.get("position")) if isinstance(pivot, dict) else None
        if title is None and identities == 0:
            title = position_text
        out[("professional_identity", ids.local(f"company:{company['id']}"))] = {
            "organization_contact": org,
            "job_title": title,
            "owner": cid,
            "position": identities,
        }
        identities += 1
    if not doc.get("companies") and position_text is not None:
        contact["custom_fields"][POSITION_FIELD] = position_text
    return out


# --- companies ----------------------------------------------------------------------------


def company_name(doc: JsonDict) -> str:
    """A Kanbert company's name as written there ("" when it has none)."""
    name = doc.get("name")
    return " ".join(name.split()) if isinstance(name, str) else ""


def name_key(name: str) -> str:
    """What two organization names are compared by: case, accents and spacing aside
    (``"ACME  nv"`` is ``"Acme NV"``)."""
    return sort_key(" ".join(name.split()))


def company_projection(doc: JsonDict, local_id: str) -> Projection:
    """The projection of a Kanbert company: an organization contact with its name."""
    return {("contact", local_id): {"name": company_name(doc) or str(doc.get("id") or "")}}


def companies_of(doc: JsonDict) -> list[JsonDict]:
    """The companies a Kanbert contact names (as embedded there, without the link's
    ``contact_company``)."""
    return [
        {k: v for k, v in company.items() if k != "contact_company"}
        for company in doc.get("companies") or []
        if isinstance(company, dict) and company.get("id") is not None
    ]


# --- local → projection -------------------------------------------------------------------


def project_contact(contact: IndividualContact, carried: Carried = CARRIED) -> Projection:
    """What of ``contact`` Kanbert holds: the same selection :func:`from_projection` sends
    (the first e-mail / phone of each Kanbert field's type and usage, the first address, the
    identities), so comparing it with :func:`to_projection` shows only real differences."""
    cid = contact.id
    fields = contact.model_dump(mode="json")
    out: Projection = {
        ("contact", cid): {k: fields[k] for k in carried.entities["contact"] or ()},
    }
    for points, slots, entity in (
        (contact.emails, EMAIL_SLOTS, "email"),
        (contact.phones, PHONE_SLOTS, "phone"),
    ):
        position = 0
        for kind, usage in slots.values():
            point = next((p for p in points if (p.type, p.usage_context) == (kind, usage)), None)
            if point is None:
                continue
            dumped = point.model_dump(mode="json")
            out[(entity, point.id)] = {
                **carried.fields_of(entity, dumped),
                "owner": cid,
                "position": position,
            }
            position += 1
    if contact.addresses:
        first = contact.addresses[0]
        out[("address", first.id)] = {
            **carried.fields_of("address", first.model_dump(mode="json")),
            "owner": cid,
            "position": 0,
        }
    for i, identity in enumerate(contact.professional_identities):
        out[("professional_identity", identity.id)] = {
            "organization_contact": identity.organization_contact,
            "job_title": identity.job_title,
            "owner": cid,
            "position": i,
        }
    return out


# --- projection → remote ------------------------------------------------------------------


def _one(projection: Projection, entity: str) -> list[tuple[str, dict[str, Any]]]:
    items = [(k[1], v) for k, v in projection.items() if k[0] == entity]
    return sorted(items, key=lambda item: item[1].get("position", 0))


def from_projection(
    projection: Projection,
    base: JsonDict | None,
    company_ids: Mapping[str, str],
) -> JsonDict:
    """The body to send for ``projection``; ``base`` is the contact as Kanbert last had it
    (fields Kontor does not know go back unchanged; read-only fields are left out);
    ``company_ids`` maps a local organization's id to its Kanbert company id."""
    body: JsonDict = {k: v for k, v in (base or {}).items() if k not in READ_ONLY}
    [(cid, contact)] = _one(projection, "contact")
    for remote, local in NAME_FIELDS.items():
        body[remote] = contact.get(local)
    if not body.get("first_name") and not body.get("last_name") and contact.get("name"):
        body["last_name"] = contact["name"]  # Kanbert needs a name part: the whole name
    custom = dict(contact.get("custom_fields") or {})
    if not body.get("external_id"):
        body["external_id"] = cid
        body["external_origin"] = EXTERNAL_ORIGIN
    for slots, entity, value_field in (
        (EMAIL_SLOTS, "email", "address"),
        (PHONE_SLOTS, "phone", "number"),
    ):
        items = [v for _, v in _one(projection, entity)]
        for slot, (kind, usage) in slots.items():
            found = next(
                (p for p in items if (p.get("type"), p.get("usage_context")) == (kind, usage)),
                None,
            )
            body[slot] = _text(found.get(value_field)) if found else None
    addresses = _one(projection, "address")
    address = addresses[0][1] if addresses else {}
    for remote, local in ADDRESS_FIELDS.items():
        body[remote] = _text(address.get(local))
    code = _text(address.get("country_code"))
    body["address_country"] = {"code": code.upper()} if code else None
    links: list[JsonDict] = []
    kept = {
        str(c.get("id"))
        for c in (base or {}).get("companies") or []
        if isinstance(c, dict) and str(c.get("id")) not in company_ids.values()
    }
    for _, identity in _one(projection, "professional_identity"):
        company = company_ids.get(str(identity.get("organization_contact")))
        if company is not None:
            links.append({"id": company, "contact_company": {"position": identity["job_title"]}})
    for c in (base or {}).get("companies") or []:  # companies Kontor has no organization for
        if isinstance(c, dict) and str(c.get("id")) in kept:
            links.append({"id": c["id"], "contact_company": c.get("contact_company")})
    body["companies"] = links
    if links:
        body["position"] = (links[0].get("contact_company") or {}).get("position")
        custom.pop(POSITION_FIELD, None)
    else:
        body["position"] = _text(custom.pop(POSITION_FIELD, None))
    body["custom_fields"] = custom
    return body


# --- Kanbert's rules ----------------------------------------------------------------------


def check(projection: Projection) -> list[RuleProblem]:
    """Kanbert's rules for a contact about to be sent (validation.md): e-mail addresses,
    the birthday a date, the country an ISO 3166-1 alpha-2 code, custom field values text,
    yes/no, whole numbers or empty, and a first or last name."""
    problems: list[RuleProblem] = []
    contacts = _one(projection, "contact")
    contact = contacts[0][1] if contacts else {}
    if not any(_text(contact.get(k)) for k in ("given_name", "family_name", "name")):
        problems.append(
            RuleProblem("contact.name", translate("Sync", "Kanbert needs a first or a last name"))
        )
    birthday = contact.get("date_of_birth")
    if birthday is not None and not _is_date(birthday):
        problems.append(
            RuleProblem(
                "contact.date_of_birth",
                translate("Sync", "Birthday: not a date — {value}").format(value=birthday),
            )
        )
    for key, value in (contact.get("custom_fields") or {}).items():
        if not (value is None or isinstance(value, str | bool | int)) or isinstance(value, float):
            problems.append(
                RuleProblem(
                    "contact.custom_fields",
                    translate(
                        "Sync",
                        "Custom field “{key}”: Kanbert takes only text, yes/no, whole numbers "
                        "or empty — {value}",
                    ).format(key=key, value=repr(value)),
                )
            )
    for _, email in _one(projection, "email"):
        kind = (email.get("type"), email.get("usage_context"))
        if kind in EMAIL_SLOTS.values() and (reason := checks.email_problem(email["address"])):
            problems.append(
                RuleProblem(
                    "email.address", translate("Sync", "E-mail: {reason}").format(reason=reason)
                )
            )
    for _, address in _one(projection, "address")[:1]:
        code = _text(address.get("country_code"))
        if code and pycountry.countries.get(alpha_2=code.upper()) is None:
            problems.append(
                RuleProblem(
                    "address.country_code",
                    translate(
                        "Sync", "Country: Kanbert takes only ISO 3166-1 country codes — {code}"
                    ).format(code=code),
                )
            )
    return problems


def _is_date(value: Any) -> bool:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
