"""What the database holds about one person, and wiping it out of every corner.

:func:`rows_about` follows the schema's foreign keys from the contact's row (and the rows it
owns) and adds the tables that name it by id without a foreign key (the journal, the sync
state, the search index): every stored row about the person, column by column.

The erasure helpers remove the person's values from where a plain delete leaves them: the
journal's old and new values, the labels and undo steps of its transactions, the sync
state's last agreed documents and issues, the search index's segments, freed pages and the
write-ahead log.
"""

from __future__ import annotations

import base64
import contextlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Connection, Table, delete, select, text, update

from app.store import schema as s
from app.store.database import Database

# Rows of these tables reached through ``organization_id`` belong to the people who work at
# an organization, not to it: the walk does not go on to their contact points.
_NOT_OWNED = {("professional_identities", "organization_id")}
ERASED = "(erased)"
PRIVACY_RETENTION_KEY = "privacy.retention_years"


def json_value(value: Any) -> Any:
    """A column value as JSON: dates as ISO text, bytes as base64, decimals as text."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, Decimal):
        return str(value)
    return value


def _rows(connection: Connection, table: Table, column: str, ids: Sequence[str]) -> list[Any]:
    """The rows of ``table`` whose ``column`` is one of ``ids``, every value as stored."""
    found: list[Any] = []
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join(f":p{i}" for i in range(len(chunk)))
        result = connection.execute(
            text(f'SELECT * FROM "{table.name}" WHERE "{column}" IN ({marks})'),
            {f"p{i}": value for i, value in enumerate(chunk)},
        )
        found += list(result.mappings())
    return found


def _stored(table: Table, row: Any) -> dict[str, Any]:
    """A row as JSON: JSON columns parsed, bytes as base64, everything else as stored."""
    values: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, str) and key in table.c and isinstance(table.c[key].type, JSON):
            with contextlib.suppress(ValueError):
                value = json.loads(value)
        values[key] = json_value(value)
    return values


def rows_about(connection: Connection, contact_id: str) -> dict[str, list[dict[str, Any]]]:
    """table name -> the rows about the contact, every column, as JSON values."""
    collected: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
    owned_ids: dict[str, set[str]] = {"contacts": {contact_id}}
    queue: list[str] = ["contacts"]

    def keep(table: Table, row: Any) -> None:
        key = tuple(row[c.name] for c in table.primary_key.columns)
        collected.setdefault(table.name, {})[key] = _stored(table, row)

    for row in _rows(connection, s.contacts, "id", [contact_id]):
        keep(s.contacts, row)
    while queue:
        parent = queue.pop(0)
        ids = sorted(owned_ids.get(parent, set()))
        for table in s.metadata.sorted_tables:
            for fk in table.foreign_keys:
                if fk.column.table.name != parent or not ids:
                    continue
                column = fk.parent.name
                descend = (table.name, column) not in _NOT_OWNED and column != "related_contact_id"
                key = "id" if "id" in table.c else "contact_id" if "contact_id" in table.c else None
                for row in _rows(connection, table, column, ids):
                    keep(table, row)
                    if descend and key is not None:
                        new = {row[key]} - owned_ids.get(table.name, set())
                        if new:
                            owned_ids.setdefault(table.name, set()).update(new)
                            if table.name not in queue:
                                queue.append(table.name)
    by_local_id = (s.sync_records, s.sync_outbox, s.sync_issues)
    for table in by_local_id:
        for row in _rows(connection, table, "local_id", [contact_id]):
            keep(table, row)
    for row in _rows(connection, s.change_journal, "aggregate_id", [contact_id]):
        keep(s.change_journal, row)
    for row in _rows(connection, s.external_id_mappings, "internal", [contact_id]):
        keep(s.external_id_mappings, row)
    result = {name: list(rows.values()) for name, rows in collected.items()}
    search = connection.execute(
        text("SELECT rowid, contact_id, body FROM contact_search WHERE contact_id = :id"),
        {"id": contact_id},
    ).mappings()
    result["contact_search"] = [dict(row) for row in search]
    return result


# --- erasure -------------------------------------------------------------------------------


def _holds(value: Any, needles: Sequence[str]) -> bool:
    if isinstance(value, str):
        folded = value.casefold()
        return any(n in folded for n in needles)
    if isinstance(value, list):
        return any(_holds(v, needles) for v in value)
    if isinstance(value, dict):
        return any(_holds(v, needles) or _holds(k, needles) for k, v in value.items())
    return False


def _scrubbed(value: Any, needles: Sequence[str]) -> Any:
    """``value`` with every string holding one of ``needles`` replaced."""
    if isinstance(value, str):
        return ERASED if _holds(value, needles) else value
    if isinstance(value, list):
        return [_scrubbed(v, needles) for v in value]
    if isinstance(value, dict):
        return {
            (ERASED if _holds(k, needles) else k): _scrubbed(v, needles) for k, v in value.items()
        }
    return value


def _needles(values: Iterable[str]) -> list[str]:
    return sorted({v.casefold().strip() for v in values if v and len(v.strip()) >= 3})


def _candidates(connection: Connection, table: str, column: str, needles: Sequence[str]) -> Any:
    """Rows whose text may hold a needle: raw text and JSON's escaped form both."""
    forms: set[str] = set()
    for needle in needles:
        forms.add(needle)
        forms.add(json.dumps(needle)[1:-1])
    clauses = " OR ".join(f"instr(lower({column}), :n{i}) > 0" for i in range(len(forms)))
    params = {f"n{i}": form.lower() for i, form in enumerate(sorted(forms))}
    return connection.execute(
        text(f"SELECT rowid AS rid, {column} AS value FROM {table} WHERE {clauses}"), params
    )


