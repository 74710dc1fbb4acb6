"""Main-window figures on a large address book, each beside its floor measured in the same run.

Usage::

    python3 bench/ui.py --db PATH               # a book made by kontor demo-data
    python3 bench/ui.py --contacts 1000000      # makes (once) and uses a book of that size

The book is copied first (SQLite's online backup) and the copy upgraded, so the original is
never touched.  Runs offscreen.  Figures and their floors:

* **start**: from process start to the first paint of the people table with its rows, in a
  process of its own started the way ``kontor`` starts the window (median of ``--starts``
  runs, bytecode compiled once as for an installed program); floor: a bare PySide6 window with
  an empty table, started the same way.
* **search**: a keystroke (the search text set in the box, once the screen has settled) until
  the table shows the first page, and until the exact count is in the status bar; floor: the
  statements Kontor runs for that search (first page, then count), replayed on a plain
  ``sqlite3`` connection right after the keystroke (under the same load of the machine).
  Kontor answers each keystroke once, its statements new to its connection; the floor is
  that same first run of them on the plain connection (compiled anew, the file's pages as
  the searches before left them), so both start from the same state.  The median of the
  warm replays that follow (compiled, pages cached) is printed beside it for reference.
* **scrolling**: a jump of the scroll bar until the rows now on screen are painted with their
  data (one paint, as a person sees it); floor: one frame (16 ms).
* **save** of one contact (a phone number changed: validation, journal, undo step, search
  index and duplicate keys), median and worst of ``--saves``; floor: the same writes (every
  INSERT, UPDATE and DELETE that save sent) replayed on plain ``sqlite3`` and committed.
* **GUI-thread CPU** of the searches and the jumps (the window thread's processor time over
  the same spans), beside the processor time of the replayed statements: figures a machine
  busy with other work stretches far less than the times on the clock.
* **peak memory** of the process that ran the window, the searches and the scrolling.

Prints one table: figure, Kontor, floor, ratio, target.
"""

from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, NamedTuple

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

SEARCHES = [
    "jan", "peeters", "gent", "müller", "@example", "+49", "wien", "van der", "bak", "schmidt",
    "0415", "amsterdam", "mar", "lei", "graz", "de vries", "an", "b", "BE0", "zzzz",
]  # fmt: skip
FRAME_MS = 16.0

# What each figure of the table covers, printed beneath it.
NOTES = [
    "search, keystroke → first page: from the text set in the search box until the table has"
    " painted its first page (the app's SQL, its Python, the model, the paint, on the clock);"
    " floor: only that search's SQL statements on plain sqlite3, their first run (compiled"
    " anew, the file as the searches before left it), as the app ran them for the keystroke.",
    "search, GUI-thread CPU: the window thread's processor time over the same span; floor:"
    " the processor time of that first replay.",
    "search vs. warm replays: the same Kontor figures beside the median of the replays that"
    " follow the first (statements compiled, their pages cached): a floor no keystroke has.",
    "search, exact count: until the status bar shows the count; floor: the first page's and"
    " the count's statements, first run.",
    "scrolling: a scroll-bar jump until the rows on screen are painted; floor: one frame.",
    "save: the Save button's work; floor: the same writes replayed and committed on plain sqlite3.",
]

# --- the processes whose start is timed ----------------------------------------------------

BARE_WINDOW = """
import sys
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
table = QTableView()
table.setModel(QStandardItemModel(0, 6))
window.setCentralWidget(table)
window.resize(1200, 800)
window.show()
app.processEvents()
print("ready", flush=True)
"""

# As ``kontor`` starts the window (app.cli.main → app.ui.app.run_gui); "ready" once the people
# table has been painted with its rows.
KONTOR_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from app.bootstrap import build_services
from app.ui.app import show_main_window
app = QApplication(sys.argv[:1])
path = Path(sys.argv[1])
services = build_services(path, check_later=True)
window = show_main_window(services, path.name)
table = window.table
model = table.model()

