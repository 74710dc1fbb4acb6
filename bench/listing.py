"""How fast the contact table lists, searches, sorts and pages a big book.

Works on a copy of a generated database (``kontor demo-data`` / ``bench/demo_data.py``), made
with SQLite's online backup and upgraded to the current schema; the original is not touched.

    python3 bench/listing.py [--db /tmp/bench100k.sqlite] [--repeat 5]

Figures, each the best of ``--repeat`` runs of one call through ``ContactDirectory`` (a fresh
read transaction each), so they are what the table waits for with a warm page cache:

* count + first page (200 rows) for 20 search texts: median and worst;
* the page at offset 80,000 (and the last page) in name order and in the other sort orders;
* count + first page with filters (roles, active, tags), and ``row_of`` a contact deep down.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.domain.enums import ContactKind
from app.services.directory import ContactDirectory, ContactQuery, RoleFilter, SortColumn
from app.store.database import Database
from app.store.migrations import upgrade
from app.store.unit_of_work import unit_of_work

SEARCHES = [
    "peeters",  # a family name
    "jan",  # a given name (also inside other words)
    "müller",  # non-ASCII
    "jens de ruiter",  # three words, one short
    "wien",  # a city
    "amsterdam",
    "mechelen",
    "info@",  # part of an e-mail address
    "example.com",  # in a large part of the book
    "sattler@example",
    "+32 4",  # phone prefix with a short word
    "+43699",  # phone digits without spaces
    "0872620710",  # a VAT / company number
    "be08",
    "c-1000",  # customer ids
    "logistiek",  # a word in company names
    "an",  # two letters: substring scan
    "de",
    "b",  # one letter: nearly everything
    "zzqxv",  # nothing
]

PAGE = 200


def timed(call: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    best = float("inf")
    result: Any = None
    for _ in range(repeat):
        started = time.perf_counter()
        result = call()
        best = min(best, time.perf_counter() - started)
    return best * 1000, result


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/bench100k.sqlite"))
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    if not args.db.exists():
        print(f"{args.db} does not exist: make one with bench/demo_data.py or kontor demo-data")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "listing.sqlite"
        started = time.perf_counter()
        copy_database(args.db, path)
        copied = time.perf_counter() - started
        started = time.perf_counter()
        result = upgrade(path)
        upgraded = time.perf_counter() - started
        print(
            f"copy of {args.db}: {copied:.1f} s; upgrade {result.from_revision} -> "
            f"{result.to_revision} (backup included): {upgraded:.1f} s"
        )
        db = Database.open(path)
        try:
            run(db, args.repeat)
        finally:
            db.close()
    return 0


def run(db: Database, repeat: int) -> None:
    directory = ContactDirectory(db)
    people = ContactKind.INDIVIDUAL
    total = directory.count(people)
    print(f"people: {total:,}; organizations: {directory.count(ContactKind.ORGANIZATION):,}")

    print(f"\ncount + first page ({PAGE} rows) of people, per search text (best of {repeat}):")
    times: list[float] = []
    for text in SEARCHES:
        query = ContactQuery(kind=people, search=text)

        def count_and_page(q: ContactQuery = query) -> tuple[int, int]:
            return directory.count(q), len(directory.page(q, 0, PAGE))

        ms, (count, rows) = timed(count_and_page, repeat)
        times.append(ms)
        print(f"  {text!r:>18}: {ms:7.1f} ms  ({count:,} found, {rows} shown)")
    print(
        f"  median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms "
        f"over {len(times)} search texts"
    )

    print("\ndeep pages of people (200 rows):")
    for sort in SortColumn:
        for descending in (False, True):
            query = ContactQuery(kind=people, sort=sort, descending=descending)
            for offset in (80_000, max(0, total - PAGE)):
                ms, rows = timed(lambda q=query, o=offset: directory.page(q, o, PAGE), repeat)
                way = "desc" if descending else "asc"
                print(
                    f"  sort {sort.value:>7} {way:>4} offset {offset:>6,}: {ms:6.1f} ms "
                    f"({len(rows)} rows)"
                )
    query = ContactQuery()
    ms, rows = timed(lambda: directory.page(query, 80_000, PAGE), repeat)
    print(f"  everyone (both kinds) by name, offset 80,000: {ms:.1f} ms ({len(rows)} rows)")

    print("\nfilters (count + first page of people):")
    with unit_of_work(db) as uow:
        tags = uow.tags.all()
    filters = {
        "customers": ContactQuery(kind=people, roles=(RoleFilter.CUSTOMER,)),
        "active suppliers": ContactQuery(kind=people, roles=(RoleFilter.SUPPLIER,), active=True),
        "inactive (any role)": ContactQuery(kind=people, active=False),
        "tag " + tags[0].name: ContactQuery(kind=people, tag_ids=(tags[0].id,)),
        "two tags + customer, by city": ContactQuery(
            kind=people,
            tag_ids=(tags[0].id, tags[1].id),
            roles=(RoleFilter.CUSTOMER,),
            sort=SortColumn.CITY,
        ),
        "companies": ContactQuery(kind=ContactKind.ORGANIZATION, organization_type="company"),
        "search 'example' + customer": ContactQuery(
            kind=people, search="example", roles=(RoleFilter.CUSTOMER,)
        ),
    }
    for label, query in filters.items():

        def count_and_page(q: ContactQuery = query) -> tuple[int, int]:
            return directory.count(q), len(directory.page(q, 0, PAGE))

        ms, (count, rows) = timed(count_and_page, repeat)
        print(f"  {label:>30}: {ms:7.1f} ms ({count:,} found)")

    deep = directory.ids(ContactQuery(kind=people), 80_000, 1)[0]
    for sort in (SortColumn.NAME, SortColumn.CITY):
        query = ContactQuery(kind=people, sort=sort)
        ms, row = timed(lambda q=query: directory.row_of(deep, q), repeat)
        print(f"\nrow_of a contact at row {row:,} (sort {sort.value}): {ms:.1f} ms")


if __name__ == "__main__":
    sys.exit(main())
