"""``kontor gdpr export|erase|retention``: privacy requests for the office's privacy officer.

``export`` writes everything the book holds about a person into a folder (JSON with every
stored field, a vCard and a readable PDF).  ``erase`` shows what would happen and erases only
with ``--yes``: the contact is deleted, or anonymised where accounting needs the record
(``--mode`` chooses; by default the mode the rule suggests), and every linked account gets the
erasure with its next sync (``kontor sync``).  ``retention`` lists the people not changed for
the book's retention period.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Final, TextIO

from app.cli.options import add_db_option
from app.i18n import QT_TRANSLATE_NOOP, tr, translate

if TYPE_CHECKING:
    from app.services.privacy import ErasurePlan

EXIT_OK: Final = 0
EXIT_PROBLEM: Final = 2
HELP: Final = QT_TRANSLATE_NOOP(
    "Command line", "privacy requests: export everything about a person, erase a person, retention"
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    gdpr = commands.add_parser(
        "gdpr", help=translate("Command line", HELP), description=translate("Command line", HELP)
    )
    actions = gdpr.add_subparsers(dest="gdpr_action", required=True)

    export = actions.add_parser(
        "export", help=translate("Command line", "write everything about a person into DIR")
    )
    add_db_option(export)
    export.add_argument("--contact", required=True, metavar="EMAIL_OR_ID")
    export.add_argument("--out", required=True, type=Path, metavar="DIR")
    export.add_argument(
        "--no-pdf", action="store_true", help=translate("Command line", "leave out the PDF report")
    )
    erase = actions.add_parser(
        "erase", help=translate("Command line", "erase a person (asks for --yes)")
    )
    add_db_option(erase)
    erase.add_argument("--contact", required=True, metavar="EMAIL_OR_ID")
    erase.add_argument(
        "--mode",
        choices=("delete", "anonymise"),
        help=translate(
            "Command line",
            "delete the contact, or anonymise it and keep the record for accounting "
            "(default: what the accounting rule suggests for this contact)",
        ),
    )
    erase.add_argument(
        "--yes", action="store_true", help=translate("Command line", "erase without asking")
    )
    retention = actions.add_parser(
        "retention",
        help=translate(
            "Command line", "people not changed for N years (the book's setting by default)"
        ),
    )
    add_db_option(retention)
    retention.add_argument("--years", type=int, metavar="N")
    retention.add_argument(
        "--set",
        action="store_true",
        help=translate("Command line", "store --years as the book's retention period"),
    )


def run(args: argparse.Namespace, *, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out if out is not None else sys.stdout
    err = err if err is not None else sys.stderr
    from app import paths

    path: Path = args.target_db or getattr(args, "db", None) or paths.default_db_path()
    if not path.exists():
        print(
            "kontor gdpr: "
            + translate("Command line", "there is no database at {path}.").format(path=path),
            file=err,
        )
        return EXIT_PROBLEM
    from app.services.privacy import ErasureRefusedError, PersonNotFoundError
    from app.services.registry import Services
    from app.store.migrations import open_database

    db = open_database(path)
    services = Services.over(db)
    try:
        if args.gdpr_action == "export":
            return _export(services, args, out)
        if args.gdpr_action == "erase":
            return _erase(services, args, out, err)
        return _retention(services, args, out, err)
    except (PersonNotFoundError, ErasureRefusedError, ValueError, OSError) as exc:
        print(f"kontor gdpr: {exc}", file=err)
        return EXIT_PROBLEM
    finally:
        db.close()


def _export(services: object, args: argparse.Namespace, out: TextIO) -> int:
    from app.services.registry import Services

    assert isinstance(services, Services)
    privacy = services.privacy
    contact = privacy.find(args.contact)
    pdf = None
    if not args.no_pdf:
        from app.ui.privacy.pdf import write_pdf

        def pdf(report: str, target: Path) -> None:
            title = translate("Command line", "Everything about {name}").format(name=contact.name)
            write_pdf(report, target, title=title)

    exported = privacy.write_export(contact.id, args.out, pdf)
    print(
        translate("Command line", "Everything about “{name}” ({id}):").format(
            name=contact.name, id=contact.id
        ),
        file=out,
    )
    for file in exported.files:
        print(f"  {file}", file=out)
    return EXIT_OK


def describe(plan: ErasurePlan) -> list[str]:
    lines = [f"“{plan.name}” ({plan.contact_id})"]
    if plan.must_keep:
        lines.append(
            translate("Command line", "Accounting needs this record: it is {reason}.").format(
                reason=plan.keep_reason
            )
        )
        lines.append(plan.rule)
    for account in plan.accounts:
        lines.append(
            translate("Command line", "Linked to {account}: {note}.").format(
                account=account.account, note=account.note
            )
        )
    if not plan.accounts:
        lines.append(translate("Command line", "No account holds this contact."))
    return lines


def _erase(services: object, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.services.privacy import ErasureMode
    from app.services.registry import Services

    assert isinstance(services, Services)
    privacy = services.privacy
    contact = privacy.find(args.contact)
    plan = privacy.plan_erasure(contact.id)
    mode = ErasureMode(args.mode) if args.mode else plan.suggested
    for line in describe(plan):
        print(line, file=out)
    if not args.yes:
        if mode is ErasureMode.DELETE:
            text = translate(
                "Command line",
                "Nothing was erased: add --yes to have the person's data deleted "
                "(this cannot be undone).",
            )
        else:
            text = translate(
                "Command line",
                "Nothing was erased: add --yes to have the person's data anonymised "
                "(this cannot be undone).",
            )
        print(text, file=err)
        return EXIT_PROBLEM
    result = privacy.erase(contact.id, mode)
    print(result.summary(), file=out)
    if result.accounts:
        print(translate("Command line", "Run `kontor sync` to send the erasure now."), file=out)
    return EXIT_OK


def _retention(services: object, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from app.services.registry import Services

    assert isinstance(services, Services)
    privacy = services.privacy
    if args.set:
        if args.years is None:
            print(
                "kontor gdpr retention: " + translate("Command line", "--set needs --years N."),
                file=err,
            )
            return EXIT_PROBLEM
        privacy.set_retention_years(args.years)
    years = args.years or privacy.retention_years()
    people = privacy.retention(years)
    print(
        tr("%n people not changed for {years} years:", "", len(people)).format(years=years),
        file=out,
    )
    for person in people:
        print(f"  {person.last_change.date()}  {person.name}  ({person.contact_id})", file=out)
    return EXIT_OK


__all__ = ["add_parser", "describe", "run"]
