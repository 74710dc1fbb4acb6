"""A number written ``+<country code> <digits>`` is read in a few steps of the phone library
instead of all of them: the number read is the library's own, for every region's numbers and
for random digits, and anything else is left to the library."""

from __future__ import annotations

import random

import phonenumbers
import pytest

from app.domain import checks


def _library(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _written(number: phonenumbers.PhoneNumber) -> list[str]:
    international = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return [international, e164, e164[:4] + " " + e164[4:]]


def _example_texts() -> list[str]:
    texts: list[str] = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (
            phonenumbers.PhoneNumberType.FIXED_LINE,
            phonenumbers.PhoneNumberType.MOBILE,
            phonenumbers.PhoneNumberType.TOLL_FREE,
        ):
            example = phonenumbers.example_number_for_type(region, kind)
            if example is not None:
                texts += _written(example)
    for code in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            texts += _written(example)
    return texts


def _random_texts(count: int) -> list[str]:
    rng = random.Random(4242)
    codes = sorted(phonenumbers.COUNTRY_CODE_TO_REGION_CODE)
    texts = []
    for _ in range(count):
        code = str(rng.choice([*codes, 0, 5, 28, 999]))
        digits = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 19)))
        if rng.random() < 0.3:
            digits = "0" + digits
        text = "+" + code
        for digit in digits:
            text += (" " if rng.random() < 0.25 else "") + digit
        texts.append(text)
    return texts


@pytest.mark.parametrize("region", ["BE", "NL", "US", "IT", None])
def test_an_international_number_is_read_as_the_library_reads_it(region: str | None) -> None:
    quick = 0
    for text in _example_texts() + _random_texts(3000):
        read = checks._parse_international(text)
        if read is not None:
            quick += 1
            assert read == _library(text, region), text
    assert quick > 3000


@pytest.mark.parametrize(
    "text",
    [
        "+32 9 220 53 34 ext. 5",
        "+32-9-220-53-34",
        "+32 (9) 220 53 34",
        "+32  9 220",
        "+32 9 220 ",
        "++32 9 220 53 34",
        "+0032 9 220 53 34",
        "+3",
        "+32",
        "+325",
        "09 220 53 34",
        "+32 9 22O 53 34",
        "+٣٢ ٩ ٢٢٠ ٥٣ ٣٤",
    ],
)
def test_anything_else_is_left_to_the_library(text: str) -> None:
    assert checks._parse_international(text) is None


def test_the_check_of_a_number_is_the_same_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    texts = _random_texts(500) + _example_texts()[:300]
    quick = [checks._read_phone_cached.__wrapped__(t, "BE") for t in texts]
    monkeypatch.setattr(checks, "_parse_international", lambda text: None)
    monkeypatch.setattr(checks, "_read_international", lambda text: None)
    assert [checks._read_phone_cached.__wrapped__(t, "BE") for t in texts] == quick


@pytest.mark.parametrize("region", ["NL", "US", None, "XX"])
def test_an_international_number_reads_the_same_whatever_the_region(
    monkeypatch: pytest.MonkeyPatch, region: str | None
) -> None:
    """Read once for every default region: the answer each region would get by itself."""
    texts = _random_texts(300) + _example_texts()[:200] + ["+32 9 220 53 34", "+32 2"]
    for text in texts:  # read first with another region
        checks._read_phone_cached.__wrapped__(text, "BE")
    shared = [checks._read_phone_cached.__wrapped__(t, region) for t in texts]
    monkeypatch.setattr(checks, "_read_international", lambda text: None)
    alone = [checks._read_phone_cached.__wrapped__(t, region) for t in texts]
    assert shared == alone
    assert sum(read[0] is not None for read in shared) > 300


def test_a_number_is_valid_as_the_library_says() -> None:
    numbers = [_library(text, "BE") for text in _example_texts() + _random_texts(4000)]
    read = [n for n in numbers if n is not None]
    answers = [checks._valid_number(n) for n in read]
    assert answers == [phonenumbers.is_valid_number(n) for n in read]
    assert 1000 < sum(answers) < len(answers)  # valid and invalid numbers both checked


@pytest.mark.parametrize(
    "text",
    [
        "+32 09 220 53 34",  # the national prefix written after the country code: dropped
        "+31 06 12345678",
        "+44 07911 123456",
        "+49 030 901820",
        "+39 06 6982 1234",  # Italy keeps its leading zero
        "+39 0 0",
        "+1 1 650 253 0000",  # a country code of several regions
        "+7 8 495 123 4567",  # a national prefix with a transformation
        "+54 9 11 1234 5678",
        "+800 1234 5678",  # a country code of no region
        "+32 0",
    ],
)
def test_a_national_prefix_or_leading_zero_is_read_as_the_library_reads_it(text: str) -> None:
    read = checks._parse_international(text)
    assert read == _library(text, "BE")
    if read is not None:
        assert checks._valid_number(read) == phonenumbers.is_valid_number(read)
