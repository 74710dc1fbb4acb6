"""Editors for contact points: addresses, e-mails, phones and web addresses.

Used for a contact's own contact points and, nested, for those of a professional identity.
Each row edits a copy of the point it was loaded from (id, remote id and unknown fields are
kept); type and usage context use the documented enums and show a value this Kontor
does not know as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.enums import (
    AddressType,
    AddressUsage,
    EmailType,
    PhoneType,
    PhoneUsage,
    UsageContext,
    WebAddressType,
)
from app.domain.models import (
    Address,
    AnyContact,
    ContactPoint,
    ContactPoints,
    Email,
    Phone,
    WebAddress,
    compose_full_address,
)
from app.ui.editors.pickers import country_picker_entries
from app.ui.editors.rows import FieldMap, Row, RowList, Section
from app.ui.editors.widgets import (
    ChoiceChecks,
    CodeCombo,
    EnumCombo,
    read_text,
    required_text,
    show_text,
    watch,
)


def _join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


class _PointRow(Row[ContactPoint]):
    """The fields every contact point has: type and usage context, in a grid."""

    def __init__(self, base: ContactPoint, types: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.base = base
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(3, 2)
        self.type_combo = EnumCombo(types)
        self.type_combo.set_value(base.type)
        self.context_combo = EnumCombo([c.value for c in UsageContext])
        self.context_combo.set_value(base.usage_context)
        self.place(0, self.tr("Type"), self.type_combo, self.tr("Context"), self.context_combo)
        self.description = _line(self.tr('A note, e.g. "only mornings"'))
        show_text(self.description, base.description)
        watch(self.emit_changed, self.type_combo, self.context_combo, self.description)

    def place_description(self) -> None:
        """Put the description below the row's own fields (so it comes last in tab order)."""
        self.place(self.grid.rowCount(), self.tr("Description"), self.description)

    def place(
        self,
        row: int,
        label: str,
        widget: QWidget,
        label2: str | None = None,
        widget2: QWidget | None = None,
    ) -> None:
        """Put one or two labelled fields on grid ``row`` (a single field spans the row)."""
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.grid.addWidget(caption, row, 0)
        if widget2 is None:
            self.grid.addWidget(widget, row, 1, 1, 3)
            return
        self.grid.addWidget(widget, row, 1)
        caption2 = QLabel(label2 or "")
        caption2.setBuddy(widget2)
        self.grid.addWidget(caption2, row, 2)
        self.grid.addWidget(widget2, row, 3)

    def common(self) -> dict[str, object]:
        return {
            "type": self.type_combo.value() or "",
            "usage_context": self.context_combo.value() or "",
            "description": read_text(self.description, self.base.description),
        }

    def fields(self, path: str) -> FieldMap:
        return {
            path: self,
            f"{path}.type": self.type_combo,
            f"{path}.usage_context": self.context_combo,
            f"{path}.description": self.description,
        }


def _line(placeholder: str = "") -> QLineEdit:
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    return edit


