"""The proof under faults: SIGKILL a writer at random moments (fast version of `make stress`)."""

from __future__ import annotations

import os
import random
import sys

import pytest

from benchmarks.stress import OPS, run

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX"),
    pytest.mark.slow,  # hundreds of SIGKILLed writer processes
]


def test_kill_cycles_lose_nothing_and_corrupt_nothing(tmp_path):
    seed = int(os.environ.get("HJULET_STRESS_SEED", random.randrange(1 << 30)))
    counts = run(18, seed=seed, work=tmp_path)
    print(f"\ncrash harness (seed {seed}): {counts.line()}")
    assert counts.cycles == 18
    assert set(counts.by_op) == set(OPS)
    assert counts.confirmed > 0, "the worker never confirmed a write: the harness is not testing"
    assert counts.losses == 0, (seed, counts.notes)
    assert counts.corruptions == 0, (seed, counts.notes)
