"""A person's "Work" (professional identities) and "Relationships" tabs.

A professional identity names an organization, picked by typing part of its name; its
departments and locations are ticked from that organization's own lists, fetched through the
``organization_details`` callable. Once synced, the organization cannot change (the API says
so), and the picker is read-only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_RELATIONSHIP_TYPES, UsageContext
from app.domain.models import (
    AnyContact,
    DepartmentRef,
    IndividualContact,
    LocationRef,
    OrganizationContact,
    PersonalRelationship,
    ProfessionalIdentity,
)
from app.ui.editors.contact_points import ContactPointsEditor
from app.ui.editors.pickers import CheckList, ContactPicker, SearchFn
from app.ui.editors.rows import FieldMap, Row, RowList, Section
from app.ui.editors.widgets import EnumCombo, read_text, show_text, watch

OrganizationDetails = Callable[[str], OrganizationContact | None]
NameOf = Callable[[str], str | None]


class IdentityRow(Row[ProfessionalIdentity]):
    """One professional identity: organization, job title, departments, locations, contacts."""

    def __init__(
        self,
        base: ProfessionalIdentity,
        organizations: SearchFn,
        organization_details: OrganizationDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base = base
        self._details = organization_details
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.organization = ContactPicker(organizations, self.tr("Type part of the name"))
        self.job_title = QLineEdit()
        self.is_active = QCheckBox(self.tr("Active"))
        self.departments = CheckList()
        self.locations = CheckList()
        self.points = ContactPointsEditor(UsageContext.PROFESSIONAL.value)
        grid.addWidget(QLabel(self.tr("Organization")), 0, 0)
        grid.addWidget(self.organization, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Job title")), 1, 0)
        grid.addWidget(self.job_title, 1, 1, 1, 2)
        grid.addWidget(self.is_active, 1, 3)
        grid.addWidget(QLabel(self.tr("Departments")), 2, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.departments, 2, 1)
        grid.addWidget(QLabel(self.tr("Locations")), 2, 2, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.locations, 2, 3)
        # The identity's own addresses, phones, … fold away while there are none.
        self.points_toggle = QToolButton()
        self.points_toggle.setText(self.tr("Contact points at this organization"))
        self.points_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.points_toggle.setCheckable(True)
        self.points_toggle.setAutoRaise(True)
        self.points_toggle.toggled.connect(self._show_points)
        grid.addWidget(self.points_toggle, 3, 0, 1, 4)
        grid.addWidget(self.points, 4, 0, 1, 4)

        organization = (
            organization_details(base.organization_contact) if base.organization_contact else None
        )
        self.organization.set_ref(
            base.organization_contact, organization.name if organization else None
        )
        if base.remote_id:
            self.organization.set_read_only(
                True, self.tr("The organization cannot change once the record is synced")
            )
        show_text(self.job_title, base.job_title)
        self.is_active.setChecked(base.is_active)
        self._fill(organization, keep=True)
        self.points.load(base)
        has_points = bool(base.addresses or base.phones or base.emails or base.web_addresses)
        self.points_toggle.setChecked(has_points)
        self._show_points(has_points)
        self.organization.picked.connect(self._on_picked)
        watch(
            self.emit_changed,
            self.organization,
            self.job_title,
            self.is_active,
            self.departments,
            self.locations,
            self.points,
        )

    def _show_points(self, shown: bool) -> None:
        self.points.setVisible(shown)
        self.points_toggle.setArrowType(
            Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        )

    def reveal_points(self) -> None:
        """Unfold the contact points (e.g. to show a problem in one of them)."""
        self.points_toggle.setChecked(True)

    def _fill(self, organization: OrganizationContact | None, *, keep: bool) -> None:
        """List ``organization``'s departments and locations; tick the loaded refs if ``keep``."""
        departments = (
            [(d.id, d.name or d.id) for d in organization.departments] if organization else []
        )
        locations = (
            [(loc.id, loc.name or loc.id) for loc in organization.locations] if organization else []
        )
        self.departments.set_items(
            departments,
            [r.department_id for r in self.base.departments] if keep else [],
            self.tr("Unknown department {id}"),
        )
        self.locations.set_items(
            locations,
            [r.location_id for r in self.base.locations] if keep else [],
            self.tr("Unknown location {id}"),
        )

    def _on_picked(self, organization_id: str) -> None:
        same = organization_id == self.base.organization_contact
        self._fill(self._details(organization_id), keep=same)

    def value(self) -> ProfessionalIdentity:
        organization_id = self.organization.contact_id()
        departments = {r.department_id: r for r in self.base.departments}
        locations = {r.location_id: r for r in self.base.locations}
        pi = self.base.model_copy(
            deep=True,
            update={
                "organization_contact": organization_id,
                "job_title": read_text(self.job_title, self.base.job_title),
                "is_active": self.is_active.isChecked(),
                "departments": [
                    departments.get(d) or DepartmentRef(contact_id=organization_id, department_id=d)
                    for d in self.departments.ticked()
                ],
                "locations": [
                    locations.get(loc) or LocationRef(contact_id=organization_id, location_id=loc)
                    for loc in self.locations.ticked()
                ],
            },
        )
        self.points.apply(pi)
        return pi

    def fields(self, path: str) -> FieldMap:
        found: FieldMap = {
            path: self,
            f"{path}.organization_contact": self.organization.edit,
            f"{path}.job_title": self.job_title,
            f"{path}.is_active": self.is_active,
            f"{path}.departments": self.departments,
            f"{path}.locations": self.locations,
        }
        found.update(self.points.fields(path))
        return found


