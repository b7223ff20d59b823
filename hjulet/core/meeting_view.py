"""What the SIP meeting may see: the summary's content, already filtered.

These are the shapes the sharing rule (``hjulet.core.sharing.meeting_view``)
hands on. They hold only what may be shown, plus counts of what is withheld and
why; nothing withheld is in them, and nothing says which area an item was
withheld from: on the summary an area the child kept private must look like one
with nothing to show (not answered, or no valid consent). Renderers draw them
and decide nothing: the reports package may import this module but not the
rule itself (an import contract in pyproject.toml checks it).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from hjulet.core.guardian import GuardianRole
from hjulet.core.model import NOT_ASKED, Answer, Consent, ConsentGiver, EntryField


class WithheldBecause(StrEnum):
    """Why items are not shown."""

    NO_VALID_CONSENT = "no_valid_consent"  # nothing is shared without a valid consent
    NOT_MARKED = "not_marked"  # the item was not marked "may be shown at the meeting"


def withheld_because(withheld: int, has_consent: bool) -> WithheldBecause | None:
    """Why ``withheld`` items are not shown: one reason for all of them.

    Without a valid consent nothing is shown, marked or not; with one, only
    unmarked items are withheld. None when nothing is withheld.
    """
    if not withheld:
        return None
    return WithheldBecause.NOT_MARKED if has_consent else WithheldBecause.NO_VALID_CONSENT


class Basis(StrEnum):
    """What lets the child's information (and the professional's notes) through."""

    CHILD = "child"  # the child's own consent (a child mature enough to decide)
    BOTH_GUARDIANS = "both_guardians"  # joint custody: both guardians consented
    SOLE_GUARDIAN = "sole_guardian"  # the one guardian with sole custody consented


@dataclass(frozen=True)
class SharedArea:
    """One area as the summary may show it; hidden items are NOT_ASKED / empty."""

    area_id: str
    answer: Answer = NOT_ASKED
    texts: tuple[tuple[EntryField, str], ...] = ()  # child texts, in CHILD_TEXT_FIELDS order
    adult_answer: Answer = NOT_ASKED
    adult_note: str = ""
    # a guardian's answer as the professional noted it in the conversation: neither a
    # guardian's own view (SharedGuardianView) nor the child's answer
    noted_guardian_answer: Answer = NOT_ASKED


@dataclass(frozen=True)
class SharedView:
    """The child's items and the professional's items of one conversation, filtered."""

    consents: tuple[Consent, ...]  # the valid consents the sharing rests on
    areas: tuple[SharedArea, ...]  # every area of the definition, in its order
    important_to_me: str = ""
    change_note: str = ""
    # the child's items not shown: for checks only. The summary never prints it: a
    # count beside the neutral "not shown here" marks could point to the area the
    # child kept private
    withheld: int = 0
    adult_withheld: int = 0  # the professional's items not shown (notes of a guardian included)
    basis: tuple[Basis, ...] = ()  # what the sharing rests on; empty: nothing is shared
    # without a basis: the guardians whose consent is valid but not enough alone (joint
    # custody needs both), so the paper can say whose consent is missing
    partial: tuple[ConsentGiver, ...] = ()
    # notes of a guardian's answer the guardian agreed to, not shown because no
    # guardian's consent is valid (the child's consent alone does not cover a
    # guardian's words); counted apart from adult_withheld, whose reason is the adult's
    noted_without_guardian_consent: int = 0

    @property
    def has_consent(self) -> bool:
        return bool(self.consents)

    @property
    def withheld_because(self) -> WithheldBecause | None:
        """Why the child's withheld items are not shown."""
        return withheld_because(self.withheld, self.has_consent)

    @property
    def adult_withheld_because(self) -> WithheldBecause | None:
        """Why the professional's withheld items are not shown."""
        return withheld_because(self.adult_withheld, self.has_consent)

    def area(self, area_id: str) -> SharedArea:
        for a in self.areas:
            if a.area_id == area_id:
                return a
        return SharedArea(area_id)


