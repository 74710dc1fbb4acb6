"""An organization's "Structure" tab: departments, locations, memberships, founders, leaders.

Founders and leaders are references to professional identities (a person's role at an
organization). With a ``person_details`` lookup the tab offers, for a person picked by name,
that person's identities at this organization; without it the references are listed (by id)
and can only be removed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_DEPARTMENT_AREAS, KNOWN_MEMBERSHIP_TYPES
from app.domain.models import (
    AnyContact,
    Department,
    IndividualContact,
    Location,
    Membership,
    OrganizationContact,
    ProfessionalIdentityRef,
)
from app.ui.editors.pickers import ContactPicker, SearchFn
from app.ui.editors.rows import Columns, FieldMap, Row, RowList, Section
from app.ui.editors.widgets import (
    EnumCombo,
    OptionalSpinBox,
    read_text,
    required_text,
    same_empty,
    show_text,
    watch,
)

PersonDetails = Callable[[str], IndividualContact | None]


def _grid(row: Row) -> QGridLayout:  # type: ignore[type-arg]
    grid = QGridLayout(row)
    grid.setContentsMargins(8, 4, 8, 4)
    grid.setVerticalSpacing(4)
    return grid


class DepartmentRow(Row[Department]):
    def __init__(self, base: Department, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.name = QLineEdit()
        self.area = EnumCombo(KNOWN_DEPARTMENT_AREAS, editable=True)
        self.code = QLineEdit()
        self.code.setMaximumWidth(120)
        self.description = QLineEdit()
        show_text(self.name, base.name)
        self.area.set_value(base.area)
        show_text(self.code, base.code)
        show_text(self.description, base.description)
        grid = _grid(self)
        grid.addWidget(QLabel(self.tr("Name")), 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(QLabel(self.tr("Area")), 0, 2)
        grid.addWidget(self.area, 0, 3)
        grid.addWidget(QLabel(self.tr("Code")), 1, 0)
        grid.addWidget(self.code, 1, 1)
        grid.addWidget(QLabel(self.tr("Description")), 1, 2)
        grid.addWidget(self.description, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        watch(self.emit_changed, self.name, self.area, self.code, self.description)

    def value(self) -> Department:
        b = self.base
        return b.model_copy(
            deep=True,
            update={
                "name": required_text(self.name, b.name),
                "area": same_empty(self.area.value(), b.area),
                "code": read_text(self.code, b.code),
                "description": read_text(self.description, b.description),
            },
        )

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.name": self.name,
            f"{path}.area": self.area,
            f"{path}.code": self.code,
            f"{path}.description": self.description,
        }


class LocationRow(Row[Location]):
    def __init__(self, base: Location, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.name = QLineEdit()
        show_text(self.name, base.name)
        self.open_hour = OptionalSpinBox(0, 23)
        self.open_hour.set_optional(base.office_open_hour)
        self.open_hour.setSuffix(self.tr(":00"))
        self.close_hour = OptionalSpinBox(0, 23)
        self.close_hour.set_optional(base.office_close_hour)
        self.close_hour.setSuffix(self.tr(":00"))
        grid = _grid(self)
        grid.addWidget(QLabel(self.tr("Name")), 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(QLabel(self.tr("Opens")), 0, 2)
        grid.addWidget(self.open_hour, 0, 3)
        grid.addWidget(QLabel(self.tr("Closes")), 0, 4)
        grid.addWidget(self.close_hour, 0, 5)
        grid.setColumnStretch(1, 1)
        watch(self.emit_changed, self.name, self.open_hour, self.close_hour)

    def value(self) -> Location:
        return self.base.model_copy(
            deep=True,
            update={
                "name": required_text(self.name, self.base.name),
                "office_open_hour": self.open_hour.optional(),
                "office_close_hour": self.close_hour.optional(),
            },
        )

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.name": self.name,
            f"{path}.office_open_hour": self.open_hour,
            f"{path}.office_close_hour": self.close_hour,
        }


class MembershipRow(Row[Membership]):
    def __init__(self, base: Membership, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base = base
        self.type_combo = EnumCombo(KNOWN_MEMBERSHIP_TYPES, editable=True)
        self.type_combo.set_value(base.type)
        self.name = QLineEdit()
        show_text(self.name, base.name)
        self.reference = QLineEdit()
        show_text(self.reference, base.reference)
        grid = _grid(self)
        grid.addWidget(QLabel(self.tr("Type")), 0, 0)
        grid.addWidget(self.type_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Name")), 0, 2)
        grid.addWidget(self.name, 0, 3)
        grid.addWidget(QLabel(self.tr("Reference")), 0, 4)
        grid.addWidget(self.reference, 0, 5)
        grid.setColumnStretch(3, 2)
        grid.setColumnStretch(5, 1)
        watch(self.emit_changed, self.type_combo, self.name, self.reference)

    def value(self) -> Membership:
        b = self.base
        return b.model_copy(
            deep=True,
            update={
                "type": self.type_combo.value() or "",
                "name": read_text(self.name, b.name),
                "reference": read_text(self.reference, b.reference),
            },
        )

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.type": self.type_combo,
            f"{path}.name": self.name,
            f"{path}.reference": self.reference,
        }


class IdentityRefList(QGroupBox):
    """Founders or leaders: references to people's professional identities."""

    changed = Signal()

    def __init__(
        self,
        title: str,
        people: SearchFn,
        person_details: PersonDetails | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self._person_details = person_details
        self._organization_id = ""
        self.list = QListWidget()
        self.list.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.list.setMaximumHeight(80)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.person = ContactPicker(people, self.tr("Type part of a person's name"))
        self.identity = QComboBox()
        self.identity.setMinimumContentsLength(16)
        self.add_button = QPushButton(self.tr("Add"))
        adding = QHBoxLayout()
        adding.addWidget(self.person, 2)
        adding.addWidget(self.identity, 2)
        adding.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(adding)
        layout.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)
        if person_details is None:
            for widget in (self.person, self.identity, self.add_button):
                widget.setVisible(False)
        self.person.picked.connect(self._on_person)
        self.person.changed.connect(self._on_person_changed)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)
        self._sync_buttons()

    def load(self, refs: list[ProfessionalIdentityRef], organization_id: str) -> None:
        self._organization_id = organization_id
        self.list.clear()
        for ref in refs:
            self._append(ref)
        self._sync_buttons()

    def refs(self) -> list[ProfessionalIdentityRef]:
        return [
            self.list.item(row).data(Qt.ItemDataRole.UserRole).model_copy()
            for row in range(self.list.count())
        ]

    def _describe(self, ref: ProfessionalIdentityRef) -> str:
        person = self._person_details(ref.contact_id) if self._person_details else None
        if person is None:
            return self.tr("Person {person}, identity {identity}").format(
                person=ref.contact_id, identity=ref.professional_identity_id
            )
        job = next(
            (
                pi.job_title
                for pi in person.professional_identities
                if pi.id == ref.professional_identity_id
            ),
            None,
        )
        return f"{person.name} — {job}" if job else person.name

    def _append(self, ref: ProfessionalIdentityRef) -> None:
        item = QListWidgetItem(self._describe(ref))
        item.setData(Qt.ItemDataRole.UserRole, ref)
        self.list.addItem(item)

    def _on_person(self, person_id: str) -> None:
        self.identity.clear()
        person = self._person_details(person_id) if self._person_details else None
        for pi in person.professional_identities if person else []:
            if pi.organization_contact == self._organization_id:
                self.identity.addItem(pi.job_title or self.tr("(no job title)"), pi.id)
        if self.identity.count() == 0:
            self.identity.addItem(self.tr("(works for another organization)"), None)
        self._sync_buttons()

    def _on_person_changed(self) -> None:
        if not self.person.contact_id():
            self.identity.clear()
            self._sync_buttons()

    def _on_add(self) -> None:
        identity_id = self.identity.currentData()
        person_id = self.person.contact_id()
        if not identity_id or not person_id:
            return
        self._append(
            ProfessionalIdentityRef(contact_id=person_id, professional_identity_id=identity_id)
        )
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
        self.add_button.setEnabled(bool(self.identity.currentData()))


