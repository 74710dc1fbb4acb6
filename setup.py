"""Kontor's build, beside pyproject.toml: the compiled catalogues go into the package.

``pip wheel .`` and ``pip install .`` compile ``resources/translations/kontor_*.ts`` into the
built package's ``app/ui/translations``; ``pip install -e .`` compiles them into the checkout's
``app/ui/translations`` (which git ignores). Both run ``packaging/translations.py``'s
``build``, as ``python3 packaging/translations.py build`` does.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
CATALOGUES = Path("app") / "ui" / "translations"


def translation_tools() -> ModuleType:
    """``packaging/translations.py`` (a script, not part of the package)."""
    name = "kontor_packaging_translations"
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while it loads
    spec.loader.exec_module(module)
    return module


class BuildPyWithTranslations(build_py):  # type: ignore[misc]
    """build_py that also compiles the catalogues (``pyside6-lrelease``) into the package."""

    def run(self) -> None:
        super().run()
        # An editable install runs the package from the checkout: the catalogues go there.
        out = ROOT / CATALOGUES if self.editable_mode else Path(self.build_lib) / CATALOGUES
        for qm in translation_tools().build(out):
            print(f"compiled {qm.name} into {out}")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = list(super().get_outputs(include_bytecode))
        if not self.editable_mode:
            tools = translation_tools()
            langs = [*tools.LANGUAGES, *tools.PLURAL_ONLY]
            outputs += [str(Path(self.build_lib) / CATALOGUES / f"kontor_{x}.qm") for x in langs]
        return outputs


setup(cmdclass={"build_py": BuildPyWithTranslations})
