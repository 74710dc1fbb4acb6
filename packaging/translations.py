"""Kontor's translations: keep the ``.ts`` catalogues in step with the code, compile them.

    python3 packaging/translations.py update [--lang de] # pyside6-lupdate over app/ -> resources/translations/*.ts
    python3 packaging/translations.py build [--out D] # pyside6-lrelease -> .qm (default: app/ui/translations/)
    python3 packaging/translations.py check           # unfinished entries, lost placeholders; exit 1 if any
    python3 packaging/translations.py todo --lang de  # unfinished entries as JSON (for translators' tools)
    python3 packaging/translations.py fill --lang de FILE.json

``todo`` writes a JSON list of ``{"context", "source", "comment", "numerus"}``; ``fill`` reads the
same list with a ``"translation"`` (a string, or a list of forms for a numerus entry) and marks
those entries finished. Entries are matched on context, source and comment.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "app"
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "app" / "ui" / "translations"
#: language code -> lupdate target language; English holds the plural forms only
LANGUAGES = {"nl": "nl_NL", "de": "de_DE", "fr": "fr_FR"}
PLURAL_ONLY = {"en": "en_US"}
#: code that never shows its words to a user of Kontor (a stand-in server for tests)
EXCLUDED = ("app/sync/reference_server/",)

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%L?n|%L?\d+")


def ts_path(lang: str) -> Path:
    return TS_DIR / f"kontor_{lang}.ts"


def qt_tool(name: str) -> str:
    """``pyside6-lupdate`` / ``pyside6-lrelease``: the binary inside the PySide6 package, else the
    wrapper script on PATH."""
    import PySide6

    exe = Path(PySide6.__file__).parent / (name + (".exe" if sys.platform == "win32" else ""))
    if exe.exists():
        return str(exe)
    wrapper = shutil.which(f"pyside6-{name}")
    if wrapper is None:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return wrapper


def source_files() -> list[str]:
    files = []
    for path in sorted(SOURCE_DIR.rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if not rel.startswith(EXCLUDED):
            files.append(str(path))
    return files


def run_lupdate(targets: dict[str, Path]) -> None:
    """Update (or create) the catalogue of each language in ``targets`` from the code."""
    files = source_files()
    for lang, path in targets.items():
        target = {**LANGUAGES, **PLURAL_ONLY}[lang]
        args = [qt_tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        args += ["-target-language", target]
        if lang in PLURAL_ONLY:
            args.append("-pluralonly")
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([*args, *files, "-ts", str(path)], check=True)


def update(langs: list[str] | None = None) -> None:
    run_lupdate({lang: ts_path(lang) for lang in (langs or [*LANGUAGES, *PLURAL_ONLY])})


def release(ts: Path, qm: Path) -> None:
    """Compile one catalogue into ``qm`` (``pyside6-lrelease``); Kontor does the same at run
    time from a checkout whose compiled catalogues are missing or older than the ``.ts``."""
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def build(out: Path = QM_DIR) -> list[Path]:
    built = []
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        qm = out / f"kontor_{lang}.qm"
        release(ts_path(lang), qm)
        built.append(qm)
    return built


# --- reading and writing entries ----------------------------------------------------------


@dataclass
class Entry:
    context: str
    source: str
    comment: str
    numerus: bool
    forms: list[str]
    unfinished: bool
    element: ET.Element

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def entries(tree: ET.ElementTree) -> list[Entry]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if translation is None:
                forms: list[str] = []
                unfinished = True
            else:
                if numerus:
                    forms = [f.text or "" for f in translation.iter("numerusform")]
                else:
                    forms = [translation.text or ""]
                unfinished = translation.get("type") in ("unfinished", "vanished", "obsolete")
            found.append(
                Entry(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    forms=forms,
                    unfinished=unfinished or not any(forms),
                    element=message,
                )
            )
    return found


def placeholders(text: str) -> list[str]:
    found = PLACEHOLDER.findall(text)
    # %Ln and %n are the same number to a translation
    return sorted(p.replace("%Ln", "%n") for p in found)


def problems(lang: str) -> list[str]:
    """Unfinished entries and translations that lost or invented a placeholder."""
    tree = ET.parse(ts_path(lang))
    found = []
    for entry in entries(tree):
        where = f"{lang}: [{entry.context}] {entry.source!r}"
        if entry.unfinished:
            found.append(f"{where}: not translated")
            continue
        wanted = placeholders(entry.source)
        for form in entry.forms:
            got = placeholders(form)
            if entry.numerus and lang not in PLURAL_ONLY:
                # a form may leave the number out ("un contact") but keeps every other one
                wanted_named = [p for p in wanted if p != "%n"]
                got_named = [p for p in got if p != "%n"]
                if sorted(set(wanted_named)) != sorted(set(got_named)):
                    found.append(f"{where}: placeholders {wanted} became {got} in {form!r}")
            elif sorted(set(wanted)) != sorted(set(got)):
                found.append(f"{where}: placeholders {wanted} became {got} in {form!r}")
    return found


def todo(lang: str) -> list[dict[str, object]]:
    tree = ET.parse(ts_path(lang))
    return [
        {"context": e.context, "source": e.source, "comment": e.comment, "numerus": e.numerus}
        for e in entries(tree)
        if e.unfinished
    ]


def fill(lang: str, items: list[dict[str, object]]) -> tuple[int, list[str]]:
    path = ts_path(lang)
    tree = ET.parse(path)
    by_key = {e.key: e for e in entries(tree)}
    done = 0
    missing = []
    for item in items:
        key = (str(item["context"]), str(item["source"]), str(item.get("comment") or ""))
        entry = by_key.get(key)
        if entry is None:
            missing.append(f"{key[0]}: {key[1]!r}")
            continue
        value = item["translation"]
        message = entry.element
        old = message.find("translation")
        if old is not None:
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        if entry.numerus:
            forms = value if isinstance(value, list) else [value]
            for form in forms:
                ET.SubElement(translation, "numerusform").text = str(form)
        else:
            translation.text = str(value)
        done += 1
    write(tree, path)
    return done, missing


def write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    u = sub.add_parser("update")
    u.add_argument("--lang", action="append", choices=[*LANGUAGES, *PLURAL_ONLY])
    b = sub.add_parser("build")
    b.add_argument("--out", type=Path, default=QM_DIR)
    sub.add_parser("check")
    t = sub.add_parser("todo")
    t.add_argument("--lang", required=True, choices=[*LANGUAGES, *PLURAL_ONLY])
    f = sub.add_parser("fill")
    f.add_argument("--lang", required=True, choices=[*LANGUAGES, *PLURAL_ONLY])
    f.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    if args.command == "update":
        update(args.lang)
    elif args.command == "build":
        for qm in build(args.out):
            print(qm)
    elif args.command == "check":
        found = [p for lang in (*LANGUAGES, *PLURAL_ONLY) for p in problems(lang)]
        for line in found:
            print(line)
        print(f"{len(found)} problem(s)")
        return 1 if found else 0
    elif args.command == "todo":
        json.dump(todo(args.lang), sys.stdout, ensure_ascii=False, indent=1)
        print()
    elif args.command == "fill":
        done, missing = fill(args.lang, json.loads(args.file.read_text(encoding="utf-8")))
        print(f"{done} entries filled")
        for line in missing:
            print(f"not in the catalogue: {line}", file=sys.stderr)
        return 1 if missing else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
