"""The layering rules of the architecture, as a test that fails when one is broken."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parent.parent / "app"


def _imports(folder: Path) -> list[tuple[Path, str]]:
    found: list[tuple[Path, str]] = []
    for path in folder.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                found += [(path, alias.name) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.append((path, node.module))
    return found


@pytest.mark.parametrize("layer", ["domain", "store", "services", "sync"])
def test_no_qt_below_the_ui(layer: str) -> None:
    offenders = [
        f"{p.relative_to(APP)} imports {m}"
        for p, m in _imports(APP / layer)
        if m.split(".")[0] == "PySide6"
    ]
    assert offenders == []


def test_domain_knows_no_sql_and_no_http() -> None:
    offenders = [
        f"{p.relative_to(APP)} imports {m}"
        for p, m in _imports(APP / "domain")
        if m.split(".")[0] in {"sqlalchemy", "alembic", "httpx", "sqlite3"}
    ]
    assert offenders == []


def test_ui_reaches_the_store_only_through_services() -> None:
    offenders = [
        f"{p.relative_to(APP)} imports {m}"
        for p, m in _imports(APP / "ui")
        if m.split(".")[0] in {"sqlalchemy", "httpx", "sqlite3", "alembic"}
        or m == "app.store"
        or m.startswith("app.store.")
    ]
    assert offenders == []
