"""Every child-facing text, per language, as data; and the concern routine.

One TOML file per language in ``resources/child_texts/<code>.toml`` holds every
sentence a child sees or gets on paper besides the wheel's own area names,
questions and scale words (those live, per language, in the wheel definition
and the scale, because an organisation's own wheel brings its own areas):

- ``[texts]``: child-mode screens (who sees what, practice, buttons, thanks);
- ``[paper]``: the child's copy and the blank sheet;
- further sections may be added (child mode's tiers, the sharing step): any
  key the Swedish file has is a key every language should have.

A value is a text, or a table of variants by form of address
(``{ girl = "...", boy = "...", neutral = "..." }``) for languages that speak
differently to a girl and a boy (see ``core.languages``).

Each file says its ``review`` status (draft until a native speaker checked it),
may declare a ``fallback`` language and list in ``falls_back`` the keys it
leaves to the fallback on purpose. A key a file lacks is looked up along
``languages.fallback_chain``; ``TextBook.fallbacks`` records each such key, and
the coverage check fails on any that the file did not declare.

An organisation overrides or extends a language by dropping a file with the
same name into ``<basedir>/child_texts/``: its keys replace the built-in ones
one by one, and a new language may be added the same way. Files are bounded
(size, text length) and validated like every other organisation file.

The same module reads the organisation's routine for reporting concern to
social services (``resources/organisation.toml``, overridden by
``<basedir>/organisation.toml``): text shown to the professional, never sent.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from hjulet.core import languages
from hjulet.core._validate import LANG_RE, Checker, pick
from hjulet.core.errors import DefinitionError, Problem
from hjulet.core.languages import AddressForm
from hjulet.core.problems import P
from hjulet.core.resources import resources_dir
from hjulet.core.wheel import FORMAT_VERSION, ReviewStatus, read_toml, report_once

FALLBACK_LANGUAGE = languages.REFERENCE_LANGUAGE
MAX_CHILD_TEXT = 600
MAX_SECTIONS = 32
MAX_KEYS = 400
SECTION_RE = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
PLACEHOLDER_RE = re.compile(r"\{([a-z_]+)\}")
_META = {"format", "language", "review", "direction", "fallback", "falls_back", "default_form"}
_FORMS = {f.value for f in AddressForm if f.value}

Value = str | Mapping[str, str]  # a text, or variants by form of address


def placeholders(text: str) -> frozenset[str]:
    return frozenset(PLACEHOLDER_RE.findall(text))


@dataclass(frozen=True)
class TextFile:
    """One validated language file (built in or the organisation's)."""

    language: str
    review: ReviewStatus
    direction: str
    fallback: str
    falls_back: frozenset[str]
    values: Mapping[str, Value]  # "section.key" -> value
    source: str = ""


def text_file_from_dict(
    data: Any, source: str = "", known_keys: Mapping[str, frozenset[str]] | None = None
) -> TextFile:
    """Validate one language file; raise DefinitionError listing every problem.

    ``known_keys`` (the Swedish file's keys and their placeholders) catches
    typing mistakes: a key the reference does not have, or a text whose
    placeholders differ from the reference's, is a problem.
    """
    c = Checker()
    root = c.mapping(data, "")
    fmt = c.integer(root, "format", "", minimum=1, default=FORMAT_VERSION)
    if fmt > FORMAT_VERSION:
        c.add("format", P.FORMAT, found=fmt, supported=FORMAT_VERSION)
    lang = c.string(root, "language", "", pattern=LANG_RE, max_len=20)
    review = c.string(root, "review", "", max_len=20)
    try:
        status = ReviewStatus(review)
    except ValueError:
        if review:
            c.add("review", P.REVIEW)
        status = ReviewStatus.DRAFT
    registered = languages.find(lang) if lang else None
    default_dir = registered.direction if registered else "ltr"
    direction = c.string(root, "direction", "", required=False, default=default_dir, max_len=3)
    if direction not in ("ltr", "rtl"):
        c.add("direction", P.DIRECTION)
    fallback = c.string(root, "fallback", "", required=False, pattern=LANG_RE, max_len=20)
    falls_back_raw = root.get("falls_back", [])
    falls_back: set[str] = set()
    if not isinstance(falls_back_raw, list) or not all(isinstance(k, str) for k in falls_back_raw):
        c.add("falls_back", P.FALLS_BACK)
    else:
        falls_back = set(falls_back_raw[:MAX_KEYS])
    values: dict[str, Value] = {}
    sections = [k for k in root if k not in _META]
    if len(sections) > MAX_SECTIONS:
        c.add("", P.TOO_MANY_SECTIONS, most=MAX_SECTIONS)
        sections = sections[:MAX_SECTIONS]
    for section in sections:
        table = root[section]
        if not isinstance(table, Mapping) or not SECTION_RE.match(section):
            c.add(section, P.UNKNOWN_SECTION)
            continue
        for key, value in list(table.items())[:MAX_KEYS]:
            path = f"{section}.{key}"
            if known_keys is not None and path not in known_keys:
                c.add(path, P.UNKNOWN_TEXT)
                continue
            checked = _value(c, path, value)
            if checked is not None:
                values[path] = checked
                if known_keys is not None:
                    _check_placeholders(c, path, checked, known_keys[path])
    if known_keys is not None:
        for key in falls_back:
            if key not in known_keys:
                c.add("falls_back", P.UNKNOWN_FALLBACK, key=repr(key)[:70])
    if c.problems:
        raise DefinitionError(c.problems, source)
    return TextFile(lang, status, direction, fallback, frozenset(falls_back), values, source)


def _value(c: Checker, path: str, value: Any) -> Value | None:
    if isinstance(value, str):
        if not value.strip():
            c.add(path, P.EMPTY)
        elif len(value) > MAX_CHILD_TEXT:
            c.add(path, P.TOO_LONG, n=MAX_CHILD_TEXT)
        else:
            return value
        return None
    if isinstance(value, Mapping):
        out: dict[str, str] = {}
        for form, text in value.items():
            if form not in _FORMS:
                c.add(f"{path}.{form}", P.ADDRESS_FORM)
            elif not isinstance(text, str) or not text.strip():
                c.add(f"{path}.{form}", P.TEXT)
            elif len(text) > MAX_CHILD_TEXT:
                c.add(f"{path}.{form}", P.TOO_LONG, n=MAX_CHILD_TEXT)
            else:
                out[form] = text
        if not ({"girl", "boy"} <= set(value) or "neutral" in value):
            c.add(path, P.VARIANTS)
        return out or None
    c.add(path, P.TEXT_OR_VARIANTS)
    return None


def variants(value: Value) -> dict[str, str]:
    return {"": value} if isinstance(value, str) else dict(value)


def _check_placeholders(c: Checker, path: str, value: Value, wanted: frozenset[str]) -> None:
    for form, text in variants(value).items():
        found = placeholders(text)
        if found != wanted:
            want = ", ".join(f"{{{p}}}" for p in sorted(wanted)) or "none"
            where = f"{path}.{form}" if form else path
            c.add(where, P.PLACEHOLDERS, found=str(sorted(found)), wanted=want)


def choose_variant(value: Value, lang: str, form: AddressForm | str) -> str:
    """The text of ``value`` for a child addressed in ``form``."""
    if isinstance(value, str):
        return value
    wanted = languages.effective_form(lang, form)
    for candidate in (wanted.value, languages.get(lang).default_form.value, "neutral", "boy"):
        if candidate and candidate in value:
            return value[candidate]
    return next(iter(value.values()))


def _dirs(extra_dirs: tuple[Path, ...]) -> tuple[Path, ...]:
    return (resources_dir(), *extra_dirs)


def _read_file(path: Path, code: str, known: Mapping[str, frozenset[str]] | None) -> TextFile:
    text_file = text_file_from_dict(read_toml(path), str(path), known)
    if text_file.language != code:
        raise DefinitionError(
            Problem("", P.WRONG_LANGUAGE_FILE, lang=repr(text_file.language), name=f"{code}.toml"),
            str(path),
        )
    return text_file


@lru_cache(maxsize=64)
def _cached(path: str, mtime: float, code: str, reference: bool) -> TextFile:
    return _read_file(Path(path), code, None if reference else reference_keys())


def read_language_files(code: str, extra_dirs: tuple[Path, ...] = ()) -> list[TextFile]:
    """The files for exactly ``code``: built in first, then the organisation's."""
    out: list[TextFile] = []
    builtin = _reference_path()
    for folder in _dirs(extra_dirs):
        path = folder / "child_texts" / f"{code}.toml"
        if not path.is_file():
            continue
        try:
            out.append(_cached(str(path), path.stat().st_mtime, code, path == builtin))
        except DefinitionError as exc:
            if folder == resources_dir():
                raise  # a shipped file is ours: its tests keep it whole
            # an organisation's bad file: reported once (file and problem), skipped;
            # the built-in texts stand
            report_once(exc)
    return out


def _reference_path() -> Path:
    return resources_dir() / "child_texts" / f"{FALLBACK_LANGUAGE}.toml"


def reference_keys() -> dict[str, frozenset[str]]:
    """Every key of the built-in Swedish file, with its placeholders."""
    path = _reference_path()
    ref = _cached(str(path), path.stat().st_mtime, FALLBACK_LANGUAGE, True)
    return {
        key: frozenset().union(*(placeholders(t) for t in variants(v).values()))
        for key, v in ref.values.items()
    }


@dataclass(frozen=True)
class TextBook:
    """The texts for one language, with every key resolved along the fallback chain."""

    language: str
    review: ReviewStatus
    rtl: bool
    form: AddressForm
    values: Mapping[str, Value]
    # key -> language it was taken from, for every key this language lacks
    fallbacks: Mapping[str, str] = field(default_factory=dict)
    declared: frozenset[str] = frozenset()
    sources: tuple[str, ...] = ()

    def get(self, key: str) -> str:
        """The text for "section.key" in this book's form of address."""
        lang = self.fallbacks.get(key, self.language)
        return choose_variant(self.values[key], lang, self.form)

    def has(self, key: str) -> bool:
        return key in self.values

    def undeclared_fallbacks(self) -> dict[str, str]:
        return {k: v for k, v in self.fallbacks.items() if k not in self.declared}


def load_book(
    lang: str,
    extra_dirs: tuple[Path, ...] = (),
    form: AddressForm | str = AddressForm.UNSPECIFIED,
    professional: str = FALLBACK_LANGUAGE,
) -> TextBook:
    """The texts for ``lang``, every missing key filled from the fallback chain.

    The organisation's file wins key by key over the built-in one. A broken
    file raises DefinitionError naming the file and each problem.
    """
    base = languages.base_of(lang)
    own = read_language_files(lang, extra_dirs) if base != lang else []
    own = own or read_language_files(base, extra_dirs)
    if not own:  # no file at all: the book is the first language of the chain that has one
        for step in languages.fallback_chain(base, "", professional):
            own = read_language_files(step, extra_dirs)
            if own:
                break
    first = own[-1] if own else None
    code = first.language if first else base
    declared_fallback = next((f.fallback for f in reversed(own) if f.fallback), "")
    chain = languages.fallback_chain(code, declared_fallback, professional)
    values: dict[str, Value] = {}
    origin: dict[str, str] = {}
    sources: list[str] = []
    for step in chain:
        files = own if step == code else read_language_files(step, extra_dirs)
        for text_file in reversed(files):  # the organisation's first
            sources.append(text_file.source)
            for key, value in text_file.values.items():
                if key not in values:
                    values[key] = value
                    origin[key] = step
    if not values:
        raise DefinitionError(P.NO_CHILD_TEXTS, str(resources_dir() / "child_texts"))
    registered = languages.find(code)
    rtl = first.direction == "rtl" if first else bool(registered and registered.rtl)
    review = first.review if first else ReviewStatus.DRAFT
    fallbacks = {k: v for k, v in origin.items() if v != code}
    declared = frozenset().union(*(f.falls_back for f in own)) if own else frozenset()
    return TextBook(
        code, review, rtl, AddressForm(form), values, fallbacks, declared, tuple(sources)
    )


def available_child_languages(extra_dirs: tuple[Path, ...] = ()) -> list[str]:
    """Languages with a child-texts file, registry order first, then others by code."""
    found: set[str] = set()
    for base in _dirs(extra_dirs):
        for path in (base / "child_texts").glob("*.toml"):
            if LANG_RE.match(path.stem):
                found.add(path.stem)
    ordered = [code for code in languages.CODES if code in found]
    return ordered + sorted(found - set(ordered))


# --- child mode's view of the book ------------------------------------------------


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
    # --- tiers, own words, sharing -------------------------------------------
    # the youngest: who sees what in three short sentences, a practice item on faces
    young_who_adult: str
    young_who_choose: str
    young_who_harm: str
    young_practice_question: str
    faces_hint: str
    young_done_text: str
    # teenagers type their own words per area
    own_words_label: str
    # "what is important to me", its own step
    important_title: str
    important_say: str  # said to the adult (young, middle)
    important_type: str  # typed by a teenager
    # the child's own sharing decision before "Thank you!"
    share_title: str
    share_intro: str
    share_yes: str
    share_no: str
    share_consent: str  # honest: consent is still needed for anything to print
    share_important: str
    # read by a screen reader only: the cover's name, the adult's round button's name,
    # a wheel area the child has not answered yet
    cover_name: str
    adult_button: str
    not_answered: str
    # what a read-aloud button says of itself (its tooltip and screen-reader description):
    # while it reads, with no voice or clip for the language, and with the engine stopped
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
    book: TextBook | None = field(default=None, compare=False, repr=False)

    def text(self, key: str) -> str:
        """A child-mode text by field name, or any text of the book by "section.key"."""
        if "." in key:
            if self.book is None:
                raise KeyError(key)
            return self.book.get(key)
        value = getattr(self, key)
        if not isinstance(value, str):
            raise KeyError(key)
        return value

    def area_count_text(self, n: int, total: int) -> str:
        return self.area_count.replace("{n}", str(n)).replace("{total}", str(total))


TEXT_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(ChildModeTexts) if f.name not in ("language", "review", "rtl", "book")
)


