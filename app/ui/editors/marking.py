"""Painting validation results: marked fields and the list of problems under the editor.

The domain layer decides what is wrong (:class:`~app.domain.problems.Problem`, with a field
path such as ``"emails[0].address"``); this module only finds the widget for a path and gives it
a red (error) or amber (warning) border and the message as tooltip.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Problem, Severity

ERROR_COLOR = "#c62828"
WARNING_COLOR = "#d48800"
PROBLEM_PROPERTY = "problem"  # "error" / "warning" on a marked widget
_TOOLTIP = "kontorToolTip"
_STYLE = "kontorStyleSheet"

_LAST_STEP = re.compile(r"^(.*?)(\[\d+\]|\.[^.\[\]]+)$")


def widget_for(fields: Mapping[str, QWidget], path: str) -> QWidget | None:
    """The widget showing ``path``, else the one showing the nearest enclosing path.

    ``"addresses[0].usages[1]"`` falls back to ``"addresses[0].usages"``, then
    ``"addresses[0]"`` and ``"addresses"``.
    """
    while path:
        widget = fields.get(path)
        if widget is not None:
            return widget
        match = _LAST_STEP.match(path)
        if match is None:
            return None
        path = match.group(1)
    return None


def mark(widget: QWidget, severity: Severity | None, message: str = "") -> None:
    """Give ``widget`` the colour of ``severity`` and ``message`` as tooltip (None clears)."""
    marked = widget.property(PROBLEM_PROPERTY) is not None
    if severity is None:
        if marked:
            widget.setProperty(PROBLEM_PROPERTY, None)
            widget.setToolTip(str(widget.property(_TOOLTIP) or ""))
            widget.setStyleSheet(str(widget.property(_STYLE) or ""))
        return
    if not marked:
        # Remember the widget's own look, to give it back when the problem is gone.
        widget.setProperty(_TOOLTIP, widget.toolTip())
        widget.setProperty(_STYLE, widget.styleSheet())
    color = ERROR_COLOR if severity is Severity.ERROR else WARNING_COLOR
    widget.setProperty(PROBLEM_PROPERTY, severity.value)
    widget.setToolTip(message)
    selector = widget.metaObject().className()
    widget.setStyleSheet(
        f"{selector} {{ border: 2px solid {color}; border-radius: 3px; padding: 1px; }}"
    )


class FieldMarker:
    """Remembers which widgets are marked so that the next check clears the stale marks."""

    def __init__(self) -> None:
        self._marked: list[QWidget] = []

    def apply(self, fields: Mapping[str, QWidget], problems: Sequence[Problem]) -> None:
        per_widget: dict[int, tuple[QWidget, list[Problem]]] = {}
        for problem in problems:
            widget = widget_for(fields, problem.field)
            if widget is not None:
                per_widget.setdefault(id(widget), (widget, []))[1].append(problem)
        for widget in self._marked:
            if id(widget) not in per_widget:
                with contextlib.suppress(RuntimeError):  # its row was removed meanwhile
                    mark(widget, None)
        self._marked = []
        for widget, found in per_widget.values():
            worst = (
                Severity.ERROR
                if any(p.severity is Severity.ERROR for p in found)
                else Severity.WARNING
            )
            mark(widget, worst, "\n".join(str(p) for p in found))
            self._marked.append(widget)


class ProblemsPanel(QWidget):
    """The list of problems under the editor; clicking one asks to focus its field."""

    problem_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.list = QListWidget()
        self.list.setObjectName("problemsList")
        self.list.setAlternatingRowColors(False)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        self.list.itemClicked.connect(self._on_item)
        self.list.itemActivated.connect(self._on_item)
        self.set_problems([])

    def set_problems(self, problems: Sequence[Problem]) -> None:
        self.list.clear()
        style = self.style()
        errors = 0
        for problem in sorted(problems, key=lambda p: p.severity is not Severity.ERROR):
            is_error = problem.severity is Severity.ERROR
            errors += is_error
            item = QListWidgetItem(str(problem))
            item.setIcon(
                style.standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxCritical
                    if is_error
                    else QStyle.StandardPixmap.SP_MessageBoxWarning
                )
            )
            item.setForeground(QBrush(QColor(ERROR_COLOR if is_error else WARNING_COLOR)))
            item.setData(Qt.ItemDataRole.UserRole, problem.field)
            item.setToolTip(self.tr("Click to go to the field"))
            self.list.addItem(item)
        warnings = len(problems) - errors
        self.summary.setText(
            self.tr("%Ln errors — they must be fixed before saving; {warnings}", "", errors).format(
                warnings=self.tr("%Ln warnings", "", warnings)
            )
            if errors
            else self.tr("%Ln warnings — the contact can be saved", "", warnings)
        )
        rows = min(max(len(problems), 1), 4)
        row_height = max(self.list.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.list.setFixedHeight(rows * row_height + 2 * self.list.frameWidth() + 2)
        self.setVisible(bool(problems))

    def texts(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _on_item(self, item: QListWidgetItem) -> None:
        self.problem_activated.emit(str(item.data(Qt.ItemDataRole.UserRole)))


__all__ = [
    "ERROR_COLOR",
    "PROBLEM_PROPERTY",
    "WARNING_COLOR",
    "FieldMarker",
    "ProblemsPanel",
    "mark",
    "widget_for",
]
