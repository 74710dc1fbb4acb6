"""The tags page: every tag with the number of contacts that have it; rename and delete.

Rename (F2) refuses a name another tag has, with the service's message, and asks again.
Delete (Del) says how many contacts lose the tag before it goes; taking a tag from many
contacts can take a while, so it runs in the background.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.problems import Problem
from app.services.tags import TagService, TagUsage
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
from app.ui.tasks import TaskRunner
from app.ui.timing import pause_timer

FILTER_DELAY_MS = 100


class TagsPage(SectionPage):
    """Tags with their usage counts."""

    def __init__(
        self, tags: TagService, parent: QWidget | None = None, *, tasks: TaskRunner | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tagsPage")
        self.title = self.tr("Tags")
        self._tags = tags
        self._tasks = tasks or TaskRunner(self)
        self._all: list[TagUsage] = []
        self._shown: list[TagUsage] = []
        self._busy = False
        self.model = LazyRowsModel(
            (
                Column(self.tr("Tag"), lambda t: t.name),
                Column(self.tr("Contacts"), lambda t: number_text(t.count), RIGHT),
            ),
            lambda: len(self._shown),
            lambda offset, limit: self._shown[offset : offset + limit],
            lambda t: t.id,
            self,
        )
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("tagFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter tags…"))
        self.filter_edit.setClearButtonEnabled(True)
        style = self.style()
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setToolTip(self.tr("Rename the tag on every contact (F2)"))
        self.delete_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Delete…")
        )
        self.delete_button.setToolTip(self.tr("Take the tag from every contact and delete it"))
        top = QHBoxLayout()
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.rename_button)
        top.addWidget(self.delete_button)
        self.table = make_table(self.model, "tagsTable", multi=False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, header.ResizeMode.Stretch)
        header.resizeSection(1, 100)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._filter_timer = pause_timer(self, FILTER_DELAY_MS, self._apply_filter)
        self.filter_edit.textChanged.connect(self._filter_timer.start)
        self.rename_button.clicked.connect(self.rename_tag)
        self.delete_button.clicked.connect(self.delete_tag)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(lambda _: self.rename_tag())
        shortcut("F2", self, self.rename_tag)
        shortcut(Qt.Key.Key_Delete, self.table, self.delete_tag, Qt.ShortcutContext.WidgetShortcut)

    # --- what is shown -----------------------------------------------------------------------

    def current_tag(self) -> TagUsage | None:
        rows = selected_rows(self.table)
        return self.model.item(rows[0]) if rows else None

    def select_tag(self, tag_id: str) -> None:
        row = self.model.row_of(tag_id)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _reload(self) -> None:
        current = self.current_tag()
        self._all = self._tags.tags()
        self._filter()
        if current is not None:
            self.select_tag(current.id)
        self._sync_buttons()

    def _filter(self) -> None:
        wanted = self.filter_edit.text().strip().casefold()
        self._shown = [t for t in self._all if wanted in t.name.casefold()]
        self.model.refresh()

    def _apply_filter(self) -> None:
        current = self.current_tag()
        self._filter()
        if current is not None:
            self.select_tag(current.id)
        if self.current_tag() is None and self._shown:
            self.table.selectRow(0)
        self._publish()

    def _summary(self) -> str:
        text = self.tr("%Ln tags", "", len(self._all))
        if self.filter_edit.text().strip():
            shown = self.tr("%Ln matches", "", len(self._shown))
            text = self.tr("{matches} in {total}").format(matches=shown, total=text)
        return text

    def _sync_buttons(self, *_: object) -> None:
        chosen = self.current_tag() is not None and not self._busy
        self.rename_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # --- actions -----------------------------------------------------------------------------

    def rename_tag(self) -> None:
        tag = self.current_tag()
        if tag is None or self._busy:
            return
        renamed: list[str] = []

        def rename(name: str) -> list[Problem]:
            outcome = self._tags.rename(tag.id, name)
            if outcome.value is None:
                return outcome.problems
            renamed.append(outcome.value.name)
            return []

        title = self.tr("Rename tag")
        label = self.tr("New name of the tag “{name}”:").format(name=tag.name)
        try:
            done = ask_name(self, title, label, tag.name, rename)
        except LookupError:
            done = False
            self._publish(self.tr("The tag was deleted meanwhile"))
        if not done or renamed[-1] == tag.name:
            self.refresh()
            return
        self._reload()
        self.select_tag(tag.id)
        self._publish(
            self.tr("Tag “{old}” renamed to “{new}”").format(old=tag.name, new=renamed[-1])
        )

    def delete_tag(self) -> None:
        tag = self.current_tag()
        if tag is None or self._busy:
            return
        question = (
            self.tr("Remove tag “{name}” from %Ln contacts?", "", tag.count).format(name=tag.name)
            if tag.count
            else self.tr("Delete the tag “{name}”? No contact has it.").format(name=tag.name)
        )
        answer = QMessageBox.question(
            self,
            self.tr("Delete tag"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._set_busy(True)
        self.status_changed.emit(self.tr("Deleting the tag “{name}”…").format(name=tag.name))
        self._tasks.run(
            lambda: self._tags.delete(tag.id),
            lambda affected: self._on_deleted(tag, list(affected)),
            lambda error: self._on_failed(tag, error),
        )

    def _on_deleted(self, tag: TagUsage, affected: list[str]) -> None:
        self._set_busy(False)
        self._reload()
        if affected:
            self.contacts_changed.emit(affected)
        self._publish(
            self.tr("Tag “{name}” deleted and taken from %Ln contacts", "", len(affected)).format(
                name=tag.name
            )
        )

    def _on_failed(self, tag: TagUsage, error: BaseException) -> None:
        self._set_busy(False)
        self._reload()
        if isinstance(error, LookupError):
            self._publish(self.tr("The tag “{name}” was deleted already").format(name=tag.name))
            return
        QMessageBox.warning(
            self,
            self.tr("Delete tag"),
            self.tr("The tag “{name}” could not be deleted: {error}").format(
                name=tag.name, error=error
            ),
        )
        self._publish()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync_buttons()

    def is_busy(self) -> bool:
        return self._busy


__all__ = ["TagsPage"]
