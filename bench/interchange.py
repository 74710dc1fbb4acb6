"""Importing N generated contacts (default 10,000) from a vCard 4.0 file, phase by phase,
against floors measured in the same run.

    python3 bench/interchange.py [--contacts N] [--profile DIR] [--vcf FILE]

A child process generates N contacts (``kontor demo-data``'s generator) and exports them to
one vCard 4.0 file, so that the peak memory printed is the import's own (``--vcf FILE``
imports that file instead).  Then, into an empty book with its edit history (as the app
imports):

* **read**: read and parse the file into records;
* **dry run**: plan the import (match, merge, validate; every card a new contact);
* **read + plan**: the two together (the target);
* **apply**: write the plan as one undoable step;
* **re-import**: read + plan of the same file again (every card identical: nothing to write);
* **undo**: take the whole import back;
* **redo**: put it back again.

The **floors** are what the work costs without Kontor, measured in the same run:

* *split*: read the file, decode it and cut it into cards and unfolded ``NAME:value`` pairs
  with plain string operations (for read, dry run, read + plan and re-import);
* *insert*: every row the import stored (all tables) inserted with plain ``sqlite3``
  ``executemany`` in one transaction into an empty database of the same schema (for apply
  and redo);
* *delete*: deleting those contacts again with one plain ``DELETE`` in one transaction
  (their rows go by the schema's cascades; for undo).

Each phase prints wall and CPU seconds, its floor and the ratio of its CPU time to the
floor's (on a machine shared with other work the wall time stretches with the load, the CPU
time far less).  Targets for 10,000 contacts: read + plan, apply, undo, redo and re-import at most
3 s each, peak memory at most 300 MB; 100,000 contacts import in at most 60 s and stay
undoable.  ``--profile DIR`` writes a cProfile file per phase.

Memory: the peak resident size of each phase (the high-water mark is reset before it, on
Linux), and the largest of them; the floors run in a child process of their own, so the rows
they hold are not counted as the import's.
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import json
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

T = TypeVar("T")
TARGET_SECONDS = 3.0
TARGET_MB = 300.0
_FOLD = re.compile(r"\r?\n[ \t]")


@dataclass
class Timing:
    wall: float
    cpu: float


def _reset_peak() -> bool:
    """Reset this process's peak resident size (Linux); whether it could be."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def _peak_mb() -> float:
    """This process's peak resident size in MB since it started or was last reset."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_floors(vcf: Path, stored: Path, empty: Path) -> dict[str, object]:
    """The floors (see the module's text) with their own peak memory: run in a child."""
    split, cards = split_floor(vcf)
    insert, delete, rows = insert_floor(stored, empty)
    return {
        "split": [split.wall, split.cpu],
        "cards": cards,
        "insert": [insert.wall, insert.cpu],
        "delete": [delete.wall, delete.cpu],
        "rows": rows,
        "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


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


def split_floor(vcf: Path) -> tuple[Timing, int]:
    """Time to read and decode ``vcf`` and cut it into cards of unfolded ``(name, value)``
    pairs with plain string operations; and the number of cards."""
    started, cpu = time.perf_counter(), time.process_time()
    text = vcf.read_bytes().decode("utf-8")
    cards = []
    for chunk in _FOLD.sub("", text).split("BEGIN:VCARD")[1:]:
        pairs = []
        for line in chunk.splitlines():
            name, _, value = line.partition(":")
            if value:
                pairs.append((name.upper(), value))
        cards.append(pairs)
    return Timing(time.perf_counter() - started, time.process_time() - cpu), len(cards)


def insert_floor(stored: Path, empty: Path) -> tuple[Timing, Timing, int]:
    """Time to insert every row of ``stored`` into ``empty`` (same schema) with plain
    sqlite3, one ``executemany`` per table in one transaction; time to delete the contacts
    again with one ``DELETE`` (cascading to their rows); the number of rows."""
    source = sqlite3.connect(stored)
    tables = [
        name
        for (name,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'contact_search_%'"
        )
    ]
    data = {t: source.execute(f'SELECT * FROM "{t}"').fetchall() for t in tables}
    source.close()
    target = sqlite3.connect(empty, isolation_level=None)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA foreign_keys = OFF")
    count = 0
    started, cpu = time.perf_counter(), time.process_time()
    target.execute("BEGIN")
    for table, rows in data.items():
        if rows:
            marks = ", ".join("?" * len(rows[0]))
            target.executemany(f'INSERT OR REPLACE INTO "{table}" VALUES ({marks})', rows)
            count += len(rows)
    target.execute("COMMIT")
    inserted = Timing(time.perf_counter() - started, time.process_time() - cpu)
    target.execute("PRAGMA foreign_keys = ON")
    started, cpu = time.perf_counter(), time.process_time()
    target.execute("BEGIN")
    target.execute("DELETE FROM contact_search")
    # People first: an organization cannot go while people work there.
    target.execute("DELETE FROM contacts WHERE kind <> 'organization'")
    target.execute("DELETE FROM contacts")
    target.execute("COMMIT")
    deleted = Timing(time.perf_counter() - started, time.process_time() - cpu)
    target.close()
    return inserted, deleted, count


def _shown(timing: Timing) -> str:
    return f"{timing.wall:.2f} s wall, {timing.cpu:.2f} s CPU"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000)
    parser.add_argument("--profile", type=Path, help="write a cProfile file per phase here")
    parser.add_argument("--vcf", type=Path, help="import this file instead of generating one")
    parser.add_argument("--prepare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--floors", type=Path, nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    n = args.contacts
    if args.prepare is not None:
        prepare(args.prepare, n)
        return 0
    if args.floors is not None:
        print(json.dumps(measure_floors(*args.floors)))
        return 0

    from app.services.history import EditHistory
    from app.services.interchange import Interchange, MappingTemplates
    from app.store.migrations import open_database

    results: dict[str, Timing] = {}
    peaks: dict[str, float] = {}
    per_phase = _reset_peak()

    def timed(label: str, action: Callable[[], T]) -> T:
        profiler = cProfile.Profile() if args.profile else None
        _reset_peak()
        started, cpu = time.perf_counter(), time.process_time()
        if profiler is not None:
            profiler.enable()
        result = action()
        if profiler is not None:
            profiler.disable()
            args.profile.mkdir(parents=True, exist_ok=True)
            profiler.dump_stats(args.profile / f"{label.split()[0]}.prof")
        results[label] = Timing(time.perf_counter() - started, time.process_time() - cpu)
        peaks[label] = _peak_mb()
        return result

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if args.vcf is not None:
            vcf = args.vcf
        else:
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, __file__, "--contacts", str(n), "--prepare", str(root)],
                check=True,
            )
            vcf = root / "all.vcf"
            print(
                f"{n:,} contacts generated and exported ({vcf.stat().st_size / 1e6:.1f} MB "
                f"vCard) in {time.perf_counter() - started:.0f} s"
            )
        open_database(root / "empty.sqlite").close()
        target = open_database(root / "target.sqlite")
        history = EditHistory(target)
        service = Interchange(target, history, templates=MappingTemplates(root / "templates"))

        source = timed("read", lambda: service.read_file(vcf))
        plan = timed("dry run", functools.partial(service.plan_import, source))
        del source
        print(f"  {plan.summary()}")
        result = timed("apply", functools.partial(service.apply_import, plan))
        print(f"  created {len(result.created):,}, undoable: {result.undoable}")
        del plan, result
        stored = root / "stored.sqlite"
        with sqlite3.connect(root / "target.sqlite") as conn:
            conn.execute(f"VACUUM INTO '{stored}'")
        child = subprocess.run(
            [
                sys.executable,
                __file__,
                "--floors",
                str(vcf),
                str(stored),
                str(root / "empty.sqlite"),
            ],
            check=True,
            capture_output=True,
            text=True,
        )
        measured = json.loads(child.stdout)
        split, cards = Timing(*measured["split"]), int(measured["cards"])
        insert, delete = Timing(*measured["insert"]), Timing(*measured["delete"])
        rows, floor_peak = int(measured["rows"]), float(measured["peak"])
        again = timed("re-import", lambda: service.plan_import(service.read_file(vcf)))
        print(f"  {again.summary()}")
        del again
        undone = timed("undo", history.undo)
        print(f"  undone: {undone.description}")
        redone = timed("redo", history.redo)
        print(f"  redone: {redone.description}")
        target.close()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if per_phase:
        peak = max(peaks.values())
    read, dry = results["read"], results["dry run"]
    results["read + plan"] = Timing(read.wall + dry.wall, read.cpu + dry.cpu)
    scale = max(1.0, n / 10_000)
    if n > 10_000:
        apply = results["apply"]
        results["import (read + plan + apply)"] = Timing(
            read.wall + dry.wall + apply.wall, read.cpu + dry.cpu + apply.cpu
        )
    both = Timing(insert.wall + split.wall, insert.cpu + split.cpu)
    floors = {
        "read": ("split", split),
        "dry run": ("split", split),
        "read + plan": ("split", split),
        "re-import": ("split", split),
        "apply": ("insert", insert),
        "import (read + plan + apply)": ("both", both),
        "undo": ("delete", delete),
        "redo": ("insert", insert),
    }
    targets = {"read", "dry run"}
    print()
    print(f"floor split:  {cards:,} cards cut into (name, value) pairs: {_shown(split)}")
    print(f"floor insert: {rows:,} rows inserted with plain sqlite3 in one go: {_shown(insert)}")
    print(f"floor delete: the contacts deleted with one plain DELETE: {_shown(delete)}")
    print(
        "(x floor compares CPU seconds, which a machine shared with other work changes least; "
        "ok: wall / CPU seconds within the target)"
    )
    print(
        f"{'phase':<30} {'wall s':>7} {'cpu s':>7} {'target':>7} {'floor':>7} "
        f"{'cpu s':>7} {'x floor':>8}  ok (wall/cpu)"
    )
    order = [
        "read",
        "dry run",
        "read + plan",
        "apply",
        "import (read + plan + apply)",
        "re-import",
        "undo",
        "redo",
    ]
    for label in order:
        if label not in results:
            continue
        timing = results[label]
        floor_name, floor = floors[label]
        target_s = TARGET_SECONDS * scale
        if label.startswith("import"):
            target_s = 60.0 * n / 100_000
        ratio = f"{timing.cpu / floor.cpu:8.1f}" if floor.cpu > 0 else "       -"
        ok = ""
        if label not in targets:
            ok = "/".join("yes" if s <= target_s else "NO" for s in (timing.wall, timing.cpu))
        shown = "" if label in targets else f"{target_s:7.0f}"
        print(
            f"{label:<30} {timing.wall:7.2f} {timing.cpu:7.2f} {shown:>7} {floor_name:>7} "
            f"{floor.cpu:7.2f} {ratio}  {ok}"
        )
    ok = "yes" if peak <= TARGET_MB * scale else "NO"
    print(f"{'peak memory (MB)':<30} {peak:7.0f} {'':>7} {TARGET_MB * scale:7.0f}  {ok}")
    if per_phase:
        print(
            "peak memory per phase (MB): "
            + ", ".join(f"{label} {mb:.0f}" for label, mb in peaks.items())
            + f"; the floors, in a child process: {floor_peak:.0f}"
        )
    else:
        print(f"(peak of the whole run; the floors' child process apart: {floor_peak:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
