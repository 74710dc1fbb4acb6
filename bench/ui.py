"""Main-window figures on a large address book: start-up, search, scrolling and memory.

Usage: ``python3 bench/ui.py --db PATH`` on a database made by
``kontor demo-data --contacts 100000 --db PATH``.  Runs offscreen; prints one line per figure.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SEARCHES = [
    "jan", "peeters", "gent", "müller", "@example", "+49", "wien", "van der", "bak", "schmidt",
    "0415", "amsterdam", "mar", "lei", "graz", "de vries", "an", "b", "BE0", "zzzz",
]  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, required=True)
    args = parser.parse_args()

    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import build_services
    from app.ui.app import build_main_window

    app = QApplication(sys.argv[:1])
    services = build_services(args.db)
    window = build_main_window(services, args.db.name)
    window.resize(1200, 800)
    window.show()
    model = window.table.model()
    while model.rowCount() == 0 or model.index(0, 0).data() is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    app.processEvents()
    startup = time.perf_counter() - START
    print(f"start to populated window: {startup * 1000:.0f} ms ({model.rowCount():,} rows)")

    list_view = window.people.list_view
    # Wait the way the app does: in Qt's event loop, which sleeps (and lets the worker threads
    # run) until the result arrives; a Python busy-wait would starve them of the interpreter.
    waiter = QEventLoop()
    list_view.result_changed.connect(waiter.quit)
    timings: list[float] = []
    slowest = (0.0, "")
    for text in SEARCHES:
        began = time.perf_counter()
        list_view.search_edit.setText(text)  # what a keystroke does: the search starts from here
        waiter.exec()
        for row in range(min(model.rowCount(), 30)):  # what a screen shows
            model.index(row, 0).data()
        QCoreApplication.processEvents()
        timings.append((time.perf_counter() - began) * 1000)
        slowest = max(slowest, (timings[-1], text))
    list_view.search_edit.clear()
    waiter.exec()
    window.runner.wait()
    app.processEvents()
    print(
        f"search to updated results: median {statistics.median(timings):.1f} ms, "
        f"worst {max(timings):.1f} ms (“{slowest[1]}”) over {len(timings)} searches"
    )

    bar = window.table.verticalScrollBar()
    stalls = []
    step = max(bar.pageStep(), 1) * 25
    value = bar.minimum()
    while value <= bar.maximum():
        began = time.perf_counter()
        bar.setValue(value)
        window.table.viewport().grab()  # paints the rows now on screen, fetching their page
        app.processEvents()
        stalls.append((time.perf_counter() - began) * 1000)
        value += step
    print(
        f"scrolling top to bottom in {len(stalls)} jumps: worst {max(stalls):.1f} ms, "
        f"median {statistics.median(stalls):.1f} ms"
    )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    window.close()
    services.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
