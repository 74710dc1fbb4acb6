"""The merge dialog: two contacts side by side, a choice per differing field, one Merge button.

:meth:`DuplicateFinder.preview_merge <app.services.duplicates.DuplicateFinder.preview_merge>`
(on a worker) says which fields both contacts fill differently — for each the dialog offers
the survivor's value or the other's (radio buttons; the survivor's is preset) — and what moves
over (e-mails, roles, professional identities, …).  *Swap* makes the other contact the one
that stays.  *Merge* runs :meth:`DuplicateFinder.merge
<app.services.duplicates.DuplicateFinder.merge>` on a worker: one undoable step; the other
contact goes to the trash.  A refusal (:class:`~app.services.duplicates.MergeRefused`) is
shown in the dialog, and nothing changes.
"""

from __future__ import annotations

from typing import Final

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import AnyContact
from app.services.duplicates import DuplicateFinder, MergePreview, MergeRefused
from app.ui.busy import BusyIndicator
from app.ui.editors.marking import ERROR_COLOR
from app.ui.screen_fit import fit_to_screen
from app.ui.tasks import TaskRunner

PREVIEW_KEY: Final = "merge-preview"
EMPTY: Final = "—"  # how the preview writes an empty value
MERGE_KEY: Final = "merge"


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = QFont(label.font())
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def _short(value: str, limit: int = 60) -> str:
    """A value on one line, cut to ``limit`` characters (the tooltip has all of it)."""
    line = " ".join(value.split())
    line = line if len(line) <= limit else line[: limit - 1] + "…"
    return line.replace("&", "&&")  # a button would read "&" as a mnemonic


