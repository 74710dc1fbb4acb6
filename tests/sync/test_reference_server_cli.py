"""``kontor serve-reference``: the seed of its random faults, and a clean stop on Ctrl+C."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from app.cli.main import _faults, _parser

TOKEN = "cli-token"


def _args(*extra: str) -> list[str]:
    return ["serve-reference", "--port", "1", "--data", "s.sqlite3", *extra]


def test_seed_flag_sets_the_seed_of_the_random_faults() -> None:
    args = _parser().parse_args(_args("--seed", "4242", "--error-rate", "0.5"))
    faults = _faults(args)
    assert faults.seed == 4242
    assert faults.error_rate == 0.5


def test_without_seed_every_start_draws_a_fresh_one() -> None:
    seeds = {_faults(_parser().parse_args(_args())).seed for _ in range(5)}
    assert len(seeds) > 1


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _start(tmp_path: Path, *extra: str) -> tuple[subprocess.Popen[str], int]:
    port = _free_port()
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "serve-reference", "--port", str(port),
         "--data", str(tmp_path / "server.sqlite3"), "--token", TOKEN, *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}/orgs/acme/individual-contacts"
    deadline = time.monotonic() + 30
    while True:
        try:
            answer = httpx.get(url, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=2)
            break
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                out, err = process.communicate()
                pytest.fail(f"the server did not start:\n{out}\n{err}")
            time.sleep(0.2)
    assert answer.status_code == 200
    return process, port


def _interrupt(process: subprocess.Popen[str]) -> tuple[int, str, str]:
    process.send_signal(signal.SIGINT)
    try:
        out, err = process.communicate(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
        pytest.fail(f"Ctrl+C did not stop the server:\n{out}\n{err}")
    return process.returncode, out, err


def test_ctrl_c_stops_the_server_cleanly(tmp_path: Path) -> None:
    process, _ = _start(tmp_path, "--seed", "77", "--error-rate", "0.1")
    code, out, err = _interrupt(process)
    assert "Traceback" not in err, err
    assert "KeyboardInterrupt" not in err, err
    assert code in (0, 130)
    assert "stopped" in (out + err).lower()
    assert re.search(r"seed 77\b", out), out


def test_the_seed_drawn_at_start_is_printed(tmp_path: Path) -> None:
    process, _ = _start(tmp_path)
    code, out, err = _interrupt(process)
    assert code in (0, 130) and "Traceback" not in err, err
    found = re.search(r"seed (\d+)", out)
    assert found, out
    assert f"--seed {found[1]}" in out  # how to replay the run
