"""References to professional identities: a person picked by name and one of their identities.

Used for founders and leaders of an organization and of its locations, for representatives and
for who manages a customer or supplier role. With a ``person_details`` lookup a person picked by
name offers their professional identities (at one organization, or at any); without it loaded
references are shown by id and kept, but no new ones can be chosen. A loaded reference comes
back exactly as it was until the user picks another.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import IndividualContact, ProfessionalIdentityRef, Representative
from app.ui.editors.pickers import ContactPicker, SearchFn
from app.ui.editors.rows import FieldMap, Row
from app.ui.editors.widgets import watch
from app.ui.formats import datetime_format

PersonDetails = Callable[[str], IndividualContact | None]
NameOf = Callable[[str], str | None]


class IdentityChooser(QWidget):
    """A person (typed by name) and one of their professional identities; may stay empty.

    ``organization_id`` limits the identities to those at one organization; ``None`` offers
    the person's identities at any organization (named with ``organization_name`` when given).
    """

    changed = Signal()

    def __init__(
        self,
        people: SearchFn,
        person_details: PersonDetails | None,
        organization_name: NameOf | None = None,
        parent: QWidget | None = None,
        *,
        stacked: bool = False,
    ) -> None:
        super().__init__(parent)
        self._person_details = person_details
        self._organization_name = organization_name
        self._organization_id: str | None = None
        self._loaded: ProfessionalIdentityRef | None = None
        self._filling = False
        self.person = ContactPicker(people, self.tr("Type part of a person's name"))
        self.identity = QComboBox()
        self.identity.setMinimumContentsLength(16)
        self.identity.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        layout = QVBoxLayout(self) if stacked else QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.person, 2)
        layout.addWidget(self.identity, 2)
        self.setFocusProxy(self.person)
        if person_details is None:
            self.person.set_read_only(True, self.tr("People cannot be looked up here"))
        self.person.picked.connect(self._on_person)
        self.person.changed.connect(self._on_person_changed)
        self.identity.currentIndexChanged.connect(self._on_identity)

    def set_organization(self, organization_id: str | None) -> None:
        self._organization_id = organization_id

    def set_ref(self, ref: ProfessionalIdentityRef | None) -> None:
        """Show a loaded reference (or nothing); it is kept until the user picks another."""
        self._loaded = ref
        self._filling = True
        try:
            self.identity.clear()
            if ref is None:
                self.person.set_ref("", None)
                return
            person = self._details(ref.contact_id)
            self.person.set_ref(ref.contact_id, person.name if person else None)
            self._fill(person)
            index = self.identity.findData(ref.professional_identity_id)
            if index < 0:
                self.identity.addItem(
                    self.tr("(identity {id})").format(id=ref.professional_identity_id),
                    ref.professional_identity_id,
                )
                index = self.identity.count() - 1
            self.identity.setCurrentIndex(index)
        finally:
            self._filling = False

    def ref(self) -> ProfessionalIdentityRef | None:
        person_id = self.person.contact_id()
        identity_id = self.identity.currentData()
        if not person_id or not identity_id:
            return None
        loaded = self._loaded
        if loaded and (loaded.contact_id, loaded.professional_identity_id) == (
            person_id,
            identity_id,
        ):
            return loaded.model_copy(deep=True)
        return ProfessionalIdentityRef(contact_id=person_id, professional_identity_id=identity_id)

    def clear(self) -> None:
        self.set_ref(None)

    def describe(self, ref: ProfessionalIdentityRef) -> str:
        """The person's name and job title, or the ids when the person is not known."""
        person = self._details(ref.contact_id)
        if person is None:
            return self.tr("Person {person}, identity {identity}").format(
                person=ref.contact_id, identity=ref.professional_identity_id
            )
        pi = next(
            (p for p in person.professional_identities if p.id == ref.professional_identity_id),
            None,
        )
        return f"{person.name} — {self._label(pi)}" if pi is not None else person.name

    def _details(self, person_id: str) -> IndividualContact | None:
        return self._person_details(person_id) if self._person_details and person_id else None

    def _label(self, pi: object) -> str:
        job = getattr(pi, "job_title", None) or ""
        organization = getattr(pi, "organization_contact", "")
        if self._organization_id is not None or self._organization_name is None:
            return job or self.tr("(no job title)")
        name = self._organization_name(organization) or organization
        return self.tr("{job} at {organization}").format(
            job=job or self.tr("(no job title)"), organization=name
        )

    def _fill(self, person: IndividualContact | None) -> None:
        for pi in person.professional_identities if person else []:
            if self._organization_id is None or pi.organization_contact == self._organization_id:
                self.identity.addItem(self._label(pi), pi.id)
        if self.identity.count() == 0 and person is not None:
            text = (
                self.tr("(works for another organization)")
                if self._organization_id is not None
                else self.tr("(no professional identities)")
            )
            self.identity.addItem(text, None)

    def _on_person(self, person_id: str) -> None:
        self._filling = True
        try:
            self.identity.clear()
            self._fill(self._details(person_id))
        finally:
            self._filling = False
        self.changed.emit()

    def _on_person_changed(self) -> None:
        if not self.person.contact_id():
            self._filling = True
            self.identity.clear()
            self._filling = False
            self.changed.emit()

    def _on_identity(self, _: int) -> None:
        if not self._filling:
            self.changed.emit()


