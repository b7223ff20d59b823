"""The child's own copy: their wheel, their answers and words, what happens next.

One or two A4 pages in the child's language, in big friendly type, with the
area icons and the scale's faces. It holds only what the child said (their
answers and words, whether or not they chose to share them at the meeting: the
copy is theirs) and never the adult's notes or ratings. Right-to-left languages
get a mirrored layout: the wheel runs anticlockwise, icons stand at the right,
text is right-aligned and each line is shaped and reordered (``bidi.py``).
Tigrinya prints in Ge'ez script with the bundled Noto Sans Ethiopic.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from hjulet.core import languages
from hjulet.core._validate import pick
from hjulet.core.child_texts import ChildPaperTexts, load_paper_texts
from hjulet.core.icons import Icon, area_icon, face_icon
from hjulet.core.model import Answer, AnswerKind, EntryField
from hjulet.core.scales import Scale
from hjulet.core.text import clean
from hjulet.core.wheel import ReviewStatus
from hjulet.reports.bidi import (
    TextBlock,
    TextStyle,
    draw_text,
    first_strong_is_rtl,
    has_arabic,
    ltr_isolate,
    shape,
    wrap_logical,
)
from hjulet.reports.fonts import Script, register_fonts, text_width
from hjulet.reports.labels import draft_note
from hjulet.reports.pages import make_doc, numbered_canvas
from hjulet.reports.summary import SummaryData
from hjulet.reports.wheel_drawing import (
    INK,
    MUTED,
    WheelFlowable,
    WheelSpec,
    draw_icon,
    draw_refusal_swatch,
)

ACCENT = HexColor("#2E4A62")
VOICE = HexColor("#FFF6E5")
VOICE_BAR = HexColor("#D9A441")


def _dark(colour: Color, k: float = 0.6) -> Color:
    return Color(colour.red * k, colour.green * k, colour.blue * k)


@dataclass(frozen=True)
class Piece:
    """One item of an inline row: an icon, a mark, a text, or an empty gap."""

    kind: str  # "icon" | "face" | "declined" | "dont_know" | "text" | "gap"
    width: float = 0.0  # for gaps, and a minimum width for texts
    text: str = ""
    icon: Icon | None = None
    colour: Color = INK
    size: float = 12.0
    bold: bool = False


class InlineRow(Flowable):  # type: ignore[misc]
    """Pieces laid out from the start edge: left to right, or right to left."""

    def __init__(
        self, pieces: Sequence[Piece], height: float, rtl: bool, space_before: float = 0.0
    ) -> None:
        super().__init__()
        self.given = list(pieces)
        self.pieces = list(pieces)
        self.row_height = height
        self.rtl = rtl
        self.space_before = space_before

    def _width(self, p: Piece) -> float:
        if p.kind == "text":
            shaped = shape(clean(p.text))
            prefer = Script.ARABIC if has_arabic(shaped) else Script.LATIN
            measured = text_width(shaped, p.size, bold=p.bold, prefer=prefer) + 4
            return p.width if len(self._lines(p)) > 1 else max(p.width, measured)
        if p.kind == "gap":
            return p.width
        return p.size * 1.5 + 4

    @staticmethod
    def _lines(p: Piece) -> list[str]:
        """A text's lines: one, or wrapped when the text is wider than its column
        (``width``), so a long area name never pushes the answer off the page."""
        shaped = shape(clean(p.text))
        prefer = Script.ARABIC if has_arabic(shaped) else Script.LATIN
        if p.width <= 0 or text_width(shaped, p.size, bold=p.bold, prefer=prefer) + 4 <= p.width:
            return [p.text]
        return wrap_logical(shaped, p.width - 4, p.size, bold=p.bold, prefer=prefer)

    def _height(self, pieces: Sequence[Piece]) -> float:
        texts = [
            len(self._lines(p)) * p.size * 1.25 + p.size * 0.6 for p in pieces if p.kind == "text"
        ]
        return max([self.row_height, *texts])

    def _rows(self, width: float) -> list[list[Piece]]:
        """The pieces on one line, or on more when they are wider than the frame (a
        scale's long step names): a line may break before a mark or a gap, never
        between a mark and its words."""
        rows: list[list[Piece]] = [[]]
        x = 0.0
        for i, p in enumerate(self.pieces):
            w = self._width(p)
            joined = p.kind == "text" and i > 0 and self.pieces[i - 1].kind != "text"
            if rows[-1] and not joined and x + self._group(i) > width:
                rows.append([])
                x = 0.0
            rows[-1].append(p)
            x += w
        return rows

    def _group(self, i: int) -> float:
        """The width of piece ``i`` and the words that belong to it."""
        w = self._width(self.pieces[i])
        following = self.pieces[i + 1 : i + 2]
        if self.pieces[i].kind != "text" and following and following[0].kind == "text":
            w += self._width(following[0])
        return w

    def _fitted(self, avail_width: float) -> list[Piece]:
        """The pieces, each text no wider than the frame beside the mark it belongs
        to: a text wider than that (a scale's 60-letter step name) is given the room
        left as its column, so it wraps instead of running past the page's edge."""
        out: list[Piece] = []
        for i, p in enumerate(self.given):
            if p.kind == "text":
                mark = self.given[i - 1] if i > 0 else None
                lead = self._width(mark) if mark is not None and mark.kind != "text" else 0.0
                room = max(avail_width - lead, p.size * 4)
                if self._width(p) > room:
                    p = replace(p, width=room)
            out.append(p)
        return out

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self.pieces = self._fitted(avail_width)
        self.rows = self._rows(avail_width)
        self.content_height = sum(self._height(row) for row in self.rows)
        self.height = self.content_height + self.space_before
        return self.width, self.height

    def draw(self) -> None:
        top = self.content_height
        for row in self.rows:
            height = self._height(row)
            self._draw_row(row, top - height / 2)
            top -= height

    def _draw_row(self, pieces: Sequence[Piece], mid: float) -> None:
        c = self.canv
        x = self.width if self.rtl else 0.0
        for p in pieces:
            w = self._width(p)
            if self.rtl:
                x -= w
            left = x
            s = p.size * 1.5
            box_left = left + (w - s) / 2 if p.kind != "text" else left
            if p.kind in ("icon", "face") and p.icon is not None:
                draw_icon(c, p.icon, box_left, mid + s / 2, s, p.colour)
            elif p.kind in ("declined", "dont_know"):
                draw_refusal_swatch(c, p.kind, box_left, mid - s / 2, s, s, p.colour)
            elif p.kind == "text":
                anchor = left + w - 2 if self.rtl else left + 2
                lines = self._lines(p)
                step = p.size * 1.25
                rtl = first_strong_is_rtl(shape(clean(p.text)))
                for k, line in enumerate(lines):
                    draw_text(
                        c,
                        anchor,
                        mid - p.size * 0.35 + step * ((len(lines) - 1) / 2 - k),
                        line,
                        p.size,
                        bold=p.bold,
                        color=p.colour,
                        align="right" if self.rtl else "left",
                        rtl=rtl,
                    )
            if not self.rtl:
                x += w


def _answer_pieces(
    answer: Answer, scale: Scale, lang: str, size: float, texts: ChildPaperTexts
) -> list[Piece]:
    if answer.kind is AnswerKind.LEVEL and answer.level is not None:
        level = min(answer.level, scale.size)
        step = scale.step(level)
        face = face_icon(step.face)
        out: list[Piece] = []
        if face is not None:
            out.append(Piece("face", icon=face, colour=INK, size=size))
        out.append(Piece("text", text=step.label_in(lang), size=size, bold=True))
        return out
    if answer.kind is AnswerKind.DECLINED:
        return [
            Piece("declined", colour=INK, size=size),
            Piece("text", text=pick(scale.declined_label, lang), size=size, bold=True),
        ]
    if answer.kind is AnswerKind.DONT_KNOW:
        return [
            Piece("dont_know", colour=INK, size=size),
            Piece("text", text=pick(scale.dont_know_label, lang), size=size, bold=True),
        ]
    return [Piece("text", text=texts.not_talked, size=size * 0.85, colour=MUTED)]


def _item_label(texts: ChildPaperTexts, item: EntryField) -> str:
    return {
        EntryField.WORDS: texts.words,
        EntryField.GOOD: texts.good,
        EntryField.HARD: texts.hard,
        EntryField.WISH: texts.wish,
        EntryField.HELP_FROM: texts.help_from,
    }.get(item, "")


def words_note(data: SummaryData, lang: str, texts: ChildPaperTexts) -> str:
    """ "Your words, as the adult wrote them down in Swedish", when that is so.

    The adult writes the child's words down in the vault, in the language
    ``data.words_language`` (the professional's). When the copy is in another
    language, the copy says so in the child's language, unless the words are
    visibly written in the copy's own (non-Latin) script.
    """
    conv = data.conversation
    said = [conv.important_to_me, conv.change_note]
    for area in conv.definition.areas:
        entry = conv.entry(area.id)
        said += [entry.text(item) for item in _SAID]
    said = [clean(t, multiline=True) for t in said if t and t.strip()]
    written_in = languages.base_of(data.words_language or "sv")
    if not said or languages.base_of(lang) == written_in:
        return ""
    script = languages.get(lang).script
    if script is not languages.Script.LATIN and any(
        _in_script(ch, script) for text in said for ch in text
    ):
        return ""
    return texts.words_in_en if written_in == "en" else texts.words_in_sv


def _in_script(ch: str, script: languages.Script) -> bool:
    cp = ord(ch)
    if script is languages.Script.ARABIC:
        return 0x0600 <= cp <= 0x06FF or 0x0750 <= cp <= 0x077F
    if script is languages.Script.ETHIOPIC:
        return 0x1200 <= cp <= 0x139F or 0x2D80 <= cp <= 0x2DDF
    if script is languages.Script.CYRILLIC:
        return 0x0400 <= cp <= 0x052F
    return False


_SAID = (EntryField.WORDS, EntryField.GOOD, EntryField.HARD, EntryField.WISH, EntryField.HELP_FROM)


def build_child_story(data: SummaryData, lang: str, width: float) -> list[Flowable]:
    texts = load_paper_texts(lang, data.address_form, data.text_dirs)
    rtl = languages.is_rtl(lang) or texts.rtl
    # labels in the child's form of address ("ar-x-girl"), falling back to plain "ar"
    lang = languages.form_tag(lang, languages.effective_form(lang, data.address_form))
    conv = data.conversation
    scale = conv.scale
    lead = 1.6 if rtl else 1.4  # Naskh needs more room between lines

    def st(size: float, **kw: Any) -> TextStyle:
        kw.setdefault("leading", size * lead)
        kw.setdefault("align", "right" if rtl else "left")  # the layout's start edge
        return TextStyle(size=size, rtl=kw.pop("rtl", rtl), **kw)

    story: list[Flowable] = [
        TextBlock(texts.title, st(28, bold=True, color=ACCENT)),
    ]
    name = clean(data.child_display)
    line = texts.talked_on.format(date=ltr_isolate(conv.held_on.isoformat()))
    story.append(TextBlock(f"{name} · {line}" if name else line, st(14, color=INK), composed=True))
    story.append(TextBlock(texts.yours, st(11, color=MUTED, space_after=6)))
    note = words_note(data, lang, texts)

    important = clean(conv.important_to_me, multiline=True)
    if important:
        story.append(
            TextBlock(
                texts.important, st(16, bold=True, color=ACCENT, space_before=6, space_after=3)
            )
        )
        story.append(
            TextBlock(
                important,
                st(
                    15,
                    rtl=None,
                    backdrop=VOICE,
                    bar=VOICE_BAR,
                    left_indent=12,
                    right_indent=12,
                ),
            )
        )

    answers = {a.id: conv.entry(a.id).answer for a in conv.definition.areas}
    spec = WheelSpec(conv.definition, scale.size, lang, answers, rtl=rtl, label_size=11)
    story.append(WheelFlowable(spec, height=92 * mm))
    # the scale as faces, from the centre outward
    pieces: list[Piece] = [Piece("text", text=texts.scale_hint, size=11, colour=MUTED)]
    for step in scale.steps:
        face = face_icon(step.face)
        if face is not None:
            pieces.append(Piece("face", icon=face, colour=MUTED, size=10))
        pieces.append(Piece("text", text=step.label_in(lang), size=11, colour=INK))
        pieces.append(Piece("gap", width=6))
    story.append(InlineRow(pieces, 22, rtl))

    story.append(CondPageBreak(40 * mm))
    story.append(
        TextBlock(texts.my_answers, st(18, bold=True, color=ACCENT, space_before=10, space_after=4))
    )
    if note:
        story.append(TextBlock(note, st(10.5, color=MUTED, space_after=2)))
    label_w = (
        max(
            text_width(
                shape(a.label_in(lang)),
                14,
                bold=True,
                prefer=Script.ARABIC if rtl else Script.LATIN,
            )
            for a in conv.definition.areas
        )
        + 10
    )
    label_w = min(label_w, width * 0.5)  # longer names wrap: the answer stays on the page
    for area in conv.definition.areas:
        entry = conv.entry(area.id)
        colour = HexColor(area.colour)
        row = InlineRow(
            [
                Piece("icon", icon=area_icon(area.icon), colour=_dark(colour), size=14),
                Piece(
                    "text",
                    text=area.label_in(lang),
                    size=14,
                    bold=True,
                    colour=_dark(colour),
                    width=label_w,
                ),
                *_answer_pieces(entry.answer, scale, lang, 13, texts),
            ],
            30,
            rtl,
            space_before=4,
        )
        said = [
            (item, clean(entry.text(item), multiline=True))
            for item in (
                EntryField.WORDS,
                EntryField.GOOD,
                EntryField.HARD,
                EntryField.WISH,
                EntryField.HELP_FROM,
            )
        ]
        said = [(item, text) for item, text in said if text]
        block: list[Flowable] = [row]
        indent = 34.0
        for item, text in said:
            block.append(
                TextBlock(
                    _item_label(texts, item),
                    st(
                        10.5,
                        color=MUTED,
                        left_indent=0 if rtl else indent,
                        right_indent=indent if rtl else 0,
                        space_before=2,
                    ),
                )
            )
            block.append(
                TextBlock(
                    text,
                    st(
                        13,
                        rtl=None,
                        color=INK,
                        left_indent=0 if rtl else indent,
                        right_indent=indent if rtl else 0,
                    ),
                )
            )
        if sum(len(t) for _, t in said) < 600:
            story.append(KeepTogether(block))
        else:
            story.extend(block)
    change = clean(conv.change_note, multiline=True)
    if change:
        story.append(TextBlock(texts.changed, st(14, bold=True, color=ACCENT, space_before=8)))
        story.append(TextBlock(change, st(13, rtl=None, color=INK)))

    story.extend(_next_part(data, texts, st))
    # The draft note sits in the page footer (draw_draft_note),
    # never as a flowable of its own that could start a page holding only the note.
    return story


def _next_part(data: SummaryData, texts: ChildPaperTexts, st: Any) -> list[Flowable]:
    sip = data.sip
    out: list[Flowable] = [
        CondPageBreak(45 * mm),
        TextBlock(texts.next, st(18, bold=True, color=ACCENT, space_before=12, space_after=4)),
    ]
    if sip is None or not (sip.participation or sip.actions or sip.follow_up_on):
        out.append(TextBlock(texts.nothing_next, st(13, color=INK)))
        return out
    if sip.participation:
        out.append(TextBlock(texts.participation, st(12, bold=True, color=INK, space_before=4)))
        out.append(TextBlock(sip.participation, st(13, rtl=None, color=INK)))
    if sip.actions:
        out.append(TextBlock(texts.adults_do, st(12, bold=True, color=INK, space_before=6)))
        for action in sip.actions:
            when = (
                texts.by_date.format(date=ltr_isolate(action.by_when.isoformat()))
                if action.by_when
                else ""
            )
            out.append(
                TextBlock(
                    f"{clean(action.who)}: {clean(action.what)}",
                    st(13, rtl=None, color=INK, space_before=2),
                )
            )
            if when:
                out.append(TextBlock(when, st(11, color=MUTED), composed=True))
    if sip.follow_up_on:
        date_text = ltr_isolate(sip.follow_up_on.isoformat())
        out.append(
            TextBlock(
                texts.follow_up.format(date=date_text),
                st(13, bold=True, color=INK, space_before=8),
                composed=True,
            )
        )
    return out


def render_child_copy(out: Path | BinaryIO, data: SummaryData, lang: str) -> None:
    """Write the child's copy in ``lang`` (sv, en, ar, ti, ...) as a PDF."""
    register_fonts()
    texts = load_paper_texts(lang, data.address_form, data.text_dirs)
    doc = make_doc(out, title=texts.title, author="", margins=(48.0, 48.0, 48.0, 54.0))
    story = build_child_story(data, lang, doc.width)
    rtl = languages.is_rtl(lang) or texts.rtl

    def hook(canv: Canvas, page: int, pages: int) -> None:
        w, _ = canv._pagesize
        x = 48.0 if rtl else w - 48.0
        draw_text(
            canv,
            x,
            28,
            texts.page.format(page=page, pages=pages),
            9,
            align="left" if rtl else "right",
            color=MUTED,
            rtl=rtl,
        )
        if texts.review is ReviewStatus.DRAFT:
            draw_draft_note(canv, texts.draft, rtl=rtl)

    doc.build(story, canvasmaker=numbered_canvas(hook))


def draw_draft_note(
    canv: Canvas, note: str, *, rtl: bool, margin: float = 48.0, baseline: float = 28.0
) -> None:
    """The draft note in the page footer: in the copy's language, and under it in Swedish.

    A copy whose translation no native speaker has checked says so to its reader
    in the reader's language; the Swedish line below is for the professional (as
    child mode glosses its texts in Swedish). One line only when the copy's note
    is the Swedish one (a language without its own note falls back to it).
    """
    w, _ = canv._pagesize
    x = w - margin if rtl else margin
    swedish = draft_note()
    own = note.strip() and note != swedish
    lines = [(note, rtl), (swedish, False)] if own else [(swedish, False)]
    for y, (text, direction) in zip((baseline + 9, baseline)[-len(lines) :], lines, strict=True):
        draw_text(canv, x, y, text, 7, align="right" if rtl else "left", color=MUTED, rtl=direction)
