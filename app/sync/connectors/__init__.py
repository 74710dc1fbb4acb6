"""One package per remote system: its routes, mapping, rules and client (see
:mod:`app.sync.connector` for the protocol they follow)."""
