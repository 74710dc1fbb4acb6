from __future__ import annotations

import threading
import time

from pytestqt.qtbot import QtBot

from app.ui.tasks import TaskRunner


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    runner.run(work, done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["worker"] != gui_thread
    assert seen["callback"] == gui_thread


def test_failures_reach_the_failure_callback(qtbot: QtBot) -> None:
    runner = TaskRunner()
    errors: list[BaseException] = []

    def work() -> None:
        raise ValueError("disk on fire")

    runner.run(work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "disk on fire"


def test_only_the_newest_task_of_a_key_reports(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[str] = []

    def slow() -> str:
        time.sleep(0.2)
        return "old search"

    runner.run(slow, results.append, key="search")
    runner.run(lambda: "new search", results.append, key="search")
    assert runner.wait()
    qtbot.wait(50)
    assert results == ["new search"]


def test_superseded_tasks_are_skipped_before_they_run(qtbot: QtBot) -> None:
    runner = TaskRunner(max_threads=1)
    ran: list[int] = []
    results: list[int] = []
    gate = threading.Event()
    started = threading.Event()

    def work(n: int) -> int:
        if n == 0:
            started.set()
            gate.wait(2)
        ran.append(n)
        return n

    runner.run(lambda: work(0), results.append, key="search")
    assert started.wait(2)  # the first search is running and holds the only thread
    for n in range(1, 5):  # typed on quickly: each search replaces the one before
        runner.run(lambda n=n: work(n), results.append, key="search")
    gate.set()
    assert runner.wait()
    qtbot.wait(50)
    assert ran == [0, 4]  # the first was already running; 1-3 never started
    assert results == [4]
