"""The main window and its contact table model, driven the way a user drives them."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
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
from app.services.directory import (
    ContactDirectory,
    ContactQuery,
    ContactSummary,
    ReadCancel,
    ReadTooSlowError,
)
from app.services.registry import Services
from app.store.database import Database
from app.store.unit_of_work import UnitOfWork, unit_of_work
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column, ContactIdRole, ContactTableModel
from app.ui.main_window import MainWindow
from tests.ui.summaries import NumberedPeople

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
def open_window(
    qtbot: QtBot, tmp_db: Database, directory: ContactDirectory
) -> Callable[[], MainWindow]:
    def open_() -> MainWindow:
        window = build_main_window(Services.over(tmp_db), "k.sqlite")
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
    assert [nav.item(i).text() for i in range(nav.count())][:2] == ["People", "Organizations"]
    # … Pending changes, Sync issues, Duplicates, Data quality, Recent changes, Retention
    assert nav.count() == 12
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


def test_typing_a_search_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.search_edit, "schmidt")
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 1, timeout=2000)
    assert _column(window, Column.NAME) == ["Clara Schmidt"]
    qtbot.waitUntil(lambda: window.count_label.text() == "1 match in 3 people", timeout=2000)

    _click_section(qtbot, window, "Organizations")
    qtbot.keyClicks(window.search_edit, "hamburg")
    qtbot.waitUntil(lambda: _column(window, Column.NAME) == ["Müller GmbH"], timeout=2000)
    qtbot.waitUntil(lambda: window.count_label.text() == "1 match in 2 organizations", timeout=2000)

    qtbot.keyClick(window.search_edit, Qt.Key.Key_Escape)
    assert window.search_edit.text() == ""
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 2, timeout=2000)
    qtbot.waitUntil(lambda: window.count_label.text() == "2 organizations", timeout=2000)


def test_filters_and_sorting_are_done_by_the_database(qtbot: QtBot, window: MainWindow) -> None:
    _click_section(qtbot, window, "Organizations")
    page = window.organizations
    role = page.list_view.role_filter
    role.setCurrentIndex(role.findText("Suppliers"))
    qtbot.waitUntil(lambda: _column(window, Column.NAME) == ["Müller GmbH"], timeout=2000)
    role.setCurrentIndex(0)
    qtbot.waitUntil(lambda: window.table.model().rowCount() == 2, timeout=2000)
    header = window.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(Column.CITY) + 5, 5),
    )
    assert _column(window, Column.CITY) == ["Hamburg", "Zürich"]
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(Column.CITY) + 5, 5),
    )
    assert _column(window, Column.CITY) == ["Zürich", "Hamburg"]


def test_columns_can_be_hidden_and_stay_hidden(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    first = open_window()
    first.table.horizontalHeader().setSectionHidden(Column.PHONE, True)
    first.close()
    second = open_window()
    assert second.table.horizontalHeader().isSectionHidden(Column.PHONE)


def test_ctrl_f_focuses_search(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()
    qtbot.waitUntil(window.table.hasFocus, timeout=1000)
    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search_edit.hasFocus()


def test_choosing_a_row_opens_the_contact_in_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    table = window.table
    rect = table.visualRect(table.model().index(1, Column.NAME))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.people.editor.draft().name == "Bernd Müller"
    assert not window.people.editor.is_dirty()


def test_geometry_header_and_section_survive_reopening(
    qtbot: QtBot, open_window: Callable[[], MainWindow]
) -> None:
    first = open_window()
    # The offscreen screen is 800 × 600, narrower than the window's minimum width, so the
    # height is what tells a restored size from the default one.
    first.resize(first.minimumSizeHint().width(), 430)
    size = (first.width(), first.height())
    _click_section(qtbot, first, "Organizations")
    first.table.horizontalHeader().resizeSection(Column.EMAIL, 311)
    first.close()

    second = open_window()
    assert (second.width(), second.height()) == size
    assert second.nav_list.currentItem().text() == "Organizations"
    assert second.table.horizontalHeader().sectionSize(Column.EMAIL) == 311
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


def test_model_fetches_pages_lazily_and_forgets_the_least_recently_used() -> None:
    source = NumberedPeople(100_000)
    model = ContactTableModel(source, max_cached_pages=3, page_size=200)
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


def test_first_page_first_then_the_full_count(qtmodeltester: object) -> None:
    """A broad search shows its first page at once; the count follows and sets the range."""
    source = NumberedPeople(5_000)
    model = ContactTableModel(source, page_size=200)
    qtmodeltester.check(model)  # type: ignore[attr-defined]  # keeps checking as rows change
    first = source.page(offset=0, limit=200)
    model.apply(model.query(), 200, first)
    assert model.rowCount() == 200
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, a, b: inserted.append((a, b)))
    model.set_row_count(5_000)
    assert inserted == [(200, 4_999)]
    assert model.index(4_999, Column.NAME).data() == "Person 04999"
    model.set_row_count(300)
    assert model.rowCount() == 300
    assert model.index(299, Column.NAME).data() == "Person 00299"


def test_a_hidden_page_does_not_overwrite_the_status_bar(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_section().key == "people"
    window.organizations.status_changed.emit("late news from organizations")
    assert window.count_label.text() == "3 people"
    window.people.status_changed.emit("news from people")
    assert window.count_label.text() == "news from people"


def test_the_application_shows_kontors_icon(qapp: QApplication) -> None:
    from app.ui.app import _application

    app = _application([])
    assert app is qapp
    assert not app.windowIcon().isNull()
    assert app.windowIcon().pixmap(64, 64).width() == 64


def test_undoing_a_big_step_runs_behind_a_progress_dialog(
    qtbot: QtBot, tmp_db: Database, directory: ContactDirectory
) -> None:
    services = Services.over(tmp_db)
    window = build_main_window(services, "k.sqlite")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    before = services.directory.count()
    made = [IndividualContact(name=f"Batch {i:03d}") for i in range(250)]

    def add_all(uow: UnitOfWork) -> None:
        uow.contacts.add_many(made)

    services.history.batch("import of batch.vcf", [c.id for c in made], [], add_all)
    window.changed_elsewhere("Imported 250 contacts")
    assert services.directory.count() == before + 250
    assert services.history.undo_size == 250
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    progress = window.findChild(QProgressDialog, "stepProgress")
    assert progress is not None and "250 contacts" in progress.labelText()
    qtbot.waitUntil(lambda: services.directory.count() == before, timeout=20000)
    qtbot.waitUntil(lambda: not progress.isVisible(), timeout=5000)
    assert window.redo_action.isEnabled()
    assert "import of batch.vcf" in window.redo_action.text()


def test_a_search_shows_its_first_page_then_its_count_and_cancels_the_older_one(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """More matches than a page: "50+ matches" with the first page, then the exact count; a
    newer keystroke cancels the reads of the older search (in SQLite, not just ignored)."""
    with unit_of_work(tmp_db) as u:
        u.contacts.add_many(
            [IndividualContact(name=f"Person {n:03d}") for n in range(120)], batch_size=200
        )
    services = Services.over(tmp_db)
    cancels: list[object] = []
    positions = services.directory.positions

    def recording_positions(query: object, cancel: object = None) -> object:
        cancels.append(cancel)
        return positions(query, cancel)  # type: ignore[arg-type]

    monkeypatch.setattr(services.directory, "positions", recording_positions)
    window = build_main_window(services, "k.sqlite")
    qtbot.addWidget(window)
    window.show()
    # The user sees the whole list (and its count) before typing.
    qtbot.waitUntil(lambda: window.count_label.text() == "120 people", timeout=5000)
    statuses: list[str] = []
    window.people.status_changed.connect(statuses.append)
    qtbot.keyClicks(window.search_edit, "per")
    qtbot.waitUntil(lambda: window.count_label.text() == "120 matches in 120 people", timeout=5000)
    assert "50+ matches in 120 people" in statuses
    assert statuses.index("50+ matches in 120 people") < statuses.index("120 matches in 120 people")
    assert window.table.model().rowCount() == 120
    assert window.table.model().index(119, Column.NAME).data() == "Person 119"
    older = cancels[-1]
    qtbot.keyClicks(window.search_edit, "son 00")  # 000-009 and 100
    qtbot.waitUntil(lambda: window.count_label.text() == "11 matches in 120 people", timeout=5000)
    assert older.cancelled  # type: ignore[attr-defined]


def test_a_search_too_slow_for_the_screen_is_read_on_the_worker(
    qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A first page that goes past its time on the GUI thread is read again on the list's
    worker, and the person still sees the matches and their count."""
    _seed(tmp_db)
    services = Services.over(tmp_db)
    first_page = services.directory.first_page
    calls: list[float | None] = []

    def slow_here(
        query: ContactQuery,
        limit: int = 200,
        cancel: ReadCancel | None = None,
        within: float | None = None,
    ) -> list[ContactSummary]:
        calls.append(within)
        if within is not None and query.search:
            raise ReadTooSlowError()
        return first_page(query, limit, cancel)

    monkeypatch.setattr(services.directory, "first_page", slow_here)
    window = build_main_window(services, "k.sqlite")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.count_label.text() == "3 people", timeout=5000)
    calls.clear()
    qtbot.keyClicks(window.search_edit, "becker")
    qtbot.waitUntil(lambda: _column(window, Column.NAME) == ["anna Becker"], timeout=5000)
    qtbot.waitUntil(lambda: window.count_label.text() == "1 match in 3 people", timeout=5000)
    assert calls[-2:] == [0.05, None]  # tried here within its time, then on the worker


def test_pages_beside_the_screen_are_fetched_once_the_list_is_still(
    qtbot: QtBot, tmp_db: Database
) -> None:
    """A jump deep into the list reads the rows on screen at once; the pages before and after
    them are read on the worker once the list stops moving, so scrolling on needs no read."""
    with unit_of_work(tmp_db) as u:
        u.contacts.add_many(
            [IndividualContact(name=f"Person {n:04d}") for n in range(1000)], batch_size=500
        )
    window = build_main_window(Services.over(tmp_db), "k.sqlite")
    qtbot.addWidget(window)
    window.show()
    list_view = window.people.list_view
    qtbot.waitUntil(lambda: list_view.total == 1000 and not list_view.count_pending, timeout=5000)
    model = window.table.model()
    size = model.page_size()
    target = 10 * size + 5  # on page 10
    window.table.scrollTo(model.index(target, Column.NAME))
    assert model.index(target, Column.NAME).data() == f"Person {target:04d}"
    assert not model.is_loaded(9 * size) and not model.is_loaded(11 * size)
    qtbot.waitUntil(lambda: model.is_loaded(9 * size) and model.is_loaded(11 * size), timeout=5000)
    assert model.index(11 * size, Column.NAME).data() == f"Person {11 * size:04d}"
