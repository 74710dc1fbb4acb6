"""Helpers for the installer tests: the packaging scripts are files, not an installed package."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def load_script(path: Path, name: str | None = None) -> ModuleType:
    """Import the script at ``path`` as a module, leaving ``sys.path`` as it was."""
    module_name = name or f"kontor_packaging_{path.stem}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module  # dataclasses look their module up while it loads
    saved = list(sys.path)
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = saved
    return module


@pytest.fixture(scope="session")
def release() -> ModuleType:
    """``packaging/kontor_release.py``: the names and version every installer shares."""
    return load_script(PACKAGING / "kontor_release.py")


@pytest.fixture(scope="session")
def make_icons() -> ModuleType:
    return load_script(PACKAGING / "make_icons.py")
