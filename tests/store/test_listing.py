"""Listing contacts: filters, sort orders, deep pages, positions and the plans that keep it fast."""

from __future__ import annotations

import dataclasses
import random
import threading
import time
from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text

from app.domain.enums import ContactKind
from app.domain.models import (
    Address,
    AlternativePayerRole,
    CustomerList,
    CustomerRole,
    Email,
    IndividualContact,
    OrganizationContact,
    Phone,
    SupplierRole,
    Tag,
)
from app.store import listing as listing_module
from app.store.database import Database
from app.store.listing import (
    ContactListing,
    ContactQuery,
    ContactSummary,
    RoleFilter,
    SortColumn,
)
from app.store.migrations import open_database
from app.store.rows import sort_key
from app.store.unit_of_work import unit_of_work

PEOPLE = ContactKind.INDIVIDUAL
ORGS = ContactKind.ORGANIZATION


def _person(name: str, **values: Any) -> IndividualContact:
    return IndividualContact(name=name, **values)


def _address(city: str | None, country: str | None) -> Address:
    return Address(full_address=f"{city}, {country}", city=city, country_code=country)


@pytest.fixture
def book(db: Database) -> dict[str, Any]:
    """A small hand-built book: names, first points, roles, tags, a list and the trash."""
    anna = _person(
        "Anna Adams",
        emails=[Email(address="anna@x.example"), Email(address="aaa@first.example")],
        phones=[Phone(number="+32 1")],
        addresses=[_address("Gent", "BE")],
        customer_role=CustomerRole(customer_id="C1", customer_since=date(2020, 1, 1)),
        tags=[Tag(name="VIP")],
    )
    bob = _person(
        "bob Brown",
        phones=[Phone(number="+31 2")],
        addresses=[_address("Amsterdam", "NL")],
        supplier_role=SupplierRole(supplier_id="S1", is_active=False),
    )
    cleo = _person(
        "Cleo Clark",
        emails=[Email(address="Cleo@a.example")],
        addresses=[_address(None, "DE"), _address("Köln", "DE")],
        alternative_payer_role=AlternativePayerRole(alternative_payer_id="AP1"),
        customer_role=CustomerRole(customer_id="C3", is_active=False),
    )
    dirk = _person(
        "Dirk Dekker",
        emails=[Email(address="zed@z.example")],
        phones=[Phone(number="+49 3")],
        addresses=[_address("Berlin", "DE")],
        tags=[Tag(name="vip"), Tag(name="Lead")],
    )
    eva = _person(
        "Eva Evers",
        emails=[Email(address="eva@x.example")],
        customer_role=CustomerRole(customer_id="C5"),
        tags=[Tag(name="VIP")],
    )
    acme = OrganizationContact(
        name="Acme NV",
        organization_type="company",
        emails=[Email(address="info@acme.example")],
        addresses=[_address("Gent", "BE")],
        customer_role=CustomerRole(customer_id="C6", is_active=False),
    )
    club = OrganizationContact(name="Club Z", organization_type="club", tags=[Tag(name="Lead")])
    with unit_of_work(db) as uow:
        for contact in (anna, bob, cleo, dirk, eva, acme, club):
            uow.contacts.add(contact)
        uow.contacts.trash(eva.id)
        tags = {t.name: t.id for t in uow.tags.all()}
        friends = uow.customer_lists.save(
            CustomerList(name="Friends", member_ids=[dirk.id, anna.id, eva.id, acme.id])
        )
    names = {c.name: c.id for c in (anna, bob, cleo, dirk, eva, acme, club)}
    return {"db": db, "ids": names, "tags": tags, "list": friends.id}


def _names(db: Database, query: ContactQuery, offset: int = 0, limit: int = 100) -> list[str]:
    with db.reading() as conn:
        return [s.name for s in ContactListing(conn).page(query, offset, limit)]


def _count(db: Database, query: ContactQuery) -> int:
    with db.reading() as conn:
        return ContactListing(conn).count(query)


