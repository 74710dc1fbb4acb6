"""The section pages of the main window: customer lists, placeholder customers, tags, trash.

Each page is a :class:`~app.ui.pages.common.SectionPage`: it has a translated ``title``, emits
``status_changed(str)`` for the status bar, ``history_changed()`` after an action that went
through the edit history, ``contacts_changed(list)`` with the ids of contacts it changed, and
reloads on ``refresh()``.
"""

from app.ui.pages.common import SectionPage
from app.ui.pages.customer_lists import CustomerListsPage
from app.ui.pages.placeholders import PlaceholdersPage
from app.ui.pages.tags import TagsPage
from app.ui.pages.trash import TrashPage

__all__ = ["CustomerListsPage", "PlaceholdersPage", "SectionPage", "TagsPage", "TrashPage"]
