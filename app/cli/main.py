"""The ``kontor`` command: the desktop app, plus tools for scripts and benchmarks."""

from __future__ import annotations

import argparse
import contextlib
import re
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.i18n import translate
from app.store.migrations import DamagedDatabaseError, DatabaseVersionError

if TYPE_CHECKING:
    from app.sync.reference_server import Faults


def _parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``kontor`` command's parser; for ``command`` ``sync`` without the import and
    export commands, whose options read the interchange service (a sync has no use for it,
    and a scheduled sync would load it on every run)."""
    parser = argparse.ArgumentParser(
        prog="kontor",
        description=translate(
            "Command line", "Kontor — contacts on your desk, in sync with your company."
        ),
    )
    parser.add_argument(
        "--db",
        type=Path,
        help=translate(
            "Command line",
            "database file to open (default: your Kontor database; or set KONTOR_DB)",
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=translate(
            "Command line",
            "open a separate demo database filled with sample contacts (never your own)",
        ),
    )
    parser.add_argument(
        "--import",
        type=Path,
        dest="import_file",
        metavar="FILE",
        help=translate(
            "Command line",
            "open the window, then the import dialog for FILE (.vcf or .csv); "
            "`kontor FILE` does the same",
        ),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "Command line",
            "start offscreen on a temporary database, check that Kontor works, and exit "
            "(0 when every check passes)",
        ),
    )
    parser.add_argument(
        "--max-startup",
        type=float,
        metavar="SECONDS",
        help=translate(
            "Command line",
            "with --self-test: also fail when the window takes longer than this to appear",
        ),
    )
    commands = parser.add_subparsers(dest="command")
    demo = commands.add_parser(
        "demo-data",
        help=translate("Command line", "add N generated contacts to a database (for benchmarks)"),
    )
    demo.add_argument("--contacts", type=int, required=True, metavar="N")
    demo.add_argument("--db", type=Path, required=True, dest="target_db", metavar="PATH")
    demo.add_argument("--seed", type=int, default=1)
    from app.qm import LANGUAGES

    shots = commands.add_parser(
        "screenshots",
        help=translate("Command line", "save pictures of every section and editor tab (offscreen)"),
    )
    shots.add_argument("--out", type=Path, required=True, metavar="DIR")
    shots.add_argument(
        "--lang",
        choices=list(LANGUAGES),
        help=translate(
            "Command line", "the language of the pictures (default: the language Kontor starts in)"
        ),
    )
    server = commands.add_parser(
        "serve-reference",
        help=translate(
            "Command line",
            "run a reference server on this machine (to try sync): the Contacts API (enfore), "
            "Kanbert, the partner-organizations portal, KIP companies or the workspace API",
        ),
    )
    server.add_argument(
        "--system",
        choices=("enfore", "kanbert", "partners", "kip", "workspace"),
        default="enfore",
        help=translate(
            "Command line", "which system's API to serve (default: enfore, the Contacts API)"
        ),
    )
    server.add_argument("--port", type=int, required=True)
    server.add_argument("--data", type=Path, required=True, metavar="FILE")
    server.add_argument(
        "--token",
        help=translate(
            "Command line",
            "the bearer token clients must send (default: KONTOR_API_TOKEN from the environment)",
        ),
    )
    server.add_argument(
        "--seed",
        type=int,
        metavar="N",
        help=translate(
            "Command line",
            "seed of the random faults, to replay a run (default: a new one each start, "
            "printed at start)",
        ),
    )
    server.add_argument(
        "--error-rate",
        type=float,
        default=0.0,
        help=translate("Command line", "fraction answered 500"),
    )
    server.add_argument("--latency-ms", type=int, default=0)
    server.add_argument(
        "--rate-limit-every",
        type=int,
        default=0,
        help=translate("Command line", "every Nth request → 429"),
    )
    server.add_argument("--drop-connection-rate", type=float, default=0.0)
    server.add_argument(
        "--problem-pages",
        action="store_true",
        help=translate("Command line", "listing pages with problems"),
    )
    server.add_argument(
        "--fail-pages",
        type=_page_numbers,
        default=frozenset(),
        metavar="N,M",
        help=translate(
            "Command line",
            "answer these pages of contact listings 500 (1-based: page n is at offset "
            "(n-1)*limit), e.g. 3,4",
        ),
    )
    server.add_argument(
        "--listing-cutoff",
        type=_count,
        metavar="N",
        help=translate(
            "Command line",
            "contact listings silently end after the first N contacts (no problem reported)",
        ),
    )
    server.add_argument(
        "--drop-after-apply",
        type=_count,
        default=0,
        metavar="N",
        help=translate(
            "Command line",
            "the next N accepted writes are applied, then the connection is closed unanswered",
        ),
    )
    server.add_argument(
        "--drop-after-apply-path",
        type=_pattern,
        default=".*",
        metavar="REGEX",
        help=translate(
            "Command line",
            "only writes whose path matches REGEX count for --drop-after-apply (default: all)",
        ),
    )
    server.add_argument(
        "--reject-body-containing",
        metavar="TEXT",
        help=translate(
            "Command line", "answer writes whose body contains TEXT 422, without applying them"
        ),
    )
    server.add_argument(
        "--unauthorized-after",
        type=_count,
        metavar="N",
        help=translate(
            "Command line",
            "answer every request after the first N with 401 (as if the token expired)",
        ),
    )
    server.add_argument(
        "--not-found-orgs",
        type=_names,
        default=frozenset(),
        metavar="ORG,ORG",
        help=translate(
            "Command line",
            "answer every request under /orgs/ORG/ for these orgs 404 (partners: these "
            "partner ids)",
        ),
    )
    _add_sync_parser(commands)
    from app.cli import accounts_command

    accounts_command.add_parser(commands)
    if command != "sync":
        from app.cli import interchange

        interchange.add_parsers(commands)
    from app.cli import print_command

    print_command.add_parser(commands)
    from app.cli import gdpr_command

    gdpr_command.add_parser(commands)
    upgrade = commands.add_parser(
        "upgrade-db", help=translate("Command line", "upgrade a database file and exit")
    )
    upgrade.add_argument("--db", type=Path, required=True, dest="target_db", metavar="PATH")
    restore = commands.add_parser(
        "restore-backup",
        help=translate(
            "Command line",
            "put the newest good backup in place of a damaged database (kept under another "
            "name, not deleted)",
        ),
    )
    restore.add_argument("--db", type=Path, dest="target_db", metavar="PATH")
    return parser


def _restore_backup(db_path: Path) -> int:
    from app.store.migrations import newest_good_backup, restore_backup

    backup = newest_good_backup(db_path)
    if backup is None:
        return _fail(
            translate("Command line", "there is no good backup of {path} in {folder}").format(
                path=db_path, folder=paths.backups_dir(db_path)
            )
        )
    kept = restore_backup(db_path, backup)
    print(
        translate(
            "Command line",
            "Restored {backup} as {path}; the file that was there is kept as {kept}",
        ).format(backup=backup.name, path=db_path, kept=kept.name)
    )
    return 0


def _add_sync_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from app.cli import sync_command as sc

    sync = commands.add_parser(
        "sync",
        help=translate("Command line", sc.HELP),
        description=translate("Command line", sc.DESCRIPTION),
        epilog=sc.epilog(),
    )
    sync.add_argument(
        "--db",
        type=Path,
        dest="target_db",
        metavar="PATH",
        help=translate(
            "Command line",
            "database file to sync (default: your Kontor database; or set KONTOR_DB)",
        ),
    )
    sync.add_argument(
        "--url",
        metavar="URL",
        help=translate(
            "Command line",
            "server address for this run (kept only if the database has no settings yet)",
        ),
    )
    sync.add_argument(
        "--org",
        metavar="ORG",
        help=translate(
            "Command line",
            "organization id for this run (kept only if the database has no settings yet)",
        ),
    )
    sync.add_argument(
        "--allow-deletions",
        action="store_true",
        help=translate(
            "Command line", "apply deletions made on the server even when there are many (over 50)"
        ),
    )
    sync.add_argument(
        "--quiet",
        action="store_true",
        help=translate("Command line", "no progress on stderr (the summary is printed)"),
    )
    sync.add_argument(
        "--account",
        metavar="NAME",
        help=translate(
            "Command line",
            "sync only this account (default: every enabled account; see `kontor accounts`)",
        ),
    )


def _sync(args: argparse.Namespace) -> int:
    from app.cli.sync_command import SyncOptions, run_sync

    db_path = args.target_db or args.db or paths.default_db_path()
    options = SyncOptions(
        db=db_path,
        url=args.url,
        org=args.org,
        allow_deletions=args.allow_deletions,
        quiet=args.quiet,
        account=args.account,
    )
    return run_sync(options)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            translate("Command line", "not a whole number: {text}").format(text=repr(text))
        ) from None
    if value < 0:
        raise argparse.ArgumentTypeError(
            translate("Command line", "must be 0 or more, not {value}").format(value=value)
        )
    return value


def _page_numbers(text: str) -> frozenset[int]:
    pages = frozenset(_count(part.strip()) for part in text.split(",") if part.strip())
    if 0 in pages:
        raise argparse.ArgumentTypeError(translate("Command line", "page numbers start at 1"))
    return pages


def _names(text: str) -> frozenset[str]:
    return frozenset(part.strip() for part in text.split(",") if part.strip())


def _pattern(text: str) -> str:
    try:
        re.compile(text)
    except re.error as exc:
        raise argparse.ArgumentTypeError(
            translate("Command line", "not a regular expression: {error}").format(error=exc)
        ) from None
    return text


def _fail(message: str) -> int:
    print(f"kontor: {message}", file=sys.stderr)
    return 2


def _demo_data(target: Path, count: int, seed: int) -> int:
    from app.services.seeding import generate
    from app.store.migrations import open_database

    if count < 1:
        return _fail(translate("Command line", "--contacts must be at least 1"))
    started = time.perf_counter()
    db = open_database(target)
    try:

        def progress(done: int, total: int) -> None:
            text = translate("Command line", "{done} / {total} contacts").format(
                done=f"{done:,}", total=f"{total:,}"
            )
            print("\r" + text, end="", file=sys.stderr, flush=True)

        made = generate(db, count, seed=seed, progress=progress)
    finally:
        db.close()
    elapsed = time.perf_counter() - started
    print(file=sys.stderr)
    print(
        translate("Command line", "Added {count} contacts to {path} in {seconds} s").format(
            count=f"{made:,}", path=target, seconds=f"{elapsed:.1f}"
        )
    )
    return 0


def _file_as_import(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``kontor FILE.vcf`` (what opening a file with Kontor runs) means ``kontor --import
    FILE.vcf``: a first plain argument that is not a command is a file to import."""
    commands: set[str] = set()
    takes_value: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
        elif action.option_strings and action.nargs != 0:
            takes_value.update(action.option_strings)
    skip = False
    for index, arg in enumerate(argv):
        if skip:
            skip = False
        elif arg == "--":
            return argv
        elif arg.startswith("-"):
            skip = arg in takes_value
        elif arg in commands:
            return argv
        else:
            return [*argv[:index], "--import", arg, *argv[index + 1 :]]
    return argv


