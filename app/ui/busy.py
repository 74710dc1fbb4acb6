"""A line that says what runs in the background: a text, a progress bar and, if wanted, Cancel.

Work that runs on a :class:`~app.ui.tasks.TaskRunner` (reading an import file, a duplicate
scan, an export) shows one of these while it runs.  Without a known total the bar is a busy
bar; :meth:`BusyIndicator.set_progress` turns it into a percentage.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class BusyIndicator(QWidget):
    """Hidden until :meth:`start`; ``cancel_clicked`` when the user asks to stop."""

    cancel_clicked = Signal()

    def __init__(self, parent: QWidget | None = None, *, cancellable: bool = False) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("busyText")
        self.bar = QProgressBar()
        self.bar.setObjectName("busyBar")
        self.bar.setMinimumWidth(160)
        self.bar.setMaximumWidth(320)
        self.bar.setTextVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("busyCancel")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._running = False
        self.setVisible(False)

    def start(self, text: str) -> None:
        """Show ``text`` with a busy bar (no total known yet)."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._running = True
        self.setVisible(True)

    def set_progress(self, done: int, total: int) -> None:
        if total <= 0:
            self.bar.setRange(0, 0)
            return
        self.bar.setRange(0, total)
        self.bar.setValue(min(done, total))
        self.bar.setTextVisible(True)

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def stop(self) -> None:
        self.bar.setRange(0, 1)
        self.bar.setValue(0)
        self.bar.setTextVisible(False)
        self._running = False
        self.setVisible(False)

    def is_running(self) -> bool:
        return self._running

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_clicked.emit()


__all__ = ["BusyIndicator"]
