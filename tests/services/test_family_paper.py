"""The family's view on paper: its own summary section, and a guardian's own copy."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from hjulet import services
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.guardian_texts import guardian_paper_texts
from hjulet.core.model import Answer, ConsentGiver, EntryField
from hjulet.services import guardians
from hjulet.services.summary import (
    ReportRequest,
    guardian_copy_pdf,
    render_report,
    write_guardian_copy,
)
from tests.reports.builders import pdftotext
from tests.services.summary_builders import ADULT_NOTE, SHARED_WORDS, build_child

TODAY = date(2025, 3, 12)


def _text(pdf: bytes, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(pdf)
    return " ".join(pdftotext(path, "-layout").split())


def _family(vault, built):
    """Guardian 1 in Arabic and guardian 2 in Swedish; each shares some, keeps some."""
    g1 = guardians.start_guardian_view(vault, built.new.id, GuardianRole.GUARDIAN_1, "ar")
    guardians.set_guardian_answer(vault, g1.id, "trygg", Answer.at(4))
    guardians.set_guardian_words(vault, g1.id, "trygg", "DELAS-ETT هو بخير")
    guardians.set_guardian_shared(vault, g1.id, "trygg", GuardianItem.WORDS, True)
    guardians.set_guardian_shared(vault, g1.id, "trygg", GuardianItem.ANSWER, True)
    guardians.set_guardian_words(vault, g1.id, "ma-bra", "HEMLIG-VH1")
    guardians.set_guardian_important(vault, g1.id, "HEMLIG-VIKTIG", shared=False)
    g2 = guardians.start_guardian_view(vault, built.new.id, GuardianRole.GUARDIAN_2, "sv")
    guardians.set_guardian_answer(vault, g2.id, "trygg", Answer.at(1))
    guardians.set_guardian_shared(vault, g2.id, "trygg", GuardianItem.ANSWER, True)
    guardians.set_guardian_words(vault, g2.id, "aktiv", "DELAS-TVA")
    guardians.set_guardian_shared(vault, g2.id, "aktiv", GuardianItem.WORDS, True)
    guardians.set_guardian_words(vault, g2.id, "trygg", "HEMLIG-VH2")
    guardians.set_guardian_important(vault, g2.id, "Att han får sova", shared=True)
    return g1, g2


def _consent(vault, built, giver, **kw):  # type: ignore[no-untyped-def]
    """A consent of ``giver``'s for the child, given before the meeting (joint custody)."""
    from hjulet.core.model import Consent, ConsentForm

    return services.add_consent(
        vault,
        Consent(
            None,
            built.child_id,
            giver,
            ("Skolan", "BUP"),
            ConsentForm.WRITTEN,
            date(2025, 3, 1),
            date(2025, 12, 31),
            **kw,
        ),
    )


def test_the_family_section_carries_only_what_each_guardian_shared(vault, catalog, tmp_path):
    built = build_child(vault, catalog)  # guardian 1, with sole custody
    _family(vault, built)
    _consent(vault, built, ConsentGiver.GUARDIAN_2)  # guardian 2's own words need theirs
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "Familjens bild" in text
    assert "Vårdnadshavare 1 (på arabiska)" in text and "Vårdnadshavare 2 (på svenska)" in text
    assert "DELAS-ETT" in text and "DELAS-TVA" in text and "Att han får sova" in text
    assert "HEMLIG" not in text  # neither the child's nor the guardians' unshared words
    # each guardian's count of what they kept is right under their name, so it reads
    # as about their whole view, not about the area above it
    g1_count = "2 av den här vårdnadshavarens svar och ord visas inte: vårdnadshavaren valde"
    g2_count = "1 av den här vårdnadshavarens svar och ord visas inte: vårdnadshavaren valde"
    g1, g2 = text.index("Vårdnadshavare 1 (på arabiska)"), text.index("Vårdnadshavare 2 (på")
    assert g1 < text.index(g1_count) < text.index("DELAS-ETT") < g2
    assert g2 < text.index(g2_count) < text.index("Att han får sova")
    # its own section: after the child's voice, before the professional's view
    child_words = text.index(SHARED_WORDS[1])
    family = text.index("Familjens bild")
    adult = text.index(ADULT_NOTE)
    assert child_words < family < adult
    english = ReportRequest(built.child_id, lang="en")
    text = _text(render_report(vault, english, today=TODAY), tmp_path, "en")
    assert "Guardian 1 (in Arabic)" in text and "Guardian 2 (in Swedish)" in text


