"""The workspace account as the window shows it: "our own organization" (chosen in the
account), the workspace organization's name, slug, status and type (read-only, as the last
sync read them) and the reference lists of countries and languages the pickers offer first.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from app.i18n import translate
from app.store.accounts import AccountRepository
from app.store.database import Database
from app.sync.accounts import Account
from app.sync.connectors.workspace.sync import COUNTRIES, INFO, LANGUAGES, OWN

if TYPE_CHECKING:
    from app.sync.connection_check import ConnectionReport

TYPE = "workspace"


def _codes(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


class Workspace:
    """Reads and sets what a workspace account keeps beside its connection."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def accounts(self) -> list[Account]:
        with self._db.reading() as conn:
            return [a for a in AccountRepository(conn).all() if a.type == TYPE and a.configured]

    @staticmethod
    def organization(account: Account) -> dict[str, Any]:
        """The workspace organization as the last sync read it (empty before)."""
        found = account.settings.get(INFO)
        return dict(found) if isinstance(found, dict) else {}

    @staticmethod
    def own(account: Account) -> str | None:
        value = account.settings.get(OWN)
        return value if isinstance(value, str) and value else None

    def own_of(self, local_id: str) -> list[tuple[str, dict[str, Any]]]:
        """``(account name, workspace organization)`` of each workspace account whose "our
        own organization" is ``local_id``."""
        return [(a.name, self.organization(a)) for a in self.accounts() if self.own(a) == local_id]

    def set_own(self, account_id: int, local_id: str | None) -> None:
        """Choose "our own organization" (``None``: none)."""
        with self._db.transaction() as conn:
            repo = AccountRepository(conn)
            account = repo.get(account_id)
            if account is None:
                raise ValueError(translate("Accounts", "this workspace account was removed"))
            settings = {k: v for k, v in account.settings.items() if k != OWN}
            if local_id:
                settings[OWN] = local_id
            repo.save(replace(account, settings=settings))

    def organizations(self, text: str) -> list[tuple[str, str]]:
        """Organizations of the book whose name matches ``text`` (for the own-organization
        picker): ``(id, name)``, at most 20."""
        from app.domain.enums import ContactKind
        from app.services.directory import ContactDirectory

        found = ContactDirectory(self._db).page(ContactKind.ORGANIZATION, 0, 20, text or None)
        return [(s.id, s.name) for s in found]

    def name_of(self, local_id: str) -> str | None:
        from app.services.directory import ContactDirectory

        found = ContactDirectory(self._db).get(local_id)
        return found.name if found is not None else None

    def reference_lists(self) -> tuple[list[str], list[str]]:
        """The countries and languages of every workspace account (each once, in order)."""
        countries: dict[str, None] = {}
        languages: dict[str, None] = {}
        for account in self.accounts():
            countries.update(dict.fromkeys(_codes(account.settings.get(COUNTRIES))))
            languages.update(dict.fromkeys(_codes(account.settings.get(LANGUAGES))))
        return list(countries), list(languages)


def test_connection(account: Account, token: str, *, timeout: float = 10.0) -> ConnectionReport:
    """Whether a workspace account's address and token read its organization; a KIP account
    cannot be tried (KIP has no read path) and says so.  A network call: off the GUI
    thread."""
    from app.sync.client import ApiAuthError, ApiError, ApiNotFound, ApiUnavailable
    from app.sync.connection_check import ConnectionReport
    from app.sync.connectors.workspace.client import WorkspaceClient

    if account.type == "kip":
        return ConnectionReport.failure(
            "bad_settings",
            translate(
                "Accounts",
                "KIP has no read path: it cannot be tried without registering a company. "
                "“Request my data from KIP” or the first sync shows whether the address and the "
                "token work.",
            ),
        )
    if not token:
        return ConnectionReport.failure(
            "no_token", translate("Accounts", "Enter the API token first.")
        )
    client = WorkspaceClient(
        account.base_url,
        token,
        route_overrides=account.route_overrides,
        connect_timeout=timeout,
        read_timeout=timeout,
    )
    try:
        found = client.organization(account.tenant or None)
    except ApiAuthError as exc:
        return ConnectionReport.failure(
            "unauthorized",
            translate("Accounts", "The workspace refused the API token ({status}).").format(
                status=exc.status
            ),
        )
    except ApiNotFound:
        return ConnectionReport.failure(
            "not_the_api",
            translate("Accounts", "The workspace shows no organization at this address."),
        )
    except ApiUnavailable as exc:
        return ConnectionReport.failure(
            "unreachable",
            translate("Accounts", "Not reachable: {error}.").format(error=exc.message),
        )
    except ApiError as exc:
        return ConnectionReport.failure(
            "not_the_api",
            translate("Accounts", "Not the workspace API: {error}").format(error=exc),
        )
    finally:
        client.close()
    name = found.get("name") or found.get("slug") or "?"
    return ConnectionReport.success(
        translate("Accounts", "Connected: the workspace organization “{name}”.").format(name=name)
    )


__all__ = ["Workspace", "test_connection"]
