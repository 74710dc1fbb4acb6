"""``packaging/macos/sign_and_notarize.sh``, run against stand-ins for Apple's tools.

codesign, xcrun (notarytool, stapler), hdiutil, ditto, spctl, file and uname are small
scripts that log how they were called, so the script's decisions are checked on any system:
what it signs and with which options, what it sends to the notary, and what it skips.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import PACKAGING

SCRIPT = PACKAGING / "macos" / "sign_and_notarize.sh"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"
APPLE_VARIABLES = (
    "APPLE_SIGNING_IDENTITY",
    "APPLE_NOTARY_PROFILE",
    "APPLE_ID",
    "APPLE_TEAM_ID",
    "APPLE_APP_PASSWORD",
    "KONTOR_VERSION",
)

STUBS = {
    "codesign": "",
    "spctl": "",
    "uname": 'echo "arm64"',
    "file": """
        case "$2" in
          *.dylib|*.so) echo "Mach-O 64-bit dynamically linked shared library arm64" ;;
          *) echo "ASCII text" ;;
        esac
    """,
    "xcrun": """
        if [[ "$1 $2" == "notarytool submit" ]]; then
          printf '{"id": "job-1", "status": "%s"}\\n' "${STUB_NOTARY_STATUS:-Accepted}"
        fi
    """,
    "ditto": """
        if [[ "$1" == "-c" ]]; then touch "${@: -1}"; else cp -R "$1" "$2"; fi
    """,
    "hdiutil": 'touch "${@: -1}"',
}


@dataclass
class Run:
    code: int
    output: str
    calls: list[str]
    dist: Path

    def called(self, tool: str) -> list[str]:
        return [call for call in self.calls if call.split(" ", 1)[0] == tool]


RunScript = Callable[..., Run]


@pytest.fixture
def run_script(tmp_path: Path) -> RunScript:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "calls.log"
    for name, body in STUBS.items():
        stub = bin_dir / name
        stub.write_text(
            f'#!/usr/bin/env bash\necho "{name} $*" >> "{log}"\n{body}\n', encoding="utf-8"
        )
        stub.chmod(0o755)

    dist = tmp_path / "dist"
    contents = dist / "Kontor.app" / "Contents"
    (contents / "MacOS").mkdir(parents=True)
    (contents / "Frameworks" / "QtCore.framework" / "Versions" / "A").mkdir(parents=True)
    (contents / "Frameworks" / "QtCore.framework" / "Versions" / "A" / "QtCore").write_text("")
    (contents / "Frameworks" / "libpython3.11.dylib").write_text("")
    (contents / "Frameworks" / "PySide6").mkdir()
    (contents / "Frameworks" / "PySide6" / "QtCore.abi3.so").write_text("")
    (contents / "Resources").mkdir()
    (contents / "Resources" / "kontor.png").write_text("")
    app = contents / "MacOS" / "kontor"
    app.write_text(f'#!/usr/bin/env bash\necho "kontor $*" >> "{log}"\n', encoding="utf-8")
    app.chmod(0o755)

    def run(**variables: str) -> Run:
        env = {k: v for k, v in os.environ.items() if k not in APPLE_VARIABLES}
        env.update(variables)
        env["PATH"] = f"{bin_dir}{os.pathsep}{env['PATH']}"
        done = subprocess.run(
            ["bash", str(SCRIPT), str(dist)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=120,
        )
        calls = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
        return Run(done.returncode, done.stdout + done.stderr, calls, dist)

    return run


def test_without_an_identity_signing_is_skipped_and_an_unsigned_dmg_is_built(
    run_script: RunScript, release: ModuleType
) -> None:
    run = run_script()

    assert run.code == 0, run.output
    assert "APPLE_SIGNING_IDENTITY is not set: signing and notarising skipped" in run.output
    dmg = run.dist / f"Kontor-{release.version()}-macos-arm64.dmg"
    assert dmg.is_file()
    (create,) = run.called("hdiutil")
    assert create.startswith(f"hdiutil create -volname Kontor {release.version()} -srcfolder ")
    assert create.endswith(f"-format UDZO {dmg}")
    assert run.called("codesign") == [] and run.called("xcrun") == []


def test_with_credentials_it_signs_inside_out_notarises_staples_and_builds_the_dmg(
    run_script: RunScript,
) -> None:
    identity = "Developer ID Application: Kontor (TEAM123456)"
    run = run_script(
        APPLE_SIGNING_IDENTITY=identity,
        APPLE_ID="release@kontor.example",
        APPLE_TEAM_ID="TEAM123456",
        APPLE_APP_PASSWORD="app-specific",
        KONTOR_VERSION="9.8.7",
    )

    assert run.code == 0, run.output
    signs = run.called("codesign")
    hardened = f"codesign --force --timestamp --options runtime --sign {identity} "
    frameworks = run.dist / "Kontor.app" / "Contents" / "Frameworks"
    assert f"{hardened}{frameworks / 'libpython3.11.dylib'}" in signs
    assert f"{hardened}{frameworks / 'PySide6' / 'QtCore.abi3.so'}" in signs
    assert f"{hardened}{frameworks / 'QtCore.framework'}" in signs
    app = run.dist / "Kontor.app"
    app_sign = (
        "codesign --force --timestamp --options runtime "
        f"--entitlements {ENTITLEMENTS} --sign {identity} {app}"
    )
    # the app itself last (its seal covers what is inside), then verified
    assert signs.index(app_sign) == len(signs) - 3
    assert signs[-2] == f"codesign --verify --deep --strict --verbose=2 {app}"
    assert not any("kontor.png" in call for call in signs)

    assert "kontor --self-test" in run.calls  # the signed app still starts
    submits = [c for c in run.called("xcrun") if c.startswith("xcrun notarytool submit")]
    dmg = run.dist / "Kontor-9.8.7-macos-arm64.dmg"
    assert [s.split()[3] for s in submits] == [submits[0].split()[3], str(dmg)]
    assert submits[0].split()[3].endswith("Kontor.zip")
    for submit in submits:
        assert (
            "--apple-id release@kontor.example --team-id TEAM123456 --password app-specific"
            in submit
        )
        assert "--wait" in submit
    staples = [c for c in run.called("xcrun") if "stapler staple" in c]
    assert staples == [f"xcrun stapler staple {app}", f"xcrun stapler staple {dmg}"]
    assert signs[-1] == f"codesign --force --timestamp --sign {identity} {dmg}"
    assert "signed, notarised and stapled" in run.output


def test_a_keychain_profile_is_used_for_the_notary(run_script: RunScript) -> None:
    run = run_script(APPLE_SIGNING_IDENTITY="Developer ID", APPLE_NOTARY_PROFILE="kontor-notary")

    assert run.code == 0, run.output
    submits = [c for c in run.called("xcrun") if c.startswith("xcrun notarytool submit")]
    assert len(submits) == 2
    assert all("--keychain-profile kontor-notary" in s for s in submits)


def test_an_identity_without_notary_credentials_signs_but_skips_notarising(
    run_script: RunScript,
) -> None:
    run = run_script(APPLE_SIGNING_IDENTITY="Developer ID", APPLE_ID="only-the-id@example")

    assert run.code == 0, run.output
    assert "notarising skipped" in run.output
    assert run.called("codesign")
    assert not [c for c in run.called("xcrun") if "notarytool" in c]
    assert "(signed, not notarised)" in run.output


def test_a_rejected_notarisation_fails_with_the_notarys_log(run_script: RunScript) -> None:
    run = run_script(
        APPLE_SIGNING_IDENTITY="Developer ID",
        APPLE_NOTARY_PROFILE="kontor-notary",
        STUB_NOTARY_STATUS="Invalid",
    )

    assert run.code != 0
    assert "ended with status 'Invalid'" in run.output
    assert "xcrun notarytool log job-1 --keychain-profile kontor-notary" in run.calls
    assert not list(run.dist.glob("*.dmg"))


def test_a_missing_app_is_reported(run_script: RunScript) -> None:
    run = run_script()
    shutil.rmtree(run.dist / "Kontor.app")

    again = run_script()

    assert again.code == 1
    assert "Kontor.app: run python3 packaging/build.py first" in again.output


def test_the_script_is_strict_bash() -> None:
    text = SCRIPT.read_text(encoding="utf-8")
    assert text.startswith("#!/usr/bin/env bash\n")
    assert "\nset -euo pipefail\n" in text
    assert subprocess.run(["bash", "-n", str(SCRIPT)], check=False).returncode == 0
    shellcheck = shutil.which("shellcheck")
    if shellcheck:
        done = subprocess.run(
            [shellcheck, str(SCRIPT)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0, done.stdout
