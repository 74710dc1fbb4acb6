"""``kontor sync`` (started by a scheduler for every run) speaks the user's language from the
shipped catalogue without loading Qt."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.qm import QmCatalogue, packaged_catalogue
from app.sync.reference_server import RunningServer
from tests.cli import test_sync_command as sync_tests
from tests.cli.test_sync_command import TOKEN, make_db

# The loopback server and the hermetic keychain (autouse) of the sync command's tests.
server = sync_tests.server
hermetic = sync_tests.hermetic

ROOT = Path(__file__).resolve().parents[2]
QUIET = ["--org", "o1", "--quiet"]

# Runs the command in a fresh process, then names the Qt modules it loaded.
SCRIPT = """
import sys
from app.cli.main import main
code = main(sys.argv[1:])
print(sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")))
sys.exit(code)
"""


def test_kontor_sync_speaks_german_without_loading_qt(
    server: RunningServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KONTOR_API_TOKEN", TOKEN)
    first = make_db(tmp_path / "first.sqlite", "Ada Lovelace")
    assert main(["sync", "--db", str(first), "--url", str(server), "--org", "o1"]) == 0
    fresh = tmp_path / "fresh.sqlite"

    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "sync", "--db", str(fresh), "--url", str(server), *QUIET],
        env={**os.environ, "KONTOR_LANG": "de", "KONTOR_API_TOKEN": TOKEN},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    *summary, loaded = result.stdout.splitlines()
    assert loaded == "[]"  # no Qt module at all
    path = packaged_catalogue("de")
    assert path is not None
    german = QmCatalogue.load(path)
    sent = german.translate("", "%n sent", None, 0).replace("%n", "0")
    pulled = german.translate("Sync", "{new} new and {updated} updated from the server")
    assert sent and pulled  # the catalogue has both
    assert sent != "0 sent"
    assert f"{sent}, {pulled.format(new=1, updated=0)}" in "\n".join(summary)


def test_kontor_sync_in_english_without_loading_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, "sync", "--db", str(tmp_path / "none.sqlite")],
        env={**os.environ, "KONTOR_LANG": "en"},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 2
    assert result.stdout.splitlines() == ["[]"]
    assert "there is no database at" in result.stderr
