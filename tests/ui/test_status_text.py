"""The status bar's message changes on every keystroke of a search: the new text is painted
without the status bar being laid out again, and a text too long for its room ends in "…"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow, QPushButton
from pytestqt.qtbot import QtBot

from app.ui.status_text import StatusText


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def _window(qtbot: QtBot, message: QLabel | StatusText) -> tuple[QMainWindow, _LayoutRequests]:
    window = QMainWindow()
    qtbot.addWidget(window)
    bar = window.statusBar()
    bar.addWidget(message, 1)
    bar.addPermanentWidget(QPushButton("Sync now"))
    window.resize(700, 300)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(100)  # the first layout of the shown window is done
    requests = _LayoutRequests()
    bar.installEventFilter(requests)
    window.installEventFilter(requests)
    return window, requests


def _type_counts(qtbot: QtBot, message: QLabel | StatusText) -> None:
    for count in ("1 contact", "12 contacts", "200+ contacts", "1,234 contacts"):
        message.setText(f"Search: {count}")
        qtbot.wait(5)


def test_a_new_text_is_painted_without_laying_out_the_status_bar(qtbot: QtBot) -> None:
    message = StatusText()
    _shown, requests = _window(qtbot, message)
    _type_counts(qtbot, message)
    assert requests.count == 0
    assert message.text() == "Search: 1,234 contacts"
    assert message.shown_text() == "Search: 1,234 contacts"
    assert message.accessibleName() == "Search: 1,234 contacts"
    assert message.toolTip() == ""


def test_a_label_would_lay_out_the_status_bar_on_every_new_text(qtbot: QtBot) -> None:
    """What the message widget spares: a QLabel's new text asks for a new layout each time."""
    message = QLabel()
    _shown, requests = _window(qtbot, message)
    _type_counts(qtbot, message)
    assert requests.count >= 4


def test_a_text_longer_than_its_room_ends_in_an_ellipsis_and_is_whole_in_the_tooltip(
    qtbot: QtBot,
) -> None:
    message = StatusText()
    window, _requests = _window(qtbot, message)
    long_text = "Imported: 12,345 created, 0 updated. " * 6
    message.setText(long_text)
    qtbot.waitUntil(lambda: message.toolTip() == long_text)
    shown = message.shown_text()
    assert shown.endswith("…") and long_text.startswith(shown[:-1])
    assert message.fontMetrics().horizontalAdvance(shown) <= message.width()
    # The window keeps its width: the message does not push the status bar wider.
    assert window.width() == 700
    window.resize(2400, 300)
    message.setText("Ready")
    qtbot.waitUntil(lambda: message.toolTip() == "")
    assert message.shown_text() == "Ready"
