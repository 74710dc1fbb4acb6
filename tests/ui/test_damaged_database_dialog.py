"""At start, a damaged database is not opened: a dialog offers the newest good backup."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain.models import IndividualContact
from app.store import migrations
from app.store.unit_of_work import unit_of_work
from tests.store.old_databases import corrupt, digest, quick_check


def _damaged_error(tmp_path: Path, with_backup: bool) -> migrations.DamagedDatabaseError:
    path = tmp_path / "kontor.sqlite"
    db = migrations.open_database(path)
    with unit_of_work(db) as uow:
        uow.contacts.add_many(
            IndividualContact(name=f"Person {n:04d} " + "z" * 200) for n in range(400)
        )
    db.close()
    if with_backup:
        migrations.backup_file(path, "manual")
    corrupt(path)
    with pytest.raises(migrations.DamagedDatabaseError) as raised:
        migrations.open_database(path)
    return raised.value


def _answer(button_text: str) -> None:
    """Click the button named ``button_text`` of the dialog once it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.buttons():
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError([b.text() for b in box.buttons()])

    QTimer.singleShot(0, click)


def test_the_dialog_names_the_file_and_the_backup(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.dialogs.damaged_database import DamagedDatabaseDialog

    error = _damaged_error(tmp_path, with_backup=True)
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    text = dialog.text() + dialog.informativeText()
    assert "kontor.sqlite" in text
    assert "damaged" in text
    assert error.backup is not None and error.backup.name in dialog.detailedText()
    assert "kept" in text
    assert dialog.restore_button is not None


def test_restore_puts_the_backup_in_place_and_keeps_the_damaged_file(
    qtbot: QtBot, tmp_path: Path
) -> None:
    from app.ui.dialogs.damaged_database import ask_to_restore

    error = _damaged_error(tmp_path, with_backup=True)
    damaged = digest(error.path)

    _answer("Restore backup")
    assert ask_to_restore(error) is True

    kept = [p for p in tmp_path.iterdir() if p.is_file() and p != error.path]
    assert [digest(p) for p in kept] == [damaged]
    assert quick_check(error.path) == "ok"


def test_quit_leaves_everything_as_it_was(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.dialogs.damaged_database import ask_to_restore

    error = _damaged_error(tmp_path, with_backup=True)
    damaged = digest(error.path)
    neighbours = sorted(p.name for p in tmp_path.iterdir())

    _answer("Quit")
    assert ask_to_restore(error) is False

    assert digest(error.path) == damaged
    assert sorted(p.name for p in tmp_path.iterdir()) == neighbours


def test_without_a_backup_the_dialog_only_explains(qtbot: QtBot, tmp_path: Path) -> None:
    from app.ui.dialogs.damaged_database import DamagedDatabaseDialog

    error = _damaged_error(tmp_path, with_backup=False)
    assert error.backup is None
    dialog = DamagedDatabaseDialog(error)
    qtbot.addWidget(dialog)
    assert dialog.restore_button is None
    assert "no good backup" in dialog.informativeText()
