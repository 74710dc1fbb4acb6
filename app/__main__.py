"""``python -m app`` runs Kontor like the ``kontor`` command."""

from app.cli.main import main

raise SystemExit(main())
