"""Builders for report tests: real definitions and scales, data in memory."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Any

from hjulet.core.catalog import Catalog
from hjulet.core.model import (
    AreaEntry,
    Consent,
    ConsentForm,
    ConsentGiver,
    Conversation,
    EntryField,
    SipAction,
    SipPlan,
)

CHILD_ID = 7
ALL = frozenset(EntryField)
MEETING = date(2025, 3, 12)


def conversation(
    catalog: Catalog,
    entries: Mapping[str, AreaEntry] | None = None,
    *,
    scale: str = "steps4",
    held_on: date = date(2025, 3, 10),
    conv_id: int = 1,
    **kw: Any,
) -> Conversation:
    return Conversation(
        conv_id,
        CHILD_ID,
        held_on,
        catalog.definition(),
        catalog.scale(scale),
        entries=dict(entries or {}),
        **kw,
    )


def consent(
    *,
    given_on: date = date(2025, 2, 1),
    valid_until: date | None = date(2025, 12, 31),
    withdrawn_on: date | None = None,
    child_id: int = CHILD_ID,
    given_by: ConsentGiver = ConsentGiver.GUARDIAN_1,
    sole_custody: bool = True,
    consent_id: int = 1,
) -> Consent:
    """A consent; by default guardian 1's, recorded as the only guardian with custody.

    So by default it covers both the child's information and guardian 1's own
    words; pass ``sole_custody=False`` for one of two guardians with joint custody.
    """
    return Consent(
        consent_id,
        child_id,
        given_by,
        ("Skolan", "BUP Eskilstuna"),
        ConsentForm.WRITTEN,
        given_on,
        valid_until,
        withdrawn_on,
        sole_custody=sole_custody
        and given_by in (ConsentGiver.GUARDIAN_1, ConsentGiver.GUARDIAN_2),
    )


def sip_plan() -> SipPlan:
    return SipPlan(
        CHILD_ID,
        question="Hur kan skola och BUP ge stöd kring sömn?",
        participation="Vill vara med första halvtimmen.",
        actions=(SipAction("Skolan", "Rastvärd vid fotbollsplanen", date(2025, 4, 1)),),
        overall_responsible="Socialtjänsten",
        follow_up_on=date(2025, 6, 10),
        follow_up_by="Skolkurator",
    )


def pdftotext(path: Path, *args: str) -> str:
    exe = shutil.which("pdftotext")
    assert exe, "poppler-utils (pdftotext) is needed for the report tests"
    out = subprocess.run([exe, *args, str(path), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def page_pictures(path: Path, out_dir: Path, resolution: int = 40) -> list[bytes]:
    """Every page of a PDF drawn by poppler (pdftoppm), as PNG bytes, in page order."""
    exe = shutil.which("pdftoppm")
    assert exe, "poppler-utils (pdftoppm) is needed for the report tests"
    out_dir.mkdir(parents=True, exist_ok=True)
    prefix = out_dir / path.stem
    subprocess.run([exe, "-png", "-r", str(resolution), str(path), str(prefix)], check=True)
    return [p.read_bytes() for p in sorted(out_dir.glob(f"{path.stem}-*.png"))]
