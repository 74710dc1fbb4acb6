"""The main window and its contact table model, driven the way a user drives them."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import app.ui
from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    CustomerRole,
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
    SupplierRole,
)
from app.services.directory import ContactDirectory, ContactSummary
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel
from app.ui.main_window import MainWindow

PEOPLE = ["Clara Schmidt", "anna Becker", "Bernd Müller"]
ORGANIZATIONS = ["Müller GmbH", "Acme AG"]


def _seed(db: Database) -> None:
    with unit_of_work(db) as u:
        for name in PEOPLE:
            local = name.split()[-1].casefold().replace("ü", "ue")
            u.contacts.add(
                IndividualContact(
                    name=name,
                    emails=[Email(address=f"{local}@example.org")],
                    phones=[Phone(number="+49 30 1234567")],
                )
            )
        u.contacts.add(
            OrganizationContact(
                name="Müller GmbH",
                emails=[Email(address="info@mueller.example")],
                addresses=[Address(city="Hamburg", country_code="DE")],
                customer_role=CustomerRole(),
                supplier_role=SupplierRole(),
            )
        )
        u.contacts.add(
            OrganizationContact(
                name="Acme AG",
                addresses=[Address(city="Zürich", country_code="CH")],
                customer_role=CustomerRole(),
            )
        )


@pytest.fixture
def directory(tmp_db: Database) -> ContactDirectory:
    _seed(tmp_db)
    return ContactDirectory(tmp_db)


@pytest.fixture
def open_window(qtbot: QtBot, directory: ContactDirectory) -> Callable[[], MainWindow]:
    def open_() -> MainWindow:
        window = build_main_window(directory, "k.sqlite")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


@pytest.fixture
def window(open_window: Callable[[], MainWindow]) -> MainWindow:
    return open_window()


def _column(window: MainWindow, column: Column) -> list[str]:
    model = window.table.model()
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def _click_section(qtbot: QtBot, window: MainWindow, label: str) -> None:
    nav = window.nav_list
    (item,) = nav.findItems(label, Qt.MatchFlag.MatchExactly)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )


def test_title_sections_and_people_sorted_by_name(window: MainWindow) -> None:
    assert window.windowTitle() == "Kontor — k.sqlite"
    nav = window.nav_list
    assert [nav.item(i).text() for i in range(nav.count())] == ["People", "Organizations"]
    assert nav.currentItem().text() == "People"
    assert _column(window, Column.NAME) == ["anna Becker", "Bernd Müller", "Clara Schmidt"]
    assert _column(window, Column.EMAIL)[0] == "becker@example.org"
    assert window.count_label.text() == "3 people"
    headers = [window.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Name", "E-mail", "Phone", "City", "Country", "Roles"]


def test_clicking_organizations_shows_organizations(qtbot: QtBot, window: MainWindow) -> None:
    _click_section(qtbot, window, "Organizations")
    assert window.nav_list.currentItem().text() == "Organizations"
    assert _column(window, Column.NAME) == ["Acme AG", "Müller GmbH"]
    assert _column(window, Column.CITY) == ["Zürich", "Hamburg"]
    assert _column(window, Column.COUNTRY) == ["Switzerland", "Germany"]
    assert _column(window, Column.ROLES) == ["Customer", "Customer, Supplier"]
    assert window.count_label.text() == "2 organizations"
    # The view paints what the model says.
    rect = window.table.visualRect(window.table.model().index(1, Column.NAME))
    assert window.table.indexAt(rect.center()).data() == "Müller GmbH"


def test_typing_a_search_filters_after_a_pause(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_edit, "schmidt")
    # Debounced: nothing happens while the user is still typing.
    assert window.table.model().rowCount() == 3
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 1, timeout=2000)
    assert _column(window, Column.NAME) == ["Clara Schmidt"]
    assert window.count_label.text() == "1 match in 3 people"

    # The search stays in force when switching section.
    _click_section(qtbot, window, "Organizations")
    assert window.table.model().rowCount() == 0
    assert window.count_label.text() == "0 matches in 2 organizations"

    window.search_edit.clear()
    qtbot.keyClicks(window.search_edit, "hamburg")
    qtbot.waitUntil(lambda: _column(window, Column.NAME) == ["Müller GmbH"], timeout=2000)
    assert window.count_label.text() == "1 match in 2 organizations"

    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 2, timeout=2000)
    assert window.count_label.text() == "2 organizations"


def test_ctrl_f_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=1000)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()


def test_activating_a_row_emits_the_contact_id(qtbot: QtBot, window: MainWindow) -> None:
    index = window.table.model().index(0, Column.EMAIL)
    expected = window.table.model().data(index, ContactIdRole)
    with qtbot.waitSignal(window.contact_activated, timeout=1000) as blocker:
        window.table.activated.emit(index)
    assert blocker.args == [expected]
    window.table.selectRow(0)
    assert window.selected_contact_ids() == [expected]


def test_geometry_header_and_section_survive_reopening(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    first = open_window()
    first.resize(640, 430)  # the offscreen screen is 800 × 600
    first.table.horizontalHeader().resizeSection(Column.EMAIL, 311)
    _click_section(qtbot, first, "Organizations")
    first.close()

    second = open_window()
    assert (second.width(), second.height()) == (640, 430)
    assert second.table.horizontalHeader().sectionSize(Column.EMAIL) == 311
    assert second.nav_list.currentItem().text() == "Organizations"
    assert _column(second, Column.NAME) == ["Acme AG", "Müller GmbH"]


def test_screenshot(window: MainWindow, tmp_path: Path) -> None:
    pixmap = window.grab()
    assert not pixmap.isNull()
    target = tmp_path / "main-window.png"
    assert pixmap.save(str(target), "PNG")
    assert target.stat().st_size > 0


# --- the model on its own ---------------------------------------------------------------------


def test_model_passes_qtmodeltester(qtmodeltester: object, directory: ContactDirectory) -> None:
    model = ContactTableModel(directory, ContactKind.ORGANIZATION)
    assert model.rowCount() == 2
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_kind(ContactKind.INDIVIDUAL)
    model.set_search("becker")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 1
    assert model.contact_id(0) == model.data(model.index(0, Column.NAME), ContactIdRole)
    assert model.contact_id(1) is None
    assert model.data(QModelIndex()) is None


class FakeSource:
    """A directory of ``total`` numbered people that records which pages were asked for."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.pages: list[int] = []

    def count(self, kind: ContactKind | None = None, search: str | None = None) -> int:
        return self.total

    def page(
        self,
        kind: ContactKind | None = None,
        offset: int = 0,
        limit: int = 200,
        search: str | None = None,
    ) -> list[ContactSummary]:
        self.pages.append(offset)
        return [
            ContactSummary(
                id=f"id-{n}",
                kind=ContactKind.INDIVIDUAL,
                name=f"Person {n:05d}",
                email=None,
                phone=None,
                city=None,
                country_code=None,
                is_customer=False,
                is_supplier=False,
                in_trash=False,
            )
            for n in range(offset, min(offset + limit, self.total))
        ]


