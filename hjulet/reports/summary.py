"""The SIP-meeting summary: the child's own picture and words, then the adults'.

``render_summary(out, data, labels)`` writes an A4 PDF that a busy meeting can
read in a minute: header; *what is important to me* in the child's words; the
wheel; an area table with the child's answers in words and the change since
last time; the child's own words per area; then, visibly apart, the adult's
view; the meeting (question, how the child takes part, who does what by when,
overall responsibility, follow-up); the consent the sharing rests on.

What is shown is ``SummaryData.meeting``, already filtered by the sharing rule
(``hjulet.core.sharing.meeting_view``, applied by services): this module draws
it and decides nothing; the conversation it gets is only the frame (wheel,
scale, date). An area or item with nothing to show gets one neutral mark
("not shown here") whatever the reason, and the child's withheld items are not
counted, so the paper never tells which area the child kept private. Every page
carries the confidentiality marking and "page X of Y"; the PDF metadata carries no personal data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from hjulet.core._validate import pick
from hjulet.core.guardian import GuardianView
from hjulet.core.meeting_view import MeetingConsent, MeetingView, SharedView
from hjulet.core.model import (
    Answer,
    AnswerKind,
    Consent,
    ConsentGiver,
    Conversation,
    EntryField,
    SipPlan,
)
from hjulet.core.scales import Scale
from hjulet.core.text import clean
from hjulet.reports.bidi import TextBlock, TextStyle, draw_text, wrap_logical
from hjulet.reports.fonts import register_fonts, text_width
from hjulet.reports.labels import (
    DEFAULT_LEGAL_REFERENCE,
    SV,
    SummaryLabels,
    withheld_line,
)
from hjulet.reports.pages import make_doc, numbered_canvas
from hjulet.reports.wheel_drawing import (
    ADULT,
    INK,
    MUTED,
    WheelFlowable,
    WheelSpec,
    draw_refusal_swatch,
    draw_refusal_tag,
)

ACCENT = HexColor("#2E4A62")  # headings
VOICE = HexColor("#FFF6E5")  # behind the child's words
VOICE_BAR = HexColor("#D9A441")
ADULT_BG = HexColor("#EEF0F2")
ADULT_BAR = HexColor("#6F7A86")
RULE = HexColor("#C9CED4")


@dataclass(frozen=True)
class SummaryData:
    """What a paper prints; built by services from core types.

    Services read it whole from the vault, then hand each renderer only what its
    paper may hold (``services.summary.for_meeting`` / ``for_child_copy`` /
    ``for_guardian_copy``, deciding through ``core.sharing``).
    """

    child_display: str  # the child's code, or first name, as the user chose
    conversation: Conversation  # for the summary: the frame only (wheel, scale, date)
    consents: Sequence[Consent] = ()
    previous: Conversation | None = None  # for "change since last time"
    sip: SipPlan | None = None
    prepared_by: str = ""
    organisation: str = ""
    today: date = field(default_factory=date.today)
    meeting_on: date | None = None  # the date consent must be valid on; default today
    legal_reference: str = DEFAULT_LEGAL_REFERENCE
    confidentiality: str | None = None  # None: the labels' default marking
    address_form: str = ""  # the child's form of address (core.languages.AddressForm)
    words_language: str = "sv"  # the language the adult wrote the child's words in
    # folders whose child_texts/ override the built-in texts (the organisation's basedir)
    text_dirs: tuple[Path, ...] = ()
    # the guardians' own views of this conversation, as read: input to the sharing
    # rule only (services empty it before a renderer sees the data)
    guardian_views: tuple[GuardianView, ...] = ()
    # what the SIP summary may show, filtered by the sharing rule (services set it);
    # the summary draws only this, beside the conversation's frame
    meeting: MeetingView | None = None

    @property
    def sharing_date(self) -> date:
        return self.meeting_on or self.today


def style(size: float = 10.0, **kw: Any) -> TextStyle:
    return TextStyle(size=size, **kw)


BODY = style(10, color=INK, space_after=3)


def heading(text: str, st: TextStyle) -> TextBlock:
    """A heading that never ends a page: reportlab keeps it with what follows."""
    block = TextBlock(text, st)
    block.keepWithNext = True
    return block


SMALL = style(8.5, color=MUTED)
H1 = style(19, bold=True, color=ACCENT, space_after=2)
H2 = style(13, bold=True, color=ACCENT, space_before=12, space_after=5)
H3 = style(10.5, bold=True, color=INK, space_before=7, space_after=2)
ITEM_LABEL = style(8.5, color=MUTED, space_before=3, left_indent=8, right_indent=8)
ITEM_TEXT = style(10, color=INK, left_indent=8, right_indent=8, space_after=2)


def answer_words(
    answer: Answer, scale: Scale, labels: SummaryLabels, *, with_level: bool = True
) -> str:
    """The answer in words in ``labels.lang`` (never just a number)."""
    lang = labels.lang
    if answer.kind is AnswerKind.LEVEL and answer.level is not None:
        if answer.level > scale.size:
            return labels.level_of.format(level=answer.level, size=scale.size)
        word = scale.step(answer.level).label_in(lang)
        if not with_level:
            return word
        return f"{word} ({labels.level_of.format(level=answer.level, size=scale.size)})"
    if answer.kind is AnswerKind.DECLINED:
        return pick(scale.declined_label, lang)
    if answer.kind is AnswerKind.DONT_KNOW:
        return pick(scale.dont_know_label, lang)
    return labels.not_shown


def change_words(
    before: Answer, prev_scale: Scale | None, now: Answer, scale: Scale, labels: SummaryLabels
) -> str:
    """The change since last time in words, with its direction on the wheel (outward:
    further from the centre; inward: nearer it). No judgement of better or worse."""
    if prev_scale is None or not before.is_given or not now.is_given:
        return labels.no_comparison
    b = answer_words(before, prev_scale, labels, with_level=False)
    n = answer_words(now, scale, labels, with_level=False)
    if before == now and prev_scale.size == scale.size:
        return labels.unchanged.format(now=n)
    levels = before.kind is AnswerKind.LEVEL and now.kind is AnswerKind.LEVEL
    if levels and prev_scale.size == scale.size and before.level and now.level:
        step = now.level - before.level
        direction = (labels.outward if step > 0 else labels.inward).format(n=abs(step))
    else:
        direction = labels.moved
    return labels.change.format(before=b, now=n, direction=direction)


# the legend's items drawn as the adult's refusal tags
LINE = 1.3  # a wrapped legend item's line height, in font sizes
_TAGS = ("adult_declined", "adult_dont_know")


class Legend(Flowable):  # type: ignore[misc]
    """A row of small marks with words: filled, declined, don't know, empty, adult."""

    def __init__(
        self, items: Sequence[tuple[str, str]], size: float = 8.0, badge: str = ""
    ) -> None:
        super().__init__()
        self.items = list(items)
        self.size = size
        self.badge = badge  # the letter on the adult's refusal tags

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._rows = self._layout(avail_width)
        self.height = sum(self._row_height(row) for row in self._rows)
        return self.width, self.height

    def _lead(self, kind: str) -> float:
        """The room before an item's words: its mark (a refusal tag is wider)."""
        return self.size * (2.1 if kind in _TAGS else 1.6)

    def _row_height(self, row: list[tuple[str, list[str], float]]) -> float:
        lines = max((len(lines) for _k, lines, _w in row), default=1)
        return self.size * 1.9 + (lines - 1) * self.size * LINE

    def _layout(self, width: float) -> list[list[tuple[str, list[str], float]]]:
        """Items side by side in rows; an item wider than the row (an organisation's
        long step names) gets a row of its own, its words wrapped, never cut."""
        rows: list[list[tuple[str, list[str], float]]] = [[]]
        x = 0.0
        for kind, text in self.items:
            lines = [text]
            w = self._lead(kind) + text_width(text, self.size) + self.size * 1.6
            if w > width:
                room = width - self._lead(kind) - self.size * 0.5
                lines = wrap_logical(text, room, self.size)
                w = width
            if rows[-1] and x + w > width:
                rows.append([])
                x = 0.0
            rows[-1].append((kind, lines, w))
            x += w
        return rows

    def draw(self) -> None:
        c = self.canv
        s = self.size
        top = self.height
        for row in self._rows:
            y = top - s * 1.3
            top -= self._row_height(row)
            x = 0.0
            for kind, text, w in row:
                my = y + s * 0.35
                if kind == "fill":
                    c.setFillColor(HexColor("#8FA9C2"))
                    c.rect(x, y - s * 0.15, s * 1.2, s, stroke=0, fill=1)
                elif kind in ("declined", "dont_know"):
                    draw_refusal_swatch(c, kind, x, y - s * 0.3, s * 1.35, s * 1.35, INK)
                elif kind == "empty":
                    c.setFillColor(HexColor("#E8EDF2"))
                    c.setStrokeColor(RULE)
                    c.rect(x, y - s * 0.15, s * 1.2, s, stroke=1, fill=1)
                elif kind == "adult":
                    c.setStrokeColor(ADULT)
                    c.setLineWidth(1.3)
                    c.setDash(2.5, 1.8)
                    c.line(x, my, x + s * 1.2, my)
                    c.setDash()
                elif kind in _TAGS:
                    # the tag as in the wheel, lying along the row: letter, then mark
                    r = s * 0.45
                    declined = kind == "adult_declined"
                    draw_refusal_tag(c, x + r, my, (1.0, 0.0), r, ADULT, self.badge, declined)
                for k, line in enumerate(text):
                    draw_text(c, x + self._lead(kind), y - k * s * LINE, line, s, color=INK)
                x += w


