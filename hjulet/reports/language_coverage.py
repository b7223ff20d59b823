"""The language coverage check: every child-facing text, in every language, drawable.

Run by the test suite (``tests/reports/test_language_coverage.py``) over the
shipped files, and over broken copies to show that each part can fail. For each
language of the registry (``core.languages``) it checks:

- **keys**: the language's file has every key of the Swedish file, or lists it
  in ``falls_back`` (a declared fallback); no key the Swedish file lacks;
- **placeholders**: each text (each variant) has exactly the ``{placeholders}``
  of the Swedish text;
- **script**: a language not written in Latin script has no Latin letters in
  its texts (a text left untranslated by accident);
- **glyphs**: every character has a glyph in the font the language uses, on
  screen and in the PDF alike (both use the same bundled TTF files; a
  character that is not a letter may come from Noto Sans, the fallback family
  both renderers use);
- the wheel definition's area names and questions and every scale's words
  exist in the language, with the same script and glyph checks;
- **guardian texts**: the ``[guardian]`` and ``[guardian_paper]`` sections (the
  guardian's screens and copy, adult wording) are keys like any other, so every
  check above covers them in every language; ``guardian_key_gaps`` checks in
  addition that the Swedish file has every key the guardian screens and copy
  read (``core.guardian_texts``), so code and data cannot drift apart.

Each problem names the language, the key and what is wrong, so whoever fills
in a language sees exactly what to do.
"""

from __future__ import annotations

import tomllib
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase.ttfonts import TTFont

from hjulet.core import languages
from hjulet.core.child_texts import TextFile, placeholders, text_file_from_dict, variants
from hjulet.core.errors import DefinitionError
from hjulet.core.languages import Language, Script


@dataclass(frozen=True, order=True)
class Gap:
    language: str
    key: str
    problem: str

    def __str__(self) -> str:
        return f"{self.language}: {self.key}: {self.problem}"


@lru_cache(maxsize=16)
def font_cmap(path: str) -> frozenset[int]:
    """The code points a TrueType font has glyphs for (reportlab reads the cmap)."""
    return frozenset(TTFont(f"coverage-{abs(hash(path))}", path).face.charToGlyph)


def _read(path: Path) -> TextFile:
    with path.open("rb") as fh:
        return text_file_from_dict(tomllib.load(fh), str(path))


def _is_latin_letter(ch: str) -> bool:
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def _strip_placeholders(text: str) -> str:
    for name in placeholders(text):
        text = text.replace("{" + name + "}", "")
    return text


def text_gaps(lang: Language, key: str, text: str, fonts_dir: Path) -> list[Gap]:
    """Script and glyph problems of one text in ``lang``."""
    gaps: list[Gap] = []
    body = _strip_placeholders(text)
    if lang.script is not Script.LATIN:
        latin = sorted({ch for ch in body if _is_latin_letter(ch)})
        if latin:
            gaps.append(
                Gap(
                    lang.code,
                    key,
                    f"Latin letters {''.join(latin)!r} in a {lang.script.name.title()}-script text",
                )
            )
    own = font_cmap(str(fonts_dir / lang.font.regular)) & font_cmap(str(fonts_dir / lang.font.bold))
    fallback = font_cmap(str(fonts_dir / languages.SANS.regular))
    missing = sorted(
        {
            ch
            for ch in body
            if not ch.isspace()
            and unicodedata.category(ch) not in ("Cf",)  # joiners, bidi marks: not drawn
            and ord(ch) not in own
            and (ch.isalpha() or ord(ch) not in fallback)
        }
    )
    if missing:
        shown = ", ".join(f"U+{ord(ch):04X} {ch}" for ch in missing[:8])
        gaps.append(Gap(lang.code, key, f"no glyph in {lang.font.family}: {shown}"))
    return gaps


