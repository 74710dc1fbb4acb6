"""KIP companies ↔ the projection of a Kontor organization contact.

Pure functions, no I/O.  KIP keeps one company per organization with the fields of
:data:`FIELDS`: the name; the organization's invoice address (the address used for INVOICES,
else the first) as ``addressLine1`` (street and number), ``addressLine2`` (additional),
``addressLine4`` (city), ``postalCode`` and ``country``; its main phone and its mobile; its
invoice e-mail (the first e-mail); the VAT and company registration numbers; the invoice
language.  Local ids come from :class:`app.sync.connector.LinkIds` under the keys
``"contact"``, ``"address"``, ``"phone"``, ``"mobile"`` and ``"email"``.

VAT and company registration numbers are sent on create only: KIP does not take them in an
update, and once KIP has a company they cannot change there (:data:`CREATE_ONLY`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Final

from app.domain import checks
from app.domain.enums import AddressUsage, PhoneType
from app.domain.models import OrganizationContact
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.sync.connector import Carried, JsonDict, LinkIds, Projection, RuleProblem

#: KIP's field names, in the order of its create request.
FIELDS: Final = (
    "name",
    "addressLine1",
    "addressLine2",
    "addressLine3",
    "addressLine4",
    "postalCode",
    "country",
    "phoneNumber",
    "mobilePhoneNumber",
    "email",
    "taxRegistrationNumber",
    "companyRegistrationNumber",
    "language",
)
CREATE_ONLY: Final = ("taxRegistrationNumber", "companyRegistrationNumber")
#: Kept in the base beside what KIP answered: never sent as a field of the company.
READ_ONLY: Final = ("uuid", "links")
MAX_PHONE: Final = 35
COUNTRY: Final = re.compile(r"[a-zA-Z]{2,4}")
REGISTRATION: Final = re.compile(r"[a-zA-Z0-9]{0,16}")
LANGUAGE: Final = re.compile(r"[a-zA-Z]{2,3}")
MOBILE_TYPES: Final = frozenset(
    {PhoneType.MOBILE.value, PhoneType.WORK_MOBILE.value, PhoneType.PERSONAL_MOBILE.value}
)
NOT_A_PHONE: Final = frozenset(
    {
        PhoneType.FAX_LINE.value,
        PhoneType.DIRECT_FAX.value,
        PhoneType.HOME_FAX.value,
        PhoneType.MAIN_FAX.value,
        PhoneType.PAGER.value,
    }
)
_PLACE: Final = frozenset({"owner", "position"})
ADDRESS_FIELDS: Final = frozenset(
    {"street_name", "street_number", "additional", "city", "zip", "country_code"}
)
CARRIED: Final = Carried(
    {
        "contact": frozenset(
            {"name", "vat_number", "company_registration_number", "invoice_language"}
        ),
        "address": ADDRESS_FIELDS | _PLACE,
        "phone": frozenset({"type", "number"}) | _PLACE,
        "email": frozenset({"address"}) | _PLACE,
    }
)
_STREET_NUMBER: Final = re.compile(r"^(?P<street>.*\D)\s+(?P<number>\d[\w/-]*)$")

#: What each KIP field is called for the user (English: shown with ``translate("Sync", ...)``),
#: and where to fill it in.
WORDS: Final[Mapping[str, tuple[str, str]]] = {
    "name": (QT_TRANSLATE_NOOP("Sync", "a name"), "contact.name"),
    "addressLine1": (
        QT_TRANSLATE_NOOP("Sync", "a street in the invoice address"),
        "address.street_name",
    ),
    "addressLine4": (QT_TRANSLATE_NOOP("Sync", "a city in the invoice address"), "address.city"),
    "postalCode": (QT_TRANSLATE_NOOP("Sync", "a post code in the invoice address"), "address.zip"),
    "country": (
        QT_TRANSLATE_NOOP("Sync", "a country in the invoice address"),
        "address.country_code",
    ),
    "phoneNumber": (QT_TRANSLATE_NOOP("Sync", "a phone number"), "phone.number"),
    "mobilePhoneNumber": (QT_TRANSLATE_NOOP("Sync", "a mobile phone number"), "phone.number"),
    "email": (QT_TRANSLATE_NOOP("Sync", "an e-mail address for invoices"), "email.address"),
    "language": (QT_TRANSLATE_NOOP("Sync", "an invoice language"), "contact.invoice_language"),
}


def _text(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def registration(value: Any) -> str | None:
    """A VAT or company registration number as KIP keeps it (no spaces, dots or dashes)."""
    text = _text(value)
    return checks.normalise_vat(text) if text else None


# --- local → projection -------------------------------------------------------------------


def invoice_address(org: OrganizationContact) -> Any:
    """The address KIP gets: the one used for invoices, else the first."""
    for address in org.addresses:
        if AddressUsage.INVOICES.value in address.usages:
            return address
    return org.addresses[0] if org.addresses else None


def main_phone(org: OrganizationContact) -> Any:
    """The main phone: of type MAIN, else the first that is neither a mobile nor a fax."""
    found = next((p for p in org.phones if p.type == PhoneType.MAIN.value), None)
    if found is None:
        found = next((p for p in org.phones if p.type not in MOBILE_TYPES | NOT_A_PHONE), None)
    return found


def mobile_phone(org: OrganizationContact) -> Any:
    return next((p for p in org.phones if p.type in MOBILE_TYPES), None)


def project_contact(org: OrganizationContact) -> Projection:
    """What of ``org`` KIP holds: the selection :func:`from_projection` sends."""
    cid = org.id
    out: Projection = {
        ("contact", cid): {
            "name": org.name,
            "vat_number": org.vat_number,
            "company_registration_number": org.company_registration_number,
            "invoice_language": org.invoice_language,
        }
    }
    address = invoice_address(org)
    if address is not None:
        data = address.model_dump(mode="json")
        out[("address", address.id)] = {
            **{k: data.get(k) for k in ADDRESS_FIELDS},
            "owner": cid,
            "position": 0,
        }
    for position, phone in enumerate((main_phone(org), mobile_phone(org))):
        if phone is not None:
            out[("phone", phone.id)] = {
                "type": phone.type,
                "number": phone.number,
                "owner": cid,
                "position": position,
            }
    if org.emails:
        email = org.emails[0]
        out[("email", email.id)] = {"address": email.address, "owner": cid, "position": 0}
    return out


def link_keys(projection: Projection) -> dict[str, str]:
    """``{KIP key: local entity id}`` of a projection."""
    keys: dict[str, str] = {}
    for (entity, local_id), fields in projection.items():
        if entity in ("contact", "address", "email"):
            keys.setdefault(entity, local_id)
        elif entity == "phone":
            key = "mobile" if fields.get("type") in MOBILE_TYPES else "phone"
            keys.setdefault(key, local_id)
    return keys


# --- remote → projection ------------------------------------------------------------------


def split_street(line: str | None) -> tuple[str | None, str | None]:
    """``"Kinepolislaan 12"`` → ``("Kinepolislaan", "12")``; a line without a trailing
    number is all street."""
    if not line:
        return None, None
    found = _STREET_NUMBER.match(line.strip())
    if found is None:
        return line.strip(), None
    return found.group("street").strip(), found.group("number")


def to_projection(doc: JsonDict, ids: LinkIds) -> Projection:
    """The projection of a company as KIP has it (what Kontor last sent and KIP accepted)."""
    cid = ids.local("contact")
    out: Projection = {
        ("contact", cid): {
            "name": _text(doc.get("name")) or "",
            "vat_number": _text(doc.get("taxRegistrationNumber")),
            "company_registration_number": _text(doc.get("companyRegistrationNumber")),
            "invoice_language": _text(doc.get("language")),
        }
    }
    street, number = split_street(_text(doc.get("addressLine1")))
    parts = {
        "street_name": street,
        "street_number": number,
        "additional": _text(doc.get("addressLine2")),
        "city": _text(doc.get("addressLine4")),
        "zip": _text(doc.get("postalCode")),
        "country_code": (_text(doc.get("country")) or "").upper() or None,
    }
    if any(parts.values()):
        out[("address", ids.local("address"))] = {**parts, "owner": cid, "position": 0}
    for position, (remote, key, kind) in enumerate(
        (("phoneNumber", "phone", "MAIN"), ("mobilePhoneNumber", "mobile", "MOBILE"))
    ):
        number_text = _text(doc.get(remote))
        if number_text:
            out[("phone", ids.local(key))] = {
                "type": kind,
                "number": number_text,
                "owner": cid,
                "position": position,
            }
    email = _text(doc.get("email"))
    if email:
        out[("email", ids.local("email"))] = {"address": email, "owner": cid, "position": 0}
    return out


# --- projection → remote ------------------------------------------------------------------


def _first(projection: Projection, entity: str, **where: Any) -> dict[str, Any]:
    items = sorted(
        (v for k, v in projection.items() if k[0] == entity),
        key=lambda item: item.get("position", 0),
    )
    for item in items:
        if all(item.get(k) in v for k, v in where.items()):
            return item
    return {}


def from_projection(projection: Projection, base: JsonDict | None) -> JsonDict:
    """The company as KIP's create request has it (``base``: what KIP has, its fields not
    written here kept)."""
    body: JsonDict = {k: v for k, v in (base or {}).items() if k not in READ_ONLY}
    contact = _first(projection, "contact")
    address = _first(projection, "address")
    phones = [v for k, v in projection.items() if k[0] == "phone"]
    main = next((p for p in phones if p.get("type") not in MOBILE_TYPES), {})
    mobile = next((p for p in phones if p.get("type") in MOBILE_TYPES), {})
    email = _first(projection, "email")
    street = " ".join(
        p for p in (_text(address.get("street_name")), _text(address.get("street_number"))) if p
    )
    language = _text(contact.get("invoice_language"))
    country = _text(address.get("country_code"))
    body.update(
        {
            "name": _text(contact.get("name")),
            "addressLine1": street or None,
            "addressLine2": _text(address.get("additional")),
            "addressLine4": _text(address.get("city")),
            "postalCode": _text(address.get("zip")),
            "country": country.upper() if country else None,
            "phoneNumber": _text(main.get("number")),
            "mobilePhoneNumber": _text(mobile.get("number")),
            "email": _text(email.get("address")),
            "taxRegistrationNumber": registration(contact.get("vat_number")) or "",
            "companyRegistrationNumber": registration(contact.get("company_registration_number"))
            or "",
            "language": language.upper() if language else None,
        }
    )
    body.setdefault("addressLine3", None)
    return body


def update_body(body: JsonDict) -> JsonDict:
    """The update request for a company: every field but those KIP takes on create only,
    and nothing empty that KIP does not require."""
    out = {k: v for k, v in body.items() if k not in CREATE_ONLY and k not in READ_ONLY}
    return {k: v for k, v in out.items() if v is not None or k in WORDS}


def create_body(body: JsonDict) -> JsonDict:
    out = {k: v for k, v in body.items() if k not in READ_ONLY}
    return {k: v for k, v in out.items() if v is not None or k in WORDS or k in CREATE_ONLY}


# --- KIP's rules --------------------------------------------------------------------------


def check(projection: Projection) -> list[RuleProblem]:
    """KIP's rules for a company about to be sent: every required field, the country as 2 to
    4 letters, phone numbers of at most 35 characters, an e-mail address, a VAT or company
    registration number of at most 16 letters and digits, the language as 2 or 3 letters.
    Each message names the field and says what to do."""
    body = from_projection(projection, None)
    problems: list[RuleProblem] = []
    for name, (words, where) in WORDS.items():
        if not body.get(name):
            problems.append(
                RuleProblem(
                    where,
                    translate(
                        "Sync", "KIP needs {what} — add one or leave this company out of KIP"
                    ).format(what=translate("Sync", words)),
                )
            )
    vat, registration_number = body["taxRegistrationNumber"], body["companyRegistrationNumber"]
    if not vat and not registration_number:
        problems.append(
            RuleProblem(
                "contact.vat_number",
                translate(
                    "Sync",
                    "KIP needs a VAT number or a company registration number — add one or leave "
                    "this company out of KIP",
                ),
            )
        )
    for value, where, label in (
        (vat, "contact.vat_number", QT_TRANSLATE_NOOP("Sync", "VAT number")),
        (
            registration_number,
            "contact.company_registration_number",
            QT_TRANSLATE_NOOP("Sync", "Company registration"),
        ),
    ):
        if value and not REGISTRATION.fullmatch(value):
            problems.append(
                RuleProblem(
                    where,
                    translate(
                        "Sync", "{field}: KIP takes at most 16 letters and digits — {value}"
                    ).format(field=translate("Sync", label), value=value),
                )
            )
    country = body.get("country")
    if country and not COUNTRY.fullmatch(country):
        problems.append(
            RuleProblem(
                "address.country_code",
                translate("Sync", "Country: KIP takes a code of 2 to 4 letters — {country}").format(
                    country=country
                ),
            )
        )
    for name, label in (
        ("phoneNumber", QT_TRANSLATE_NOOP("Sync", "Phone")),
        ("mobilePhoneNumber", QT_TRANSLATE_NOOP("Sync", "Mobile phone")),
    ):
        number = body.get(name)
        if number and len(number) > MAX_PHONE:
            problems.append(
                RuleProblem(
                    "phone.number",
                    translate(
                        "Sync", "{field}: KIP takes at most {most} characters — {number}"
                    ).format(field=translate("Sync", label), most=MAX_PHONE, number=number),
                )
            )
    email = body.get("email")
    if email and (reason := checks.email_problem(email)):
        problems.append(
            RuleProblem(
                "email.address",
                translate("Sync", "E-mail for KIP: {reason}").format(reason=reason),
            )
        )
    language = body.get("language")
    if language and not LANGUAGE.fullmatch(language):
        problems.append(
            RuleProblem(
                "contact.invoice_language",
                translate(
                    "Sync", "Invoice language: KIP takes a code of 2 or 3 letters — {language}"
                ).format(language=language),
            )
        )
    return problems
