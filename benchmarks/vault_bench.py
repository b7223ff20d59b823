"""Vault figures: unlock, one committed answer, `hjulet list` on a big vault."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import build_big_vault, report, timings
from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import Answer
from hjulet.storage.keyslots import FAST_KDF, PRODUCT_KDF

ROOT = Path(__file__).resolve().parents[1]


def run(tmp: Path, big_vault: Path, big_pass: str) -> None:
    tmp.mkdir(parents=True, exist_ok=True)
    print("Vault")
    path = tmp / "unlock"
    vault, _ = services.create_vault(path, "bench passphrase", kdf=PRODUCT_KDF)
    vault.close()
    unlock = timings(lambda: services.open_vault(path, "bench passphrase").close(), 5)
    report("unlock (Argon2id 256 MiB, t=3, p=4)", unlock)

    catalog = load_catalog()
    fast = tmp / "answers"
    vault, _ = services.create_vault(fast, "bench passphrase", kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name="Bench")
        conv = services.start_conversation(
            vault, child.id or 0, definition=catalog.definition(), scale=catalog.scale("steps5")
        )
        areas = conv.definition.area_ids
        i = iter(range(10**9))

        def one() -> None:
            n = next(i)
            services.set_answer(vault, conv.id or 0, areas[n % 8], Answer.at(1 + n % 5))

        report("commit one answer (synchronous=FULL, WAL)", timings(one, 1000))

    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def listing() -> None:
        subprocess.run(
            [
                sys.executable,
                "-m",
                "hjulet",
                "--basedir",
                str(tmp / "base"),
                "list",
                str(big_vault),
                "--json",
                "--passphrase-file",
                "-",
            ],
            input=big_pass,
            capture_output=True,
            text=True,
            check=True,
            env=env,
        )

    report("`hjulet list --json`, 2,000 children x 10 conversations", timings(listing, 5))
    with services.open_vault(big_vault, big_pass) as v:
        report(
            "list_children() in process, same vault", timings(lambda: services.list_children(v), 10)
        )
    size = (big_vault / "vault.db").stat().st_size
    print(f"  {'big vault database size':<48} {size / 1e6:.1f} MB")


def main() -> None:
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        big = tmp / "big"
        secs = build_big_vault(big, "bench passphrase", kdf=PRODUCT_KDF)
        print(f"  built 2,000-child vault in {secs:.1f} s")
        run(tmp, big, "bench passphrase")


if __name__ == "__main__":
    main()
