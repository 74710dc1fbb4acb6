"""Translatable messages for the layers without Qt (domain, store, services, sync, cli).

The words of a validation problem, an import report line or a sync issue are written in the
layer that finds the problem, but shown in the user's language. Those layers call
:func:`translate` (a message in a named context) or :func:`tr` (a message whose words depend on
a count, in Qt's numerus forms); ``pyside6-lupdate`` finds both calls, and the front end (the
window or the command line) installs the function that looks the words up in the chosen
language's catalogue (``kontor sync`` one that reads the catalogue without Qt:
:mod:`app.qm`). Until one is installed the English source text is used.

Write the message with named placeholders and format it after translating, so a translation
can move them: ``translate("Validation", "at most {n} characters").format(n=256)``.
A count goes in ``%n`` (``%Ln`` for digit grouping): ``tr("%n contacts imported", "", n)``.
"""

from __future__ import annotations

from collections.abc import Callable

#: (context, source text, disambiguation, count or -1) -> the text to show
Lookup = Callable[[str, str, str | None, int], str]


def _source_text(context: str, text: str, disambiguation: str | None, n: int) -> str:
    if n < 0:
        return text
    return text.replace("%Ln", f"{n:,}").replace("%n", str(n))


_lookup: Lookup = _source_text


def install(lookup: Lookup | None) -> None:
    """Use ``lookup`` for every message from now on (None: the English source text again)."""
    global _lookup
    _lookup = lookup or _source_text


def translate(context: str, text: str, disambiguation: str | None = None) -> str:
    """``text`` in the user's language; ``context`` groups messages for the translator."""
    return _lookup(context, text, disambiguation, -1)


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A message with a count in ``%n``: the form for ``n`` in the user's language.

    ``pyside6-lupdate`` recognises numerus forms only in calls shaped ``tr(text, "", n)``;
    such messages share the catalogue's global context.
    """
    return _lookup("", text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks ``text`` for the catalogue without translating it yet (a label in a table that is
    translated when shown, with ``translate(context, text)``)."""
    return text
