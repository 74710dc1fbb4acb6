"""The country and language pickers of an editor offer a workspace account's reference lists
first (:data:`app.ui.editors.pickers.PREFERRED`).

:class:`ReferenceListsWatcher` reads the lists (:meth:`Workspace.reference_lists
<app.services.workspace.Workspace.reference_lists>`) on a worker when the editor loads a
contact, keeps them for the pickers made from then on, and reorders the country pickers
already shown; the invoice-language field completes languages, those of the list first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.ui.editors.contact_editor import ContactEditor
from app.ui.editors.pickers import PREFERRED, language_completer, offer_first
from app.ui.tasks import TaskRunner

Lists = tuple[list[str], list[str]]


class ReferenceListsWatcher(QObject):
    """Keeps one editor's country and language pickers offering the lists first."""

    def __init__(
        self,
        editor: ContactEditor,
        lists: Callable[[], Lists],
        runner: TaskRunner,
        key: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.editor = editor
        self._lists = lists
        self._runner = runner
        self._key = key
        editor.loaded.connect(self.refresh)

    def refresh(self) -> None:
        self._runner.run(self._lists, self.apply, key=self._key)

    def apply(self, lists: Lists) -> None:
        countries, languages = lists
        PREFERRED.set(countries, languages)
        for combo in self.editor.findChildren(QComboBox, "countryPicker"):
            offer_first(combo, PREFERRED.countries)
        language = self.editor.widget_for_field("invoice_language")
        codes = ",".join(PREFERRED.languages)
        if isinstance(language, QLineEdit) and (
            language.completer() is None or language.property("languageCodes") != codes
        ):
            language_completer(language, PREFERRED.languages)
            language.setProperty("languageCodes", codes)


__all__ = ["ReferenceListsWatcher"]
