"""The family's own view: what a guardian says about the child's life.

A guardian view belongs to one conversation of the child but is kept apart
from the child's answers and words and from the professional's notes: each
guardian (named by role only, never by name) gives their own picture of each
area, their own words and "what is important for our child", in their own
language, and decides per item what may be shown at the meeting. Two
guardians' views are two views: never averaged, never merged.

Who may see what (pure rules, used by services, the guardian screens and paper):
the guardian screens show only the guardian's own view and the wheel's texts,
never the child's answers or words, nor the professional's notes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from hjulet.core.model import NOT_ASKED, Answer


class GuardianRole(StrEnum):
    """Who gives the view, by role only (no names are stored)."""

    GUARDIAN_1 = "guardian_1"
    GUARDIAN_2 = "guardian_2"
    OTHER = "other_caregiver"


GUARDIAN_ROLES: tuple[GuardianRole, ...] = tuple(GuardianRole)


class GuardianItem(StrEnum):
    """Items of a guardian's area entry that the guardian may mark shareable."""

    ANSWER = "answer"
    WORDS = "words"


@dataclass(frozen=True)
class GuardianEntry:
    """One guardian's picture of one area."""

    area_id: str
    answer: Answer = NOT_ASKED
    words: str = ""
    shared: frozenset[GuardianItem] = frozenset()  # set by the guardian; nothing by default
    updated_at: datetime | None = None

    def is_empty(self) -> bool:
        return not self.answer.is_given and not self.words.strip()


@dataclass(frozen=True)
class GuardianView:
    """One guardian's view in one conversation of the child."""

    id: int | None
    conversation_id: int
    role: GuardianRole
    language: str = "sv"  # the language the guardian's screens and copy use
    important: str = ""  # "what is important for our child", in the guardian's words
    important_shared: bool = False
    created_at: datetime | None = None
    entries: dict[str, GuardianEntry] = field(default_factory=dict)

    def entry(self, area_id: str) -> GuardianEntry:
        return self.entries.get(area_id) or GuardianEntry(area_id)

    def answers(self) -> dict[str, Answer]:
        return {a: e.answer for a, e in self.entries.items()}
