"""The "General" tab: names and dates of a person, or names and registrations of an organization.

A person's display name follows the name parts (title, given, family, suffix) until the user
writes it by hand; clearing it hands it back to the parts.

When sync is set up, the fields the linked account does not carry get a small mark beside
their label, with a tooltip naming the account, and a line under the form explains the mark.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import KNOWN_ORGANIZATION_TYPES, Gender, OwnerType
from app.domain.models import AnyContact, IndividualContact, OrganizationContact, Owner
from app.ui.editors.custom_fields import CustomFieldsEditor
from app.ui.editors.rows import Columns, FieldMap, Section
from app.ui.editors.widgets import (
    EnumCombo,
    OptionalDateEdit,
    OptionalSpinBox,
    read_text,
    required_text,
    same_empty,
    show_text,
    watch,
)


def _form(title: str) -> tuple[QGroupBox, QFormLayout]:
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setContentsMargins(10, 8, 10, 8)
    form.setVerticalSpacing(6)
    return box, form


MARK_SIZE = 14


def _local_mark_pixmap(widget: QWidget) -> QPixmap:
    icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_ComputerIcon)
    return icon.pixmap(MARK_SIZE, MARK_SIZE)


class RowLabel(QWidget):
    """A form row's label, with the mark shown when the field stays on this computer."""

    def __init__(self, text: str, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.label = QLabel(text)
        self.label.setBuddy(field)
        self.mark = QLabel()
        self.mark.setPixmap(_local_mark_pixmap(self))
        self.mark.setAccessibleName(self.tr("Kept on this computer only"))
        self.mark.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.mark)
        layout.addStretch(1)

    def text(self) -> str:
        return self.label.text()

    def set_local_only(self, tooltip: str | None) -> None:
        """Show the mark with ``tooltip``; ``None`` hides it."""
        self.mark.setVisible(tooltip is not None)
        self.mark.setToolTip(tooltip or "")
        self.setToolTip(tooltip or "")


