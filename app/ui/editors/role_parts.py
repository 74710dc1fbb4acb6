"""Parts of the roles tab: the role group box, money, tax exemptions, delivery-and-invoicing
configurations, and the pickers for who manages a role and who pays for a customer.

A delivery configuration's invoice and delivery addresses are chosen from this contact's
*current* addresses (as edited on the addresses tab), shown by their display text.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.models import (
    Address,
    ContactRef,
    DeliveryAndInvoicingConfiguration,
    Money,
    OrganizationContact,
)
from app.ui.editors.identity_refs import IdentityChooser, PersonDetails
from app.ui.editors.pickers import ContactPicker, SearchFn
from app.ui.editors.rows import FieldMap, Row
from app.ui.editors.widgets import (
    CodeCombo,
    EnumCombo,
    OptionalDateEdit,
    currency_entries,
    read_text,
    show_text,
)
from app.ui.formats import AMOUNT_PATTERN, money_text, parse_money

# (address id, its remote id, display text) of the contact's current addresses.
AddressChoice = tuple[str, str | None, str]


def address_choices(addresses: list[Address], label: str) -> list[AddressChoice]:
    """What the address pickers offer; ``label`` names an address without any text."""
    return [
        (a.id, a.remote_id, a.display().strip() or label.format(number=i + 1))
        for i, a in enumerate(addresses)
    ]


def role_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setVerticalSpacing(6)
    return form


def form_holder(form: QFormLayout) -> QWidget:
    holder = QWidget()
    form.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(form)
    return holder


def server_field(tooltip: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setReadOnly(True)
    edit.setEnabled(False)
    edit.setToolTip(tooltip)
    return edit


class RoleBox(QGroupBox):
    """A checkable group whose body shows only while the role is on."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setCheckable(True)
        self.body = QWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.addWidget(self.body)
        self.toggled.connect(self._on_toggled)

    def _on_toggled(self, on: bool) -> None:
        self.body.setVisible(on)
        if on and not self.signalsBlocked():
            self.turned_on()

    def turned_on(self) -> None:
        """Called when the user gives the contact this role."""

    def switch(self, on: bool) -> None:
        self.blockSignals(True)
        self.setChecked(on)
        self.blockSignals(False)
        self.body.setVisible(on)

    @staticmethod
    def default_since(since: OptionalDateEdit) -> None:
        if since.value() is None:
            since.check.setChecked(True)
            since.date_edit.setDate(QDate.currentDate())


def _nobody(_: str) -> list[tuple[str, str]]:
    return []


@dataclass(frozen=True)
class RoleLookups:
    """What the roles tab may look up: people and organizations by name, and by id."""

    people: SearchFn = _nobody
    organizations: SearchFn = _nobody
    person_details: PersonDetails | None = None
    organization_details: Callable[[str], OrganizationContact | None] | None = None

    def contacts(self, text: str) -> list[tuple[str, str]]:
        return self.people(text) + self.organizations(text)

    def organization_name(self, contact_id: str) -> str | None:
        found = self.organization_details(contact_id) if self.organization_details else None
        return found.name if found is not None else None

    def contact_name(self, contact_id: str) -> str | None:
        person = self.person_details(contact_id) if self.person_details else None
        return person.name if person is not None else self.organization_name(contact_id)

    def identity_chooser(self) -> IdentityChooser:
        """A person and one of their professional identities at any organization."""
        chooser = IdentityChooser(
            self.people, self.person_details, self.organization_name, stacked=True
        )
        chooser.set_organization(None)
        return chooser


class PayerPicker(ContactPicker):
    """The contact (person or organization) who pays; an id that cannot be resolved is kept."""

    def __init__(self, lookups: RoleLookups, parent: QWidget | None = None) -> None:
        super().__init__(lookups.contacts, "", parent)
        self.edit.setPlaceholderText(self.tr("Type part of a person's or organization's name"))
        self._lookups = lookups
        self._base: ContactRef | None = None

    def load(self, ref: ContactRef | None) -> None:
        self._base = ref
        if ref is None:
            self.set_ref("", None)
        else:
            self.set_ref(ref.id, self._lookups.contact_name(ref.id))

    def value(self) -> ContactRef | None:
        contact_id = self.contact_id()
        if not contact_id:
            return None
        if self._base is not None and self._base.id == contact_id:
            return self._base.model_copy(deep=True)
        return ContactRef(id=contact_id)


