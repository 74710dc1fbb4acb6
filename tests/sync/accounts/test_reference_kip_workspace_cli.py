"""``kontor serve-reference --system kip|workspace``: each starts from the command line with
its own data file, the token and the fault flags."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

TOKEN = "cli-kip-workspace-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
COMPANY = {
    "name": "Faulty NV", "addressLine1": "Ter Platen 12", "addressLine4": "Gent",
    "postalCode": "9000", "country": "BE", "phoneNumber": "+32 9 241 00 00",
    "mobilePhoneNumber": "+32 470 12 34 56", "email": "a@b.be",
    "taxRegistrationNumber": "BE0415928179", "companyRegistrationNumber": "0415928179",
    "language": "NL",
}  # fmt: skip


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _kip(base: str) -> None:
    refused = httpx.post(f"{base}/companies", json=COMPANY, headers=AUTH, timeout=2)
    assert refused.status_code == 422  # --reject-body-containing Faulty
    made = httpx.post(
        f"{base}/companies", json={**COMPANY, "name": "Good NV"}, headers=AUTH, timeout=2
    )
    assert made.status_code == 201 and made.json()["data"]
    job = httpx.post(f"{base}/users/me/exports/data", headers=AUTH, timeout=2)
    assert job.status_code == 202 and job.json()["links"]


def _workspace(base: str) -> None:
    assert httpx.get(f"{base}/locations", headers=AUTH, timeout=2).status_code == 500
    assert httpx.get(f"{base}/countries/BE", headers=AUTH, timeout=2).json()["id"] == "BE"


@pytest.mark.parametrize(
    ("system", "probe", "check", "name"),
    [
        ("kip", "/companies/x", _kip, "KIP People API"),
        ("workspace", "/organizations", _workspace, "Workspace API"),
    ],
)
def test_serve_reference_runs_kip_and_the_workspace_with_fault_flags(
    tmp_path: Path, system: str, probe: str, check: Callable[[str], None], name: str
) -> None:
    port = _free_port()
    data = tmp_path / f"{system}.sqlite3"
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve-reference", "--system", system,
         "--port", str(port), "--data", str(data), "--token", TOKEN, "--seed", "5",
         "--fail-pages", "1", "--reject-body-containing", "Faulty"],
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    try:
        while True:
            try:
                httpx.get(base + probe, headers=AUTH, timeout=2)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"the server did not start: {process.communicate()}")
                time.sleep(0.2)
        check(base)
        assert httpx.get(base + probe, timeout=2).status_code == 401
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
