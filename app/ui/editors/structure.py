"""An organization's "Structure" tab: departments, locations, memberships, representatives,
founders and leaders.

Representatives, founders and leaders (of the organization and of each location) are
references to professional identities (a person's role at an organization). With a
``person_details`` lookup the tab offers, for a person picked by name, that person's identities
at this organization; without it the references are listed (by id) and can only be removed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_DEPARTMENT_AREAS, KNOWN_MEMBERSHIP_TYPES
from app.domain.models import (
    AnyContact,
    Department,
    Location,
    Membership,
    OrganizationContact,
)
from app.ui.editors.identity_refs import IdentityRefList, PersonDetails, RepresentativeRow
from app.ui.editors.pickers import SearchFn
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


def _nobody(_: str) -> list[tuple[str, str]]:
    return []


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
    def __init__(
        self,
        base: Location,
        people: SearchFn | None = None,
        person_details: PersonDetails | None = None,
        organization_id: str = "",
        parent: QWidget | None = None,
    ) -> None:
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
        self.leaders = IdentityRefList(
            self.tr("Leaders of this location"), people or _nobody, person_details
        )
        self.leaders.load(base.leaders, organization_id)
        grid = _grid(self)
        grid.addWidget(QLabel(self.tr("Name")), 0, 0)
        grid.addWidget(self.name, 0, 1)
        grid.addWidget(QLabel(self.tr("Opens")), 0, 2)
        grid.addWidget(self.open_hour, 0, 3)
        grid.addWidget(QLabel(self.tr("Closes")), 0, 4)
        grid.addWidget(self.close_hour, 0, 5)
        grid.addWidget(self.leaders, 1, 0, 1, 6)
        grid.setColumnStretch(1, 1)
        watch(self.emit_changed, self.name, self.open_hour, self.close_hour, self.leaders)

    def value(self) -> Location:
        return self.base.model_copy(
            deep=True,
            update={
                "name": required_text(self.name, self.base.name),
                "office_open_hour": self.open_hour.optional(),
                "office_close_hour": self.close_hour.optional(),
                "leaders": self.leaders.refs(),
            },
        )

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.name": self.name,
            f"{path}.office_open_hour": self.open_hour,
            f"{path}.office_close_hour": self.close_hour,
            f"{path}.leaders": self.leaders.list,
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


class StructureSection(Section):
    """Departments, locations, memberships, representatives, founders and leaders."""

    def __init__(
        self, people: SearchFn, person_details: PersonDetails | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._person_details = person_details
        self._organization_id = ""
        self.departments: RowList[DepartmentRow] = RowList(
            self.tr("Departments"),
            self.tr("Add department"),
            lambda: DepartmentRow(Department()),
            self.tr("No departments"),
        )
        self.locations: RowList[LocationRow] = RowList(
            self.tr("Locations"),
            self.tr("Add location"),
            lambda: self._location_row(Location()),
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
        self.representatives: RowList[RepresentativeRow] = RowList(
            self.tr("Representatives"),
            self.tr("Add representative"),
            lambda: RepresentativeRow(None, people, person_details, self._organization_id),
            self.tr("No representatives"),
        )
        self.founders = IdentityRefList(self.tr("Founders"), people, person_details)
        self.leaders = IdentityRefList(self.tr("Leaders"), people, person_details)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        for widget in (self.departments, self.locations, self.memberships, self.representatives):
            layout.addWidget(widget)
            widget.changed.connect(self.changed)
        layout.addWidget(Columns(self.founders, self.leaders))
        layout.addStretch(1)
        self.founders.changed.connect(self.changed)
        self.leaders.changed.connect(self.changed)

    def _location_row(self, location: Location) -> LocationRow:
        return LocationRow(location, self._people, self._person_details, self._organization_id)

    def load(self, contact: AnyContact) -> None:
        assert isinstance(contact, OrganizationContact)
        self._organization_id = contact.id
        self.departments.set_rows([DepartmentRow(d) for d in contact.departments])
        self.locations.set_rows([self._location_row(loc) for loc in contact.locations])
        self.memberships.set_rows([MembershipRow(m) for m in contact.memberships])
        self.representatives.set_rows(
            [
                RepresentativeRow(r, self._people, self._person_details, contact.id)
                for r in contact.representatives
            ]
        )
        self.founders.load(contact.founders, contact.id)
        self.leaders.load(contact.leaders, contact.id)

    def apply(self, draft: AnyContact) -> None:
        assert isinstance(draft, OrganizationContact)
        draft.departments = [row.value() for row in self.departments.rows()]
        draft.locations = [row.value() for row in self.locations.rows()]
        draft.memberships = [row.value() for row in self.memberships.rows()]
        draft.representatives = [row.value() for row in self.representatives.rows()]
        draft.founders = self.founders.refs()
        draft.leaders = self.leaders.refs()

    def fields(self) -> FieldMap:
        return {
            **self.departments.fields("departments"),
            **self.locations.fields("locations"),
            **self.memberships.fields("memberships"),
            **self.representatives.fields("representatives"),
            "founders": self.founders.list,
            "leaders": self.leaders.list,
        }


__all__ = ["IdentityRefList", "LocationRow", "PersonDetails", "StructureSection"]
