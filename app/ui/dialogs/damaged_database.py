"""At start, when the database is damaged: offer to put the newest good backup in its place."""

from __future__ import annotations

import os
import sys

from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

from app.services.database_recovery import (
    DamagedDatabaseError,
    DatabaseVersionError,
    backup_time,
    restore_backup,
)


def _tr(text: str) -> str:
    return QApplication.translate("DamagedDatabaseDialog", text)


class DamagedDatabaseDialog(QMessageBox):
    """Says which file is damaged and what restoring does; Restore backup or Quit."""

    def __init__(self, error: DamagedDatabaseError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(_tr("Kontor: the database is damaged"))
        self.setText(
            _tr("The database {name} is damaged. Kontor has not opened it.").format(
                name=error.path.name
            )
        )
        self.restore_button: QPushButton | None = None
        backup = error.backup
        if backup is not None:
            self.setInformativeText(
                _tr(
                    "Kontor can put the newest good backup, saved {when}, in its place. "
                    "Changes made since then are not in it. The damaged file is kept beside "
                    "it under another name, not deleted."
                ).format(when=backup_time(backup))
            )
            self.restore_button = self.addButton(
                _tr("Restore backup"), QMessageBox.ButtonRole.AcceptRole
            )
            self.setDefaultButton(self.restore_button)
        else:
            self.setInformativeText(
                _tr(
                    "Kontor found no good backup of it. The file has not been changed; "
                    "keep a copy of it before trying to repair it."
                )
            )
        details = [
            _tr("Database: {path}").format(path=error.path),
            _tr("What SQLite found: {reason}").format(reason=error.reason),
        ]
        if backup is not None:
            details.append(_tr("Backup: {path}").format(path=backup))
        self.setDetailedText("\n".join(details))
        self.quit_button = self.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setEscapeButton(self.quit_button)
        if backup is None:
            self.setDefaultButton(self.quit_button)


def ask_to_restore(error: DamagedDatabaseError, parent: QWidget | None = None) -> bool:
    """Show the dialog; on Restore backup, restore it.  Returns whether the backup is now in
    place (a failed restore is explained and leaves the files as they were)."""
    dialog = DamagedDatabaseDialog(error, parent)
    dialog.exec()
    if dialog.restore_button is None or dialog.clickedButton() is not dialog.restore_button:
        return False
    assert error.backup is not None
    try:
        restore_backup(error.path, error.backup)
    except (OSError, DatabaseVersionError) as exc:
        QMessageBox.critical(parent, _tr("Kontor cannot restore the backup"), str(exc))
        return False
    return True


def offer_restore(error: DamagedDatabaseError, argv: list[str]) -> bool:
    """At start: ask when there is a screen to ask on; without one, leave it to the message
    the command line prints."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return False
    from app.ui.app import _application

    _application(argv)
    return ask_to_restore(error)


__all__ = ["DamagedDatabaseDialog", "ask_to_restore", "offer_restore"]
