"""The sections of ``make bench``: each figure beside its anchor, measured in the same run.

Sections: start, vault, wheel, report, backup, growth. ``python -m benchmarks
--quick`` runs fewer rounds and leaves the 20,000-child points out of the growth
series; ``python -m benchmarks start wheel`` runs only those sections.
"""

from __future__ import annotations

import os
import re
import resource
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.figures import Figure, Goal, interleave, p95, print_figure, timed

ROOT = Path(__file__).resolve().parents[1]
PASS = "bench passphrase"


class Run:
    """Settings and shared material of one ``make bench`` run."""

    def __init__(self, tmp: Path, quick: bool, vaults: Path | None = None) -> None:
        self.tmp = tmp
        self.quick = quick
        self.vaults = vaults  # keep built vaults here and reuse them (--vaults)
        self.figures: list[Figure] = []
        self.growth: list[str] = []
        self._vaults: dict[int, Path] = {}
        self.sizes: tuple[int, ...] = (200, 2000) if quick else (200, 2000, 20000)

    def rounds(self, full: int, quick: int) -> int:
        return quick if self.quick else full

    def add(self, figure: Figure) -> Figure:
        self.figures.append(figure)
        print_figure(figure)
        return figure

    def vault(self, children: int) -> Path:
        """A vault of ``children`` fictional children, 10 conversations and about 1.4
        consents each, product KDF."""
        from benchmarks.common import build_big_vault
        from hjulet.storage.keyslots import PRODUCT_KDF

        if children not in self._vaults:
            path = (self.vaults or self.tmp) / f"vault-{children}"
            if (path / "vault.db").exists():  # built by an earlier run (--vaults)
                self._vaults[children] = path
                return path
            secs = build_big_vault(path, PASS, children=children, kdf=PRODUCT_KDF)
            print(
                f"  (built a {children:,}-child vault, 10 conversations and 1.4 consents each, "
                f"in {secs:.1f} s)"
            )
            self._vaults[children] = path
        return self._vaults[children]


