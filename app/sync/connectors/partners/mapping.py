"""Partner-portal organizations ↔ the projection of a Kontor organization contact.

Pure functions, no I/O.  The projection (:data:`app.sync.connector.Projection`) holds what the
portal carries (:data:`CARRIED`): name, organization type, internal note, founding year,
UID / ZVR / DVR; the first e-mail; **one** address (the first); the MAIN phone and the
FAX_LINE fax.  Local ids come from :class:`app.sync.connector.LinkIds` under the keys
``"contact"``, ``"email"``, ``"address"``, ``"phone"`` and ``"fax"``.

The portal's ``country_id`` / ``state_id`` are its own ids: :class:`CountryTable` (kept per
account, made from the portal's country list) turns them into ISO codes and state names and
back; an id the table does not know is kept in the base and named by :func:`unknown_ids`.
Phone and fax are ``{prefix, number}``: split and joined with ``phonenumbers`` (prefix =
``+`` and the country code).

Customers (``customer_id``) are the members of the organization: :func:`members` and
:func:`customer_ids` map them to local contacts through the account's links; customer ids
with no local contact are kept, never dropped.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import phonenumbers

from app.domain import checks
from app.domain.enums import KNOWN_ORGANIZATION_TYPES
from app.domain.models import OrganizationContact
from app.i18n import translate
from app.sync.connector import Carried, JsonDict, LinkIds, Projection, RuleProblem

CONTACT_FIELDS: Final = {  # portal → Kontor
    "name": "name",
    "type": "organization_type",
    "internal_note": "internal_note",
    "founding_year": "founding_year",
    "uid": "uid",
    "zvr": "zvr",
    "dvr": "dvr",
}
ADDRESS_FIELDS: Final = {  # portal → Kontor
    "street_name": "street_name",
    "street_number": "street_number",
    "additional_information": "additional",
    "city": "city",
}
PHONES: Final = {"phone_number": ("phone", "MAIN"), "fax_number": ("fax", "FAX_LINE")}
READ_ONLY: Final = ("id", "created_at", "updated_at")
_PLACE: Final = frozenset({"owner", "position"})
CARRIED: Final = Carried(
    {
        "contact": frozenset(CONTACT_FIELDS.values()),
        "email": frozenset({"address"}) | _PLACE,
        "address": frozenset(
            {*ADDRESS_FIELDS.values(), "zip", "country_code", "state", "full_address"}
        )
        | _PLACE,
        "phone": frozenset({"type", "number"}) | _PLACE,
    }
)


@dataclass
class CountryTable:
    """The portal's country and state ids of one account: ``countries`` id → ISO code,
    ``states`` id → ``(ISO code of its country, state name)``."""

    countries: dict[int, str] = field(default_factory=dict)
    states: dict[int, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def from_listing(cls, items: Iterable[Mapping[str, Any]]) -> CountryTable:
        """From the portal's country list (``[{"id", "code", "states": [{"id", "name"}]}]``)."""
        table = cls()
        for country in items:
            code = str(country["code"]).upper()
            table.countries[int(country["id"])] = code
            for state in country.get("states") or []:
                table.states[int(state["id"])] = (code, str(state["name"]))
        return table

    def country_id(self, code: str) -> int | None:
        return next((i for i, c in self.countries.items() if c == code.upper()), None)

    def state_id(self, code: str, name: str) -> int | None:
        wanted = (code.upper(), name.casefold())
        return next((i for i, (c, n) in self.states.items() if (c, n.casefold()) == wanted), None)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def full_address(parts: Mapping[str, Any]) -> str:
    street = " ".join(p for p in (parts.get("street_name"), parts.get("street_number")) if p)
    town = " ".join(p for p in (parts.get("zip"), parts.get("city")) if p)
    lines = (street, parts.get("additional"), town, parts.get("state"), parts.get("country_code"))
    return ", ".join(p for p in lines if p)


# --- phones -------------------------------------------------------------------------------


def join_phone(value: Any) -> str | None:
    """``{prefix, number}`` as one number in international form (as sent when it cannot be
    read)."""
    if not isinstance(value, dict):
        return None
    prefix, number = _text(value.get("prefix")), _text(value.get("number"))
    if number is None:
        return None
    text = f"{prefix} {number}" if prefix else number
    try:
        parsed = phonenumbers.parse(text, None)
    except phonenumbers.NumberParseException:
        return text
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def split_phone(number: str, region: str | None) -> JsonDict | None:
    """``{"prefix": "+43", "number": "1234567"}`` for a number (``region`` for one written
    without its country code); ``None`` when it cannot be read."""
    try:
        parsed = phonenumbers.parse(number, region.upper() if region else None)
    except phonenumbers.NumberParseException:
        return None
    national = phonenumbers.national_significant_number(parsed)
    if not parsed.country_code or not national:
        return None
    return {"prefix": f"+{parsed.country_code}", "number": national}


# --- remote → projection ------------------------------------------------------------------


