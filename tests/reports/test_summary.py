"""The SIP summary PDF, read back: what is there, what is not, how it is marked."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from io import BytesIO
from pathlib import Path

import pypdf
import pytest

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, Answer, AreaEntry, EntryField
from hjulet.core.sharing import meeting_view
from hjulet.reports.labels import EN, SV
from hjulet.reports.summary import NotFiltered, SummaryData, render_summary
from hjulet.services.summary import for_meeting
from tests.reports.builders import (
    ALL,
    MEETING,
    consent,
    conversation,
    page_pictures,
    pdftotext,
    sip_plan,
)

CHILD = "Alva Testsson"


def _entries() -> dict[str, AreaEntry]:
    return {
        "trygg": AreaEntry(
            "trygg",
            Answer.at(3),
            words="Hemma är det lugnt",
            good="Min hund Pixel",
            hard="HEMLIG-RASTEN",
            adult_note="Vuxen-notering-ett",
            adult_answer=Answer.at(2),
            shared=frozenset(
                {
                    EntryField.ANSWER,
                    EntryField.WORDS,
                    EntryField.GOOD,
                    EntryField.ADULT_NOTE,
                    EntryField.ADULT_ANSWER,
                }
            ),
        ),
        "ma-bra": AreaEntry("ma-bra", Answer.at(1), words="HEMLIG-SOMN"),  # nothing shared
        "utvecklas": AreaEntry("utvecklas", DECLINED, shared=ALL),
        "aktiv": AreaEntry("aktiv", DONT_KNOW, wish="Spela fotboll", shared=ALL),
    }


def _data(catalog: Catalog, **kw: object) -> SummaryData:
    conv = conversation(
        catalog, _entries(), important_to_me="Att mamma mår bra", important_shared=True
    )
    base = SummaryData(
        child_display="B-7KQ4-M2XD",
        conversation=conv,
        consents=(consent(),),
        sip=sip_plan(),
        prepared_by="Anna Kurator",
        organisation="Flens kommun",
        today=MEETING,
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def _render(tmp_path: Path, data: SummaryData, labels=SV, name: str = "s.pdf") -> Path:  # type: ignore[no-untyped-def]
    out = tmp_path / name
    render_summary(out, for_meeting(data), labels)
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_shared_items_present_unshared_absent_and_not_counted(
    tmp_path: Path, catalog: Catalog
) -> None:
    text = _flat(pdftotext(_render(tmp_path, _data(catalog)), "-layout"))
    for shown in (
        "Att mamma mår bra",
        "Hemma är det lugnt",
        "Min hund Pixel",
        "Spela fotboll",
        "B-7KQ4-M2XD",
        "Anna Kurator",
        "Flens kommun",
    ):
        assert shown in text
    assert "HEMLIG" not in text
    # withheld: trygg.hard, ma-bra answer and words; not counted (a count beside the
    # neutral marks could point to the area the child kept), the neutral key instead
    assert "svar och ord visas inte" not in text and "barnet valde" not in text
    assert _flat(SV.marks_key) in text
    # answers in words, with the scale position
    assert "Ofta (steg 3 av 4)" in text
    assert "Vill inte svara" in text and "Vet inte" in text
    # the meeting and the consent it rests on
    for shown in (
        "Hur kan skola och BUP ge stöd kring sömn?",
        "Rastvärd vid fotbollsplanen",
        "2025-06-10",
        "Socialtjänsten",
        "Skolan, BUP Eskilstuna",
        "till 2025-12-31",
        "SoL (2025:400) / HSL 16 kap. 4 §",
    ):
        assert shown in text


def test_withdrawn_or_expired_consent_shares_nothing(tmp_path: Path, catalog: Catalog) -> None:
    for i, bad in enumerate(
        (consent(withdrawn_on=date(2025, 3, 1)), consent(valid_until=date(2025, 3, 1)))
    ):
        text = _flat(
            pdftotext(
                _render(tmp_path, _data(catalog, consents=(bad,)), name=f"{i}.pdf"), "-layout"
            )
        )
        for hidden in (
            "Att mamma mår bra",
            "Hemma är det lugnt",
            "Min hund Pixel",
            "Spela fotboll",
            "Vuxen-notering-ett",
            "Ofta (steg",
            "HEMLIG",
        ):
            assert hidden not in text
        assert "Det finns inget giltigt samtycke den 2025-03-12" in text
        # why: the chair reads whether the consent was withdrawn or ran out, and when
        why = (
            "Samtycket återkallades den 2025-03-01.",
            "Samtycket gällde till och med 2025-03-01.",
        )
        assert why[i] in text and why[1 - i] not in text
        assert text.count(why[i]) == 2  # before the wheel and under the consent heading
        # 4 answers, 3 trygg texts, ma-bra words, aktiv wish, important_to_me: none
        # counted, every area's row the one neutral mark (and the key)
        assert "svar och ord visas inte" not in text and "visas inte:" not in text
        assert text.count(SV.not_shown) == 8 + 1
        assert "Barnet har själv valt" not in text  # not the child's choice: no consent
        assert "Barnet delar" not in text  # nor the child's own words' absence
        assert "Inga av barnets egna ord visas i den här sammanfattningen." in text


def test_adult_view_under_its_own_heading_after_the_child(tmp_path: Path, catalog: Catalog) -> None:
    text = _flat(pdftotext(_render(tmp_path, _data(catalog)), "-layout"))
    child_pos = text.index("Hemma är det lugnt")
    heading = text.index("Den vuxnes bild")
    note = text.index("Vuxen-notering-ett")
    assert child_pos < heading < note
    assert "Vuxens svar: Ibland" in text[heading:]
    assert "Vuxen-notering-ett" not in text[:heading]


def test_change_since_previous_conversation(tmp_path: Path, catalog: Catalog) -> None:
    prev = conversation(
        catalog,
        {
            "trygg": AreaEntry("trygg", Answer.at(2), shared=ALL),
            "ma-bra": AreaEntry("ma-bra", Answer.at(4), shared=ALL),  # now hidden: no change shown
        },
        held_on=date(2024, 10, 2),
        conv_id=2,
    )
    text = _flat(pdftotext(_render(tmp_path, _data(catalog, previous=prev)), "-layout"))
    assert "Sedan förra samtalet (2024-10-02)" in text
    assert "Ibland › Ofta" in text
    assert "Alltid ›" not in text


def test_english_labels(tmp_path: Path, catalog: Catalog) -> None:
    text = _flat(pdftotext(_render(tmp_path, _data(catalog), EN), "-layout"))
    assert "Summary for a SIP meeting" in text
    assert "Often (step 3 of 4)" in text and "Safe" in text
    # the neutral key, never a count of what the child kept
    assert "– Not shown here: not answered, or not for this meeting." in text
    assert "of the child's answers" not in text and "chose not to share" not in text
    assert "The adult's view" in text


def test_every_page_marked_and_numbered(tmp_path: Path, catalog: Catalog) -> None:
    long = {k: replace(v, words="Ord " * 800) for k, v in _entries().items()}
    conv = replace(_data(catalog).conversation, entries=long)
    out = _render(
        tmp_path, _data(catalog, conversation=conv, confidentiality="Sekretessmarkering X")
    )
    pages = pdftotext(out, "-layout").split("\f")[:-1]
    assert len(pages) >= 3
    for n, page in enumerate(pages, start=1):
        assert "Sekretessmarkering X" in page
        assert f"Sida {n} av {len(pages)}" in page


def test_page_count_sensible_for_eight_long_comments(tmp_path: Path, catalog: Catalog) -> None:
    sentence = "Jag tycker att det är svårt ibland men det blir bättre. "
    words = (sentence * 60)[:3000]
    entries = {
        a.id: AreaEntry(a.id, Answer.at(2), words=words, shared=ALL)
        for a in catalog.definition().areas
    }
    conv = replace(_data(catalog).conversation, entries=entries)
    out = _render(tmp_path, _data(catalog, conversation=conv))
    n = len(pypdf.PdfReader(out).pages)
    assert 5 <= n <= 12, n
    text = pdftotext(out, "-layout")
    assert text.count("svårt ibland") >= 8 * 50  # every comment printed in full


def test_fifty_thousand_characters_flow_without_crash(tmp_path: Path, catalog: Catalog) -> None:
    huge = ("abc " * 3000 + "x" * 20_000 + " slut\n" * 100)[:50_000]
    entries = dict(_entries())
    entries["trygg"] = replace(entries["trygg"], words=huge + "SISTA-ORDET", adult_note=huge)
    conv = replace(_data(catalog).conversation, entries=entries, important_to_me=huge)
    out = _render(tmp_path, _data(catalog, conversation=conv))
    text = pdftotext(out)
    assert "SISTA-ORDET" in text
    assert len(pypdf.PdfReader(out).pages) > 10


def test_markup_and_control_characters_print_safely(tmp_path: Path, catalog: Catalog) -> None:
    nasty = "A & B <b>fet</b> <font name=x> \u202edlrow\u202c \x00\x07 slut"
    entries = dict(_entries())
    entries["trygg"] = replace(entries["trygg"], words=nasty)
    conv = replace(_data(catalog).conversation, entries=entries)
    out = _render(tmp_path, _data(catalog, conversation=conv, child_display="<i>&amp;"))
    text = pdftotext(out, "-layout")
    assert "A & B <b>fet</b> <font name=x> dlrow slut" in _flat(text)
    assert "<i>&amp;" in text
    assert "\u202e" not in text and "\x07" not in text


def test_metadata_has_no_personal_data(tmp_path: Path, catalog: Catalog) -> None:
    buf = BytesIO()
    render_summary(buf, for_meeting(_data(catalog, child_display=CHILD)))
    raw = buf.getvalue()
    reader = pypdf.PdfReader(BytesIO(raw))
    meta = reader.metadata or {}
    assert meta.get("/Title") == "Sammanfattning inför SIP-möte"
    assert meta.get("/Author") == "Flens kommun"
    assert not meta.get("/Subject") and not meta.get("/Keywords")
    joined = " ".join(str(v) for v in meta.values())
    for personal in (CHILD, "Anna Kurator", "Alva"):
        assert personal not in joined
    # the name is in the page text (the user chose the name) but not in plain bytes
    assert CHILD.encode() not in raw


def test_fonts_are_embedded(tmp_path: Path, catalog: Catalog) -> None:
    reader = pypdf.PdfReader(_render(tmp_path, _data(catalog)))
    embedded = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            desc = font.get_object().get("/FontDescriptor")
            if desc is None:
                sub = font.get_object().get("/DescendantFonts")
                desc = sub[0].get_object().get("/FontDescriptor") if sub else None
            if desc is not None and "/FontFile2" in desc.get_object():
                embedded.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert {"NotoSans-Regular", "NotoSans-Bold"} <= embedded


def test_not_answered_and_kept_private_share_one_neutral_mark_and_its_key(
    tmp_path: Path, catalog: Catalog
) -> None:
    prev = conversation(
        catalog,
        {"trygg": AreaEntry("trygg", Answer.at(2), shared=ALL)},
        held_on=date(2024, 10, 2),
        conv_id=2,
    )
    text = pdftotext(_render(tmp_path, _data(catalog, previous=prev)), "-layout")
    rows = {line.split()[0]: _flat(line) for line in text.splitlines() if line.strip()}
    # "ma-bra" was answered but kept private; "omvardad" was never answered: one mark
    ma_bra, omvardad = rows["Må"], rows["Omvårdad"]
    assert ma_bra.replace("Må bra", "Omvårdad") == omvardad
    assert SV.not_shown in ma_bra
    assert "×" not in text and "Delas inte" not in text and "Inte besvarat" not in text
    assert _flat(SV.marks_key) in _flat(text)
    # a change says which way it went on the wheel
    assert "Ibland › Ofta (1 steg utåt)" in _flat(text)
    en = _flat(pdftotext(_render(tmp_path, _data(catalog), EN, "en.pdf"), "-layout"))
    assert EN.not_shown in en and _flat(EN.marks_key) in en
    assert "×" not in en and "Not shared" not in en and "Not answered" not in en


def _headings(catalog: Catalog) -> set[str]:
    labels = SV
    fixed = {
        labels.important,
        labels.wheel,
        labels.areas,
        labels.change_note,
        labels.own_words,
        labels.adult_heading,
        labels.meeting,
        labels.question,
        labels.participation,
        labels.actions,
        labels.overall_responsible,
        labels.follow_up,
        labels.consent,
    }
    return fixed | {a.label_in("sv") for a in catalog.definition().areas}


def _last_body_line(page: str) -> str:
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    body = [line for line in lines if "Sida " not in line and "Sammanfattning inför" not in line]
    if body and body[-1] == SV.childs_words_hint and SV.areas not in page:
        # the caption under "what is important to me" (same words as the heading of
        # the own-words section, which always comes after the area table)
        return body[-2] if len(body) > 1 else ""
    return body[-1] if body else ""


def test_no_heading_is_the_last_line_on_a_page(tmp_path: Path, catalog: Catalog) -> None:
    headings = _headings(catalog)
    words = "Jag tycker om att vara ute och spela med mina kompisar efter skolan. " * 3
    entries = {
        a.id: AreaEntry(a.id, Answer.at(2), words=words, good=words, hard=words, shared=ALL)
        for a in catalog.definition().areas
    }
    checked_pages = 0
    for padding in range(0, 40, 3):
        conv = conversation(
            catalog,
            entries,
            important_to_me="Att mamma mår bra. " * (1 + padding * 4),
            important_shared=True,
        )
        data = _data(catalog, conversation=conv)
        out = _render(tmp_path, data, name=f"p{padding}.pdf")
        pages = pdftotext(out, "-layout").split("\f")[:-1]
        for number, page in enumerate(pages[:-1], start=1):
            last = _last_body_line(page)
            title = last.split("  ·  ")[0].strip()
            assert last not in headings and title not in headings, (
                f"padding {padding}: page {number} ends with the heading {last!r}"
            )
            checked_pages += 1
    assert checked_pages > 20


def test_the_renderer_draws_only_the_filtered_view_it_is_handed(
    tmp_path: Path, catalog: Catalog
) -> None:
    """The renderer decides nothing: without the rule's view it refuses, and with one it
    draws that view even when the raw conversation beside it holds more."""
    raw = _data(catalog)
    with pytest.raises(NotFiltered):
        render_summary(BytesIO(), raw)
    # a view made without consent, handed beside the unfiltered conversation
    blocked = meeting_view(raw.conversation, [], MEETING)
    text = _flat(pdftotext(_render_as_is(tmp_path, replace(raw, meeting=blocked)), "-layout"))
    for never in ("Att mamma mår bra", "Hemma är det lugnt", "Min hund Pixel", "Vuxen-notering"):
        assert never not in text
    assert "Det finns inget giltigt samtycke den 2025-03-12" in text


def _render_as_is(tmp_path: Path, data: SummaryData) -> Path:
    out = tmp_path / "as-is.pdf"
    render_summary(out, data, SV)
    return out


NOTED_HEADING = "En vårdnadshavares svar, som den vuxne antecknade det"


def test_a_guardians_answer_noted_by_the_professional_is_drawn_apart(
    tmp_path: Path, catalog: Catalog
) -> None:
    entries = _entries()
    entries["trygg"] = replace(
        entries["trygg"],
        guardian_answer=Answer.at(1),
        shared=entries["trygg"].shared | {EntryField.GUARDIAN_ANSWER},
    )
    entries["aktiv"] = replace(entries["aktiv"], guardian_answer=Answer.at(4))  # flag via ALL
    entries["ma-bra"] = replace(entries["ma-bra"], guardian_answer=Answer.at(2))  # not shared
    conv = replace(_data(catalog).conversation, entries=entries)
    text = _flat(pdftotext(_render(tmp_path, _data(catalog, conversation=conv)), "-layout"))
    assert NOTED_HEADING in text
    assert "Det är inte vårdnadshavarens egen bild" in text
    head = text.index(NOTED_HEADING)
    noted = text[head : text.index("Inför mötet")]
    assert "Trygg Aldrig (steg 1 av 4)" in noted
    assert "Aktiv Alltid (steg 4 av 4)" in noted
    assert "Må bra" not in noted  # not marked: not shown
    # after the child's part and inside the professional's, never in the child's table
    assert text.index("Den vuxnes bild") < head
    child_table = text[text.index("Område för område") : text.index("Barnets egna ord")]
    assert "Aldrig (steg" not in child_table
    # without a valid consent it is not shown either
    blocked = _data(catalog, conversation=conv, consents=(consent(withdrawn_on=MEETING),))
    text = _flat(pdftotext(_render(tmp_path, blocked, name="b.pdf"), "-layout"))
    assert NOTED_HEADING not in text and "Aldrig (steg 1 av 4)" not in text


# ---------------------------------------------------------------- the adult's withheld items


def _adult_entries() -> dict[str, AreaEntry]:
    """The adult shares one note; keeps an answer, a note and a noted guardian answer."""
    entries = _entries()
    entries["ma-bra"] = replace(
        entries["ma-bra"],
        adult_answer=Answer.at(1),
        adult_note="HEMLIG-VUXEN-NOTERING",
        guardian_answer=Answer.at(4),
    )
    return entries


ADULT_LINES = {
    "sv": (
        "3 av den vuxnes svar och anteckningar visas inte: den vuxne valde att inte dela dem.",
        "1 av den vuxnes svar eller anteckningar visas inte: den vuxne valde att inte dela det.",
        "Det finns inget giltigt samtycke, så inget av den vuxnes svar och anteckningar delas.",
        "av den vuxnes svar",
    ),
    "en": (
        "3 of the adult's answers and notes are not shown: the adult chose not to share them.",
        "1 of the adult's answers or notes is not shown: the adult chose not to share it.",
        "There is no valid consent, so none of the adult's answers and notes are shared.",
        "of the adult's answers",
    ),
}


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_adults_withheld_items_are_counted_only_under_a_valid_consent(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    labels = SV if lang == "sv" else EN
    many, one, no_consent, any_line = ADULT_LINES[lang]

    def read(entries: dict[str, AreaEntry], name: str, **kw: object) -> str:
        conv = replace(_data(catalog).conversation, entries=entries)
        data = _data(catalog, conversation=conv, **kw)
        return _flat(pdftotext(_render(tmp_path, data, labels, name=name), "-layout"))

    # nothing of the adult's withheld: no line
    text = read(_entries(), "none.pdf")
    assert any_line not in text
    # three withheld (answer, note, the noted guardian answer), under the adult's heading
    text = read(_adult_entries(), "three.pdf")
    assert many in text
    assert text.index(labels.adult_heading) < text.index(many) < text.index("Vuxen-notering-ett")
    assert "HEMLIG" not in text  # none of the withheld content, anywhere
    assert labels.noted_guardian not in text  # the noted guardian answer is not shown either
    # one withheld
    one_kept = _adult_entries()
    one_kept["ma-bra"] = replace(
        one_kept["ma-bra"], adult_answer=Answer(), guardian_answer=Answer()
    )
    assert one in read(one_kept, "one.pdf")
    # no valid consent: every adult item is withheld, the line says why, and nothing
    # counts how much the adult noted
    text = read(_adult_entries(), "withdrawn.pdf", consents=(consent(withdrawn_on=MEETING),))
    adult_part = text[text.index(labels.adult_heading) :]
    assert no_consent in adult_part and "HEMLIG" not in text and "Vuxen-notering" not in text
    assert labels.noted_guardian not in text
    assert re.search(r"\d+ (av den vuxnes|of the adult's)", text) is None


def test_the_english_summary_says_why_there_is_no_consent(tmp_path: Path, catalog: Catalog) -> None:
    withdrawn = _data(catalog, consents=(consent(withdrawn_on=date(2025, 3, 1)),))
    text = _flat(pdftotext(_render(tmp_path, withdrawn, EN), "-layout"))
    assert (
        "The consent was withdrawn on 2025-03-01. There is no valid consent on 2025-03-12, so "
        "none of the child's answers are shared." in text
    )
    never = _data(catalog, consents=())
    text = _flat(pdftotext(_render(tmp_path, never, EN, name="never.pdf"), "-layout"))
    assert "There is no valid consent on 2025-03-12, so none of the child's answers" in text
    assert "The consent was" not in text
    assert "None of the child's own words are shown in this summary." in text
    assert "The child shares" not in text


# ------------------------------------------------- an area the child kept private


def _kept_or_unanswered(catalog: Catalog, trygg: AreaEntry | None, **kw: object) -> SummaryData:
    """Three areas answered and shared; "trygg" as given (None: never answered)."""
    entries = {
        "ma-bra": AreaEntry("ma-bra", Answer.at(3), words="Jag sover gott", shared=ALL),
        "aktiv": AreaEntry("aktiv", DONT_KNOW, wish="Spela fotboll", shared=ALL),
        "utvecklas": AreaEntry("utvecklas", DECLINED, shared=ALL),
    }
    if trygg is not None:
        entries["trygg"] = trygg
    conv = conversation(catalog, entries)
    return _data(catalog, conversation=conv, **kw)


# answered with a rating and words, none of it marked for the meeting
KEPT = AreaEntry(
    "trygg",
    Answer.at(1),
    words="HEMLIG-HEMMA",
    hard="HEMLIG-PAPPA",
    shared=frozenset(),
    child_decided=frozenset({EntryField.ANSWER, EntryField.WORDS, EntryField.HARD}),
)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_an_area_the_child_kept_reads_and_looks_like_an_unanswered_one(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    labels = SV if lang == "sv" else EN
    kept = _render(tmp_path, _kept_or_unanswered(catalog, KEPT), labels, "kept.pdf")
    unanswered = _render(tmp_path, _kept_or_unanswered(catalog, None), labels, "none.pdf")
    text = pdftotext(kept, "-layout")
    assert "HEMLIG" not in text
    # the area's row is the neutral mark, and no line anywhere gives the area away:
    # the whole text equals that of the summary where the area was never answered
    safe = catalog.definition().area("trygg").label_in(lang)
    row = next(_flat(line) for line in text.splitlines() if line.strip().startswith(safe))
    assert row == f"{safe} {labels.not_shown} {labels.no_comparison}"
    assert text == pdftotext(unanswered, "-layout")
    assert "×" not in text
    # and so do the pictures (the wheel: a kept sector is the pale empty one, never
    # hatched like the child's own "I don't want to answer")
    kept_pages = page_pictures(kept, tmp_path / "kept")
    assert kept_pages and kept_pages == page_pictures(unanswered, tmp_path / "none")


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_a_child_who_keeps_nothing_gets_the_same_key_and_no_count(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    labels = SV if lang == "sv" else EN
    everything = replace(KEPT, shared=ALL, words="Tryggt hemma", hard="Ibland rasten")
    shares = _flat(
        pdftotext(_render(tmp_path, _kept_or_unanswered(catalog, everything), labels), "-layout")
    )
    keeps = _flat(
        pdftotext(_render(tmp_path, _kept_or_unanswered(catalog, KEPT), labels, "k.pdf"), "-layout")
    )
    # the key is the same sentence whether or not anything is kept: its presence tells
    # nothing; no sentence or count speaks of the child's withheld items
    assert _flat(labels.marks_key) in shares and _flat(labels.marks_key) in keeps
    for text in (shares, keeps):
        assert re.search(r"\d+ (av barnets|of the child's)", text) is None
        assert "barnet valde" not in text and "the child chose" not in text
    assert "Tryggt hemma" in shares and "HEMLIG" not in keeps


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_without_consent_a_child_who_said_much_reads_like_one_who_said_nothing(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    labels = SV if lang == "sv" else EN
    withdrawn = (consent(withdrawn_on=date(2025, 3, 1)),)
    much = _render(tmp_path, _data(catalog, consents=withdrawn), labels, "much.pdf")
    empty = replace(_data(catalog).conversation, entries={}, important_to_me="")
    nothing = _render(
        tmp_path, _data(catalog, conversation=empty, consents=withdrawn), labels, "nothing.pdf"
    )
    text = pdftotext(much, "-layout")
    for hidden in ("HEMLIG", "Hemma är det lugnt", "Vuxen-notering", "Att mamma mår bra"):
        assert hidden not in text
    # every area the neutral mark (and the key), no count of the child's or the adult's
    assert _flat(text).count(labels.not_shown) == 8 + 1
    assert re.search(r"\d+ (av barnets|of the child's|av den vuxnes|of the adult's)", text) is None
    # nothing on the paper tells how much was said: text and pictures equal those of
    # a conversation where nothing was said at all
    assert text == pdftotext(nothing, "-layout")
    assert page_pictures(much, tmp_path / "much") == page_pictures(nothing, tmp_path / "nothing")


def test_the_adults_refusals_are_pictures_in_the_wheel_and_the_legend_says_so(
    tmp_path: Path, catalog: Catalog
) -> None:
    """The adult's "does not want to answer" and "does not know" are tags in the
    adult's wheel (the letter, then the mark), each explained in the legend beneath;
    an adult with only refusals gets no "dashed line" row."""
    entries = {
        "utvecklas": AreaEntry("utvecklas", Answer.at(2), adult_answer=DECLINED, shared=ALL),
        "aktiv": AreaEntry("aktiv", Answer.at(3), adult_answer=DONT_KNOW, shared=ALL),
    }
    data = _data(catalog, conversation=conversation(catalog, entries))
    text = _flat(pdftotext(_render(tmp_path, data), "-layout"))
    adult = text[text.index(SV.adult_heading) :]
    assert SV.legend_adult_declined in adult and SV.legend_adult_dont_know in adult
    assert SV.legend_adult not in text
    # the tags' letters and marks are pictures: the text has no lone "Y" or "?"
    # between the heading and the legend (the answers are in words below the wheel)
    assert SV.adult_badge == "Y"
    assert "Y" not in adult.split() and "?" not in adult.split()
    # with the adult's levels only, the legend has the dashed line alone
    plain = _flat(pdftotext(_render(tmp_path, _data(catalog), name="plain.pdf"), "-layout"))
    assert SV.legend_adult in plain
    assert SV.legend_adult_declined not in plain and SV.legend_adult_dont_know not in plain
