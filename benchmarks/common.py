"""Shared helpers for benchmarks: timing statistics and a big fictional vault."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import AgeTier, Answer, AreaEntry, Child, Conversation, EntryField
from hjulet.storage import repository
from hjulet.storage.keyslots import FAST_KDF, KdfParams


def timings(fn: Callable[[], object], repeat: int) -> list[float]:
    """Seconds per call."""
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, int(len(values) * 0.95) - 1)]


def ms(value: float) -> str:
    return f"{value * 1000:.2f} ms"


def report(name: str, values: list[float]) -> None:
    print(f"  {name:<48} median {ms(statistics.median(values)):>11}   p95 {ms(p95(values)):>11}   (n={len(values)})")


def build_big_vault(
    path: Path,
    passphrase: str = "bench passphrase",
    *,
    children: int = 2000,
    conversations: int = 10,
    kdf: KdfParams = FAST_KDF,
    seed: int = 7,
) -> float:
    """A vault of fictional children written in one transaction; returns seconds taken."""
    rng = random.Random(seed)
    catalog = load_catalog()
    definition = catalog.definition()
    t = time.perf_counter()
    vault, _ = services.create_vault(path, passphrase, name="Bench", kdf=kdf)
    with vault:
        with vault.session() as s:
            today = date.today()
            for n in range(children):
                tier = list(AgeTier)[n % 3]
                scale = catalog.scale_for(tier)
                child = repository.add_child(
                    s, Child(None, f"BENCH-{n:05d}", f"Barn {n}", 2010 + n % 12, ("sv",), tier)
                )
                assert child.id is not None
                for k in range(conversations):
                    entries = {
                        a.id: AreaEntry(
                            a.id,
                            answer=Answer.at(rng.randint(1, scale.size)),
                            words="Det går bra i skolan men rasterna är svåra." if rng.random() < 0.4 else "",
                            shared=frozenset({EntryField.ANSWER}),
                        )
                        for a in definition.areas
                    }
                    repository.add_conversation(
                        s,
                        Conversation(
                            None, child.id, today - timedelta(days=180 * (conversations - k)),
                            definition, scale, "sv", entries=entries,
                        ),
                    )
    return time.perf_counter() - t
