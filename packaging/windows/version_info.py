"""The version resource of ``kontor.exe`` (what Explorer shows under Properties → Details).

The spec writes it with :func:`write` before it builds the executables on Windows; the text
is the ``VSVersionInfo`` form PyInstaller reads (``EXE(version=PATH)``).  Run by hand,
``python3 packaging/windows/version_info.py OUT.txt`` writes the file for the version in
``pyproject.toml``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import kontor_release as release

_TEMPLATE = """\
# UTF-8
# The version resource of {exe}.exe, written by packaging/windows/version_info.py.
VSVersionInfo(
  ffi=FixedFileInfo(
    filevers={numbers},
    prodvers={numbers},
    mask=0x3F,
    flags=0x0,
    OS=0x40004,
    fileType=0x1,
    subtype=0x0,
    date=(0, 0),
  ),
  kids=[
    StringFileInfo([
      StringTable(
        '040904B0',
        [
          StringStruct('CompanyName', {publisher!r}),
          StringStruct('FileDescription', {description!r}),
          StringStruct('FileVersion', {version!r}),
          StringStruct('InternalName', {exe!r}),
          StringStruct('LegalCopyright', {copyright!r}),
          StringStruct('OriginalFilename', {original!r}),
          StringStruct('ProductName', {product!r}),
          StringStruct('ProductVersion', {version!r}),
        ],
      )
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])]),
  ],
)
"""


def render(version: str, exe: str = release.EXE_NAME) -> str:
    """The version resource text for ``version`` (e.g. ``"0.1.0"``)."""
    return _TEMPLATE.format(
        numbers=release.windows_version(version),
        publisher=release.PUBLISHER,
        description=release.DESCRIPTION,
        version=version,
        exe=exe,
        copyright=release.COPYRIGHT,
        original=f"{exe}.exe",
        product=release.APP_NAME,
    )


def write(path: Path, version: str, exe: str = release.EXE_NAME) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render(version, exe), encoding="utf-8")
    return path


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: version_info.py OUT.txt")
    print(write(Path(sys.argv[1]), release.version()))
