"""Size caps of imports, and the error that refuses a whole file.

A file over a cap is refused before anything is planned or written, with a message that says
which cap and by how much.  The caps keep the plan of an import in memory (every row becomes a
contact draft of a few kilobytes) and stop a mistaken pick (a backup, a video) early.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.i18n import translate

MAX_FILE_BYTES = 100 * 1024 * 1024
# 100,000 rows is the size of book Kontor is built and benchmarked for; the plan of an
# import holds each row as a contact draft (about 6 KB), so this also bounds its memory.
MAX_RECORDS = 100_000
MAX_VALUE_CHARS = 10_000


@dataclass(frozen=True)
class ImportLimits:
    """The caps of one import; the defaults are what the app uses."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_records: int = MAX_RECORDS
    max_value_chars: int = MAX_VALUE_CHARS


class FileRejectedError(Exception):
    """The whole file cannot be imported; the message says why in the user's words.

    Nothing has been planned or written when this is raised.
    """


def megabytes(size: int) -> str:
    return translate("Import", "{size} MB").format(size=f"{size / (1024 * 1024):,.1f}")


__all__ = [
    "MAX_FILE_BYTES",
    "MAX_RECORDS",
    "MAX_VALUE_CHARS",
    "FileRejectedError",
    "ImportLimits",
    "megabytes",
]
