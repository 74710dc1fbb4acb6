"""``bench/sync.py --system carddav``: a CardDAV address book of N cards (default 5,000) on
a real CardDAV server (Radicale, in this process, on loopback, storage in a temporary folder).

    python3 bench/sync.py --system carddav [--contacts 5000] [--json]

Set-up (not timed): N generated contacts (people and organizations, ``kontor demo-data``'s
generator) written as cards by Kontor's vCard writer straight into the server's storage, the
server's caches warmed by one full read, and a new database linked to the address book with
``kontor accounts add --type carddav`` (which discovers it).

Phases, each a sync of that database in a process of its own (as a scheduled ``kontor sync``
runs): the **initial pull** (every card listed with ``sync-collection``, read with
``addressbook-multiget``, stored) and the **no-change re-sync** (``sync-collection`` from the
kept token says nothing changed).  For each, the seconds of the sync itself
(``engine.run``) and of the whole process (start-up included), and the requests the server
received.

The **floor** is those same requests — recorded at the server as Kontor made them — made
again by a bare httpx client against the same server in the same run, one after the other as
the sync makes them; each figure is printed beside it with the ratio.  Target: the no-change
re-sync ≤ 1 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

USER = "bench"
PASSWORD = "bench-password"
BOOK = f"/{USER}/contacts/"
DEFAULT_CONTACTS = 5_000
TARGETS = {"no-change re-sync": 1.0}

# The sync in the child: the seconds of engine.run() apart from the process's start-up.
_CHILD = """
import json, sys, time
from pathlib import Path
from app.store.accounts import AccountRepository
from app.store.migrations import open_database
from app.sync.connector import connector_for
from app.sync.document_sync import DocumentSyncEngine
db = open_database(Path(sys.argv[1]))
with db.reading() as conn:
    account = AccountRepository(conn).by_name("bench")
connector = connector_for("carddav")
client = connector.client_for(account, sys.argv[2])
engine = DocumentSyncEngine(db, client, connector, account)
profile = sys.argv[3] if len(sys.argv) > 3 else ""
if profile:
    import cProfile
    profiler = cProfile.Profile()
    profiler.enable()
started = time.perf_counter()
summary = engine.run()
seconds = time.perf_counter() - started
if profile:
    profiler.disable()
    profiler.dump_stats(profile)
client.close()
db.close()
print(json.dumps({"seconds": seconds, "outcome": summary.outcome, "line": summary.line(),
                  "messages": summary.messages}))
"""


@dataclass
class Recorded:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class Recorder:
    """WSGI middleware: every request the server gets (method, path, DAV headers, body)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.lock = threading.Lock()
        self.requests: list[Recorded] = []
        self.on = False

    def take(self) -> list[Recorded]:
        with self.lock:
            out, self.requests = self.requests, []
        return out

    def __call__(self, environ: dict[str, Any], start_response: Any) -> Any:
        if not self.on:
            return self.app(environ, start_response)
        length = int(environ.get("CONTENT_LENGTH") or 0)
        body = environ["wsgi.input"].read(length) if length else b""
        import io

        environ["wsgi.input"] = io.BytesIO(body)
        headers = {
            name: environ[key]
            for name, key in (
                ("Depth", "HTTP_DEPTH"),
                ("If-Match", "HTTP_IF_MATCH"),
                ("If-None-Match", "HTTP_IF_NONE_MATCH"),
                ("Content-Type", "CONTENT_TYPE"),
                ("Accept", "HTTP_ACCEPT"),
            )
            if environ.get(key)
        }
        with self.lock:
            self.requests.append(
                Recorded(environ["REQUEST_METHOD"], environ.get("PATH_INFO", "/"), headers, body)
            )
        return self.app(environ, start_response)


@dataclass
class Phase:
    name: str
    seconds: float = 0.0  # engine.run()
    process_seconds: float = 0.0  # the whole child process
    requests: int = 0
    by_method: dict[str, int] = field(default_factory=dict)
    floor_seconds: float | None = None
    outcome: str = ""
    line: str = ""

    def ratio(self) -> float | None:
        if not self.floor_seconds:
            return None
        return self.seconds / self.floor_seconds


def _cards(source: Path) -> dict[str, str]:
    """Every contact of ``source`` as a card (file name → text), by Kontor's writer."""
    from sqlalchemy import text

    from app.services.interchange.vcard_write import vcard_of
    from app.store.contacts import ContactRepository
    from app.store.journal import Journal
    from app.store.migrations import open_database
    from app.store.schema import utc_now

    db = open_database(source)
    try:
        with db.reading() as conn:
            ids = [str(i) for i in conn.execute(text("SELECT id FROM contacts")).scalars()]
            names = dict(conn.execute(text("SELECT id, name FROM contacts")).all())
            repo = ContactRepository(conn, Journal(conn, "", utc_now()))
            contacts = repo.get_many(ids)
    finally:
        db.close()
    return {f"{cid}.vcf": vcard_of(c, names.get) for cid, c in contacts.items()}


def _warm(url: str) -> None:
    """One full read, so that the server's caches are as warm for Kontor as for the floor."""
    import httpx

    from app.sync.connectors.carddav.client import CardDavClient

    client = CardDavClient(url, PASSWORD, user=USER, addressbook=BOOK, read_timeout=600)
    try:
        delta = client.sync_collection(None)
        client.multiget(sorted(delta.changed))
    finally:
        client.close()
    with httpx.Client(base_url=url, auth=(USER, PASSWORD), timeout=600) as http:
        http.request("PROPFIND", BOOK, headers={"Depth": "1"}).raise_for_status()