class StructureSection(Section):
    """Departments, locations, memberships, founders and leaders of an organization."""

    def __init__(
        self, people: SearchFn, person_details: PersonDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.departments: RowList[DepartmentRow] = RowList(
            self.tr("Departments"),
            self.tr("Add department"),
            lambda: DepartmentRow(Department()),
            self.tr("No departments"),
        )
        self.locations: RowList[LocationRow] = RowList(
            self.tr("Locations"),
            self.tr("Add location"),
            lambda: LocationRow(Location()),
            self.tr("No locations"),
            compact=True,
        )
        self.memberships: RowList[MembershipRow] = RowList(
            self.tr("Memberships"),
            self.tr("Add membership"),
            lambda: MembershipRow(Membership()),
            self.tr("No memberships"),
            compact=True,
        )
        self.founders = IdentityRefList(self.tr("Founders"), people, person_details)
        self.leaders = IdentityRefList(self.tr("Leaders"), people, person_details)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for widget in (self.departments, self.locations, self.memberships):
            layout.addWidget(widget)
            widget.changed.connect(self.changed)
        layout.addWidget(Columns(self.founders, self.leaders))
        layout.addStretch(1)
        self.founders.changed.connect(self.changed)
        self.leaders.changed.connect(self.changed)

    def load(self, contact: AnyContact) -> None:
        assert isinstance(contact, OrganizationContact)
        self.departments.set_rows([DepartmentRow(d) for d in contact.departments])
        self.locations.set_rows([LocationRow(loc) for loc in contact.locations])
        self.memberships.set_rows([MembershipRow(m) for m in contact.memberships])
        self.founders.load(contact.founders, contact.id)
        self.leaders.load(contact.leaders, contact.id)

    def apply(self, draft: AnyContact) -> None:
        assert isinstance(draft, OrganizationContact)
        draft.departments = [row.value() for row in self.departments.rows()]
        draft.locations = [row.value() for row in self.locations.rows()]
        draft.memberships = [row.value() for row in self.memberships.rows()]
        draft.founders = self.founders.refs()
        draft.leaders = self.leaders.refs()

    def fields(self) -> FieldMap:
        return {
            **self.departments.fields("departments"),
            **self.locations.fields("locations"),
            **self.memberships.fields("memberships"),
            "founders": self.founders.list,
            "leaders": self.leaders.list,
        }


__all__ = ["IdentityRefList", "StructureSection"]
