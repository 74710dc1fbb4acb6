"""File → Print…: labels, envelopes, contact sheets or a phone list of the chosen contacts.

The dialog says what to print and for whom (the contacts selected in the list, or every
contact the list shows with its search and filters), the label sheet and the first free label
of a partly used one, the envelope size and the sender (our organization, chosen once and
kept with the book).  *Preview…* opens Qt's print preview, from which the job goes to any
printer; *Save as PDF…* writes the same pages to a file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ContactKind
from app.services.directory import ContactQuery
from app.services.printing import (
    ENVELOPES,
    SHEETS,
    LabelSheet,
    PrintError,
    PrintMaterial,
    custom_sheet,
)
from app.ui.pages.common import date_text, number_text
from app.ui.printing.render import Job, prepare, render, save_pdf

KINDS = (
    ("labels", "Address labels"),
    ("envelopes", "Envelopes"),
    ("sheet", "Contact sheets (one contact a page)"),
    ("list", "Phone list"),
)
CUSTOM = "custom"


class PrintDialog(QDialog):
    """Choose a print job for ``selected`` (ids) or the whole ``query`` of the list."""

    def __init__(
        self,
        material: PrintMaterial,
        selected: list[str],
        query: ContactQuery,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printDialog")
        self.setWindowTitle(self.tr("Print"))
        self._material = material
        self._selected = selected
        self._query = query
        self._listed: list[str] | None = None
        self.preview: QPrintPreviewDialog | None = None
        self._build()
        self._kind_changed()

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("printKind")
        for key, text in KINDS:
            self.kind_combo.addItem(self.tr(text), key)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)

        listed = len(self.listed_ids())
        self.selected_radio = QRadioButton(
            self.tr("The selected contacts ({n})").format(n=number_text(len(self._selected)))
        )
        self.selected_radio.setObjectName("printSelected")
        self.all_radio = QRadioButton(
            self.tr("Every contact in the list as filtered ({n})").format(n=number_text(listed))
        )
        self.all_radio.setObjectName("printAll")
        group = QButtonGroup(self)
        group.addButton(self.selected_radio)
        group.addButton(self.all_radio)
        self.selected_radio.setEnabled(bool(self._selected))
        (self.selected_radio if self._selected else self.all_radio).setChecked(True)

        form = QFormLayout()
        form.addRow(self.tr("Print"), self.kind_combo)
        who = QVBoxLayout()
        who.addWidget(self.selected_radio)
        who.addWidget(self.all_radio)
        form.addRow(self.tr("For"), who)

        self.labels_box = QGroupBox(self.tr("Label sheet (A4)"))
        labels = QFormLayout(self.labels_box)
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("printSheet")
        for sheet in SHEETS.values():
            self.sheet_combo.addItem(sheet.title, sheet.key)
        self.sheet_combo.addItem(self.tr("Custom…"), CUSTOM)
        self.sheet_combo.currentIndexChanged.connect(self._sheet_changed)
        labels.addRow(self.tr("Sheet"), self.sheet_combo)
        self.custom_box = QWidget()
        grid = QGridLayout(self.custom_box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.custom: dict[str, QSpinBox | QDoubleSpinBox] = {}
        fields = (
            ("columns", self.tr("Columns"), 1, 10, 2),
            ("rows", self.tr("Rows"), 1, 30, 5),
            ("width", self.tr("Label width (mm)"), 5, 210, 90),
            ("height", self.tr("Label height (mm)"), 5, 297, 50),
            ("left", self.tr("Left margin (mm)"), 0, 100, 10),
            ("top", self.tr("Top margin (mm)"), 0, 100, 15),
            ("gap_x", self.tr("Gap across (mm)"), 0, 50, 0),
            ("gap_y", self.tr("Gap down (mm)"), 0, 50, 0),
        )
        for i, (key, text, low, high, value) in enumerate(fields):
            box: QSpinBox | QDoubleSpinBox
            if key in ("columns", "rows"):
                box = QSpinBox()
            else:
                box = QDoubleSpinBox()
                box.setDecimals(1)
            box.setObjectName(f"custom_{key}")
            box.setRange(low, high)
            box.setValue(value)
            box.valueChanged.connect(self._sheet_changed)
            self.custom[key] = box
            grid.addWidget(QLabel(text), i // 2, (i % 2) * 2)
            grid.addWidget(box, i // 2, (i % 2) * 2 + 1)
        labels.addRow(self.custom_box)
        self.start_spin = QSpinBox()
        self.start_spin.setObjectName("printStart")
        self.start_spin.setToolTip(
            self.tr("The first free label of a partly used sheet (1 = top left, row by row)")
        )
        labels.addRow(self.tr("Start at label"), self.start_spin)

        self.envelope_box = QGroupBox(self.tr("Envelope"))
        envelopes = QFormLayout(self.envelope_box)
        self.envelope_combo = QComboBox()
        self.envelope_combo.setObjectName("printEnvelope")
        for envelope in ENVELOPES.values():
            self.envelope_combo.addItem(envelope.title, envelope.key)
        envelopes.addRow(self.tr("Size"), self.envelope_combo)
        own = self._material.own_organization()
        self.sender_search = QLineEdit()
        self.sender_search.setObjectName("senderSearch")
        self.sender_search.setPlaceholderText(self.tr("Find our organization…"))
        self.sender_combo = QComboBox()
        self.sender_combo.setObjectName("senderCombo")
        if own is not None:
            self.sender_combo.addItem(own.name, own.id)
        else:
            self.sender_combo.addItem(self.tr("(no sender printed)"), None)
        self.sender_search.textChanged.connect(self._find_sender)
        envelopes.addRow(self.tr("Sender"), self.sender_search)
        envelopes.addRow("", self.sender_combo)

        self.message = QLabel()
        self.message.setObjectName("printMessage")
        self.message.setWordWrap(True)
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("printPreview")
        self.preview_button.setDefault(True)
        self.preview_button.clicked.connect(self.open_preview)
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("printPdf")
        self.pdf_button.clicked.connect(self.save_as_pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.pdf_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.labels_box)
        layout.addWidget(self.envelope_box)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._sheet_changed()

    # --- reactions ------------------------------------------------------------------------

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def _kind_changed(self) -> None:
        self.labels_box.setVisible(self.kind() == "labels")
        self.envelope_box.setVisible(self.kind() == "envelopes")
        self.message.clear()
        self.adjustSize()

    def sheet(self) -> LabelSheet:
        key = self.sheet_combo.currentData()
        if key != CUSTOM:
            return SHEETS[str(key)]
        values = {k: box.value() for k, box in self.custom.items()}
        return custom_sheet(
            int(values["columns"]),
            int(values["rows"]),
            values["width"],
            values["height"],
            values["left"],
            values["top"],
            values["gap_x"],
            values["gap_y"],
        )

    def _sheet_changed(self) -> None:
        self.custom_box.setVisible(self.sheet_combo.currentData() == CUSTOM)
        try:
            sheet = self.sheet()
        except PrintError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.start_spin.setRange(1, sheet.per_sheet)
        self.start_spin.setSuffix(self.tr(" of {n}").format(n=number_text(sheet.per_sheet)))

    def _find_sender(self, text: str) -> None:
        query = ContactQuery(kind=ContactKind.ORGANIZATION, search=text.strip() or None)
        ids = self._material.listed(query, limit=30)
        self.sender_combo.clear()
        self.sender_combo.addItem(self.tr("(no sender printed)"), None)
        for contact in self._material.contacts(ids):
            self.sender_combo.addItem(contact.name, contact.id)
        if len(ids) >= 1:
            self.sender_combo.setCurrentIndex(1)

    def listed_ids(self) -> list[str]:
        if self._listed is None:
            self._listed = self._material.listed(self._query)
        return self._listed

    def contact_ids(self) -> list[str]:
        return list(self._selected) if self.selected_radio.isChecked() else self.listed_ids()

    # --- the job --------------------------------------------------------------------------

    def job(self) -> Job:
        """The job the dialog describes (raises :class:`PrintError` with the reason)."""
        contacts = self._material.contacts(self.contact_ids())
        if not contacts:
            raise PrintError(self.tr("there is no contact to print"))
        kind = self.kind()
        if kind in ("labels", "envelopes"):
            addresses, missing = self._material.addresses(contacts)
            note = ""
            if missing:
                names = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
                note = self.tr("%Ln without a postal address left out: {names}", "", len(missing))
                note = note.format(names=names)
            self.message.setText(note)
            if kind == "labels":
                return Job(
                    "labels", tuple(addresses), sheet=self.sheet(), start=self.start_spin.value()
                )
            sender_id = self.sender_combo.currentData()
            own = self._material.own_organization()
            if sender_id is not None and (own is None or own.id != sender_id):
                self._material.set_own_organization(str(sender_id))
            sender = self._material.sender(str(sender_id)) if sender_id else None
            envelope = ENVELOPES[str(self.envelope_combo.currentData())]
            return Job("envelopes", tuple(addresses), envelope=envelope, sender=sender)
        if kind == "sheet":
            return Job(
                "sheet", sheets=tuple(self._material.sheets(contacts)), title=self.tr("Contacts")
            )
        rows = tuple(self._material.phone_list(contacts))
        title = self.tr("Phone list — %Ln contacts — {day}", "", len(rows)).format(
            day=date_text(date.today())
        )
        return Job("list", rows=rows, title=title)

    def _job_or_say_why(self) -> Job | None:
        try:
            return self.job()
        except PrintError as exc:
            self.message.setText(self.tr("Cannot print: {reason}").format(reason=exc))
            return None

    def open_preview(self) -> QPrintPreviewDialog | None:
        """Qt's print preview of the job; printing from there sends it to the printer."""
        job = self._job_or_say_why()
        if job is None:
            return None
        # The preview makes and owns its printer: it lives exactly as long as the preview.
        preview = QPrintPreviewDialog(self)
        printer = preview.printer()
        printer.setDocName(job.title or dict(KINDS)[job.kind])
        prepare(printer, job)
        preview.setObjectName("printPreviewDialog")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        errors: list[str] = []

        def paint(device: QPrinter) -> None:
            try:
                render(device, job)
            except PrintError as exc:
                errors.append(str(exc))

        preview.paintRequested.connect(paint)
        preview.resize(1000, 800)
        self.preview = preview
        preview.finished.connect(lambda _r: setattr(self, "preview", None))
        preview.open()
        if errors:
            self.message.setText(self.tr("Cannot print: {reason}").format(reason=errors[0]))
        return preview

    def save_as_pdf(self) -> Path | None:
        job = self._job_or_say_why()
        if job is None:
            return None
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), f"{job.kind}.pdf", self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            pages = save_pdf(path, job)
        except (PrintError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Not saved"), str(exc))
            return None
        note = self.message.text()
        saved = self.tr("Saved {file} (%Ln pages).", "", pages).format(file=path.name)
        self.message.setText(f"{saved} {note}".strip())
        return path


__all__ = ["PrintDialog"]
