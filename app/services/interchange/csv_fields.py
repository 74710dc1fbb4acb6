"""The fields a CSV column can be imported into, and guesses from common headers.

A mapping sends each column, by its header, to one *target* key:

* contact fields: ``name``, ``given_name``, ``additional_name``, ``family_name``, ``title``,
  ``title_suffix``, ``kind`` (person or organization), ``organization``, ``job_title``,
  ``birthday``, ``anniversary``, ``gender``, ``note``, ``tags``, ``external_id``,
  ``vat_number``;
* contact points: ``email.<slot>``, ``phone.<slot>``, ``web.<slot>`` — the slot is a type
  (``email.work``, ``phone.mobile``) or a number whose type comes from a label column
  ``email.1.type`` (Google's ``E-mail 1 - Label``); every column makes its own point, and a
  cell may hold several values (``a@x.be ::: b@y.be`` as Google writes them, or ``;``);
* address parts ``address.<slot>.<part>`` with part ``street``, ``street2``, ``street3``,
  ``box``, ``city``, ``zip``, ``state``, ``country``, ``full`` (and ``address.<n>.type``).

Headers are compared without case, spaces or punctuation (``E-mail 1 - Value`` is
``email1value``), so the guesses work for Outlook's and Google's exports, for Kontor's own
CSV export and for plain spreadsheets (``Name, Email, Phone, City``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SCALAR_FIELDS: dict[str, str] = {
    "name": "Full name",
    "given_name": "Given name",
    "additional_name": "Middle name",
    "family_name": "Family name",
    "title": "Title (Dr., Mr., …)",
    "title_suffix": "Name suffix",
    "kind": "Person or organization",
    "organization": "Organization / company",
    "job_title": "Job title",
    "birthday": "Birthday",
    "anniversary": "Anniversary",
    "gender": "Gender",
    "note": "Note",
    "tags": "Tags / categories",
    "external_id": "External id",
    "vat_number": "VAT number",
}
NUMBERED_SLOTS = ("1", "2", "3", "4", "5")
# Slot -> (label, type words).
POINT_SLOTS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "email": {
        "home": ("E-mail (home)", ("home",)),
        "work": ("E-mail (work)", ("work",)),
        "other": ("E-mail (other)", ()),
    },
    "phone": {
        "mobile": ("Phone (mobile)", ("cell",)),
        "work": ("Phone (work)", ("work",)),
        "home": ("Phone (home)", ("home",)),
        "main": ("Phone (main number)", ("work", "main-number")),
        "fax": ("Fax", ("fax",)),
        "work_fax": ("Fax (work)", ("work", "fax")),
        "home_fax": ("Fax (home)", ("home", "fax")),
        "pager": ("Pager", ("pager",)),
        "other": ("Phone (other)", ()),
    },
    "web": {
        "home": ("Web address (personal)", ("home",)),
        "work": ("Web address (work)", ("work",)),
    },
    "address": {
        "home": ("Home address", ("home",)),
        "work": ("Work address", ("work",)),
        "other": ("Other address", ()),
    },
}
POINT_WORDS = {"email": "E-mail", "phone": "Phone", "web": "Web address", "address": "Address"}
ADDRESS_PARTS: dict[str, str] = {
    "street": "street",
    "street2": "street line 2",
    "street3": "street line 3",
    "box": "PO box",
    "city": "city",
    "zip": "postal code",
    "state": "state / region",
    "country": "country",
    "full": "whole address",
}


@dataclass(frozen=True)
class TargetField:
    key: str
    label: str


def _catalogue() -> dict[str, TargetField]:
    fields = {key: TargetField(key, label) for key, label in SCALAR_FIELDS.items()}
    for point, slots in POINT_SLOTS.items():
        named = [(slot, label) for slot, (label, _) in slots.items()]
        named += [(n, f"{POINT_WORDS[point]} {n}") for n in NUMBERED_SLOTS]
        for slot, label in named:
            if point == "address":
                for part, words in ADDRESS_PARTS.items():
                    key = f"address.{slot}.{part}"
                    fields[key] = TargetField(key, f"{label} — {words}")
            else:
                fields[f"{point}.{slot}"] = TargetField(f"{point}.{slot}", label)
            if slot in NUMBERED_SLOTS:
                key = f"{point}.{slot}.type"
                fields[key] = TargetField(key, f"{label} — type or label")
    return fields


TARGETS: dict[str, TargetField] = _catalogue()

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """``E-mail 1 - Value`` → ``email1value``; ``Business Country/Region`` →
    ``businesscountryregion``."""
    return _NOT_ALNUM.sub("", header.casefold().replace("ß", "ss"))


def _outlook() -> dict[str, str]:
    guesses = {
        "title": "title",
        "firstname": "given_name",
        "middlename": "additional_name",
        "lastname": "family_name",
        "suffix": "title_suffix",
        "company": "organization",
        "jobtitle": "job_title",
        "businessfax": "phone.work_fax",
        "businessphone": "phone.work",
        "businessphone2": "phone.work",
        "companymainphone": "phone.main",
        "homefax": "phone.home_fax",
        "homephone": "phone.home",
        "homephone2": "phone.home",
        "mobilephone": "phone.mobile",
        "otherfax": "phone.fax",
        "otherphone": "phone.other",
        "carphone": "phone.other",
        "primaryphone": "phone.other",
        "pager": "phone.pager",
        "anniversary": "anniversary",
        "birthday": "birthday",
        "categories": "tags",
        "emailaddress": "email.1",
        "email2address": "email.2",
        "email3address": "email.3",
        "gender": "gender",
        "notes": "note",
        "webpage": "web.1",
    }
    for prefix, slot in (("business", "work"), ("home", "home"), ("other", "other")):
        guesses |= {
            f"{prefix}street": f"address.{slot}.street",
            f"{prefix}street2": f"address.{slot}.street2",
            f"{prefix}street3": f"address.{slot}.street3",
            f"{prefix}city": f"address.{slot}.city",
            f"{prefix}state": f"address.{slot}.state",
            f"{prefix}postalcode": f"address.{slot}.zip",
            f"{prefix}countryregion": f"address.{slot}.country",
            f"{prefix}country": f"address.{slot}.country",
            f"{prefix}pobox": f"address.{slot}.box",
            f"{prefix}addresspobox": f"address.{slot}.box",
        }
    return guesses


def _google() -> dict[str, str]:
    guesses = {
        "name": "name",
        "givenname": "given_name",
        "additionalname": "additional_name",
        "familyname": "family_name",
        "firstname": "given_name",
        "middlename": "additional_name",
        "lastname": "family_name",
        "nameprefix": "title",
        "namesuffix": "title_suffix",
        "birthday": "birthday",
        "gender": "gender",
        "notes": "note",
        "labels": "tags",
        "groupmembership": "tags",
        "organizationname": "organization",
        "organizationtitle": "job_title",
        "organization1name": "organization",
        "organization1title": "job_title",
    }
    for n in NUMBERED_SLOTS:
        for point, header in (("email", "email"), ("phone", "phone"), ("web", "website")):
            guesses[f"{header}{n}value"] = f"{point}.{n}"
            guesses[f"{header}{n}label"] = f"{point}.{n}.type"
            guesses[f"{header}{n}type"] = f"{point}.{n}.type"
        for part, target in (
            ("formatted", "full"),
            ("street", "street"),
            ("city", "city"),
            ("pobox", "box"),
            ("region", "state"),
            ("postalcode", "zip"),
            ("country", "country"),
            ("extendedaddress", "street2"),
            ("label", "type"),
            ("type", "type"),
        ):
            guesses[f"address{n}{part}"] = f"address.{n}.{target}"
    return guesses


def _plain() -> dict[str, str]:
    synonyms = {
        "name": ("name", "fullname", "displayname", "contact", "contactname", "naam"),
        "given_name": ("firstname", "givenname", "forename", "voornaam", "vorname", "prenom"),
        "family_name": ("lastname", "surname", "familyname", "achternaam", "nachname", "nom"),
        "title": ("title", "salutation", "prefix"),
        "title_suffix": ("suffix", "titlesuffix"),
        "kind": ("kind", "contactkind", "contacttype"),
        "organization": ("company", "organization", "organisation", "companyname", "firm"),
        "job_title": ("jobtitle", "position", "function", "functie", "funktion"),
        "email.1": ("email", "emails", "emailaddress", "mail", "emailadres", "courriel"),
        "phone.1": ("phone", "phones", "telephone", "tel", "phonenumber", "telefoon", "telefon"),
        "phone.mobile": ("mobile", "mobilephone", "cell", "cellphone", "gsm", "handy"),
        "phone.fax": ("fax", "faxnumber"),
        "web.1": ("website", "web", "url", "homepage", "websites"),
        "address.1.street": ("street", "address", "streetaddress", "straat", "strasse", "adres"),
        "address.1.zip": ("zip", "zipcode", "postalcode", "postcode", "plz"),
        "address.1.city": ("city", "town", "stad", "gemeente", "ort", "stadt", "ville"),
        "address.1.state": ("state", "region", "province", "provincie"),
        "address.1.country": ("country", "land", "pays", "countrycode"),
        "birthday": ("birthday", "dateofbirth", "birthdate", "geboortedatum", "geburtstag"),
        "anniversary": ("anniversary",),
        "gender": ("gender", "sex"),
        "note": ("note", "notes", "comment", "comments", "remarks", "internalnote"),
        "tags": ("tags", "tag", "categories", "category", "labels", "groups"),
        "vat_number": ("vat", "vatnumber", "vatid", "btw", "btwnummer", "ustidnr", "tva"),
        "external_id": ("id", "externalid", "uid", "contactid", "reference"),
    }
    return {header: key for key, headers in synonyms.items() for header in headers}


OUTLOOK_HEADERS = _outlook()
GOOGLE_HEADERS = _google()
PLAIN_HEADERS = _plain()
_OUTLOOK_ONLY = frozenset(OUTLOOK_HEADERS) - frozenset(PLAIN_HEADERS) - frozenset(GOOGLE_HEADERS)
_GOOGLE_ONLY = frozenset(GOOGLE_HEADERS) - frozenset(PLAIN_HEADERS) - frozenset(OUTLOOK_HEADERS)


def guess_layout(headers: list[str]) -> str:
    """``outlook``, ``google``, ``plain`` (some headers known) or ``unknown``."""
    keys = [header_key(h) for h in headers]
    outlook = sum(1 for k in keys if k in _OUTLOOK_ONLY)
    google = sum(1 for k in keys if k in _GOOGLE_ONLY)
    if outlook >= 2 and outlook >= google:
        return "outlook"
    if google >= 2:
        return "google"
    if any(k in PLAIN_HEADERS or k in OUTLOOK_HEADERS or k in GOOGLE_HEADERS for k in keys):
        return "plain"
    return "unknown"


def guess_columns(headers: list[str]) -> tuple[str, dict[str, str]]:
    """The layout and the guessed target of every header that has one."""
    layout = guess_layout(headers)
    tables = {
        "outlook": (OUTLOOK_HEADERS, PLAIN_HEADERS),
        "google": (GOOGLE_HEADERS, PLAIN_HEADERS),
    }.get(layout, (PLAIN_HEADERS, GOOGLE_HEADERS, OUTLOOK_HEADERS))
    columns: dict[str, str] = {}
    for header in headers:
        key = header_key(header)
        for table in tables:
            if key in table:
                columns[header] = table[key]
                break
    return layout, columns


__all__ = [
    "ADDRESS_PARTS",
    "POINT_SLOTS",
    "SCALAR_FIELDS",
    "TARGETS",
    "TargetField",
    "guess_columns",
    "guess_layout",
    "header_key",
]