class WorkSection(Section):
    """The professional identities of a person."""

    def __init__(
        self,
        organizations: SearchFn,
        organization_details: OrganizationDetails,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._organizations = organizations
        self._details = organization_details
        self.identities: RowList[IdentityRow] = RowList(
            self.tr("Professional identities"),
            self.tr("Add professional identity"),
            lambda: IdentityRow(
                ProfessionalIdentity(organization_contact=""), organizations, organization_details
            ),
            self.tr("Not linked to any organization"),
        )
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.identities)
        layout.addStretch(1)
        self.identities.changed.connect(self.changed)

    def load(self, contact: AnyContact) -> None:
        assert isinstance(contact, IndividualContact)
        self.identities.set_rows(
            [
                IdentityRow(pi, self._organizations, self._details)
                for pi in contact.professional_identities
            ]
        )

    def apply(self, draft: AnyContact) -> None:
        assert isinstance(draft, IndividualContact)
        draft.professional_identities = [row.value() for row in self.identities.rows()]

    def fields(self) -> FieldMap:
        return self.identities.fields("professional_identities")


class RelationshipRow(Row[PersonalRelationship]):
    """The kind of relationship and the related person, on one line."""

    def __init__(
        self,
        base: PersonalRelationship,
        people: SearchFn,
        person_name: NameOf | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base = base
        self.type_combo = EnumCombo(KNOWN_RELATIONSHIP_TYPES, editable=True)
        self.type_combo.set_value(base.type)
        self.person = ContactPicker(people, self.tr("Type part of the person's name"))
        if base.individual_contact:
            name = person_name(base.individual_contact) if person_name else None
            self.person.set_ref(base.individual_contact, name)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.addWidget(QLabel(self.tr("Relationship")), 0, 0)
        grid.addWidget(self.type_combo, 0, 1)
        grid.addWidget(QLabel(self.tr("Person")), 0, 2)
        grid.addWidget(self.person, 0, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        watch(self.emit_changed, self.type_combo, self.person)

    def value(self) -> PersonalRelationship:
        kind = self.type_combo.value()
        return self.base.model_copy(
            deep=True,
            update={
                "type": kind or "",
                "individual_contact": self.person.contact_id(),
            },
        )

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.type": self.type_combo,
            f"{path}.individual_contact": self.person.edit,
        }


class RelationshipsSection(Section):
    """A person's personal relationships (spouse, partner, …) to other people."""

    def __init__(
        self, people: SearchFn, person_name: NameOf | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._people = people
        self._person_name = person_name
        self.relationships: RowList[RelationshipRow] = RowList(
            self.tr("Relationships"),
            self.tr("Add relationship"),
            lambda: RelationshipRow(
                PersonalRelationship(individual_contact=""), people, person_name
            ),
            self.tr("No relationships"),
            compact=True,
        )
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.relationships)
        layout.addStretch(1)
        self.relationships.changed.connect(self.changed)

    def load(self, contact: AnyContact) -> None:
        assert isinstance(contact, IndividualContact)
        self.relationships.set_rows(
            [
                RelationshipRow(rel, self._people, self._person_name)
                for rel in contact.personal_relationships
            ]
        )

    def apply(self, draft: AnyContact) -> None:
        assert isinstance(draft, IndividualContact)
        draft.personal_relationships = [row.value() for row in self.relationships.rows()]

    def fields(self) -> FieldMap:
        return self.relationships.fields("personal_relationships")


__all__ = ["IdentityRow", "RelationshipRow", "RelationshipsSection", "WorkSection"]
