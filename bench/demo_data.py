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
    parser.add_argument(
        "--one-process", action="store_true", help="generate and write in this process only"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        db = open_database(path)
        started = time.perf_counter()
        cpu = time.process_time()
        made = generate(db, args.contacts, parallel=False if args.one_process else None)
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - cpu
        directory = ContactDirectory(db)
        people = directory.count(ContactKind.INDIVIDUAL)
        organizations = directory.count(ContactKind.ORGANIZATION)
        db.close()
        size_mb = path.stat().st_size / 1e6
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    # From 20,000 contacts on, a second process generates them (see seeding.generate).
    helper = resource.getrusage(resource.RUSAGE_CHILDREN)
    helper_cpu = helper.ru_utime + helper.ru_stime
    print(f"contacts generated and stored: {made:,} ({people:,} people, {organizations:,} orgs)")
    print(
        f"time: {elapsed:.1f} s ({made / elapsed:,.0f} contacts/s); "
        f"CPU: {cpu:.1f} s writing, {helper_cpu:.1f} s generating in a second process"
    )
    print(
        f"database size: {size_mb:.0f} MB; peak memory: {peak_mb:.0f} MB "
        f"(second process: {helper.ru_maxrss / 1024:.0f} MB)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