def _run_app(db_path: Path, demo: bool, argv: list[str], import_file: Path | None = None) -> int:
    from app.bootstrap import build_services

    def ask_to_restore(error: DamagedDatabaseError) -> bool:
        from app.ui.dialogs.damaged_database import offer_restore

        return offer_restore(error, argv)

    def cannot_start(exc: DatabaseVersionError) -> int:
        from app.ui.app import show_startup_error

        code = _fail(str(exc))
        show_startup_error(str(exc), argv)
        return code

    try:
        # The file is checked on a thread while the window starts; writes wait for the check.
        services = build_services(db_path, ask_to_restore, check_later=True)
    except DatabaseVersionError as exc:
        return cannot_start(exc)
    code = 0
    try:
        try:
            if demo:
                from app.services.seeding import seed_demo

                seed_demo(services.db)
            from app.ui.app import run_gui

            label = "Demo" if demo else db_path.name
            code = run_gui(services, label, argv, import_file=import_file)
        except DatabaseVersionError:
            pass  # a write the check refused: what it found is said below
        except Exception:
            # A read that failed before the check of the file was done: said below if the
            # check finds the file damaged.
            if services.wait_for_start_check() is None:
                raise
        found = services.wait_for_start_check()
    finally:
        services.close()
    if found is None:
        return code
    # The check found the file damaged: the window has closed, nothing was written to it.
    if isinstance(found, DamagedDatabaseError) and found.backup and ask_to_restore(found):
        return _run_app(db_path, demo, argv, import_file)
    if isinstance(found, DatabaseVersionError):
        return cannot_start(found)
    raise found


