"""vCard import takes what other programs write: one small hand-written card per rule.

A field that breaks a rule does not cost the card: the value is normalised where the intent is
plain, else kept as received with a warning; encodings are taken per property; broken structure
(a missing END, comments, bad lines, AGENT cards, CR CR LF) is tolerated; properties Kontor does
not model are kept and written back on export; the same person twice in a file is merged.
"""

from __future__ import annotations

import base64
import io
import re
from pathlib import Path

import pytest
from PIL import Image as PILImage

from app.domain.models import AnyContact, IndividualContact, OrganizationContact
from app.domain.problems import Severity
from app.services.contacts import ContactEditing
from app.services.interchange import Action, FileFormat, ImportPlan, SkipReason
from app.store.listing import ContactQuery
from tests.interchange.conftest import Book


def _plan(book: Book, data: bytes, name: str = "cards.vcf") -> ImportPlan:
    return book.service.plan_import(book.service.read_bytes(data, name, FileFormat.VCARD))


def _import(book: Book, data: bytes | str, name: str = "cards.vcf") -> ImportPlan:
    raw = data.encode("utf-8") if isinstance(data, str) else data
    plan = _plan(book, raw, name)
    book.service.apply_import(plan)
    return plan


def _crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def _only(book: Book) -> AnyContact:
    contacts = [c for c in book.contacts() if c.name]
    assert len(contacts) == 1, [c.name for c in contacts]
    return contacts[0]


def _by_name(book: Book) -> dict[str, AnyContact]:
    return {c.name: c for c in book.contacts()}


def _warnings(plan: ImportPlan) -> list[str]:
    return [
        str(p)
        for row in plan.rows
        for p in row.problems
        if p.severity is Severity.WARNING and row.action is not Action.SKIP
    ]


# --- encodings ------------------------------------------------------------------------------


def test_a_windows_1252_quoted_printable_note_is_read(book: Book) -> None:
    card = _crlf(
        "BEGIN:VCARD\nVERSION:2.1\nN:M=FCller;J=FCrgen\nFN:J=FCrgen M=FCller\n"
        "NOTE;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe aus K=F6ln =96 =80 100\n"
        "END:VCARD\n"
    )
    # Names here are not quoted-printable: their "=FC" is plain text and stays as it is.
    plan = _import(book, card)
    contact = _only(book)
    assert contact.internal_note == "Grüße aus Köln – € 100"
    assert plan.to_create == 1


def test_a_shift_jis_21_card_with_charset_per_property_is_read(book: Book) -> None:
    card = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\n"
        + "N;CHARSET=SHIFT_JIS:山田;太郎;;;\r\n".encode("shift_jis")
        + "NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:".encode("ascii")
        + "".join(f"={b:02X}" for b in "東京".encode("shift_jis")).encode("ascii")
        + b"\r\nTEL;CELL:090-1234-5678\r\nEND:VCARD\r\n"
        # A second card in UTF-8: the file mixes encodings property by property.
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zoë Ärger\r\nEND:VCARD\r\n".encode()
    )
    plan = _import(book, card)
    assert plan.to_create == 2
    people = _by_name(book)
    yamada = people["太郎 山田"]
    assert isinstance(yamada, IndividualContact)
    assert (yamada.family_name, yamada.given_name) == ("山田", "太郎")
    assert yamada.internal_note == "東京"
    assert "Zoë Ärger" in people


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_and_without_byte_order_mark(book: Book, encoding: str) -> None:
    card = _crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Łukasz Żółw\nEMAIL:l@example.pl\nEND:VCARD\n")
    plan = _import(book, card.encode(encoding))
    assert plan.to_create == 1
    assert _only(book).name == "Łukasz Żółw"


# --- naming ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "name", "kind"),
    [
        ("ORG:Bike Shop;Repairs\nEMAIL:shop@example.com", "Bike Shop", OrganizationContact),
        ("NICKNAME:Bobby\nEMAIL:bob@example.com", "Bobby", IndividualContact),
        ("EMAIL;TYPE=work:anna@example.com\nTEL:+43 1 234567", "anna@example.com", None),
        ("TEL;CELL:+43 660 1234567", "+43 660 1234567", IndividualContact),
    ],
)
def test_a_card_without_n_or_fn_is_named_from_org_nickname_email_or_tel(
    book: Book, lines: str, name: str, kind: type | None
) -> None:
    plan = _import(book, _crlf(f"BEGIN:VCARD\nVERSION:3.0\n{lines}\nEND:VCARD\n"))
    assert [r.action for r in plan.rows] == [Action.CREATE]
    contact = _only(book) if kind is not OrganizationContact else _by_name(book)[name]
    assert contact.name == name
    if kind is not None:
        assert isinstance(contact, kind)


