"""`make bench`: every figure the issues ask for, measured on this machine.

One 2,000-child vault (10 conversations each, product key derivation) is built
once and shared by the sections that need it.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks import report_bench, vault_bench, wheel_bench, workspace_bench
from benchmarks.common import build_big_vault
from hjulet.storage.keyslots import PRODUCT_KDF

PASS = "bench passphrase"


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hjulet-bench-") as d:
        tmp = Path(d)
        big = tmp / "big"
        secs = build_big_vault(big, PASS, kdf=PRODUCT_KDF)
        print(f"Built a 2,000-child vault (10 conversations each, 160,000 entries): {secs:.1f} s\n")

        vault_bench.run(tmp / "vault", big, PASS)
        print()
        workspace_bench.run(tmp / "workspace", big, PASS)
        print()
        print("Wheel")
        for name, value in wheel_bench.run().items():
            print(f"  {name:<48} {value:8.2f}")
        print()
        report_bench.run(tmp)
        print()
        print("Backup and restore (2,000 children x 10 conversations)")
        from benchmarks.backup_bench import run_backup_bench

        run_backup_bench()
    print(f"\nmake bench took {time.perf_counter() - started:.0f} s")


if __name__ == "__main__":
    main()
