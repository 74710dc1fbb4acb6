"""Dates, numbers, money and place names as a Dutch, German or French office reads them.

Each test switches Kontor's language the way a start in that language does
(:func:`install_translations`), drives the editor as a user would, and switches back to English.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTabWidget
from pytestqt.qtbot import QtBot

from app.domain.enums import ContactKind
from app.domain.models import CustomerRole, Money, OrganizationContact
from app.services.directory import ContactDirectory
from app.store.database import Database
from app.ui.editors import ContactEditor
from app.ui.editors.contact_points import ContactPointsSection
from app.ui.editors.pickers import PREFERRED
from app.ui.editors.roles import RolesSection
from app.ui.editors.rows import Section
from app.ui.formats import clock_text, date_text, money_text, number_text, parse_money, time_text
from app.ui.i18n import install_translations
from app.ui.sync_controller import SyncState
from app.ui.sync_status import SyncStatusWidget
from tests.ui.test_editor_support import add_row, make_editor, seed

NARROW_SPACE = "\u202f"


@contextmanager
def speaking(language: str) -> Iterator[None]:
    assert install_translations(language) == language
    try:
        yield
    finally:
        install_translations("en")


def open_section(qtbot: QtBot, editor: ContactEditor, kind: type[Section]) -> Section:
    """Click the tab of the section ``kind`` (whatever the tab is called in this language)."""
    tabs: QTabWidget = editor.tabs
    for index in range(tabs.count()):
        if isinstance(tabs.widget(index), kind):
            bar = tabs.tabBar()
            qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
            assert tabs.currentIndex() == index
            page = tabs.widget(index)
            assert isinstance(page, Section)
            return page
    raise AssertionError(f"no {kind.__name__} tab")


def plain(name: str) -> str:
    """``name`` without accents, to say which letter a dictionary files it under."""
    return unicodedata.normalize("NFD", name).encode("ascii", "ignore").decode()


def country_items(qtbot: QtBot, db: Database) -> tuple[ContactEditor, list[str]]:
    seed(db)
    editor = make_editor(qtbot, db)
    editor.new(ContactKind.INDIVIDUAL)
    section = open_section(qtbot, editor, ContactPointsSection)
    assert isinstance(section, ContactPointsSection)
    address = add_row(qtbot, section.points.addresses)
    combo = address.country
    items = [combo.itemText(i) for i in range(1, combo.count())]
    return editor, items


def test_german_country_picker_names_and_sorts_in_german(qtbot: QtBot, tmp_db: Database) -> None:
    with speaking("de"):
        editor, items = country_items(qtbot, tmp_db)
        names = [text.partition(" — ")[2] for text in items]
        at = items.index("AT — Österreich")
        # Ö is filed with O in German: after Oman, before the P names
        assert names[at - 1].startswith("O") and names[at - 1] < "Ö"
        assert names[at + 1].startswith("P")
        assert "DE — Deutschland" in items and "BE — Belgien" in items
        assert items.index("BE — Belgien") < items.index("DE — Deutschland")
        # typing the German name picks the country
        section = open_section(qtbot, editor, ContactPointsSection)
        assert isinstance(section, ContactPointsSection)
        address = section.points.addresses.rows()[0]
        line = address.country.lineEdit()
        assert line is not None
        qtbot.keyClicks(line, "Österreich")
        completer = address.country.completer()
        qtbot.waitUntil(completer.popup().isVisible, timeout=5000)
        assert completer.currentCompletion() == "AT — Österreich"
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
        assert address.country.value() == "AT"


def test_french_country_picker_files_accented_names_with_their_letter(
    qtbot: QtBot, tmp_db: Database
) -> None:
    with speaking("fr"):
        _, items = country_items(qtbot, tmp_db)
        names = [text.partition(" — ")[2] for text in items]
        us = items.index("US — États-Unis")
        assert plain(names[us - 1])[0] == "E" and plain(names[us + 1])[0] == "E"
        # every É name sits among the E names, not after Z
        firsts = [plain(name)[0] for name in names]
        assert firsts == sorted(firsts)
        assert "DE — Allemagne" in items


def test_currency_and_credit_limit_follow_the_language(qtbot: QtBot, tmp_db: Database) -> None:
    ids = seed(tmp_db)
    klok = ContactDirectory(tmp_db).get(ids["klok"])
    assert isinstance(klok, OrganizationContact)
    klok.customer_role = CustomerRole(credit_limit=Money(value=Decimal("1000.50"), unit="EUR"))
    with speaking("de"):
        editor = make_editor(qtbot, tmp_db)
        editor.load(klok)
        roles = open_section(qtbot, editor, RolesSection)
        assert isinstance(roles, RolesSection)
        money = roles.customer.credit_limit
        assert money.amount.text() == "1.000,50"
        assert money.currency.currentText() == "EUR — Euro"
        currencies = [money.currency.itemText(i) for i in range(money.currency.count())]
        assert "USD — US-Dollar" in currencies
        assert editor.draft().customer_role == klok.customer_role  # shown, not changed
        for typed, amount in (("2.500,75", "2500.75"), ("2500.75", "2500.75"), ("12,5", "12.5")):
            money.amount.clear()
            qtbot.keyClicks(money.amount, typed)
            role = editor.draft().customer_role
            assert role is not None and role.credit_limit == Money(
                value=Decimal(amount), unit="EUR"
            ), typed
    with speaking("fr"):
        editor = make_editor(qtbot, tmp_db)
        editor.load(klok)
        roles = open_section(qtbot, editor, RolesSection)
        assert isinstance(roles, RolesSection)
        money = roles.customer.credit_limit
        assert money.amount.text() == f"1{NARROW_SPACE}000,50"
        money.amount.clear()
        qtbot.keyClicks(money.amount, "1 000,50")
        role = editor.draft().customer_role
        assert role is not None and role.credit_limit == Money(value=Decimal("1000.50"), unit="EUR")


@pytest.mark.parametrize(
    ("language", "day", "count", "amount"),
    [
        ("de", "01.03.2024", "1.234.567", "1.000,50"),
        ("nl", "01-03-2024", "1.234.567", "1.000,50"),
        ("fr", "01/03/2024", f"1{NARROW_SPACE}234{NARROW_SPACE}567", f"1{NARROW_SPACE}000,50"),
    ],
)
def test_dates_numbers_and_amounts_in_each_language(
    language: str, day: str, count: str, amount: str
) -> None:
    with speaking(language):
        assert date_text(date(2024, 3, 1)) == day
        assert number_text(1234567) == count
        assert money_text(Decimal("1000.50")) == amount
        assert parse_money(amount) == Decimal("1000.50")
        assert parse_money("1000.50") == Decimal("1000.50")
        assert parse_money("1.2.3").is_nan()  # type: ignore[union-attr]
        moment = datetime(2024, 3, 1, 14, 5).astimezone()
        assert time_text(moment, now=moment) == "14:05"
        assert time_text(moment, now=datetime(2024, 3, 5).astimezone()) == f"{day} 14:05"


def test_reference_list_countries_come_first_then_the_rest_in_german_order(
    qtbot: QtBot, tmp_db: Database
) -> None:
    saved = (PREFERRED.countries, PREFERRED.languages)
    PREFERRED.set(["CH", "AT"], ["DE"])
    try:
        with speaking("de"):
            _, items = country_items(qtbot, tmp_db)
            # the workspace's countries first (in German order), then every other one
            assert items[:2] == ["AT — Österreich", "CH — Schweiz"]
            rest = [text.partition(" — ")[2] for text in items[2:]]
            assert "Österreich" not in rest and len(rest) == len(set(rest))
            at = rest.index("Oman") + 1
            assert rest[at].startswith("P")  # without Österreich, P follows the O names
    finally:
        PREFERRED.set(*saved)


def test_status_bar_says_yesterday_and_counts_in_words(qtbot: QtBot) -> None:
    status = SyncStatusWidget()
    qtbot.addWidget(status)
    now = datetime.now().astimezone()
    yesterday = now - timedelta(days=1)
    status.show_state(SyncState(last_sync=yesterday, pending=1, issues=2))
    assert status.last_sync.text() == f"Last sync yesterday {clock_text(yesterday.time())}"
    assert status.pending.text() == "1 change to send"
    assert status.issues.text() == "2 sync issues"
    status.show_state(SyncState(last_sync=now, pending=1_234))
    assert status.last_sync.text() == f"Last sync {clock_text(now.time())}"
    assert status.pending.text() == "1,234 changes to send"
    earlier = now - timedelta(days=3)
    status.show_state(SyncState(last_sync=earlier))
    shown = f"{date_text(earlier.date())} {clock_text(earlier.time())}"
    assert status.last_sync.text() == f"Last sync {shown}"
