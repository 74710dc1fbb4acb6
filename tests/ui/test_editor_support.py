"""Shared set-up for the contact editor tests (no tests of its own): seeded data, an editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QTabWidget, QWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    Department,
    Image,
    IndividualContact,
    Location,
    OrganizationContact,
    Tag,
)
from app.domain.problems import Problem
from app.services.contacts import ContactEditing
from app.services.directory import ContactDirectory
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork, unit_of_work
from app.ui.editors import ContactEditor
from app.ui.editors.rows import Row, RowList, Section

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def seed(db: Database) -> dict[str, str]:
    """Two organizations (one with departments, locations, an address), a person, tags."""
    klok = OrganizationContact(
        name="Brouwerij De Klok NV",
        vat_number="BE0415928179",
        departments=[Department(name="Sales", area="SALES"), Department(name="Brewing")],
        locations=[Location(name="Gent brewery")],
        addresses=[
            Address(
                full_address="Korenmarkt 1, 9000 Gent, BE",
                street_name="Korenmarkt",
                street_number="1",
                zip="9000",
                city="Gent",
                country_code="BE",
            )
        ],
        tags=[Tag(name="VIP"), Tag(name="Brewery")],
    )
    acme = OrganizationContact(name="Acme AG", tags=[Tag(name="Vendor")])
    jan = IndividualContact(name="Jan Peeters", given_name="Jan", family_name="Peeters")
    with unit_of_work(db) as u:
        for contact in (klok, acme, jan):
            u.contacts.add(contact)
    return {
        "klok": klok.id,
        "acme": acme.id,
        "jan": jan.id,
        "sales": klok.departments[0].id,
        "brewing": klok.departments[1].id,
        "address": klok.addresses[0].id,
    }


def png_bytes() -> bytes:
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def load_image(data: bytes) -> Image | list[Problem]:
    """What the image service answers: the image, or why it cannot be one."""
    if data.startswith(PNG_MAGIC):
        return Image(media_type="image/png", data=data, width=8, height=8)
    return [
        Problem(
            field="images[0]", label="Picture", message="only JPEG and PNG pictures can be stored"
        )
    ]


def make_editor(qtbot: QtBot, db: Database) -> ContactEditor:
    """An editor checking with the real service and looking things up in the real database."""
    directory = ContactDirectory(db)

    def search(kind: ContactKind) -> Callable[[str], list[tuple[str, str]]]:
        return lambda text: [(s.id, s.name) for s in directory.page(kind, 0, 20, text)]

    def organization_details(contact_id: str) -> OrganizationContact | None:
        found = directory.get(contact_id)
        return found if isinstance(found, OrganizationContact) else None

    def person_details(contact_id: str) -> IndividualContact | None:
        found = directory.get(contact_id)
        return found if isinstance(found, IndividualContact) else None

    def tag_names(prefix: str) -> list[str]:
        with db.reading() as conn:
            tags = UnitOfWork(conn).tags.all()
        return [t.name for t in tags if t.name.casefold().startswith(prefix.casefold())]

    editor = ContactEditor(
        ContactEditing(db).check,
        search(ContactKind.ORGANIZATION),
        organization_details,
        tag_names,
        search(ContactKind.INDIVIDUAL),
        load_image,
        person_details=person_details,
    )
    qtbot.addWidget(editor)
    editor.resize(1000, 760)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def open_tab(qtbot: QtBot, editor: ContactEditor, title: str) -> Section:
    """Click the tab whose title starts with ``title``; return its section."""
    tabs: QTabWidget = editor.tabs
    bar = tabs.tabBar()
    for index in range(tabs.count()):
        if tabs.tabText(index).startswith(title):
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            assert tabs.currentIndex() == index
            page = tabs.widget(index)
            assert isinstance(page, Section)
            return page
    raise AssertionError(f"no tab {title}")


def choose(combo: QComboBox, value: str) -> None:
    """Pick the item holding ``value`` the way the keyboard does: focus, then arrow keys."""
    index = combo.findData(value)
    assert index >= 0, value
    combo.setFocus()
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def add_row(qtbot: QtBot, rows: RowList) -> Row:  # type: ignore[type-arg]
    """Click the list's Add button; return the new row once it is laid out on screen."""
    before = rows.rows()
    click(qtbot, rows.add_button)
    (row,) = [r for r in rows.rows() if r not in before]
    qtbot.waitUntil(lambda: row.isVisible() and row.width() < rows.width(), timeout=5000)
    return row


__all__ = [
    "add_row",
    "choose",
    "click",
    "load_image",
    "make_editor",
    "open_tab",
    "png_bytes",
    "seed",
]
