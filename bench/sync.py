"""How long sync takes with a big address book on a reference server, against a floor.

    python3 bench/sync.py [--system enfore|kanbert|partners] [--contacts 10000]
                          [--json] [--profile DIR] [--no-floor] [--push-only]

The reference server of the chosen system runs in this process (a background thread, on a
temporary folder) so its request statistics can be read; each sync is a ``kontor sync`` in a
process of its own, as a scheduled job would run it, so its time, CPU and peak memory are the
client's alone.

0. warm-up (untimed): a push and a pull of 20 contacts on a server of their own, so the
   modules a sync imports are compiled before any phase, as an installed program has them;
1. setup: N generated contacts (of the kinds the system carries) in a local database, linked
   to the system and pushed by one ``kontor sync`` (the **initial push**, timed too);
2. **initial pull**: ``kontor sync`` of a new, empty database: every record listed and
   fetched with what it holds, and stored;
3. **no-change re-sync** of that database: nothing changed anywhere (enfore: every details
   GET conditional and answered 304; Kanbert: the listing's ``updated_at`` says so, no record
   is fetched).

``--push-only`` measures the initial push alone (with its floor), for quicker rounds while
working on it.

**The floor.**  Every request the server received in a phase is recorded (method, path,
query, ``If-None-Match``, body).  After Kontor's phases, a bare httpx client in a process of
its own makes the same requests with the same concurrency (as many threads as Kontor's sync
uses, one pooled keep-alive client): the pulls against the same server (they only read), the
push against a fresh server of the same system (ids the server assigns are mapped as it
answers).  Each of Kontor's figures is printed beside the floor's, with the ratio.

Per phase: wall time, requests the server received, 304 answers, CPU seconds of the client
process and of this process (the server), and the client's own peak resident memory
(``VmHWM`` of that child after its start).  ``--profile DIR`` runs the two pulls under cProfile instead
(every thread of the client, one ``.prof`` file per phase and thread), then prints the top
functions; the timings then include the profiler's overhead.

Systems are entries of :data:`SYSTEMS`; a system benchmarked from a module of its own
(``bench/sync_<name>.py`` defining ``SYSTEM``, a :class:`System`) is found by its name.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TOKEN = "bench-token"
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

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


# Every measured child runs under this: at exit it writes its own peak resident memory
# (VmHWM, which starts afresh at exec; getrusage's maxrss of a child also counts what the
# forking benchmark process held before the exec) to the file named first, then runs the
# module (``-m NAME``) or script given after it.
_MEASURED_CHILD = """
import atexit, runpy, sys
out = sys.argv.pop(1)
def peak():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                with open(out, "w") as f:
                    f.write(line.split()[1])
atexit.register(peak)
if sys.argv[1] == "-m":
    sys.argv = sys.argv[2:]
    runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
else:
    sys.argv = sys.argv[1:]
    runpy.run_path(sys.argv[0], run_name="__main__")
