"""The trash page: contacts the user deleted, to restore or to delete for good.

Restore, Delete permanently and Empty trash go through the edit history (via the trash
service), so the window's Undo brings back what they did; they run in the background and the
page emits :attr:`~app.ui.pages.common.SectionPage.history_changed` when they are done.
Contacts that cannot be deleted for good (an organization people still work at) stay in the
trash and are named with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.directory import ContactSummary
from app.services.history import MAX_CONTACTS_PER_STEP, EditHistory, EmptiedTrash
from app.services.trash import TrashService
from app.ui.pages.common import (
    Column,
    LazyRowsModel,
    SectionPage,
    make_table,
    selected_rows,
    shortcut,
)
from app.ui.tasks import TaskRunner
from app.ui.timing import pause_timer

SEARCH_DELAY_MS = 150


@dataclass(frozen=True)
class _Texts:
    """The status texts of an action on several contacts (translated on the GUI thread):
    ``one`` names the contact done, ``many`` and ``kept`` say how many for a count."""

    one: str
    many: Callable[[int], str]
    kept: Callable[[int], str]


@dataclass
class _Done:
    """What a restore or purge of several contacts did: the ids done, and (name, why) kept."""

    done: list[str] = field(default_factory=list)
    kept: list[tuple[str, str]] = field(default_factory=list)


class TrashPage(SectionPage):
    """The contacts in the trash."""

    def __init__(
        self,
        trash: TrashService,
        history: EditHistory,
        parent: QWidget | None = None,
        *,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trashPage")
        self.title = self.tr("Trash")
        self._trash = trash
        self._history = history
        self._tasks = tasks or TaskRunner(self)
        self._search = ""
        self._busy = False
        self.kept_box: QMessageBox | None = None
        self.model = LazyRowsModel(
            (
                Column(self.tr("Name"), lambda s: s.name),
                Column(self.tr("Kind"), self._kind_text),
                Column(self.tr("E-mail"), lambda s: s.email or ""),
                Column(self.tr("City"), lambda s: s.city or ""),
            ),
            lambda: trash.count(search=self._search or None),
            lambda offset, limit: trash.page(offset, limit, search=self._search or None),
            lambda s: s.id,
            self,
        )
        self._gone_text = self.tr("it was deleted for good meanwhile")
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("trashSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the trash…"))
        self.search_edit.setClearButtonEnabled(True)
        style = self.style()
        self.restore_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack), self.tr("Restore")
        )
        self.restore_button.setToolTip(self.tr("Take the chosen contacts out of the trash"))
        self.purge_button = QPushButton(self.tr("Delete permanently…"))
        self.purge_button.setToolTip(self.tr("Delete the chosen contacts for good (Del)"))
        self.empty_button = QPushButton(
            style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon), self.tr("Empty trash…")
        )
        self.empty_button.setToolTip(self.tr("Delete every contact in the trash for good"))
        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            top.addWidget(button)
        self.table = make_table(self.model, "trashTable")
        header = self.table.horizontalHeader()
        for column, width in enumerate((240, 110, 240)):
            header.resizeSection(column, width)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self._search_timer = pause_timer(self, SEARCH_DELAY_MS, self.apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self.apply_search)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)
        self.table.selectionModel().selectionChanged.connect(self._sync_buttons)
        self.table.doubleClicked.connect(self._on_double_click)
        shortcut(QKeySequence.StandardKey.Delete, self.table, self.purge_selected)

    # --- what is shown -----------------------------------------------------------------------

    def _kind_text(self, summary: ContactSummary) -> str:
        if summary.kind == ContactKind.ORGANIZATION:
            return self.tr("Organization")
        return self.tr("Person")

    def _reload(self) -> None:
        self.model.refresh()
        self._sync_buttons()

    def _summary(self) -> str:
        total = self._trash.count()
        if not total:
            return self.tr("The trash is empty")
        text = self.tr("%Ln contacts in the trash", "", total)
        if self._search:
            found = self.tr("%Ln matches", "", self.model.rowCount())
            text = self.tr("{matches} — {total}").format(matches=found, total=text)
        return text

    def apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text().strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def selected(self) -> list[ContactSummary]:
        found = (self.model.item(row) for row in selected_rows(self.table))
        return [s for s in found if s is not None]

    def _sync_buttons(self, *_: object) -> None:
        chosen = bool(selected_rows(self.table)) and not self._busy
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(not self._busy and self.model.rowCount() > 0)

    def is_busy(self) -> bool:
        return self._busy

    def _on_double_click(self, index: QModelIndex) -> None:
        if index.isValid():
            self.restore_selected()

    # --- actions -----------------------------------------------------------------------------

    def restore_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self._busy:
            return
        outcome = _Texts(
            self.tr("“{name}” restored"),
            lambda n: self.tr("%Ln contacts restored", "", n),
            lambda n: self.tr("%Ln contacts could not be restored:", "", n),
        )
        self._start(
            self.tr("Restoring…"),
            lambda: self._each(chosen, self._trash.restore),
            lambda done: self._finish_each(done, outcome, chosen),
        )

    def purge_selected(self) -> None:
        chosen = self.selected()
        if not chosen or self._busy:
            return
        question = (
            self.tr("Delete “{name}” for good?").format(name=chosen[0].name)
            if len(chosen) == 1
            else self.tr("Delete %Ln contacts for good?", "", len(chosen))
        )
        if not self._ask(self.tr("Delete permanently"), question):
            return
        outcome = _Texts(
            self.tr("“{name}” deleted for good"),
            lambda n: self.tr("%Ln contacts deleted for good", "", n),
            self._kept_heading,
        )
        self._start(
            self.tr("Deleting…"),
            lambda: self._each(chosen, self._trash.purge),
            lambda done: self._finish_each(done, outcome, chosen),
        )

    def empty_trash(self) -> None:
        total = self._trash.count()
        if not total or self._busy:
            return
        question = self.tr("Delete all %Ln contacts in the trash for good?", "", total)
        if total > MAX_CONTACTS_PER_STEP:
            question += " " + self.tr("So many cannot be undone.")
        if not self._ask(self.tr("Empty trash"), question):
            return
        self._start(self.tr("Emptying the trash…"), self._trash.empty, self._emptied)

    def _emptied(self, result: EmptiedTrash) -> None:
        self._after(list(result.purged))
        note = self.tr("%Ln contacts deleted for good", "", len(result.purged))
        if result.purged and not result.undoable:
            note += self.tr(" (this cannot be undone)")
        if result.kept:
            note += self.tr("; %Ln kept", "", len(result.kept))
            heading = self._kept_heading(len(result.kept))
            self._show_kept(heading, [why for _, why in result.kept])
        self._publish(note)

    def _kept_heading(self, n: int) -> str:
        return self.tr("%Ln contacts could not be deleted for good and stay in the trash:", "", n)

    # --- running -----------------------------------------------------------------------------

    def _each(self, chosen: list[ContactSummary], action: Callable[[str], object]) -> _Done:
        """Apply ``action`` to each contact (each one undo step); refusals are collected.

        Runs on a worker thread, so its one text was translated beforehand.
        """
        result = _Done()
        for summary in chosen:
            try:
                action(summary.id)
            except LookupError:
                result.kept.append((summary.name, self._gone_text))
            except Exception as error:  # e.g. an organization people still work at
                result.kept.append((summary.name, str(error)))
            else:
                result.done.append(summary.id)
        return result

    def _finish_each(self, result: _Done, texts: _Texts, chosen: list[ContactSummary]) -> None:
        self._after(result.done)
        names = {s.id: s.name for s in chosen}
        first = names.get(result.done[0], "") if result.done else ""
        done = len(result.done)
        note = texts.one.format(name=first) if done == 1 else texts.many(done) if done else ""
        if result.kept:
            heading = texts.kept(len(result.kept))
            self._show_kept(heading, [f"“{name}”: {why}" for name, why in result.kept])
            kept = self.tr("%Ln kept", "", len(result.kept))
            note = f"{note}; {kept}" if note else kept
        self._publish(note)

    def _start(self, busy_text: str, work: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self._set_busy(True)
        self.status_changed.emit(busy_text)
        self._tasks.run(work, done, self._failed)

    def _after(self, changed: list[str]) -> None:
        self._set_busy(False)
        self._reload()
        self.history_changed.emit()
        if changed:
            self.contacts_changed.emit(changed)

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self._reload()
        self.history_changed.emit()
        QMessageBox.warning(self, self.title, str(error))
        self._publish()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._sync_buttons()

    def _ask(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_kept(self, heading: str, reasons: list[str]) -> None:
        """Say which contacts were not done and why (a window that does not block)."""
        if self.kept_box is not None:
            self.kept_box.close()
        shown = reasons[:15]
        if len(reasons) > 15:
            shown.append(self.tr("… and %Ln more", "", len(reasons) - 15))
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.title,
            heading,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("keptBox")
        box.setInformativeText("\n".join(f"• {r}" for r in shown))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._on_kept_closed)
        self.kept_box = box
        box.open()

    def _on_kept_closed(self, *_: object) -> None:
        self.kept_box = None


__all__ = ["TrashPage"]
