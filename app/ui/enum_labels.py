"""The words shown for the values of Kontor's closed enums, one literal each for the catalogues.

The editors show an enum value as a label ("HOME_OFFICE" → "Home office"), translated in the
``EnumValue`` context when shown (:func:`app.ui.editors.widgets.humanize`). ``pyside6-lupdate``
finds only literal strings, so every label is written out here, marked with
``QT_TRANSLATE_NOOP``. The table was made from :mod:`app.domain.enums` and is kept in step with
it: ``tests/ui/test_enum_labels.py`` fails for a value of an enum there without a label here.
"""

from __future__ import annotations

from app.i18n import QT_TRANSLATE_NOOP

#: enum value -> its English label (the source text of its translation)
ENUM_LABELS: dict[str, str] = {
    "NOT_QUALIFIED": QT_TRANSLATE_NOOP("EnumValue", "Not qualified"),
    "FACTORY": QT_TRANSLATE_NOOP("EnumValue", "Factory"),
    "HEADQUARTERS": QT_TRANSLATE_NOOP("EnumValue", "Headquarters"),
    "HOME_OFFICE": QT_TRANSLATE_NOOP("EnumValue", "Home office"),
    "OFFICE": QT_TRANSLATE_NOOP("EnumValue", "Office"),
    "OFFICE_CENTER": QT_TRANSLATE_NOOP("EnumValue", "Office center"),
    "PACKSTATION": QT_TRANSLATE_NOOP("EnumValue", "Packstation"),
    "PO_BOX": QT_TRANSLATE_NOOP("EnumValue", "PO box"),
    "POST_OFFICE": QT_TRANSLATE_NOOP("EnumValue", "Post office"),
    "RESIDENTIAL_HOME": QT_TRANSLATE_NOOP("EnumValue", "Residential home"),
    "SECOND_HOME": QT_TRANSLATE_NOOP("EnumValue", "Second home"),
    "SERVICE_POINT": QT_TRANSLATE_NOOP("EnumValue", "Service point"),
    "STORE": QT_TRANSLATE_NOOP("EnumValue", "Store"),
    "SUBSIDIARY": QT_TRANSLATE_NOOP("EnumValue", "Subsidiary"),
    "VACATION_HOME": QT_TRANSLATE_NOOP("EnumValue", "Vacation home"),
    "WAREHOUSE": QT_TRANSLATE_NOOP("EnumValue", "Warehouse"),
    "EVERYTHING": QT_TRANSLATE_NOOP("EnumValue", "Everything"),
    "CORRESPONDENCE": QT_TRANSLATE_NOOP("EnumValue", "Correspondence"),
    "INVOICES": QT_TRANSLATE_NOOP("EnumValue", "Invoices"),
    "SHIPPING": QT_TRANSLATE_NOOP("EnumValue", "Shipping"),
    "EMAIL_ALIAS": QT_TRANSLATE_NOOP("EnumValue", "E-mail alias"),
    "MAILING_LIST": QT_TRANSLATE_NOOP("EnumValue", "Mailing list"),
    "PERSONAL_EMAIL": QT_TRANSLATE_NOOP("EnumValue", "Personal e-mail"),
    "WORK_EMAIL": QT_TRANSLATE_NOOP("EnumValue", "Work e-mail"),
    "DIRECT_EXTENSION": QT_TRANSLATE_NOOP("EnumValue", "Direct extension"),
    "DIRECT_FAX": QT_TRANSLATE_NOOP("EnumValue", "Direct fax"),
    "DIRECT_LINE": QT_TRANSLATE_NOOP("EnumValue", "Direct line"),
    "FAX_LINE": QT_TRANSLATE_NOOP("EnumValue", "Fax line"),
    "FIXED_LINE": QT_TRANSLATE_NOOP("EnumValue", "Fixed line"),
    "HOME_FAX": QT_TRANSLATE_NOOP("EnumValue", "Home fax"),
    "HOME_PHONE": QT_TRANSLATE_NOOP("EnumValue", "Home phone"),
    "HOTLINE": QT_TRANSLATE_NOOP("EnumValue", "Hotline"),
    "MAIN": QT_TRANSLATE_NOOP("EnumValue", "Main"),
    "MAIN_FAX": QT_TRANSLATE_NOOP("EnumValue", "Main fax"),
    "MOBILE": QT_TRANSLATE_NOOP("EnumValue", "Mobile"),
    "PAGER": QT_TRANSLATE_NOOP("EnumValue", "Pager"),
    "PERSONAL_MOBILE": QT_TRANSLATE_NOOP("EnumValue", "Personal mobile"),
    "SAT": QT_TRANSLATE_NOOP("EnumValue", "Satellite"),
    "VIRTUAL_LINE": QT_TRANSLATE_NOOP("EnumValue", "Virtual line"),
    "VOIP_LINE": QT_TRANSLATE_NOOP("EnumValue", "VoIP line"),
    "WORK_MOBILE": QT_TRANSLATE_NOOP("EnumValue", "Work mobile"),
    "CALL": QT_TRANSLATE_NOOP("EnumValue", "Call"),
    "SMS": QT_TRANSLATE_NOOP("EnumValue", "SMS"),
    "WHATSAPP": QT_TRANSLATE_NOOP("EnumValue", "WhatsApp"),
    "BLOG": QT_TRANSLATE_NOOP("EnumValue", "Blog"),
    "FACEBOOK_PAGE_OR_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Facebook page or profile"),
    "GOOGLE_PLUS_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Google+ profile"),
    "HOMEPAGE_OR_WEBSITE": QT_TRANSLATE_NOOP("EnumValue", "Homepage or website"),
    "LINKEDIN_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "LinkedIn profile"),
    "ONLINE_STORE": QT_TRANSLATE_NOOP("EnumValue", "Online store"),
    "ORGANIZATION_BLOG": QT_TRANSLATE_NOOP("EnumValue", "Organization blog"),
    "ORGANIZATION_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Organization profile"),
    "ORGANIZATION_WEBSITE": QT_TRANSLATE_NOOP("EnumValue", "Organization website"),
    "OTHER": QT_TRANSLATE_NOOP("EnumValue", "Other"),
    "PERSONAL_BLOG": QT_TRANSLATE_NOOP("EnumValue", "Personal blog"),
    "PERSONAL_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Personal profile"),
    "PERSONAL_WEBSITE": QT_TRANSLATE_NOOP("EnumValue", "Personal website"),
    "PROFESSIONAL_BLOG": QT_TRANSLATE_NOOP("EnumValue", "Professional blog"),
    "PROFESSIONAL_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Professional profile"),
    "PROFESSIONAL_WEBSITE": QT_TRANSLATE_NOOP("EnumValue", "Professional website"),
    "TWITTER_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Twitter profile"),
    "TWITTER_STREAM": QT_TRANSLATE_NOOP("EnumValue", "Twitter stream"),
    "XING_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "XING profile"),
    "YELP_IMAGE": QT_TRANSLATE_NOOP("EnumValue", "Yelp image"),
    "INSTAGRAM_PROFILE": QT_TRANSLATE_NOOP("EnumValue", "Instagram profile"),
    "YOUTUBE": QT_TRANSLATE_NOOP("EnumValue", "YouTube"),
    "ORGANIZATION": QT_TRANSLATE_NOOP("EnumValue", "Organization"),
    "PERSONAL": QT_TRANSLATE_NOOP("EnumValue", "Personal"),
    "PROFESSIONAL": QT_TRANSLATE_NOOP("EnumValue", "Professional"),
    "user": QT_TRANSLATE_NOOP("EnumValue", "User"),
    "guest": QT_TRANSLATE_NOOP("EnumValue", "Guest"),
    "tax_advisor": QT_TRANSLATE_NOOP("EnumValue", "Tax advisor"),
    "integration": QT_TRANSLATE_NOOP("EnumValue", "Integration"),
    "female": QT_TRANSLATE_NOOP("EnumValue", "Female"),
    "male": QT_TRANSLATE_NOOP("EnumValue", "Male"),
    "diverse": QT_TRANSLATE_NOOP("EnumValue", "Diverse"),
    "unspecified": QT_TRANSLATE_NOOP("EnumValue", "Unspecified"),
    "individual": QT_TRANSLATE_NOOP("EnumValue", "Individual"),
    "organization": QT_TRANSLATE_NOOP("EnumValue", "Organization"),
}

#: labels of the organization types the contact list filters on (an open enum: the editor
#: takes any type typed, the filter offers these)
ORGANIZATION_TYPE_LABELS: dict[str, str] = {
    "club": QT_TRANSLATE_NOOP("EnumValue", "Club"),
    "company": QT_TRANSLATE_NOOP("EnumValue", "Company"),
    "school": QT_TRANSLATE_NOOP("EnumValue", "School"),
    "hobby_group": QT_TRANSLATE_NOOP("EnumValue", "Hobby group"),
    "kindergarten": QT_TRANSLATE_NOOP("EnumValue", "Kindergarten"),
}

__all__ = ["ENUM_LABELS", "ORGANIZATION_TYPE_LABELS"]
