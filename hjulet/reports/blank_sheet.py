"""A blank wheel sheet for conversations on paper: the sticker the pilots used.

One page, A4 or A3, in any child language: the wheel with empty rings to colour
in from the centre (one ring per scale step), the area names and icons around
it, each area's question, the scale words with their faces, and room for the
child's name or code and the date. Right-to-left languages are mirrored.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO, Literal

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A3, A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from hjulet.core import languages
from hjulet.core._validate import pick
from hjulet.core.child_texts import load_paper_texts
from hjulet.core.icons import area_icon, face_icon
from hjulet.core.scales import Scale
from hjulet.core.wheel import ReviewStatus, WheelDefinition
from hjulet.reports.bidi import TextBlock, TextStyle, draw_text, shape
from hjulet.reports.child_copy import InlineRow, Piece, draw_draft_note
from hjulet.reports.fonts import Script, register_fonts, text_width
from hjulet.reports.pages import make_doc, numbered_canvas
from hjulet.reports.wheel_drawing import INK, MUTED, WheelFlowable, WheelSpec

ACCENT = HexColor("#2E4A62")
LINE = HexColor("#9AA4AE")


class FieldsRow(Flowable):  # type: ignore[misc]
    """'Name or code ______   Date ______', mirrored for right-to-left."""

    def __init__(self, name: str, date_label: str, size: float, rtl: bool) -> None:
        super().__init__()
        self.name, self.date_label, self.size, self.rtl = name, date_label, size, rtl

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, self.size * 2.6
        return self.width, self.height

    def draw(self) -> None:
        c: Canvas = self.canv
        s = self.size
        y = s * 0.6
        split = self.width * 0.62
        c.setStrokeColor(LINE)
        c.setLineWidth(0.8)
        if self.rtl:
            w1 = draw_text(c, self.width, y + 3, self.name, s, align="right", color=INK)
            c.line(split + 8, y, self.width - w1 - 6, y)
            w2 = draw_text(c, split - 8, y + 3, self.date_label, s, align="right", color=INK)
            c.line(0, y, split - 8 - w2 - 6, y)
        else:
            w1 = draw_text(c, 0, y + 3, self.name, s, color=INK)
            c.line(w1 + 6, y, split - 8, y)
            w2 = draw_text(c, split + 8, y + 3, self.date_label, s, color=INK)
            c.line(split + 8 + w2 + 6, y, self.width, y)


class LabelledBlock(Flowable):  # type: ignore[misc]
    """An icon and a label in a column at the start edge, a wrapped text beside it."""

    def __init__(self, row: InlineRow, text: TextBlock) -> None:
        super().__init__()
        self.row, self.text = row, text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        _, rh = self.row.wrap(avail_width, avail_height)
        _, th = self.text.wrap(avail_width, avail_height)
        self.width, self.height = avail_width, max(rh, th)
        return self.width, self.height

    def draw(self) -> None:
        self.row.drawOn(self.canv, 0, self.height - self.row.height)
        self.text.drawOn(self.canv, 0, self.height - self.text.height)


def _dark(colour: Color, k: float = 0.6) -> Color:
    return Color(colour.red * k, colour.green * k, colour.blue * k)


def render_blank_sheet(
    out: Path | BinaryIO,
    definition: WheelDefinition,
    scale: Scale,
    lang: str,
    paper: Literal["A4", "A3"] = "A4",
    text_dirs: tuple[Path, ...] = (),
) -> None:
    """Write a one-page blank wheel sheet in ``lang`` on A4 or A3."""
    register_fonts()
    pagesize = A3 if paper == "A3" else A4
    k = 1.414 if paper == "A3" else 1.0  # everything grows with the paper
    texts = load_paper_texts(lang, extra_dirs=text_dirs)
    rtl = languages.is_rtl(lang) or definition.is_rtl(lang)
    margin = 36.0 * k
    doc = make_doc(
        out,
        title=definition.name_in(lang),
        author="",
        pagesize=pagesize,
        margins=(margin, margin, margin, margin),
    )

    def st(size: float, **kw: Any) -> TextStyle:
        return TextStyle(
            size=size * k,
            rtl=rtl,
            align="right" if rtl else "left",
            leading=size * k * (1.55 if rtl else 1.3),
            **kw,
        )

    story: list[Flowable] = [
        TextBlock(definition.name_in(lang), st(22, bold=True, color=ACCENT, space_after=4)),
        FieldsRow(texts.name_field, texts.date_field, 12 * k, rtl),
        TextBlock(texts.colour_in, st(11, color=INK, space_before=2)),
    ]
    spec = WheelSpec(definition, scale.size, lang, rtl=rtl, label_size=10.5 * k, blank=True)
    story.append(WheelFlowable(spec, height=150 * mm * k))

    pieces: list[Piece] = [Piece("text", text=texts.scale_hint, size=10.5 * k, colour=MUTED)]
    for step in scale.steps:
        face = face_icon(step.face)
        if face is not None:
            pieces.append(Piece("face", icon=face, colour=INK, size=10 * k))
        pieces.append(Piece("text", text=step.label_in(lang), size=10.5 * k, colour=INK))
        pieces.append(Piece("gap", width=4 * k))
    story.append(InlineRow(pieces, 20 * k, rtl))
    story.append(
        InlineRow(
            [
                Piece("declined", colour=INK, size=10 * k),
                Piece("text", text=pick(scale.declined_label, lang), size=10.5 * k, colour=INK),
                Piece("gap", width=10 * k),
                Piece("dont_know", colour=INK, size=10 * k),
                Piece("text", text=pick(scale.dont_know_label, lang), size=10.5 * k, colour=INK),
            ],
            20 * k,
            rtl,
        )
    )

    label_w = (
        max(
            text_width(
                shape(a.label_in(lang)),
                11 * k,
                bold=True,
                prefer=Script.ARABIC if rtl else Script.LATIN,
            )
            for a in definition.areas
        )
        + 8 * k
    )
    column = 10 * k * 1.5 + 4 + label_w + 8 * k
    for area in definition.areas:
        colour = _dark(HexColor(area.colour))
        row = InlineRow(
            [
                Piece("icon", icon=area_icon(area.icon), colour=colour, size=10 * k),
                Piece(
                    "text",
                    text=area.label_in(lang),
                    size=11 * k,
                    bold=True,
                    colour=colour,
                    width=label_w,
                ),
            ],
            19 * k,
            rtl,
        )
        question = TextBlock(
            area.question_in(lang),
            st(
                11.5,
                color=INK,
                left_indent=0 if rtl else column,
                right_indent=column if rtl else 0,
                space_before=2.5 * k,
            ),
        )
        story.append(LabelledBlock(row, question))

    def hook(canv: Canvas, _page: int, _pages: int) -> None:
        if texts.review is ReviewStatus.DRAFT:  # below the bottom margin
            draw_draft_note(canv, texts.draft, rtl=rtl, margin=margin, baseline=margin / 2 - 4)

    doc.build(story, canvasmaker=numbered_canvas(hook))