def test_without_valid_consent_nothing_of_the_family_is_shared(vault, catalog, tmp_path):
    built = build_child(vault, catalog, with_consent=False)
    _family(vault, built)
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "DELAS" not in text and "HEMLIG" not in text and "får sova" not in text
    # not even the heading: the paper does not tell that a guardian took part
    assert "Familjens bild" not in text
    assert "Vårdnadshavare 1" not in text and "Vårdnadshavare 2" not in text
    assert "valde att inte dela" not in text
    # the same paper as for a family that gave no view at all
    alone = build_child(vault, catalog, with_consent=False, name="Bo", code="B-TEST-0002")
    plain = _text(render_report(vault, ReportRequest(alone.child_id), today=TODAY), tmp_path, "b")
    assert plain.replace("Bo", "Alva").replace("0002", "0001") == text


def _areas_part(text: str) -> str:
    return text.split("Område för område", 1)[1].split("Inför mötet", 1)[0]


def test_guardian_1s_consent_does_not_show_guardian_2s_or_the_childs_words(
    vault, catalog, tmp_path
):
    built = build_child(vault, catalog, with_consent=False)
    _family(vault, built)
    _consent(vault, built, ConsentGiver.GUARDIAN_1)  # joint custody: one of two
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "DELAS-ETT" in text and "Vårdnadshavare 1 (på arabiska)" in text  # their own
    assert "DELAS-TVA" not in text and "får sova" not in text  # guardian 2's, not theirs
    assert "Vårdnadshavare 2 (på" not in text  # not even named in the family part
    for words in SHARED_WORDS:  # nor the child's: joint custody needs both
        assert words not in text
    assert ADULT_NOTE not in text
    assert "Bara vårdnadshavare 1 har ett giltigt samtycke den 2025-03-12" in text
    assert "Vårdnadshavare 2: inget giltigt samtycke – det vårdnadshavaren har sagt visas inte" in (
        text
    )


def test_a_withdrawn_guardian_2_consent_hides_guardian_2(vault, catalog, tmp_path):
    built = build_child(vault, catalog, with_consent=False)
    _family(vault, built)
    _consent(vault, built, ConsentGiver.GUARDIAN_1)
    g2 = _consent(vault, built, ConsentGiver.GUARDIAN_2)
    request = ReportRequest(built.child_id)
    both = _text(render_report(vault, request, today=TODAY), tmp_path, "both")
    assert "DELAS-TVA" in both and "DELAS-ETT" in both and SHARED_WORDS[0] in both
    assert "delas med stöd av båda vårdnadshavarnas samtycke" in both
    services.withdraw_consent(vault, g2.id, on=date(2025, 3, 11))
    text = _text(render_report(vault, request, today=TODAY), tmp_path, "s")
    assert "DELAS-TVA" not in text and "får sova" not in text and "Vårdnadshavare 2 (på" not in text
    assert "DELAS-ETT" in text
    assert SHARED_WORDS[0] not in text  # the child's items lose their basis too
    assert "Vårdnadshavare 2: samtycket återkallades den 2025-03-11 – det vårdnadshavaren" in text


def test_the_childs_consent_alone_shows_the_childs_items_but_no_guardians_words(
    vault, catalog, tmp_path
):
    built = build_child(vault, catalog, with_consent=False)
    _family(vault, built)
    _consent(vault, built, ConsentGiver.CHILD)
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    for words in SHARED_WORDS:
        assert words in text
    assert ADULT_NOTE in text
    assert "DELAS" not in text and "får sova" not in text and "Familjens bild" not in text
    assert "delas med stöd av barnets eget samtycke" in text
    assert "Vårdnadshavare 1: inget giltigt samtycke" in text
    assert "Vårdnadshavare 2: inget giltigt samtycke" in text