class MergeDialog(QDialog):
    """Merges ``other_id`` into ``survivor_id`` (or the other way round after *Swap*).

    ``merged(contact)`` carries the surviving contact as stored after the merge.
    """

    merged = Signal(object)

    def __init__(
        self,
        finder: DuplicateFinder,
        runner: TaskRunner,
        survivor_id: str,
        other_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Merge contacts"))
        self._finder = finder
        self._runner = runner
        self.survivor_id = survivor_id
        self.other_id = other_id
        self.preview: MergePreview | None = None
        self.choices: dict[str, QButtonGroup] = {}
        self._alive = True
        self._merging = False
        self._loading = False
        self._build()
        fit_to_screen(self, 820, 600)

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self.survivor_title = _bold(QLabel(), 1.1)
        self.survivor_title.setObjectName("mergeSurvivor")
        self.survivor_title.setWordWrap(True)
        self.other_title = _bold(QLabel(), 1.1)
        self.other_title.setObjectName("mergeOther")
        self.other_title.setWordWrap(True)
        stays = QLabel(self.tr("Stays"))
        stays.setEnabled(False)
        goes = QLabel(self.tr("Is merged into it, then moved to the trash"))
        goes.setEnabled(False)
        goes.setWordWrap(True)
        self.swap_button = QPushButton(
            self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload),
            self.tr("&Swap which one stays"),
        )
        self.swap_button.setObjectName("mergeSwap")
        self.swap_button.setAutoDefault(False)
        heads = QGridLayout()
        heads.addWidget(stays, 0, 0)
        heads.addWidget(goes, 0, 2)
        heads.addWidget(self.survivor_title, 1, 0)
        heads.addWidget(self.swap_button, 1, 1)
        heads.addWidget(self.other_title, 1, 2)
        heads.setColumnStretch(0, 1)
        heads.setColumnStretch(2, 1)

        self.fields_intro = QLabel()
        self.fields_intro.setObjectName("mergeFieldsIntro")
        self.fields_intro.setWordWrap(True)
        self.fields_widget = QWidget()
        self.fields_grid = QGridLayout(self.fields_widget)
        self.fields_grid.setColumnStretch(1, 1)
        self.fields_grid.setColumnStretch(2, 1)
        self.fields_grid.setHorizontalSpacing(16)
        self.fields_scroll = QScrollArea()
        self.fields_scroll.setObjectName("mergeFields")
        self.fields_scroll.setWidgetResizable(True)
        self.fields_scroll.setWidget(self.fields_widget)
        self.fields_scroll.setFrameShape(QFrame.Shape.StyledPanel)

        self.moves_label = QLabel()
        self.moves_label.setObjectName("mergeMoves")
        self.moves_label.setWordWrap(True)
        self.moves_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_hint = QLabel(
            self.tr("The merge is one step: Edit → Undo (Ctrl+Z) takes it back.")
        )
        self.undo_hint.setEnabled(False)
        self.error_label = QLabel()
        self.error_label.setObjectName("mergeError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet(f"color: {ERROR_COLOR}; font-weight: bold;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.setVisible(False)
        self.busy = BusyIndicator()

        self.buttons = QDialogButtonBox()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("mergeRun")
        self.buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addLayout(heads)
        layout.addWidget(self.fields_intro)
        layout.addWidget(self.fields_scroll, 1)
        layout.addWidget(self.moves_label)
        layout.addWidget(self.undo_hint)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)

        self.swap_button.clicked.connect(self.swap)
        self.merge_button.clicked.connect(self.merge)
        self.cancel_button.clicked.connect(self.reject)
        self._sync()

    # --- the preview --------------------------------------------------------------------------

    def start(self) -> None:
        """Read both contacts and what differs (on a worker)."""
        finder, survivor, other = self._finder, self.survivor_id, self.other_id
        self._loading = True
        self.error_label.setVisible(False)
        self.busy.start(self.tr("Comparing the two contacts…"))
        self._sync()
        self._runner.run(
            lambda: finder.preview_merge(survivor, other),
            self._previewed,
            self._preview_failed,
            key=PREVIEW_KEY,
        )

    def swap(self) -> None:
        if self._merging:
            return
        self.survivor_id, self.other_id = self.other_id, self.survivor_id
        self.start()

    def _previewed(self, preview: MergePreview) -> None:
        if not self._alive:
            return
        self._loading = False
        self.busy.stop()
        self.preview = preview
        self.survivor_title.setText(self._title(preview.survivor))
        self.other_title.setText(self._title(preview.other))
        self._show_choices(preview)
        if preview.moves:
            self.moves_label.setText(
                self.tr("Moves to “{name}”: {moves}.").format(
                    name=preview.survivor.name, moves=", ".join(preview.moves)
                )
                + " "
                + self.tr("Tags are combined; empty fields are filled from the other contact.")
            )
        else:
            self.moves_label.setText(
                self.tr(
                    "Nothing else moves: “{name}” has no e-mails, phones, addresses, roles "
                    "or other records."
                ).format(name=preview.other.name)
            )
        self._sync()
        self.merge_button.setFocus()

    def _preview_failed(self, error: BaseException) -> None:
        if not self._alive:
            return
        self._loading = False
        self.busy.stop()
        self.preview = None
        self._show_error(error)
        self._sync()

    def _title(self, contact: AnyContact) -> str:
        return contact.name or self.tr("(no name)")

    def _show_choices(self, preview: MergePreview) -> None:
        while self.fields_grid.count():
            item = self.fields_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.choices = {}
        if not preview.choices:
            self.fields_intro.setText(
                self.tr("The two contacts do not fill any field differently: nothing to choose.")
            )
            self.fields_scroll.setVisible(False)
            return
        self.fields_scroll.setVisible(True)
        self.fields_intro.setText(
            self.tr("Both contacts fill these fields differently. Choose the value to keep:")
        )
        self.fields_grid.addWidget(_bold(QLabel(self.tr("Field"))), 0, 0)
        self.fields_grid.addWidget(_bold(QLabel(preview.survivor.name)), 0, 1)
        self.fields_grid.addWidget(_bold(QLabel(preview.other.name)), 0, 2)
        for row, option in enumerate(preview.choices, start=1):
            label = QLabel(self.tr(option.label))
            mine = QRadioButton(_short(option.survivor))
            mine.setObjectName(f"keep_{option.name}")
            mine.setToolTip(option.survivor)
            theirs = QRadioButton(_short(option.other))
            theirs.setObjectName(f"take_{option.name}")
            theirs.setToolTip(option.other)
            for radio in (mine, theirs):
                radio.setMinimumWidth(80)
            if option.survivor == EMPTY:
                # An empty field of the survivor is filled from the other contact anyway.
                theirs.setChecked(True)
                mine.setEnabled(False)
                mine.setToolTip(self.tr("Empty: filled from the other contact"))
            else:
                mine.setChecked(True)
            group = QButtonGroup(self.fields_widget)
            group.addButton(mine, 0)
            group.addButton(theirs, 1)
            self.choices[option.name] = group
            self.fields_grid.addWidget(label, row, 0)
            self.fields_grid.addWidget(mine, row, 1)
            self.fields_grid.addWidget(theirs, row, 2)
        self.fields_grid.setRowStretch(len(preview.choices) + 1, 1)

    def taken(self) -> list[str]:
        """The fields whose value comes from the other contact."""
        return [name for name, group in self.choices.items() if group.checkedId() == 1]

    def choose(self, field: str, *, other: bool) -> None:
        """Pick the other contact's value of ``field`` (or the survivor's)."""
        button = self.choices[field].button(1 if other else 0)
        button.setChecked(True)

    # --- merging ------------------------------------------------------------------------------

    def merge(self) -> None:
        if self.preview is None or self._merging or self._loading:
            return
        finder, survivor, other, take = self._finder, self.survivor_id, self.other_id, self.taken()
        self._merging = True
        self.error_label.setVisible(False)
        self.busy.start(self.tr("Merging…"))
        self._sync()
        self._runner.run(
            lambda: finder.merge(survivor, other, take),
            self._merged,
            self._merge_failed,
            key=MERGE_KEY,
        )

    def _merged(self, contact: AnyContact) -> None:
        self._merging = False
        self.busy.stop()
        self.merged.emit(contact)
        if self._alive:
            self.accept()

    def _merge_failed(self, error: BaseException) -> None:
        self._merging = False
        if not self._alive:
            return
        self.busy.stop()
        self._show_error(error)
        self._sync()

    def _show_error(self, error: BaseException) -> None:
        if isinstance(error, MergeRefused):
            text = self.tr("Cannot merge: {reason}").format(reason=error)
        else:
            text = self.tr("The merge failed, nothing was changed: {error}").format(error=error)
        self.error_label.setText(text)
        self.error_label.setVisible(True)

    def _sync(self) -> None:
        busy = self._merging or self._loading
        self.merge_button.setEnabled(self.preview is not None and not busy)
        self.swap_button.setEnabled(not busy)
        self.cancel_button.setEnabled(not self._merging)
        self.fields_widget.setEnabled(not busy)

    def reject(self) -> None:
        if self._merging:
            return
        super().reject()

    def done(self, result: int) -> None:
        if self._merging:
            return
        self._alive = False
        super().done(result)


__all__ = ["MergeDialog"]
