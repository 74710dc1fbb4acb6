"""The catalogue reader without Qt (what ``kontor sync`` looks its messages up with) answers
as Qt does: every message of every shipped catalogue, in its context and in others, with and
without its disambiguation, for counts of every plural form; and the language it picks
without Qt is the one the window picks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from app import qm
from app.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
COUNTS = [0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 111, 1000, 1001, 1_000_000]


def _messages(language: str) -> list[tuple[str, str, str | None, bool]]:
    root = ET.parse(ROOT / "resources" / "translations" / f"kontor_{language}.ts").getroot()
    return [
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment"),
            message.get("numerus") == "yes",
        )
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.mark.parametrize("language", list(i18n.LANGUAGES))
def test_every_message_is_looked_up_as_qt_looks_it_up(language: str) -> None:
    path = i18n.catalogue_file(language)
    qt = QTranslator()
    assert qt.load(str(path))
    ours = qm.QmCatalogue.load(path)
    translated = 0
    for context, source, comment, numerus in _messages(language):
        for asked_context in (context, "", "Some other context"):
            for disambiguation in (comment, None, "another meaning"):
                for n in COUNTS if numerus else [-1]:
                    expected = qt.translate(asked_context, source, disambiguation, n)
                    assert ours.translate(asked_context, source, disambiguation, n) == expected
                    translated += bool(expected)
    assert translated > 0
    assert ours.translate("Command line", "no such message in any catalogue") == ""


@pytest.mark.parametrize(
    "rules",
    [
        b"\x01\x01",  # n == 1 (English, German, Dutch)
        b"\x03\x01",  # n <= 1 (French)
        b"\x11\x01\xfd\x29\x0b\xff\x14\x02\x04\xfd\x2c\x0a\x13",  # Slavic style
        b"\x01\x00\xff\x01\x01\xff\x01\x02\xff\x24\x03\x0a\xff\x24\x0b\x63",  # Arabic style
        b"\x41\x01\xfe\x01\x02",  # leading 1000s, or
        b"\x09\x01",  # not
    ],
)
def test_plural_forms_follow_the_rules_as_qt_does(rules: bytes, tmp_path: Path) -> None:
    # A catalogue of one message with five forms, each naming its number, under ``rules``.
    source = "%n things"
    forms = [f"form {i}" for i in range(5)]
    catalogue = _one_message_catalogue("", source, forms, rules)
    (tmp_path / "one.qm").write_bytes(catalogue)
    qt = QTranslator()
    assert qt.load(str(tmp_path / "one.qm"))
    ours = qm.QmCatalogue(catalogue)
    seen = set()
    for n in range(0, 2500):
        form = ours.translate("", source, None, n)
        assert form == qt.translate("", source, None, n), n
        seen.add(form)
    assert len(seen) > 1


def _one_message_catalogue(context: str, source: str, forms: list[str], rules: bytes) -> bytes:
    def block(tag: int, data: bytes) -> bytes:
        return bytes([tag]) + len(data).to_bytes(4, "big") + data

    def field(tag: int, data: bytes) -> bytes:
        return bytes([tag]) + len(data).to_bytes(4, "big") + data

    message = b"".join(field(3, form.encode("utf-16-be")) for form in forms)
    message += field(6, source.encode()) + field(7, context.encode()) + field(8, b"") + b"\x01"
    hashes = qm.elf_hash(source.encode()).to_bytes(4, "big") + (0).to_bytes(4, "big")
    return (
        qm.MAGIC
        + block(0xA7, b"xx")
        + block(0x42, hashes)
        + block(0x69, message)
        + block(0x88, rules)
    )


def test_the_reader_knows_what_the_window_knows() -> None:
    assert list(qm.LANGUAGES) == list(i18n.LANGUAGES)
    assert qm.SYSTEM_LANGUAGES == i18n.SYSTEM_LANGUAGES
    assert (qm.ENV_VAR, qm.SETTINGS_KEY) == (i18n.ENV_VAR, i18n.SETTINGS_KEY)
    for language in i18n.LANGUAGES:
        assert qm.packaged_catalogue(language) in (None, i18n.catalogue_file(language))


# Prints the language the window picks and the one picked without Qt (after keeping the
# Preferences choice given as the first argument: "-" none, "system" follow the system).
CHOOSE = """
import json, sys
from app import qm
from app.ui import i18n
if sys.argv[1] != "-":
    i18n.save_language(None if sys.argv[1] == "system" else sys.argv[1])
print(json.dumps([i18n.chosen_language(), qm.chosen_language_without_qt()]))
"""

ENVIRONMENTS: list[tuple[str, dict[str, str]]] = [
    ("-", {"LANG": "de_DE.UTF-8"}),
    ("-", {"LANG": "de_AT.UTF-8", "LC_ALL": "fr_BE.UTF-8"}),
    ("-", {"LANG": "de_DE", "LC_MESSAGES": "nl_NL"}),
    ("-", {"LANG": "de_DE", "LC_NUMERIC": "nl_NL"}),
    ("-", {"LANG": "de_DE", "LANGUAGE": "fr"}),
    ("-", {"LANG": "C.UTF-8", "LANGUAGE": "nl:de"}),
    ("-", {"LANG": "C", "LANGUAGE": "de"}),
    ("-", {"LANG": "es_ES.UTF-8"}),
    ("-", {"LC_ALL": "POSIX", "LANG": "de_DE"}),
    ("-", {}),
    ("fr", {"LANG": "de_DE.UTF-8"}),
    ("nl", {"LANG": "de_DE.UTF-8", "KONTOR_LANG": "DE"}),
    ("de", {"LANG": "fr_FR.UTF-8", "KONTOR_LANG": "es"}),
    ("system", {"LANG": "fr_FR.UTF-8"}),
]


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="Qt tells the language there")
def test_the_language_without_qt_is_the_one_the_window_picks(tmp_path: Path) -> None:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("LANG", "LANGUAGE", "KONTOR_LANG") and not k.startswith("LC_")
    }
    runs = []
    for index, (saved, env) in enumerate(ENVIRONMENTS):
        config = tmp_path / f"config{index}"
        config.mkdir()
        runs.append(
            subprocess.Popen(
                [sys.executable, "-c", CHOOSE, saved],
                env={**clean, **env, "XDG_CONFIG_HOME": str(config), "XDG_CONFIG_DIRS": ""},
                cwd=ROOT,
                stdout=subprocess.PIPE,
                text=True,
            )
        )
    answers = [json.loads(run.communicate(timeout=120)[0]) for run in runs]
    for (saved, env), (window, without_qt) in zip(ENVIRONMENTS, answers, strict=True):
        assert without_qt == window, (saved, env)
    assert {window for window, _ in answers} == {"en", "de", "fr", "nl"}