"""


# --- what a system brings -----------------------------------------------------------------


@dataclass(frozen=True)
class System:
    """One system to benchmark.

    ``server(folder)`` starts its reference server (a context manager yielding the base URL,
    whose ``.app`` is the ASGI app with ``state.stats``); ``link(db, url)`` links a new
    database to it and returns the extra ``kontor sync`` arguments; ``kinds`` are the contact
    kinds it carries (``"individual"``, ``"organization"``); ``workers`` the number of
    requests Kontor's sync of it has in flight at once (the floor uses as many);
    ``targets`` the figures the issue sets: ``{phase: {"seconds" | "cpu_ms" |
    "ratio" | "peak_mb" | "detail_requests": limit}}``."""

    name: str
    server: Callable[[Path], AbstractContextManager[Any]]
    link: Callable[[Path, str], list[str]]
    kinds: tuple[str, ...]
    workers: Callable[[], int]
    targets: dict[str, dict[str, float]] = field(default_factory=dict)
    detail_route: str | None = None  # requests to this route count as detail requests


def _running(system: str) -> Callable[[Path], AbstractContextManager[Any]]:
    def start(folder: Path) -> AbstractContextManager[Any]:
        from app.sync.reference_server import running_server

        return running_server(folder, TOKEN, system=system)  # type: ignore[arg-type]

    return start


def _account(system: str, tenant: str) -> Callable[[Path, str], list[str]]:
    def link(db: Path, url: str) -> list[str]:
        if system == "enfore":
            return ["--url", url, "--org", tenant]
        _kontor(
            ["accounts", "add", "--db", str(db), "--type", system, "--name", "bench",
             "--url", url, "--tenant", tenant]
        )  # fmt: skip
        return ["--account", "bench"]

    return link


def _engine_workers() -> int:
    from app.sync.engine import DEFAULT_WORKERS

    return int(DEFAULT_WORKERS)


def _document_workers() -> int:
    from app.sync import document_sync

    return int(getattr(document_sync, "DEFAULT_WORKERS", 1))


_PULL_TARGETS = {"seconds": 15, "ratio": 1.5, "cpu_ms": 1.0, "peak_mb": 200}
SYSTEMS: dict[str, System] = {
    "enfore": System(
        "enfore",
        _running("enfore"),
        _account("enfore", "bench"),
        ("organization", "individual"),
        _engine_workers,
        {
            "initial push": {"seconds": 90},
            "initial pull": _PULL_TARGETS,
            "no-change re-sync": {"seconds": 5, "ratio": 1.5, "cpu_ms": 0.3},
        },
        detail_route="/orgs/{org}/{kind}/{id}/details",
    ),
    "kanbert": System(
        "kanbert",
        _running("kanbert"),
        _account("kanbert", ""),
        ("individual",),
        _document_workers,
        {
            "initial pull": {"peak_mb": 200},
            "no-change re-sync": {"seconds": 2, "detail_requests": 0},
        },
        detail_route="/contacts/{id}",
    ),
    "partners": System(
        "partners",
        _running("partners"),
        _account("partners", "1"),
        ("organization",),
        _document_workers,
        {"initial pull": {"peak_mb": 200}},
        detail_route="/api/internal/v1/partners/{partner_id}/organizations/{id}",
    ),
}


def system_named(name: str) -> System:
    """A system of :data:`SYSTEMS`, or of ``bench/sync_<name>.py`` (its ``SYSTEM``)."""
    if name in SYSTEMS:
        return SYSTEMS[name]
    try:
        module = importlib.import_module(f"bench.sync_{name}")
    except ModuleNotFoundError:
        raise SystemExit(f"no benchmark for the system {name!r}") from None
    found: System = module.SYSTEM
    return found


# --- recording what the server received ---------------------------------------------------


@dataclass
class Request:
    method: str
    path: str
    query: str
    if_none_match: str | None
    body: bytes | None
    status: int | None = None
    created_id: str | None = None  # the id in a create's answer


class Recorder:
    """ASGI middleware (outermost): every request with its body, and the id a create got."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.lock = threading.Lock()
        self.requests: list[Request] = []
        self.on = True

    def take(self) -> list[Request]:
        with self.lock:
            out, self.requests = self.requests, []
        return out

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not self.on:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        record = Request(
            scope["method"],
            scope["path"],
            scope.get("query_string", b"").decode("latin-1"),
            headers.get("if-none-match"),
            None,
        )
        chunks: list[bytes] = []

        async def receiving() -> Any:
            message = await receive()
            if message["type"] == "http.request":
                chunks.append(message.get("body", b""))
            return message

        answer: list[bytes] = []

        async def sending(message: Any) -> None:
            if message["type"] == "http.response.start":
                record.status = int(message["status"])
            elif message["type"] == "http.response.body" and record.method == "POST":
                answer.append(message.get("body", b""))
            await send(message)

        try:
            await self.app(scope, receiving, sending)
        finally:
            record.body = b"".join(chunks) or None
            if answer and record.status in (200, 201):
                record.created_id = _created_id(b"".join(answer))
            with self.lock:
                self.requests.append(record)


