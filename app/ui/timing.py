"""Acting at the right moment: once the user pauses (the single-shot timer behind
search-as-you-type and checks), or once a widget is first on screen."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


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


# A widget that is never painted (a window started minimized) still gets what waits for its
# first paint, this long after it was asked for.
_AT_THE_LATEST_MS = 3000


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, then: Callable[[], object], at_the_latest_ms: int) -> None:
        super().__init__(widget)
        self._then: Callable[[], object] | None = then
        self._widget = widget
        widget.installEventFilter(self)
        QTimer.singleShot(at_the_latest_ms, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            # After this paint has reached the screen, as the event loop goes on.
            QTimer.singleShot(0, self, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._widget.removeEventFilter(self)
            then()


def after_first_paint(
    widget: QWidget, then: Callable[[], object], at_the_latest_ms: int = _AT_THE_LATEST_MS
) -> None:
    """Call ``then`` once ``widget`` has been painted for the first time: work the first
    screen does not need waits until that screen is up (a timer would run before the paint,
    which the event loop does last)."""
    _AfterFirstPaint(widget, then, at_the_latest_ms)
