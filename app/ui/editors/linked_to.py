"""The contact editor's "Linked to" row: which accounts hold the contact, its id there and
when it was last synced with each.

:class:`LinkedToWatcher` reads the links (:meth:`Accounts.links
<app.services.accounts.Accounts.links>`) on a worker whenever the editor loads a contact and
paints a :class:`LinkedToBar` above the tabs; a new contact, or one no account holds, shows
no row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from app.domain.models import AnyContact
from app.services.accounts import AccountLink
from app.ui.editors.contact_editor import ContactEditor
from app.ui.editors.notice_watcher import NoticeWatcher
from app.ui.pages.common import time_text
from app.ui.tasks import TaskRunner

BADGE_STYLE: Final = (
    "QLabel { border: 1px solid palette(mid); border-radius: 8px; padding: 1px 8px; }"
)


# Ids longer than this are shown by their start in a badge (whole in its tooltip): two
# accounts' UUIDs side by side would not fit beside each other.
SHORT_ID_LENGTH = 12


def short_id(remote_id: str | None) -> str:
    """``remote_id`` as a badge shows it: whole when short, else its first characters."""
    if not remote_id or len(remote_id) <= SHORT_ID_LENGTH:
        return remote_id or ""
    return remote_id[: SHORT_ID_LENGTH - 4] + "…"


class LinkedToBar(QWidget):
    """ "Linked to: [enfore · 4711 · synced 14:05] [Kanbert · k-7 · not synced yet]"; a record
    only read from its system says "read only there", and the tooltip tells what that system
    cannot do with it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("linkedTo")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.label = QLabel(self.tr("Linked to:"))
        self._layout.addWidget(self.label)
        self.badges: list[QLabel] = []
        self._layout.addStretch(1)
        self.setVisible(False)

    def show_links(self, links: Sequence[AccountLink]) -> None:
        for badge in self.badges:
            self._layout.removeWidget(badge)
            badge.deleteLater()
        self.badges = []
        for position, link in enumerate(links, start=1):
            badge = QLabel(self._text(link))
            badge.setObjectName("linkedToBadge")
            badge.setStyleSheet(BADGE_STYLE)
            badge.setToolTip(self._tooltip(link))
            badge.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._layout.insertWidget(position, badge)
            self.badges.append(badge)
        self.setVisible(bool(links))

    def texts(self) -> list[str]:
        return [badge.text() for badge in self.badges]

    def _text(self, link: AccountLink) -> str:
        parts = [link.account, short_id(link.remote_id) or self.tr("not sent yet")]
        if link.synced_at is not None:
            parts.append(
                self.tr("synced {time}").format(time=time_text(link.synced_at, relative=True))
            )
        else:
            parts.append(self.tr("not synced yet"))
        if link.read_only:
            # Read from there, never written (an organization linked to a Kanbert company).
            parts.append(self.tr("read only there"))
        return " · ".join(parts)

    def _tooltip(self, link: AccountLink) -> str:
        lines = [self.tr("Account: {name}").format(name=link.account)]
        if link.remote_id:
            lines.append(self.tr("Id there: {id}").format(id=link.remote_id))
        if link.synced_at is not None:
            lines.append(self.tr("Last synced: {time}").format(time=time_text(link.synced_at)))
        if link.read_only and not link.notes:
            lines.append(
                self.tr(
                    "Read only there: Kontor takes in changes made there but never sends "
                    "changes or deletions of this contact."
                )
            )
        lines += link.notes  # what that system cannot do (already in the user's language)
        return "\n".join(lines)

    def clear(self) -> None:
        self.show_links([])


class LinkedToWatcher(NoticeWatcher):
    """Keeps one editor's "Linked to" row current."""

    def __init__(
        self,
        editor: ContactEditor,
        links: Callable[[str], list[AccountLink]],
        runner: TaskRunner,
        key: str,
        parent: QObject | None = None,
    ) -> None:
        self._links = links
        self.bar: LinkedToBar = LinkedToBar()
        super().__init__(editor, self.bar, runner, key, parent)

    def reader(self, contact: AnyContact) -> Callable[[], list[AccountLink]]:
        links, contact_id = self._links, contact.id
        return lambda: links(contact_id)

    def show(self, answer: list[AccountLink]) -> None:
        self.bar.show_links(answer)


__all__ = ["LinkedToBar", "LinkedToWatcher"]
