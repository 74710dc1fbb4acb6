"""``kontor sync`` killed (SIGKILL) at random moments while it sends and while it pulls, over a
network that loses the answer to some writes: run again to the end, nothing is lost and
nothing is doubled.

After every kill the database passes SQLite's integrity check; at the end every contact is on
the server once, with every part (contact point, identity, department, tag, picture) once,
every edit made here is on the server, every edit made on the server is here, and a fresh
workstation pulls the same.

``KONTOR_CRASH_KILLS`` sets the number of kills (default 16: half while sending, half while
pulling); ``KONTOR_CRASH_SEED`` picks the edits and the moments, so a failure can be replayed.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.domain.enums import ContactKind
from app.domain.models import (
    AnyContact,
    Department,
    Email,
    Image,
    IndividualContact,
    OrganizationContact,
    Phone,
    ProfessionalIdentity,
    Tag,
)
from app.paths import repo_root
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.client import ContactsApiClient
from app.sync.reference_server import Faults, RunningServer, running_server
from tests.store.factories import PNG_1X1

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is a POSIX signal"),
]

KILLS = int(os.environ.get("KONTOR_CRASH_KILLS", "16"))
SEED = int(os.environ.get("KONTOR_CRASH_SEED", "20261123"))
TOKEN = "crash-sync-token-5e2a"
ORG = "crash"
JsonDict = dict[str, Any]

_RUN = "import sys; from app.cli.main import main; sys.exit(main(sys.argv[1:]))"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path / "server", TOKEN) as url:
        yield url


# --- the child process ------------------------------------------------------------------


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["KONTOR_API_TOKEN"] = TOKEN
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONUNBUFFERED"] = "1"
    return env


def _sync_args(db: Path, server: RunningServer) -> list[str]:
    return [sys.executable, "-c", _RUN, "sync", "--db", str(db), "--url", str(server)]


def _run_killed(
    db: Path, server: RunningServer, phase: str, rng: random.Random
) -> tuple[bool, str]:
    """``kontor sync`` in a child process, SIGKILLed at a random moment of ``phase`` ("push"
    or "pull"): after a random number of its progress lines of that phase, plus a random
    pause.  Whether it was killed (it may end first), and what it printed."""
    child = subprocess.Popen(
        [*_sync_args(db, server), "--org", ORG],
        cwd=repo_root(),
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert child.stderr is not None
    lines_to_wait = rng.randint(0, 6)
    pause = rng.uniform(0.0, 0.15)
    seen: list[str] = []
    armed = threading.Event()

    def read() -> None:
        assert child.stderr is not None
        count = 0
        for line in child.stderr:
            seen.append(line)
            if line.startswith(phase):
                count += 1
                if count > lines_to_wait:
                    armed.set()
        armed.set()  # ended (or killed): nothing more to wait for

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    armed.wait(timeout=60)
    time.sleep(pause)
    killed = child.poll() is None
    if killed:
        child.send_signal(signal.SIGKILL)
    child.wait(timeout=60)
    reader.join(timeout=10)
    return killed and child.returncode == -signal.SIGKILL, "".join(seen)


def _run_to_the_end(db: Path, server: RunningServer) -> None:
    for _ in range(3):
        done = subprocess.run(
            [*_sync_args(db, server), "--org", ORG],
            cwd=repo_root(),
            env=_env(),
            capture_output=True,
            text=True,
            timeout=120,
        )
        if done.returncode == 0 and done.stdout.startswith("Sync complete"):
            return
    raise AssertionError(f"no complete run: {done.stdout}\n{done.stderr}")


# --- checks -------------------------------------------------------------------------------


def _integrity(db: Path) -> None:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def _without_ids(item: Any) -> Any:
    if isinstance(item, dict):
        return {k: _without_ids(v) for k, v in item.items() if k != "id"}
    if isinstance(item, list):
        return [_without_ids(v) for v in item]
    return item


def _twice(items: list[Any]) -> list[str]:
    counts = Counter(json.dumps(_without_ids(i), sort_keys=True) for i in items)
    return [text for text, n in counts.items() if n > 1]


def _server_state(client: ContactsApiClient) -> dict[str, JsonDict]:
    """Every contact on the server by name, as its details; fails on anything doubled."""
    found: dict[str, JsonDict] = {}
    doubled: list[str] = []
    for kind in ContactKind:
        listing = client.list_all(kind)
        assert listing.complete
        live = [c for c in listing.items if not c.get("deleted")]
        names = Counter(str(c["name"]) for c in live)
        doubled += [f"contact {n!r} ×{k}" for n, k in names.items() if k > 1]
        for item in live:
            details = client.get_details(kind, str(item["id"])).body
            assert isinstance(details, dict)
            for key, value in details.items():
                if isinstance(value, list):
                    doubled += [f"{item['name']}: {key} {t}" for t in _twice(value)]
                    for pi in value if key == "professional_identities" else []:
                        for sub, points in pi.items():
                            if isinstance(points, list):
                                doubled += [
                                    f"{item['name']}: identity {sub} {t}" for t in _twice(points)
                                ]
            found[str(item["name"])] = details
    assert doubled == []
    return found


def _view(contact: AnyContact) -> JsonDict:
    """What this test edits, as comparable sets."""
    view: JsonDict = {
        "emails": sorted(e.address for e in contact.emails),
        "phones": sorted(p.number for p in contact.phones),
        "tags": sorted(t.name for t in contact.tags),
        "images": len(contact.images),
    }
    if isinstance(contact, IndividualContact):
        view["identities"] = sorted(
            (pi.job_title or "", tuple(sorted(e.address for e in pi.emails)))
            for pi in contact.professional_identities
        )
    else:
        assert isinstance(contact, OrganizationContact)
        view["departments"] = sorted(d.name for d in contact.departments)
    return view


def _server_view(details: JsonDict) -> JsonDict:
    view: JsonDict = {
        "emails": sorted(e["address"] for e in details["emails"]),
        "phones": sorted(p["number"] for p in details["phones"]),
        "tags": sorted(t["name"] for t in details.get("tags") or []),
        "images": len(details.get("images") or []),
    }
    if "individual_contact" in details:
        view["identities"] = sorted(
            (
                pi["professional_identity"].get("job_title") or "",
                tuple(sorted(e["address"] for e in pi["emails"])),
            )
            for pi in details["professional_identities"]
        )
    else:
        view["departments"] = sorted(d["name"] for d in details["departments"])
    return view


def _local_state(services: Services) -> dict[str, JsonDict]:
    out: dict[str, JsonDict] = {}
    for info in services.directory.page(limit=10_000):
        contact = services.directory.get(info.id)
        assert contact is not None
        assert contact.name not in out, f"{contact.name} twice here"
        out[contact.name] = _view(contact)
    return out


# --- edits on both sides ------------------------------------------------------------------


class Edits:
    """Random edits here (through the services, as the window makes them) and on the server
    (through the API, as another workstation would), on different parts so that none is a
    conflict."""

    def __init__(self, db: Path, client: ContactsApiClient, rng: random.Random) -> None:
        self.db = db
        self.client = client
        self.rng = rng
        self.serial = 0

    def _next(self) -> int:
        self.serial += 1
        return self.serial

    def here(self, count: int) -> None:
        services = Services.over(open_database(self.db))
        try:
            contacts = [services.directory.get(i.id) for i in services.directory.page(limit=10_000)]
            for _ in range(count):
                n = self._next()
                choice = self.rng.random()
                if choice < 0.25 or not contacts:
                    made = self._new_contact(n, contacts)
                    assert services.editing.save(made).saved
                    contacts.append(services.directory.get(made.id))
                    continue
                contact = self.rng.choice(contacts)
                assert contact is not None
                contact = services.directory.get(contact.id)
                assert contact is not None
                update: JsonDict
                if choice < 0.5:
                    update = {"emails": [*contact.emails, _email(f"here-{n}", contact)]}
                elif choice < 0.65:
                    update = {"phones": [*contact.phones, _phone(n, contact)]}
                elif choice < 0.8:
                    update = {"tags": [*contact.tags, Tag(name=f"Here {n}")]}
                elif choice < 0.9 and contact.emails:
                    update = {"emails": contact.emails[1:]}
                elif isinstance(contact, OrganizationContact):
                    update = {"departments": [*contact.departments, Department(name=f"Dep {n}")]}
                else:
                    assert isinstance(contact, IndividualContact)
                    pis = list(contact.professional_identities)
                    if pis:
                        pis[0] = pis[0].model_copy(
                            update={"emails": [*pis[0].emails, _email(f"work-{n}", None)]}
                        )
                    update = {"professional_identities": pis}
                result = services.editing.save(contact.model_copy(update=update))
                assert result.saved, [str(p) for p in result.problems]
        finally:
            services.close()

    def _new_contact(self, n: int, contacts: list[AnyContact | None]) -> AnyContact:
        orgs = [c for c in contacts if isinstance(c, OrganizationContact) and c.remote_id]
        if self.rng.random() < 0.4 or not orgs:
            return OrganizationContact(
                name=f"Org {n:03d}",
                emails=[_email(f"org-{n}", None, "ORGANIZATION")],
                phones=[_phone(n, None, "ORGANIZATION")],
                departments=[Department(name="Sales"), Department(name="Support")],
                tags=[Tag(name="Crash")],
                images=[Image(media_type="image/png", data=PNG_1X1, width=1, height=1)],
            )
        org = self.rng.choice(orgs)
        assert org is not None
        return IndividualContact(
            name=f"Person {n:03d}",
            emails=[_email(f"p-{n}", None), _email(f"p2-{n}", None)],
            phones=[_phone(n, None)],
            tags=[Tag(name="Crash"), Tag(name=f"T{n}")],
            professional_identities=[
                ProfessionalIdentity(
                    organization_contact=org.id,
                    is_active=True,
                    job_title=f"Job {n}",
                    emails=[_email(f"job-{n}", None, "PROFESSIONAL")],
                )
            ],
        )

    def there(self, count: int) -> None:
        """Another workstation adds e-mails and tags to contacts already on the server."""
        people = [c for c in self.client.list_all(ContactKind.INDIVIDUAL).items]
        for _ in range(count):
            if not people:
                return
            target = self.rng.choice(people)
            n = self._next()
            if self.rng.random() < 0.6:
                self.client.create_contact_point(
                    "individual",
                    str(target["id"]),
                    "emails",
                    {
                        "type": "PERSONAL_EMAIL",
                        "address": f"there-{n}@crash.example",
                        "usage_context": "PERSONAL",
                    },
                )
            else:
                self.client.add_tag("individual", str(target["id"]), f"There {n}")


def _email(local: str, contact: AnyContact | None, context: str | None = None) -> Email:
    if context is None:
        context = "ORGANIZATION" if isinstance(contact, OrganizationContact) else "PERSONAL"
    return Email(type="WORK_EMAIL", address=f"{local}@crash.example", usage_context=context)


def _phone(n: int, contact: AnyContact | None, context: str | None = None) -> Phone:
    if context is None:
        context = "ORGANIZATION" if isinstance(contact, OrganizationContact) else "PERSONAL"
    return Phone(
        type="MAIN", number=f"+32 2 555 {n // 100 % 100:02d} {n % 100:02d}", usage_context=context
    )


# --- the test -----------------------------------------------------------------------------


def test_sync_killed_while_sending_and_pulling_loses_and_doubles_nothing(
    server: RunningServer, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    db = tmp_path / "kontor.sqlite"
    open_database(db).close()
    client = ContactsApiClient(str(server), ORG, TOKEN)
    edits = Edits(db, client, rng)
    edits.here(12)
    killed = {"push": 0, "pull": 0}
    try:
        for round_no in range(KILLS):
            phase = "push" if round_no % 2 == 0 else "pull"
            edits.here(rng.randint(3, 8))
            if phase == "pull":
                edits.there(rng.randint(4, 10))
            # A slow network that loses some answers after the server applied the write.
            server.app.state.faults = Faults(  # type: ignore[attr-defined]
                latency_ms=rng.randint(2, 8), apply_then_drop=0.04, seed=rng.randrange(10**6)
            )
            was_killed, _ = _run_killed(db, server, phase, rng)
            killed[phase] += was_killed
            server.app.state.faults = Faults()  # type: ignore[attr-defined]
            _integrity(db)
        _run_to_the_end(db, server)
        _integrity(db)

        on_server = _server_state(client)
        services = Services.over(open_database(db))
        try:
            assert services.sync.pending_count() == 0
            assert [i.title for i in services.sync.issues()] == []
            here = _local_state(services)
        finally:
            services.close()
        assert sorted(here) == sorted(on_server)
        assert {n: _server_view(d) for n, d in on_server.items()} == here

        fresh = tmp_path / "fresh.sqlite"
        open_database(fresh).close()
        _run_to_the_end(fresh, server)
        services = Services.over(open_database(fresh))
        try:
            assert _local_state(services) == here
        finally:
            services.close()
    finally:
        client.close()
    # The kills did land in both phases (a run that ended first is no kill).
    assert killed["push"] >= max(1, KILLS // 6), killed
    assert killed["pull"] >= max(1, KILLS // 6), killed
