"""CardDAV accounts against a real Radicale on loopback: two workstations through one
address book, edits made on the server as a phone makes them, conflicts through the 412
path, deletions confirmed first, unmodelled properties kept byte for byte, a forgotten sync
token, and a wrong password."""

from __future__ import annotations

import base64
import io
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

import httpx
from PIL import Image as PILImage
from sqlalchemy import text

from app.domain.models import (
    Address,
    Email,
    Image,
    IndividualContact,
    OrganizationContact,
    Phone,
    Tag,
)
from app.services.images import load_image
from app.store.accounts import AccountRepository
from app.sync.connectors.carddav.cards import split_card, unfold
from app.sync.document_sync import CONNECTOR_STATE
from tests.sync.accounts.workstations import Workstation
from tests.sync.carddav.conftest import USER
from tests.sync.carddav.radicale_server import Radicale

BOOK = "/alice/contacts/"
Station = Callable[..., Workstation]


def ann(**extra: Any) -> IndividualContact:
    fields: dict[str, Any] = {
        "name": "Ann Peeters",
        "given_name": "Ann",
        "family_name": "Peeters",
        "date_of_birth": date(1980, 4, 15),
        "internal_note": "Met at the fair",
        "emails": [
            Email(address="ann@example.be", type="WORK_EMAIL", usage_context="PROFESSIONAL")
        ],
        "phones": [
            Phone(number="+32 9 123 45 67", type="WORK_MOBILE", usage_context="PROFESSIONAL")
        ],
        "addresses": [
            Address(
                street_name="Veldstraat",
                street_number="1",
                city="Gent",
                zip="9000",
                country_code="BE",
                full_address="Veldstraat 1, 9000 Gent, BE",
            ),
        ],
        "tags": [Tag(name="Fair 2026")],
    }
    fields.update(extra)
    return IndividualContact(**fields)


def cards_on(server: Radicale) -> dict[str, str]:
    """Every card of the address book (href → text), read as a phone reads them."""
    with server.client(USER) as http:
        answer = http.request("PROPFIND", BOOK, headers={"Depth": "1"})
        hrefs = [
            part.split("</", 1)[0]
            for part in answer.text.split("href>")[1::2]
            if part.split("</", 1)[0].endswith(".vcf")
        ]
        return {h: http.get(h).text for h in hrefs}


def put_card(server: Radicale, href: str, text: str, etag: str | None = None) -> httpx.Response:
    with server.client(USER) as http:
        headers = {"Content-Type": "text/vcard"}
        if etag:
            headers["If-Match"] = etag
        answer = http.put(href, content=text.replace("\n", "\r\n").encode(), headers=headers)
        answer.raise_for_status()
        return answer


def etag_of(server: Radicale, href: str) -> str:
    with server.client(USER) as http:
        return http.get(href).headers["ETag"]


def seen(w: Workstation, contact_id: str) -> dict[str, Any]:
    """What a CardDAV address book carries of a contact, as the user sees it."""
    c = w.get(contact_id)
    out: dict[str, Any] = {
        "kind": c.kind.value,
        "name": c.name,
        "emails": sorted(e.address for e in c.emails),
        "phones": sorted(p.number for p in c.phones),
        "addresses": sorted(
            (a.street_name, a.street_number, a.zip, a.city, a.country_code) for a in c.addresses
        ),
        "tags": sorted(t.name for t in c.tags),
        "note": c.internal_note,
        "pictures": [i.data for i in c.images],
    }
    if isinstance(c, IndividualContact):
        out.update(given=c.given_name, family=c.family_name, birthday=c.date_of_birth)
    return out


def live(w: Workstation) -> list[str]:
    """The ids of the contacts not in the trash."""
    with w.services.db.reading() as conn:
        rows = conn.execute(text("SELECT id FROM contacts WHERE deleted_at IS NULL")).scalars()
        return sorted(rows)