class MoneyEdit(QWidget):
    """An amount and an ISO 4217 currency; an empty amount means no money at all."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.amount = QLineEdit()
        example = money_text(Decimal("1000.50"))
        self.amount.setPlaceholderText(self.tr("Amount, e.g. {example}").format(example=example))
        self.amount.setValidator(
            QRegularExpressionValidator(QRegularExpression(AMOUNT_PATTERN), self.amount)
        )
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.currency = CodeCombo(currency_entries(), self.tr("Currency"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.amount, 1)
        layout.addWidget(self.currency, 1)
        self.setFocusProxy(self.amount)
        self._original: Money | None = None
        self.amount.textChanged.connect(lambda *_: self.changed.emit())
        self.currency.currentIndexChanged.connect(lambda *_: self.changed.emit())
        self.currency.editTextChanged.connect(lambda *_: self.changed.emit())

    def set_value(self, money: Money | None, default_currency: str = "EUR") -> None:
        self._original = money
        show_text(self.amount, money_text(money.value) if money is not None else "")
        self.currency.set_value(money.unit if money is not None else default_currency)

    def value(self) -> Money | None:
        original = self._original
        text = read_text(self.amount, str(original.value) if original else None)
        unit = self.currency.value() or ""
        if original is not None and text == str(original.value) and unit == original.unit:
            return original
        amount = parse_money(text or "")
        if amount is None:
            return None
        # not an amount: NaN, and validation says "the amount is not a number"
        return Money(value=amount, unit=unit)


class StringListEditor(QWidget):
    """A list of open-enum values (tax exemptions): pick or type one, add, remove."""

    changed = Signal()

    def __init__(self, known: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setMaximumHeight(70)
        self.list.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.choice = EnumCombo(known, editable=True)
        self.choice.set_value(None)
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        line = QHBoxLayout()
        line.addWidget(self.choice, 1)
        line.addWidget(self.add_button)
        line.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(line)
        self.add_button.clicked.connect(self._on_add)
        self.remove_button.clicked.connect(self._on_remove)

    def set_values(self, values: list[str]) -> None:
        self.list.clear()
        self.list.addItems(values)

    def values(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _on_add(self) -> None:
        value = (self.choice.value() or "").strip()
        if value and value not in self.values():
            self.list.addItem(value)
            self.changed.emit()

    def _on_remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()


class AddressCombo(QComboBox):
    """One of this contact's current addresses (or none); a loaded id is kept as it was."""

    def __init__(self, original: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original = original
        self._resolved: str | None = None  # the local id the original refers to
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)

    def set_choices(self, choices: list[AddressChoice]) -> None:
        current = self.currentData() if self.count() else self._original
        if not self.count() and self._original is not None:
            for local, remote, _ in choices:
                if self._original in (local, remote):
                    self._resolved = current = local
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("(none)"), None)
        for local, _, text in choices:
            self.addItem(text, local)
            self.setItemData(self.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        index = self.findData(current) if current is not None else 0
        if index < 0:
            # Not one of this contact's addresses (any more): shown, kept, and flagged.
            self.addItem(self.tr("(unknown address {id})").format(id=current), current)
            index = self.count() - 1
        self.setCurrentIndex(index)
        self.blockSignals(False)

    def value(self) -> str | None:
        data = self.currentData()
        if data is not None and data == self._resolved:
            return self._original
        return None if data is None else str(data)


class DeliveryConfigRow(Row[DeliveryAndInvoicingConfiguration]):
    """Brand limitation, invoice address and delivery address of one configuration."""

    def __init__(
        self,
        base: DeliveryAndInvoicingConfiguration,
        choices: list[AddressChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.base = base
        self.brand = QLineEdit()
        self.brand.setPlaceholderText(self.tr("Any brand"))
        show_text(self.brand, base.limitations.brand_id)
        self.invoice = AddressCombo(base.invoice_address_id)
        self.delivery = AddressCombo(base.delivery_address_id)
        self.set_choices(choices)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Brand")), 0, 0)
        grid.addWidget(self.brand, 0, 1)
        grid.addWidget(QLabel(self.tr("Invoice to")), 1, 0)
        grid.addWidget(self.invoice, 1, 1)
        grid.addWidget(QLabel(self.tr("Deliver to")), 2, 0)
        grid.addWidget(self.delivery, 2, 1)
        grid.setColumnStretch(1, 1)
        self.brand.textChanged.connect(lambda *_: self.emit_changed())
        self.invoice.currentIndexChanged.connect(lambda *_: self.emit_changed())
        self.delivery.currentIndexChanged.connect(lambda *_: self.emit_changed())

    def set_choices(self, choices: list[AddressChoice]) -> None:
        self.invoice.set_choices(choices)
        self.delivery.set_choices(choices)

    def value(self) -> DeliveryAndInvoicingConfiguration:
        b = self.base
        limitations = b.limitations.model_copy(
            update={"brand_id": read_text(self.brand, b.limitations.brand_id)}
        )
        return b.model_copy(
            deep=True,
            update={
                "limitations": limitations,
                "invoice_address_id": self.invoice.value(),
                "delivery_address_id": self.delivery.value(),
            },
        )

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.limitations": self.brand,
            f"{path}.invoice_address_id": self.invoice,
            f"{path}.delivery_address_id": self.delivery,
        }


__all__ = [
    "AddressChoice",
    "AddressCombo",
    "DeliveryConfigRow",
    "MoneyEdit",
    "PayerPicker",
    "RoleBox",
    "RoleLookups",
    "StringListEditor",
    "address_choices",
    "form_holder",
    "role_form",
    "server_field",
]
