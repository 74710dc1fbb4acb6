"""Starting the GUI: the QApplication and the main window, given services built elsewhere.

The composition root (the command line) opens the database and builds the services; this
module only turns them into a running window.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.services.registry import Services
from app.ui.duplicates import DuplicatesUi
from app.ui.interchange import InterchangeUi
from app.ui.main_window import MainWindow
from app.ui.sync_wiring import SyncUi

APP_NAME = "Kontor"
ORGANIZATION_NAME = "Kontor"


def build_main_window(
    services: Services, db_label: str, *, import_file: Path | None = None
) -> MainWindow:
    """The main window over ``services``, with sync, import / export and duplicates plugged
    in; needs a QApplication.  With ``import_file`` the import dialog for it opens as soon as
    the event loop runs (``kontor FILE.vcf``)."""
    window = MainWindow(services, db_label)
    sync = SyncUi(window)
    interchange = InterchangeUi(window)
    DuplicatesUi(window)
    if import_file is not None:
        interchange.import_later(import_file)
    window.restore_settings()
    sync.controller.start()
    # Everything built so far lives as long as the window: keep it out of the cyclic garbage
    # collector's full passes, which otherwise walk all of it now and then while scrolling.
    gc.freeze()
    return window


def _application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    icon = paths.repo_root() / "resources" / "kontor.png"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def run_gui(
    services: Services, db_label: str, argv: list[str], *, import_file: Path | None = None
) -> int:
    """Show the main window (then the import dialog for ``import_file``) and run the event
    loop; returns the exit code."""
    app = _application(argv)
    window = build_main_window(services, db_label, import_file=import_file)
    window.show()
    return app.exec()


def show_startup_error(message: str, argv: list[str]) -> None:
    """Tell the user why Kontor cannot start, in a dialog when there is a screen to show it."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody would see it; the command line prints the message too
    _application(argv)
    QMessageBox.critical(None, QApplication.translate("Kontor", "Kontor cannot start"), message)


__all__ = ["build_main_window", "run_gui", "show_startup_error"]
