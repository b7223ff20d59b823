"""The language coverage check passes on the shipped files and fails on broken copies.

Each part of the check (missing key, placeholder mismatch, Latin letters left in a
non-Latin language, a character with no glyph in the language's font, a missing
area name) is shown to fail on a copy of the shipped files with one thing broken.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from hjulet.core import languages
from hjulet.core.catalog import resources_dir
from hjulet.reports.language_coverage import Gap, child_text_gaps, definition_gaps

RES = resources_dir()
FONTS = RES / "fonts"
DEFINITIONS = [
    RES / "wheels" / "barnets-basta-hjulet.toml",
    *sorted((RES / "scales").glob("*.toml")),
]


def report(gaps: list[Gap]) -> str:
    return "\n".join(str(g) for g in sorted(gaps))


def test_every_language_has_every_child_text_with_glyphs() -> None:
    gaps = child_text_gaps(RES / "child_texts", FONTS)
    assert not gaps, "\n" + report(gaps)


def test_every_language_has_every_area_name_question_and_scale_word() -> None:
    gaps = definition_gaps(DEFINITIONS, FONTS)
    assert not gaps, "\n" + report(gaps)


def test_the_nine_languages_are_registered_with_a_shipped_font() -> None:
    assert languages.CODES == ("sv", "en", "ar", "so", "ti", "fa", "prs", "uk", "fi")
    for lang in languages.LANGUAGES:
        assert (FONTS / lang.font.regular).is_file() and (FONTS / lang.font.bold).is_file()
    assert (FONTS / "OFL.txt").is_file()


@pytest.fixture
def texts_copy(tmp_path: Path) -> Path:
    target = tmp_path / "child_texts"
    shutil.copytree(RES / "child_texts", target)
    return target


def replace_in(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def drop_line(path: Path, start: str) -> None:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [ln for ln in lines if not ln.startswith(start)]
    assert len(kept) == len(lines) - 1, start
    path.write_text("".join(kept), encoding="utf-8")


def test_a_missing_key_fails_and_a_declared_fallback_passes(texts_copy: Path) -> None:
    drop_line(texts_copy / "so.toml", "done_text = ")
    gaps = child_text_gaps(texts_copy, FONTS)
    assert Gap("so", "texts.done_text", "missing, and not declared in falls_back") in gaps
    assert len(gaps) == 1
    replace_in(
        texts_copy / "so.toml",
        'review = "draft"',
        'review = "draft"\nfalls_back = ["texts.done_text"]',
    )
    assert child_text_gaps(texts_copy, FONTS) == []


def test_a_new_swedish_key_is_reported_for_each_other_language(texts_copy: Path) -> None:
    replace_in(
        texts_copy / "sv.toml",
        "[paper]\n",
        '[sharing]\nask = "Får vi visa det här på mötet?"\n\n[paper]\n',
    )
    gaps = child_text_gaps(texts_copy, FONTS)
    assert sorted((g.language, g.key) for g in gaps) == [
        (code, "sharing.ask") for code in sorted(languages.CODES) if code != "sv"
    ]


def test_a_placeholder_mismatch_fails(texts_copy: Path) -> None:
    replace_in(
        texts_copy / "fi.toml", 'page = "Sivu {page}/{pages}"', 'page = "Sivu {page}/{sivut}"'
    )
    gaps = child_text_gaps(texts_copy, FONTS)
    assert [(g.language, g.key) for g in gaps] == [("fi", "paper.page")]
    assert "placeholders" in gaps[0].problem


def test_a_placeholder_mismatch_in_one_variant_fails(texts_copy: Path) -> None:
    replace_in(
        texts_copy / "ti.toml",
        'area_count = "{n} ካብ {total}"',
        'area_count = { girl = "{n} ካብ {total}", boy = "{n} ካብ" }',
    )
    gaps = child_text_gaps(texts_copy, FONTS)
    assert [(g.language, g.key) for g in gaps] == [("ti", "texts.area_count.boy")]


def test_latin_letters_left_in_a_non_latin_language_fail(texts_copy: Path) -> None:
    replace_in(texts_copy / "fa.toml", 'next = "بعدی"', 'next = "Nästa"')
    gaps = child_text_gaps(texts_copy, FONTS)
    assert {(g.language, g.key) for g in gaps} == {("fa", "texts.next")}
    assert any(g.problem.startswith("Latin letters 'Nastä'") for g in gaps), report(gaps)


def test_a_character_without_a_glyph_fails(texts_copy: Path) -> None:
    # U+0F40 TIBETAN LETTER KA: in none of the bundled fonts
    replace_in(texts_copy / "uk.toml", 'next = "Далі"', 'next = "Далі ཀ"')
    gaps = child_text_gaps(texts_copy, FONTS)
    assert [(g.language, g.key) for g in gaps] == [("uk", "texts.next")]
    assert "no glyph in Noto Sans: U+0F40" in gaps[0].problem


def test_a_glyph_missing_from_the_language_font_itself_fails(texts_copy: Path) -> None:
    # an Ethiopic letter in an Arabic text: Noto Naskh Arabic cannot draw it
    replace_in(texts_copy / "ar.toml", 'back = "رجوع"', 'back = "رجوع ሀ"')
    gaps = child_text_gaps(texts_copy, FONTS)
    assert [(g.language, g.key) for g in gaps] == [("ar", "texts.back")]
    assert "Noto Naskh Arabic" in gaps[0].problem


def test_a_missing_area_name_fails(tmp_path: Path) -> None:
    wheel = tmp_path / "wheel.toml"
    shutil.copy(DEFINITIONS[0], wheel)
    replace_in(wheel, ', prs = "مصئون"', "")
    gaps = definition_gaps([wheel], FONTS)
    assert [(g.language, g.key) for g in gaps] == [("prs", "wheel.toml:areas.trygg.label")]
