"""The SIP summary's "The family's view": each guardian's own picture, kept apart.

A section of its own, after the child's voice and before the professional's
view. Each guardian (by role only) is shown separately, never merged with
another guardian's view or the child's. What it gets is already filtered by the
sharing rule (``core.sharing``, rule 5): only what that guardian marked
shareable, and only under that guardian's own valid consent. What a guardian
chose not to share is counted once, under that guardian's name (about their
whole view, never read as one area's). A guardian without a valid consent is not
listed at all, and without any guardian listed there is no section, not even its
heading: the paper does not tell who took part (the consent part says, for every
guardian alike, whose consent is missing). Words are printed as the guardian gave
them, in any script.
"""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from hjulet.core import languages
from hjulet.core.meeting_view import MeetingView
from hjulet.core.model import Conversation
from hjulet.reports.bidi import TextBlock, TextStyle
from hjulet.reports.labels import SummaryLabels, family_labels, withheld_line
from hjulet.reports.wheel_drawing import INK, MUTED

FAMILY_BG = HexColor("#EAF2EC")
FAMILY_BAR = HexColor("#4E7D5B")


def family_part(
    conversation: Conversation, meeting: MeetingView, labels: SummaryLabels, width: float
) -> list[Flowable]:
    """The family section; nothing at all when no guardian's view may be shown.

    ``conversation`` is the frame (wheel, scale); ``meeting.guardians`` the views,
    of which only those under a valid consent are named.
    """
    from hjulet.reports.summary import answer_words  # the summary's own answer wording

    shared = [view for view in meeting.guardians if view.has_consent]
    if not shared:
        return []
    fl = family_labels(labels.lang)
    story: list[Flowable] = [CondPageBreak(50 * mm), Spacer(1, 10)]
    heading = Table(
        [
            [TextBlock(fl.heading, TextStyle(13, bold=True, color=INK))],
            [TextBlock(fl.hint, TextStyle(8.5, color=INK))],
        ],
        colWidths=[width],
    )
    heading.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), FAMILY_BG),
                ("LINEBEFORE", (0, 0), (0, -1), 3, FAMILY_BAR),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, 0), 6),
                ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
                ("TOPPADDING", (0, 1), (-1, 1), 0),
            ]
        )
    )
    story.append(heading)
    scale = conversation.scale
    words_style = TextStyle(
        10, color=INK, left_indent=8, right_indent=8, bar=FAMILY_BAR, space_after=2
    )
    for view in shared:
        language = (
            languages.get(view.language).name_in(labels.lang)  # as written: "arabiska", "Arabic"
            if languages.is_known(view.language)
            else view.language
        )
        title = f"{fl.roles[view.role.value]} ({fl.given_in.format(language=language)})"
        block: list[Flowable] = [
            TextBlock(title, TextStyle(11.5, bold=True, color=FAMILY_BAR, space_before=10))
        ]
        # right under the guardian's name, about the whole of their view: at the end
        # it read as if it belonged to their last area
        text = withheld_line(
            view.withheld, view.withheld_because, fl.withheld_not_marked_one, fl.withheld_not_marked
        )
        if text:
            block.append(TextBlock(text, TextStyle(9, bold=True, color=INK, space_before=2)))
        if view.important:
            block.append(TextBlock(fl.important, TextStyle(8.5, color=MUTED, space_before=3)))
            block.append(TextBlock(view.important, words_style))
        story.append(KeepTogether(block))
        for area_view in view.areas:
            area = conversation.definition.area(area_view.area_id)
            line = area.label_in(labels.lang)
            if area_view.answer.is_given:
                line += "  ·  " + answer_words(area_view.answer, scale, labels, with_level=False)
            story.append(
                TextBlock(line, TextStyle(10, bold=True, color=INK, space_before=5, space_after=1))
            )
            if area_view.words:
                story.append(TextBlock(area_view.words, words_style))
        if view.is_empty:
            story.append(TextBlock(fl.nothing_shared, TextStyle(10, color=MUTED, space_before=3)))
    return story
