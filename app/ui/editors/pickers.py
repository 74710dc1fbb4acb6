"""Pickers over other records: a contact chosen by typing part of its name, and check lists;
and the codes an account's reference lists offer first in the country and language pickers.

The picker asks a search callable (given by the editor's owner) while the user types and offers
the answers in a completion popup; the chosen contact's id is what the draft gets. A reference
loaded from a record is kept as it is until the user picks another one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from app.ui.names import country_entries, language_entries

SearchFn = Callable[[str], list[tuple[str, str]]]

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ContactPicker(QWidget):
    """A line edit that completes contact names and holds the chosen contact's id."""

    changed = Signal()
    picked = Signal(str)

    def __init__(
        self, search: SearchFn, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._id = ""
        self._shown = ""
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.edit)
        self.completer.activated[QModelIndex].connect(self._on_activated)  # type: ignore[index]
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._on_edited)
        self.edit.editingFinished.connect(self._on_finished)

    # --- value -------------------------------------------------------------------------------

    def set_ref(self, contact_id: str, name: str | None) -> None:
        """Show a loaded reference: its name when known, else its id."""
        self._id = contact_id
        self._shown = name or contact_id
        self.edit.setText(self._shown)
        self.edit.setToolTip(contact_id)

    def contact_id(self) -> str:
        return self._id

    def text(self) -> str:
        return self.edit.text()

    def set_read_only(self, read_only: bool, reason: str = "") -> None:
        self.edit.setReadOnly(read_only)
        self.edit.setClearButtonEnabled(not read_only)
        if reason:
            self.edit.setToolTip(reason)

    # --- behaviour ---------------------------------------------------------------------------

    def _matches(self, text: str) -> list[tuple[str, str]]:
        return self._search(text.strip()) if text.strip() else []

    def _on_edited(self, text: str) -> None:
        matches = self._matches(text)
        self.model.clear()
        for contact_id, name in matches:
            item = QStandardItem(name)
            item.setData(contact_id, _ID_ROLE)
            item.setToolTip(contact_id)
            self.model.appendRow(item)
        if text != self._shown and self._id:
            # Typing over a chosen contact un-chooses it until another is picked.
            self._id = ""
            self.changed.emit()
        if matches:
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    def _on_activated(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.choose(str(index.data(_ID_ROLE)), str(index.data()))

    def choose(self, contact_id: str, name: str) -> None:
        """Make ``contact_id`` the chosen contact (what a click in the popup does)."""
        changed = contact_id != self._id
        self._id = contact_id
        self._shown = name
        self.edit.setText(name)
        self.edit.setToolTip(contact_id)
        if changed:
            self.changed.emit()
            self.picked.emit(contact_id)

    def _on_finished(self) -> None:
        # Leaving the field with a name that matches exactly one contact picks that contact.
        text = self.edit.text().strip()
        if self._id or not text:
            return
        matches = self._matches(text)
        exact = [m for m in matches if m[1].casefold() == text.casefold()]
        chosen = exact if len(exact) == 1 else matches if len(matches) == 1 else []
        if chosen:
            self.choose(*chosen[0])


class CheckList(QListWidget):
    """Checkable items with ids (an organization's departments or locations).

    Reading keeps the order of the references that were loaded and are still ticked, then the
    newly ticked ones in list order. Loaded ids that are not among the items are listed as
    "unknown" entries, so they stay (and validation can say why they are wrong).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setSpacing(1)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._original: list[str] = []
        self._loading = False
        self.itemChanged.connect(self._on_item_changed)

    def set_items(
        self, items: Sequence[tuple[str, str]], ticked: Sequence[str], unknown_label: str
    ) -> None:
        self._loading = True
        try:
            self.clear()
            self._original = list(ticked)
            known = {item_id for item_id, _ in items}
            rows = list(items) + [
                (item_id, unknown_label.format(id=item_id))
                for item_id in ticked
                if item_id not in known
            ]
            for item_id, label in rows:
                item = QListWidgetItem(label)
                item.setData(_ID_ROLE, item_id)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                item.setCheckState(
                    Qt.CheckState.Checked if item_id in ticked else Qt.CheckState.Unchecked
                )
                self.addItem(item)
        finally:
            self._loading = False
        self._fit()

    def _fit(self) -> None:
        rows = max(1, min(self.count(), 5))
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 4) + 2
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)

    def ticked(self) -> list[str]:
        ticked = [
            str(self.item(row).data(_ID_ROLE))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]
        kept = [i for i in self._original if i in ticked]
        return kept + [i for i in ticked if i not in self._original]

    def item_for(self, item_id: str) -> QListWidgetItem | None:
        for row in range(self.count()):
            if self.item(row).data(_ID_ROLE) == item_id:
                return self.item(row)
        return None

    def _on_item_changed(self, _: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()


# --- codes offered first -------------------------------------------------------------------

_CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class PreferredCodes:
    """The country and language codes an account's reference lists hold (a workspace
    account's countries and languages): the pickers offer them first, the rest after."""

    def __init__(self) -> None:
        self.countries: tuple[str, ...] = ()
        self.languages: tuple[str, ...] = ()

    def set(self, countries: Sequence[str], languages: Sequence[str]) -> None:
        self.countries = tuple(c.upper() for c in countries)
        self.languages = tuple(c.upper() for c in languages)


#: What the pickers of this window offer first (set when the reference lists are read).
PREFERRED = PreferredCodes()


def preferred_first(
    entries: Sequence[tuple[str, str]], codes: Sequence[str]
) -> list[tuple[str, str]]:
    """``entries`` (code, text) with those whose code is in ``codes`` first, each group in
    its own order."""
    wanted = {c.upper() for c in codes}
    first = [e for e in entries if e[0].upper() in wanted]
    return first + [e for e in entries if e[0].upper() not in wanted]


def country_picker_entries() -> list[tuple[str, str]]:
    """The country picker's entries: the reference list's countries first."""
    return preferred_first(country_entries(), PREFERRED.countries)


def offer_first(combo: QComboBox, codes: Sequence[str]) -> None:
    """Reorder a code picker's entries (code as item data, the blank first entry kept) so
    that ``codes`` come first; the chosen value stays."""
    chosen = combo.currentData()
    text = combo.currentText()
    entries = [
        (str(combo.itemData(row)), combo.itemText(row))
        for row in range(1, combo.count())
        if combo.itemData(row) is not None
    ]
    ordered = preferred_first(entries, codes)
    if ordered == entries:
        return
    blocked = combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(combo.count() - 1)
        for code, label in ordered:
            combo.addItem(label, code)
        index = combo.findData(chosen) if chosen is not None else 0
        combo.setCurrentIndex(max(index, 0))
        if chosen is None and combo.isEditable():
            combo.setEditText(text)
    finally:
        combo.blockSignals(blocked)


def language_completer(edit: QLineEdit, codes: Sequence[str]) -> QCompleter:
    """A completer on a language field offering ``codes`` first ("NL — Dutch" shown, the
    code written), the other languages after."""
    model = QStandardItemModel(edit)
    for code, text in preferred_first(language_entries(), codes):
        item = QStandardItem(text)
        item.setData(code, _CODE_ROLE)
        model.appendRow(item)
    completer = QCompleter(model, edit)
    completer.setCompletionRole(_CODE_ROLE)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setModelSorting(QCompleter.ModelSorting.UnsortedModel)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    edit.setCompleter(completer)
    return completer


__all__ = [
    "PREFERRED",
    "CheckList",
    "ContactPicker",
    "PreferredCodes",
    "SearchFn",
    "country_picker_entries",
    "language_completer",
    "language_entries",
    "offer_first",
    "preferred_first",
]