def _faults(args: argparse.Namespace) -> Faults:
    """The reference server's fault switches from ``serve-reference``'s flags; without
    ``--seed`` the random faults get a fresh seed."""
    import secrets

    from app.sync.reference_server import Faults

    seed = args.seed if args.seed is not None else secrets.randbelow(1_000_000_000)
    return Faults(
        seed=seed,
        error_rate=args.error_rate,
        latency_ms=args.latency_ms,
        rate_limit_every=args.rate_limit_every,
        drop_connection_rate=args.drop_connection_rate,
        problem_pages=args.problem_pages,
        fail_pages=args.fail_pages,
        listing_cutoff=args.listing_cutoff,
        drop_after_apply=args.drop_after_apply,
        drop_after_apply_path=args.drop_after_apply_path,
        reject_body_containing=args.reject_body_containing,
        unauthorized_after=args.unauthorized_after,
        not_found_orgs=args.not_found_orgs,
    )


def _serve_reference(args: argparse.Namespace) -> int:
    import os

    from app.sync.reference_server import serve

    token = args.token or os.environ.get("KONTOR_API_TOKEN")
    if not token:
        return _fail(
            translate(
                "Command line",
                "give the token clients must send: --token TOKEN or KONTOR_API_TOKEN",
            )
        )
    faults = _faults(args)
    what = {
        "enfore": "Contacts API",
        "kanbert": "Kanbert",
        "partners": "Partner portal",
        "kip": "KIP People API",
        "workspace": "Workspace API",
    }
    print(
        translate(
            "Command line",
            "{system} reference server on {address} (Ctrl+C stops it); "
            "random faults use seed {seed} (--seed {seed} replays them)",
        ).format(
            system=what[args.system], address=f"http://127.0.0.1:{args.port}", seed=faults.seed
        ),
        flush=True,
    )
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl+C before the server took the signal
        serve(args.port, args.data, token, faults=faults, system=args.system)
    print(translate("Command line", "Reference server stopped."), file=sys.stderr, flush=True)
    return 0


