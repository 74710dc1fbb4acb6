"""``kontor gdpr``: export everything about a person, erase a person, the retention list."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.cli.main import main
from app.store.migrations import open_database
from tests.services.test_privacy import EMAIL, NAME, _book


@pytest.fixture
def book(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "k.sqlite"
    db = open_database(path)
    _services, an = _book(db)
    db.close()
    return path, an.id


def test_export_writes_json_vcard_and_a_pdf(
    book: tuple[Path, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, an_id = book
    code = main(
        ["gdpr", "export", "--db", str(path), "--contact", EMAIL, "--out", str(tmp_path / "out")]
    )
    assert code == 0
    files = sorted((tmp_path / "out").iterdir())
    assert [f.suffix for f in files] == [".json", ".pdf", ".vcf"]
    data = json.loads(files[0].read_text(encoding="utf-8"))
    assert data["contact"]["id"] == an_id and data["contact"]["name"] == NAME
    pdf = files[1].read_bytes()
    assert pdf.startswith(b"%PDF") and len(re.findall(rb"/Type\s*/Page[^s]", pdf)) >= 2
    assert NAME in capsys.readouterr().out


def test_erase_asks_for_yes_then_erases(
    book: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, an_id = book
    assert main(["gdpr", "erase", "--db", str(path), "--contact", an_id]) == 2
    captured = capsys.readouterr()
    assert "Accounting needs this record" in captured.out and "--yes" in captured.err
    assert NAME.encode() in path.read_bytes() + _wal(path)

    code = main(
        ["gdpr", "erase", "--db", str(path), "--contact", EMAIL, "--mode", "delete", "--yes"]
    )

    assert code == 0
    assert "deleted here" in capsys.readouterr().out
    data = path.read_bytes() + _wal(path)
    assert NAME.encode() not in data and EMAIL.encode() not in data
    assert main(["gdpr", "erase", "--db", str(path), "--contact", EMAIL, "--yes"]) == 2
    assert "No contact" in capsys.readouterr().err


def test_retention_lists_people_and_stores_the_period(
    book: tuple[Path, str], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = book
    assert main(["gdpr", "retention", "--db", str(path), "--years", "2", "--set"]) == 0
    assert "0 people not changed for 2 years" in capsys.readouterr().out
    assert main(["gdpr", "retention", "--db", str(path)]) == 0
    assert "for 2 years" in capsys.readouterr().out


def _wal(path: Path) -> bytes:
    wal = path.with_name(path.name + "-wal")
    return wal.read_bytes() if wal.exists() else b""
