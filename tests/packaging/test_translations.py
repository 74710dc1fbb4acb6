"""The translation catalogues: complete for the code as it is, and compiled into loadable files.

The completeness test runs ``pyside6-lupdate`` over the code into a copy of each committed
catalogue, so a string marked for translation but missing from a catalogue (or still
unfinished there) fails it, as does a translation that lost or invented a placeholder.
"""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QTranslator  # noqa: TID251 (loads the compiled catalogues)

import app.ui.i18n as i18n
from app.selftest import SelfTestError, check_translation
from tests.packaging.conftest import PACKAGING, load_script

ALL_LANGUAGES = ("nl", "de", "fr", "en")


@pytest.fixture(scope="module")
def tools() -> ModuleType:
    """``packaging/translations.py``."""
    return load_script(PACKAGING / "translations.py")


@pytest.fixture
def catalogues(tools: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty folder the tool reads and writes its catalogues in (instead of the committed
    ones)."""
    folder = tmp_path / "translations"
    folder.mkdir()
    monkeypatch.setattr(tools, "TS_DIR", folder)
    return folder


# --- the committed catalogues ---------------------------------------------------------------


@pytest.mark.parametrize("lang", ALL_LANGUAGES)
def test_every_marked_string_is_translated(
    lang: str, tools: ModuleType, catalogues: Path, tmp_path: Path
) -> None:
    committed = tools.ROOT / "resources" / "translations" / f"kontor_{lang}.ts"
    copy = catalogues / committed.name
    shutil.copyfile(committed, copy)

    tools.run_lupdate({lang: copy})

    problems = tools.problems(lang)
    shown = "\n".join(problems[:40])
    more = f"\n… and {len(problems) - 40} more" if len(problems) > 40 else ""
    assert problems == [], (
        f"{len(problems)} problem(s) in kontor_{lang}.ts against the code:\n{shown}{more}"
    )


def _finished(tools: ModuleType, ts: Path) -> list[object]:
    return [e for e in tools.entries(ET.parse(ts)) if not e.unfinished]


def test_build_makes_loadable_catalogues_that_translate(tools: ModuleType, tmp_path: Path) -> None:
    built = tools.build(tmp_path / "qm")

    assert sorted(p.name for p in built) == sorted(f"kontor_{x}.qm" for x in ALL_LANGUAGES)
    for qm in built:
        lang = qm.stem.removeprefix("kontor_")
        translator = QTranslator()
        assert translator.load(str(qm)), qm
        assert not translator.isEmpty(), f"{qm.name} holds no translations"
        finished = _finished(tools, tools.ts_path(lang))
        assert finished, f"kontor_{lang}.ts has no finished entry"
        entry = finished[0]
        n = 1 if entry.numerus else -1  # type: ignore[attr-defined]
        got = translator.translate(entry.context, entry.source, entry.comment or None, n)  # type: ignore[attr-defined]
        assert got == entry.forms[0], (lang, entry.source)  # type: ignore[attr-defined]


# --- the checker, on catalogues made here -----------------------------------------------------

_CATALOGUE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Validation</name>
    <message>
        <source>at most {{n}} characters</source>
        <translation>{first}</translation>
    </message>
    <message>
        <source>the check digits do not match</source>
        <translation{second_type}>{second}</translation>
    </message>
</context>
<context>
    <name></name>
    <message numerus="yes">
        <source>%n contacts imported from {{file}}</source>
        <translation>
            <numerusform>{numerus_one}</numerusform>
            <numerusform>%n Kontakte aus {{file}} importiert</numerusform>
        </translation>
    </message>
</context>
</TS>
"""

_GOOD = {
    "first": "höchstens {n} Zeichen",
    "second": "die Prüfziffern stimmen nicht",
    "second_type": "",
    # a form may leave the number out, never a named placeholder
    "numerus_one": "ein Kontakt aus {file} importiert",
}


def _write(folder: Path, **changes: str) -> None:
    values = {**_GOOD, **changes}
    (folder / "kontor_de.ts").write_text(_CATALOGUE.format(**values), encoding="utf-8")


def test_a_complete_catalogue_has_no_problems(tools: ModuleType, catalogues: Path) -> None:
    _write(catalogues)
    assert tools.problems("de") == []


def test_a_lost_placeholder_is_reported(tools: ModuleType, catalogues: Path) -> None:
    _write(catalogues, first="höchstens 256 Zeichen")
    (problem,) = tools.problems("de")
    assert "[Validation] 'at most {n} characters'" in problem
    assert "placeholders ['{n}'] became []" in problem


def test_an_invented_placeholder_is_reported(tools: ModuleType, catalogues: Path) -> None:
    _write(catalogues, numerus_one="ein Kontakt aus {datei} importiert")
    (problem,) = tools.problems("de")
    assert "%n contacts imported from {file}" in problem
    assert "{datei}" in problem


def test_an_unfinished_entry_is_reported(tools: ModuleType, catalogues: Path) -> None:
    _write(catalogues, second_type=' type="unfinished"')
    assert tools.problems("de") == [
        "de: [Validation] 'the check digits do not match': not translated"
    ]
    _write(catalogues, second="")
    assert tools.problems("de") == [
        "de: [Validation] 'the check digits do not match': not translated"
    ]


def test_a_string_new_in_the_code_is_reported_after_lupdate(
    tools: ModuleType, catalogues: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "code"
    source.mkdir()
    (source / "dialog.py").write_text(
        "from PySide6.QtWidgets import QDialog\n\n\n"
        "class ShareDialog(QDialog):\n"
        "    def build(self) -> None:\n"
        '        self.setWindowTitle(self.tr("Share {name}"))\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(tools, "source_files", lambda: [str(source / "dialog.py")])
    _write(catalogues)

    tools.run_lupdate({"de": catalogues / "kontor_de.ts"})

    assert tools.problems("de") == ["de: [ShareDialog] 'Share {name}': not translated"]

    # Translated, the same check passes: the catalogue is complete for this code.
    item = {"context": "ShareDialog", "source": "Share {name}", "translation": "{name} teilen"}
    assert tools.fill("de", [item]) == (1, [])
    tools.run_lupdate({"de": catalogues / "kontor_de.ts"})
    assert tools.problems("de") == []


# --- the self-test's line per language -----------------------------------------------------


def test_the_self_test_fails_for_a_missing_catalogue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(i18n, "PACKAGED_DIR", tmp_path / "packaged")
    monkeypatch.setattr(i18n, "SOURCE_ROOT", tmp_path / "installed")  # no .ts beside it

    with pytest.raises(SelfTestError, match=r"kontor_de\.qm is missing from"):
        check_translation("de")


def test_the_self_test_fails_for_an_empty_catalogue(
    tools: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = tmp_path / "empty.ts"
    empty.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        '<TS version="2.1" language="fr_FR">\n</TS>\n',
        encoding="utf-8",
    )
    tools.release(empty, tmp_path / "packaged" / "kontor_fr.qm")
    monkeypatch.setattr(i18n, "PACKAGED_DIR", tmp_path / "packaged")
    monkeypatch.setattr(i18n, "SOURCE_ROOT", tmp_path / "installed")

    with pytest.raises(SelfTestError, match=r"kontor_fr\.qm holds no translations"):
        check_translation("fr")


def test_the_self_test_names_the_language_and_a_translated_message(
    tools: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ts = tmp_path / "kontor_de.ts"
    ts.write_text(
        _CATALOGUE.format(**_GOOD).replace(
            "</TS>",
            "<context><name>MainWindow</name><message><source>&amp;File</source>"
            "<translation>&amp;Datei</translation></message></context></TS>",
        ),
        encoding="utf-8",
    )
    tools.release(ts, tmp_path / "packaged" / "kontor_de.qm")
    monkeypatch.setattr(i18n, "PACKAGED_DIR", tmp_path / "packaged")
    monkeypatch.setattr(i18n, "SOURCE_ROOT", tmp_path / "installed")

    line = check_translation("de")

    assert line.startswith("Deutsch: kontor_de.qm (")
    assert "qtbase_de.qm" in line
    assert line.endswith("'&File' → '&Datei'")
