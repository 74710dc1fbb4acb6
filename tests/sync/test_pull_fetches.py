"""The pull fetches a chunk's items on the pool's threads, each thread taking the next item
as soon as it is free (no future per item): every item once, the results in order."""

from __future__ import annotations

import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from app.sync.engine import _Fetches


def test_every_item_is_fetched_once_on_several_threads_and_the_results_keep_their_order() -> None:
    calls: list[int] = []
    threads: set[str] = set()
    lock = threading.Lock()

    def fetch(n: int) -> str:
        time.sleep(0.001 if n % 3 else 0.003)  # uneven: the threads take items out of turn
        with lock:
            calls.append(n)
            threads.add(threading.current_thread().name)
        return f"r{n}"

    with ThreadPoolExecutor(max_workers=4) as pool:
        fetches = _Fetches(pool, 4, fetch, list(range(40)))
        assert fetches.results() == [f"r{n}" for n in range(40)]
        assert _Fetches(pool, 4, fetch, []).results() == []
        assert _Fetches(pool, 4, fetch, [7]).results() == ["r7"]
    assert sorted(calls) == sorted([*range(40), 7])
    assert len(threads) > 1


def test_a_failing_fetch_is_raised_and_a_stopped_batch_starts_no_more_items() -> None:
    started: list[int] = []

    def fetch(n: int) -> int:
        started.append(n)
        if n == 2:
            raise ValueError("boom")
        time.sleep(0.002)
        return n

    with ThreadPoolExecutor(max_workers=2) as pool:
        fetches = _Fetches(pool, 2, fetch, list(range(200)))
        with pytest.raises(ValueError, match="boom"):
            fetches.results()
    assert len(started) < 200  # the others stopped taking items once it was raised

    gate = threading.Event()

    def slow(n: int) -> int:
        gate.wait(5)
        return n

    with ThreadPoolExecutor(max_workers=2) as pool:
        fetches = _Fetches(pool, 2, slow, list(range(50)))
        fetches.stop()
        gate.set()
    assert fetches._found.count(None) >= 48  # only the two items already taken were fetched