class _GeneralBase(Section):
    """External id, internal note and custom fields: what both kinds of contact have."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self.content)
        self.column.setContentsMargins(8, 8, 8, 8)
        self.column.setSpacing(10)
        self._contact: AnyContact | None = None
        self.row_labels: dict[str, RowLabel] = {}
        self.local_note = QWidget()
        note = QHBoxLayout(self.local_note)
        note.setContentsMargins(2, 0, 2, 0)
        note.setSpacing(6)
        icon = QLabel()
        icon.setPixmap(_local_mark_pixmap(self))
        self.local_note_text = QLabel()
        self.local_note_text.setWordWrap(True)
        note.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        note.addWidget(self.local_note_text, 1)
        self.local_note.hide()

    def _row(self, form: QFormLayout, text: str, field: QWidget, key: str) -> None:
        """Add a row for the field ``key`` (its path in :meth:`fields`)."""
        label = RowLabel(text, field)
        self.row_labels[key] = label
        form.addRow(label, field)

    def show_local_only(self, fields: Collection[str], account: str) -> None:
        """Mark the rows of ``fields`` as kept on this computer, not sent to ``account``;
        no fields clears every mark."""
        tooltip = self.tr("Kept on this computer only — not sent to {account}").format(
            account=account
        )
        names = set(fields)
        for key, label in self.row_labels.items():
            top = key.split(".", 1)[0]
            label.set_local_only(tooltip if top in names else None)
        if not names:
            self.local_note.hide()
            return
        if "custom_fields" in names:
            text = self.tr(
                "Fields with this mark and the custom fields are kept on this computer only"
                " — {account} does not carry them."
            )
        else:
            text = self.tr(
                "Fields with this mark are kept on this computer only"
                " — {account} does not carry them."
            )
        self.local_note_text.setText(text.format(account=account))
        self.local_note.show()

    def _build_common(self) -> None:
        """Make the "Other" box and the custom fields; the subclass places them."""
        self.other_box, form = _form(self.tr("Other"))
        self.external_id = QLineEdit()
        self.external_id.setPlaceholderText(self.tr("ID in another system"))
        self.internal_note = QPlainTextEdit()
        self.internal_note.setPlaceholderText(self.tr("Only visible here"))
        self.internal_note.setTabChangesFocus(True)
        self.internal_note.setMinimumHeight(70)
        self.internal_note.setMaximumHeight(110)
        self._row(form, self.tr("External ID"), self.external_id, "external_id")
        self._row(form, self.tr("Internal note"), self.internal_note, "internal_note")
        self.custom_fields = CustomFieldsEditor()
        watch(self.changed.emit, self.external_id, self.internal_note, self.custom_fields)

    def _load_common(self, contact: AnyContact) -> None:
        self._contact = contact
        show_text(self.external_id, contact.external_id)
        show_text(self.internal_note, contact.internal_note)
        self.custom_fields.load(contact.custom_fields)

    def _apply_common(self, draft: AnyContact) -> None:
        base = self._contact or draft
        draft.external_id = read_text(self.external_id, base.external_id)
        draft.internal_note = read_text(self.internal_note, base.internal_note)
        draft.custom_fields = self.custom_fields.values()

    def _common_fields(self) -> FieldMap:
        return {
            "external_id": self.external_id,
            "internal_note": self.internal_note,
            **self.custom_fields.fields(),
        }


class IndividualGeneral(_GeneralBase):
    """Name parts, display name, gender, dates, locale and owner of a person."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_box, form = _form(self.tr("Name"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. Dr."))
        self.given_name = QLineEdit()
        self.family_name = QLineEdit()
        self.title_suffix = QLineEdit()
        self.title_suffix.setPlaceholderText(self.tr("e.g. MSc"))
        self.name = QLineEdit()
        self.name.setToolTip(
            self.tr(
                "Filled in from the name parts; write your own to override, clear it to go back"
            )
        )
        self._row(form, self.tr("Title"), self.title, "title")
        self._row(form, self.tr("Given name"), self.given_name, "given_name")
        self._row(form, self.tr("Family name"), self.family_name, "family_name")
        self._row(form, self.tr("Title suffix"), self.title_suffix, "title_suffix")
        self._row(form, self.tr("Display name"), self.name, "name")

        self.personal_box, form = _form(self.tr("Personal"))
        self.gender = EnumCombo([g.value for g in Gender], empty="—")
        self.date_of_birth = OptionalDateEdit()
        self.anniversary = OptionalDateEdit()
        self.locale_edit = QLineEdit()
        self.locale_edit.setPlaceholderText(self.tr("e.g. nl-BE"))
        self._row(form, self.tr("Gender"), self.gender, "gender")
        self._row(form, self.tr("Date of birth"), self.date_of_birth, "date_of_birth")
        self._row(form, self.tr("Anniversary"), self.anniversary, "anniversary")
        self._row(form, self.tr("Locale"), self.locale_edit, "locale")

        self.owner_box, form = _form(self.tr("Owner"))
        self.owner_type = EnumCombo([t.value for t in OwnerType], empty="—")
        self.owner_first = QLineEdit()
        self.owner_last = QLineEdit()
        self.owner_email = QLineEdit()
        self._row(form, self.tr("Owner type"), self.owner_type, "owner.type")
        self._row(form, self.tr("First name"), self.owner_first, "owner.first_name")
        self._row(form, self.tr("Last name"), self.owner_last, "owner.last_name")
        self._row(form, self.tr("E-mail"), self.owner_email, "owner.email")

        # Added in reading order, which is also the tab order.
        self._build_common()
        self.column.addWidget(self.local_note)
        self.column.addWidget(Columns(self.name_box, self.personal_box))
        self.column.addWidget(Columns(self.other_box, self.owner_box))
        self.column.addWidget(self.custom_fields)
        self.column.addStretch(1)
        self.name_auto = True
        parts = (self.title, self.given_name, self.family_name, self.title_suffix)
        watch(self._on_part_changed, *parts)
        self.name.textEdited.connect(self._on_name_edited)
        watch(
            self.changed.emit,
            self.name,
            self.gender,
            self.date_of_birth,
            self.anniversary,
            self.locale_edit,
            self.owner_type,
            self.owner_first,
            self.owner_last,
            self.owner_email,
        )

    def load(self, contact: AnyContact) -> None:
        assert isinstance(contact, IndividualContact)
        self._load_common(contact)
        for edit, value in (
            (self.title, contact.title),
            (self.given_name, contact.given_name),
            (self.family_name, contact.family_name),
            (self.title_suffix, contact.title_suffix),
            (self.name, contact.name),
            (self.locale_edit, contact.locale),
        ):
            show_text(edit, value)
        self.name_auto = contact.name in ("", contact.composed_name())
        self.gender.set_value(contact.gender)
        self.date_of_birth.set_value(contact.date_of_birth)
        self.anniversary.set_value(contact.anniversary)
        owner = contact.owner or Owner(type="")
        self.owner_type.set_value(owner.type)
        show_text(self.owner_first, owner.first_name)
        show_text(self.owner_last, owner.last_name)
        show_text(self.owner_email, owner.email)

    def _composed(self) -> str:
        base = self._contact if isinstance(self._contact, IndividualContact) else None
        probe = IndividualContact(
            title=read_text(self.title, base.title if base else None),
            given_name=read_text(self.given_name, base.given_name if base else None),
            family_name=read_text(self.family_name, base.family_name if base else None),
            title_suffix=read_text(self.title_suffix, base.title_suffix if base else None),
        )
        return probe.composed_name()

    def _on_part_changed(self) -> None:
        if self.name_auto:
            self.name.setText(self._composed())
        self.changed.emit()

    def _on_name_edited(self, text: str) -> None:
        self.name_auto = text in ("", self._composed())

    def apply(self, draft: AnyContact) -> None:
        assert isinstance(draft, IndividualContact)
        base = self._contact if isinstance(self._contact, IndividualContact) else draft
        self._apply_common(draft)
        draft.title = read_text(self.title, base.title)
        draft.given_name = read_text(self.given_name, base.given_name)
        draft.family_name = read_text(self.family_name, base.family_name)
        draft.title_suffix = read_text(self.title_suffix, base.title_suffix)
        draft.name = required_text(self.name, base.name)
        draft.gender = same_empty(self.gender.value(), base.gender)
        draft.date_of_birth = self.date_of_birth.value()
        draft.anniversary = self.anniversary.value()
        draft.locale = read_text(self.locale_edit, base.locale)
        draft.owner = self._owner(base.owner)

    def _owner(self, original: Owner | None) -> Owner | None:
        owner = original or Owner(type="")
        kind = self.owner_type.value() or ""
        first = read_text(self.owner_first, owner.first_name)
        last = read_text(self.owner_last, owner.last_name)
        email = read_text(self.owner_email, owner.email)
        if original is None and not (kind or first or last or email):
            return None
        return owner.model_copy(
            update={
                "type": kind or (original.type if original else "user"),
                "first_name": first,
                "last_name": last,
                "email": email,
            }
        )

    def fields(self) -> FieldMap:
        return {
            **self._common_fields(),
            "name": self.name,
            "title": self.title,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "title_suffix": self.title_suffix,
            "gender": self.gender,
            "date_of_birth": self.date_of_birth,
            "anniversary": self.anniversary,
            "locale": self.locale_edit,
            "owner": self.owner_box,
            "owner.type": self.owner_type,
            "owner.first_name": self.owner_first,
            "owner.last_name": self.owner_last,
            "owner.email": self.owner_email,
        }


