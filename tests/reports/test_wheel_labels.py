"""The PDF wheel's area names, read back from real PDFs: they never touch each other,
the wheel's sectors or the refusal tags on its rim, the legend under the wheel, or
the page's edge, whatever the names' length, script and number of areas.

Each page holds one wheel flowable at a known place with a legend under it, as the
summary, the child's and the guardian's copies and the blank sheet lay them out.
Every area's name is made of words no other area uses, so each word that
``pdftotext -bbox`` reads back tells its area.
"""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, DONT_KNOW, Answer
from hjulet.core.wheel import WheelDefinition
from hjulet.reports.fonts import register_fonts
from hjulet.reports.summary import Legend
from hjulet.reports.wheel_drawing import WheelFlowable, WheelSpec
from tests.reports.builders import pdftotext

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
PAGE_W, PAGE_H = A4
MARGIN = 48.0  # the copies' side margins
# distinct words in each script (space-separated)
SV = (
    "Ansvarstagande Delaktighet Trygghet Hälsosamhet Utveckling Omvårdnad Aktivitet Respekt "
    "skolgården matsalen fritidsgården biblioteket idrottshallen klassrummet korridoren "
    "skolskjutsen lekplatsen fotbollsplanen simhallen musikskolan kompisarna syskonen "
    "föräldrarna mormor morfar farmor farfar grannarna tränaren läraren kuratorn "
    "skolsköterskan rektorn fritidsledaren hemspråket läxhjälpen sovmorgonen helgerna "
    "sommarlovet jullovet sportlovet påsklovet höstlovet cykelturen badstranden skogen "
    "ängen bäcken bergen staden byn torget bussen tåget båten flyget"
)
AR = (
    "الشمس تشرق على مدرستنا الجميلة صباحا ونحن نلعب بالكرة مع أصدقائنا الطيبين ثم نعود "
    "إلى الصف لنقرأ قصة طويلة عن قطة صغيرة تحب الحليب والنوم قرب النافذة المفتوحة دائما "
    "بسعادة المكتبة الحديقة الملعب المطبخ الجدة الجد الخال العمة الجار المعلمة المدير "
    "الحافلة القطار السفينة الطائرة البحر الجبل النهر الغابة السوق المسجد الشارع البيت"
)
TI = (
    "ኣብ ገዛ ሕጂ ህዱእ እዩ ኣደይን ከልበይን ቤት ትምህርቲ መምህር ዓርኪ ኳዕሶ መጽሓፍ ማይ ጸሓይ ወርሒ ኮኾብ "
    "ሰማይ ምድሪ ባሕሪ ዓዲ ከተማ መገዲ ማኪና ባቡር ነፋሪት ጀልባ ዕምባባ ኦም ቆጽሊ ሓመድ እምኒ ዓቢ ንእሽቶ "
    "ጽቡቕ ሓዱሽ ኣረጊት ቀይሕ ጸሊም ጻዕዳ ሰማያዊ ቢጫ ቀጠልያ ሓሙሽተ ሽዱሽተ ሸውዓተ ሸሞንተ ትሽዓተ ዓሰርተ"
)
WORDS = {"sv": SV, "ar": AR, "ti": TI}
# one letter per area, ending each of its words: no two areas share a word
ENDS = {"sv": "abcdefghijklmnop", "ar": "ابتثجحخدذرزسشصضط", "ti": "ሀለሐመሠረሰቀበተኀነአከወዐ"}


def _definition(catalog: Catalog, lang: str, n: int, length: int) -> WheelDefinition:
    """``n`` areas whose names (in ``lang``) are up to ``length`` characters, every
    word used once (the wheel loader allows 3-16 areas and 60-character names)."""
    base = catalog.definition()
    pool, areas = WORDS[lang].split(), []
    for i in range(n):
        words = [pool[(i * 5) % len(pool)] + ENDS[lang][i]]
        for j in range(1, 40):
            word = pool[(i * 5 + j) % len(pool)] + ENDS[lang][i]
            if len(" ".join(words)) + 1 + len(word) > length - (i % 3) * 12:
                break
            words.append(word)
        name = " ".join(words)
        areas.append(
            replace(base.areas[i % len(base.areas)], id=f"a{i}", label={lang: name, "sv": name})
        )
    return replace(base, areas=tuple(areas))


def _logical(word: str) -> str:
    word = unicodedata.normalize("NFKC", word)
    # poppler gives an Arabic word's glyphs left to right; it reads right to left
    return word[::-1] if any("\u0600" <= ch <= "\u06ff" for ch in word) else word