def _rule(width_colour: Color = RULE) -> Table:
    t = Table([[""]], colWidths=["100%"], rowHeights=[1.2])
    t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, width_colour)]))
    return t


def _grid(
    rows: list[list[Any]],
    widths: list[float],
    header: bool = True,
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    cmds: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE),
    ]
    if header:
        cmds.append(("LINEBELOW", (0, 0), (-1, 0), 1.0, ACCENT))
    cmds.extend(extra)
    t.setStyle(TableStyle(cmds))
    return t


def _fmt(d: date | None) -> str:
    return d.isoformat() if d else ""


def _cell(text: str, st: TextStyle = BODY) -> TextBlock:
    return TextBlock(text, st)


def _head_cell(text: str) -> TextBlock:
    return TextBlock(text, style(8.5, bold=True, color=ACCENT))


def _item_label(labels: SummaryLabels, item: EntryField) -> str:
    return {
        EntryField.WORDS: labels.item_words,
        EntryField.GOOD: labels.item_good,
        EntryField.HARD: labels.item_hard,
        EntryField.WISH: labels.item_wish,
        EntryField.HELP_FROM: labels.item_help_from,
    }.get(item, item.value)


def _header(data: SummaryData, labels: SummaryLabels, width: float) -> list[Flowable]:
    conv = data.conversation
    story: list[Flowable] = [
        TextBlock(labels.title, H1),
        TextBlock(labels.subtitle, style(9.5, color=MUTED, space_after=8)),
    ]
    lab = style(8, color=MUTED)
    val = style(10.5, bold=True, color=INK)
    rows = [
        [
            _cell(labels.child, lab),
            _cell(labels.conversation_on, lab),
            _cell(labels.prepared_by, lab),
            _cell(labels.organisation, lab),
            _cell(labels.printed_on, lab),
        ],
        [
            _cell(clean(data.child_display), val),
            _cell(_fmt(conv.held_on), val),
            _cell(clean(data.prepared_by), val),
            _cell(clean(data.organisation), val),
            _cell(_fmt(data.today), val),
        ],
    ]
    widths = [width * f for f in (0.22, 0.15, 0.24, 0.24, 0.15)]
    t = Table(rows, colWidths=widths)
    t.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, 1), (-1, 1), 1.0, ACCENT),
                ("BOTTOMPADDING", (0, 1), (-1, 1), 7),
            ]
        )
    )
    story.append(t)
    return story


