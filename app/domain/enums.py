"""Enumerations of the Contacts API and the other documented systems.

Closed enums are ``StrEnum`` classes: the API documents every value.  Open enums (where the
documents show only an example and say more values exist) are tuples of known values that a
picker offers; any other value a server sends is kept as it is.

Domain objects store enum fields as plain strings so that a value unknown to this version of
Kontor survives a round trip; :mod:`app.domain.validation` reports values outside a closed enum.
"""

from __future__ import annotations

from enum import StrEnum


class AddressType(StrEnum):
    NOT_QUALIFIED = "NOT_QUALIFIED"
    FACTORY = "FACTORY"
    HEADQUARTERS = "HEADQUARTERS"
    HOME_OFFICE = "HOME_OFFICE"
    OFFICE = "OFFICE"
    OFFICE_CENTER = "OFFICE_CENTER"
    PACKSTATION = "PACKSTATION"
    PO_BOX = "PO_BOX"
    POST_OFFICE = "POST_OFFICE"
    RESIDENTIAL_HOME = "RESIDENTIAL_HOME"
    SECOND_HOME = "SECOND_HOME"
    SERVICE_POINT = "SERVICE_POINT"
    STORE = "STORE"
    SUBSIDIARY = "SUBSIDIARY"
    VACATION_HOME = "VACATION_HOME"
    WAREHOUSE = "WAREHOUSE"


class AddressUsage(StrEnum):
    EVERYTHING = "EVERYTHING"
    CORRESPONDENCE = "CORRESPONDENCE"
    INVOICES = "INVOICES"
    SHIPPING = "SHIPPING"


class EmailType(StrEnum):
    NOT_QUALIFIED = "NOT_QUALIFIED"
    EMAIL_ALIAS = "EMAIL_ALIAS"
    MAILING_LIST = "MAILING_LIST"
    PERSONAL_EMAIL = "PERSONAL_EMAIL"
    WORK_EMAIL = "WORK_EMAIL"


class PhoneType(StrEnum):
    NOT_QUALIFIED = "NOT_QUALIFIED"
    DIRECT_EXTENSION = "DIRECT_EXTENSION"
    DIRECT_FAX = "DIRECT_FAX"
    DIRECT_LINE = "DIRECT_LINE"
    FAX_LINE = "FAX_LINE"
    FIXED_LINE = "FIXED_LINE"
    HOME_FAX = "HOME_FAX"
    HOME_PHONE = "HOME_PHONE"
    HOTLINE = "HOTLINE"
    MAIN = "MAIN"
    MAIN_FAX = "MAIN_FAX"
    MOBILE = "MOBILE"
    PAGER = "PAGER"
    PERSONAL_MOBILE = "PERSONAL_MOBILE"
    SAT = "SAT"
    VIRTUAL_LINE = "VIRTUAL_LINE"
    VOIP_LINE = "VOIP_LINE"
    WORK_MOBILE = "WORK_MOBILE"


class PhoneUsage(StrEnum):
    EVERYTHING = "EVERYTHING"
    CALL = "CALL"
    SMS = "SMS"
    WHATSAPP = "WHATSAPP"


class WebAddressType(StrEnum):
    NOT_QUALIFIED = "NOT_QUALIFIED"
    BLOG = "BLOG"
    FACEBOOK_PAGE_OR_PROFILE = "FACEBOOK_PAGE_OR_PROFILE"
    GOOGLE_PLUS_PROFILE = "GOOGLE_PLUS_PROFILE"
    HOMEPAGE_OR_WEBSITE = "HOMEPAGE_OR_WEBSITE"
    LINKEDIN_PROFILE = "LINKEDIN_PROFILE"
    ONLINE_STORE = "ONLINE_STORE"
    ORGANIZATION_BLOG = "ORGANIZATION_BLOG"
    ORGANIZATION_PROFILE = "ORGANIZATION_PROFILE"
    ORGANIZATION_WEBSITE = "ORGANIZATION_WEBSITE"
    OTHER = "OTHER"
    PERSONAL_BLOG = "PERSONAL_BLOG"
    PERSONAL_PROFILE = "PERSONAL_PROFILE"
    PERSONAL_WEBSITE = "PERSONAL_WEBSITE"
    PROFESSIONAL_BLOG = "PROFESSIONAL_BLOG"
    PROFESSIONAL_PROFILE = "PROFESSIONAL_PROFILE"
    PROFESSIONAL_WEBSITE = "PROFESSIONAL_WEBSITE"
    TWITTER_PROFILE = "TWITTER_PROFILE"
    TWITTER_STREAM = "TWITTER_STREAM"
    XING_PROFILE = "XING_PROFILE"
    YELP_IMAGE = "YELP_IMAGE"
    INSTAGRAM_PROFILE = "INSTAGRAM_PROFILE"
    YOUTUBE = "YOUTUBE"


class UsageContext(StrEnum):
    ORGANIZATION = "ORGANIZATION"
    PERSONAL = "PERSONAL"
    PROFESSIONAL = "PROFESSIONAL"


class OwnerType(StrEnum):
    """Kind of user who owns a contact in the Kanbert system."""

    USER = "user"
    GUEST = "guest"
    TAX_ADVISOR = "tax_advisor"
    INTEGRATION = "integration"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    DIVERSE = "diverse"
    UNSPECIFIED = "unspecified"


class ContactKind(StrEnum):
    INDIVIDUAL = "individual"
    ORGANIZATION = "organization"