def _touch(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# (name, label size, flowable height, icons): the wheels the reports print
KINDS = [
    ("summary", 8.5, 70 * mm, True),
    ("adult", 7.5, 62 * mm, False),
    ("child", 11.0, 92 * mm, True),
    ("guardian", 10.0, 80 * mm, True),
    ("blank", 10.5, 150 * mm, True),
]
CASES = [
    ("sv", 8, 16, "child"),  # names of today's length
    ("sv", 8, 60, "summary"),
    ("sv", 12, 60, "child"),
    ("sv", 16, 60, "adult"),
    ("sv", 7, 60, "blank"),  # an area straight below the hub
    ("ar", 16, 60, "child"),
    ("ar", 8, 45, "guardian"),
    ("ar", 3, 60, "summary"),
    ("ti", 12, 60, "guardian"),
    ("ti", 16, 40, "blank"),
]


@pytest.mark.parametrize(("lang", "n", "length", "kind"), CASES)
def test_area_names_touch_nothing_and_stay_on_the_page(
    tmp_path: Path, catalog: Catalog, lang: str, n: int, length: int, kind: str
) -> None:
    register_fonts()
    _name, size, height, icons = next(k for k in KINDS if k[0] == kind)
    definition = _definition(catalog, lang, n, length)
    ids = definition.area_ids
    marks = [Answer.at(2), DECLINED, DONT_KNOW, Answer.at(4)]
    answers = {a: marks[i % 4] for i, a in enumerate(ids)}
    spec = WheelSpec(
        definition, 4, lang, answers=answers if kind != "adult" else {},
        adult=answers if kind == "adult" else {}, rtl=lang == "ar",
        label_size=size, icons=icons, adult_badge="Y",
    )  # fmt: skip
    pdf = tmp_path / f"{lang}-{n}-{kind}.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    width = PAGE_W - 2 * MARGIN
    wheel = WheelFlowable(spec, height=height)
    wheel.wrapOn(canvas, width, height)
    bottom = PAGE_H - 60 - height  # the wheel's box, y up
    wheel.drawOn(canvas, MARGIN, bottom)
    legend = Legend([("fill", "Fylld del"), ("declined", "Vill inte svara")], badge="Y")
    _lw, lh = legend.wrapOn(canvas, width, 100)
    legend.drawOn(canvas, MARGIN, bottom - lh)
    canvas.showPage()
    canvas.save()

    r, _blocks = wheel._fit()
    cx, cy = MARGIN + width / 2, PAGE_H - 60 - height / 2  # y down, as poppler reads
    owner = {w: i for i, a in enumerate(definition.areas) for w in a.label_in(lang).split()}
    found: dict[int, list[tuple[float, float, float, float]]] = {}
    for m in _WORD.finditer(pdftotext(pdf, "-bbox")):
        box = tuple(float(v) for v in m.groups()[:4])
        text = _logical(m.group(5))
        if text in owner:
            found.setdefault(owner[text], []).append(box)  # type: ignore[arg-type]
    # every word of every name is printed
    assert {i: len(found.get(i, [])) for i in range(n)} == {
        i: len(a.label_in(lang).split()) for i, a in enumerate(definition.areas)
    }
    legend_box = (MARGIN, PAGE_H - bottom + 0.01, MARGIN + width, PAGE_H - bottom + lh)
    e = 0.01  # poppler's rounding
    wheel_box = (MARGIN - e, PAGE_H - bottom - height - e, MARGIN + width + e, PAGE_H - bottom + e)
    for i, boxes in found.items():
        for box in boxes:
            # inside the wheel's own box: under the heading, over the legend, on the page
            assert wheel_box[0] <= box[0] and box[2] <= wheel_box[2], (i, box, wheel_box)
            assert wheel_box[1] <= box[1] and box[3] <= wheel_box[3], (i, box, wheel_box)
            assert not _touch(box, legend_box)
            # off the sectors and the refusal tags on the rim (a disc of 0.07 radii, at
            # least 4 pt, with its white edge): the nearest point of the word is outside
            nx, ny = min(max(cx, box[0]), box[2]), min(max(cy, box[1]), box[3])
            assert math.hypot(nx - cx, ny - cy) > r + max(r * 0.07, 4.0) * 1.1, (i, box, r)
            for j, others in found.items():
                if j != i:
                    assert not any(_touch(box, o) for o in others), (i, j, box)


def test_an_arabic_name_wraps_in_reading_order(tmp_path: Path, catalog: Catalog) -> None:
    """A long Arabic name on two or more lines: its first words on the top line, each
    line read from the right, as a child reads it."""
    register_fonts()
    definition = _definition(catalog, "ar", 8, 60)
    spec = WheelSpec(definition, 4, "ar", rtl=True, label_size=11)
    pdf = tmp_path / "ar.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    wheel = WheelFlowable(spec, height=92 * mm)
    wheel.wrapOn(canvas, PAGE_W - 2 * MARGIN, 92 * mm)
    wheel.drawOn(canvas, MARGIN, 400)
    canvas.showPage()
    canvas.save()
    words = [
        (float(m.group(2)), -float(m.group(3)), _logical(m.group(5)))
        for m in _WORD.finditer(pdftotext(pdf, "-bbox"))
    ]
    wrapped = 0
    for area in definition.areas:
        name = area.label_in("ar").split()
        mine = [w for w in words if w[2] in name]
        lines = {round(y) for y, _x, _t in mine}
        wrapped += len(lines) > 1
        # top line first (y down), then from the right (-xMax ascending)
        assert [t for _y, _x, t in sorted(mine, key=lambda w: (round(w[0]), w[1]))] == name
    assert wrapped >= 4


@pytest.mark.parametrize("lang", ["sv", "ar", "ti"])
def test_a_long_area_name_wraps_and_the_answer_beside_it_stays_on_the_page(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    """The copies' answer rows: a 60-character name used to push its answer past the
    page's right edge ("Vill inte sva"); the name now wraps in its column."""
    from hjulet.core.guardian import GuardianRole, GuardianView
    from hjulet.core.model import AreaEntry, Conversation, EntryField
    from hjulet.core.sharing import guardian_copy_sharing
    from hjulet.reports.child_copy import render_child_copy
    from hjulet.reports.guardian_copy import render_guardian_copy
    from hjulet.reports.summary import SummaryData
    from tests.reports.builders import MEETING, consent

    definition = _definition(catalog, lang, 8, 60)
    entries = {
        a: AreaEntry(a, DECLINED if i % 2 else Answer.at(2), shared=frozenset(EntryField))
        for i, a in enumerate(definition.area_ids)
    }
    scale = catalog.scale("steps4")
    conv = Conversation(1, 7, MEETING, definition, scale, entries=entries, language=lang)
    data = SummaryData("Alva", conv, (consent(),), today=MEETING)
    child, guardian = tmp_path / "child.pdf", tmp_path / "guardian.pdf"
    render_child_copy(child, data, lang)
    view = GuardianView(None, 1, GuardianRole.GUARDIAN_1, language=lang)
    said = guardian_copy_sharing(conv, view, data.consents, data.sharing_date)
    render_guardian_copy(guardian, data, view, said)
    for pdf in (child, guardian):
        words = [
            (float(m.group(1)), float(m.group(3)), _logical(m.group(5)))
            for m in _WORD.finditer(pdftotext(pdf, "-bbox"))
        ]
        assert words
        # inside the side margins (48 pt) of the A4 page
        assert all(x0 >= 48 - 0.5 and x1 <= PAGE_W - 48 + 0.5 for x0, x1, _t in words), pdf.name
        printed = [t for _x0, _x1, t in words]
        for area in definition.areas:
            assert all(w in printed for w in area.label_in(lang).split()), pdf.name


def test_a_legend_item_wider_than_the_page_wraps_inside_it(tmp_path: Path) -> None:
    """An organisation's scale may name its steps in up to 60 characters: the wheel's
    legend ("Filled part: ..., from the centre ...") then is wider than the page. It
    used to run past the right edge; it wraps under its own mark instead."""
    from hjulet.reports.labels import SV as SV_LABELS

    register_fonts()
    steps = [f"Steg{n} när det känns ungefär som vanligt i skolan och hemma" for n in "ABCDEF"]
    items = [
        ("fill", SV_LABELS.legend_fill.format(steps=", ".join(steps))),
        ("declined", "Vill inte svara"),
        ("empty", SV_LABELS.legend_empty),
    ]
    pdf = tmp_path / "legend.pdf"
    canvas = Canvas(str(pdf), pagesize=A4)
    width = PAGE_W - 2 * MARGIN
    legend = Legend(items)
    _w, h = legend.wrapOn(canvas, width, 500)
    legend.drawOn(canvas, MARGIN, 700 - h)
    canvas.showPage()
    canvas.save()
    words = [
        (float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), m.group(5))
        for m in _WORD.finditer(pdftotext(pdf, "-bbox"))
    ]
    printed = [t for *_box, t in words]
    for _kind, text in items:
        assert all(w in printed for w in text.split()), text
    for x0, y0, x1, y1, _t in words:
        assert x0 >= MARGIN - 0.5 and x1 <= PAGE_W - MARGIN + 0.5
        assert y0 >= PAGE_H - 700 - 0.5 and y1 <= PAGE_H - 700 + h + 0.5  # in its own box


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_the_childs_faces_legend_with_long_step_names_stays_on_the_page(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    """The child's copy names the scale's steps beside their faces under the wheel.
    An organisation's scale may name a step in up to 60 characters; the row used to
    run past the right edge. It continues on a new line, each face with its words."""
    from hjulet.core.model import AreaEntry, Conversation
    from hjulet.reports.child_copy import render_child_copy
    from hjulet.reports.summary import SummaryData
    from tests.reports.builders import MEETING, consent

    base = catalog.scale("steps4")
    words = {"sv": SV, "ar": AR}[lang].split()
    steps = tuple(
        replace(step, label={"sv": "x", lang: " ".join(words[4 * k : 4 * k + 4])})
        for k, step in enumerate(base.steps)
    )
    scale = replace(base, steps=steps)
    definition = catalog.definition()
    entries = {a: AreaEntry(a, Answer.at(2)) for a in definition.area_ids}
    conv = Conversation(1, 7, MEETING, definition, scale, entries=entries, language=lang)
    pdf = tmp_path / "child.pdf"
    render_child_copy(pdf, SummaryData("Alva", conv, (consent(),), today=MEETING), lang)
    found = [
        (float(m.group(1)), float(m.group(3)), _logical(m.group(5)))
        for m in _WORD.finditer(pdftotext(pdf, "-bbox", "-f", "1", "-l", "1"))
    ]
    printed = [t for *_x, t in found]
    for step in steps:
        assert all(w in printed for w in step.label[lang].split()), step.label[lang]
    assert all(x0 >= 48 - 0.5 and x1 <= PAGE_W - 48 + 0.5 for x0, x1, _t in found)


@pytest.mark.parametrize("lang", ["sv", "ar"])
def test_a_step_name_wider_than_the_page_wraps_on_every_paper(
    tmp_path: Path, catalog: Catalog, lang: str
) -> None:
    """A step named in one unbroken 60-letter word (the loader's limit) is wider than
    the whole page beside its mark: it used to run past the right edge of the child's
    copy, the guardian's copy and the blank sheet; it now breaks inside its column."""
    from hjulet.core.guardian import GuardianEntry, GuardianRole, GuardianView
    from hjulet.core.model import AreaEntry, Conversation, EntryField
    from hjulet.core.sharing import guardian_copy_sharing
    from hjulet.reports.blank_sheet import render_blank_sheet
    from hjulet.reports.child_copy import render_child_copy
    from hjulet.reports.guardian_copy import render_guardian_copy
    from hjulet.reports.summary import SummaryData
    from tests.reports.builders import MEETING, consent

    base = catalog.scale("steps4")
    stem = "WMW"  # wide letters: 690 pt at 12 pt bold; on the Arabic copy a row right to left
    longest = (stem * 20)[:60]
    steps = tuple(
        replace(step, label={"sv": "x", lang: longest if k == 1 else f"steg{k}"})
        for k, step in enumerate(base.steps)
    )
    scale = replace(base, steps=steps)
    definition = catalog.definition()
    entries = {
        a: AreaEntry(a, Answer.at(2), shared=frozenset(EntryField)) for a in definition.area_ids
    }
    conv = Conversation(1, 7, MEETING, definition, scale, entries=entries, language=lang)
    data = SummaryData("Alva", conv, (consent(),), today=MEETING)
    child, guardian, blank = (tmp_path / f"{n}.pdf" for n in ("child", "guardian", "blank"))
    render_child_copy(child, data, lang)
    view = GuardianView(
        None,
        1,
        GuardianRole.GUARDIAN_1,
        language=lang,
        entries={a: GuardianEntry(a, Answer.at(2)) for a in definition.area_ids},
    )
    render_guardian_copy(
        guardian, data, view, guardian_copy_sharing(conv, view, data.consents, data.sharing_date)
    )
    render_blank_sheet(blank, definition, scale, lang)
    for pdf, margin in ((child, 48), (guardian, 48), (blank, 36)):  # the blank's are 36 pt
        words = [
            (float(m.group(1)), float(m.group(3)), _logical(m.group(5)))
            for m in _WORD.finditer(pdftotext(pdf, "-bbox"))
        ]
        pieces = [t for _x0, _x1, t in words if set(t) <= set(stem)]
        assert len("".join(pieces)) >= 60, pdf.name  # the whole name, on one line or more
        inside = [x0 >= margin - 0.5 and x1 <= PAGE_W - margin + 0.5 for x0, x1, _t in words]
        assert all(inside), pdf.name
