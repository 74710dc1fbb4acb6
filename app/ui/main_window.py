"""Kontor's main window: a list of sections on the left, the chosen section on the right.

The window lays out pages, menus and the status bar and routes the few window-wide actions
(undo/redo, switching sections, opening a contact, closing with unsaved changes); each page
owns its own behaviour.  Features built elsewhere plug in through :meth:`MainWindow.add_section`,
the menus and the status bar, and hear :attr:`MainWindow.edits_changed` and
:attr:`MainWindow.closing` (see :mod:`app.ui.sync_wiring`).  Geometry, splitters, table columns
and the last section are kept in ``QSettings("Kontor", "Kontor")`` between runs
(:meth:`MainWindow.restore_settings`, called once every section is there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.registry import Services
from app.ui.contacts_page import ContactsPage
from app.ui.status_text import StatusText
from app.ui.tasks import TaskRunner

# QSettings keys; bump a key's suffix when the layout it restores changes incompatibly.
_GEOMETRY_KEY = "main_window/geometry"
_STATE_KEY = "main_window/state"
_SPLITTER_KEY = "main_window/splitter"
NAV_MIN_WIDTH = 110
_SECTION_KEY = "main_window/section"
# Undo / redo of steps touching more contacts than this runs on a worker behind a progress
# dialog (an import of thousands takes seconds).
BACKGROUND_STEP_SIZE = 200


def kontor_settings() -> QSettings:
    """The user's settings for Kontor (tests point QSettings at a temporary folder)."""
    return QSettings("Kontor", "Kontor")


@dataclass(frozen=True)
class Section:
    key: str
    page: QWidget


