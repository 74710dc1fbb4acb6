"""Printing measured on the PDF itself: pages rendered to images show each label where its
sheet has it (within 0.5 mm), a partly used sheet starts at the chosen label, envelopes have
the sender and the recipient in their places, and each country's address in its own format."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PySide6.QtGui import QFontMetricsF, QPdfWriter
from pytestqt.qtbot import QtBot

from app.cli.main import main
from app.domain.models import Address, Email, IndividualContact, OrganizationContact
from app.services.postal import PostalAddress, postal_lines
from app.services.printing import ENVELOPES, SHEETS, LabelSheet, PrintError, custom_sheet
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.printing.render import (
    LABEL_PADDING,
    LABEL_POINTS,
    RECIPIENT_POINTS,
    SENDER_POINTS,
    Job,
    font,
    save_pdf,
)

DPI = 300
MM_PER_PX = 25.4 / DPI
TOLERANCE = 0.5  # mm
TEXT = "HEH"


def _pages(path: Path) -> list[np.ndarray]:
    """Each page as a boolean image: True where there is ink."""
    document = pdfium.PdfDocument(str(path))
    try:
        images = []
        for page in document:
            bitmap = page.render(scale=DPI / 72, grayscale=True)
            images.append(np.asarray(bitmap.to_pil().convert("L")) < 128)
        return images
    finally:
        document.close()


def _ink_box(ink: np.ndarray, x: float, y: float, w: float, h: float) -> tuple[float, float] | None:
    """Top-left corner (mm, on the page) of the ink inside the rectangle (mm), if any."""
    left, top = round(x / MM_PER_PX), round(y / MM_PER_PX)
    right, bottom = round((x + w) / MM_PER_PX), round((y + h) / MM_PER_PX)
    part = ink[top:bottom, left:right]
    rows, columns = np.nonzero(part)
    if rows.size == 0:
        return None
    return (left + columns.min()) * MM_PER_PX, (top + rows.min()) * MM_PER_PX


def _glyph_offset(points: float) -> tuple[float, float]:
    """Where the ink of TEXT starts (mm) from the top-left of the text box: the first glyph's
    side bearing and the room above capital letters, from the font's own metrics."""
    writer = QPdfWriter("/dev/null")
    writer.setResolution(1200)
    metrics = QFontMetricsF(font(points), writer)
    tight = metrics.tightBoundingRect(TEXT)
    per_mm = 1200 / 25.4
    return tight.left() / per_mm, (metrics.ascent() + tight.top()) / per_mm


def _labels(n: int) -> tuple[PostalAddress, ...]:
    return tuple(PostalAddress((TEXT, TEXT), "BE") for _ in range(n))


@pytest.mark.parametrize(
    ("sheet", "expected"),
    [
        # Measured from the sheets' data sheets, not from the code: 3 × 8 labels of
        # 70 × 36 mm, 3 × 7 of 70 × 42.3 mm, 2 × 4 of 99.1 × 67.7 mm, 2 × 8 of 99.1 × 33.9 mm,
        # and a custom one.
        (SHEETS["3x8"], (3, 8, 70.0, 36.0, 0.0, 4.5, 70.0, 36.0)),
        (SHEETS["3x7"], (3, 7, 70.0, 42.3, 0.0, 0.45, 70.0, 42.3)),
        (SHEETS["2x4"], (2, 4, 99.1, 67.7, 4.65, 13.1, 101.6, 67.7)),
        (SHEETS["2x8"], (2, 8, 99.1, 33.9, 4.65, 12.9, 101.6, 33.9)),
        (custom_sheet(2, 5, 90, 50, 12, 20, 6, 3), (2, 5, 90.0, 50.0, 12.0, 20.0, 96.0, 53.0)),
    ],
    ids=["3x8", "3x7", "2x4", "2x8", "custom"],
)
def test_labels_land_where_the_sheet_has_them_from_the_chosen_label(
    qtbot: QtBot, tmp_path: Path, sheet: LabelSheet, expected: tuple[float, ...]
) -> None:
    columns, rows, width, height, left, top, pitch_x, pitch_y = expected
    per_sheet = int(columns * rows)
    start = 4  # three labels of the first sheet were used already
    count = per_sheet - start + 1 + 2  # the rest of the first sheet and two on a second
    path = tmp_path / "labels.pdf"
    assert save_pdf(path, Job("labels", _labels(count), sheet=sheet, start=start)) == 2
    pages = _pages(path)
    assert len(pages) == 2
    assert pages[0].shape[1] * MM_PER_PX == pytest.approx(210, abs=0.5)  # A4
    assert pages[0].shape[0] * MM_PER_PX == pytest.approx(297, abs=0.5)
    dx, dy = _glyph_offset(LABEL_POINTS)
    for page, used in ((pages[0], range(start - 1, per_sheet)), (pages[1], range(2))):
        for slot in range(per_sheet):
            row, column = divmod(slot, int(columns))
            x, y = left + column * pitch_x, top + row * pitch_y
            found = _ink_box(page, x, y, width, height)
            if slot not in used:
                assert found is None, f"label {slot + 1} should be empty"
                continue
            assert found is not None, f"label {slot + 1} is empty"
            assert found[0] == pytest.approx(x + LABEL_PADDING + dx, abs=TOLERANCE)
            assert found[1] == pytest.approx(y + LABEL_PADDING + dy, abs=TOLERANCE)


