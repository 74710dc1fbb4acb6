"""The API token store, on an in-memory keychain (the user's own keychain is never touched)."""

from __future__ import annotations

import logging

import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import KeyringLocked, PasswordDeleteError, PasswordSetError

from app.sync.credentials import (
    SERVICE,
    CredentialsUnavailable,
    TokenStore,
    account_name,
    token_problems,
)
from app.sync.settings import SyncSettings

SETTINGS = SyncSettings(base_url="https://contacts.example.test/v1", org_id="acme")
SECRET = "tok-7f3a9c1e5b"


class MemoryKeyring(KeyringBackend):
    """A keychain in a dict."""

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
            raise PasswordDeleteError("Password not found")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")


class LeakyKeyring(MemoryKeyring):
    """A backend whose errors quote the password (some do, in their debug text)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise RuntimeError("D-Bus said: org.freedesktop.DBus.Error.ServiceUnknown")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError(f"cannot store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise OSError(5, "Access is denied")


@pytest.fixture
def keys() -> MemoryKeyring:
    return MemoryKeyring()


@pytest.fixture
def store(keys: MemoryKeyring) -> TokenStore:
    return TokenStore(keys, environ={})


def test_set_get_delete(store: TokenStore, keys: MemoryKeyring) -> None:
    assert store.get(SETTINGS) is None
    store.set(SETTINGS, SECRET)
    assert keys.passwords == {("Kontor", "acme@https://contacts.example.test/v1"): SECRET}
    assert store.get(SETTINGS) == SECRET
    assert store.source(SETTINGS) == "keychain"
    store.delete(SETTINGS)
    assert store.get(SETTINGS) is None
    assert store.source(SETTINGS) is None


def test_deleting_a_token_that_is_not_there_is_fine(store: TokenStore) -> None:
    store.delete(SETTINGS)
    assert store.get(SETTINGS) is None


def test_each_server_and_organization_has_its_own_token(store: TokenStore) -> None:
    other_org = SyncSettings(base_url=SETTINGS.base_url, org_id="globex")
    other_server = SyncSettings(base_url="https://staging.example.test/v1", org_id="acme")
    store.set(SETTINGS, "one")
    store.set(other_org, "two")
    store.set(other_server, "three")
    assert [store.get(s) for s in (SETTINGS, other_org, other_server)] == ["one", "two", "three"]


def test_the_account_ignores_blanks_and_a_trailing_slash(store: TokenStore) -> None:
    store.set(SyncSettings(base_url=" https://contacts.example.test/v1/ ", org_id=" acme"), SECRET)
    assert store.get(SETTINGS) == SECRET
    assert account_name(SETTINGS) == "acme@https://contacts.example.test/v1"
    assert SERVICE == "Kontor"


def test_the_environment_variable_wins(keys: MemoryKeyring) -> None:
    store = TokenStore(keys, environ={"KONTOR_API_TOKEN": " from-env "})
    store.set(SETTINGS, SECRET)
    assert store.get(SETTINGS) == "from-env"
    assert store.source(SETTINGS) == "environment"
    assert store.stored(SETTINGS) == SECRET


def test_an_empty_environment_variable_is_ignored(keys: MemoryKeyring) -> None:
    store = TokenStore(keys, environ={"KONTOR_API_TOKEN": "  "})
    assert store.source(SETTINGS) is None
    store.set(SETTINGS, SECRET)
    assert store.get(SETTINGS) == SECRET


def test_the_process_environment_is_read_by_default(
    keys: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = TokenStore(keys)
    monkeypatch.delenv("KONTOR_API_TOKEN", raising=False)
    assert store.source(SETTINGS) is None
    monkeypatch.setenv("KONTOR_API_TOKEN", "ci-token")
    assert store.get(SETTINGS) == "ci-token"
    assert store.source(SETTINGS) == "environment"


def test_no_keychain_becomes_a_clear_message() -> None:
    store = TokenStore(fail.Keyring(), environ={})
    expected = "No keychain is available on this computer; set KONTOR_API_TOKEN instead."
    for call in (
        lambda: store.get(SETTINGS),
        lambda: store.source(SETTINGS),
        lambda: store.set(SETTINGS, SECRET),
        lambda: store.delete(SETTINGS),
    ):
        with pytest.raises(CredentialsUnavailable) as caught:
            call()
        assert str(caught.value) == expected
        assert caught.value.message == expected


def test_without_a_keychain_the_environment_variable_still_works() -> None:
    store = TokenStore(fail.Keyring(), environ={"KONTOR_API_TOKEN": "ci-token"})
    assert store.get(SETTINGS) == "ci-token"
    assert store.source(SETTINGS) == "environment"


def test_a_locked_keychain_says_so() -> None:
    store = TokenStore(LockedKeyring(), environ={})
    with pytest.raises(CredentialsUnavailable, match="The system keychain is locked"):
        store.get(SETTINGS)


def test_backend_failures_never_carry_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = TokenStore(LeakyKeyring(), environ={})
    with pytest.raises(CredentialsUnavailable) as caught:
        store.set(SETTINGS, SECRET)
    error = caught.value
    assert error.message.startswith("The API token could not be stored in the system keychain")
    assert "KONTOR_API_TOKEN" in error.message
    for text in (str(error), repr(error), error.message, *map(str, error.args)):
        assert SECRET not in text
    # The backend's own exception (which quotes the token) is not chained either.
    assert error.__cause__ is None
    assert error.__context__ is None
    assert SECRET not in caplog.text

    with pytest.raises(CredentialsUnavailable, match=r"could not be read.*ServiceUnknown"):
        store.get(SETTINGS)
    with pytest.raises(CredentialsUnavailable, match=r"could not be removed.*Access is denied"):
        store.delete(SETTINGS)


def test_nothing_logged_or_shown_holds_the_token(
    store: TokenStore, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    store.set(SETTINGS, SECRET)
    store.get(SETTINGS)
    store.delete(SETTINGS)
    assert SECRET not in caplog.text
    assert SECRET not in repr(store)


def test_tokens_that_cannot_be_one_are_refused_without_quoting_them(store: TokenStore) -> None:
    for bad in ("", "   ", "two words", "line\nbreak", "x" * 5000, "tökén"):
        with pytest.raises(ValueError) as caught:
            store.set(SETTINGS, bad)
        if bad.strip():
            assert bad not in str(caught.value)
    assert token_problems("  ok-token  ") == []
    assert token_problems("") == ["Enter the API token."]


def test_without_a_backend_the_system_keychain_is_asked_on_first_use(
    keys: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    import keyring

    asked: list[bool] = []

    def system_keychain() -> KeyringBackend:
        asked.append(True)
        return keys

    monkeypatch.setattr(keyring, "get_keyring", system_keychain)
    store = TokenStore(environ={})
    assert asked == []
    store.set(SETTINGS, SECRET)
    assert asked == [True]
    assert keys.passwords == {("Kontor", "acme@https://contacts.example.test/v1"): SECRET}
    assert repr(store) == "TokenStore(backend=system)"
