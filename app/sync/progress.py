"""What a sync run reports: progress while it runs and a summary at the end.

Kept apart from the engine so that the window can know these types without loading the HTTP
client at start-up.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from app.i18n import tr, translate

JsonDict = dict[str, Any]


@dataclass(frozen=True)
class SyncProgress:
    phase: str  # "push", "pull", "deletions"
    done: int
    total: int
    message: str = ""


@dataclass
class SyncSummary:
    outcome: str = "ok"  # ok, incomplete, offline, credentials, cancelled, needs_confirmation
    complete: bool = True
    pushed: int = 0
    created_remote: int = 0
    deleted_remote: int = 0
    pulled_new: int = 0
    pulled_updated: int = 0
    merged: int = 0
    deleted_local: int = 0
    conflicts: int = 0
    rejected: int = 0
    deferred: int = 0
    waiting: int = 0  # not sent: the server failed on them this run; they stay queued
    unchanged: int = 0
    deletions_waiting: int = 0  # beyond the safety limit: wait for the user's yes
    # Of those, the related records gone there (Kanbert's companies) that the yes only
    # unlinks here (their organizations stay).
    unlinks_waiting: int = 0
    # Why the server could not be reached, in words (a run that ended offline because of
    # the network, not of the server's answers): "Offline: cannot reach example.com."
    unreachable: str = ""
    messages: list[str] = field(default_factory=list)

    def note(self, message: str, *, incomplete: bool = True) -> None:
        self.messages.append(message)
        if incomplete:
            self.complete = False
            if self.outcome == "ok":
                self.outcome = "incomplete"

    def as_json(self) -> JsonDict:
        return asdict(self)

    def line(self) -> str:
        parts = [
            tr("%n sent", "", self.pushed),
            translate("Sync", "{new} new and {updated} updated from the server").format(
                new=self.pulled_new, updated=self.pulled_updated
            ),
        ]
        if self.merged:
            parts.append(tr("%n merged", "", self.merged))
        if self.deleted_local or self.deleted_remote:
            parts.append(tr("%n deleted", "", self.deleted_remote + self.deleted_local))
        if self.conflicts:
            parts.append(tr("%n conflicts", "", self.conflicts))
        if self.rejected:
            parts.append(tr("%n rejected", "", self.rejected))
        if self.waiting:
            parts.append(tr("%n waiting for the next sync", "", self.waiting))
        return ", ".join(parts)