def _created_id(body: bytes) -> str | None:
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if isinstance(data, dict) and isinstance(data.get("data"), dict):
        data = data["data"]
    rid = data.get("id") if isinstance(data, dict) else None
    return str(rid) if rid is not None else None


def record_requests(url: Any) -> Recorder:
    """Put a :class:`Recorder` around a running reference server's app (before its first
    request: the middleware stack is built then)."""
    app = url.app
    recorder: Recorder | None = None

    def factory(app: Any) -> Recorder:
        nonlocal recorder
        recorder = Recorder(app)
        return recorder

    from starlette.middleware import Middleware

    app.user_middleware.insert(0, Middleware(factory))  # type: ignore[arg-type]
    app.middleware_stack = None
    app.middleware_stack = app.build_middleware_stack()
    assert recorder is not None
    return recorder


# --- the floor: the same requests by a bare httpx client ----------------------------------


def floor_plan(requests: list[Request], *, writes: bool) -> dict[str, Any]:
    """The requests of a phase as the floor makes them.

    Listings (requests with a query) are made one after the other, as the sync reads them:
    first when the phase only reads, after the writes when it writes (its push comes first).
    The rest are grouped per record: for a phase that writes, a record's requests are those
    whose path holds the id its create got (in the order they came), its create first, and
    the groups of one collection run before those of the next (organizations before the
    people who refer to them); for a phase that only reads, every request is a group."""
    head: list[list[Any]] = []
    groups: dict[str, list[list[Any]]] = {}
    order: list[tuple[str, str]] = []  # (collection, group key)
    owner_of: dict[str, str] = {}

    def wire(r: Request) -> list[Any]:
        body = r.body.decode("utf-8") if r.body is not None else None
        return [r.method, r.path, r.query, r.if_none_match, body, r.created_id]

    for index, r in enumerate(requests):
        if r.status is None:
            continue
        if r.query and r.method == "GET":
            head.append(wire(r))
            continue
        if not writes:
            key = str(index)
            groups[key] = [wire(r)]
            order.append(("", key))
            continue
        if r.method == "POST" and r.created_id and r.created_id not in owner_of:
            segments = r.path.rstrip("/").split("/")
            if not any(s in owner_of for s in segments):  # a record, not an item of one
                owner_of[r.created_id] = r.created_id
                groups[r.created_id] = [wire(r)]
                order.append((r.path, r.created_id))
                continue
        owner = next((s for s in r.path.split("/") if s in owner_of), None)
        if owner is None:
            head.append(wire(r))
        else:
            groups[owner].append(wire(r))
    waves: list[list[list[list[Any]]]] = []
    current = None
    for collection, key in order:
        if collection != current:
            waves.append([])
            current = collection
        waves[-1].append(groups[key])
    if writes:
        return {"head": [], "waves": waves, "tail": head}
    return {"head": head, "waves": waves, "tail": []}


