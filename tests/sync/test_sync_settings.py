"""Sync settings: the rules a user's form must meet, the stored form and the repository."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import NoKeyringError, PasswordDeleteError
from sqlalchemy import insert, select

from app.services.sync_setup import SyncSetup
from app.store.database import Database
from app.store.migrations import open_database
from app.store.schema import sync_settings
from app.store.sync_settings import SyncSettingsRepository
from app.sync.credentials import CredentialsUnavailable, TokenStore
from app.sync.settings import SyncSettings, is_loopback_host, make_routes

GOOD = SyncSettings(base_url="https://contacts.example.test/v1", org_id="acme")


class MemoryKeyring(KeyringBackend):
    # Below keyring's own fallback: never picked, or chained, as the system's keychain.
    priority = -1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("not found")


class NoKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise NoKeyringError("no backend")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NoKeyringError("no backend")


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "kontor.sqlite")
    yield database
    database.close()


# --- the rules ----------------------------------------------------------------------------


def test_defaults_are_not_configured_and_sync_every_quarter_hour() -> None:
    settings = SyncSettings()
    assert not settings.configured
    assert settings.interval_minutes == 15
    assert settings.sync_on_start is True
    assert settings.route_overrides == {}
    assert SyncSettings(base_url="https://x.test").configured is False
    assert GOOD.configured


def test_a_good_https_address_passes() -> None:
    assert GOOD.validate() == []
    assert (
        SyncSettings(base_url="https://contacts.example.test:8443/api/v1/", org_id="a").validate()
        == []
    )


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", "Enter the server address"),
        ("   ", "Enter the server address"),
        ("contacts.example.test", "must start with https://"),
        ("ftp://contacts.example.test", "must start with https://"),
        ("https://", "needs a host name"),
        ("https://contacts example.test", "must not contain spaces"),
        ("https://user:secret@contacts.example.test", "must not contain a user name or password"),
        ("https://contacts.example.test/v1?x=1", "must not contain “?” or “#”"),
        ("https://contacts.example.test:99999", "not a valid web address"),
    ],
)
def test_bad_addresses_are_named(url: str, expected: str) -> None:
    problems = SyncSettings(base_url=url, org_id="acme").validate()
    assert len(problems) >= 1
    assert expected in problems[0]


def test_plain_http_is_refused_for_other_computers_and_says_why() -> None:
    problems = SyncSettings(base_url="http://contacts.example.test/v1", org_id="acme").validate()
    assert len(problems) == 1
    assert "localhost, 127.0.0.1 or ::1" in problems[0]
    assert "https://contacts.example.test" in problems[0]


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8000", "http://localhost:8000/v1", "http://[::1]:8000", "http://127.0.0.2"],
)
def test_plain_http_is_allowed_on_this_computer(url: str) -> None:
    assert SyncSettings(base_url=url, org_id="acme").validate() == []


def test_loopback_hosts() -> None:
    assert is_loopback_host("LOCALHOST")
    assert is_loopback_host("::1")
    assert is_loopback_host("[::1]")
    assert not is_loopback_host("localhost.example.test")
    assert not is_loopback_host("10.0.0.1")


@pytest.mark.parametrize(
    ("org", "expected"),
    [
        ("", "Enter the organization id."),
        ("  ", "Enter the organization id."),
        ("x" * 257, "at most 256 characters long (this one has 257)"),
        ("acme/eu", "must not contain “/”"),
        ("ac\x00me", "control characters"),
    ],
)
def test_bad_organization_ids_are_named(org: str, expected: str) -> None:
    problems = SyncSettings(base_url="https://x.test", org_id=org).validate()
    assert len(problems) == 1
    assert expected in problems[0]


def test_organization_ids_up_to_256_characters_pass() -> None:
    assert SyncSettings(base_url="https://x.test", org_id="ä" * 256).validate() == []


@pytest.mark.parametrize("minutes", [0, 1, 1440])
def test_intervals_from_manual_to_daily_pass(minutes: int) -> None:
    assert (
        SyncSettings(base_url="https://x.test", org_id="a", interval_minutes=minutes).validate()
        == []
    )


@pytest.mark.parametrize("minutes", [-1, 1441, True])
def test_other_intervals_are_refused(minutes: int) -> None:
    problems = SyncSettings(
        base_url="https://x.test", org_id="a", interval_minutes=minutes
    ).validate()
    assert problems == [
        "The sync interval must be a whole number of minutes from 0 (sync by hand only) "
        "to 1440 (once a day)."
    ]


def test_problems_are_given_per_field() -> None:
    settings = SyncSettings(
        base_url="http://example.test", org_id="", route_overrides={"nope": "/x"}
    )
    problems = settings.field_problems()
    assert set(problems) == {"base_url", "org_id", "route_overrides"}
    assert "nope" in problems["route_overrides"][0]
    assert settings.validate() == [m for ms in problems.values() for m in ms]


def test_normalized_trims_blanks_and_trailing_slashes() -> None:
    settings = SyncSettings(base_url="  https://x.test/v1/ ", org_id=" acme ").normalized()
    assert settings.base_url == "https://x.test/v1"
    assert settings.org_id == "acme"


# --- routes -------------------------------------------------------------------------------


def test_make_routes_uses_the_org_and_the_overrides() -> None:
    settings = SyncSettings(
        base_url="https://x.test",
        org_id="acme eu",
        route_overrides={"contacts": "/tenants/{org}/{kind}"},
    )
    routes = make_routes(settings)
    assert routes.contacts("individual-contacts") == "/tenants/acme%20eu/individual-contacts"
    assert routes.contact("individual-contacts", "c1") == "/orgs/acme%20eu/individual-contacts/c1"


def test_make_routes_refuses_unknown_route_names() -> None:
    with pytest.raises(ValueError, match="unknown route names: nope"):
        make_routes(SyncSettings(org_id="acme", route_overrides={"nope": "/x"}))


def test_settings_keep_their_own_copy_of_the_overrides() -> None:
    overrides = {"contacts": "/t/{org}/{kind}"}
    settings = SyncSettings(route_overrides=overrides)
    overrides["contacts"] = "/changed"
    assert settings.route_overrides == {"contacts": "/t/{org}/{kind}"}


# --- JSON ---------------------------------------------------------------------------------


def test_json_roundtrip() -> None:
    settings = SyncSettings(
        base_url="https://x.test/v1",
        org_id="acme",
        interval_minutes=0,
        sync_on_start=False,
        route_overrides={"contacts": "/t/{org}/{kind}"},
    )
    data = settings.to_json()
    assert data == {
        "base_url": "https://x.test/v1",
        "org_id": "acme",
        "interval_minutes": 0,
        "sync_on_start": False,
        "route_overrides": {"contacts": "/t/{org}/{kind}"},
    }
    assert SyncSettings.from_json(data) == settings


def test_from_json_ignores_unknown_keys_and_fills_in_missing_ones() -> None:
    settings = SyncSettings.from_json({"org_id": "acme", "theme": "dark", "future": [1, 2]})
    assert settings == SyncSettings(org_id="acme")


def test_from_json_replaces_unreadable_values_with_defaults() -> None:
    settings = SyncSettings.from_json(
        {
            "base_url": 42,
            "org_id": None,
            "interval_minutes": "often",
            "sync_on_start": "yes",
            "route_overrides": ["contacts"],
        }
    )
    assert settings == SyncSettings()
    assert SyncSettings.from_json({"interval_minutes": "30"}).interval_minutes == 30
    assert SyncSettings.from_json({"interval_minutes": 30.0}).interval_minutes == 30
    assert SyncSettings.from_json({"interval_minutes": True}).interval_minutes == 15
    assert SyncSettings.from_json(None) == SyncSettings()
    assert SyncSettings.from_json(["not", "an", "object"]) == SyncSettings()


# --- the repository -----------------------------------------------------------------------


def test_an_empty_database_gives_the_defaults(db: Database) -> None:
    with db.reading() as connection:
        assert SyncSettingsRepository(connection).load() == SyncSettings()


def test_repository_roundtrip_one_row_per_setting(db: Database) -> None:
    settings = SyncSettings(
        base_url="https://x.test/v1",
        org_id="acme",
        interval_minutes=60,
        sync_on_start=False,
        route_overrides={"contacts": "/t/{org}/{kind}"},
    )
    with db.transaction() as connection:
        SyncSettingsRepository(connection).save(settings)
    with db.reading() as connection:
        assert SyncSettingsRepository(connection).load() == settings
        rows = dict(connection.execute(select(sync_settings.c.key, sync_settings.c.value)).all())
    assert rows == settings.to_json()


def test_saving_again_replaces_the_values_and_keeps_other_rows(db: Database) -> None:
    with db.transaction() as connection:
        connection.execute(insert(sync_settings).values(key="last_run_id", value="r1"))
        SyncSettingsRepository(connection).save(GOOD)
    changed = SyncSettings(base_url="https://y.test", org_id="other", interval_minutes=5)
    with db.transaction() as connection:
        SyncSettingsRepository(connection).save(changed)
    with db.reading() as connection:
        assert SyncSettingsRepository(connection).load() == changed
        kept = connection.execute(
            select(sync_settings.c.value).where(sync_settings.c.key == "last_run_id")
        ).scalar_one()
    assert kept == "r1"


def test_settings_survive_reopening_the_file(tmp_path: Path) -> None:
    path = tmp_path / "kontor.sqlite"
    first = open_database(path)
    with first.transaction() as connection:
        SyncSettingsRepository(connection).save(GOOD)
    first.close()
    again = open_database(path)
    try:
        with again.reading() as connection:
            assert SyncSettingsRepository(connection).load() == GOOD
    finally:
        again.close()


# --- the service --------------------------------------------------------------------------


def test_setup_saves_valid_settings_normalized(db: Database) -> None:
    setup = SyncSetup(db, TokenStore(MemoryKeyring(), environ={}))
    assert setup.save(SyncSettings(base_url=" https://x.test/v1/ ", org_id=" acme ")) == []
    assert setup.settings() == SyncSettings(base_url="https://x.test/v1", org_id="acme")


def test_setup_saves_nothing_when_invalid(db: Database) -> None:
    setup = SyncSetup(db, TokenStore(MemoryKeyring(), environ={}))
    problems = setup.save(SyncSettings(base_url="http://x.test", org_id="acme"))
    assert len(problems) == 1 and "http://" in problems[0]
    assert setup.settings() == SyncSettings()


def test_apply_stores_settings_and_token_together(db: Database) -> None:
    keys = MemoryKeyring()
    setup = SyncSetup(db, TokenStore(keys, environ={}))
    assert setup.apply(GOOD, "  s3cret-token ") == []
    assert setup.settings() == GOOD
    assert keys.passwords == {("Kontor", "acme@https://contacts.example.test/v1"): "s3cret-token"}
    assert setup.has_token(GOOD)
    assert setup.token_source(GOOD) == "keychain"


def test_apply_without_a_token_keeps_the_stored_one(db: Database) -> None:
    keys = MemoryKeyring()
    setup = SyncSetup(db, TokenStore(keys, environ={}))
    setup.apply(GOOD, "first-token")
    assert setup.apply(GOOD, "") == []
    assert keys.passwords[("Kontor", "acme@https://contacts.example.test/v1")] == "first-token"


def test_apply_stores_nothing_when_the_token_is_bad(db: Database) -> None:
    keys = MemoryKeyring()
    setup = SyncSetup(db, TokenStore(keys, environ={}))
    problems = setup.apply(GOOD, "two words")
    assert problems == ["The API token must not contain spaces, line breaks or control characters."]
    assert setup.settings() == SyncSettings()
    assert keys.passwords == {}


def test_apply_stores_nothing_when_the_keychain_fails(db: Database) -> None:
    setup = SyncSetup(db, TokenStore(NoKeyring(), environ={}))
    with pytest.raises(CredentialsUnavailable, match="No keychain is available"):
        setup.apply(GOOD, "s3cret-token")
    assert setup.settings() == SyncSettings()


def test_apply_takes_the_new_token_back_when_the_settings_cannot_be_written(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = MemoryKeyring()
    setup = SyncSetup(db, TokenStore(keys, environ={}))
    setup.apply(GOOD, "old-token")

    def broken(self: SyncSettingsRepository, settings: SyncSettings) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(SyncSettingsRepository, "save", broken)
    with pytest.raises(OSError, match="disk full"):
        setup.apply(GOOD, "new-token")
    assert keys.passwords[("Kontor", "acme@https://contacts.example.test/v1")] == "old-token"
    other = SyncSettings(base_url="https://other.test", org_id="acme")
    with pytest.raises(OSError, match="disk full"):
        setup.apply(other, "new-token")
    assert ("Kontor", "acme@https://other.test") not in keys.passwords


def test_forget_token_and_token_source(db: Database) -> None:
    keys = MemoryKeyring()
    setup = SyncSetup(db, TokenStore(keys, environ={}))
    assert setup.token_source(GOOD) is None
    assert setup.set_token(GOOD, "abc") == []
    assert setup.token_source(GOOD) == "keychain"
    setup.forget_token(GOOD)
    assert setup.token_source(GOOD) is None
    assert not setup.has_token(GOOD)
    assert setup.set_token(GOOD, "") == ["Enter the API token."]


def test_test_connection_reports_bad_settings_and_a_missing_token(db: Database) -> None:
    setup = SyncSetup(db, TokenStore(MemoryKeyring(), environ={}))
    bad = setup.test_connection(SyncSettings(base_url="", org_id="acme"))
    assert (bad.ok, bad.problem) == (False, "bad_settings")
    missing = setup.test_connection(GOOD)
    assert (missing.ok, missing.problem) == (False, "no_token")
    broken = SyncSetup(db, TokenStore(NoKeyring(), environ={})).test_connection(GOOD)
    assert broken.problem == "no_token"
    assert "KONTOR_API_TOKEN" in broken.message
