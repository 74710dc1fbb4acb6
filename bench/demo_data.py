"""How long ``kontor demo-data`` takes to fill a new database, and how much memory it needs."""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from app.domain.enums import ContactKind  # noqa: E402
from app.services.directory import ContactDirectory  # noqa: E402
from app.services.seeding import generate  # noqa: E402
from app.store.migrations import open_database  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        started = time.perf_counter()
        cpu = time.process_time()
        made = generate(db, args.contacts)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
        directory = ContactDirectory(db)
        people = directory.count(ContactKind.INDIVIDUAL)
        organizations = directory.count(ContactKind.ORGANIZATION)
        db.close()
        size_mb = path.stat().st_size / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"contacts generated and stored: {made:,} ({people:,} people, {organizations:,} orgs)")
    print(f"time: {elapsed:.1f} s ({made / elapsed:,.0f} contacts/s); CPU: {cpu:.1f} s")
    print(f"database size: {size_mb:.0f} MB; peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
