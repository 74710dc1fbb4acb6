"""Duplicates in the window: the editor's warning while typing, the Duplicates section with
its scan, and the merge dialog; :class:`~app.ui.duplicates.wiring.DuplicatesUi` plugs them in."""

from app.ui.duplicates.banner import DuplicateBanner, DuplicateWatcher
from app.ui.duplicates.merge_dialog import MergeDialog
from app.ui.duplicates.page import DuplicatesPage
from app.ui.duplicates.wiring import DUPLICATES_KEY, DuplicatesUi

__all__ = [
    "DUPLICATES_KEY",
    "DuplicateBanner",
    "DuplicateWatcher",
    "DuplicatesPage",
    "DuplicatesUi",
    "MergeDialog",
]
