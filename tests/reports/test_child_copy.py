"""The child's own copy: right-to-left order from word positions, Ge'ez glyphs, content."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pypdf
import pytest

from hjulet.core import languages
from hjulet.core.catalog import Catalog
from hjulet.core.child_texts import load_book
from hjulet.core.model import Answer, AreaEntry, EntryField
from hjulet.reports.blank_sheet import render_blank_sheet
from hjulet.reports.child_copy import render_child_copy
from hjulet.reports.fonts import has_glyph
from hjulet.reports.summary import SummaryData
from tests.reports.builders import MEETING, consent, conversation, pdftotext, sip_plan

# thirty distinct Arabic words, so each one's logical position is known
AR_TEXT = (
    "الشمس تشرق على مدرستنا الجميلة صباحا ونحن نلعب بالكرة مع أصدقائنا الطيبين ثم نعود "
    "إلى الصف لنقرأ قصة طويلة عن قطة صغيرة تحب الحليب والنوم قرب النافذة المفتوحة دائما بسعادة"
)
AR_WORDS = AR_TEXT.split()
AR_MIXED = "لدي 3 كلاب في FIFA 2024"
TI_WORDS = "ኣብ ገዛ ሕጂ ህዱእ እዩ። ኣደይን ከልበይን።"

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)


def _words(pdf: Path, page: int = 1) -> list[tuple[float, float, float, str]]:
    """(xMin, yMin, xMax, logical text) of each word; y grows downwards."""
    out = []
    for m in _WORD.finditer(pdftotext(pdf, "-bbox", "-f", str(page), "-l", str(page))):
        x0, y0, x1, _y1, text = m.groups()
        # poppler gives glyphs left to right; an Arabic word reads right to left
        logical = unicodedata.normalize("NFKC", text[::-1]) if _is_arabic(text) else text
        out.append((float(x0), float(y0), float(x1), logical))
    return out


def _is_arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" or "\ufb50" <= ch <= "\ufeff" for ch in text)


def _bare(text: str) -> str:
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def _data(catalog: Catalog, lang: str, words: str, **kw: object) -> SummaryData:
    entries = {
        "trygg": AreaEntry(
            "trygg",
            Answer.at(3),
            words=words,
            adult_note="VUXEN-ANTECKNING",
            adult_answer=Answer.at(1),
        ),
        "aktiv": AreaEntry(
            "aktiv",
            Answer.at(4),
            wish=AR_MIXED if lang == "ar" else "Fotboll",
            shared=frozenset({EntryField.WISH}),
        ),
    }
    conv = conversation(catalog, entries, language=lang, **kw)
    return SummaryData("Alva", conv, (consent(),), sip=sip_plan(), today=MEETING)


def test_arabic_paragraph_lines_and_words_in_right_to_left_order(
    tmp_path: Path, catalog: Catalog
) -> None:
    out = tmp_path / "ar.pdf"
    render_child_copy(out, _data(catalog, "ar", " ".join(AR_WORDS)), "ar")
    index = {w: i for i, w in enumerate(AR_WORDS)}
    words = _words(out)
    top = next(y0 for _, y0, _, t in words if t == AR_WORDS[0])
    bottom = next(y0 for _, y0, _, t in words if t == AR_WORDS[-1])
    found = [
        (x0, y0, x1, index[t]) for x0, y0, x1, t in words if t in index and top <= y0 <= bottom
    ]
    assert len(found) == len(AR_WORDS), "every word of the paragraph is extracted once"
    lines: dict[float, list[tuple[float, float, int]]] = {}
    for x0, y0, x1, i in found:
        lines.setdefault(round(y0), []).append((x0, x1, i))
    assert len(lines) >= 2, "the paragraph wraps"
    order: list[int] = []
    right_edges = []
    for y in sorted(lines):  # top to bottom
        row = sorted(lines[y], key=lambda w: -w[1])  # right to left
        right_edges.append(row[0][1])
        order.extend(i for _, _, i in row)
    # reading each line right to left, lines downwards, gives the logical order
    assert order == list(range(len(AR_WORDS)))
    first_line = lines[min(lines)]
    assert max(first_line, key=lambda w: w[1])[2] == 0  # first word rightmost on top line
    # right-aligned: every line ends at the same right edge
    assert max(right_edges) - min(right_edges) < 2.0


def test_digits_and_latin_inside_arabic_keep_left_to_right(
    tmp_path: Path, catalog: Catalog
) -> None:
    out = tmp_path / "ar.pdf"
    render_child_copy(out, _data(catalog, "ar", "كلمة"), "ar")
    pos = {}
    for page in (1, 2):
        for x0, y0, _x1, t in _words(out, page):
            if t in ("لدي", "3", "كلاب", "FIFA", "2024", "في"):
                pos.setdefault(t, (x0, y0))
    assert {"لدي", "3", "كلاب", "FIFA", "2024"} <= set(pos)
    assert len({round(y) for _, y in pos.values()}) == 1, "one line"
    # Arabic runs right to left; the number and the Latin words stay left to right
    assert pos["كلاب"][0] < pos["3"][0] < pos["لدي"][0]
    assert pos["FIFA"][0] < pos["2024"][0] < pos["كلاب"][0]


def test_child_copy_has_the_childs_words_not_the_adults(tmp_path: Path, catalog: Catalog) -> None:
    out = tmp_path / "sv.pdf"
    data = _data(catalog, "sv", "Hemma är det lugnt", important_to_me="Min hund")
    render_child_copy(out, data, "sv")
    text = " ".join(pdftotext(out).split())
    # the child's own words, shared or not: the copy is the child's
    for shown in (
        "Mitt hjul",
        "Hemma är det lugnt",
        "Min hund",
        "Fotboll",
        "Ofta",
        "Trygg",
        "Vad händer nu?",
        "Rastvärd vid fotbollsplanen",
        "2025-06-10",
    ):
        assert shown in text
    assert "VUXEN-ANTECKNING" not in text
    assert "Aldrig" in text  # the scale, as words beside the faces
    assert 1 <= len(pypdf.PdfReader(out).pages) <= 2


def test_tigrinya_copy_prints_geez_with_the_embedded_font(tmp_path: Path, catalog: Catalog) -> None:
    out = tmp_path / "ti.pdf"
    render_child_copy(out, _data(catalog, "ti", TI_WORDS), "ti")
    text = pdftotext(out)
    label = catalog.definition().area("trygg").label_in("ti")
    for piece in (label, "ህዱእ", "ከልበይን።", "መንኮርኮረይ"):
        assert piece in text
    # not tofu: every Ge'ez character has a glyph in the bundled font, and it is embedded
    assert all(has_glyph("NotoSansEthiopic", ch) for ch in TI_WORDS if ch != " ")
    raw_fonts = set()
    for page in pypdf.PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            raw_fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert "NotoSansEthiopic-Regular" in raw_fonts


@pytest.mark.parametrize("lang", languages.CODES)
@pytest.mark.parametrize("paper", ["A4", "A3"])
def test_blank_sheet_one_page_with_areas_and_questions(
    tmp_path: Path, catalog: Catalog, lang: str, paper: str
) -> None:
    out = tmp_path / f"blank-{lang}-{paper}.pdf"
    definition = catalog.definition()
    render_blank_sheet(out, definition, catalog.scale("steps4"), lang, paper)  # type: ignore[arg-type]
    reader = pypdf.PdfReader(out)
    assert len(reader.pages) == 1
    width_mm = float(reader.pages[0].mediabox.width) / 72 * 25.4
    assert round(width_mm) == (297 if paper == "A3" else 210)
    text = pdftotext(out)
    if languages.is_rtl(lang):  # poppler returns presentation forms: compare normalised
        text = unicodedata.normalize("NFKC", text)
        words = _words(out)
        logical = {t for *_, t in words}
        for area in definition.areas:  # harakat are dropped in print (no mark positioning)
            # Persian/Dari: the zero-width non-joiner shapes the letters, then is not drawn
            assert set(_bare(area.label_in(lang)).replace("\u200c", "").split()) <= logical
    else:
        for area in definition.areas:
            assert area.label_in(lang) in text
            assert area.question_in(lang).split()[0] in text


def test_tigrinya_copy_speaks_to_a_girl_as_a_girl(tmp_path: Path, catalog: Catalog) -> None:
    texts = {}
    for form in ("girl", "boy"):
        out = tmp_path / f"ti-{form}.pdf"
        data = _data(catalog, "ti", TI_WORDS)
        render_child_copy(out, replace(data, address_form=form), "ti")
        texts[form] = pdftotext(out)
    assert "እዚ ናትኪ ቅዳሕ እዩ።" in texts["girl"] and "ናትካ" not in texts["girl"]
    assert "እዚ ናትካ ቅዳሕ እዩ።" in texts["boy"] and "ናትኪ" not in texts["boy"]
    # the area name too: "safe" as a girl says it about herself
    assert "ውሕስቲ" in texts["girl"] and "ውሑስ" in texts["boy"]


@pytest.mark.parametrize("lang", ["so", "uk", "fi"])
def test_copy_says_the_words_were_written_down_in_swedish(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    out = tmp_path / f"{lang}.pdf"
    render_child_copy(out, _data(catalog, lang, "Hemma är det lugnt."), lang)
    flat = " ".join(pdftotext(out).split())
    assert load_book(lang).get("paper.words_in_sv") in flat
    assert "Hemma är det lugnt." in flat
    out_sv = tmp_path / "sv.pdf"
    render_child_copy(out_sv, _data(catalog, "sv", "Hemma är det lugnt."), "sv")
    assert load_book("sv").get("paper.words_in_sv") not in " ".join(pdftotext(out_sv).split())


def test_no_note_when_the_words_are_in_the_copys_own_script(
    tmp_path: Path, catalog: Catalog
) -> None:
    out = tmp_path / "ti.pdf"
    render_child_copy(out, _data(catalog, "ti", TI_WORDS), "ti")
    assert "ብሽወደንኛ" not in pdftotext(out)


@pytest.mark.parametrize("lang", languages.CODES)
def test_no_page_holds_only_a_note(tmp_path: Path, catalog: Catalog, lang: str) -> None:
    out = tmp_path / f"{lang}.pdf"
    long_words = " ".join(["Jag tycker om att vara hemma och i skolan."] * 25)
    render_child_copy(out, _data(catalog, lang, long_words), lang)
    pages = len(pypdf.PdfReader(out).pages)
    title = load_book(lang).get("paper.next")
    for page in range(1, pages + 1):
        words = [w for w in _words(out, page) if w[1] < 780]  # above the footer line
        assert len(words) > 5, (lang, page, "a page with only a note or a footer")
    assert pages <= 3
    del title


def test_persian_zero_width_non_joiner_keeps_letters_apart_and_is_not_drawn(
    tmp_path: Path, catalog: Catalog
) -> None:
    out = tmp_path / "fa.pdf"
    render_blank_sheet(out, catalog.definition(), catalog.scale("steps4"), "fa", "A4")
    raw = pdftotext(out, "-raw")
    assert "\u200c" not in raw  # no glyph drawn for it (Noto Naskh's would be a visible bar)
    # "مسئولیت‌پذیر": TEH in its final form, then PEH in its initial form
    assert "\ufe96\ufb58" in raw
    assert "\ufe98\ufb59" not in raw  # not joined across the non-joiner


def _letters(text: str) -> set[str]:
    """The words of ``text`` as letters only (no punctuation, joiners or marks), NFKC."""
    flat = unicodedata.normalize("NFKC", text.replace("\u200c", ""))  # ZWNJ is not drawn
    words = ("".join(ch for ch in w if ch.isalpha()) for w in flat.split())
    return {_bare(w) for w in words if len(w) >= 2}


@pytest.mark.parametrize("lang", languages.CODES)
def test_the_draft_note_speaks_the_copys_language_with_the_swedish_under_it(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    from hjulet.core.guardian import GuardianRole, GuardianView
    from hjulet.core.sharing import guardian_copy_sharing
    from hjulet.core.wheel import ReviewStatus
    from hjulet.reports.guardian_copy import render_guardian_copy
    from hjulet.reports.labels import draft_note

    book = load_book(lang)
    assert "paper.draft" not in book.fallbacks, f"{lang}.toml has no [paper] draft of its own"
    note, swedish = book.get("paper.draft"), draft_note()
    data = _data(catalog, lang, "Hemma är det lugnt.")
    child, guardian = tmp_path / f"child-{lang}.pdf", tmp_path / f"guardian-{lang}.pdf"
    render_child_copy(child, data, lang)
    view = GuardianView(None, data.conversation.id, GuardianRole.GUARDIAN_1, language=lang)
    said = guardian_copy_sharing(data.conversation, view, data.consents, data.sharing_date)
    render_guardian_copy(guardian, data, view, said)
    blank = tmp_path / f"blank-{lang}.pdf"  # the blank sheet, under its bottom margin
    render_blank_sheet(blank, catalog.definition(), catalog.scale("steps4"), lang)
    for pdf, top in ((child, 780), (guardian, 780), (blank, 808)):
        footer = _letters(" ".join(w[3] for w in _words(pdf) if w[1] > top))
        if book.review is ReviewStatus.DRAFT:
            assert _letters(swedish) <= footer, (pdf.name, footer)
            assert _letters(note) <= footer, (pdf.name, footer)
            assert note != swedish
        else:  # a checked translation: no note at all
            assert not {"Utkast", "översättningen", "Draft"} & footer, (pdf.name, footer)


def test_dont_know_is_dotted_on_paper_as_on_the_screen(tmp_path: Path, catalog: Catalog) -> None:
    """ "Don't know" was a question mark alone on paper while the screen dots the whole
    sector: the paper wheel now dots it too (one picture per meaning). Drawn by
    poppler and compared with the same wheel not answered, away from the mark."""
    import io
    import math

    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from hjulet.core.model import DONT_KNOW
    from hjulet.reports.wheel_drawing import WheelSpec, draw_wheel
    from tests.reports.builders import page_pictures

    definition = catalog.definition()
    first = definition.areas[0].id
    pictures = []
    for name, answers in (("asked", {first: DONT_KNOW}), ("blank", {})):
        pdf = tmp_path / f"{name}.pdf"
        canvas = Canvas(str(pdf), pagesize=(300, 300))
        spec = WheelSpec(definition, 4, "sv", answers=answers, labels=False, icons=False)
        draw_wheel(canvas, 150, 150, 120, spec)
        canvas.save()
        (png,) = page_pictures(pdf, tmp_path / name, resolution=72)
        pictures.append(Image.open(io.BytesIO(png)).convert("RGB"))
    geo = spec.geometry()
    mx, my = geo.sector_centre(0, (geo.n_levels + 1) / 2)
    mark = (150 + mx * 120, 150 + my * 120)  # the mark's centre, in the picture (y down)
    differ = 0
    for y in range(300):
        for x in range(300):
            ux, uy = (x - 150) / 120, (y - 150) / 120
            radius = math.hypot(ux, uy)
            angle = math.degrees(math.atan2(ux, -uy)) % 360
            inside = geo.hub + 0.05 < radius < 0.95 and geo.sector_start(0) + 4 < angle
            inside = inside and angle < geo.sector_start(0) + geo.span - 4
            away = math.hypot(x - mark[0], y - mark[1]) > 120 * 0.16
            if inside and away and pictures[0].getpixel((x, y)) != pictures[1].getpixel((x, y)):
                differ += 1
    assert differ > 150, differ
