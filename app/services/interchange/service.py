"""The import / export use cases the user interface and the command line call.

:class:`Interchange` reads a file (:meth:`~Interchange.read_file`), makes the dry run
(:meth:`~Interchange.plan_import`), writes it as one batch (:meth:`~Interchange.apply_import`)
and exports contacts as vCard or CSV.  For the CSV column-mapping dialog it detects the layout
(:meth:`~Interchange.inspect_csv`), previews rows with their validation and planned action
(:meth:`~Interchange.preview_csv`) and keeps mapping templates (:attr:`~Interchange.templates`).
Every method is one or a few short transactions and safe to call from a worker thread.
"""

from __future__ import annotations

import gc
import os
import re
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from sqlalchemy import Connection, select

from app.domain.checks import remembering_phones
from app.domain.models import AnyContact
from app.i18n import translate
from app.services.history import EditHistory
from app.services.interchange.csv_read import (
    CsvLayout,
    CsvMapping,
    decode_csv,
    open_csv,
    row_record,
)
from app.services.interchange.csv_write import DEFAULT_COLUMNS, unknown_columns, write_csv
from app.services.interchange.limits import FileRejectedError, ImportLimits
from app.services.interchange.planning import (
    Action,
    ImportPlan,
    ImportResult,
    PlannedRow,
    Write,
    apply_plan,
    describe,
    plan_records,
)
from app.services.interchange.records import FileFormat, ImportRecord, ImportSource
from app.services.interchange.templates import MappingTemplates
from app.services.interchange.text import read_bytes
from app.services.interchange.vcard_read import decode_vcard, read_vcards
from app.services.interchange.vcard_write import vcard_of
from app.store import schema as s
from app.store.database import Database
from app.store.listing import ContactListing, ContactQuery
from app.store.unit_of_work import UnitOfWork, unit_of_work

# An import that updates more contacts than this is written without an undo step: the step
# keeps each updated contact's state before and after in memory (about 14 KB each).  The
# contacts it creates cost a few hundred bytes each there (see EditHistory.import_batch), so
# an import of any number of new contacts stays undoable.
MAX_UNDOABLE_CONTACTS = 20_000
EXPORT_PAGE = 500

Selection = Sequence[str] | ContactQuery


@dataclass(frozen=True)
class PreviewRow:
    source: str
    cells: tuple[str, ...]
    planned: PlannedRow


@dataclass(frozen=True)
class CsvPreview:
    layout: CsvLayout
    mapping: CsvMapping
    rows: tuple[PreviewRow, ...]


@dataclass(frozen=True)
class ExportResult:
    count: int
    paths: tuple[Path, ...]


def format_of(path: Path) -> FileFormat:
    """The format a file name suggests (``.vcf`` / ``.vcard`` → vCard, else CSV)."""
    return FileFormat.VCARD if path.suffix.lower() in (".vcf", ".vcard") else FileFormat.CSV


