"""Backup and restore of a 2,000-child vault: times, sizes and an exact round trip.

``run_backup_bench()`` is called from ``make bench`` (``python -m benchmarks``);
``python -m benchmarks.backup_bench`` runs it alone.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import Answer, AreaEntry
from hjulet.services.backup import backup_vault, restore_vault
from hjulet.services.exchange import build_export
from hjulet.storage.keyslots import FAST_KDF, PRODUCT_KDF, KdfParams

PASS = "bench passphrase"


def _services_rate(folder: Path, children: int = 20, conversations: int = 10) -> float:
    """Seconds per child written through the services, one commit per call (measured)."""
    catalog = load_catalog()
    vault, _ = services.create_vault(folder / "svc", PASS, kdf=FAST_KDF)
    t = time.perf_counter()
    with vault:
        for n in range(children):
            child = services.add_child(vault, name=f"Barn {n}", code=f"SVC-{n:04d}")
            for _ in range(conversations):
                conv = services.start_conversation(
                    vault, child.id or 0, definition=catalog.definition(),
                    scale=catalog.scale("steps4"),
                )  # fmt: skip
                for area in catalog.definition().area_ids:
                    services.save_entry(vault, conv.id or 0, AreaEntry(area, answer=Answer.at(2)))
    return (time.perf_counter() - t) / children


def _mib(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MiB"


def run_backup_bench(
    children: int = 2000, conversations: int = 10, *, kdf: KdfParams = PRODUCT_KDF
) -> dict[str, Any]:
    """Build, back up, restore, compare; prints and returns the figures."""
    from benchmarks.common import build_big_vault

    folder = Path(tempfile.mkdtemp(prefix="hjulet-backup-bench-"))
    try:
        per_child = _services_rate(folder)
        print(f"  services path: {per_child * 1000:.0f} ms per child with {conversations} "
              f"conversations (one commit per answer) -> {per_child * children:.0f} s for "
              f"{children} children")  # fmt: skip
        build = build_big_vault(
            folder / "big", PASS, children=children, conversations=conversations, kdf=kdf
        )
        print(f"  batched build through the repository (one session): {build:.1f} s")
        db_size = sum(p.stat().st_size for p in (folder / "big").iterdir() if p.is_file())
        with services.open_vault(folder / "big", PASS) as vault:
            t = time.perf_counter()
            info = backup_vault(vault, folder / "big.hbk", passphrase=PASS, kdf=kdf)
            backup_s = time.perf_counter() - t
            t = time.perf_counter()
            before = build_export(vault)
            export_s = time.perf_counter() - t
        t = time.perf_counter()
        restore_vault(folder / "big.hbk", folder / "restored", passphrase=PASS, kdf=kdf)
        restore_s = time.perf_counter() - t
        with services.open_vault(folder / "restored", PASS) as restored:
            after = build_export(restored)
        before.pop("exported_at")
        after.pop("exported_at")
        exact = before == after
        figures = {
            "children": children,
            "conversations": children * conversations,
            "vault_bytes": db_size,
            "backup_bytes": info.file_size,
            "backup_s": backup_s,
            "restore_s": restore_s,
            "export_s": export_s,
            "round_trip_exact": exact,
        }
        print(f"  vault folder {_mib(db_size)}; backup file {_mib(info.file_size)}")
        print(f"  backup {backup_s:.2f} s, restore (decrypt, new key slots, verify, swap) "
              f"{restore_s:.2f} s, KDF {kdf.memory_kib} KiB")  # fmt: skip
        print(f"  export of all children {export_s:.2f} s; round trip exact: {exact}")
        if not exact:
            raise SystemExit("backup round trip differs")
        return figures
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    print("Backup and restore of a 2,000-child vault")
    run_backup_bench()
