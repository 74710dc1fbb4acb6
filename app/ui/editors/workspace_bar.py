"""The editor's workspace row on "our own organization": which workspace it is kept in step
with and that workspace organization's name, slug and status (read-only: they are the
workspace's, changed there), and that its locations and office hours sync with it.

:class:`WorkspaceWatcher` reads the workspace accounts (:class:`Workspace
<app.services.workspace.Workspace>`) on a worker whenever the editor loads a contact; any
other contact shows no row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.domain.models import AnyContact
from app.ui.editors.contact_editor import ContactEditor
from app.ui.editors.notice_watcher import NoticeWatcher
from app.ui.tasks import TaskRunner

#: ``(account name, workspace organization)`` of each workspace account whose own
#: organization is the contact.
Shown = Sequence[tuple[str, dict[str, Any]]]


class WorkspaceBar(QWidget):
    """ "Our own organization in the workspace “Werkplaats Noord” (slug …, status …)"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspaceBar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.label.setObjectName("workspaceNote")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label)
        self.setVisible(False)

    def show_workspaces(self, shown: Shown) -> None:
        lines = []
        for account, info in shown:
            name = info.get("name") or self.tr("not read yet")
            details = ", ".join(
                f"{label} {escape(str(info[key]))}"
                for key, label in (("slug", self.tr("slug")), ("status", self.tr("status")))
                if info.get(key)
            )
            lines.append(
                self.tr(
                    "Our own organization in the workspace “{name}”{details} (account "
                    "“{account}”): its locations and office hours sync with it. The name, "
                    "slug and status are the workspace's — change them there."
                ).format(
                    name=escape(str(name)),
                    details=f" ({details})" if details else "",
                    account=escape(account),
                )
            )
        self.label.setText("<br>".join(lines))
        self.setVisible(bool(lines))


class WorkspaceWatcher(NoticeWatcher):
    """Keeps one editor's workspace row current."""

    def __init__(
        self,
        editor: ContactEditor,
        own_of: Callable[[str], Shown],
        runner: TaskRunner,
        key: str,
        parent: QObject | None = None,
    ) -> None:
        self._own_of = own_of
        self.bar: WorkspaceBar = WorkspaceBar()
        super().__init__(editor, self.bar, runner, key, parent)

    def reader(self, contact: AnyContact) -> Callable[[], Shown]:
        own_of, contact_id = self._own_of, contact.id
        return lambda: own_of(contact_id)

    def show(self, answer: Shown) -> None:
        self.bar.show_workspaces(answer)


__all__ = ["WorkspaceBar", "WorkspaceWatcher"]