def _env() -> dict[str, str]:
    # the caller's PYTHONPATH first: ``PYTHONPATH=/old/checkout python -m benchmarks``
    # measures that checkout's hjulet with these benchmarks
    path = [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p] + [str(ROOT)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONSTARTUP", None)
    # Measure processes as a user runs them: an installed wheel and the frozen app run
    # compiled bytecode. A development shell may forbid writing it (PYTHONDONTWRITEBYTECODE
    # is set on the project's machines), which made every start compile Hjulet's source
    # (~50 ms) while the anchor's libraries came compiled. The bytecode goes to a folder
    # of its own, so nothing is written into the checkout; the warm-up round fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "hjulet-bench-pycache")
    return env


_cpu_seconds: list[float] = []  # CPU time (user + system) of each _process, in order


def _cpu_ratio(
    cpu: dict[str, list[float]], rounds: int, scale: float = 1000, unit: str = "ms"
) -> str:
    """The CPU-time line of a figure: medians of the recorded rounds (the warm-up
    left out) and their ratio."""
    s = statistics.median(cpu["subject"][-rounds:])
    a = statistics.median(cpu["anchor"][-rounds:])
    return f"{s * scale:.0f} {unit} vs {a * scale:.0f} {unit}, ratio {s / a:.2f}x"


def _process(args: list[str], input_text: str | None = None) -> tuple[float, str]:
    """Wall time of a fresh interpreter running ``args``, and its last stdout line.

    Its CPU time (user + system) goes to ``_cpu_seconds``: on a shared machine the
    wall times of both sides swing with the other users' load, CPU time much less."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, *args],
        input=input_text,
        capture_output=True,
        text=True,
        env=_env(),
        cwd=tempfile.gettempdir(),  # not ROOT: sys.path[0] would shadow PYTHONPATH
        check=False,
        timeout=300,  # a probe that never sees its first frame must not hang the run
    )
    took = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _cpu_seconds.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if out.returncode != 0:
        raise RuntimeError(f"{args[:3]} failed: {out.stderr[-2000:]}")
    return took, (out.stdout.strip().splitlines() or [""])[-1]


def _kdf_measure() -> Callable[[], float]:
    """Argon2id with the product parameters, alone (the anchor of everything that unlocks)."""
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    from hjulet.storage.keyslots import PRODUCT_KDF

    def measure() -> float:
        kdf = Argon2id(
            salt=secrets.token_bytes(16),
            length=32,
            iterations=PRODUCT_KDF.iterations,
            lanes=PRODUCT_KDF.lanes,
            memory_cost=PRODUCT_KDF.memory_kib,
        )
        t = time.perf_counter()
        kdf.derive(b"bench passphrase")
        return time.perf_counter() - t

    return measure


_qt_handler: list[Callable[..., None]] = []  # kept alive while installed


def _quiet_offscreen_notes() -> None:
    """The offscreen platform's notes on what it cannot do without a window manager
    ("This plugin does not support propagateSizeHints()") would land between the
    figures: drop those, the very list the tests allow (``qt_log_ignore`` in
    pyproject.toml). Every other Qt message still goes to standard error."""
    import tomllib

    from PySide6.QtCore import qInstallMessageHandler

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    ignore = [re.compile(p) for p in config["tool"]["pytest"]["ini_options"]["qt_log_ignore"]]

    def handler(_kind: object, _context: object, message: str) -> None:
        if not any(p.search(message) for p in ignore):
            sys.stderr.write(message + "\n")

    if not _qt_handler:
        _qt_handler.append(handler)
        qInstallMessageHandler(handler)


def _app() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    _quiet_offscreen_notes()

    try:  # as the app's start does (an older checkout measured with these benchmarks has none)
        from hjulet.app.feature_scan import skip_feature_scan
    except ImportError:
        pass
    else:
        skip_feature_scan()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    from hjulet.gui.fonts import register_fonts

    register_fonts()
    return app


def _wait(app: Any, cond: Callable[[], bool], timeout: float = 300.0) -> None:
    """Run the event loop until ``cond()``, sleeping in between as the app would.

    Not a busy loop of processEvents: that would keep one of the two cores busy
    and slow down the key derivation running in the worker thread.
    """
    from PySide6.QtCore import QEventLoop, QTimer

    if cond():
        return
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    poll.timeout.connect(lambda: cond() and loop.quit())
    poll.start()
    QTimer.singleShot(int(timeout * 1000), loop.quit)
    loop.exec()
    poll.stop()
    if not cond():
        raise TimeoutError("the window did not get there in time")


# ------------------------------------------------------------------ start


def section_start(run: Run) -> None:
    print("Start", flush=True)
    from hjulet import services
    from hjulet.storage.keyslots import FAST_KDF

    vault = run.tmp / "start-vault"
    if not vault.exists():
        services.create_vault(vault, PASS, name="Start", kdf=FAST_KDF)[0].close()
    base = run.tmp / "start-base"
    rounds = run.rounds(7, 3)

    cpu: dict[str, list[float]] = {"subject": [], "anchor": []}

    def hjulet_start() -> float:
        took, line = _process(
            ["-m", "benchmarks.probe", "start", "--basedir", str(base), "--vault", str(vault)]
        )
        assert line == "frame", line
        cpu["subject"].append(_cpu_seconds[-1])
        return took

    def bare() -> float:
        took, line = _process(["-m", "benchmarks.probe", "bare-window"])
        assert line == "frame", line
        cpu["anchor"].append(_cpu_seconds[-1])
        return took

    s, a = interleave(hjulet_start, bare, rounds)
    run.add(
        Figure(
            "start -> first frame of the unlock screen", s, "bare PySide6 window", a,
            Goal.ratio(1.5),
            extra={"CPU time (user + system), medians": _cpu_ratio(cpu, rounds)},
        )
    )  # fmt: skip
    cpu = {"subject": [], "anchor": []}

    def help_() -> float:
        took = _process(["-m", "hjulet", "--help"])[0]
        cpu["subject"].append(_cpu_seconds[-1])
        return took

    def argparse_() -> float:
        took = _process(["-c", "import argparse"])[0]
        cpu["anchor"].append(_cpu_seconds[-1])
        return took

    s, a = interleave(help_, argparse_, rounds)
    _took, line = _process(["-m", "benchmarks.probe", "help-modules"])
    count, heavy = line.split()
    fig = Figure(
        "`hjulet --help`, whole process", s, '`python -c "import argparse"`', a, Goal.ratio(3.0),
        extra={
            "CPU time (user + system), medians": _cpu_ratio(cpu, rounds),
            "modules imported by --help": count,
            "heavy libraries imported": heavy,
        },
    )  # fmt: skip
    if heavy != "-":
        fig.goal = Goal(fig.goal.text + ", no heavy imports", lambda s, a: False)  # type: ignore[union-attr]
    run.add(fig)


# ------------------------------------------------------------------ vault and workspace


def _window(base: Path) -> Any:
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.workspace.main_window import MainWindow

    base.mkdir(parents=True, exist_ok=True)
    ctx = AppContext(
        basedir=base, settings=Settings(base), catalog=load_catalog(), no_err_windows=True
    )
    window = MainWindow(ctx)
    window.resize(1366, 768)
    window.show()
    return window


def _close_reminder(window: Any) -> None:
    dialog = getattr(window, "retention_dialog", None)
    if dialog is not None:
        dialog.done(0)


def unlock_caseload(
    run: Run, children: int, rounds: int
) -> tuple[list[float], list[float], list[float]]:
    """Seconds from "Unlock" to a painted caseload of every child; the KDF alone; and
    each measured unlock's time beyond its own key derivation.

    The last is timed inside the same unlock (around the key slots' unwrapping), so
    it does not swing with the load between two runs as the separate anchor does:
    on two cores shared with others one Argon2id took 0.4 to 1.2 s within minutes.
    """
    from hjulet.storage import keyslots

    app = _app()
    path = run.vault(children)
    window = _window(run.tmp / f"base-unlock-{children}")
    unwrapped: list[float] = []  # seconds of each unlock's key derivation (a worker thread)
    original = keyslots.unlock_with_passphrase

    def timed_unlock(*args: Any, **kwargs: Any) -> Any:
        t = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            unwrapped.append(time.perf_counter() - t)

    beyond: list[float] = []

    def subject() -> float:
        t = time.perf_counter()
        window.entry.open_with_passphrase(path, PASS)
        _wait(app, lambda: window.vault is not None and window.caseload.model.rowCount() > 0)
        window.caseload.table.viewport().repaint()
        took = time.perf_counter() - t
        assert window.caseload.model.rowCount() == children, window.caseload.model.rowCount()
        beyond.append(took - unwrapped[-1])
        _close_reminder(window)
        window.lock()
        app.processEvents()
        return took

    keyslots.unlock_with_passphrase = timed_unlock  # type: ignore[assignment]
    try:
        s, a = interleave(subject, _kdf_measure(), rounds)
    finally:
        keyslots.unlock_with_passphrase = original  # type: ignore[assignment]
        window.close()
    return s, a, beyond[-len(s) :]  # the warm-up left out


def _beyond(values: list[float]) -> str:
    ms = sorted(v * 1000 for v in values)
    return f"{statistics.median(ms):.0f} ms ({ms[0]:.0f}-{ms[-1]:.0f} ms)"


KEYSTROKES = ("b", "a", "r", "n", " ", "1", "2")  # "barn 12": narrows 2,000 rows to 11


def _typing_round(app: Any, edit: Any, view: Any) -> float:
    """Median seconds per keystroke: type KEYSTROKES, then Backspace them away."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    edit.clear()
    app.processEvents()
    out = []
    for key in KEYSTROKES:
        t = time.perf_counter()
        QTest.keyClicks(edit, key)
        view.viewport().repaint()
        out.append(time.perf_counter() - t)
    for _ in KEYSTROKES:
        t = time.perf_counter()
        QTest.keyClick(edit, Qt.Key.Key_Backspace)
        view.viewport().repaint()
        out.append(time.perf_counter() - t)
    return statistics.median(out)


def filter_figure(run: Run) -> Figure:
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    from hjulet import services

    app = _app()
    path = run.vault(2000)
    window = _window(run.tmp / "base-filter")
    window.entry.set_vault(services.open_vault(path, PASS), path)
    _close_reminder(window)
    model = window.caseload.model
    # the anchor: the same text in a bare proxy and table of the same size
    bare_model = QStandardItemModel(model.rowCount(), model.columnCount())
    for r in range(model.rowCount()):
        for c in range(model.columnCount()):
            bare_model.setItem(r, c, QStandardItem(str(model.index(r, c).data() or "")))
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(bare_model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    bare = QWidget()
    edit = QLineEdit(bare)
    view = QTableView(bare)
    view.setModel(proxy)
    box = QVBoxLayout(bare)
    box.addWidget(edit)
    box.addWidget(view)
    edit.textChanged.connect(proxy.setFilterFixedString)
    bare.resize(window.caseload.table.size().width(), window.caseload.table.size().height() + 40)
    bare.show()
    window.caseload.filter_edit.setFocus()
    app.processEvents()
    try:
        s, a = interleave(
            lambda: _typing_round(app, window.caseload.filter_edit, window.caseload.table),
            lambda: _typing_round(app, edit, view),
            run.rounds(10, 4),
        )
    finally:
        bare.close()
        vault = window.vault
        window.close()
        if vault is not None:
            vault.close()
    return run.add(
        Figure(
            "filter-as-you-type, 2,000 children (per keystroke, with repaint)", s,
            "bare QSortFilterProxyModel, same rows and view", a, Goal.ratio(1.5),
        )
    )  # fmt: skip


# the per-click writes with a figure of their own beside the answer's (benchmarks.writes)
WRITE_KINDS = (
    "words", "share flag", "important to me", "important, shared", "guardian answer",
    "guardian words", "guardian share flag", "guardian important", "mixed, child",
    "mixed, guardian", "sip plan",
)  # fmt: skip


def write_figures(run: Run) -> list[Figure]:
    """One answer, and each other kind of per-click write, beside one raw commit."""
    import sqlcipher3

    from benchmarks.writes import kinds
    from hjulet import services
    from hjulet.core.catalog import load_catalog
    from hjulet.storage.keyslots import FAST_KDF

    catalog = load_catalog()
    vault, _ = services.create_vault(run.tmp / "answers", PASS, kdf=FAST_KDF)
    # every kind has written each area once, on the one write connection, as in a
    # conversation: from here on each write changes an existing row
    writes = kinds(vault, catalog)
    areas = catalog.definition().area_ids

    def raw_db(name: str, pragmas: tuple[str, ...]) -> Any:
        db = sqlcipher3.connect(str(run.tmp / name), isolation_level=None)
        db.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
        for pragma in pragmas:
            db.execute(f"PRAGMA {pragma}")
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA synchronous=FULL")
        db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, area TEXT, answer TEXT, at TEXT)")
        for n, area in enumerate(areas):
            db.execute("INSERT INTO t VALUES (?, ?, ?, ?)", (n, area, "not_asked", ""))
        return db

    raw = raw_db("raw.db", ())
    # the second anchor: the same one-row commit with every pragma the vault sets
    # (secure_delete, cipher_memory_security, temp_store, foreign_keys)
    same = raw_db(
        "raw-vault-pragmas.db",
        ("cipher_memory_security = ON", "temp_store = MEMORY", "secure_delete = ON",
         "foreign_keys = ON"),
    )  # fmt: skip
    counter = iter(range(10**9))
    per_round = 50

    def subject(kind: str) -> Callable[[], None]:
        write = writes[kind]

        def one() -> None:
            write(next(counter))

        return one

    def commit_one(db: Any) -> Callable[[], None]:
        def one() -> None:
            n = next(counter)
            db.execute("BEGIN")
            db.execute(
                "UPDATE t SET answer = ?, at = ? WHERE id = ?",
                (f"level:{1 + n % 5}", time.strftime("%Y-%m-%d %H:%M:%S"), n % 8),
            )
            db.execute("COMMIT")

        return one

    one_raw, one_same = commit_one(raw), commit_one(same)
    _same_storage(vault, raw, same)
    raw_frames = _wal_frames(
        run.tmp / "raw.db", one_raw, lambda: raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    )
    rounds = run.rounds(20, 6)
    n = rounds * per_round

    # CPU time (user + system) per commit of each block: the disk's and the other
    # users' load swing the wall times, the CPU a commit needs much less
    cpu: dict[Any, list[float]] = {}

    def block(fn: Callable[[], None], sink: list[float]) -> Callable[[], float]:
        cpu.setdefault(fn, [])

        def measure() -> float:
            started = time.process_time()
            values = [timed(fn)() for _ in range(per_round)]
            cpu[fn].append((time.process_time() - started) / per_round)
            sink.extend(values)
            return p95(values)

        return measure

    all_same: list[float] = []
    same_p95: list[float] = []
    flip = iter(range(10**9))

    def measured(
        kind: str, second: bool = False
    ) -> tuple[list[float], list[float], dict[str, str]]:
        """One kind beside the raw anchor (and, if ``second``, the anchor with the vault's
        pragmas, in the same rounds): p95 per round, and the lines every figure has."""
        one = subject(kind)
        frames = _wal_frames(vault.path / "vault.db", one, vault.checkpoint)
        # Counting the frames emptied the vault's WAL, which then grows with each commit
        # (the file system allocates each new frame's blocks), while the anchors' WALs had
        # wrapped and were written over in place: empty theirs too, so that every figure
        # starts its rounds with both growing from the same empty WAL
        for db in (raw, same):
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        all_s: list[float] = []
        all_a: list[float] = []
        raw_block, same_block = block(one_raw, all_a), block(one_same, all_same)

        def anchors() -> float:  # both anchors in one round, in turns first
            if not second:
                return raw_block()
            if next(flip) % 2:
                same_p95.append(same_block())
                return raw_block()
            a = raw_block()
            same_p95.append(same_block())
            return a

        s, a = interleave(block(one, all_s), anchors, rounds)
        extra = {
            f"p95 of all {n}": f"{p95(all_s[-n:]) * 1000:.2f} ms vs "
            f"{p95(all_a[-n:]) * 1000:.2f} ms",
            "WAL frames (pages) written per commit": f"{frames:.2f} vs {raw_frames:.2f}",
            "CPU time per commit (user + system), median of the rounds": _cpu_ratio(
                {"subject": cpu[one][-rounds:], "anchor": cpu[one_raw][-rounds:]},
                rounds, scale=1e6, unit="µs",
            ),
        }  # fmt: skip
        return s, a, extra

    figures: list[Figure] = []
    with vault:
        s, a, extra = measured("answer", second=True)
        same_median = statistics.median(same_p95[-rounds:])
        extra["second anchor: the same commit with the vault's pragmas"] = (
            f"{same_median * 1000:.2f} ms (Hjulet / it: {statistics.median(s) / same_median:.2f}x; "
            f"p95 of all {n}: {p95(all_same[-n:]) * 1000:.2f} ms)"
        )
        figures.append(
            run.add(
                Figure(
                    f"one answer committed, p95 per {per_round} answers", s,
                    "raw sqlcipher3 one-row commit, WAL + FULL", a, Goal.ratio(1.5), extra=extra,
                )
            )
        )  # fmt: skip
        for kind in WRITE_KINDS:
            s, a, extra = measured(kind)
            figures.append(
                run.add(
                    Figure(
                        f"one write committed: {kind}, p95 per {per_round}", s,
                        "raw sqlcipher3 one-row commit, WAL + FULL", a, Goal.ratio(1.5),
                        extra=extra,
                    )
                )
            )  # fmt: skip
    raw.close()
    same.close()
    return figures


# what makes the anchor the same storage as the vault (cipher, page, journal)
_STORAGE_PRAGMAS = (
    "page_size", "cipher_page_size", "cipher", "cipher_use_hmac", "cipher_hmac_algorithm",
    "cipher_kdf_algorithm", "cipher_plaintext_header_size", "journal_mode", "synchronous",
    "secure_delete", "wal_autocheckpoint", "cache_size", "mmap_size", "locking_mode",
)  # fmt: skip


def _same_storage(vault: Any, *anchors: Any) -> None:
    """Refuse an anchor whose cipher, page or journal settings differ from the vault's."""
    with vault.write_cursor() as cur:
        ours = {name: cur.execute(f"PRAGMA {name}").fetchall() for name in _STORAGE_PRAGMAS}
    for db in anchors:
        theirs = {name: db.execute(f"PRAGMA {name}").fetchall() for name in _STORAGE_PRAGMAS}
        assert theirs == ours, (theirs, ours)


def _wal_frames(
    db: Path, commit: Callable[[], None], truncate: Callable[[], object], commits: int = 16
) -> float:
    """Frames appended to ``db``'s WAL per commit (each is one page and a 24-byte header).

    ``truncate`` empties the WAL first: after a checkpoint SQLite writes the WAL from
    its start again, so the file's growth counts frames only from an empty WAL."""
    wal = db.with_name(db.name + "-wal")
    truncate()
    before = wal.stat().st_size if wal.exists() else 0
    for _ in range(commits):
        commit()
    grown = wal.stat().st_size - before
    assert grown > 0, "the WAL restarted while frames were counted"
    return grown / (4096 + 24) / commits


def memory_figure(run: Run) -> Figure:
    path = run.vault(2000)
    peaks: list[float] = []

    def hjulet_mem() -> float:
        _t, line = _process(["-m", "benchmarks.probe", "memory", str(path), PASS])
        rss, peak, rows = line.split()
        assert int(rows) == 2000, line
        peaks.append(float(peak))
        return float(rss)

    def bare_mem() -> float:
        return float(_process(["-m", "benchmarks.probe", "bare-memory"])[1].split()[0])

    s, a = interleave(hjulet_mem, bare_mem, run.rounds(3, 2), warmup=1)
    return run.add(
        Figure(
            "steady memory after unlock, 2,000 children", s, "bare PySide6 window", a,
            Goal.below(120, "MiB"), unit="MiB",
            extra={"peak (during key derivation)": f"{statistics.median(peaks):.0f} MiB"},
        )
    )  # fmt: skip


def section_vault(run: Run) -> None:
    print("Vault and workspace", flush=True)
    s, a, beyond = unlock_caseload(run, 2000, run.rounds(5, 3))
    run.add(
        Figure(
            "unlock + caseload of 2,000 children", s, "Argon2id alone, same parameters", a,
            Goal.plus(0.150),
            extra={"(information) beyond its own key derivation, same unlock": _beyond(beyond)},
        )
    )  # fmt: skip
    write_figures(run)
    filter_figure(run)
    memory_figure(run)


# ------------------------------------------------------------------ wheel


def section_wheel(run: Run) -> None:
    print("Wheel", flush=True)
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QPainter, QPen
    from PySide6.QtWidgets import QWidget

    from hjulet.core.catalog import load_catalog
    from hjulet.core.model import DECLINED, DONT_KNOW, Answer
    from hjulet.gui.wheel.widget import WheelWidget

    app = _app()
    catalog = load_catalog()
    definition, scale = catalog.definition(), catalog.scale("steps4")
    wheel = WheelWidget(definition, scale, "sv")
    for i, area in enumerate(definition.areas):
        wheel.set_answer(area.id, Answer.at(1 + i % scale.size))
        wheel.set_answer(area.id, Answer.at(1 + (i + 1) % scale.size), "adult")
    wheel.set_answer(definition.areas[3].id, DECLINED)
    wheel.set_answer(definition.areas[5].id, DONT_KNOW)
    wheel.set_show_adult(True)
    wheel.setFixedSize(800, 800)
    wheel.show()

    class Pies(QWidget):
        def paintEvent(self, _event: object) -> None:
            p = QPainter(self)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(QColor("#333333"), 2))
            r = QRectF(self.rect()).adjusted(20, 20, -20, -20)
            for k in range(8):
                p.setBrush(QColor.fromHsv(k * 45, 120, 230))
                p.drawPie(r, k * 45 * 16, 45 * 16)
            p.end()

    pies = Pies()
    pies.setFixedSize(800, 800)
    pies.show()
    app.processEvents()
    ids = [a.id for a in definition.areas]
    step = iter(range(10**9))
    wheel.state.focus_visible = True  # as with keyboard focus (offscreen windows get none)
    wheel.state.hover = (2, 3)
    per_round = 20
    pie_anchor = "eight antialiased drawPie sectors, 800x800"
    goal = Goal.ratio(1.5, 0.004)

    def repaints(before: Callable[[int], None]) -> Callable[[], float]:
        """One round: ``per_round`` repaints, each after ``before(n)``; their median."""

        def measure() -> float:
            out = []
            for _ in range(per_round):
                before(next(step))
                t = time.perf_counter()
                wheel.repaint()
                out.append(time.perf_counter() - t)
            return statistics.median(out)

        return measure

    def repaint_pies() -> float:
        out = []
        for _ in range(per_round):
            t = time.perf_counter()
            pies.repaint()
            out.append(time.perf_counter() - t)
        return statistics.median(out)

    def nothing_cached(n: int) -> None:  # the paths, sprites and layers all dropped
        wheel._picture.invalidate()
        wheel._paths = None

    def hover_moves(n: int) -> None:
        wheel.state.hover = (n % len(ids), 1 + (n // len(ids)) % scale.size)

    def focus_moves(n: int) -> None:
        wheel.set_focus_area(ids[n % len(ids)])

    def one_new_answer(n: int) -> None:
        level = 1 + (n // len(ids) + n) % scale.size  # a new answer every time
        wheel.set_answer(ids[n % len(ids)], Answer.at(level))

    for name, before, rounds in (
        ("wheel repaint at 800x800 after the pointer moves", hover_moves, run.rounds(15, 5)),
        ("wheel repaint at 800x800 after the focus moves", focus_moves, run.rounds(15, 5)),
        ("wheel repaint at 800x800 after one new answer", one_new_answer, run.rounds(15, 5)),
    ):
        s, a = interleave(repaints(before), repaint_pies, rounds)
        run.add(Figure(name, s, pie_anchor, a, goal))
    # information: what a resize painted in the paint event before it was built in slices
    s, a = interleave(repaints(nothing_cached), repaint_pies, run.rounds(10, 3))
    run.add(
        Figure(
            "(information) wheel cold repaint at 800x800 in one pass, nothing cached "
            "(no resize paints this way now)", s, pie_anchor, a,
        )
    )  # fmt: skip
    # a resize of the wheel in a window that keeps its size (a window's own resize
    # reallocates its backing store, Qt's cost whatever it holds)
    host = QWidget()
    host.setFixedSize(1000, 1000)
    wheel.setParent(host)
    wheel.move(0, 0)
    host.show()
    wheel.show()
    app.processEvents()
    _wheel_resize(run, app, wheel, repaint_pies, pie_anchor, goal)
    host.close()
    _small_wheel_build(run, app, repaint_pies, pie_anchor, goal)
    pies.close()


def _small_wheel_build(
    run: Run, app: Any, repaint_pies: Callable[[], float], pie_anchor: str, goal: Goal
) -> None:
    """The conversation's wheel at 1366x768 and 150 % (about 508x245), the
    child's language beneath each name and every legend row: the longest turn
    of the GUI thread while its exact picture is built after a resize. Its
    layout looks for room for the labels and the legend (tens of layouts, once
    16-40 ms in one turn): a step of the build per answer measured."""
    from PySide6.QtWidgets import QWidget

    from hjulet.core.catalog import load_catalog
    from hjulet.core.model import Answer
    from hjulet.gui.wheel.state import GuardianMark
    from hjulet.gui.wheel.widget import WheelWidget

    catalog = load_catalog()
    definition = catalog.definition()
    ids = definition.area_ids
    host = QWidget()
    host.setFixedSize(600, 300)
    wheel = WheelWidget(definition, catalog.scale("steps5"), "sv", parent=host)
    wheel.state.min_label_px = 14
    wheel.set_second_language("ar")
    wheel.set_answers(
        child={area: Answer.at(1 + i % 5) for i, area in enumerate(ids)},
        adult={area: Answer.at(2) for area in ids},
        guardian={area: Answer.at(4) for area in ids},
        previous={area: Answer.at(3) for area in ids},
    )
    wheel.set_guardian_views([GuardianMark("G1", "Vårdnadshavare 1", {ids[2]: Answer.at(4)})])
    for show in (wheel.set_show_previous, wheel.set_show_adult, wheel.set_show_guardian,
                 wheel.set_show_guardian_views):  # fmt: skip
        show(True)
    host.show()
    wheel.setFixedSize(500, 250)
    app.processEvents()
    sizes = iter(range(10**9))

    def longest_turn() -> float:
        side = next(sizes) % 2  # two sizes in turn, so the layout is never at hand
        wheel.setFixedSize(500, 250 - side)
        wheel.settle()
        wheel.repaint()
        wheel.setFixedSize(508, 245 - side)
        wheel.repaint()  # a scaled frame
        turns, cpu = [], []

        def turn(step: Callable[[], object]) -> None:
            c, t = time.thread_time(), time.perf_counter()
            step()
            turns.append(time.perf_counter() - t)
            cpu.append(time.thread_time() - c)

        turn(wheel._start_build)
        while wheel._build is not None:
            turn(wheel._build_slice)
        turn(wheel.repaint)
        assert not wheel.building()
        longest_cpu.append(max(cpu))
        build_cpu.append(sum(cpu))
        build_turns.append(len(turns))
        return max(turns)

    longest_cpu: list[float] = []
    build_cpu: list[float] = []
    build_turns: list[int] = []
    s, a = interleave(longest_turn, repaint_pies, run.rounds(15, 5))
    rounds = len(s)
    run.add(
        Figure(
            "longest GUI-thread turn building a small wheel's exact picture (508x245, "
            "two languages, every legend row) after a resize", s, pie_anchor, a, goal,
            extra={
                "(information) the longest turn's CPU time (a busy machine's other "
                "processes take turns of their own: about 4 ms each)": (
                    f"{statistics.median(longest_cpu[-rounds:]) * 1000:.2f} ms (median)"
                ),
                "(information) the build's CPU, all turns": (
                    f"{statistics.median(build_cpu[-rounds:]) * 1000:.1f} ms (median) in "
                    f"{statistics.median(build_turns[-rounds:]):.0f} turns"
                ),
            },
        )
    )  # fmt: skip
    host.close()


def _wheel_resize(
    run: Run,
    app: Any,
    wheel: Any,
    repaint_pies: Callable[[], float],
    pie_anchor: str,
    goal: Goal,
) -> None:
    """A resize to 800x800: the frames while the size changes (the last picture,
    scaled), the longest turn of the GUI thread while the exact picture is built
    in slices after it, that build's CPU and the time until the exact picture."""
    per_round = 20
    other = 760  # the size of the last whole picture

    def settled_at(side: int) -> None:
        wheel.setFixedSize(side, side)
        wheel.settle()
        wheel.repaint()

    def scaled_frames() -> float:
        settled_at(other)
        out = []
        for _ in range(per_round):
            wheel.setFixedSize(798, 798)  # the size moves on (a drag: every frame)
            t = time.perf_counter()
            wheel.setFixedSize(800, 800)
            wheel.repaint()
            out.append(time.perf_counter() - t)
        assert wheel.building()  # they were scaled frames, the build still due
        return statistics.median(out)

    build_cpu: list[float] = []
    build_turns: list[int] = []

    def longest_turn() -> float:
        """Each turn of a whole build, as the event loop runs them (the first
        exact frame after it too); the longest."""
        settled_at(other)
        wheel.setFixedSize(800, 800)
        wheel.repaint()  # a scaled frame
        c, t = time.process_time(), time.perf_counter()
        wheel._start_build()  # the size held (the timer's slot): a turn too
        turns, cpu = [time.perf_counter() - t], time.process_time() - c
        done = False
        while not done:
            c, t = time.process_time(), time.perf_counter()
            done = wheel._build_slice()
            turns.append(time.perf_counter() - t)
            cpu += time.process_time() - c
        c, t = time.process_time(), time.perf_counter()
        wheel.repaint()  # the exact picture's first frame
        turns.append(time.perf_counter() - t)
        cpu += time.process_time() - c
        assert not wheel.building()  # the build was whole
        build_cpu.append(cpu)
        build_turns.append(len(turns))
        return max(turns)

    def resize_to_exact() -> float:
        """From the last resize to the exact picture painted, the event loop running
        (the size must hold for SETTLE_MS first)."""
        settled_at(other)
        t = time.perf_counter()
        wheel.setFixedSize(800, 800)
        _wait(app, lambda: not wheel.building())
        app.processEvents()  # its frame
        return time.perf_counter() - t

    s, a = interleave(scaled_frames, repaint_pies, run.rounds(15, 5))
    run.add(
        Figure("wheel frame at 800x800 while the size changes (last picture scaled)", s,
               pie_anchor, a, goal)
    )  # fmt: skip
    s, a = interleave(longest_turn, repaint_pies, run.rounds(15, 5))
    rounds = len(s)
    settle = [resize_to_exact() for _ in range(run.rounds(5, 3))]
    run.add(
        Figure(
            "longest GUI-thread turn building the exact 800x800 picture after a resize", s,
            pie_anchor, a, goal,
            extra={
                "(information) the build's CPU, all turns": (
                    f"{statistics.median(build_cpu[-rounds:]) * 1000:.1f} ms (median) in "
                    f"{statistics.median(build_turns[-rounds:]):.0f} turns"
                ),
                "(information) last resize to the exact picture on screen": (
                    f"{statistics.median(settle) * 1000:.0f} ms (median; the size must hold "
                    f"{_settle_ms()} ms first)"
                ),
            },
        )
    )  # fmt: skip


def _settle_ms() -> int:
    from hjulet.gui.wheel.widget import SETTLE_MS

    return SETTLE_MS


# ------------------------------------------------------------------ reports


def _minimal_reportlab() -> bytes:
    """A 2-page A4 with a vector wheel and a table: what any reportlab report costs."""
    import io

    from reportlab.graphics.shapes import Drawing, Wedge
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

    styles = getSampleStyleSheet()
    wheel = Drawing(300, 300)
    for k in range(8):
        for level in range(1, 5):
            wheel.add(
                Wedge(150, 150, 30 * level, k * 45, k * 45 + 45,
                      fillColor=colors.Color(0.2 + k * 0.1, 0.5, 0.7), strokeColor=colors.black)
            )  # fmt: skip
    rows = [["Area", "Answer", "Words", "Last time"]] + [
        [f"Area {k}", str(k % 5), "Det går bra i skolan men rasterna är svåra.", "3"]
        for k in range(20)
    ]
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4)
    doc.build([Paragraph("Summary", styles["Title"]), wheel, Table(rows), PageBreak(), Table(rows)])
    return buf.getvalue()


def _report_child(run: Run, conversations: int) -> tuple[Any, int]:
    from benchmarks.report_bench import build_child
    from hjulet import services
    from hjulet.storage.keyslots import FAST_KDF

    folder = Path(tempfile.mkdtemp(prefix=f"report-{conversations}-", dir=run.tmp))
    vault, _ = services.create_vault(folder / "vault", PASS, kdf=FAST_KDF)
    return vault, build_child(vault, conversations)


def summary_times(run: Run, conversations: int, rounds: int) -> tuple[list[float], list[float]]:
    from hjulet.services.summary import ReportRequest, render_report

    vault, child_id = _report_child(run, conversations)
    with vault:
        request = ReportRequest(child_id)
        return interleave(
            timed(lambda: render_report(vault, request)), timed(_minimal_reportlab), rounds
        )


def section_report(run: Run) -> None:
    print("Reports", flush=True)
    s, a = summary_times(run, 20, run.rounds(10, 4))
    run.add(
        Figure(
            "SIP summary PDF, 20 conversations", s,
            "minimal reportlab 2-page A4 with wheel and table", a, Goal.below(0.100),
        )
    )  # fmt: skip


# ------------------------------------------------------------------ backup


def backup_times(
    run: Run, children: int, rounds: int
) -> tuple[list[float], list[float], list[float], list[float], int]:
    from hjulet import services
    from hjulet.services.backup import backup_vault, restore_vault
    from hjulet.storage.keyslots import PRODUCT_KDF

    path = run.vault(children)
    out = run.tmp / f"backup-{children}.hbk"
    kdf = _kdf_measure()
    with services.open_vault(path, PASS) as vault:
        b, ba = interleave(
            timed(lambda: backup_vault(vault, out, passphrase=PASS, kdf=PRODUCT_KDF)),
            kdf, rounds, warmup=0,
        )  # fmt: skip
    target = run.tmp / f"restored-{children}"

    def restore() -> float:
        shutil.rmtree(target, ignore_errors=True)
        t = time.perf_counter()
        restore_vault(out, target, passphrase=PASS, kdf=PRODUCT_KDF)
        return time.perf_counter() - t

    r, ra = interleave(restore, kdf, rounds, warmup=0)
    size = out.stat().st_size
    shutil.rmtree(target, ignore_errors=True)
    return b, ba, r, ra, size


def section_backup(run: Run) -> None:
    print("Backup and restore", flush=True)
    b, ba, r, ra, size = backup_times(run, 2000, run.rounds(3, 2))
    run.add(
        Figure(
            "backup, 2,000 children", b, "one Argon2id, same parameters", ba, Goal.plus(0.5),
            extra={"backup file": f"{size / 1024 / 1024:.1f} MiB"},
        )
    )  # fmt: skip
    run.add(
        Figure("restore, 2,000 children", r, "one Argon2id, same parameters", ra, Goal.plus(1.0))
    )


# ------------------------------------------------------------------ growth


def _ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:.0f} ms"


def section_growth(run: Run) -> None:
    print("Growth", flush=True)
    sizes = run.sizes
    lines = ["| Series | Size | Hjulet, median | Anchor, median | Hjulet - anchor |",
             "|---|---|---|---|---|"]  # fmt: skip

    def add(series: str, size: str, s: list[float], a: list[float]) -> None:
        gap = (statistics.median(s) - statistics.median(a)) * 1000
        line = f"| {series} | {size} | {_ms(s)} | {_ms(a)} | {gap:.0f} ms |"
        print("  " + line, flush=True)
        lines.append(line)

    for n in sizes:
        s, a, beyond = unlock_caseload(run, n, 3 if n < 20000 else 2)
        add("unlock + caseload (anchor: Argon2id)", f"{n:,} children", s, a)
        print(f"    (information) beyond its own key derivation, same unlock: {_beyond(beyond)}")
    for n in (1, 20, 100):
        s, a = summary_times(run, n, run.rounds(5, 3))
        add("SIP summary PDF (anchor: minimal reportlab)", f"{n} conversations", s, a)
    for n in sizes:
        b, ba, r, ra, size = backup_times(run, n, 1)
        add("backup (anchor: Argon2id)", f"{n:,} children, {size / 2**20:.1f} MiB", b, ba)
        add("restore (anchor: Argon2id)", f"{n:,} children", r, ra)
    run.growth = lines


SECTIONS: dict[str, Callable[[Run], None]] = {
    "start": section_start,
    "vault": section_vault,
    "wheel": section_wheel,
    "report": section_report,
    "backup": section_backup,
    "growth": section_growth,
}


def main(argv: list[str]) -> int:
    import argparse

    p = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    p.add_argument("sections", nargs="*", choices=[*SECTIONS, []], metavar="SECTION",
                   help=f"any of {', '.join(SECTIONS)} (default: all)")  # fmt: skip
    p.add_argument("--quick", action="store_true", help="fewer rounds; growth without 20,000")
    p.add_argument("--sizes", help="growth series sizes, e.g. 200,2000 (default 200,2000,20000)")
    p.add_argument(
        "--vaults", type=Path, help="keep the built vaults in this folder and reuse them later"
    )
    args = p.parse_args(argv)
    chosen = args.sections or list(SECTIONS)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hjulet-bench-") as d:
        run = Run(Path(d), args.quick, args.vaults)
        if args.sizes:
            run.sizes = tuple(int(n) for n in args.sizes.split(","))
        for name in chosen:
            SECTIONS[name](run)
            print(flush=True)
    print("Every figure beside its anchor, measured in alternating rounds of this run")
    print(f"(median and min-max; {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}):\n")
    from benchmarks.figures import table

    print(table(run.figures))
    if run.growth:
        print("\nGrowth series\n")
        print("\n".join(run.growth))
    failed = [f.name for f in run.figures if f.verdict == "FAIL"]
    print(f"\n{len(run.figures) - len(failed)} of {len(run.figures)} figures pass their goals "
          f"({sum(1 for f in run.figures if f.goal)} have one); "
          f"make bench took {time.perf_counter() - started:.0f} s")  # fmt: skip
    return 0
