"""The Windows installer script, the macOS Info.plist and entitlements, and the release
workflow: complete, and agreeing with the spec on names, version and icon paths."""

from __future__ import annotations

import plistlib
import re
import subprocess
import sys
import tomllib
from pathlib import Path, PureWindowsPath
from types import ModuleType
from typing import Any

import pytest
import yaml

from tests.packaging.conftest import PACKAGING, ROOT

ISS = PACKAGING / "windows" / "kontor.iss"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def test_the_version_is_the_one_in_pyproject(release: ModuleType) -> None:
    with (ROOT / "pyproject.toml").open("rb") as file:
        expected = tomllib.load(file)["project"]["version"]
    assert release.version() == expected
    assert release.windows_version("1.2.3") == (1, 2, 3, 0)
    assert release.windows_version("2.0rc1") == (2, 0, 1, 0)
    assert release.windows_version("1.2.3.4.5") == (1, 2, 3, 4)


# --- Inno Setup ------------------------------------------------------------------------------


class InnoScript:
    def __init__(self, path: Path) -> None:
        self.text = path.read_text(encoding="utf-8-sig")
        self.defines: dict[str, str] = {}
        self.sections: dict[str, list[str]] = {}
        section = ""
        for raw in self.text.splitlines():
            line = raw.strip()
            # #define Name "text" (the text), or #define Name expression (the expression)
            match = re.fullmatch(r'#define (\w+) "([^"]*)"', line) or re.fullmatch(
                r"#define (\w+) (.+)", line
            )
            if match:
                self.defines[match.group(1)] = match.group(2)
            if re.fullmatch(r"\[\w+\]", line):
                section = line[1:-1]
                self.sections[section] = []
            elif section and line and not line.startswith(";"):
                self.sections[section].append(line)

    def setup(self, key: str) -> str:
        values = [
            line.split("=", 1)[1] for line in self.sections["Setup"] if line.startswith(f"{key}=")
        ]
        assert len(values) == 1, f"[Setup] {key} appears {len(values)} times"
        return values[0]

    def default_folder(self, name: str) -> Path:
        """A ``#define NAME AddBackslash(SourcePath) + "..\\x"`` folder, resolved on this disk."""
        relative = re.fullmatch(r'AddBackslash\(SourcePath\) \+ "(.+)"', self.defines[name])
        assert relative, self.defines[name]
        return (ISS.parent / Path(*PureWindowsPath(relative.group(1)).parts)).resolve()


@pytest.fixture(scope="module")
def iss() -> InnoScript:
    return InnoScript(ISS)


def test_inno_installs_per_user_without_admin(iss: InnoScript) -> None:
    assert iss.setup("PrivilegesRequired") == "lowest"
    assert iss.setup("DefaultDirName") == r"{userpf}\{#AppName}"
    assert "PrivilegesRequiredOverridesAllowed" not in iss.text
    # nothing machine-wide: no Program Files, no HKLM, no all-users shortcuts
    for machine_wide in ("{commonpf}", "{pf}", "{commonprograms}", "{commondesktop}", "HKLM"):
        assert machine_wide not in iss.text
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", iss.setup("AppId"))


def test_inno_agrees_with_the_spec(iss: InnoScript, release: ModuleType) -> None:
    assert iss.defines["AppName"] == release.APP_NAME
    assert iss.defines["AppExeName"] == f"{release.EXE_NAME}.exe"
    assert iss.defines["AppIcon"] == f"{release.ICON_NAME}.ico"
    assert iss.default_folder("IconsDir") == release.DEFAULT_ICONS_DIR
    assert iss.default_folder("SourceDir") == release.bundle_path(ROOT / "dist", "win32")
    assert iss.default_folder("OutputDir") == ROOT / "dist" / "installer"  # the workflow keeps it
    assert iss.setup("SetupIconFile") == r"{#IconsDir}\{#AppIcon}"
    assert iss.setup("UninstallDisplayIcon") == r"{app}\{#AppExeName}"
    # the version comes from the build, never from the script
    assert iss.setup("AppVersion") == "{#AppVersion}"
    assert re.search(r"#ifndef AppVersion\s+#error", iss.text)
    assert iss.setup("VersionInfoVersion") == "{#NumericVersion}"
    assert iss.setup("OutputBaseFilename") == "Kontor-{#AppVersion}-windows-x64-setup"


