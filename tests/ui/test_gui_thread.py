"""The GUI thread does not wait long for the interpreter behind a worker."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from app.services.registry import Services
from app.store.database import Database
from app.ui.app import GUI_SWITCH_INTERVAL_S, build_main_window


def test_the_window_makes_workers_hand_the_interpreter_back_within_a_millisecond(
    qtbot: QtBot, tmp_db: Database
) -> None:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.005)  # Python's default
    try:
        window = build_main_window(Services.over(tmp_db), "test")
        qtbot.addWidget(window)
        assert GUI_SWITCH_INTERVAL_S <= 0.001
        assert abs(sys.getswitchinterval() - GUI_SWITCH_INTERVAL_S) < 1e-6
    finally:
        sys.setswitchinterval(before)
