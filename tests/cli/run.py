"""Run the command line for a test: in this process (fast), or as a real subprocess.

In-process is the default: ``hjulet.cli.main.main`` with the argv, standard input,
output and error of a real run, the exit code it returns, and its log file closed
afterwards. A subprocess adds a fresh interpreter (≈1.2 s of imports) and is kept for
what only a process can show: its environment (HOME, TMPDIR), the entry point
``python -m hjulet``, no controlling terminal, or a process that holds a lock.
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Run:
    """What a run of the command line left: like ``subprocess.CompletedProcess``."""

    returncode: int
    stdout: str
    stderr: str


def run_cli(*argv: str, stdin: str = "") -> Run:
    """``hjulet ARGV`` in this process; standard input is ``stdin``, never a terminal."""
    from hjulet.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        # argparse writes usage and --help to sys.stdout/sys.stderr itself
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(argv), out=out, err=err, stdin=io.StringIO(stdin))
    finally:
        for handler in root.handlers[:]:
            if handler not in handlers:  # the log file of this run's --basedir
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
    return Run(code, out.getvalue(), err.getvalue())


def run_process(
    *argv: str, stdin: str = "", env: dict[str, str] | None = None, timeout: float = 120
) -> Run:
    """``python -m hjulet ARGV`` as a real process, in its own session (no terminal).

    ``env`` is added to this process's environment (less Qt's variables).
    """
    full = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    full["PYTHONPATH"] = str(ROOT)
    full.update(env or {})
    done = subprocess.run(
        [sys.executable, "-m", "hjulet", *argv],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full,
        cwd=ROOT,
        start_new_session=True,
    )
    return Run(done.returncode, done.stdout, done.stderr)