def test_inno_makes_a_start_menu_shortcut_and_a_vcf_association_for_import(
    iss: InnoScript,
) -> None:
    icons = iss.sections["Icons"]
    assert any(
        line.startswith(r'Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"')
        for line in icons
    )
    registry = iss.sections["Registry"]
    assert registry and all(line.startswith("Root: HKCU; ") for line in registry)
    command = [line for line in registry if r"\shell\open\command" in line]
    assert len(command) == 1
    assert 'ValueData: """{app}\\{#AppExeName}"" --import ""%1"""' in command[0]
    assert any(r'Subkey: "Software\Classes\.vcf\OpenWithProgids"' in line for line in registry)
    assert iss.setup("ChangesAssociations") == "yes"


def test_inno_uninstall_keeps_the_users_data_unless_asked(iss: InnoScript) -> None:
    code = "\n".join(iss.sections["Code"])
    assert "ExpandConstant('{localappdata}\\{#AppName}')" in code
    # the question defaults to No; a silent uninstall deletes only when told to
    assert "MB_YESNO or MB_DEFBUTTON2) = IDYES" in code
    assert "{param:DeleteUserData|no}" in code
    assert "DelTree(DataDir, True, True, True)" in code
    uninstall_delete = "\n".join(iss.sections["UninstallDelete"])
    assert "{localappdata}" not in uninstall_delete and "{userappdata}" not in uninstall_delete


def test_inno_has_every_custom_message_in_every_language(iss: InnoScript) -> None:
    languages = [re.match(r'Name: "(\w+)"', line).group(1) for line in iss.sections["Languages"]]  # type: ignore[union-attr]
    defined = {
        tuple(line.split("=", 1)[0].split(".", 1)) for line in iss.sections["CustomMessages"]
    }
    used = set(re.findall(r"\{cm:(\w+)", iss.text)) | set(
        re.findall(r"CustomMessage\('(\w+)'\)", iss.text)
    )
    built_in = {"CreateDesktopIcon", "AdditionalIcons", "LaunchProgram"}
    custom = used - built_in
    assert custom == {"AssociateVcard", "FileTypes", "VcardFile", "DeleteUserData"}
    missing = [
        f"{lang}.{name}" for name in custom for lang in languages if (lang, name) not in defined
    ]
    assert missing == []


# --- macOS -----------------------------------------------------------------------------------


def test_the_info_plist_is_complete(release: ModuleType) -> None:
    with release.INFO_PLIST_TEMPLATE.open("rb") as file:
        template = plistlib.load(file)
    assert template["CFBundleShortVersionString"] == release.VERSION_PLACEHOLDER

    plist = release.info_plist("1.2.3")
    assert plist["CFBundleIdentifier"] == release.BUNDLE_ID == "com.kontor.app"
    assert plist["CFBundleName"] == plist["CFBundleDisplayName"] == release.APP_NAME
    assert plist["CFBundleExecutable"] == release.EXE_NAME
    assert plist["CFBundleIconFile"] == f"{release.ICON_NAME}.icns"
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == "1.2.3"
    assert plist["CFBundlePackageType"] == "APPL"
    assert plist["LSMinimumSystemVersion"] == release.MACOS_MINIMUM
    assert plist["NSHighResolutionCapable"] is True
    assert release.VERSION_PLACEHOLDER not in plistlib.dumps(plist).decode()
    (vcard,) = plist["CFBundleDocumentTypes"]
    assert vcard["LSItemContentTypes"] == ["public.vcard"]
    assert "vcf" in vcard["CFBundleTypeExtensions"]
    assert vcard["CFBundleTypeRole"] == "Viewer"


def test_the_entitlements_relax_only_what_python_needs(release: ModuleType) -> None:
    with release.ENTITLEMENTS.open("rb") as file:
        entitlements = plistlib.load(file)
    assert entitlements == {"com.apple.security.cs.allow-unsigned-executable-memory": True}


