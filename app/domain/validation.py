"""The one place where Kontor's rules are checked (see ``design/validation.md``).

Domain objects accept anything on construction, so a draft with mistakes or a server record that
breaks a rule can be held and shown.  The functions here look at such an object and list the
:class:`~app.domain.problems.Problem` objects found: errors block a save, warnings only show.

``validate(entity)`` dispatches on the type.  The per-entity functions take an optional ``path``
(where the entity sits inside its parent, e.g. ``"professional_identities[1]"``) and ``label``
(its name in words, e.g. ``"Professional identity 2"``), so that every problem names the exact
field (``"professional_identities[1].phones[0].number"``) and says in plain words what is wrong.

The KIP connector's required fields (:func:`validate_kip_company`) are not part of
:func:`validate`: they apply only when syncing to that system.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from enum import StrEnum
from urllib.parse import urlsplit

from app.domain import checks
from app.domain.enums import (
    COUNTRY_CODE_SET,
    KNOWN_ORGANIZATION_TYPES,
    AddressType,
    AddressUsage,
    EmailType,
    OwnerType,
    PhoneType,
    PhoneUsage,
    UsageContext,
    WebAddressType,
)
from app.domain.models import (
    Address,
    AlternativePayerRole,
    AnyContact,
    ContactBase,
    ContactPoints,
    CustomerList,
    CustomerRole,
    Email,
    ExternalIdMapping,
    Image,
    IndividualContact,
    Location,
    Money,
    OrganizationContact,
    Page,
    Phone,
    PlaceholderCustomer,
    ProfessionalIdentity,
    SupplierRole,
    Tag,
    WebAddress,
)
from app.domain.problems import Problem, Severity
from app.i18n import QT_TRANSLATE_NOOP, translate

# --- limits -------------------------------------------------------------------------------

MAX_ID_LENGTH = 256
MAX_TAG_LENGTH = 256
MAX_PHONE_LENGTH = 35  # KIP: phoneNumber and mobilePhoneNumber
MAX_KIP_NUMBER_LENGTH = 16  # KIP: taxRegistrationNumber, companyRegistrationNumber
PAGE_LIMIT_MIN = 1
PAGE_LIMIT_MAX = 5000
MIN_FOUNDING_YEAR = 1000
MAX_IMAGE_BYTES = 12 * 1024 * 1024
IMAGE_MEDIA_TYPES: frozenset[str] = frozenset({"image/jpeg", "image/png"})
MOBILE_PHONE_TYPES: frozenset[str] = frozenset({PhoneType.MOBILE, PhoneType.WORK_MOBILE})

_KIP_NUMBER = re.compile(r"[a-zA-Z0-9]{0,16}")
_LANGUAGE = re.compile(r"[a-zA-Z]{2,3}")
_ORGANIZATION_TYPE = re.compile(r"[a-z_]+")

# Problem codes.
CODE_ENUM = "enum"
CODE_REQUIRED = "required"
CODE_PATTERN = "pattern"
CODE_CHECKSUM = "checksum"
CODE_COUNTRY = "country"
CODE_LENGTH = "length"
CODE_FORMAT = "format"
CODE_PHONE = "phone"
CODE_POSTAL_CODE = "postal_code"
CODE_FUTURE_DATE = "future_date"
CODE_RANGE = "range"
CODE_CURRENCY = "currency"
CODE_DECIMALS = "decimals"
CODE_DUPLICATE = "duplicate"
CODE_REFERENCE = "reference"
CODE_TYPE = "type"
CODE_LOCKED = "locked"
CODE_MEDIA_TYPE = "media_type"
CODE_SIZE = "size"

ERROR = Severity.ERROR
WARNING = Severity.WARNING

#: A label or message in words, or a function that gives it: labels and messages are put
#: into words only for a problem that is reported, not for every field checked (an import
#: validates hundreds of thousands of fields that break no rule).
Text = str | Callable[[], str]


# --- small helpers ------------------------------------------------------------------------


def _today() -> date:
    return date.today()


def _at(path: str, name: str) -> str:
    """``path`` and ``name`` joined into a field path (``"emails[0]"`` + ``"address"``)."""
    if not path:
        return name
    if not name:
        return path
    return f"{path}{name}" if name.startswith("[") else f"{path}.{name}"


def _text(text: Text) -> str:
    """A label or message in words."""
    return text if isinstance(text, str) else text()


def _sub_text(label: str, part: str) -> str:
    if not label:
        return part[:1].upper() + part[1:]
    return translate("Fields", "{label} {part}").format(label=label, part=part)


def _sub(label: Text, part: Text) -> Text:
    """The label of a part of a thing: ``"Address 1"`` + ``"postal code"`` (``part`` in the
    user's language, in lower case; it starts with a capital when it stands alone)."""
    return lambda: _sub_text(_text(label), _text(part))


def _numbered(part: Text, index: int, label_prefix: Text = "") -> Text:
    """``part`` (a translated ``"phone {n}"``) with the number ``index + 1``, after
    ``label_prefix`` when given."""
    return lambda: _sub_text(_text(label_prefix), _text(part).format(n=index + 1))


def _counted(words: Callable[[], str], index: int) -> Text:
    """``words`` (a translated ``"Tag {n}"``) with the number ``index + 1``."""
    return lambda: words().format(n=index + 1)


def _problem(
    field: str, label: Text, message: Text, code: str, severity: Severity = ERROR
) -> Problem:
    return Problem(
        field=field, label=_text(label), message=_text(message), severity=severity, code=code
    )


def _blank(value: str | None) -> bool:
    return value is None or not value.strip()


def _required(value: str | None, field: str, label: Text, message: Text) -> list[Problem]:
    """``message`` (e.g. "enter a name") when ``value`` is blank."""
    if _blank(value):
        return [_problem(field, label, message, CODE_REQUIRED)]
    return []


def _length(
    value: str | None, field: str, label: Text, *, minimum: int = 1, maximum: int = MAX_ID_LENGTH
) -> list[Problem]:
    """``value`` (when set) must have ``minimum``..``maximum`` characters."""
    if value is None:
        return []
    if len(value) < minimum or len(value) > maximum:
        return [
            _problem(
                field,
                label,
                translate(
                    "Validation", "must be {minimum} to {maximum} characters long (it has {length})"
                ).format(minimum=minimum, maximum=maximum, length=len(value)),
                CODE_LENGTH,
            )
        ]
    return []


def _required_length(
    value: str | None, field: str, label: Text, message: Text, maximum: int = MAX_ID_LENGTH
) -> list[Problem]:
    return _required(value, field, label, message) or _length(value, field, label, maximum=maximum)


def _enum(
    value: str | None, enum: type[StrEnum], field: str, label: Text, what: Text, *, required: bool
) -> list[Problem]:
    """A closed enum: documented values only.  The value itself is kept; this only reports.
    ``what`` names the kind of value in the user's language ("phone type")."""
    if value is None or value == "":
        if required:
            message = translate("Validation", "choose {what}").format(what=_text(what))
            return [_problem(field, label, message, CODE_REQUIRED)]
        return []
    if value not in enum._value2member_map_:
        message = translate("Validation", "“{value}” is not a known {what}")
        return [_problem(field, label, message.format(value=value, what=_text(what)), CODE_ENUM)]
    return []


def _enum_ok(value: str | None, enum: type[StrEnum]) -> bool:
    """``value`` is one of ``enum``'s (what a required :func:`_enum` accepts)."""
    return value is not None and value in enum._value2member_map_


def _enum_list(
    values: Sequence[str], enum: type[StrEnum], path: str, label: Text, what: Text
) -> list[Problem]:
    problems: list[Problem] = []
    for i, value in enumerate(values):
        problems += _enum(value, enum, f"{path}[{i}]", label, what, required=True)
    return problems


def _not_future(value: date | None, field: str, label: Text) -> list[Problem]:
    if value is not None and value > _today():
        message = translate("Validation", "cannot be in the future — {value}")
        return [_problem(field, label, message.format(value=value.isoformat()), CODE_FUTURE_DATE)]
    return []


def _required_date(value: date | None, field: str, label: Text) -> list[Problem]:
    if value is None:
        return [_problem(field, label, translate("Validation", "enter a date"), CODE_REQUIRED)]
    return []


def _country(value: str | None, field: str, label: Text) -> list[Problem]:
    if _blank(value) or value in COUNTRY_CODE_SET:
        return []
    if value and value.upper() in COUNTRY_CODE_SET:
        message = translate(
            "Validation", "“{value}” is not a known country code (use two capital letters, e.g. BE)"
        )
    else:
        message = translate("Validation", "“{value}” is not a known country code")
    return [_problem(field, label, message.format(value=value), CODE_ENUM)]


def _vat(value: str | None, field: str, label: Text, *, kip_pattern: bool) -> list[Problem]:
    """A VAT number: the KIP pattern (when asked) and the country's checksum."""
    if value is None or _blank(value):
        return []
    number = checks.normalise_vat(value)
    if kip_pattern:
        pattern = _kip_number(number, field, label)
        if pattern:
            return pattern
    result = checks.check_vat(number)
    if result.ok or result.reason is None:
        return []
    if result.country_unknown:
        return [_problem(field, label, result.reason, CODE_COUNTRY, WARNING)]
    code = CODE_CHECKSUM if result.code == checks.VAT_CHECKSUM else result.code
    return [_problem(field, label, result.reason, code)]


def _kip_number(number: str, field: str, label: Text) -> list[Problem]:
    """``[a-zA-Z0-9]{0,16}`` on the normalised number."""
    if _KIP_NUMBER.fullmatch(number):
        return []
    if len(number) > MAX_KIP_NUMBER_LENGTH:
        message = translate("Validation", "may have at most {maximum} letters and digits — {value}")
        message = message.format(maximum=MAX_KIP_NUMBER_LENGTH, value=number)
        return [_problem(field, label, message, CODE_PATTERN)]
    message = translate("Validation", "may contain only letters and digits — {value}")
    return [_problem(field, label, message.format(value=number), CODE_PATTERN)]


def _gln(value: str | None, field: str, label: Text) -> list[Problem]:
    if value is None:
        return []
    length = _length(value, field, label)
    if length:
        return length
    reason = checks.gln_problem(value)
    if reason:
        return [_problem(field, label, reason, CODE_CHECKSUM, WARNING)]
    return []


def _money(money: Money | None, path: str, label: Text) -> list[Problem]:
    if money is None:
        return []
    problems: list[Problem] = []
    unit_field = _at(path, "unit")
    value_field = _at(path, "value")
    currency_ok = checks.is_valid_currency(money.unit)
    if not currency_ok:
        problems.append(
            _problem(
                unit_field,
                _sub(label, translate("Fields", "currency")),
                translate(
                    "Validation",
                    "“{value}” is not a currency code (use three capital letters, e.g. EUR)",
                ).format(value=money.unit),
                CODE_CURRENCY,
            )
        )
    value = money.value
    if not value.is_finite():
        message = translate("Validation", "the amount is not a number")
        problems.append(_problem(value_field, label, message, CODE_FORMAT))
        return problems
    if value < 0:
        message = translate("Validation", "cannot be negative — {value}").format(value=value)
        problems.append(_problem(value_field, label, message, CODE_RANGE))
    if currency_ok:
        allowed = checks.currency_decimals(money.unit)
        used = _decimals(value)
        if used > allowed:
            if allowed == 0:
                message = translate(
                    "Validation", "an amount in {currency} has no decimals — {value}"
                )
            else:
                message = translate(
                    "Validation",
                    "an amount in {currency} has at most {decimals} decimals — {value}",
                )
            message = message.format(currency=money.unit, decimals=allowed, value=value)
            problems.append(_problem(value_field, label, message, CODE_DECIMALS))
    return problems


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def _default_region(points: ContactPoints) -> str | None:
    """The country of the first address that has one: the default for phone numbers."""
    for address in points.addresses:
        if address.country_code and address.country_code.strip():
            return address.country_code.strip().upper()
    return None


# --- contact points -----------------------------------------------------------------------


def _point_common(
    point_type: str,
    usage_context: str,
    type_enum: type[StrEnum],
    type_what: Text,
    path: str,
    label: Text,
) -> list[Problem]:
    problems: list[Problem] = []
    if not _enum_ok(point_type, type_enum):
        problems += _enum(
            point_type,
            type_enum,
            _at(path, "type"),
            _sub(label, lambda: translate("Fields", "type")),
            type_what,
            required=True,
        )
    if not _enum_ok(usage_context, UsageContext):
        what = translate("Fields", "usage context")
        problems += _enum(
            usage_context,
            UsageContext,
            _at(path, "usage_context"),
            _sub(label, what),
            what,
            required=True,
        )
    return problems


def validate_address(address: Address, path: str = "", label: Text | None = None) -> list[Problem]:
    """Type, usage context, usages, display form, country and postal code of one address."""
    label = (lambda: translate("Fields", "Address")) if label is None else label
    problems = _point_common(
        address.type,
        address.usage_context,
        AddressType,
        lambda: translate("Fields", "address type"),
        path,
        label,
    )
    if not address.display().strip():
        message = translate("Validation", "enter the address")
        problems.append(_problem(_at(path, "full_address"), label, message, CODE_REQUIRED))
    if address.usages:
        problems += _enum_list(
            address.usages,
            AddressUsage,
            _at(path, "usages"),
            _sub(label, lambda: translate("Fields", "usage")),
            lambda: translate("Fields", "address usage"),
        )
    country_label = _sub(label, lambda: translate("Fields", "country"))
    country = _country(address.country_code, _at(path, "country_code"), country_label)
    problems += country
    if not country and address.country_code:
        reason = checks.postal_code_problem(address.country_code, address.zip)
        if reason:
            problems.append(
                _problem(
                    _at(path, "zip"),
                    _sub(label, lambda: translate("Fields", "postal code")),
                    reason,
                    CODE_POSTAL_CODE,
                    WARNING,
                )
            )
    return problems


def validate_email(email: Email, path: str = "", label: Text | None = None) -> list[Problem]:
    """Type, usage context and address (an e-mail address by its syntax) of one e-mail."""
    label = (lambda: translate("Fields", "E-mail")) if label is None else label
    problems = _point_common(
        email.type,
        email.usage_context,
        EmailType,
        lambda: translate("Fields", "e-mail type"),
        path,
        label,
    )
    field = _at(path, "address")
    if _blank(email.address):
        message = translate("Validation", "enter an e-mail address")
        problems.append(_problem(field, label, message, CODE_REQUIRED))
    else:
        reason = checks.email_problem(email.address)
        if reason:
            message = translate("Validation", "{reason} — {value}")
            message = message.format(reason=reason.rstrip("."), value=email.address)
            problems.append(_problem(field, label, message, CODE_FORMAT))
    return problems


def validate_phone(
    phone: Phone, path: str = "", label: Text | None = None, default_region: str | None = None
) -> list[Problem]:
    """Type, usage context, usages and number of one phone.

    A number longer than 35 characters is an error (KIP); a number that ``phonenumbers`` does
    not consider valid is only a warning.  ``default_region`` is the country used for numbers
    typed without ``+country``.
    """
    label = (lambda: translate("Fields", "Phone")) if label is None else label
    problems = _point_common(
        phone.type,
        phone.usage_context,
        PhoneType,
        lambda: translate("Fields", "phone type"),
        path,
        label,
    )
    if phone.usages:
        problems += _enum_list(
            phone.usages,
            PhoneUsage,
            _at(path, "usages"),
            _sub(label, lambda: translate("Fields", "usage")),
            lambda: translate("Fields", "phone usage"),
        )
    field = _at(path, "number")
    if _blank(phone.number):
        message = translate("Validation", "enter a phone number")
        problems.append(_problem(field, label, message, CODE_REQUIRED))
    elif len(phone.number) > MAX_PHONE_LENGTH:
        message = too_long_message(MAX_PHONE_LENGTH, len(phone.number))
        problems.append(_problem(field, label, message, CODE_LENGTH))
    else:
        reason = checks.phone_problem(phone.number, default_region)
        if reason:
            message = translate("Validation", "{reason} — {value}")
            message = message.format(reason=reason, value=phone.number)
            problems.append(_problem(field, label, message, CODE_PHONE, WARNING))
    return problems


def too_long_message(maximum: int, length: int) -> str:
    """ "may have at most 35 characters (it has 40)" in the user's language."""
    return translate(
        "Validation", "may have at most {maximum} characters (it has {length})"
    ).format(maximum=maximum, length=length)


def _url_problem(url: str) -> str | None:
    text = url.strip()
    if any(c.isspace() for c in text):
        message = translate("Validation", "a web address cannot contain spaces — {value}")
    else:
        try:
            parts = urlsplit(text)
        except ValueError:
            message = translate("Validation", "this is not a web address — {value}")
        else:
            if parts.scheme and parts.netloc:
                return None
            message = translate(
                "Validation", "write the full web address, starting with https:// — {value}"
            )
    return message.format(value=text)


def validate_web_address(
    web_address: WebAddress, path: str = "", label: Text | None = None
) -> list[Problem]:
    """Type, usage context and URL (an absolute address such as ``https://…``)."""
    label = (lambda: translate("Fields", "Web address")) if label is None else label
    problems = _point_common(
        web_address.type,
        web_address.usage_context,
        WebAddressType,
        lambda: translate("Fields", "web address type"),
        path,
        label,
    )
    field = _at(path, "url")
    if _blank(web_address.url):
        message = translate("Validation", "enter a web address")
        problems.append(_problem(field, label, message, CODE_REQUIRED))
    else:
        reason = _url_problem(web_address.url)
        if reason:
            problems.append(_problem(field, label, reason, CODE_FORMAT))
    return problems


def _address_n() -> str:
    return translate("Fields", "address {n}")


def _email_n() -> str:
    return translate("Fields", "e-mail {n}")


def _phone_n() -> str:
    return translate("Fields", "phone {n}")


def _web_address_n() -> str:
    return translate("Fields", "web address {n}")


def _validate_contact_points(
    points: ContactPoints, path: str, label_prefix: Text, default_region: str | None
) -> list[Problem]:
    """All contact points of a contact or professional identity.

    ``label_prefix`` is put before the labels ("Professional identity 2 " + "phone 1").
    """

    problems: list[Problem] = []
    for i, address in enumerate(points.addresses):
        problems += validate_address(
            address, _at(path, f"addresses[{i}]"), _numbered(_address_n, i, label_prefix)
        )
    for i, email in enumerate(points.emails):
        problems += validate_email(
            email, _at(path, f"emails[{i}]"), _numbered(_email_n, i, label_prefix)
        )
    for i, phone in enumerate(points.phones):
        problems += validate_phone(
            phone,
            _at(path, f"phones[{i}]"),
            _numbered(_phone_n, i, label_prefix),
            default_region,
        )
    for i, web in enumerate(points.web_addresses):
        problems += validate_web_address(
            web, _at(path, f"web_addresses[{i}]"), _numbered(_web_address_n, i, label_prefix)
        )
    return problems


# --- roles --------------------------------------------------------------------------------


_CONFIGURATION_ADDRESSES: tuple[tuple[str, str, str], ...] = (
    (
        "invoice_address_id",
        QT_TRANSLATE_NOOP("Fields", "invoice address"),
        QT_TRANSLATE_NOOP(
            "Validation", "the invoice address is not one of this contact's addresses"
        ),
    ),
    (
        "delivery_address_id",
        QT_TRANSLATE_NOOP("Fields", "delivery address"),
        QT_TRANSLATE_NOOP(
            "Validation", "the delivery address is not one of this contact's addresses"
        ),
    ),
)


def validate_delivery_configurations(
    role: CustomerRole, contact: AnyContact | None, path: str = "customer_role"
) -> list[Problem]:
    """At most one configuration without limitations, no two with equal limitations, and the
    invoice / delivery addresses must be addresses of ``contact`` (skipped when it is None)."""
    problems: list[Problem] = []
    list_path = _at(path, "delivery_and_invoicing_configurations")
    first_with: dict[tuple[tuple[str, object], ...], int] = {}
    address_ids: set[str] = set()
    if contact is not None:
        for address in contact.addresses:
            address_ids.add(address.id)
            if address.remote_id:
                address_ids.add(address.remote_id)
    for i, config in enumerate(role.delivery_and_invoicing_configurations):
        item_path = f"{list_path}[{i}]"
        label = translate("Fields", "Delivery and invoicing configuration {n}").format(n=i + 1)
        key = config.limitations.key()
        if key in first_with:
            other = first_with[key] + 1
            if key:
                limits = ", ".join(f"{k} {v}" for k, v in key)
                message = translate(
                    "Validation", "configuration {other} has the same limitations ({limits})"
                ).format(other=other, limits=limits)
            else:
                message = translate(
                    "Validation", "only one configuration may be without limitations (see {other})"
                ).format(other=other)
            problems.append(_problem(_at(item_path, "limitations"), label, message, CODE_DUPLICATE))
        else:
            first_with[key] = i
        if contact is None:
            continue
        for name, words, message in _CONFIGURATION_ADDRESSES:
            value: str | None = getattr(config, name)
            if value is not None and value not in address_ids:
                problems.append(
                    _problem(
                        _at(item_path, name),
                        _sub(label, translate("Fields", words)),
                        translate("Validation", message),
                        CODE_REFERENCE,
                    )
                )
    return problems


def validate_customer_role(
    role: CustomerRole, contact: AnyContact | None = None, path: str = "customer_role"
) -> list[Problem]:
    """Customer number, since-date, GLN, credit limit, EU VAT number and the delivery and
    invoicing configurations (their addresses are checked against ``contact`` when given)."""
    problems = _required(
        role.customer_id,
        _at(path, "customer_id"),
        translate("Fields", "Customer number"),
        translate("Validation", "enter the number"),
    )
    problems += _required_date(
        role.customer_since, _at(path, "customer_since"), translate("Fields", "Customer since")
    )
    problems += _gln(
        role.global_location_number,
        _at(path, "global_location_number"),
        translate("Fields", "GLN"),
    )
    problems += _money(
        role.credit_limit, _at(path, "credit_limit"), translate("Fields", "Credit limit")
    )
    if role.tax_information is not None:
        problems += _eu_vat(role.tax_information.eu_vat_number, path)
    problems += validate_delivery_configurations(role, contact, path)
    return problems


def _eu_vat(value: str | None, role_path: str) -> list[Problem]:
    """A role's tax information VAT number: checksum, no KIP pattern."""
    return _vat(
        value,
        _at(role_path, "tax_information.eu_vat_number"),
        translate("Fields", "EU VAT number"),
        kip_pattern=False,
    )


def validate_supplier_role(role: SupplierRole, path: str = "supplier_role") -> list[Problem]:
    """Supplier number (1..256), since-date, GLN and EU VAT number."""
    problems = _required_length(
        role.supplier_id,
        _at(path, "supplier_id"),
        translate("Fields", "Supplier number"),
        translate("Validation", "enter the number"),
    )
    problems += _required_date(
        role.supplier_since, _at(path, "supplier_since"), translate("Fields", "Supplier since")
    )
    problems += _gln(
        role.global_location_number,
        _at(path, "global_location_number"),
        translate("Fields", "GLN"),
    )
    if role.tax_information is not None:
        problems += _eu_vat(role.tax_information.eu_vat_number, path)
    return problems


def validate_alternative_payer_role(
    role: AlternativePayerRole, path: str = "alternative_payer_role"
) -> list[Problem]:
    """Alternative-payer number and since-date."""
    problems = _required(
        role.alternative_payer_id,
        _at(path, "alternative_payer_id"),
        translate("Fields", "Alternative payer number"),
        translate("Validation", "enter the number"),
    )
    problems += _required_date(
        role.since, _at(path, "since"), translate("Fields", "Alternative payer since")
    )
    return problems


# --- tags, images, custom fields ----------------------------------------------------------


def validate_tag(tag: Tag, path: str = "", label: Text | None = None) -> list[Problem]:
    """A tag's name has 1..256 characters."""
    label = (lambda: translate("Fields", "Tag")) if label is None else label
    field = _at(path, "name")
    return _required(
        tag.name, field, label, lambda: translate("Validation", "enter a name")
    ) or _length(tag.name, field, label, maximum=MAX_TAG_LENGTH)


_IMAGE_MAGIC: tuple[bytes, ...] = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff")


def validate_image(image: Image, path: str = "", label: Text | None = None) -> list[Problem]:
    """JPEG or PNG only, at most 12 MB."""
    label = (lambda: translate("Fields", "Picture")) if label is None else label
    problems: list[Problem] = []
    if image.media_type not in IMAGE_MEDIA_TYPES or (
        image.data and not image.data.startswith(_IMAGE_MAGIC)
    ):
        problems.append(
            _problem(
                _at(path, "media_type"),
                label,
                translate(
                    "Validation", "only JPEG and PNG pictures can be stored — {value}"
                ).format(value=image.media_type),
                CODE_MEDIA_TYPE,
            )
        )
    if len(image.data) > MAX_IMAGE_BYTES:
        size = len(image.data) / (1024 * 1024)
        problems.append(
            _problem(
                _at(path, "data"),
                label,
                translate(
                    "Validation", "a picture may be at most 12 MB (this one has {size} MB)"
                ).format(size=f"{size:.1f}"),
                CODE_SIZE,
            )
        )
    return problems


def _custom_fields(values: dict[str, object]) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in values.items():
        if value is None or isinstance(value, str | int):  # bool is an int
            continue
        problems.append(
            _problem(
                f"custom_fields.{key}",
                translate("Fields", "Custom field {name}").format(name=key),
                translate(
                    "Validation", "may hold text, yes/no or a whole number, not {kind} — {value}"
                ).format(kind=type(value).__name__, value=repr(value)),
                CODE_TYPE,
            )
        )
    return problems


# --- contacts -----------------------------------------------------------------------------


def _images(images: Sequence[Image]) -> list[Problem]:
    problems: list[Problem] = []
    for i, image in enumerate(images):
        label = _counted(lambda: translate("Fields", "Picture {n}"), i)
        problems += validate_image(image, f"images[{i}]", label)
    return problems


def _validate_contact_base(contact: ContactBase) -> list[Problem]:
    problems = _required(
        contact.name,
        "name",
        lambda: translate("Fields", "Name"),
        lambda: translate("Validation", "enter a name"),
    )
    problems += _length(
        contact.external_id, "external_id", lambda: translate("Fields", "External ID")
    )
    region = _default_region(contact)
    problems += _validate_contact_points(contact, "", "", region)
    if contact.customer_role is not None:
        # IndividualContact and OrganizationContact are the only concrete contacts.
        owner = contact if isinstance(contact, IndividualContact | OrganizationContact) else None
        problems += validate_customer_role(contact.customer_role, owner)
    if contact.supplier_role is not None:
        problems += validate_supplier_role(contact.supplier_role)
    if contact.alternative_payer_role is not None:
        problems += validate_alternative_payer_role(contact.alternative_payer_role)
    for i, tag in enumerate(contact.tags):
        problems += validate_tag(
            tag, f"tags[{i}]", _counted(lambda: translate("Fields", "Tag {n}"), i)
        )
    problems += _images(contact.images)
    if contact.custom_fields:
        problems += _custom_fields(dict(contact.custom_fields))
    return problems


def validate_individual(
    contact: IndividualContact,
    organizations: Mapping[str, OrganizationContact] | None = None,
) -> list[Problem]:
    """Everything about an individual contact, including its professional identities.

    With ``organizations`` (id -> organization, covering every organization the identities
    name) departments and locations are checked against that organization's own lists, and an
    identity naming no known organization is an error; without it, only that each reference
    names the identity's organization."""
    problems = _validate_contact_base(contact)
    problems += _not_future(
        contact.date_of_birth, "date_of_birth", lambda: translate("Fields", "Date of birth")
    )
    if contact.owner is not None:
        problems += _enum(
            contact.owner.type,
            OwnerType,
            "owner.type",
            translate("Fields", "Owner type"),
            translate("Fields", "owner type"),
            required=True,
        )
    region = _default_region(contact)
    for i, pi in enumerate(contact.professional_identities):
        path = f"professional_identities[{i}]"
        label = _counted(lambda: translate("Fields", "Professional identity {n}"), i)
        organization = None
        if organizations is not None and pi.organization_contact:
            organization = organizations.get(pi.organization_contact)
            if organization is None:
                problems.append(
                    _problem(
                        _at(path, "organization_contact"),
                        _sub(label, translate("Fields", "organization")),
                        translate("Validation", "is not an organization in this address book"),
                        CODE_REFERENCE,
                    )
                )
        problems += validate_professional_identity(
            pi, organization, path=path, label=label, default_region=region
        )
    for i, rel in enumerate(contact.personal_relationships):
        path = f"personal_relationships[{i}]"
        label = _counted(lambda: translate("Fields", "Relationship {n}"), i)
        problems += _required(
            rel.individual_contact,
            _at(path, "individual_contact"),
            label,
            lambda: translate("Validation", "enter the related person"),
        )
        problems += _required(
            rel.type,
            _at(path, "type"),
            _sub(label, lambda: translate("Fields", "type")),
            lambda: translate("Validation", "enter the kind"),
        )
    return problems


def _validate_location(location: Location, path: str, label: str) -> list[Problem]:
    problems = _required(
        location.name,
        _at(path, "name"),
        _sub(label, translate("Fields", "name")),
        translate("Validation", "enter a name"),
    )
    hours_ok = True
    for name, words in (
        ("office_open_hour", QT_TRANSLATE_NOOP("Fields", "opening hour")),
        ("office_close_hour", QT_TRANSLATE_NOOP("Fields", "closing hour")),
    ):
        hour: int | None = getattr(location, name)
        if hour is not None and not 0 <= hour <= 23:
            hours_ok = False
            problems.append(
                _problem(
                    _at(path, name),
                    _sub(label, translate("Fields", words)),
                    translate("Validation", "must be an hour from 0 to 23 — {value}").format(
                        value=hour
                    ),
                    CODE_RANGE,
                )
            )
    open_hour, close_hour = location.office_open_hour, location.office_close_hour
    if hours_ok and open_hour is not None and close_hour is not None and open_hour >= close_hour:
        problems.append(
            _problem(
                _at(path, "office_close_hour"),
                _sub(label, translate("Fields", "closing hour")),
                translate(
                    "Validation", "must be after the opening hour ({opening}) — {value}"
                ).format(opening=open_hour, value=close_hour),
                CODE_RANGE,
            )
        )
    return problems


def validate_organization(org: OrganizationContact) -> list[Problem]:
    """Everything about an organization contact."""
    problems = _validate_contact_base(org)
    problems += _not_future(org.founded, "founded", lambda: translate("Fields", "Founded"))
    if org.founding_year is not None:
        year = org.founding_year
        if year > _today().year:
            problems.append(
                _problem(
                    "founding_year",
                    translate("Fields", "Founding year"),
                    translate("Validation", "cannot be in the future — {value}").format(value=year),
                    CODE_FUTURE_DATE,
                )
            )
        elif year < MIN_FOUNDING_YEAR:
            problems.append(
                _problem(
                    "founding_year",
                    translate("Fields", "Founding year"),
                    translate("Validation", "must be a year with four digits — {value}").format(
                        value=year
                    ),
                    CODE_RANGE,
                )
            )
    if not _blank(org.organization_type):
        kind = org.organization_type or ""
        if not _ORGANIZATION_TYPE.fullmatch(kind):
            problems.append(
                _problem(
                    "organization_type",
                    translate("Fields", "Organization type"),
                    translate(
                        "Validation",
                        "may contain only lower-case letters and underscores — {value}",
                    ).format(value=kind),
                    CODE_PATTERN,
                )
            )
        elif kind not in KNOWN_ORGANIZATION_TYPES:
            problems.append(
                _problem(
                    "organization_type",
                    translate("Fields", "Organization type"),
                    translate(
                        "Validation", "“{value}” is not one of the known types; it is kept as it is"
                    ).format(value=kind),
                    CODE_ENUM,
                    WARNING,
                )
            )
    problems += _vat(
        org.vat_number, "vat_number", lambda: translate("Fields", "VAT number"), kip_pattern=True
    )
    if not _blank(org.company_registration_number):
        number = checks.normalise_vat(org.company_registration_number or "")
        problems += _kip_number(
            number,
            "company_registration_number",
            lambda: translate("Fields", "Company registration number"),
        )
    if not _blank(org.invoice_language):
        language = org.invoice_language or ""
        if not _LANGUAGE.fullmatch(language):
            problems.append(
                _problem(
                    "invoice_language",
                    translate("Fields", "Invoice language"),
                    translate(
                        "Validation", "must be a language code of 2 or 3 letters, e.g. NL — {value}"
                    ).format(value=language),
                    CODE_PATTERN,
                )
            )
    for i, location in enumerate(org.locations):
        label = translate("Fields", "Location {n}").format(n=i + 1)
        problems += _validate_location(location, f"locations[{i}]", label)
    for i, membership in enumerate(org.memberships):
        label = translate("Fields", "Membership {n}").format(n=i + 1)
        problems += _required(
            membership.type,
            f"memberships[{i}].type",
            _sub(label, translate("Fields", "type")),
            translate("Validation", "enter the kind"),
        )
    return problems


# department / location -> (the label's part, "is not one of <organization>", "... of it")
_REFERENCE_WORDS: dict[str, tuple[str, str, str]] = {
    "department": (
        QT_TRANSLATE_NOOP("Fields", "department {n}"),
        QT_TRANSLATE_NOOP("Validation", "is not a department of {organization}"),
        QT_TRANSLATE_NOOP("Validation", "is not a department of it"),
    ),
    "location": (
        QT_TRANSLATE_NOOP("Fields", "location {n}"),
        QT_TRANSLATE_NOOP("Validation", "is not a location of {organization}"),
        QT_TRANSLATE_NOOP("Validation", "is not a location of it"),
    ),
}


def validate_professional_identity(
    pi: ProfessionalIdentity,
    organization: OrganizationContact | None,
    *,
    path: str = "",
    label: Text | None = None,
    default_region: str | None = None,
) -> list[Problem]:
    """A person's role at an organization: the organization (1..256), its contact points, and
    departments / locations that belong to that organization.

    With ``organization`` given, each department and location must also be one of its own.
    Phone numbers use the identity's first address country, else ``default_region``.
    """
    label = (lambda: translate("Fields", "Professional identity")) if label is None else label
    problems = _required_length(
        pi.organization_contact,
        _at(path, "organization_contact"),
        _sub(label if path else "", lambda: translate("Fields", "organization")),
        lambda: translate("Validation", "enter the organization"),
    )
    org_name = organization.name if organization is not None and organization.name else None
    known = {
        "department": {d.id for d in organization.departments} if organization else set(),
        "location": {loc.id for loc in organization.locations} if organization else set(),
    }
    refs: list[tuple[str, str, str, str]] = [
        ("department", f"departments[{i}]", d.contact_id, d.department_id)
        for i, d in enumerate(pi.departments)
    ] + [
        ("location", f"locations[{i}]", loc.contact_id, loc.location_id)
        for i, loc in enumerate(pi.locations)
    ]
    counters = {"department": 0, "location": 0}
    for what, sub_path, contact_id, target_id in refs:
        counters[what] += 1
        field = _at(path, sub_path)
        part, not_of, not_of_it = _REFERENCE_WORDS[what]
        ref_label = _sub(label, translate("Fields", part).format(n=counters[what]))
        if contact_id != pi.organization_contact:
            message = translate(
                "Validation", "belongs to another organization than the one this person works for"
            )
            problems.append(_problem(field, ref_label, message, CODE_REFERENCE))
        elif organization is not None and target_id not in known[what]:
            if org_name is None:
                message = translate("Validation", not_of_it)
            else:
                message = translate("Validation", not_of).format(organization=org_name)
            problems.append(_problem(field, ref_label, message, CODE_REFERENCE))
    region = _default_region(pi) or default_region
    prefix = label if path else ""
    problems += _validate_contact_points(pi, path, prefix, region)
    return problems


# --- other aggregates ---------------------------------------------------------------------


def validate_placeholder_customer(customer: PlaceholderCustomer) -> list[Problem]:
    """Customer number, name and since-date are required; external ID 1..256 when set."""
    problems = _length(customer.external_id, "external_id", translate("Fields", "External ID"))
    problems += _required(
        customer.customer_id,
        "customer_id",
        translate("Fields", "Customer number"),
        translate("Validation", "enter the number"),
    )
    problems += _required(
        customer.name, "name", translate("Fields", "Name"), translate("Validation", "enter a name")
    )
    problems += _required_date(
        customer.customer_since, "customer_since", translate("Fields", "Customer since")
    )
    problems += _images(customer.images)
    return problems


def validate_customer_list(customer_list: CustomerList) -> list[Problem]:
    """A customer list needs a name."""
    return _required(
        customer_list.name,
        "name",
        translate("Fields", "Name"),
        translate("Validation", "enter a name"),
    )


def validate_page(page: Page) -> list[Problem]:
    """Paging: limit 1..5000, offset not negative."""
    problems: list[Problem] = []
    if not PAGE_LIMIT_MIN <= page.limit <= PAGE_LIMIT_MAX:
        problems.append(
            _problem(
                "limit",
                translate("Fields", "Page size"),
                translate("Validation", "must be from {minimum} to {maximum} — {value}").format(
                    minimum=PAGE_LIMIT_MIN, maximum=PAGE_LIMIT_MAX, value=page.limit
                ),
                CODE_RANGE,
            )
        )
    if page.offset < 0:
        problems.append(
            _problem(
                "offset",
                translate("Fields", "Offset"),
                translate("Validation", "cannot be negative — {value}").format(value=page.offset),
                CODE_RANGE,
            )
        )
    return problems


def validate_external_id_mappings(mappings: Sequence[ExternalIdMapping]) -> list[Problem]:
    """One-to-one: within one kind of contact, no internal and no external id twice; each id
    has 1..256 characters.  Field paths are ``items[i].internal`` / ``items[i].external``."""
    problems: list[Problem] = []
    seen: dict[tuple[str, str, str], int] = {}
    for i, mapping in enumerate(mappings):
        for side, words in (
            ("internal", QT_TRANSLATE_NOOP("Fields", "Contact ID (mapping {n})")),
            ("external", QT_TRANSLATE_NOOP("Fields", "External ID (mapping {n})")),
        ):
            field = f"items[{i}].{side}"
            label = translate("Fields", words).format(n=i + 1)
            value: str = getattr(mapping, side)
            length = _required_length(value, field, label, translate("Validation", "enter the id"))
            problems += length
            if length:
                continue
            key = (str(mapping.kind), side, value)
            if key in seen:
                problems.append(
                    _problem(
                        field,
                        label,
                        translate(
                            "Validation", "“{value}” is already mapped in mapping {other}"
                        ).format(value=value, other=seen[key] + 1),
                        CODE_DUPLICATE,
                    )
                )
            else:
                seen[key] = i
    return problems


# --- locked fields ------------------------------------------------------------------------


def _changed(before: str | None, after: str | None) -> bool:
    return checks.normalise_vat(before or "") != checks.normalise_vat(after or "")


def _locked(field: str, label: Text, before: str | None) -> Problem:
    if before:
        message = translate(
            "Validation", "cannot be changed once the record is synced — it was {value}"
        ).format(value=before)
    else:
        message = translate(
            "Validation", "cannot be changed once the record is synced — it was empty"
        )
    return _problem(field, label, message, CODE_LOCKED)


def _locked_pi(
    original: ProfessionalIdentity, draft: ProfessionalIdentity, path: str, label: Text
) -> list[Problem]:
    if original.remote_id and original.organization_contact != draft.organization_contact:
        return [_locked(_at(path, "organization_contact"), label, original.organization_contact)]
    return []


def validate_locked_fields(
    original: AnyContact | ProfessionalIdentity, draft: AnyContact | ProfessionalIdentity
) -> list[Problem]:
    """Fields that cannot change after create, compared between the stored record and a draft.

    An organization's VAT and company registration numbers (compared after normalising) and a
    professional identity's organization are locked once the original has a ``remote_id``.
    For individual contacts, each professional identity is compared with the one of the same id.
    """
    if isinstance(original, OrganizationContact) and isinstance(draft, OrganizationContact):
        if not original.remote_id:
            return []
        problems: list[Problem] = []
        if _changed(original.vat_number, draft.vat_number):
            problems.append(
                _locked("vat_number", translate("Fields", "VAT number"), original.vat_number)
            )
        if _changed(original.company_registration_number, draft.company_registration_number):
            problems.append(
                _locked(
                    "company_registration_number",
                    translate("Fields", "Company registration number"),
                    original.company_registration_number,
                )
            )
        return problems
    if isinstance(original, ProfessionalIdentity) and isinstance(draft, ProfessionalIdentity):
        return _locked_pi(original, draft, "", translate("Fields", "Organization"))
    if isinstance(original, IndividualContact) and isinstance(draft, IndividualContact):
        before = {pi.id: pi for pi in original.professional_identities}
        problems = []
        for i, pi in enumerate(draft.professional_identities):
            old = before.get(pi.id)
            if old is not None:
                problems += _locked_pi(
                    old,
                    pi,
                    f"professional_identities[{i}]",
                    _sub(
                        translate("Fields", "Professional identity {n}").format(n=i + 1),
                        translate("Fields", "organization"),
                    ),
                )
        return problems
    return []


# --- KIP connector ------------------------------------------------------------------------

# attribute, the label's part, what KIP needs
_KIP_ADDRESS_PARTS: tuple[tuple[str, str, str], ...] = (
    (
        "street_name",
        QT_TRANSLATE_NOOP("Fields", "street"),
        QT_TRANSLATE_NOOP("Validation", "KIP needs the street"),
    ),
    (
        "city",
        QT_TRANSLATE_NOOP("Fields", "city"),
        QT_TRANSLATE_NOOP("Validation", "KIP needs the city"),
    ),
    (
        "zip",
        QT_TRANSLATE_NOOP("Fields", "postal code"),
        QT_TRANSLATE_NOOP("Validation", "KIP needs the postal code"),
    ),
    (
        "country_code",
        QT_TRANSLATE_NOOP("Fields", "country"),
        QT_TRANSLATE_NOOP("Validation", "KIP needs the country"),
    ),
)


def _has_all_parts(address: Address) -> bool:
    return all(not _blank(getattr(address, name)) for name, _, _ in _KIP_ADDRESS_PARTS)


def validate_kip_company(org: OrganizationContact) -> list[Problem]:
    """The fields the KIP People API requires of a company, checked only when syncing there.

    Name; an address with street, city, postal code and country; a phone; a mobile phone (type
    MOBILE or WORK_MOBILE); an e-mail address; VAT number; company registration number; invoice
    language.  Format rules are part of :func:`validate_organization`.
    """
    problems: list[Problem] = []

    def need(field: str, label: Text, message: Text) -> None:
        problems.append(_problem(field, label, message, CODE_REQUIRED))

    if _blank(org.name):
        need("name", translate("Fields", "Name"), translate("Validation", "KIP needs a name"))
    if not any(_has_all_parts(a) for a in org.addresses):
        if not org.addresses:
            need(
                "addresses",
                translate("Fields", "Address"),
                translate(
                    "Validation",
                    "KIP needs an address with street, city, postal code and country",
                ),
            )
        else:
            first = org.addresses[0]
            first_label = _numbered(translate("Fields", "address {n}"), 0)
            for name, words, message in _KIP_ADDRESS_PARTS:
                if _blank(getattr(first, name)):
                    label = _sub(first_label, translate("Fields", words))
                    need(f"addresses[0].{name}", label, translate("Validation", message))
    if not any(not _blank(p.number) for p in org.phones):
        need(
            "phones",
            translate("Fields", "Phone"),
            translate("Validation", "KIP needs a phone number"),
        )
    if not any(p.type in MOBILE_PHONE_TYPES and not _blank(p.number) for p in org.phones):
        need(
            "phones",
            translate("Fields", "Mobile phone"),
            translate("Validation", "KIP needs a mobile phone number"),
        )
    if not any(not _blank(e.address) for e in org.emails):
        need(
            "emails",
            translate("Fields", "E-mail"),
            translate("Validation", "KIP needs an e-mail address"),
        )
    if _blank(org.vat_number):
        need(
            "vat_number",
            translate("Fields", "VAT number"),
            translate("Validation", "KIP needs the VAT number"),
        )
    if _blank(org.company_registration_number):
        need(
            "company_registration_number",
            translate("Fields", "Company registration number"),
            translate("Validation", "KIP needs the number"),
        )
    if _blank(org.invoice_language):
        need(
            "invoice_language",
            translate("Fields", "Invoice language"),
            translate("Validation", "KIP needs the invoice language"),
        )
    return problems


# --- dispatch -----------------------------------------------------------------------------


def _all_mappings(items: Iterable[object]) -> list[ExternalIdMapping] | None:
    out: list[ExternalIdMapping] = []
    for item in items:
        if not isinstance(item, ExternalIdMapping):
            return None
        out.append(item)
    return out


_PATH_STEP = re.compile(r"([A-Za-z_@]\w*)(?:\[(\d+)\])?")


def value_at(entity: object, path: str) -> object:
    """The value a problem's ``field`` path points at (``"emails[0].type"``), or ``None``."""
    current: object = entity
    for step in path.split("."):
        match = _PATH_STEP.fullmatch(step)
        if match is None or current is None:
            return None
        current = getattr(current, match.group(1), None)
        if match.group(2) is not None:
            index = int(match.group(2))
            if not isinstance(current, list) or index >= len(current):
                return None
            current = current[index]
    return current


# Problems with a value as such (not a missing one): a value received that way is kept.
_RECEIVED_CODES = frozenset(
    {CODE_ENUM, CODE_FORMAT, CODE_PATTERN, CODE_PHONE, CODE_POSTAL_CODE, CODE_COUNTRY}
)


def keep_received_values(problems: list[Problem], draft: object, original: object) -> list[Problem]:
    """Values the record already had that break a rule (an enum value of a server newer than
    this Kontor, an address an imported file wrote its own way) become warnings: they are
    kept and sent back as they are, so they must not block a save.  A value the user chose
    is still an error."""
    kept: list[Problem] = []
    for problem in problems:
        if (
            problem.code in _RECEIVED_CODES
            and original is not None
            and value_at(draft, problem.field) is not None
            and value_at(draft, problem.field) == value_at(original, problem.field)
        ):
            problem = problem.model_copy(
                update={
                    "severity": Severity.WARNING,
                    "message": translate("Validation", "{message} — kept as received").format(
                        message=problem.message
                    ),
                }
            )
        kept.append(problem)
    return kept


def validate(entity: object) -> list[Problem]:
    """All problems of one domain object (a contact, contact point, role, tag, image,
    placeholder customer, customer list, page, professional identity, or a list of external-id
    mappings).  Raises ``TypeError`` for anything else."""
    if isinstance(entity, IndividualContact):
        return validate_individual(entity)
    if isinstance(entity, OrganizationContact):
        return validate_organization(entity)
    if isinstance(entity, Address):
        return validate_address(entity)
    if isinstance(entity, Email):
        return validate_email(entity)
    if isinstance(entity, Phone):
        return validate_phone(entity)
    if isinstance(entity, WebAddress):
        return validate_web_address(entity)
    if isinstance(entity, ProfessionalIdentity):
        return validate_professional_identity(entity, None)
    if isinstance(entity, CustomerRole):
        return validate_customer_role(entity, None, "")
    if isinstance(entity, SupplierRole):
        return validate_supplier_role(entity, "")
    if isinstance(entity, AlternativePayerRole):
        return validate_alternative_payer_role(entity, "")
    if isinstance(entity, Tag):
        return validate_tag(entity)
    if isinstance(entity, Image):
        return validate_image(entity)
    if isinstance(entity, PlaceholderCustomer):
        return validate_placeholder_customer(entity)
    if isinstance(entity, CustomerList):
        return validate_customer_list(entity)
    if isinstance(entity, Page):
        return validate_page(entity)
    if isinstance(entity, ExternalIdMapping):
        return validate_external_id_mappings([entity])
    if isinstance(entity, list | tuple):
        mappings = _all_mappings(entity)
        if mappings is not None:
            return validate_external_id_mappings(mappings)
    raise TypeError(f"no validation for {type(entity).__name__}")


__all__ = [
    "keep_received_values",
    "validate",
    "validate_address",
    "validate_alternative_payer_role",
    "validate_customer_list",
    "validate_customer_role",
    "validate_delivery_configurations",
    "validate_email",
    "validate_external_id_mappings",
    "validate_image",
    "validate_individual",
    "validate_kip_company",
    "validate_locked_fields",
    "validate_organization",
    "validate_page",
    "validate_phone",
    "validate_placeholder_customer",
    "validate_professional_identity",
    "validate_supplier_role",
    "validate_tag",
    "validate_web_address",
    "value_at",
]