def replay(plan_path: Path, url: str, workers: int) -> int:
    """The floor's client: every request of the plan with a bare httpx client, ``workers``
    record groups at once on one pooled keep-alive client."""
    import httpx

    plan = json.loads(plan_path.read_text(encoding="utf-8"))
    client = httpx.Client(
        base_url=url,
        headers={"Accept": "application/json", "Authorization": f"Bearer {TOKEN}"},
        limits=httpx.Limits(max_connections=100, max_keepalive_connections=20),
        timeout=30.0,
    )
    ids: dict[str, str] = {}
    lock = threading.Lock()
    failures = 0

    def mapped(text: str) -> str:
        if not ids:
            return text
        return "/".join(ids.get(part, part) for part in text.split("/"))

    def body_of(text: str | None) -> bytes | None:
        if text is None:
            return None
        if not ids:
            return text.encode("utf-8")
        data = json.loads(text)

        def walk(value: Any) -> Any:
            if isinstance(value, str):
                return ids.get(value, value)
            if isinstance(value, list):
                return [walk(v) for v in value]
            if isinstance(value, dict):
                return {k: walk(v) for k, v in value.items()}
            return value

        return json.dumps(walk(data), ensure_ascii=False).encode("utf-8")

    def send(request: list[Any]) -> None:
        nonlocal failures
        method, path, query, inm, body, created = request
        headers = {"If-None-Match": inm} if inm else {}
        content = body_of(body)
        if content is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        target = mapped(path) + (f"?{query}" if query else "")
        response = client.request(method, target, content=content, headers=headers)
        if response.status_code >= 400:
            with lock:
                failures += 1
        if created and method == "POST":
            new = _created_id(response.content)
            if new is not None:
                with lock:
                    ids[created] = new

    def group(requests: list[list[Any]]) -> None:
        for request in requests:
            send(request)

    for request in plan["head"]:
        send(request)
    with ThreadPoolExecutor(max_workers=max(1, workers)) as pool:
        for wave in plan["waves"]:
            list(pool.map(group, wave))
    for request in plan["tail"]:
        send(request)
    client.close()
    if failures:
        print(f"{failures} requests of the floor failed", file=sys.stderr)
    return 0


# --- measuring ----------------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    cpu: float
    peak_mb: float
    exit_code: int
    output: str = ""


@dataclass
class Phase:
    name: str
    kontor: Run
    requests: int = 0
    not_modified: int = 0
    conditional: int = 0
    detail_requests: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
    server_cpu: float = 0.0
    summary: str = ""
    floor: Run | None = None
    recorded: list[Request] = field(default_factory=list, repr=False)


