"""Kontor's hook for phonenumbers, used instead of the stock one.

The stock hook bundles every submodule, place names, carriers and time zones included (about
40 MB); Kontor only parses and formats numbers, which needs the per-region metadata that
phonenumbers loads by name at run time.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("phonenumbers.data") + collect_submodules(
    "phonenumbers.shortdata"
)
