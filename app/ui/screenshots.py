"""Pictures of every section and editor tab, for anyone who wants to look without running.

``kontor screenshots --out DIR`` fills a fresh demo database, opens the main window offscreen
and saves one PNG per section and one per editor tab of a person and of an organization.
``--lang de`` (or nl, fr, en) takes them in that language.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def save_screenshots(
    out: Path, size: tuple[int, int] = (1400, 860), language: str | None = None
) -> list[Path]:
    """The pictures, in ``language`` (default: the language Kontor would start in)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QThread
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import build_services
    from app.services.seeding import seed_demo
    from app.ui.app import build_main_window
    from app.ui.contacts_page import ContactsPage
    from app.ui.i18n import install_translations

    app = QApplication.instance() or QApplication([])
    install_translations(language)
    out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        # Default layout, not the user's saved one.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)
        services = build_services(Path(folder) / "demo.sqlite")
        seed_demo(services.db)
        window = build_main_window(services, "Demo")
        window.resize(*size)
        window.show()

        def shoot(name: str) -> None:
            window.runner.wait(3000)
            for _ in range(5):  # layouts settle over a few rounds of events
                app.processEvents()
                QThread.msleep(20)
            path = out / f"{name}.png"
            window.grab().save(str(path))
            saved.append(path)

        for number, section in enumerate(window.sections, start=1):
            window.select_section(section.key)
            page = section.page
            if isinstance(page, ContactsPage):
                page.list_view.table.selectRow(0)
                tabs = page.editor.tabs
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
                    tab = tabs.tabText(index).split(",")[0].strip().lower().replace(" ", "-")
                    shoot(f"{number:02d}-{section.key}-{index + 1}-{tab}")
            else:
                shoot(f"{number:02d}-{section.key}")
        window.close()
        services.close()
    return saved