class IdentityRefList(QGroupBox):
    """Founders or leaders: a list of references, a chooser and Add / Remove buttons."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        people: SearchFn,
        person_details: PersonDetails | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.list = QListWidget()
        self.list.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.list.setMaximumHeight(80)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.chooser = IdentityChooser(people, person_details)
        self.person = self.chooser.person
        self.identity = self.chooser.identity
        self.add_button = QPushButton(self.tr("Add"))
        adding = QHBoxLayout()
        adding.addWidget(self.chooser, 4)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(adding)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        if person_details is None:
            for widget in (self.chooser, self.add_button):
                widget.setVisible(False)
        self.chooser.changed.connect(self._sync_buttons)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self._sync_buttons()

    def load(self, refs: list[ProfessionalIdentityRef], organization_id: str) -> None:
        self.chooser.set_organization(organization_id)
        self.chooser.clear()
        self.list.clear()
        for ref in refs:
            self._append(ref)
        self._sync_buttons()

    def refs(self) -> list[ProfessionalIdentityRef]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole).model_copy(deep=True)
            for row in range(self.list.count())
        ]

    def _append(self, ref: ProfessionalIdentityRef) -> None:
        item = QListWidgetItem(self.chooser.describe(ref))
        item.setData(Qt.ItemDataRole.UserRole, ref)
        self.list.addItem(item)

    def _on_add(self) -> None:
        ref = self.chooser.ref()
        if ref is None:
            return
        self._append(ref)
        self._sync_buttons()
        self.changed.emit()

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self._sync_buttons()
            self.changed.emit()

    def _sync_buttons(self) -> None:
        self.remove_button.setEnabled(self.list.count() > 0)
        self.add_button.setEnabled(self.chooser.ref() is not None)


class OptionalDateTimeEdit(QWidget):
    """A moment that may be empty; shown in local time, read back as UTC once edited."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.check = QCheckBox()
        self.check.setToolTip(self.tr("Set a date and time"))
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(datetime_format())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self._loaded: datetime | None = None
        self._touched = False
        self._setting = False
        self.check.toggled.connect(self._on_toggled)
        self.edit.dateTimeChanged.connect(self._on_edited)
        self.set_value(None)

    def set_value(self, value: datetime | None) -> None:
        self._setting = True
        try:
            self._loaded = value
            self._touched = False
            self.check.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            shown = value if value is not None else datetime.now(UTC)
            if shown.tzinfo is None:
                shown = shown.replace(tzinfo=UTC)
            local = shown.astimezone()
            self.edit.setDateTime(
                QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)
            )
        finally:
            self._setting = False

    def value(self) -> datetime | None:
        if not self._touched:
            return self._loaded
        if not self.check.isChecked():
            return None
        local = self.edit.dateTime().toPython()
        return local.astimezone(UTC) if isinstance(local, datetime) else None

    def _on_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        if not self._setting:
            self._touched = True
            self.changed.emit()

    def _on_edited(self, _: QDateTime) -> None:
        if not self._setting:
            self._touched = True
            self.changed.emit()


class RepresentativeRow(Row[Representative]):
    """One representative of an organization: whose identity, active, from when until when."""

    def __init__(
        self,
        base: Representative | None,
        people: SearchFn,
        person_details: PersonDetails | None,
        organization_id: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base = base
        self.chooser = IdentityChooser(people, person_details)
        self.chooser.set_organization(organization_id)
        self.chooser.set_ref(base.professional_identity if base else None)
        self.is_active = QCheckBox(self.tr("Active"))
        self.is_active.setChecked(base.is_active if base else True)
        self.activation = OptionalDateTimeEdit()
        self.activation.set_value(base.activation_date if base else None)
        self.deactivation = OptionalDateTimeEdit()
        self.deactivation.set_value(base.deactivation_date if base else None)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Person")), 0, 0)
        grid.addWidget(self.chooser, 0, 1, 1, 3)
        grid.addWidget(self.is_active, 0, 4)
        grid.addWidget(QLabel(self.tr("Active from")), 1, 0)
        grid.addWidget(self.activation, 1, 1)
        grid.addWidget(QLabel(self.tr("Until")), 1, 2)
        grid.addWidget(self.deactivation, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        watch(self.emit_changed, self.chooser, self.is_active, self.activation, self.deactivation)

    def value(self) -> Representative:
        ref = self.chooser.ref()
        if ref is None and self.base is not None:
            # Nobody chosen (yet): the loaded reference stays, so nothing is lost by accident.
            ref = self.base.professional_identity.model_copy(deep=True)
        update = {
            "professional_identity": ref
            or ProfessionalIdentityRef(contact_id="", professional_identity_id=""),
            "is_active": self.is_active.isChecked(),
            "activation_date": self.activation.value(),
            "deactivation_date": self.deactivation.value(),
        }
        if self.base is None:
            return Representative(**update)
        return self.base.model_copy(deep=True, update=update)

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.professional_identity": self.chooser.person.edit,
            f"{path}.is_active": self.is_active,
            f"{path}.activation_date": self.activation,
            f"{path}.deactivation_date": self.deactivation,
        }


__all__ = [
    "IdentityChooser",
    "IdentityRefList",
    "OptionalDateTimeEdit",
    "PersonDetails",
    "RepresentativeRow",
]
