"""Importing N generated contacts (default 10,000) from a vCard 4.0 file, phase by phase,
against a floor measured in the same run.

    python3 bench/interchange.py [--contacts N] [--profile DIR]

A child process generates N contacts (``kontor demo-data``'s generator) and exports them to
one vCard 4.0 file, so that the peak memory printed is the import's own.  Then, into an
empty book with its edit history (as the app imports):

* **read + plan**: read and parse the file, and the dry run (every card a new contact);
* **apply**: write the plan as one undoable step;
* **re-import**: read + plan of the same file again (every card identical: nothing to write);
* **undo**: take the whole import back.

The **floor** is what the database itself costs: every row the import stored (all tables),
inserted with plain ``sqlite3`` ``executemany`` in one transaction into an empty database of
the same schema.  Apply and undo are printed as a ratio to it.  Targets for 10,000 contacts:
each phase at most 3 s, peak memory at most 300 MB; 100,000 contacts import in at most 60 s
and stay undoable.  ``--profile DIR`` writes a cProfile file per phase.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

T = TypeVar("T")
TARGET_SECONDS = 3.0
TARGET_MB = 300.0


def prepare(folder: Path, n: int) -> None:
    """Generate ``n`` contacts and export them to ``folder / all.vcf`` (child process)."""
    from app.services.interchange import Interchange, MappingTemplates
    from app.services.seeding import generate
    from app.store.listing import ContactQuery
    from app.store.migrations import open_database

    source = open_database(folder / "source.sqlite")
    try:
        generate(source, n)
        exporter = Interchange(source, templates=MappingTemplates(folder / "templates"))
        exporter.export_vcards(folder / "all.vcf", ContactQuery())
    finally:
        source.close()


def floor_seconds(stored: Path, empty: Path) -> tuple[float, int]:
    """Seconds to insert every row of ``stored`` into ``empty`` (same schema) with plain
    sqlite3, one ``executemany`` per table in one transaction; and the number of rows."""
    source = sqlite3.connect(stored)
    tables = [
        name
        for (name,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    data = {t: source.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    source.close()
    target = sqlite3.connect(empty, isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA foreign_keys = OFF")
    count = 0
    started = time.perf_counter()
    target.execute("BEGIN")
    for table, rows in data.items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            target.executemany(f'INSERT OR REPLACE INTO "{table}" VALUES ({marks})', rows)
            count += len(rows)
    target.execute("COMMIT")
    elapsed = time.perf_counter() - started
    target.close()
    return elapsed, count


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--profile", type=Path, help="write a cProfile file per phase here")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    n = args.contacts
    if args.prepare is not None:
        prepare(args.prepare, n)
        return 0

    from app.services.history import EditHistory
    from app.services.interchange import Interchange, MappingTemplates
    from app.store.migrations import open_database

    results: dict[str, float] = {}

    def timed(label: str, action: Callable[[], T]) -> T:
        profiler = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profiler is not None:
            profiler.enable()
        result = action()
        if profiler is not None:
            profiler.disable()
            args.profile.mkdir(parents=True, exist_ok=True)
            profiler.dump_stats(args.profile / f"{label.split()[0]}.prof")
        results[label] = time.perf_counter() - started
        return result

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, __file__, "--contacts", str(n), "--prepare", str(root)], check=True
        )
        vcf = root / "all.vcf"
        print(
            f"{n:,} contacts generated and exported ({vcf.stat().st_size / 1e6:.1f} MB vCard) "
            f"in {time.perf_counter() - started:.0f} s"
        )
        open_database(root / "empty.sqlite").close()
        target = open_database(root / "target.sqlite")
        history = EditHistory(target)
        service = Interchange(target, history, templates=MappingTemplates(root / "templates"))

        plan = timed("read + plan", lambda: service.plan_import(service.read_file(vcf)))
        print(f"  {plan.summary()}")
        result = timed("apply", functools.partial(service.apply_import, plan))
        print(f"  created {len(result.created):,}, undoable: {result.undoable}")
        del plan
        stored = root / "stored.sqlite"
        with sqlite3.connect(root / "target.sqlite") as conn:
            conn.execute(f"VACUUM INTO '{stored}'")
        floor, rows = floor_seconds(stored, root / "empty.sqlite")
        again = timed("re-import", lambda: service.plan_import(service.read_file(vcf)))
        print(f"  {again.summary()}")
        del again
        undone = timed("undo", history.undo)
        print(f"  undone: {undone.description}")
        target.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    scale = max(1.0, n / 10_000)
    if n > 10_000:
        results["import (read + plan + apply)"] = results["read + plan"] + results["apply"]
    print()
    print(f"floor: {rows:,} rows inserted with plain sqlite3 in one transaction: {floor:.2f} s")
    print(f"{'phase':<30} {'seconds':>8} {'target':>7} {'x floor':>8}  ok")
    for label, seconds in results.items():
        target_s = TARGET_SECONDS * scale
        if label.startswith("import"):
            target_s = 60.0 * n / 100_000
        ratio = f"{seconds / floor:8.1f}" if floor > 0 else "       -"
        ok = "yes" if seconds <= target_s else "NO"
        print(f"{label:<30} {seconds:8.2f} {target_s:7.0f} {ratio}  {ok}")
    ok = "yes" if peak <= TARGET_MB * scale else "NO"
    print(f"{'peak memory (MB)':<30} {peak:8.0f} {TARGET_MB * scale:7.0f} {'':>8}  {ok}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
