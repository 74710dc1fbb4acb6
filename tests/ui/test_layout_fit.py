"""Every text of the main window fits its place, in each language Kontor speaks.

German and French words are longer than English ones. The window is opened at its default
size on the demo book in a language; the test visits every section, opens a person and an
organization and clicks through every tab of the editor, as a user would, and lists each
visible label, button, tab, list item, column header and picker whose text is cut off. A table cell whose text
ends in "…" is fine (the column can be widened); a header, a label or a button is not.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from app.bootstrap import build_services
from app.domain.enums import ContactKind
from app.services.registry import Services
from app.services.seeding import seed_demo
from app.ui import i18n
from app.ui.app import build_main_window
from app.ui.contacts_page import ContactsPage
from app.ui.main_window import MainWindow

LANGUAGES = ("en", "nl", "de", "fr")
#: pixels a text may lack before it counts as cut off (rounding of font metrics)
SLACK = 2


@pytest.fixture
def services(tmp_path: Path) -> Iterator[Services]:
    found = build_services(tmp_path / "demo.sqlite")
    assert seed_demo(found.db)
    try:
        yield found
    finally:
        found.close()


@pytest.fixture
def speak() -> Iterator[None]:
    saved_locale = QLocale()
    yield
    i18n.install_translations("en")
    QLocale.setDefault(saved_locale)


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisible() and widget.window() is window and widget.width() > 0


def _plain(text: str) -> str:
    """The text as drawn: mnemonics' & dropped (&& is one &)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or not label.pixmap().isNull():
        return None
    hint = label.sizeHint()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"{label.height()} px high, needs {needed}"
        return None
    if label.width() + SLACK < hint.width():
        return f"{label.width()} px wide, needs {hint.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _plain(button.text())
    if not text.strip():
        return None
    if isinstance(button, QPushButton):
        # a push button's size hint holds a minimum width of the style; its text needs less
        needed = button.fontMetrics().horizontalAdvance(text) + 8
        if not button.icon().isNull():
            needed += button.iconSize().width() + 4
    elif isinstance(button, QCheckBox | QRadioButton | QToolButton):
        needed = button.sizeHint().width()
    else:
        return None
    if button.width() + SLACK < needed:
        return f"{button.width()} px wide, needs {needed}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    """A closed picker whose chosen entry is cut off (a typed field scrolls, like any field)."""
    text = combo.currentText()
    if combo.isEditable() or not text.strip():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    content = QSize(combo.fontMetrics().horizontalAdvance(text), combo.fontMetrics().height())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        content.setWidth(content.width() + combo.iconSize().width() + 4)
    needed = (
        combo.style()
        .sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, content, combo)
        .width()
    )
    if combo.width() + SLACK < needed:
        return f"{combo.width()} px wide, needs {needed}"
    return None


def _tab_problems(bar: QTabBar) -> list[tuple[str, str]]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _plain(bar.tabText(index))
        rect, hint = bar.tabRect(index), bar.tabSizeHint(index)
        if rect.width() + SLACK < hint.width():
            found.append((text, f"tab {rect.width()} px wide, needs {hint.width()}"))
        elif rect.right() > bar.width() + SLACK or rect.left() < -SLACK:
            found.append((text, "tab out of sight behind the scroll buttons"))
    return found


def _header_problems(header: QHeaderView) -> list[tuple[str, str]]:
    found = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return found
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not isinstance(text, str) or not text.strip():
            continue
        needed = metrics.horizontalAdvance(text) + 8
        if header.sectionSize(section) + SLACK < needed:
            found.append((text, f"column {header.sectionSize(section)} px wide, needs {needed}"))
    return found


def _list_problems(view: QListWidget) -> list[tuple[str, str]]:
    """Items of a list (the sections of the window, a check list) cut off at the side."""
    found = []
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        if item is None or item.isHidden() or not item.text().strip():
            continue
        rect = view.visualItemRect(item)
        needed = metrics.horizontalAdvance(item.text()) + 8
        if not item.icon().isNull():
            needed += view.iconSize().width() + 4
        if item.data(Qt.ItemDataRole.CheckStateRole) is not None:
            needed += 20  # the check box beside the text
        available = min(rect.right(), view.viewport().width()) - max(rect.left(), 0)
        if available + SLACK < needed:
            found.append((item.text(), f"item {available} px wide, needs {needed}"))
    return found


def clipped(window: QWidget) -> list[str]:
    """Every visible text of ``window`` that does not fit its widget, described."""
    # texts set a moment ago (a count read on a worker) are laid out before they are measured
    for _ in range(3):
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QApplication.processEvents()
    found: list[str] = []

    def report(widget: QWidget, text: str, why: str) -> None:
        name = widget.objectName() or type(widget).__name__
        found.append(f"{type(widget).__name__} {name} “{text}”: {why}")

    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QLabel):
            why = _label_problem(widget)
            if why:
                report(widget, widget.text(), why)
        elif isinstance(widget, QAbstractButton):
            why = _button_problem(widget)
            if why:
                report(widget, _plain(widget.text()), why)
        elif isinstance(widget, QComboBox):
            why = _combo_problem(widget)
            if why:
                report(widget, widget.currentText(), why)
        elif isinstance(widget, QTabBar):
            for text, why in _tab_problems(widget):
                report(widget, text, why)
        elif isinstance(widget, QHeaderView):
            for text, why in _header_problems(widget):
                report(widget, text, why)
        elif isinstance(widget, QListWidget):
            for text, why in _list_problems(widget):
                report(widget, text, why)
        elif isinstance(widget, QGroupBox) and widget.title():
            needed = widget.fontMetrics().horizontalAdvance(_plain(widget.title())) + 24
            if widget.width() + SLACK < needed:
                report(widget, widget.title(), f"{widget.width()} px wide, needs {needed}")
    return found


def _click_nav(qtbot: QtBot, window: MainWindow, row: int) -> None:
    nav = window.nav_list
    item = nav.item(row)
    nav.scrollToItem(item)
    qtbot.mouseClick(
        nav.viewport(), Qt.MouseButton.LeftButton, pos=nav.visualItemRect(item).center()
    )
    qtbot.waitUntil(lambda: nav.currentRow() == row, timeout=2000)


def _open_first_contact(qtbot: QtBot, page: ContactsPage) -> None:
    table = page.list_view.table
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    index: QModelIndex = model.index(0, 0)
    table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
    qtbot.mouseClick(
        table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center()
    )
    name = index.data()
    qtbot.waitUntil(lambda: page.editor.draft().name == name, timeout=5000)


def _settled_clipped(qtbot: QtBot, window: MainWindow) -> list[str]:
    """What stays cut off once the screen has settled: a section fills its texts from a
    worker, and on a busy machine the layout can follow a few event loops later; a text that
    is really cut off stays so."""
    found: list[str] = []
    for _ in range(8):
        qtbot.wait(20 if not found else 150)
        found = clipped(window)
        if not found:
            break
    return found


def visit_everything(qtbot: QtBot, window: MainWindow) -> dict[str, list[str]]:
    """What is cut off on each screen: every section, every tab of a person and an
    organization in the editor."""
    report: dict[str, list[str]] = {}
    nav = window.nav_list
    for row in range(nav.count()):
        _click_nav(qtbot, window, row)
        title = nav.item(row).text()
        report[title] = _settled_clipped(qtbot, window)
        page = window.stack.currentWidget()
        if isinstance(page, ContactsPage):
            _open_first_contact(qtbot, page)
            tabs = page.editor.tabs
            bar = tabs.tabBar()
            for index in range(tabs.count()):
                if not bar.isTabVisible(index):
                    continue
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                qtbot.waitUntil(lambda i=index, t=tabs: t.currentIndex() == i, timeout=2000)
                report[f"{title} › {tabs.tabText(index)}"] = _settled_clipped(qtbot, window)
    return report


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_fits_at_the_default_size(
    qtbot: QtBot, services: Services, speak: None, language: str
) -> None:
    assert i18n.install_translations(language) == language
    window = build_main_window(services, "Demo")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.people.kind == ContactKind.INDIVIDUAL
    report = visit_everything(qtbot, window)
    # every section and both kinds of contact were seen
    assert len([k for k in report if "›" not in k]) == window.nav_list.count() >= 10
    assert len([k for k in report if "›" in k]) >= 10
    problems = [f"{where}: {what}" for where, found in report.items() for what in found]
    assert not problems, f"{len(problems)} texts cut off in {language}:\n" + "\n".join(problems)


def test_the_check_sees_cut_off_texts(qtbot: QtBot) -> None:
    """What the check reports: a squeezed label, button, wrapped label, tab, header and
    picker."""
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    label = QLabel("A label much longer than its place")
    label.setFixedWidth(60)
    button = QPushButton("A button much longer than its place")
    button.setFixedWidth(60)
    wrapped = QLabel("A wrapped label that needs several lines to be read in full")
    wrapped.setWordWrap(True)
    wrapped.setFixedSize(90, 18)
    tabs = QTabWidget()
    for title in ("General", "Addresses, phones, e-mails, web", "History"):
        tabs.addTab(QWidget(), title)
    tabs.setFixedWidth(160)
    table = QTableWidget(1, 2)
    table.setHorizontalHeaderLabels(["A column title", "B"])
    table.horizontalHeader().resizeSection(0, 30)
    combo = QComboBox()
    combo.addItem("A chosen entry much longer than its place")
    combo.setFixedWidth(80)
    fitting = QLabel("Fits")
    for widget in (label, button, wrapped, tabs, table, combo, fitting):
        layout.addWidget(widget)
    window.show()
    qtbot.waitExposed(window)
    found = clipped(window)
    texts = " | ".join(found)
    cut_off = (label.text(), button.text(), wrapped.text(), "History", "A column title")
    for cut in (*cut_off, combo.currentText()):
        assert f"“{cut}”" in texts
    assert "“Fits”" not in texts and "“B”" not in texts