def test_default_listing_is_by_name_without_the_trash(book: dict[str, Any]) -> None:
    db = book["db"]
    assert _names(db, ContactQuery(kind=PEOPLE)) == [
        "Anna Adams",
        "bob Brown",
        "Cleo Clark",
        "Dirk Dekker",
    ]
    assert _names(db, ContactQuery(kind=ORGS)) == ["Acme NV", "Club Z"]
    assert _count(db, ContactQuery()) == 6
    assert _names(db, ContactQuery(kind=PEOPLE, descending=True))[0] == "Dirk Dekker"


def test_trash_filters(book: dict[str, Any]) -> None:
    db = book["db"]
    assert _names(db, ContactQuery(kind=PEOPLE, only_trash=True)) == ["Eva Evers"]
    assert "Eva Evers" in _names(db, ContactQuery(kind=PEOPLE, include_trash=True))
    assert _count(db, ContactQuery(include_trash=True)) == 7
    with pytest.raises(ValueError):
        ContactQuery(include_trash=True, only_trash=True)


def test_summaries_show_first_points_and_role_flags(book: dict[str, Any]) -> None:
    db = book["db"]
    with db.reading() as conn:
        rows = {s.name: s for s in ContactListing(conn).page(ContactQuery(include_trash=True))}
    anna, cleo, bob = rows["Anna Adams"], rows["Cleo Clark"], rows["bob Brown"]
    assert (anna.email, anna.phone, anna.city, anna.country_code) == (
        "anna@x.example",
        "+32 1",
        "Gent",
        "BE",
    )
    assert anna.is_customer and anna.has_active_role and not anna.is_supplier
    # The first address has no city: the table shows none (as it sorts).
    assert (cleo.city, cleo.country_code) == (None, "DE")
    assert cleo.is_alternative_payer and cleo.is_customer and cleo.has_active_role
    assert bob.is_supplier and not bob.has_active_role
    assert rows["Eva Evers"].in_trash and not anna.in_trash


def test_summaries_are_the_objects_their_constructor_makes(book: dict[str, Any]) -> None:
    """The listing makes its summaries without the dataclass's own constructor: each has
    every field set, and equals (and hashes as) the summary the constructor makes of them."""
    db = book["db"]
    with db.reading() as conn:
        listing = ContactListing(conn)
        summaries = listing.page(ContactQuery(include_trash=True))
        positions = listing.positions(ContactQuery(include_trash=True))
        assert listing.summaries_at(positions) == summaries
    names = [field.name for field in dataclasses.fields(ContactSummary)]
    assert len(summaries) >= 5
    for summary in summaries:
        assert sorted(vars(summary)) == sorted(names)
        made = ContactSummary(**{name: getattr(summary, name) for name in names})
        assert summary == made and hash(summary) == hash(made)
        with pytest.raises(dataclasses.FrozenInstanceError):
            summary.name = "changed"  # type: ignore[misc]


def test_tag_filter_needs_all_tags(book: dict[str, Any]) -> None:
    db, tags = book["db"], book["tags"]
    assert _names(db, ContactQuery(tag_ids=(tags["VIP"],))) == ["Anna Adams", "Dirk Dekker"]
    assert _names(db, ContactQuery(tag_ids=(tags["VIP"], tags["Lead"]))) == ["Dirk Dekker"]
    assert _names(db, ContactQuery(tag_ids=(tags["Lead"],), kind=ORGS)) == ["Club Z"]


def test_role_filter_takes_any_of_the_roles(book: dict[str, Any]) -> None:
    db = book["db"]
    customers = ContactQuery(roles=(RoleFilter.CUSTOMER,))
    assert _names(db, customers) == ["Acme NV", "Anna Adams", "Cleo Clark"]
    either = ContactQuery(roles=("supplier", "alternative_payer"))  # plain strings work too
    assert _names(db, either) == ["bob Brown", "Cleo Clark"]


def test_active_filter(book: dict[str, Any]) -> None:
    db = book["db"]
    # At least one active role.
    assert _names(db, ContactQuery(active=True)) == ["Anna Adams", "Cleo Clark"]
    # Roles, none active; contacts without roles (Dirk, Club Z) are in neither.
    assert _names(db, ContactQuery(active=False)) == ["Acme NV", "bob Brown"]
    # With roles named, only those count: Cleo is an inactive customer (active payer).
    active_customers = ContactQuery(roles=(RoleFilter.CUSTOMER,), active=True)
    assert _names(db, active_customers) == ["Anna Adams"]
    inactive_customers = ContactQuery(roles=(RoleFilter.CUSTOMER,), active=False)
    assert _names(db, inactive_customers) == ["Acme NV", "Cleo Clark"]


