"""Use cases for consent records and SIP preparation.

Whether a consent counts on a day is decided in ``core.sharing`` only; this
module reads and writes the records and asks that rule.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from hjulet.core import sharing
from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.model import (
    MAX_SHORT,
    MAX_TEXT,
    AuditAction,
    Consent,
    SipAction,
    SipPlan,
)
from hjulet.core.problems import P
from hjulet.core.sharing import ConsentStatus as ConsentStatus
from hjulet.core.text import checked
from hjulet.storage import repository
from hjulet.storage.vault import Vault, actor_name


def add_consent(vault: Vault, consent: Consent) -> Consent:
    recipients = tuple(
        r for r in (checked(x, "recipients", MAX_SHORT) for x in consent.recipients) if r
    )
    if not recipients:
        raise InvalidInput(Problem("recipients", P.ONE_RECIPIENT))
    if consent.valid_until is not None and consent.valid_until < consent.given_on:
        raise InvalidInput(Problem("valid_until", P.BEFORE_CONSENT))
    if consent.sole_custody and not sharing.may_record_sole_custody(consent.given_by):
        raise InvalidInput(Problem("sole_custody", P.SOLE_CUSTODY_GUARDIAN))
    consent = replace(
        consent,
        recipients=recipients,
        giver_name=checked(consent.giver_name, "giver_name", MAX_SHORT),
        note=checked(consent.note, "note", 2000, multiline=True),
    )
    with vault.session() as s:
        added = repository.add_consent(s, consent)
        code = repository.get_child(s, consent.child_id).code
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CONSENT_RECORDED, code, added.given_by
        )
    return added


def withdraw_consent(vault: Vault, consent_id: int, on: date | None = None) -> Consent:
    with vault.session() as s:
        withdrawn = repository.withdraw_consent(s, consent_id, on or date.today())
        code = repository.get_child(s, withdrawn.child_id).code
        repository.add_audit(
            s,
            vault.audit_key,
            actor_name(),
            AuditAction.CONSENT_WITHDRAWN,
            code,
            withdrawn.given_by,
        )
    return withdrawn


def list_consents(vault: Vault, child_id: int) -> list[Consent]:
    with vault.session() as s:
        return repository.list_consents(s, child_id)


def valid_consents(vault: Vault, child_id: int, on: date | None = None) -> list[Consent]:
    """The child's consents that count today (or ``on``)."""
    return list(sharing.valid_consents(list_consents(vault, child_id), on or date.today()))


def may_share_child(vault: Vault, child_id: int, on: date | None = None) -> bool:
    """Whether the child's information may be shared today (or ``on``): the rule in core.

    The child's own consent, both guardians', or a sole-custody guardian's; one
    guardian's alone (joint custody) is not enough.
    """
    return sharing.may_share_child(list_consents(vault, child_id), on or date.today())


def consent_status(consents: Iterable[Consent], on: date | None = None) -> ConsentStatus:
    """Valid, ending soon or none today (or ``on``): the rule lives in core."""
    return sharing.consent_status(consents, on or date.today())


def consent_statuses(vault: Vault, on: date | None = None) -> dict[int, ConsentStatus]:
    """Every child's consent status (children without any consent are left out).

    A read of every consent, after which the database's cache of decrypted pages is
    dropped, as after :func:`~hjulet.services.children.list_children`."""
    with vault.session() as s:
        consents = repository.list_all_consents(s)
    vault.release_memory()
    by_child: dict[int, list[Consent]] = {}
    for c in consents:
        by_child.setdefault(c.child_id, []).append(c)
    day = on or date.today()  # once: the clock is not read per child
    return {child: sharing.consent_status(cs, day) for child, cs in by_child.items()}


def get_sip_plan(vault: Vault, child_id: int) -> SipPlan:
    with vault.session() as s:
        return repository.get_sip_plan(s, child_id)


def save_sip_plan(vault: Vault, plan: SipPlan) -> SipPlan:
    plan = replace(
        plan,
        question=checked(plan.question, "question", MAX_TEXT, multiline=True),
        participation=checked(plan.participation, "participation", MAX_TEXT, multiline=True),
        attendees=checked(plan.attendees, "attendees", 5000, multiline=True),
        overall_responsible=checked(plan.overall_responsible, "overall_responsible", MAX_SHORT),
        follow_up_by=checked(plan.follow_up_by, "follow_up_by", MAX_SHORT),
        actions=tuple(
            SipAction(
                checked(a.who, "actions.who", MAX_SHORT),
                checked(a.what, "actions.what", 5000, multiline=True),
                a.by_when,
            )
            for a in plan.actions
        ),
    )
    with vault.write_cursor() as cur:  # saved as the professional types: the write connection
        repository.write_sip_plan(cur, plan)
    return plan
