"""A real CardDAV server (Radicale) on a loopback port of its own, with its storage in a
temporary folder: what the CardDAV tests and ``bench/sync.py --system carddav`` talk to."""

from __future__ import annotations

import contextlib
import shutil
import socketserver
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import httpx
import radicale
from radicale import config

MKCOL_ADDRESS_BOOK = (
    '<?xml version="1.0" encoding="utf-8"?>'
    '<D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>'
    "<D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>"
    "<D:displayname>{name}</D:displayname></D:prop></D:set></D:mkcol>"
)


class _ThreadingServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@dataclass
class Radicale:
    url: str
    storage: Path
    users: dict[str, str]

    def client(self, user: str = "alice") -> httpx.Client:
        """A plain HTTP client signed in as ``user`` (what a phone would do)."""
        password = self.users.get(user, "x")
        return httpx.Client(base_url=self.url, auth=(user, password), timeout=30)

    def make_address_book(self, user: str = "alice", name: str = "contacts") -> str:
        """A new address book of ``user`` (its path)."""
        href = f"/{user}/{name}/"
        with self.client(user) as http:
            http.request("PROPFIND", f"/{user}/", headers={"Depth": "0"})  # makes the principal
            answer = http.request(
                "MKCOL",
                href,
                content=MKCOL_ADDRESS_BOOK.format(name=name.title()).encode(),
                headers={"Content-Type": "application/xml"},
            )
            answer.raise_for_status()
        return href

    def forget_sync_tokens(self, user: str = "alice", name: str = "contacts") -> int:
        """Make the server forget every sync token it gave for an address book (what a
        server does when tokens expire); returns how many it forgot."""
        folder = self.storage / "collection-root" / user / name / ".Radicale.cache" / "sync-token"
        count = len(list(folder.iterdir())) if folder.exists() else 0
        shutil.rmtree(folder, ignore_errors=True)
        return count


@contextlib.contextmanager
def running_radicale(
    folder: Path,
    users: dict[str, str] | None = None,
    *,
    wrap: Callable[[Any], Any] | None = None,
) -> Iterator[Radicale]:
    """Radicale on 127.0.0.1 (a free port), storage under ``folder``.  With ``users``
    (name → password) it asks for Basic auth checked against them; without, any login is
    taken.  ``wrap`` puts WSGI middleware around it (to record what it is asked)."""
    storage = folder / "collections"
    storage.mkdir(parents=True, exist_ok=True)
    settings: dict[str, dict[str, Any]] = {
        "storage": {"filesystem_folder": str(storage), "_filesystem_fsync": "False"},
        "rights": {"type": "owner_only"},
        "auth": {"type": "none"},
        "logging": {"level": "error", "mask_passwords": "True"},
        "web": {"type": "none"},
    }
    if users:
        htpasswd = folder / "htpasswd"
        htpasswd.write_text("".join(f"{u}:{p}\n" for u, p in users.items()), encoding="utf-8")
        settings["auth"] = {
            "type": "htpasswd",
            "htpasswd_filename": str(htpasswd),
            "htpasswd_encryption": "plain",
            "delay": "0",
        }
    configuration = config.load()
    configuration.update(settings, "test", privileged=True)
    application: Any = radicale.Application(configuration)
    if wrap is not None:
        application = wrap(application)
    server = make_server(
        "127.0.0.1", 0, application, server_class=_ThreadingServer, handler_class=_QuietHandler
    )
    thread = threading.Thread(target=server.serve_forever, name="radicale", daemon=True)
    thread.start()
    try:
        host, port = server.server_address[:2]
        yield Radicale(f"http://{host}:{port}", storage, dict(users or {}))
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


__all__ = ["Radicale", "running_radicale"]
