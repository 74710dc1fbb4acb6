"""A row above a contact editor kept current from the store: read on a worker whenever the
editor loads a contact (an empty answer for a new one), then shown."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from app.domain.models import AnyContact
from app.ui.editors.contact_editor import ContactEditor
from app.ui.tasks import TaskRunner


class NoticeWatcher(QObject):
    """Subclasses say what to read for a stored contact (:meth:`reader`) and how to show the
    answer (:meth:`show`); a new contact, or one :meth:`reader` declines, shows ``[]``."""

    def __init__(
        self,
        editor: ContactEditor,
        bar: QWidget,
        runner: TaskRunner,
        key: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self.bar = bar
        self._runner = runner
        self._key = key
        editor.add_notice(bar)
        editor.loaded.connect(self.refresh)

    def refresh(self) -> None:
        """Read what the row shows for the contact in the editor again (on a worker)."""
        read = None if self.editor.is_new() else self.reader(self.editor.original())
        self._runner.run(read or list, self.show, key=self._key)

    def reader(self, contact: AnyContact) -> Callable[[], Any] | None:
        raise NotImplementedError

    def show(self, answer: Any) -> None:
        raise NotImplementedError


__all__ = ["NoticeWatcher"]
