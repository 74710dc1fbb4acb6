"""vCard export and import of N generated contacts (default 10,000), timed phase by phase.

Generates N contacts (``kontor demo-data``'s generator) into a database, exports them to one
vCard 4.0 file, then imports that file into an empty database twice: through the edit history
(one undoable step, as the app does) and without it (as ``kontor import`` does).  Then it
plans the same file again (every card identical: nothing to write), undoes the import, and
exports to CSV.  Prints seconds per phase, cards per second and the peak memory.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from app.services.history import EditHistory
from app.services.interchange import Interchange, MappingTemplates
from app.services.seeding import generate
from app.store.listing import ContactQuery
from app.store.migrations import open_database

T = TypeVar("T")


def _timed(label: str, count: int, action: Callable[[], T]) -> T:
    started = time.perf_counter()
    result = action()
    elapsed = time.perf_counter() - started
    print(f"{label:<44} {elapsed:7.2f} s  ({count / elapsed:8,.0f} cards/s)", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000)
    args = parser.parse_args()
    n = args.contacts
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        templates = MappingTemplates(root / "templates")
        source = open_database(root / "source.sqlite")
        generate(source, n)
        exporter = Interchange(source, templates=templates)
        vcf = root / "all.vcf"
        _timed(
            "export vCard 4.0 (one file)", n, lambda: exporter.export_vcards(vcf, ContactQuery())
        )
        print(f"  file: {vcf.stat().st_size / 1e6:.1f} MB")
        _timed(
            "export CSV (default columns)",
            n,
            lambda: exporter.export_csv(root / "all.csv", ContactQuery()),
        )
        source.close()

        target = open_database(root / "target.sqlite")
        history = EditHistory(target)
        service = Interchange(target, history, templates=templates)
        records = _timed("read + parse the vCard file", n, lambda: service.read_file(vcf))
        plan = _timed("plan (dry run) into an empty book", n, lambda: service.plan_import(records))
        print(f"  {plan.summary()}")
        result = _timed("apply, undoable (one history step)", n, lambda: service.apply_import(plan))
        print(f"  created {len(result.created):,}, undoable: {result.undoable}")
        again = _timed(
            "re-import: read + plan (all identical)",
            n,
            lambda: service.plan_import(service.read_file(vcf)),
        )
        print(f"  {again.summary()}")
        _timed("undo the import", n, history.undo)
        target.close()

        plain = open_database(root / "plain.sqlite")
        cli = Interchange(plain, templates=templates)
        plan = cli.plan_import(cli.read_file(vcf))
        _timed("apply without history (kontor import)", n, lambda: cli.apply_import(plan))
        plain.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
