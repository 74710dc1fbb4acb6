"""When a search's count arrives, the scroll range it makes is set with it, not left to a later
pass of the event loop (where it would repaint the scroll bars in the middle of the next
keystroke)."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from app.ui.main_window import MainWindow
from tests.ui.test_contact_list_count_arrives import (
    held_count,
    search_until_first_page,
)

__all__ = ["held_count"]  # the fixture, used by name below


def test_the_scroll_range_is_grown_when_the_count_is_announced(
    qtbot: QtBot, held_count: tuple[MainWindow, threading.Event]
) -> None:
    window, release = held_count
    search_until_first_page(qtbot, window)
    table = window.table
    bar = table.verticalScrollBar()
    first_page = bar.maximum()
    list_view = window.people.list_view
    announced: list[int] = []
    list_view.result_changed.connect(lambda: announced.append(bar.maximum()))
    release.set()
    qtbot.waitUntil(lambda: not list_view.count_pending)
    assert table.model().rowCount() == 300
    # At once, without the event loop going on: the range of all 300 rows.
    assert announced[-1] > first_page
    table.forget_appending()
    table.doItemsLayout()  # what a full layout makes
    assert announced[-1] == bar.maximum()
