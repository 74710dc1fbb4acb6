"""The corpus imported, exported as vCard 4.0 and read again: by Kontor and by another program.

Every vCard file of the shared corpus is imported into one book; its vCard 4.0 export, imported
into an empty book, gives the same contacts with the same kept properties; and khard's vCard
reader (another program's parser) finds in the export the same names, e-mails, phones,
addresses and organizations.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.domain.models import AnyContact, IndividualContact
from app.store.listing import ContactQuery
from tests.interchange.conftest import Book
from tests.interchange.test_corpus import CORPUS, vcard_files

pytestmark = pytest.mark.skipif(
    not (CORPUS / "SOURCES.tsv").is_file(),
    reason=f"the shared corpus of real files is not here ({CORPUS})",
)


def _points(owner: Any) -> tuple[Any, ...]:
    return (
        sorted(a.display() for a in owner.addresses),
        sorted(e.address for e in owner.emails),
        sorted(p.number for p in owner.phones),
        sorted(w.url for w in owner.web_addresses),
    )


def _shape(contact: AnyContact, names: dict[str, str]) -> tuple[Any, ...]:
    identities: list[Any] = []
    if isinstance(contact, IndividualContact):
        identities = sorted(
            (names[pi.organization_contact], pi.job_title or "", _points(pi))
            for pi in contact.professional_identities
        )
    return (
        contact.kind,
        contact.name,
        _points(contact),
        identities,
        sorted(contact.tag_names()),
        contact.internal_note,
        sorted(contact.vcard_properties),
        len(contact.images),
    )


def _shapes(book: Book) -> list[tuple[Any, ...]]:
    contacts = book.contacts()
    names = {c.id: c.name for c in contacts}
    return sorted((_shape(c, names) for c in contacts), key=repr)


@pytest.fixture
def imported(book: Book) -> Book:
    for path in vcard_files():
        book.import_file(path)
    assert book.count() > 80
    return book


def test_the_corpus_survives_export_and_import_with_its_kept_properties(
    imported: Book, other_book: Book, tmp_path: Path
) -> None:
    exported = imported.service.export_vcards(tmp_path / "corpus.vcf", ContactQuery())
    assert exported.count == imported.count()

    created, updated, skipped = other_book.import_file(tmp_path / "corpus.vcf")

    assert (created, updated, skipped) == (imported.count(), 0, 0)
    assert _shapes(other_book) == _shapes(imported)
    assert sum(len(c.vcard_properties) for c in other_book.contacts()) > 50


def test_khard_reads_our_export_with_names_emails_phones_addresses_and_organizations(
    imported: Book, tmp_path: Path
) -> None:
    from khard.address_book import VdirAddressBook

    folder = tmp_path / "vdir"
    imported.service.export_vcards(folder, ContactQuery(), one_per_contact=True)
    book = VdirAddressBook("kontor", str(folder))
    book.load()
    theirs = {c.uid.removeprefix("urn:uuid:"): c for c in book.contacts.values()}

    contacts = imported.contacts()
    names = {c.id: c.name for c in contacts}
    assert len(theirs) == len(contacts)
    for contact in contacts:
        card = theirs[contact.id]
        assert card.formatted_name == contact.name
        emails = sorted(a for values in card.emails.values() for a in values)
        phones = sorted(n for values in card.phone_numbers.values() for n in values)
        own = [contact, *getattr(contact, "professional_identities", [])]
        assert emails == sorted(e.address for o in own for e in o.emails), contact.name
        assert phones == sorted(p.number for o in own for p in o.phones), contact.name
        places = sorted(
            (a["code"], a["city"]) for values in card.post_addresses.values() for a in values
        )
        expected_places = sorted((a.zip or "", a.city or "") for o in own for a in o.addresses)
        assert places == expected_places, contact.name
        organisations = sorted(
            org[0] if isinstance(org, list) else str(org) for org in card.organisations
        )
        if isinstance(contact, IndividualContact):
            expected = sorted(
                names[pi.organization_contact] for pi in contact.professional_identities
            )
        else:
            expected = [contact.name]
        assert organisations == expected, contact.name
