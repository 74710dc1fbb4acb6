"""The status bar's message: a line of text that changes on every keystroke of a search.

A :class:`QLabel` asks its layout to be worked out again whenever its text changes (its size
follows its text), so each new count re-laid out the whole status bar and repainted the sync
widgets beside it. :class:`StatusText` keeps one size, whatever it says: a new text repaints
just this widget, and a text longer than the room it has ends in "…".
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: room left and right of the text, as a status bar label has
_MARGIN = 2


class StatusText(QWidget):
    """One line of text in the status bar; the whole text is its tooltip when cut short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.setAccessibleName(text)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(200, self.fontMetrics().height() + 2 * _MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self.fontMetrics().height())

    def shown_text(self) -> str:
        """The text as painted: cut short with "…" when it does not fit."""
        width = self.contentsRect().width() - 2 * _MARGIN
        return self.fontMetrics().elidedText(self._text, Qt.TextElideMode.ElideRight, width)

    def paintEvent(self, event: QPaintEvent) -> None:
        shown = self.shown_text()
        self.setToolTip(self._text if shown != self._text else "")
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        area = self.contentsRect().adjusted(_MARGIN, 0, -_MARGIN, 0)
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(area, int(flags), shown)
        painter.end()


__all__ = ["StatusText"]
