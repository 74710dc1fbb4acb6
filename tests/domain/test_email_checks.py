"""An e-mail address with a plain local part is judged by its domain alone, once per domain:
the answer is the full validator's for every kind of address."""

from __future__ import annotations

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
