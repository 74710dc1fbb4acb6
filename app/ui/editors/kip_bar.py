"""The organization editor's KIP row: "Registered with KIP" for each KIP account, what KIP's
rules say about the organization, and the VAT and company registration numbers locked once
KIP has the company (KIP takes them on create only), with the reason beside them.

:class:`KipWatcher` reads the organization's standing with KIP (:class:`KipCompanies
<app.services.kip.KipCompanies>`) on a worker whenever the editor loads a contact, and ticks
or unticks it there when the user clicks; a person, a new organization, or a book without a
KIP account shows no row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.models import AnyContact, OrganizationContact
from app.services.kip import KipCompanies, KipState
from app.ui.editors.contact_editor import ContactEditor
from app.ui.editors.marking import ERROR_COLOR
from app.ui.editors.notice_watcher import NoticeWatcher
from app.ui.tasks import TaskRunner

LOCKED_FIELDS: Final = ("vat_number", "company_registration_number")


class KipBar(QWidget):
    """One "Registered with KIP" check box per KIP account, and a note under them."""

    toggled = Signal(int, bool)  # account id, ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kipBar")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.boxes: list[QCheckBox] = []
        self.note = QLabel()
        self.note.setObjectName("kipNote")
        self.note.setWordWrap(True)
        self._layout.addWidget(self.note)
        self.setVisible(False)

    def show_states(self, states: Sequence[KipState]) -> None:
        if [b.property("accountId") for b in self.boxes] != [s.account_id for s in states]:
            self._make_boxes(states)
        for box, state in zip(self.boxes, states, strict=True):
            blocked = box.blockSignals(True)
            box.setChecked(state.included)
            box.blockSignals(blocked)
            box.setEnabled(state.tag is None)
        self._show_note(states)
        self.setVisible(bool(states))

    def _make_boxes(self, states: Sequence[KipState]) -> None:
        for box in self.boxes:
            self._layout.removeWidget(box)
            box.deleteLater()
        self.boxes = []
        for position, state in enumerate(states):
            text = self.tr("Registered with KIP")
            if len(states) > 1:
                text += f" (“{state.account}”)"
            box = QCheckBox(text)
            box.setObjectName("kipRegistered")
            box.setProperty("accountId", state.account_id)
            if state.tag is not None:
                box.setToolTip(
                    self.tr("Registered by the tag “{tag}” chosen in the account").format(
                        tag=state.tag
                    )
                )
            else:
                box.setToolTip(
                    self.tr("Send this organization to KIP with the next sync of “{name}”").format(
                        name=state.account
                    )
                )
            account_id = state.account_id
            box.toggled.connect(lambda on, a=account_id: self.toggled.emit(a, on))
            self._layout.insertWidget(position, box)
            self.boxes.append(box)

    def _show_note(self, states: Sequence[KipState]) -> None:
        lines: list[str] = []
        problems: list[str] = []
        for state in states:
            if state.tag is not None:
                lines.append(
                    self.tr("Registered with KIP by its tag “{tag}”.").format(tag=state.tag)
                )
            if state.registered:
                lines.append(self.tr("KIP has this company. KIP has no delete: unticking stops "
                                     "sending changes, the company stays in KIP."))  # fmt: skip
                if state.locked_reason and state.locked_reason not in lines:
                    lines.append(state.locked_reason)
            elif state.included:
                lines.append(self.tr("Sent to KIP with the next sync."))
            if state.included:
                problems += [p for p in state.problems if p not in problems]
        text = " ".join(lines)
        if problems:
            items = "".join(f"<li>{_escape(p)}</li>" for p in problems)
            text = f"{_escape(text)}<ul style='margin:0; color:{ERROR_COLOR}'>{items}</ul>"
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def texts(self) -> list[str]:
        return [box.text() for box in self.boxes]


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class KipWatcher(NoticeWatcher):
    """Keeps one organization editor's KIP row and locked numbers current."""

    def __init__(
        self,
        editor: ContactEditor,
        kip: KipCompanies,
        runner: TaskRunner,
        key: str,
        parent: QObject | None = None,
    ) -> None:
        self._kip = kip
        self._locked: list[QLineEdit] = []
        self.bar: KipBar = KipBar()
        super().__init__(editor, self.bar, runner, key, parent)
        self.bar.toggled.connect(self._toggled)

    def refresh(self) -> None:
        """Read the organization's standing with KIP again (on a worker)."""
        self._unlock()
        super().refresh()

    def reader(self, contact: AnyContact) -> Callable[[], list[KipState]] | None:
        if not isinstance(contact, OrganizationContact):
            return None
        kip = self._kip
        return lambda: kip.states(contact)

    def show(self, answer: list[KipState]) -> None:
        self._show(answer)

    def _show(self, states: list[KipState]) -> None:
        self.bar.show_states(states)
        self._unlock()
        reason = next((s.locked_reason for s in states if s.locked_reason), None)
        if reason is None:
            return
        for name in LOCKED_FIELDS:
            widget = self.editor.widget_for_field(name)
            if isinstance(widget, QLineEdit) and not widget.isReadOnly():
                widget.setReadOnly(True)
                widget.setProperty("kipTip", widget.toolTip())
                widget.setToolTip(reason)
                self._locked.append(widget)

    def _unlock(self) -> None:
        for widget in self._locked:
            widget.setReadOnly(False)
            widget.setToolTip(str(widget.property("kipTip") or ""))
        self._locked = []

    def _toggled(self, account_id: int, ticked: bool) -> None:
        original = self.editor.original()
        kip = self._kip

        def work() -> list[KipState]:
            kip.set_ticked(account_id, original.id, ticked)
            assert isinstance(original, OrganizationContact)
            return kip.states(original)

        self._runner.run(work, self._show, key=self._key)


__all__ = ["KipBar", "KipWatcher"]
