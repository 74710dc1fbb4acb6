"""What a sync that finds nothing changed does not need is not loaded with its modules."""

from __future__ import annotations

import subprocess
import sys

from app.paths import repo_root

_PROBE = """
import sys
import app.cli.sync_command, app.sync.document_sync, app.sync.engine, app.sync.wire
import app.domain.validation, app.store.migrations
print(" ".join(sorted(m for m in ("nameparser", "email_validator", "alembic") if m in sys.modules)))
"""


def test_the_sync_modules_load_without_the_name_splitter_mail_checker_and_migrations() -> None:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE],
        cwd=repo_root(),
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.split() == []


def test_names_and_addresses_are_still_checked_once_loaded() -> None:
    from app.domain import checks
    from app.domain.person_names import split_person_name

    parts = split_person_name("Univ.-Prof. Dr. Anna van der Berg MSc")
    assert (parts.family_name, parts.title_suffix) == ("van der Berg", "MSc")
    assert split_person_name("Herr Jan Müller").title is None
    assert checks.is_valid_currency("EUR") and not checks.is_valid_currency("EUX")
    assert checks.email_problem("anna@example.org") is None
    assert checks.email_problem("anna@mail.localhost") is not None  # a special-use domain
    assert checks.email_problem("anna@@example.org") is not None
