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
import unicodedata
from dataclasses import dataclass

from app.i18n import QT_TRANSLATE_NOOP, translate

SCALAR_FIELDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("CsvTargets", "Full name"),
    "given_name": QT_TRANSLATE_NOOP("CsvTargets", "Given name"),
    "additional_name": QT_TRANSLATE_NOOP("CsvTargets", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("CsvTargets", "Family name"),
    "title": QT_TRANSLATE_NOOP("CsvTargets", "Title (Dr., Mr., …)"),
    "title_suffix": QT_TRANSLATE_NOOP("CsvTargets", "Name suffix"),
    "kind": QT_TRANSLATE_NOOP("CsvTargets", "Person or organization"),
    "organization": QT_TRANSLATE_NOOP("CsvTargets", "Organization / company"),
    "job_title": QT_TRANSLATE_NOOP("CsvTargets", "Job title"),
    "birthday": QT_TRANSLATE_NOOP("CsvTargets", "Birthday"),
    "anniversary": QT_TRANSLATE_NOOP("CsvTargets", "Anniversary"),
    "gender": QT_TRANSLATE_NOOP("CsvTargets", "Gender"),
    "note": QT_TRANSLATE_NOOP("CsvTargets", "Note"),
    "tags": QT_TRANSLATE_NOOP("CsvTargets", "Tags / categories"),
    "external_id": QT_TRANSLATE_NOOP("CsvTargets", "External id"),
    "vat_number": QT_TRANSLATE_NOOP("CsvTargets", "VAT number"),
}
NUMBERED_SLOTS = ("1", "2", "3", "4", "5")
# Slot -> (label, type words).
POINT_SLOTS: dict[str, dict[str, tuple[str, tuple[str, ...]]]] = {
    "email": {
        "home": (QT_TRANSLATE_NOOP("CsvTargets", "E-mail (home)"), ("home",)),
        "work": (QT_TRANSLATE_NOOP("CsvTargets", "E-mail (work)"), ("work",)),
        "other": (QT_TRANSLATE_NOOP("CsvTargets", "E-mail (other)"), ()),
    },
    "phone": {
        "mobile": (QT_TRANSLATE_NOOP("CsvTargets", "Phone (mobile)"), ("cell",)),
        "work": (QT_TRANSLATE_NOOP("CsvTargets", "Phone (work)"), ("work",)),
        "home": (QT_TRANSLATE_NOOP("CsvTargets", "Phone (home)"), ("home",)),
        "main": (QT_TRANSLATE_NOOP("CsvTargets", "Phone (main number)"), ("work", "main-number")),
        "fax": (QT_TRANSLATE_NOOP("CsvTargets", "Fax"), ("fax",)),
        "work_fax": (QT_TRANSLATE_NOOP("CsvTargets", "Fax (work)"), ("work", "fax")),
        "home_fax": (QT_TRANSLATE_NOOP("CsvTargets", "Fax (home)"), ("home", "fax")),
        "pager": (QT_TRANSLATE_NOOP("CsvTargets", "Pager"), ("pager",)),
        "other": (QT_TRANSLATE_NOOP("CsvTargets", "Phone (other)"), ()),
    },
    "web": {
        "home": (QT_TRANSLATE_NOOP("CsvTargets", "Web address (personal)"), ("home",)),
        "work": (QT_TRANSLATE_NOOP("CsvTargets", "Web address (work)"), ("work",)),
    },
    "address": {
        "home": (QT_TRANSLATE_NOOP("CsvTargets", "Home address"), ("home",)),
        "work": (QT_TRANSLATE_NOOP("CsvTargets", "Work address"), ("work",)),
        "other": (QT_TRANSLATE_NOOP("CsvTargets", "Other address"), ()),
    },
}
POINT_WORDS = {
    "email": QT_TRANSLATE_NOOP("CsvTargets", "E-mail {n}"),
    "phone": QT_TRANSLATE_NOOP("CsvTargets", "Phone {n}"),
    "web": QT_TRANSLATE_NOOP("CsvTargets", "Web address {n}"),
    "address": QT_TRANSLATE_NOOP("CsvTargets", "Address {n}"),
}
ADDRESS_PARTS: dict[str, str] = {
    "street": QT_TRANSLATE_NOOP("CsvTargets", "street"),
    "street2": QT_TRANSLATE_NOOP("CsvTargets", "street line 2"),
    "street3": QT_TRANSLATE_NOOP("CsvTargets", "street line 3"),
    "box": QT_TRANSLATE_NOOP("CsvTargets", "PO box"),
    "city": QT_TRANSLATE_NOOP("CsvTargets", "city"),
    "zip": QT_TRANSLATE_NOOP("CsvTargets", "postal code"),
    "state": QT_TRANSLATE_NOOP("CsvTargets", "state / region"),
    "country": QT_TRANSLATE_NOOP("CsvTargets", "country"),
    "full": QT_TRANSLATE_NOOP("CsvTargets", "whole address"),
}


