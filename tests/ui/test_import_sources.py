"""Importing the interface keeps PySide6's import hook from holding every module's source."""

from __future__ import annotations

import inspect
import linecache
import sys
from pathlib import Path

import pytest

import app.ui  # noqa: F401  (replaces the hook's source test)


def _import(folder: Path, name: str, text: str) -> object:
    (folder / f"{name}.py").write_text(text, encoding="utf-8")
    sys.path.insert(0, str(folder))
    try:
        # An import statement (the hook sits in ``__import__``, not in importlib's calls).
        return __import__(name)
    finally:
        sys.path.remove(str(folder))
        sys.modules.pop(name, None)


@pytest.mark.parametrize(
    ("text", "uses_pyside"),
    [
        ("from PySide6.QtCore import QObject\nVALUE = 1\n", True),
        ("VALUE = 2  # no Qt here\n", False),
    ],
)
def test_a_module_imported_after_the_interface_leaves_no_source_behind(
    tmp_path: Path, text: str, uses_pyside: bool
) -> None:
    feature = sys.modules["shibokensupport.feature"]
    name = f"kontor_probe_{uses_pyside}_{tmp_path.name}".replace("-", "_")
    module = _import(tmp_path, name, text)
    path = str(tmp_path / f"{name}.py")
    # The import went through the hook without keeping the file's lines …
    assert path not in linecache.cache
    # … and the hook still tells a module that uses PySide6 from one that does not, as its
    # own test (the module's source text) does.
    assert feature._mod_uses_pyside(module) is uses_pyside
    assert ("PySide6" in inspect.getsource(module)) is uses_pyside  # type: ignore[arg-type]
    linecache.checkcache(path)
