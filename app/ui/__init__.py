"""The Qt user interface.

Importing it loads PySide6 and keeps PySide6's import hook from holding the source text of
every module imported from then on: the hook looks whether a module's source mentions
PySide6 (for its opt-in ``__feature__`` switches, which Kontor does not use) through
``inspect.getsource``, which leaves each file's lines in :mod:`linecache` for the life of the
process — some 700 files and 25 MB on the main window's start.  The same test, reading the
file once without keeping it, replaces it.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6  # noqa: F401  (installs the import hook replaced below)


def _mentions_pyside(module: ModuleType) -> bool:
    """Whether ``module``'s source file mentions PySide6 (False without a source file), as
    PySide6's own test answers, without keeping the file's text."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def _keep_no_sources() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _mentions_pyside


_keep_no_sources()
