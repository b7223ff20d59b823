"""Consent status per child (valid / ending soon / none), from a real vault."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from hjulet import services
from hjulet.core.model import AgeTier, Consent, ConsentForm, ConsentGiver
from hjulet.core.sharing import ENDING_SOON_DAYS, ConsentStatus


def _consent(child_id: int, until: date | None, given: date) -> Consent:
    return Consent(
        None, child_id, ConsentGiver.GUARDIAN_1, ("Skolan",), ConsentForm.WRITTEN, given, until
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
