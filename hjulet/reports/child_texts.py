"""The phrases of the child's copy and the blank sheet, read from the one text source.

They live in the ``[paper]`` section of ``resources/child_texts/<lang>.toml``
(``core.child_texts``), the same files and the same fallback child mode uses,
so screen and paper never disagree. Area names, questions and answer words
come from the wheel definition and the scale.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from hjulet.core import languages
from hjulet.core.child_texts import TextBook, load_book
from hjulet.core.languages import AddressForm
from hjulet.core.wheel import ReviewStatus


@dataclass(frozen=True)
class ChildTexts:
    lang: str
    review: ReviewStatus
    rtl: bool
    title: str
    talked_on: str  # {date}
    yours: str
    important: str
    my_answers: str
    scale_hint: str
    words: str
    good: str
    hard: str
    wish: str
    help_from: str
    not_talked: str
    changed: str
    next: str
    participation: str
    adults_do: str
    by_date: str  # {date}
    follow_up: str  # {date}
    nothing_next: str
    page: str  # {page} {pages}
    name_field: str  # blank sheet: the child's name or code
    date_field: str
    colour_in: str  # blank sheet: how to colour the rings
    words_in_sv: str  # the child's words were written down in Swedish
    words_in_en: str  # ... in English


PAPER_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(ChildTexts) if f.name not in ("lang", "review", "rtl")
)

# Shown to the professional (in Swedish) on copies in a language not yet reviewed.
DRAFT_NOTE = "Utkast: översättningen är inte granskad av en modersmålstalare."


def paper_texts(book: TextBook) -> ChildTexts:
    values = {key: book.get(f"paper.{key}") for key in PAPER_KEYS}
    return ChildTexts(lang=book.language, review=book.review, rtl=book.rtl, **values)


def child_texts(
    lang: str,
    form: AddressForm | str = AddressForm.UNSPECIFIED,
    extra_dirs: tuple[Path, ...] = (),
) -> ChildTexts:
    """The copy's phrases for ``lang`` in the child's form of address."""
    return paper_texts(load_book(lang, extra_dirs, form))


def is_rtl(lang: str) -> bool:
    return languages.is_rtl(lang)
