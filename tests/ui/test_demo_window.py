"""The install-and-run path: the demo database opens in the main window with its contacts."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from app.bootstrap import build_services
from app.domain.enums import ContactKind
from app.services.seeding import seed_demo
from app.ui.app import build_main_window
from app.ui.contact_table_model import ContactIdRole


def test_window_lists_the_demo_contacts(qtbot: QtBot, tmp_path: Path) -> None:
    services = build_services(tmp_path / "demo.sqlite")
    try:
        assert seed_demo(services.db)
        assert not seed_demo(services.db)  # a second start adds nothing
        people = services.directory.page(ContactKind.INDIVIDUAL, limit=10_000)
        window = build_main_window(services, "Demo")
        qtbot.addWidget(window)
        window.show()
        table = window.table
        model = table.model()
        qtbot.waitUntil(lambda: model.rowCount() == len(people))
        shown = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert shown == [p.name for p in people]
        assert len(shown) >= 40
        assert model.index(0, 0).data(ContactIdRole) == people[0].id
        assert f"{len(people)} people" in window.count_label.text().replace(",", "")
        window.grab().save(str(tmp_path / "demo.png"))
        assert (tmp_path / "demo.png").stat().st_size > 10_000
    finally:
        services.close()
