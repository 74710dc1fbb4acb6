"""KIP companies as the window shows them: which organizations are registered with KIP,
whether KIP has them already (then their VAT and company registration numbers are locked, and
why), what KIP's rules say about them, and "Request my data from KIP".

An organization is registered with KIP when it is ticked in the editor (the account keeps
the ids of those ticked) or carries the tag chosen in the account.  Ticking one puts it in
the account's outbox: the next KIP sync creates it.  Unticking stops sending it; KIP has no
delete, so a company KIP has stays there.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from app.domain.models import OrganizationContact
from app.i18n import translate
from app.store.accounts import AccountRepository
from app.store.database import Database
from app.store.sync_state import SyncStateRepository
from app.sync.accounts import Account
from app.sync.client import ApiAuthError, ApiError, ApiUnavailable
from app.sync.connectors.kip import (
    CREATE_ONLY_REASON,
    MARKED,
    NO_DELETE,
    TAG,
    TYPE,
    marked_ids,
    tag_rule,
)
from app.sync.connectors.kip import mapping as kip_mapping
from app.sync.connectors.kip.client import KipClient
from app.sync.credentials import CredentialsUnavailable, TokenStore


@dataclass(frozen=True)
class KipState:
    """How one organization stands with one KIP account."""

    account_id: int
    account: str
    ticked: bool
    tag: str | None  # the account's tag, when the organization carries it
    registered: bool  # KIP has the company (its create was answered)
    problems: list[str] = field(default_factory=list)  # KIP's rules it breaks now

    @property
    def included(self) -> bool:
        return self.ticked or self.tag is not None

    @property
    def locked_reason(self) -> str | None:
        """Why the VAT and company registration numbers cannot be changed, or ``None``."""
        if not self.registered:
            return None
        return translate("Accounts", "Locked: registered with KIP (“{account}”). {reason}").format(
            account=self.account, reason=translate("Sync", CREATE_ONLY_REASON)
        )


@dataclass(frozen=True)
class KipExport:
    """What KIP answered to "Request my data": the job and its links ``(rel, href)``."""

    ok: bool
    message: str
    links: list[tuple[str, str]] = field(default_factory=list)
    job: dict[str, Any] = field(default_factory=dict)


class KipCompanies:
    """Registering organizations with KIP, and KIP's data export."""

    def __init__(self, db: Database, tokens: TokenStore, *, timeout: float = 10.0) -> None:
        self._db = db
        self._tokens = tokens
        self._timeout = timeout

    def accounts(self) -> list[Account]:
        with self._db.reading() as conn:
            return [a for a in AccountRepository(conn).all() if a.type == TYPE and a.configured]

    def states(self, org: OrganizationContact) -> list[KipState]:
        """``org`` with each KIP account (none: the book has no KIP account)."""
        out: list[KipState] = []
        problems = [p.message for p in kip_mapping.check(kip_mapping.project_contact(org))]
        with self._db.reading() as conn:
            for account in AccountRepository(conn).all():
                if account.type != TYPE or not account.configured or account.id is None:
                    continue
                record = SyncStateRepository(conn, account.id).record(org.id)
                tag = tag_rule(account.settings)
                carries = tag is not None and any(
                    t.name.casefold() == tag.casefold() for t in org.tags
                )
                out.append(
                    KipState(
                        account_id=account.id,
                        account=account.name,
                        ticked=org.id in marked_ids(account.settings),
                        tag=tag if carries else None,
                        registered=record is not None and record.remote_id is not None,
                        problems=problems,
                    )
                )
        return out

    def set_ticked(self, account_id: int, local_id: str, ticked: bool) -> None:
        """Tick (or untick) an organization for KIP; a ticked one waits to be sent."""
        from app.sync.document_sync import enqueue

        with self._db.transaction() as conn:
            repo = AccountRepository(conn)
            account = repo.get(account_id)
            if account is None or account.type != TYPE:
                raise ValueError(translate("Accounts", "this KIP account was removed"))
            marked = marked_ids(account.settings)
            marked = marked | {local_id} if ticked else marked - {local_id}
            repo.save(replace(account, settings={**account.settings, MARKED: sorted(marked)}))
            if ticked:
                enqueue(conn, account_id, local_id)

    def set_tag(self, account_id: int, tag: str) -> None:
        with self._db.transaction() as conn:
            repo = AccountRepository(conn)
            account = repo.get(account_id)
            if account is None:
                raise ValueError(translate("Accounts", "this KIP account was removed"))
            settings = {k: v for k, v in account.settings.items() if k != TAG}
            if tag.strip():
                settings[TAG] = tag.strip()
            repo.save(replace(account, settings=settings))

    def request_export(self, account: Account) -> KipExport:
        """Start KIP's export of the user's own data (a network call: off the GUI thread)."""
        try:
            token = self._tokens.get(account)
        except CredentialsUnavailable as exc:
            return KipExport(False, exc.message)
        if not token:
            return KipExport(
                False,
                translate(
                    "Accounts",
                    "No API token for this account: enter it in Edit… (or KONTOR_API_TOKEN).",
                ),
            )
        client = KipClient(
            account.base_url,
            token,
            route_overrides=account.route_overrides,
            read_timeout=self._timeout,
        )
        try:
            job, links = client.request_export()
        except ApiAuthError:
            return KipExport(
                False,
                translate("Accounts", "KIP refused the API token: enter a valid one in Edit…."),
            )
        except ApiUnavailable as exc:
            return KipExport(
                False,
                translate(
                    "Accounts", "KIP could not be reached ({error}); try again later."
                ).format(error=exc.message),
            )
        except ApiError as exc:
            return KipExport(
                False,
                translate("Accounts", "KIP did not start the export: {error}").format(error=exc),
            )
        finally:
            client.close()
        shown = [
            (str(link.get("rel") or link.get("title") or "link"), str(link["href"]))
            for link in links
            if isinstance(link.get("href"), str)
        ]
        status = job.get("status")
        if shown and status:
            message = translate(
                "Accounts",
                "KIP started the export of your data ({status}): it answered these links.",
            )
        elif shown:
            message = translate(
                "Accounts", "KIP started the export of your data: it answered these links."
            )
        elif status:
            message = translate(
                "Accounts", "KIP started the export of your data ({status}), with no links."
            )
        else:
            message = translate("Accounts", "KIP started the export of your data, with no links.")
        message = message.format(status=status)
        return KipExport(True, message, shown, job)


__all__ = ["NO_DELETE", "KipCompanies", "KipExport", "KipState"]
