"""The domain model: children, conversations, answers, consent, SIP plans.

Plain dataclasses with no behaviour beyond validation and small queries.
Storage returns these; services take and return these; nothing here knows
about databases, Qt or PDFs.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from hjulet.core.constants import MAX_SHORT as MAX_SHORT
from hjulet.core.constants import MAX_TEXT as MAX_TEXT
from hjulet.core.languages import AddressForm
from hjulet.core.scales import Scale
from hjulet.core.wheel import WheelDefinition


class AgeTier(StrEnum):
    """Which kind of scale suits the child (docs/DESIGN.md: faces, words, words + numbers)."""

    YOUNG = "young"  # about 4-7: three faces
    MIDDLE = "middle"  # about 8-12: worded steps
    TEEN = "teen"  # about 13-18: words plus optional numbers

    @staticmethod
    def for_age(age: int) -> AgeTier:
        if age <= 7:
            return AgeTier.YOUNG
        if age <= 12:
            return AgeTier.MIDDLE
        return AgeTier.TEEN


class AnswerKind(StrEnum):
    NOT_ASKED = "not_asked"  # nothing yet: distinct from both refusals below
    LEVEL = "level"  # a step on the scale
    DECLINED = "declined"  # "Vill inte svara"
    DONT_KNOW = "dont_know"  # "Vet inte"


@dataclass(frozen=True)
class Answer:
    """One answer on a scale. ``level`` is 1..scale.size when kind is LEVEL."""

    kind: AnswerKind = AnswerKind.NOT_ASKED
    level: int | None = None

    def __post_init__(self) -> None:
        if (self.kind is AnswerKind.LEVEL) != (self.level is not None):
            raise ValueError("a level answer needs a level, other answers none")
        if self.level is not None and self.level < 1:
            raise ValueError("levels start at 1")

    @staticmethod
    def at(level: int) -> Answer:
        return Answer(AnswerKind.LEVEL, level)

    @property
    def is_given(self) -> bool:
        return self.kind is not AnswerKind.NOT_ASKED

    def to_text(self) -> str:
        """Compact stable encoding for storage: 'level:3', 'declined', ..."""
        return f"level:{self.level}" if self.kind is AnswerKind.LEVEL else self.kind.value

    @staticmethod
    def from_text(text: str) -> Answer:
        if text.startswith("level:"):
            return Answer.at(int(text[6:]))
        return Answer(AnswerKind(text))


NOT_ASKED = Answer()
DECLINED = Answer(AnswerKind.DECLINED)
DONT_KNOW = Answer(AnswerKind.DONT_KNOW)


class EntryField(StrEnum):
    """Items of an area entry; each can be marked shareable at the SIP meeting."""

    ANSWER = "answer"
    WORDS = "words"  # the child's own words
    GOOD = "good"  # what is good
    HARD = "hard"  # what is hard
    WISH = "wish"  # what the child wants to happen ("one step better")
    HELP_FROM = "help_from"  # who the child wants help from
    ADULT_NOTE = "adult_note"  # the professional's view, kept apart
    ADULT_ANSWER = "adult_answer"
    GUARDIAN_ANSWER = "guardian_answer"  # a guardian's answer as the professional noted it


CHILD_TEXT_FIELDS: tuple[EntryField, ...] = (
    EntryField.WORDS,
    EntryField.GOOD,
    EntryField.HARD,
    EntryField.WISH,
    EntryField.HELP_FROM,
)
TEXT_FIELDS: tuple[EntryField, ...] = (*CHILD_TEXT_FIELDS, EntryField.ADULT_NOTE)


class Viewpoint(StrEnum):
    """Whose answer about an area: the child's own, the professional's (adult) view,
    or the guardian's as the professional noted it. Kept apart, never averaged.

    A ``StrEnum``, so code that still passes the plain strings keeps working.
    """

    CHILD = "child"
    ADULT = "adult"
    GUARDIAN = "guardian"

    @property
    def answer_field(self) -> str:
        """The ``AreaEntry`` field (and the vault's column) holding this answer."""
        return ANSWER_FIELDS[self]


ANSWER_FIELDS: dict[Viewpoint, str] = {
    Viewpoint.CHILD: "answer",
    Viewpoint.ADULT: "adult_answer",
    Viewpoint.GUARDIAN: "guardian_answer",
}


@dataclass(frozen=True)
class AreaEntry:
    """What was said about one area in one conversation."""

    area_id: str
    answer: Answer = NOT_ASKED
    words: str = ""
    good: str = ""
    hard: str = ""
    wish: str = ""
    help_from: str = ""
    adult_note: str = ""
    adult_answer: Answer = NOT_ASKED
    guardian_answer: Answer = NOT_ASKED
    shared: frozenset[EntryField] = frozenset()  # default: nothing shared
    # items whose share choice the child made themselves (in child mode)
    child_decided: frozenset[EntryField] = frozenset()
    updated_at: datetime | None = None

    def text(self, item: EntryField) -> str:
        value = getattr(self, item.value)
        return value if isinstance(value, str) else ""

    def answer_of(self, viewpoint: Viewpoint | str) -> Answer:
        """The answer given from ``viewpoint`` (ValueError for an unknown one)."""
        value = getattr(self, Viewpoint(viewpoint).answer_field)
        assert isinstance(value, Answer)
        return value

    def with_answer(self, viewpoint: Viewpoint | str, answer: Answer) -> AreaEntry:
        """A copy with the answer from ``viewpoint`` replaced."""
        changes: dict[str, Any] = {Viewpoint(viewpoint).answer_field: answer}
        return replace(self, **changes)

    def is_empty(self) -> bool:
        return (
            not self.answer.is_given
            and not self.adult_answer.is_given
            and not self.guardian_answer.is_given
            and not any(self.text(f) for f in TEXT_FIELDS)
        )


@dataclass(frozen=True)
class Child:
    id: int | None
    code: str  # pseudonymous code, generated by default
    name: str = ""  # first name or initials; never a personnummer
    birth_year: int | None = None
    languages: tuple[str, ...] = ("sv",)  # preferred child languages, first is default
    age_tier: AgeTier = AgeTier.MIDDLE
    address_form: AddressForm = AddressForm.UNSPECIFIED  # where a language has gender
    archived: bool = False
    retention_until: date | None = None
    created_at: datetime | None = None


@dataclass(frozen=True)
class ChildSummary:
    """A child row for lists: the child plus a few counts."""

    child: Child
    conversations: int
    last_conversation: date | None
    next_follow_up: date | None = None


@dataclass(frozen=True)
class Conversation:
    id: int | None
    child_id: int
    held_on: date
    definition: WheelDefinition  # a frozen copy of the definition used
    scale: Scale  # a frozen copy of the scale used
    language: str = "sv"  # language of the child texts
    place: str = ""
    present: str = ""  # who was present
    important_to_me: str = ""  # "what is important to me", in the child's words
    important_shared: bool = False
    change_note: str = ""  # the child's own explanation of changes since last time
    change_note_shared: bool = False
    created_at: datetime | None = None
    entries: dict[str, AreaEntry] = field(default_factory=dict)

    def entry(self, area_id: str) -> AreaEntry:
        return self.entries.get(area_id) or AreaEntry(area_id)


class ConsentGiver(StrEnum):
    """Whose consent it is. An other caregiver (not a guardian: a foster parent, a
    step-parent, a grandparent) consents only to their own view being shown."""

    CHILD = "child"
    GUARDIAN_1 = "guardian_1"
    GUARDIAN_2 = "guardian_2"
    OTHER_CAREGIVER = "other_caregiver"


class ConsentForm(StrEnum):
    ORAL = "oral"
    WRITTEN = "written"


@dataclass(frozen=True)
class Consent:
    """A recorded consent. Whether it counts on a day is ``core.sharing.consent_state``."""

    id: int | None
    child_id: int
    given_by: ConsentGiver
    recipients: tuple[str, ...]  # organisations / recipients the consent covers
    form: ConsentForm
    given_on: date
    valid_until: date | None = None
    withdrawn_on: date | None = None
    giver_name: str = ""
    note: str = ""
    # a guardian's consent only: the professional recorded that this guardian is the
    # child's only guardian with custody (ensam vårdnad), so their consent alone covers
    # the child's information; otherwise both guardians' consents are needed
    sole_custody: bool = False


@dataclass(frozen=True)
class SipAction:
    who: str
    what: str
    by_when: date | None = None


@dataclass(frozen=True)
class SipPlan:
    """Preparation for a SIP meeting; feeds the SIP summary."""

    child_id: int
    question: str = ""  # frågeställning
    participation: str = ""  # how the child wants to take part
    attendees: str = ""
    actions: tuple[SipAction, ...] = ()
    overall_responsible: str = ""
    follow_up_on: date | None = None
    follow_up_by: str = ""


class AuditAction(StrEnum):
    CREATED = "created"
    OPENED = "opened"
    CHANGED_PASSPHRASE = "changed_passphrase"
    RECOVERED = "recovered"
    CHILD_ADDED = "child_added"
    CHILD_CHANGED = "child_changed"
    CHILD_ARCHIVED = "child_archived"
    CHILD_DELETED = "child_deleted"
    CONVERSATION_STARTED = "conversation_started"
    CONVERSATION_DELETED = "conversation_deleted"
    SCALE_CHANGED = "scale_changed"  # detail: "<old scale id>><new scale id>"
    CONSENT_RECORDED = "consent_recorded"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    CONCERN_SHOWN = "concern_shown"
    PRINTED = "printed"
    EXPORTED = "exported"
    IMPORTED = "imported"
    BACKED_UP = "backed_up"
    RESTORED = "restored"


def scale_change_detail(old_scale_id: str, new_scale_id: str) -> str:
    """The audit detail of ``SCALE_CHANGED``: the two scale ids, nothing else."""
    return f"{old_scale_id}>{new_scale_id}"  # scale ids are [a-z0-9_-]: ">" is never in one


def scale_change_ids(detail: str) -> tuple[str, str] | None:
    """The (old, new) scale ids of a ``SCALE_CHANGED`` detail; None for any other text."""
    old, sep, new = detail.partition(">")
    return (old, new) if sep and old and new else None


@dataclass(frozen=True)
class AuditEvent:
    """Who did what, when, to which child code. Never content."""

    id: int
    at: datetime
    actor: str
    action: AuditAction
    child_code: str = ""
    detail: str = ""  # a non-personal detail, e.g. "pdf" or "json"


_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no look-alikes (I, L, O, 0, 1)


def generate_child_code(prefix: str = "B") -> str:
    """A pseudonymous code such as 'B-7KQ4-M2XD', easy to read aloud."""
    body = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(8))
    return f"{prefix}-{body[:4]}-{body[4:]}"
