"""Starting the GUI: the QApplication and the main window, given services built elsewhere.

The composition root (the command line) opens the database and builds the services; this
module only turns them into a running window.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from app.services.directory import ContactDirectory
from app.ui.main_window import MainWindow

APP_NAME = "Kontor"
ORGANIZATION_NAME = "Kontor"


def build_main_window(directory: ContactDirectory, db_label: str) -> MainWindow:
    """The main window over ``directory``; needs a QApplication to exist."""
    return MainWindow(directory, db_label)


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    return app


def run_gui(directory: ContactDirectory, db_label: str, argv: list[str]) -> int:
    """Show the main window and run the event loop; returns the exit code."""
    app = _application(argv)
    window = build_main_window(directory, db_label)
    window.show()
    return app.exec()


__all__ = ["build_main_window", "run_gui"]