def test_model_fetches_pages_lazily_and_forgets_the_least_recently_used() -> None:
    source = FakeSource(100_000)
    model = ContactTableModel(source, max_cached_pages=3)
    assert model.rowCount() == 100_000
    assert source.pages == []  # counting fetches no rows

    def name(row: int) -> str:
        return str(model.data(model.index(row, Column.NAME)))

    assert name(0) == "Person 00000"
    assert name(199) == "Person 00199"
    assert name(200) == "Person 00200"
    assert name(99_999) == "Person 99999"
    assert source.pages == [0, 200, 99_800]
    name(5)  # page 0 becomes the most recently used
    assert model.cached_page_count() == 3
    name(1_000)  # evicts page 1 (offset 200), the least recently used
    assert model.cached_page_count() == 3
    name(0)
    name(250)
    assert source.pages == [0, 200, 99_800, 1_000, 200]

    with_reset = []
    model.modelReset.connect(lambda: with_reset.append(True))
    model.set_search("  person ")
    assert with_reset == [True]
    assert model.search_text() == "person"
    assert model.cached_page_count() == 0
    model.set_search("person")  # unchanged: no reset, cache kept
    assert with_reset == [True]


def test_ui_package_never_imports_sql_or_http() -> None:
    forbidden = {"sqlalchemy", "httpx"}
    for path in Path(app.ui.__file__).parent.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert name.split(".")[0] not in forbidden, f"{path.name} imports {name}"
