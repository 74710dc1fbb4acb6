"""History and privacy requests on a generated book, each beside a floor measured in the same run.

    python3 bench/privacy.py [--contacts 10000] [--db BOOK]

With ``--db`` the book is copied (SQLite's online backup) and the copy used.  Figures:

* history of one contact with 60 changes (the History tab's read): Kontor's
  ``RecordHistory.of_record`` beside the journal rows of that contact read and decoded with
  plain sqlite3;
* export of everything about a person (JSON rows, vCard, report) beside the same tables' rows
  read with plain sqlite3;
* erasure of a person (delete, journal scrubbed, file rewritten) beside a plain ``VACUUM`` of
  a copy of the same book;
* opening the edit history with 100 stored undo steps (what a start pays) beside reading the
  100 step rows with plain sqlite3.

Each prints Kontor's median, the floor's median and the ratio.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.cli.main import main as kontor
from app.domain.models import Email, IndividualContact, Phone
from app.services.history import EditHistory
from app.services.privacy import ErasureMode
from app.services.registry import Services
from app.store.migrations import open_database


def median_of(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def row(figure: str, mine: float, floor: float) -> None:
    ratio = mine / floor if floor > 0 else float("inf")
    print(f"{figure:<46} {mine * 1000:10.1f} ms {floor * 1000:10.1f} ms {ratio:8.1f}×")


def book(args: argparse.Namespace, folder: Path) -> Path:
    path = folder / "book.sqlite"
    if args.db:
        with sqlite3.connect(args.db) as source, sqlite3.connect(path) as target:
            source.backup(target)
        open_database(path).close()  # upgraded copy
    else:
        kontor(["demo-data", "--contacts", str(args.contacts), "--db", str(path)])
    return path


def person(services: Services, n: int) -> str:
    saved = services.history.save(
        IndividualContact(
            name=f"Bench Person {n}",
            given_name="Bench",
            family_name=f"Person {n}",
            emails=[Email(address=f"bench.{n}@privacy.example")],
            phones=[Phone(number="+32 470 00 00 00")],
        )
    ).contact
    assert saved is not None
    return saved.id


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="kontor-bench-privacy-"))
    try:
        path = book(args, folder)
        db = open_database(path)
        services = Services.over(db)
        print(f"{'figure':<46} {'Kontor':>13} {'floor':>13} {'ratio':>9}")

        # History of one contact with 60 changes.
        target = person(services, 0)
        for i in range(60):
            draft = services.directory.get(target)
            assert draft is not None
            draft.phones[0].number = f"+32 470 00 00 {i:02d}"
            services.history.save(draft)

        def floor_history() -> object:
            with sqlite3.connect(path) as conn:
                rows = conn.execute(
                    "SELECT seq, txn_id, at, entity, entity_id, op, changes, origin "
                    "FROM change_journal WHERE aggregate_id = ? ORDER BY seq DESC",
                    (target,),
                ).fetchall()
                return [json.loads(r[6]) for r in rows]

        row(
            "history of a contact (60 changes)",
            median_of(args.runs, lambda: services.record_history.of_record(target)),
            median_of(args.runs, floor_history),
        )

        # Export of everything about a person.
        tables = [
            ("contacts", "id"),
            ("emails", "contact_id"),
            ("phones", "contact_id"),
            ("addresses", "contact_id"),
            ("change_journal", "aggregate_id"),
            ("customer_list_members", "contact_id"),
            ("contact_tags", "contact_id"),
            ("contact_keys", "contact_id"),
        ]

        def floor_export() -> object:
            with sqlite3.connect(path) as conn:
                return [
                    conn.execute(f"SELECT * FROM {t} WHERE {c} = ?", (target,)).fetchall()
                    for t, c in tables
                ]

        row(
            "export everything about a person (no PDF)",
            median_of(args.runs, lambda: services.privacy.export(target)),
            median_of(args.runs, floor_export),
        )

        # Erasure of a person, beside a VACUUM of a copy of the same book.
        ids = [person(services, n) for n in range(1, args.runs + 1)]
        copies = []
        for n in range(args.runs):
            copy = folder / f"copy{n}.sqlite"
            with sqlite3.connect(path) as source, sqlite3.connect(copy) as out:
                source.backup(out)
            copies.append(copy)
        erase_times = []
        for contact_id in ids:
            start = time.perf_counter()
            services.privacy.erase(contact_id, ErasureMode.DELETE)
            erase_times.append(time.perf_counter() - start)
        vacuum_times = []
        for copy in copies:
            conn = sqlite3.connect(copy)
            start = time.perf_counter()
            conn.execute("VACUUM")
            vacuum_times.append(time.perf_counter() - start)
            conn.close()
        row(
            "erase a person (file rewritten)",
            statistics.median(erase_times),
            statistics.median(vacuum_times),
        )

        # Opening the history with 100 stored steps.
        for i in range(100):
            draft = services.directory.get(target)
            assert draft is not None
            draft.internal_note = f"note {i}"
            services.history.save(draft)

        def floor_steps() -> object:
            with sqlite3.connect(path) as conn:
                return conn.execute(
                    "SELECT txn_id, label FROM journal_transactions WHERE step_state IS NOT NULL "
                    "ORDER BY step_order DESC LIMIT 100"
                ).fetchall()

        row(
            "open the edit history (100 stored steps)",
            median_of(args.runs, lambda: EditHistory(db)),
            median_of(args.runs, floor_steps),
        )
        db.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
