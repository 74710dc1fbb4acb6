"""``kontor import FILE`` and ``kontor export``: the import / export service from a shell.

Wire it into :mod:`app.cli.main` with ``add_parsers(commands)`` beside the other
sub-commands and ``if args.command in COMMANDS: return run(args)`` in ``main``.

``kontor import`` prints the plan (how many contacts are created, updated and skipped, with
the reason for every skipped row) and applies it unless ``--dry-run``.  Exit status: 0 done
(skipped rows are reported, not failures), 1 the file or the plan was refused (nothing was
written), 2 a usage problem (unknown template or column, a database Kontor cannot open).

A CSV file without a header row is read by position: ``--columns name,,email`` says the field
of each column (empty: not imported); ``--no-header`` / ``--header`` say whether the first
row names the columns when the guess is wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from app import paths
from app.cli.options import add_db_option
from app.i18n import tr, translate
from app.services.interchange import (
    DEFAULT_COLUMNS,
    EXPORT_COLUMNS,
    TARGETS,
    Action,
    CsvMapping,
    FileFormat,
    FileRejectedError,
    ImportPlan,
    Interchange,
    SkipReason,
    TemplateError,
)
from app.store.listing import ContactQuery
from app.store.migrations import DatabaseVersionError, open_database

COMMANDS = ("import", "export")
EXIT_OK, EXIT_REFUSED, EXIT_USAGE = 0, 1, 2
# How many skipped rows are listed one by one before "… and N more".
MAX_LISTED = 50


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``import`` and ``export`` to the ``kontor`` command's sub-commands."""
    importing = commands.add_parser(
        "import",
        help=translate(
            "Command line", "import contacts from a vCard or CSV file (dry run with --dry-run)"
        ),
        description=translate(
            "Command line",
            "Import contacts from a vCard (.vcf) or CSV file as one batch. Contacts "
            "already in the book (same id, VAT number, e-mail or phone) are updated, not "
            "duplicated; invalid rows are listed and skipped.",
        ),
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    add_db_option(importing)
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("Command line", "only show what would be done; change nothing"),
    )
    importing.add_argument(
        "--format",
        choices=[f.value for f in FileFormat],
        help=translate("Command line", "default: from the file name"),
    )
    importing.add_argument(
        "--mapping",
        metavar="TEMPLATE",
        help=translate("Command line", "a saved CSV column mapping (template name)"),
    )
    importing.add_argument(
        "--encoding", help=translate("Command line", "the file's encoding (default: detected)")
    )
    importing.add_argument(
        "--delimiter", help=translate("Command line", "the CSV delimiter (default: detected)")
    )
    importing.add_argument(
        "--columns",
        metavar="a,b,c",
        help=translate(
            "Command line",
            "CSV: the field of each column by position, e.g. name,,email,phone (empty: not "
            "imported); for files without a header row",
        ),
    )
    importing.add_argument(
        "--header",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=translate(
            "Command line", "CSV: whether the first row names the columns (default: detected)"
        ),
    )
    exporting = commands.add_parser(
        "export",
        help=translate("Command line", "export contacts as vCard 4.0 or CSV"),
        description=translate(
            "Command line", "Export contacts (all, or those matching --search) as vCard 4.0 or CSV."
        ),
    )
    add_db_option(exporting)
    exporting.add_argument(
        "--format",
        choices=[f.value for f in FileFormat],
        help=translate("Command line", "default: from --out, else vcf"),
    )
    exporting.add_argument(
        "--out",
        type=Path,
        metavar="FILE|DIR",
        help=translate("Command line", "where to write (default: standard output)"),
    )
    exporting.add_argument(
        "--one-per-contact",
        action="store_true",
        help=translate("Command line", "vCard: one file per contact in the folder --out"),
    )
    exporting.add_argument(
        "--columns",
        metavar="a,b,c",
        help=translate("Command line", "CSV columns (default: {default}; all: {all})").format(
            default=",".join(DEFAULT_COLUMNS), all=",".join(EXPORT_COLUMNS)
        ),
    )
    exporting.add_argument(
        "--search", metavar="TEXT", help=translate("Command line", "only contacts matching TEXT")
    )
    exporting.add_argument(
        "--excel",
        action="store_true",
        help=translate("Command line", "CSV: UTF-8 with a byte-order mark, for Excel"),
    )


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run ``kontor import`` or ``kontor export`` as parsed by :func:`add_parsers`."""
    out = out or sys.stdout
    err = err or sys.stderr
    db_path = args.target_db or getattr(args, "db", None) or paths.default_db_path()
    try:
        db = open_database(db_path)
    except DatabaseVersionError as exc:
        print(f"kontor: {exc}", file=err)
        return EXIT_USAGE
    try:
        service = Interchange(db)
        if args.command == "import":
            return _import(service, args, out, err)
        return _export(service, args, out, err)
    finally:
        db.close()


def _import(service: Interchange, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    mapping = None
    if args.mapping:
        try:
            mapping = service.templates.load(args.mapping)
        except TemplateError as exc:
            print(f"kontor: {exc}", file=err)
            return EXIT_USAGE
    file_format = FileFormat(args.format) if args.format else None
    targets: list[str | None] = []
    if args.columns is not None:
        targets = [column_target(c) for c in args.columns.split(",")]
        unknown = [
            c.strip() for c, t in zip(args.columns.split(","), targets, strict=True) if t == ""
        ]
        if unknown or not any(targets):
            print(
                "kontor: "
                + translate(
                    "Command line",
                    "unknown fields in --columns: {unknown}; choose from {names} or a field such "
                    "as email.work, phone.mobile, address.home.city (or leave a column empty)",
                ).format(unknown=_none_given(unknown), names=", ".join(COLUMN_NAMES)),
                file=err,
            )
            return EXIT_USAGE
    try:
        if targets:
            layout = service.inspect_csv(
                args.file, encoding=args.encoding, delimiter=args.delimiter, has_header=args.header
            )
            mapping = CsvMapping(
                {h: t for h, t in zip(layout.header, targets, strict=False) if t},
                layout.mapping.date_order,
            )
        source = service.read_file(
            args.file,
            file_format,
            encoding=args.encoding,
            mapping=mapping,
            delimiter=args.delimiter,
            has_header=args.header,
        )
        plan = service.plan_import(source)
        _print_plan(plan, out)
        if args.dry_run:
            print(translate("Command line", "Dry run: nothing was changed."), file=out)
            return EXIT_OK
        if not plan.changes_anything:
            print(translate("Command line", "Nothing to change."), file=out)
            return EXIT_OK
        result = service.apply_import(plan)
    except FileRejectedError as exc:
        print(f"kontor: {args.file}: {exc}", file=err)
        return EXIT_REFUSED
    print(
        translate(
            "Command line",
            "Imported: {created} created, {updated} updated (journal transaction {txn}).",
        ).format(created=len(result.created), updated=len(result.updated), txn=result.txn_id),
        file=out,
    )
    return EXIT_OK


# ``--columns`` takes the import fields' keys (``email.work``) and these short names.
_SHORT_NAMES = {
    "email": "email.1",
    "e-mail": "email.1",
    "phone": "phone.1",
    "mobile": "phone.mobile",
    "fax": "phone.fax",
    "web": "web.1",
    "website": "web.1",
    "url": "web.1",
    "street": "address.1.street",
    "zip": "address.1.zip",
    "city": "address.1.city",
    "state": "address.1.state",
    "country": "address.1.country",
    "company": "organization",
    "first_name": "given_name",
    "last_name": "family_name",
}
COLUMN_NAMES = (*(t for t in TARGETS if "." not in t), *_SHORT_NAMES)


def column_target(text: str) -> str | None:
    """The field one entry of ``--columns`` names: ``None`` for an empty entry or ``-`` (the
    column is not imported), ``""`` for an unknown name."""
    name = text.strip()
    if name in ("", "-"):
        return None
    if name in TARGETS:
        return name
    return _SHORT_NAMES.get(name.casefold(), "")


def _none_given(names: list[str]) -> str:
    return ", ".join(names) or translate("Command line", "(none given)")


def _print_plan(plan: ImportPlan, out: TextIO) -> None:
    print(f"{plan.source_name} ({plan.format.value}, {plan.encoding}): {plan.summary()}", file=out)
    for warning in plan.warnings:
        print("  " + translate("Command line", "note: {text}").format(text=warning), file=out)
    if plan.organizations:
        names = ", ".join(f"“{r.name}”" for r in plan.organizations[:10])
        if len(plan.organizations) > 10:
            names += translate("Command line", " and {count} more").format(
                count=len(plan.organizations) - 10
            )
        print(
            "  "
            + translate(
                "Command line", "new organizations for people who work there: {names}"
            ).format(names=names),
            file=out,
        )
    reported = [r for r in plan.skipped if r.skip_reason is not SkipReason.IDENTICAL]
    for row in reported[:MAX_LISTED]:
        print(
            "  "
            + translate("Command line", "skip {row}: {reason}").format(
                row=row.label, reason=row.reason
            ),
            file=out,
        )
    hidden = len(reported) - MAX_LISTED
    if hidden > 0:
        print("  " + tr("… and %n more skipped rows", "", hidden), file=out)
    warned = [r for r in plan.rows if r.action is not Action.SKIP and (r.problems or r.notes)]
    for row in warned[:MAX_LISTED]:
        for text in [str(p) for p in row.problems] + list(row.notes):
            print(
                "  "
                + translate("Command line", "warning {row}: {text}").format(
                    row=row.source, text=text
                ),
                file=out,
            )


def _export(service: Interchange, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    target: Path | None = args.out
    if args.format:
        file_format = FileFormat(args.format)
    elif target is not None and target.suffix.lower() == ".csv":
        file_format = FileFormat.CSV
    else:
        file_format = FileFormat.VCARD
    query = ContactQuery(search=args.search)
    if file_format is FileFormat.CSV:
        columns = (
            [c.strip() for c in args.columns.split(",") if c.strip()]
            if args.columns
            else list(DEFAULT_COLUMNS)
        )
        unknown = [c for c in columns if c not in EXPORT_COLUMNS]
        if unknown or not columns:
            print(
                "kontor: "
                + translate(
                    "Command line", "unknown columns: {unknown}; choose from {names}"
                ).format(unknown=_none_given(unknown), names=", ".join(EXPORT_COLUMNS)),
                file=err,
            )
            return EXIT_USAGE
        result = service.export_csv(target or out, query, columns, excel=args.excel)
    elif args.one_per_contact:
        if target is None:
            print(
                "kontor: " + translate("Command line", "--one-per-contact needs --out DIR"),
                file=err,
            )
            return EXIT_USAGE
        result = service.export_vcards(target, query, one_per_contact=True)
    elif target is None:
        with service.exporting(query) as (contacts, names):
            count = service.write_vcards(out, contacts, names)
        print(tr("Exported %n contacts.", "", count), file=err)
        return EXIT_OK
    else:
        result = service.export_vcards(target, query)
    if target is not None:
        text = tr("Exported %n contacts to {path}.", "", result.count).format(path=target)
    else:
        text = tr("Exported %n contacts.", "", result.count)
    print(text, file=err if target is None else out)
    return EXIT_OK


__all__ = ["COMMANDS", "add_parsers", "run"]