def child_texts_from_dict(data: Any, source: str = "") -> ChildModeTexts:
    """Validate one complete child-mode file on its own (every [texts] key present)."""
    problems: list[Problem] = []
    try:
        text_file = text_file_from_dict(data, source, reference_keys())
    except DefinitionError as err:
        problems += err.problems
    texts = data.get("texts", {}) if isinstance(data, Mapping) else {}
    problems += [
        Problem(f"texts.{key}", P.MISSING)
        for key in TEXT_KEYS
        if not isinstance(texts, Mapping) or key not in texts
    ]
    if problems:
        raise DefinitionError(problems, source)
    book = TextBook(
        text_file.language,
        text_file.review,
        text_file.direction == "rtl",
        AddressForm.UNSPECIFIED,
        text_file.values,
    )
    return _mode_texts(book)


def _mode_texts(book: TextBook) -> ChildModeTexts:
    values = {key: book.get(f"texts.{key}") for key in TEXT_KEYS}
    return ChildModeTexts(
        language=book.language, review=book.review, rtl=book.rtl, book=book, **values
    )


def load_child_texts(
    lang: str,
    extra_dirs: tuple[Path, ...] = (),
    form: AddressForm | str = AddressForm.UNSPECIFIED,
) -> ChildModeTexts:
    """Child mode's texts for ``lang`` (missing keys from the fallback chain)."""
    return _mode_texts(load_book(lang, extra_dirs, form))


