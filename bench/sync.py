"""How long sync takes with a big address book on the reference server, and what it asks.

    python3 bench/sync.py [--contacts 10000] [--json] [--profile DIR]

The reference server runs in this process (a background thread, on a temporary folder) so
its request statistics can be read; each sync is a ``kontor sync`` in a process of its own,
as a scheduled job would run it, so its time, CPU and peak memory are the client's alone.

1. setup: ``kontor demo-data``-style generation of N contacts into a local database, pushed
   to the server by one ``kontor sync`` (the **initial push**, timed too);
2. **initial pull**: ``kontor sync`` of a new, empty database: every contact listed and
   fetched with its details, tags and images, and stored;
3. **no-change re-sync** of that database: nothing changed anywhere, so every details GET
   should be conditional and answered 304.

Per phase: wall time, requests the server received (and per second), 304 answers, CPU
seconds of the client process and of this process (the server), and the client's peak
resident memory (``getrusage`` of that child).  ``--profile DIR`` runs the two pulls under
cProfile instead (every thread of the client, one ``.prof`` file per phase and thread
group), then prints the top functions by cumulative time; the timings then include the
profiler's overhead.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from app.domain.enums import ContactKind
from app.services.directory import ContactDirectory
from app.services.seeding import generate
from app.store.migrations import open_database
from app.sync.reference_server import RequestStats, running_server

TOKEN = "bench-token"
ORG = "bench"
ROOT = Path(__file__).resolve().parent.parent

# Run in the child with --profile: cProfile for the main thread and for every thread started
# after it (the engine fetches with a thread pool), all written to one file per thread.
_PROFILED_CHILD = """
import cProfile, sys, threading
from pathlib import Path
out = Path(sys.argv.pop(1))
profilers = []
def start():
    p = cProfile.Profile(); profilers.append((threading.current_thread().name, p)); p.enable()
    return p
_run = threading.Thread.run
def run(self):
    p = start()
    try:
        _run(self)
    finally:
        p.disable()
threading.Thread.run = run
main = start()
from app.cli.main import main as kontor
try:
    code = kontor(sys.argv[1:])
finally:
    main.disable()
    for i, (name, p) in enumerate(profilers):
        p.dump_stats(out / f"{i:03d}-{name.replace('/', '_')}.prof")
