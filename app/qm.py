"""Kontor's compiled catalogues (``kontor_<lang>.qm``) read without Qt.

The command that runs unattended (``kontor sync``, started by a scheduler for every run) has
no use for Qt beyond looking its messages up, and loading PySide6 costs it a good part of a
second. :class:`QmCatalogue` answers a look-up as ``QTranslator.translate`` does: the message
is found through the catalogue's hash table (of its source text and disambiguation, without
the disambiguation when nothing matches with it), the context, source and disambiguation the
compiler kept for it must match, and for a count the catalogue's numerus rules pick the form.

The file: a 16-byte magic, then blocks of a tag byte, a 32-bit big-endian length and the data.
The hash block holds (hash, offset) pairs sorted by hash; the message block holds the
messages, each a run of fields (a tag byte, most with a length and data) up to an end tag.
"""

from __future__ import annotations

import os
import struct
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# blocks
_LANGUAGE = 0xA7
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88

# fields of a message
_END = 1
_SOURCE_TEXT16 = 2
_TRANSLATION = 3
_CONTEXT16 = 4
_OBSOLETE1 = 5
_SOURCE_TEXT = 6
_CONTEXT = 7
_COMMENT = 8
_OBSOLETE2 = 9

# numerus rules: an operator in the low bits, flags on the operand, and the joining words
_EQ, _LT, _LEQ, _BETWEEN = 1, 2, 3, 4
_OP_MASK = 0x07
_NOT, _MOD_10, _MOD_100, _LEAD_1000 = 0x08, 0x10, 0x20, 0x40
_AND, _OR, _NEWRULE = 0xFD, 0xFE, 0xFF

_U32 = struct.Struct(">I")


class QmError(Exception):
    """The file is not a compiled catalogue Kontor can read."""