def _own_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_mb(maxrss: int) -> float:
    # Linux reports kilobytes, macOS bytes.
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def _child(command: list[str], env: dict[str, str] | None = None) -> Run:
    """Run ``command`` (``[python, ...]``) and measure it: wall time, CPU of the child, its
    own peak memory (see :data:`_MEASURED_CHILD`, on Linux; else getrusage's maxrss)."""
    with tempfile.NamedTemporaryFile(suffix=".peak", delete=False) as handle:
        peak_file = Path(handle.name)
    measured = sys.platform == "linux" and command[1] != "-c"
    if measured:
        command = [command[0], "-c", _MEASURED_CHILD, str(peak_file), *command[1:]]
    started = time.perf_counter()
    child = subprocess.Popen(
        command, cwd=ROOT, env=env or os.environ.copy(), stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    peak_mb = _peak_mb(usage.ru_maxrss)
    text = peak_file.read_text().strip() if peak_file.exists() else ""
    peak_file.unlink(missing_ok=True)
    if measured and text.isdigit():
        peak_mb = int(text) / 1024
    return Run(
        seconds=seconds,
        cpu=usage.ru_utime + usage.ru_stime,
        peak_mb=peak_mb,
        exit_code=os.waitstatus_to_exitcode(status),
        output=output,
    )


def _kontor(args: list[str]) -> None:
    subprocess.run([sys.executable, "-m", "app", *args], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip


def run_sync(
    name: str,
    db: Path,
    args: list[str],
    url: Any,
    recorder: Recorder,
    detail_route: str | None,
    profile: Path | None = None,
) -> Phase:
    """One ``kontor sync`` in a child process, measured; the requests it made recorded."""
    from app.sync.reference_server import RequestStats

    stats: RequestStats = url.app.state.stats
    command_args = ["sync", "--db", str(db), "--quiet", *args]
    if profile is None:
        command = [sys.executable, "-m", "app", *command_args]
    else:
        folder = profile / name.replace(" ", "-")
        folder.mkdir(parents=True, exist_ok=True)
        command = [sys.executable, "-c", _PROFILED_CHILD, str(folder), *command_args]
    env = {**os.environ, "KONTOR_API_TOKEN": TOKEN}
    stats.reset()
    recorder.take()
    cpu_before = _own_cpu()
    run = _child(command, env)
    server_cpu = _own_cpu() - cpu_before
    return Phase(
        name=name,
        kontor=run,
        requests=len(stats),
        not_modified=stats.not_modified("GET"),
        conditional=stats.count("GET", conditional=True),
        detail_requests=stats.count("GET", detail_route) if detail_route else 0,
        by_method=stats.by_method(),
        server_cpu=server_cpu,
        summary=run.output.splitlines()[0] if run.output else "",
        recorded=recorder.take(),
    )


def run_floor(phase: Phase, url: str, workers: int, folder: Path, *, writes: bool) -> Run:
    plan = folder / f"floor-{phase.name.replace(' ', '-')}.json"
    plan.write_text(json.dumps(floor_plan(phase.recorded, writes=writes)), encoding="utf-8")
    command = [sys.executable, str(Path(__file__).resolve()), "--replay", str(plan),
               "--url", str(url), "--workers", str(workers)]  # fmt: skip
    return _child(command)


def make_book(path: Path, count: int, kinds: tuple[str, ...]) -> int:
    """``count`` generated contacts of ``kinds`` in a new database, in one transaction."""
    from app.services.demo_data import generate_contacts
    from app.store.migrations import open_database
    from app.store.unit_of_work import unit_of_work

    both = len(kinds) > 1

    def wanted() -> Iterator[Any]:
        for contact in generate_contacts(count * 10, 1):
            if contact.kind.value not in kinds:
                continue
            if not both:  # what refers to contacts of the other kind is left out
                refs = ("professional_identities", "personal_relationships", "memberships")
                contact = contact.model_copy(
                    update={name: [] for name in refs if hasattr(contact, name)}
                )
            yield contact

    db = open_database(path)
    done = 0
    try:
        source = wanted()
        with unit_of_work(db) as uow:
            while done < count:
                batch = [c for _, c in zip(range(min(5000, count - done)), source, strict=False)]
                if not batch:
                    break
                done += uow.contacts.add_many(batch)
    finally:
        db.close()
    return done


def warm_up(system: System, folder: Path) -> None:
    """An untimed push and pull of a few contacts on a server of its own, so that every module
    a sync imports is compiled before the measured phases, as an installed program has them
    (without it, a phase that is the first to import some modules pays for compiling them)."""
    folder.mkdir()
    env = {**os.environ, "KONTOR_API_TOKEN": TOKEN}
    with system.server(folder) as url:
        source, fresh = folder / "source.sqlite", folder / "fresh.sqlite"
        push_args, pull_args = system.link(source, url), system.link(fresh, url)
        make_book(source, 20, system.kinds)
        for db, args in ((source, push_args), (fresh, pull_args)):
            _child([sys.executable, "-m", "app", "sync", "--db", str(db), "--quiet", *args], env)


def count_contacts(path: Path) -> int:
    from app.domain.enums import ContactKind
    from app.services.directory import ContactDirectory
    from app.store.migrations import open_database

    db = open_database(path)
    try:
        directory = ContactDirectory(db)
        return directory.count(ContactKind.ORGANIZATION) + directory.count(ContactKind.INDIVIDUAL)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--system", default="enfore", metavar="NAME",
                        help=f"{' | '.join(SYSTEMS)} (default enfore)")  # fmt: skip
    parser.add_argument("--contacts", type=int, default=10_000, metavar="N")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--profile", type=Path, metavar="DIR", help="cProfile the two pulls")
    parser.add_argument("--no-floor", action="store_true", help="measure Kontor only")
    parser.add_argument("--push-only", action="store_true",
                        help="only the initial push (and its floor); no pull, no re-sync")  # fmt: skip
    parser.add_argument("--replay", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--url", help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.replay is not None:
        return replay(args.replay, args.url, args.workers)
    if args.system == "carddav":  # a WebDAV server (WSGI), recorded its own way
        from bench.sync_carddav import run as run_carddav

        return run_carddav(args)
    if args.contacts < 1:
        parser.error("--contacts must be at least 1")
    system = system_named(args.system)

    def log(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    load_before = os.getloadavg()
    workers = system.workers()
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        # Every child keeps its compiled modules in one folder, as an installed program has
        # them (a setting like PYTHONDONTWRITEBYTECODE would make each compile them afresh).
        os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
        os.environ["PYTHONPYCACHEPREFIX"] = str(tmp / "bytecode")
        warm_up(system, tmp / "warm-up")
        log("warmed up: a sync of a few contacts compiled the modules a sync uses")
        source, fresh = tmp / "source.sqlite", tmp / "fresh.sqlite"
        (tmp / "server").mkdir()
        with system.server(tmp / "server") as url:
            recorder = record_requests(url)
            # Linked first: an account sends what changes once it is there.
            push_args = system.link(source, url)
            pull_args = system.link(fresh, url)
            started = time.perf_counter()
            made = make_book(source, args.contacts, system.kinds)
            generated = time.perf_counter() - started
            log(f"generated {made:,} contacts ({', '.join(system.kinds)}) in {generated:.1f} s")
            log("initial push …")
            push = run_sync("initial push", source, push_args, url, recorder,
                            system.detail_route)  # fmt: skip
            reads: list[Phase] = []
            if not args.push_only:
                log("initial pull …")
                pull = run_sync("initial pull", fresh, pull_args, url, recorder,
                                system.detail_route, args.profile)  # fmt: skip
                log("no-change re-sync …")
                resync_args = [a for a in pull_args if system.name != "enfore"]
                resync = run_sync("no-change re-sync", fresh, resync_args, url, recorder,
                                  system.detail_route, args.profile)  # fmt: skip
                reads = [pull, resync]
            if not args.no_floor:
                recorder.on = False
                for phase in reads:
                    log(f"floor: {phase.name} …")
                    phase.floor = run_floor(phase, url, workers, tmp, writes=False)
        pulled = made if args.push_only else count_contacts(fresh)
        if not args.no_floor:
            (tmp / "floor-server").mkdir()
            with system.server(tmp / "floor-server") as floor_url:
                log("floor: initial push (a fresh server) …")
                push.floor = run_floor(push, floor_url, workers, tmp, writes=True)

    load_after = os.getloadavg()
    phases = [push, *reads]
    failed = [p for p in phases if p.kontor.exit_code != 0]
    result: dict[str, Any] = {
        "system": system.name,
        "contacts": made,
        "pulled": pulled,
        "workers": workers,
        "generate_seconds": round(generated, 2),
        "phases": [_phase_json(p, made, system) for p in phases],
        "profiled": args.profile is not None,
        "load_average": {"start": load_before[0], "end": load_after[0]},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print_table(system, made, pulled, workers, phases)
        print(
            f"load average (1 min) at start {load_before[0]:.2f}, at end {load_after[0]:.2f} "
            f"on {os.cpu_count()} CPUs: wall times grow with other work, CPU seconds less so"
        )
        if args.profile is not None:
            print_profiles(args.profile)
    if pulled != made:
        print(f"the pull stored {pulled:,} contacts, not {made:,}")
        return 1
    return 1 if failed else 0


def _phase_json(p: Phase, contacts: int, system: System) -> dict[str, Any]:
    out: dict[str, Any] = {
        "name": p.name,
        "seconds": round(p.kontor.seconds, 3),
        "client_cpu": round(p.kontor.cpu, 3),
        "client_cpu_ms_per_contact": round(p.kontor.cpu / contacts * 1000, 3),
        "client_peak_mb": round(p.kontor.peak_mb, 1),
        "server_cpu": round(p.server_cpu, 3),
        "requests": p.requests,
        "not_modified": p.not_modified,
        "conditional": p.conditional,
        "detail_requests": p.detail_requests,
        "by_method": p.by_method,
        "exit_code": p.kontor.exit_code,
        "summary": p.summary,
        "targets": system.targets.get(p.name, {}),
    }
    if p.floor is not None:
        out["floor"] = {
            "seconds": round(p.floor.seconds, 3),
            "client_cpu": round(p.floor.cpu, 3),
            "client_peak_mb": round(p.floor.peak_mb, 1),
            "exit_code": p.floor.exit_code,
        }
        out["ratio_seconds"] = round(p.kontor.seconds / p.floor.seconds, 2)
        out["ratio_cpu"] = round(p.kontor.cpu / p.floor.cpu, 2) if p.floor.cpu else None
    return out


def _target_text(p: Phase, contacts: int, targets: dict[str, float]) -> str:
    marks = []
    ratio = p.kontor.seconds / p.floor.seconds if p.floor and p.floor.seconds else None
    checks = {
        "seconds": (p.kontor.seconds, "≤ {:g} s"),
        "ratio": (ratio, "≤ {:g}× floor"),
        "cpu_ms": (p.kontor.cpu / contacts * 1000, "CPU ≤ {:g} ms/contact"),
        "peak_mb": (p.kontor.peak_mb, "≤ {:g} MB"),
        "detail_requests": (float(p.detail_requests), "{:g} detail GETs"),
    }
    for key, limit in targets.items():
        value, text = checks[key]
        ok = "?" if value is None else ("ok" if value <= limit else "MISSED")
        marks.append(f"{text.format(limit)} {ok}")
    return "; ".join(marks)


def print_table(
    system: System, contacts: int, pulled: int, workers: int, phases: list[Phase]
) -> None:
    print(
        f"{system.name}: {contacts:,} contacts; pulled {pulled:,}; "
        f"{workers} request(s) in flight at once (Kontor and floor)"
    )
    head = (
        f"{'phase':<18} {'time':>7} {'floor':>7} {'ratio':>6} {'CPU':>7} {'floor':>7} "
        f"{'ratio':>6} {'ms/ct':>6} {'RSS':>7} {'requests':>9} {'304s':>6} {'srv CPU':>7} exit"
    )
    print(head)
    print("-" * len(head))
    for p in phases:
        k, f = p.kontor, p.floor
        print(
            f"{p.name:<18} {k.seconds:>6.1f}s "
            f"{(f'{f.seconds:.1f}s' if f else '-'):>7} "
            f"{(f'{k.seconds / f.seconds:.2f}' if f and f.seconds else '-'):>6} "
            f"{k.cpu:>6.1f}s {(f'{f.cpu:.1f}s' if f else '-'):>7} "
            f"{(f'{k.cpu / f.cpu:.2f}' if f and f.cpu else '-'):>6} "
            f"{k.cpu / contacts * 1000:>6.2f} {k.peak_mb:>4.0f} MB {p.requests:>9,} "
            f"{p.not_modified:>6,} {p.server_cpu:>6.1f}s {k.exit_code}"
        )
    for p in phases:
        methods = ", ".join(f"{m} {n:,}" for m, n in sorted(p.by_method.items()))
        print(f"{p.name}: {methods}; conditional GETs {p.conditional:,}; "
              f"record GETs {p.detail_requests:,} — {p.summary}")  # fmt: skip
        targets = system.targets.get(p.name)
        if targets:
            print(f"  targets: {_target_text(p, contacts, targets)}")


def print_profiles(folder: Path, top: int = 25) -> None:
    import pstats

    for phase in sorted(d for d in folder.iterdir() if d.is_dir()):
        files = sorted(phase.glob("*.prof"))
        main_file = [f for f in files if "MainThread" in f.name]
        workers = [f for f in files if "MainThread" not in f.name]
        for label, group in (("main thread", main_file), ("other threads", workers)):
            if not group:
                continue
            print(f"\n=== {phase.name}: {label} ({len(group)} profile(s)), by own time ===")
            stats = pstats.Stats(*map(str, group))
            stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    sys.exit(main())
