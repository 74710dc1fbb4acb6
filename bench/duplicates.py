"""How fast duplicates are found in a big book: the whole-book scan and the hint while typing.

Works on a copy of a generated database (``kontor demo-data`` / ``bench/demo_data.py``),
upgraded to the current schema (revision 0005 fills the duplicate keys: that time is printed
too); the original is not touched.

    python3 bench/duplicates.py [--db /tmp/bench100k.sqlite]

Prints the upgrade time, the scan's time, peak memory and the pairs it found by reason, and
the median / worst time of ``similar_to`` (the editor's hint) for 50 contacts of the book.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from sqlalchemy import select

from app.services.duplicates import DuplicateFinder
from app.services.registry import Services
from app.store import schema as s
from app.store.database import Database
from app.store.migrations import upgrade

sys.path.insert(0, str(Path(__file__).resolve().parent))
from listing import copy_database


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.sqlite"))
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist: make one with bench/demo_data.py or kontor demo-data")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "duplicates.sqlite"
        copy_database(args.db, path)
        started = time.perf_counter()
        result = upgrade(path)
        print(
            f"upgrade {result.from_revision} -> {result.to_revision}: "
            f"{time.perf_counter() - started:.1f} s"
        )
        db = Database.open(path)
        try:
            run(db)
        finally:
            db.close()
    return 0


def run(db: Database) -> None:
    services = Services.over(db)
    finder = DuplicateFinder(db, services.history)
    with db.reading() as conn:
        total = conn.execute(select(s.contacts.c.id).where(s.contacts.c.deleted_at.is_(None)))
        ids = [row.id for row in total]
    started = time.perf_counter()
    pairs = finder.scan()
    scanned = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    reasons = Counter(p.reasons[0].split(" (")[0] for p in pairs)
    print(
        f"scan of {len(ids):,} contacts: {scanned:.1f} s, {len(pairs):,} pairs, peak {peak:.0f} MB"
    )
    for reason, count in reasons.most_common():
        print(f"  {count:>7,}  {reason}")
    times = []
    for contact_id in ids[:: max(1, len(ids) // 50)][:50]:
        contact = services.directory.get(contact_id)
        assert contact is not None
        started = time.perf_counter()
        finder.similar_to(contact)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"hint while typing (similar_to), {len(times)} contacts: "
        f"median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms"
    )


if __name__ == "__main__":
    raise SystemExit(main())