# --- the release workflow --------------------------------------------------------------------


@pytest.fixture(scope="module")
def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _steps(workflow: dict[Any, Any]) -> list[dict[str, Any]]:
    steps: list[dict[str, Any]] = workflow["jobs"]["build"]["steps"]
    return steps


def _step(workflow: dict[Any, Any], name: str) -> dict[str, Any]:
    (step,) = [s for s in _steps(workflow) if s.get("name") == name]
    return step


def test_the_workflow_passes_yamllint() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "yamllint",
            "--strict",
            "-c",
            str(ROOT / ".yamllint.yaml"),
            str(WORKFLOW),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_workflow_builds_on_windows_both_macs_and_linux(
    workflow: dict[Any, Any], release: ModuleType
) -> None:
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert isinstance(triggers, dict)
    assert triggers["push"]["tags"] == ["v*"]
    matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    runners = {entry["os"]: entry for entry in matrix}
    assert set(runners) == {"windows-latest", "macos-15-intel", "macos-14", "ubuntu-latest"}
    platforms = {
        "windows-latest": "win32",
        "macos-15-intel": "darwin",
        "macos-14": "darwin",
        "ubuntu-latest": "linux",
    }
    for runner, platform in platforms.items():
        expected = release.frozen_command(Path("dist"), platform).as_posix()
        assert runners[runner]["frozen"] == expected


def test_the_workflow_tests_builds_self_tests_and_keeps_the_installers(
    workflow: dict[Any, Any],
) -> None:
    assert _step(workflow, "Set up Python")["with"]["python-version"] == "3.11"
    assert (
        _step(workflow, "Install Kontor and the test tools")["run"]
        == 'python -m pip install -e ".[test]"'
    )
    assert "pytest" in _step(workflow, "Run the tests")["run"]
    assert workflow["jobs"]["build"]["env"]["QT_QPA_PLATFORM"] == "offscreen"
    assert _step(workflow, "Build the one-folder bundle")["run"].startswith(
        "python packaging/build.py"
    )
    assert _step(workflow, "Self-test the frozen app")["run"].startswith(
        "${{ matrix.frozen }} --self-test"
    )

    windows = _step(workflow, "Build the Windows installer")
    assert windows["if"] == "runner.os == 'Windows'"
    assert "choco install innosetup" in windows["run"]
    assert '"/DAppVersion=${{ steps.version.outputs.version }}"' in windows["run"]
    assert '"/DNumericVersion=${{ steps.version.outputs.numeric }}"' in windows["run"]
    assert "packaging\\windows\\kontor.iss" in windows["run"]

    mac = _step(workflow, "Sign, notarise and build the disk image")
    assert mac["run"] == "bash packaging/macos/sign_and_notarize.sh dist"
    for variable in ("APPLE_SIGNING_IDENTITY", "APPLE_ID", "APPLE_TEAM_ID", "APPLE_APP_PASSWORD"):
        assert mac["env"][variable] == f"${{{{ secrets.{variable} }}}}"

    upload = _step(workflow, "Keep the installer")
    assert upload["uses"].startswith("actions/upload-artifact@")
    kept = upload["with"]["path"].split()
    # what the Inno Setup script, the macOS script and the Linux step write
    assert {"dist/installer/*.exe", "dist/*.dmg", "dist/*.tar.gz"} == set(kept)
    assert upload["with"]["if-no-files-found"] == "error"

    names = [s.get("name") for s in _steps(workflow)]
    order = [
        "Run the tests",
        "Build the one-folder bundle",
        "Self-test the frozen app",
        "Keep the installer",
    ]
    assert [names.index(n) for n in order] == sorted(names.index(n) for n in order)


def test_the_vcf_association_opens_the_import_dialog_in_the_window() -> None:
    """The command the installer registers for .vcf files is the GUI's import, not the
    command-line import (which would apply at once, without a window)."""
    from app.cli.main import _parser

    args = _parser().parse_args(["--import", "contacts.vcf"])
    assert args.command is None
    assert str(args.import_file) == "contacts.vcf"
