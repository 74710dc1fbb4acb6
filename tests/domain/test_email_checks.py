"""An e-mail address with a plain local part is judged by its domain alone, once per domain:
the answer is the full validator's for every kind of address."""

from __future__ import annotations

import random

import pytest

from app.domain import checks

ADDRESSES = [
    "an.peeters@example.be",
    "x+tag@foo.com",
    "!#$%&'*+/=?^_`{|}~-@foo.com",
    "Postmaster@FOO.COM",
    "a@b",
    "x@localhost",
    "x@foo.test",
    "x@foo.invalid",
    "x@foo.local",
    "x@foo.onion",
    "x@1.2.3.4",
    "x@foo.123",
    "x@-foo.com",
    "x@foo-.com",
    "x@ab--cd.com",
    "x@xn--bcher-kva.ch",
    "x@xn--abc.com",
    "x@foo..com",
    "x@.foo.com",
    "x@foo.com.",
    "x..y@foo.com",
    ".x@foo.com",
    "x.@foo.com",
    "a" * 64 + "@foo.com",
    "a" * 65 + "@foo.com",
    "x@" + "a" * 64 + ".com",
    "x@" + ".".join(["abcdefghij"] * 25) + ".com",
    "x@foo_bar.com",
    "x@@foo.com",
    "x@foo@bar.com",
    " x@foo.com",
    "x@foo.com ",
    "zoë@bücher.de",
    '"quoted local"@foo.com',
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_the_answer_is_the_full_validators(address: str) -> None:
    assert checks.email_problem(address) == checks._address_problem(address)


def test_a_domain_is_checked_once() -> None:
    checks._email_problem.cache_clear()
    checks._domain_problem.cache_clear()
    for name in ("an", "bert", "carla"):
        assert checks.email_problem(f"{name}@kontor-example.be") is None
    assert checks._domain_problem.cache_info().misses == 1
    assert checks.email_problem("an@foo.invalid") is not None


DOMAINS = [
    "example.org",
    "EXAMPLE.ORG",
    "kinderdagverblijf-de-zonnebloem.nl",
    "a.b.c.de",
    "1.com",
    "123.456.com",
    "x.y",
    "foo.c",
    "foo.co1",
    "foo.123",
    "a-b.com",
    "a-b-c.co.uk",
    "a--b.com",
    "xn--bcher-kva.ch",
    "foo.xn--p1ai",
    "-a.com",
    "a-.com",
    "a.-b.com",
    "test",
    "foo.test",
    "foo.TEST",
    "latest.com",
    "my-test.com",
    "test.com",
    "localhost",
    "foo.localhost",
    "foo.local",
    "local.com",
    "sub.arpa",
    "foo.invalid",
    "foo.onion",
    "foo.example",
    "x" * 63 + ".com",
    "x" * 64 + ".com",
    ".".join(["abcdefghi"] * 19) + ".com",
    ".".join(["abcdefghi"] * 20) + ".com",
    ".".join(["abcdefghi"] * 24) + ".com",
    "foo.bar_baz.com",
    "foo .com",
    "foö.com",
]


@pytest.mark.parametrize("domain", DOMAINS)
def test_a_plainly_valid_domain_is_what_the_full_validator_accepts(domain: str) -> None:
    assert checks._domain_problem.__wrapped__(domain) == checks._address_problem(f"a@{domain}")


def test_common_domains_take_the_quick_way() -> None:
    for domain in ("example.org", "kinderdagverblijf-de-zonnebloem.nl", "A-B.Co.UK"):
        assert checks._plainly_valid_domain(domain)
    for domain in ("foo.test", "a--b.com", "foo.123", "x" * 64 + ".com"):
        assert not checks._plainly_valid_domain(domain)


def test_random_domains_get_the_full_validators_answer() -> None:
    rng = random.Random(20261204)
    pieces = ["a", "b", "z", "0", "9", "-", ".", "xn", "test", "local", "co"]
    for _ in range(3000):
        domain = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 9)))
        expected = checks._address_problem(f"a@{domain}")
        assert checks._domain_problem.__wrapped__(domain) == expected, domain
