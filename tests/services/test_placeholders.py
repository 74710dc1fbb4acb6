"""Placeholder customers: validation blocks like a contact's, search, trash."""

from __future__ import annotations

from datetime import date

from app.domain.models import Image, PlaceholderCustomer
from app.services.placeholders import PlaceholderCustomers
from app.store.database import Database
from app.store.journal import all_entries


def _walk_in(name: str = "Walk-in Gent", number: str = "W-1") -> PlaceholderCustomer:
    return PlaceholderCustomer(customer_id=number, name=name, customer_since=date(2024, 1, 1))


def test_errors_block_the_save(tmp_db: Database) -> None:
    service = PlaceholderCustomers(tmp_db)
    draft = PlaceholderCustomer(name="", customer_id="", customer_since=None)
    result = service.save(draft)
    assert not result.saved
    assert {p.field for p in result.problems} == {"name", "customer_id", "customer_since"}
    assert service.check(draft) == result.problems
    with tmp_db.reading() as conn:
        assert all_entries(conn) == []
    gif = _walk_in()
    gif.images = [Image(media_type="image/gif", data=b"GIF89a....")]
    assert not service.save(gif).saved


def test_save_get_search_and_trash(tmp_db: Database) -> None:
    service = PlaceholderCustomers(tmp_db)
    for name, number in (("Walk-in Gent", "W-1"), ("Kassa Österreich", "AT-7"), ("Bar", "B-2")):
        result = service.save(_walk_in(name, number))
        assert result.saved and result.problems == []
    assert [c.name for c in service.page()] == ["Bar", "Kassa Österreich", "Walk-in Gent"]
    assert [c.name for c in service.page(search="ÖSTER")] == ["Kassa Österreich"]
    assert [c.name for c in service.page(search="w-1")] == ["Walk-in Gent"]
    assert service.count(search="a") == 3
    assert [c.name for c in service.page(offset=1, limit=1)] == ["Kassa Österreich"]

    bar = service.page(search="bar")[0]
    assert service.get(bar.id) == bar
    assert service.trash(bar.id).deleted_at is not None
    assert [c.name for c in service.page(only_trash=True)] == ["Bar"]
    assert service.count() == 2
    assert service.restore(bar.id).deleted_at is None
    assert service.count() == 3