def _sync(db: Path, phase: Phase, profile: Path | None = None) -> None:
    started = time.perf_counter()
    where = str(profile / f"{phase.name.replace(' ', '-')}.prof") if profile else ""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD, str(db), PASSWORD, where],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    phase.process_seconds = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"{phase.name} failed:\n{done.stderr}")
    answer = json.loads(done.stdout.strip().splitlines()[-1])
    phase.seconds = float(answer["seconds"])
    phase.outcome = str(answer["outcome"])
    phase.line = str(answer["line"])
    if phase.outcome != "ok":
        raise SystemExit(f"{phase.name}: {phase.outcome}: {answer['messages']}")


def _floor(url: str, requests: list[Recorded]) -> float:
    """The same requests by a bare httpx client, one after the other."""
    import httpx

    with httpx.Client(base_url=url, auth=(USER, PASSWORD), timeout=600) as http:
        started = time.perf_counter()
        for r in requests:
            answer = http.request(r.method, r.path, content=r.body or None, headers=r.headers)
            answer.read()
        return time.perf_counter() - started


def run(args: Any) -> int:
    """The benchmark (``args`` from bench/sync.py's parser)."""
    from bench.sync import make_book
    from tests.sync.carddav.radicale_server import running_radicale

    count = args.contacts if "--contacts" in sys.argv else DEFAULT_CONTACTS

    def log(text: str) -> None:
        if not args.json:
            print(text, file=sys.stderr)

    recorder: Recorder | None = None

    def wrap(app: Any) -> Any:
        nonlocal recorder
        recorder = Recorder(app)
        return recorder

    phases = [Phase("initial pull"), Phase("no-change re-sync")]
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        source, fresh = tmp / "source.sqlite", tmp / "fresh.sqlite"
        started = time.perf_counter()
        made = make_book(source, count, ("organization", "individual"))
        cards = _cards(source)
        log(f"generated {made:,} contacts as cards in {time.perf_counter() - started:.1f} s")
        with running_radicale(tmp / "server", {USER: PASSWORD}, wrap=wrap) as server:
            assert recorder is not None
            server.make_address_book(USER, "contacts")
            storage = server.storage / "collection-root" / USER / "contacts"
            for name, text in cards.items():
                (storage / name).write_text(text, encoding="utf-8", newline="")
            log("warming the server …")
            _warm(server.url)
            env = {**os.environ, "KONTOR_API_TOKEN": PASSWORD}
            subprocess.run(
                [sys.executable, "-m", "app", "accounts", "add", "--db", str(fresh), "--type",
                 "carddav", "--name", "bench", "--url", server.url, "--user", USER,
                 "--interval", "0"],
                cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL,
            )  # fmt: skip
            recorded: dict[str, list[Recorded]] = {}
            for phase in phases:
                log(f"{phase.name} …")
                recorder.on = True
                _sync(fresh, phase, getattr(args, "profile", None))
                recorder.on = False
                recorded[phase.name] = recorder.take()
                phase.requests = len(recorded[phase.name])
                for r in recorded[phase.name]:
                    phase.by_method[r.method] = phase.by_method.get(r.method, 0) + 1
            for phase in phases:
                if not getattr(args, "no_floor", False):
                    log(f"floor: {phase.name} …")
                    phase.floor_seconds = _floor(server.url, recorded[phase.name])
        pulled = _count(fresh)
    result = {
        "system": "carddav",
        "contacts": made,
        "pulled": pulled,
        "phases": [
            {**phase.__dict__, "ratio": phase.ratio(), "target_seconds": TARGETS.get(phase.name)}
            for phase in phases
        ],
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _table(made, pulled, phases)
    missed = [p.name for p in phases if p.name in TARGETS and p.seconds > TARGETS[p.name]]
    return 1 if pulled != made or missed else 0


def _count(path: Path) -> int:
    import sqlite3

    with sqlite3.connect(path) as conn:
        return int(
            conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        )


def _table(made: int, pulled: int, phases: list[Phase]) -> None:
    print(f"CardDAV (Radicale on loopback): {made:,} cards, {pulled:,} contacts after the pull")
    head = (
        f"{'phase':<20} {'sync s':>8} {'floor s':>8} {'ratio':>6} {'process s':>10} "
        f"{'requests':>9}  target"
    )
    print(head)
    print("-" * len(head))
    for p in phases:
        floor = f"{p.floor_seconds:8.3f}" if p.floor_seconds is not None else f"{'—':>8}"
        ratio = f"{p.ratio():6.2f}" if p.ratio() is not None else f"{'—':>6}"
        target = f"≤ {TARGETS[p.name]:g} s" if p.name in TARGETS else "—"
        methods = ", ".join(f"{n} {m}" for m, n in sorted(p.by_method.items()))
        print(
            f"{p.name:<20} {p.seconds:8.3f} {floor} {ratio} {p.process_seconds:10.2f} "
            f"{p.requests:9d}  {target}   ({methods}; {p.line})"
        )
    print(
        "sync s: engine.run() in the child process; process s: the whole `kontor sync`-like "
        "process, start-up included; floor: the same requests by a bare httpx client."
    )


__all__ = ["run"]
