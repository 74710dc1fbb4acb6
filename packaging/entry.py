"""The frozen Kontor's entry point (the script of ``packaging/kontor.spec``).

``kontor --self-test`` runs :mod:`app.selftest`; everything else is the ``kontor`` command.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if "--self-test" in args:
        from app.selftest import main as self_test

        return self_test(args)
    from app.cli.main import main as kontor

    return kontor(args)


if __name__ == "__main__":
    raise SystemExit(main())
