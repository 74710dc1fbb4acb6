"""The editor of one placeholder customer: a picture, a short form and the problems found.

Like the contact editor it edits a copy and builds :meth:`PlaceholderEditor.draft` from that
copy and the widgets, so what the form does not show (remote ids, unknown fields, further
pictures) comes back unchanged. Each edit is checked in the domain layer (the ``checker``
callable) after a short pause; errors and warnings are painted on the fields and listed below.
Saving is the owner's business.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import PlaceholderCustomer
from app.domain.problems import Problem, Severity
from app.ui.editors.marking import PROBLEM_PROPERTY, FieldMarker, ProblemsPanel, widget_for
from app.ui.editors.tags_picture import ImageLoader, PictureHeader
from app.ui.editors.widgets import OptionalDateEdit, read_text, required_text, show_text, watch
from app.ui.timing import pause_timer

CHECK_DELAY_MS = 200

Checker = Callable[[PlaceholderCustomer], list[Problem]]


class PlaceholderEditor(QWidget):
    """Edits one placeholder customer; the page saves, deletes and asks before leaving."""

    dirty_changed = Signal(bool)

    def __init__(
        self, checker: Checker, load_image: ImageLoader, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderEditor")
        self._checker = checker
        self._original = PlaceholderCustomer()
        self._is_new = True
        self._loading = False
        self._dirty = False
        self._problems: list[Problem] = []
        self._marker = FieldMarker()
        self._timer = pause_timer(self, CHECK_DELAY_MS, self.check_now)
        self._build_ui(load_image)
        watch(
            self._on_edited,
            self.external_id,
            self.customer_id,
            self.name_edit,
            self.is_active,
            self.customer_since,
            self.requires_formal_invoice,
            self.track_revenue,
            self.header,
        )
        self.problems_panel.problem_activated.connect(self.focus_field)
        self.new()

    def _build_ui(self, load_image: ImageLoader) -> None:
        self.header = PictureHeader(load_image)
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText(self.tr("optional: the id in your other system"))
        self.customer_id = QLineEdit()
        self.customer_id.setPlaceholderText(self.tr("required"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("required"))
        self.is_active = QCheckBox(self.tr("Active customer"))
        self.customer_since = OptionalDateEdit()
        self.customer_since.setMaximumWidth(220)
        self.requires_formal_invoice = QCheckBox(self.tr("Requires a formal invoice"))
        self.track_revenue = QCheckBox(self.tr("Track revenue"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Customer number:"), self.customer_id)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("External ID:"), self.external_id)
        form.addRow(self.tr("Customer since:"), self.customer_since)
        form.addRow("", self.is_active)
        form.addRow("", self.requires_formal_invoice)
        form.addRow("", self.track_revenue)

        style = self.style()
        self.new_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New")
        )
        self.new_button.setToolTip(self.tr("Start a new placeholder customer (Ctrl+N)"))
        self.save_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("Save")
        )
        self.save_button.setToolTip(self.tr("Save the placeholder customer (Ctrl+S)"))
        self.revert_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton), self.tr("Revert")
        )
        self.revert_button.setToolTip(self.tr("Undo every change since the last save"))
        self.delete_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete…")
        )
        self.delete_button.setToolTip(self.tr("Move the placeholder customer to the trash"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.revert_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        self.problems_panel = ProblemsPanel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.problems_panel)
        layout.addStretch(1)
        layout.addLayout(buttons)

    # --- loading and reading -----------------------------------------------------------------

    def new(self) -> None:
        """Start a new placeholder customer (nothing is checked before the first edit)."""
        self._load(PlaceholderCustomer(customer_since=date.today()), is_new=True)
        self._set_problems([])

    def load(self, customer: PlaceholderCustomer) -> None:
        """Edit (a copy of) a stored placeholder customer."""
        self._load(customer.model_copy(deep=True), is_new=False)
        self.check_now()

    def _load(self, customer: PlaceholderCustomer, *, is_new: bool) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._original = customer
            self._is_new = is_new
            show_text(self.external_id, customer.external_id)
            show_text(self.customer_id, customer.customer_id)
            show_text(self.name_edit, customer.name)
            self.is_active.setChecked(customer.is_active)
            self.customer_since.set_value(customer.customer_since)
            self.requires_formal_invoice.setChecked(customer.requires_formal_invoice)
            self.track_revenue.setChecked(customer.track_revenue)
            kind = self.tr("New placeholder customer") if is_new else self._kind_text(customer)
            self.header.set_contact(customer.name, kind, customer.images)
        finally:
            self._loading = False
        self.delete_button.setEnabled(not is_new)
        self._set_dirty(False)

    def _kind_text(self, customer: PlaceholderCustomer) -> str:
        if customer.customer_id:
            return self.tr("Placeholder customer {number}").format(number=customer.customer_id)
        return self.tr("Placeholder customer")

    def original(self) -> PlaceholderCustomer:
        return self._original.model_copy(deep=True)

    def is_new(self) -> bool:
        return self._is_new

    def draft(self) -> PlaceholderCustomer:
        original = self._original
        draft = original.model_copy(deep=True)
        draft.external_id = read_text(self.external_id, original.external_id)
        draft.customer_id = required_text(self.customer_id, original.customer_id)
        draft.name = required_text(self.name_edit, original.name)
        draft.is_active = self.is_active.isChecked()
        draft.customer_since = self.customer_since.value()
        draft.requires_formal_invoice = self.requires_formal_invoice.isChecked()
        draft.track_revenue = self.track_revenue.isChecked()
        draft.images = self.header.images()
        return draft

    def is_dirty(self) -> bool:
        return self.draft() != self._original

    def revert(self) -> None:
        if self._is_new:
            self.new()
        else:
            self.load(self._original)

    # --- checks ------------------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        draft = self.draft()
        self.header.set_name(draft.name)
        self._set_dirty(draft != self._original)
        self._timer.start()

    def _set_dirty(self, dirty: bool) -> None:
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def check_now(self) -> list[Problem]:
        """Check the draft at once (the pause after typing does this by itself)."""
        self._timer.stop()
        problems = self._checker(self.draft())
        self._set_problems(problems)
        return problems

    def show_problems(self, problems: list[Problem]) -> None:
        """Show problems found elsewhere (e.g. the ones that refused a save)."""
        self._timer.stop()
        self._set_problems(problems)

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def has_errors(self) -> bool:
        return any(p.severity is Severity.ERROR for p in self._problems)

    def _set_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        self._marker.apply(self.fields(), problems)
        self.problems_panel.set_problems(problems)
        self.save_button.setToolTip(
            self.tr("Fix the marked fields first")
            if self.has_errors()
            else self.tr("Save the placeholder customer (Ctrl+S)")
        )

    def fields(self) -> dict[str, QWidget]:
        return {
            "external_id": self.external_id,
            "customer_id": self.customer_id,
            "name": self.name_edit,
            "customer_since": self.customer_since,
            "is_active": self.is_active,
            "requires_formal_invoice": self.requires_formal_invoice,
            "track_revenue": self.track_revenue,
            "images": self.header.change_button,
        }

    def field_severity(self, path: str) -> str | None:
        """How the widget of ``path`` is marked: "error", "warning" or None."""
        widget = widget_for(self.fields(), path)
        value = widget.property(PROBLEM_PROPERTY) if widget is not None else None
        return str(value) if value else None

    def focus_field(self, path: str) -> None:
        widget = widget_for(self.fields(), path)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)


__all__ = ["CHECK_DELAY_MS", "PlaceholderEditor"]
