"""Report figures: the SIP summary and the child's copy for a child with 20 conversations.

Everything goes through services on a real vault (FAST_KDF: unlocking is not what
is measured): reading the child, the 20 conversations, consents and SIP plan,
choosing the latest and the previous conversation, rendering the PDF to bytes.
Median of 10 after one warm-up run (fonts registered, imports done).

    python -m benchmarks.report_bench
"""

from __future__ import annotations

import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks.common import ms, report, timings
from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import (
    Answer,
    AreaEntry,
    Consent,
    ConsentForm,
    ConsentGiver,
    EntryField,
    SipAction,
    SipPlan,
)
from hjulet.services.summary import ReportRequest, build_summary_data, render_report
from hjulet.storage.keyslots import FAST_KDF
from hjulet.storage.vault import Vault

CONVERSATIONS = 20
REPEAT = 10
WORDS = (
    "Jag tycker om att rita och spela fotboll med mina kompisar på rasten, "
    "men ibland blir det bråk och då vill jag gå hem."
)


def build_child(vault: Vault, conversations: int = CONVERSATIONS) -> int:
    """One child with ``conversations`` filled-in conversations, consent and a SIP plan."""
    catalog = load_catalog()
    definition, scale = catalog.definition(), catalog.scale("steps5")
    child = services.add_child(vault, name="Bench", languages=("sv", "ar"))
    assert child.id is not None
    start = date.today() - timedelta(days=30 * conversations)
    for n in range(conversations):
        conv = services.start_conversation(
            vault, child.id, definition=definition, scale=scale,
            held_on=start + timedelta(days=30 * n),
        )  # fmt: skip
        assert conv.id is not None
        for i, area in enumerate(definition.area_ids):
            services.save_entry(
                vault, conv.id,
                AreaEntry(
                    area, Answer.at(1 + (n + i) % scale.size), words=WORDS, good=WORDS[:60],
                    hard=WORDS[40:], adult_note=WORDS[:80], adult_answer=Answer.at(3),
                    shared=frozenset(EntryField) if i % 3 else frozenset({EntryField.ANSWER}),
                ),
            )  # fmt: skip
        services.update_conversation(
            vault, conv.id, important_to_me=WORDS, important_shared=True,
            change_note=WORDS[:70], change_note_shared=True,
        )  # fmt: skip
    services.add_consent(vault, Consent(
        None, child.id, ConsentGiver.GUARDIAN_1, ("Skolan", "BUP", "Socialtjänsten"),
        ConsentForm.WRITTEN, start, None,
    ))  # fmt: skip
    services.save_sip_plan(vault, SipPlan(
        child.id, question=WORDS, participation=WORDS,
        actions=tuple(SipAction(f"Aktör {k}", WORDS, date.today()) for k in range(5)),
        overall_responsible="Socialtjänsten", follow_up_on=date.today(), follow_up_by="Kurator",
    ))  # fmt: skip
    return child.id


def run(tmp: Path | None = None, *_ignored: object) -> dict[str, float]:
    """Print and return the medians in seconds."""
    print(f"Reports (a child with {CONVERSATIONS} conversations, through services)")
    with tempfile.TemporaryDirectory(dir=tmp) as folder:
        vault, _ = services.create_vault(Path(folder) / "reports", "bench passphrase", kdf=FAST_KDF)
        with vault:
            t = time.perf_counter()
            child_id = build_child(vault)
            print(f"  {'(building the child through services)':<48} {ms(time.perf_counter() - t)}")
            summary = ReportRequest(child_id)
            copy = ReportRequest(child_id, kind="child-copy", lang="sv")
            copy_ar = ReportRequest(child_id, kind="child-copy", lang="ar")
            for request in (summary, copy, copy_ar):  # warm-up: imports, fonts, caches
                render_report(vault, request)
            results = {
                "data": timings(lambda: build_summary_data(vault, child_id), REPEAT),
                "summary": timings(lambda: render_report(vault, summary), REPEAT),
                "child_copy": timings(lambda: render_report(vault, copy), REPEAT),
                "child_copy_ar": timings(lambda: render_report(vault, copy_ar), REPEAT),
            }
    report("read the data (20 conversations, consents, SIP)", results["data"])
    report("SIP summary PDF (latest vs previous)", results["summary"])
    report("child's copy PDF (sv)", results["child_copy"])
    report("child's copy PDF (ar, shaped, right-to-left)", results["child_copy_ar"])
    return {name: statistics.median(values) for name, values in results.items()}


if __name__ == "__main__":
    run()