def _voice_block(text: str, size: float = 12.5) -> TextBlock:
    return TextBlock(
        text,
        style(
            size,
            color=INK,
            backdrop=VOICE,
            bar=VOICE_BAR,
            left_indent=12,
            right_indent=12,
            space_before=0,
            space_after=0,
            leading=size * 1.45,
        ),
    )


def _padded(flow: Flowable) -> list[Flowable]:
    pad = style(4, backdrop=VOICE)
    return [TextBlock(" ", pad), flow, TextBlock(" ", pad)]


def _no_consent_text(meeting: MeetingView | None, on: date, labels: SummaryLabels) -> str:
    """Why nothing is shared: no consent, or the latest one withdrawn or ended (with dates)."""
    outlook = meeting.outlook if meeting is not None else None
    if (
        meeting is not None
        and meeting.valid
        and all(c.given_by is ConsentGiver.OTHER_CAREGIVER for c in meeting.valid)
    ):  # a consent is valid, but it covers only the caregiver's own view
        return labels.no_consent_caregiver_only.format(date=_fmt(on))
    if outlook is not None and outlook.state is MeetingConsent.ONE_GUARDIAN and meeting:
        givers = [labels.giver_in_sentence.get(g.value, g.value) for g in meeting.child.partial]
        return labels.no_consent_one_guardian.format(giver=", ".join(givers), date=_fmt(on))
    if outlook is not None and outlook.since is not None:
        if outlook.state is MeetingConsent.WITHDRAWN:
            return labels.no_consent_withdrawn.format(since=_fmt(outlook.since), date=_fmt(on))
        if outlook.state is MeetingConsent.EXPIRED:
            return labels.no_consent_expired.format(since=_fmt(outlook.since), date=_fmt(on))
    return labels.no_consent.format(date=_fmt(on))


