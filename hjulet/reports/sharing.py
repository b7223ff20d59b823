"""What a SIP summary may show: the one place the sharing rule lives.

The rule (docs/DESIGN.md, "Consent and sharing"):

1. Sharing rests on consent. Only consents for this child that are valid on the
   meeting date count (given on or before it, not withdrawn on or before it, not
   expired before it: ``Consent.is_valid(on)``). **If there is no such consent,
   nothing the child said is shared** – no answer, no words.
2. With a valid consent, an item is shown only if the child marked it shareable:
   the area's answer and each text (own words, good, hard, wish, help from) by
   ``AreaEntry.shared``; "what is important to me" by
   ``Conversation.important_shared``. The child's explanation of changes
   (``change_note``) has no flag of its own in the model yet, so it is shared only
   if the conversation carries ``change_note_shared = True``; otherwise it is
   withheld. Nothing is shared by default.
3. The adult's view (adult answer, adult note) follows the same rule with its own
   flags, and is counted apart from the child's items.
4. Whatever is withheld is never shown. Withheld texts are only counted, and the
   count does not say which area they belong to. A withheld *answer* is marked
   "not shared" in its area's row (``SharedArea.answer_withheld``), so that a SIP
   chair never reads "the child chose not to share" as "the child did not
   answer"; the answer itself is not shown. Empty items (no answer, blank text)
   are not items.

5. A guardian's own view (``core.guardian``) follows the same rule: with a valid
   consent for the child, only what that guardian marked shareable is shown (the
   answer and the words per area by ``GuardianEntry.shared``, "what is important
   for our child" by ``GuardianView.important_shared``); without one, nothing.
   Each guardian is a view of their own, never merged with another's or the
   child's; withheld items are only counted.

Everything here is pure: no I/O, no clock; the caller passes the date.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from hjulet.core.guardian import GuardianItem, GuardianRole, GuardianView
from hjulet.core.model import (
    CHILD_TEXT_FIELDS,
    NOT_ASKED,
    Answer,
    Consent,
    Conversation,
    EntryField,
)
from hjulet.core.text import clean


@dataclass(frozen=True)
class SharedArea:
    """One area as the summary may show it; hidden items are NOT_ASKED / absent."""

    area_id: str
    answer: Answer = NOT_ASKED
    texts: tuple[tuple[EntryField, str], ...] = ()  # child texts, in CHILD_TEXT_FIELDS order
    adult_answer: Answer = NOT_ASKED
    adult_note: str = ""
    answer_withheld: bool = False  # an answer exists but may not be shown


@dataclass(frozen=True)
class SharedView:
    consents: tuple[Consent, ...]  # the valid consents the sharing rests on
    areas: tuple[SharedArea, ...]  # every area of the definition, in its order
    important_to_me: str = ""
    change_note: str = ""
    adult_withheld: int = 0  # adult items not shown

    @property
    def has_consent(self) -> bool:
        return bool(self.consents)

    def area(self, area_id: str) -> SharedArea:
        for a in self.areas:
            if a.area_id == area_id:
                return a
        return SharedArea(area_id)


def valid_consents(consents: Iterable[Consent], child_id: int, on: date) -> tuple[Consent, ...]:
    """Consents for ``child_id`` that are valid on ``on``."""
    return tuple(c for c in consents if c.child_id == child_id and c.is_valid(on))


def shareable_view(
    conversation: Conversation, consents: Iterable[Consent], on: date
) -> tuple[SharedView, int]:
    """The items the summary may show, and how many of the child's items are withheld.

    See the module docstring for the rule. Returns ``(view, withheld_count)``.
    """
    valid = valid_consents(consents, conversation.child_id, on)
    allowed = bool(valid)
    withheld = 0
    adult_withheld = 0

    def keep(flag: bool, present: bool) -> bool:
        nonlocal withheld
        if not present:
            return False
        if allowed and flag:
            return True
        withheld += 1
        return False

    important = clean(conversation.important_to_me, multiline=True)
    important = important if keep(conversation.important_shared, bool(important)) else ""
    change = clean(conversation.change_note, multiline=True)
    change_flag = bool(getattr(conversation, "change_note_shared", False))
    change = change if keep(change_flag, bool(change)) else ""

    areas: list[SharedArea] = []
    for area in conversation.definition.areas:
        entry = conversation.entry(area.id)
        answer = entry.answer
        given = answer.is_given
        answer = answer if keep(EntryField.ANSWER in entry.shared, given) else NOT_ASKED
        answer_withheld = given and not answer.is_given
        texts: list[tuple[EntryField, str]] = []
        for item in CHILD_TEXT_FIELDS:
            text = clean(entry.text(item), multiline=True)
            if keep(item in entry.shared, bool(text)):
                texts.append((item, text))
        adult_answer = entry.adult_answer
        if adult_answer.is_given and not (allowed and EntryField.ADULT_ANSWER in entry.shared):
            adult_answer = NOT_ASKED
            adult_withheld += 1
        adult_note = clean(entry.adult_note, multiline=True)
        if adult_note and not (allowed and EntryField.ADULT_NOTE in entry.shared):
            adult_note = ""
            adult_withheld += 1
        areas.append(
            SharedArea(area.id, answer, tuple(texts), adult_answer, adult_note, answer_withheld)
        )

    view = SharedView(valid, tuple(areas), important, change, adult_withheld)
    return view, withheld


@dataclass(frozen=True)
class SharedGuardianArea:
    area_id: str
    answer: Answer = NOT_ASKED
    words: str = ""


@dataclass(frozen=True)
class SharedGuardianView:
    """One guardian's view as the summary may show it."""

    role: GuardianRole
    language: str
    areas: tuple[SharedGuardianArea, ...]  # only areas with something shown
    important: str = ""
    withheld: int = 0  # this guardian's items not shown

    @property
    def is_empty(self) -> bool:
        return not self.areas and not self.important


def shareable_guardian_views(
    conversation: Conversation, views: Iterable[GuardianView], consents: Iterable[Consent], on: date
) -> tuple[SharedGuardianView, ...]:
    """Each guardian's shareable items under the same consent rule as the child's (rule 5)."""
    allowed = bool(valid_consents(consents, conversation.child_id, on))
    out: list[SharedGuardianView] = []
    for view in sorted(views, key=lambda v: list(GuardianRole).index(v.role)):
        if view.conversation_id != conversation.id:
            continue
        withheld = 0

        def keep(flag: bool, present: bool) -> bool:
            nonlocal withheld
            if not present:
                return False
            if allowed and flag:
                return True
            withheld += 1
            return False

        important = clean(view.important, multiline=True)
        important = important if keep(view.important_shared, bool(important)) else ""
        areas: list[SharedGuardianArea] = []
        for area in conversation.definition.areas:
            entry = view.entry(area.id)
            answer = entry.answer
            shown = keep(GuardianItem.ANSWER in entry.shared, answer.is_given)
            answer = answer if shown else NOT_ASKED
            words = clean(entry.words, multiline=True)
            words = words if keep(GuardianItem.WORDS in entry.shared, bool(words)) else ""
            if answer.is_given or words:
                areas.append(SharedGuardianArea(area.id, answer, words))
        out.append(SharedGuardianView(view.role, view.language, tuple(areas), important, withheld))
    return tuple(out)
