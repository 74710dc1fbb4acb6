"""Reading and planning an import leave the objects they made out of the garbage collector's
young passes (moved to the old generation at once), unless objects are kept frozen."""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator

import pytest

from app.services.interchange.service import _collector_resting


class _Node:
    me: object = None


@pytest.fixture
def collecting() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    try:
        yield
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_the_objects_made_meanwhile_go_to_the_old_generation(collecting: None) -> None:
    with _collector_resting():
        assert not gc.isenabled()
        made = [[i] for i in range(50_000)]
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    young = set(map(id, gc.get_objects(generation=0))) | set(map(id, gc.get_objects(1)))
    assert not any(id(item) in young for item in made)
    old = set(map(id, gc.get_objects(generation=2)))
    assert all(id(item) in old for item in made[:100])
    # Still collected like any other: a cycle made meanwhile goes at the next full pass.
    with _collector_resting():
        node = _Node()
        node.me = node
        gone = weakref.ref(node)
        del node
    gc.collect()
    assert gone() is None


def test_objects_kept_frozen_stay_frozen(collecting: None) -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with _collector_resting():
            made = [[i] for i in range(1000)]
        assert gc.get_freeze_count() == frozen
        assert len(made) == 1000
    finally:
        gc.unfreeze()


def test_the_collector_stays_off_when_it_was(collecting: None) -> None:
    gc.disable()
    with _collector_resting():
        pass
    assert not gc.isenabled()