def child_text_gaps(
    texts_dir: Path, fonts_dir: Path, codes: Iterable[str] = languages.CODES
) -> list[Gap]:
    """Problems of the per-language child-text files in ``texts_dir``."""
    ref_path = texts_dir / f"{languages.REFERENCE_LANGUAGE}.toml"
    try:
        reference = _read(ref_path)
    except (OSError, DefinitionError) as err:
        return [Gap(languages.REFERENCE_LANGUAGE, "(file)", f"cannot be read: {err}")]
    ref_places = {
        key: frozenset().union(*(placeholders(t) for t in variants(v).values()))
        for key, v in reference.values.items()
    }
    gaps: list[Gap] = []
    for code in codes:
        lang = languages.get(code)
        path = texts_dir / f"{code}.toml"
        if not path.is_file():
            gaps.append(Gap(code, "(file)", f"{path.name} is missing"))
            continue
        try:
            book = reference if code == languages.REFERENCE_LANGUAGE else _read(path)
        except (OSError, DefinitionError) as err:
            gaps.append(Gap(code, "(file)", f"cannot be read: {err}"))
            continue
        if book.direction != lang.direction:
            gaps.append(
                Gap(
                    code,
                    "direction",
                    f"is {book.direction}; the registry says rtl/ltr = {lang.direction}",
                )
            )
        for key in sorted(ref_places):
            if key not in book.values and key not in book.falls_back:
                gaps.append(Gap(code, key, "missing, and not declared in falls_back"))
        for key, value in sorted(book.values.items()):
            if key not in ref_places:
                gaps.append(Gap(code, key, "is not a key of the Swedish file"))
                continue
            for form, text in variants(value).items():
                where = f"{key}.{form}" if form else key
                found = placeholders(text)
                if found != ref_places[key]:
                    gaps.append(
                        Gap(
                            code,
                            where,
                            f"placeholders {sorted(found)} differ from Swedish "
                            f"{sorted(ref_places[key])}",
                        )
                    )
                gaps.extend(text_gaps(lang, where, text, fonts_dir))
            if not isinstance(value, str) and lang.forms:
                for form in lang.forms:
                    if form.value not in value:
                        gaps.append(Gap(code, key, f"has variants but none for {form.value}"))
    return gaps


def _tables(data: Mapping[str, object], path: str) -> Iterable[tuple[str, Mapping[str, str]]]:
    """Every per-language text table in a parsed wheel or scale file."""
    for key in ("name",):
        table = data.get(key)
        if isinstance(table, Mapping):
            yield f"{path}:{key}", table
    for group in ("areas", "steps"):
        items = data.get(group)
        if isinstance(items, list):
            for i, item in enumerate(items):
                if not isinstance(item, Mapping):
                    continue
                ident = item.get("id", item.get("value", i))
                for key in ("label", "question"):
                    table = item.get(key)
                    if isinstance(table, Mapping):
                        yield f"{path}:{group}.{ident}.{key}", table
    for key in ("declined", "dont_know"):
        outer = data.get(key)
        if isinstance(outer, Mapping) and isinstance(outer.get("label"), Mapping):
            yield f"{path}:{key}", outer["label"]


def definition_gaps(
    files: Iterable[Path], fonts_dir: Path, codes: Iterable[str] = languages.CODES
) -> list[Gap]:
    """Area names, questions and scale words: present in every language, drawable."""
    gaps: list[Gap] = []
    codes = tuple(codes)
    for path in files:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
        for where, table in _tables(data, path.name):
            for code in codes:
                lang = languages.get(code)
                if code not in table:
                    gaps.append(Gap(code, where, "missing"))
                    continue
                tags = [t for t in table if t == code or t.startswith(f"{code}-x-")]
                for tag in tags:
                    gaps.extend(text_gaps(lang, f"{where}[{tag}]", str(table[tag]), fonts_dir))
    return gaps


def guardian_key_gaps(texts_dir: Path) -> list[Gap]:
    """Keys the guardian's screens and copy read that the Swedish file lacks."""
    from hjulet.core.guardian_texts import PAPER_KEYS, SCREEN_KEYS

    ref = languages.REFERENCE_LANGUAGE
    try:
        reference = _read(texts_dir / f"{ref}.toml")
    except (OSError, DefinitionError) as err:
        return [Gap(ref, "(file)", f"cannot be read: {err}")]
    wanted = [f"guardian.{k}" for k in SCREEN_KEYS] + [f"guardian_paper.{k}" for k in PAPER_KEYS]
    return [
        Gap(ref, key, "is read by the guardian's screens or copy but missing")
        for key in wanted
        if key not in reference.values
    ]