def test_kontor_to_server_to_a_second_kontor_gives_the_same_contacts(
    kontor: Station, radicale: Radicale
) -> None:
    a, b = kontor("a"), kontor("b")
    person = a.add(ann())
    org = a.add(
        OrganizationContact(
            name="Acme NV",
            internal_note="Supplier",
            emails=[Email(address="info@acme.be", type="WORK_EMAIL", usage_context="PROFESSIONAL")],
        )
    )
    first = a.sync()
    assert first.outcome == "ok", first.messages
    assert first.created_remote == 2
    on_server = cards_on(radicale)
    assert len(on_server) == 2
    # Radicale takes vCard 3.0 only: the cards are written as 3.0.
    assert all("VERSION:3.0" in text for text in on_server.values())

    pulled = b.sync()
    assert pulled.outcome == "ok" and pulled.pulled_new == 2, pulled.messages
    assert seen(b, person.id) == seen(a, person.id)
    assert seen(b, org.id) == seen(a, org.id)
    assert seen(b, org.id)["kind"] == "organization"

    again = a.sync()
    assert again.outcome == "ok" and again.pushed == 0 and again.pulled_updated == 0
    assert a.pending() == 0 and not a.issues() and not b.issues()


def png(color: str = "red") -> bytes:
    out = io.BytesIO()
    PILImage.new("RGB", (4, 4), color).save(out, format="PNG")
    return out.getvalue()


def phone_card(uid: str, *, tel: str = "+32 470 11 22 33", note: str = "From the phone") -> str:
    """A card as a phone writes it: vCard 3.0, Apple's labels, properties Kontor has no
    field for, and a picture."""
    photo = base64.b64encode(png()).decode()
    return "\n".join(
        [
            "BEGIN:VCARD",
            "VERSION:3.0",
            "PRODID:-//Apple Inc.//iPhone OS 17.0//EN",
            f"UID:{uid}",
            "N:Janssens;Bram;;;",
            "FN:Bram Janssens",
            "NICKNAME:Brammie",
            f"item1.TEL;type=CELL;type=pref:{tel}",
            "item1.X-ABLabel:_$!<Mobile>!$_",
            "EMAIL;type=INTERNET;type=HOME:bram@example.org",
            "IMPP;X-SERVICE-TYPE=Skype;type=HOME:skype:bram.janssens",
            "RELATED;TYPE=spouse:urn:uuid:03a0e51f-d1aa-4385-8a53-e29025acd8af",
            "X-SOCIALPROFILE;type=linkedin;x-user=bramj:https://linkedin.com/in/bramj",
            "X-ANDROID-CUSTOM:vnd.android.cursor.item/nickname;Brammie;1;;;;;;;;;;;;;",
            f"NOTE:{note}",
            f"PHOTO;ENCODING=b;TYPE=PNG:{photo}",
            "END:VCARD",
            "",
        ]
    )


def test_a_card_put_on_the_server_arrives_and_so_does_its_later_edit(
    kontor: Station, radicale: Radicale
) -> None:
    a = kontor("a")
    uid = str(uuid.uuid4())
    href = f"{BOOK}{uid}.vcf"
    put_card(radicale, href, phone_card(uid))
    pulled = a.sync()
    assert pulled.outcome == "ok" and pulled.pulled_new == 1, pulled.messages
    [contact_id] = live(a)
    bram = seen(a, contact_id)
    assert (bram["given"], bram["family"], bram["name"]) == ("Bram", "Janssens", "Bram Janssens")
    assert bram["phones"] == ["+32 470 11 22 33"] and bram["emails"] == ["bram@example.org"]
    assert bram["note"] == "From the phone" and bram["pictures"] == [png()]

    # The phone changes the number and the note.
    put_card(
        radicale,
        href,
        phone_card(uid, tel="+32 470 99 88 77", note="New number"),
        etag_of(radicale, href),
    )
    again = a.sync()
    assert again.outcome == "ok" and again.pulled_updated == 1, again.messages
    assert seen(a, contact_id)["phones"] == ["+32 470 99 88 77"]
    assert seen(a, contact_id)["note"] == "New number"
    assert live(a) == [contact_id]  # no second contact


