"""Who may see what: consent validity and the sharing rule, in one place.

Everything here is pure (no I/O, no clock: the caller passes the date). Services
apply it and hand the renderers what it returns; the renderers draw and never
decide (``hjulet.reports`` may not import this module: an import contract in
pyproject.toml checks it). The screens ask the same functions, so the screen and
the paper cannot disagree.

**Consent.** A consent counts on a day if it was given on or before that day, is
not withdrawn on or before it, and has not expired before it
(:func:`consent_state`). Only consents for the conversation's child count.

**Whose consent lets what through.** Consent is personal: each person's consent
covers what is theirs to decide, and nobody's covers someone else's words.

- The child's information (the child's items and the professional's, rules 1–3
  and 6) needs one of (:func:`child_consent`): the child's own consent (recorded
  as given by the child when the professional judged the child mature enough to
  decide), or both guardians' consents (joint custody: the guardians decide
  together), or the consent of a guardian recorded as the only guardian with
  custody (``Consent.sole_custody``). One guardian's consent alone is not enough
  unless that is recorded: nothing else in the vault says who has custody, so the
  safe reading is joint custody.
- A guardian's own view (rule 5) needs that guardian's own consent: guardian 1's
  view ``ConsentGiver.GUARDIAN_1``'s, guardian 2's ``GUARDIAN_2``'s. The other
  guardian's consent and the child's do not cover it.
- An other caregiver's own view (a foster parent, a step-parent, a grandparent:
  not a guardian; ``GuardianRole.OTHER``) needs that caregiver's own consent
  (``ConsentGiver.OTHER_CAREGIVER``), exactly as a guardian's view needs theirs;
  the child's and the guardians' consents do not cover it. A caregiver who is not
  a guardian has no say over the child's information, only over their own words:
  their consent never covers the child's items, a guardian's view or a noted
  guardian answer, and cannot record sole custody.
- A guardian's answer as the professional noted it (rule 6) is a guardian's words
  too: besides the child's information's consent it needs a valid consent from a
  guardian (the note does not say which guardian answered).

**The SIP summary** (:func:`meeting_view`) shows:

1. Nothing the child said, and nothing from the professional, unless a consent
   that covers the child's information counts on the meeting date (above).
2. With such a consent, a child's item only if it is marked shareable: the
   area's answer and each text (own words, good, hard, wish, help from) by
   ``AreaEntry.shared``; "what is important to me" by
   ``Conversation.important_shared``; the child's explanation of changes since
   last time by ``Conversation.change_note_shared``. Nothing is shared by default.
3. The professional's own items (answer and note per area) follow the same rule
   with their own flags, and are counted apart from the child's items.
4. Withheld items are never shown, and nothing tells which area they were
   withheld from: an area whose answer the child kept private is handed on
   exactly like an unanswered one (``NOT_ASKED``), so the summary cannot tell
   them apart. The child's items are counted (``SharedView.withheld``) for
   checks, never for print. Empty items (no answer, blank text) are not items.
5. A guardian's own view (``core.guardian``) needs that guardian's own valid
   consent (an other caregiver's view: that caregiver's own), and shows only
   what that guardian marked shareable (answer and words per area by
   ``GuardianEntry.shared``, "what is important for our child" by
   ``GuardianView.important_shared``). Each guardian is a view of their own,
   never merged with another's or the child's; withheld items are only counted.
   A guardian without a valid consent is not named in the family part at all
   (the paper does not tell that they took part); the summary's consent part says,
   for each guardian whether or not they gave a view, when their consent is not
   valid and so nothing they said is shown. It says it of the other caregiver
   only once a consent of theirs was recorded (withdrawn or ended since): naming
   a caregiver who never consented would tell the meeting that they took part.
6. A guardian's answer as the professional noted it in the conversation
   (``AreaEntry.guardian_answer``) is the professional's note of what a guardian
   said: it needs the child's information's consent, a guardian's valid consent,
   and its own flag (``EntryField.GUARDIAN_ANSWER``, ticked when the guardian
   agreed); it is counted with the professional's items (apart when only a
   guardian's consent is missing), and shown apart from both the child's answers
   and the guardians' own views.

The previous conversation (for "change since last time") passes the same rule on
the same date, so an earlier answer that may not be shown never shows through a
change.

**The other papers.** The child's own copy holds everything the child said and
nothing the adults noted (:func:`child_copy_content`); a guardian's own copy
holds only that guardian's view and the wheel's frame, never the child's items
(:func:`without_content`).

**What a guardian's copy says about the meeting** (:func:`guardian_copy_sharing`)
follows from what the summary shows of that guardian on the same day: "may be
shown at the meeting" only for what rule 5 lets through; an item the guardian
marked that the summary does not show is "not shown: no valid consent"; and
the copy says whether that guardian's own consent is valid, missing, withdrawn
(since when) or expired (since when), as :func:`meeting_consent` finds it (an
other caregiver's copy: that caregiver's own consent).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from hjulet.core.guardian import GUARDIAN_ROLES, GuardianItem, GuardianRole, GuardianView
from hjulet.core.meeting_view import (
    Basis,
    ConsentOutlook,
    CopyNote,
    GuardianCopySharing,
    MeetingConsent,
    MeetingView,
    SharedArea,
    SharedGuardianArea,
    SharedGuardianView,
    SharedView,
)
from hjulet.core.model import (
    CHILD_TEXT_FIELDS,
    NOT_ASKED,
    AreaEntry,
    Consent,
    ConsentGiver,
    Conversation,
    EntryField,
)
from hjulet.core.text import clean

# ---------------------------------------------------------------- consent


class ConsentState(StrEnum):
    """One consent on one day."""

    VALID = "valid"
    NOT_YET = "not_yet"  # given after that day
    EXPIRED = "expired"  # its end date is before that day
    WITHDRAWN = "withdrawn"  # withdrawn on or before that day


def consent_state(consent: Consent, on: date) -> ConsentState:
    """The one validity rule: withdrawn, not yet given, expired, or valid on ``on``."""
    if consent.withdrawn_on is not None and consent.withdrawn_on <= on:
        return ConsentState.WITHDRAWN
    if on < consent.given_on:
        return ConsentState.NOT_YET
    if consent.valid_until is not None and consent.valid_until < on:
        return ConsentState.EXPIRED
    return ConsentState.VALID


def is_valid(consent: Consent, on: date) -> bool:
    return consent_state(consent, on) is ConsentState.VALID


def valid_consents(
    consents: Iterable[Consent], on: date, child_id: int | None = None
) -> tuple[Consent, ...]:
    """The consents valid on ``on`` (only ``child_id``'s, when given), in their order."""
    return tuple(
        c for c in consents if (child_id is None or c.child_id == child_id) and is_valid(c, on)
    )


GUARDIAN_GIVERS: tuple[ConsentGiver, ...] = (ConsentGiver.GUARDIAN_1, ConsentGiver.GUARDIAN_2)
# whose consent can cover the child's information (an other caregiver's never does)
CHILD_INFO_GIVERS: tuple[ConsentGiver, ...] = (ConsentGiver.CHILD, *GUARDIAN_GIVERS)

# a guardian view's role -> the consent giver whose own consent covers that view
_ROLE_GIVER: dict[GuardianRole, ConsentGiver] = {
    GuardianRole.GUARDIAN_1: ConsentGiver.GUARDIAN_1,
    GuardianRole.GUARDIAN_2: ConsentGiver.GUARDIAN_2,
    GuardianRole.OTHER: ConsentGiver.OTHER_CAREGIVER,
}


def consent_giver(role: GuardianRole) -> ConsentGiver:
    """The giver whose own consent covers a family view of ``role`` (each role has one)."""
    return _ROLE_GIVER[role]


def given_by(
    consents: Iterable[Consent], on: date, giver: ConsentGiver, child_id: int | None = None
) -> tuple[Consent, ...]:
    """``giver``'s consents valid on ``on`` (only ``child_id``'s, when given)."""
    return tuple(c for c in valid_consents(consents, on, child_id) if c.given_by is giver)


@dataclass(frozen=True)
class ChildConsent:
    """Whether the child's information may be shared on a day, and on what it rests."""

    basis: tuple[Basis, ...]  # empty: it may not
    consents: tuple[Consent, ...]  # the valid consents the basis rests on, in their order
    # without a basis: the guardians whose consent is valid but not enough alone
    partial: tuple[ConsentGiver, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.basis)


def child_consent(
    consents: Iterable[Consent], on: date, child_id: int | None = None
) -> ChildConsent:
    """The consent the child's information needs on ``on`` (see the module's rule).

    The child's own; or both guardians'; or that of a guardian recorded as the
    only guardian with custody. One guardian's alone (joint custody) is not enough.
    """
    valid = valid_consents(consents, on, child_id)
    child = [c for c in valid if c.given_by is ConsentGiver.CHILD]
    guardians = {g: [c for c in valid if c.given_by is g] for g in GUARDIAN_GIVERS}
    basis: list[Basis] = []
    rests: list[Consent] = []
    if child:
        basis.append(Basis.CHILD)
        rests += child
    if all(guardians.values()):
        basis.append(Basis.BOTH_GUARDIANS)
        rests += [c for g in GUARDIAN_GIVERS for c in guardians[g]]
    else:
        sole = [c for g in GUARDIAN_GIVERS for c in guardians[g] if c.sole_custody]
        if sole:
            basis.append(Basis.SOLE_GUARDIAN)
            rests += sole
    partial = () if basis else tuple(g for g in GUARDIAN_GIVERS if guardians[g])
    return ChildConsent(
        tuple(basis), tuple(c for c in valid if any(c is r for r in rests)), partial
    )


def caregiver_consent(
    consents: Iterable[Consent], on: date, child_id: int | None = None
) -> ConsentOutlook:
    """The other caregiver's own consent on ``on`` (it covers only their own view)."""
    return meeting_consent(consents, on, child_id, givers=(ConsentGiver.OTHER_CAREGIVER,))


def guardians_without_consent(
    consents: Iterable[Consent], on: date, child_id: int | None = None
) -> tuple[ConsentGiver, ...]:
    """The guardians with no valid consent of their own on ``on`` (each guardian's
    own words need it; the screens say whose is missing)."""
    valid = valid_consents(consents, on, child_id)
    return tuple(g for g in GUARDIAN_GIVERS if not any(c.given_by is g for c in valid))


def may_record_sole_custody(given_by: ConsentGiver | str) -> bool:
    """Sole custody is a guardian's to record with their consent, never the child's
    nor an other caregiver's (they are not a guardian)."""
    return given_by in GUARDIAN_GIVERS


def may_share_child(consents: Iterable[Consent], on: date, child_id: int | None = None) -> bool:
    """Whether the child's information may be shared on ``on`` (the screens' question)."""
    return bool(child_consent(consents, on, child_id))


ENDING_SOON_DAYS = 30


class ConsentStatus(StrEnum):
    """A child's consent at a glance (for the caseload): the child's information's rule."""

    VALID = "valid"
    ENDING_SOON = "ending_soon"  # the child's information may be shared, but not 30 days on
    ONE_GUARDIAN = "one_guardian"  # one guardian's consent only: the other's is missing
    NONE = "none"  # no consent valid on the day


def _last_day(consents: Iterable[Consent]) -> date:
    """The last day any of ``consents`` is valid (date.max when one has no end)."""
    return max((c.valid_until or date.max for c in consents), default=date.min)


def basis_ends(consents: Iterable[Consent], on: date, child_id: int | None = None) -> date | None:
    """The last day (as planned on ``on``) the child's information may be shared; None: not now.

    Withdrawals cannot be foreseen; each way the basis can hold ends with its last
    consent, and both guardians' way with the first of the two to end.
    """
    valid = valid_consents(consents, on, child_id)
    return _basis_ends(child_consent(valid, on), valid)


def _basis_ends(found: ChildConsent, valid: tuple[Consent, ...]) -> date | None:
    """:func:`basis_ends` from ``found`` (``child_consent`` of ``valid``, the valid consents)."""
    if not found:
        return None
    mine = found.consents
    ends = []
    if Basis.CHILD in found.basis:
        ends.append(_last_day(c for c in mine if c.given_by is ConsentGiver.CHILD))
    if Basis.BOTH_GUARDIANS in found.basis:
        ends.append(min(_last_day(c for c in mine if c.given_by is g) for g in GUARDIAN_GIVERS))
    # a sole-custody guardian's consent holds alone, also beside the other's (where
    # the basis names both guardians): it may last longer than the two together
    sole = [c for c in valid if c.sole_custody and c.given_by in GUARDIAN_GIVERS]
    if sole:
        ends.append(_last_day(sole))
    return max(ends)


def consent_status(consents: Iterable[Consent], on: date) -> ConsentStatus:
    """Valid, ending soon, one guardian's only, or none on ``on``.

    The caseload asks this for every child: the validity rule runs once per
    consent, and the basis is found once (its end is read from it)."""
    valid = valid_consents(consents, on)
    found = child_consent(valid, on)
    if not found:
        return ConsentStatus.ONE_GUARDIAN if found.partial else ConsentStatus.NONE
    end = _basis_ends(found, valid)
    if end is not None and end <= on + timedelta(days=ENDING_SOON_DAYS):
        return ConsentStatus.ENDING_SOON
    return ConsentStatus.VALID


# ---------------------------------------------------------------- the summary


@dataclass
class _Tally:
    """Keeps an item only if consent allows it and it is marked; counts the rest."""

    allowed: bool
    withheld: int = 0

    def keep(self, marked: bool, present: bool) -> bool:
        if not present:
            return False
        if self.allowed and marked:
            return True
        self.withheld += 1
        return False


def _text(value: str) -> str:
    return clean(value, multiline=True)


def child_view(conversation: Conversation, consents: Iterable[Consent], on: date) -> SharedView:
    """The child's and the professional's items that the summary may show (rules 1–4, 6)."""
    consents = tuple(consents)
    found = child_consent(consents, on, conversation.child_id)
    child = _Tally(bool(found))
    adult = _Tally(bool(found))
    # a noted guardian answer is a guardian's words: a guardian's own consent too
    guardian_said = any(given_by(consents, on, g, conversation.child_id) for g in GUARDIAN_GIVERS)
    noted_held = 0

    important = _text(conversation.important_to_me)
    important = important if child.keep(conversation.important_shared, bool(important)) else ""
    change = _text(conversation.change_note)
    change = change if child.keep(conversation.change_note_shared, bool(change)) else ""

    areas: list[SharedArea] = []
    for area in conversation.definition.areas:
        entry = conversation.entry(area.id)

        def marked(item: EntryField, e: AreaEntry = entry) -> bool:
            return item in e.shared

        given = entry.answer.is_given
        answer = entry.answer if child.keep(marked(EntryField.ANSWER), given) else NOT_ASKED
        texts = tuple(
            (item, text)
            for item in CHILD_TEXT_FIELDS
            if child.keep(marked(item), bool(text := _text(entry.text(item))))
        )
        adult_answer = entry.adult_answer
        if not adult.keep(marked(EntryField.ADULT_ANSWER), adult_answer.is_given):
            adult_answer = NOT_ASKED
        adult_note = _text(entry.adult_note)
        if not adult.keep(marked(EntryField.ADULT_NOTE), bool(adult_note)):
            adult_note = ""
        noted = entry.guardian_answer
        if found and not guardian_said and noted.is_given:
            # the child's information may be shown, but no guardian consented
            if marked(EntryField.GUARDIAN_ANSWER):
                noted_held += 1
            else:
                adult.withheld += 1
            noted = NOT_ASKED
        elif not adult.keep(marked(EntryField.GUARDIAN_ANSWER), noted.is_given):
            noted = NOT_ASKED
        areas.append(
            SharedArea(
                area.id,
                answer,
                texts,
                adult_answer,
                adult_note,
                noted_guardian_answer=noted,
            )
        )
    return SharedView(
        found.consents,
        tuple(areas),
        important,
        change,
        child.withheld,
        adult.withheld,
        basis=found.basis,
        partial=found.partial,
        noted_without_guardian_consent=noted_held,
    )


def guardian_views_shared(
    conversation: Conversation,
    views: Iterable[GuardianView],
    consents: Iterable[Consent],
    on: date,
) -> tuple[SharedGuardianView, ...]:
    """Each guardian's own view as the summary may show it (rule 5), by role.

    Each under its own giver's consent: a guardian's, or the other caregiver's own.
    """
    consents = tuple(consents)
    out: list[SharedGuardianView] = []
    mine = [v for v in views if v.conversation_id == conversation.id]
    for view in sorted(mine, key=lambda v: GUARDIAN_ROLES.index(v.role)):
        allowed = _covers_view(view.role, consents, on, conversation.child_id)
        tally = _Tally(allowed)
        important = _text(view.important)
        important = important if tally.keep(view.important_shared, bool(important)) else ""
        areas: list[SharedGuardianArea] = []
        for area in conversation.definition.areas:
            entry = view.entry(area.id)
            shown = tally.keep(GuardianItem.ANSWER in entry.shared, entry.answer.is_given)
            answer = entry.answer if shown else NOT_ASKED
            words = _text(entry.words)
            words = words if tally.keep(GuardianItem.WORDS in entry.shared, bool(words)) else ""
            if answer.is_given or words:
                areas.append(SharedGuardianArea(area.id, answer, words))
        out.append(
            SharedGuardianView(
                view.role, view.language, tuple(areas), important, tally.withheld, allowed
            )
        )
    return tuple(out)


def _covers_view(
    role: GuardianRole, consents: tuple[Consent, ...], on: date, child_id: int
) -> bool:
    return bool(given_by(consents, on, consent_giver(role), child_id))


def meeting_view(
    conversation: Conversation,
    consents: Iterable[Consent],
    on: date,
    *,
    previous: Conversation | None = None,
    guardian_views: Iterable[GuardianView] = (),
) -> MeetingView:
    """Everything of ``conversation`` that the SIP summary may show on ``on``."""
    consents = tuple(consents)
    return MeetingView(
        on=on,
        child=child_view(conversation, consents, on),
        previous=child_view(previous, consents, on) if previous is not None else None,
        guardians=guardian_views_shared(conversation, guardian_views, consents, on),
        outlook=child_outlook(consents, on, conversation.child_id),
        valid=valid_consents(consents, on, conversation.child_id),
        guardian_outlooks=_outlooks(consents, on, conversation.child_id),
    )


def _outlooks(
    consents: tuple[Consent, ...], on: date, child_id: int
) -> tuple[tuple[ConsentGiver, ConsentOutlook], ...]:
    """Each guardian's own consent, whether or not they gave a view; the other
    caregiver's only once one of theirs was given (else it would tell the meeting
    that a caregiver took part)."""
    out = [(g, meeting_consent(consents, on, child_id, givers=(g,))) for g in GUARDIAN_GIVERS]
    caregiver = caregiver_consent(consents, on, child_id)
    if caregiver.state is not MeetingConsent.MISSING:
        out.append((ConsentGiver.OTHER_CAREGIVER, caregiver))
    return tuple(out)


def child_outlook(
    consents: Iterable[Consent], on: date, child_id: int | None = None
) -> ConsentOutlook:
    """The child's information's consent on ``on``, as the summary should speak of it.

    Valid when :func:`child_consent` finds a basis; one guardian's only when a
    guardian's consent is valid but not enough; otherwise as :func:`meeting_consent`
    finds the consents that could cover it (the child's and the guardians': missing,
    withdrawn since, expired since). An other caregiver's consent never counts here.
    """
    consents = tuple(consents)
    found = child_consent(consents, on, child_id)
    if found:
        return ConsentOutlook(MeetingConsent.VALID)
    if found.partial:
        return ConsentOutlook(MeetingConsent.ONE_GUARDIAN)
    return meeting_consent(consents, on, child_id, givers=CHILD_INFO_GIVERS)


def meeting_consent(
    consents: Iterable[Consent],
    on: date,
    child_id: int | None = None,
    givers: Iterable[ConsentGiver] | None = None,
) -> ConsentOutlook:
    """The consents of ``givers`` (default: anyone's) on ``on``, as a paper should speak of them.

    Valid when any of them counts on ``on``. Otherwise the consent that counted
    last says why: withdrawn (since the day it was withdrawn) or expired (since
    its last valid day); none given by then is missing. (The one given last need
    not be the one that counted last: an older consent withdrawn after a newer
    one expired ended later.) Whether the child's information may be shared is
    :func:`child_outlook`'s question, not this one's.
    """
    who = None if givers is None else frozenset(givers)
    mine = [
        c
        for c in consents
        if (child_id is None or c.child_id == child_id) and (who is None or c.given_by in who)
    ]
    if valid_consents(mine, on):
        return ConsentOutlook(MeetingConsent.VALID)
    given = [c for c in mine if consent_state(c, on) is not ConsentState.NOT_YET]
    if not given:
        return ConsentOutlook(MeetingConsent.MISSING)
    latest = max(given, key=lambda c: (_ended(c, on), c.given_on, c.id or 0))
    if consent_state(latest, on) is ConsentState.WITHDRAWN:
        return ConsentOutlook(MeetingConsent.WITHDRAWN, latest.withdrawn_on)
    return ConsentOutlook(MeetingConsent.EXPIRED, latest.valid_until)


def _ended(consent: Consent, on: date) -> date:
    """The first day a consent that no longer counts on ``on`` stopped counting."""
    ends = [consent.withdrawn_on] if consent.withdrawn_on is not None else []
    if consent.valid_until is not None and consent.valid_until < on:
        ends.append(consent.valid_until + timedelta(days=1))
    return min(ends, default=on)


def _copy_note(
    said: frozenset[GuardianItem], shown: frozenset[GuardianItem], marked: bool
) -> CopyNote:
    if shown == said:
        return CopyNote.SHOWN
    if shown:
        return CopyNote.ONLY_ANSWER if GuardianItem.ANSWER in shown else CopyNote.ONLY_WORDS
    return CopyNote.NO_CONSENT if marked else CopyNote.NOT_MARKED


def guardian_copy_sharing(
    conversation: Conversation, view: GuardianView, consents: Iterable[Consent], on: date
) -> GuardianCopySharing:
    """What ``view``'s guardian's own copy says about the meeting on ``on``.

    The consent it speaks of is that guardian's own (the one rule 5 needs). Each
    note follows from what the summary itself shows of that guardian (rule
    5, through :func:`guardian_views_shared`), so the copy and the summary cannot
    disagree: "may be shown" only for what the summary would show.
    """
    consents = tuple(consents)
    giver = consent_giver(view.role)  # that guardian's (or caregiver's) own consent
    outlook = meeting_consent(consents, on, conversation.child_id, givers=(giver,))
    shared = guardian_views_shared(conversation, [view], consents, on)
    summary = shared[0] if shared else None
    important = None
    if _text(view.important):
        important = _copy_note(
            frozenset({GuardianItem.WORDS}),
            frozenset({GuardianItem.WORDS}) if summary and summary.important else frozenset(),
            view.important_shared,
        )
    areas: dict[str, CopyNote] = {}
    for area in conversation.definition.areas:
        entry = view.entry(area.id)
        said = frozenset(
            item
            for item, present in (
                (GuardianItem.ANSWER, entry.answer.is_given),
                (GuardianItem.WORDS, bool(_text(entry.words))),
            )
            if present
        )
        if not said:
            continue
        on_summary = summary.area(area.id) if summary else None
        shown = frozenset(
            item
            for item, present in (
                (GuardianItem.ANSWER, bool(on_summary and on_summary.answer.is_given)),
                (GuardianItem.WORDS, bool(on_summary and on_summary.words)),
            )
            if present
        )
        areas[area.id] = _copy_note(said, shown, bool(said & entry.shared))
    return GuardianCopySharing(outlook, important, areas)


# ---------------------------------------------------------------- the other papers


def without_content(conversation: Conversation) -> Conversation:
    """The conversation's frame only (wheel, scale, date, language): no answers, no words.

    What a renderer gets beside an already-filtered view, so that it cannot show
    what the rule withheld.
    """
    return replace(
        conversation,
        place="",
        present="",
        important_to_me="",
        important_shared=False,
        change_note="",
        change_note_shared=False,
        entries={},
    )


def child_copy_content(conversation: Conversation) -> Conversation:
    """What the child's own copy may hold: all the child said, nothing the adults noted.

    The copy is the child's, so their share choices do not limit it.
    """
    entries = {
        area_id: replace(
            entry,
            adult_note="",
            adult_answer=NOT_ASKED,
            guardian_answer=NOT_ASKED,
            shared=frozenset(),
            child_decided=frozenset(),
        )
        for area_id, entry in conversation.entries.items()
    }
    return replace(conversation, place="", present="", entries=entries)
