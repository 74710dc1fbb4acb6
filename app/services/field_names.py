"""The names of the stored fields in words, for the places that list whatever a record holds
(a printed contact sheet, a record's history, a merge, a privacy export).

Each name is the field's key written as words ("date_of_birth" -> "Date of birth") and is
translated in the "Fields" context; a key not listed here (a field added later) is shown the
same way, untranslated.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP, translate

FIELD_NAMES: dict[str, str] = {
    "activation_date": QT_TRANSLATE_NOOP("Fields", "Activation date"),
    "added": QT_TRANSLATE_NOOP("Fields", "Added"),
    "additional": QT_TRANSLATE_NOOP("Fields", "Additional"),
    "address": QT_TRANSLATE_NOOP("Fields", "Address"),
    "addresses": QT_TRANSLATE_NOOP("Fields", "Addresses"),
    "alternative_payer": QT_TRANSLATE_NOOP("Fields", "Alternative payer"),
    "alternative_payer_id": QT_TRANSLATE_NOOP("Fields", "Alternative payer id"),
    "alternative_payer_role": QT_TRANSLATE_NOOP("Fields", "Alternative payer role"),
    "anniversary": QT_TRANSLATE_NOOP("Fields", "Anniversary"),
    "api_access_configuration": QT_TRANSLATE_NOOP("Fields", "Api access configuration"),
    "area": QT_TRANSLATE_NOOP("Fields", "Area"),
    "brand_id": QT_TRANSLATE_NOOP("Fields", "Brand id"),
    "care_of": QT_TRANSLATE_NOOP("Fields", "Care of"),
    "city": QT_TRANSLATE_NOOP("Fields", "City"),
    "code": QT_TRANSLATE_NOOP("Fields", "Code"),
    "company_registration_number": QT_TRANSLATE_NOOP("Fields", "Company registration number"),
    "contact_id": QT_TRANSLATE_NOOP("Fields", "Contact id"),
    "country_code": QT_TRANSLATE_NOOP("Fields", "Country code"),
    "created_at": QT_TRANSLATE_NOOP("Fields", "Created at"),
    "credentials_key": QT_TRANSLATE_NOOP("Fields", "Credentials key"),
    "credit_limit": QT_TRANSLATE_NOOP("Fields", "Credit limit"),
    "creditor_account_id": QT_TRANSLATE_NOOP("Fields", "Creditor account id"),
    "custom_fields": QT_TRANSLATE_NOOP("Fields", "Custom fields"),
    "custom_workflow_config": QT_TRANSLATE_NOOP("Fields", "Custom workflow config"),
    "customer_id": QT_TRANSLATE_NOOP("Fields", "Customer id"),
    "customer_role": QT_TRANSLATE_NOOP("Fields", "Customer role"),
    "customer_since": QT_TRANSLATE_NOOP("Fields", "Customer since"),
    "data": QT_TRANSLATE_NOOP("Fields", "Data"),
    "date_of_birth": QT_TRANSLATE_NOOP("Fields", "Date of birth"),
    "deactivation_date": QT_TRANSLATE_NOOP("Fields", "Deactivation date"),
    "debtor_account_id": QT_TRANSLATE_NOOP("Fields", "Debtor account id"),
    "deleted_at": QT_TRANSLATE_NOOP("Fields", "Deleted at"),
    "delivery_address_id": QT_TRANSLATE_NOOP("Fields", "Delivery address id"),
    "delivery_and_invoicing_configurations": QT_TRANSLATE_NOOP(
        "Fields", "Delivery and invoicing configurations"
    ),
    "department_id": QT_TRANSLATE_NOOP("Fields", "Department id"),
    "departments": QT_TRANSLATE_NOOP("Fields", "Departments"),
    "description": QT_TRANSLATE_NOOP("Fields", "Description"),
    "dvr": QT_TRANSLATE_NOOP("Fields", "Dvr"),
    "email": QT_TRANSLATE_NOOP("Fields", "Email"),
    "emails": QT_TRANSLATE_NOOP("Fields", "Emails"),
    "enabled_tax_exemptions": QT_TRANSLATE_NOOP("Fields", "Enabled tax exemptions"),
    "eu_vat_number": QT_TRANSLATE_NOOP("Fields", "Eu vat number"),
    "external": QT_TRANSLATE_NOOP("Fields", "External"),
    "external_card": QT_TRANSLATE_NOOP("Fields", "External card"),
    "external_id": QT_TRANSLATE_NOOP("Fields", "External id"),
    "external_organization_id": QT_TRANSLATE_NOOP("Fields", "External organization id"),
    "family_name": QT_TRANSLATE_NOOP("Fields", "Family name"),
    "first_name": QT_TRANSLATE_NOOP("Fields", "First name"),
    "founded": QT_TRANSLATE_NOOP("Fields", "Founded"),
    "founders": QT_TRANSLATE_NOOP("Fields", "Founders"),
    "founding_year": QT_TRANSLATE_NOOP("Fields", "Founding year"),
    "full_address": QT_TRANSLATE_NOOP("Fields", "Full address"),
    "gender": QT_TRANSLATE_NOOP("Fields", "Gender"),
    "given_name": QT_TRANSLATE_NOOP("Fields", "Given name"),
    "global_location_number": QT_TRANSLATE_NOOP("Fields", "Global location number"),
    "height": QT_TRANSLATE_NOOP("Fields", "Height"),
    "images": QT_TRANSLATE_NOOP("Fields", "Images"),
    "individual_contact": QT_TRANSLATE_NOOP("Fields", "Individual contact"),
    "internal": QT_TRANSLATE_NOOP("Fields", "Internal"),
    "internal_note": QT_TRANSLATE_NOOP("Fields", "Internal note"),
    "invoice_address_id": QT_TRANSLATE_NOOP("Fields", "Invoice address id"),
    "invoice_language": QT_TRANSLATE_NOOP("Fields", "Invoice language"),
    "is_active": QT_TRANSLATE_NOOP("Fields", "Is active"),
    "is_suspended": QT_TRANSLATE_NOOP("Fields", "Is suspended"),
    "job_title": QT_TRANSLATE_NOOP("Fields", "Job title"),
    "kind": QT_TRANSLATE_NOOP("Fields", "Kind"),
    "last_name": QT_TRANSLATE_NOOP("Fields", "Last name"),
    "leaders": QT_TRANSLATE_NOOP("Fields", "Leaders"),
    "limit": QT_TRANSLATE_NOOP("Fields", "Limit"),
    "limitations": QT_TRANSLATE_NOOP("Fields", "Limitations"),
    "locale": QT_TRANSLATE_NOOP("Fields", "Locale"),
    "location_id": QT_TRANSLATE_NOOP("Fields", "Location id"),
    "locations": QT_TRANSLATE_NOOP("Fields", "Locations"),
    "managed_by": QT_TRANSLATE_NOOP("Fields", "Managed by"),
    "max_retries": QT_TRANSLATE_NOOP("Fields", "Max retries"),
    "media_type": QT_TRANSLATE_NOOP("Fields", "Media type"),
    "member_count": QT_TRANSLATE_NOOP("Fields", "Member count"),
    "member_ids": QT_TRANSLATE_NOOP("Fields", "Member ids"),
    "memberships": QT_TRANSLATE_NOOP("Fields", "Memberships"),
    "my_customer_id": QT_TRANSLATE_NOOP("Fields", "My customer id"),
    "name": QT_TRANSLATE_NOOP("Fields", "Name"),
    "number": QT_TRANSLATE_NOOP("Fields", "Number"),
    "office_close_hour": QT_TRANSLATE_NOOP("Fields", "Office close hour"),
    "office_open_hour": QT_TRANSLATE_NOOP("Fields", "Office open hour"),
    "offset": QT_TRANSLATE_NOOP("Fields", "Offset"),
    "organization_contact": QT_TRANSLATE_NOOP("Fields", "Organization contact"),
    "organization_type": QT_TRANSLATE_NOOP("Fields", "Organization type"),
    "owner": QT_TRANSLATE_NOOP("Fields", "Owner"),
    "personal_relationships": QT_TRANSLATE_NOOP("Fields", "Personal relationships"),
    "phones": QT_TRANSLATE_NOOP("Fields", "Phones"),
    "professional_identities": QT_TRANSLATE_NOOP("Fields", "Professional identities"),
    "professional_identity": QT_TRANSLATE_NOOP("Fields", "Professional identity"),
    "professional_identity_id": QT_TRANSLATE_NOOP("Fields", "Professional identity id"),
    "provide_contact_address_start_url": QT_TRANSLATE_NOOP(
        "Fields", "Provide contact address start url"
    ),
    "provide_contact_start_url": QT_TRANSLATE_NOOP("Fields", "Provide contact start url"),
    "provider_id": QT_TRANSLATE_NOOP("Fields", "Provider id"),
    "recipient_name": QT_TRANSLATE_NOOP("Fields", "Recipient name"),
    "reference": QT_TRANSLATE_NOOP("Fields", "Reference"),
    "remote_deleted": QT_TRANSLATE_NOOP("Fields", "Remote deleted"),
    "remote_id": QT_TRANSLATE_NOOP("Fields", "Remote id"),
    "representatives": QT_TRANSLATE_NOOP("Fields", "Representatives"),
    "requires_formal_invoice": QT_TRANSLATE_NOOP("Fields", "Requires formal invoice"),
    "retry_interval_in_millis": QT_TRANSLATE_NOOP("Fields", "Retry interval in millis"),
    "show_contact_details_start_url": QT_TRANSLATE_NOOP("Fields", "Show contact details start url"),
    "since": QT_TRANSLATE_NOOP("Fields", "Since"),
    "state": QT_TRANSLATE_NOOP("Fields", "State"),
    "street_name": QT_TRANSLATE_NOOP("Fields", "Street name"),
    "street_number": QT_TRANSLATE_NOOP("Fields", "Street number"),
    "supplier_id": QT_TRANSLATE_NOOP("Fields", "Supplier id"),
    "supplier_role": QT_TRANSLATE_NOOP("Fields", "Supplier role"),
    "supplier_since": QT_TRANSLATE_NOOP("Fields", "Supplier since"),
    "tags": QT_TRANSLATE_NOOP("Fields", "Tags"),
    "tax_information": QT_TRANSLATE_NOOP("Fields", "Tax information"),
    "tax_registration_number": QT_TRANSLATE_NOOP("Fields", "Tax registration number"),
    "timeout_in_millis": QT_TRANSLATE_NOOP("Fields", "Timeout in millis"),
    "title": QT_TRANSLATE_NOOP("Fields", "Title"),
    "title_suffix": QT_TRANSLATE_NOOP("Fields", "Title suffix"),
    "track_revenue": QT_TRANSLATE_NOOP("Fields", "Track revenue"),
    "type": QT_TRANSLATE_NOOP("Fields", "Type"),
    "uid": QT_TRANSLATE_NOOP("Fields", "Uid"),
    "unit": QT_TRANSLATE_NOOP("Fields", "Unit"),
    "updated_at": QT_TRANSLATE_NOOP("Fields", "Updated at"),
    "url": QT_TRANSLATE_NOOP("Fields", "Url"),
    "usage_context": QT_TRANSLATE_NOOP("Fields", "Usage context"),
    "usages": QT_TRANSLATE_NOOP("Fields", "Usages"),
    "use_external_contact_management": QT_TRANSLATE_NOOP(
        "Fields", "Use external contact management"
    ),
    "value": QT_TRANSLATE_NOOP("Fields", "Value"),
    "vat_number": QT_TRANSLATE_NOOP("Fields", "Vat number"),
    "vcard_properties": QT_TRANSLATE_NOOP("Fields", "Vcard properties"),
    "web_addresses": QT_TRANSLATE_NOOP("Fields", "Web addresses"),
    "width": QT_TRANSLATE_NOOP("Fields", "Width"),
    "zip": QT_TRANSLATE_NOOP("Fields", "Zip"),
    "zvr": QT_TRANSLATE_NOOP("Fields", "Zvr"),
}


def plain_name(key: str) -> str:
    """``"date_of_birth"`` -> ``"Date of birth"`` (English, as the catalogue's source)."""
    return key.replace("_", " ").capitalize()


def field_name(key: str) -> str:
    """The field's name in the user's language (capitalised, as a label on its own)."""
    known = FIELD_NAMES.get(key)
    return translate("Fields", known) if known else plain_name(key)


def field_part(key: str) -> str:
    """The field's name as the part of a longer label ("Phone 2 *type*"): in lower case while
    it is the English source, as a translation writes it otherwise."""
    name = field_name(key)
    return name.lower() if name == plain_name(key) else name


__all__ = ["FIELD_NAMES", "field_name", "field_part", "plain_name"]
