"""vCard ``TYPE`` words (and the type labels of Google and Outlook CSV files) ↔ Kontor's enums.

Reading: the words of a ``TYPE`` parameter (``work,voice``, ``HOME``, ``cell``) — or of a CSV
label such as ``Work Fax`` or ``* Mobile`` — become a documented enum value of
:mod:`app.domain.enums`, a usage context and usages.  Words that mean nothing to Kontor
(``x-school``, a custom label) are kept as the contact point's description, so nothing the
file said is lost.  Kontor's own export also writes the exact enum value as the parameter
``X-KONTOR-TYPE`` (and the usages as ``X-KONTOR-USAGES``): other programs ignore them, and a
Kontor-to-Kontor round trip keeps every type.

Writing: each enum value becomes the standard vCard 4.0 words that say the most about it
(``WORK_MOBILE`` is ``work,cell``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum
from urllib.parse import urlsplit

from app.domain.enums import (
    AddressType,
    AddressUsage,
    EmailType,
    PhoneType,
    PhoneUsage,
    UsageContext,
    WebAddressType,
)

KONTOR_TYPE = "X-KONTOR-TYPE"
KONTOR_USAGES = "X-KONTOR-USAGES"

_SYNONYMS = {
    "mobile": "cell",
    "cellular": "cell",
    "iphone": "cell",
    "handy": "cell",
    "business": "work",
    "office": "work",
    "company": "work",
    "private": "home",
    "personal": "home",
    "facsimile": "fax",
    "main": "main-number",
    "sms": "text",
}
# Words of vCard 2.1–4.0 that carry no type Kontor keeps (preference, transport, …).
_NOISE = frozenset(
    {
        "pref",
        "internet",
        "x400",
        "voice",
        "text",
        "msg",
        "bbs",
        "modem",
        "isdn",
        "video",
        "textphone",
        "dom",
        "intl",
        "postal",
        "parcel",
        "other",
        "x-other",
        "uri",
        "value",
        "encoding",
    }
)
_KNOWN = frozenset(
    {"home", "work", "cell", "fax", "pager", "main-number", "blog", "car", "whatsapp", "voip"}
)
_SPLIT = re.compile(r"[\s,;/:]+")


def type_words(values: Iterable[str]) -> list[str]:
    """The words of ``TYPE`` values or a label, lower case, synonyms made one."""
    words: list[str] = []
    for value in values:
        for raw in _SPLIT.split(value.strip().lstrip("*").strip().lower()):
            if not raw:
                continue
            word = raw[2:] if raw.startswith("x-") and raw[2:] in _KNOWN else raw
            words.append(_SYNONYMS.get(word, word))
    return words


def unmapped(words: Iterable[str]) -> str | None:
    """The words that neither map to a type nor are vCard noise: kept as a description."""
    rest = [w for w in dict.fromkeys(words) if w not in _KNOWN and w not in _NOISE]
    return " ".join(rest) or None


def _enum_value(enum: type[StrEnum], value: str | None) -> str | None:
    if value and value.upper() in enum._value2member_map_:
        return value.upper()
    return None


def usage_context(words: Iterable[str], *, organization: bool, professional: bool) -> str:
    """Organization cards own ORGANIZATION points, an identity's are PROFESSIONAL."""
    found = set(words)
    if organization:
        return UsageContext.ORGANIZATION.value
    if professional or ("work" in found and "home" not in found):
        return UsageContext.PROFESSIONAL.value
    return UsageContext.PERSONAL.value


# --- reading ------------------------------------------------------------------------------


def phone_type(words: Iterable[str], exact: str | None, *, organization: bool) -> str:
    known = _enum_value(PhoneType, exact)
    if known:
        return known
    w = set(words)
    if "fax" in w:
        if "home" in w:
            return PhoneType.HOME_FAX.value
        if "work" in w:
            return (PhoneType.MAIN_FAX if organization else PhoneType.DIRECT_FAX).value
        return PhoneType.FAX_LINE.value
    if "pager" in w:
        return PhoneType.PAGER.value
    if "cell" in w:
        if "work" in w:
            return PhoneType.WORK_MOBILE.value
        if "home" in w:
            return PhoneType.PERSONAL_MOBILE.value
        return PhoneType.MOBILE.value
    if "main-number" in w:
        return PhoneType.MAIN.value
    if "voip" in w:
        return PhoneType.VOIP_LINE.value
    if "home" in w:
        return PhoneType.HOME_PHONE.value
    if "work" in w:
        return (PhoneType.MAIN if organization else PhoneType.DIRECT_LINE).value
    return PhoneType.NOT_QUALIFIED.value


def phone_usages(words: Iterable[str], exact: Iterable[str]) -> list[str]:
    listed = [u.upper() for u in exact if u.upper() in PhoneUsage._value2member_map_]
    if listed:
        return list(dict.fromkeys(listed))
    w = set(words)
    usages = []
    if "text" in w:
        usages.append(PhoneUsage.SMS.value)
    if "whatsapp" in w:
        usages.append(PhoneUsage.WHATSAPP.value)
    if usages and "voice" in w:
        usages.insert(0, PhoneUsage.CALL.value)
    return usages


