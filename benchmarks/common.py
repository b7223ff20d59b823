"""Shared helpers for benchmarks: timing statistics and a big fictional vault."""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import AgeTier, Answer, EntryField
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
    median = ms(statistics.median(values))
    print(f"  {name:<48} median {median:>11}   p95 {ms(p95(values)):>11}   (n={len(values)})")


# whose consents each child has, in turn (1.4 a child on average)
CONSENT_MIX: tuple[tuple[str, ...], ...] = (
    ("guardian_1", "guardian_2"),
    ("guardian_1",),
    ("child",),
    (),
    ("guardian_1", "guardian_2", "child"),
)


def build_big_vault(
    path: Path,
    passphrase: str = "bench passphrase",
    *,
    children: int = 2000,
    conversations: int = 10,
    kdf: KdfParams = FAST_KDF,
    seed: int = 7,
) -> float:
    """A vault of fictional children bulk-written in one transaction; returns seconds.

    Each child has consent records as a caseload has them (none, one guardian's,
    both guardians', the child's own; some ended or ending soon, a few of one
    guardian with sole custody): the caseload's consent column reads them all.
    Rows go in through SQLAlchemy Core executemany (the repository's one-by-one
    path takes minutes for 160,000 entries); the result reads back through the
    normal services like any vault.
    """
    from sqlalchemy import insert

    from hjulet.storage.schema import ChildRow, ConsentRow, ConversationRow, EntryRow

    rng = random.Random(seed)
    catalog = load_catalog()
    definition = catalog.definition()
    t = time.perf_counter()
    vault, _ = services.create_vault(path, passphrase, name="Bench", kdf=kdf)
    now = datetime.now()
    today = date.today()
    with vault, vault.session() as s:
        digests = {}
        for tier in AgeTier:
            scale = catalog.scale_for(tier)
            digests[tier] = (
                repository._store_copy(s, "wheel", definition.to_dict()),
                repository._store_copy(s, "scale", scale.to_dict()),
                scale.size,
            )
        kids, convs, entries, consents = [], [], [], []
        conv_id = 0
        for n in range(children):
            tier = list(AgeTier)[n % 3]
            wheel_digest, scale_digest, size = digests[tier]
            kids.append(
                {
                    "id": n + 1,
                    "code": f"BENCH-{n:05d}",
                    "name": f"Barn {n}",
                    "birth_year": 2010 + n % 12,
                    "languages": "sv",
                    "age_tier": tier.value,
                    "archived": False,
                    "retention_until": today + timedelta(days=n % 700 - 200),
                    "created_at": now,
                }
            )
            for giver in CONSENT_MIX[n % len(CONSENT_MIX)]:
                given = today - timedelta(days=rng.randint(1, 400))
                ends = rng.choice([None, today + timedelta(days=rng.randint(-30, 365))])
                consents.append(
                    {
                        "child_id": n + 1,
                        "given_by": giver,
                        "giver_name": "",
                        "recipients": '["Skolan", "Elevhälsan"]',
                        "form": "written",
                        "given_on": given,
                        "valid_until": ends,
                        "withdrawn_on": None,
                        "note": "",
                        "sole_custody": giver == "guardian_1" and rng.random() < 0.1,
                    }
                )
            for k in range(conversations):
                conv_id += 1
                convs.append(
                    {
                        "id": conv_id,
                        "child_id": n + 1,
                        "held_on": today - timedelta(days=180 * (conversations - k) + n % 90),
                        "definition_digest": wheel_digest,
                        "scale_digest": scale_digest,
                        "language": "sv",
                        "place": "Skolan",
                        "present": "",
                        "important_to_me": "",
                        "important_shared": False,
                        "change_note": "",
                        "change_note_shared": False,
                        "created_at": now,
                    }
                )
                for area in definition.areas:
                    words = (
                        "Det går bra i skolan men rasterna är svåra." if rng.random() < 0.4 else ""
                    )
                    entries.append(
                        {
                            "conversation_id": conv_id,
                            "area_id": area.id,
                            "answer": Answer.at(rng.randint(1, size)).to_text(),
                            "words": words,
                            "good": "",
                            "hard": "",
                            "wish": "",
                            "help_from": "",
                            "adult_note": "",
                            "adult_answer": "not_asked",
                            "guardian_answer": "not_asked",
                            "shared": EntryField.ANSWER.value,
                            "updated_at": now,
                        }
                    )
        s.execute(insert(ChildRow), kids)
        s.execute(insert(ConversationRow), convs)
        s.execute(insert(EntryRow), entries)
        s.execute(insert(ConsentRow), consents)
    return time.perf_counter() - t
