"""What the import and export dialogs share: how problems and planned actions are painted.

Red means an error (the row is not imported), amber a warning (it is imported, but look);
the message is the tooltip, as in the contact editor.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from app.domain.problems import Problem, Severity
from app.services.interchange import Action, PlannedRow, SkipReason
from app.ui.editors.marking import ERROR_COLOR, WARNING_COLOR

ERROR_TINT: Final = QColor("#fbdcdc")
WARNING_TINT: Final = QColor("#fdf0cf")
TINT_TEXT: Final = QColor("#1d1d1d")
OK_COLOR: Final = "#2e7d32"


def worst(problems: Iterable[Problem]) -> Severity | None:
    """ERROR when any problem is an error, WARNING when any is a warning, else None."""
    found: Severity | None = None
    for problem in problems:
        if problem.severity is Severity.ERROR:
            return Severity.ERROR
        found = Severity.WARNING
    return found


def severity_of(row: PlannedRow) -> Severity | None:
    """How a planned row is marked: an invalid row is an error even without problems."""
    if row.skip_reason is SkipReason.INVALID:
        return Severity.ERROR
    return worst(row.problems)


def color_of(severity: Severity | None) -> QColor | None:
    if severity is Severity.ERROR:
        return QColor(ERROR_COLOR)
    if severity is Severity.WARNING:
        return QColor(WARNING_COLOR)
    return None


def tint_of(severity: Severity | None) -> QColor | None:
    if severity is Severity.ERROR:
        return ERROR_TINT
    if severity is Severity.WARNING:
        return WARNING_TINT
    return None


def icon_of(severity: Severity | None) -> QIcon | None:
    style = QApplication.style()
    if severity is Severity.ERROR:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
    if severity is Severity.WARNING:
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return None


def problem_lines(problems: Sequence[Problem]) -> str:
    """One problem a line, errors first: for tooltips and the details of a row."""
    ordered = sorted(problems, key=lambda p: p.severity is not Severity.ERROR)
    lines = []
    for problem in ordered:
        kind = (
            QCoreApplication.translate("Interchange", "Error")
            if problem.severity is Severity.ERROR
            else QCoreApplication.translate("Interchange", "Warning")
        )
        lines.append(f"{kind} — {problem}")
    return "\n".join(lines)


def action_text(row: PlannedRow) -> str:
    if row.action is Action.CREATE:
        return QCoreApplication.translate("Interchange", "Create")
    if row.action is Action.UPDATE:
        return QCoreApplication.translate("Interchange", "Update")
    if row.action is Action.MERGE:
        return QCoreApplication.translate("Interchange", "Merge with an earlier row")
    return {
        SkipReason.IDENTICAL: QCoreApplication.translate("Interchange", "Skip: unchanged"),
        SkipReason.INVALID: QCoreApplication.translate("Interchange", "Skip: invalid"),
        SkipReason.AMBIGUOUS: QCoreApplication.translate("Interchange", "Skip: ambiguous"),
        SkipReason.DUPLICATE: QCoreApplication.translate(
            "Interchange", "Skip: repeated in the file"
        ),
        SkipReason.IN_TRASH: QCoreApplication.translate("Interchange", "Skip: in the trash"),
    }.get(row.skip_reason or SkipReason.INVALID, QCoreApplication.translate("Interchange", "Skip"))


def row_tooltip(row: PlannedRow) -> str:
    parts = [row.describe()]
    if row.problems:
        parts.append(problem_lines(row.problems))
    parts += list(row.notes)
    return "\n".join(parts)


__all__ = [
    "ERROR_TINT",
    "OK_COLOR",
    "TINT_TEXT",
    "WARNING_TINT",
    "action_text",
    "color_of",
    "icon_of",
    "problem_lines",
    "row_tooltip",
    "severity_of",
    "tint_of",
    "worst",
]
