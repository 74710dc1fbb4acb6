"""Command-line options several subcommands share."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.i18n import translate


def add_db_option(parser: argparse.ArgumentParser) -> None:
    """``--db PATH``: the database a subcommand works on (default: the user's own)."""
    parser.add_argument(
        "--db",
        type=Path,
        dest="target_db",
        metavar="PATH",
        help=translate(
            "Command line", "database file (default: your Kontor database; or set KONTOR_DB)"
        ),
    )