@dataclass(frozen=True)
class TargetField:
    """A field a CSV column can be imported into; ``label`` is its name in the user's
    language (``name`` in English with ``{n}`` for the slot number, ``part`` the part of an
    address or the type of a numbered point)."""

    key: str
    name: str
    number: str = ""
    part: str = ""

    @property
    def label(self) -> str:
        name = translate("CsvTargets", self.name).format(n=self.number)
        if not self.part:
            return name
        return translate("CsvTargets", "{field} — {part}").format(
            field=name, part=translate("CsvTargets", self.part)
        )


_TYPE_OR_LABEL = QT_TRANSLATE_NOOP("CsvTargets", "type or label")


def _catalogue() -> dict[str, TargetField]:
    fields = {key: TargetField(key, label) for key, label in SCALAR_FIELDS.items()}
    for point, slots in POINT_SLOTS.items():
        named = [(slot, label, "") for slot, (label, _) in slots.items()]
        named += [(n, POINT_WORDS[point], n) for n in NUMBERED_SLOTS]
        for slot, label, number in named:
            if point == "address":
                for part, words in ADDRESS_PARTS.items():
                    key = f"address.{slot}.{part}"
                    fields[key] = TargetField(key, label, number, words)
            else:
                fields[f"{point}.{slot}"] = TargetField(f"{point}.{slot}", label, number)
            if slot in NUMBERED_SLOTS:
                key = f"{point}.{slot}.type"
                fields[key] = TargetField(key, label, number, _TYPE_OR_LABEL)
    return fields


TARGETS: dict[str, TargetField] = _catalogue()

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def header_key(header: str) -> str:
    """``E-mail 1 - Value`` → ``email1value``; ``Business Country/Region`` →
    ``businesscountryregion``; ``Téléphone (bureau)`` → ``telephonebureau``."""
    folded = unicodedata.normalize("NFKD", header.casefold().replace("ß", "ss"))
    return _NOT_ALNUM.sub("", "".join(c for c in folded if not unicodedata.combining(c)))


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


