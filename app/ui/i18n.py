"""Kontor in the office's language: which language, its catalogues, and where they are.

:func:`install_translations` chooses the language (``KONTOR_LANG``, else the choice made in
Preferences, else the system's language when Kontor speaks it, else English), loads Kontor's
catalogue and Qt's own (the standard buttons), sets the locale that dates and numbers follow,
and hands the layers without Qt (:mod:`app.i18n`) a function that looks their messages up.
It works without a QApplication (the command line); the window's QApplication gets the same
catalogues when it is made.

The compiled catalogues (``kontor_<lang>.qm``) ship in ``app/ui/translations``. In a checkout
where they are missing or older than their ``.ts`` in ``resources/translations``, they are
compiled (``pyside6-lrelease``, as ``packaging/translations.py build`` does) into the user's
cache folder and loaded from there.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import app.i18n

# What the language is chosen from is shared with the reader that works without Qt: the system
# languages followed, ``KONTOR_LANG`` (overrides every other choice), the Preferences key
# (absent: the system language) and the reading of a language code.
from app.qm import ENV_VAR, SETTINGS_KEY, SYSTEM_LANGUAGES, language_code

#: language code -> the language's name in itself (Kontor speaks these)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "nl": "Nederlands",
    "de": "Deutsch",
    "fr": "Français",
}
#: the country whose formats a language follows when the system does not name one
DEFAULT_COUNTRY = {"nl": "NL", "de": "DE", "fr": "FR"}
#: where the compiled catalogues ship
PACKAGED_DIR = Path(__file__).resolve().parent / "translations"
#: the checkout this copy of Kontor runs from, if it does (it holds resources/translations and
#: packaging/translations.py); an installed Kontor has neither beside its package
SOURCE_ROOT = Path(__file__).resolve().parents[2]


class TranslationError(Exception):
    """A catalogue could not be found, compiled or loaded; the message says which and why."""


@dataclass
class Catalogue:
    """The loaded translators of one language (kept alive here: Qt holds only pointers)."""

    language: str
    kontor: QTranslator
    kontor_file: Path
    qt: QTranslator | None
    qt_file: Path | None

    def translators(self) -> list[QTranslator]:
        return [t for t in (self.kontor, self.qt) if t is not None]


# --- which language ------------------------------------------------------------------------


def _settings() -> QSettings:
    # The same store as app.ui.main_window.kontor_settings(), without loading the window.
    return QSettings("Kontor", "Kontor")


def saved_language() -> str | None:
    """The language chosen in Preferences, or None for the system's language."""
    return language_code(_settings().value(SETTINGS_KEY))


def save_language(language: str | None) -> None:
    """Keep ``language`` (None: follow the system) for the next start of Kontor."""
    settings = _settings()
    code = language_code(language)
    if code is None:
        settings.remove(SETTINGS_KEY)
    else:
        settings.setValue(SETTINGS_KEY, code)
    settings.sync()


def system_language() -> str:
    """The system's language when Kontor speaks it (nl, de, fr), else English."""
    code = language_code(QLocale.system().name())
    return code if code in SYSTEM_LANGUAGES else "en"


def chosen_language(language: str | None = None) -> str:
    """``language`` if given, else ``KONTOR_LANG``, else the Preferences choice, else the
    system's language (:func:`system_language`)."""
    for candidate in (language, os.environ.get(ENV_VAR), saved_language()):
        code = language_code(candidate)
        if code is not None:
            return code
    return system_language()


def locale_for(language: str) -> QLocale:
    """The locale dates and numbers follow in ``language``: the system's country when the
    system speaks that language (de_AT stays de_AT) or has a variant of it for its country
    (fr in Belgium: fr_BE), else the language's home (nl_NL, de_DE, fr_FR). English on a
    system without a language (C, POSIX) keeps the system's neutral formats."""
    system = QLocale.system()
    if language_code(system.name()) == language:
        return system
    if system.language() == QLocale.Language.C:
        if language == "en":
            # neutral formats, but counts grouped as the English source text groups them
            # ("1,234 people", in Qt's %Ln as in the layers without Qt)
            neutral = QLocale(system)
            neutral.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
            return neutral
        return QLocale(f"{language}_{DEFAULT_COUNTRY[language]}")
    wanted = QLocale(language)
    variant = QLocale(wanted.language(), system.territory())
    if variant.language() == wanted.language() and variant.territory() == system.territory():
        return variant
    country = DEFAULT_COUNTRY.get(language)
    return QLocale(f"{language}_{country}") if country else wanted


# --- where the catalogues are ----------------------------------------------------------------


def _ts_file(language: str) -> Path:
    return SOURCE_ROOT / "resources" / "translations" / f"kontor_{language}.ts"


def _cache_dir() -> Path:
    return Path(user_cache_dir("Kontor", appauthor=False)) / "translations"


def _translation_tools() -> ModuleType:
    """``packaging/translations.py`` of this checkout (what ``build`` runs)."""
    script = SOURCE_ROOT / "packaging" / "translations.py"
    name = "kontor_packaging_translations"
    loaded = sys.modules.get(name)
    if loaded is not None:
        return loaded
    spec = importlib.util.spec_from_file_location(name, script)
    if spec is None or spec.loader is None or not script.is_file():
        raise TranslationError(f"cannot compile the catalogues: {script} is missing")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up while it loads
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]
        raise
    return module


# (.ts path, its mtime and size) -> its compiled copy: compiled once per process
_compiled: dict[tuple[Path, float, int], Path] = {}