class MainWindow(QMainWindow):
    """The window; ``edits_changed`` is emitted after contacts were saved, deleted, restored,
    undone or redone, ``closing`` once the window has agreed to close (stop workers then)."""

    edits_changed = Signal()
    closing = Signal()

    def __init__(
        self,
        services: Services,
        db_label: str,
        parent: QWidget | None = None,
        *,
        first_screen_only: bool = False,
    ) -> None:
        """With ``first_screen_only``, only People and Organizations are made: the window can
        show its first page before the rest is built (:meth:`add_other_sections`)."""
        super().__init__(parent)
        self.services = services
        self.runner = TaskRunner(self)
        self.setWindowTitle(self.tr("Kontor — {database}").format(database=db_label))
        self.setObjectName("MainWindow")

        self.people = ContactsPage(ContactKind.INDIVIDUAL, services, self.runner)
        self.organizations = ContactsPage(ContactKind.ORGANIZATION, services, self.runner)
        self.contact_pages = (self.people, self.organizations)
        self.sections: list[Section] = []
        # Set once the window has stopped its work (closing): nothing more is started.
        self.has_shut_down = False
        self._build_ui()
        self._build_menus()
        self.add_section("people", self.people)
        self.add_section("organizations", self.organizations)
        if not first_screen_only:
            self.add_other_sections()

    def add_other_sections(self) -> None:
        """Customer lists, placeholders, tags and trash, and Undo / Redo made current."""
        for key, page in self._other_sections():
            self.add_section(key, page)
        self._history_changed()

    def _other_sections(self) -> list[tuple[str, QWidget]]:
        from app.services.images import load_image
        from app.ui.pages.customer_lists import CustomerListsPage
        from app.ui.pages.placeholders import PlaceholdersPage
        from app.ui.pages.tags import TagsPage
        from app.ui.pages.trash import TrashPage

        s = self.services
        return [
            ("customer_lists", CustomerListsPage(s.customer_lists, s.directory)),
            ("placeholders", PlaceholdersPage(s.placeholders, load_image)),
            ("tags", TagsPage(s.tags, tasks=self.runner)),
            ("trash", TrashPage(s.trash, s.history, tasks=self.runner)),
        ]

    def add_section(self, key: str, page: QWidget) -> Section:
        """Add a page to the navigation, the View menu (Ctrl+<its number>) and the stack.

        ``page`` has a ``title``, ``status_changed(str)``, ``refresh()`` and ``status()`` like
        :class:`~app.ui.pages.common.SectionPage` (or is a contacts page); its
        ``history_changed`` and ``contacts_changed`` signals, when it has them, keep Undo and
        the contact tables current."""
        section = Section(key, page)
        self.sections.append(section)
        title = str(page.title)  # type: ignore[attr-defined]
        item = QListWidgetItem(title)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.nav_list.addItem(item)
        self._fit_navigation()
        self.stack.addWidget(page)
        number = len(self.sections)
        action = self._action(
            title, f"Ctrl+{number}" if number <= 9 else None, lambda: self.select_section(key)
        )
        self.view_menu.addAction(action)
        page.status_changed.connect(  # type: ignore[attr-defined]
            lambda text, page=page: self._show_status_of(page, text)
        )
        if hasattr(page, "history_changed"):
            page.history_changed.connect(self._history_changed)
        if hasattr(page, "contacts_changed"):
            page.contacts_changed.connect(lambda _ids: self._contacts_changed_elsewhere())
        return section

    def _fit_navigation(self) -> None:
        """Keep the navigation as wide as its longest section title (longer in German and
        French than in English), so no title is cut off however the splitter is dragged."""
        nav = self.nav_list
        needed = nav.sizeHintForColumn(0) + 2 * (nav.frameWidth() + nav.spacing()) + 4
        nav.setMinimumWidth(max(NAV_MIN_WIDTH, needed))

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.nav_list = QListWidget()
        self.nav_list.setObjectName("navList")
        self.nav_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.nav_list.setSpacing(2)
        self.nav_list.setMinimumWidth(NAV_MIN_WIDTH)
        self.stack = QStackedWidget()
        self.nav_list.currentRowChanged.connect(self._on_section_changed)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav_list)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([160, 1240])
        outer = QWidget()
        layout = QVBoxLayout(outer)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.splitter)
        self.setCentralWidget(outer)

        self.count_label = StatusText()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.count_label, 1)
        self.resize(1400, 820)

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        self.file_menu = file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_person_action = self._action(
            self.tr("New &person"), QKeySequence.StandardKey.New, self.new_person
        )
        self.new_organization_action = self._action(
            self.tr("New &organization"), "Ctrl+Shift+N", self.new_organization
        )
        file_menu.addActions([self.new_person_action, self.new_organization_action])
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close)
        file_menu.addAction(self.quit_action)

        self.edit_menu = edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.undo_action = self._action(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(self.tr("&Redo"), "Ctrl+Shift+Z", self.redo)
        self.delete_action = self._action(
            self.tr("&Delete contact"), "Ctrl+Delete", self._delete_current
        )
        self.find_action = self._action(
            self.tr("&Find"), QKeySequence.StandardKey.Find, self.focus_search
        )
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.delete_action, self.find_action])

        self.view_menu = self.menuBar().addMenu(self.tr("&View"))

    # --- sections ----------------------------------------------------------------------------

    def current_section(self) -> Section:
        row = self.nav_list.currentRow()
        return self.sections[row if 0 <= row < len(self.sections) else 0]

    def current_contacts_page(self) -> ContactsPage | None:
        page = self.current_section().page
        return page if isinstance(page, ContactsPage) else None

    @property
    def table(self) -> QWidget:
        """The contact table of the People or Organizations section on screen (or People)."""
        page = self.current_contacts_page() or self.people
        return page.list_view.table

    @property
    def search_edit(self) -> QWidget:
        page = self.current_contacts_page() or self.people
        return page.list_view.search_edit

    def select_section(self, key: str) -> None:
        for row, section in enumerate(self.sections):
            if section.key == key:
                self.nav_list.setCurrentRow(row)
                return

    def _on_section_changed(self, row: int) -> None:
        if not 0 <= row < len(self.sections):
            return
        leaving = self.stack.currentWidget()
        may_leave = getattr(leaving, "may_leave", None)
        if leaving is not self.sections[row].page and may_leave is not None and not may_leave():
            self.nav_list.blockSignals(True)
            self.nav_list.setCurrentRow(self.stack.currentIndex())
            self.nav_list.blockSignals(False)
            return
        page = self.sections[row].page
        self.stack.setCurrentWidget(page)
        if isinstance(page, ContactsPage):
            page.reload()
        else:
            page.refresh()  # type: ignore[attr-defined]
            self._show_status(page.status())  # type: ignore[attr-defined]
        # The other pages have their own Ctrl+N and Del; window-wide ones would clash.
        on_contacts = isinstance(page, ContactsPage)
        for action in (self.new_person_action, self.delete_action):
            action.setEnabled(on_contacts)

    def focus_search(self) -> None:
        page = self.current_contacts_page()
        if page is None:
            self.select_section("people")
            page = self.people
        page.list_view.focus_search()

    def open_contact(self, contact_id: str) -> bool:
        """Show ``contact_id`` in People or Organizations, open in the editor (False when it
        is gone or in the trash)."""
        contact = self.services.directory.get(contact_id)
        if contact is None or getattr(contact, "in_trash", False):
            return False
        page = self.people if contact.kind == ContactKind.INDIVIDUAL else self.organizations
        self.select_section("people" if page is self.people else "organizations")
        if self.stack.currentWidget() is not page:
            return False  # the page on screen kept its unsaved edits
        page.show_contact(contact_id)
        return True

    def _show_status(self, text: str) -> None:
        self.count_label.setText(text)

    def _show_status_of(self, page: QWidget, text: str) -> None:
        """A page's news reach the status bar while it is on screen (a search finishing on a
        page the user has left must not overwrite what the current page says)."""
        if page is self.stack.currentWidget():
            self._show_status(text)

    # --- actions -----------------------------------------------------------------------------

    def new_person(self) -> None:
        self.select_section("people")
        self.people.new_contact()

    def new_organization(self) -> None:
        self.select_section("organizations")
        self.organizations.new_contact()

    def _delete_current(self) -> None:
        page = self.current_contacts_page()
        if page is not None:
            page.delete_contact()

    def undo(self) -> None:
        history = self.services.history
        self._step(history.undo, history.undo_size, history.undo_text or "")

    def redo(self) -> None:
        history = self.services.history
        self._step(history.redo, history.redo_size, history.redo_text or "")

    def _step(self, action: Callable[[], object], size: int = 1, text: str = "") -> None:
        page = self.current_contacts_page()
        if page is not None and not page.confirm_leave():
            return
        from app.services.history import HistoryError

        if size <= BACKGROUND_STEP_SIZE:
            try:
                applied = action()
            except HistoryError as exc:
                self._step_failed(exc)
                return
            self._step_done(page, applied)
            return
        # A big step (an import, a merge of many): on a worker, with the window waiting
        # behind a progress dialog instead of freezing.
        progress = QProgressDialog(
            self.tr("{step} (%Ln contacts)…", "", size).format(step=text),
            "",
            0,
            0,
            self,
        )
        progress.setObjectName("stepProgress")
        progress.setWindowTitle(self.tr("Kontor"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.show()

        def done(applied: object) -> None:
            progress.close()
            self._step_done(page, applied)

        def failed(exc: BaseException) -> None:
            progress.close()
            if isinstance(exc, HistoryError):
                self._step_failed(exc)
            else:
                QMessageBox.warning(self, self.tr("Kontor"), str(exc))
                self._history_changed()

        self.runner.run(action, done, failed)

    def _step_failed(self, exc: Exception) -> None:
        QMessageBox.information(self, self.tr("Kontor"), str(exc))
        self._history_changed()

    def _step_done(self, page: ContactsPage | None, applied: object) -> None:
        self.reload_current()
        self._history_changed()
        description = getattr(applied, "description", "")
        contact_ids = getattr(applied, "contact_ids", ())
        if page is not None and contact_ids:
            page.show_contact(contact_ids[0])
        self._show_status(str(description))

    def _history_changed(self) -> None:
        history = self.services.history
        self.undo_action.setEnabled(history.can_undo)
        self.redo_action.setEnabled(history.can_redo)
        self.undo_action.setText(history.undo_text or self.tr("&Undo"))
        self.redo_action.setText(history.redo_text or self.tr("&Redo"))
        self.edits_changed.emit()

    def reload_current(self) -> None:
        """Contacts changed (undo / redo, a sync): the page on screen reloads now, the others when
        they are shown (every section reloads on being shown)."""
        page = self.current_section().page
        if isinstance(page, ContactsPage):
            page.reload()
        else:
            page.refresh()  # type: ignore[attr-defined]

    def changed_elsewhere(self, note: str = "") -> None:
        """Contacts changed by something that is not a page (an import, a merge): reload the
        page on screen, the tag filters and Undo / Redo, and show ``note`` in the status bar."""
        self._contacts_changed_elsewhere()
        self.reload_current()
        if note:
            self._show_status(note)

    def _contacts_changed_elsewhere(self) -> None:
        """A tag, list or trash action changed contacts: keep the contact pages current."""
        for page in self.contact_pages:
            page.list_view.reload_tags()
        self._history_changed()

    # --- settings and closing ----------------------------------------------------------------

    def restore_settings(self) -> None:
        """Geometry, splitters, columns and the last section of the previous run (call once,
        after every section was added)."""
        settings = kontor_settings()
        restorers: list[tuple[str, Callable[[QByteArray], object]]] = [
            (_GEOMETRY_KEY, self.restoreGeometry),
            (_STATE_KEY, self.restoreState),
            (_SPLITTER_KEY, self.splitter.restoreState),
        ]
        for page in self.contact_pages:
            prefix = f"{page.kind.value}/"
            restorers.append((prefix + "splitter", page.splitter.restoreState))
            restorers.append(
                (prefix + "header", page.list_view.table.horizontalHeader().restoreState)
            )
        for key, restore in restorers:
            value = settings.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        section = settings.value(_SECTION_KEY, self.sections[0].key)
        # Choose the remembered section quietly, then show it once.
        self.nav_list.blockSignals(True)
        self.nav_list.setCurrentRow(0)
        self.select_section(str(section))
        self.nav_list.blockSignals(False)
        self._on_section_changed(self.nav_list.currentRow())

    @staticmethod
    def remembered_section() -> str:
        """The key of the section the previous run ended on."""
        return str(kontor_settings().value(_SECTION_KEY, "people"))

    def save_settings(self) -> None:
        settings = kontor_settings()
        settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(_STATE_KEY, self.saveState())
        settings.setValue(_SPLITTER_KEY, self.splitter.saveState())
        for page in self.contact_pages:
            prefix = f"{page.kind.value}/"
            settings.setValue(prefix + "splitter", page.splitter.saveState())
            settings.setValue(
                prefix + "header", page.list_view.table.horizontalHeader().saveState()
            )
        settings.setValue(_SECTION_KEY, self.current_section().key)
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        for page in self.contact_pages:
            if page.has_editor() and page.editor.is_dirty():
                self.stack.setCurrentWidget(page)
                self.select_section("people" if page is self.people else "organizations")
                if not page.confirm_leave():
                    event.ignore()
                    return
        for section in self.sections:
            may_leave = getattr(section.page, "may_leave", None)
            if may_leave is not None and not may_leave():
                event.ignore()
                return
        self.save_settings()
        self.shut_down()
        super().closeEvent(event)

    def shut_down(self) -> None:
        """Stop what runs in the background and wait for it: the features' workers (told by
        ``closing``), the window's tasks and the contact lists' reads."""
        self.has_shut_down = True
        self.closing.emit()
        for page in self.contact_pages:
            page.list_view.shut_down()
        self.runner.wait(3000)


__all__ = ["MainWindow", "Section", "kontor_settings"]