class OrganizationGeneral(_GeneralBase):
    """Name, type, founding and the registration numbers of an organization."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.org_box, form = _form(self.tr("Organization"))
        self.name = QLineEdit()
        self.organization_type = EnumCombo(KNOWN_ORGANIZATION_TYPES, editable=True)
        self.organization_type.lineEdit().setPlaceholderText(self.tr("e.g. company"))  # type: ignore[union-attr]
        self.founded = OptionalDateEdit()
        self.founding_year = OptionalSpinBox(1, 9999)
        self.invoice_language = QLineEdit()
        self.invoice_language.setPlaceholderText(self.tr("e.g. NL"))
        self.invoice_language.setMaxLength(8)
        self._row(form, self.tr("Name"), self.name, "name")
        self._row(form, self.tr("Organization type"), self.organization_type, "organization_type")
        self._row(form, self.tr("Founded"), self.founded, "founded")
        self._row(form, self.tr("Founding year"), self.founding_year, "founding_year")
        self._row(form, self.tr("Invoice language"), self.invoice_language, "invoice_language")

        self.registration_box, form = _form(self.tr("Registration"))
        self.vat_number = QLineEdit()
        self.vat_number.setPlaceholderText(self.tr("e.g. BE0415928179"))
        self.company_registration_number = QLineEdit()
        self.uid = QLineEdit()
        self.zvr = QLineEdit()
        self.dvr = QLineEdit()
        self.external_organization_id = QLineEdit()
        self._row(form, self.tr("VAT number"), self.vat_number, "vat_number")
        self._row(
            form,
            self.tr("Company registration no."),
            self.company_registration_number,
            "company_registration_number",
        )
        self._row(form, self.tr("UID"), self.uid, "uid")
        self._row(form, self.tr("ZVR"), self.zvr, "zvr")
        self._row(form, self.tr("DVR"), self.dvr, "dvr")
        self._row(
            form,
            self.tr("External organization ID"),
            self.external_organization_id,
            "external_organization_id",
        )

        self._build_common()
        self.column.addWidget(self.local_note)
        self.column.addWidget(Columns(self.org_box, self.registration_box))
        self.column.addWidget(self.other_box)
        self.column.addWidget(self.custom_fields)
        self.column.addStretch(1)
        self._texts = {
            "name": self.name,
            "vat_number": self.vat_number,
            "company_registration_number": self.company_registration_number,
            "uid": self.uid,
            "zvr": self.zvr,
            "dvr": self.dvr,
            "external_organization_id": self.external_organization_id,
            "invoice_language": self.invoice_language,
        }
        watch(
            self.changed.emit,
            *self._texts.values(),
            self.organization_type,
            self.founded,
            self.founding_year,
        )

    def load(self, contact: AnyContact) -> None:
        assert isinstance(contact, OrganizationContact)
        self._load_common(contact)
        for name, edit in self._texts.items():
            show_text(edit, getattr(contact, name))
        self.organization_type.set_value(contact.organization_type)
        self.founded.set_value(contact.founded)
        self.founding_year.set_optional(contact.founding_year)
        # The KIP system does not let these change once the record is synced.
        locked = bool(contact.remote_id)
        for edit in (self.vat_number, self.company_registration_number):
            edit.setReadOnly(locked)
            edit.setToolTip(
                self.tr("Cannot be changed once the record is synced") if locked else ""
            )

    def apply(self, draft: AnyContact) -> None:
        assert isinstance(draft, OrganizationContact)
        base = self._contact if isinstance(self._contact, OrganizationContact) else draft
        self._apply_common(draft)
        for name, edit in self._texts.items():
            if name == "name":
                draft.name = required_text(edit, base.name)
            else:
                setattr(draft, name, read_text(edit, getattr(base, name)))
        draft.organization_type = same_empty(self.organization_type.value(), base.organization_type)
        draft.founded = self.founded.value()
        draft.founding_year = self.founding_year.optional()

    def fields(self) -> FieldMap:
        return {
            **self._common_fields(),
            **self._texts,
            "organization_type": self.organization_type,
            "founded": self.founded,
            "founding_year": self.founding_year,
        }


__all__ = ["IndividualGeneral", "OrganizationGeneral"]