def _child_part(
    data: SummaryData,
    labels: SummaryLabels,
    view: SharedView,
    prev_view: SharedView | None,
    width: float,
) -> list[Flowable]:
    conv = data.conversation
    definition = conv.definition
    scale = conv.scale
    story: list[Flowable] = []
    on = data.meeting.on if data.meeting else data.sharing_date
    if view.important_to_me:
        story.append(heading(labels.important, H2))
        story.extend(_padded(_voice_block(view.important_to_me)))
        story.append(TextBlock(labels.childs_words_hint, style(8, color=MUTED, space_before=2)))

    # sharing status: before the wheel, so nobody reads an empty wheel as "all fine"
    if not view.has_consent:
        story.append(
            TextBlock(
                _no_consent_text(data.meeting, on, labels),
                style(10.5, bold=True, color=HexColor("#8A2A2A"), space_before=10),
            )
        )

    story.append(CondPageBreak(95 * mm))
    story.append(heading(labels.wheel, H2))
    answers = {a.area_id: a.answer for a in view.areas}
    spec = WheelSpec(definition, scale.size, labels.lang, answers, label_size=8.5)
    story.append(WheelFlowable(spec, height=70 * mm))
    steps = ", ".join(s.label_in(labels.lang) for s in scale.steps)
    story.append(
        Legend(
            [
                ("fill", labels.legend_fill.format(steps=steps)),
                ("declined", pick(scale.declined_label, labels.lang)),
                ("dont_know", pick(scale.dont_know_label, labels.lang)),
                ("empty", labels.legend_empty),
            ]
        )
    )
    # no count of the child's withheld items: beside the neutral marks, a count (or a
    # sentence shown only when something is withheld) could point to the area the
    # child kept private; the key under the table explains the mark for every reason
    story.append(TextBlock(labels.wheel_hint, style(8.5, color=MUTED)))

    # the one-minute table: area, answer in words, change
    prev = data.previous
    change_head = (
        labels.col_change.format(date=_fmt(prev.held_on)) if prev else labels.col_change_none
    )
    rows: list[list[Any]] = [
        ["", _head_cell(labels.col_area), _head_cell(labels.col_answer), _head_cell(change_head)]
    ]
    extra: list[tuple[Any, ...]] = []
    for i, area in enumerate(definition.areas, start=1):
        shown = view.area(area.id)
        before = prev_view.area(area.id).answer if prev_view else Answer()
        rows.append(
            [
                "",
                _cell(area.label_in(labels.lang), style(10, bold=True, color=INK)),
                # the same mark for "not answered", "kept private" and "no consent"
                _cell(answer_words(shown.answer, scale, labels)),
                _cell(
                    change_words(before, prev.scale if prev else None, shown.answer, scale, labels),
                    BODY,  # full ink: the changes are what the meeting looks for
                ),
            ]
        )
        extra.append(("BACKGROUND", (0, i), (0, i), HexColor(area.colour)))
    table = _grid(rows, [4, width * 0.27, width * 0.36, width * 0.37 - 4], extra=extra)
    story.append(CondPageBreak(60 * mm))
    story.append(heading(labels.areas, H2))
    story.append(table)
    story.append(TextBlock(labels.marks_key, style(8.5, color=INK, space_before=3)))
    if prev is None:
        story.append(TextBlock(labels.no_previous, style(8.5, color=MUTED, space_before=3)))
    if view.change_note:
        story.append(heading(labels.change_note, H3))
        story.extend(_padded(_voice_block(view.change_note, 11)))

    # the child's own words, area by area
    story.append(heading(labels.own_words, H2))
    any_words = False
    for area in definition.areas:
        shown = view.area(area.id)
        if not shown.texts:
            continue
        any_words = True
        colour = HexColor(area.colour)
        title = area.label_in(labels.lang)
        if shown.answer.is_given:
            title += "  ·  " + answer_words(shown.answer, scale, labels, with_level=False)
        head = heading(
            title,
            style(
                11,
                bold=True,
                color=INK,
                bar=colour,
                left_indent=8,
                right_indent=8,
                space_before=8,
                space_after=1,
            ),
        )
        first = True
        for item, text in shown.texts:
            label_block = TextBlock(_item_label(labels, item), ITEM_LABEL)
            text_block = TextBlock(text, ITEM_TEXT)
            if first:
                story.append(KeepTogether([head, label_block, _first_lines(text_block)]))
                story.append(_rest_lines(text_block))
                first = False
            else:
                story.append(label_block)
                story.append(text_block)
    if not any_words:
        story.append(TextBlock(labels.no_words, style(10, color=MUTED)))
    return story


