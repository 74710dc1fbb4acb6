"""A report (rich text) written as a PDF through Qt's text document and PDF writer.

The services build the report's content; this module only lays it out on A4 pages, so the
command line and the window make the same file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QApplication


def ensure_gui_application() -> QGuiApplication:
    """The running application, or an offscreen one for the command line (fonts and the
    PDF writer need one).  It is a widgets application, so windows can still be made in the
    same process afterwards."""
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return QApplication(sys.argv[:1])


def write_pdf(report: str, path: Path, title: str = "Kontor") -> None:
    """Write ``report`` (HTML) to ``path`` as an A4 PDF with 15 mm margins."""
    ensure_gui_application()
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("Kontor")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    # Lay the text out at the writer's resolution, so 10 pt is 10 pt on paper.
    document.documentLayout().setPaintDevice(writer)
    document.setHtml(report)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setPageSize(QSizeF(rect.width(), rect.height()))
    document.print_(writer)


__all__ = ["ensure_gui_application", "write_pdf"]