def email_type(words: Iterable[str], exact: str | None) -> str:
    known = _enum_value(EmailType, exact)
    if known:
        return known
    w = set(words)
    if "work" in w:
        return EmailType.WORK_EMAIL.value
    if "home" in w:
        return EmailType.PERSONAL_EMAIL.value
    return EmailType.NOT_QUALIFIED.value


_WEB_HOSTS: tuple[tuple[str, WebAddressType], ...] = (
    ("linkedin.com", WebAddressType.LINKEDIN_PROFILE),
    ("xing.com", WebAddressType.XING_PROFILE),
    ("facebook.com", WebAddressType.FACEBOOK_PAGE_OR_PROFILE),
    ("fb.com", WebAddressType.FACEBOOK_PAGE_OR_PROFILE),
    ("twitter.com", WebAddressType.TWITTER_PROFILE),
    ("x.com", WebAddressType.TWITTER_PROFILE),
    ("instagram.com", WebAddressType.INSTAGRAM_PROFILE),
    ("youtube.com", WebAddressType.YOUTUBE),
    ("youtu.be", WebAddressType.YOUTUBE),
)


def web_type(
    words: Iterable[str], exact: str | None, url: str, *, organization: bool, professional: bool
) -> str:
    known = _enum_value(WebAddressType, exact)
    if known:
        return known
    try:
        host = (urlsplit(url.strip()).hostname or "").lower()
    except ValueError:
        host = ""
    for suffix, kind in _WEB_HOSTS:
        if host == suffix or host.endswith("." + suffix):
            return kind.value
    w = set(words)
    if "blog" in w:
        return WebAddressType.BLOG.value
    if organization:
        return WebAddressType.ORGANIZATION_WEBSITE.value
    if professional or "work" in w:
        return WebAddressType.PROFESSIONAL_WEBSITE.value
    if "home" in w:
        return WebAddressType.PERSONAL_WEBSITE.value
    return WebAddressType.HOMEPAGE_OR_WEBSITE.value


def address_type(words: Iterable[str], exact: str | None, *, organization: bool) -> str:
    known = _enum_value(AddressType, exact)
    if known:
        return known
    w = set(words)
    if "home" in w:
        return AddressType.RESIDENTIAL_HOME.value
    if "work" in w:
        return AddressType.OFFICE.value
    return AddressType.NOT_QUALIFIED.value


def address_usages(words: Iterable[str], exact: Iterable[str]) -> list[str]:
    listed = [u.upper() for u in exact if u.upper() in AddressUsage._value2member_map_]
    if listed:
        return list(dict.fromkeys(listed))
    w = set(words)
    usages = []
    if "postal" in w:
        usages.append(AddressUsage.CORRESPONDENCE.value)
    if "parcel" in w:
        usages.append(AddressUsage.SHIPPING.value)
    return usages


# --- writing ------------------------------------------------------------------------------

_PHONE_WORDS: dict[str, tuple[str, ...]] = {
    PhoneType.HOME_PHONE: ("home", "voice"),
    PhoneType.HOME_FAX: ("home", "fax"),
    PhoneType.PERSONAL_MOBILE: ("home", "cell"),
    PhoneType.MOBILE: ("cell",),
    PhoneType.WORK_MOBILE: ("work", "cell"),
    PhoneType.DIRECT_LINE: ("work", "voice"),
    PhoneType.DIRECT_EXTENSION: ("work", "voice"),
    PhoneType.DIRECT_FAX: ("work", "fax"),
    PhoneType.MAIN_FAX: ("work", "fax"),
    PhoneType.FAX_LINE: ("fax",),
    PhoneType.MAIN: ("work", "voice", "main-number"),
    PhoneType.PAGER: ("pager",),
    PhoneType.FIXED_LINE: ("voice",),
    PhoneType.HOTLINE: ("voice",),
    PhoneType.SAT: ("voice",),
    PhoneType.VIRTUAL_LINE: ("voice",),
    PhoneType.VOIP_LINE: ("voice",),
}


def _context_word(context: str) -> str | None:
    if context == UsageContext.PERSONAL:
        return "home"
    if context in (UsageContext.PROFESSIONAL, UsageContext.ORGANIZATION):
        return "work"
    return None


def _with_context(words: tuple[str, ...], context: str) -> list[str]:
    result = list(words)
    if "home" not in result and "work" not in result:
        word = _context_word(context)
        if word:
            result.insert(0, word)
    return result


def phone_words(phone_type_value: str, context: str, usages: Iterable[str]) -> list[str]:
    words = _with_context(_PHONE_WORDS.get(phone_type_value, ()), context)
    if PhoneUsage.SMS in usages and "text" not in words:
        words.append("text")
    return words


def plain_words(context: str) -> list[str]:
    """E-mail, web and address types in vCard 4.0 are only ``home`` / ``work``."""
    return _with_context((), context)


__all__ = [
    "KONTOR_TYPE",
    "KONTOR_USAGES",
    "address_type",
    "address_usages",
    "email_type",
    "phone_type",
    "phone_usages",
    "phone_words",
    "plain_words",
    "type_words",
    "unmapped",
    "usage_context",
    "web_type",
]