def _first_lines(block: TextBlock) -> Flowable:
    """The first few lines of a block (kept with its heading); see ``_rest_lines``."""
    return _Head(block)


def _rest_lines(block: TextBlock) -> Flowable:
    return _Tail(block)


class _Head(Flowable):  # type: ignore[misc]
    """Up to three lines of a block, so a heading never ends a page alone."""

    KEEP = 3

    def __init__(self, block: TextBlock) -> None:
        super().__init__()
        self.block = block

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        lines = self.block._layout(avail_width)
        head = lines[: self.KEEP]
        self.inner = TextBlock(
            "",
            self.block.style,
            _lines=head,
            _width=self.block._lines_width,
            _last=len(lines) <= self.KEEP,
        )
        w, h = self.inner.wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def draw(self) -> None:
        self.inner.drawOn(self.canv, 0, self.height - self.inner.height)


class _Tail(Flowable):  # type: ignore[misc]
    """The rest of a block after ``_Head``; may split across pages."""

    def __init__(self, block: TextBlock) -> None:
        super().__init__()
        self.block = block
        self.inner: TextBlock | None = None

    def _make(self, avail_width: float) -> TextBlock | None:
        lines = self.block._layout(avail_width)[_Head.KEEP :]
        if not lines:
            return None
        return TextBlock(
            "", self.block.style, _lines=lines, _width=self.block._lines_width, _first=False
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.inner = self._make(avail_width)
        if self.inner is None:
            self.width, self.height = avail_width, 0.0
            return avail_width, 0.0
        w, h = self.inner.wrap(avail_width, avail_height)
        self.width, self.height = w, h
        return w, h

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        inner = self._make(avail_width)
        if inner is None:
            return []
        return list(inner.split(avail_width, avail_height))

    def draw(self) -> None:
        if self.inner is not None:
            self.inner.drawOn(self.canv, 0, 0)


def _adult_part(
    data: SummaryData, labels: SummaryLabels, view: SharedView, width: float
) -> list[Flowable]:
    story: list[Flowable] = [CondPageBreak(70 * mm), Spacer(1, 10), _rule(ADULT_BAR)]
    adult_head = Table(
        [
            [TextBlock(labels.adult_heading, style(13, bold=True, color=INK))],
            [TextBlock(labels.adult_hint, style(8.5, color=INK))],
        ],
        colWidths=[width],
    )
    adult_head.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), ADULT_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
            ]
        )
    )
    adult_head.keepWithNext = True
    story.append(adult_head)
    if not view.has_consent:
        # nothing of the adult's, and no count that would tell how much was noted
        text = labels.adult_one_guardian if view.partial else labels.adult_no_consent
        story.append(TextBlock(text, style(10, color=INK, space_before=6)))
        return story
    # what of the adult's own items the adult chose not to share: right under the
    # heading, so a chair reading the section knows it is not the whole of it
    withheld = withheld_line(
        view.adult_withheld,
        view.adult_withheld_because,
        labels.adult_withheld_not_marked_one,
        labels.adult_withheld_not_marked,
    )
    if withheld:
        story.append(TextBlock(withheld, style(10, bold=True, color=INK, space_before=6)))
    story += _adult_items(data, labels, view)
    # what the professional noted of a guardian's answers, after their own view
    story += _noted_guardian_part(data, labels, view, width)
    if view.noted_without_guardian_consent:
        story.append(
            TextBlock(labels.noted_no_guardian_consent, style(10, color=INK, space_before=6))
        )
    return story


