"""Running work off the GUI thread: one small helper with success and failure callbacks.

Database calls that may take longer than a frame, and every network call, go through
:class:`TaskRunner`.  The callbacks run on the GUI thread; a task whose owner has moved on (a
newer search replaced it) is dropped by a generation counter instead of being painted late.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class _SupersededError(Exception):
    """A keyed task replaced by a newer one before it ran."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], wanted: Callable[[], bool]) -> None:
        super().__init__()
        self.work = work
        self.wanted = wanted
        self.signals = _Signals()
        # Python owns the job (kept in TaskRunner._jobs until it reports): Qt must not delete
        # it behind Python's back.
        self.setAutoDelete(False)

    @Slot()
    def run(self) -> None:
        if not self.wanted():
            # Superseded while it waited for a thread (the user typed on): skip the work.
            self.signals.failed.emit(_SupersededError(), "")
            return
        try:
            result = self.work()
        except Exception as exc:  # reported to the caller on the GUI thread
            self.signals.failed.emit(exc, traceback.format_exc())
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    """Runs callables on a thread pool and calls back on the GUI thread."""

    def __init__(self, parent: QObject | None = None, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(max_threads)
        self._generations: dict[str, int] = {}
        self._jobs: set[_Job] = set()

    def run(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None] | None = None,
        key: str | None = None,
    ) -> None:
        """Run ``work`` in the pool; with a ``key``, only the newest task of that key reports."""
        generation = None
        if key is not None:
            generation = self._generations.get(key, 0) + 1
            self._generations[key] = generation

        def current() -> bool:
            return key is None or self._generations.get(key) == generation

        job = _Job(work, current)
        self._jobs.add(job)

        def done(result: Any) -> None:
            self._jobs.discard(job)
            if current():
                on_done(result)

        def failed(exc: BaseException, _trace: str) -> None:
            self._jobs.discard(job)
            if current() and on_failed is not None:
                on_failed(exc)

        job.signals.done.connect(done)
        job.signals.failed.connect(failed)
        self._pool.start(job)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until every task is finished (for shutdown and tests)."""
        return self._pool.waitForDone(msecs)

    def stop(self, msecs: int = 5000) -> bool:
        """Drop the tasks still waiting for a thread (they never report) and wait for the
        running ones (shutdown)."""
        self._pool.clear()
        return self._pool.waitForDone(msecs)