# Outlook's export in other languages: the header it writes -> the English header's key.
_OUTLOOK_GERMAN = {
    "Anrede": "title",
    "Vorname": "firstname",
    "Weitere Vornamen": "middlename",
    "Nachname": "lastname",
    "Suffix": "suffix",
    "Firma": "company",
    "Position": "jobtitle",
    "Straße geschäftlich": "businessstreet",
    "Straße geschäftlich 2": "businessstreet2",
    "Straße geschäftlich 3": "businessstreet3",
    "Ort geschäftlich": "businesscity",
    "Region geschäftlich": "businessstate",
    "Postleitzahl geschäftlich": "businesspostalcode",
    "Land/Region geschäftlich": "businesscountryregion",
    "Postfach geschäftlich": "businesspobox",
    "Straße privat": "homestreet",
    "Straße privat 2": "homestreet2",
    "Straße privat 3": "homestreet3",
    "Ort privat": "homecity",
    "Bundesland/Kanton privat": "homestate",
    "Postleitzahl privat": "homepostalcode",
    "Land/Region privat": "homecountryregion",
    "Postfach privat": "homepobox",
    "Weitere Straße": "otherstreet",
    "Weitere Straße 2": "otherstreet2",
    "Weitere Straße 3": "otherstreet3",
    "Weiterer Ort": "othercity",
    "Weiteres/r Bundesland/Kanton": "otherstate",
    "Weitere Postleitzahl": "otherpostalcode",
    "Weiteres/e Land/Region": "othercountryregion",
    "Weiteres Postfach": "otherpobox",
    "Fax geschäftlich": "businessfax",
    "Telefon geschäftlich": "businessphone",
    "Telefon geschäftlich 2": "businessphone2",
    "Autotelefon": "carphone",
    "Telefon Firma": "companymainphone",
    "Fax privat": "homefax",
    "Telefon privat": "homephone",
    "Telefon privat 2": "homephone2",
    "Mobiltelefon": "mobilephone",
    "Weiteres Fax": "otherfax",
    "Weiteres Telefon": "otherphone",
    "Pager": "pager",
    "Haupttelefon": "primaryphone",
    "E-Mail-Adresse": "emailaddress",
    "E-Mail 2: Adresse": "email2address",
    "E-Mail 3: Adresse": "email3address",
    "Geburtstag": "birthday",
    "Jahrestag": "anniversary",
    "Geschlecht": "gender",
    "Kategorien": "categories",
    "Notizen": "notes",
    "Webseite": "webpage",
}
_OUTLOOK_DUTCH = {
    "Titel": "title",
    "Voornaam": "firstname",
    "Middelste naam": "middlename",
    "Achternaam": "lastname",
    "Achtervoegsel": "suffix",
    "Bedrijf": "company",
    "Functie": "jobtitle",
    "Werkadres, straat": "businessstreet",
    "Werkadres 2, straat": "businessstreet2",
    "Werkadres 3, straat": "businessstreet3",
    "Werkadres, plaats": "businesscity",
    "Werkadres, provincie": "businessstate",
    "Werkadres, postcode": "businesspostalcode",
    "Land/regio (werk)": "businesscountryregion",
    "Werkadres, postbusnummer": "businesspobox",
    "Huisadres, straat": "homestreet",
    "Huisadres, straat 2": "homestreet2",
    "Huisadres, straat 3": "homestreet3",
    "Huisadres, plaats": "homecity",
    "Huisadres, provincie": "homestate",
    "Huisadres, postcode": "homepostalcode",
    "Land/regio (thuis)": "homecountryregion",
    "Huisadres, postbusnummer": "homepobox",
    "Ander adres, straat": "otherstreet",
    "Ander adres, straat 2": "otherstreet2",
    "Ander adres, straat 3": "otherstreet3",
    "Ander adres, plaats": "othercity",
    "Ander adres, provincie": "otherstate",
    "Ander adres, postcode": "otherpostalcode",
    "Land/regio (anders)": "othercountryregion",
    "Ander adres, postbusnummer": "otherpobox",
    "Fax op werk": "businessfax",
    "Telefoon op werk": "businessphone",
    "Telefoon op werk 2": "businessphone2",
    "Autotelefoon": "carphone",
    "Hoofdtelefoon bedrijf": "companymainphone",
    "Fax thuis": "homefax",
    "Telefoon thuis": "homephone",
    "Telefoon thuis 2": "homephone2",
    "Mobiele telefoon": "mobilephone",
    "Andere fax": "otherfax",
    "Andere telefoon": "otherphone",
    "Hoofdtelefoon": "primaryphone",
    "E-mailadres": "emailaddress",
    "E-mailadres 2": "email2address",
    "E-mailadres 3": "email3address",
    "Verjaardag": "birthday",
    "Speciale datum": "anniversary",
    "Geslacht": "gender",
    "Categorieën": "categories",
    "Categorien": "categories",
    "Notities": "notes",
    "Webpagina": "webpage",
}
_OUTLOOK_FRENCH = {
    # "Titre" heads both the title and the job title column: read as the title.
    "Titre": "title",
    "Prénom": "firstname",
    "Deuxième prénom": "middlename",
    "Nom": "lastname",
    "Suffixe": "suffix",
    "Société": "company",
    "Rue (bureau)": "businessstreet",
    "Rue (bureau) 2": "businessstreet2",
    "Rue (bureau) 3": "businessstreet3",
    "Ville (bureau)": "businesscity",
    "Dép/Région (bureau)": "businessstate",
    "Code postal (bureau)": "businesspostalcode",
    "Pays/Région (bureau)": "businesscountryregion",
    "B.P. professionnelle": "businesspobox",
    "Rue (domicile)": "homestreet",
    "Rue (domicile) 2": "homestreet2",
    "Rue (domicile) 3": "homestreet3",
    "Ville (domicile)": "homecity",
    "Dép/Région (domicile)": "homestate",
    "Code postal (domicile)": "homepostalcode",
    "Pays/Région (domicile)": "homecountryregion",
    "Boîte postale du domicile": "homepobox",
    "Rue (autre)": "otherstreet",
    "Rue (autre) 2": "otherstreet2",
    "Rue (autre) 3": "otherstreet3",
    "Ville (autre)": "othercity",
    "Dép/Région (autre)": "otherstate",
    "Code postal (autre)": "otherpostalcode",
    "Pays/Région (autre)": "othercountryregion",
    "Autre boîte postale": "otherpobox",
    "Télécopie (bureau)": "businessfax",
    "Téléphone (bureau)": "businessphone",
    "Téléphone 2 (bureau)": "businessphone2",
    "Téléphone (voiture)": "carphone",
    "Téléphone société": "companymainphone",
    "Télécopie (domicile)": "homefax",
    "Téléphone (domicile)": "homephone",
    "Téléphone 2 (domicile)": "homephone2",
    "Tél. mobile": "mobilephone",
    "Télécopie (autre)": "otherfax",
    "Téléphone (autre)": "otherphone",
    "Récepteur de radiomessagerie": "pager",
    "Téléphone principal": "primaryphone",
    "Adresse de messagerie": "emailaddress",
    "Adresse de messagerie 2": "email2address",
    "Adresse de messagerie 3": "email3address",
    "Anniversaire": "birthday",
    "Anniversaire de mariage ou fête": "anniversary",
    "Sexe": "gender",
    "Catégories": "categories",
    "Notes": "notes",
    "Page Web": "webpage",
}


