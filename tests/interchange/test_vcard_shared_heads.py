"""Lines with the same head (name, group and parameters) share what the reader made of their
parameters (type, usages, usage context, description): the points read that way equal the
points read line by line, whatever the card's kind, the line's group label or the identity
the point belongs to."""

from __future__ import annotations

from typing import Any

import pytest

from app.services.interchange import vcard_read
from app.services.interchange.limits import ImportLimits
from app.services.interchange.records import ImportRecord

CARDS = """BEGIN:VCARD
VERSION:3.0
FN:An Peeters
N:Peeters;An;;;
TEL;TYPE=cell:+32 470 12 34 56
item1.TEL;TYPE=cell:+32 470 12 34 57
item1.X-ABLabel:_$!<Fax>!$_
item2.TEL;TYPE=cell:+32 470 12 34 58
item2.X-ABLabel:WhatsApp
EMAIL;TYPE=home:an@example.be
EMAIL;TYPE=INTERNET;TYPE=work;X-KONTOR-TYPE=WORK_EMAIL:an@work.example
ADR;TYPE=work;X-KONTOR-USAGES=SHIPPING:;;Hoogstraat 27;Gent;;9000;Belgium
URL;TYPE=work:https://www.linkedin.com/in/an
URL;TYPE=work:https://an.example.be
work1.ORG:Peeters BV
work1.TEL;TYPE=cell:+32 470 12 34 59
work1.EMAIL;TYPE=home:an@peeters.example
work1.ADR;TYPE=work;X-KONTOR-USAGES=SHIPPING:;;Veldstraat 1;Gent;;9000;BE
work1.URL;TYPE=work:https://peeters.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
KIND:org
FN:Peeters BV
ORG:Peeters BV
TEL;TYPE=cell:+32 470 12 34 60
item1.TEL;TYPE=cell:+32 470 12 34 61
item1.X-ABLabel:Fax
EMAIL;TYPE=home:info@peeters.example
ADR;TYPE=work;X-KONTOR-USAGES=SHIPPING:;;Veldstraat 1;Gent;;9000;Belgium
URL;TYPE=work:https://peeters.example
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Bea Janssens
item1.TEL;TYPE=cell:+32 470 12 34 62
item1.X-ABLabel:Ferienhaus
work1.TEL;TYPE=cell:+32 470 12 34 63
work1.ORG:Janssens NV
TEL;TYPE=cell:+32 470 12 34 64
ADR;LABEL="Kerkstraat 2, 2000 Antwerpen";TYPE=home:;;Kerkstraat 2;Antwerpen;;2000;BE
ADR;LABEL="Kerkstraat 3, 2000 Antwerpen";TYPE=home:;;Kerkstraat 3;Antwerpen;;2000;BE
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Cas Wouters
work1.TEL;TYPE=cell:+32 470 12 34 66
END:VCARD
"""


def _without_ids(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _read(text: str) -> list[Any]:
    records, _ = vcard_read.read_vcards(text, ImportLimits())
    return [_form(record) for record in records]


def _form(record: ImportRecord) -> Any:
    assert record.contact is not None
    return (
        _without_ids(record.contact.model_dump()),
        [
            (a.organization, a.job_title, _without_ids(a.points.model_dump()))
            for a in record.affiliations
        ],
        [(p.label, p.message) for p in record.problems],
    )


def _line_by_line(self: Any, value: str, line_number: int) -> Any:
    line = _SHARED(self, value, line_number)
    line.typed = {}  # nothing shared with the other lines of the same head
    return line


_SHARED = vcard_read._Line.with_value


def test_points_of_shared_heads_equal_points_read_line_by_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shared = _read(CARDS)
    monkeypatch.setattr(vcard_read._Line, "with_value", _line_by_line)
    vcard_read._known_head.cache_clear()
    alone = _read(CARDS)
    assert shared == alone
    person, organization, other, no_work = shared
    # The same head gave different points where the card, label or identity differ.
    labelled = [person[0]["phones"][1], organization[0]["phones"][1], other[0]["phones"][0]]
    assert [p["number"][-2:] for p in labelled] == ["57", "61", "62"]
    assert [p["type"] for p in labelled] == ["FAX_LINE", "FAX_LINE", "MOBILE"]
    assert [p["description"] for p in labelled] == [None, None, "ferienhaus"]
    assert [p["usage_context"] for p in labelled] == ["PERSONAL", "ORGANIZATION", "PERSONAL"]
    assert person[0]["phones"][0]["usage_context"] == "PERSONAL"
    assert person[1][0][2]["phones"][0]["usage_context"] == "PROFESSIONAL"
    assert other[1][0][2]["phones"][0]["usage_context"] == "PROFESSIONAL"
    # The group of a work at an organization in one card is only a group in another.
    assert no_work[0]["phones"][0]["usage_context"] == "PERSONAL"


QUOTED = """BEGIN:VCARD
VERSION:4.0
FN:Dirk Smets
ADR;LABEL="Kerkstraat 2, 2000 Antwerpen";TYPE=home:;;Kerkstraat 2;Antwerpen;;2000;BE
ADR;LABEL="Kerkstraat 3, 2000 Antwerpen";TYPE="work":;;Kerkstraat 3;Antwerpen;;2000;BE
ADR;LABEL="Kerkstraat 4, 2000 Antwerpen";TYPE="home";X-KONTOR-USAGES="SHIPPING":;;Kerkstr
 aat 4;Antwerpen;;2000;BE
ADR;LABEL="Veldstraat 1, 9000 Gent";X-KONTOR-TYPE="HEADQUARTERS";TYPE=work:;;Veldstraat 1;
 Gent;;9000;BE
ADR;LABEL="Veldstraat 2, 9000 Gent";TYPE=work:;;Veldstraat 2;Gent;;9000;BE
TEL;X-LABEL="mobile";TYPE=cell:+32 470 12 34 70
TEL;X-LABEL="fax";TYPE="fax":+32 470 12 34 71
END:VCARD
BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Smets NV
ADR;LABEL="Kerkstraat 2, 2000 Antwerpen";TYPE=home:;;Kerkstraat 2;Antwerpen;;2000;BE
ADR;LABEL="Veldstraat 2, 9000 Gent";TYPE=work:;;Veldstraat 2;Gent;;9000;BE
END:VCARD
"""


def test_lines_of_other_heads_share_typing_only_by_the_parameters_it_reads(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Lines whose heads differ only in parameters typing does not read (an address LABEL)
    share their typing; the points equal the points read line by line."""
    shared = _read(CARDS + QUOTED)
    monkeypatch.setattr(vcard_read._Line, "with_value", _line_by_line)
    monkeypatch.setattr(vcard_read, "_typed_by_parameters", lambda *parameters: {})
    vcard_read._known_head.cache_clear()
    alone = _read(CARDS + QUOTED)
    assert shared == alone
    person, organization = shared[-2:]
    addresses = person[0]["addresses"]
    assert [a["type"] for a in addresses] == [
        "RESIDENTIAL_HOME",
        "OFFICE",
        "RESIDENTIAL_HOME",
        "HEADQUARTERS",
        "OFFICE",
    ]
    assert [a["usages"] for a in addresses] == [[], [], ["SHIPPING"], [], []]
    assert [p["type"] for p in person[0]["phones"]] == ["MOBILE", "FAX_LINE"]
    assert organization[0]["addresses"][0]["usage_context"] == "ORGANIZATION"