def test_sole_custody_shows_the_childs_items_on_one_guardians_consent(vault, catalog, tmp_path):
    built = build_child(vault, catalog, with_consent=False)
    _family(vault, built)
    _consent(vault, built, ConsentGiver.GUARDIAN_2, sole_custody=True)
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert SHARED_WORDS[1] in _areas_part(text) and ADULT_NOTE in text
    assert "DELAS-TVA" in text and "DELAS-ETT" not in text  # still only their own words
    assert "Vårdnadshavare 2, med ensam vårdnad (skriftligt, 2025-03-01)" in text
    assert "samtycke från vårdnadshavaren med ensam vårdnad" in text


def test_no_guardian_view_no_family_section(vault, catalog, tmp_path):
    built = build_child(vault, catalog)
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "Familjens bild" not in text


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_a_guardians_copy_is_theirs_alone_in_their_language(vault, catalog, tmp_path, lang):
    built = build_child(vault, catalog)
    g1, g2 = _family(vault, built)
    view = g1 if lang == "ar" else g2
    text = _text(guardian_copy_pdf(vault, view.id, today=TODAY), tmp_path, f"{lang}.pdf")
    mine, theirs = ("DELAS-ETT", "DELAS-TVA") if lang == "ar" else ("DELAS-TVA", "DELAS-ETT")
    assert mine in text and theirs not in text
    # their own unshared words are on their own copy; the child's and the adult's never
    assert ("HEMLIG-VH1" in text) == (lang == "ar")
    for word in (*SHARED_WORDS, ADULT_NOTE, "HEMLIG-RASTEN", "HEMLIG-SOMN"):
        assert word not in text
    assert "Socialtjänsten" in text and "2025-06-10" in text  # the meeting's practical details
    if lang == "sv":
        assert "Er bild av barnets vardag" in text and "Lämnad av: Vårdnadshavare 2" in text
    else:
        assert "Er bild" not in text and "Vårdnadshavare" not in text


def test_writing_a_guardians_copy_is_logged(vault, catalog, tmp_path):
    built = build_child(vault, catalog)
    g1, _ = _family(vault, built)
    out = write_guardian_copy(vault, g1.id, tmp_path / "g.pdf", today=TODAY)
    assert out.read_bytes().startswith(b"%PDF")
    details = [e.detail for e in services.list_audit(vault) if e.action.value == "printed"]
    assert details == ["guardian-copy"]


# ---------------------------------------------------------------- the copy on the meeting


def _copy_guardian(vault, built, lang: str):  # type: ignore[no-untyped-def]
    """A guardian who shares one answer fully, one answer but not its words, and keeps one.

    Guardian 1: the guardian whose consent ``_consent_state`` records.
    """
    view = guardians.start_guardian_view(vault, built.new.id, GuardianRole.GUARDIAN_1, lang)
    guardians.set_guardian_answer(vault, view.id, "trygg", Answer.at(2))
    guardians.set_guardian_shared(vault, view.id, "trygg", GuardianItem.ANSWER, True)
    guardians.set_guardian_words(vault, view.id, "trygg", "HEMLIG-ORD-VH")
    guardians.set_guardian_answer(vault, view.id, "aktiv", Answer.at(3))
    guardians.set_guardian_words(vault, view.id, "aktiv", "DELAS-AKTIV")
    guardians.set_guardian_shared(vault, view.id, "aktiv", GuardianItem.ANSWER, True)
    guardians.set_guardian_shared(vault, view.id, "aktiv", GuardianItem.WORDS, True)
    guardians.set_guardian_words(vault, view.id, "ma-bra", "EGNA-ORD-MABRA")  # not marked
    return view


def _consent_state(vault, catalog, state: str):  # type: ignore[no-untyped-def]
    from hjulet.core.model import Consent, ConsentForm, ConsentGiver

    built = build_child(vault, catalog, with_consent=state in ("valid", "withdrawn"))
    if state == "withdrawn":
        services.withdraw_consent(vault, built.consent.id, on=date(2025, 3, 12))
    if state == "expired":
        services.add_consent(
            vault,
            Consent(
                None,
                built.child_id,
                ConsentGiver.GUARDIAN_1,
                ("Skolan",),
                ConsentForm.WRITTEN,
                date(2025, 1, 8),
                date(2025, 3, 1),
            ),
        )
    return built


