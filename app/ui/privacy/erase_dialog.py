"""The "Erase this person" confirmation: what will happen, the choice, and a deliberate yes.

The dialog shows the person, whether accounting needs the record (and the rule, in words),
which accounts hold it and what each will get; the user chooses Delete or Anonymise (Delete
is offered only where every linked system can delete) and must tick that they understand it
cannot be undone before Erase can be pressed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services.privacy import ErasureMode, ErasurePlan


class EraseDialog(QDialog):
    def __init__(self, plan: ErasurePlan, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self.setWindowTitle(self.tr("Erase this person"))
        self.plan = plan
        heading = QLabel(
            self.tr("<b>Erase all personal data of “{name}”?</b>").format(name=plan.name)
        )
        intro = QLabel(
            self.tr(
                "Kontor removes the person's data from the address book, from the history of "
                "changes and from the search, and sends the erasure to every linked account. "
                "This cannot be undone."
            )
        )
        intro.setWordWrap(True)
        self.rule = QLabel()
        self.rule.setObjectName("erasureRule")
        self.rule.setWordWrap(True)
        if plan.must_keep:
            self.rule.setText(
                self.tr("Accounting needs this record: it is {reason}.\n{rule}").format(
                    reason=plan.keep_reason, rule=plan.rule
                )
            )
        else:
            self.rule.setText(self.tr("No invoice or booking refers to this record."))
        accounts = (
            "\n".join(f"• {a.account}: {a.note}" for a in plan.accounts)
            if plan.accounts
            else self.tr("No account holds this contact.")
        )
        self.accounts = QLabel(accounts)
        self.accounts.setObjectName("erasureAccounts")
        self.accounts.setWordWrap(True)
        self.delete_choice = QRadioButton(self.tr("&Delete the contact"))
        self.anonymise_choice = QRadioButton(
            self.tr("&Anonymise it and keep the record for accounting")
        )
        self.modes = QButtonGroup(self)
        self.modes.addButton(self.delete_choice)
        self.modes.addButton(self.anonymise_choice)
        self.delete_choice.setEnabled(plan.can_delete)
        if not plan.can_delete:
            self.delete_choice.setToolTip(
                self.tr("A linked system has no delete: the record is anonymised there.")
            )
        (
            self.anonymise_choice if plan.suggested is ErasureMode.ANONYMISE else self.delete_choice
        ).setChecked(True)
        self.understood = QCheckBox(self.tr("I understand that this cannot be &undone"))
        self.understood.setObjectName("erasureUnderstood")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase_button = QPushButton(self.tr("&Erase"))
        self.erase_button.setObjectName("eraseButton")
        self.erase_button.setEnabled(False)
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        layout = QVBoxLayout(self)
        for widget in (heading, intro, self.rule, self.accounts):
            layout.addWidget(widget)
        layout.addWidget(self.delete_choice)
        layout.addWidget(self.anonymise_choice)
        layout.addWidget(self.understood)
        layout.addWidget(self.buttons)
        self.understood.toggled.connect(self.erase_button.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, self.sizeHint().height())
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setFocus()

    def mode(self) -> ErasureMode:
        return ErasureMode.DELETE if self.delete_choice.isChecked() else ErasureMode.ANONYMISE

    def accept(self) -> None:
        if self.understood.isChecked():
            super().accept()


__all__ = ["EraseDialog"]
