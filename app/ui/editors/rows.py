"""Editable lists of rows (addresses, phones, departments, …) and the editor's sections.

A :class:`RowList` holds row widgets, each with its own move up / move down / remove buttons,
and an "Add …" button below. Each row keeps the domain object it was loaded from and builds the
edited copy from it, so ids, remote ids and fields the row does not show survive an edit.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import AnyContact

T = TypeVar("T")
FieldMap = dict[str, QWidget]


class Row(QFrame, Generic[T]):
    """One item of a list: widgets for one domain object."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFrameShadow(QFrame.Shadow.Plain)

    def value(self) -> T:
        raise NotImplementedError

    def fields(self, path: str) -> FieldMap:
        """Field path (``path`` + ``.type`` …) → the widget showing that field."""
        return {}

    def focus_first(self) -> None:
        """Put the keyboard focus into the row's first field."""
        for child in self.findChildren(QWidget):
            if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.isEnabled():
                child.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def emit_changed(self) -> None:
        self.changed.emit()


R = TypeVar("R", bound=Row)  # type: ignore[type-arg]


class RowList(QGroupBox, Generic[R]):
    """A titled list of rows with add, remove and move buttons."""

    changed = Signal()
    rows_changed = Signal()  # a row was added, removed or moved

    def __init__(
        self,
        title: str,
        add_text: str,
        factory: Callable[[], R],
        empty_text: str = "",
        parent: QWidget | None = None,
        *,
        compact: bool = False,
    ) -> None:
        super().__init__(title, parent)
        self._factory = factory
        self._compact = compact
        self._rows: list[R] = []
        self._holders: list[QWidget] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setSpacing(6)
        layout.addLayout(self._rows_layout)
        self.empty_label = QLabel(empty_text)
        self.empty_label.setEnabled(False)
        layout.addWidget(self.empty_label)
        self.add_button = QPushButton(add_text)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.add_button.clicked.connect(self._on_add)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._update_empty()

    # --- rows --------------------------------------------------------------------------------

    def rows(self) -> list[R]:
        return list(self._rows)

    def values(self) -> list[object]:
        return [row.value() for row in self._rows]

    def clear(self) -> None:
        for holder in self._holders:
            holder.setParent(None)
            holder.deleteLater()
        self._rows.clear()
        self._holders.clear()
        self._update_empty()

    def set_rows(self, rows: list[R]) -> None:
        self.clear()
        for row in rows:
            self._append(row)
        self._update_empty()

    def add_row(self) -> R:
        """Add a new, empty row at the end (what the Add button does) and focus it."""
        row = self._factory()
        self._append(row)
        self._update_empty()
        self.rows_changed.emit()
        self.changed.emit()
        row.focus_first()
        return row

    def _on_add(self) -> None:
        self.add_row()

    def _append(self, row: R) -> None:
        holder = QWidget()
        line = QHBoxLayout(holder)
        line.setContentsMargins(0, 0, 0, 0)
        line.setSpacing(4)
        line.addWidget(row, 1)
        buttons = QHBoxLayout() if self._compact else QVBoxLayout()
        buttons.setSpacing(2)
        style = self.style()
        for pixmap, tip, action in (
            (QStyle.StandardPixmap.SP_ArrowUp, self.tr("Move up"), lambda: self.move_row(row, -1)),
            (
                QStyle.StandardPixmap.SP_ArrowDown,
                self.tr("Move down"),
                lambda: self.move_row(row, 1),
            ),
            (
                QStyle.StandardPixmap.SP_DialogDiscardButton,
                self.tr("Remove"),
                lambda: self.remove_row(row),
            ),
        ):
            button = QToolButton()
            button.setIcon(style.standardIcon(pixmap))
            button.setToolTip(tip)
            button.setAutoRaise(True)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(action)
            buttons.addWidget(button)
        if not self._compact:
            buttons.addStretch(1)
        line.addLayout(buttons)
        row.changed.connect(self.changed)
        self._rows.append(row)
        self._holders.append(holder)
        self._rows_layout.addWidget(holder)
        if self.isVisible():
            holder.show()  # at once, not after the next event loop turn

    def remove_row(self, row: R) -> None:
        index = self._rows.index(row)
        holder = self._holders.pop(index)
        self._rows.pop(index)
        holder.setParent(None)
        holder.deleteLater()
        self._update_empty()
        self.rows_changed.emit()
        self.changed.emit()

    def move_row(self, row: R, delta: int) -> None:
        index = self._rows.index(row)
        target = index + delta
        if not 0 <= target < len(self._rows):
            return
        self._rows.insert(target, self._rows.pop(index))
        holder = self._holders.pop(index)
        self._holders.insert(target, holder)
        self._rows_layout.removeWidget(holder)
        self._rows_layout.insertWidget(target, holder)
        self.rows_changed.emit()
        self.changed.emit()

    def _update_empty(self) -> None:
        self.empty_label.setVisible(not self._rows and bool(self.empty_label.text()))

    # --- field paths -------------------------------------------------------------------------

    def fields(self, path: str) -> FieldMap:
        """``path`` is the list's own path (``"addresses"``); rows get ``addresses[i]``."""
        found: FieldMap = {path: self.add_button}
        for i, row in enumerate(self._rows):
            found.update(row.fields(f"{path}[{i}]"))
        return found


class Columns(QWidget):
    """Widgets side by side while there is room, else one below the other.

    The editor sits beside the contact table and may be narrow; a two-column form then
    becomes one column instead of being cut off.
    """

    def __init__(self, *widgets: QWidget, breakpoint: int = 720, parent: QWidget | None = None):
        super().__init__(parent)
        self._breakpoint = breakpoint
        self._widgets = widgets
        self._layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        for widget in widgets:
            self._layout.addWidget(widget, 1)

    def side_by_side(self) -> bool:
        return self._layout.direction() == QBoxLayout.Direction.LeftToRight

    def resizeEvent(self, event: QResizeEvent) -> None:
        needed = sum(w.minimumSizeHint().width() for w in self._widgets) + 10 * len(self._widgets)
        wide = event.size().width() >= max(self._breakpoint, needed)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        super().resizeEvent(event)
        if self._layout.direction() != direction:
            self._layout.setDirection(direction)
            self.updateGeometry()  # the parent lays out again with the new height


class Section(QWidget):
    """One tab of the contact editor: loads a contact's fields and writes them into a draft.

    The tab's content scrolls; :meth:`reveal` scrolls a field into view (for the problems list).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.scroll_area.setWidget(self.content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

    def reveal(self, widget: QWidget) -> None:
        if self.content.isAncestorOf(widget):
            self.scroll_area.ensureWidgetVisible(widget, 40, 40)

    def load(self, contact: AnyContact) -> None:
        raise NotImplementedError

    def apply(self, draft: AnyContact) -> None:
        """Write this section's fields into ``draft`` (a deep copy of the loaded contact)."""
        raise NotImplementedError

    def fields(self) -> FieldMap:
        return {}


__all__ = ["Columns", "FieldMap", "Row", "RowList", "Section"]
