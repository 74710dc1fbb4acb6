"""Drawing print jobs with Qt on any paged device: a printer, the print preview, a PDF file.

Every job sets its own paper (A4 for labels, sheets and lists; the envelope's size for
envelopes) with no margins, and places things in millimetres from the paper's corner, so a
printer and a PDF give the same pages.  What to draw comes from :mod:`app.services.printing`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from app.services.postal import PostalAddress
from app.services.printing import (
    A4,
    SENDER_ORIGIN,
    ContactSheet,
    Envelope,
    LabelSheet,
    PhoneListRow,
    PrintError,
)

LABEL_PADDING = 4.0  # mm inside each label's edge
LABEL_POINTS = 10.0
MIN_POINTS = 6.0
SENDER_POINTS = 7.5
RECIPIENT_POINTS = 11.0
PAGE_MARGIN = 18.0  # mm around contact sheets and phone lists
PDF_RESOLUTION = 1200
FONT_FAMILY = "DejaVu Sans"


@dataclass(frozen=True)
class Job:
    """One print job: ``kind`` is "labels", "envelopes", "sheet" or "list"."""

    kind: str
    addresses: tuple[PostalAddress, ...] = ()
    sheet: LabelSheet | None = None
    start: int = 1
    envelope: Envelope | None = None
    sender: PostalAddress | None = None
    sheets: tuple[ContactSheet, ...] = ()
    rows: tuple[PhoneListRow, ...] = ()
    title: str = ""


def font(points: float) -> QFont:
    chosen = QFont(FONT_FAMILY)
    chosen.setStyleHint(QFont.StyleHint.SansSerif)
    chosen.setPointSizeF(points)
    return chosen


def _set_paper(device: QPagedPaintDevice, width: float, height: float) -> None:
    size = QPageSize(
        QSizeF(width, height), QPageSize.Unit.Millimeter, "", QPageSize.SizeMatchPolicy.ExactMatch
    )
    layout = QPageLayout(
        size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    if isinstance(device, QPrinter):
        device.setFullPage(True)
    device.setPageLayout(layout)


def _px(device: QPagedPaintDevice, mm: float) -> float:
    return mm * device.logicalDpiX() / 25.4


def _fitted(
    device: QPagedPaintDevice, lines: Sequence[str], width: float, height: float, points: float
) -> QFont:
    """The largest font (from ``points`` down) in which ``lines`` fit ``width`` × ``height`` mm."""
    size = points
    while True:
        chosen = font(size)
        metrics = QFontMetricsF(chosen, device)
        wide = max((metrics.horizontalAdvance(line) for line in lines), default=0.0)
        tall = metrics.lineSpacing() * len(lines)
        if size <= MIN_POINTS or (wide <= _px(device, width) and tall <= _px(device, height)):
            return chosen
        size -= 0.5


def draw_lines(
    painter: QPainter,
    device: QPagedPaintDevice,
    lines: Sequence[str],
    x: float,
    y: float,
    width: float,
    height: float,
    points: float,
) -> None:
    """``lines`` from the top-left corner (``x``, ``y`` mm) of a box, shrunk to fit it; a line
    still too long is cut with an ellipsis."""
    chosen = _fitted(device, lines, width, height, points)
    metrics = QFontMetricsF(chosen, device)
    painter.setFont(chosen)
    left = _px(device, x)
    baseline = _px(device, y) + metrics.ascent()
    room = _px(device, width)
    bottom = _px(device, y + height)
    for line in lines:
        if baseline + metrics.descent() > bottom + 0.5:
            break
        text = metrics.elidedText(line, Qt.TextElideMode.ElideRight, room)
        painter.drawText(QPointF(left, baseline), text)
        baseline += metrics.lineSpacing()


# --- labels and envelopes ------------------------------------------------------------------


def render_labels(
    device: QPagedPaintDevice, addresses: Sequence[PostalAddress], sheet: LabelSheet, start: int
) -> int:
    """One address per label, row by row, the first on label ``start`` (1-based) of the first
    sheet (the ones before it were used already); returns the number of sheets."""
    sheet.check()
    if not 1 <= start <= sheet.per_sheet:
        raise PrintError(f"the first label must be from 1 to {sheet.per_sheet} — {start}")
    if not addresses:
        raise PrintError("there is no address to print")
    _set_paper(device, *sheet.page)
    painter = QPainter(device)
    try:
        slot = start - 1
        pages = 1
        for address in addresses:
            if slot == sheet.per_sheet:
                device.newPage()
                pages += 1
                slot = 0
            x, y, width, height = sheet.label_rect(slot)
            inner = LABEL_PADDING
            draw_lines(
                painter,
                device,
                address.lines,
                x + inner,
                y + inner,
                width - 2 * inner,
                height - 2 * inner,
                LABEL_POINTS,
            )
            slot += 1
    finally:
        painter.end()
    return pages


def render_envelopes(
    device: QPagedPaintDevice,
    addresses: Sequence[PostalAddress],
    envelope: Envelope,
    sender: PostalAddress | None,
) -> int:
    """One envelope a page: the sender small at the top left, the recipient in the window."""
    if not addresses:
        raise PrintError("there is no address to print")
    _set_paper(device, envelope.width, envelope.height)
    painter = QPainter(device)
    try:
        for number, address in enumerate(addresses):
            if number:
                device.newPage()
            if sender is not None:
                x, y = SENDER_ORIGIN
                draw_lines(
                    painter, device, sender.lines, x, y, envelope.width * 0.4, 30, SENDER_POINTS
                )
            x, y = envelope.recipient_origin()
            draw_lines(
                painter,
                device,
                address.lines,
                x,
                y,
                envelope.width - x - 10,
                envelope.height - y - 8,
                RECIPIENT_POINTS,
            )
    finally:
        painter.end()
    return len(addresses)


# --- contact sheets and phone lists ---------------------------------------------------------


def _sheet_html(sheet: ContactSheet) -> str:
    parts = [
        f"<h1 style='margin-bottom:0'>{escape(sheet.title)}</h1>",
        f"<p style='color:#555;margin-top:2px'>{escape(sheet.subtitle)}</p>",
    ]
    for section in sheet.sections:
        parts.append(f"<h3 style='margin-bottom:2px'>{escape(section.heading)}</h3>")
        parts.append("<table cellspacing='0' cellpadding='2' width='100%'>")
        for label, value in section.rows:
            text = escape(value).replace("\n", "<br>")
            parts.append(
                f"<tr><td width='32%' style='color:#555'>{escape(label)}</td><td>{text}</td></tr>"
            )
        parts.append("</table>")
    return "".join(parts)


def _list_html(rows: Sequence[PhoneListRow], title: str) -> str:
    parts = [
        f"<h2>{escape(title)}</h2>",
        "<table cellspacing='0' cellpadding='3' border='0.5' width='100%' "
        "style='border-collapse:collapse'>",
        "<thead><tr style='background:#e8e8e8'><th align='left'>Name</th>"
        "<th align='left'>Organization</th><th align='left'>Phone</th>"
        "<th align='left'>E-mail</th></tr></thead>",
    ]
    for row in rows:
        phones = escape(row.phones).replace("\n", "<br>")
        parts.append(
            f"<tr><td>{escape(row.name)}</td><td>{escape(row.organization)}</td>"
            f"<td>{phones}</td><td>{escape(row.email)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _documents(device: QPagedPaintDevice, documents: Sequence[str], points: float = 10.0) -> int:
    """Each HTML document from the top of a new page, continued on as many pages as it needs."""
    _set_paper(device, *A4)
    width = _px(device, A4[0] - 2 * PAGE_MARGIN)
    height = _px(device, A4[1] - 2 * PAGE_MARGIN)
    margin = _px(device, PAGE_MARGIN)
    painter = QPainter(device)
    pages = 0
    try:
        for html in documents:
            document = QTextDocument()
            document.documentLayout().setPaintDevice(device)
            document.setDefaultFont(font(points))
            document.setHtml(html)
            document.setPageSize(QSizeF(width, height))
            for page in range(document.pageCount()):
                if pages:
                    device.newPage()
                pages += 1
                painter.save()
                painter.translate(margin, margin - page * height)
                document.drawContents(painter, QRectF(0, page * height, width, height))
                painter.restore()
    finally:
        painter.end()
    return pages


def render_sheets(device: QPagedPaintDevice, sheets: Sequence[ContactSheet]) -> int:
    """One contact a page (more when it holds a lot), everything stored about it."""
    if not sheets:
        raise PrintError("there is no contact to print")
    return _documents(device, [_sheet_html(s) for s in sheets])


def render_phone_list(device: QPagedPaintDevice, rows: Sequence[PhoneListRow], title: str) -> int:
    if not rows:
        raise PrintError("there is no contact to print")
    return _documents(device, [_list_html(rows, title)], points=9.0)


def prepare(device: QPagedPaintDevice, job: Job) -> None:
    """Set ``device``'s paper to the job's (before a preview lays out its pages)."""
    if job.kind == "labels" and job.sheet is not None:
        _set_paper(device, *job.sheet.page)
    elif job.kind == "envelopes" and job.envelope is not None:
        _set_paper(device, job.envelope.width, job.envelope.height)
    else:
        _set_paper(device, *A4)


def render(device: QPagedPaintDevice, job: Job) -> int:
    """Draw ``job`` on ``device``; returns the number of pages."""
    if job.kind == "labels":
        if job.sheet is None:
            raise PrintError("choose a label sheet")
        return render_labels(device, job.addresses, job.sheet, job.start)
    if job.kind == "envelopes":
        if job.envelope is None:
            raise PrintError("choose an envelope size")
        return render_envelopes(device, job.addresses, job.envelope, job.sender)
    if job.kind == "sheet":
        return render_sheets(device, job.sheets)
    if job.kind == "list":
        return render_phone_list(device, job.rows, job.title)
    raise PrintError(f"unknown kind of print job: {job.kind}")


_APPLICATION: list[QGuiApplication] = []


def _application() -> None:
    """Qt's application object, made when the command line prints without a window.  It is a
    QApplication (not the lighter QGuiApplication) so that windows made later in the same
    process still find the application they need."""
    if QGuiApplication.instance() is None:
        _APPLICATION.append(QApplication(["kontor"]))


def save_pdf(path: Path, job: Job) -> int:
    """Write ``job`` as a PDF file at ``path`` (needs a QGuiApplication).  The file appears
    complete or not at all: it is written under another name and renamed when done."""
    _application()
    partial = path.with_name(path.name + ".part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(PDF_RESOLUTION)
    writer.setCreator("Kontor")
    writer.setTitle(job.title or job.kind)
    try:
        pages = render(writer, job)
    except BaseException:
        del writer
        partial.unlink(missing_ok=True)
        raise
    del writer  # closes the file
    os.replace(partial, path)
    return pages


__all__ = [
    "LABEL_PADDING",
    "Job",
    "draw_lines",
    "font",
    "prepare",
    "render",
    "render_envelopes",
    "render_labels",
    "render_phone_list",
    "render_sheets",
    "save_pdf",
]
