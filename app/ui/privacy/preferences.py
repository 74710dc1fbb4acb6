"""Preferences → Privacy: the book's retention period, added to the Preferences dialog.

:class:`PrivacyPreferences` is a group the privacy wiring puts into the Preferences dialog
when the dialog opens (the dialog belongs to sync and knows nothing of privacy); the period is
read on a worker and stored as soon as it is changed (and again when the dialog is accepted),
whether or not the dialog's other settings can be saved yet.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget
from shiboken6 import isValid

from app.services.privacy import Privacy
from app.ui.tasks import TaskRunner


class PrivacyPreferences(QGroupBox):
    def __init__(self, privacy: Privacy, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("privacyPreferences")
        self.setTitle(self.tr("Privacy"))
        self._privacy = privacy
        self._runner = runner
        self.years = QSpinBox()
        self.years.setObjectName("retentionYearsPreference")
        self.years.setRange(1, 100)
        self.years.valueChanged.connect(
            lambda years: self.years.setSuffix(self.tr(" years", "", years))
        )
        self.years.setSuffix(self.tr(" years", "", self.years.value()))
        self.years.setEnabled(False)
        hint = QLabel(
            self.tr(
                "People not changed here nor by any linked system for this long are listed "
                "under Retention, to review and erase."
            )
        )
        hint.setWordWrap(True)
        hint.setEnabled(False)
        label = QLabel(self.tr("&Retention period:"))
        label.setBuddy(self.years)
        form = QFormLayout(self)
        form.addRow(label, self.years)
        form.addRow("", hint)
        self._read = False
        # Kept as soon as it is changed: it is the book's setting, not the dialog's.
        self.years.editingFinished.connect(self.save)
        runner.run(privacy.retention_years, self._shown, key="privacy-preferences")

    def _shown(self, years: int) -> None:
        if not isValid(self.years):  # the dialog was closed before the period was read
            return
        self.years.setValue(years)
        self.years.setEnabled(True)
        self._read = True

    def save(self) -> None:
        """Store the period (on a worker); nothing when it was never read."""
        if not self._read:
            return
        privacy, years = self._privacy, self.years.value()
        self._runner.run(lambda: privacy.set_retention_years(years), lambda _r: None)


__all__ = ["PrivacyPreferences"]