def test_x_properties_and_a_photo_survive_a_round_trip_byte_for_byte(
    kontor: Station, radicale: Radicale
) -> None:
    a = kontor("a")
    uid = str(uuid.uuid4())
    href = f"{BOOK}{uid}.vcf"
    put_card(radicale, href, phone_card(uid))
    assert a.sync().outcome == "ok"
    before, _ = split_card(cards_on(radicale)[href])
    [contact_id] = live(a)
    # Kept with the contact for export, too.
    kept = a.get(contact_id).vcard_properties
    assert any(line.startswith("IMPP") for line in kept)
    assert any(line.startswith("X-SOCIALPROFILE") for line in kept)

    a.edit(contact_id, internal_note="Called back")
    sent = a.sync()
    assert sent.outcome == "ok" and sent.pushed == 1, sent.messages
    after, version = split_card(cards_on(radicale)[href])
    assert version == "3.0"
    assert [unfold(n) for n in after["NOTE"]] == ["NOTE:Called back"]
    for name in set(before) - {"NOTE"}:
        assert after.get(name) == before[name], name  # the same bytes
    assert set(after) == set(before)
    # And the picture is still the phone's.
    assert seen(a, contact_id)["pictures"] == [png()]


def test_edits_on_both_sides_merge_per_field_and_a_clash_is_a_conflict(
    kontor: Station, radicale: Radicale
) -> None:
    a = kontor("a")
    made = a.add(ann())
    assert a.sync().outcome == "ok"
    [href] = cards_on(radicale)
    # The phone changes the note; here the e-mail changes.
    card = cards_on(radicale)[href]
    props, _ = split_card(card)
    changed = card.replace(unfold(props["NOTE"][0]), "NOTE:Changed on the phone")
    put_card(radicale, href, changed, etag_of(radicale, href))
    a.edit(
        made.id,
        emails=[
            Email(address="ann.peeters@example.be", type="WORK_EMAIL", usage_context="PROFESSIONAL")
        ],
    )
    merged = a.sync()
    assert merged.outcome == "ok" and merged.conflicts == 0, merged.messages
    assert seen(a, made.id)["note"] == "Changed on the phone"
    assert seen(a, made.id)["emails"] == ["ann.peeters@example.be"]
    server_props, _ = split_card(cards_on(radicale)[href])
    assert [unfold(n) for n in server_props["NOTE"]] == ["NOTE:Changed on the phone"]
    assert "ann.peeters@example.be" in "".join(server_props["EMAIL"])

    # Both change the name: a conflict; the server's card is not overwritten.
    card = cards_on(radicale)[href]
    fn = unfold(split_card(card)[0]["FN"][0])
    put_card(radicale, href, card.replace(fn, "FN:Annie Peeters"), etag_of(radicale, href))
    a.edit(made.id, name="Ann P. Peeters")
    clash = a.sync()
    assert clash.conflicts == 1, clash.messages
    [issue] = a.issues()
    assert issue.issue == "conflict"
    assert "FN" in [c["field"] for c in issue.detail["conflicts"]]
    assert unfold(split_card(cards_on(radicale)[href])[0]["FN"][0]) == "FN:Annie Peeters"


