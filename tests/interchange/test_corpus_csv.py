"""Every CSV file of the shared corpus (files other programs wrote) imports into an empty book.

The corpus lives beside the repository (``shared/corpus``, listed in ``SOURCES.tsv``) and is
read in place.  Each file is imported with the detected layout and mapping — as ``kontor
import`` does without options — into a fresh empty book.  The table says per file how many
data rows it holds and how many contacts the import must create from them (worked out by
reading the files).  Run with ``-s`` to see per file what was normalised or kept as received.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.domain.models import IndividualContact, OrganizationContact
from app.services.interchange import Action, FileRejectedError, Interchange
from app.store.migrations import open_database

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
CSVS = CORPUS / "csv"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "SOURCES.tsv").is_file(),
    reason=f"the shared corpus of real files is not here ({CORPUS})",
)


@dataclass(frozen=True)
class Expected:
    rows: int
    contacts: int
    # Names of the contacts made (all of them), and e-mail addresses that must be among them.
    names: tuple[str, ...]
    emails: tuple[str, ...] = ()


# Thunderbird's exports and import tests; "contact1@invalid" has no dot after the @ and is
# kept as received with a warning.  The header-less files are read by position; the mixed
# file's rows are comma- then tab-separated; "quote" holds a company only (an organization).
EXPECTED: dict[str, Expected] = {
    "thunderbird_export.csv": Expected(
        2, 2, ("contact number one", "contact number two"), ("contact1@invalid",)
    ),
    "thunderbird_export_tab.txt": Expected(
        2, 2, ("contact number one", "contact number two"), ("contact2@invalid",)
    ),
    "thunderbird_import_basic.csv": Expected(
        2, 2, ("John Doe", "Jane Doe"), ("john@doe.invalid", "jane@doe.invalid")
    ),
    "thunderbird_import_name_email.csv": Expected(
        1, 1, ("contact number one",), ("contact1@invalid",)
    ),
    "thunderbird_import_no_header.csv": Expected(
        2, 2, ("John Doe", "Jane Doe"), ("john@doe.invalid", "jane@doe.invalid")
    ),
    "thunderbird_import_quote.csv": Expected(1, 1, ("Acer America",)),
    "thunderbird_import_semicolon.csv": Expected(
        2, 2, ("John Doe", "Jane Doe"), ("john@doe.invalid",)
    ),
    "thunderbird_import_shiftjis.csv": Expected(
        1, 1, ("名無しの権兵衛",), ("名無しの権兵衛@host.invalid",)
    ),
    "thunderbird_import_tab_comma_mixed.csv": Expected(
        4,
        4,
        ("1@host.invalid", "2@host.invalid", "3@host.invalid", "4@host.invalid"),
        ("1@host.invalid", "4@host.invalid"),
    ),
    "thunderbird_import_utf16.csv": Expected(1, 1, ("John Doe",), ("johndoe@host.invalid",)),
}


@dataclass
class Outcome:
    rows: int = 0
    created: int = 0
    names: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    crashed: str | None = None


def _import(service: Interchange, path: Path) -> Outcome:
    outcome = Outcome()
    try:
        source = service.read_file(path)
        plan = service.plan_import(source)
        result = service.apply_import(plan)
    except FileRejectedError as exc:
        outcome.crashed = f"refused: {exc}"
        return outcome
    except Exception as exc:
        outcome.crashed = f"{type(exc).__name__}: {exc}"
        return outcome
    outcome.rows = len(source.records)
    outcome.created = len(result.created)
    for row in (*plan.rows, *plan.organizations):
        if row.action is Action.CREATE and row.contact is not None:
            outcome.names.append(row.contact.name)
            outcome.emails += [e.address for e in row.contact.emails]
            if isinstance(row.contact, OrganizationContact):
                outcome.organizations.append(row.contact.name)
            elif isinstance(row.contact, IndividualContact):
                outcome.emails += [
                    e.address for pi in row.contact.professional_identities for e in pi.emails
                ]
        elif row.action is Action.SKIP:
            outcome.skipped.append((row.label, row.reason))
        outcome.kept += [f"{row.source}: {p}" for p in row.problems]
        outcome.kept += [f"{row.source}: {n}" for n in row.notes]
    outcome.kept += [f"file: {w}" for w in plan.warnings]
    return outcome


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Outcome]]:
    """Each file imported into its own empty book (a copy of one freshly migrated file)."""
    folder = tmp_path_factory.mktemp("corpus-csv")
    empty = folder / "empty.sqlite"
    open_database(empty).close()
    found: dict[str, Outcome] = {}
    for path in sorted(CSVS.iterdir()):
        book = folder / f"{path.name}.sqlite"
        shutil.copyfile(empty, book)
        db = open_database(book)
        try:
            found[path.name] = _import(Interchange(db), path)
        finally:
            db.close()
    yield found


def test_the_table_covers_the_corpus() -> None:
    assert sorted(p.name for p in CSVS.iterdir()) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_imports_its_rows(name: str, outcomes: dict[str, Outcome]) -> None:
    outcome, expected = outcomes[name], EXPECTED[name]
    print(f"\n{name}: {outcome.created} contacts from {outcome.rows} rows")
    for line in outcome.kept:
        print(f"  normalised / kept as received — {line}")
    for label, reason in outcome.skipped:
        print(f"  not imported — {label}: {reason}")
    assert outcome.crashed is None, f"{name}: the import failed with {outcome.crashed}"
    assert outcome.rows == expected.rows
    assert outcome.created == expected.contacts, outcome.skipped
    assert sorted(outcome.names) == sorted(expected.names)
    assert set(expected.emails) <= set(outcome.emails)


def test_the_company_only_row_is_an_organization(outcomes: dict[str, Outcome]) -> None:
    assert outcomes["thunderbird_import_quote.csv"].organizations == ["Acer America"]
