"""Shared set-up for the section page tests (no tests of its own): contacts, clicks, prompts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QTableView, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import (
    Address,
    AnyContact,
    Email,
    IndividualContact,
    OrganizationContact,
    Tag,
)
from app.store.database import Database
from app.store.unit_of_work import unit_of_work

SHOTS = Path("/tmp")


def seed_contacts(db: Database) -> dict[str, str]:
    """Four contacts with e-mails, cities and tags; returns their ids by name."""
    contacts: list[AnyContact] = [
        IndividualContact(
            name="Ann Becker",
            emails=[Email(address="ann@becker.example")],
            addresses=[Address(city="Gent", country_code="BE")],
            tags=[Tag(name="VIP"), Tag(name="Newsletter")],
        ),
        IndividualContact(
            name="Cem Yilmaz",
            emails=[Email(address="cem@yilmaz.example")],
            addresses=[Address(city="Köln", country_code="DE")],
            tags=[Tag(name="VIP")],
        ),
        IndividualContact(name="Dora Jansen", tags=[Tag(name="Newsletter")]),
        OrganizationContact(
            name="Bakkerij Peeters BV",
            emails=[Email(address="info@peeters.example")],
            addresses=[Address(city="Brugge", country_code="BE")],
        ),
    ]
    with unit_of_work(db) as uow:
        for contact in contacts:
            uow.contacts.add(contact)
    return {c.name: c.id for c in contacts}


def show(qtbot: QtBot, page: QWidget, size: tuple[int, int] = (1000, 560)) -> None:
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    wait_active(qtbot, page)


def wait_active(qtbot: QtBot, page: QWidget) -> None:
    """Wait until ``page`` is the active window again: shortcuts only work there."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page.window(), timeout=2000)


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot: QtBot, table: QTableView, text: str, column: int = 0) -> None:
    """Click the row whose ``column`` shows ``text``, as a user does (with the mouse)."""
    model = table.model()
    for row in range(model.rowCount()):
        index = model.index(row, column)
        if model.data(index) == text:
            table.scrollTo(index)
            rect = table.visualRect(index)
            qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            table.setFocus()
            return
    raise AssertionError(f"no row {text!r} in {column_texts(model)}")


def column_texts(model: QAbstractItemModel, column: int = 0) -> list[str]:
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def rows(model: QAbstractItemModel) -> list[tuple[str, ...]]:
    return [
        tuple(model.data(model.index(r, c)) for c in range(model.columnCount()))
        for r in range(model.rowCount())
    ]


def screenshot(page: QWidget, name: str) -> None:
    """Save what the page looks like, for a person to look at (/tmp/page-<name>.png)."""
    page.grab().save(str(SHOTS / f"page-{name}.png"))


@dataclass
class Prompts:
    """Answers for QInputDialog.getText and QMessageBox.question, and what they were asked."""

    texts: list[tuple[str, bool]] = field(default_factory=list)
    buttons: list[QMessageBox.StandardButton] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    questions: list[str] = field(default_factory=list)
    defaults: list[str] = field(default_factory=list)

    def answer_text(self, *answers: tuple[str, bool]) -> None:
        self.texts.extend(answers)

    def answer(self, *buttons: QMessageBox.StandardButton) -> None:
        self.buttons.extend(buttons)

    def all_asked(self) -> bool:
        return not self.texts and not self.buttons


def patch_prompts(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    """Patch the static prompts; a prompt nobody prepared an answer for fails the test."""
    found = Prompts()

    def get_text(
        _parent: QWidget, _title: str, label: str, _echo: object = None, text: str = "", *_: object
    ) -> tuple[str, bool]:
        found.labels.append(label)
        found.defaults.append(text)
        assert found.texts, f"unexpected prompt: {label}"
        return found.texts.pop(0)

    def question(_parent: QWidget, _title: str, text: str, *_: object) -> object:
        found.questions.append(text)
        assert found.buttons, f"unexpected question: {text}"
        return found.buttons.pop(0)

    def warning(_parent: QWidget, _title: str, text: str, *_: object) -> object:
        raise AssertionError(f"unexpected warning: {text}")

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return found


def names(items: Iterable[object]) -> list[str]:
    return [getattr(item, "name") for item in items]  # noqa: B009


__all__ = [
    "Prompts",
    "click",
    "click_row",
    "column_texts",
    "names",
    "patch_prompts",
    "rows",
    "screenshot",
    "seed_contacts",
    "show",
    "wait_active",
]
