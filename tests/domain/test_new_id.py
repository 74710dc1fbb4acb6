"""Local ids: random version 4 UUIDs, never the same twice, also across a fork."""

from __future__ import annotations

import os
import sys
import uuid

import pytest

from app.domain.models import new_id


def test_ids_are_random_version_4_uuids_and_never_repeat() -> None:
    ids = [new_id() for _ in range(5000)]  # several reads of random bytes
    assert len(set(ids)) == len(ids)
    for text in ids:
        parsed = uuid.UUID(text)
        assert str(parsed) == text
        assert parsed.version == 4
        assert parsed.variant == uuid.RFC_4122
    # The random bits beside the fixed ones stay random: all four variant digits occur.
    assert {text[19] for text in ids} == set("89ab")


@pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="fork: Linux")
def test_a_forked_process_makes_other_ids_than_its_parent() -> None:
    new_id()  # random bytes read and partly used in the parent
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next ids, to the parent
        os.close(read)
        os.write(write, " ".join(new_id() for _ in range(20)).encode())
        os._exit(0)
    os.close(write)
    with os.fdopen(read) as pipe:
        child = set(pipe.read().split())
    os.waitpid(pid, 0)
    parent = {new_id() for _ in range(20)}
    assert len(child) == 20
    assert not child & parent