def test_a_card_changed_between_reading_and_writing_is_read_again_and_merged(
    kontor: Station, radicale: Radicale
) -> None:
    """The 412 path: the phone writes the card after Kontor read it and before Kontor's
    conditional PUT; Kontor's write is refused, so it reads the card again and merges."""
    a = kontor("a")
    made = a.add(ann())
    assert a.sync().outcome == "ok"
    [href] = cards_on(radicale)
    connector = a.engine.connector
    original = connector.fetch
    raced: list[str] = []

    def fetch_then_the_phone_writes(client: Any, remote_id: str) -> Any:
        doc = original(client, remote_id)  # type: ignore[call-arg]
        if not raced:
            raced.append(remote_id)
            card = cards_on(radicale)[href]
            note = unfold(split_card(card)[0]["NOTE"][0])
            put_card(
                radicale,
                href,
                card.replace(note, "NOTE:Written meanwhile"),
                etag_of(radicale, href),
            )
        return doc

    connector.fetch = fetch_then_the_phone_writes  # type: ignore[method-assign]
    a.edit(
        made.id,
        phones=[Phone(number="+32 9 999 99 99", type="WORK_MOBILE", usage_context="PROFESSIONAL")],
    )
    result = a.sync()
    assert raced == [href]
    assert result.outcome == "ok" and result.conflicts == 0, result.messages
    server_props, _ = split_card(cards_on(radicale)[href])
    assert [unfold(n) for n in server_props["NOTE"]] == ["NOTE:Written meanwhile"]
    assert "+32 9 999 99 99" in "".join(server_props["TEL"])
    assert seen(a, made.id)["note"] == "Written meanwhile"


def test_a_delete_on_the_server_is_confirmed_before_the_contact_is_trashed(
    kontor: Station, radicale: Radicale
) -> None:
    a = kontor("a")
    kept = a.add(ann())
    gone = a.add(IndividualContact(name="Bob Maes", given_name="Bob", family_name="Maes"))
    assert a.sync().outcome == "ok"
    hrefs = {h: t for h, t in cards_on(radicale).items()}
    bob_href = next(h for h, t in hrefs.items() if "Maes" in t)
    ann_href = next(h for h in hrefs if h != bob_href)

    # A listing that leaves Ann out (as a server answering only part of it would): Ann is
    # asked for, found, and kept.
    connector = a.engine.connector
    original = connector.listing

    def listing_without_ann(client: Any) -> Any:
        result = original(client)  # type: ignore[call-arg]
        result.items[:] = [d for d in result.items if d.get("@href") != ann_href]
        return result

    connector.listing = listing_without_ann  # type: ignore[method-assign]
    a.edit(kept.id, internal_note="Touched")  # a change makes the delta list her
    partial = a.sync()
    assert partial.outcome == "ok"
    assert kept.id in live(a)
    connector.listing = original  # type: ignore[method-assign]

    with radicale.client(USER) as http:
        http.delete(bob_href).raise_for_status()
    deleted = a.sync()
    assert deleted.outcome == "ok", deleted.messages
    assert live(a) == [kept.id]
    assert a.get(gone.id).deleted_at is not None  # in the trash, not erased
    assert a.sync().outcome == "ok" and live(a) == [kept.id]


def test_a_forgotten_sync_token_falls_back_to_a_full_listing(
    kontor: Station, radicale: Radicale
) -> None:
    a, b = kontor("a"), kontor("b")
    for i in range(3):
        a.add(IndividualContact(name=f"P {i}", given_name="P", family_name=str(i)))
    assert a.sync().outcome == "ok"
    assert b.sync().outcome == "ok"
    b.add(IndividualContact(name="New One", given_name="New", family_name="One"))
    assert b.sync().outcome == "ok"
    assert radicale.forget_sync_tokens() > 0
    before = live(a)
    full = a.sync()
    assert full.outcome == "ok", full.messages
    assert "full listing" in a.client.listed_by  # type: ignore[attr-defined]
    after = live(a)
    assert len(after) == 4 and set(before) < set(after)  # the new one, no duplicates
    assert full.pulled_new == 1 and full.pulled_updated == 0 and full.unchanged == 3
    # And the new token works again.
    quiet = a.sync()
    assert quiet.outcome == "ok" and a.client.listed_by == "sync-collection"  # type: ignore[attr-defined]
    assert live(a) == after


