"""The cyclic garbage collector at rest over work that makes many short-lived objects forming
no cycles (pulled documents, generated or imported contacts and their rows): it would walk
every object kept alive again and again; what it would have found goes at its next pass."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_resting() -> Iterator[None]:
    """The collector off for the block, and on again after it if it was on before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
