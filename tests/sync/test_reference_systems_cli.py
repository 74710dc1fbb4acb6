"""``kontor serve-reference --system kanbert|partners|enfore``: each system's server starts from
the command line, with its own data file, the token and the fault flags."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.cli.main import _parser

TOKEN = "cli-systems-token"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_the_system_is_enfore_unless_named() -> None:
    base = ["serve-reference", "--port", "1", "--data", "s.sqlite3"]
    assert _parser().parse_args(base).system == "enfore"
    assert _parser().parse_args([*base, "--system", "kanbert"]).system == "kanbert"
    with pytest.raises(SystemExit):
        _parser().parse_args([*base, "--system", "carddav-x"])


@pytest.mark.parametrize(
    ("system", "listing", "name"),
    [
        ("kanbert", "/contacts", "Kanbert"),
        ("partners", "/api/internal/v1/partners/3/organizations", "Partner portal"),
    ],
)
def test_serve_reference_runs_the_named_system_with_its_fault_flags(
    tmp_path: Path, system: str, listing: str, name: str
) -> None:
    port = _free_port()
    data = tmp_path / f"{system}.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve-reference", "--system", system,
         "--port", str(port), "--data", str(data), "--token", TOKEN, "--seed", "5",
         "--fail-pages", "1"],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}{listing}"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                answer = httpx.get(url, headers=auth, timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the server did not start: {process.communicate()}")
                time.sleep(0.2)
        assert answer.status_code == 500  # --fail-pages 1: the first page of its listing
        assert httpx.get(url, timeout=2).status_code == 401
        assert data.exists()
    finally:
        process.send_signal(signal.SIGINT)
        try:
            out, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
    assert "Traceback" not in err, err
    assert out.startswith(f"{name} reference server on http://127.0.0.1:{port}"), out
    assert "seed 5" in out
