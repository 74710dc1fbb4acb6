"""The Kanbert client asks for several pages of a listing at once: what it answers is what
reading one page after the other answers, for whole listings, failed pages, pages with
problems and listings cut short, over a real loopback socket."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from app.sync.client import Listing, RetryPolicy
from app.sync.connectors.kanbert.client import KanbertClient
from app.sync.reference_server import Faults, RunningServer, running_server
from tests.sync.accounts.workstations import bearer_client

TOKEN = "kanbert-pages-token"
CONTACTS = 11  # pages of 2: five whole pages and one of a single contact


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(tmp_path_factory.mktemp("kanbert"), TOKEN, system="kanbert") as running:
        with bearer_client(running, TOKEN) as http:
            for i in range(CONTACTS):
                made = http.post("/contacts", json={"last_name": f"P{i:02}"})
                assert made.status_code == 201, made.text
        yield running


def _listing(server: RunningServer, faults: Faults, workers: int) -> tuple[Listing, int]:
    state: Any = server.app.state
    state.faults = faults
    state.stats.reset()
    client = KanbertClient(
        str(server), TOKEN, per_page=2, page_workers=workers, retry=RetryPolicy(max_attempts=1)
    )
    try:
        listing = client.list_contacts()
    finally:
        client.close()
        state.faults = Faults()
    return listing, state.stats.count("GET", "/contacts")


def _same(one: Listing, many: Listing) -> None:
    assert [d["last_name"] for d in many.items] == [d["last_name"] for d in one.items]
    assert many.items == one.items
    assert many.complete == one.complete
    assert many.problems == one.problems
    assert (many.error is None) == (one.error is None)
    if one.error is not None:
        assert many.error is not None and many.error.status == one.error.status


@pytest.mark.parametrize(
    "faults",
    [
        Faults(),
        Faults(fail_pages=frozenset({3})),
        Faults(fail_pages=frozenset({1})),
        Faults(fail_pages=frozenset({6})),
        Faults(problem_pages=True),
        Faults(listing_cutoff=5),
    ],
    ids=["whole", "third-page-fails", "first-page-fails", "last-page-fails", "problems", "cut"],
)
@pytest.mark.parametrize("workers", [2, 4])
def test_pages_asked_for_at_once_give_the_listing_one_after_the_other_gives(
    server: RunningServer, faults: Faults, workers: int
) -> None:
    one, _ = _listing(server, faults, 1)
    many, asked = _listing(server, faults, workers)
    _same(one, many)
    if not faults.fail_pages and not faults.problem_pages and faults.listing_cutoff is None:
        assert [d["last_name"] for d in many.items] == [f"P{i:02}" for i in range(CONTACTS)]
        assert many.complete and many.error is None
        assert asked == 6  # every page once, none beyond the last
    if faults.fail_pages == frozenset({3}):
        assert len(many.items) == 4 and not many.complete  # the pages before the failed one
        assert asked <= 3 + workers - 1  # a few asked for beyond it, never read