def _compile_to_cache(ts: Path) -> Path:
    stat = ts.stat()
    key = (ts, stat.st_mtime, stat.st_size)
    known = _compiled.get(key)
    if known is not None and known.is_file():
        return known
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    folder = _cache_dir()
    qm = folder / f"{ts.stem}-{digest}.qm"
    if not qm.is_file():
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{qm.name}.{os.getpid()}.part"
        try:
            _translation_tools().release(ts, partial)
            os.replace(partial, qm)  # whole, even with several Kontors starting at once
        except Exception as exc:
            with suppress(OSError):
                partial.unlink()
            raise TranslationError(f"cannot compile {ts.name}: {exc}") from exc
        for old in folder.glob(f"{ts.stem}-*.qm"):
            if old != qm:
                with suppress(OSError):  # in use by another Kontor on Windows
                    old.unlink()
    _compiled[key] = qm
    return qm


def catalogue_file(language: str) -> Path:
    """Kontor's compiled catalogue of ``language``: the packaged one, or (in a checkout where
    that is missing or older than the ``.ts``) one compiled into the cache."""
    packaged = PACKAGED_DIR / f"kontor_{language}.qm"
    ts = _ts_file(language)
    if getattr(sys, "frozen", False) or not ts.is_file():
        if packaged.is_file():
            return packaged
        raise TranslationError(f"{packaged.name} is missing from {PACKAGED_DIR}")
    if packaged.is_file() and packaged.stat().st_mtime >= ts.stat().st_mtime:
        return packaged
    return _compile_to_cache(ts)


def qt_catalogue_dir() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


# --- loading -------------------------------------------------------------------------------


def load_catalogue(language: str) -> Catalogue:
    """Kontor's and Qt's catalogues of ``language``, loaded (not installed).

    Raises :class:`TranslationError` when Kontor's catalogue is missing, unreadable or empty.
    Qt's own is optional (English has none to speak of)."""
    if language not in LANGUAGES:
        raise TranslationError(f"Kontor does not speak {language!r}")
    path = catalogue_file(language)
    kontor = QTranslator()
    if not kontor.load(str(path)):
        raise TranslationError(f"{path} could not be loaded")
    if kontor.isEmpty():
        raise TranslationError(f"{path} holds no translations")
    qt: QTranslator | None = None
    qt_file: Path | None = None
    if language != "en":
        folder = qt_catalogue_dir()
        candidate = QTranslator()
        if candidate.load(f"qtbase_{language}", str(folder)):
            qt, qt_file = candidate, Path(candidate.filePath())
    return Catalogue(language, kontor, path, qt, qt_file)


# The loaded catalogues (kept alive as long as Kontor runs) and the ones in use.
_loaded: dict[str, Catalogue] = {}
_current: Catalogue | None = None
_installed_on_app: list[QTranslator] = []
_uninstall_at_exit: list[bool] = []


def _fill_count(text: str, n: int) -> str:
    """Qt's ``%n`` and ``%Ln`` (with the locale's digit grouping) filled in with ``n``; without
    a locale (C, POSIX) grouped as the English source text is ("1,234")."""
    locale = QLocale()
    grouped = f"{n:,}" if locale.language() == QLocale.Language.C else locale.toString(n)
    return text.replace("%Ln", grouped).replace("%n", str(n))


def _lookup_in(translator: QTranslator | None) -> app.i18n.Lookup:
    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        try:
            found = translator.translate(context, text, disambiguation, n) if translator else ""
        except RuntimeError:  # the catalogue went with Qt at exit; a late worker's words
            found = ""
        result = found or text
        return _fill_count(result, n) if n >= 0 else result

    return lookup


def _warn(message: str) -> None:
    print(f"kontor: {message}; the texts stay in English", file=sys.stderr)


def install_translations(language: str | None = None) -> str:
    """Speak ``language`` (or the one :func:`chosen_language` picks) from now on; returns it.

    Loads the catalogues (once per language), installs them on the QCoreApplication when one
    exists, sets the default locale and installs :mod:`app.i18n`'s lookup. A catalogue that
    cannot be loaded leaves the English texts, with a warning on stderr."""
    global _current
    code = chosen_language(language)
    catalogue = _loaded.get(code)
    if catalogue is None:
        try:
            catalogue = load_catalogue(code)
        except TranslationError as exc:
            if code != "en":
                _warn(str(exc))
        else:
            _loaded[code] = catalogue
    _current = catalogue
    attach_to_application()
    QLocale.setDefault(locale_for(code))
    app.i18n.install(_lookup_in(catalogue.kontor if catalogue else None))
    if not _uninstall_at_exit:
        # Workers still running at exit fall back to the source text, not a freed catalogue.
        atexit.register(app.i18n.install, None)
        _uninstall_at_exit.append(True)
    return code


def attach_to_application() -> None:
    """Put the catalogues in use on the QCoreApplication (one made after
    :func:`install_translations` gets them this way too)."""
    application = QCoreApplication.instance()
    if application is None:
        return
    for translator in _installed_on_app:
        QCoreApplication.removeTranslator(translator)
    _installed_on_app.clear()
    if _current is None:
        return
    for translator in _current.translators():
        QCoreApplication.installTranslator(translator)
        _installed_on_app.append(translator)


def current_language() -> str:
    """The language in use ("en" before :func:`install_translations`)."""
    return _current.language if _current is not None else "en"


def translator_for(language: str) -> Callable[[str, str, str | None, int], str]:
    """A look-up in ``language``'s catalogue without installing it (tests, the self-test)."""
    return _lookup_in(load_catalogue(language).kontor)


__all__ = [
    "ENV_VAR",
    "LANGUAGES",
    "SETTINGS_KEY",
    "Catalogue",
    "TranslationError",
    "attach_to_application",
    "catalogue_file",
    "chosen_language",
    "current_language",
    "install_translations",
    "load_catalogue",
    "locale_for",
    "save_language",
    "saved_language",
    "system_language",
]