def test_organization_type_and_customer_list(book: dict[str, Any]) -> None:
    db = book["db"]
    assert _names(db, ContactQuery(organization_type="company")) == ["Acme NV"]
    members = ContactQuery(customer_list_id=book["list"])
    assert _names(db, members) == ["Acme NV", "Anna Adams", "Dirk Dekker"]  # Eva is trashed
    assert _count(db, ContactQuery(customer_list_id=book["list"], include_trash=True)) == 4


def test_search_combines_with_filters(book: dict[str, Any]) -> None:
    db = book["db"]
    assert _names(db, ContactQuery(search="x.example")) == ["Anna Adams"]
    assert _names(db, ContactQuery(search="x.example", include_trash=True)) == [
        "Anna Adams",
        "Eva Evers",
    ]
    assert _names(db, ContactQuery(search="gent", kind=ORGS)) == ["Acme NV"]
    assert _names(db, ContactQuery(search="DE", active=True)) == []  # only Dirk Dekker
    assert _names(db, ContactQuery(search="AN", active=True)) == ["Anna Adams"]
    assert _count(db, ContactQuery(search="nobody-here")) == 0
    assert _names(db, ContactQuery(search="nobody-here")) == []


ANNA, BOB, CLEO, DIRK, ACME, CLUB = (
    "Anna Adams",
    "bob Brown",
    "Cleo Clark",
    "Dirk Dekker",
    "Acme NV",
    "Club Z",
)


@pytest.mark.parametrize(
    ("sort", "ascending", "descending"),
    [
        # Those with a value, then those without (by name) in both directions.
        (
            SortColumn.EMAIL,
            [ANNA, CLEO, ACME, DIRK, BOB, CLUB],
            [DIRK, ACME, CLEO, ANNA, BOB, CLUB],
        ),
        (
            SortColumn.PHONE,
            [BOB, ANNA, DIRK, ACME, CLEO, CLUB],
            [DIRK, ANNA, BOB, ACME, CLEO, CLUB],
        ),
        # Equal cities are ordered by name (reversed when descending).
        (SortColumn.CITY, [BOB, DIRK, ACME, ANNA, CLEO, CLUB], [ANNA, ACME, DIRK, BOB, CLEO, CLUB]),
        (
            SortColumn.COUNTRY,
            [ACME, ANNA, CLEO, DIRK, BOB, CLUB],
            [BOB, DIRK, CLEO, ANNA, ACME, CLUB],
        ),
        (SortColumn.NAME, [ACME, ANNA, BOB, CLEO, CLUB, DIRK], [DIRK, CLUB, CLEO, BOB, ANNA, ACME]),
    ],
)
def test_sort_columns_put_empty_values_last(
    book: dict[str, Any], sort: SortColumn, ascending: list[str], descending: list[str]
) -> None:
    db = book["db"]
    assert _names(db, ContactQuery(sort=sort)) == ascending
    assert _names(db, ContactQuery(sort=sort, descending=True)) == descending
    # Pages of two give the same order.
    pages = [_names(db, ContactQuery(sort=sort), offset, 2) for offset in (0, 2, 4)]
    assert [n for page in pages for n in page] == ascending


def test_sort_keys_follow_edits(book: dict[str, Any]) -> None:
    db = book["db"]
    with unit_of_work(db) as uow:
        bob = uow.contacts.require(book["ids"]["bob Brown"])
        bob.emails = [Email(address="AAAA@first.example")]
        uow.contacts.save(bob)
    assert _names(db, ContactQuery(sort=SortColumn.EMAIL))[0] == "bob Brown"