class AddressRow(_PointRow):
    """An address; the full address follows the parts until the user writes it by hand."""

    def __init__(self, base: Address, parent: QWidget | None = None) -> None:
        super().__init__(base, [t.value for t in AddressType], parent)
        self.base: Address = base
        self.usages = ChoiceChecks([u.value for u in AddressUsage])
        self.usages.set_values(base.usages)
        self.street = _line()
        self.number = _line()
        self.number.setMaximumWidth(90)
        self.additional = _line(self.tr("Building, floor, …"))
        self.zip = _line()
        self.zip.setMaximumWidth(110)
        self.city = _line()
        self.state = _line()
        self.country = CodeCombo(country_picker_entries(), self.tr("Type a country or code"))
        self.country.setObjectName("countryPicker")
        self.recipient = _line()
        self.care_of = _line()
        self.full = _line()
        self.place(1, self.tr("Usages"), self.usages)
        self.place(2, self.tr("Street"), self.street, self.tr("Number"), self.number)
        self.place(3, self.tr("Additional"), self.additional)
        self.place(4, self.tr("Postal code"), self.zip, self.tr("City"), self.city)
        self.place(5, self.tr("State"), self.state, self.tr("Country"), self.country)
        self.place(6, self.tr("Recipient"), self.recipient, self.tr("Care of"), self.care_of)
        self.place(7, self.tr("Full address"), self.full)
        self.place_description()
        self.full.setToolTip(
            self.tr("Filled in from the parts; write your own to override, clear it to go back")
        )
        for edit, value in (
            (self.street, base.street_name),
            (self.number, base.street_number),
            (self.additional, base.additional),
            (self.zip, base.zip),
            (self.city, base.city),
            (self.state, base.state),
            (self.recipient, base.recipient_name),
            (self.care_of, base.care_of),
            (self.full, base.full_address),
        ):
            show_text(edit, value)
        self.country.set_value(base.country_code)
        self.auto_full = base.full_address in ("", compose_full_address(base))
        self._update_placeholder()
        parts = (
            self.street,
            self.number,
            self.additional,
            self.zip,
            self.city,
            self.state,
            self.country,
            self.recipient,
            self.care_of,
        )
        watch(self._on_part_changed, *parts)
        watch(self.emit_changed, self.usages, self.full)
        self.full.textEdited.connect(self._on_full_edited)

    def _parts(self) -> Address:
        b = self.base
        return b.model_copy(
            deep=True,
            update={
                **self.common(),
                "usages": self.usages.values(),
                "street_name": read_text(self.street, b.street_name),
                "street_number": read_text(self.number, b.street_number),
                "additional": read_text(self.additional, b.additional),
                "zip": read_text(self.zip, b.zip),
                "city": read_text(self.city, b.city),
                "state": read_text(self.state, b.state),
                "country_code": self._country(),
                "recipient_name": read_text(self.recipient, b.recipient_name),
                "care_of": read_text(self.care_of, b.care_of),
            },
        )

    def _country(self) -> str | None:
        value = self.country.value()
        original = self.base.country_code
        return original if value in (None, "") and original in (None, "") else value

    def value(self) -> Address:
        address = self._parts()
        address.full_address = required_text(self.full, self.base.full_address)
        return address

    def _on_part_changed(self) -> None:
        if self.auto_full:
            self.full.setText(compose_full_address(self._parts()))
        self._update_placeholder()
        self.emit_changed()

    def _on_full_edited(self, text: str) -> None:
        composed = compose_full_address(self._parts())
        self.auto_full = text in ("", composed)
        self._update_placeholder()

    def _update_placeholder(self) -> None:
        self.full.setPlaceholderText(compose_full_address(self._parts()))

    def fields(self, path: str) -> FieldMap:
        found = super().fields(path)
        for name, widget in (
            ("usages", self.usages),
            ("street_name", self.street),
            ("street_number", self.number),
            ("additional", self.additional),
            ("zip", self.zip),
            ("city", self.city),
            ("state", self.state),
            ("country_code", self.country),
            ("recipient_name", self.recipient),
            ("care_of", self.care_of),
            ("full_address", self.full),
        ):
            found[f"{path}.{name}"] = widget
        return found


class EmailRow(_PointRow):
    def __init__(self, base: Email, parent: QWidget | None = None) -> None:
        super().__init__(base, [t.value for t in EmailType], parent)
        self.base: Email = base
        self.address = _line(self.tr("name@example.org"))
        show_text(self.address, base.address)
        self.place(1, self.tr("E-mail"), self.address)
        self.place_description()
        watch(self.emit_changed, self.address)

    def value(self) -> Email:
        update = {**self.common(), "address": required_text(self.address, self.base.address)}
        return self.base.model_copy(deep=True, update=update)

    def fields(self, path: str) -> FieldMap:
        return {**super().fields(path), f"{path}.address": self.address}


class PhoneRow(_PointRow):
    def __init__(self, base: Phone, parent: QWidget | None = None) -> None:
        super().__init__(base, [t.value for t in PhoneType], parent)
        self.base: Phone = base
        self.number = _line(self.tr("+32 9 123 45 67"))
        show_text(self.number, base.number)
        self.usages = ChoiceChecks([u.value for u in PhoneUsage])
        self.usages.set_values(base.usages)
        self.place(1, self.tr("Number"), self.number)
        self.place(2, self.tr("Usages"), self.usages)
        self.place_description()
        watch(self.emit_changed, self.number, self.usages)

    def value(self) -> Phone:
        update = {
            **self.common(),
            "number": required_text(self.number, self.base.number),
            "usages": self.usages.values(),
        }
        return self.base.model_copy(deep=True, update=update)

    def fields(self, path: str) -> FieldMap:
        return {
            **super().fields(path),
            f"{path}.number": self.number,
            f"{path}.usages": self.usages,
        }