def test_a_wrong_password_stops_the_run_and_loses_nothing(
    kontor: Station, radicale: Radicale
) -> None:
    bad = kontor("a", password="wrong")
    made = bad.add(ann())
    result = bad.sync()
    assert result.outcome == "credentials" and not result.complete, result.messages
    assert bad.pending() == 1 and not bad.issues() and not cards_on(radicale)
    # With the right password (Basic auth against the server's users) it goes.
    good = kontor("b", services=None)
    good.close()
    bad.client._http.auth = httpx.BasicAuth(USER, "alice-secret")  # the password fixed
    fixed = bad.sync()
    assert fixed.outcome == "ok" and fixed.created_remote == 1, fixed.messages
    assert bad.pending() == 0 and len(cards_on(radicale)) == 1
    assert made.id in live(bad)


def test_the_sync_token_is_kept_in_the_account_after_a_complete_run(
    kontor: Station, radicale: Radicale
) -> None:
    a = kontor("a")
    a.add(ann())
    assert a.sync().outcome == "ok"
    with a.services.db.reading() as conn:
        account = AccountRepository(conn).get(a.account.id or 0)
    assert account is not None
    token = account.settings[CONNECTOR_STATE]["sync_token"]
    assert token.startswith("http://radicale.org/ns/sync/")


def test_without_sync_collection_the_ctag_and_etags_list_the_address_book(
    kontor: Station, radicale: Radicale
) -> None:
    """An address book that does not answer sync-collection (the account's state says so):
    an unchanged getctag means nothing to read; a changed one lists every card's ETag and
    reads only the cards whose ETag changed."""
    a = kontor("a", settings={CONNECTOR_STATE: {"no_sync": True}})
    made = a.add(ann())
    assert a.sync().outcome == "ok"
    assert a.client.listed_by == "ETag listing"  # type: ignore[attr-defined]
    # Its own card changed the ctag: listed again, nothing read (the ETag is the base's).
    again = a.sync()
    assert again.outcome == "ok" and again.unchanged == 1 and again.pulled_updated == 0
    quiet = a.sync()
    assert quiet.outcome == "ok" and quiet.unchanged == 1
    assert a.client.listed_by == "getctag (unchanged)"  # type: ignore[attr-defined]
    [href] = cards_on(radicale)
    card = cards_on(radicale)[href]
    note = unfold(split_card(card)[0]["NOTE"][0])
    put_card(radicale, href, card.replace(note, "NOTE:Seen by ETag"), etag_of(radicale, href))
    changed = a.sync()
    assert changed.outcome == "ok" and changed.pulled_updated == 1, changed.messages
    assert a.client.listed_by == "ETag listing"  # type: ignore[attr-defined]
    assert seen(a, made.id)["note"] == "Seen by ETag"


def test_a_picture_made_here_reaches_a_second_kontor_as_vcard_3(
    kontor: Station, radicale: Radicale
) -> None:
    """Radicale names vCard 3.0 only (supported-address-data): the card is written as 3.0,
    its picture as ENCODING=b with its TYPE, not as vCard 4.0's data: URI."""
    photo_line = "PHOTO;ENCODING=b;TYPE=PNG:"
    a, b = kontor("a"), kontor("b")
    picture = load_image(png("blue"))
    assert isinstance(picture, Image)
    made = a.add(ann(images=[picture]))
    assert a.sync().outcome == "ok"
    [text] = cards_on(radicale).values()
    assert "VERSION:3.0" in text
    assert [unfold(p)[: len(photo_line)] for p in split_card(text)[0]["PHOTO"]] == [photo_line]
    assert b.sync().outcome == "ok"
    assert seen(b, made.id)["pictures"] == [png("blue")]
    assert seen(b, made.id) == seen(a, made.id)


