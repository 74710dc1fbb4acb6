"""A guard on the Qt binding itself: a model answering None must not eat None's references.

PySide6 6.12.0 released one reference to None for every ``data()`` call a Python model
answered with None; under Python 3.11 the interpreter then crashes after some thousands of
table repaints.  pyproject.toml excludes that release; this test fails on any release with the
same defect.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class _Empty(QAbstractTableModel):
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        return None


def test_answering_none_keeps_nones_reference_count(qapp: object) -> None:
    model = _Empty()
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.ToolTipRole)
    assert abs(sys.getrefcount(None) - before) < 100