class WebAddressRow(_PointRow):
    def __init__(self, base: WebAddress, parent: QWidget | None = None) -> None:
        super().__init__(base, [t.value for t in WebAddressType], parent)
        self.base: WebAddress = base
        self.url = _line(self.tr("https://"))
        show_text(self.url, base.url)
        self.place(1, self.tr("Web address"), self.url)
        self.place_description()
        watch(self.emit_changed, self.url)

    def value(self) -> WebAddress:
        update = {**self.common(), "url": required_text(self.url, self.base.url)}
        return self.base.model_copy(deep=True, update=update)

    def fields(self, path: str) -> FieldMap:
        return {**super().fields(path), f"{path}.url": self.url}


class ContactPointsEditor(QWidget):
    """The four lists of contact points of one owner (a contact or a professional identity)."""

    changed = Signal()
    addresses_changed = Signal()

    def __init__(self, default_context: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        context = default_context
        self.addresses: RowList[AddressRow] = RowList(
            self.tr("Addresses"),
            self.tr("Add address"),
            lambda: AddressRow(Address(usage_context=context)),
            self.tr("No addresses"),
        )
        self.phones: RowList[PhoneRow] = RowList(
            self.tr("Phones"),
            self.tr("Add phone"),
            lambda: PhoneRow(Phone(usage_context=context)),
            self.tr("No phones"),
        )
        self.emails: RowList[EmailRow] = RowList(
            self.tr("E-mails"),
            self.tr("Add e-mail"),
            lambda: EmailRow(Email(usage_context=context)),
            self.tr("No e-mail addresses"),
        )
        self.web_addresses: RowList[WebAddressRow] = RowList(
            self.tr("Web"),
            self.tr("Add web address"),
            lambda: WebAddressRow(WebAddress(usage_context=context)),
            self.tr("No web addresses"),
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        for rows in (self.addresses, self.phones, self.emails, self.web_addresses):
            layout.addWidget(rows)
            rows.changed.connect(self.changed)
        self.addresses.changed.connect(self.addresses_changed)

    def load(self, points: ContactPoints) -> None:
        self.addresses.set_rows([AddressRow(a) for a in points.addresses])
        self.phones.set_rows([PhoneRow(p) for p in points.phones])
        self.emails.set_rows([EmailRow(e) for e in points.emails])
        self.web_addresses.set_rows([WebAddressRow(w) for w in points.web_addresses])

    def current_addresses(self) -> list[Address]:
        return [row.value() for row in self.addresses.rows()]

    def apply(self, target: ContactPoints) -> None:
        target.addresses = self.current_addresses()
        target.phones = [row.value() for row in self.phones.rows()]
        target.emails = [row.value() for row in self.emails.rows()]
        target.web_addresses = [row.value() for row in self.web_addresses.rows()]

    def fields(self, prefix: str = "") -> FieldMap:
        found: FieldMap = {}
        for name, rows in (
            ("addresses", self.addresses),
            ("phones", self.phones),
            ("emails", self.emails),
            ("web_addresses", self.web_addresses),
        ):
            found.update(rows.fields(_join(prefix, name)))
        return found


class ContactPointsSection(Section):
    """The "Addresses, phones, e-mails, web" tab of a contact."""

    addresses_changed = Signal()

    def __init__(self, default_context: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points = ContactPointsEditor(default_context)
        layout = QVBoxLayout(self.content)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.points)
        layout.addStretch(1)
        self.points.changed.connect(self.changed)
        self.points.addresses_changed.connect(self.addresses_changed)

    def load(self, contact: AnyContact) -> None:
        self.points.load(contact)

    def apply(self, draft: AnyContact) -> None:
        self.points.apply(draft)

    def fields(self) -> FieldMap:
        return self.points.fields("")


__all__ = [
    "AddressRow",
    "ContactPointsEditor",
    "ContactPointsSection",
    "EmailRow",
    "PhoneRow",
    "WebAddressRow",
]
