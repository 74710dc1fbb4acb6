"""Property lines split with plain string operations give what vobject's line parser gives;
lines it would read otherwise (quotes, line breaks, odd names) are left to it."""

from __future__ import annotations

import itertools

import pytest
from vobject.base import parseLine

from app.services.interchange.vcard_read import (
    _NEWLINE,
    _address_fields,
    _joined,
    _parse_plain,
    _parse_quoted,
    _split_fields,
    _split_lines,
)

PLAIN = [
    "FN:An Peeters",
    "tel;type=home:+32 9 220 53 34",
    "TEL;TYPE=home,cell;X-KONTOR-TYPE=MOBILE;X-KONTOR-USAGES=CALL,SMS:+31 6 19583950",
    "item1.X-ABLabel:_$!<Other>!$_",
    "work1.ORG:Kinderdagverblijf De Zonnebloem;Sales",
    "ADR;TYPE=work:;bus 22;Schoolstraat 8;Aalst;;9300;Belgium",
    "TEL;TYPE=:x",
    "TEL;TYPE=a,,b:x",
    "TEL;A=b=c:x",
    "X_Y;Z_W=v:x",
    "TEL;TYPE=a b:x",
    "NOTE:a: b; c, d",
    "URL:https://example.be/a;b?c=d",
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ",
    "N:;;;;",
    "EMAIL;PREF;INTERNET:an@example.be",
]
OTHER = [
    'ADR;LABEL="Schoolstraat 8, 9300 Aalst";TYPE=work:;;Schoolstraat 8;Aalst;;9300;BE',
    "NOTE:first\nsecond",
    "TEL;;TYPE=a:x",
    "TEL;:x",
    "TEL;TYPE=a;:x",
    "TEL; TYPE=a:x",
    "a.b.c:x",
    "X ABC:x",
    "no colon",
    ":x",
]


@pytest.mark.parametrize("line", PLAIN)
def test_a_plain_line_is_split_as_vobject_splits_it(line: str) -> None:
    assert _parse_plain(line) == parseLine(line)


@pytest.mark.parametrize("line", OTHER)
def test_any_other_line_is_left_to_vobject(line: str) -> None:
    assert _parse_plain(line) is None


QUOTED = [
    'ADR;LABEL="Schoolstraat 8, bus 22, 9300 Aalst, BE";TYPE=work:;bus 22;Schoolstraat 8;;;;',
    'item1.ADR;LABEL="q";type=HOME:;;',
    'ADR;LABEL="a:b";TYPE=work:x;y',
    'ADR;LABEL="a;b";TYPE="w,x":v',
    'A;B="x",c,"d;e":v',
    'A;B=c,"d":v',
    'A;B="x";C="y":"z"',
    'A;LABEL="a^nb";X-Y=1:v: w',
    'A;LABEL="a b":',
    'A;LABEL="  spaced  ":v',
    'A;LABEL="é ü":v',
    'A;PREF;LABEL="x":v',
    'A:"x"',
]
# Left to vobject: empty quotes, quotes not around a whole value, spaces around the
# parameters, broken quotes, line breaks, odd names.
NOT_QUOTED = [
    'ADR;LABEL="";TYPE=work:x',
    'A;B = "x" :v',
    'A;B=x"y":v',
    'A;B="x"y:v',
    'A;B=="x":v',
    'A;B="x:v',
    'A;"B"=x:v',
    '"A";B=x:v',
    'A B;C="x":v',
    'A;B="x\ny":v',
    'A;B="x";;C=y:v',
    'A;B="x\x00":v',
]


@pytest.mark.parametrize("line", QUOTED)
def test_a_line_with_quoted_values_is_split_as_vobject_splits_it(line: str) -> None:
    assert _parse_quoted(line) == parseLine(line)


@pytest.mark.parametrize("line", NOT_QUOTED)
def test_other_quoted_lines_are_left_to_vobject(line: str) -> None:
    assert _parse_quoted(line) is None


BREAKS = [
    "BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n",
    "BEGIN:VCARD\nFN:A\nEND:VCARD",
    "BEGIN:VCARD\rFN:A\rEND:VCARD\r",
    "a\r\nb\nc\rd\r\r\ne",
    "a\r\r\r\nb\r\r\n\r\nc",
    "\r\n\n\r\r\r",
    "",
    "no break",
]


@pytest.mark.parametrize("text", BREAKS)
def test_lines_are_cut_where_the_line_break_pattern_cuts_them(text: str) -> None:
    assert _split_lines(text) == _NEWLINE.split(text)


def test_lines_with_any_mix_of_breaks_are_cut_as_the_pattern_cuts_them() -> None:
    pieces = ["a", "b ", "\r", "\n", "\r\n", "\r\r\n"]
    for count in range(1, 5):
        for chosen in itertools.product(pieces, repeat=count):
            text = "".join(chosen)
            assert _split_lines(text) == _NEWLINE.split(text), repr(text)


def test_address_fields_without_escapes_or_lists_are_the_general_ones() -> None:
    pieces = ["a", " ", ";", "b c", "", "é", "\\,", ",", "\\;", "\\n"]
    for count in range(1, 6):
        for chosen in itertools.product(pieces, repeat=count):
            value = "".join(chosen)
            general = [_joined(f) for f in _split_fields(value)] + [""] * 7
            assert _address_fields(value) == general[:7], repr(value)
