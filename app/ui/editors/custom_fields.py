"""Custom fields: named values that are text, yes/no, a whole number or empty (Kanbert).

A value of any other type (sent by a server) is shown read-only and kept as it is; validation
says that it cannot be stored as such.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import CustomFieldValue
from app.ui.editors.rows import FieldMap, Row, RowList
from app.ui.editors.widgets import read_text, required_text, show_text, watch

TEXT, BOOLEAN, INTEGER, EMPTY, OTHER = "string", "boolean", "integer", "empty", "other"


def _kind(value: object) -> str:
    if value is None:
        return EMPTY
    if isinstance(value, bool):
        return BOOLEAN
    if isinstance(value, int):
        return INTEGER
    if isinstance(value, str):
        return TEXT
    return OTHER


class CustomFieldRow(Row[tuple[str, CustomFieldValue]]):
    """One custom field on one line: name, type and value."""

    def __init__(
        self,
        name: str = "",
        value: object = "",
        *,
        loaded: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self._name = name
        self._value = value
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Field name"))
        show_text(self.name, name)
        self.kind = QComboBox()
        for label, kind in (
            (self.tr("Text"), TEXT),
            (self.tr("Yes/no"), BOOLEAN),
            (self.tr("Whole number"), INTEGER),
            (self.tr("Empty"), EMPTY),
        ):
            self.kind.addItem(label, kind)
        self.text = QLineEdit()
        self.flag = QCheckBox(self.tr("Yes"))
        self.number = QLineEdit()
        self.number.setValidator(
            QRegularExpressionValidator(QRegularExpression(r"-?[0-9]{0,18}"), self.number)
        )
        self.number.setPlaceholderText("0")
        self.nothing = QLabel(self.tr("(no value)"))
        self.nothing.setEnabled(False)
        self.other = QLabel()
        self.other.setEnabled(False)
        self.stack = QStackedWidget()
        self._pages = {
            TEXT: self.text,
            BOOLEAN: self.flag,
            INTEGER: self.number,
            EMPTY: self.nothing,
            OTHER: self.other,
        }
        for widget in self._pages.values():
            self.stack.addWidget(widget)
        kind = _kind(value)
        if kind == OTHER:
            self.kind.addItem(self.tr("Other (kept as received)"), OTHER)
            self.other.setText(repr(value))
        show_text(self.text, value if isinstance(value, str) else "")
        show_text(self.number, str(value) if kind == INTEGER else "")
        self.flag.setChecked(value is True)
        self.kind.setCurrentIndex(self.kind.findData(kind))
        self.stack.setCurrentWidget(self._pages[kind])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.name, 2)
        layout.addWidget(self.kind)
        layout.addWidget(self.stack, 3)
        self.kind.currentIndexChanged.connect(self._on_kind)
        watch(self.emit_changed, self.name, self.kind, self.text, self.flag, self.number)

    def _on_kind(self) -> None:
        self.stack.setCurrentWidget(self._pages[str(self.kind.currentData())])

    def current_name(self) -> str:
        return required_text(self.name, self._name)

    def value(self) -> tuple[str, CustomFieldValue]:
        kind = str(self.kind.currentData())
        original = self._value
        result: object
        if kind == TEXT:
            result = read_text(self.text, original if isinstance(original, str) else None)
            result = result or ""
        elif kind == BOOLEAN:
            result = self.flag.isChecked()
        elif kind == INTEGER:
            text = self.number.text().strip()
            result = int(text) if text not in ("", "-") else 0
            if _kind(original) == INTEGER and text == str(original):
                result = original
        elif kind == EMPTY:
            result = None
        else:
            result = original
        return self.current_name(), result  # type: ignore[return-value]

    def value_widget(self) -> QWidget:
        return self.stack.currentWidget() or self.stack


class CustomFieldsEditor(QWidget):
    """The list of custom fields, in the order the contact has them."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: RowList[CustomFieldRow] = RowList(
            self.tr("Custom fields"),
            self.tr("Add custom field"),
            CustomFieldRow,
            self.tr("No custom fields"),
            compact=True,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.rows)
        self.rows.changed.connect(self.changed)

    def load(self, values: dict[str, CustomFieldValue]) -> None:
        self.rows.set_rows(
            [CustomFieldRow(name, value, loaded=True) for name, value in values.items()]
        )

    def values(self) -> dict[str, CustomFieldValue]:
        result: dict[str, CustomFieldValue] = {}
        for row in self.rows.rows():
            name, value = row.value()
            if row.loaded or name.strip() or value not in ("", None):
                result[name] = value
        return result

    def fields(self) -> FieldMap:
        found: FieldMap = {"custom_fields": self.rows.add_button}
        for row in self.rows.rows():
            found[f"custom_fields.{row.current_name()}"] = row.value_widget()
        return found


__all__ = ["CustomFieldRow", "CustomFieldsEditor"]
