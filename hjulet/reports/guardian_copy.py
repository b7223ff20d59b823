"""A guardian's own copy: their picture of the child's life, in their language.

One or two A4 pages for one guardian, in the guardian's language (adult
wording from the ``[guardian_paper]`` texts): their wheel, their answers and
words area by area (with what of each may be shown at the meeting: the copy is
theirs), "what is important for our child", and the meeting's practical
details. What the copy says about the meeting is the sharing rule's
(``core.sharing.guardian_copy_sharing``, applied by services): an item is "may
be shown" only if the summary shows it, and without a valid consent the copy
says so (missing, withdrawn or expired, with the date). Never the child's
answers or words, nor the professional's notes or ratings, nor another
guardian's view. Right-to-left languages get the
mirrored layout of the child's copy (the same building blocks: ``InlineRow``,
``TextBlock``, ``WheelFlowable``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether

from hjulet.core import languages
from hjulet.core._validate import pick
from hjulet.core.child_texts import load_paper_texts
from hjulet.core.guardian import GuardianView
from hjulet.core.guardian_texts import GuardianPaperTexts, guardian_paper_texts, guardian_texts
from hjulet.core.icons import area_icon, face_icon
from hjulet.core.meeting_view import ConsentOutlook, CopyNote, GuardianCopySharing, MeetingConsent
from hjulet.core.model import Answer, AnswerKind
from hjulet.core.scales import Scale
from hjulet.core.text import clean
from hjulet.core.wheel import ReviewStatus
from hjulet.reports.bidi import TextBlock, TextStyle, draw_text, ltr_isolate, shape
from hjulet.reports.child_copy import InlineRow, Piece, _dark, draw_draft_note
from hjulet.reports.fonts import Script, register_fonts, text_width
from hjulet.reports.pages import make_doc, numbered_canvas
from hjulet.reports.summary import SummaryData
from hjulet.reports.wheel_drawing import INK, MUTED, WheelFlowable, WheelSpec

ACCENT = HexColor("#2E5A43")
WORDS_BG = HexColor("#EAF2EC")
WORDS_BAR = HexColor("#4E7D5B")
CONSENT_BG = HexColor("#F6EFE2")
CONSENT_BAR = HexColor("#B07A2A")


def _answer_pieces(
    answer: Answer, scale: Scale, lang: str, size: float, texts: GuardianPaperTexts
) -> list[Piece]:
    if answer.kind is AnswerKind.LEVEL and answer.level is not None:
        step = scale.step(min(answer.level, scale.size))
        face = face_icon(step.face)
        out = [Piece("face", icon=face, colour=INK, size=size)] if face is not None else []
        return [*out, Piece("text", text=step.label_in(lang), size=size, bold=True)]
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
    return [Piece("text", text=texts.not_answered, size=size * 0.85, colour=MUTED)]


def _note_text(note: CopyNote, texts: GuardianPaperTexts) -> str:
    return {
        CopyNote.SHOWN: texts.shared,
        CopyNote.NOT_MARKED: texts.not_shared,
        CopyNote.ONLY_ANSWER: texts.only_answer,
        CopyNote.ONLY_WORDS: texts.only_words,
        CopyNote.NO_CONSENT: texts.no_consent,
    }[note]


def _consent_text(outlook: ConsentOutlook, texts: GuardianPaperTexts) -> str:
    """The copy's note on the consent ("" when it is valid)."""
    when = ltr_isolate(outlook.since.isoformat()) if outlook.since else ""
    return {
        MeetingConsent.VALID: "",
        MeetingConsent.MISSING: texts.consent_missing,
        MeetingConsent.WITHDRAWN: texts.consent_withdrawn.format(date=when),
        MeetingConsent.EXPIRED: texts.consent_expired.format(date=when),
    }[outlook.state]