sys.exit(code)
"""


@dataclass
class Phase:
    name: str
    seconds: float
    requests: int = 0
    not_modified: int = 0
    conditional: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
    client_cpu: float = 0.0
    server_cpu: float = 0.0
    client_peak_mb: float = 0.0
    exit_code: int | None = None
    summary: str = ""

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def run_sync(
    name: str,
    db: Path,
    url: str,
    stats: RequestStats,
    *,
    flags: bool,
    profile: Path | None = None,
) -> Phase:
    """One ``kontor sync`` in a child process, measured."""
    args = ["sync", "--db", str(db), "--quiet"]
    if flags:
        args += ["--url", url, "--org", ORG]
    if profile is None:
        command = [sys.executable, "-m", "app", *args]
    else:
        folder = profile / name.replace(" ", "-")
        folder.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-c", _PROFILED_CHILD, str(folder), *args]
    env = {**os.environ, "KONTOR_API_TOKEN": TOKEN}
    stats.reset()
    cpu_before = _own_cpu()
    started = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    return Phase(
        name=name,
        seconds=seconds,
        requests=len(stats),
        not_modified=stats.not_modified("GET"),
        conditional=stats.count("GET", conditional=True),
        by_method=stats.by_method(),
        client_cpu=usage.ru_utime + usage.ru_stime,
        server_cpu=_own_cpu() - cpu_before,
        client_peak_mb=_peak_mb(usage.ru_maxrss),
        exit_code=child.returncode,
        summary=output.splitlines()[0] if output else "",
    )


def count_contacts(path: Path) -> tuple[int, int]:
    db = open_database(path)
    try:
        directory = ContactDirectory(db)
        return directory.count(ContactKind.ORGANIZATION), directory.count(ContactKind.INDIVIDUAL)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=10_000, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="cProfile the two pulls")
    args = parser.parse_args()
    if args.contacts < 1:
        parser.error("--contacts must be at least 1")

    def log(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source, fresh = tmp / "source.sqlite", tmp / "fresh.sqlite"
        started = time.perf_counter()
        db = open_database(source)
        try:
            generate(db, args.contacts)
        finally:
            db.close()
        generated = time.perf_counter() - started
        log(f"generated {args.contacts:,} contacts in {generated:.1f} s")

        with running_server(tmp / "server", TOKEN) as url:
            stats: RequestStats = url.app.state.stats  # type: ignore[attr-defined]
            log("initial push …")
            push = run_sync("initial push", source, url, stats, flags=True)
            log("initial pull …")
            pull = run_sync("initial pull", fresh, url, stats, flags=True, profile=args.profile)
            log("no-change re-sync …")
            resync = run_sync("no-change re-sync", fresh, url, stats, flags=False,
                              profile=args.profile)  # fmt: skip
        organizations, people = count_contacts(fresh)

    load_after = os.getloadavg()
    phases = [push, pull, resync]
    failed = [p for p in phases if p.exit_code != 0]
    result: dict[str, Any] = {
        "contacts": args.contacts,
        "pulled": {"organizations": organizations, "people": people},
        "generate_seconds": round(generated, 2),
        "phases": [
            {
                **{k: round(v, 3) if isinstance(v, float) else v for k, v in asdict(p).items()},
                "per_second": round(p.per_second, 1),
            }
            for p in phases
        ],
        "profiled": args.profile is not None,
        "load_average": {"start": load_before[0], "end": load_after[0]},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(args.contacts, organizations, people, phases)
        print(
            f"load average (1 min) at start {load_before[0]:.2f}, at end {load_after[0]:.2f} "
            f"on {os.cpu_count()} CPUs: wall times grow with other work, CPU seconds less so"
        )
        if args.profile is not None:
            print_profiles(args.profile)
    if organizations + people != args.contacts:
        print(f"the pull stored {organizations + people:,} contacts, not {args.contacts:,}")
        return 1
    return 1 if failed else 0


def print_table(contacts: int, organizations: int, people: int, phases: list[Phase]) -> None:
    print(f"{contacts:,} contacts; pulled {organizations:,} organizations, {people:,} people")
    head = (
        f"{'phase':<18} {'time':>8} {'requests':>9} {'req/s':>7} {'304s':>7} "
        f"{'client CPU':>10} {'server CPU':>10} {'client RSS':>10}  exit"
    )
    print(head)
    print("-" * len(head))
    for p in phases:
        print(
            f"{p.name:<18} {p.seconds:>7.1f}s {p.requests:>9,} {p.per_second:>7,.0f} "
            f"{p.not_modified:>7,} {p.client_cpu:>9.1f}s {p.server_cpu:>9.1f}s "
            f"{p.client_peak_mb:>7.0f} MB  {p.exit_code}"
        )
    for p in phases:
        methods = ", ".join(f"{m} {n:,}" for m, n in sorted(p.by_method.items()))
        print(f"{p.name}: {methods}; conditional GETs {p.conditional:,} — {p.summary}")


def print_profiles(folder: Path, top: int = 25) -> None:
    import pstats

    for phase in sorted(d for d in folder.iterdir() if d.is_dir()):
        files = sorted(phase.glob("*.prof"))
        main_file = [f for f in files if "MainThread" in f.name]
        workers = [f for f in files if "MainThread" not in f.name and "ThreadPool" in f.name]
        for label, group in (("main thread", main_file), ("fetch workers", workers)):
            if not group:
                continue
            print(f"\n=== {phase.name}: {label} ({len(group)} profile(s)), by own time ===")
            stats = pstats.Stats(*map(str, group))
            stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    sys.exit(main())
