"""Child-facing texts of child mode, per language, as data; and the concern routine.

Area names, questions and answer words come from the wheel definition and the
scale. These are the sentences around them in child mode: "Who sees what I
say?", the practice item, and the words on the big buttons. One TOML file per
language in ``resources/child_texts/`` (an organisation may drop its own file
with the same name in ``<basedir>/child_texts/``; it replaces the built-in one).
Each file carries a review status (CONTEXT.md: a native speaker should check a
translation before use) and a direction.

The same module reads the organisation's routine for reporting concern to
social services (``resources/organisation.toml``, overridden by
``<basedir>/organisation.toml``): text shown to the professional, never sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from hjulet.core._validate import LANG_RE, Checker, pick
from hjulet.core.catalog import resources_dir
from hjulet.core.errors import DefinitionError
from hjulet.core.wheel import FORMAT_VERSION, ReviewStatus, read_toml, report_once

FALLBACK_LANGUAGE = "sv"


@dataclass(frozen=True)
class ChildModeTexts:
    """Every sentence child mode shows besides the wheel's own texts."""

    language: str
    review: ReviewStatus
    rtl: bool
    # "Who sees what I say?"
    who_sees_title: str
    who_sees_adult: str  # who sees it
    who_sees_choose: str  # the child chooses what is shared
    who_sees_harm: str  # what happens if the child tells about harm
    who_sees_skip: str  # you need not answer everything
    # the practice item (same scale, not saved)
    practice_title: str
    practice_question: str
    practice_hint: str
    practice_not_saved: str
    # choosing the way through
    choose_title: str
    choose_whole: str
    choose_one: str
    # the wheel
    wheel_hint: str
    scale_hint: str
    area_count: str  # "{n} of {total}"
    # buttons and short words
    start: str
    next: str
    back: str
    pause: str
    pause_title: str
    pause_text: str
    resume: str
    cover: str
    read_aloud: str
    done: str
    done_title: str
    done_text: str

    def text(self, key: str) -> str:
        value = getattr(self, key)
        if not isinstance(value, str):
            raise KeyError(key)
        return value

    def area_count_text(self, n: int, total: int) -> str:
        return self.area_count.replace("{n}", str(n)).replace("{total}", str(total))


TEXT_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(ChildModeTexts) if f.name not in ("language", "review", "rtl")
)
_PLACEHOLDERS = {"area_count": ("{n}", "{total}")}
MAX_CHILD_TEXT = 600


def child_texts_from_dict(data: Any, source: str = "") -> ChildModeTexts:
    """Validate one language file; raise DefinitionError listing every problem."""
    c = Checker()
    root = c.mapping(data, "")
    fmt = c.integer(root, "format", "", minimum=1, default=FORMAT_VERSION)
    if fmt > FORMAT_VERSION:
        c.add("format", f"is {fmt}; this Hjulet reads format {FORMAT_VERSION}")
    lang = c.string(root, "language", "", pattern=LANG_RE, max_len=20)
    review = c.string(root, "review", "", max_len=20)
    try:
        status = ReviewStatus(review)
    except ValueError:
        if review:
            c.add("review", "must be one of draft, reviewed, official")
        status = ReviewStatus.DRAFT
    direction = c.string(root, "direction", "", required=False, default="ltr", max_len=3)
    if direction not in ("ltr", "rtl"):
        c.add("direction", "must be 'ltr' or 'rtl'")
    texts = c.mapping(root.get("texts", {}), "texts")
    values: dict[str, str] = {}
    for key in TEXT_KEYS:
        value = c.string(texts, key, "texts", max_len=MAX_CHILD_TEXT)
        for mark in _PLACEHOLDERS.get(key, ()):
            if value and mark not in value:
                c.add(f"texts.{key}", f"must contain {mark}")
        values[key] = value
    for key in texts:
        if key not in TEXT_KEYS:
            c.add(f"texts.{key}", "is not a known text (a typing mistake?)")
    if c.problems:
        raise DefinitionError(c.problems, source)
    return ChildModeTexts(language=lang, review=status, rtl=direction == "rtl", **values)


