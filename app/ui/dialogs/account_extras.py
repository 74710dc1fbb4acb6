"""What the account form and the accounts list show for KIP and workspace accounts beside the
connection: the KIP tag rule and "Request my data from KIP" with the links KIP answers; the
workspace's "our own organization" and the workspace organization as the last sync read it
(read-only).  The widgets only lay things out; :class:`~app.services.kip.KipCompanies` and
:class:`~app.services.workspace.Workspace` do the work.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from app.services.kip import KipExport
from app.services.workspace import Workspace
from app.sync.accounts import Account
from app.sync.connectors.kip import TAG
from app.sync.connectors.workspace import OWN
from app.ui.editors.pickers import ContactPicker


class AccountExtras(QWidget):
    """The KIP and workspace rows of the account form (shown for those types only)."""

    def __init__(self, workspace: Workspace, account: Account | None) -> None:
        super().__init__()
        self.setObjectName("accountExtras")
        settings = account.settings if account is not None else {}
        self.kip_tag = QLineEdit()
        self.kip_tag.setObjectName("kipTag")
        self.kip_tag.setPlaceholderText(self.tr("optional: e.g. KIP"))
        self.kip_tag.setToolTip(
            self.tr(
                "Every organization with this tag is registered with KIP, besides those "
                "ticked “Registered with KIP” in their editor"
            )
        )
        tag = settings.get(TAG)
        self.kip_tag.setText(tag if isinstance(tag, str) else "")
        self.own_picker = ContactPicker(
            workspace.organizations, self.tr("Type the name of your organization")
        )
        self.own_picker.setObjectName("ownOrganization")
        own = settings.get(OWN)
        if isinstance(own, str) and own:
            self.own_picker.set_ref(own, workspace.name_of(own))
        info = Workspace.organization(account) if account is not None else {}
        self.workspace_info = QLabel(_info_text(info) or self.tr("Read by the first sync."))
        self.workspace_info.setObjectName("workspaceOrganization")
        self.workspace_info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.workspace_info.setToolTip(self.tr("As the workspace has it; change it there"))
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.tr("Register &organizations tagged:"), self.kip_tag)
        self.form.addRow(self.tr("Our own &organization:"), self.own_picker)
        self.form.addRow(self.tr("Workspace organization:"), self.workspace_info)
        self.show_type("")

    def show_type(self, kind: str) -> None:
        self.form.setRowVisible(self.kip_tag, kind == "kip")
        self.form.setRowVisible(self.own_picker, kind == "workspace")
        self.form.setRowVisible(self.workspace_info, kind == "workspace")
        self.setVisible(kind in ("kip", "workspace"))

    def settings(self, kind: str, settings: Mapping[str, Any]) -> dict[str, Any]:
        """``settings`` with what these rows hold for an account of ``kind``."""
        out = dict(settings)
        if kind == "kip":
            out.pop(TAG, None)
            if self.kip_tag.text().strip():
                out[TAG] = self.kip_tag.text().strip()
        if kind == "workspace":
            out.pop(OWN, None)
            if self.own_picker.contact_id():
                out[OWN] = self.own_picker.contact_id()
        return out


def _info_text(info: Mapping[str, Any]) -> str:
    parts = [
        f"{label}: {info[key]}"
        for key, label in (("name", "Name"), ("slug", "Slug"), ("status", "Status"))
        if info.get(key)
    ]
    return " · ".join(parts)


def export_html(export: KipExport) -> str:
    """KIP's answer to "Request my data" with its links, as rich text."""
    links = "".join(
        f"<li>{escape(rel)}: <a href='{escape(href, quote=True)}'>{escape(href)}</a></li>"
        for rel, href in export.links
    )
    return escape(export.message) + (f"<ul style='margin:0'>{links}</ul>" if links else "")


__all__ = ["AccountExtras", "export_html"]
