"""The "Roles" tab: customer, supplier and alternative-payer roles.

Each role is a checkable group: ticking it gives the contact the role (with today as its
"since" date), unticking removes it; ticking it again brings back what was there. Fields the
server assigns (debtor and creditor accounts) are shown read-only; the rest of a role that the
tab does not show (unknown fields) is kept. Who manages a customer or supplier is a person and
one of their professional identities; the alternative payer is any person or organization.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_TAX_EXEMPTIONS
from app.domain.models import (
    AlternativePayerRole,
    AnyContact,
    CustomerCard,
    CustomerRole,
    CustomerTaxInformation,
    DeliveryAndInvoicingConfiguration,
    SupplierRole,
    SupplierTaxInformation,
)
from app.ui.editors.role_parts import (
    AddressChoice,
    DeliveryConfigRow,
    MoneyEdit,
    PayerPicker,
    RoleBox,
    RoleLookups,
    StringListEditor,
    form_holder,
    role_form,
    server_field,
)
from app.ui.editors.rows import Columns, FieldMap, RowList, Section
from app.ui.editors.widgets import (
    OptionalDateEdit,
    read_text,
    required_text,
    show_text,
    watch,
)


class CustomerBox(RoleBox):
    def __init__(self, lookups: RoleLookups | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Customer"), parent)
        lookups = lookups or RoleLookups()
        self._base: CustomerRole | None = None
        self._choices: list[AddressChoice] = []
        self.customer_id = QLineEdit()
        self.since = OptionalDateEdit()
        self.is_active = QCheckBox(self.tr("Active"))
        self.is_suspended = QCheckBox(self.tr("Suspended"))
        self.formal_invoice = QCheckBox(self.tr("Requires formal invoice"))
        self.gln = QLineEdit()
        self.gln.setPlaceholderText(self.tr("13 digits"))
        self.card = QLineEdit()
        self.managed_by = lookups.identity_chooser()
        self.alternative_payer = PayerPicker(lookups)
        self.debtor = server_field(self.tr("Assigned by the server"))
        self.eu_vat = QLineEdit()
        self.tax_registration = QLineEdit()
        self.exemptions = StringListEditor(KNOWN_TAX_EXEMPTIONS)
        self.credit_limit = MoneyEdit()
        flags = QHBoxLayout()
        for box in (self.is_active, self.is_suspended):
            flags.addWidget(box)
        flags.addStretch(1)
        left = role_form()
        left.addRow(self.tr("Customer number"), self.customer_id)
        left.addRow(self.tr("Customer since"), self.since)
        left.addRow("", flags)
        left.addRow("", self.formal_invoice)
        left.addRow(self.tr("GLN"), self.gln)
        left.addRow(self.tr("Customer card"), self.card)
        left.addRow(self.tr("Alternative payer"), self.alternative_payer)
        left.addRow(self.tr("Debtor account"), self.debtor)
        right = role_form()
        right.addRow(self.tr("Managed by"), self.managed_by)
        right.addRow(self.tr("Credit limit"), self.credit_limit)
        right.addRow(self.tr("EU VAT number"), self.eu_vat)
        right.addRow(self.tr("Tax registration no."), self.tax_registration)
        right.addRow(self.tr("Tax exemptions"), self.exemptions)
        self.configurations: RowList[DeliveryConfigRow] = RowList(
            self.tr("Delivery and invoicing"),
            self.tr("Add configuration"),
            lambda: DeliveryConfigRow(DeliveryAndInvoicingConfiguration(), self._choices),
            self.tr("No delivery and invoicing configurations"),
        )
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(Columns(form_holder(left), form_holder(right)))
        body.addWidget(self.configurations)
        self.switch(False)

    def watched(self) -> tuple[QWidget, ...]:
        return (
            self,
            self.customer_id,
            self.since,
            self.is_active,
            self.is_suspended,
            self.formal_invoice,
            self.gln,
            self.card,
            self.alternative_payer,
            self.managed_by,
            self.eu_vat,
            self.tax_registration,
            self.exemptions,
            self.credit_limit,
            self.configurations,
        )

    def load(self, role: CustomerRole | None) -> None:
        self._base = role
        r = role or CustomerRole()
        self.switch(role is not None)
        show_text(self.customer_id, r.customer_id)
        self.since.set_value(r.customer_since)
        self.is_active.setChecked(r.is_active)
        self.is_suspended.setChecked(r.is_suspended)
        self.formal_invoice.setChecked(r.requires_formal_invoice)
        show_text(self.gln, r.global_location_number)
        show_text(self.card, r.external_card.number if r.external_card else None)
        self.alternative_payer.load(r.alternative_payer)
        self.managed_by.set_ref(r.managed_by)
        show_text(self.debtor, r.debtor_account_id)
        tax = r.tax_information or CustomerTaxInformation()
        show_text(self.eu_vat, tax.eu_vat_number)
        show_text(self.tax_registration, tax.tax_registration_number)
        self.exemptions.set_values(list(tax.enabled_tax_exemptions))
        self.credit_limit.set_value(r.credit_limit)
        self.configurations.set_rows(
            [DeliveryConfigRow(c, self._choices) for c in r.delivery_and_invoicing_configurations]
        )

    def turned_on(self) -> None:
        self.default_since(self.since)
        self.customer_id.setFocus()

    def set_addresses(self, choices: list[AddressChoice]) -> None:
        self._choices = choices
        for row in self.configurations.rows():
            row.set_choices(choices)

    def value(self) -> CustomerRole | None:
        if not self.isChecked():
            return None
        base = self._base or CustomerRole()
        tax_base = base.tax_information
        eu_vat = read_text(self.eu_vat, tax_base.eu_vat_number if tax_base else None)
        registration = read_text(
            self.tax_registration, tax_base.tax_registration_number if tax_base else None
        )
        exemptions = self.exemptions.values()
        tax = None
        if tax_base is not None or eu_vat or registration or exemptions:
            tax = (tax_base or CustomerTaxInformation()).model_copy(
                update={
                    "eu_vat_number": eu_vat,
                    "tax_registration_number": registration,
                    "enabled_tax_exemptions": exemptions,
                }
            )
        card_base = base.external_card
        number = read_text(self.card, card_base.number if card_base else None)
        card = card_base
        if card_base is not None or number:
            card = (card_base or CustomerCard()).model_copy(update={"number": number})
        return base.model_copy(
            deep=True,
            update={
                "customer_id": required_text(self.customer_id, base.customer_id),
                "customer_since": self.since.value(),
                "is_active": self.is_active.isChecked(),
                "is_suspended": self.is_suspended.isChecked(),
                "requires_formal_invoice": self.formal_invoice.isChecked(),
                "global_location_number": read_text(self.gln, base.global_location_number),
                "external_card": card,
                "alternative_payer": self.alternative_payer.value(),
                "managed_by": self.managed_by.ref(),
                "tax_information": tax,
                "credit_limit": self.credit_limit.value(),
                "delivery_and_invoicing_configurations": [
                    row.value() for row in self.configurations.rows()
                ],
            },
        )

    def fields(self) -> FieldMap:
        p = "customer_role"
        return {
            p: self,
            f"{p}.customer_id": self.customer_id,
            f"{p}.customer_since": self.since,
            f"{p}.is_active": self.is_active,
            f"{p}.is_suspended": self.is_suspended,
            f"{p}.requires_formal_invoice": self.formal_invoice,
            f"{p}.global_location_number": self.gln,
            f"{p}.external_card": self.card,
            f"{p}.alternative_payer": self.alternative_payer.edit,
            f"{p}.managed_by": self.managed_by.person.edit,
            f"{p}.tax_information": self.eu_vat,
            f"{p}.tax_information.eu_vat_number": self.eu_vat,
            f"{p}.tax_information.tax_registration_number": self.tax_registration,
            f"{p}.tax_information.enabled_tax_exemptions": self.exemptions.list,
            f"{p}.credit_limit": self.credit_limit.amount,
            f"{p}.credit_limit.unit": self.credit_limit.currency,
            **self.configurations.fields(f"{p}.delivery_and_invoicing_configurations"),
        }


class SupplierBox(RoleBox):
    def __init__(self, lookups: RoleLookups | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Supplier"), parent)
        self.managed_by = (lookups or RoleLookups()).identity_chooser()
        self._base: SupplierRole | None = None
        self.supplier_id = QLineEdit()
        self.since = OptionalDateEdit()
        self.is_active = QCheckBox(self.tr("Active"))
        self.my_customer_id = QLineEdit()
        self.my_customer_id.setPlaceholderText(self.tr("Our number at this supplier"))
        self.gln = QLineEdit()
        self.gln.setPlaceholderText(self.tr("13 digits"))
        self.eu_vat = QLineEdit()
        self.tax_registration = QLineEdit()
        self.creditor = server_field(self.tr("Assigned by the server"))
        left = role_form()
        left.addRow(self.tr("Supplier number"), self.supplier_id)
        left.addRow(self.tr("Supplier since"), self.since)
        left.addRow("", self.is_active)
        left.addRow(self.tr("My customer number"), self.my_customer_id)
        left.addRow(self.tr("Managed by"), self.managed_by)
        right = role_form()
        right.addRow(self.tr("EU VAT number"), self.eu_vat)
        right.addRow(self.tr("Tax registration no."), self.tax_registration)
        right.addRow(self.tr("GLN"), self.gln)
        right.addRow(self.tr("Creditor account"), self.creditor)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(Columns(form_holder(left), form_holder(right)))
        self.switch(False)

    def watched(self) -> tuple[QWidget, ...]:
        return (
            self,
            self.supplier_id,
            self.since,
            self.is_active,
            self.my_customer_id,
            self.managed_by,
            self.gln,
            self.eu_vat,
            self.tax_registration,
        )

    def load(self, role: SupplierRole | None) -> None:
        self._base = role
        r = role or SupplierRole()
        self.switch(role is not None)
        show_text(self.supplier_id, r.supplier_id)
        self.since.set_value(r.supplier_since)
        self.is_active.setChecked(r.is_active)
        show_text(self.my_customer_id, r.my_customer_id)
        self.managed_by.set_ref(r.managed_by)
        show_text(self.gln, r.global_location_number)
        tax = r.tax_information or SupplierTaxInformation()
        show_text(self.eu_vat, tax.eu_vat_number)
        show_text(self.tax_registration, tax.tax_registration_number)
        show_text(self.creditor, r.creditor_account_id)

    def turned_on(self) -> None:
        self.default_since(self.since)
        self.supplier_id.setFocus()

    def value(self) -> SupplierRole | None:
        if not self.isChecked():
            return None
        base = self._base or SupplierRole()
        tax_base = base.tax_information
        eu_vat = read_text(self.eu_vat, tax_base.eu_vat_number if tax_base else None)
        registration = read_text(
            self.tax_registration, tax_base.tax_registration_number if tax_base else None
        )
        tax = tax_base
        if tax_base is not None or eu_vat or registration:
            tax = (tax_base or SupplierTaxInformation()).model_copy(
                update={"eu_vat_number": eu_vat, "tax_registration_number": registration}
            )
        return base.model_copy(
            deep=True,
            update={
                "supplier_id": required_text(self.supplier_id, base.supplier_id),
                "supplier_since": self.since.value(),
                "is_active": self.is_active.isChecked(),
                "my_customer_id": read_text(self.my_customer_id, base.my_customer_id),
                "managed_by": self.managed_by.ref(),
                "global_location_number": read_text(self.gln, base.global_location_number),
                "tax_information": tax,
            },
        )

    def fields(self) -> FieldMap:
        p = "supplier_role"
        return {
            p: self,
            f"{p}.supplier_id": self.supplier_id,
            f"{p}.supplier_since": self.since,
            f"{p}.is_active": self.is_active,
            f"{p}.my_customer_id": self.my_customer_id,
            f"{p}.managed_by": self.managed_by.person.edit,
            f"{p}.global_location_number": self.gln,
            f"{p}.tax_information": self.eu_vat,
            f"{p}.tax_information.eu_vat_number": self.eu_vat,
            f"{p}.tax_information.tax_registration_number": self.tax_registration,
        }


class AlternativePayerBox(RoleBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Alternative payer"), parent)
        self._base: AlternativePayerRole | None = None
        self.payer_id = QLineEdit()
        self.since = OptionalDateEdit()
        self.is_active = QCheckBox(self.tr("Active"))
        self.debtor = server_field(self.tr("Assigned by the server"))
        form = role_form()
        form.addRow(self.tr("Alternative payer number"), self.payer_id)
        form.addRow(self.tr("Since"), self.since)
        form.addRow("", self.is_active)
        form.addRow(self.tr("Debtor account"), self.debtor)
        grid = QGridLayout(self.body)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addLayout(form, 0, 0)
        grid.setColumnStretch(1, 1)
        self.switch(False)

    def watched(self) -> tuple[QWidget, ...]:
        return (self, self.payer_id, self.since, self.is_active)

    def load(self, role: AlternativePayerRole | None) -> None:
        self._base = role
        r = role or AlternativePayerRole()
        self.switch(role is not None)
        show_text(self.payer_id, r.alternative_payer_id)
        self.since.set_value(r.since)
        self.is_active.setChecked(r.is_active)
        show_text(self.debtor, r.debtor_account_id)

    def turned_on(self) -> None:
        self.default_since(self.since)
        self.payer_id.setFocus()

    def value(self) -> AlternativePayerRole | None:
        if not self.isChecked():
            return None
        base = self._base or AlternativePayerRole()
        return base.model_copy(
            deep=True,
            update={
                "alternative_payer_id": required_text(self.payer_id, base.alternative_payer_id),
                "since": self.since.value(),
                "is_active": self.is_active.isChecked(),
            },
        )

    def fields(self) -> FieldMap:
        p = "alternative_payer_role"
        return {
            p: self,
            f"{p}.alternative_payer_id": self.payer_id,
            f"{p}.since": self.since,
            f"{p}.is_active": self.is_active,
        }


class RolesSection(Section):
    """The three roles a contact can have, one group each."""

    def __init__(self, lookups: RoleLookups | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.customer = CustomerBox(lookups)
        self.supplier = SupplierBox(lookups)
        self.alternative_payer = AlternativePayerBox()
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(10)
        for box in (self.customer, self.supplier, self.alternative_payer):
            layout.addWidget(box)
            watch(self.changed.emit, *box.watched())
        layout.addStretch(1)

    def load(self, contact: AnyContact) -> None:
        self.customer.load(contact.customer_role)
        self.supplier.load(contact.supplier_role)
        self.alternative_payer.load(contact.alternative_payer_role)

    def set_addresses(self, choices: list[AddressChoice]) -> None:
        self.customer.set_addresses(choices)

    def apply(self, draft: AnyContact) -> None:
        draft.customer_role = self.customer.value()
        draft.supplier_role = self.supplier.value()
        draft.alternative_payer_role = self.alternative_payer.value()

    def fields(self) -> FieldMap:
        return {
            **self.customer.fields(),
            **self.supplier.fields(),
            **self.alternative_payer.fields(),
        }


__all__ = ["AlternativePayerBox", "CustomerBox", "RolesSection", "SupplierBox"]
