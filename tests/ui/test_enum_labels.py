"""Every enum value the editors show has a label the catalogues can translate."""

from __future__ import annotations

import ast
import enum
import inspect
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from pytestqt.qtbot import QtBot

import app.domain.enums as enums
import app.ui.enum_labels as enum_labels
from app.domain.enums import KNOWN_ORGANIZATION_TYPES, AddressType, PhoneUsage
from app.ui.editors.widgets import ChoiceChecks, EnumCombo, humanize
from app.ui.enum_labels import ENUM_LABELS, ORGANIZATION_TYPE_LABELS
from app.ui.i18n import _translation_tools


def closed_enum_values() -> dict[str, str]:
    """value -> "EnumName.MEMBER" for every closed enum of app/domain/enums.py."""
    found: dict[str, str] = {}
    for name, member in inspect.getmembers(enums, inspect.isclass):
        if issubclass(member, enum.Enum) and member.__module__ == enums.__name__:
            for item in member:
                found.setdefault(str(item.value), f"{name}.{item.name}")
    return found


def test_every_enum_value_has_a_label() -> None:
    values = closed_enum_values()
    assert len(values) > 70
    missing = [
        f'    "{value}": QT_TRANSLATE_NOOP("EnumValue", "{humanize(value)}"),  # {where}'
        for value, where in values.items()
        if value not in ENUM_LABELS
    ]
    assert not missing, "add to app/ui/enum_labels.py:\n" + "\n".join(missing)
    stale = sorted(set(ENUM_LABELS) - set(values))
    assert not stale, f"labels of values no enum has any more: {stale}"


def test_every_organization_type_the_filter_offers_has_a_label() -> None:
    assert set(ORGANIZATION_TYPE_LABELS) == set(KNOWN_ORGANIZATION_TYPES)


def test_every_label_is_a_literal_lupdate_finds() -> None:
    """Each label is written ``QT_TRANSLATE_NOOP("EnumValue", "…")`` with literal strings."""
    tree = ast.parse(Path(inspect.getfile(enum_labels)).read_text(encoding="utf-8"))
    tables = {
        node.target.id: node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
    }
    for name, labels in (
        ("ENUM_LABELS", ENUM_LABELS),
        ("ORGANIZATION_TYPE_LABELS", ORGANIZATION_TYPE_LABELS),
    ):
        table = tables[name]
        assert isinstance(table, ast.Dict)
        assert literal_labels(table) == labels


def literal_labels(table: ast.Dict) -> dict[str, str]:
    written: dict[str, str] = {}
    for key, value in zip(table.keys, table.values, strict=True):
        assert isinstance(key, ast.Constant) and isinstance(key.value, str)
        assert isinstance(value, ast.Call) and isinstance(value.func, ast.Name)
        assert value.func.id == "QT_TRANSLATE_NOOP", key.value
        context, text = value.args
        assert isinstance(context, ast.Constant) and context.value == "EnumValue", key.value
        assert isinstance(text, ast.Constant) and isinstance(text.value, str), key.value
        written[key.value] = text.value
    return written


def test_pickers_show_the_translated_labels(qtbot: QtBot, tmp_path: Path) -> None:
    ts = tmp_path / "labels.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
        "<context><name>EnumValue</name>"
        "<message><source>Home office</source><translation>Homeoffice</translation></message>"
        "<message><source>Invoices</source><translation>Rechnungen</translation></message>"
        "<message><source>Call</source><translation>Anruf</translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    qm = tmp_path / "labels.qm"
    lrelease = _translation_tools().qt_tool("lrelease")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        combo = EnumCombo([t.value for t in AddressType])
        qtbot.addWidget(combo)
        combo.set_value("HOME_OFFICE")
        assert combo.currentText() == "Homeoffice"
        assert combo.value() == "HOME_OFFICE"
        checks = ChoiceChecks([u.value for u in PhoneUsage])
        qtbot.addWidget(checks)
        assert checks.box("CALL").text() == "Anruf"
        assert humanize("INVOICES") == "Rechnungen"
        assert humanize("WAREHOUSE") == "Warehouse"  # not translated yet: the English label
    finally:
        QCoreApplication.removeTranslator(translator)
