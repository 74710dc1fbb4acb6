"""One contact linked to the enfore Contacts API and to Kanbert at once, edited here, in
Kanbert and on the enfore server between two runs: the fields merge across all three, the
field changed differently here and in Kanbert is listed as a conflict with both values, and
once settled every side holds the merged values it carries."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

import httpx

from app.domain.models import IndividualContact
from app.services.registry import Services
from app.store.migrations import open_database
from app.sync.client import ContactsApiClient, RetryPolicy
from app.sync.document_sync import settle_conflict
from app.sync.engine import SyncEngine
from app.sync.reference_server import running_server
from tests.sync.accounts.workstations import workstation

TOKEN = "three-way-token"


def _enfore(services: Services, url: str, org: str) -> tuple[ContactsApiClient, SyncEngine]:
    client = ContactsApiClient(
        url, org, TOKEN, retry=RetryPolicy(max_attempts=2), sleep=lambda _s: None
    )
    return client, SyncEngine(services.db, client)


def test_a_contact_in_enfore_and_kanbert_merges_across_all_three(tmp_path: Path) -> None:
    org = f"org-{uuid.uuid4().hex[:8]}"
    with (
        running_server(tmp_path / "enfore", TOKEN) as enfore_url,
        running_server(tmp_path / "kanbert", TOKEN, system="kanbert") as kanbert_url,
        httpx.Client(
            base_url=str(kanbert_url), headers={"Authorization": f"Bearer {TOKEN}"}, timeout=5
        ) as kanbert_http,
    ):
        here = Services.over(open_database(tmp_path / "here.sqlite"))
        k = workstation(tmp_path / "unused", "kanbert", str(kanbert_url), TOKEN, services=here)
        enfore_client, enfore = _enfore(here, str(enfore_url), org)
        other = Services.over(open_database(tmp_path / "other.sqlite"))
        other_client, other_enfore = _enfore(other, str(enfore_url), org)
        try:
            saved = here.editing.save(
                IndividualContact(name="Ann Peeters", given_name="Ann", family_name="Peeters")
            ).contact
            assert saved is not None
            ann = saved.id
            assert enfore.run().outcome == "ok"
            assert k.sync().outcome == "ok"
            assert other_enfore.run().outcome == "ok"
            remote_id = k.remote_id(ann) or ""

            # Between two runs: here, in Kanbert, and on the enfore server (by another
            # workstation).
            mine = here.directory.get(ann)
            assert mine is not None
            here.editing.save(mine.model_copy(update={"locale": "nl-BE", "given_name": "Annie"}))
            assert kanbert_http.put(
                f"/contacts/{remote_id}",
                json={"telephone": "+32 9 234 56 78", "first_name": "Anna"},
            ).is_success
            there = _only(other)
            theirs = other.directory.get(there)
            assert theirs is not None
            other.editing.save(theirs.model_copy(update={"date_of_birth": date(1980, 2, 29)}))
            assert other_enfore.run().outcome == "ok"

            assert enfore.run().outcome == "ok"  # here ⇄ enfore: locale and name out, birthday in
            merged = k.sync()
            [issue] = k.issues()  # here ⇄ Kanbert: the first name differs
            [conflict] = issue.detail["conflicts"]
            assert conflict["field"] == "first_name"
            assert (conflict["mine"]["value"], conflict["theirs"]["value"]) == ("Annie", "Anna")
            assert merged.conflicts == 1

            settle_conflict(here.db, k.account.id or 0, ann, "mine")
            assert k.sync().outcome == "ok"
            assert enfore.run().outcome == "ok"  # Kanbert's phone goes on to enfore
            assert other_enfore.run().outcome == "ok"
            for _ in range(2):  # quiet afterwards
                assert k.sync().pushed == 0
                assert enfore.run().pushed == 0

            doc = kanbert_http.get(f"/contacts/{remote_id}").json()["data"]
            assert (doc["first_name"], doc["telephone"], doc["locale"], doc["birthday"]) == (
                "Annie", "+32 9 234 56 78", "nl-BE", "1980-02-29"
            )  # fmt: skip
            c = here.directory.get(ann)
            assert isinstance(c, IndividualContact)
            assert (c.given_name, c.locale, c.date_of_birth) == (
                "Annie",
                "nl-BE",
                date(1980, 2, 29),
            )
            assert [p.number for p in c.phones] == ["+32 9 234 56 78"]
            # The enfore server (seen from the other workstation) has what it carries: the
            # birthday and Kanbert's phone (first name and locale stay off it).
            o = other.directory.get(there)
            assert isinstance(o, IndividualContact)
            assert o.date_of_birth == date(1980, 2, 29)
            assert [p.number for p in o.phones] == ["+32 9 234 56 78"]
            assert not k.issues() and k.pending() == 0
        finally:
            k.client.close()
            enfore_client.close()
            other_client.close()
            here.close()
            other.close()


def _only(services: Services) -> str:
    with services.db.reading() as conn:
        return str(conn.exec_driver_sql("SELECT id FROM contacts").scalar_one())