def scrub_journal(connection: Connection, contact_id: str, values: Iterable[str]) -> int:
    """Wipe the contact's values from the journal: every value of its own entries, and any
    value of other entries holding one of ``values`` (its name, e-mails, phones …).
    Returns how many entries changed."""
    j = s.change_journal
    changed = 0
    rows = connection.execute(
        select(j.c.seq, j.c.changes).where(j.c.aggregate_id == contact_id)
    ).all()
    for seq, changes in rows:
        wiped = {field: [None, None] for field in changes}
        connection.execute(update(j).where(j.c.seq == seq).values(changes=wiped))
        changed += 1
    needles = _needles(values)
    if not needles:
        return changed
    for row in _candidates(connection, "change_journal", "changes", needles).all():
        data = json.loads(row.value)
        if _holds(data, needles):
            connection.execute(
                update(j).where(j.c.seq == row.rid).values(changes=_scrubbed(data, needles))
            )
            changed += 1
    for row in _candidates(connection, "journal_transactions", "label", needles).all():
        connection.execute(
            text("UPDATE journal_transactions SET label = :label WHERE rowid = :rid"),
            {"label": _scrubbed(row.value, needles), "rid": row.rid},
        )
    # Undo steps holding the person's values can never be applied again: they go.
    for row in _candidates(connection, "journal_transactions", "step", needles).all():
        connection.execute(
            text(
                "UPDATE journal_transactions SET step = NULL, step_state = NULL, "
                "step_order = NULL WHERE rowid = :rid"
            ),
            {"rid": row.rid},
        )
    return changed


