"""`make bench`: every figure the issues ask for, measured on this machine.

One 2,000-child vault (10 conversations each, product key derivation) is built
once and shared by the sections that need it.
"""

from __future__ import annotations

import importlib
import tempfile
import time
from pathlib import Path

from benchmarks.common import build_big_vault
from hjulet.storage.keyslots import PRODUCT_KDF

PASS = "bench passphrase"


def main() -> None:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="hjulet-bench-") as d:
        tmp = Path(d)
        big = tmp / "big"
        secs = build_big_vault(big, PASS, kdf=PRODUCT_KDF)
        print(
            f"Built a 2,000-child vault (10 conversations each, 160,000 entries) in {secs:.1f} s\n"
        )
        for name in SECTIONS:
            module = importlib.import_module(f"benchmarks.{name}")
            module.run(tmp / name, big, PASS)
            print()
    print(f"make bench took {time.perf_counter() - started:.0f} s")


SECTIONS = ("vault_bench",)

if __name__ == "__main__":
    main()
