"""``kontor --self-test``: prove that this copy of Kontor starts, and say what is missing if not.

Meant for the frozen build above all (the installers' build runs it), but works from a
checkout too.  It starts Kontor offscreen against a temporary database: runs the migrations,
builds and shows the main window the way the app does, then checks that the resources and the
data of the libraries Kontor relies on load (phone numbers, VAT numbers, countries and
currencies, e-mail addresses, pictures, the keychain) and that each language's catalogue
loads.  One line per check; the last line says how long Kontor took from the start of its
process to the shown main window.

Exit status: 0 when every check passes, 1 when one fails (its line says why).  Nothing of the
user's is read or changed: the database, Qt's settings and the window layout live in a
temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from app import paths

if TYPE_CHECKING:
    from app.services.registry import Services
    from app.ui.main_window import MainWindow

# Taken as early as this module is imported: the fallback start when the process's own start
# time cannot be read.
_IMPORTED_AT = time.time()

ICON_FILE = "kontor.png"
ICON_MIN_SIZE = 256
# The sections the window must list (others, like sync's, may come on top).
REQUIRED_SECTIONS = ("people", "organizations", "customer_lists", "placeholders", "tags", "trash")
DB_LABEL = "self-test"
NAME_WIDTH = 16


class SelfTestError(Exception):
    """A check did not pass; the message says what is wrong, for the person reading the log."""


@dataclass
class Outcome:
    name: str
    ok: bool
    detail: str


@dataclass
class Report:
    """Prints each outcome as it comes, flushing, so a slow or stuck check shows where."""

    out: TextIO
    outcomes: list[Outcome] = field(default_factory=list)

    def line(self, text: str) -> None:
        self.out.write(text + "\n")
        self.out.flush()

    def add(self, outcome: Outcome) -> None:
        self.outcomes.append(outcome)
        mark = "ok  " if outcome.ok else "FAIL"
        self.line(f"  {mark}  {outcome.name:<{NAME_WIDTH}} {outcome.detail}")

    def run(self, name: str, check: Callable[[], str]) -> bool:
        try:
            detail = check()
        except SelfTestError as exc:
            self.add(Outcome(name, False, str(exc)))
            return False
        except Exception as exc:  # a broken bundle fails in ways nobody can list in advance
            self.add(Outcome(name, False, f"{type(exc).__name__}: {exc}"))
            return False
        self.add(Outcome(name, True, detail))
        return True

    def skip(self, name: str, reason: str) -> None:
        self.add(Outcome(name, False, f"not checked: {reason}"))

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if not o.ok]


# --- when the process started --------------------------------------------------------------


def _linux_process_age() -> float:
    """Seconds since this process started, from /proc (10 ms resolution)."""
    stat = Path("/proc/self/stat").read_text()
    # The command name (field 2) may hold spaces; the fields after it are plain numbers.
    fields = stat[stat.rindex(")") + 2 :].split()
    start_ticks = int(fields[19])  # field 22 of the whole line: starttime, in clock ticks
    uptime = float(Path("/proc/uptime").read_text().split()[0])
    return uptime - start_ticks / os.sysconf("SC_CLK_TCK")


def _windows_process_age() -> float:
    import ctypes
    from ctypes import wintypes

    creation, exited, kernel, user = (wintypes.FILETIME() for _ in range(4))
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    if not kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(creation),
        ctypes.byref(exited),
        ctypes.byref(kernel),
        ctypes.byref(user),
    ):
        raise OSError("GetProcessTimes failed")
    ticks = (creation.dwHighDateTime << 32) | creation.dwLowDateTime  # 100 ns since 1601
    started = (ticks - 116_444_736_000_000_000) / 10_000_000
    return time.time() - started


def _macos_process_age() -> float:
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    # sysctl(CTL_KERN, KERN_PROC, KERN_PROC_PID, pid) fills a struct kinfo_proc, whose first
    # member starts with p_starttime, a struct timeval (64-bit seconds, 32-bit microseconds).
    mib = (ctypes.c_int * 4)(1, 14, 1, os.getpid())
    buffer = ctypes.create_string_buffer(1024)
    size = ctypes.c_size_t(len(buffer))
    if libc.sysctl(mib, 4, buffer, ctypes.byref(size), None, ctypes.c_size_t(0)) != 0:
        raise OSError(ctypes.get_errno(), "sysctl kern.proc.pid failed")
    seconds = int.from_bytes(buffer.raw[0:8], sys.byteorder, signed=True)
    micros = int.from_bytes(buffer.raw[8:12], sys.byteorder, signed=True)
    return time.time() - (seconds + micros / 1_000_000)


def process_age() -> tuple[float, str]:
    """How long this process has been running, and since when that is counted.

    The process's own start time where the system tells it (Linux, Windows, macOS); else the
    time this module was imported, which leaves out the interpreter's own start.
    """
    readers: dict[str, Callable[[], float]] = {
        "linux": _linux_process_age,
        "win32": _windows_process_age,
        "darwin": _macos_process_age,
    }
    reader = readers.get(sys.platform)
    if reader is not None:
        try:
            age = reader()
        except Exception:
            age = -1.0
        if 0 <= age < 24 * 3600:
            return age, "after the process started"
    return time.time() - _IMPORTED_AT, "after the self-test began"


# --- the checks ------------------------------------------------------------------------------


def resources_dir() -> Path:
    return paths.repo_root() / "resources"


def alembic_dir() -> Path:
    return paths.repo_root() / "alembic"


def check_alembic_scripts() -> str:
    from app.store.migrations import head_revision, known_revisions

    folder = alembic_dir()
    versions = folder / "versions"
    if not (folder / "env.py").is_file():
        raise SelfTestError(f"the migration scripts are missing: no env.py in {folder}")
    scripts = sorted(versions.glob("*.py"))
    if not scripts:
        raise SelfTestError(f"the migration scripts are missing: nothing in {versions}")
    revisions = known_revisions()
    return f"{len(revisions)} migrations in {folder}, newest {head_revision()}"


def check_database(db_path: Path) -> tuple[str, Services]:
    from app.bootstrap import build_services
    from app.store.migrations import head_revision, known_revisions, read_revision

    started = time.perf_counter()
    services = build_services(db_path)
    took = time.perf_counter() - started
    revision = read_revision(db_path)
    head = head_revision()
    if revision != head:
        services.close()
        raise SelfTestError(f"the new database is at schema {revision}, not {head}")
    # A new book is made from the newest schema without the migrations; they still upgrade
    # every older book, so they must run in the built program too.
    from app.store.migrations import upgrade

    migrated = db_path.with_name("migrated.sqlite")
    started = time.perf_counter()
    try:
        upgrade(migrated, create_from_schema=False)
    except BaseException:
        services.close()
        raise
    by_migrations = time.perf_counter() - started
    if read_revision(migrated) != head:
        services.close()
        raise SelfTestError(f"the migrations left a database at {read_revision(migrated)}")
    return (
        f"new database at schema {head} in {took:.2f} s; "
        f"the {len(known_revisions())} migrations ran in {by_migrations:.2f} s",
        services,
    )


def _process_events(rounds: int = 5) -> None:
    from PySide6.QtCore import QThread  # noqa: TID251 (the self-test checks the UI too)
    from PySide6.QtWidgets import QApplication  # noqa: TID251 (the self-test checks the UI too)

    for _ in range(rounds):
        QApplication.processEvents()
        QThread.msleep(10)


def show_main_window(services: Services) -> MainWindow:
    """The main window, built as ``kontor`` builds it, shown and painted once."""
    from PySide6.QtWidgets import QApplication  # noqa: TID251 (the self-test checks the UI too)

    from app.ui.app import APP_NAME, ORGANIZATION_NAME, build_main_window

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication([sys.argv[0] if sys.argv and sys.argv[0] else "kontor"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    from app.ui.i18n import install_translations

    install_translations()  # as the window of kontor does
    window = build_main_window(services, DB_LABEL)
    window.show()
    _process_events(1)
    return window


def check_main_window(window: MainWindow) -> str:
    from PySide6.QtGui import QGuiApplication  # noqa: TID251 (the self-test checks the UI too)

    if not window.isVisible():
        raise SelfTestError("the main window was built but is not shown")
    title = window.windowTitle()
    if not title.startswith("Kontor"):
        raise SelfTestError(f"the main window's title is {title!r}")
    keys = [section.key for section in window.sections]
    missing = [key for key in REQUIRED_SECTIONS if key not in keys]
    if missing:
        raise SelfTestError(f"sections missing from the main window: {', '.join(missing)}")
    if window.nav_list.count() != len(keys):
        raise SelfTestError(
            f"the navigation lists {window.nav_list.count()} sections, the window has {len(keys)}"
        )
    window.runner.wait(5000)
    _process_events()
    picture = window.grab()
    if picture.isNull() or picture.width() == 0:
        raise SelfTestError("the main window could not be drawn")
    platform = QGuiApplication.platformName()
    return (
        f"{title!r}, {len(keys)} sections, drawn {picture.width()}×{picture.height()} ({platform})"
    )


def check_resources() -> str:
    from PySide6.QtGui import QIcon, QImage  # noqa: TID251 (the self-test checks the UI too)

    folder = resources_dir()
    if not folder.is_dir():
        raise SelfTestError(f"the resources folder is missing: {folder}")
    icon = folder / ICON_FILE
    if not icon.is_file():
        raise SelfTestError(f"the application icon is missing: {icon}")
    image = QImage(str(icon))
    if image.isNull():
        raise SelfTestError(f"the application icon cannot be read: {icon}")
    if min(image.width(), image.height()) < ICON_MIN_SIZE:
        raise SelfTestError(f"the application icon is only {image.width()}×{image.height()}")
    if QIcon(str(icon)).isNull():
        raise SelfTestError(f"Qt cannot make an icon of {icon}")
    files = sum(1 for path in folder.rglob("*") if path.is_file())
    counted = f"{files} file" if files == 1 else f"{files} files"
    return f"{counted} in {folder}, icon {image.width()}×{image.height()}"


def check_pictures() -> str:
    from PIL import Image as PILImage
    from PySide6.QtGui import QImage, QImageReader  # noqa: TID251 (the self-test checks the UI too)

    from app.services.images import load_image

    buffer = io.BytesIO()
    PILImage.new("RGB", (48, 32), (37, 99, 235)).save(buffer, format="JPEG", quality=90)
    data = buffer.getvalue()
    loaded = load_image(data)
    if isinstance(loaded, list):
        reasons = "; ".join(problem.message for problem in loaded)
        raise SelfTestError(f"a JPEG picture was refused: {reasons}")
    image = QImage.fromData(data)
    if image.isNull():
        formats = ", ".join(bytes(f.data()).decode() for f in QImageReader.supportedImageFormats())
        raise SelfTestError(f"Qt cannot show JPEG pictures (it reads: {formats})")
    return f"JPEG read by Pillow and Qt ({image.width()}×{image.height()})"


_VALID_VAT = (
    "BE 0403.019.261",
    "DE136695976",
    "NL004495445B01",
    "ATU13585627",
    "FR40303265045",
    "LU15027442",
    "CHE-116.281.710 MWST",
)
_BAD_VAT = "BE 0403.019.262"


def check_vat_numbers() -> str:
    from stdnum.util import get_cc_module

    from app.domain.checks import EU_VAT_PREFIXES, VAT_CHECKSUM, check_vat

    for number in _VALID_VAT:
        result = check_vat(number)
        if not result.ok:
            raise SelfTestError(f"{number} was not accepted: {result.reason}")
    bad = check_vat(_BAD_VAT)
    if bad.code != VAT_CHECKSUM:
        raise SelfTestError(f"{_BAD_VAT} should fail its check digits, got: {bad.reason}")
    # python-stdnum finds each country's rules by name at run time: all must be there.
    aliases = {"el": "gr", "xi": "gb"}
    missing = [
        prefix
        for prefix in sorted(EU_VAT_PREFIXES)
        if get_cc_module(aliases.get(prefix.lower(), prefix.lower()), "vat") is None
    ]
    if missing:
        raise SelfTestError(f"no VAT rules for {', '.join(missing)}")
    return f"{len(_VALID_VAT)} numbers checked, rules for {len(EU_VAT_PREFIXES)} EU prefixes"


def check_phone_numbers() -> str:
    from app.domain.checks import parse_phone

    cases = (
        ("02 555 12 12", "BE", "+3225551212"),
        ("0470 12 34 56", "BE", "+32470123456"),
        ("+49 30 1234567", None, "+49301234567"),
    )
    for text, region, expected in cases:
        result = parse_phone(text, region)
        if result.reason is not None or result.e164 != expected:
            where = f" (region {region})" if region else ""
            raise SelfTestError(
                f"{text}{where} read as {result.e164}, expected {expected}: {result.reason}"
            )
    return f"Belgian and German numbers read ({cases[0][0]} → {cases[0][2]})"


def check_countries() -> str:
    import pycountry

    from app.domain.checks import currency_decimals, is_valid_currency, postal_code_problem

    belgium = pycountry.countries.get(alpha_2="BE")
    if belgium is None or belgium.name != "Belgium":
        raise SelfTestError("the country list does not know Belgium (BE)")
    if not is_valid_currency("EUR") or is_valid_currency("EUX"):
        raise SelfTestError("the currency list is not complete (EUR)")
    if currency_decimals("EUR") != 2:
        raise SelfTestError("EUR should have 2 decimals")
    if postal_code_problem("BE", "1000") is not None or postal_code_problem("BE", "10000") is None:
        raise SelfTestError("Belgian postal codes are not checked")
    countries = len(pycountry.countries)
    currencies = len(pycountry.currencies)
    return f"{countries} countries, {currencies} currencies"


def check_email() -> str:
    from app.domain.checks import email_problem

    good, bad = "info@kontor.be", "info@@kontor.be"
    problem = email_problem(good)
    if problem is not None:
        raise SelfTestError(f"{good} was refused: {problem}")
    if email_problem(bad) is None:
        raise SelfTestError(f"{bad} was accepted")
    return f"{good} accepted, {bad} refused"


_NATIVE_KEYRINGS = {
    "win32": "keyring.backends.Windows",
    "darwin": "keyring.backends.macOS",
    "linux": "keyring.backends.SecretService",
}


def check_keyring() -> str:
    import importlib

    import keyring
    from keyring.backends import fail

    native = _NATIVE_KEYRINGS.get(sys.platform)
    if native is not None:
        importlib.import_module(native)
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    # Windows and macOS always have their keychain; on Linux it needs a desktop session.
    if sys.platform in ("win32", "darwin") and isinstance(backend, fail.Keyring):
        raise SelfTestError(f"no keychain found ({name}): the API token could not be kept")
    loaded = f"{native} loaded, " if native else ""
    return f"{loaded}in use: {name}"


# A message each catalogue should know: a menu title, or a plural form in English.
_TRANSLATION_SAMPLES: dict[str, tuple[str, str, int]] = {
    "en": ("ContactsPage", "%Ln people", 1),
    "nl": ("MainWindow", "&File", -1),
    "de": ("MainWindow", "&File", -1),
    "fr": ("MainWindow", "&File", -1),
}


def check_translation(language: str) -> str:
    """Kontor's catalogue of ``language`` (and Qt's, for the standard buttons) loads."""
    from app.ui.i18n import LANGUAGES, TranslationError, load_catalogue

    try:
        catalogue = load_catalogue(language)
    except TranslationError as exc:
        raise SelfTestError(str(exc)) from None
    if language != "en" and catalogue.qt is None:
        raise SelfTestError(
            f"Qt's own catalogue (qtbase_{language}.qm) is missing: standard buttons stay English"
        )
    context, text, n = _TRANSLATION_SAMPLES[language]
    found = catalogue.kontor.translate(context, text, None, n)
    sample = f"{text!r} → {found!r}" if found else f"no translation of {text!r} yet"
    size = catalogue.kontor_file.stat().st_size // 1024
    qt = f", {catalogue.qt_file.name}" if catalogue.qt_file is not None else ""
    return f"{LANGUAGES[language]}: {catalogue.kontor_file.name} ({size} KiB){qt}; {sample}"


# --- running -------------------------------------------------------------------------------


def _keep_settings_in(folder: Path) -> None:
    """Point Qt's settings at ``folder`` for the rest of this process, so the user's window
    layout is neither read nor overwritten."""
    from PySide6.QtCore import QSettings  # noqa: TID251 (the self-test checks the UI too)

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "user"))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder / "system"))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kontor")
    except PackageNotFoundError:
        return "(version unknown)"


def _close(window: MainWindow | None, services: Services | None) -> None:
    if window is not None:
        window.close()
        window.deleteLater()
        _process_events()
    if services is not None:
        services.close()


def run_self_test(*, max_startup: float | None = None, out: TextIO | None = None) -> int:
    """Run every check, print one line each to ``out`` (stdout); 0 when all pass, else 1.

    ``max_startup``: fail when the main window took longer (seconds) to show.
    """
    began = time.time()
    # Started by this self-test (kontor --self-test): the startup counts from the process's
    # start.  Inside a program that already runs Qt, only the self-test's own time means much.
    fresh = "PySide6.QtGui" not in sys.modules
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt's GUI is loaded
    stream = out if out is not None else sys.stdout
    report = Report(stream if stream is not None else open(os.devnull, "w"))  # noqa: SIM115
    frozen = bool(getattr(sys, "frozen", False))
    report.line(f"Kontor {_version()} self-test ({'frozen' if frozen else 'from source'})")

    window: MainWindow | None = None
    services: Services | None = None
    startup: tuple[float, str] | None = None
    with tempfile.TemporaryDirectory(prefix="kontor-self-test-") as temp:
        folder = Path(temp)
        try:
            _keep_settings_in(folder)
            report.run("alembic scripts", check_alembic_scripts)

            def database() -> str:
                nonlocal services
                detail, services = check_database(folder / "kontor.sqlite")
                return detail

            if report.run("database", database) and services is not None:
                opened = services

                def main_window() -> str:
                    nonlocal window, startup
                    window = show_main_window(opened)
                    if fresh:
                        startup = process_age()
                    else:
                        startup = (time.time() - began, "after the self-test began")
                    detail = check_main_window(window)
                    return f"{detail}, shown {startup[0]:.2f} s {startup[1]}"

                report.run("main window", main_window)
            else:
                report.skip("main window", "the database could not be opened")
            report.run("resources", check_resources)
            report.run("pictures", check_pictures)
            report.run("phone numbers", check_phone_numbers)
            report.run("VAT numbers", check_vat_numbers)
            report.run("countries", check_countries)
            report.run("e-mail", check_email)
            report.run("keychain", check_keyring)
            from app.ui.i18n import LANGUAGES

            for language in LANGUAGES:
                report.run(f"translation {language}", partial(check_translation, language))
            if startup is not None and max_startup is not None:
                seconds = startup[0]

                def startup_time() -> str:
                    if seconds > max_startup:
                        raise SelfTestError(
                            f"the main window took {seconds:.2f} s, more than {max_startup:g} s"
                        )
                    return f"{seconds:.2f} s, within {max_startup:g} s"

                report.run("startup time", startup_time)
        finally:
            _close(window, services)

    failed = report.failed
    total = len(report.outcomes)
    shown = f"main window shown {startup[0]:.2f} s {startup[1]}" if startup else "no main window"
    if failed:
        names = ", ".join(o.name for o in failed)
        report.line(f"self-test FAILED: {len(failed)} of {total} checks ({names}); {shown}")
        return 1
    report.line(f"self-test passed: {total} checks; {shown}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """``kontor --self-test [--max-startup SECONDS]``."""
    parser = argparse.ArgumentParser(
        prog="kontor --self-test",
        description="Start Kontor offscreen on a temporary database and check that it works.",
    )
    parser.add_argument("--self-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--max-startup",
        type=float,
        metavar="SECONDS",
        help="fail when the main window takes longer than this to show",
    )
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    return run_self_test(max_startup=args.max_startup)


__all__ = ["SelfTestError", "main", "process_age", "run_self_test"]


if __name__ == "__main__":
    raise SystemExit(main())
