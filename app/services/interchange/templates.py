"""Saved CSV column mappings ("templates"), one JSON file each under the data folder.

``<data dir>/templates/csv/<name>.json`` holds ``{"name", "columns", "date_order"}``.  A name
becomes a file name by keeping letters, digits, spaces, ``-`` and ``_`` (anything else is
refused), so a template can never be written outside its folder.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path

from app import paths
from app.i18n import translate
from app.services.interchange.csv_read import CsvMapping

_NAME = re.compile(r"[\w \-]{1,80}")


class TemplateError(Exception):
    """A template cannot be saved or loaded; the message says why."""


def default_folder() -> Path:
    return paths.data_dir() / "templates" / "csv"


def _damaged(name: str, why: str) -> str:
    return translate("Import", "the template “{name}” is damaged: {why}").format(name=name, why=why)


class MappingTemplates:
    def __init__(self, folder: Path | None = None) -> None:
        self.folder = folder or default_folder()

    def _path(self, name: str) -> Path:
        clean = name.strip()
        if not _NAME.fullmatch(clean) or clean.startswith(("-", " ")):
            raise TemplateError(
                translate(
                    "Import",
                    "“{name}” cannot be a template name: use letters, digits, spaces, - and _ "
                    "(at most 80).",
                ).format(name=name)
            )
        return self.folder / f"{clean}.json"

    def names(self) -> list[str]:
        if not self.folder.is_dir():
            return []
        return sorted((p.stem for p in self.folder.glob("*.json")), key=str.casefold)

    def save(self, name: str, mapping: CsvMapping) -> Path:
        problems = mapping.problems()
        if problems:
            raise TemplateError("; ".join(problems))
        path = self._path(name)
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"name": name.strip(), **mapping.to_json()}
        fd, temp = tempfile.mkstemp(dir=self.folder, suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False, indent=2)
        os.replace(temp, path)
        return path

    def load(self, name: str) -> CsvMapping:
        path = self._path(name)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError as exc:
            raise TemplateError(
                translate("Import", "there is no template “{name}”").format(name=name)
            ) from exc
        except (OSError, ValueError) as exc:
            raise TemplateError(
                translate("Import", "the template “{name}” cannot be read: {error}").format(
                    name=name, error=exc
                )
            ) from exc
        if not isinstance(data, dict):
            raise TemplateError(
                translate("Import", "the template “{name}” is damaged").format(name=name)
            )
        try:
            mapping = CsvMapping.from_json(data)
        except ValueError as exc:
            raise TemplateError(_damaged(name, str(exc))) from exc
        problems = mapping.problems()
        if problems:
            raise TemplateError(_damaged(name, "; ".join(problems)))
        return mapping

    def delete(self, name: str) -> bool:
        path = self._path(name)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        return True


__all__ = ["MappingTemplates", "TemplateError", "default_folder"]