def to_projection(doc: JsonDict, ids: LinkIds, table: CountryTable) -> Projection:
    """The projection of one portal organization."""
    cid = ids.local("contact")
    contact: dict[str, Any] = {k: doc.get(r) for r, k in CONTACT_FIELDS.items()}
    year = contact["founding_year"]
    contact["founding_year"] = (
        year if isinstance(year, int) and not isinstance(year, bool) else None
    )
    out: Projection = {("contact", cid): contact}
    email = _text(doc.get("email"))
    if email:
        out[("email", ids.local("email"))] = {
            "type": "NOT_QUALIFIED",
            "usage_context": "PROFESSIONAL",
            "address": email,
            "owner": cid,
            "position": 0,
        }
    address = doc.get("address")
    if isinstance(address, dict):
        parts: dict[str, Any] = {k: _text(address.get(r)) for r, k in ADDRESS_FIELDS.items()}
        post_code = address.get("post_code")
        parts["zip"] = str(post_code) if post_code is not None else None
        parts["country_code"] = table.countries.get(address.get("country_id"))  # type: ignore[arg-type]
        state = table.states.get(address.get("state_id"))  # type: ignore[arg-type]
        parts["state"] = state[1] if state else None
        if any(parts.values()):
            parts["full_address"] = full_address(parts)
            out[("address", ids.local("address"))] = {
                **parts,
                "type": "OFFICE",
                "usage_context": "PROFESSIONAL",
                "owner": cid,
                "position": 0,
            }
    for position, (remote, (key, kind)) in enumerate(PHONES.items()):
        number = join_phone(doc.get(remote))
        if number:
            out[("phone", ids.local(key))] = {
                "type": kind,
                "usage_context": "PROFESSIONAL",
                "number": number,
                "owner": cid,
                "position": position,
            }
    return out


def unknown_ids(doc: JsonDict, table: CountryTable) -> list[RuleProblem]:
    """The portal's country / state ids in ``doc`` that ``table`` does not know (kept in the
    base, shown to the user)."""
    given = doc.get("address")
    address: JsonDict = given if isinstance(given, dict) else {}
    problems = []
    country, state = address.get("country_id"), address.get("state_id")
    if country is not None and country not in table.countries:
        problems.append(
            RuleProblem(
                "address.country_code",
                translate("Sync", "Country: the portal's id {id} is unknown").format(id=country),
            )
        )
    if state is not None and state not in table.states:
        problems.append(
            RuleProblem(
                "address.state",
                translate("Sync", "State: the portal's id {id} is unknown").format(id=state),
            )
        )
    return problems


# --- local → projection -------------------------------------------------------------------


def project_contact(org: OrganizationContact) -> Projection:
    """What of ``org`` the portal holds: the selection :func:`from_projection` sends."""
    cid = org.id
    data = org.model_dump(mode="json")
    out: Projection = {("contact", cid): {k: data[k] for k in CONTACT_FIELDS.values()}}
    if org.emails:
        email = org.emails[0]
        out[("email", email.id)] = {"address": email.address, "owner": cid, "position": 0}
    if org.addresses:
        address = org.addresses[0]
        out[("address", address.id)] = {
            **CARRIED.fields_of("address", address.model_dump(mode="json")),
            "owner": cid,
            "position": 0,
        }
    for position, (_, kind) in enumerate(PHONES.values()):
        phone = next((p for p in org.phones if p.type == kind), None)
        if phone is not None:
            out[("phone", phone.id)] = {
                "type": kind,
                "number": phone.number,
                "owner": cid,
                "position": position,
            }
    return out


# --- projection → remote ------------------------------------------------------------------


def _all(projection: Projection, entity: str) -> list[dict[str, Any]]:
    items = [v for k, v in projection.items() if k[0] == entity]
    return sorted(items, key=lambda item: item.get("position", 0))


def from_projection(projection: Projection, base: JsonDict | None, table: CountryTable) -> JsonDict:
    """The body to send for ``projection``; ``base`` is the organization as the portal last
    had it (fields Kontor does not know go back unchanged; an id the table does not know is
    sent back as it was while the country / state is unchanged)."""
    base = base or {}
    body: JsonDict = {k: v for k, v in base.items() if k not in READ_ONLY}
    [contact] = _all(projection, "contact")
    for remote, local in CONTACT_FIELDS.items():
        body[remote] = contact.get(local)
    emails = _all(projection, "email")
    body["email"] = _text(emails[0].get("address")) if emails else None
    addresses = _all(projection, "address")
    region: str | None = None
    if addresses:
        parts = addresses[0]
        region = _text(parts.get("country_code"))
        given = base.get("address")
        old: JsonDict = given if isinstance(given, dict) else {}
        address: JsonDict = dict(old)
        for remote, local in ADDRESS_FIELDS.items():
            address[remote] = _text(parts.get(local))
        zip_code = _text(parts.get("zip"))
        address["post_code"] = int(zip_code) if zip_code and zip_code.isdigit() else None
        before = to_projection(base, LinkIds(), table) if base else {}
        old_parts = next((v for k, v in before.items() if k[0] == "address"), {})
        if region == old_parts.get("country_code") and "country_id" in old:
            pass  # unchanged: the id the portal has stays, also one the table does not know
        else:
            address["country_id"] = table.country_id(region) if region else None
        state = _text(parts.get("state"))
        if state == old_parts.get("state") and region == old_parts.get("country_code"):
            address.setdefault("state_id", None)
        else:
            address["state_id"] = table.state_id(region or "", state) if state else None
        body["address"] = address
    else:
        body["address"] = None
    phones = _all(projection, "phone")
    for remote, (_, kind) in PHONES.items():
        found = next((p for p in phones if p.get("type") == kind), None)
        number = _text(found.get("number")) if found else None
        body[remote] = split_phone(number, region) if number else None
    return body


