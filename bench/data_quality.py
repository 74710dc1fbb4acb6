"""How long the data quality view's whole-book check takes, beside its floor.

The floor is the same statements the check reads (``app.store.quality.STATEMENTS``) run on
plain ``sqlite3`` and fetched, nothing more: the check cannot be faster than reading its
columns.  Then the re-check of one saved contact, the view's step after an edit.

    python3 bench/data_quality.py [--db /tmp/bench100k.sqlite] [--runs 3]

Works on a copy of a generated database (``kontor demo-data --contacts 100000``), upgraded to
the current schema; the original is not touched.  Target: the whole check of 100,000 contacts
in 5 s or less.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from app.services.data_quality import DataQuality
from app.store.database import Database
from app.store.migrations import upgrade
from app.store.quality import STATEMENTS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listing import copy_database

TARGET_SECONDS = 5.0


def floor(path: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds of the bare statements."""
    connection = sqlite3.connect(path)
    try:
        started, cpu = time.perf_counter(), time.process_time()
        for sql in STATEMENTS.values():
            connection.execute(sql).fetchall()
        return time.perf_counter() - started, time.process_time() - cpu
    finally:
        connection.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.sqlite"))
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist: make one with kontor demo-data --contacts 100000")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "quality.sqlite"
        copy_database(args.db, path)
        upgrade(path)
        db = Database.open(path)
        try:
            quality = DataQuality(db)
            floors: list[float] = []
            scans: list[float] = []
            floor_cpu: list[float] = []
            scan_cpu: list[float] = []
            for _ in range(args.runs):
                # Floor and check alternate, so a busy machine slows both alike.
                wall, cpu = floor(path)
                floors.append(wall)
                floor_cpu.append(cpu)
                started, cpu_started = time.perf_counter(), time.process_time()
                report = quality.scan()
                scans.append(time.perf_counter() - started)
                scan_cpu.append(time.process_time() - cpu_started)
            some = next(iter(quality._contacts))
            started = time.perf_counter()
            quality.recheck([some])
            recheck = time.perf_counter() - started
        finally:
            db.close()
    best_floor, best_scan = min(floors), min(scans)
    print(f"contacts checked: {report.contacts_checked:,}")
    print("found: " + ", ".join(f"{c.value} {n:,}" for c, n in report.counts.items()))
    print(
        f"floor (the statements on plain sqlite3): best {best_floor:.2f} s, "
        f"median {statistics.median(floors):.2f} s"
    )
    print(
        f"whole-book check: best {best_scan:.2f} s, median {statistics.median(scans):.2f} s "
        f"(target ≤ {TARGET_SECONDS:.0f} s)"
    )
    print(f"ratio check / floor: {best_scan / best_floor:.2f} (wall clock)")
    print(
        f"CPU seconds (what a busy machine changes least): floor {min(floor_cpu):.2f} s, "
        f"check {min(scan_cpu):.2f} s, ratio {min(scan_cpu) / min(floor_cpu):.2f}"
    )
    print(f"re-check of one saved contact: {recheck * 1000:.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
