"""Wheel definitions as data: areas, per-language texts, review status.

The set of areas, their order, labels, child questions and colours come from
definition files (TOML) so an organisation can edit them without code. A
conversation keeps its own copy (``to_dict``/``from_dict``) so it stays
readable after a definition changes.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from hjulet.core._validate import COLOUR_RE, ID_RE, LANG_RE, Checker, pick, with_languages
from hjulet.core.bounds import Limits, TooComplex, check_toml
from hjulet.core.errors import DefinitionError, Problem
from hjulet.core.problems import P

FORMAT_VERSION = 1
MAX_AREAS = 16
MAX_FILE_BYTES = 1_000_000
log = logging.getLogger("hjulet.core")
# Definitions, scales, child texts and organisation files nest a few levels and hold
# a few hundred tables; these bounds are checked before the TOML parser runs.
TOML_LIMITS = Limits(max_depth=16, max_containers=20_000, max_tokens=0)


class ReviewStatus(StrEnum):
    """How far a language's texts have been checked (docs/DESIGN.md: native review)."""

    DRAFT = "draft"  # machine or non-native translation, not for use without review
    REVIEWED = "reviewed"  # checked by a native speaker
    OFFICIAL = "official"  # the organisation's approved wording


@dataclass(frozen=True)
class LanguageInfo:
    code: str
    review: ReviewStatus
    rtl: bool = False


@dataclass(frozen=True)
class Area:
    id: str
    icon: str
    colour: str
    label: Mapping[str, str]
    question: Mapping[str, str]  # first person, short, for the child
    description: Mapping[str, str] = field(default_factory=dict)  # for the professional

    def label_in(self, lang: str) -> str:
        return pick(self.label, lang)

    def question_in(self, lang: str) -> str:
        return pick(self.question, lang)

    def description_in(self, lang: str) -> str:
        return pick(self.description, lang)


@dataclass(frozen=True)
class WheelDefinition:
    id: str
    version: int
    name: Mapping[str, str]
    default_language: str
    languages: Mapping[str, LanguageInfo]
    areas: tuple[Area, ...]

    def name_in(self, lang: str) -> str:
        return pick(self.name, lang, self.default_language)

    def area(self, area_id: str) -> Area:
        for area in self.areas:
            if area.id == area_id:
                return area
        raise KeyError(area_id)

    @property
    def area_ids(self) -> tuple[str, ...]:
        return tuple(a.id for a in self.areas)

    def _info(self, lang: str) -> LanguageInfo | None:
        # "ar-x-girl" (a form of address) is Arabic
        return self.languages.get(lang) or self.languages.get(lang.split("-x-", 1)[0])

    def is_rtl(self, lang: str) -> bool:
        info = self._info(lang)
        return bool(info and info.rtl)

    def review_status(self, lang: str) -> ReviewStatus | None:
        info = self._info(lang)
        return info.review if info else None

    def with_texts_from(self, current: WheelDefinition) -> WheelDefinition:
        """This (frozen) definition plus the languages a newer copy of it has.

        A conversation keeps the definition it was held with. When the same wheel
        (same id, same areas) has since gained languages, a child's copy in such a
        language uses the new labels and questions instead of falling back to
        Swedish; nothing the frozen copy already says is changed.
        """
        if current.id != self.id or current.area_ids != self.area_ids:
            return self
        new = {c: i for c, i in current.languages.items() if c not in self.languages}
        if not new:
            return self

        areas = tuple(
            Area(
                a.id,
                a.icon,
                a.colour,
                with_languages(a.label, b.label, new),
                with_languages(a.question, b.question, new),
                a.description,
            )
            for a, b in zip(self.areas, current.areas, strict=True)
        )
        return WheelDefinition(
            self.id,
            self.version,
            with_languages(self.name, current.name, new),
            self.default_language,
            {**self.languages, **new},
            areas,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "id": self.id,
            "version": self.version,
            "default_language": self.default_language,
            "name": dict(self.name),
            "languages": {
                code: {"review": info.review.value, "direction": "rtl" if info.rtl else "ltr"}
                for code, info in self.languages.items()
            },
            "areas": [
                {
                    "id": a.id,
                    "icon": a.icon,
                    "colour": a.colour,
                    "label": dict(a.label),
                    "question": dict(a.question),
                    "description": dict(a.description),
                }
                for a in self.areas
            ],
        }