@pytest.mark.parametrize("lang", ["sv", "en"])
@pytest.mark.parametrize("state", ["valid", "missing", "withdrawn", "expired"])
def test_what_a_guardians_copy_says_of_the_meeting_follows_the_consent(
    vault, catalog, tmp_path, lang, state
):
    built = _consent_state(vault, catalog, state)
    view = _copy_guardian(vault, built, lang)
    texts = guardian_paper_texts(lang)
    copy = _text(guardian_copy_pdf(vault, view.id, today=TODAY), tmp_path, f"{lang}-{state}.pdf")
    summary = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    notes = {
        "valid": "",
        "missing": texts.consent_missing,
        "withdrawn": texts.consent_withdrawn.format(date="2025-03-12"),
        "expired": texts.consent_expired.format(date="2025-03-01"),
    }
    for other, note in notes.items():
        if note:
            assert (note in copy) == (other == state), other
    if state == "valid":
        # aktiv: answer and words shown; trygg: the answer only; ma-bra: not marked
        assert texts.shared in copy and texts.only_answer in copy and texts.not_shared in copy
        assert texts.no_consent not in copy
        assert "DELAS-AKTIV" in summary  # the copy's "may be shown" is what the summary shows
    else:
        # nothing from this guardian reaches the meeting, so nothing says "may be shown"
        assert texts.shared not in copy and texts.only_answer not in copy
        assert copy.count(texts.no_consent) == 2  # trygg and aktiv, which they marked
        assert texts.not_shared in copy  # ma-bra, which they kept
        assert "DELAS-AKTIV" not in summary
    # the copy is theirs: their own words are on it whatever the consent
    assert "EGNA-ORD-MABRA" in copy and "HEMLIG-ORD-VH" in copy
    if lang == "sv":
        assert "Får visas på mötet" in copy if state == "valid" else "samtycke" in copy
        assert "meeting" not in copy


def test_a_guardians_copy_says_nothing_of_what_the_child_kept(vault, catalog, tmp_path):
    """The copy is the guardian's own: the child keeping an area changes nothing on it."""
    built = build_child(vault, catalog)
    g1, _g2 = _family(vault, built)
    assert built.new.id is not None
    before = _text(guardian_copy_pdf(vault, g1.id, today=TODAY), tmp_path, "before.pdf")
    for item in (EntryField.ANSWER, EntryField.WORDS):  # the child keeps "trygg"
        services.set_shared(vault, built.new.id, "trygg", item, False, by_child=True)
    after = _text(guardian_copy_pdf(vault, g1.id, today=TODAY), tmp_path, "after.pdf")
    assert after == before
    summary = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "Hemma är det lugnt" not in summary  # the choice did take effect on the summary


def test_a_guardians_copy_follows_their_own_consent_not_the_other_guardians(
    vault, catalog, tmp_path
):
    built = build_child(vault, catalog)  # guardian 1's consent (sole custody)
    view = _copy_guardian(vault, built, "sv")
    other = guardians.start_guardian_view(vault, built.new.id, GuardianRole.GUARDIAN_2, "sv")
    guardians.set_guardian_words(vault, other.id, "aktiv", "DELAS-ANDRA")
    guardians.set_guardian_shared(vault, other.id, "aktiv", GuardianItem.WORDS, True)
    texts = guardian_paper_texts("sv")
    theirs = _text(guardian_copy_pdf(vault, other.id, today=TODAY), tmp_path, "g2.pdf")
    assert texts.consent_missing in theirs and texts.no_consent in theirs
    assert texts.shared not in theirs  # guardian 1's consent is not guardian 2's
    mine = _text(guardian_copy_pdf(vault, view.id, today=TODAY), tmp_path, "g1.pdf")
    assert texts.shared in mine and texts.consent_missing not in mine
    summary = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "DELAS-AKTIV" in summary and "DELAS-ANDRA" not in summary  # screen, copy, paper agree


# ---------------------------------------------------------------- an other caregiver's own consent


