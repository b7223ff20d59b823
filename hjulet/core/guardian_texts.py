"""The guardian's texts (adult wording), read from the one text source.

They live in the ``[guardian]`` (screens) and ``[guardian_paper]`` (the
guardian's own copy) sections of ``resources/child_texts/<lang>.toml``, the
files, fallback chain, organisation overrides and coverage check the child's
texts use (docs/LANGUAGES.md). They speak to an adult, never to the child; an
adult is addressed in the plural or polite form, so no form-of-address
variants are needed. The file's ``review`` status covers them.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from hjulet.core import languages
from hjulet.core.child_texts import TextBook, load_book
from hjulet.core.guardian import GuardianRole
from hjulet.core.wheel import ReviewStatus


@dataclass(frozen=True)
class GuardianTexts:
    """Every sentence of the guardian's screens besides the wheel's own texts."""

    language: str
    review: ReviewStatus
    rtl: bool
    title: str
    who_sees: str  # where it is kept; the child's answers are not shown here
    you_decide: str  # the guardian decides what of their words is shown
    role_guardian_1: str
    role_guardian_2: str
    role_other: str
    question: str  # how are things for the child in this area?
    words: str
    share_answer: str
    share_words: str
    important: str
    share_important: str
    area_count: str  # {n} {total}
    start: str
    next: str
    back: str
    read_aloud: str
    done: str
    thanks_title: str
    thanks_text: str
    cover_name: str  # read by a screen reader only
    # what a read-aloud button says of itself (tooltip, screen-reader description):
    # while it reads, with no voice or clip for the language, with the engine stopped
    read_aloud_playing: str
    read_aloud_none: str
    read_aloud_off: str
    # a typing box's menu (right click, long press, the Menu key): its name for a screen
    # reader and its actions
    edit_menu: str
    edit_undo: str
    edit_cut: str
    edit_copy: str
    edit_paste: str
    edit_select_all: str

    def role(self, role: GuardianRole) -> str:
        return {
            GuardianRole.GUARDIAN_1: self.role_guardian_1,
            GuardianRole.GUARDIAN_2: self.role_guardian_2,
            GuardianRole.OTHER: self.role_other,
        }[role]


@dataclass(frozen=True)
class GuardianPaperTexts:
    """The guardian's own copy."""

    language: str
    review: ReviewStatus
    rtl: bool
    title: str
    yours: str
    talked_on: str  # {date}
    given_by: str  # {role}
    answers: str
    words: str
    shared: str  # an item that may be shown at the meeting
    not_shared: str  # an item the guardian chose not to share
    only_answer: str  # of answer and words, only the answer may be shown
    only_words: str  # of answer and words, only the words may be shown
    no_consent: str  # an item the guardian allowed, not shown without a valid consent
    consent_missing: str  # the copy's note when no consent was given
    consent_withdrawn: str  # {date}: the day it was withdrawn
    consent_expired: str  # {date}: its last valid day
    not_answered: str
    meeting: str
    attendees: str
    actions: str
    by_date: str  # {date}
    follow_up: str  # {date}
    responsible: str  # {who}
    contact: str  # {who}
    nothing_next: str
    page: str  # {page} {pages}


_META = ("language", "review", "rtl")
SCREEN_KEYS = tuple(f.name for f in fields(GuardianTexts) if f.name not in _META)
PAPER_KEYS = tuple(f.name for f in fields(GuardianPaperTexts) if f.name not in _META)


def _rtl(book: TextBook, lang: str) -> bool:
    return book.rtl or languages.is_rtl(lang)


def guardian_texts(lang: str, extra_dirs: tuple[Path, ...] = ()) -> GuardianTexts:
    book = load_book(lang, extra_dirs)
    values = {k: book.get(f"guardian.{k}") for k in SCREEN_KEYS}
    return GuardianTexts(book.language, book.review, _rtl(book, lang), **values)


def guardian_paper_texts(lang: str, extra_dirs: tuple[Path, ...] = ()) -> GuardianPaperTexts:
    book = load_book(lang, extra_dirs)
    values = {k: book.get(f"guardian_paper.{k}") for k in PAPER_KEYS}
    return GuardianPaperTexts(book.language, book.review, _rtl(book, lang), **values)