def build_guardian_story(
    data: SummaryData, view: GuardianView, sharing: GuardianCopySharing, width: float
) -> list[Flowable]:
    lang = view.language
    texts = guardian_paper_texts(lang, data.text_dirs)
    role = guardian_texts(lang, data.text_dirs).role(view.role)
    rtl = texts.rtl
    conv = data.conversation
    scale = conv.scale
    lead = 1.6 if rtl else 1.4

    def st(size: float, **kw: Any) -> TextStyle:
        kw.setdefault("leading", size * lead)
        kw.setdefault("align", "right" if rtl else "left")
        return TextStyle(size=size, rtl=kw.pop("rtl", rtl), **kw)

    story: list[Flowable] = [TextBlock(texts.title, st(24, bold=True, color=ACCENT))]
    talked = texts.talked_on.format(date=ltr_isolate(conv.held_on.isoformat()))
    story.append(TextBlock(talked, st(13, color=INK), composed=True))
    story.append(TextBlock(texts.given_by.format(role=role), st(12, color=INK)))
    story.append(TextBlock(texts.yours, st(10.5, color=MUTED, space_after=6)))
    consent = _consent_text(sharing.consent, texts)
    if consent:  # before their answers, so no "may be shown" reads as shown
        story.append(
            TextBlock(
                consent,
                st(
                    12,
                    bold=True,
                    color=INK,
                    backdrop=CONSENT_BG,
                    bar=CONSENT_BAR,
                    left_indent=12,
                    right_indent=12,
                    space_before=2,
                    space_after=8,
                ),
                composed=True,
            )
        )

    important = clean(view.important, multiline=True)
    if important:
        story.append(
            TextBlock(
                guardian_texts(lang, data.text_dirs).important,
                st(15, bold=True, color=ACCENT, space_before=6, space_after=3),
            )
        )
        story.append(
            TextBlock(
                important,
                st(13, rtl=None, backdrop=WORDS_BG, bar=WORDS_BAR, left_indent=12, right_indent=12),
            )
        )
        if sharing.important is not None:
            story.append(TextBlock(_note_text(sharing.important, texts), st(9.5, color=MUTED)))

    answers = {a.id: view.entry(a.id).answer for a in conv.definition.areas}
    spec = WheelSpec(conv.definition, scale.size, lang, answers, rtl=rtl, label_size=10)
    story.append(WheelFlowable(spec, height=80 * mm))

    story.append(CondPageBreak(40 * mm))
    story.append(
        TextBlock(texts.answers, st(17, bold=True, color=ACCENT, space_before=8, space_after=4))
    )
    prefer = Script.ARABIC if rtl else Script.LATIN
    label_w = 10 + max(
        text_width(shape(a.label_in(lang)), 13, bold=True, prefer=prefer)
        for a in conv.definition.areas
    )
    label_w = min(label_w, width * 0.5)  # longer names wrap: the answer stays on the page
    indent = 32.0
    for area in conv.definition.areas:
        entry = view.entry(area.id)
        colour = HexColor(area.colour)
        block: list[Flowable] = [
            InlineRow(
                [
                    Piece("icon", icon=area_icon(area.icon), colour=_dark(colour), size=13),
                    Piece(
                        "text",
                        text=area.label_in(lang),
                        size=13,
                        bold=True,
                        colour=_dark(colour),
                        width=label_w,
                    ),
                    *_answer_pieces(entry.answer, scale, lang, 12, texts),
                ],
                28,
                rtl,
                space_before=3,
            )
        ]
        words = clean(entry.words, multiline=True)
        side = {"left_indent": 0 if rtl else indent, "right_indent": indent if rtl else 0}
        if words:
            block.append(TextBlock(texts.words, st(10, color=MUTED, space_before=2, **side)))
            block.append(TextBlock(words, st(12, rtl=None, color=INK, **side)))
        note = sharing.area(area.id)
        if note is not None:
            block.append(TextBlock(_note_text(note, texts), st(9, color=MUTED, **side)))
        story.append(KeepTogether(block))

    story.extend(_meeting_part(data, texts, st))
    return story


def _meeting_part(data: SummaryData, texts: GuardianPaperTexts, st: Any) -> list[Flowable]:
    sip = data.sip
    out: list[Flowable] = [
        CondPageBreak(45 * mm),
        TextBlock(texts.meeting, st(17, bold=True, color=ACCENT, space_before=12, space_after=4)),
    ]
    shown = False
    if sip is not None and sip.attendees.strip():
        out.append(TextBlock(texts.attendees, st(11, bold=True, color=INK, space_before=4)))
        out.append(TextBlock(clean(sip.attendees, multiline=True), st(12, rtl=None, color=INK)))
        shown = True
    if sip is not None and sip.actions:
        out.append(TextBlock(texts.actions, st(11, bold=True, color=INK, space_before=6)))
        for action in sip.actions:
            out.append(
                TextBlock(
                    f"{clean(action.who)}: {clean(action.what)}",
                    st(12, rtl=None, color=INK, space_before=2),
                )
            )
            if action.by_when:
                when = texts.by_date.format(date=ltr_isolate(action.by_when.isoformat()))
                out.append(TextBlock(when, st(10, color=MUTED), composed=True))
        shown = True
    if sip is not None and sip.overall_responsible.strip():
        who = ltr_isolate(clean(sip.overall_responsible))
        out.append(
            TextBlock(
                texts.responsible.format(who=who), st(12, color=INK, space_before=6), composed=True
            )
        )
        shown = True
    if sip is not None and sip.follow_up_on:
        when = ltr_isolate(sip.follow_up_on.isoformat())
        out.append(
            TextBlock(
                texts.follow_up.format(date=when),
                st(12, bold=True, color=INK, space_before=6),
                composed=True,
            )
        )
        shown = True
    contact = " · ".join(x for x in (clean(data.prepared_by), clean(data.organisation)) if x)
    if contact:
        out.append(
            TextBlock(
                texts.contact.format(who=ltr_isolate(contact)),
                st(12, color=INK, space_before=6),
                composed=True,
            )
        )
    if not shown:
        out.append(TextBlock(texts.nothing_next, st(12, color=INK)))
    return out


def render_guardian_copy(
    out: Path | BinaryIO, data: SummaryData, view: GuardianView, sharing: GuardianCopySharing
) -> None:
    """Write one guardian's own copy, in the guardian's language, as a PDF.

    ``sharing``: what the copy says about the meeting, from the sharing rule.
    """
    register_fonts()
    texts = guardian_paper_texts(view.language, data.text_dirs)
    doc = make_doc(out, title=texts.title, author="", margins=(48.0, 48.0, 48.0, 54.0))
    story = build_guardian_story(data, view, sharing, doc.width)
    rtl = texts.rtl or languages.is_rtl(view.language)
    draft = load_paper_texts(view.language, extra_dirs=data.text_dirs).draft

    def hook(canv: Canvas, page: int, pages: int) -> None:
        w, _ = canv._pagesize
        draw_text(
            canv,
            48.0 if rtl else w - 48.0,
            28,
            texts.page.format(page=page, pages=pages),
            9,
            align="left" if rtl else "right",
            color=MUTED,
            rtl=rtl,
        )
        if texts.review is ReviewStatus.DRAFT:
            draw_draft_note(canv, draft, rtl=rtl)

    doc.build(story, canvasmaker=numbered_canvas(hook))