def test_row_of_finds_the_row_in_every_order(book: dict[str, Any]) -> None:
    db = book["db"]
    queries = [
        ContactQuery(sort=sort, descending=descending, kind=kind)
        for sort in SortColumn
        for descending in (False, True)
        for kind in (None, PEOPLE)
    ]
    with db.reading() as conn:
        listing = ContactListing(conn)
        for query in queries:
            ids = listing.ids(query, 0, 100)
            for row, contact_id in enumerate(ids):
                assert listing.row_of(contact_id, query) == row, (query, row)
        # Not shown: trashed, or filtered out.
        assert listing.row_of(book["ids"]["Eva Evers"], ContactQuery()) is None
        assert listing.row_of(book["ids"]["Acme NV"], ContactQuery(kind=PEOPLE)) is None
        assert listing.row_of("no-such-id", ContactQuery()) is None


# --- deep pages against independent oracles ----------------------------------------------


@pytest.fixture(scope="module")
def big_book(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """350 contacts with duplicate names, cities and missing values in every sort column.

    Shared by the tests of this module, which only read it.
    """
    db = open_database(tmp_path_factory.mktemp("big") / "big.sqlite")
    rng = random.Random(42)
    words = ["alpha", "Beta", "gamma", "Delta", "émile", "zoë", "Ökonom", "x"]
    cities = ["Gent", "gent", "Wien", "Zürich", None]
    contacts: list[IndividualContact | OrganizationContact] = []
    for i in range(350):
        name = f"{rng.choice(words)} {rng.choice(words)}"
        emails = [] if rng.random() < 0.2 else [Email(address=f"{rng.choice(words)}{i}@m.example")]
        phones = [] if rng.random() < 0.3 else [Phone(number=f"+{rng.randint(1, 99)} {i}")]
        city = rng.choice(cities)
        addresses = [] if rng.random() < 0.1 else [_address(city, rng.choice(["BE", "AT", "CH"]))]
        cls = IndividualContact if i % 4 else OrganizationContact
        contacts.append(cls(name=name, emails=emails, phones=phones, addresses=addresses))
    with unit_of_work(db) as uow:
        uow.contacts.add_many(contacts, batch_size=100)
        for contact in contacts[::7]:
            uow.contacts.trash(contact.id)
    yield db
    db.close()


@pytest.fixture(scope="module")
def big_contacts(big_book: Database) -> list[IndividualContact | OrganizationContact]:
    with unit_of_work(big_book) as uow:
        ids = uow.connection.execute(text("SELECT id FROM contacts")).scalars().all()
        return [uow.contacts.require(i) for i in ids]


def _expected_order(
    contacts: list[IndividualContact | OrganizationContact], query: ContactQuery
) -> list[str]:
    """The listing computed in Python from the loaded aggregates: an independent oracle."""
    shown = [
        c
        for c in contacts
        if (query.kind is None or c.kind == query.kind)
        and (query.include_trash or c.deleted_at is None)
    ]

    def value(c: IndividualContact | OrganizationContact) -> str | None:
        first_address = c.addresses[0] if c.addresses else None
        raw = {
            SortColumn.EMAIL: c.emails[0].address if c.emails else None,
            SortColumn.PHONE: c.phones[0].number if c.phones else None,
            SortColumn.CITY: first_address.city if first_address else None,
            SortColumn.COUNTRY: first_address.country_code if first_address else None,
        }[query.sort]
        return sort_key(raw) if raw and raw.strip() else None

    if query.sort is SortColumn.NAME:
        return [
            c.id
            for c in sorted(shown, key=lambda c: (sort_key(c.name), c.id), reverse=query.descending)
        ]
    with_value = [c for c in shown if value(c) is not None]
    without = [c for c in shown if value(c) is None]
    ordered = sorted(
        with_value, key=lambda c: (value(c), sort_key(c.name), c.id), reverse=query.descending
    )
    return [c.id for c in ordered] + [
        c.id for c in sorted(without, key=lambda c: (sort_key(c.name), c.id))
    ]


def _pages(db: Database, query: ContactQuery, size: int) -> Iterator[list[str]]:
    with db.reading() as conn:
        listing = ContactListing(conn)
        total = listing.count(query)
        for offset in range(0, total + size, size):
            yield listing.ids(query, offset, size)


@pytest.mark.parametrize("sort", list(SortColumn))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_match_an_oracle_in_every_order(
    big_book: Database,
    big_contacts: list[IndividualContact | OrganizationContact],
    sort: SortColumn,
    descending: bool,
) -> None:
    for kind in (None, PEOPLE):
        query = ContactQuery(kind=kind, sort=sort, descending=descending)
        expected = _expected_order(big_contacts, query)
        assert _count(big_book, query) == len(expected)
        for size in (9, 200):
            got = [i for page in _pages(big_book, query, size) for i in page]
            assert got == expected, (kind, size)
        # An offset that starts inside the empty segment, and one past the end.
        with big_book.reading() as conn:
            listing = ContactListing(conn)
            assert listing.ids(query, len(expected) - 3, 10) == expected[-3:]
            assert listing.ids(query, len(expected) + 5, 10) == []


def test_deep_pages_are_the_rows_of_a_plain_offset_query(big_book: Database) -> None:
    query = ContactQuery(kind=PEOPLE)
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for offset in (0, 1, 99, 150, 240, 255, 262):
            plain = (
                conn.execute(
                    text(
                        "SELECT id FROM contacts WHERE kind = 'individual' "
                        "AND deleted_at IS NULL ORDER BY sort_name, id LIMIT 20 OFFSET :o"
                    ),
                    {"o": offset},
                )
                .scalars()
                .all()
            )
            assert listing.ids(query, offset, 20) == plain


def test_broad_and_narrow_searches_give_the_same_rows(
    big_book: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    searches = ["gent", "alpha", "m.example", "x", "zo", "é", "nothing-at-all"]
    queries = [
        ContactQuery(search=s, sort=sort, descending=d)
        for s in searches
        for sort in (SortColumn.NAME, SortColumn.CITY)
        for d in (False, True)
    ]

    def run() -> list[tuple[int, list[str]]]:
        with big_book.reading() as conn:
            listing = ContactListing(conn)
            return [(listing.count(q), listing.ids(q, 3, 50)) for q in queries]

    narrow = run()
    monkeypatch.setattr(listing_module, "NARROW_SEARCH", 0)  # every search is broad now
    broad = run()
    assert broad == narrow
    assert any(count > 50 for count, _ in narrow)


@pytest.mark.parametrize("windows", [(4000, 20000), (5, 20000), (5, 8), (1, 1)])
def test_a_first_page_is_the_first_page_whichever_way_it_is_found(
    big_book: Database, monkeypatch: pytest.MonkeyPatch, windows: tuple[int, int]
) -> None:
    """Broad searches: found in a window of the walk (each entry's text, then each entry
    against the set of hits) or from the hits when rare there; always the first page."""
    monkeypatch.setattr(listing_module, "NARROW_SEARCH", 0)
    monkeypatch.setattr(listing_module, "FIRST_PAGE_WINDOW", windows[0])
    monkeypatch.setattr(listing_module, "SEARCH_WINDOW", windows[1])
    searches = ["gent", "alpha", "m.example", "ökonom zo", "x", "nothing-at-all"]
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for search in searches:
            for kind in (None, PEOPLE, ContactKind.ORGANIZATION):
                for sort in (SortColumn.NAME, SortColumn.CITY):
                    query = ContactQuery(kind=kind, search=search, sort=sort)
                    for limit in (1, 7, 50):
                        expected = listing.ids(query, 0, limit)
                        assert listing.first_ids(query, limit) == expected, (query, limit)


def _searched(searches: list[str]) -> Iterator[tuple[ContactQuery, int]]:
    """Each search in every section, by name and by city (descending), at a few page sizes."""
    for search in searches:
        for kind in (None, PEOPLE, ORGS):
            for sort, descending in ((SortColumn.NAME, False), (SortColumn.CITY, True)):
                query = ContactQuery(kind=kind, search=search, sort=sort, descending=descending)
                for limit in (1, 7, 50):
                    yield query, limit


def _statements_run(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every statement the listing runs from now on (each goes through ``run_statement``)."""
    statements: list[str] = []
    run = listing_module.run_statement

    def capture(connection: Any, statement: str, params: Any) -> Any:
        statements.append(statement)
        return run(connection, statement, params)

    monkeypatch.setattr(listing_module, "run_statement", capture)
    return statements


@pytest.mark.parametrize(("walk_cost", "margin"), [(0, 3), (0, 1), (1, 3)])
def test_a_narrow_first_page_walked_in_order_is_the_first_page(
    big_book: Database, monkeypatch: pytest.MonkeyPatch, walk_cost: int, margin: int
) -> None:
    """Narrow searches whose hits are common: the first page from the ordered walk, each entry
    tested against the set of hits (or, when the window is too short for it, from the hits
    looked up one by one); always the first page the listing has."""
    monkeypatch.setattr(listing_module, "WALK_COST", walk_cost)
    monkeypatch.setattr(listing_module, "WALK_MARGIN", margin)
    statements = _statements_run(monkeypatch)
    searches = ["gent", "alpha", "m.example", "ökonom zo", "zürich", "wien beta", "nothing-at-all"]
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for query, limit in _searched(searches):
            expected = listing.ids(query, 0, limit)
            assert listing.first_ids(query, limit) == expected, (query, limit)
    if not walk_cost:
        # The walk was taken: a free walk is always cheaper than looking the hits up.
        assert any("LIMIT :window" in s for s in statements)  # walked


@pytest.mark.parametrize(("margin", "hit_cost"), [(10**9, 0), (10**9, 10**9), (1, 10), (3, 10)])
def test_a_broad_first_page_planned_from_a_sample_of_its_hits_is_the_first_page(
    big_book: Database, monkeypatch: pytest.MonkeyPatch, margin: int, hit_cost: int
) -> None:
    """Broad searches whose first hits say they are rarely listed (with a margin no window
    meets: all of them) are read from their hits joined to the index, or from the whole walk
    when that costs less; the others from the windows of the walk, the first of them skipped
    when the texts of a few of its entries promise no page.  Always the first page the
    listing has."""
    monkeypatch.setattr(listing_module, "NARROW_SEARCH", 2)
    monkeypatch.setattr(listing_module, "SAMPLE", 2)
    monkeypatch.setattr(listing_module, "WALK_MARGIN", margin)
    monkeypatch.setattr(listing_module, "HIT_COST", hit_cost)
    monkeypatch.setattr(listing_module, "FIRST_PAGE_WINDOW", 20)
    monkeypatch.setattr(listing_module, "WINDOW_SAMPLE", 4)
    statements = _statements_run(monkeypatch)
    promised: list[bool] = []
    promises = ContactListing._window_promises

    def window_promises(self: ContactListing, *args: Any) -> bool:
        promised.append(promises(self, *args))
        return promised[-1]

    monkeypatch.setattr(ContactListing, "_window_promises", window_promises)
    searches = ["gent", "alpha", "m.example", "ökonom zo", "wien beta", "nothing-at-all"]
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for query, limit in _searched(searches):
            statements.clear()
            found = listing.first_ids(query, limit)
            joined = any("CROSS JOIN" in s for s in statements)
            windows = any("LIMIT :window" in s for s in statements)
            assert found == listing.ids(query, 0, limit), (query, limit)
            if margin > 3 and query.search != "nothing-at-all":
                # Taken as rarely listed: no window is walked.
                assert not windows
                assert joined == (hit_cost == 0)
    if margin <= 3:
        assert set(promised) == {True, False}  # both ways were taken


# --- the plans that make it fast ---------------------------------------------------------


def _plans(db: Database, call: Any) -> list[str]:
    """The query plans of the statements ``call`` runs that read ids in order (every
    statement of the listing goes through ``run_statement``)."""
    statements: list[tuple[str, Any]] = []
    run = listing_module.run_statement

    def capture(connection: Any, statement: str, params: Any) -> Any:
        if statement.startswith("SELECT c.id FROM contacts c"):
            statements.append((statement, params))
        return run(connection, statement, params)

    listing_module.run_statement = capture  # type: ignore[assignment]
    try:
        with db.reading() as conn:
            call(ContactListing(conn))
            plans = []
            for statement, params in statements:
                rows = conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params).all()
                plans.append(" | ".join(r[3] for r in rows))
    finally:
        listing_module.run_statement = run  # type: ignore[assignment]
    assert plans
    return plans


@pytest.mark.parametrize("sort", list(SortColumn))
def test_a_page_is_an_ordered_walk_over_a_covering_index(
    book: dict[str, Any], sort: SortColumn
) -> None:
    for descending in (False, True):
        query = ContactQuery(kind=PEOPLE, sort=sort, descending=descending)
        for plan in _plans(book["db"], lambda listing, q=query: listing.ids(q, 2, 10)):
            assert f"COVERING INDEX ix_contacts_listing_{sort.value}" in plan, plan
            assert "TEMP B-TREE" not in plan, plan


def test_a_broad_search_keeps_the_ordered_walk(
    book: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(listing_module, "NARROW_SEARCH", 0)
    query = ContactQuery(kind=PEOPLE, search="example")
    (plan,) = _plans(book["db"], lambda listing: listing.ids(query, 0, 10))
    assert "COVERING INDEX ix_contacts_listing_name" in plan, plan
    assert "TEMP B-TREE" not in plan, plan


def test_a_narrow_search_starts_from_its_hits(book: dict[str, Any]) -> None:
    query = ContactQuery(kind=PEOPLE, search="example")
    (plan,) = _plans(book["db"], lambda listing: listing.ids(query, 0, 10))
    # Each hit looked up in the index that covers the listing's tests: no contact row read.
    assert "COVERING INDEX ix_contacts_search_hits (search_rowid=?)" in plan, plan


# --- first pages without counting, positions, cancelled reads ----------------------------


@pytest.mark.parametrize("window", [listing_module.FIRST_PAGE_WINDOW, 40])
def test_the_first_page_is_the_first_page_of_the_listing(
    big_book: Database, monkeypatch: pytest.MonkeyPatch, window: int
) -> None:
    # A small window makes short searches go past it and look their hits up instead.
    monkeypatch.setattr(listing_module, "FIRST_PAGE_WINDOW", window)
    searches = [None, "x", "e", "zo", "é", "qq", "gent", "alpha x", "nothing-at-all"]
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for search in searches:
            for sort in (SortColumn.NAME, SortColumn.EMAIL):
                for descending in (False, True):
                    query = ContactQuery(search=search, sort=sort, descending=descending)
                    for limit in (1, 30, 500):
                        assert listing.first_ids(query, limit) == listing.ids(query, 0, limit), (
                            search,
                            sort,
                            descending,
                            limit,
                        )


def test_positions_list_every_row_in_order_and_pages_by_them(big_book: Database) -> None:
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for query in (
            ContactQuery(kind=PEOPLE),
            ContactQuery(search="gent", sort=SortColumn.CITY, descending=True),
            ContactQuery(search="x", sort=SortColumn.PHONE),
            ContactQuery(search="nothing-at-all"),
        ):
            positions = listing.positions(query)
            assert len(positions) == listing.count(query)
            ids = listing.ids(query, 0, 1000)
            rows = listing.summaries_at(positions[40:90])
            assert [r.id for r in rows] == ids[40:90]
            if ids:
                rowid = listing.rowid_of(ids[-1])
                assert rowid is not None and positions.index(rowid) == len(ids) - 1


@pytest.mark.parametrize("search", ["x", "zo", "é", "a ö", "qq"])
def test_positions_and_counts_of_short_words_match_the_pages(
    big_book: Database, monkeypatch: pytest.MonkeyPatch, search: str
) -> None:
    """Short words (no index look-up) in a broad search: the positions and the count, read
    against the set of texts holding the words, are the rows the pages list one by one."""
    monkeypatch.setattr(listing_module, "NARROW_SEARCH", 0)  # every search is broad now
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        for kind in (None, PEOPLE):
            for sort, descending in ((SortColumn.NAME, False), (SortColumn.EMAIL, True)):
                query = ContactQuery(kind=kind, search=search, sort=sort, descending=descending)
                ids = listing.ids(query, 0, 1000)
                positions = listing.positions(query)
                assert listing.count(query) == len(positions) == len(ids)
                assert [r.id for r in listing.summaries_at(positions)] == ids


def test_a_read_waiting_past_its_time_on_the_clock_stops_too(tmp_db: Database) -> None:
    """The limit is work (processor time); a read that waits instead (here a function that
    sleeps, as a read waits for the disk) stops after a few times its time on the clock."""

    def nap(i: int) -> int:
        if i % 50 == 0:
            time.sleep(0.005)  # a hundred times longer waiting than working
        return 1

    waiting = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000000) "
        "SELECT count(*) FROM n WHERE nap(i)"
    )
    with tmp_db.reading() as conn:
        conn.connection.dbapi_connection.create_function("nap", 1, nap)  # type: ignore[union-attr]
        began = time.perf_counter()
        with (
            pytest.raises(listing_module.ReadTooSlowError),
            listing_module.time_limited(conn, 0.05),
        ):
            conn.exec_driver_sql(waiting).all()
        took = time.perf_counter() - began
        # Stopped on the clock, long before its processor time (about 5 s away) ran out.
        assert took < 2.0


_ENDLESS = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT count(*) FROM n WHERE i > 0"
)


def test_a_cancelled_read_stops_in_sqlite(db: Database) -> None:
    """A read still running when its result is no longer wanted is interrupted where it runs
    (not left to finish), and its connection serves the next read."""
    cancel = listing_module.ReadCancel()
    timer = threading.Timer(0.1, cancel.cancel)
    timer.start()
    began = time.perf_counter()
    with (
        pytest.raises(listing_module.ReadCancelledError),
        db.reading() as conn,
        cancel.watching(conn),
    ):
        conn.execute(text(_ENDLESS)).scalar_one()
    assert time.perf_counter() - began < 5
    timer.join()
    # Cancelled before it started: refused at once; a fresh cancel lets reads through.
    with (
        pytest.raises(listing_module.ReadCancelledError),
        db.reading() as conn,
        cancel.watching(conn),
    ):
        conn.execute(text("SELECT 1")).scalar_one()
    with db.reading() as conn, listing_module.ReadCancel().watching(conn):
        assert conn.execute(text("SELECT 1")).scalar_one() == 1


def test_a_read_past_its_time_stops_and_the_connection_is_left_as_it_was(
    tmp_db: Database,
) -> None:
    slow = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000000) "
        "SELECT count(*) FROM n"
    )
    with tmp_db.reading() as conn:
        began = time.perf_counter()
        with (
            pytest.raises(listing_module.ReadTooSlowError),
            listing_module.time_limited(conn, 0.02),
        ):
            conn.exec_driver_sql(slow).all()
        assert time.perf_counter() - began < 2.0  # stopped, not run to its end
        # A quick read within its time gives its answer, and nothing stops later reads.
        with listing_module.time_limited(conn, 5.0):
            assert conn.exec_driver_sql("SELECT 41 + 1").scalar_one() == 42
        assert conn.exec_driver_sql(slow.replace("50000000", "300000")).scalar_one() == 300000


@pytest.mark.parametrize("set_factor", [0, 10**9])
def test_a_first_page_that_would_pass_its_time_hands_over_before_making_the_set_of_hits(
    big_book: Database, monkeypatch: pytest.MonkeyPatch, set_factor: int
) -> None:
    """Under a time limit, a broad search about to make the set of its hits (estimated from
    what its probe took) stops at once when that would take it past its time, before the
    set is made; otherwise it goes on to the same first page as without a limit."""
    monkeypatch.setattr(listing_module, "NARROW_SEARCH", 0)
    monkeypatch.setattr(listing_module, "FIRST_PAGE_WINDOW", 1)
    monkeypatch.setattr(listing_module, "WALK_MARGIN", 0)
    monkeypatch.setattr(listing_module, "SET_FACTOR", set_factor)
    # Trashed contacts too: the probe's one hit is listed (not a text rarely listed).
    query = ContactQuery(search="gent", include_trash=True)
    with big_book.reading() as conn:
        listing = ContactListing(conn)
        expected = listing.ids(query, 0, 7)
        assert listing.first_ids(query, 7) == expected  # no limit: never handed over
        statements = _statements_run(monkeypatch)
        if set_factor:
            with (
                pytest.raises(listing_module.ReadTooSlowError),
                listing_module.time_limited(conn, 5.0),
            ):
                listing.first_ids(query, 7)
            sets = [s for s in statements if "IN (SELECT rowid FROM contact_search" in s]
            assert not sets
        else:
            with listing_module.time_limited(conn, 5.0):
                assert listing.first_ids(query, 7) == expected
            sets = [s for s in statements if "IN (SELECT rowid FROM contact_search" in s]
            assert sets  # the page came from the set of hits
        assert not listing_module._DEADLINES  # nothing left behind