def test_a_sheet_that_does_not_fit_or_a_wrong_first_label_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PrintError, match="do not fit"):
        custom_sheet(3, 9, 70, 40, 0, 0)
    with pytest.raises(PrintError, match="overlap"):
        custom_sheet(2, 2, 100, 100, 0, 0, -5, 0)
    path = tmp_path / "no.pdf"
    with pytest.raises(PrintError, match="from 1 to 24"):
        save_pdf(path, Job("labels", _labels(1), sheet=SHEETS["3x8"], start=25))
    assert not path.exists() and not list(tmp_path.iterdir())


def test_envelopes_have_the_sender_top_left_and_the_recipient_in_the_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    sender = PostalAddress((TEXT, "Kerkstraat 1", "9000 GENT"), "BE")
    for envelope in ENVELOPES.values():
        path = tmp_path / f"{envelope.key}.pdf"
        save_pdf(path, Job("envelopes", _labels(2), envelope=envelope, sender=sender))
        pages = _pages(path)
        assert len(pages) == 2
        page = pages[0]
        assert page.shape[1] * MM_PER_PX == pytest.approx(envelope.width, abs=0.5)
        assert page.shape[0] * MM_PER_PX == pytest.approx(envelope.height, abs=0.5)
        sx, sy = _glyph_offset(SENDER_POINTS)
        found = _ink_box(page, 0, 0, envelope.width * 0.45, envelope.height * 0.4)
        assert found == pytest.approx((15 + sx, 12 + sy), abs=TOLERANCE)
        rx, ry = _glyph_offset(RECIPIENT_POINTS)
        x, y = envelope.width * 0.45, envelope.height * 0.45
        found = _ink_box(page, x - 2, y - 2, envelope.width - x, envelope.height - y)
        assert found == pytest.approx((x + rx, y + ry), abs=TOLERANCE)


def _address(cc: str, street: str, number: str, zip_code: str, city: str, **kw: str) -> Address:
    return Address(
        full_address="(structured)",
        street_name=street,
        street_number=number,
        zip=zip_code,
        city=city,
        country_code=cc,
        **kw,  # type: ignore[arg-type]
    )


COUNTRIES = {
    "DE": (
        _address("DE", "Unter den Linden", "77", "10117", "Berlin"),
        ["Ada Adler", "Unter den Linden 77", "10117 BERLIN", "GERMANY"],
    ),
    "NL": (
        _address("NL", "Damrak", "70", "1012 LM", "Amsterdam"),
        ["Ada Adler", "Damrak 70", "1012 LM AMSTERDAM", "NETHERLANDS"],
    ),
    "BE": (
        _address("BE", "Kerkstraat", "1", "9000", "Gent"),
        ["Ada Adler", "Kerkstraat 1", "9000 GENT"],  # home: no country line
    ),
    "FR": (
        _address("FR", "rue de Rivoli", "99", "75001", "Paris"),
        ["Ada Adler", "99 rue de Rivoli", "75001 PARIS", "FRANCE"],
    ),
    "GB": (
        _address("GB", "Downing Street", "10", "SW1A 2AA", "London"),
        ["Ada Adler", "10 Downing Street", "LONDON", "SW1A 2AA", "UNITED KINGDOM"],
    ),
    "US": (
        _address("US", "Amphitheatre Parkway", "1600", "94043", "Mountain View", state="CA"),
        ["Ada Adler", "1600 Amphitheatre Parkway", "MOUNTAIN VIEW, CA 94043", "UNITED STATES"],
    ),
}


