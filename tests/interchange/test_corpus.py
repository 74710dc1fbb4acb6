"""Every vCard file of the shared corpus (files other programs wrote) imports into an empty book.

The corpus lives beside the repository (``shared/corpus``, listed in ``SOURCES.tsv``) and is
read in place.  Each file is imported through the same service ``kontor import`` uses, into a
fresh empty book; the table below says, per file, how many cards it holds (``BEGIN:VCARD``
lines, nested ones included) and how many contacts the import must create from them — the
numbers were worked out by reading the cards.  Run with ``-s`` to see per file what was
normalised or kept as received.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from app.services.interchange import Action, FileRejectedError, Interchange
from app.store.migrations import open_database

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
VCARDS = CORPUS / "vcards"

pytestmark = pytest.mark.skipif(
    not (CORPUS / "SOURCES.tsv").is_file(),
    reason=f"the shared corpus of real files is not here ({CORPUS})",
)

# file: (cards in the file, contacts the import creates from them).  Where the two differ:
# eds_parser_7 has no BEGIN:VCARD line but a whole card before END:VCARD (imported).
# The two cards nested in aospvcard_v21_nest (AGENT cards) become contacts of their own.
# No card of the corpus is empty: kcontacts_vcard7 (an empty N, a LABEL) and sabre_issue64
# (only a PHOTO) are imported under a name taken from what they hold, with a warning.
EXPECTED: dict[str, tuple[int, int]] = {
    "aospvcard_v21_adr_multiple_line.vcf": (1, 1),
    "aospvcard_v21_android_custom_prop.vcf": (1, 1),
    "aospvcard_v21_backslash.vcf": (1, 1),
    "aospvcard_v21_base64_no_2_crlf.vcf": (1, 1),
    "aospvcard_v21_blackberry_photo.vcf": (1, 1),
    "aospvcard_v21_complicated.vcf": (1, 1),
    "aospvcard_v21_im.vcf": (1, 1),
    "aospvcard_v21_invalid_comment_line.vcf": (1, 1),
    "aospvcard_v21_invalid_multiple_line.vcf": (1, 1),
    "aospvcard_v21_japanese_1.vcf": (1, 1),
    "aospvcard_v21_japanese_2.vcf": (1, 1),
    "aospvcard_v21_japanese_3.vcf": (1, 1),
    "aospvcard_v21_malformed_photo.vcf": (1, 1),
    "aospvcard_v21_multiple_entry.vcf": (3, 3),
    "aospvcard_v21_nest.vcf": (3, 3),
    "aospvcard_v21_pref_handling.vcf": (1, 1),
    "aospvcard_v21_simple_1.vcf": (1, 1),
    "aospvcard_v21_sip.vcf": (1, 1),
    "aospvcard_v21_winmo_65.vcf": (1, 1),
    "aospvcard_v21_x_android_custom_after_photo.vcf": (1, 1),
    "aospvcard_v21_x_param.vcf": (1, 1),
    "aospvcard_v30_comma_separated.vcf": (1, 1),
    "aospvcard_v30_ios_613_multiline.vcf": (1, 1),
    "aospvcard_v30_japanese.vcf": (1, 1),
    "aospvcard_v30_multibyte_param.vcf": (1, 1),
    "aospvcard_v30_pause_wait.vcf": (1, 1),
    "aospvcard_v40_sip.vcf": (1, 1),
    "aospvcard_v40_sort_as.vcf": (1, 1),
    "eds_custom-7.vcf": (1, 1),
    "eds_logo-1.vcf": (1, 1),
    "eds_migrate-5.vcf": (1, 1),
    "eds_name-only.vcf": (1, 1),
    "eds_parser_1.vcf": (1, 1),
    "eds_parser_10.vcf": (1, 1),
    "eds_parser_11.vcf": (1, 1),
    "eds_parser_12.vcf": (1, 1),
    "eds_parser_13.vcf": (1, 1),
    "eds_parser_2.vcf": (1, 1),
    "eds_parser_3.vcf": (1, 1),
    "eds_parser_4.vcf": (1, 1),
    "eds_parser_5.vcf": (1, 1),
    "eds_parser_6.vcf": (1, 1),
    "eds_parser_7.vcf": (0, 1),
    "eds_parser_8.vcf": (1, 1),
    "eds_parser_9.vcf": (1, 1),
    "eds_photo-1.vcf": (1, 1),
    "kcontacts_testfullvcard.vcf": (1, 1),
    "kcontacts_vcard10.vcf": (5, 5),
    "kcontacts_vcard11.vcf": (1, 1),
    "kcontacts_vcard12.vcf": (1, 1),
    "kcontacts_vcard15.vcf": (1, 1),
    "kcontacts_vcard3.vcf": (1, 1),
    "kcontacts_vcard4.vcf": (1, 1),
    "kcontacts_vcard5.vcf": (1, 1),
    "kcontacts_vcard7.vcf": (1, 1),
    "kcontacts_vcard9.vcf": (1, 1),
    "kcontacts_vcard_extension_case_normalization.vcf": (1, 1),
    "kcontacts_vcard_legacy_messaging_fields.vcf": (1, 1),
    "kcontacts_vcardwithitemasapplesupport.vcf": (1, 1),
    "khard_altid.vcf": (1, 1),
    "khard_korean-c.vcf": (1, 1),
    "khard_photov4.vcf": (1, 1),
    "khard_tel-value-uri.vcf": (1, 1),
    "khard_unparsable.vcf": (1, 1),
    "radicale_broken-vcard.vcf": (1, 1),
    "radicale_broken-vcards2.vcf": (2, 2),
    "radicale_contact2-with-bday_davx5.vcf": (1, 1),
    "radicale_contact4-bday-no-year_cardbook.vcf": (1, 1),
    "radicale_multiple-v4.vcf": (2, 2),
    "radicale_photo-data-uri-v3.vcf": (1, 1),
    "sabre_issue153.vcf": (1, 1),
    "sabre_issue64.vcf": (1, 1),
    "vcard4android_allfields-vcard3.vcf": (1, 1),
    "vcard4android_strange-rev.vcf": (1, 1),
    "vcard4android_unknown-prop-labels.vcf": (1, 1),
    "vobject_vcard_with_groups.vcf": (1, 1),
}

_BEGIN = re.compile(rb"^[ \t]*(?:[A-Za-z0-9-]+\.)?BEGIN:VCARD[ \t\r]*$", re.IGNORECASE | re.M)
# A reason for a card left out must say what the card lacks.
_NAMES_WHAT_IS_MISSING = re.compile(r"\b(no|missing|without|lacks|nothing)\b", re.IGNORECASE)


def cards_in(path: Path) -> int:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        data = data.decode("utf-16").encode("utf-8")
    return len(_BEGIN.findall(data))


def vcard_files() -> list[Path]:
    return sorted(p for p in VCARDS.iterdir() if p.is_file()) if VCARDS.is_dir() else []


@dataclass
class Outcome:
    cards: int
    created: int = 0
    merged: int = 0
    refused: str | None = None
    crashed: str | None = None
    skipped: list[str] = field(default_factory=list)
    skip_reasons: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def _import(service: Interchange, path: Path) -> Outcome:
    outcome = Outcome(cards_in(path))
    try:
        plan = service.plan_import(service.read_file(path))
        result = service.apply_import(plan)
    except FileRejectedError as exc:
        outcome.refused = str(exc)
        return outcome
    except Exception as exc:  # any exception is a failure of this file
        outcome.crashed = f"{type(exc).__name__}: {exc}"
        return outcome
    organizations = {r.contact.id for r in plan.organizations if r.contact is not None}
    outcome.created = len([i for i in result.created if i not in organizations])
    for row in plan.rows:
        if row.action is Action.SKIP:
            outcome.skipped.append(row.label)
            outcome.skip_reasons.append(row.reason)
            continue
        outcome.kept += [f"{row.source}: {p}" for p in row.problems]
        outcome.kept += [f"{row.source}: {n}" for n in row.notes]
    outcome.kept += [f"file: {w}" for w in plan.warnings]
    return outcome


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Outcome]]:
    """Each file imported into its own empty book (a copy of one freshly migrated file)."""
    folder = tmp_path_factory.mktemp("corpus")
    empty = folder / "empty.sqlite"
    open_database(empty).close()
    found: dict[str, Outcome] = {}
    for path in vcard_files():
        db_path = folder / f"{path.stem}.sqlite"
        shutil.copyfile(empty, db_path)
        db = open_database(db_path)
        try:
            found[path.name] = _import(Interchange(db), path)
        finally:
            db.close()
        db_path.unlink()
    yield found


def test_the_table_covers_the_corpus() -> None:
    names = {p.name for p in vcard_files()}
    assert names == set(EXPECTED), "the corpus and the table of expected counts differ"
    for path in vcard_files():
        assert cards_in(path) == EXPECTED[path.name][0], path.name


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_file_imports_its_cards(name: str, outcomes: dict[str, Outcome]) -> None:
    outcome = outcomes[name]
    print(f"\n{name}: {outcome.cards} cards, {outcome.created} contacts created")
    for line in outcome.kept:
        print(f"  normalised / kept as received — {line}")
    for label, reason in zip(outcome.skipped, outcome.skip_reasons, strict=True):
        print(f"  not imported — {label}: {reason}")
    assert outcome.crashed is None, f"{name}: the import failed with {outcome.crashed}"
    assert outcome.refused is None, f"{name}: the file was refused: {outcome.refused}"
    assert outcome.created == EXPECTED[name][1], (
        f"{name}: {outcome.created} contacts created, expected {EXPECTED[name][1]}; "
        f"skipped: {list(zip(outcome.skipped, outcome.skip_reasons, strict=True))}"
    )
    for reason in outcome.skip_reasons:
        assert _NAMES_WHAT_IS_MISSING.search(reason), f"{name}: reason “{reason}” says not why"


def test_at_least_98_percent_of_all_cards_become_contacts(
    outcomes: dict[str, Outcome],
) -> None:
    cards = sum(o.cards for o in outcomes.values())
    # A card found without BEGIN:VCARD is not counted: the rate is over the cards listed.
    created = sum(min(o.created, o.cards) for o in outcomes.values())
    rate = created / cards
    print(f"\n{created} of {cards} cards became contacts ({rate:.1%})")
    assert rate >= 0.98, f"only {created} of {cards} cards became contacts ({rate:.1%})"
