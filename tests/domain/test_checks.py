"""Checks beyond the documents: VAT, phone, e-mail, GLN, postal codes, currencies."""

from __future__ import annotations

import pytest

from app.domain import checks


def _gs1_check_digit(first_twelve: str) -> int:
    """The GS1 mod-10 check digit, written independently of the code under test."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first_twelve))
    return (10 - total % 10) % 10


# --- VAT ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BE 0415.928.179", "BE0415928179"),
        ("be0415-928-179", "BE0415928179"),
        ("  ATU 135 856 27 ", "ATU13585627"),
        ("0415.928.179", "0415928179"),
        ("", ""),
    ],
)
def test_normalise_vat(text: str, expected: str) -> None:
    assert checks.normalise_vat(text) == expected


@pytest.mark.parametrize(
    "number",
    [
        "BE0415928179",
        "BE 0415.928.179",
        "ATU13585627",
        "DE136695976",
        "NL004495445B01",
        "FR40303265045",
        "CHE-116.281.710 MWST",
        "CHE116281710",
        "GB980780684",
        "NO995525828MVA",
    ],
)
def test_valid_vat_numbers_pass(number: str) -> None:
    assert checks.vat_problem(number) is None
    assert checks.check_vat(number).ok


def test_wrong_check_digit_is_reported() -> None:
    result = checks.check_vat("BE0415928178")
    assert result.code == checks.VAT_CHECKSUM
    assert not result.country_unknown
    assert checks.vat_problem("BE0415928178") == "the check digits do not match — BE0415928178"


def test_wrong_austrian_uid_is_reported() -> None:
    assert checks.check_vat("ATU13585626").code == checks.VAT_CHECKSUM


def test_wrong_length_is_reported() -> None:
    result = checks.check_vat("DE13669597")
    assert result.code == checks.VAT_LENGTH
    assert result.reason is not None and "length" in result.reason


@pytest.mark.parametrize("number", ["XX123456789", "US123456789", "0415928179"])
def test_unknown_country_prefix_is_flagged_as_country_problem(number: str) -> None:
    result = checks.check_vat(number)
    assert result.country_unknown
    assert result.reason is not None


def test_unknown_country_message_names_the_country() -> None:
    reason = checks.vat_problem("XX123456789")
    assert reason is not None and "XX is not recognised" in reason


def test_vat_check_never_raises_on_garbage() -> None:
    for text in ["BE", "BE!!!", "ATU", "NL", "CH", "GBxx", "NO", "ÄÖ123"]:
        result = checks.check_vat(text)
        assert result.reason is not None


# --- phone --------------------------------------------------------------------------------


def test_phone_with_default_region_is_formatted() -> None:
    result = checks.parse_phone("0471 12 34 56", "BE")
    assert result == ("+32471123456", "+32 471 12 34 56", None)


def test_phone_with_country_code_needs_no_region() -> None:
    e164, international, reason = checks.parse_phone("+32 2 511 11 11", None)
    assert (e164, international, reason) == ("+3225111111", "+32 2 511 11 11", None)


def test_phone_without_country_and_region_gives_reason() -> None:
    e164, _, reason = checks.parse_phone("0471 12 34 56", None)
    assert e164 is None
    assert reason is not None and "country code" in reason


def test_unknown_default_region_is_ignored() -> None:
    # AN is in the API's country list but phonenumbers has no region for it.
    e164, _, reason = checks.parse_phone("0471 12 34 56", "AN")
    assert e164 is None and reason is not None


@pytest.mark.parametrize(("number", "region"), [("abc", "BE"), ("+49 1", None), ("", "BE")])
def test_unreadable_phone_gives_reason(number: str, region: str | None) -> None:
    result = checks.parse_phone(number, region)
    assert result.e164 is None
    assert result.reason


def test_readable_but_invalid_phone_keeps_formats_and_gives_reason() -> None:
    result = checks.parse_phone("12", "BE")
    assert result.e164 == "+3212"
    assert result.reason is not None and "not a valid phone number" in result.reason


# --- e-mail -------------------------------------------------------------------------------


@pytest.mark.parametrize("address", ["development@kinepolis.com", "jan.peeters@firma.be"])
def test_good_email(address: str) -> None:
    assert checks.email_problem(address) is None


@pytest.mark.parametrize("address", ["foo", "a@b", "jan@@firma.be", "jan peeters@firma.be", ""])
def test_bad_email(address: str) -> None:
    assert checks.email_problem(address)


# --- GLN ----------------------------------------------------------------------------------


def test_gln_valid_check_digit() -> None:
    body = "401234500000"
    gln = body + str(_gs1_check_digit(body))
    assert gln == "4012345000009"
    assert checks.gln_problem(gln) is None


def test_gln_wrong_check_digit() -> None:
    body = "401234500000"
    wrong = body + str((_gs1_check_digit(body) + 1) % 10)
    reason = checks.gln_problem(wrong)
    assert reason == f"the check digits do not match — {wrong}"


@pytest.mark.parametrize("text", ["401234500000", "40123450000090", "40123450000AB", ""])
def test_gln_needs_13_digits(text: str) -> None:
    reason = checks.gln_problem(text)
    assert reason is not None and "13 digits" in reason


# --- postal codes -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("country", "zip_code"),
    [
        ("BE", "9000"),
        ("NL", "1234 AB"),
        ("NL", "1234AB"),
        ("DE", "10115"),
        ("AT", "1010"),
        ("LU", "1009"),
        ("CH", "8001"),
        ("FR", "75001"),
        ("US", "94043"),  # shapes of other countries: Google's address data
        ("US", "94043-1351"),
        ("GB", "SW1A 2AA"),
        ("HK", "whatever"),  # a country without postal codes: no complaint
        ("BE", ""),
        (None, "12"),
    ],
)
def test_postal_code_accepted(country: str | None, zip_code: str) -> None:
    assert checks.postal_code_problem(country, zip_code) is None


@pytest.mark.parametrize(
    ("country", "zip_code"),
    [
        ("BE", "900"),
        ("BE", "90000"),
        ("NL", "12345"),
        ("NL", "1234 A"),
        ("DE", "1011"),
        ("AT", "10100"),
        ("LU", "L-1009"),
        ("CH", "800"),
        ("FR", "7500"),
        ("US", "whatever"),
        ("GB", "12345"),
    ],
)
def test_postal_code_rejected(country: str, zip_code: str) -> None:
    reason = checks.postal_code_problem(country, zip_code)
    assert reason is not None and zip_code in reason


# --- currencies ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["EUR", "USD", "JPY", "KWD", "CHF"])
def test_valid_currency(code: str) -> None:
    assert checks.is_valid_currency(code)


@pytest.mark.parametrize("code", ["EURO", "eur", "XYZ", "", "EU"])
def test_invalid_currency(code: str) -> None:
    assert not checks.is_valid_currency(code)


@pytest.mark.parametrize(
    ("code", "decimals"),
    [("EUR", 2), ("USD", 2), ("JPY", 0), ("KRW", 0), ("BHD", 3), ("KWD", 3), ("TND", 3)],
)
def test_currency_decimals(code: str, decimals: int) -> None:
    assert checks.currency_decimals(code) == decimals


def test_while_remembering_phones_each_number_is_read_once_and_let_go_after() -> None:
    numbers = [("+32 9 223 45 67", "BE"), ("09 223 45 68", "BE"), ("12", "BE"), ("x", None)]
    outside = [checks.parse_phone(n, r) for n, r in numbers]
    with checks.remembering_phones():
        inside = [checks.parse_phone(n, r) for n, r in numbers]
        # More numbers than the caches hold came in between: none is read again.
        checks._read_phone_cached.cache_clear()
        checks._international_cached.cache_clear()
        again = [checks.parse_phone(n, r) for n, r in numbers]
        assert [checks.phone_e164(n, r) for n, r in numbers] == [p.e164 for p in inside]
        assert [checks.phone_problem(n, r) for n, r in numbers] == [p.reason for p in inside]
        assert checks._read_phone_cached.cache_info().misses == 0
        assert checks._international_cached.cache_info().misses == 0
    assert inside == again == outside
    assert checks._phones_read is None and checks._phones_written is None