def _dirs(extra_dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    return (resources_dir(), *extra_dirs)


def available_child_languages(extra_dirs: tuple[Path, ...] = ()) -> list[str]:
    """Languages with a child-texts file (built in or the organisation's own)."""
    found: set[str] = set()
    for base in _dirs(extra_dirs):
        for path in (base / "child_texts").glob("*.toml"):
            if LANG_RE.match(path.stem):
                found.add(path.stem)
    return sorted(found)


def load_child_texts(lang: str, extra_dirs: tuple[Path, ...] = ()) -> ChildModeTexts:
    """The texts for ``lang`` (its base language, else Swedish).

    The organisation's own file wins over the built-in one. A broken file
    raises DefinitionError naming the file and each problem.
    """
    candidates = [lang]
    base = lang.split("-", 1)[0]
    if base != lang:
        candidates.append(base)
    candidates.append(FALLBACK_LANGUAGE)
    first_error: DefinitionError | None = None
    for code in candidates:
        for folder in reversed(_dirs(extra_dirs)):
            path = folder / "child_texts" / f"{code}.toml"
            if not path.is_file():
                continue
            try:
                texts = child_texts_from_dict(read_toml(path), str(path))
                if texts.language != code:
                    raise DefinitionError(
                        f"says language {texts.language!r} but is named {code}.toml", str(path)
                    )
            except DefinitionError as exc:  # skip a bad file, use the next one
                report_once(exc)
                first_error = first_error or exc
                continue
            return texts
    if first_error is not None:
        raise first_error
    raise DefinitionError("no child texts found", str(resources_dir() / "child_texts"))


# --- the organisation's concern routine ------------------------------------------


@dataclass(frozen=True)
class ConcernRoutine:
    """What the organisation says to do when a child tells about harm."""

    organisation: Mapping[str, str]
    title: Mapping[str, str]
    routine: Mapping[str, str]
    contact: Mapping[str, str]
    source: str = ""

    def organisation_in(self, lang: str) -> str:
        return pick(self.organisation, lang)

    def title_in(self, lang: str) -> str:
        return pick(self.title, lang)

    def routine_in(self, lang: str) -> str:
        return pick(self.routine, lang)

    def contact_in(self, lang: str) -> str:
        return pick(self.contact, lang) if self.contact else ""


def concern_routine_from_dict(data: Any, source: str = "") -> ConcernRoutine:
    c = Checker()
    root = c.mapping(data, "")
    fmt = c.integer(root, "format", "", minimum=1, default=FORMAT_VERSION)
    if fmt > FORMAT_VERSION:
        c.add("format", f"is {fmt}; this Hjulet reads format {FORMAT_VERSION}")
    organisation = c.texts(root, "organisation", "", required_langs=("sv",), max_len=200)
    table = c.mapping(root.get("concern", {}), "concern")
    title = c.texts(table, "title", "concern", required_langs=("sv",), max_len=200)
    routine = c.texts(table, "routine", "concern", required_langs=("sv",), max_len=10_000)
    contact = c.texts(table, "contact", "concern", max_len=2000)
    if not routine:
        c.add("concern.routine", "is missing")
    if c.problems:
        raise DefinitionError(c.problems, source)
    return ConcernRoutine(organisation, title, routine, contact, source)


def load_concern_routine(extra_dirs: tuple[Path, ...] = ()) -> ConcernRoutine:
    """The organisation's file if there is one, else the built-in general text."""
    first_error: DefinitionError | None = None
    for folder in reversed(_dirs(extra_dirs)):
        path = folder / "organisation.toml"
        if path.is_file():
            try:
                return concern_routine_from_dict(read_toml(path), str(path))
            except DefinitionError as exc:  # skip a bad file, use the built-in one
                report_once(exc)
                first_error = first_error or exc
    if first_error is not None:
        raise first_error
    raise DefinitionError("no organisation.toml found", str(resources_dir()))