def test_an_empty_card_is_skipped_saying_what_is_missing(
    book: Book,
) -> None:
    empty = "BEGIN:VCARD\nVERSION:3.0\nUID:4711\nFN:\nN:;;;;\nNOTE:\nEND:VCARD\n"
    plan = _plan(book, _crlf(empty).encode())
    (row,) = plan.rows
    assert row.action is Action.SKIP
    for word in ("N", "FN", "ORG", "NICKNAME", "EMAIL", "TEL"):
        assert re.search(rf"\b{word}\b", row.reason), row.reason


# --- normalised or kept as received ----------------------------------------------------------


def test_a_bare_web_address_gets_https(book: Book) -> None:
    _import(book, "BEGIN:VCARD\nVERSION:3.0\nFN:An\nURL:www.example.com\nEND:VCARD\n")
    assert [w.url for w in _only(book).web_addresses] == ["https://www.example.com"]


def test_tel_and_mailto_uris_and_dotted_numbers_are_normalised(book: Book) -> None:
    _import(
        book,
        "BEGIN:VCARD\nVERSION:4.0\nFN:An\nTEL;VALUE=uri;TYPE=cell:tel:+43-1-234-567;ext=89\n"
        "TEL:0043.1.234.5678\nEMAIL:mailto:an@example.com\n"
        'EMAIL:"An Peeters" <an.peeters@example.com>\nEND:VCARD\n',
    )
    contact = _only(book)
    assert [e.address for e in contact.emails] == ["an@example.com", "an.peeters@example.com"]
    numbers = [p.number for p in contact.phones]
    assert numbers[0].startswith("+43-1-234-567") and "89" in numbers[0]
    assert "tel:" not in numbers[0]
    assert numbers[1] == "0043 1 234 5678"


def test_a_value_that_cannot_be_normalised_is_kept_as_received_with_a_warning(
    book: Book, tmp_path: Path
) -> None:
    plan = _import(
        book,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Ralf\nEMAIL:semicolon\\;@points.net\n"
        "URL:http://exa mple.com\nEND:VCARD\n",
    )
    assert plan.to_create == 1
    contact = _only(book)
    assert [e.address for e in contact.emails] == ["semicolon;@points.net"]
    assert [w.url for w in contact.web_addresses] == ["http://exa mple.com"]
    warnings = _warnings(plan)
    assert any("kept as received" in w and "semicolon" in w for w in warnings), warnings
    # The editor shows the same warning on the stored contact, and it does not block a save.
    editing = ContactEditing(book.db)
    problems = editing.check(contact)
    assert problems and all(p.severity is Severity.WARNING for p in problems), problems
    assert any("kept as received" in p.message for p in problems)


# --- structure ------------------------------------------------------------------------------


def test_a_missing_end_at_the_end_of_the_file_keeps_the_card(book: Book) -> None:
    plan = _import(
        book,
        "BEGIN:VCARD\nVERSION:3.0\nFN:First\nEND:VCARD\nBEGIN:VCARD\nVERSION:3.0\nFN:Last\n"
        "EMAIL:last@example.com\n",
    )
    assert plan.to_create == 2
    assert "Last" in _by_name(book)
    assert any("END:VCARD" in w for w in (*plan.warnings, *_warnings(plan)))


def test_an_agent_card_becomes_a_contact_of_its_own(book: Book) -> None:
    plan = _import(
        book,
        "BEGIN:VCARD\nVERSION:2.1\nN:Boss;Big\nAGENT:\nBEGIN:VCARD\nVERSION:2.1\n"
        "N:Helper;Harry\nTEL:+43 1 999\nEND:VCARD\nTEL:+43 1 111\nEND:VCARD\n",
    )
    assert plan.to_create == 2
    people = _by_name(book)
    assert [p.number for p in people["Big Boss"].phones] == ["+43 1 111"]
    assert [p.number for p in people["Harry Helper"].phones] == ["+43 1 999"]
    kept = people["Big Boss"].vcard_properties
    assert any(line.startswith("AGENT") and "Harry Helper" in line for line in kept), kept


