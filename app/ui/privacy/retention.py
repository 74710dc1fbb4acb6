"""The Retention section: people not changed here nor by any linked system for N years.

N is the book's retention period (Preferences → Privacy, or the box here); the people are
listed with their last change, ticked to be erased together (a record accounting needs is
anonymised instead of deleted, as the rule says).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.privacy import ErasureMode, Privacy, RetentionCandidate, accounting_rule
from app.ui.pages.common import SectionPage, date_text
from app.ui.tasks import TaskRunner

_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class RetentionPage(SectionPage):
    erased = Signal(list)  # contact ids erased

    def __init__(self, privacy: Privacy, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention")
        self.title = self.tr("Retention")
        self._privacy = privacy
        self._runner = runner
        self.years = QSpinBox()
        self.years.setObjectName("retentionYears")
        self.years.setRange(1, 100)
        self.years.valueChanged.connect(
            lambda years: self.years.setSuffix(self.tr(" years", "", years))
        )
        self.years.setSuffix(self.tr(" years", "", self.years.value()))
        self.years.setToolTip(self.tr("The book's retention period (also in Preferences)"))
        self.save_years = QPushButton(self.tr("Keep as the book's period"))
        self.list = QTreeWidget()
        self.list.setObjectName("retentionList")
        self.list.setHeaderLabels([self.tr("Person"), self.tr("Last change")])
        self.list.setRootIsDecorated(False)
        self.list.setColumnWidth(0, 320)
        self.select_all = QPushButton(self.tr("Tick all"))
        self.erase_button = QPushButton(self.tr("Erase ticked…"))
        self.erase_button.setObjectName("eraseTicked")
        self.message_box: QMessageBox | None = None
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("People not changed for")))
        top.addWidget(self.years)
        top.addWidget(self.save_years)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.select_all)
        bottom.addStretch(1)
        bottom.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addLayout(bottom)
        self._loaded_years = False
        self.years.valueChanged.connect(lambda _v: self._reload())
        self.save_years.clicked.connect(self._save_years)
        self.select_all.clicked.connect(self._tick_all)
        self.erase_button.clicked.connect(self.ask_erase)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.list)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)
        toggle.activated.connect(self._toggle_current)

    def _toggle_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            checked = item.checkState(0) == Qt.CheckState.Checked
            item.setCheckState(0, Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def refresh(self) -> None:
        if not self._loaded_years:
            privacy = self._privacy
            self._runner.run(privacy.retention_years, self._years_read, key="retention-years")
            return
        self._reload()

    def _years_read(self, years: int) -> None:
        self._loaded_years = True
        self.years.blockSignals(True)
        self.years.setValue(years)
        self.years.blockSignals(False)
        self.years.setSuffix(self.tr(" years", "", years))  # its signal was held back
        self._reload()

    def _reload(self) -> None:
        privacy, years = self._privacy, self.years.value()
        self._runner.run(lambda: privacy.retention(years), self._show, key="retention")

    def _show(self, people: list[RetentionCandidate]) -> None:
        self.list.clear()
        for person in people:
            item = QTreeWidgetItem([person.name, date_text(person.last_change.date())])
            item.setData(0, _ID_ROLE, person.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            self.list.addTopLevelItem(item)
        self._publish()

    def _summary(self) -> str:
        n = self.list.topLevelItemCount()
        years = self.tr("%n years", "", self.years.value())
        return self.tr("%Ln people not changed for {years}", "", n).format(years=years)

    def ticked(self) -> list[str]:
        found: list[str] = []
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None and item.checkState(0) == Qt.CheckState.Checked:
                found.append(str(item.data(0, _ID_ROLE)))
        return found

    def _tick_all(self) -> None:
        for i in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(i)
            if item is not None:
                item.setCheckState(0, Qt.CheckState.Checked)

    def _save_years(self) -> None:
        privacy, years = self._privacy, self.years.value()
        self._runner.run(
            lambda: privacy.set_retention_years(years),
            lambda _r: self._publish(self.tr("Retention period: %n years", "", years)),
        )

    def ask_erase(self) -> None:
        ids = self.ticked()
        if not ids:
            self._publish(self.tr("Tick the people to erase first"))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erase %Ln people", "", len(ids)),
            self.tr(
                "Erase all personal data of the %Ln ticked people? This cannot be undone. "
                "Records accounting needs are anonymised instead of deleted.",
                "",
                len(ids),
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setInformativeText(accounting_rule())
        erase = box.addButton(self.tr("Erase"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.message_box = box
        box.exec()
        self.message_box = None
        if box.clickedButton() is not erase:
            return
        privacy = self._privacy

        def done(result: tuple[list[object], list[tuple[str, str]]]) -> None:
            erased, refused = result
            note = self.tr("%Ln people erased", "", len(erased))
            if refused:
                note += self.tr(", %Ln refused: {why}", "", len(refused)).format(why=refused[0][1])
            self.erased.emit(ids)
            self._reload()
            self._publish(note)

        self._runner.run(lambda: privacy.erase_many(ids, ErasureMode.DELETE), done)


__all__ = ["RetentionPage"]