def _caregiver(vault, built):  # type: ignore[no-untyped-def]
    """An other caregiver (not a guardian) who shares their words on one area, keeps one."""
    view = guardians.start_guardian_view(vault, built.new.id, GuardianRole.OTHER, "sv")
    guardians.set_guardian_answer(vault, view.id, "trygg", Answer.at(3))
    guardians.set_guardian_words(vault, view.id, "trygg", "VARDARE-DELAR")
    guardians.set_guardian_shared(vault, view.id, "trygg", GuardianItem.WORDS, True)
    guardians.set_guardian_shared(vault, view.id, "trygg", GuardianItem.ANSWER, True)
    guardians.set_guardian_words(vault, view.id, "aktiv", "VARDARE-HEMLIG")
    guardians.set_guardian_important(vault, view.id, "VARDARE-VIKTIGT", shared=True)
    return view


def test_the_childs_consent_no_longer_shows_an_other_caregivers_words(vault, catalog, tmp_path):
    # (the rule changed: before, the child's consent let the caregiver's view through)
    built = build_child(vault, catalog, with_consent=False)
    _caregiver(vault, built)
    _consent(vault, built, ConsentGiver.CHILD)
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert SHARED_WORDS[0] in text  # the child's own consent covers the child's items
    assert "VARDARE" not in text and "Annan omsorgsperson" not in text
    assert "Familjens bild" not in text  # the paper does not tell that they took part


def test_an_other_caregivers_own_consent_shows_only_their_marked_words(vault, catalog, tmp_path):
    built = build_child(vault, catalog, with_consent=False)
    _caregiver(vault, built)
    _consent(vault, built, ConsentGiver.OTHER_CAREGIVER)
    text = _text(render_report(vault, ReportRequest(built.child_id), today=TODAY), tmp_path, "s")
    assert "Familjens bild" in text and "Annan omsorgsperson (på svenska)" in text
    assert "VARDARE-DELAR" in text and "VARDARE-VIKTIGT" in text
    assert "VARDARE-HEMLIG" not in text  # they did not mark it
    # their consent covers nothing of the child's, and the paper says why
    for words in SHARED_WORDS:
        assert words not in text
    assert ADULT_NOTE not in text
    assert (
        "Bara den andra omsorgspersonen har ett giltigt samtycke den 2025-03-12. Det gäller "
        "bara det hen själv har sagt, så inget av barnets svar delas."
    ) in text
    # named in the consent part like a guardian, never as one
    assert "Annan omsorgsperson (skriftligt, 2025-03-01) – för Skolan, BUP" in text
    assert "Vårdnadshavare 1: inget giltigt samtycke" in text


def test_a_withdrawn_caregiver_consent_hides_their_view_and_the_paper_says_so(
    vault, catalog, tmp_path
):
    built = build_child(vault, catalog)  # guardian 1's consent, sole custody
    _caregiver(vault, built)
    mine = _consent(vault, built, ConsentGiver.OTHER_CAREGIVER)
    request = ReportRequest(built.child_id)
    shown = _text(render_report(vault, request, today=TODAY), tmp_path, "shown")
    assert "VARDARE-DELAR" in shown and SHARED_WORDS[0] in shown
    services.withdraw_consent(vault, mine.id, on=date(2025, 3, 11))
    text = _text(render_report(vault, request, today=TODAY), tmp_path, "s")
    assert "VARDARE" not in text and "Annan omsorgsperson (på" not in text
    assert SHARED_WORDS[0] in text  # the guardian's consent still covers the child's
    assert (
        "Annan omsorgsperson: samtycket återkallades den 2025-03-11 – det hen har sagt visas inte."
    ) in text
    english = _text(render_report(vault, ReportRequest(built.child_id, lang="en"), today=TODAY),
                    tmp_path, "en")  # fmt: skip
    assert "Other caregiver: consent withdrawn on 2025-03-11 – what they have said" in english


def test_an_other_caregivers_copy_speaks_of_their_own_consent(vault, catalog, tmp_path):
    built = build_child(vault, catalog)  # guardian 1's consent covers the child's, not theirs
    view = _caregiver(vault, built)
    texts = guardian_paper_texts("sv")
    before = _text(guardian_copy_pdf(vault, view.id, today=TODAY), tmp_path, "before.pdf")
    assert texts.consent_missing in before and texts.shared not in before
    _consent(vault, built, ConsentGiver.OTHER_CAREGIVER)
    after = _text(guardian_copy_pdf(vault, view.id, today=TODAY), tmp_path, "after.pdf")
    assert texts.consent_missing not in after and texts.shared in after
    assert "Lämnad av: Annan omsorgsperson" in after
