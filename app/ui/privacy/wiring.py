"""Privacy requests plugged into the main window: a Privacy menu and the Retention section.

*Export everything about this person…* writes the JSON, the vCard and the PDF report of the
contact open in People or Organizations into a folder the user picks; *Erase this person…*
asks through :class:`~app.ui.privacy.erase_dialog.EraseDialog` and erases on a worker; the
*Retention* section lists people unchanged for the book's period.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QChildEvent, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QVBoxLayout, QWidget

from app.services.privacy import ErasureMode, ErasurePlan, ErasureResult, PersonExport
from app.ui.main_window import MainWindow
from app.ui.privacy.erase_dialog import EraseDialog
from app.ui.privacy.pdf import write_pdf
from app.ui.privacy.preferences import PrivacyPreferences
from app.ui.privacy.retention import RetentionPage

RETENTION_KEY = "retention"


class PrivacyUi(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("privacyUi")
        self.window = window
        self.dialog: EraseDialog | None = None
        self.message_box: QMessageBox | None = None
        self.export_action = self._action(
            self.tr("&Export everything about this person…"), self.export_current
        )
        self.erase_action = self._action(self.tr("E&rase this person…"), self.erase_current)
        self.erase_action.setShortcut(QKeySequence("Ctrl+Shift+Delete"))
        self.retention_action = self._action(
            self.tr("&Retention list"), lambda: window.select_section(RETENTION_KEY)
        )
        self.menu = window.menuBar().addMenu(self.tr("&Privacy"))
        self.menu.addActions([self.export_action, self.erase_action])
        self.menu.addSeparator()
        self.menu.addAction(self.retention_action)
        self.retention = RetentionPage(window.services.privacy, window.runner)
        self.retention.erased.connect(
            lambda ids: window.changed_elsewhere(self.tr("%Ln people erased", "", len(ids)))
        )
        window.add_section(RETENTION_KEY, self.retention)
        self.preferences: PrivacyPreferences | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Preferences → Privacy: the group goes into the Preferences dialog once it is built."""
        if event.type() == QEvent.Type.ChildAdded and isinstance(event, QChildEvent):
            # The child is still being made: look for the finished dialog once it is.
            QTimer.singleShot(0, self, self._extend)
        return False

    def _extend(self) -> None:
        dialog = self.window.findChild(QDialog, "preferencesDialog")
        if dialog is None:
            return
        layout = dialog.layout()
        if not isinstance(layout, QVBoxLayout) or dialog.findChild(PrivacyPreferences):
            return
        group = PrivacyPreferences(self.window.services.privacy, self.window.runner, dialog)
        # Before the stretch, the problems and the buttons at the bottom.
        layout.insertWidget(max(layout.count() - 3, 0), group)
        dialog.accepted.connect(group.save)
        # Taller by the group: Qt sized the dialog before it was there.
        QTimer.singleShot(0, dialog, lambda: _grow(dialog))
        self.preferences = group

    def _action(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.window.addAction(action)
        return action

    def _current_contact_id(self) -> str | None:
        page = self.window.current_contacts_page()
        if page is None or not page.has_editor() or page.editor.is_new():
            self._tell(self.tr("Open a contact in People or Organizations first."))
            return None
        return page.editor.original().id

    # --- export ---------------------------------------------------------------------------

    def export_current(self, folder: Path | None = None) -> None:
        contact_id = self._current_contact_id()
        if contact_id is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Export everything about this person to")
            )
            if not chosen:
                return
            folder = Path(chosen)
        privacy = self.window.services.privacy
        target = folder

        def done(exported: PersonExport) -> None:
            stem = exported.files[0].stem
            try:
                pdf = target / f"{stem}.pdf"
                write_pdf(exported.report, pdf, title=exported.name)
            except OSError as exc:
                self._tell(self.tr("The PDF could not be written: {error}").format(error=exc))
                return
            exported.files.append(pdf)
            self.window.changed_elsewhere(
                self.tr("Exported everything about “{name}” to {folder}").format(
                    name=exported.name, folder=target
                )
            )

        self.window.runner.run(lambda: privacy.write_export(contact_id, target), done, self._failed)

    # --- erasure --------------------------------------------------------------------------

    def erase_current(self) -> None:
        contact_id = self._current_contact_id()
        if contact_id is None:
            return
        privacy = self.window.services.privacy
        self.window.runner.run(lambda: privacy.plan_erasure(contact_id), self._ask, self._failed)

    def _ask(self, plan: ErasurePlan) -> None:
        dialog = EraseDialog(plan, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.accepted.connect(lambda: self._erase(plan, dialog.mode()))
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()

    def _erase(self, plan: ErasurePlan, mode: ErasureMode) -> None:
        privacy = self.window.services.privacy
        for page in self.window.contact_pages:
            editor = page.editor if page.has_editor() else None
            if (
                editor is not None
                and not editor.is_new()
                and editor.original().id == plan.contact_id
            ):
                # Edits of the erased person are thrown away: they must not be saved back.
                editor.new(page.kind)

        def done(result: ErasureResult) -> None:
            self.window.changed_elsewhere(self.tr("The person's data was erased"))
            self._tell(result.summary())
            if result.accounts:
                # Send the erasure to the linked accounts now rather than at the next sync.
                sync = self.window.findChild(QObject, "syncUi")
                send = getattr(sync, "sync_now", None)
                if callable(send):
                    send()

        self.window.runner.run(lambda: privacy.erase(plan.contact_id, mode), done, self._failed)

    # --- messages -------------------------------------------------------------------------

    def _failed(self, exc: BaseException) -> None:
        self._tell(str(exc))

    def _tell(self, text: str) -> None:
        parent: QWidget = self.window
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Privacy"), text, parent=parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: setattr(self, "message_box", None))
        self.message_box = box
        box.open()


def _grow(dialog: QDialog) -> None:
    width = dialog.width()
    dialog.setMinimumHeight(dialog.sizeHint().height())
    dialog.adjustSize()
    dialog.resize(max(width, dialog.width()), dialog.height())


__all__ = ["RETENTION_KEY", "PrivacyUi"]
