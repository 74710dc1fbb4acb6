"""Acting once the user pauses: the single-shot timer behind search-as-you-type and checks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def pause_timer(parent: QObject, interval_ms: int, slot: Callable[[], object]) -> QTimer:
    """A timer that calls ``slot`` ``interval_ms`` after its last ``start()``.

    Connect each keystroke to ``start``: typing restarts it, so ``slot`` runs once, when the
    user stops typing.
    """
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
