"""Every kind of per-click write, as ``make bench`` times it and as strace counts it.

Each kind is one call the child's, the professional's or the guardian's window
makes on a click or after a pause in typing, committed before it returns.
``kinds(vault, catalog)`` gives them on a fresh conversation (with a guardian
view), each area already written once, so from then on every call changes one
existing row, as a conversation's later clicks do.

    python -m benchmarks.writes                 system calls per write of each kind
    python -m benchmarks.writes --kinds words   only these kinds

The system calls are counted with ``strace -f -c`` around two runs of the same
process, one with twice the writes of the other; the difference divided by the
extra writes is what one write costs (start-up, unlock and set-up cancel out).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

PASS = "bench passphrase"
SYSCALLS = ("fcntl", "pwrite64", "pread64", "fsync", "fdatasync", "mlock", "munlock")

Write = Callable[[int], None]  # the n-th write of its kind (n changes the value)


def kinds(vault: Any, catalog: Any, warm: Any = None) -> dict[str, Write]:
    """Every per-click write of a fresh conversation in ``vault``, by kind; each kind
    in ``warm`` (default: all) has written every area once."""
    from hjulet import services
    from hjulet.core.guardian import GuardianItem, GuardianRole
    from hjulet.core.model import Answer, EntryField, SipAction, SipPlan
    from hjulet.services import guardians

    child = services.add_child(vault, name="Bench")
    conv = services.start_conversation(
        vault, child.id or 0, definition=catalog.definition(), scale=catalog.scale("steps5")
    )
    cid = conv.id or 0
    areas = conv.definition.area_ids
    view = guardians.start_guardian_view(vault, cid, GuardianRole.GUARDIAN_1)
    vid = view.id or 0

    def words(n: int) -> str:
        return f"Det är bra i skolan, mest på rasterna ({n})."

    out: dict[str, Write] = {
        "answer": lambda n: services.set_answer(vault, cid, areas[n % 8], Answer.at(1 + n % 5)),
        "words": lambda n: services.set_text(vault, cid, areas[n % 8], EntryField.WORDS, words(n)),
        "share flag": lambda n: services.set_shared(
            vault, cid, areas[n % 8], EntryField.ANSWER, bool(n % 2), by_child=True
        ),
        "important to me": lambda n: services.update_conversation(
            vault, cid, important_to_me=words(n)
        ),
        "important, shared": lambda n: services.update_conversation(
            vault, cid, important_shared=bool(n % 2)
        ),
        "guardian answer": lambda n: guardians.set_guardian_answer(
            vault, vid, areas[n % 8], Answer.at(1 + n % 5)
        ),
        "guardian words": lambda n: guardians.set_guardian_words(
            vault, vid, areas[n % 8], words(n)
        ),
        "guardian share flag": lambda n: guardians.set_guardian_shared(
            vault, vid, areas[n % 8], GuardianItem.WORDS, bool(n % 2)
        ),
        "guardian important": lambda n: guardians.set_guardian_important(
            vault, vid, words(n), None
        ),
        "sip plan": lambda n: services.save_sip_plan(
            vault,
            SipPlan(child.id or 0, question=words(n), actions=(SipAction("Skolan", words(n)),)),
        ),
    }
    by_child = [out[name] for name in ("answer", "words", "share flag", "important to me")]
    out["mixed, child"] = lambda n: by_child[n % 4](n // 4)
    family = [out[name] for name in ("guardian answer", "guardian words", "guardian share flag")]
    out["mixed, guardian"] = lambda n: family[n % 3](n // 3)
    for name, write in out.items():  # each area's row exists: later writes change it
        if warm is None or name in warm:
            for n in range(8):
                write(n)
    return out


def _run(kind: str, writes: int, folder: Path, warm: Any = None) -> None:
    """The child process: set up, then ``writes`` writes of ``kind``; prints CPU per write."""
    from hjulet import services
    from hjulet.core.catalog import load_catalog
    from hjulet.storage.keyslots import FAST_KDF

    vault, _ = services.create_vault(folder / "vault", PASS, kdf=FAST_KDF)
    with vault:
        write = kinds(vault, load_catalog(), warm)[kind]
        started = time.process_time()
        for n in range(writes):
            write(n)
        cpu = time.process_time() - started
    print(f"{cpu / max(writes, 1) * 1e6:.0f}")


def _counts(kind: str, writes: int) -> tuple[dict[str, int], float]:
    with tempfile.TemporaryDirectory(prefix="hjulet-bench-writes-") as tmp:
        summary = Path(tmp) / "strace.txt"
        out = subprocess.run(
            ["strace", "-f", "-c", "-o", str(summary), "-e", "trace=" + ",".join(SYSCALLS),
             sys.executable, "-m", "benchmarks.writes", "--child", kind, str(writes), tmp],
            capture_output=True, text=True, check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        counts = {name: 0 for name in SYSCALLS}
        for line in summary.read_text().splitlines():
            fields = line.split()
            if len(fields) >= 5 and fields[-1] in counts and re.fullmatch(r"\d+", fields[3]):
                counts[fields[-1]] = int(fields[3])
    return counts, float(out.stdout.strip().splitlines()[-1])


def _cpu(kind: str, writes: int) -> float:
    """CPU µs per write of ``kind`` in a process of its own, no strace."""
    with tempfile.TemporaryDirectory(prefix="hjulet-bench-writes-") as tmp:
        out = subprocess.run(
            [sys.executable, "-m", "benchmarks.writes", "--child", kind, str(writes), tmp],
            capture_output=True, text=True, check=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
    return float(out.stdout.strip().splitlines()[-1])


def per_write(kind: str, writes: int = 200) -> tuple[dict[str, float], float]:
    """System calls per write of ``kind`` (by name), and CPU µs per write (no strace)."""
    small, _ = _counts(kind, writes)
    large, _ = _counts(kind, 2 * writes)
    return {name: (large[name] - small[name]) / writes for name in SYSCALLS}, _cpu(kind, writes)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.writes", description=__doc__)
    parser.add_argument("--kinds", nargs="*", help="only these kinds (default: all)")
    parser.add_argument("--writes", type=int, default=200)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        kind, writes, folder = args.child
        _run(kind, int(writes), Path(folder))
        return 0
    if shutil.which("strace") is None:
        print("strace is not installed (apt-get install strace)")
        return 1
    names = args.kinds or [
        "answer", "words", "share flag", "important to me", "important, shared",
        "guardian answer", "guardian words", "guardian share flag", "guardian important",
        "mixed, child", "mixed, guardian", "sip plan",
    ]  # fmt: skip
    print(f"{'kind':22} " + " ".join(f"{n:>9}" for n in SYSCALLS) + "  CPU/write")
    for kind in names:
        counts, cpu = per_write(kind, args.writes)
        cells = " ".join(f"{counts[n]:9.2f}" for n in SYSCALLS)
        print(f"{kind:22} {cells}  {cpu:.0f} µs", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
