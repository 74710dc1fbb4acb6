"""Dialog sizes that fit the screen: a wanted size, shrunk to the screen the window is on."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def fit_to_screen(widget: QWidget, width: int, height: int, margin: float = 0.92) -> None:
    """Resize ``widget`` to ``width`` x ``height``, or to ``margin`` of the available screen
    when that is smaller (a dialog must never be larger than a small laptop screen)."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        available = screen.availableGeometry()
        width = min(width, int(available.width() * margin))
        height = min(height, int(available.height() * margin))
    widget.resize(max(width, widget.minimumWidth()), max(height, widget.minimumHeight()))


__all__ = ["fit_to_screen"]
