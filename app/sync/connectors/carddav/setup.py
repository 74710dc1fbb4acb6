"""Setting up a CardDAV account: from a server address to the address book to sync.

:func:`find_address_books` signs in and discovers (``.well-known/carddav``, the principal,
its address-book home, the address books there); :func:`choose` picks one by name.  Every
failure is a :class:`SetupError` whose message says, in the user's words, what to do.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.i18n import translate
from app.sync.client import (
    ApiAuthError,
    ApiError,
    ApiNotFound,
    ApiProtocolError,
    ApiUnavailable,
)
from app.sync.connectors.carddav.client import AddressBook, CardDavClient, Discovery


class SetupError(Exception):
    """Discovery failed; ``str()`` says why and what to do."""


def find_address_books(url: str, user: str, secret: str, *, auth: str = "", **kw: Any) -> Discovery:
    """The address books the user has on the server at ``url``."""
    if not secret:
        raise SetupError(
            translate(
                "Accounts",
                "Finding the address books signs in to the server: enter the password (or app "
                "password / token) first.",
            )
        )
    client = CardDavClient(url, secret, user=user, auth=auth, **kw)
    try:
        found = client.discover()
    except ApiAuthError as exc:
        if user:
            text = translate(
                "Accounts",
                "The server refused “{user}” ({status}): check the user name and password.",
            )
        else:
            text = translate(
                "Accounts",
                "The server refused this token ({status}): check the user name and password.",
            )
        raise SetupError(text.format(user=user, status=exc.status)) from exc
    except ApiUnavailable as exc:
        raise SetupError(
            translate("Accounts", "The server cannot be reached: {reason}.").format(
                reason=exc.message
            )
        ) from exc
    except (ApiProtocolError, ApiNotFound) as exc:
        raise SetupError(
            translate("Accounts", "No CardDAV address books were found at {url}: {reason}.").format(
                url=url, reason=exc.message
            )
        ) from exc
    except ApiError as exc:
        raise SetupError(
            translate("Accounts", "Finding the address books failed: {reason}").format(reason=exc)
        ) from exc
    finally:
        client.close()
    if not found.books:
        if user:
            text = translate(
                "Accounts",
                "{user} has no address book on the server yet: make one there "
                "(in its web page or another program), then try again.",
            )
        else:
            text = translate(
                "Accounts",
                "This user has no address book on the server yet: make one there "
                "(in its web page or another program), then try again.",
            )
        raise SetupError(text.format(user=user))
    return found


def choose(books: Sequence[AddressBook], name: str | None) -> AddressBook:
    """The address book named ``name`` (its display name or the last part of its path, in
    any case), or the first one when no name is given."""
    if not name:
        return books[0]
    wanted = name.strip().casefold()
    for book in books:
        last = book.href.rstrip("/").rsplit("/", 1)[-1]
        if wanted in (book.name.casefold(), last.casefold(), book.href.casefold()):
            return book
    names = ", ".join(f"“{b.name}”" for b in books)
    raise SetupError(
        translate(
            "Accounts", "There is no address book named “{name}” (there are: {names})."
        ).format(name=name, names=names)
    )


__all__ = ["SetupError", "choose", "find_address_books"]