def elf_hash(data: bytes) -> int:
    """The hash the catalogue files messages under (never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def numerus_form(n: int, rules: bytes) -> int:
    """Which of a message's translations counts of ``n`` take under ``rules``: the first rule
    that holds, else the one after the last."""
    size = len(rules)
    if size == 0:
        return 0
    i = 0
    form = 0
    while True:
        any_holds = False
        while True:
            all_hold = True
            while True:
                opcode = rules[i]
                right = rules[i + 1]
                i += 2
                left = n
                if opcode & _MOD_10:
                    left %= 10
                elif opcode & _MOD_100:
                    left %= 100
                elif opcode & _LEAD_1000:
                    while left >= 1000:
                        left //= 1000
                op = opcode & _OP_MASK
                if op == _EQ:
                    holds = left == right
                elif op == _LT:
                    holds = left < right
                elif op == _LEQ:
                    holds = left <= right
                elif op == _BETWEEN:
                    holds = right <= left <= rules[i]
                    i += 1
                else:
                    holds = True
                if opcode & _NOT:
                    holds = not holds
                all_hold = all_hold and holds
                if i >= size or rules[i] != _AND:
                    break
                i += 1
            any_holds = any_holds or all_hold
            if i >= size or rules[i] != _OR:
                break
            i += 1
        if any_holds:
            return form
        form += 1
        if i >= size:
            return form
        i += 1  # the new-rule marker


class QmCatalogue:
    """One compiled catalogue, looked up in place (messages are read when asked for)."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(MAGIC):
            raise QmError("not a compiled catalogue")
        self.language = ""
        self._messages = b""
        self._rules = b""
        self._offsets: dict[int, list[int]] = {}
        hashes = b""
        at = len(MAGIC)
        while at + 5 <= len(data):
            tag = data[at]
            (length,) = _U32.unpack_from(data, at + 1)
            block = data[at + 5 : at + 5 + length]
            if len(block) != length:
                raise QmError("the file ends inside a block")
            at += 5 + length
            if tag == _HASHES:
                hashes = block
            elif tag == _MESSAGES:
                self._messages = block
            elif tag == _NUMERUS_RULES:
                self._rules = block
            elif tag == _LANGUAGE:
                self.language = block.decode("utf-8", "replace")
        offsets = self._offsets
        for key, offset in struct.iter_unpack(">II", hashes[: len(hashes) // 8 * 8]):
            found = offsets.get(key)
            if found is None:
                offsets[key] = [offset]
            else:
                found.append(offset)

    @classmethod
    def load(cls, path: Path) -> QmCatalogue:
        return cls(path.read_bytes())

    def is_empty(self) -> bool:
        return not self._messages

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        """The translation of ``source`` in ``context`` (the form for ``n`` when n ≥ 0), or ""
        when the catalogue has none."""
        form = numerus_form(n, self._rules) if n >= 0 else 0
        context_bytes = context.encode()
        source_bytes = source.encode()
        comment = (disambiguation or "").encode()
        while True:
            for offset in self._offsets.get(elf_hash(source_bytes + comment), ()):
                found = self._message(offset, context_bytes, source_bytes, comment, form)
                if found is not None:
                    return found
            if not comment:
                return ""
            comment = b""

    def _message(
        self, at: int, context: bytes, source: bytes, comment: bytes, form: int
    ) -> str | None:
        data = self._messages
        translation: bytes | None = None
        fields, _next = _fields(data, at)
        for tag, start, length in fields:
            if tag == _TRANSLATION:
                if length & 1:  # odd: no UTF-16 text (0xFFFFFFFF marks none)
                    return None
                if form == 0:
                    translation = data[start : start + length]
                form -= 1
            elif tag == _SOURCE_TEXT:
                if data[start : start + length] != source:
                    return None
            elif tag == _CONTEXT:
                if data[start : start + length] != context:
                    return None
            elif tag == _COMMENT:
                # as Qt reads it: a field whose first byte is 0 matches any disambiguation
                if start < len(data) and data[start] and data[start : start + length] != comment:
                    return None
            else:  # 16-bit source or context: written by compilers older than any Kontor's
                return None
        if translation is None:
            return None
        return translation.decode("utf-16-be")

    def sources(self) -> Iterator[tuple[str, str, str]]:
        """Every message's (context, source text, disambiguation) as kept in the file (the
        compiler leaves out what its hash already tells apart); for tests."""
        data = self._messages
        at = 0
        while at < len(data):
            fields, at = _fields(data, at)
            texts = {
                tag: data[start : start + length].decode("utf-8", "replace")
                for tag, start, length in fields
                if tag in (_SOURCE_TEXT, _CONTEXT, _COMMENT) and length != _NONE
            }
            yield (texts.get(_CONTEXT, ""), texts.get(_SOURCE_TEXT, ""), texts.get(_COMMENT, ""))


# A field's length that marks no value (an untranslated message's translation).
_NONE = 0xFFFFFFFF


def _fields(data: bytes, at: int) -> tuple[list[tuple[int, int, int]], int]:
    """The fields of the message at ``at`` — (tag, where its value starts, its length as
    written) — and where the next message starts."""
    fields: list[tuple[int, int, int]] = []
    while at < len(data):
        tag = data[at]
        at += 1
        if tag == _END:
            break
        if tag == _OBSOLETE1:
            at += 4
            continue
        if tag == _OBSOLETE2:
            continue
        (length,) = _U32.unpack_from(data, at)
        at += 4
        fields.append((tag, at, length))
        at += 0 if length == _NONE else length
    return fields, at


# --- the command line's language, chosen and installed without Qt ---------------------------

#: the languages Kontor speaks (as app.ui.i18n.LANGUAGES, which loads Qt)
LANGUAGES = ("en", "nl", "de", "fr")
#: the languages the system's language is followed in; anything else means English
SYSTEM_LANGUAGES = ("nl", "de", "fr")
ENV_VAR = "KONTOR_LANG"
SETTINGS_KEY = "language"
PACKAGED_DIR = Path(__file__).resolve().parent / "ui" / "translations"
SOURCE_ROOT = Path(__file__).resolve().parents[1]


def language_code(value: object) -> str | None:
    """``"de"`` for ``"de"``, ``"DE"``, ``"de_AT"``, ``"de-AT.UTF-8"``; None when Kontor does
    not speak it (or nothing is given)."""
    if not isinstance(value, str):
        return None
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return code if code in LANGUAGES else None


def _settings_files() -> list[Path]:
    """Where ``QSettings("Kontor", "Kontor")`` keeps its values on Linux and the other Unix
    systems Qt writes INI files on, in the order it reads them."""
    home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    system = [d for d in (os.environ.get("XDG_CONFIG_DIRS") or "/etc/xdg").split(":") if d]
    folders = [Path(home), *(Path(d) for d in system)]
    return [folder / "Kontor" / "Kontor.conf" for folder in folders]


def _saved_language_in(path: Path) -> tuple[bool, str | None]:
    """(whether the file names a language, the language code) from a QSettings INI file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return False, None
    section = "General"
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1]
        elif section == "General" and "=" in line:
            key, _, value = line.partition("=")
            if key.strip() == SETTINGS_KEY:
                return True, language_code(value.strip().strip('"'))
    return False, None


def system_language_from_environment() -> str:
    """The system's language as Qt finds it on Unix (LC_ALL, else LC_MESSAGES, else LANG; C
    and POSIX are no language; the first of LANGUAGE goes before them), when Kontor speaks it,
    else English."""
    env = os.environ
    name = env.get("LC_ALL") or env.get("LC_MESSAGES") or env.get("LANG") or ""
    if name in ("", "C", "POSIX"):
        return "en"
    first = (env.get("LANGUAGE") or "").split(":")[0]
    if first:
        name = first
    code = language_code(name)
    return code if code in SYSTEM_LANGUAGES else "en"


def chosen_language_without_qt() -> str | None:
    """The language :func:`app.ui.i18n.chosen_language` picks, when it can be told without
    Qt: ``KONTOR_LANG``, else (on Linux and other Unix systems but macOS) the choice made in
    Preferences, else the system's language. None where only Qt can tell (the settings of
    Windows and macOS live in the registry and in property lists)."""
    code = language_code(os.environ.get(ENV_VAR))
    if code is not None:
        return code
    if sys.platform in ("win32", "cygwin", "darwin"):
        return None
    for path in _settings_files():
        named, saved = _saved_language_in(path)
        if named:
            return saved if saved is not None else system_language_from_environment()
    return system_language_from_environment()


def packaged_catalogue(language: str) -> Path | None:
    """The shipped ``kontor_<language>.qm`` when it is the one to use (None in a checkout
    where it is missing or older than its ``.ts``: Qt's path compiles that one)."""
    packaged = PACKAGED_DIR / f"kontor_{language}.qm"
    ts = SOURCE_ROOT / "resources" / "translations" / f"kontor_{language}.ts"
    try:
        checkout = not getattr(sys, "frozen", False) and ts.is_file()
        if checkout and packaged.stat().st_mtime < ts.stat().st_mtime:
            return None
        return packaged if packaged.is_file() else None
    except OSError:
        return None


def lookup_in(
    catalogue: QmCatalogue, group: Callable[[int], str]
) -> Callable[[str, str, str | None, int], str]:
    """The look-up :mod:`app.i18n` uses, answering from ``catalogue`` as the window's does;
    ``group`` writes a count with the locale's digit grouping (for ``%Ln``)."""

    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        result = catalogue.translate(context, text, disambiguation, n) or text
        if n < 0:
            return result
        if "%Ln" in result:
            result = result.replace("%Ln", group(n))
        return result.replace("%n", str(n))

    return lookup


def install_without_qt(group: Callable[[str, int], str]) -> str | None:
    """Speak the chosen language in the layers without Qt (:mod:`app.i18n`) from the shipped
    catalogue, without loading Qt; returns the language, or None (nothing installed) when
    choosing or loading it needs Qt. ``group(language, n)`` writes a count with digit
    grouping for ``%Ln`` (which no message of those layers uses; the front end's locale)."""
    import app.i18n

    language = chosen_language_without_qt()
    if language is None:
        return None
    path = packaged_catalogue(language)
    if path is None:
        return None
    try:
        catalogue = QmCatalogue.load(path)
    except (OSError, QmError):
        return None
    if catalogue.is_empty():
        return None
    app.i18n.install(lookup_in(catalogue, lambda n: group(language, n)))
    return language