def test_a_long_base64_photo_line_is_limited_by_its_decoded_size(book: Book) -> None:
    out = io.BytesIO()
    PILImage.effect_noise((160, 160), 80).convert("RGB").save(out, "PNG")
    data = base64.b64encode(out.getvalue()).decode()
    assert len(data) > 10_000
    plan = _import(
        book,
        f"BEGIN:VCARD\nVERSION:2.1\nN:Photo;Pia\nPHOTO;ENCODING=BASE64;PNG:{data}\n\nEND:VCARD\n",
    )
    assert plan.to_create == 1
    (image,) = _only(book).images
    assert (image.width, image.height) == (160, 160)


def test_cr_cr_lf_comments_groups_late_version_and_a_bad_line(book: Book) -> None:
    text = (
        "BEGIN:VCARD\r\r\n"
        "# exported by an old phone\r\r\n"
        "N:Kurz;Karl\r\r\n"
        "item1.TEL;TYPE=CELL:+43 664 1234567\r\r\n"
        "item1.X-ABLabel:_$!<Mobile>!$_\r\r\n"
        "TAIL;PARAM=value;:kept\r\r\n"
        "this line is broken\r\r\n"
        "FN\r\r\n"
        "VERSION:3.0\r\r\n"
        "END:VCARD\r\r\n"
    )
    plan = _import(book, text)
    assert plan.to_create == 1
    contact = _only(book)
    assert contact.name == "Karl Kurz"
    assert [p.number for p in contact.phones] == ["+43 664 1234567"]
    reported = [str(p) for row in plan.rows for p in row.problems]
    assert any("this line is broken" in r for r in reported), reported


def test_a_card_without_version_is_read(book: Book) -> None:
    _import(book, "BEGIN:VCARD\nN:Ohne;Version\nEMAIL:ov@example.com\nEND:VCARD\n")
    assert _only(book).name == "Version Ohne"


# --- kept properties and duplicates -------------------------------------------------------


KEPT = _crlf(
    "BEGIN:VCARD\nVERSION:3.0\nFN:Kim Keep\nN:Keep;Kim;;;\nNICKNAME:Kimmy\n"
    "IMPP;TYPE=home:xmpp:kim@example.org\nRELATED;TYPE=spouse:urn:uuid:1234\n"
    "GEO:geo:48.2,16.37\nTZ:Europe/Vienna\nLABEL;TYPE=home:Hauptstr. 1\\nWien\n"
    "X-CUSTOM-THING;X-PARAM=a:some value\nitem2.X-SOCIALPROFILE:https://example.org/kim\n"
    "item2.X-ABLabel:Fediverse\nEMAIL:kim@example.org\nEND:VCARD\n"
)


def test_unmodelled_properties_are_kept_and_written_back(
    book: Book, other_book: Book, tmp_path: Path
) -> None:
    _import(book, KEPT)
    contact = _only(book)
    kept = contact.vcard_properties
    for start in ("NICKNAME:", "IMPP", "RELATED", "GEO", "TZ", "LABEL", "X-CUSTOM-THING"):
        assert any(line.upper().startswith(start) for line in kept), (start, kept)
    assert any(line.lower().startswith("item2.x-ablabel") for line in kept), kept

    book.service.export_vcards(tmp_path / "out.vcf", ContactQuery())
    exported = (tmp_path / "out.vcf").read_text("utf-8")
    assert "NICKNAME:Kimmy" in exported and "X-CUSTOM-THING;X-PARAM=a:some value" in exported
    other_book.import_file(tmp_path / "out.vcf")
    again = _only(other_book)
    assert sorted(again.vcard_properties) == sorted(kept)


def test_the_same_person_twice_in_one_file_is_merged(book: Book) -> None:
    plan = _import(
        book,
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dora Doppel\nEMAIL:dora@example.com\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Dora Doppel\nEMAIL:dora@example.com\n"
        "TEL:+43 1 5556677\nEND:VCARD\n",
    )
    assert plan.to_create == 1
    assert [r.action for r in plan.rows] == [Action.CREATE, Action.MERGE]
    assert "merged" in plan.rows[1].reason
    assert not plan.skip_counts().get(SkipReason.DUPLICATE)
    contact = _only(book)
    assert [e.address for e in contact.emails] == ["dora@example.com"]
    assert [p.number for p in contact.phones] == ["+43 1 5556677"]
