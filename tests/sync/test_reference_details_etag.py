"""The reference server answers a conditional GET of a contact's details 304 from the ETag it
remembers while nothing was written, and as a server assembling the details afresh answers
once anything was (the contact, one of its parts, anything of any org)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from starlette.requests import Request

from app.sync.reference_server import RunningServer, running_server
from app.sync.reference_server.app import Server, _answer
from app.sync.reference_server.store import DocumentStore

TOKEN = "etag-token-5c2e"
PATH = "/orgs/o1/organization-contacts/c1/details"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[RunningServer]:
    with running_server(tmp_path, TOKEN) as url:
        yield url


def _get(url: str, etag: str | None = None) -> httpx.Response:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    if etag is not None:
        headers["If-None-Match"] = etag
    return httpx.get(url + PATH, headers=headers)


def _afresh(store: DocumentStore, etag: str | None, inline: bool = True) -> tuple[int, str]:
    """What a server that assembles the details for every request answers."""
    details = Server(store).details("o1", "organization-contacts", "c1")
    if not inline:
        details = {k: v for k, v in details.items() if k not in ("tags", "images")}
    headers = [(b"if-none-match", etag.encode())] if etag is not None else []
    answer = _answer(Request({"type": "http", "headers": headers}), details)
    return answer.status_code, str(answer.headers["ETag"])


def _same_as_afresh(store: DocumentStore, url: str, etag: str | None, inline: bool = True) -> str:
    got = _get(url, etag)
    assert (got.status_code, got.headers["ETag"]) == _afresh(store, etag, inline)
    return got.headers["ETag"]


def test_conditional_details_answers_follow_every_write(server: RunningServer) -> None:
    store: DocumentStore = server.app.state.store
    store.put("o1", "organization-contacts", "c1", {"id": "c1", "name": "Studio"})

    first = _same_as_afresh(store, server, None)
    assert _get(server, first).status_code == 304
    assert _same_as_afresh(store, server, first) == first  # remembered: still 304
    assert _get(server, f'"other", {first}').status_code == 304
    assert _get(server, "*").status_code == 304

    store.put("o1", "organization-contacts", "c1", {"id": "c1", "name": "Studio Nord"})
    renamed = _same_as_afresh(store, server, first)
    assert renamed != first
    assert _get(server).json()["organization_contact"]["name"] == "Studio Nord"

    store.put("o1", "emails", "e1", {"id": "e1", "email": "a@b.be"}, "organization-contacts:c1")
    with_email = _same_as_afresh(store, server, renamed)
    assert with_email != renamed
    assert _same_as_afresh(store, server, with_email) == with_email

    store.delete("o1", "emails", "e1")
    assert _same_as_afresh(store, server, with_email) == renamed

    store.put("o1", "tags", "t1", {"id": "t1", "name": "vip"}, "organization-contacts:c1")
    tagged = _same_as_afresh(store, server, renamed)
    server.app.state.inline_details = False  # without tags and pictures: another answer
    plain = _same_as_afresh(store, server, tagged, inline=False)
    assert plain != tagged
    assert _same_as_afresh(store, server, plain, inline=False) == plain
    server.app.state.inline_details = True
    assert _same_as_afresh(store, server, plain) == tagged

    store.delete_children("o1", "tags", "organization-contacts:c1")
    assert _same_as_afresh(store, server, tagged) == renamed
    store.delete("o1", "organization-contacts", "c1")
    assert _get(server, renamed).status_code == 404
