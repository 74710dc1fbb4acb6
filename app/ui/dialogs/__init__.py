"""Dialogs of the main window that are not part of a section page (Preferences)."""

from app.ui.dialogs.preferences import PreferencesDialog

__all__ = ["PreferencesDialog"]
