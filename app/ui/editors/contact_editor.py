"""The contact editor: one person or organization, with every part of the model in tabs.

The editor works on a deep copy of the contact it is given and never changes the caller's
object. :meth:`ContactEditor.draft` builds the edited contact from that copy and the widgets,
so whatever the editor does not show (unknown fields, remote ids, values this version does not
know) comes back exactly as it was loaded.

Every change is checked in the domain layer (the ``checker`` callable) after a short pause;
the editor only paints what comes back: a red or amber border on the field, the message as its
tooltip, and the list of problems under the tabs. Errors stop a save, warnings do not. Saving
itself is the owner's business: the editor emits :attr:`ContactEditor.save_requested`, the
owner saves :meth:`ContactEditor.draft` and calls :meth:`ContactEditor.load` with the result.

With a ``local_only`` lookup (the linked account and the fields it does not carry, per kind of
contact), the General tab marks the fields that stay on this computer; it is asked again each
time a contact is shown, so setting up sync takes effect with the next contact.

Features that watch the draft from outside (the duplicate warning) hear :attr:`edited` after
every change the user makes and :attr:`loaded` when another contact (or a new one) is shown,
and may put a notice above the tabs with :meth:`ContactEditor.add_notice`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind, UsageContext
from app.domain.models import (
    AnyContact,
    IndividualContact,
    OrganizationContact,
)
from app.domain.problems import Problem, Severity
from app.ui.editors.contact_points import ContactPointsSection
from app.ui.editors.general_form import IndividualGeneral, OrganizationGeneral
from app.ui.editors.marking import PROBLEM_PROPERTY, FieldMarker, ProblemsPanel, widget_for
from app.ui.editors.pickers import SearchFn
from app.ui.editors.role_parts import RoleLookups, address_choices
from app.ui.editors.roles import RolesSection
from app.ui.editors.rows import FieldMap, Section
from app.ui.editors.structure import PersonDetails, StructureSection
from app.ui.editors.tags_picture import ImageLoader, PictureHeader, TagsSection
from app.ui.editors.work import IdentityRow, OrganizationDetails, RelationshipsSection, WorkSection
from app.ui.timing import pause_timer

if TYPE_CHECKING:
    from app.services.local_only import LocalOnlyFields

CHECK_DELAY_MS = 200

Checker = Callable[[AnyContact], list[Problem]]
TagNames = Callable[[str], list[str]]
LocalOnlyLookup = Callable[[ContactKind], "LocalOnlyFields | None"]


class ContactEditor(QWidget):
    """Edits one contact; see the module docstring for how it talks to its owner."""

    dirty_changed = Signal(bool)
    problems_changed = Signal(list)
    save_requested = Signal()
    delete_requested = Signal(str)
    edited = Signal()
    loaded = Signal()

    def __init__(
        self,
        checker: Checker,
        organizations: SearchFn,
        organization_details: OrganizationDetails,
        tag_names: TagNames,
        people: SearchFn,
        load_image: ImageLoader,
        parent: QWidget | None = None,
        *,
        person_details: PersonDetails | None = None,
        local_only: LocalOnlyLookup | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ContactEditor")
        self._checker = checker
        self._local_only = local_only
        self._organizations = organizations
        self._organization_details = organization_details
        self._tag_names = tag_names
        self._people = people
        self._person_details = person_details
        self._load_image = load_image
        self._original: AnyContact = IndividualContact()
        self._is_new = True
        self._loading = False
        self._dirty = False
        self._problems: list[Problem] = []
        self._kind: ContactKind | None = None
        self._sets: dict[ContactKind, list[tuple[str, Section]]] = {}
        self._extra_tabs: list[tuple[str, QWidget]] = []
        self._marker = FieldMarker()
        self.error_box: QMessageBox | None = None

        self._timer = pause_timer(self, CHECK_DELAY_MS, self.check_now)
        self._build_ui()
        self.new(ContactKind.INDIVIDUAL)

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.header = PictureHeader(self._load_image)
        style = self.style()
        self.save_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), self.tr("Save")
        )
        self.save_button.setToolTip(self.tr("Save the contact (Ctrl+S)"))
        self.revert_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_DialogResetButton), self.tr("Revert")
        )
        self.revert_button.setToolTip(self.tr("Undo every change since the last save (Ctrl+R)"))
        self.delete_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete…")
        )
        self.delete_button.setToolTip(self.tr("Move the contact to the trash"))
        actions = QVBoxLayout()
        actions.setSpacing(4)
        for button in (self.save_button, self.revert_button, self.delete_button):
            actions.addWidget(button)
        actions.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(actions)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.problems_panel = ProblemsPanel()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(8)
        layout.addLayout(top)
        self.notices = QVBoxLayout()
        self.notices.setContentsMargins(0, 0, 0, 0)
        self.notices.setSpacing(4)
        layout.addLayout(self.notices)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.problems_panel)

        self.save_button.clicked.connect(self.request_save)
        self.revert_button.clicked.connect(self.ask_revert)
        self.delete_button.clicked.connect(self._on_delete)
        self.header.changed.connect(self._on_edited)
        self.problems_panel.problem_activated.connect(self.focus_field)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.revert_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        self.escape_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        for shortcut in (self.save_shortcut, self.revert_shortcut, self.escape_shortcut):
            shortcut.setContext(context)
        self.save_shortcut.activated.connect(self.request_save)
        self.revert_shortcut.activated.connect(self.ask_revert)
        self.escape_shortcut.activated.connect(self.ask_revert)

    def _sections_for(self, kind: ContactKind) -> list[tuple[str, Section]]:
        if kind in self._sets:
            return self._sets[kind]
        points_tab = self.tr("Addresses, phones, e-mails, web")
        sections: list[tuple[str, Section]]
        if kind == ContactKind.INDIVIDUAL:
            sections = [
                (self.tr("General"), IndividualGeneral()),
                (points_tab, ContactPointsSection(UsageContext.PERSONAL.value)),
                (self.tr("Work"), WorkSection(self._organizations, self._organization_details)),
                (
                    self.tr("Relationships"),
                    RelationshipsSection(self._people, self._person_name),
                ),
            ]
        else:
            sections = [
                (self.tr("General"), OrganizationGeneral()),
                (points_tab, ContactPointsSection(UsageContext.ORGANIZATION.value)),
                (self.tr("Structure"), StructureSection(self._people, self._person_details)),
            ]
        sections += [
            (self.tr("Roles"), RolesSection(self._role_lookups())),
            (self.tr("Tags"), TagsSection(self._tag_names)),
        ]
        for _, section in sections:
            section.changed.connect(self._on_edited)
            if isinstance(section, ContactPointsSection):
                section.addresses_changed.connect(self._refresh_addresses)
        self._sets[kind] = sections
        return sections

    def _role_lookups(self) -> RoleLookups:
        return RoleLookups(
            self._people, self._organizations, self._person_details, self._organization_details
        )

    def _show_kind(self, kind: ContactKind) -> None:
        if kind == self._kind:
            return
        current = self.tabs.tabText(self.tabs.currentIndex()) if self.tabs.count() else ""
        while self.tabs.count():
            self.tabs.removeTab(0)
        for title, section in self._sections_for(kind):
            self.tabs.addTab(section, title)
        for title, page in self._extra_tabs:
            self.tabs.addTab(page, title)
        titles = [self.tabs.tabText(i) for i in range(self.tabs.count())]
        self.tabs.setCurrentIndex(titles.index(current) if current in titles else 0)
        self._kind = kind

    # --- the contact -------------------------------------------------------------------------

    def sections(self) -> list[Section]:
        return [section for _, section in self._sections_for(self._original.kind)]

    def section(self, kind: type[Section]) -> Section:
        """The tab of the given class (e.g. ``RolesSection``) for the loaded kind of contact."""
        return next(s for s in self.sections() if isinstance(s, kind))

    def load(self, contact: AnyContact) -> None:
        """Edit (a deep copy of) ``contact``; the caller's object is never changed."""
        self._load(contact.model_copy(deep=True), is_new=False)
        self.check_now()

    def new(self, kind: ContactKind) -> None:
        """Start a new, empty contact of ``kind`` (nothing is checked before the first edit)."""
        contact: AnyContact = (
            IndividualContact() if kind == ContactKind.INDIVIDUAL else OrganizationContact()
        )
        self._load(contact, is_new=True)
        self._set_problems([])

    def _load(self, contact: AnyContact, *, is_new: bool) -> None:
        self._timer.stop()
        self._loading = True
        try:
            self._original = contact
            self._is_new = is_new
            self._show_kind(contact.kind)
            for section in self.sections():
                section.load(contact)
            self._show_local_only(contact.kind)
            kind_text = (
                self.tr("Person")
                if contact.kind == ContactKind.INDIVIDUAL
                else self.tr("Organization")
            )
            if is_new:
                kind_text = self.tr("New {kind}").format(kind=kind_text.lower())
            self.header.set_contact(contact.name, kind_text, contact.images)
            self._refresh_addresses()
        finally:
            self._loading = False
        self.delete_button.setEnabled(not is_new)
        self._set_dirty(False)
        self.loaded.emit()

    def _show_local_only(self, kind: ContactKind) -> None:
        found = self._local_only(kind) if self._local_only is not None else None
        for section in self.sections():
            if isinstance(section, IndividualGeneral | OrganizationGeneral):
                if found is None:
                    section.show_local_only((), "")
                else:
                    section.show_local_only(found.fields, found.account)

    def add_tab(self, title: str, page: QWidget) -> None:
        """Add a tab after the contact's own (e.g. its History), for every kind of contact;
        it takes no part in the draft."""
        self._extra_tabs.append((title, page))
        self.tabs.addTab(page, title)

    def add_notice(self, widget: QWidget) -> None:
        """Show ``widget`` (a banner that hides itself when it has nothing to say) between
        the contact's header and its tabs."""
        self.notices.addWidget(widget)

    def original(self) -> AnyContact:
        """A copy of the contact as loaded."""
        return self._original.model_copy(deep=True)

    def draft(self) -> AnyContact:
        """The contact as edited: the loaded contact with every shown field from the widgets."""
        draft = self._original.model_copy(deep=True)
        for section in self.sections():
            section.apply(draft)
        draft.images = self.header.images()
        return draft.model_copy(deep=True)

    def is_dirty(self) -> bool:
        return self.draft() != self._original

    def is_new(self) -> bool:
        return self._is_new

    def problems(self) -> list[Problem]:
        return list(self._problems)

    def revert(self) -> None:
        """Throw away every edit: show the contact as it was loaded."""
        original = self._original
        self._load(original.model_copy(deep=True), is_new=self._is_new)
        if self._is_new:
            self._set_problems([])
        else:
            self.check_now()

    def ask_revert(self) -> None:
        """Revert, asking first when there are edits to lose (Escape, Ctrl+R, Revert)."""
        if not self.is_dirty():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Revert changes"),
            self.tr("Throw away your changes to this contact?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()

    # --- edits and checks --------------------------------------------------------------------

    def _on_edited(self) -> None:
        if self._loading:
            return
        draft = self.draft()
        self.header.set_name(draft.name)
        self._set_dirty(draft != self._original)
        self._timer.start()
        self.edited.emit()

    def _set_dirty(self, dirty: bool) -> None:
        self.revert_button.setEnabled(dirty)
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)

    def _refresh_addresses(self) -> None:
        points = self.section(ContactPointsSection)
        roles = self.section(RolesSection)
        assert isinstance(points, ContactPointsSection) and isinstance(roles, RolesSection)
        choices = address_choices(points.points.current_addresses(), self.tr("Address {number}"))
        roles.set_addresses(choices)

    def check_now(self) -> list[Problem]:
        """Check the draft at once (the pause after typing does this by itself)."""
        self._timer.stop()
        problems = self._checker(self.draft())
        self._set_problems(problems)
        return problems

    def check_pending(self) -> bool:
        """Whether a check is waiting for the user to pause typing."""
        return self._timer.isActive()

    def _set_problems(self, problems: list[Problem]) -> None:
        self._problems = list(problems)
        fields = self.fields()
        self._marker.apply(fields, problems)
        self.problems_panel.set_problems(problems)
        self._mark_tabs(fields, problems)
        self.problems_changed.emit(list(problems))

    def _mark_tabs(self, fields: FieldMap, problems: list[Problem]) -> None:
        worst: dict[int, Severity] = {}
        for problem in problems:
            widget = widget_for(fields, problem.field)
            for index in range(self.tabs.count()):
                page = self.tabs.widget(index)
                if (
                    widget is not None
                    and page is not None
                    and page.isAncestorOf(widget)
                    and worst.get(index) is not Severity.ERROR
                ):
                    worst[index] = problem.severity
        style = self.style()
        for index in range(self.tabs.count()):
            severity = worst.get(index)
            icon = QIcon()
            if severity is Severity.ERROR:
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
            elif severity is Severity.WARNING:
                icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            self.tabs.setTabIcon(index, icon)

    def fields(self) -> FieldMap:
        """Field path → widget, for the rows as they are now."""
        found: FieldMap = {"images": self.header.change_button}
        for section in self.sections():
            found.update(section.fields())
        return found

    def widget_for_field(self, path: str) -> QWidget | None:
        return widget_for(self.fields(), path)

    def field_severity(self, path: str) -> str | None:
        """How the widget of ``path`` is marked: "error", "warning" or None."""
        widget = self.widget_for_field(path)
        value = widget.property(PROBLEM_PROPERTY) if widget is not None else None
        return str(value) if value else None

    def focus_field(self, path: str) -> None:
        """Show the tab holding the field of ``path``, scroll to it and put the cursor there."""
        widget = self.widget_for_field(path)
        if widget is None:
            return
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, IdentityRow) and parent.points.isAncestorOf(widget):
                parent.reveal_points()
            parent = parent.parentWidget()
        for section in self.sections():
            if section.isAncestorOf(widget):
                self.tabs.setCurrentWidget(section)
                section.reveal(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- save, delete, picture ---------------------------------------------------------------

    def request_save(self) -> bool:
        """Emit save_requested unless the draft has errors; then list them instead."""
        problems = self.check_now()
        errors = [p for p in problems if p.severity is Severity.ERROR]
        if errors:
            self._show_errors(errors)
            return False
        self.save_requested.emit()
        return True

    def _show_errors(self, errors: list[Problem]) -> None:
        if self.error_box is not None:
            self.error_box.close()
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Cannot save yet"),
            self.tr("Please correct these problems first:"),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setInformativeText("\n".join(f"• {p}" for p in errors))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_error_box_closed)
        self.error_box = box
        box.open()
        if errors:
            box.finished.connect(lambda *_: self.focus_field(errors[0].field))

    def _on_error_box_closed(self) -> None:
        self.error_box = None

    def _on_delete(self) -> None:
        if not self._is_new:
            self.delete_requested.emit(self._original.id)

    def _person_name(self, person_id: str) -> str | None:
        if self._person_details is None:
            return None
        person = self._person_details(person_id)
        return person.name if person is not None else None


__all__ = ["CHECK_DELAY_MS", "ContactEditor"]
