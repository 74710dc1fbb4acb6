"""Running a reference server with uvicorn: :func:`serve` (blocking) and
:func:`running_server` (a background thread, for tests).  ``system`` picks which one:
``"enfore"`` (the Contacts API, the default), ``"kanbert"``, ``"partners"``, ``"kip"`` or
``"workspace"``."""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Final, Literal

import uvicorn
from starlette.applications import Starlette

from app.sync.reference_server.app import create_app
from app.sync.reference_server.faults import Faults

BASE_PATH = ""  # the contract's paths are served from the root of the base URL

System = Literal["enfore", "kanbert", "partners", "kip", "workspace"]
SYSTEMS: Final[tuple[System, ...]] = ("enfore", "kanbert", "partners", "kip", "workspace")


def create_system_app(
    system: System, db_path: Path, token: str, faults: Faults | None = None
) -> Starlette:
    """The reference server of ``system`` as an ASGI app."""
    if system == "enfore":
        return create_app(db_path, token, faults)
    if system == "kanbert":
        from app.sync.reference_server.kanbert import create_kanbert_app

        return create_kanbert_app(db_path, token, faults)
    if system == "partners":
        from app.sync.reference_server.partners import create_partners_app

        return create_partners_app(db_path, token, faults)
    if system == "kip":
        from app.sync.reference_server.kip import create_kip_app

        return create_kip_app(db_path, token, faults)
    if system == "workspace":
        from app.sync.reference_server.workspace import create_workspace_app

        return create_workspace_app(db_path, token, faults)
    raise ValueError(f"no reference server for {system!r}; known: {', '.join(SYSTEMS)}")


def _config(app: object, host: str, port: int, log_level: str) -> uvicorn.Config:
    return uvicorn.Config(
        app,  # type: ignore[arg-type]
        host=host,
        port=port,
        log_level=log_level,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=2,
    )


def tcp_socket(host: str, port: int) -> socket.socket:
    """A listening socket whose connections send small answers at once.

    The socket is made with ``IPPROTO_TCP`` named explicitly: asyncio only switches Nagle's
    algorithm off (``TCP_NODELAY``) on connections of such sockets, and without that every
    answer written in two parts (headers, body) waits ~40 ms for the client's delayed ACK.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    return sock


def serve(
    port: int,
    db_path: Path,
    token: str,
    host: str = "127.0.0.1",
    faults: Faults | None = None,
    *,
    log_level: str = "info",
    system: System = "enfore",
) -> None:
    """Serve the reference server of ``system`` on ``host:port`` until interrupted (Ctrl+C or
    SIGTERM); returns once the server has shut down."""
    app = create_system_app(system, Path(db_path), token, faults)
    sock = tcp_socket(host, port)
    try:
        uvicorn.Server(_config(app, host, port, log_level)).run(sockets=[sock])
    except KeyboardInterrupt:
        # uvicorn shuts down gracefully on Ctrl+C, then raises the interrupt again for the
        # caller; the stop was asked for, so it ends here.
        pass
    finally:
        sock.close()
        app.state.store.close()


class RunningServer(str):
    """The base URL (a ``str``) of a server started by :func:`running_server`; ``app`` gives
    access to ``app.state.faults`` while it runs."""

    app: object

    def __new__(cls, url: str, app: object) -> RunningServer:
        obj = super().__new__(cls, url)
        obj.app = app
        return obj


@contextmanager
def running_server(
    tmp_path: Path,
    token: str,
    faults: Faults | None = None,
    *,
    log_level: str = "critical",
    system: System = "enfore",
) -> Iterator[RunningServer]:
    """Start the server of ``system`` on a free loopback port in a background thread; yield
    its base URL (``.app`` is the ASGI app, e.g. to change ``.app.state.faults``); stop it at
    exit.  Its data file is ``reference-server.sqlite3`` (enfore) or
    ``reference-<system>.sqlite3`` in ``tmp_path``."""
    name = "reference-server" if system == "enfore" else f"reference-{system}"
    app = create_system_app(system, Path(tmp_path) / f"{name}.sqlite3", token, faults)
    sock = tcp_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    server = uvicorn.Server(_config(app, "127.0.0.1", port, log_level))
    thread = threading.Thread(
        target=server.run, kwargs={"sockets": [sock]}, name=f"reference-{system}", daemon=True
    )
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the reference server did not start")
        time.sleep(0.01)
    try:
        yield RunningServer(f"http://127.0.0.1:{port}", app)
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
        app.state.store.close()
        if thread.is_alive():  # pragma: no cover - only when shutdown hangs
            logging.getLogger(__name__).warning("reference server thread did not stop")