def parse_languages(c: Checker, root: Mapping[str, Any]) -> dict[str, LanguageInfo]:
    """The ``[languages.xx]`` tables: review status and direction per language."""
    languages: dict[str, LanguageInfo] = {}
    for code, info in c.mapping(root.get("languages", {}), "languages").items():
        where = f"languages.{code}"
        if not isinstance(code, str) or not LANG_RE.match(code):
            c.add("languages", P.LANGUAGE_CODE_INVALID, code=repr(str(code)[:20]))
            continue
        table = c.mapping(info, where)
        review = c.string(table, "review", where, max_len=20)
        direction = c.string(table, "direction", where, required=False, default="ltr")
        if direction not in ("ltr", "rtl"):
            c.add(f"{where}.direction", P.DIRECTION)
        try:
            status = ReviewStatus(review)
        except ValueError:
            if review:
                c.add(f"{where}.review", P.REVIEW)
            status = ReviewStatus.DRAFT
        languages[code] = LanguageInfo(code, status, direction == "rtl")
    return languages


def definition_from_dict(data: Any, source: str = "") -> WheelDefinition:
    """Validate a parsed definition; raise DefinitionError listing every problem."""
    c = Checker()
    root = c.mapping(data, "")
    fmt = c.integer(root, "format", "", minimum=1, maximum=10**6, default=FORMAT_VERSION)
    if fmt > FORMAT_VERSION:
        c.add("format", P.FORMAT, found=fmt, supported=FORMAT_VERSION)
    def_id = c.string(root, "id", "", pattern=ID_RE, max_len=64)
    version = c.integer(root, "version", "", minimum=1)
    default_lang = c.string(root, "default_language", "", pattern=LANG_RE, max_len=20)
    default_lang = default_lang or "sv"
    name = c.texts(root, "name", "", required_langs=(default_lang,), max_len=200)

    languages = parse_languages(c, root)
    if default_lang not in languages:
        c.add("languages", P.DEFAULT_LANGUAGE_UNLISTED, lang=repr(default_lang)[:20])

    raw_areas = root.get("areas")
    areas: list[Area] = []
    if not isinstance(raw_areas, list) or not raw_areas:
        c.add("areas", P.NO_AREAS)
        raw_areas = []
    elif not 3 <= len(raw_areas) <= MAX_AREAS:
        c.add("areas", P.AREA_COUNT, most=MAX_AREAS)
    seen: set[str] = set()
    for i, raw in enumerate(raw_areas[:MAX_AREAS]):
        where = f"areas[{i}]"
        table = c.mapping(raw, where)
        area_id = c.string(table, "id", where, pattern=ID_RE, max_len=64)
        if area_id in seen:
            c.add(f"{where}.id", P.USED_TWICE, value=repr(area_id)[:70])
        seen.add(area_id)
        icon = c.string(table, "icon", where, pattern=ID_RE, max_len=64)
        colour = c.string(table, "colour", where, pattern=COLOUR_RE, max_len=7)
        label = c.texts(table, "label", where, required_langs=(default_lang,), max_len=60)
        question = c.texts(table, "question", where, required_langs=(default_lang,), max_len=300)
        description = c.texts(table, "description", where, max_len=2000)
        for lang in (*label, *question, *description):
            if lang.split("-x-", 1)[0] not in languages:  # "ar-x-girl": a form of "ar"
                c.add(where, P.LANGUAGE_UNLISTED, lang=repr(lang)[:20])
                break
        areas.append(Area(area_id, icon, colour, label, question, description))

    if c.problems:
        raise DefinitionError(c.problems, source)
    return WheelDefinition(def_id, version, name, default_lang, languages, tuple(areas))


def read_toml(path: Path) -> Any:
    """Parse a TOML file, turning every failure into a DefinitionError naming the file."""
    source = str(path)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise DefinitionError(Problem("", P.LARGER_THAN, n=MAX_FILE_BYTES), source)
        check_toml(raw, TOML_LIMITS)
        return tomllib.loads(raw.decode("utf-8"))
    except DefinitionError:
        raise
    except TooComplex as exc:
        raise DefinitionError(Problem("", exc.what, **exc.args_), source) from None
    except (RecursionError, MemoryError):  # a last guard behind the bounds above
        raise DefinitionError(P.TOO_COMPLEX, source) from None
    except OSError as exc:
        raise DefinitionError(
            Problem("", P.UNUSABLE_FILE, reason=exc.strerror or type(exc).__name__), source
        ) from None
    except UnicodeDecodeError:
        raise DefinitionError(P.NOT_UTF8_TEXT, source) from None
    except tomllib.TOMLDecodeError as exc:
        raise DefinitionError(Problem("", P.NOT_TOML, detail=str(exc)[:200]), source) from None


_reported: set[str] = set()


def report_once(exc: DefinitionError) -> None:
    """Log a bad organisation file (its path and problems) once per process.

    Definition files hold no personal data, so the path and problems may be logged.
    """
    key = str(exc)
    if key not in _reported:
        _reported.add(key)
        log.warning("a file was skipped: %s", key)


def load_definition(path: Path) -> WheelDefinition:
    return definition_from_dict(read_toml(path), str(path))
