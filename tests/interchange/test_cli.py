"""``kontor import`` and ``kontor export`` (app/cli/interchange.py) on real files."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from app.cli.interchange import add_parsers, run
from app.services.seeding import seed_demo
from app.store.migrations import open_database


def _kontor(*argv: str) -> tuple[int, str, str]:
    parser = argparse.ArgumentParser(prog="kontor")
    add_parsers(parser.add_subparsers(dest="command"))
    out, err = io.StringIO(), io.StringIO()
    code = run(parser.parse_args(list(argv)), out, err)
    return code, out.getvalue(), err.getvalue()


def test_export_then_dry_run_then_import(tmp_path: Path) -> None:
    source, target = tmp_path / "source.sqlite", tmp_path / "target.sqlite"
    db = open_database(source)
    seed_demo(db)
    db.close()

    code, out, _ = _kontor("export", "--db", str(source), "--out", str(tmp_path / "all.vcf"))
    assert code == 0 and "Exported 87 contacts" in out

    code, out, _ = _kontor("import", str(tmp_path / "all.vcf"), "--db", str(target), "--dry-run")
    assert code == 0 and "87 to create, 0 to update, 0 skipped" in out and "Dry run" in out

    code, out, _ = _kontor("import", str(tmp_path / "all.vcf"), "--db", str(target))
    assert code == 0 and "Imported: 87 created, 0 updated" in out

    code, out, _ = _kontor("import", str(tmp_path / "all.vcf"), "--db", str(target))
    assert code == 0 and "0 to create, 0 to update, 87 skipped (87 identical)" in out
    assert "Nothing to change" in out


def test_a_rejected_file_exits_1_and_changes_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_bytes("Name\r\nJürgen\r\n".encode() + b"M\xfcller\r\n")
    code, out, err = _kontor("import", str(bad), "--db", str(tmp_path / "k.sqlite"))
    assert code == 1 and "mixes character encodings" in err and out == ""


def test_skipped_rows_are_listed_with_their_reason(tmp_path: Path) -> None:
    path = tmp_path / "rows.csv"
    path.write_text("Name,Email\nGood,good@x.be\nBad,not-an-email\n", encoding="utf-8")
    code, out, _ = _kontor("import", str(path), "--db", str(tmp_path / "k.sqlite"))
    assert code == 0
    assert "1 to create, 0 to update, 1 skipped (1 invalid)" in out
    assert "skip row 3 “Bad”: E-mail 1:" in out


def test_csv_export_to_stdout_with_columns_and_search(tmp_path: Path) -> None:
    db_path = tmp_path / "k.sqlite"
    db = open_database(db_path)
    seed_demo(db)
    db.close()
    code, out, _ = _kontor(
        "export",
        "--db",
        str(db_path),
        "--format",
        "csv",
        "--columns",
        "name,city",
        "--search",
        "Brouwerij De Klok",
    )
    assert code == 0 and out.startswith("Name,City\r\n") and "Brouwerij De Klok NV,Gent" in out

    code, _, err = _kontor("export", "--db", str(db_path), "--format", "csv", "--columns", "x")
    assert code == 2 and "unknown columns: x" in err

    code, _, err = _kontor(
        "import", str(tmp_path / "missing.csv"), "--db", str(db_path), "--mapping", "nope"
    )
    assert code == 2 and "no template" in err
