"""``kontor print labels|envelopes|sheet|list``: the window's print jobs, saved as PDF.

The contacts are those named with ``--contact`` (an id or an e-mail address, repeatable), or
else the contact list's: ``--kind people|organizations`` and ``--search TEXT`` filter it as in
the window.  Drawing uses the same Qt code as the print preview (:mod:`app.ui.printing`, which
starts Qt's application object when none runs: Qt stays inside the user interface layer), on
Qt's offscreen platform when there is no screen.
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from app import paths
from app.cli.options import add_db_option
from app.i18n import QT_TRANSLATE_NOOP, tr, translate

HELP = QT_TRANSLATE_NOOP(
    "Command line", "save labels, envelopes, contact sheets or a phone list as a PDF file"
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    printing = commands.add_parser(
        "print", help=translate("Command line", HELP), description=translate("Command line", HELP)
    )
    printing.add_argument(
        "what",
        choices=("labels", "envelopes", "sheet", "list"),
        help=translate(
            "Command line",
            "labels: address labels; envelopes: one envelope per contact; sheet: one contact "
            "a page with everything; list: a phone list",
        ),
    )
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    add_db_option(printing)
    printing.add_argument(
        "--contact",
        action="append",
        default=[],
        metavar="ID_OR_EMAIL",
        help=translate(
            "Command line",
            "a contact to print (repeatable); without it, every contact the filters show",
        ),
    )
    printing.add_argument("--kind", choices=("people", "organizations"))
    printing.add_argument(
        "--search", metavar="TEXT", help=translate("Command line", "only contacts matching TEXT")
    )
    printing.add_argument(
        "--sheet",
        default="3x8",
        help=translate(
            "Command line",
            "label sheet: 3x8 (70 x 36 mm), 3x7 (70 x 42.3 mm), 2x4 (99.1 x 67.7 mm), "
            "2x8 (99.1 x 33.9 mm) or "
            "custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY] in mm, e.g. "
            "custom:2x5:90x50:15,20:5,5 (default 3x8)",
        ),
    )
    printing.add_argument(
        "--start",
        type=int,
        default=1,
        metavar="N",
        help=translate(
            "Command line", "labels: the first free label of a partly used sheet (1 = top left)"
        ),
    )
    printing.add_argument("--envelope", choices=("DL", "C5", "C6"), default="DL")
    printing.add_argument(
        "--sender",
        metavar="ID_OR_EMAIL",
        help=translate(
            "Command line",
            "envelopes: the organization sending (default: our organization, if chosen)",
        ),
    )


def _fail(message: str) -> int:
    print(f"kontor print: {message}", file=sys.stderr)
    return 2


def _no_contact(reference: str) -> str:
    return translate("Command line", "no contact with the id or e-mail address {reference}").format(
        reference=repr(reference)
    )


def parse_sheet(text: str) -> object:
    """A sheet by name, or a custom one from its measures (raises ValueError with a reason)."""
    from app.services.printing import SHEETS, custom_sheet

    if text in SHEETS:
        return SHEETS[text]
    if not text.startswith("custom:"):
        raise ValueError(
            translate(
                "Command line", "unknown sheet {sheet}: use 3x8, 3x7, 2x4, 2x8 or custom:…"
            ).format(sheet=repr(text))
        )
    parts = text.split(":")[1:]
    try:
        columns, rows = (int(v) for v in parts[0].lower().split("x"))
        width, height = (float(v) for v in parts[1].lower().split("x"))
        left, top = (float(v) for v in parts[2].split(","))
        gap_x, gap_y = (float(v) for v in parts[3].split(",")) if len(parts) > 3 else (0, 0)
    except (IndexError, ValueError):
        raise ValueError(
            translate(
                "Command line",
                "cannot read {sheet}: write custom:COLUMNSxROWS:WIDTHxHEIGHT:LEFT,TOP[:GAPX,GAPY]",
            ).format(sheet=repr(text))
        ) from None
    return custom_sheet(columns, rows, width, height, left, top, gap_x, gap_y)


def run(args: argparse.Namespace) -> int:
    if os.environ.get("QT_QPA_PLATFORM") is None and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform != "linux"
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from app.services.printing import ENVELOPES, PrintError, PrintMaterial, kind_query
    from app.store.migrations import open_database
    from app.ui.printing.render import Job, save_pdf

    if args.out.suffix.lower() != ".pdf":
        return _fail(
            translate("Command line", "the output must be a .pdf file — {path}").format(
                path=args.out
            )
        )
    if not args.out.parent.is_dir():
        return _fail(
            translate("Command line", "the folder {path} does not exist").format(
                path=args.out.parent
            )
        )
    try:
        sheet = parse_sheet(args.sheet) if args.what == "labels" else None
    except ValueError as exc:
        return _fail(str(exc))
    db_path = args.target_db or paths.default_db_path()
    if not db_path.exists():
        return _fail(
            translate("Command line", "there is no database at {path}").format(path=db_path)
        )
    db = open_database(db_path)
    try:
        material = PrintMaterial(db)
        ids: list[str] = []
        for reference in args.contact:
            found = material.find(reference)
            if found is None:
                return _fail(_no_contact(reference))
            ids.append(found)
        if not args.contact:
            ids = material.listed(kind_query(args.kind, args.search))
        contacts = material.contacts(ids)
        if not contacts:
            return _fail(
                translate(
                    "Command line", "no contact to print: check --contact, --kind and --search"
                )
            )
        missing: list[str] = []
        if args.what in ("labels", "envelopes"):
            addresses, missing = material.addresses(contacts)
            sender = None
            if args.what == "envelopes":
                sender_id = None
                if args.sender:
                    sender_id = material.find(args.sender)
                    if sender_id is None:
                        return _fail(_no_contact(args.sender))
                sender = material.sender(sender_id)
            job = Job(
                args.what,
                tuple(addresses),
                sheet=sheet,  # type: ignore[arg-type]
                start=args.start,
                envelope=ENVELOPES[args.envelope],
                sender=sender,
            )
        elif args.what == "sheet":
            title = translate("Command line", "Contacts")
            job = Job("sheet", sheets=tuple(material.sheets(contacts)), title=title)
        else:
            rows = tuple(material.phone_list(contacts))
            title = tr("Phone list — %n contacts — {date}", "", len(rows)).format(
                date=date.today().isoformat()
            )
            job = Job("list", rows=rows, title=title)
        pages = save_pdf(args.out, job)
    except PrintError as exc:
        return _fail(str(exc))
    finally:
        db.close()
    for name in missing:
        print(
            translate("Command line", "left out (no postal address): {name}").format(name=name),
            file=sys.stderr,
        )
    # Two entries, so that the English text is right without a catalogue too.
    saved = (
        tr("Saved {path} (%n page)", "", pages)
        if pages == 1
        else tr("Saved {path} (%n pages)", "", pages)
    )
    print(saved.format(path=args.out))
    return 0


__all__ = ["HELP", "add_parser", "parse_sheet", "run"]