# The 251 country codes of the Contacts API, in the document's order: the ISO 3166-1 alpha-2
# codes plus AN and WG, which the API lists although ISO no longer does.
COUNTRY_CODES: tuple[str, ...] = (
    "AF",
    "AX",
    "AL",
    "DZ",
    "AS",
    "AD",
    "AO",
    "AI",
    "AQ",
    "AG",
    "AR",
    "AM",
    "AW",
    "AU",
    "AT",
    "AZ",
    "BS",
    "BH",
    "BD",
    "BB",
    "BY",
    "BE",
    "BZ",
    "BJ",
    "BM",
    "BT",
    "BO",
    "BQ",
    "BA",
    "BW",
    "BV",
    "BR",
    "IO",
    "BN",
    "BG",
    "BF",
    "BI",
    "KH",
    "CM",
    "CA",
    "CV",
    "KY",
    "CF",
    "TD",
    "CL",
    "CN",
    "CX",
    "CC",
    "CO",
    "KM",
    "CG",
    "CD",
    "CK",
    "CR",
    "CI",
    "HR",
    "CU",
    "CW",
    "CY",
    "CZ",
    "DK",
    "DJ",
    "DM",
    "DO",
    "EC",
    "EG",
    "SV",
    "GQ",
    "ER",
    "EE",
    "ET",
    "FK",
    "FO",
    "FJ",
    "FI",
    "FR",
    "GF",
    "PF",
    "TF",
    "GA",
    "GM",
    "GE",
    "DE",
    "GH",
    "GI",
    "GR",
    "GL",
    "GD",
    "GP",
    "GU",
    "GT",
    "GG",
    "GN",
    "GW",
    "GY",
    "HT",
    "HM",
    "VA",
    "HN",
    "HK",
    "HU",
    "IS",
    "IN",
    "ID",
    "IR",
    "IQ",
    "IE",
    "IM",
    "IL",
    "IT",
    "JM",
    "JP",
    "JE",
    "JO",
    "KZ",
    "KE",
    "KI",
    "KP",
    "KR",
    "KW",
    "KG",
    "LA",
    "LV",
    "LB",
    "LS",
    "LR",
    "LY",
    "LI",
    "LT",
    "LU",
    "MO",
    "MK",
    "MG",
    "MW",
    "MY",
    "MV",
    "ML",
    "MT",
    "MH",
    "MQ",
    "MR",
    "MU",
    "YT",
    "MX",
    "FM",
    "MD",
    "MC",
    "MN",
    "ME",
    "MS",
    "MA",
    "MZ",
    "MM",
    "NA",
    "NR",
    "NP",
    "NL",
    "NC",
    "NZ",
    "NI",
    "NE",
    "NG",
    "NU",
    "NF",
    "MP",
    "OM",
    "PK",
    "PW",
    "PS",
    "PA",
    "PG",
    "PY",
    "PE",
    "PH",
    "PN",
    "PL",
    "PT",
    "PR",
    "QA",
    "RE",
    "RO",
    "RU",
    "RW",
    "BL",
    "SH",
    "KN",
    "LC",
    "MF",
    "PM",
    "VC",
    "WS",
    "SM",
    "ST",
    "SA",
    "SN",
    "RS",
    "SC",
    "SL",
    "SG",
    "SX",
    "SK",
    "SI",
    "SB",
    "SO",
    "ZA",
    "GS",
    "ES",
    "LK",
    "SD",
    "SS",
    "SR",
    "SJ",
    "SZ",
    "SE",
    "CH",
    "SY",
    "TW",
    "TJ",
    "TZ",
    "TH",
    "TL",
    "TG",
    "TK",
    "TO",
    "TT",
    "TN",
    "TR",
    "TM",
    "TC",
    "TV",
    "UG",
    "UA",
    "AE",
    "GB",
    "US",
    "UM",
    "UY",
    "UZ",
    "VU",
    "VE",
    "VN",
    "VG",
    "VI",
    "WF",
    "EH",
    "YE",
    "ZM",
    "ZW",
    "AN",
    "WG",
    "NO",
)
COUNTRY_CODE_SET: frozenset[str] = frozenset(COUNTRY_CODES)

# Open enums: known values offered in pickers; other values are accepted and kept.
KNOWN_RELATIONSHIP_TYPES: tuple[str, ...] = (
    "SPOUSE",
    "PARTNER",
    "PARENT",
    "CHILD",
    "SIBLING",
    "RELATIVE",
    "FRIEND",
    "ASSISTANT",
    "MANAGER",
)
KNOWN_MEMBERSHIP_TYPES: tuple[str, ...] = ("CLUB", "ASSOCIATION", "CHAMBER", "NETWORK")
KNOWN_DEPARTMENT_AREAS: tuple[str, ...] = (
    "ADMINISTRATION",
    "ACCOUNTING",
    "CUSTOMER_SERVICE",
    "HUMAN_RESOURCES",
    "IT",
    "LEGAL",
    "LOGISTICS",
    "MANAGEMENT",
    "MARKETING",
    "PRODUCTION",
    "PURCHASING",
    "RESEARCH",
    "SALES",
)
KNOWN_TAX_EXEMPTIONS: tuple[str, ...] = ("UNIVERSAL_POSTAL_SERVICE_DE",)
KNOWN_SUPPLIER_TAX_INFORMATION_TYPES: tuple[str, ...] = ("VendorTaxInformation",)
# Organization types of the partner-organizations API; the server may add more.
KNOWN_ORGANIZATION_TYPES: tuple[str, ...] = (
    "club",
    "company",
    "school",
    "hobby_group",
    "kindergarten",
)
