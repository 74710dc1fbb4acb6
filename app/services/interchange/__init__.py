"""Import and export of contacts: vCard 3.0 / 4.0 and CSV, planned, checked and undoable.

The public API (see :class:`Interchange` for the calls the UI and the CLI make):

* reading: :meth:`Interchange.read_file` → :class:`ImportSource` (records + warnings), or
  :class:`FileRejectedError` for a file that cannot be imported at all;
* CSV mapping: :meth:`Interchange.inspect_csv` (encoding, delimiter, layout, guessed
  :class:`CsvMapping`), :meth:`Interchange.preview_csv`, :attr:`Interchange.templates`
  (:class:`MappingTemplates`), the target fields in :data:`TARGETS`;
* importing: :meth:`Interchange.plan_import` → :class:`ImportPlan` (the dry run) and
  :meth:`Interchange.apply_import` → :class:`ImportResult` (one transaction, one undo step);
* exporting: :meth:`Interchange.export_vcards` and :meth:`Interchange.export_csv` of a list
  of contact ids or a :class:`~app.store.listing.ContactQuery`, streamed.
"""

from app.services.interchange.csv_fields import TARGETS, TargetField
from app.services.interchange.csv_read import CsvLayout, CsvMapping
from app.services.interchange.csv_write import DEFAULT_COLUMNS, EXPORT_COLUMNS, neutralise
from app.services.interchange.limits import FileRejectedError, ImportLimits
from app.services.interchange.planning import (
    Action,
    ImportOutdatedError,
    ImportPlan,
    ImportResult,
    PlannedRow,
    SkipReason,
)
from app.services.interchange.records import Affiliation, FileFormat, ImportRecord, ImportSource
from app.services.interchange.service import (
    CsvPreview,
    ExportResult,
    Interchange,
    PreviewRow,
    format_of,
)
from app.services.interchange.templates import MappingTemplates, TemplateError

__all__ = [
    "DEFAULT_COLUMNS",
    "EXPORT_COLUMNS",
    "TARGETS",
    "Action",
    "Affiliation",
    "CsvLayout",
    "CsvMapping",
    "CsvPreview",
    "ExportResult",
    "FileFormat",
    "FileRejectedError",
    "ImportLimits",
    "ImportOutdatedError",
    "ImportPlan",
    "ImportRecord",
    "ImportResult",
    "ImportSource",
    "Interchange",
    "MappingTemplates",
    "PlannedRow",
    "PreviewRow",
    "SkipReason",
    "TargetField",
    "TemplateError",
    "format_of",
    "neutralise",
]
