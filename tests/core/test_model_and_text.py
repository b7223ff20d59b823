from __future__ import annotations

import unicodedata

import pytest

from hjulet.core.errors import InvalidInput
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    NOT_ASKED,
    AgeTier,
    Answer,
    AnswerKind,
    AreaEntry,
    generate_child_code,
)
from hjulet.core.text import checked, clean, looks_like_personnummer


def test_answers_are_distinct_and_round_trip():
    answers = [NOT_ASKED, DECLINED, DONT_KNOW, Answer.at(1), Answer.at(5)]
    assert len({a.to_text() for a in answers}) == 5
    for a in answers:
        assert Answer.from_text(a.to_text()) == a
    assert not NOT_ASKED.is_given and DECLINED.is_given and DONT_KNOW.is_given
    with pytest.raises(ValueError):
        Answer(AnswerKind.LEVEL)
    with pytest.raises(ValueError):
        Answer(AnswerKind.DECLINED, 2)


def test_age_tiers():
    assert [AgeTier.for_age(a) for a in (4, 7, 8, 12, 13, 18)] == [
        AgeTier.YOUNG,
        AgeTier.YOUNG,
        AgeTier.MIDDLE,
        AgeTier.MIDDLE,
        AgeTier.TEEN,
        AgeTier.TEEN,
    ]


def test_child_codes_are_pseudonymous_and_unambiguous():
    codes = {generate_child_code() for _ in range(500)}
    assert len(codes) == 500
    for code in codes:
        assert code.startswith("B-") and len(code) == 11
        assert not set(code) & set("ILO01")


def test_clean_removes_controls_bidi_and_invisible_but_keeps_words():
    assert clean("Al\u202eva\u0000\u200b") == "Alva"
    assert clean("e\u0301") == "\u00e9"  # NFD -> NFC
    assert clean("rad ett\r\nrad två\x07", multiline=True) == "rad ett\nrad två"
    assert clean("👩\u200d👧 familj") == "👩\u200d👧 familj"  # ZWJ kept for emoji
    assert clean("مرحبا") == "مرحبا"


@pytest.mark.parametrize("multiline", [False, True])
def test_clean_drops_exactly_what_the_character_rule_drops_for_every_code_point(
    multiline: bool,
) -> None:
    """Printable text skips the per-character pass: every code point, between letters
    (so NFC and the trimming change nothing), is kept or dropped as the rule says."""
    from hjulet.core.text import _keep

    for cp in range(0x110000):
        ch = chr(cp)
        expected = "a" + (ch if _keep(ch, multiline) else "") + "b"
        text = "a" + ch + "b"
        if unicodedata.normalize("NFC", text) != text or (multiline and ch == "\r"):
            continue  # composes with its neighbours, or is a line break made "\n"
        assert clean(text, multiline=multiline) == expected, hex(cp)


def test_checked_enforces_length_with_field_name():
    assert len(checked("x" * 50_000, "words", 50_000, multiline=True)) == 50_000
    with pytest.raises(InvalidInput, match="words"):
        checked("x" * 50_001, "words", 50_000)


def test_personnummer_detection():
    assert looks_like_personnummer("20150304-1234")
    assert looks_like_personnummer("150304 1234")
    assert looks_like_personnummer("Alva 201503041234")
    assert not looks_like_personnummer("Alva")
    assert not looks_like_personnummer("B-7KQ4-M2XD")
    assert not looks_like_personnummer("12345")


def test_clean_keeps_the_persian_zero_width_non_joiner() -> None:
    from hjulet.core.text import clean

    word = "می\u200cخواهم"  # "I want": the ZWNJ keeps می apart, as Persian spelling requires
    assert clean(word) == word
    assert clean("A\u200bl\u2060v\ufeffa") == "Alva"  # the disguising ones still go


def test_viewpoints_name_the_answer_fields_of_an_entry() -> None:
    from dataclasses import fields

    from hjulet.core.model import ANSWER_FIELDS, Viewpoint

    names = {f.name for f in fields(AreaEntry)}
    assert set(ANSWER_FIELDS) == set(Viewpoint)
    assert {v.answer_field for v in Viewpoint} <= names
    entry = AreaEntry("trygg")
    for n, viewpoint in enumerate(Viewpoint, start=1):
        entry = entry.with_answer(viewpoint, Answer.at(n))
    # each viewpoint keeps its own answer; the plain strings still work
    assert entry.answer == Answer.at(1)
    assert entry.adult_answer == Answer.at(2)
    assert entry.answer_of("guardian") == Answer.at(3) == entry.guardian_answer
    assert Viewpoint.ADULT == "adult"
    with pytest.raises(ValueError):
        entry.answer_of("parent")


def test_the_first_strong_letter_outside_isolates_decides_a_paragraphs_direction() -> None:
    from hjulet.core.text import first_strong_is_rtl

    assert first_strong_is_rtl("سلام Alva") is True
    assert first_strong_is_rtl("Alva سلام") is False
    assert first_strong_is_rtl("12, 14 – ") is None
    # an isolated name (LRI … PDI) does not decide its sentence (UAX #9 P2)
    assert first_strong_is_rtl("\u2066Alva\u2069 سلام") is True
    assert first_strong_is_rtl("\u2067سلام\u2069 Alva") is False
    assert first_strong_is_rtl("\u2068\u2066x\u2069\u2069") is None  # nested, all isolated