# --- the child's copy and the blank sheet ([paper]) --------------------------------


@dataclass(frozen=True)
class ChildPaperTexts:
    """The phrases of the child's copy and the blank sheet, in one language.

    The same files and fallback as child mode, so screen and paper never
    disagree. Area names, questions and answer words come from the wheel
    definition and the scale.
    """

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
    draft: str  # the copy's translation is a draft (printed with the Swedish line)


PAPER_KEYS: tuple[str, ...] = tuple(
    f.name for f in fields(ChildPaperTexts) if f.name not in ("lang", "review", "rtl")
)


def paper_texts(book: TextBook) -> ChildPaperTexts:
    values = {key: book.get(f"paper.{key}") for key in PAPER_KEYS}
    return ChildPaperTexts(lang=book.language, review=book.review, rtl=book.rtl, **values)


def load_paper_texts(
    lang: str,
    form: AddressForm | str = AddressForm.UNSPECIFIED,
    extra_dirs: tuple[Path, ...] = (),
) -> ChildPaperTexts:
    """The paper phrases for ``lang`` in the child's form of address."""
    return paper_texts(load_book(lang, extra_dirs, form))


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
        c.add("format", P.FORMAT, found=fmt, supported=FORMAT_VERSION)
    organisation = c.texts(root, "organisation", "", required_langs=("sv",), max_len=200)
    table = c.mapping(root.get("concern", {}), "concern")
    title = c.texts(table, "title", "concern", required_langs=("sv",), max_len=200)
    routine = c.texts(table, "routine", "concern", required_langs=("sv",), max_len=10_000)
    contact = c.texts(table, "contact", "concern", max_len=2000)
    if not routine:
        c.add("concern.routine", P.MISSING)
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
    raise DefinitionError(P.NO_ORGANISATION_FILE, str(resources_dir()))
