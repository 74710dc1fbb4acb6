"""Import and export in the window: the import dialog (CSV column mapping, dry run, one undoable
step), the export dialog, and :class:`~app.ui.interchange.wiring.InterchangeUi` plugging both
into the File menu."""

from app.ui.interchange.export_dialog import ExportChoice, ExportDialog
from app.ui.interchange.import_dialog import ImportDialog
from app.ui.interchange.wiring import InterchangeUi

__all__ = ["ExportChoice", "ExportDialog", "ImportDialog", "InterchangeUi"]
