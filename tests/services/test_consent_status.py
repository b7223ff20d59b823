"""Consent status per child (valid / ending soon / one guardian only / none), from a real vault."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hjulet import services
from hjulet.core.model import AgeTier, Consent, ConsentForm, ConsentGiver
from hjulet.core.sharing import ENDING_SOON_DAYS, ConsentStatus


def _consent(
    child_id: int,
    until: date | None,
    given: date,
    giver: ConsentGiver = ConsentGiver.GUARDIAN_1,
    sole: bool = True,
) -> Consent:
    """Guardian 1's, with sole custody unless ``sole`` is False (then one of two)."""
    return Consent(
        None, child_id, giver, ("Skolan",), ConsentForm.WRITTEN, given, until, sole_custody=sole
    )


def test_consent_status_per_child(vault: Any) -> None:
    today = date(2026, 11, 30)
    ids = [
        services.add_child(vault, name=f"B{n}", birth_year=2015, age_tier=AgeTier.MIDDLE).id
        for n in range(4)
    ]
    assert all(i is not None for i in ids)
    a, b, c, d = (int(i or 0) for i in ids)
    services.add_consent(vault, _consent(a, None, today - timedelta(days=10)))
    services.add_consent(vault, _consent(b, today + timedelta(days=5), today - timedelta(days=9)))
    services.add_consent(vault, _consent(c, today - timedelta(days=1), today - timedelta(days=90)))
    statuses = services.consent_statuses(vault, today)
    assert statuses[a] is ConsentStatus.VALID
    assert statuses[b] is ConsentStatus.ENDING_SOON
    assert statuses[c] is ConsentStatus.NONE  # expired yesterday
    assert d not in statuses  # no consent at all: the caseload shows "none"
    # a second, open-ended consent means b is no longer "ending soon"
    services.add_consent(vault, _consent(b, None, today - timedelta(days=2)))
    assert services.consent_statuses(vault, today)[b] is ConsentStatus.VALID
    far = today + timedelta(days=ENDING_SOON_DAYS + 1)
    assert services.consent_status([_consent(a, far, today)], today) is ConsentStatus.VALID
    # joint custody: one guardian's consent is not enough, and the caseload says so
    services.add_consent(vault, _consent(d, None, today, sole=False))
    assert services.consent_statuses(vault, today)[d] is ConsentStatus.ONE_GUARDIAN
    services.add_consent(vault, _consent(d, None, today, ConsentGiver.GUARDIAN_2, sole=False))
    assert services.consent_statuses(vault, today)[d] is ConsentStatus.VALID