def _outlook_localized(english: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    for table in (_OUTLOOK_GERMAN, _OUTLOOK_DUTCH, _OUTLOOK_FRENCH):
        for header, key in table.items():
            found[header_key(header)] = english[key]
    return found


def _thunderbird() -> dict[str, str]:
    """Thunderbird's address book export (and the layout its import expects)."""
    guesses = {
        "displayname": "name",
        "primaryemail": "email.1",
        "secondaryemail": "email.2",
        "workphone": "phone.work",
        "homephone": "phone.home",
        "faxnumber": "phone.fax",
        "pagernumber": "phone.pager",
        "mobilenumber": "phone.mobile",
        "jobtitle": "job_title",
        "organization": "organization",
        "webpage1": "web.work",
        "webpage2": "web.home",
        "notes": "note",
    }
    for prefix, slot in (("home", "home"), ("work", "work")):
        guesses |= {
            f"{prefix}address": f"address.{slot}.street",
            f"{prefix}address2": f"address.{slot}.street2",
            f"{prefix}city": f"address.{slot}.city",
            f"{prefix}state": f"address.{slot}.state",
            f"{prefix}zipcode": f"address.{slot}.zip",
            f"{prefix}country": f"address.{slot}.country",
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
OUTLOOK_HEADERS |= _outlook_localized(OUTLOOK_HEADERS)
THUNDERBIRD_HEADERS = _thunderbird()
GOOGLE_HEADERS = _google()
PLAIN_HEADERS = _plain()
_OUTLOOK_ONLY = frozenset(OUTLOOK_HEADERS) - frozenset(PLAIN_HEADERS) - frozenset(GOOGLE_HEADERS)
_GOOGLE_ONLY = frozenset(GOOGLE_HEADERS) - frozenset(PLAIN_HEADERS) - frozenset(OUTLOOK_HEADERS)
_THUNDERBIRD_ONLY = (
    frozenset(THUNDERBIRD_HEADERS)
    - frozenset(PLAIN_HEADERS)
    - frozenset(GOOGLE_HEADERS)
    - frozenset(OUTLOOK_HEADERS)
)


def guess_layout(headers: list[str]) -> str:
    """``outlook`` (in English, German, Dutch or French), ``google``, ``thunderbird``,
    ``plain`` (some headers known) or ``unknown``."""
    keys = [header_key(h) for h in headers]
    outlook = sum(1 for k in keys if k in _OUTLOOK_ONLY)
    google = sum(1 for k in keys if k in _GOOGLE_ONLY)
    thunderbird = sum(1 for k in keys if k in _THUNDERBIRD_ONLY)
    if thunderbird >= 2 and thunderbird >= outlook:
        return "thunderbird"
    if outlook >= 2 and outlook >= google:
        return "outlook"
    if google >= 2:
        return "google"
    tables = (PLAIN_HEADERS, OUTLOOK_HEADERS, GOOGLE_HEADERS, THUNDERBIRD_HEADERS)
    if any(k in table for k in keys for table in tables):
        return "plain"
    return "unknown"


def guess_columns(headers: list[str]) -> tuple[str, dict[str, str]]:
    """The layout and the guessed target of every header that has one."""
    layout = guess_layout(headers)
    tables = {
        "outlook": (OUTLOOK_HEADERS, PLAIN_HEADERS),
        "google": (GOOGLE_HEADERS, PLAIN_HEADERS),
        "thunderbird": (THUNDERBIRD_HEADERS, OUTLOOK_HEADERS, PLAIN_HEADERS),
    }.get(layout, (PLAIN_HEADERS, GOOGLE_HEADERS, OUTLOOK_HEADERS, THUNDERBIRD_HEADERS))
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