class Interchange:
    def __init__(
        self,
        db: Database,
        history: EditHistory | None = None,
        *,
        limits: ImportLimits | None = None,
        templates: MappingTemplates | None = None,
        max_undoable: int = MAX_UNDOABLE_CONTACTS,
    ) -> None:
        self._db = db
        self._history = history
        self.limits = limits or ImportLimits()
        self.templates = templates or MappingTemplates()
        self._max_undoable = max_undoable

    # --- reading --------------------------------------------------------------------------

    def read_file(
        self,
        path: Path,
        file_format: FileFormat | None = None,
        *,
        encoding: str | None = None,
        mapping: CsvMapping | None = None,
        delimiter: str | None = None,
        has_header: bool | None = None,
    ) -> ImportSource:
        """Every record of ``path``; raises :class:`FileRejectedError` for a file that cannot
        be imported at all (too large, too many rows, not text, mixed encodings, …).
        ``has_header``: whether a CSV file's first row names its columns (default: detected;
        without one the columns are ``Column 1``, ``Column 2``, …)."""
        data = read_bytes(path, self.limits)
        return self.read_bytes(
            data,
            path.name,
            file_format or format_of(path),
            encoding=encoding,
            mapping=mapping,
            delimiter=delimiter,
            has_header=has_header,
        )

    def read_bytes(
        self,
        data: bytes,
        name: str,
        file_format: FileFormat,
        *,
        encoding: str | None = None,
        mapping: CsvMapping | None = None,
        delimiter: str | None = None,
        has_header: bool | None = None,
    ) -> ImportSource:
        if len(data) > self.limits.max_file_bytes:
            raise FileRejectedError(
                translate("Import", "{file} is larger than an import file may be.").format(
                    file=name
                )
            )
        if file_format is FileFormat.VCARD:
            decoded = decode_vcard(data, name, encoding)
            legacy = [e for e in decoded.encoding.split("/") if e != "utf-8"]
            with _collector_resting():
                records, warnings = read_vcards(
                    decoded.text, self.limits, legacy[-1] if legacy else None
                )
            return ImportSource(
                name,
                file_format,
                tuple(records),
                decoded.encoding,
                (*decoded.warnings, *warnings),
            )
        decoded = decode_csv(data, name, encoding)
        layout, rows = open_csv(decoded, name, self.limits, delimiter, has_header)
        chosen = mapping or layout.mapping
        problems = chosen.problems()
        if problems:
            raise FileRejectedError(_mapping_unusable(problems))
        if not any(h in chosen.columns for h in layout.header):
            raise FileRejectedError(
                translate(
                    "Import",
                    "none of the columns of {file} is mapped to a contact field (headers: "
                    "{headers}). Choose the columns' fields.",
                ).format(file=name, headers=", ".join(layout.header[:8]))
            )
        records = [row_record(row, layout.header, chosen, self.limits) for row in rows]
        return ImportSource(name, file_format, tuple(records), layout.encoding, layout.warnings)

    def inspect_csv(
        self,
        path: Path,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        has_header: bool | None = None,
    ) -> CsvLayout:
        """Encoding, delimiter, headers (or ``Column 1``, … for a file without a header row),
        recognised layout and guessed mapping of a CSV file."""
        decoded = decode_csv(read_bytes(path, self.limits), path.name, encoding)
        layout, _ = open_csv(decoded, path.name, self.limits, delimiter, has_header)
        return layout

    def preview_csv(
        self,
        path: Path,
        mapping: CsvMapping | None = None,
        rows: int = 20,
        *,
        encoding: str | None = None,
        delimiter: str | None = None,
        has_header: bool | None = None,
    ) -> CsvPreview:
        """The first ``rows`` rows with the contact each becomes, its problems and what the
        import would do with it (against the book as it is now)."""
        decoded = decode_csv(read_bytes(path, self.limits), path.name, encoding)
        layout, data = open_csv(decoded, path.name, self.limits, delimiter, has_header)
        chosen = mapping or layout.mapping
        problems = chosen.problems()
        if problems:
            raise FileRejectedError(_mapping_unusable(problems))
        raw = []
        for row in data:
            raw.append(row)
            if len(raw) >= rows:
                break
        records = [row_record(row, layout.header, chosen, self.limits) for row in raw]
        plan = self.plan_import(
            ImportSource(path.name, FileFormat.CSV, tuple(records), layout.encoding)
        )
        by_source = {r.source: r for r in plan.rows}
        return CsvPreview(
            layout,
            chosen,
            tuple(PreviewRow(row.source, row.cells, by_source[row.source]) for row in raw),
        )

    # --- importing ------------------------------------------------------------------------

    def plan_import(self, source: ImportSource | Sequence[ImportRecord]) -> ImportPlan:
        """The dry run: what the import would create, update and skip, and why."""
        if not isinstance(source, ImportSource):
            source = ImportSource("records", FileFormat.CSV, tuple(source), "utf-8")
        with _collector_resting(), remembering_phones(), self._db.reading() as conn:
            return plan_records(UnitOfWork(conn), source)

    def apply_import(self, plan: ImportPlan) -> ImportResult:
        """Write the plan in one transaction, journaled; an undo step when there is a history
        and it updates no more than ``max_undoable`` contacts.  Raises
        :class:`~app.services.interchange.planning.ImportOutdatedError` (nothing written) when
        the book changed since the dry run in a way the plan depends on."""
        with _collector_resting(), remembering_phones():
            return self._apply(plan)

    def _apply(self, plan: ImportPlan) -> ImportResult:
        history = self._history
        if history is not None and plan.to_update <= self._max_undoable:
            description = describe(plan)
            created = {
                r.contact.id
                for r in (*plan.organizations, *plan.rows)
                if r.action is Action.CREATE and r.contact is not None
            }
            return apply_plan(
                plan,
                lambda ids, write: history.import_batch(description, ids, created, write),
                True,
            )

        def run(_ids: list[str], write: Write) -> str:
            with unit_of_work(self._db) as uow:
                uow.journal.describe("import", describe(plan))
                return write(uow)

        return apply_plan(plan, run, False)

    # --- exporting ------------------------------------------------------------------------

    @contextmanager
    def exporting(self, selection: Selection) -> Iterator[tuple[Iterator[AnyContact], Names]]:
        """The selected contacts one at a time, all from one consistent read."""
        with self._db.reading() as conn:
            uow = UnitOfWork(conn)
            names = Names(conn)

            def contacts() -> Iterator[AnyContact]:
                ids = list(_ids(conn, selection))
                for start in range(0, len(ids), 500):
                    chunk = ids[start : start + 500]
                    loaded = uow.contacts.get_many(chunk)
                    for contact_id in chunk:
                        contact = loaded.get(contact_id)
                        if contact is not None:
                            yield contact

            yield contacts(), names

    def export_vcards(
        self, target: Path, selection: Selection, *, one_per_contact: bool = False
    ) -> ExportResult:
        """vCard 4.0: all into the file ``target``, or one file per contact into the folder
        ``target`` (made if needed)."""
        if one_per_contact:
            target.mkdir(parents=True, exist_ok=True)
            written: list[Path] = []
            with self.exporting(selection) as (contacts, names):
                for contact in contacts:
                    path = _unique(target, _file_name(contact))
                    _write_atomic(path, vcard_of(contact, names), newline="")
                    written.append(path)
            return ExportResult(len(written), tuple(written))
        with (
            _atomic(target, encoding="utf-8") as out,
            self.exporting(selection) as (
                contacts,
                names,
            ),
        ):
            count = self.write_vcards(out, contacts, names)
        return ExportResult(count, (target,))

    @staticmethod
    def write_vcards(out: TextIO, contacts: Iterator[AnyContact], names: Names) -> int:
        count = 0
        for contact in contacts:
            out.write(vcard_of(contact, names))
            count += 1
        return count

    def export_csv(
        self,
        target: Path | TextIO,
        selection: Selection,
        columns: Sequence[str] = DEFAULT_COLUMNS,
        *,
        excel: bool = False,
        delimiter: str = ",",
    ) -> ExportResult:
        """CSV with ``columns`` (see :data:`~.csv_write.EXPORT_COLUMNS`); ``excel`` writes a
        UTF-8 byte-order mark so Excel reads accents right."""
        unknown = unknown_columns(columns)
        if unknown:
            raise ValueError(
                translate("Import", "unknown columns: {columns}").format(columns=", ".join(unknown))
            )
        if isinstance(target, Path):
            encoding = "utf-8-sig" if excel else "utf-8"
            with (
                _atomic(target, encoding=encoding) as out,
                self.exporting(selection) as (
                    contacts,
                    names,
                ),
            ):
                count = write_csv(out, contacts, columns, names, delimiter)
            return ExportResult(count, (target,))
        if excel:
            target.write("\ufeff")
        with self.exporting(selection) as (contacts, names):
            count = write_csv(target, contacts, columns, names, delimiter)
        return ExportResult(count, ())


