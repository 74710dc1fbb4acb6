"""Reading an import file as text: size cap first, then an explicit or detected encoding.

The order of trust: a byte-order mark, then the encoding the caller names (the user's choice
in the import dialog, or ``--encoding``), then UTF-8 when the bytes are valid UTF-8, and only
then a guess by ``charset-normalizer``, which is reported as a warning so the user checks
accented letters in the preview.  A file that mixes encodings (valid UTF-8 letters in one
place, a byte that is not UTF-8 in another) is refused with the line of the first bad byte:
any single guess would garble part of it.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from app.i18n import translate
from app.services.interchange.limits import FileRejectedError, ImportLimits, megabytes

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


def read_bytes(path: Path, limits: ImportLimits) -> bytes:
    """The file's bytes, refused before reading when it is larger than the cap."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise FileRejectedError(_unreadable(path, exc)) from exc
    if size > limits.max_file_bytes:
        raise FileRejectedError(
            translate(
                "Import",
                "{file} is {size}; an import file may be at most {maximum}. Split it into "
                "smaller files.",
            ).format(file=path.name, size=megabytes(size), maximum=megabytes(limits.max_file_bytes))
        )
    if size == 0:
        raise FileRejectedError(translate("Import", "{file} is empty.").format(file=path.name))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise FileRejectedError(_unreadable(path, exc)) from exc


def _unreadable(path: Path, exc: OSError) -> str:
    return translate("Import", "{file} cannot be read: {error}").format(
        file=path.name, error=exc.strerror or exc
    )


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except LookupError as exc:
        raise FileRejectedError(
            translate("Import", "“{encoding}” is not a character encoding Kontor knows.").format(
                encoding=encoding
            )
        ) from exc
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex().upper()
        raise FileRejectedError(
            translate(
                "Import",
                "{file} is not valid {encoding}: line {line} has the byte 0x{byte}, which is "
                "not {encoding} text. Choose the file's real encoding, or save it as UTF-8.",
            ).format(file=name, encoding=encoding, line=_line_of(data, exc.start), byte=bad)
        ) from exc


def decode(data: bytes, name: str, encoding: str | None = None) -> DecodedText:
    """``data`` as text; ``encoding`` (when given) is used strictly, without guessing."""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            return DecodedText(_strict(data[len(bom) :], bom_encoding, name), bom_encoding)
    if encoding:
        return DecodedText(_strict(data, encoding, name), encoding)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    # Valid UTF-8 letters before or after a bad byte: the file mixes two encodings.
    salvaged = data.decode("utf-8", errors="replace")
    if any(ord(c) > 0x7F and c != "\ufffd" for c in salvaged):
        bad = data[first_bad : first_bad + 1].hex().upper()
        raise FileRejectedError(
            translate(
                "Import",
                "{file} mixes character encodings: it has UTF-8 letters, but line {line} has "
                "the byte 0x{byte}, which is not UTF-8. Open it in a text editor and save it "
                "as UTF-8, then import it again.",
            ).format(file=name, line=_line_of(data, first_bad), byte=bad)
        )
    from charset_normalizer import from_bytes  # only when a file needs guessing

    guess = from_bytes(data).best()
    guessed = guess.encoding if guess is not None else None
    # A UTF-16/32 guess without a byte-order mark and without NUL bytes is noise.
    if guessed is None or (guessed.startswith("utf_") and b"\x00" not in data):
        raise FileRejectedError(
            translate(
                "Import",
                "{file} is not text in an encoding Kontor can recognise (it may be a picture, "
                "an archive or a damaged file).",
            ).format(file=name)
        )
    text = _strict(data, guessed, name)
    readable = guessed.replace("_", "-")
    return DecodedText(
        text,
        readable,
        (
            translate(
                "Import",
                "{file} is not UTF-8; it was read as {encoding} (a guess). Check accented "
                "letters in the preview, or choose the encoding.",
            ).format(file=name, encoding=readable),
        ),
    )


__all__ = ["DecodedText", "decode", "read_bytes"]
