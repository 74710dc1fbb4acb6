"""Starting the GUI: the QApplication and the main window, given services built elsewhere.

The composition root (the command line) opens the database and builds the services; this
module only turns them into a running window.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import paths
from app.services.registry import Services
from app.ui.i18n import install_translations
from app.ui.main_window import MainWindow
from app.ui.timing import after_first_paint

APP_NAME = "Kontor"
ORGANIZATION_NAME = "Kontor"
# How long a worker thread may keep the interpreter while the GUI thread waits for it.
GUI_SWITCH_INTERVAL_S = 0.001


def build_main_window(
    services: Services, db_label: str, *, import_file: Path | None = None
) -> MainWindow:
    """The main window over ``services``, with sync, import / export and duplicates plugged
    in; needs a QApplication.  With ``import_file`` the import dialog for it opens as soon as
    the event loop runs (``kontor FILE.vcf``)."""
    window = MainWindow(services, db_label)
    start_sync = _plug_in_features(window, import_file)
    window.restore_settings()
    start_sync()
    _settle()
    return window


def show_main_window(
    services: Services, db_label: str, *, import_file: Path | None = None
) -> MainWindow:
    """Show the main window the quick way: when the previous run ended on People or
    Organizations, the window shows that section's first page before anything else is
    built; the other sections, the editor, sync, import / export and duplicates follow as soon
    as the event loop runs."""
    if MainWindow.remembered_section() not in ("people", "organizations"):
        window = build_main_window(services, db_label, import_file=import_file)
        window.show()
        return window
    window = MainWindow(services, db_label, first_screen_only=True)
    window.restore_settings()

    def the_rest() -> None:
        if window.has_shut_down:
            return  # closed before its first screen was up
        window.add_other_sections()
        _plug_in_features(window, import_file)()
        _settle()

    page = window.current_contacts_page() or window.people
    after_first_paint(page.list_view.table.viewport(), the_rest)
    window.show()
    return window


def _plug_in_features(window: MainWindow, import_file: Path | None) -> Callable[[], None]:
    """Sync, import / export and duplicates in ``window``; returns what starts sync."""
    from app.ui.duplicates import DuplicatesUi
    from app.ui.history.wiring import HistoryUi
    from app.ui.interchange import InterchangeUi
    from app.ui.printing import PrintingUi
    from app.ui.privacy.wiring import PrivacyUi
    from app.ui.quality import DataQualityUi
    from app.ui.sync_wiring import SyncUi

    sync = SyncUi(window)
    interchange = InterchangeUi(window)
    DuplicatesUi(window)
    DataQualityUi(window)
    PrintingUi(window)
    HistoryUi(window)
    PrivacyUi(window)
    if import_file is not None:
        interchange.import_later(import_file)
    return sync.start


def _settle() -> None:
    # Everything built so far lives as long as the window: keep it out of the cyclic garbage
    # collector's full passes, which otherwise walk all of it now and then while scrolling.
    gc.freeze()
    # A worker running Python (a count, a page read ahead) hands the interpreter back to the
    # GUI thread within a millisecond of its asking, not Python's default five: a keystroke
    # or a paint never waits long behind a worker.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)


def _application(argv: list[str]) -> QApplication:
    """The QApplication, speaking the user's language (before any window is built)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    install_translations()
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
    window = show_main_window(services, db_label, import_file=import_file)
    _close_if_the_check_fails(app, window, services)
    return app.exec()


# How often the window looks whether the check of the database file running beside it is done.
_CHECK_POLL_MS = 100


def _close_if_the_check_fails(app: QApplication, window: MainWindow, services: Services) -> None:
    """The database file is checked while the window is up (writes wait for the check): if the
    check finds it damaged, the window closes without writing anything, and the caller offers
    the newest good backup."""
    if services.start_check_done() and services.start_check_error() is None:
        return
    timer = QTimer(window)
    timer.setInterval(_CHECK_POLL_MS)

    def look() -> None:
        if not services.start_check_done():
            return
        timer.stop()
        if services.start_check_error() is not None:
            window.hide()
            window.shut_down()
            app.exit(1)

    timer.timeout.connect(look)
    timer.start()


def show_startup_error(message: str, argv: list[str]) -> None:
    """Tell the user why Kontor cannot start, in a dialog when there is a screen to show it."""
    headless = sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    )
    if headless or os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        return  # nobody would see it; the command line prints the message too
    _application(argv)
    QMessageBox.critical(None, QApplication.translate("Kontor", "Kontor cannot start"), message)


__all__ = ["build_main_window", "run_gui", "show_main_window", "show_startup_error"]
