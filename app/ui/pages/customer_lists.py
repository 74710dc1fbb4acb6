"""The customer lists page: the lists on the left, the members of the chosen one on the right.

New list (Ctrl+N), Rename (F2) and Delete (Del on the lists) work while the page has the
focus; a deleted list goes to the trash and comes back with "Show deleted lists" → Restore.
Members are added through :class:`~app.ui.pages.member_picker.AddMembersDialog` and removed
with Del on the members table. Every call is one short service call on the GUI thread: lists
are small and each change writes one list, as a step of the edit history (Edit → Undo).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import CustomerList
from app.domain.problems import Problem
from app.services.customer_lists import CustomerListInfo, CustomerLists
from app.services.directory import ContactDirectory, ContactSummary
from app.ui.pages.common import (
    RIGHT,
    Column,
    LazyRowsModel,
    SectionPage,
    ask_name,
    make_table,
    number_text,
    selected_rows,
    shortcut,
)
from app.ui.pages.member_picker import AddMembersDialog


class CustomerListsPage(SectionPage):
    """Customer lists and their members."""

    def __init__(
        self, lists: CustomerLists, directory: ContactDirectory, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("customerListsPage")
        self.title = self.tr("Customer lists")
        self._lists = lists
        self._directory = directory
        self._infos: list[CustomerListInfo] = []
        self._current: CustomerListInfo | None = None
        self._deleted_count = 0
        self.members_dialog: AddMembersDialog | None = None

        self.lists_model = LazyRowsModel(
            (
                Column(self.tr("List"), lambda i: i.name),
                Column(self.tr("Members"), lambda i: number_text(i.member_count), RIGHT),
            ),
            lambda: len(self._infos),
            lambda offset, limit: self._infos[offset : offset + limit],
            lambda i: i.id,
            self,
        )
        self.members_model = LazyRowsModel(
            (
                Column(self.tr("Name"), lambda s: s.name),
                Column(self.tr("E-mail"), lambda s: s.email or ""),
                Column(self.tr("City"), lambda s: s.city or ""),
            ),
            self._count_members,
            self._page_members,
            lambda s: s.id,
            self,
        )
        self._build_ui()
        self._connect()
        self.refresh()

    # --- layout ------------------------------------------------------------------------------

    def _build_ui(self) -> None:
        style = self.style()
        self.new_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), self.tr("New list…")
        )
        self.new_button.setToolTip(self.tr("Make a new customer list (Ctrl+N)"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the chosen list (F2)"))
        self.delete_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete")
        )
        self.delete_button.setToolTip(self.tr("Move the chosen list to the trash (Del)"))
        self.lists_table = make_table(self.lists_model, "customerListsTable", multi=False)
        self.lists_table.horizontalHeader().setStretchLastSection(False)
        self.lists_table.horizontalHeader().setSectionResizeMode(
            0, self.lists_table.horizontalHeader().ResizeMode.Stretch
        )
        self.lists_table.setColumnWidth(1, 80)
        self.show_deleted = QCheckBox(self.tr("Show deleted lists"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.setToolTip(self.tr("Take the chosen list out of the trash"))

        buttons = QHBoxLayout()
        for button in (self.new_button, self.rename_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        trash_row = QHBoxLayout()
        trash_row.addWidget(self.show_deleted)
        trash_row.addStretch(1)
        trash_row.addWidget(self.restore_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.lists_table, 1)
        left_layout.addLayout(trash_row)

        self.list_label = QLabel()
        self.list_label.setObjectName("listTitle")
        font = self.list_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.list_label.setFont(font)
        self.members_table = make_table(self.members_model, "membersTable")
        header = self.members_table.horizontalHeader()
        header.resizeSection(0, 220)
        header.resizeSection(1, 240)
        self.add_button = QPushButton(self.tr("Add members…"))
        self.add_button.setToolTip(self.tr("Search contacts and add them to the list"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Take the chosen members out of the list (Del)"))
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.list_label, 1)
        member_buttons.addWidget(self.add_button)
        member_buttons.addWidget(self.remove_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(member_buttons)
        right_layout.addWidget(self.members_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)

    def _connect(self) -> None:
        self.new_button.clicked.connect(self.new_list)
        self.rename_button.clicked.connect(self.rename_list)
        self.delete_button.clicked.connect(self.delete_list)
        self.restore_button.clicked.connect(self.restore_list)
        self.show_deleted.toggled.connect(lambda _: self.refresh())
        self.add_button.clicked.connect(self.add_members)
        self.remove_button.clicked.connect(self.remove_members)
        self.lists_table.selectionModel().currentRowChanged.connect(self._on_list_chosen)
        self.members_table.selectionModel().selectionChanged.connect(self._sync_buttons)
        shortcut("Ctrl+N", self, self.new_list)
        shortcut("F2", self, self.rename_list)
        only_there = Qt.ShortcutContext.WidgetShortcut
        shortcut(Qt.Key.Key_Delete, self.lists_table, self.delete_list, only_there)
        shortcut(Qt.Key.Key_Delete, self.members_table, self.remove_members, only_there)

    # --- what is shown -----------------------------------------------------------------------

    def current_list(self) -> CustomerListInfo | None:
        return self._current

    def select_list(self, list_id: str) -> None:
        row = next((r for r, info in enumerate(self._infos) if info.id == list_id), None)
        if row is not None:
            self.lists_table.selectionModel().setCurrentIndex(
                self.lists_model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _reload(self) -> None:
        keep = self._current.id if self._current else None
        deleted = self.show_deleted.isChecked()
        self._infos = self._lists.lists(only_trash=deleted)
        self._deleted_count = (
            len(self._infos) if deleted else len(self._lists.lists(only_trash=True))
        )
        self.lists_model.refresh()
        self._current = None
        if keep is not None:
            self.select_list(keep)
        if self._current is None and self._infos:
            self.select_list(self._infos[0].id)
        if self._current is None:
            self._show_members()

    def _summary(self) -> str:
        n = len(self._infos)
        if self.show_deleted.isChecked():
            return self.tr("%Ln deleted customer lists", "", n)
        text = self.tr("%Ln customer lists", "", n)
        if self._deleted_count:
            text += self.tr(" (%Ln in the trash)", "", self._deleted_count)
        return text

    def _on_list_chosen(self, *_: object) -> None:
        index = self.lists_table.selectionModel().currentIndex()
        row = index.row() if index.isValid() else -1
        self._current = self._infos[row] if 0 <= row < len(self._infos) else None
        self._show_members()

    def _show_members(self) -> None:
        info = self._current
        if info is None:
            self.list_label.setText(self.tr("No list chosen — make one with New list (Ctrl+N)"))
        else:
            members = self.tr("%Ln members", "", info.member_count)
            suffix = self.tr(" — in the trash") if info.in_trash else ""
            self.list_label.setText(f"{info.name} · {members}{suffix}")
        self.members_model.refresh()
        self._sync_buttons()

    def _sync_buttons(self, *_: object) -> None:
        info = self._current
        live = info is not None and not info.in_trash
        self.rename_button.setEnabled(live)
        self.delete_button.setEnabled(live)
        self.restore_button.setVisible(self.show_deleted.isChecked())
        self.restore_button.setEnabled(info is not None and info.in_trash)
        self.add_button.setEnabled(live)
        self.remove_button.setEnabled(live and bool(selected_rows(self.members_table)))

    def _count_members(self) -> int:
        return self._lists.members_count(self._current.id) if self._current else 0

    def _page_members(self, offset: int, limit: int) -> list[ContactSummary]:
        if self._current is None:
            return []
        return self._lists.members_page(self._current.id, offset, limit)

    # --- actions -----------------------------------------------------------------------------

    def new_list(self) -> None:
        made: list[CustomerList] = []

        def create(name: str) -> list[Problem]:
            outcome = self._lists.create(name)
            if outcome.value is None:
                return outcome.problems
            made.append(outcome.value)
            return []

        title = self.tr("New customer list")
        if not ask_name(self, title, self.tr("Name of the new list:"), "", create):
            return
        self._show_live_lists()
        self._current = None
        self._reload()
        self.history_changed.emit()
        self.select_list(made[0].id)
        self._publish(self.tr("Customer list “{name}” made").format(name=made[0].name))
        self.lists_table.setFocus()

    def rename_list(self) -> None:
        info = self._current
        if info is None or info.in_trash:
            return

        def rename(name: str) -> list[Problem]:
            outcome = self._lists.rename(info.id, name)
            return outcome.problems if outcome.value is None else []

        title = self.tr("Rename customer list")
        label = self.tr("New name of the list:")
        renamed_ok: list[bool] = []
        asked = self._guard(
            lambda: renamed_ok.append(ask_name(self, title, label, info.name, rename))
        )
        if not asked or not renamed_ok[0]:
            return
        self._reload()
        renamed = self._current.name if self._current else info.name
        if renamed != info.name:
            self._publish(self.tr("Customer list renamed to “{name}”").format(name=renamed))

    def delete_list(self) -> None:
        info = self._current
        if info is None or info.in_trash or not self._guard(lambda: self._lists.trash(info.id)):
            return
        self._current = None
        self._reload()
        self._publish(
            self.tr("“{name}” moved to the trash; tick “Show deleted lists” to restore it").format(
                name=info.name
            )
        )

    def restore_list(self) -> None:
        info = self._current
        if info is None or not info.in_trash:
            return
        if not self._guard(lambda: self._lists.restore(info.id)):
            return
        self._show_live_lists()
        self._reload()
        self.select_list(info.id)
        self._publish(self.tr("“{name}” restored").format(name=info.name))

    def add_members(self) -> None:
        info = self._current
        if info is None or info.in_trash:
            return
        found = self._lists.get(info.id)
        members = found.member_ids if found is not None else []
        dialog = AddMembersDialog(self._directory, info.name, members, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_chosen(info, dialog.chosen_ids()))
        dialog.finished.connect(self._on_dialog_closed)
        self.members_dialog = dialog
        dialog.open()

    def _on_dialog_closed(self, *_: object) -> None:
        self.members_dialog = None
        # Back to the members, ready for the keyboard (Del removes).
        self.window().activateWindow()
        self.members_table.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _add_chosen(self, info: CustomerListInfo, ids: list[str]) -> None:
        if not ids or not self._guard(lambda: self._lists.add_members(info.id, ids)):
            return
        self._reload()
        note = self.tr("%Ln members added to “{name}”", "", len(ids)).format(name=info.name)
        self._publish(note)

    def remove_members(self) -> None:
        info = self._current
        if info is None or info.in_trash:
            return
        rows = selected_rows(self.members_table)
        ids = [key for key in map(self.members_model.key, rows) if key is not None]
        if not ids or not self._guard(lambda: self._lists.remove_members(info.id, ids)):
            return
        self._reload()
        next_row = min(rows[0], self.members_model.rowCount() - 1)
        if next_row >= 0:
            self.members_table.selectRow(next_row)
        note = self.tr("%Ln members taken out of “{name}”", "", len(ids)).format(name=info.name)
        self._publish(note)

    def _show_live_lists(self) -> None:
        """Leave "Show deleted lists" (the caller reloads)."""
        self.show_deleted.blockSignals(True)
        self.show_deleted.setChecked(False)
        self.show_deleted.blockSignals(False)

    def _guard(self, action: Callable[[], object]) -> bool:
        """Run ``action``; a list or contact deleted meanwhile is said, not raised (False).
        A change is a step of the edit history: Undo hears of it."""
        try:
            action()
        except LookupError:
            QMessageBox.warning(
                self,
                self.title,
                self.tr("The list or one of the contacts was deleted meanwhile."),
            )
            self.refresh()
            return False
        self.history_changed.emit()
        return True


__all__ = ["CustomerListsPage"]
