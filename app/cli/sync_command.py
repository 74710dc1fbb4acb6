"""``kontor sync``: one sync run of a database from a terminal, a script or a scheduler.

The settings come from the database (what Preferences stored), overridden for this run by
``--url`` / ``--org``; a database without settings keeps the flags' values once the server
has answered, so the next run needs no flags.  The API token comes from ``KONTOR_API_TOKEN``
or the system keychain, never from the command line (other users could read it in the
process list), and is never printed.

Progress goes to stderr (one updating line on a terminal, plain lines otherwise), the
summary to stdout.  Exit status: see :data:`EXIT_CODES`.  The first Ctrl+C cancels the run at
the next safe point (what was sent stays sent, the rest stays in the outbox); a second one
stops at once (the open transaction is rolled back).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import shutil
import signal
import sys
import threading
import time
import traceback
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from types import FrameType
from typing import TYPE_CHECKING, Any, Final, TextIO

from app.i18n import QT_TRANSLATE_NOOP, tr, translate

if TYPE_CHECKING:  # the sync stack is imported when a run starts, not with `kontor --help`
    from app.services.sync import SyncService
    from app.store.database import Database
    from app.sync.accounts import Account
    from app.sync.credentials import TokenStore
    from app.sync.progress import SyncProgress, SyncSummary
    from app.sync.settings import SyncSettings

EXIT_COMPLETE: Final = 0
EXIT_INCOMPLETE: Final = 1
EXIT_SETUP: Final = 2
EXIT_CREDENTIALS: Final = 3
EXIT_INTERRUPTED: Final = 130

# The words below are English; they are shown with ``translate("Command line", ...)``.
EXIT_CODES: Final = {
    EXIT_COMPLETE: QT_TRANSLATE_NOOP("Command line", "the run is complete"),
    EXIT_INCOMPLETE: QT_TRANSLATE_NOOP(
        "Command line", "incomplete, offline, cancelled, or deletions wait for --allow-deletions"
    ),
    EXIT_SETUP: QT_TRANSLATE_NOOP(
        "Command line", "usage or set-up problem (no settings, no token, bad address, database)"
    ),
    EXIT_CREDENTIALS: QT_TRANSLATE_NOOP("Command line", "the server refused the API token"),
    EXIT_INTERRUPTED: QT_TRANSLATE_NOOP(
        "Command line", "stopped with Ctrl+C (what was not sent stays queued)"
    ),
}

_OUTCOME_WORDS: Final = {
    "ok": QT_TRANSLATE_NOOP("Command line", "complete"),
    "incomplete": QT_TRANSLATE_NOOP("Command line", "incomplete"),
    "offline": QT_TRANSLATE_NOOP("Command line", "offline"),
    "credentials": QT_TRANSLATE_NOOP("Command line", "refused (credentials)"),
    "cancelled": QT_TRANSLATE_NOOP("Command line", "cancelled"),
    "needs_confirmation": QT_TRANSLATE_NOOP("Command line", "waiting for confirmation"),
    "error": QT_TRANSLATE_NOOP("Command line", "failed"),
}

HELP: Final = QT_TRANSLATE_NOOP(
    "Command line", "sync a database with the Contacts API once and exit (for scripts)"
)

DESCRIPTION: Final = QT_TRANSLATE_NOOP(
    "Command line",
    "Run one sync of a Kontor database with the Contacts API. The server address and "
    "organization are those stored in the database (Preferences); --url and --org override "
    "them for this run. A database with no sync settings yet keeps --url and --org once the "
    "server has answered, so the next run needs no flags. The API token is read from "
    "KONTOR_API_TOKEN, else from the system keychain (it is never taken as an argument).",
)


def epilog() -> str:
    """The exit statuses, for ``kontor sync --help`` (in the user's language)."""
    codes = "; ".join(
        f"{code} {translate('Command line', text)}" for code, text in EXIT_CODES.items()
    )
    return translate("Command line", "exit status: {codes}").format(codes=codes)


def _outcome(summary: SyncSummary) -> str:
    word = _OUTCOME_WORDS.get(summary.outcome)
    return translate("Command line", word) if word is not None else summary.outcome


def _waiting_line(pending: int, issues: int, matches: int = 0) -> str:
    """E.g. "2 changes waiting to be sent, 1 sync issue waiting for you"."""
    # Two entries each, so that the English text is right without a catalogue too.
    changes = (
        tr("%n change waiting to be sent", "", pending)
        if pending == 1
        else tr("%n changes waiting to be sent", "", pending)
    )
    issue_words = (
        tr("%n sync issue", "", issues) if issues == 1 else tr("%n sync issues", "", issues)
    )
    text = translate("Command line", "{changes}, {issues} waiting for you").format(
        changes=changes, issues=issue_words
    )
    if matches:
        text += translate("Command line", " ({count} to link or create)").format(count=matches)
    return text


@dataclass(frozen=True)
class SyncOptions:
    db: Path
    url: str | None = None
    org: str | None = None
    allow_deletions: bool = False
    quiet: bool = False
    account: str | None = None  # one account by name; every enabled account when None


def _fail(message: str, err: TextIO) -> int:
    print(f"kontor sync: {message}", file=err)
    return EXIT_SETUP


def exit_code(summary: SyncSummary) -> int:
    """The exit status for the outcome of a run (Ctrl+C is handled by the caller)."""
    if summary.outcome == "credentials":
        return EXIT_CREDENTIALS
    if summary.complete and summary.outcome == "ok":
        return EXIT_COMPLETE
    return EXIT_INCOMPLETE


# --- progress ------------------------------------------------------------------------------


class ProgressPrinter:
    """Shows :class:`SyncProgress` on ``stream``: one line rewritten in place on a terminal
    (at most ten times a second), otherwise a plain line per step and per tenth of a step."""

    def __init__(self, stream: TextIO, *, interactive: bool | None = None) -> None:
        self._stream = stream
        self._tty = _is_tty(stream) if interactive is None else interactive
        self._last_key: tuple[str, str] | None = None
        self._last_tenth = -1
        self._last_draw = 0.0
        self._drawn = 0  # width of the line on screen (terminal only)

    def __call__(self, progress: SyncProgress) -> None:
        key = (progress.phase, progress.message)
        changed = key != self._last_key
        finished = progress.total > 0 and progress.done >= progress.total
        self._last_key = key
        text = format_progress(progress)
        if self._tty:
            now = time.monotonic()
            if changed or finished or now - self._last_draw >= 0.1:
                self._last_draw = now
                self._draw(text)
            return
        tenth = progress.done * 10 // progress.total if progress.total > 0 else 0
        if changed:
            self._last_tenth = tenth
        elif tenth == self._last_tenth:
            return
        self._last_tenth = tenth
        print(text, file=self._stream, flush=True)

    def note(self, text: str) -> None:
        """A line of its own (the progress line, if any, is cleared first)."""
        self.clear()
        print(text, file=self._stream, flush=True)

    def clear(self) -> None:
        if self._tty and self._drawn:
            self._stream.write("\r" + " " * self._drawn + "\r")
            self._stream.flush()
            self._drawn = 0

    def _draw(self, text: str) -> None:
        width = max(20, shutil.get_terminal_size((80, 24)).columns - 1)
        if len(text) > width:
            text = text[: width - 1] + "…"
        pad = max(0, self._drawn - len(text))
        self._stream.write("\r" + text + " " * pad)
        self._stream.flush()
        self._drawn = len(text)


def format_progress(progress: SyncProgress) -> str:
    """E.g. ``pull 1200/10000 Reading changes from the server``."""
    parts = [progress.phase]
    if progress.total > 0:
        parts.append(f"{progress.done}/{progress.total}")
    if progress.message:
        parts.append(progress.message)
    return " ".join(parts)


def _is_tty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class _PrinterLogHandler(logging.Handler):
    """Warnings of Kontor's modules as lines of their own, below the progress line."""

    def __init__(self, printer: ProgressPrinter) -> None:
        super().__init__(logging.WARNING)
        self._printer = printer

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self._printer.note("kontor sync: " + record.getMessage())
        except Exception:  # pragma: no cover - logging must never break the run
            self.handleError(record)


@contextlib.contextmanager
def _warnings_to(printer: ProgressPrinter) -> Iterator[None]:
    """Show Kontor's warnings through ``printer`` while no one else has set up logging (a
    program embedding this, or pytest, keeps its own handlers)."""
    if logging.getLogger().handlers:
        yield
        return
    handler = _PrinterLogHandler(printer)
    logger = logging.getLogger("app")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


class _CtrlC:
    """Ctrl+C while a run is going: the first asks the engine to stop at its next check,
    the second raises :class:`KeyboardInterrupt` at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous: Any = None
        self._installed = False

    def __enter__(self) -> _CtrlC:
        # Signal handlers can only be set from the main thread; elsewhere Ctrl+C goes to
        # whoever owns the main thread.
        if threading.current_thread() is threading.main_thread():
            self._previous = signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, self._previous)
            self._installed = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True  # no printing here: the handler may interrupt a write

    def __call__(self) -> bool:
        return self.requested


# --- the command ----------------------------------------------------------------------------


def run_sync(options: SyncOptions, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """One sync run as ``kontor sync`` makes it; returns the exit status."""
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    flags_complete = bool(options.url and options.url.strip()) and bool(
        options.org and options.org.strip()
    )
    if not options.db.exists() and not flags_complete:
        return _fail(
            translate(
                "Command line",
                "there is no database at {path}. Give --url and --org to make a new one "
                "there and fill it from the server.",
            ).format(path=options.db),
            err,
        )
    from app.store.migrations import open_database

    # Upgrades an older file (DatabaseVersionError: caller).  A file at the newest revision
    # is checked on a thread while the modules of the run load; its first read waits for it.
    db = open_database(options.db, check_before_use=True)
    # What the start made (modules, schemas, catalogues) outlives the run: the garbage
    # collector need not scan it again each time it looks at the many objects a run makes.
    gc.freeze()
    try:
        return _sync(db, options, out, err)
    finally:
        gc.unfreeze()
        db.close()


def _sync(db: Database, options: SyncOptions, out: TextIO, err: TextIO) -> int:
    """Every enabled account that is set up, or the one ``--account`` names."""
    from app.store.accounts import AccountRepository
    from app.sync.accounts import ENFORE_ACCOUNT_ID

    with db.reading() as conn:
        repo = AccountRepository(conn)
        accounts = [a for a in repo.all() if a.configured]
        chosen = repo.by_name(options.account) if options.account is not None else None
    if options.account is not None:
        if chosen is None or not chosen.configured:
            names = ", ".join(f"“{a.name}”" for a in accounts) or translate(
                "Command line", "none yet"
            )
            return _fail(
                translate(
                    "Command line",
                    "there is no account named “{name}” in {path} "
                    "(accounts: {names}; see `kontor accounts list`).",
                ).format(name=options.account, path=options.db, names=names),
                err,
            )
        if chosen.id != ENFORE_ACCOUNT_ID:
            return _sync_document(db, chosen, options, out, err)
        return _sync_enfore(db, options, out, err)
    # The book's first enfore account runs as it always has; every other (a further enfore
    # organization included) through its connector.
    others = [a for a in accounts if a.id != ENFORE_ACCOUNT_ID and a.enabled]
    enfore = next((a for a in accounts if a.id == ENFORE_ACCOUNT_ID), None)
    flags = options.url is not None or options.org is not None
    if enfore is not None and not enfore.enabled and not flags:
        print(
            "kontor sync: "
            + translate("Command line", "the account “{name}” is disabled; skipped.").format(
                name=enfore.name
            ),
            file=err,
        )
        enfore = None
    elif enfore is None and (flags or not others):
        enfore = _enfore_account(db)  # set up by --url / --org now, or it says how
    several = (enfore is not None) + len(others) > 1
    results: list[tuple[str, int]] = []  # each account run, with its exit status
    if enfore is not None:
        name = enfore.name if several else None
        results.append((enfore.name, _sync_enfore(db, options, out, err, name=name)))
    for other in others:
        if results and results[-1][1] == EXIT_INTERRUPTED:
            break
        results.append((other.name, _sync_document(db, other, options, out, err)))
    if not results:
        return EXIT_COMPLETE
    codes = [code for _name, code in results]
    code = EXIT_INTERRUPTED if EXIT_INTERRUPTED in codes else max(codes)
    if several:
        print(_total_line(codes, code), file=out)
    return code


def _enfore_account(db: Database) -> Account:
    """The book's enfore account, set up or not."""
    from app.store.accounts import AccountRepository

    with db.reading() as conn:
        return AccountRepository(conn).enfore()


#: What an account's run came to, by its exit status, for the total line.
_RESULT_WORDS: Final = {
    EXIT_COMPLETE: QT_TRANSLATE_NOOP("Command line", "{count} complete"),
    EXIT_INCOMPLETE: QT_TRANSLATE_NOOP("Command line", "{count} incomplete"),
    EXIT_SETUP: QT_TRANSLATE_NOOP("Command line", "{count} not set up"),
    EXIT_CREDENTIALS: QT_TRANSLATE_NOOP("Command line", "{count} refused the token"),
    EXIT_INTERRUPTED: QT_TRANSLATE_NOOP("Command line", "{count} stopped"),
}


def _total_line(codes: list[int], code: int) -> str:
    """E.g. "Total: 2 accounts, 1 complete, 1 incomplete (exit status 1)"."""
    counts = [
        translate("Command line", word).format(count=codes.count(status))
        for status, word in _RESULT_WORDS.items()
        if status in codes
    ]
    return translate("Command line", "Total: {accounts}, {results} (exit status {code})").format(
        accounts=tr("%n accounts", "", len(codes)), results=", ".join(counts), code=code
    )


def _sync_document(
    db: Database, account: Account, options: SyncOptions, out: TextIO, err: TextIO
) -> int:
    """One run of an account other than the book's first enfore account (Kanbert, the
    partner portal, a further enfore organization, ...)."""
    from app.store.sync_state import SyncStateRepository
    from app.sync.connector import connector_for
    from app.sync.credentials import CredentialsUnavailable, TokenStore
    from app.sync.document_sync import DocumentSyncEngine, pending_matches

    tokens = TokenStore()
    try:
        token = tokens.get(account)
    except CredentialsUnavailable as exc:
        return _fail(exc.message, err)
    if not token:
        return _fail(
            translate(
                "Command line",
                "no API token for the account “{name}”: set KONTOR_API_TOKEN or store "
                "it in Preferences → Accounts (system keychain).",
            ).format(name=account.name),
            err,
        )
    connector = connector_for(account.type)
    client_for = getattr(connector, "client_for", None)
    if client_for is not None:  # the connector reads what it needs from the account
        client = client_for(account, token)
    else:
        client = connector.make_client(  # type: ignore[attr-defined]
            account.base_url, account.tenant, token, route_overrides=account.route_overrides
        )
    make_engine = getattr(connector, "make_engine", None)  # a system with a run of its own
    engine = (
        make_engine(db, client, account)
        if make_engine is not None
        else DocumentSyncEngine(db, client, connector, account)  # type: ignore[arg-type]
    )
    printer = ProgressPrinter(err)
    if not options.quiet:
        printer.note(
            translate("Command line", "Syncing {path} with {type} “{name}” ({url})").format(
                path=options.db, type=account.label, name=account.name, url=account.base_url
            )
        )
    try:
        with _CtrlC() as ctrl_c, _warnings_to(printer):
            try:
                summary = engine.run(
                    None if options.quiet else printer,
                    ctrl_c,
                    allow_mass_delete=options.allow_deletions,
                )
            except KeyboardInterrupt:
                printer.clear()
                print(
                    "kontor sync: "
                    + translate("Command line", "stopped. What was not sent stays queued."),
                    file=err,
                )
                return EXIT_INTERRUPTED
            except Exception as exc:
                printer.clear()
                print(_run_failed(exc), file=err)
                text = "".join(traceback.format_exception(exc))
                print(text.replace(token, "***"), file=err)
                return EXIT_INCOMPLETE
    finally:
        client.close()
    printer.clear()
    print(
        translate("Command line", "{account}: sync {outcome}: {summary}").format(
            account=account.name, outcome=_outcome(summary), summary=summary.line()
        ),
        file=out,
    )
    for message in summary.messages:
        print(f"  {message}", file=out)
    if summary.outcome == "needs_confirmation":
        print("  " + _run_again_text(), file=out)
    with db.reading() as conn:
        state = SyncStateRepository(conn, account.id or 0)
        pending, issues = state.outbox_count(), state.issue_count()
        matches = len(pending_matches(conn, account.id or 0))
    print(_waiting_line(pending, issues, matches), file=out)
    if ctrl_c.requested:
        return EXIT_INTERRUPTED
    return exit_code(summary)


def _sync_enfore(
    db: Database, options: SyncOptions, out: TextIO, err: TextIO, *, name: str | None = None
) -> int:
    """One run of the enfore account; ``name``: its name, to begin its summary with (a run of
    several accounts)."""
    from app.services import sync
    from app.services.sync_setup import SyncSetup
    from app.sync.credentials import TokenStore

    tokens = TokenStore()
    setup = SyncSetup(db, tokens)
    stored = setup.settings()
    settings = replace(
        stored,
        base_url=options.url if options.url is not None else stored.base_url,
        org_id=options.org if options.org is not None else stored.org_id,
    ).normalized()
    if not settings.configured:
        if not settings.base_url and not settings.org_id:
            missing = translate("Command line", "no server address and no org")
        elif not settings.base_url:
            missing = translate("Command line", "no server address")
        else:
            missing = translate("Command line", "no org")
        return _fail(
            translate(
                "Command line",
                "Sync is not set up yet for {path} ({missing}). "
                "Enter the server address and the organization in Preferences, or give "
                "--url URL --org ORG (kept in the database for the next runs).",
            ).format(path=options.db, missing=missing),
            err,
        )
    problems = settings.validate()
    if problems:
        return _fail(
            translate("Command line", "the sync settings cannot be used: {problems}").format(
                problems=" ".join(problems)
            ),
            err,
        )
    keep_flags = not stored.configured and settings != stored

    service = sync.SyncService(db, lambda: sync.connect_with(settings, tokens))
    printer = ProgressPrinter(err)
    progress = None if options.quiet else printer
    where = translate("Command line", "{url} (org {org})").format(
        url=settings.base_url, org=settings.org_id
    )
    if not options.quiet:
        printer.note(
            translate("Command line", "Syncing {path} with {server}").format(
                path=options.db, server=where
            )
        )
    with _CtrlC() as ctrl_c, _warnings_to(printer):
        try:
            summary = service.run(progress, ctrl_c, allow_mass_delete=options.allow_deletions)
        except sync.SyncNotSetUp as exc:
            printer.clear()
            return _fail(str(exc), err)
        except KeyboardInterrupt:
            printer.clear()
            print(
                "kontor sync: "
                + translate(
                    "Command line", "stopped. What was not sent stays queued for the next run."
                ),
                file=err,
            )
            return EXIT_INTERRUPTED
        except Exception as exc:  # a bug or a broken database: say so, keep the traceback
            printer.clear()
            text = "".join(traceback.format_exception(exc))
            print(_run_failed(exc), file=err)
            print(_scrub(text, tokens, settings), file=err)
            return EXIT_INCOMPLETE
    printer.clear()
    if keep_flags and summary.outcome != "offline":
        setup.save(settings)
        if not options.quiet:
            print(
                translate(
                    "Command line",
                    "Kept {server} in {path}: next time `kontor sync --db {path}` "
                    "needs no --url / --org.",
                ).format(server=where, path=options.db),
                file=err,
            )
    _print_summary(summary, service, out, name)
    if ctrl_c.requested:
        return EXIT_INTERRUPTED
    return exit_code(summary)


def _print_summary(
    summary: SyncSummary, service: SyncService, out: TextIO, name: str | None = None
) -> None:
    if name is None:
        line = translate("Command line", "Sync {outcome}: {summary}").format(
            outcome=_outcome(summary), summary=summary.line()
        )
    else:
        line = translate("Command line", "{account}: sync {outcome}: {summary}").format(
            account=name, outcome=_outcome(summary), summary=summary.line()
        )
    print(line, file=out)
    for message in summary.messages:
        print(f"  {message}", file=out)
    if summary.outcome == "needs_confirmation":
        print("  " + _run_again_text(), file=out)
    if summary.outcome == "credentials":
        print(
            "  "
            + translate(
                "Command line",
                "Set KONTOR_API_TOKEN, or store the token in Preferences (system keychain).",
            ),
            file=out,
        )
    print(_waiting_line(service.pending_count(), service.issue_count()), file=out)


def _run_again_text() -> str:
    return translate("Command line", "Run again with --allow-deletions to apply the deletions.")


def _run_failed(exc: Exception) -> str:
    return "kontor sync: " + translate("Command line", "the run failed: {error}").format(
        error=f"{type(exc).__name__}: {exc}"
    )


def _scrub(text: str, tokens: TokenStore, settings: SyncSettings) -> str:
    """``text`` without the token (should a traceback ever carry it)."""
    try:
        token = tokens.get(settings)
    except Exception:  # the keychain failing here must not hide the original failure
        return text
    return text.replace(token, "***") if token else text


__all__ = [
    "DESCRIPTION",
    "EXIT_CODES",
    "HELP",
    "ProgressPrinter",
    "SyncOptions",
    "epilog",
    "exit_code",
    "format_progress",
    "run_sync",
]
