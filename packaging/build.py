"""Build Kontor's one-folder bundle and prove that it starts.

    python3 packaging/build.py

1. makes the icons from ``resources/kontor.png`` (into ``build/icons``) and compiles the
   translation catalogues (into ``build/translations``);
2. runs PyInstaller with ``packaging/kontor.spec`` (into ``dist/``: ``dist/kontor/`` on Linux
   and Windows, ``dist/Kontor.app`` on macOS);
3. runs the built ``kontor --self-test``.

It prints the build time, the bundle's size and the self-test's report, and exits non-zero
when a step fails.  ``--dist``, ``--work``, ``--icons`` and ``--translations`` choose other folders;
``--skip-self-test`` stops after the build.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import kontor_release as release
import translations
from make_icons import IconError, make_icons


def folder_size(path: Path) -> int:
    """Bytes in the files under ``path`` (links are not followed, so nothing counts twice)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KiB", "MiB"):
        if value < 1024:
            return f"{value:.0f} {unit}"
        value /= 1024
    return f"{value:.1f} GiB"


def run_pyinstaller(dist: Path, work: Path, icons: Path, catalogues: Path) -> int:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(release.SPEC),
    ]
    env = {**os.environ, "KONTOR_ICONS_DIR": str(icons), "KONTOR_TRANSLATIONS_DIR": str(catalogues)}
    return subprocess.run(command, cwd=release.ROOT, env=env, check=False).returncode


def run_self_test(dist: Path, extra: list[str]) -> int:
    command = release.frozen_command(dist)
    if not command.is_file():
        print(f"build: the built program is missing: {command}", file=sys.stderr)
        return 1
    print(f"$ {command} --self-test {' '.join(extra)}".rstrip(), flush=True)
    return subprocess.run([str(command), "--self-test", *extra], check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Kontor's one-folder bundle and test it.")
    parser.add_argument("--dist", type=Path, default=release.ROOT / "dist")
    parser.add_argument("--work", type=Path, default=release.ROOT / "build" / "pyinstaller")
    parser.add_argument("--icons", type=Path, default=release.DEFAULT_ICONS_DIR)
    parser.add_argument(
        "--translations", type=Path, default=release.ROOT / "build" / "translations"
    )
    parser.add_argument("--skip-self-test", action="store_true")
    parser.add_argument(
        "--max-startup",
        type=float,
        metavar="SECONDS",
        help="make the self-test fail when the main window takes longer to show",
    )
    args = parser.parse_args(argv)
    dist, work, icons = args.dist.resolve(), args.work.resolve(), args.icons.resolve()

    started = time.perf_counter()
    try:
        made = make_icons(release.SOURCE_ICON, icons)
    except IconError as exc:
        print(f"build: {exc}", file=sys.stderr)
        return 1
    print(f"icons: {made.ico.name}, {made.icns.name}, {len(made.pngs)} PNG sizes in {icons}")
    catalogues = args.translations.resolve()
    try:
        compiled = translations.build(catalogues)
    except (OSError, subprocess.CalledProcessError) as exc:
        print(f"build: the translation catalogues could not be compiled: {exc}", file=sys.stderr)
        return 1
    print(f"translations: {', '.join(qm.name for qm in compiled)} in {catalogues}")
    version = release.version()
    print(f"building Kontor {version} for {release.system()} with PyInstaller …", flush=True)
    code = run_pyinstaller(dist, work, icons, catalogues)
    if code != 0:
        print(f"build: PyInstaller failed (exit {code})", file=sys.stderr)
        return code
    took = time.perf_counter() - started
    bundle = release.bundle_path(dist)
    print(f"built {bundle} in {took:.0f} s: {human_size(folder_size(bundle))}", flush=True)

    if args.skip_self_test:
        return 0
    extra = [] if args.max_startup is None else ["--max-startup", f"{args.max_startup:g}"]
    code = run_self_test(dist, extra)
    if code != 0:
        print(f"build: the built Kontor failed its self-test (exit {code})", file=sys.stderr)
    return code


if __name__ == "__main__":
    raise SystemExit(main())
