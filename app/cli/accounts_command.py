"""``kontor accounts list|add|remove``: the remote systems a database is linked to, for scripts.

The token of an account is never taken as an argument (other users could read it in the
process list): ``add --store-token`` keeps the value of ``KONTOR_API_TOKEN`` in the system
keychain for the new account; without it, ``kontor sync`` reads ``KONTOR_API_TOKEN`` or the
keychain when it runs.  Removing an account unlinks the book from it — its links, bases,
queued changes, issues and runs go — and never deletes a contact.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from app.cli.options import add_db_option
from app.i18n import QT_TRANSLATE_NOOP, tr, translate
from app.sync.accounts import ACCOUNT_TYPES, Account

if TYPE_CHECKING:
    from app.store.database import Database

EXIT_OK: Final = 0
EXIT_PROBLEM: Final = 2

#: What the tenant is called in ``kontor accounts list`` (English: shown translated).
_TENANT_WORDS: Final = {
    "enfore": QT_TRANSLATE_NOOP("Command line", "organization id"),
    "partners": QT_TRANSLATE_NOOP("Command line", "partner id"),
    "carddav": QT_TRANSLATE_NOOP("Command line", "address book"),
}

HELP: Final = QT_TRANSLATE_NOOP(
    "Command line", "list, add or remove the accounts (remote systems) a database syncs with"
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    accounts = commands.add_parser(
        "accounts",
        help=translate("Command line", HELP),
        description=translate("Command line", HELP),
    )
    actions = accounts.add_subparsers(dest="accounts_action", required=True)

    listing = actions.add_parser("list", help=translate("Command line", "the accounts, one a line"))
    add_db_option(listing)
    add = actions.add_parser(
        "add", help=translate("Command line", "link the database to an account")
    )
    add_db_option(add)
    add.add_argument("--type", required=True, choices=ACCOUNT_TYPES, dest="account_type")
    add.add_argument(
        "--name", required=True, help=translate("Command line", "a name of your choice (unique)")
    )
    add.add_argument(
        "--url",
        required=True,
        help=translate("Command line", "the system's base address (https://…)"),
    )
    add.add_argument(
        "--tenant",
        default="",
        help=translate(
            "Command line", "organization id (enfore), partner id, or a CardDAV address book's path"
        ),
    )
    add.add_argument(
        "--user",
        default="",
        help=translate("Command line", "the user the token belongs to (CardDAV: the login)"),
    )
    add.add_argument(
        "--address-book",
        default=None,
        metavar="NAME",
        help=translate(
            "Command line",
            "CardDAV: the address book to sync, by name (default: the first one found)",
        ),
    )
    add.add_argument(
        "--auth",
        choices=("basic", "bearer"),
        default=None,
        help=translate(
            "Command line",
            "CardDAV: sign in with the user and password (basic, the default with --user) "
            "or with a bearer token",
        ),
    )
    add.add_argument(
        "--kip-tag",
        default=None,
        metavar="TAG",
        help=translate(
            "Command line",
            "KIP: register every organization with this tag (besides those ticked in their editor)",
        ),
    )
    add.add_argument(
        "--own-organization",
        default=None,
        metavar="NAME",
        help=translate(
            "Command line",
            "workspace: the organization contact that is your own organization (its "
            "locations sync with the workspace)",
        ),
    )
    add.add_argument(
        "--interval",
        type=int,
        default=15,
        help=translate("Command line", "minutes between automatic syncs (0: by hand)"),
    )
    add.add_argument(
        "--disabled",
        action="store_true",
        help=translate("Command line", "keep it out of syncs until it is enabled"),
    )
    add.add_argument(
        "--store-token",
        action="store_true",
        help=translate(
            "Command line",
            "keep the value of KONTOR_API_TOKEN in the system keychain for this account",
        ),
    )
    remove = actions.add_parser(
        "remove",
        help=translate("Command line", "unlink the database from an account (contacts are kept)"),
    )
    add_db_option(remove)
    remove.add_argument("--name", required=True)


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    from app import paths

    path: Path = args.target_db or getattr(args, "db", None) or paths.default_db_path()
    action: str = args.accounts_action
    if action != "add" and not path.exists():
        print(
            "kontor accounts: "
            + translate("Command line", "there is no database at {path}.").format(path=path),
            file=err,
        )
        return EXIT_PROBLEM
    from app.store.migrations import open_database

    db = open_database(path)
    try:
        if action == "list":
            return _list(db, out)
        if action == "add":
            return _add(db, args, out, err)
        return _remove(db, args.name, out, err)
    finally:
        db.close()


def _token_word(account: Account) -> str:
    from app.sync.credentials import CredentialsUnavailable, TokenStore

    try:
        source = TokenStore().source(account)
    except CredentialsUnavailable:
        return translate("Command line", "keychain unavailable")
    if source == "environment":
        return translate("Command line", "token from KONTOR_API_TOKEN")
    if source == "keychain":
        return translate("Command line", "token in keychain")
    return translate("Command line", "no token")


def _list(db: Database, out: TextIO) -> int:
    from app.store.accounts import AccountRepository

    with db.reading() as conn:
        accounts = [a for a in AccountRepository(conn).all() if a.configured]
    if not accounts:
        print(
            translate("Command line", "No accounts: add one with `kontor accounts add`."), file=out
        )
        return EXIT_OK
    for a in accounts:
        word = _TENANT_WORDS.get(a.type)
        tenant = f" {translate('Command line', word)} {a.tenant}" if word else ""
        user = translate("Command line", " user {user}").format(user=a.user) if a.user else ""
        state = (
            translate("Command line", "enabled")
            if a.enabled
            else translate("Command line", "disabled")
        )
        every = (
            translate("Command line", "every {minutes} min").format(minutes=a.interval_minutes)
            if a.interval_minutes
            else translate("Command line", "by hand")
        )
        print(
            f"{a.name}\t{a.type}\t{a.base_url}{tenant}{user}\t{state}, {every}, {_token_word(a)}",
            file=out,
        )
    return EXIT_OK


def _add(db: Database, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.store.accounts import AccountNameTaken, AccountRepository
    from app.sync.credentials import TOKEN_VARIABLE, CredentialsUnavailable, TokenStore

    account = Account(
        type=args.account_type,
        name=args.name,
        base_url=args.url,
        tenant=args.tenant,
        user=args.user,
        interval_minutes=args.interval,
        enabled=not args.disabled,
        settings={"auth": args.auth} if getattr(args, "auth", None) else {},
    ).normalized()
    token = (os.environ.get(TOKEN_VARIABLE) or "").strip()
    if account.type == "carddav" and not account.tenant:
        found = _carddav_book(account, token, getattr(args, "address_book", None), out, err)
        if found is None:
            return EXIT_PROBLEM
        account = replace(account, tenant=found)
    problems = account.validate()
    extra, wrong = _kip_and_workspace(db, account, args)
    account = replace(account, settings={**account.settings, **extra})
    problems += wrong
    if args.store_token and not token:
        problems.append(
            translate(
                "Command line", "--store-token keeps the value of {variable}, which is not set."
            ).format(variable=TOKEN_VARIABLE)
        )
    if problems:
        for problem in problems:
            print("kontor accounts: " + problem, file=err)
        return EXIT_PROBLEM
    try:
        with db.transaction() as conn:
            repo = AccountRepository(conn)
            account = repo.placed(account)
            stored = repo.save(account)
    except AccountNameTaken as exc:
        print(f"kontor accounts: {exc}", file=err)
        return EXIT_PROBLEM
    print(
        translate("Command line", "Added {type} account “{name}” ({url}).").format(
            type=stored.label, name=stored.name, url=stored.base_url
        ),
        file=out,
    )
    if args.store_token:
        try:
            TokenStore().set(stored, token)
        except (CredentialsUnavailable, ValueError) as exc:
            print(
                "kontor accounts: "
                + translate("Command line", "the token was not stored: {reason}").format(
                    reason=exc
                ),
                file=err,
            )
            return EXIT_PROBLEM
        print(translate("Command line", "The token is in the system keychain."), file=out)
    else:
        print(
            translate(
                "Command line",
                "The token: store it in Preferences → Accounts, or set {variable} "
                "when you run `kontor sync`.",
            ).format(variable=TOKEN_VARIABLE),
            file=out,
        )
    return EXIT_OK


def _kip_and_workspace(
    db: Database, account: Account, args: argparse.Namespace
) -> tuple[dict[str, str], list[str]]:
    """The settings ``--kip-tag`` and ``--own-organization`` give, and their problems."""
    settings: dict[str, str] = {}
    problems: list[str] = []
    tag = (getattr(args, "kip_tag", None) or "").strip()
    own = (getattr(args, "own_organization", None) or "").strip()
    if tag:
        if account.type != "kip":
            problems.append(
                translate("Command line", "--kip-tag is for KIP accounts (--type kip).")
            )
        settings["tag"] = tag
    if own:
        if account.type != "workspace":
            problems.append(
                translate(
                    "Command line",
                    "--own-organization is for workspace accounts (--type workspace).",
                )
            )
        from sqlalchemy import func, select

        from app.store import schema as s

        c = s.contacts
        with db.reading() as conn:
            ids = list(
                conn.execute(
                    select(c.c.id).where(
                        c.c.kind == "organization",
                        c.c.deleted_at.is_(None),
                        func.lower(c.c.name) == own.lower(),
                    )
                ).scalars()
            )
        if len(ids) == 1:
            settings["own_organization"] = str(ids[0])
        elif not ids:
            problems.append(
                translate(
                    "Command line", "There is no organization named “{name}” in this address book."
                ).format(name=own)
            )
        else:
            problems.append(
                tr(
                    "%n organizations are named “{name}”: rename one, or choose it in "
                    "Preferences → Accounts.",
                    "",
                    len(ids),
                ).format(name=own)
            )
    return settings, problems


def _carddav_book(
    account: Account, secret: str, name: str | None, out: TextIO, err: TextIO
) -> str | None:
    """The path of the CardDAV address book to sync, found on the server (``None``: said
    why on ``err``)."""
    from app.sync.connectors.carddav.setup import SetupError, choose, find_address_books
    from app.sync.credentials import TOKEN_VARIABLE

    url_problems = Account(type="carddav", name="x", base_url=account.base_url, tenant="/")
    problems = url_problems.field_problems().get("base_url", [])
    if problems:
        for problem in problems:
            print("kontor accounts: " + problem, file=err)
        return None
    if not secret:
        print(
            "kontor accounts: "
            + translate(
                "Command line",
                "finding the address book signs in to the server: set "
                "{variable} to the password (or app password / token), or give the "
                "address book's path with --tenant.",
            ).format(variable=TOKEN_VARIABLE),
            file=err,
        )
        return None
    try:
        found = find_address_books(
            account.base_url, account.user, secret, auth=str(account.settings.get("auth") or "")
        )
        book = choose(found.books, name)
    except SetupError as exc:
        print(f"kontor accounts: {exc}", file=err)
        return None
    others = [b for b in found.books if b.href != book.href]
    print(
        translate("Command line", "Address book: “{name}” ({path}).").format(
            name=book.name, path=book.href
        ),
        file=out,
    )
    if others:
        names = ", ".join(f"“{b.name}”" for b in others)
        print(
            translate(
                "Command line", "Also there: {names} — choose one with --address-book NAME."
            ).format(names=names),
            file=out,
        )
    return book.href


def _remove(db: Database, name: str, out: TextIO, err: TextIO) -> int:
    from sqlalchemy import func, select

    from app.store import schema as s
    from app.store.accounts import AccountRepository
    from app.sync.credentials import CredentialsUnavailable, TokenStore

    with db.transaction() as conn:
        repo = AccountRepository(conn)
        account = repo.by_name(name)
        if account is None or account.id is None or not account.configured:
            names = ", ".join(f"“{a.name}”" for a in repo.all() if a.configured) or translate(
                "Command line", "none"
            )
            print(
                "kontor accounts: "
                + translate(
                    "Command line", "no account named “{name}” (accounts: {names})."
                ).format(name=name, names=names),
                file=err,
            )
            return EXIT_PROBLEM
        repo.remove(account.id)
        contacts = conn.execute(
            select(func.count()).select_from(s.contacts).where(s.contacts.c.deleted_at.is_(None))
        ).scalar_one()
    with contextlib.suppress(CredentialsUnavailable):  # no keychain: nothing to clean up
        TokenStore().delete(account)
    print(
        tr("Removed account “{name}”. The %n contacts stay in the database.", "", contacts).format(
            name=account.name
        ),
        file=out,
    )
    return EXIT_OK


__all__ = ["HELP", "add_parser", "run"]