class Names:
    """Organization names by id, looked up once each (for ORG lines and CSV columns)."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self._names: dict[str, str | None] = {}

    def __call__(self, contact_id: str) -> str | None:
        if contact_id not in self._names:
            self._names[contact_id] = self._conn.execute(
                select(s.contacts.c.name).where(s.contacts.c.id == contact_id)
            ).scalar_one_or_none()
        return self._names[contact_id]


def _ids(conn: Connection, selection: Selection) -> Iterator[str]:
    if not isinstance(selection, ContactQuery):
        yield from selection
        return
    listing = ContactListing(conn)
    offset = 0
    while True:
        page = listing.ids(selection, offset, EXPORT_PAGE)
        if not page:
            return
        yield from page
        offset += len(page)


def _mapping_unusable(problems: list[str]) -> str:
    return translate("Import", "the column mapping cannot be used: {problems}").format(
        problems="; ".join(problems)
    )


@contextmanager
def _collector_resting() -> Iterator[None]:
    """Reading and planning make hundreds of thousands of small objects that form no cycles:
    the cyclic garbage collector would scan them again and again meanwhile."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # The objects made meanwhile all count as new: the collector's next passes would walk
        # every one of them twice (young, then middle-aged) before they reach the old ones.
        # Moved there at once (freezing and thawing them), they wait for its next full pass.
        # Not where something else keeps objects frozen (the app's own, made at its start):
        # thawing would put those back into the full passes.
        if gc.get_freeze_count() == 0:
            gc.freeze()
            gc.unfreeze()
        if collecting:
            gc.enable()


_UNSAFE_FILE_CHARS = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


def _file_name(contact: AnyContact) -> str:
    stem = _UNSAFE_FILE_CHARS.sub("_", contact.name).strip(" ._")[:60] or "contact"
    return f"{stem} ({contact.id[:8]}).vcf"


def _unique(folder: Path, name: str) -> Path:
    path = folder / name
    n = 2
    while path.exists():
        path = folder / f"{Path(name).stem} {n}.vcf"
        n += 1
    return path


@contextmanager
def _atomic(target: Path, encoding: str) -> Iterator[TextIO]:
    """Write to a temporary file beside ``target`` and put it in place only when complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            yield out
        os.replace(temp, target)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def _write_atomic(path: Path, text: str, newline: str) -> None:
    with _atomic(path, "utf-8") as out:
        out.write(text)


__all__ = [
    "MAX_UNDOABLE_CONTACTS",
    "CsvPreview",
    "ExportResult",
    "Interchange",
    "Names",
    "PreviewRow",
    "Selection",
    "format_of",
]