# --- the portal's rules -------------------------------------------------------------------


def check(
    projection: Projection,
    table: CountryTable,
    types: Sequence[str] = KNOWN_ORGANIZATION_TYPES,
) -> list[RuleProblem]:
    """The portal's rules for an organization about to be sent (validation.md): a name and a
    type of the portal's list, an e-mail address, the post code a number (without a leading
    zero, which a number cannot keep), a country and state the portal knows, phone and fax
    that split into prefix and number."""
    problems: list[RuleProblem] = []
    contacts = _all(projection, "contact")
    contact = contacts[0] if contacts else {}
    if not _text(contact.get("name")):
        problems.append(
            RuleProblem("contact.name", translate("Sync", "The partner portal needs a name"))
        )
    kind = contact.get("organization_type")
    if not _text(kind):
        problems.append(
            RuleProblem(
                "contact.organization_type",
                translate("Sync", "The partner portal needs an organization type: {types}").format(
                    types=", ".join(types)
                ),
            )
        )
    elif kind not in types:
        problems.append(
            RuleProblem(
                "contact.organization_type",
                translate(
                    "Sync",
                    "Organization type: the partner portal does not know “{kind}” — it takes "
                    "{types}",
                ).format(kind=kind, types=", ".join(types)),
            )
        )
    for email in _all(projection, "email")[:1]:
        if _text(email.get("address")) and (reason := checks.email_problem(email["address"])):
            problems.append(
                RuleProblem(
                    "email.address", translate("Sync", "E-mail: {reason}").format(reason=reason)
                )
            )
    region = None
    for address in _all(projection, "address")[:1]:
        zip_code = _text(address.get("zip"))
        if zip_code and not zip_code.isdigit():
            problems.append(
                RuleProblem(
                    "address.zip",
                    translate(
                        "Sync", "Post code: must be a number for the partner portal — {code}"
                    ).format(code=zip_code),
                )
            )
        elif zip_code and zip_code.startswith("0"):
            problems.append(
                RuleProblem(
                    "address.zip",
                    translate(
                        "Sync",
                        "Post code: the partner portal keeps it as a number and would lose the "
                        "leading zero — {code}",
                    ).format(code=zip_code),
                )
            )
        region = _text(address.get("country_code"))
        if region and table.country_id(region) is None:
            problems.append(
                RuleProblem(
                    "address.country_code",
                    translate("Sync", "Country: the partner portal does not know {country}").format(
                        country=region
                    ),
                )
            )
        state = _text(address.get("state"))
        if state and region and table.state_id(region, state) is None:
            problems.append(
                RuleProblem(
                    "address.state",
                    translate(
                        "Sync", "State: the partner portal does not know “{state}” in {country}"
                    ).format(state=state, country=region),
                )
            )
    for phone in _all(projection, "phone"):
        label = (
            translate("Sync", "Fax")
            if phone.get("type") == "FAX_LINE"
            else translate("Sync", "Phone")
        )
        number = _text(phone.get("number"))
        if number and split_phone(number, region) is None:
            problems.append(
                RuleProblem(
                    "phone.number",
                    translate(
                        "Sync", "{field}: cannot be split into country code and number — {number}"
                    ).format(field=label, number=number),
                )
            )
    return problems


# --- customers ----------------------------------------------------------------------------


def members(customer_ids: Iterable[int], links: Mapping[int, str]) -> tuple[list[str], list[int]]:
    """``(local contact ids, customer ids no local contact is linked to)``; the second are
    kept, never dropped."""
    local: list[str] = []
    unknown: list[int] = []
    for customer in customer_ids:
        found = links.get(customer)
        if found is None:
            unknown.append(customer)
        else:
            local.append(found)
    return local, unknown


def customer_ids(
    member_ids: Iterable[str], links: Mapping[str, int], unknown: Iterable[int] = ()
) -> list[int]:
    """The customer ids to hold for these local members (those linked to a customer), plus
    the ``unknown`` ones kept from the portal; sorted, each once."""
    ids = {links[m] for m in member_ids if m in links} | set(unknown)
    return sorted(ids)
