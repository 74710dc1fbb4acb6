"""The names, identifiers and version every installer of Kontor shares.

The PyInstaller spec, the build script, the icon generator, the Windows version resource and
the macOS Info.plist all take their facts from here, so the Windows installer, the macOS
bundle and the release workflow cannot disagree.  The version is the one in
``pyproject.toml``.
"""

from __future__ import annotations

import plistlib
import re
import sys
import tomllib
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "kontor.spec"
PYPROJECT = ROOT / "pyproject.toml"

APP_NAME = "Kontor"
PUBLISHER = "Kontor"
DESCRIPTION = "Kontor contact manager"
COPYRIGHT = "© Kontor"
# The executable, and the one-folder bundle's folder name.
EXE_NAME = "kontor"
# Windows only: the same program with a console, for scripts and ``--self-test``.
CLI_EXE_NAME = "kontor-cli"
BUNDLE_ID = "com.kontor.app"
MACOS_MINIMUM = "13.0"

# One source picture; the build makes every icon format from it.
SOURCE_ICON = ROOT / "resources" / "kontor.png"
ICON_NAME = "kontor"
DEFAULT_ICONS_DIR = ROOT / "build" / "icons"

INFO_PLIST_TEMPLATE = PACKAGING / "macos" / "Info.plist"
ENTITLEMENTS = PACKAGING / "macos" / "entitlements.plist"
VERSION_PLACEHOLDER = "@VERSION@"


def version(pyproject: Path = PYPROJECT) -> str:
    """Kontor's version, as ``pyproject.toml`` gives it."""
    with pyproject.open("rb") as file:
        data = tomllib.load(file)
    value = data["project"]["version"]
    if not isinstance(value, str) or not value:
        raise ValueError(f"{pyproject}: project.version is missing")
    return value


def windows_version(text: str) -> tuple[int, int, int, int]:
    """The four numbers of a Windows version resource: ``"1.2.3rc1"`` becomes ``(1, 2, 3, 0)``."""
    numbers = [int(part) for part in re.findall(r"\d+", text.split("+")[0])[:4]]
    if not numbers:
        raise ValueError(f"not a version: {text!r}")
    padded = [*numbers, 0, 0, 0, 0][:4]
    return (padded[0], padded[1], padded[2], padded[3])


def system(platform: str | None = None) -> str:
    """``windows``, ``macos`` or ``linux`` (for ``platform``, default: this machine's)."""
    platform = sys.platform if platform is None else platform
    if platform.startswith("win"):
        return "windows"
    if platform == "darwin":
        return "macos"
    return "linux"


def bundle_path(dist: Path, platform: str | None = None) -> Path:
    """What the build leaves in ``dist``: ``Kontor.app`` on macOS, the ``kontor`` folder else."""
    if system(platform) == "macos":
        return dist / f"{APP_NAME}.app"
    return dist / EXE_NAME


def frozen_command(dist: Path, platform: str | None = None) -> Path:
    """The built executable that prints to a terminal (runs ``--self-test``)."""
    kind = system(platform)
    if kind == "windows":
        return dist / EXE_NAME / f"{CLI_EXE_NAME}.exe"
    if kind == "macos":
        return bundle_path(dist, platform) / "Contents" / "MacOS" / EXE_NAME
    return dist / EXE_NAME / EXE_NAME


def _fill(value: Any, replacements: dict[str, str]) -> Any:
    if isinstance(value, str):
        for placeholder, text in replacements.items():
            value = value.replace(placeholder, text)
        return value
    if isinstance(value, list):
        return [_fill(item, replacements) for item in value]
    if isinstance(value, dict):
        return {key: _fill(item, replacements) for key, item in value.items()}
    return value


def info_plist(version_text: str, template: Path = INFO_PLIST_TEMPLATE) -> dict[str, Any]:
    """The macOS Info.plist, read from the template with the version filled in."""
    with template.open("rb") as file:
        data = plistlib.load(file)
    filled = _fill(data, {VERSION_PLACEHOLDER: version_text})
    if not isinstance(filled, dict):  # pragma: no cover - a plist template is a dict
        raise ValueError(f"{template} does not hold a dictionary")
    return filled


__all__ = [
    "APP_NAME",
    "BUNDLE_ID",
    "CLI_EXE_NAME",
    "DEFAULT_ICONS_DIR",
    "EXE_NAME",
    "ICON_NAME",
    "ROOT",
    "SOURCE_ICON",
    "bundle_path",
    "frozen_command",
    "info_plist",
    "system",
    "version",
    "windows_version",
]