def test_an_uncertain_card_waits_for_link_or_create_and_can_be_made_an_organization(
    kontor: Station, radicale: Radicale
) -> None:
    """An organization card with the e-mail of an organization here but another name: not
    linked silently; made a new organization (with its picture) when the user says so."""
    a = kontor("a", settings={"send_all": False})
    here = a.add(
        OrganizationContact(
            name="Acme Belgium",
            emails=[Email(address="info@acme.be", type="WORK_EMAIL", usage_context="PROFESSIONAL")],
        )
    )
    uid = str(uuid.uuid4())
    photo = base64.b64encode(png("green")).decode()
    put_card(
        radicale,
        f"{BOOK}{uid}.vcf",
        "\n".join(
            [
                "BEGIN:VCARD",
                "VERSION:3.0",
                f"UID:{uid}",
                "KIND:org",
                "FN:Acme NV",
                "ORG:Acme NV",
                "EMAIL;TYPE=WORK:info@acme.be",
                f"PHOTO;ENCODING=b;TYPE=PNG:{photo}",
                "END:VCARD",
                "",
            ]
        ),
    )
    first = a.sync()
    assert first.outcome == "ok", first.messages
    [waiting] = a.matches()
    assert [c["local_id"] for c in waiting.detail["candidates"]] == [here.id]
    assert live(a) == [here.id]

    from app.services.account_matching import AccountMatching

    made = AccountMatching(a.services.db).create_new(waiting.id)
    assert made.kind.value == "organization" and made.name == "Acme NV"
    assert seen(a, made.id)["pictures"] == [png("green")]
    assert a.sync().outcome == "ok" and sorted(live(a)) == sorted([here.id, made.id])


def test_a_contact_trashed_here_is_deleted_there_unless_the_card_changed_meanwhile(
    kontor: Station, radicale: Radicale
) -> None:
    a = kontor("a")
    gone = a.add(ann())
    kept = a.add(IndividualContact(name="Bob Maes", given_name="Bob", family_name="Maes"))
    assert a.sync().outcome == "ok"
    bob_href = next(h for h, t in cards_on(radicale).items() if "Maes" in t)

    a.services.editing.trash(gone.id)
    deleted = a.sync()
    assert deleted.outcome == "ok" and deleted.deleted_remote == 1, deleted.messages
    assert list(cards_on(radicale)) == [bob_href]

    # Bob changed on the phone after Kontor last read him: trashing him here deletes nothing
    # there; the two wait for the user.
    card = cards_on(radicale)[bob_href]
    put_card(
        radicale, bob_href, card.replace("Bob Maes", "Bob Maes Jr."), etag_of(radicale, bob_href)
    )
    a.services.editing.trash(kept.id)
    clash = a.sync()
    assert clash.conflicts == 1, clash.messages
    assert [i.issue for i in a.issues()] == ["local_deleted"]
    assert list(cards_on(radicale)) == [bob_href]


def test_a_create_whose_answer_was_lost_is_found_again_not_made_twice(
    kontor: Station, radicale: Radicale
) -> None:
    from app.sync.client import ApiUnavailable

    a = kontor("a")
    made = a.add(ann())
    connector = a.engine.connector
    original = connector.create

    def create_then_lose_the_answer(client: Any, body: Any) -> Any:
        original(client, body)  # type: ignore[call-arg]
        raise ApiUnavailable("timed out", method="PUT", path="/")

    connector.create = create_then_lose_the_answer  # type: ignore[method-assign]
    lost = a.sync()
    assert lost.outcome != "ok" or lost.waiting == 1, lost.messages
    assert a.pending() == 1 and len(cards_on(radicale)) == 1
    connector.create = original  # type: ignore[method-assign]

    again = a.sync()
    assert again.outcome == "ok", again.messages
    assert len(cards_on(radicale)) == 1 and a.pending() == 0 and not a.issues()
    assert a.remote_id(made.id) == f"{BOOK}{made.id}.vcf"
    assert live(a) == [made.id]
