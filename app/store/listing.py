"""Listing contacts for tables of any size: filters, sorting, counts and deep pages, in SQL.

A page is made in two steps.  First its ids, from an ordered walk over one covering index per
sort column (``ix_contacts_listing_*``: trash state, sort keys, id, kind and search rowid), so
a page 80,000 rows deep skips index entries, never contact rows.  Then the columns a table
shows (first e-mail, phone, city, country, role flags) for those ids only.

Search goes through the FTS5 trigram index ``contact_search``.  A cheap probe tells a narrow
search (at most :data:`NARROW_SEARCH` hits) from a broad one.  A narrow search drives the query
from its hits (looked up by ``contacts.search_rowid`` and sorted); a broad one keeps the ordered
index walk and tests each entry's search rowid against the set of hits.

Contacts without a value in the sort column come last, in name order, whichever the direction:
the listing is two segments, those with a value (ascending or descending) and those without.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import Connection, bindparam, text

from app.domain.enums import ContactKind

# A search with at most this many hits is narrow: the query starts from the hits.
NARROW_SEARCH = 5000


class SortColumn(StrEnum):
    NAME = "name"
    EMAIL = "email"
    PHONE = "phone"
    CITY = "city"
    COUNTRY = "country"


class RoleFilter(StrEnum):
    CUSTOMER = "customer"
    SUPPLIER = "supplier"
    ALTERNATIVE_PAYER = "alternative_payer"


_ROLE_TABLES = {
    RoleFilter.CUSTOMER: "customer_roles",
    RoleFilter.SUPPLIER: "supplier_roles",
    RoleFilter.ALTERNATIVE_PAYER: "alternative_payer_roles",
}


@dataclass(frozen=True)
class ContactQuery:
    """Which contacts a table shows, and in which order.

    * ``kind``: people or organizations; ``None`` for both.
    * ``search``: every word must occur in the contact's names, e-mails, phones, cities, VAT
      number or ids (case-insensitive substrings).
    * ``tag_ids``: contacts that have *all* of these tags.
    * ``roles``: contacts that have *any* of these roles.
    * ``active``: ``True`` keeps contacts with at least one active role; ``False`` keeps
      contacts that have roles of which none is active; ``None`` does not look.  With ``roles``
      given, only those roles count (``roles=(SUPPLIER,), active=True``: active suppliers).
      Contacts without any role match neither ``True`` nor ``False``.
    * ``organization_type``: e.g. ``"company"`` (so organizations only).
    * ``customer_list_id``: members of that customer list.
    * ``include_trash`` adds trashed contacts; ``only_trash`` shows nothing else.
    * ``sort`` and ``descending``: the order; ties are broken by name, then id.  Contacts without
      a value in the sort column come last, in name order, in both directions.
    """

    kind: ContactKind | None = None
    search: str | None = None
    tag_ids: tuple[str, ...] = ()
    roles: tuple[RoleFilter, ...] = ()
    active: bool | None = None
    organization_type: str | None = None
    customer_list_id: str | None = None
    include_trash: bool = False
    only_trash: bool = False
    sort: SortColumn = SortColumn.NAME
    descending: bool = False

    def __post_init__(self) -> None:
        # Accept plain strings and lists from callers; keep the query hashable and canonical.
        if self.kind is not None:
            object.__setattr__(self, "kind", ContactKind(self.kind))
        search = self.search.strip() if self.search else ""
        object.__setattr__(self, "search", search or None)
        object.__setattr__(self, "tag_ids", tuple(dict.fromkeys(self.tag_ids)))
        roles = {RoleFilter(r) for r in self.roles}
        object.__setattr__(self, "roles", tuple(r for r in RoleFilter if r in roles))
        object.__setattr__(self, "sort", SortColumn(self.sort))
        if self.include_trash and self.only_trash:
            raise ValueError("include_trash and only_trash exclude each other")


@dataclass(frozen=True)
class ContactSummary:
    """One row of a contact table: what a list shows without loading the aggregate."""

    id: str
    kind: ContactKind
    name: str
    email: str | None
    phone: str | None
    city: str | None
    country_code: str | None
    is_customer: bool
    is_supplier: bool
    in_trash: bool
    is_alternative_payer: bool = False
    # At least one of the contact's roles is active.
    has_active_role: bool = False


def search_words(search: str) -> list[str]:
    return [w for w in search.casefold().split() if w]


def search_condition(search: str) -> tuple[str, dict[str, Any]]:
    """The ``WHERE`` of a query on ``contact_search`` for rows holding every word of ``search``.

    Words of three letters or more are quoted trigram phrases for ``MATCH``; shorter ones are
    substrings tested with ``LIKE`` (the trigram index cannot look them up).
    """
    words = search_words(search)
    conditions: list[str] = []
    params: dict[str, Any] = {}
    long_words = [w for w in words if len(w) >= 3]
    if long_words:
        conditions.append("contact_search MATCH :search_match")
        params["search_match"] = " ".join('"' + w.replace('"', '""') + '"' for w in long_words)
    for i, word in enumerate(w for w in words if len(w) < 3):
        escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(f"body LIKE :search_like{i} ESCAPE '\\'")
        params[f"search_like{i}"] = f"%{escaped}%"
    return " AND ".join(conditions) or "1", params


@dataclass
class _Filter:
    """The ``WHERE`` of a listing over ``contacts c``, with its parameters."""

    conditions: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    def sql(self, *extra: str) -> str:
        return " AND ".join([*self.conditions, *extra]) or "1"


@dataclass(frozen=True)
class _Segment:
    condition: str
    order: tuple[str, ...]
    # Row-value comparison of a contact's sort values "before" a given contact.
    before: str


def _role_exists(table: str, active: bool) -> str:
    flag = " AND r.is_active" if active else ""
    return f"EXISTS (SELECT 1 FROM {table} r WHERE r.contact_id = c.id{flag})"


class ContactListing:
    """Counts, pages and positions of contacts for a :class:`ContactQuery`, on one connection."""

    def __init__(self, connection: Connection) -> None:
        self._conn = connection

    # --- public -----------------------------------------------------------------------------

    def count(self, query: ContactQuery) -> int:
        where = self._filter(query)
        if where is None:
            return 0
        sql = f"SELECT count(*) FROM contacts c WHERE {where.sql()}"
        return int(self._conn.execute(text(sql), where.params).scalar_one())

    def ids(self, query: ContactQuery, offset: int = 0, limit: int = 200) -> list[str]:
        """The ids of one page, in the query's order."""
        if offset < 0 or limit < 0:
            raise ValueError("offset and limit must not be negative")
        where = self._filter(query)
        if where is None or limit == 0:
            return []
        found: list[str] = []
        skip = offset
        segments = self._segments(query)
        for number, segment in enumerate(segments):
            need = limit - len(found)
            if need <= 0:
                break
            sql = (
                f"SELECT c.id FROM contacts c WHERE {where.sql(segment.condition)} "
                f"ORDER BY {', '.join(segment.order)} LIMIT :limit OFFSET :offset"
            )
            rows = list(
                self._conn.execute(text(sql), {**where.params, "limit": need, "offset": skip})
                .scalars()
                .all()
            )
            found += rows
            if number + 1 < len(segments):
                if rows:
                    skip = 0
                elif skip > 0:
                    skip = max(0, skip - self._count(where, segment.condition))
        return found

    def page(self, query: ContactQuery, offset: int = 0, limit: int = 200) -> list[ContactSummary]:
        return self.summaries_for(self.ids(query, offset, limit))

    def row_of(self, contact_id: str, query: ContactQuery) -> int | None:
        """The row number of ``contact_id`` in the listing, or ``None`` when it is not shown."""
        where = self._filter(query)
        if where is None:
            return None
        sort = _SORT_KEY_COLUMN[query.sort]
        columns = "c.sort_name, c.id" + (f", c.{sort}" if sort else "")
        sql = f"SELECT {columns} FROM contacts c WHERE c.id = :row_of_id AND {where.sql()}"
        row = self._conn.execute(text(sql), {**where.params, "row_of_id": contact_id}).first()
        if row is None:
            return None
        values = {"at_name": row[0], "at_id": row[1], "at_key": row[2] if sort else None}
        segments = self._segments(query)
        # Contacts without a value in the sort column are the second segment.
        mine = 1 if sort and values["at_key"] is None else 0
        before = sum(self._count(where, s.condition) for s in segments[:mine])
        segment = segments[mine]
        return before + self._count(where, segment.condition, segment.before, values=values)

    def summaries_for(self, ids: Sequence[str]) -> list[ContactSummary]:
        """Table rows for ``ids``, in that order (ids that do not exist are left out)."""
        if not ids:
            return []
        first = (
            "(SELECT t.{column} FROM {table} t WHERE t.contact_id = c.id "
            "ORDER BY t.position LIMIT 1)"
        )
        sql = text(
            "SELECT c.id, c.kind, c.name, c.deleted_at IS NOT NULL AS in_trash, "
            f"{first.format(column='address', table='emails')} AS email, "
            f"{first.format(column='number', table='phones')} AS phone, "
            f"{first.format(column='city', table='addresses')} AS city, "
            f"{first.format(column='country_code', table='addresses')} AS country_code, "
            "cr.contact_id IS NOT NULL AS is_customer, "
            "sr.contact_id IS NOT NULL AS is_supplier, "
            "ar.contact_id IS NOT NULL AS is_alternative_payer, "
            "(coalesce(cr.is_active, 0) OR coalesce(sr.is_active, 0) "
            " OR coalesce(ar.is_active, 0)) AS has_active_role "
            "FROM contacts c "
            "LEFT JOIN customer_roles cr ON cr.contact_id = c.id "
            "LEFT JOIN supplier_roles sr ON sr.contact_id = c.id "
            "LEFT JOIN alternative_payer_roles ar ON ar.contact_id = c.id "
            "WHERE c.id IN :ids"
        ).bindparams(bindparam("ids", expanding=True))
        by_id: dict[str, ContactSummary] = {}
        for row in self._conn.execute(sql, {"ids": list(ids)}):
            by_id[row.id] = ContactSummary(
                id=row.id,
                kind=ContactKind(row.kind),
                name=row.name,
                email=row.email,
                phone=row.phone,
                city=row.city,
                country_code=row.country_code,
                is_customer=bool(row.is_customer),
                is_supplier=bool(row.is_supplier),
                in_trash=bool(row.in_trash),
                is_alternative_payer=bool(row.is_alternative_payer),
                has_active_role=bool(row.has_active_role),
            )
        return [by_id[i] for i in ids if i in by_id]

    # --- building the query -----------------------------------------------------------------

    def _count(
        self,
        where: _Filter,
        *extra: str,
        values: Mapping[str, Any] | None = None,
    ) -> int:
        sql = f"SELECT count(*) FROM contacts c WHERE {where.sql(*extra)}"
        params = {**where.params, **(values or {})}
        return int(self._conn.execute(text(sql), params).scalar_one())

    def _filter(self, query: ContactQuery) -> _Filter | None:
        """The conditions of ``query``; ``None`` when nothing can match (a search without hits)."""
        where = _Filter()
        cond = where.conditions
        # A narrow search starts from its hits: the other conditions on indexed columns are
        # written so the planner cannot start from them (a unary + hides a column's index).
        narrow: list[int] | None = None
        if query.search:
            narrow = self._narrow_hits(query.search)
            if narrow is not None and not narrow:
                return None
        plus = "+" if narrow is not None else ""
        if query.only_trash:
            cond.append(f"{plus}c.deleted_at IS NOT NULL")
        elif not query.include_trash:
            cond.append(f"{plus}c.deleted_at IS NULL")
        if query.kind is not None:
            cond.append(f"{plus}c.kind = :kind")
            where.params["kind"] = query.kind.value
        if narrow is not None:
            # Integers read from the database: safe to write into the statement, and no limit
            # on the number of bound parameters applies.
            cond.append(f"c.search_rowid IN ({', '.join(str(int(r)) for r in narrow)})")
        elif query.search:
            fts, params = search_condition(query.search)
            cond.append(f"+c.search_rowid IN (SELECT rowid FROM contact_search WHERE {fts})")
            where.params.update(params)
        for i, tag_id in enumerate(query.tag_ids):
            cond.append(
                "EXISTS (SELECT 1 FROM contact_tags t "
                f"WHERE t.contact_id = c.id AND t.tag_id = :tag{i})"
            )
            where.params[f"tag{i}"] = tag_id
        tables = [_ROLE_TABLES[r] for r in (query.roles or tuple(RoleFilter))]
        if query.active is None and query.roles:
            cond.append("(" + " OR ".join(_role_exists(t, False) for t in tables) + ")")
        elif query.active is True:
            cond.append("(" + " OR ".join(_role_exists(t, True) for t in tables) + ")")
        elif query.active is False:
            cond.append("(" + " OR ".join(_role_exists(t, False) for t in tables) + ")")
            cond.append("NOT (" + " OR ".join(_role_exists(t, True) for t in tables) + ")")
        if query.organization_type is not None:
            cond.append("c.organization_type = :organization_type")
            where.params["organization_type"] = query.organization_type
        if query.customer_list_id is not None:
            cond.append(
                "EXISTS (SELECT 1 FROM customer_list_members m "
                "WHERE m.list_id = :customer_list_id AND m.contact_id = c.id)"
            )
            where.params["customer_list_id"] = query.customer_list_id
        return where

    def _narrow_hits(self, search: str) -> list[int] | None:
        """The search rowids of a narrow search's hits; ``None`` for a broad search."""
        fts, params = search_condition(search)
        sql = f"SELECT rowid FROM contact_search WHERE {fts} LIMIT :probe"
        hits = self._conn.execute(text(sql), {**params, "probe": NARROW_SEARCH + 1}).scalars()
        found = [int(r) for r in hits]
        return found if len(found) <= NARROW_SEARCH else None

    @staticmethod
    def _segments(query: ContactQuery) -> list[_Segment]:
        way = " DESC" if query.descending else ""
        older = "<" if not query.descending else ">"
        key = _SORT_KEY_COLUMN[query.sort]
        by_name = _Segment(
            "1",
            ("c.sort_name", "c.id"),
            "(c.sort_name, c.id) < (:at_name, :at_id)",
        )
        if key is None:
            if not query.descending:
                return [by_name]
            return [
                _Segment(
                    "1",
                    (f"c.sort_name{way}", f"c.id{way}"),
                    f"(c.sort_name, c.id) {older} (:at_name, :at_id)",
                )
            ]
        with_value = _Segment(
            f"c.{key} IS NOT NULL",
            (f"c.{key}{way}", f"c.sort_name{way}", f"c.id{way}"),
            f"(c.{key}, c.sort_name, c.id) {older} (:at_key, :at_name, :at_id)",
        )
        without_value = _Segment(f"c.{key} IS NULL", by_name.order, by_name.before)
        return [with_value, without_value]


_SORT_KEY_COLUMN: dict[SortColumn, str | None] = {
    SortColumn.NAME: None,
    SortColumn.EMAIL: "sort_email",
    SortColumn.PHONE: "sort_phone",
    SortColumn.CITY: "sort_city",
    SortColumn.COUNTRY: "sort_country",
}
