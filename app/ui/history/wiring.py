"""History plugged into the main window from outside, like sync and duplicates.

:class:`HistoryUi` adds a History tab to the contact editors (every kind of contact), to the
placeholder customer editor and to customer lists, and the *Recent changes* section.  A value
restored from a record's history reloads the page on screen and Undo / Redo.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QWidget
from shiboken6 import isValid

from app.ui.history.panel import HistoryPanel
from app.ui.history.recent import RecentChangesPage
from app.ui.main_window import MainWindow

RECENT_KEY = "recent_changes"


class HistoryUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("historyUi")
        self.window = window
        history = window.services.record_history
        self.panels: dict[str, HistoryPanel] = {}
        for page in window.contact_pages:
            editor = page.editor
            panel = HistoryPanel(history, window.runner, f"history-{page.kind.value}")
            panel.setObjectName(f"history-{page.kind.value}")
            editor.add_tab(self.tr("History"), panel)

            def follow(editor: object = editor, panel: HistoryPanel = panel) -> None:
                shown = None if editor.is_new() else editor.original().id  # type: ignore[attr-defined]
                panel.show_record(shown)

            editor.loaded.connect(follow)
            follow()

            def guard(editor: object = editor) -> str | None:
                if editor.is_dirty():  # type: ignore[attr-defined]
                    return self.tr("Save or revert your changes to this contact first.")
                return None

            panel.guard = guard
            panel.restored.connect(self._restored)
            self.panels[page.kind.value] = panel
        self._records_pages()
        self.recent = RecentChangesPage(history, window.runner, window.open_contact)
        window.add_section(RECENT_KEY, self.recent)
        window.edits_changed.connect(self._edits_changed)

    def _records_pages(self) -> None:
        """History under the placeholder customer editor, and as a tab beside the customer
        lists' members."""
        history = self.window.services.record_history
        for section in self.window.sections:
            if section.key == "placeholders":
                page = section.page
                panel = HistoryPanel(history, self.window.runner, "history-placeholder")
                editor = page.editor  # type: ignore[attr-defined]
                panel.follow = lambda editor=editor: (
                    None if editor.is_new() else editor.original().id
                )

                def unsaved(editor: object = editor) -> str | None:
                    if editor.is_dirty():  # type: ignore[attr-defined]
                        return self.tr("Save or revert your changes to this customer first.")
                    return None

                panel.guard = unsaved
                panel.restored.connect(self._restored)
                # Under the editor's form (the form is short; the history has room there).
                form = editor.layout()
                form.insertWidget(form.count() - 2, QLabel(self.tr("<b>History</b>")))
                form.insertWidget(form.count() - 2, panel, 1)
                table = page.table  # type: ignore[attr-defined]
                table.selectionModel().currentRowChanged.connect(
                    lambda *_a, panel=panel: QTimer.singleShot(0, panel, panel.follow_now)
                )
                self.panels["placeholder"] = panel
            elif section.key == "customer_lists":
                page = section.page
                panel = HistoryPanel(history, self.window.runner, "history-list")
                panel.restored.connect(self._restored)
                panel.follow = lambda page=page: (
                    page.current_list().id if page.current_list() is not None else None  # type: ignore[attr-defined]
                )
                self._tabbed(page.splitter, 1, (self.tr("Members"), self.tr("History")), panel)  # type: ignore[attr-defined]
                page.lists_table.selectionModel().currentRowChanged.connect(  # type: ignore[attr-defined]
                    lambda *_a, panel=panel: QTimer.singleShot(0, panel, panel.follow_now)
                )
                self.panels["customer_list"] = panel

    @staticmethod
    def _tabbed(
        splitter: QSplitter, index: int, titles: tuple[str, str], panel: QWidget
    ) -> QTabWidget:
        """Put the splitter's widget at ``index`` into a tab beside ``panel``."""
        existing = splitter.widget(index)
        # Made with a parent, so Qt owns it from the start (the splitter takes it over).
        tabs = QTabWidget(splitter.parentWidget())
        tabs.setDocumentMode(True)
        splitter.replaceWidget(index, tabs)
        tabs.addTab(existing, titles[0])
        tabs.addTab(panel, titles[1])
        return tabs

    def _restored(self, record_id: str) -> None:
        self.window.changed_elsewhere(self.tr("A value was restored from the history"))

    def _edits_changed(self) -> None:
        for panel in self.panels.values():
            if isValid(panel) and panel.isVisible():
                panel.reload()
        if isValid(self.recent) and self.recent.isVisible():
            self.recent.refresh()


__all__ = ["RECENT_KEY", "HistoryUi"]
