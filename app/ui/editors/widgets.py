"""Small input widgets the editors share: enum and code pickers, optional dates and numbers.

Every widget here keeps what it was given when the user does not change it: an enum value this
Kontor does not know is shown as it is and read back unchanged; a text is read back as the
original value (``None`` stays ``None``, ``"\\r\\n"`` stays ``"\\r\\n"``) unless the user edited it.
That is what lets a contact go through the editor and come out equal (see ``read_text``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from app.ui.enum_labels import ENUM_LABELS
from app.ui.formats import date_format
from app.ui.names import country_entries, currency_entries

# The property holding the text a widget showed after loading (see show_text / read_text).
_SHOWN = "kontorShownText"


def humanize(value: str) -> str:
    """The label of an enum value in the user's language: ``HOME_OFFICE`` → "Home office".

    The labels are in :data:`app.ui.enum_labels.ENUM_LABELS`, where the catalogues find them; a
    value without one (an open enum's, or one this Kontor does not know) is spelled out.
    """
    text = ENUM_LABELS.get(value)
    if text is None:
        words = value.replace("_", " ").strip().lower()
        return words[:1].upper() + words[1:]
    return QCoreApplication.translate("EnumValue", text)


# --- texts that come back unchanged -------------------------------------------------------


def show_text(edit: QLineEdit | QPlainTextEdit, value: str | None) -> None:
    """Show ``value`` and remember what the widget shows, so read_text can tell an edit."""
    if isinstance(edit, QLineEdit):
        edit.setText(value or "")
        edit.setProperty(_SHOWN, edit.text())
    else:
        edit.setPlainText(value or "")
        edit.setProperty(_SHOWN, edit.toPlainText())


def read_text(
    edit: QLineEdit | QPlainTextEdit, original: str | None, *, optional: bool = True
) -> str | None:
    """The widget's text, or ``original`` exactly when the user left it as shown.

    An optional field the user emptied becomes ``None``; a required one becomes ``""``.
    """
    text = edit.text() if isinstance(edit, QLineEdit) else edit.toPlainText()
    if text == edit.property(_SHOWN):
        return original
    if text == "":
        return None if optional else ""
    return text


def required_text(edit: QLineEdit | QPlainTextEdit, original: str) -> str:
    return read_text(edit, original, optional=False) or ""


def same_empty(value: str | None, original: str | None) -> str | None:
    """``value``, except that an empty value keeps the original's kind of empty."""
    if value in (None, "") and original in (None, ""):
        return original
    return value


# --- change notification ------------------------------------------------------------------


def watch(callback: Callable[[], None], *widgets: QWidget) -> None:
    """Call ``callback`` whenever the user (or code) changes any of ``widgets``."""

    def call(*_: object) -> None:
        callback()

    for widget in widgets:
        changed = getattr(widget, "changed", None)
        if changed is not None and not isinstance(widget, QAbstractButton):
            changed.connect(call)
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            widget.textChanged.connect(call)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(call)
            if widget.isEditable():
                widget.editTextChanged.connect(call)
        elif isinstance(widget, QGroupBox | QAbstractButton):
            widget.toggled.connect(call)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(call)
        elif isinstance(widget, QDateEdit):
            widget.dateChanged.connect(call)
        else:
            raise TypeError(f"cannot watch {type(widget).__name__}")


# --- enum pickers -------------------------------------------------------------------------


class EnumCombo(QComboBox):
    """A picker over the documented values of an enum.

    Closed enums show readable labels and accept nothing else, but a value this Kontor does not
    know (sent by a newer server) is added as it is and read back unchanged. Open enums
    (``editable=True``) show the raw values and take any text typed.
    """

    def __init__(
        self,
        values: Iterable[str],
        *,
        editable: bool = False,
        empty: str | None = None,
        labels: Callable[[str], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._label = labels or (humanize if not editable else str)
        if empty is not None:
            self.addItem(empty, None)
        for value in values:
            self.addItem(self._label(value), value)
        self.setEditable(editable)
        if editable:
            self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            completer = self.completer()
            if completer is not None:
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(10)

    def set_value(self, value: str | None) -> None:
        index = self.findData(value) if value not in (None, "") else self.findData(None)
        if index < 0 and self.isEditable():
            self.setCurrentIndex(-1)
            self.setEditText(value or "")
            return
        if index < 0:
            # Unknown to this version: shown as it is, kept as it is.
            self.addItem(value or "", value)
            index = self.count() - 1
            self.setItemData(
                index,
                self.tr("Not a documented value; kept as received"),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.setCurrentIndex(index)

    def value(self) -> str | None:
        if self.isEditable():
            text = self.currentText()
            index = self.currentIndex()
            if index >= 0 and self.itemText(index) == text:
                data = self.itemData(index)
                return None if data is None else str(data)
            return text or None
        data = self.currentData()
        return None if data is None else str(data)


class CodeCombo(QComboBox):
    """A picker over codes shown with their names ("BE — Belgium"), with completion on both.

    Typing a bare code ("be") or a name ("belgium") reads as that code; any other text is read
    as typed so that validation can say what is wrong with it.
    """

    def __init__(
        self,
        entries: Sequence[tuple[str, str]],
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItem("", None)
        for code, text in entries:
            self.addItem(text, code)
        completer = QCompleter(self.model(), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMaxVisibleItems(15)
        line = self.lineEdit()
        if line is not None:
            line.setPlaceholderText(placeholder)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(14)

    def set_value(self, code: str | None) -> None:
        if code in (None, ""):
            self.setCurrentIndex(0)
            return
        index = self.findData(code)
        if index < 0:
            self.addItem(code or "", code)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index))

    def value(self) -> str | None:
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchExactly)
        if index < 0:
            index = self.findData(text.upper())
        if index < 0:
            folded = text.casefold()
            for row in range(1, self.count()):
                name = self.itemText(row).partition(" — ")[2]
                if name and name.casefold() == folded:
                    index = row
                    break
        if index > 0:
            return str(self.itemData(index))
        return text


# --- optional values ----------------------------------------------------------------------


class OptionalDateEdit(QWidget):
    """A date that may be empty: a check box switches the date on; unchecked reads as None."""

    changed = Signal()
    _BLANK = QDate(100, 1, 1)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Set a date"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_format())
        self.date_edit.setMinimumDate(self._BLANK)
        self.date_edit.setSpecialValueText(" ")
        self.date_edit.setMinimumWidth(110)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.date_edit, 1)
        self._loaded: date | None = None
        self._touched = False
        self._setting = False
        self.check.toggled.connect(self._on_toggled)
        self.date_edit.dateChanged.connect(self._on_date)
        self.set_value(None)

    def set_value(self, value: date | None) -> None:
        self._setting = True
        try:
            self._loaded = value
            self._touched = False
            self.check.setChecked(value is not None)
            self.date_edit.setEnabled(value is not None)
            if value is None:
                self.date_edit.setDate(self._BLANK)
            else:
                self.date_edit.setDate(QDate(value.year, value.month, value.day))
            self.setFocusProxy(self.date_edit if value is not None else self.check)
        finally:
            self._setting = False

    def value(self) -> date | None:
        if not self._touched:
            return self._loaded
        if not self.check.isChecked() or self.date_edit.date() == self._BLANK:
            return None
        result = self.date_edit.date().toPython()
        return result if isinstance(result, date) else None

    def _on_toggled(self, checked: bool) -> None:
        self.date_edit.setEnabled(checked)
        self.setFocusProxy(self.date_edit if checked else self.check)
        if self._setting:
            return
        if checked and self.date_edit.date() == self._BLANK:
            self._setting = True
            self.date_edit.setDate(QDate.currentDate())
            self._setting = False
        if checked:
            self.date_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._touched = True
        self.changed.emit()

    def _on_date(self, _: QDate) -> None:
        if not self._setting:
            self._touched = True
            self.changed.emit()


class OptionalSpinBox(QSpinBox):
    """A whole number that may be empty: the lowest step shows "—" and reads as None."""

    def __init__(self, minimum: int, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(minimum - 1, maximum)
        self.setSpecialValueText("—")
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self._loaded: int | None = None
        self._shown = self.minimum()

    def set_optional(self, value: int | None) -> None:
        self._loaded = value
        shown = self.minimum() if value is None else max(self.minimum(), min(value, self.maximum()))
        self.setValue(shown)
        self._shown = shown

    def optional(self) -> int | None:
        if self.value() == self._shown:
            return self._loaded  # untouched, even when it was out of this box's range
        return None if self.value() == self.minimum() else self.value()


class ChoiceChecks(QWidget):
    """Check boxes for a list of enum values (address or phone usages).

    Reading keeps the original order of values that are still ticked and appends newly ticked
    ones; values this Kontor does not know get a box of their own, labelled as they are.
    """

    changed = Signal()

    def __init__(self, values: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self._boxes: dict[str, QCheckBox] = {}
        self._known = list(values)
        self._original: list[str] = []
        for value in values:
            self._add_box(value, humanize(value))
        self._layout.addStretch(1)

    def _add_box(self, value: str, label: str) -> QCheckBox:
        box = QCheckBox(label)
        box.setProperty("value", value)
        box.toggled.connect(lambda *_: self.changed.emit())
        self._layout.insertWidget(len(self._boxes), box)
        self._boxes[value] = box
        return box

    def box(self, value: str) -> QCheckBox:
        return self._boxes[value]

    def set_values(self, values: Sequence[str]) -> None:
        for value in values:
            if value not in self._boxes:
                box = self._add_box(value, value)
                box.setToolTip(self.tr("Not a documented value; kept as received"))
        self._original = list(values)
        for value, box in self._boxes.items():
            box.blockSignals(True)
            box.setChecked(value in values)
            box.blockSignals(False)

    def values(self) -> list[str]:
        ticked = {v for v, box in self._boxes.items() if box.isChecked()}
        kept = [v for v in self._original if v in ticked]
        added = [v for v in self._boxes if v in ticked and v not in self._original]
        return kept + added


__all__ = [
    "ChoiceChecks",
    "CodeCombo",
    "EnumCombo",
    "OptionalDateEdit",
    "OptionalSpinBox",
    "country_entries",
    "currency_entries",
    "humanize",
    "read_text",
    "required_text",
    "same_empty",
    "show_text",
    "watch",
]
