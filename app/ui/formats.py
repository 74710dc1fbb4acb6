"""Dates, times, numbers and money as the user's language writes them.

Every format follows the default :class:`QLocale` (set from the chosen language by
:func:`app.ui.i18n.install_translations`); nothing here writes a date or a number by hand.
Without a locale (the C locale) dates are ISO and times 24-hour.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation

from babel.numbers import format_percent
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def number_text(n: int) -> str:
    """A count as the user's language writes it ("1,234" in English, "1.234" in German).

    A text whose words change with the count uses ``self.tr("%Ln people", "", n)`` instead.
    """
    return QLocale().toString(n)


def percent_text(fraction: float) -> str:
    """A share as the user's language writes it: "85%" in English, "85 %" in German."""
    from app.ui.names import babel_locale  # Babel knows where each language puts the sign

    return str(format_percent(fraction, locale=babel_locale()))


def date_format() -> str:
    """The user's locale's short date format with four-digit years (ISO without a locale)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in fmt:
        fmt = fmt.replace("yy", "yyyy")
    return fmt


def date_text(value: date | None) -> str:
    """A date as the user's locale writes it short, with four-digit years; ISO without one."""
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_format())


def time_format(*, seconds: bool = False) -> str:
    """The user's locale's short time format ("HH:mm", "h:mm AP"), with or without seconds."""
    locale = QLocale()
    fmt = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if locale.language() == QLocale.Language.C:
        fmt = "HH:mm"
    if seconds and "ss" not in fmt:
        return fmt.replace("mm", "mm:ss")
    if not seconds:
        return fmt.replace(":ss", "").replace(".ss", "")
    return fmt


def datetime_format() -> str:
    """A date and a time of day in the user's locale (for date-and-time editors)."""
    return f"{date_format()} {time_format()}"


def clock_text(value: time, *, seconds: bool = False) -> str:
    """A time of day as the user's locale writes it ("14:05", "2:05 PM")."""
    time_of_day = QTime(value.hour, value.minute, value.second)
    return QLocale().toString(time_of_day, time_format(seconds=seconds))


def time_text(
    value: datetime | None,
    *,
    now: datetime | None = None,
    seconds: bool = False,
    full: bool = False,
    relative: bool = False,
) -> str:
    """A moment in local time, short and in the user's locale: "14:05" today, the short date
    and time otherwise (``full``: always with the date; ``relative``: "yesterday 14:05" the
    day before)."""
    if value is None:
        return ""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)  # the store keeps UTC
    local = value.astimezone()
    today = (now or datetime.now().astimezone()).date()
    clock = clock_text(local.time(), seconds=seconds)
    if local.date() == today and not full:
        return clock
    if relative and (today - local.date()).days == 1:
        return QCoreApplication.translate("TimeText", "yesterday {time}").format(time=clock)
    return QCoreApplication.translate("TimeText", "{date} {time}").format(
        date=date_text(local.date()), time=clock
    )


# --- money ---------------------------------------------------------------------------------

#: characters a typed amount may hold: digits, signs, separators of any locale
AMOUNT_PATTERN = "[0-9 .,'’\u00a0\u202f\u2009]*"

_SPACES = (" ", "\u00a0", "\u202f", "\u2009")


def money_text(value: Decimal) -> str:
    """An amount as the user's language writes it: "1,000.50" in English, "1.000,50" in
    German, "1 000,50" in French; as many decimals as the amount has."""
    if not value.is_finite():
        return str(value)
    exponent = value.as_tuple().exponent
    places = max(0, -exponent) if isinstance(exponent, int) else 0
    if len(value.as_tuple().digits) > 15:
        return str(value)  # beyond a double's precision: exact, unformatted
    return QLocale().toString(float(value), "f", places)


def _is_grouped(text: str, separator: str) -> bool:
    """Whether ``separator`` splits ``text`` into thousands groups ("1.000.000")."""
    head, *groups = text.split(separator)
    return 1 <= len(head) <= 3 and bool(groups) and all(len(g) == 3 for g in groups)


def parse_money(text: str) -> Decimal | None:
    """The amount typed: the user's locale's form ("1.000,50" in German, "1 000,50" in
    French) or a plain one ("1000.50", "1000,50"); None for an empty text, NaN for one that
    is not an amount."""
    locale = QLocale()
    cleaned = text.strip()
    for space in _SPACES:
        cleaned = cleaned.replace(space, "")
    cleaned = cleaned.replace("’", "").replace("'", "")
    if not cleaned:
        return None
    point = locale.decimalPoint() or "."
    group = locale.groupSeparator()
    if "." in cleaned and "," in cleaned:
        decimal_mark = "." if cleaned.rfind(".") > cleaned.rfind(",") else ","
        other = "," if decimal_mark == "." else "."
        whole, _, fraction = cleaned.rpartition(decimal_mark)
        if not _is_grouped(whole, other):
            return Decimal("NaN")
        cleaned = whole.replace(other, "") + "." + fraction
    else:
        mark = "." if "." in cleaned else "," if "," in cleaned else ""
        if mark and mark == group and mark != point and _is_grouped(cleaned, mark):
            cleaned = cleaned.replace(mark, "")  # "1.000" in German: a thousand
        elif mark:
            whole, _, fraction = cleaned.rpartition(mark)
            if mark in whole:
                if not _is_grouped(cleaned, mark):
                    return Decimal("NaN")
                cleaned = cleaned.replace(mark, "")  # "1,000,000": thousands
            else:
                cleaned = f"{whole}.{fraction}"
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return Decimal("NaN")