def _grouped_count(language: str, n: int) -> str:
    """``n`` with the digit grouping of ``language``'s locale, as the window writes ``%Ln``."""
    from app.ui.i18n import locale_for

    locale = locale_for(language)
    return f"{n:,}" if locale.name() == "C" else locale.toString(n)


def _install_translations(command: str | None) -> None:
    """Messages of every command (and then the window) in the user's language. ``kontor
    sync`` (started by a scheduler for every run) reads the catalogue without loading Qt,
    unless only Qt can tell the language or the catalogue is not the shipped one."""
    if command == "sync":
        from app.qm import install_without_qt

        if install_without_qt(_grouped_count) is not None:
            return
    from app.ui.i18n import install_translations

    install_translations()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _install_translations(argv[0] if argv else None)
    parser = _parser(argv[0] if argv else None)
    args = parser.parse_args(_file_as_import(parser, argv))
    if args.self_test:
        from app.selftest import run_self_test

        return run_self_test(max_startup=args.max_startup)
    try:
        if args.command == "demo-data":
            return _demo_data(args.target_db, args.contacts, args.seed)
        if args.command == "screenshots":
            from app.ui.screenshots import save_screenshots

            for path in save_screenshots(args.out, language=args.lang):
                print(path)
            return 0
        if args.command == "serve-reference":
            return _serve_reference(args)
        if args.command == "sync":
            return _sync(args)
        if args.command == "accounts":
            from app.cli import accounts_command

            return accounts_command.run(args)
        if args.command == "gdpr":
            from app.cli import gdpr_command

            return gdpr_command.run(args)
        if args.command == "print":
            from app.cli import print_command

            return print_command.run(args)
        if args.command in ("import", "export"):
            from app.cli import interchange

            return interchange.run(args)
        if args.command == "upgrade-db":
            from app.store.migrations import upgrade

            result = upgrade(args.target_db)
            print(
                translate("Command line", "{path}: schema {old} → {new}").format(
                    path=args.target_db, old=result.from_revision, new=result.to_revision
                )
            )
            return 0
        if args.command == "restore-backup":
            return _restore_backup(args.target_db or args.db or paths.default_db_path())
    except DatabaseVersionError as exc:
        return _fail(str(exc))
    if args.demo and args.db:
        return _fail(translate("Command line", "--demo opens its own database; leave out --db"))
    db_path = paths.demo_db_path() if args.demo else (args.db or paths.default_db_path())
    return _run_app(db_path, args.demo, sys.argv[:1], args.import_file)


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
