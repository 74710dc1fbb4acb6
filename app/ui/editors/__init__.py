"""Detail editors for contacts: the :class:`ContactEditor` and the parts it is built from."""

from app.ui.editors.contact_editor import CHECK_DELAY_MS, ContactEditor

__all__ = ["CHECK_DELAY_MS", "ContactEditor"]