def _adult_items(data: SummaryData, labels: SummaryLabels, view: SharedView) -> list[Flowable]:
    """The professional's own answers (a wheel) and notes, area by area."""
    conv = data.conversation
    scale = conv.scale
    shown = [a for a in view.areas if a.adult_answer.is_given or a.adult_note]
    if not shown:
        return [TextBlock(labels.adult_none, style(10, color=MUTED, space_before=6))]
    story: list[Flowable] = []
    if any(a.adult_answer.is_given for a in shown):
        adult = {a.area_id: a.adult_answer for a in view.areas}
        spec = WheelSpec(
            conv.definition, scale.size, labels.lang, adult=adult, label_size=7.5, icons=False,
            adult_badge=labels.adult_badge,
        )  # fmt: skip
        story.append(WheelFlowable(spec, height=62 * mm))
        kinds = {a.kind for a in adult.values()}
        items = [("adult", labels.legend_adult)] if AnswerKind.LEVEL in kinds else []
        if AnswerKind.DECLINED in kinds:
            items.append(("adult_declined", labels.legend_adult_declined))
        if AnswerKind.DONT_KNOW in kinds:
            items.append(("adult_dont_know", labels.legend_adult_dont_know))
        story.append(Legend(items, badge=labels.adult_badge))
    adult_text = style(10, color=INK, left_indent=8, right_indent=8, bar=ADULT_BAR, space_after=2)
    for area_view in shown:
        area = conv.definition.area(area_view.area_id)
        title = area.label_in(labels.lang)
        if area_view.adult_answer.is_given:
            title += f"  ·  {labels.adult_answer}: " + answer_words(
                area_view.adult_answer, scale, labels, with_level=False
            )
        story.append(
            heading(title, style(10.5, bold=True, color=INK, space_before=7, space_after=1))
        )
        if area_view.adult_note:
            story.append(TextBlock(area_view.adult_note, adult_text))
    return story


def _noted_guardian_part(
    data: SummaryData, labels: SummaryLabels, view: SharedView, width: float
) -> list[Flowable]:
    """A guardian's answers as the professional noted them: neither the guardian's own
    view (the family's section) nor the child's, so under a heading of their own."""
    noted = [a for a in view.areas if a.noted_guardian_answer.is_given]
    if not noted:
        return []
    scale = data.conversation.scale
    rows: list[list[Any]] = [[_head_cell(labels.col_area), _head_cell(labels.col_noted_guardian)]]
    for area_view in noted:
        area = data.conversation.definition.area(area_view.area_id)
        rows.append(
            [
                _cell(area.label_in(labels.lang), style(10, bold=True, color=INK)),
                _cell(answer_words(area_view.noted_guardian_answer, scale, labels)),
            ]
        )
    return [
        heading(labels.noted_guardian, H3),
        TextBlock(labels.noted_guardian_hint, style(8.5, color=MUTED, space_after=3)),
        _grid(rows, [width * 0.35, width * 0.65]),
    ]