def test_each_country_is_written_in_its_own_format_on_the_labels(
    qtbot: QtBot, tmp_path: Path
) -> None:
    addresses = tuple(postal_lines(a, ["Ada Adler"], "BE") for a, _ in COUNTRIES.values())
    for (address, lines), postal in zip(COUNTRIES.values(), addresses, strict=True):
        assert list(postal.lines) == lines, address.country_code
    sheet = SHEETS["2x4"]
    path = tmp_path / "countries.pdf"
    save_pdf(path, Job("labels", addresses, sheet=sheet, start=1))
    document = pdfium.PdfDocument(str(path))
    try:
        page = document[0]
        text = page.get_textpage()
        height = page.get_height()
        for slot, lines in enumerate(lines for _a, lines in COUNTRIES.values()):
            x, y, w, h = sheet.label_rect(slot)
            to_pt = 72 / 25.4
            found = text.get_text_bounded(
                left=x * to_pt,
                right=(x + w) * to_pt,
                top=height - y * to_pt,
                bottom=height - (y + h) * to_pt,
            )
            assert [line.strip() for line in found.splitlines() if line.strip()] == lines
    finally:
        document.close()
    # The page as the user sees it.
    pdfium.PdfDocument(str(path))[0].render(scale=1.5).to_pil().save(tmp_path / "countries.png")


def _store(db: Database, contact: IndividualContact | OrganizationContact) -> str:
    with unit_of_work(db) as uow:
        return uow.contacts.save(contact).id


def test_kontor_print_saves_each_kind_as_pdf(tmp_db: Database, tmp_path: Path) -> None:
    ours = _store(
        tmp_db,
        OrganizationContact(
            name="Klok NV",
            emails=[Email(address="info@klok.be")],
            addresses=[_address("BE", "Kerkstraat", "1", "9000", "Gent")],
        ),
    )
    for cc, (address, _lines) in COUNTRIES.items():
        _store(tmp_db, IndividualContact(name=f"Person {cc}", addresses=[address]))
    _store(tmp_db, IndividualContact(name="No Address", emails=[Email(address="x@klok.be")]))
    database = tmp_db.engine.url.database
    assert database is not None
    db = ["--db", database]
    out = tmp_path / "labels.pdf"
    assert (
        main(["print", "labels", *db, "--kind", "people", "--start", "22", "--out", str(out)]) == 0
    )
    assert len(_pages(out)) == 2  # labels 22..24, then four on a second sheet
    out = tmp_path / "envelopes.pdf"
    assert main(["print", "envelopes", *db, "--contact", "Person FR", "--out", str(out)]) == 2
    assert not out.exists()
    args = ["print", "envelopes", *db, "--sender", "info@klok.be", "--envelope", "C6"]
    assert main([*args, "--search", "Person", "--out", str(out)]) == 0
    assert len(_pages(out)) == 6
    out = tmp_path / "sheet.pdf"
    assert main(["print", "sheet", *db, "--contact", ours, "--out", str(out)]) == 0
    assert "Klok NV" in pdfium.PdfDocument(str(out))[0].get_textpage().get_text_range()
    out = tmp_path / "list.pdf"
    assert main(["print", "list", *db, "--out", str(out)]) == 0
    listed = pdfium.PdfDocument(str(out))[0].get_textpage().get_text_range()
    assert "No Address" in listed and "Person GB" in listed
    bad = tmp_path / "bad.pdf"
    assert main(["print", "labels", *db, "--sheet", "custom:3x9:70x40:0,0", "--out", str(bad)]) == 2
    assert not bad.exists()