class Painted(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and model.rowCount() and model.index(0, 0).data():
            table.viewport().removeEventFilter(self)
            print("ready", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

painted = Painted()
table.viewport().installEventFilter(painted)
app.exec()
window.close()
services.wait_for_start_check()
services.close()
"""


def time_start(script: str, *args: str, bytecode: Path | None = None) -> float:
    """Milliseconds from starting a Python process running ``script`` until it says ready.

    With ``bytecode``, compiled modules are kept in that folder between runs, as an installed
    program has them (without, a setting like ``PYTHONDONTWRITEBYTECODE`` would make every
    start compile Kontor's modules again)."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    began = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, "-c", script, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=REPO,
    )
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = (time.perf_counter() - began) * 1000
    child.wait()
    if line.strip() != "ready":
        raise RuntimeError("the timed window did not start")
    return elapsed


# --- the book ------------------------------------------------------------------------------


def copy_database(source: Path, target: Path) -> None:
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    dst = sqlite3.connect(target)
    try:
        with dst:
            src.backup(dst)
    finally:
        dst.close()
        src.close()


def book(args: argparse.Namespace) -> Path:
    if args.db is not None:
        return Path(args.db)
    path = Path(tempfile.gettempdir()) / f"kontor-bench-{args.contacts}.sqlite"
    if not path.exists():
        print(f"making {path} with kontor demo-data --contacts {args.contacts} …", flush=True)
        command = ["demo-data", "--contacts", str(args.contacts), "--db", str(path)]
        subprocess.run(
            [sys.executable, "-m", "app.cli.main", *command],
            check=True,
            cwd=REPO,
        )
    return path


# --- raw SQL ---------------------------------------------------------------------------------


class Statements:
    """The statements the app sends to SQLite while ``record`` is on, as the driver gets them:
    the reads (the listing's, which go to the driver through ``run_statement``, and any other
    sent through SQLAlchemy), or with ``record(…, writes=True)`` the writes (with
    ``executemany``)."""

    def __init__(self, engine: Any) -> None:
        from sqlalchemy import event

        from app.store import listing

        self.recording = False
        self.writes = False
        self.seen: list[tuple[str, Any]] = []
        self.written: list[tuple[str, Any, bool]] = []

        def capture(
            _conn: Any, _cursor: Any, statement: str, params: Any, _context: Any, many: bool
        ) -> None:
            if not self.recording:
                return
            verb = statement.lstrip().upper()
            if verb.startswith(("SELECT", "WITH")):
                self.seen.append((statement, params))
            elif self.writes and verb.startswith(("INSERT", "UPDATE", "DELETE", "REPLACE")):
                self.written.append((statement, params, many))

        event.listen(engine, "before_cursor_execute", capture)
        run = getattr(listing, "run_statement", None)
        if run is None:  # a listing that sends its reads through SQLAlchemy
            return

        def listed(connection: Any, statement: str, params: Any) -> Any:
            if self.recording and not self.writes:
                self.seen.append((statement, dict(params)))
            return run(connection, statement, params)

        listing.run_statement = listed

    def record(self, call: Callable[[], Any]) -> list[tuple[str, Any]]:
        self.seen = []
        self.recording = True
        try:
            call()
        finally:
            self.recording = False
        return self.seen

    def record_writes(self, call: Callable[[], Any]) -> list[tuple[str, Any, bool]]:
        self.written = []
        self.recording = self.writes = True
        try:
            call()
        finally:
            self.recording = self.writes = False
        return self.written


def replay_times(
    conn: sqlite3.Connection, statements: list[tuple[str, Any]], repeat: int
) -> Replayed:
    """Milliseconds on the clock and of processor time to run ``statements`` on a plain
    connection, fetching every row: the first run, and the median of ``repeat`` more."""
    times = []
    worked = []
    for _ in range(1 + repeat):
        began = time.perf_counter()
        began_work = time.thread_time()
        for statement, params in statements:
            conn.execute(statement, params).fetchall()
        times.append((time.perf_counter() - began) * 1000)
        worked.append((time.thread_time() - began_work) * 1000)
    warm = (statistics.median(times[1:] or times), statistics.median(worked[1:] or worked))
    return Replayed(times[0], worked[0], *warm)


class Replayed(NamedTuple):
    """A replay's milliseconds: its first run (``wall``, ``work``: on the clock, processor
    time), as the app runs a search's statements once, then the median of the warm runs."""

    wall: float
    work: float
    warm_wall: float
    warm_work: float


def plain_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.create_function(
        "casefold", 1, lambda v: None if v is None else str(v).casefold(), deterministic=True
    )
    conn.execute("PRAGMA cache_size=-8192")  # the app's page cache
    return conn


def _replaying(pipe: Any, path: str) -> None:
    plain = plain_connection(Path(path))
    while (asked := pipe.recv()) is not None:
        statements, repeat = asked
        pipe.send(replay_times(plain, statements, repeat))
    plain.close()


class Floors:
    """Replays statements on a plain connection in a process of its own: the same machine and
    file, and its memory not counted in Kontor's peak."""

    def __init__(self, path: Path) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._pipe, theirs = context.Pipe()
        self._process = context.Process(target=_replaying, args=(theirs, str(path)), daemon=True)
        self._process.start()

    def replay(self, statements: list[tuple[str, Any]], repeat: int) -> Replayed:
        """The first run and the warm median (see :func:`replay_times`)."""
        self._pipe.send((statements, repeat))
        return Replayed(*self._pipe.recv())

    def close(self) -> None:
        self._pipe.send(None)
        self._process.join()


def writing_connection(path: Path) -> sqlite3.Connection:
    """A plain connection with the app's durability: WAL, full sync, foreign keys."""
    conn = plain_connection(path)
    conn.isolation_level = None
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    return conn


def replay_writes_ms(conn: sqlite3.Connection, writes: list[tuple[str, Any, bool]]) -> float:
    """Milliseconds to run ``writes`` on ``conn`` in one committed transaction."""
    began = time.perf_counter()
    conn.execute("BEGIN")
    for statement, params, many in writes:
        if many:
            conn.executemany(statement, params)
        else:
            conn.execute(statement, params)
    conn.execute("COMMIT")
    return (time.perf_counter() - began) * 1000


def changed_phone(contact: Any, n: int) -> Any:
    """``contact`` with its first phone number changed (or a phone added)."""
    from app.domain.models import Phone

    number = f"+49 30 {5_000_000 + n:07d}"
    phones = list(contact.phones)
    if phones:
        phones[0] = phones[0].model_copy(update={"number": number})
    else:
        phones = [Phone(number=number)]
    return contact.model_copy(update={"phones": phones})


# --- the run ---------------------------------------------------------------------------------


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str]] = []

    def add(self, figure: str, kontor: float, floor: float | None, unit: str, target: str) -> None:
        ratio = f"{kontor / floor:.1f}×" if floor else "—"
        floor_text = f"{floor:.1f} {unit}" if floor is not None else "—"
        self.rows.append((figure, f"{kontor:.1f} {unit}", floor_text, ratio, target))

    def print(self) -> None:
        head = ("figure", "Kontor", "floor", "ratio", "target")
        widths = [max(len(r[i]) for r in [head, *self.rows]) for i in range(5)]
        for row in [head, tuple("-" * w for w in widths), *self.rows]:
            print("| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, help="a book made by kontor demo-data (not changed)")
    parser.add_argument("--contacts", type=int, default=100_000, help="book size without --db")
    parser.add_argument("--starts", type=int, default=3, help="timed starts of each window")
    parser.add_argument("--repeat", type=int, default=5, help="replays of each search's SQL")
    parser.add_argument("--saves", type=int, default=20, help="contacts saved")
    parser.add_argument(
        "--only",
        choices=["search"],
        help="only these figures (search: the keystrokes and their floors, no start, scrolling,"
        " saves or peak memory): a quicker run while working on one of them",
    )
    args = parser.parse_args()
    source = book(args)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        copy_database(source, path)
        from app.store.migrations import upgrade

        upgrade(path)
        table = Table()
        run(path, args, table)
        print()
        print(f"book: {source}")
        table.print()
        print()
        for note in NOTES:
            print(note)
    return 0


class SearchFigures(NamedTuple):
    """Milliseconds of each keystroke of :data:`SEARCHES` and the floors of its statements."""

    shown: list[float]
    shown_work: list[float]
    counted: list[float]
    page_floor: list[Replayed]
    count_floor: list[Replayed]


def add_search_rows(table: Table, figures: SearchFigures) -> None:
    median = statistics.median
    shown, shown_work, counted = figures.shown, figures.shown_work, figures.counted
    page_floor, count_floor = figures.page_floor, figures.count_floor
    slowest = max(range(len(SEARCHES)), key=lambda i: shown[i])
    table.add(
        "search: keystroke → first page, median",
        median(shown),
        median(f.wall for f in page_floor),
        "ms",
        "≤ 2× raw SQL median",
    )
    table.add(
        f"search: keystroke → first page, worst (“{SEARCHES[slowest]}”)",
        shown[slowest],
        page_floor[slowest].wall,
        "ms",
        "≤ 50 ms",
    )
    worst_work = max(range(len(SEARCHES)), key=lambda i: shown_work[i])
    table.add(
        "search: first page, GUI-thread CPU, median",
        median(shown_work),
        median(f.work for f in page_floor),
        "ms",
        "—",
    )
    table.add(
        f"search: first page, GUI-thread CPU, worst (“{SEARCHES[worst_work]}”)",
        shown_work[worst_work],
        page_floor[worst_work].work,
        "ms",
        "—",
    )
    # For reference: the same statements warm (compiled, their pages cached), which no
    # keystroke of Kontor's is.
    table.add(
        "search: first page vs. warm replays, median",
        median(shown),
        median(f.warm_wall for f in page_floor),
        "ms",
        "—",
    )
    table.add(
        "search: first page CPU vs. warm replays, median",
        median(shown_work),
        median(f.warm_work for f in page_floor),
        "ms",
        "—",
    )
    table.add(
        "search: keystroke → exact count, median",
        median(counted),
        median(f.wall for f in count_floor),
        "ms",
        "—",
    )
    table.add(
        "search: keystroke → exact count, worst",
        max(counted),
        max(f.wall for f in count_floor),
        "ms",
        "—",
    )


def run(path: Path, args: argparse.Namespace, table: Table) -> None:
    from PySide6.QtCore import QEvent, QObject

    class PaintCount(QObject):
        count = 0

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    everything = args.only is None
    if everything:
        # Start-up first, while nothing else runs; the file is warm in the OS cache after one
        # start.
        bytecode = path.parent / "bytecode"
        time_start(KONTOR_WINDOW, str(path), bytecode=bytecode)
        time_start(BARE_WINDOW, bytecode=bytecode)
        bare = statistics.median(
            time_start(BARE_WINDOW, bytecode=bytecode) for _ in range(args.starts)
        )
        kontor = statistics.median(
            time_start(KONTOR_WINDOW, str(path), bytecode=bytecode) for _ in range(args.starts)
        )
        table.add("start to populated window", kontor, bare, "ms", "≤ 3× bare Qt, ≤ 900 ms")

    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from app.bootstrap import build_services
    from app.services.directory import ContactQuery
    from app.ui.app import build_main_window

    # The process that replays the floors, started and ready before anything is timed.
    plain = Floors(path)
    plain.replay([], 1)
    app = QApplication(sys.argv[:1])
    services = build_services(path)
    statements = Statements(services.db.engine)
    window = build_main_window(services, path.name)
    window.resize(1200, 800)
    window.show()
    model = window.table.model()
    while model.rowCount() == 0 or model.index(0, 0).data() is None:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    app.processEvents()
    list_view = window.people.list_view
    while list_view.total is None or list_view.count_pending:  # the count follows the rows
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    print(f"people: {list_view.total:,}", flush=True)

    def wait_for(done: Callable[[], bool], timeout_s: float = 60.0) -> None:
        # Wait in Qt's event loop, which sleeps (and lets the worker threads run) until the
        # result arrives; a Python busy-wait would starve them of the interpreter.
        loop = QEventLoop()
        timer = QTimer()
        timer.setInterval(1)
        timer.timeout.connect(loop.quit)
        list_view.result_changed.connect(loop.quit)
        deadline = time.perf_counter() + timeout_s
        timer.start()
        try:
            while not done():
                if time.perf_counter() > deadline:
                    raise RuntimeError("no result")
                loop.exec()
        finally:
            timer.stop()
            list_view.result_changed.disconnect(loop.quit)

    # Each keystroke, then its floor at once (the load of the machine is the same for both):
    # the statements Kontor ran for that search, replayed on plain sqlite3.
    directory = services.directory
    size = model.page_size()
    shown: list[float] = []
    # The GUI thread's processor time over the same span: what the keystroke cost the window
    # itself, whatever else the machine was running meanwhile.
    shown_work: list[float] = []
    counted: list[float] = []
    page_floor: list[Replayed] = []
    count_floor: list[Replayed] = []
    for text in SEARCHES:
        app.processEvents()  # what the last keystroke changed is on screen: a person types on
        began = time.perf_counter()
        began_work = time.thread_time()
        list_view.search_edit.setText(text)  # what a keystroke does: the search starts here
        wanted = text.strip()
        wait_for(lambda w=wanted: model.search_text() == w)
        for row in range(min(model.rowCount(), 30)):  # what a screen shows
            model.index(row, 0).data()
        app.processEvents()
        shown.append((time.perf_counter() - began) * 1000)
        shown_work.append((time.thread_time() - began_work) * 1000)
        try:
            wait_for(lambda: not list_view.count_pending, timeout_s=10.0)
        except RuntimeError:
            print(f"the count of “{text}” never settled", flush=True)
        else:
            counted.append((time.perf_counter() - began) * 1000)
        query = ContactQuery(kind=list_view.query().kind, search=text)
        page_sql = statements.record(lambda q=query: directory.first_page(q, size))
        count_sql = statements.record(lambda q=query: directory.count(q))
        page_floor.append(plain.replay(page_sql, args.repeat))
        count_floor.append(plain.replay(page_sql + count_sql, args.repeat))
    plain.close()
    if not everything:
        window.close()
        services.close()
        add_search_rows(table, SearchFigures(shown, shown_work, counted, page_floor, count_floor))
        return
    list_view.search_edit.clear()
    wait_for(lambda: model.search_text() == "" and not list_view.count_pending)
    window.runner.wait()
    app.processEvents()

    bar = window.table.verticalScrollBar()
    paints = PaintCount()
    window.table.viewport().installEventFilter(paints)
    stalls = []
    stalls_work = []
    step = max(bar.pageStep(), 1) * 25
    value = bar.minimum()
    viewport = window.table.viewport()
    while value <= bar.maximum():
        began = time.perf_counter()
        began_work = time.thread_time()
        bar.setValue(value)
        first = window.table.rowAt(0)
        last = window.table.rowAt(viewport.height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        # Until every row on screen has its data (a page fetched on a worker counts too) …
        while any(model.index(r, 0).data() is None for r in range(first, last + 1)):
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        before = paints.count
        app.processEvents()  # … and is painted (once, as a person sees it).
        if paints.count == before:
            viewport.repaint()
        stalls.append((time.perf_counter() - began) * 1000)
        stalls_work.append((time.thread_time() - began_work) * 1000)
        value += step
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    # Saves: a phone number changed on people spread over the book, each as the Save button
    # runs it; the floor is the same writes on plain sqlite3, on a copy of the book as it was
    # before (so each replayed write changes what it changed in Kontor's).
    floor_path = path.with_name("floor.sqlite")
    copy_database(path, floor_path)
    floor = writing_connection(floor_path)
    people = list_view.query()
    spread = max(1, (list_view.total or 1) // max(args.saves, 1))
    ids = [directory.ids(people, n * spread, 1)[0] for n in range(args.saves)]
    saves: list[float] = []
    save_floor: list[float] = []
    for n, contact_id in enumerate(ids):
        draft = changed_phone(directory.get(contact_id), n)
        began = time.perf_counter()
        writes = statements.record_writes(lambda d=draft: services.history.save(d))
        saves.append((time.perf_counter() - began) * 1000)
        save_floor.append(replay_writes_ms(floor, writes))
    floor.close()
    window.close()
    services.close()

    add_search_rows(table, SearchFigures(shown, shown_work, counted, page_floor, count_floor))
    median = statistics.median
    table.add(f"scrolling: worst of {len(stalls)} jumps", max(stalls), FRAME_MS, "ms", "≤ 16 ms")
    table.add("scrolling: median jump", median(stalls), FRAME_MS, "ms", "—")
    table.add("scrolling: worst jump, GUI-thread CPU", max(stalls_work), FRAME_MS, "ms", "—")
    table.add("save of one contact, median", median(saves), median(save_floor), "ms", "≤ 15 ms")
    table.add("save of one contact, worst", max(saves), max(save_floor), "ms", "—")
    table.add("peak memory", peak, None, "MB", "≤ 200 MB (100k), ≤ 400 MB (1M)")


if __name__ == "__main__":
    sys.exit(main())