def _meeting_part(data: SummaryData, labels: SummaryLabels, width: float) -> list[Flowable]:
    sip = data.sip
    story: list[Flowable] = [CondPageBreak(50 * mm), heading(labels.meeting, H2)]
    none = style(10, color=MUTED)

    def field_(label: str, value: str) -> None:
        story.append(heading(label, H3))
        value = clean(value, multiline=True)
        story.append(TextBlock(value or labels.nothing_yet, BODY if value else none))

    field_(labels.question, sip.question if sip else "")
    field_(labels.participation, sip.participation if sip else "")
    story.append(heading(labels.actions, H3))
    actions = sip.actions if sip else ()
    if not actions:
        story.append(TextBlock(labels.nothing_yet, none))
    elif sum(len(a.what) + len(a.who) for a in actions) < 4000:
        rows: list[list[Any]] = [
            [_head_cell(labels.col_who), _head_cell(labels.col_what), _head_cell(labels.col_when)]
        ]
        for a in actions:
            rows.append([_cell(a.who), _cell(a.what), _cell(_fmt(a.by_when))])
        story.append(_grid(rows, [width * 0.26, width * 0.56, width * 0.18]))
    else:  # very long texts: a list that can flow across pages
        for a in actions:
            story.append(
                TextBlock(
                    f"{clean(a.who)} · {_fmt(a.by_when)}",
                    style(10, bold=True, color=INK, space_before=4),
                )
            )
            story.append(TextBlock(a.what, BODY))
    field_(labels.overall_responsible, sip.overall_responsible if sip else "")
    follow = ""
    if sip and (sip.follow_up_on or sip.follow_up_by):
        follow = labels.follow_up_value.format(
            date=_fmt(sip.follow_up_on), who=clean(sip.follow_up_by)
        ).strip(" ,")
    field_(labels.follow_up, follow)
    return story


def _consent_part(data: SummaryData, labels: SummaryLabels, meeting: MeetingView) -> list[Flowable]:
    """Every consent valid on the day (whose, how, for whom, until when), then what rests on it.

    What the sharing rule decided is only said here: on what the child's part rests
    (or why nothing of it is shown), and, for each guardian whose own consent is not
    valid, that nothing they said is shown; said for both guardians alike, whether
    or not they gave a view, so it tells nothing about who took part. The other
    caregiver is named so only once a consent of theirs was recorded (the rule's
    ``guardian_outlooks`` holds them then), in words that do not call them a guardian.
    """
    story: list[Flowable] = [CondPageBreak(35 * mm), heading(labels.consent, H2)]
    valid = meeting.valid or meeting.consents
    if not meeting.has_consent:
        story.append(
            TextBlock(
                _no_consent_text(meeting, meeting.on, labels),
                style(10, bold=True, color=HexColor("#8A2A2A")),
            )
        )
    for c in valid:
        until = (
            labels.consent_until.format(date=_fmt(c.valid_until))
            if c.valid_until
            else labels.consent_open
        )
        giver = labels.consent_givers.get(c.given_by.value, c.given_by.value)
        if c.giver_name and clean(c.giver_name).casefold() != giver.casefold():
            giver = f"{giver} ({clean(c.giver_name)})"  # never "Guardian 1 (Guardian 1)"
        if c.sole_custody:
            giver = labels.consent_sole.format(giver=giver)
        story.append(
            TextBlock(
                labels.consent_line.format(
                    giver=giver,
                    form=labels.consent_forms.get(c.form.value, c.form.value),
                    given=_fmt(c.given_on),
                    recipients=", ".join(clean(r) for r in c.recipients),
                    until=until,
                ),
                BODY,
            )
        )
    basis = [labels.basis.get(b.value, b.value) for b in meeting.child.basis]
    if basis:
        joined = basis[0]
        for more in basis[1:]:
            joined = labels.basis_and.format(first=joined, second=more)
        story.append(TextBlock(labels.rests_on.format(basis=joined), style(10, space_before=4)))
    if valid:  # with none at all, the sentence above says it for everyone
        for giver, outlook in meeting.guardian_outlooks:
            if outlook.state is MeetingConsent.VALID:
                continue
            name = labels.consent_givers.get(giver.value, giver.value)
            since = _fmt(outlook.since) if outlook.since else ""
            if giver is ConsentGiver.OTHER_CAREGIVER:
                text = {
                    MeetingConsent.WITHDRAWN: labels.caregiver_withdrawn,
                    MeetingConsent.EXPIRED: labels.caregiver_expired,
                }.get(outlook.state, labels.caregiver_withdrawn)
            else:
                text = {
                    MeetingConsent.WITHDRAWN: labels.guardian_withdrawn,
                    MeetingConsent.EXPIRED: labels.guardian_expired,
                }.get(outlook.state, labels.guardian_no_consent)
            story.append(TextBlock(text.format(giver=name, since=since), style(10, space_before=2)))
    story.append(TextBlock(labels.consent_rule, style(8.5, color=MUTED, space_before=4)))
    if data.legal_reference:
        story.append(
            TextBlock(
                f"{labels.legal}: {clean(data.legal_reference)}",
                style(9, color=MUTED, space_before=4),
            )
        )
    return story


