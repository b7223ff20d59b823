"""Guardian texts: adult wording in the nine languages, through the child texts' registry."""

from __future__ import annotations

import shutil
from pathlib import Path

from hjulet.core import languages
from hjulet.core.catalog import resources_dir
from hjulet.core.guardian import GuardianRole
from hjulet.core.guardian_texts import guardian_paper_texts, guardian_texts
from hjulet.core.wheel import ReviewStatus
from hjulet.reports.language_coverage import Gap, child_text_gaps, guardian_key_gaps

RES = resources_dir()


def test_every_language_has_guardian_texts_of_its_own() -> None:
    assert guardian_key_gaps(RES / "child_texts") == []
    swedish = guardian_texts("sv")
    for code in languages.CODES:
        screen, paper = guardian_texts(code), guardian_paper_texts(code)
        assert screen.language == code and paper.language == code
        assert screen.rtl == languages.is_rtl(code) == paper.rtl
        if code != "sv":  # translated, not the Swedish fallback
            assert screen.title != swedish.title and screen.you_decide != swedish.you_decide
    assert guardian_texts("sv").review is ReviewStatus.REVIEWED
    assert guardian_texts("ar").review is ReviewStatus.DRAFT
    assert guardian_texts("ar").role(GuardianRole.GUARDIAN_2) == "ولي الأمر الثاني"


def test_the_guardian_texts_are_not_the_childs() -> None:
    from hjulet.core.child_texts import load_child_texts

    for code in ("sv", "ar"):
        child, guardian = load_child_texts(code), guardian_texts(code)
        assert guardian.title != child.who_sees_title


def test_the_coverage_check_covers_guardian_texts(tmp_path: Path) -> None:
    texts = tmp_path / "child_texts"
    shutil.copytree(RES / "child_texts", texts)
    ar = texts / "ar.toml"
    ar.write_text(
        ar.read_text("utf-8").replace('share_words = "يمكن عرض كلماتي في الاجتماع"\n', ""), "utf-8"
    )
    fa = texts / "fa.toml"
    fa.write_text(fa.read_text("utf-8").replace('start = "شروع"', 'start = "Start"'), "utf-8")
    fonts = RES / "fonts"
    gaps = child_text_gaps(texts, fonts)
    assert Gap("ar", "guardian.share_words", "missing, and not declared in falls_back") in gaps
    assert any(g.language == "fa" and g.key == "guardian.start" for g in gaps)
    sv = texts / "sv.toml"
    sv.write_text(sv.read_text("utf-8").replace('contact = "Kontakt: {who}"\n', ""), "utf-8")
    assert [g.key for g in guardian_key_gaps(texts)] == ["guardian_paper.contact"]