def scrub_sync_state(
    connection: Connection,
    contact_id: str,
    values: Iterable[str],
    clear_etags: Iterable[int],
    *,
    keep_base: bool = False,
) -> None:
    """Drop the last agreed documents and open issues of the contact, and scrub its values
    from the other issues and the runs' summaries.  The base's hash and the remote id stay:
    a delete is still checked against the server's state and sent.  The accounts named in
    ``clear_etags`` answer "not modified" from the base, so their ETag goes too.  With
    ``keep_base`` (a record anonymised, not deleted) the base stays with the person's values
    replaced: every one of them then differs from the anonymised record, so the next sync
    sends each as changed here, and replaces the base with the server's answer."""
    r = s.sync_records
    needles = _needles(values)
    if not keep_base:
        connection.execute(update(r).where(r.c.local_id == contact_id).values(base=None))
    else:
        for account_id, base in connection.execute(
            select(r.c.account_id, r.c.base).where(r.c.local_id == contact_id)
        ).all():
            connection.execute(
                update(r)
                .where(r.c.local_id == contact_id, r.c.account_id == account_id)
                .values(base=_scrubbed(base, needles))
            )
    for account_id in () if keep_base else clear_etags:
        connection.execute(
            update(r)
            .where(r.c.local_id == contact_id, r.c.account_id == account_id)
            .values(etag=None)
        )
    connection.execute(delete(s.sync_issues).where(s.sync_issues.c.local_id == contact_id))
    if not needles:
        return
    for table, columns in (
        ("sync_issues", ("detail", "theirs", "title")),
        ("sync_runs", ("summary",)),
    ):
        for column in columns:
            for row in _candidates(connection, table, column, needles).all():
                try:
                    data = json.loads(row.value)
                except (TypeError, ValueError):
                    data = row.value
                connection.execute(
                    text(f"UPDATE {table} SET {column} = :value WHERE rowid = :rid"),
                    {"value": json.dumps(_scrubbed(data, needles)), "rid": row.rid},
                )


def retention_years(connection: Connection, default: int) -> int:
    row = connection.execute(
        select(s.sync_settings.c.value).where(s.sync_settings.c.key == PRIVACY_RETENTION_KEY)
    ).first()
    value = row[0] if row is not None else None
    return int(value) if isinstance(value, int) and value > 0 else default


def set_retention_years(connection: Connection, years: int) -> None:
    from sqlalchemy.dialects.sqlite import insert

    statement = insert(s.sync_settings).values(key=PRIVACY_RETENTION_KEY, value=years)
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=[s.sync_settings.c.key], set_={"value": years}
        )
    )


def last_activity(connection: Connection, before: datetime) -> list[tuple[str, str, datetime]]:
    """People (id, name, last change) whose last change here or from any system — their own
    row or a journal entry about them — is older than ``before``."""
    rows = connection.execute(
        text(
            "SELECT c.id, c.name, max(c.updated_at, coalesce(("
            "  SELECT max(j.at) FROM change_journal j WHERE j.aggregate_id = c.id), '')) AS last "
            "FROM contacts c WHERE c.kind = 'individual' AND last < :before ORDER BY last"
        ),
        {"before": s.UtcDateTime().process_bind_param(before, None)},  # type: ignore[arg-type]
    ).all()
    return [(str(row.id), str(row.name), datetime.fromisoformat(row.last)) for row in rows]


def compact(db: Database) -> bool:
    """Leave no trace of deleted values in the file: merge the search index's segments,
    rewrite the file without its freed pages and empty the write-ahead log.  Returns False
    when another connection kept it from finishing (the deleted values were overwritten
    with zeros as they were deleted, see :func:`secure_delete`; the log is emptied at the
    next checkpoint)."""
    with db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        try:
            raw.execute("INSERT INTO contact_search(contact_search) VALUES('optimize')")
            raw.commit()
            raw.execute("VACUUM")
            busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlite3.OperationalError:
            return False
        return not (busy and busy[0])


def secure_delete(connection: Connection, on: bool) -> None:
    """Have SQLite overwrite deleted content with zeros on this connection (or stop)."""
    connection.exec_driver_sql(f"PRAGMA secure_delete = {'ON' if on else 'OFF'}")


__all__ = [
    "ERASED",
    "compact",
    "json_value",
    "last_activity",
    "retention_years",
    "rows_about",
    "scrub_journal",
    "scrub_sync_state",
    "secure_delete",
    "set_retention_years",
]
