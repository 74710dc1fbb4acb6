"""Kontor in Dutch, German and French: the window, the editor's checks, counts, dates and money.

Each expected text is looked up in the language's own catalogue (a translator of its own, not
the one the window uses) and must differ from the English text: a string nobody translated
yet fails here, as it would show in English to the user.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from app.domain.models import CustomerRole, IndividualContact, Money, OrganizationContact
from app.services.registry import Services
from app.services.sync_setup import SyncSetup
from app.store.database import Database
from app.store.unit_of_work import unit_of_work
from app.sync.credentials import TokenStore
from app.ui import i18n
from app.ui.app import build_main_window
from app.ui.dialogs import PreferencesDialog
from app.ui.editors.general_form import IndividualGeneral, OrganizationGeneral
from app.ui.editors.roles import RolesSection
from app.ui.main_window import MainWindow
from tests.ui.test_editor_support import click
from tests.ui.test_preferences import MemoryKeyring

LANGUAGES = ("nl", "de", "fr")
BIRTHDAY = date(1984, 3, 17)
CREDIT_LIMIT = Decimal("12345.50")
BAD_VAT = "BE0415928178"


@pytest.fixture
def speak(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], str]]:
    """Start Kontor in a language as a user does (KONTOR_LANG); English and the locale the
    other tests expect come back afterwards."""
    saved_locale = QLocale()

    def start_in(language: str) -> str:
        monkeypatch.setenv(i18n.ENV_VAR, language)
        return i18n.install_translations()

    yield start_in
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    i18n.install_translations("en")
    QLocale.setDefault(saved_locale)


class Catalogue:
    """One language's catalogue, looked up here without the window's translators."""

    def __init__(self, language: str) -> None:
        self.translator = QTranslator()
        assert self.translator.load(str(i18n.catalogue_file(language)))

    def text(self, context: str, source: str, n: int = -1) -> str:
        found = self.translator.translate(context, source, None, n)
        assert found, f"no translation of [{context}] {source!r}"
        return found.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))


def _seed(db: Database) -> None:
    with unit_of_work(db) as u:
        u.contacts.add(
            IndividualContact(
                name="Jan Peeters", given_name="Jan", family_name="Peeters", date_of_birth=BIRTHDAY
            )
        )
        u.contacts.add(IndividualContact(name="An Claes", given_name="An", family_name="Claes"))
        u.contacts.add(IndividualContact(name="Lotte Maes", given_name="Lotte", family_name="Maes"))
        u.contacts.add(
            OrganizationContact(
                name="Brouwerij De Klok NV",
                customer_role=CustomerRole(credit_limit=Money(value=CREDIT_LIMIT, unit="EUR")),
            )
        )


def _window(qtbot: QtBot, db: Database) -> MainWindow:
    window = build_main_window(Services.over(db), "test")
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)
    return window


def _click_row(qtbot: QtBot, table: QTableView, name: str) -> None:
    model = table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=5000)
    (row,) = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _click_tab(qtbot: QtBot, tabs: object, page: object) -> None:
    bar = tabs.tabBar()  # type: ignore[attr-defined]
    index = tabs.indexOf(page)  # type: ignore[attr-defined]
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentWidget() is page  # type: ignore[attr-defined]


def _short_date_format(locale: QLocale) -> str:
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_speaks_the_language(
    language: str, speak: Callable[[str], str], qtbot: QtBot, tmp_db: Database
) -> None:
    _seed(tmp_db)
    assert speak(language) == language
    words = Catalogue(language)
    english = Catalogue("en")
    locale = QLocale()
    assert locale.language() == QLocale(language).language()

    window = _window(qtbot, tmp_db)

    # A menu title.
    file_menu = words.text("MainWindow", "&File")
    assert file_menu != "&File"
    assert window.file_menu.title() == file_menu

    # Counts in the status bar, in the language's plural forms.
    people = words.text("ContactsPage", "%Ln people", 3)
    assert people != english.text("ContactsPage", "%Ln people", 3)
    qtbot.waitUntil(lambda: window.count_label.text() == people, timeout=5000)

    # A date, as the language's locale writes it.
    _click_row(qtbot, window.people.list_view.table, "Jan Peeters")
    general = window.people.editor.section(IndividualGeneral)
    assert isinstance(general, IndividualGeneral)
    birthday = locale.toString(QDate(1984, 3, 17), _short_date_format(locale))
    assert birthday not in ("1984-03-17", "3/17/1984")
    qtbot.waitUntil(lambda: general.date_of_birth.date_edit.text() == birthday, timeout=5000)

    # One organization: the singular form.
    window.select_section("organizations")
    one = words.text("ContactsPage", "%Ln organizations", 1)
    assert one != english.text("ContactsPage", "%Ln organizations", 1)
    qtbot.waitUntil(lambda: window.count_label.text() == one, timeout=5000)

    # A credit limit, with the locale's decimal sign and digit grouping.
    _click_row(qtbot, window.organizations.list_view.table, "Brouwerij De Klok NV")
    editor = window.organizations.editor
    roles = editor.section(RolesSection)
    assert isinstance(roles, RolesSection)
    _click_tab(qtbot, editor.tabs, roles)
    amount = locale.toString(float(CREDIT_LIMIT), "f", 2)
    assert amount != "12345.50"
    qtbot.waitUntil(lambda: roles.customer.credit_limit.amount.text() == amount, timeout=5000)

    # A check of the domain layer (through app.i18n), shown when saving fails.
    qtbot.keyClick(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    new = window.organizations.editor
    org = new.section(OrganizationGeneral)
    assert isinstance(org, OrganizationGeneral)
    qtbot.keyClicks(org.name, "De Klok Gent BV")
    qtbot.keyClicks(org.vat_number, BAD_VAT)
    check_digits = words.text("Validation", "the check digits do not match")
    assert check_digits != "the check digits do not match"
    with qtbot.assertNotEmitted(new.save_requested):
        click(qtbot, new.save_button)
    box = new.error_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=5000)
    assert check_digits in box.informativeText()
    assert BAD_VAT in box.informativeText()
    assert "the check digits do not match" not in box.informativeText()
    box.button(QMessageBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: new.error_box is None, timeout=5000)
    new.revert()  # nothing left unsaved to ask about when the window closes
    assert not new.is_dirty()


def test_the_language_chosen_in_preferences_is_kept_for_the_next_start(
    speak: Callable[[str], str], qtbot: QtBot, tmp_db: Database
) -> None:
    setup = SyncSetup(tmp_db, TokenStore(MemoryKeyring(), environ={}), timeout=5)

    def open_preferences() -> PreferencesDialog:
        dialog = PreferencesDialog(setup)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
        return dialog

    dialog = open_preferences()
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System language (English)", "English", "Nederlands", "Deutsch", "Français"]
    assert combo.currentText() == "System language (English)"
    assert not dialog.language_note.isVisible()

    # Alt+L goes to the language; typing a name picks it.
    qtbot.keyClick(dialog, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert combo.hasFocus()
    qtbot.keyClicks(combo, "Deu")
    assert combo.currentText() == "Deutsch"
    assert dialog.language_note.isVisible()
    assert dialog.language_note.text() == (
        "Kontor speaks Deutsch after a restart: close Kontor and start it again."
    )
    # Kept without a sync server: Cancel closes the dialog, the language stays chosen.
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

    again = open_preferences()
    assert again.language_combo.currentText() == "Deutsch"
    assert again.language_note.isVisible()  # still not in use: Kontor was not restarted

    # The next start speaks German (Qt's own buttons too).
    assert speak("") == "de"
    restarted = open_preferences()
    assert not restarted.language_note.isVisible()
    cancel = restarted.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qt_words = QTranslator()
    assert qt_words.load("qtbase_de", str(i18n.qt_catalogue_dir()))
    assert cancel.text() == qt_words.translate("QPlatformTheme", "Cancel") != "Cancel"

    # Back to the system's language: nothing kept any more.
    restarted.language_combo.setFocus()
    qtbot.keyClick(restarted.language_combo, Qt.Key.Key_Home)
    assert restarted.language_combo.currentIndex() == 0
    assert i18n.saved_language() is None


def test_kontor_lang_outranks_the_choice_and_the_dialog_says_so(
    speak: Callable[[str], str], qtbot: QtBot, tmp_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    i18n.save_language("de")
    assert speak("fr") == "fr"
    setup = SyncSetup(tmp_db, TokenStore(MemoryKeyring(), environ={}), timeout=5)
    dialog = PreferencesDialog(setup)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language_combo.currentText() == "Deutsch"
    words = Catalogue("fr")
    note = words.text(
        "PreferencesDialog", "KONTOR_LANG is set: Kontor speaks {language} as long as it is set."
    )
    assert dialog.language_note.text() == note.format(language="Français")
    monkeypatch.delenv(i18n.ENV_VAR)
    assert i18n.chosen_language() == "de"


# --- which language and which formats ------------------------------------------------------


def _system(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Pretend the system's locale is ``name`` (as LANG would set it)."""
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(name)))


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_AT", "de"), ("fr_CH", "fr"), ("nl_BE", "nl"), ("es_ES", "en"), ("C", "en")],
)
def test_the_system_language_is_followed_when_kontor_speaks_it(
    system: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(i18n.ENV_VAR, raising=False)
    _system(monkeypatch, system)
    assert i18n.chosen_language() == expected
    i18n.save_language("fr")
    assert i18n.chosen_language() == "fr"  # the choice made in Preferences comes first
    monkeypatch.setenv(i18n.ENV_VAR, "NL")
    assert i18n.chosen_language() == "nl"  # and KONTOR_LANG before that
    monkeypatch.setenv(i18n.ENV_VAR, "es")  # not one Kontor speaks: ignored
    assert i18n.chosen_language() == "fr"


@pytest.mark.parametrize(
    ("system", "language", "expected"),
    [
        ("de_AT", "de", "de_AT"),  # the system's country is kept
        ("nl_BE", "nl", "nl_BE"),
        ("nl_BE", "fr", "fr_BE"),  # French as Belgium writes it
        ("C", "de", "de_DE"),  # no country: the language's home
        ("C", "nl", "nl_NL"),
        ("es_ES", "fr", "fr_FR"),
        ("C", "en", "C"),  # English on a neutral system keeps its neutral formats
    ],
)
def test_formats_follow_the_language_in_the_systems_country(
    system: str, language: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    _system(monkeypatch, system)
    assert i18n.locale_for(language).name() == expected


def test_the_command_line_speaks_the_language(
    speak: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from app.cli.main import main

    monkeypatch.setenv(i18n.ENV_VAR, "de")
    monkeypatch.setenv("COLUMNS", "300")  # one help text a line
    with pytest.raises(SystemExit):
        main(["accounts", "--help"])

    expected = Catalogue("de").text("Command line", "the accounts, one a line")
    assert expected != "the accounts, one a line"
    assert expected in capsys.readouterr().out
    assert i18n.current_language() == "de"