def _page_hook(data: SummaryData, labels: SummaryLabels) -> Any:
    marking = clean(
        data.confidentiality if data.confidentiality is not None else labels.confidentiality
    )
    child = clean(data.child_display)

    def hook(canv: Canvas, page: int, pages: int) -> None:
        width, height = canv._pagesize
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.6)
        canv.line(50, 40, width - 50, 40)
        draw_text(canv, 50, 28, marking, 8.5, bold=True, color=INK)
        draw_text(
            canv,
            width - 50,
            28,
            labels.page.format(page=page, pages=pages),
            8.5,
            align="right",
            color=INK,
        )
        if page > 1:
            draw_text(canv, 50, height - 34, f"{labels.title} · {child}", 8, color=MUTED)
            canv.line(50, height - 40, width - 50, height - 40)
        canv.restoreState()

    return hook


def _family_part(
    data: SummaryData, labels: SummaryLabels, meeting: MeetingView, width: float
) -> list[Flowable]:
    """The family's view, after the child's voice and apart from the professional's."""
    from hjulet.reports.family import family_part

    return family_part(data.conversation, meeting, labels, width)


class NotFiltered(ValueError):
    """The summary was asked for without the sharing rule's filtered view."""


def build_story(data: SummaryData, labels: SummaryLabels, width: float) -> list[Flowable]:
    meeting = data.meeting
    if meeting is None:
        # the renderer never decides what may be shown: services apply the rule first
        raise NotFiltered("the SIP summary needs SummaryData.meeting (core.sharing.meeting_view)")
    story = _header(data, labels, width)
    story += _child_part(data, labels, meeting.child, meeting.previous, width)
    story += _family_part(data, labels, meeting, width)
    story += _adult_part(data, labels, meeting.child, width)
    story += _meeting_part(data, labels, width)
    story += _consent_part(data, labels, meeting)
    return keep_headings(story)


def keep_headings(story: list[Flowable]) -> list[Flowable]:
    """Put a heading into the KeepTogether that follows it.

    reportlab's keepWithNext does not join a KeepTogether, so a heading before one
    (the child's own words: area title and first lines kept together) could still
    end a page alone.
    """
    out: list[Flowable] = []
    for flow in reversed(story):
        if getattr(flow, "keepWithNext", False) and out and isinstance(out[-1], KeepTogether):
            following = out.pop()
            out.append(KeepTogether([flow, *following._content]))
        else:
            out.append(flow)
    out.reverse()
    return out


def render_summary(out: Path | BinaryIO, data: SummaryData, labels: SummaryLabels = SV) -> None:
    """Write the SIP summary PDF to a path or a binary file object."""
    register_fonts()
    doc = make_doc(out, title=labels.doc_title, author=clean(data.organisation))
    width = doc.width
    story = build_story(data, labels, width)
    doc.build(story, canvasmaker=numbered_canvas(_page_hook(data, labels)))
