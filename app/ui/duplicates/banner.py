"""The duplicate warning of the contact editor: a banner above the form while you type.

:class:`DuplicateWatcher` listens to one :class:`~app.ui.editors.ContactEditor`: after a
pause in typing (:data:`CHECK_DELAY_MS`) it asks :meth:`DuplicateFinder.similar_to
<app.services.duplicates.DuplicateFinder.similar_to>` on a worker (keyed: only the newest
answer counts) and shows what it found in a :class:`DuplicateBanner` — "Possible duplicate:
“An Peeters” (same e-mail …)" with *Open*, *Merge…* and *Dismiss*.  The contact itself is
never its own duplicate; the banner goes away when the draft no longer matches, when another
contact is opened (or this one saved or reverted), or when dismissed.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import QObject, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QToolButton,
    QWidget,
)

from app.services.duplicates import DuplicateFinder, DuplicateHint
from app.ui.editors import ContactEditor
from app.ui.formats import percent_text
from app.ui.tasks import TaskRunner
from app.ui.timing import pause_timer

CHECK_DELAY_MS: Final = 400
BANNER_STYLE: Final = (
    "QFrame#duplicateBanner { background: #fff4d6; border: 1px solid #e0b44c; "
    "border-radius: 4px; } QFrame#duplicateBanner QLabel { color: #3b2f00; }"
)


class DuplicateBanner(QFrame):
    """Says which existing contact the draft may duplicate; hidden when there is none."""

    open_clicked = Signal(str)
    merge_clicked = Signal(str)
    dismissed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Possible duplicate"))
        self.hints: list[DuplicateHint] = []
        icon = QLabel()
        icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(20, 20)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setObjectName("duplicateText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setObjectName("duplicateOpen")
        self.open_button.setToolTip(self.tr("Show the existing contact"))
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.merge_button.setObjectName("duplicateMerge")
        self.merge_button.setToolTip(self.tr("Merge this contact and the existing one into one"))
        self.dismiss_button = QToolButton()
        self.dismiss_button.setObjectName("duplicateDismiss")
        self.dismiss_button.setText("✕")
        self.dismiss_button.setAutoRaise(True)
        self.dismiss_button.setToolTip(self.tr("Dismiss: they are different contacts"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        for button in (self.open_button, self.merge_button):
            button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 6, 6)
        layout.addWidget(icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.merge_button)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignTop)
        self.open_button.clicked.connect(lambda: self._emit(self.open_clicked))
        self.merge_button.clicked.connect(lambda: self._emit(self.merge_clicked))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismissed))
        self.setVisible(False)

    def current(self) -> DuplicateHint | None:
        return self.hints[0] if self.hints else None

    def show_hints(self, hints: list[DuplicateHint]) -> None:
        self.hints = list(hints)
        hint = self.current()
        if hint is None:
            self.setVisible(False)
            self.label.clear()
            return
        reasons = "; ".join(hint.reasons)
        text = self.tr("Possible duplicate: “{name}” ({reasons})").format(
            name=hint.name or self.tr("no name"), reasons=reasons
        )
        others = len(self.hints) - 1
        if others > 0:
            text += " " + self.tr("and %Ln more", "", others)
        self.label.setText(text)
        self.label.setToolTip(
            "\n".join(
                f"{h.name} — {'; '.join(h.reasons)} ({percent_text(h.score)})" for h in self.hints
            )
        )
        self.setVisible(True)

    def clear(self) -> None:
        self.show_hints([])

    def _emit(self, signal: SignalInstance) -> None:
        hint = self.current()
        if hint is not None:
            signal.emit(hint.contact_id)


class DuplicateWatcher(QObject):
    """Runs the duplicate check of one editor and paints its banner.

    ``open_requested(contact_id)`` and ``merge_requested(existing_id)`` are for the window
    (:class:`~app.ui.duplicates.wiring.DuplicatesUi` connects them).
    """

    open_requested = Signal(str)
    merge_requested = Signal(str)

    def __init__(
        self,
        editor: ContactEditor,
        finder: DuplicateFinder,
        runner: TaskRunner,
        key: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self._finder = finder
        self._runner = runner
        self._key = key
        self._epoch = 0
        self._dismissed: set[str] = set()
        self.banner = DuplicateBanner()
        editor.add_notice(self.banner)
        self._timer = pause_timer(self, CHECK_DELAY_MS, self.check_now)
        editor.edited.connect(self._timer.start)
        editor.loaded.connect(self._on_loaded)
        self.banner.open_clicked.connect(self.open_requested)
        self.banner.merge_clicked.connect(self.merge_requested)
        self.banner.dismissed.connect(self.dismiss)

    def check_now(self) -> None:
        """Ask for duplicates of the draft as it is now (on a worker)."""
        self._timer.stop()
        if not self.editor.is_dirty():
            self._epoch += 1  # an answer still on its way is stale
            self.banner.clear()
            return
        draft = self.editor.draft()
        if not draft.name.strip() and not draft.emails and not draft.phones:
            self._epoch += 1
            self.banner.clear()
            return
        epoch = self._epoch
        finder = self._finder
        self._runner.run(
            lambda: finder.similar_to(draft),
            lambda hints: self._show(hints, epoch, draft.id),
            key=self._key,
        )

    def _show(self, hints: list[DuplicateHint], epoch: int, draft_id: str) -> None:
        if epoch != self._epoch:
            return
        found = [
            h for h in hints if h.contact_id != draft_id and h.contact_id not in self._dismissed
        ]
        self.banner.show_hints(found)

    def _on_loaded(self) -> None:
        """Another contact (or the saved or reverted one) is shown: nothing typed yet."""
        self._timer.stop()
        self._epoch += 1  # an answer still on its way is about the previous draft
        self._dismissed.clear()
        self.banner.clear()

    def dismiss(self, contact_id: str) -> None:
        self._dismissed.add(contact_id)
        self.banner.show_hints([h for h in self.banner.hints if h.contact_id != contact_id])

    def is_pending(self) -> bool:
        return self._timer.isActive()


__all__ = ["CHECK_DELAY_MS", "DuplicateBanner", "DuplicateWatcher"]