@dataclass(frozen=True)
class SharedGuardianArea:
    area_id: str
    answer: Answer = NOT_ASKED
    words: str = ""


@dataclass(frozen=True)
class SharedGuardianView:
    """One guardian's own view as the summary may show it."""

    role: GuardianRole
    language: str
    areas: tuple[SharedGuardianArea, ...]  # only areas with something shown
    important: str = ""
    withheld: int = 0  # this guardian's items not shown
    # a valid consent that covers this guardian's own words on the day: that
    # guardian's own (an other caregiver's view: that caregiver's own)
    has_consent: bool = False

    @property
    def withheld_because(self) -> WithheldBecause | None:
        """Why this guardian's withheld items are not shown."""
        return withheld_because(self.withheld, self.has_consent)

    @property
    def is_empty(self) -> bool:
        return not self.areas and not self.important

    def area(self, area_id: str) -> SharedGuardianArea | None:
        """The area as shown, or None when nothing of it is."""
        return next((a for a in self.areas if a.area_id == area_id), None)


@dataclass(frozen=True)
class MeetingView:
    """Everything of one conversation that the SIP summary may show on ``on``."""

    on: date  # the date consent was checked on
    child: SharedView  # the child's items and the professional's
    previous: SharedView | None = None  # the conversation before, for "change since last time"
    guardians: tuple[SharedGuardianView, ...] = ()  # one per guardian who gave a view
    # the consent as the paper should speak of it (why nothing is shared, when nothing is)
    outlook: ConsentOutlook | None = None
    # every valid consent of the child's on the day (the child's, each guardian's)
    valid: tuple[Consent, ...] = ()
    # each guardian's own consent as the paper should speak of it, for every guardian
    # whether or not they gave a view (so saying "not shown" tells nothing about who
    # took part); the other caregiver's only once a consent of theirs was given
    guardian_outlooks: tuple[tuple[ConsentGiver, ConsentOutlook], ...] = ()

    @property
    def consents(self) -> tuple[Consent, ...]:
        return self.child.consents

    @property
    def has_consent(self) -> bool:
        return self.child.has_consent


# ---------------------------------------------------------------- what a copy says


class MeetingConsent(StrEnum):
    """Whether what may be shown at the meeting is shown, on one day, and if not why."""

    VALID = "valid"  # a consent that covers it is valid on the day
    MISSING = "missing"  # none was ever given (or only for a later day)
    # the child's information only: one guardian's consent is valid, but with joint
    # custody both guardians' (or the child's own) are needed
    ONE_GUARDIAN = "one_guardian"
    WITHDRAWN = "withdrawn"  # the latest one given was withdrawn
    EXPIRED = "expired"  # the latest one given has ended


@dataclass(frozen=True)
class ConsentOutlook:
    """The consent a paper speaks of: its state and, withdrawn or ended, since when."""

    state: MeetingConsent
    since: date | None = None  # the day it was withdrawn, or the last day it was valid


class CopyNote(StrEnum):
    """What a guardian's copy says beside one of their items about the meeting."""

    SHOWN = "shown"  # may be shown at the meeting (marked, and a consent is valid)
    NOT_MARKED = "not_marked"  # not shown: the guardian did not mark it
    ONLY_ANSWER = "only_answer"  # of answer and words, only the answer may be shown
    ONLY_WORDS = "only_words"  # of answer and words, only the words may be shown
    NO_CONSENT = "no_consent"  # marked, but not shown: no valid consent


@dataclass(frozen=True)
class GuardianCopySharing:
    """What one guardian's own copy says about the meeting, decided by the sharing rule."""

    consent: ConsentOutlook
    important: CopyNote | None = None  # None: they gave no "important for our child"
    areas: Mapping[str, CopyNote] = field(default_factory=dict)  # areas they said something in

    def area(self, area_id: str) -> CopyNote | None:
        return self.areas.get(area_id)
