"""When a search's count arrives after its first page: the scroll range grows to every match,
the rows already on screen are not painted again when they fill it, and the rows below are
there to scroll to."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QEvent, QObject
from pytestqt.qtbot import QtBot

from app.domain.models import IndividualContact
from app.services.directory import ContactQuery, ReadCancel
from app.services.registry import Services
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.ui.app import build_main_window
from app.ui.contact_table_model import Column
from app.ui.main_window import MainWindow


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def held_count(tmp_db: Database, qtbot: QtBot) -> Iterator[tuple[MainWindow, threading.Event]]:
    """A window over 300 people whose searches' counts wait for the event to be set."""
    with unit_of_work(tmp_db) as u:
        u.contacts.add_many(
            [IndividualContact(name=f"Person {n:03d}") for n in range(300)], batch_size=300
        )
    services = Services.over(tmp_db)
    release = threading.Event()
    positions = services.directory.positions

    def held_positions(query: ContactQuery, cancel: ReadCancel | None = None) -> object:
        if query.search:
            release.wait(10)
        return positions(query, cancel)

    services.directory.positions = held_positions  # type: ignore[method-assign]
    window = build_main_window(services, "k.sqlite")
    qtbot.addWidget(window)
    yield window, release
    release.set()


def search_until_first_page(
    qtbot: QtBot, window: MainWindow, size: tuple[int, int] | None = (1000, 500)
) -> None:
    """Show ``window`` (at ``size`` when given) and search until the first page is painted."""
    if size is not None:
        window.resize(*size)
    window.show()
    list_view = window.people.list_view
    qtbot.waitUntil(lambda: list_view.total == 300 and not list_view.count_pending, timeout=5000)
    qtbot.keyClicks(window.search_edit, "person")
    qtbot.waitUntil(lambda: window.table.model().search_text() == "person", timeout=5000)
    qtbot.wait(50)  # the first page painted


def test_the_count_grows_the_scroll_range_without_painting_a_full_screen_again(
    qtbot: QtBot, held_count: tuple[MainWindow, threading.Event]
) -> None:
    window, release = held_count
    search_until_first_page(qtbot, window)
    table = window.table
    model = table.model()
    assert model.rowCount() == 50
    assert table.rowAt(table.viewport().height() - 1) >= 0  # the first page fills the screen
    paints = _Paints()
    table.viewport().installEventFilter(paints)
    release.set()
    qtbot.waitUntil(lambda: window.count_label.text() == "300 matches in 300 people")
    qtbot.wait(50)
    assert model.rowCount() == 300
    assert paints.count == 0  # the rows on screen did not change
    bar = table.verticalScrollBar()
    grown = bar.maximum()
    # The range is the one a full layout makes.
    table.forget_appending()
    table.doItemsLayout()
    assert bar.maximum() == grown
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: paints.count > 0)
    last = table.rowAt(table.viewport().height() - 1)
    assert last == 299
    assert model.index(last, Column.NAME).data() == "Person 299"


def test_rows_appended_on_screen_are_painted(
    qtbot: QtBot, held_count: tuple[MainWindow, threading.Event]
) -> None:
    """A screen taller than the first page shows the rows the count adds at once."""
    window, release = held_count
    search_until_first_page(qtbot, window, size=None)
    table = window.table
    # Rows so low that the first page no longer fills the screen.
    rows = table.verticalHeader()
    rows.setMinimumSectionSize(2)
    rows.setDefaultSectionSize(max(table.viewport().height() // 60, 2))
    qtbot.wait(50)
    assert table.rowAt(table.viewport().height() - 1) < 0
    paints = _Paints()
    table.viewport().installEventFilter(paints)
    release.set()
    qtbot.waitUntil(lambda: window.count_label.text() == "300 matches in 300 people")
    qtbot.waitUntil(lambda: paints.count > 0)
    bottom = table.rowAt(table.viewport().height() - 1)
    assert bottom >= 50
    assert table.model().index(bottom, Column.NAME).data() == f"Person {bottom:03d}"
