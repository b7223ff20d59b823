"""The words around the wheel: area labels, the answers' words and the legend.

Where each label block goes and how wide it may be (:func:`label_limit`,
:func:`label_centre`), which names are shortened (:func:`shortened_names`),
painting or measuring the label blocks, and the legend of the extra marks.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Collection, Generator, Iterator
from dataclasses import dataclass, replace
from typing import NamedTuple, cast

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPen, QTextOption

from hjulet.core.geometry import WheelGeometry
from hjulet.core.icons import area_icon
from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer, AnswerKind
from hjulet.gui.theme import NORMAL, PALETTES, WheelPalette
from hjulet.gui.wheel._qt import (
    _clip_box,
    _colour,
    _font,
    _label_px,
    _line_width,
    _pen,
    _reaches,
    _run,
)
from hjulet.gui.wheel.layout import (
    FITTED_RADIUS_FRACTION,
    MIN_TARGET_PX,
    WheelLayout,
    WheelPaths,
)
from hjulet.gui.wheel.sprites import _sprite
from hjulet.gui.wheel.state import WheelState, answer_text, viewpoint_badge, viewpoint_name
from hjulet.gui.wheel.symbols import (
    draw_icon,
    guardian_mark_style,
    refusal_tag,
    refusal_tag_length,
)

# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


def _label_boxes(
    state: WheelState,
    paths: WheelPaths,
    palette: WheelPalette,
    rect: QRectF,
    measure: Collection[int] | None = None,
) -> tuple[dict[int, QRectF], dict[int, QRectF]]:
    """Each area's label block (icon, label, words) and the line of its answer's
    words, where _paint_labels puts them (``measure``: these areas' only)."""
    label_px = _label_px(paths, state)
    boxes: dict[int, QRectF] = {}
    word_boxes: dict[int, QRectF] = {}
    font = _font(state.language, label_px)
    _paint_labels(
        None, rect, state, paths, palette, font, label_px, areas=(), boxes=boxes,
        word_boxes=word_boxes, measure=measure,
    )  # fmt: skip
    return boxes, word_boxes


def label_parts(state: WheelState, paths: WheelPaths, rect: QRectF) -> dict[int, list[QRectF]]:
    """What each area's label block paints, part by part: its icon, and each
    line's text as wide as it is (a block's box is as wide as its widest line:
    two blocks' boxes may overlap where nothing they paint does)."""
    label_px = _label_px(paths, state)
    parts: dict[int, list[QRectF]] = {}
    _run(
        label_steps(
            None, rect, state, paths, NORMAL, _font(state.language, label_px), label_px,
            parts=parts,
        )
    )  # fmt: skip
    return parts


def label_limit(rect: QRectF, lay: WheelLayout, angle_deg: float, rim_share: float) -> float:
    """How wide an area's label may be before it is shortened.

    ``rim_share``: what every label gets (its share of the rim). A label beside
    the wheel may also use the room between the rim and the rect's edge (a wide
    rect: the comparison, the conversation); one above or below may be as wide
    as the radius, since it moves outward when it would touch the rim.
    """
    a = math.radians(angle_deg)
    dx, dy = math.sin(a), -math.cos(a)
    gap = _rim(lay)
    room = 0.0
    if abs(dx) > 0.7:  # from the rim to the rect's edge on its side
        side = rect.right() - lay.cx if dx > 0 else lay.cx - rect.left()
        room = side - gap * abs(dx) - 4
    if abs(dy) > 0.7:
        room = min(lay.radius * 0.95, rect.width() / 2 - 8)
    return max(rim_share, room)


def label_centre(
    rect: QRectF, lay: WheelLayout, angle_deg: float, w: float, h: float, push: float = 0.0
) -> tuple[float, float]:
    """Where a ``w`` x ``h`` label block goes: touching the circle at the sector's
    middle angle, outside the rim, inside ``rect``; a block above or below that
    the rect's edge pushes onto the rim moves outward, clear of it, where there
    is room; so does a block beside whose row nearest the centre line would
    reach over the rim. ``push``: how much further out, sideways (the layout's
    :meth:`~WheelLayout.pushed`, which keeps a block beside off its neighbours)."""
    a = math.radians(angle_deg)
    dx, dy = math.sin(a), -math.cos(a)
    gap = _rim(lay)
    cx = lay.cx + dx * (gap + w / 2 * abs(dx))
    cy = lay.cy + dy * (gap + h / 2 * abs(dy))
    cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
    cy = min(max(cy, rect.top() + h / 2 + 2), rect.bottom() - h / 2 - 2)
    # the block's row nearest the rim: for a block above or below, its edge nearest
    # the centre; beside, its row nearest the centre line (the answer's words, often
    # wider than the name), where the rim bulges outward
    if abs(dy) > 0.7 and abs(dx) > 0.05:
        near: float | None = cy + h / 2 if dy < 0 else cy - h / 2
    elif abs(dx) > 0.7:
        near = min(max(lay.cy, cy - h / 2), cy + h / 2)
    else:
        near = None
    reach = _rim_reach(lay, near) if near is not None else 0.0
    if reach > 0 and abs(cx - lay.cx) < reach + w / 2:  # over the rim: move out, clear of it
        cx = lay.cx + math.copysign(reach + w / 2, dx)
        cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
    if push:
        cx += math.copysign(push, dx)
        cx = min(max(cx, rect.left() + w / 2 + 2), rect.right() - w / 2 - 2)
    return cx, cy


def _rim(lay: WheelLayout) -> float:
    """The radius labels keep clear of: the wheel's rim and a little air."""
    return lay.radius * 1.05


def _rim_reach(lay: WheelLayout, y: float) -> float:
    """How far left and right of the centre that circle reaches at height ``y``
    (0 above or below it)."""
    gap, rise = _rim(lay), abs(y - lay.cy)
    return math.sqrt(gap * gap - rise * rise) if rise < gap else 0.0


def beside_room(
    rect: QRectF, lay: WheelLayout, angle_deg: float, cy: float, h: float, icon: float = 0.0
) -> float | None:
    """How wide a block beside the wheel (``h`` high, centred at ``cy``, its top
    ``icon`` a narrow centred icon) may be between the rim, at the block's widest
    row nearest the centre line, and the rect's edge; None for a block above or
    below."""
    a = math.radians(angle_deg)
    dx = math.sin(a)
    if abs(dx) <= 0.7 or abs(math.cos(a)) > 0.7:
        return None
    reach = _rim_reach(lay, min(max(lay.cy, cy - h / 2 + icon), cy + h / 2))
    if dx > 0:
        return rect.right() - 2 - (lay.cx + reach)
    return (lay.cx - reach) - rect.left() - 2


def shortened_names(state: WheelState, rect: QRectF, paths: WheelPaths) -> list[str]:
    """The area names (and second-language names) that the wheel in ``rect``
    shortens with "…", as :func:`_paint_labels` would."""
    lay, g = paths.layout, paths.geometry
    label_px = _label_px(paths, state)
    bold = QFont(_font(state.language, label_px))
    bold.setBold(True)
    fm_label = QFontMetricsF(bold)
    small_px = max(state.min_label_px - 2, round(label_px * 0.8))
    second = state.second_language if state.second_language != state.language else None
    fm_second = QFontMetricsF(_font(second, small_px)) if second else None
    cut: list[str] = []
    for i, area in enumerate(state.definition.areas):
        limit = label_limit(rect, lay, g.mid_angle(i), lay.radius * 0.62)
        names = [(fm_label, area.label_in(state.language))]
        if fm_second is not None and second is not None:
            names.append((fm_second, area.label_in(second)))
        for fm, name in names:
            if fm.elidedText(name, Qt.TextElideMode.ElideRight, limit) != name:
                cut.append(name)
    return cut


def _direction_option(rtl: bool) -> QTextOption:
    option = QTextOption(Qt.AlignmentFlag.AlignCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    )
    return option


def _paint_labels(
    painter: QPainter | None,
    rect: QRectF,
    state: WheelState,
    paths: WheelPaths,
    pal: WheelPalette,
    font: QFont,
    label_px: int,
    only: int | None = None,
    areas: Collection[int] | None = None,
    boxes: dict[int, QRectF] | None = None,
    word_boxes: dict[int, QRectF] | None = None,
    measure: Collection[int] | None = None,
) -> None:
    """Icon, label and the answer's words around the rim, outside each sector.

    ``only``: the focused area's label alone, in the focus colour, over the
    base picture (whose labels are all in the plain colour). ``areas``: paint
    only these areas' labels. ``boxes``: filled with every area's label block;
    ``word_boxes``: with the line of each one's answer words (empty if none);
    ``measure``: only these areas' (None: every area's). Parts wholly outside
    the painter's clip are skipped; with no painter, nothing is painted.
    """
    _run(
        label_steps(
            painter, rect, state, paths, pal, font, label_px, only, areas, boxes, word_boxes,
            measure,
        )
    )  # fmt: skip


def label_steps(
    painter: QPainter | None,
    rect: QRectF,
    state: WheelState,
    paths: WheelPaths,
    pal: WheelPalette,
    font: QFont,
    label_px: int,
    only: int | None = None,
    areas: Collection[int] | None = None,
    boxes: dict[int, QRectF] | None = None,
    word_boxes: dict[int, QRectF] | None = None,
    measure: Collection[int] | None = None,
    parts: dict[int, list[QRectF]] | None = None,
) -> Iterator[None]:
    """:func:`_paint_labels` in steps (one per area): a generator that paints up
    to its next ``yield``, so that a caller may spread the painting over several
    turns of the event loop; painted to the end, the pixels are the same."""
    lay, g = paths.layout, paths.geometry
    icon_size = max(20.0, lay.radius * 0.13)
    bold = QFont(font)
    bold.setBold(True)
    small = QFont(font)
    small.setPixelSize(max(state.min_label_px - 2, round(label_px * 0.8)))
    option = QTextOption(Qt.AlignmentFlag.AlignCenter)
    option.setTextDirection(
        Qt.LayoutDirection.RightToLeft if state.is_rtl() else Qt.LayoutDirection.LeftToRight
    )
    max_w = lay.radius * 0.62
    fm_label = QFontMetricsF(bold)
    fm_small = QFontMetricsF(small)
    second = state.second_language if state.second_language != state.language else None
    second_font = _font(second, small.pixelSize()) if second else small
    fm_second = QFontMetricsF(second_font)
    if painter is None:  # measuring only
        areas, only = (), None
    clip = _clip_box(painter) if painter is not None else None
    ink = label_px / 2  # how far a glyph may reach outside its line
    for i, area in enumerate(state.definition.areas):
        if i:
            yield
        measured = boxes is not None or parts is not None
        if (not measured or (measure is not None and i not in measure)) and (
            (areas is not None and i not in areas) or (only is not None and i != only)
        ):
            continue  # neither painted nor measured
        label = area.label_in(state.language)
        other = area.label_in(second) if second else ""
        other = "" if other == label else other
        words = answer_text(state, state.answer(area.id))
        limit = label_limit(rect, lay, g.mid_angle(i), max_w)
        label_w = min(limit, fm_label.horizontalAdvance(label) + 4)
        words_w = min(limit, fm_small.horizontalAdvance(words) + 4) if words else 0.0
        other_w = min(limit, fm_second.horizontalAdvance(other) + 4) if other else 0.0
        w = max(icon_size, label_w, words_w, other_w)
        h = icon_size + 2 + fm_label.height() + (fm_small.height() if words else 0.0)
        h += fm_second.height() if other else 0.0
        push = lay.pushed(i)
        cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h, push)
        room = beside_room(rect, lay, g.mid_angle(i), cy, h, icon_size + 2)
        if room is not None and room < w:
            # the rect's edge holds the block over the rim: the answer's words give
            # way (shortened with "…"), never the name; centred under a name wider
            # than the room, they keep to the room's part of the line
            w = max(icon_size, label_w, other_w, room)
            cx, cy = label_centre(rect, lay, g.mid_angle(i), w, h, push)
            # the words' own row: between the rim there and the rect's edge
            row = cy + h / 2 - fm_small.height()
            reach = _rim_reach(lay, min(max(lay.cy, row), row + fm_small.height()))
            edge = rect.right() - 2 - cx if cx > lay.cx else cx - rect.left() - 2
            fits = 2 * min(abs(cx - lay.cx) - reach, edge)
            words_w = min(words_w, max(icon_size, fits))
        top = cy - h / 2
        if boxes is not None:
            boxes[i] = QRectF(cx - w / 2, top, w, h)
        if word_boxes is not None:
            words_h = fm_small.height() if words else 0.0
            word_boxes[i] = QRectF(cx - words_w / 2, top + h - words_h, words_w, words_h)
        if parts is not None:  # what the block paints: its icon and each line's text
            y = top + icon_size + 2
            block = [QRectF(cx - icon_size / 2, top, icon_size, icon_size)]
            block.append(QRectF(cx - label_w / 2, y, label_w, fm_label.height()))
            y += fm_label.height()
            if other:
                block.append(QRectF(cx - other_w / 2, y, other_w, fm_second.height()))
                y += fm_second.height()
            if words:
                block.append(QRectF(cx - words_w / 2, y, words_w, fm_small.height()))
            parts[i] = block
        if painter is None or (areas is not None and i not in areas):
            continue
        text = fm_label.elidedText(label, Qt.TextElideMode.ElideRight, limit)
        if only is not None:
            if i != only:
                continue
            # the whole block's words over the focus outline (which may cross
            # them where the rect pushes the block onto the rim), on the ground
            top += icon_size + 2
            box = QRectF(cx - w / 2, top, w, h - icon_size - 2)
            painter.fillRect(box, _colour(pal.background))
            label_colour = pal.focus
        else:
            icon_box = QRectF(cx - icon_size / 2, top, icon_size, icon_size)
            if _reaches(clip, icon_box, ink):
                icon = area_icon(area.icon)
                _sprite(
                    painter, paths, ("icon", id(icon), pal.icon), icon_box,
                    functools.partial(draw_icon, icon=icon, box=icon_box, colour=pal.icon),
                )  # fmt: skip
            top += icon_size + 2
            label_colour = pal.text
        line = QRectF(cx - w / 2, top, w, fm_label.height())
        if _reaches(clip, line, ink):
            painter.setFont(bold)
            painter.setPen(_colour(label_colour))
            painter.drawText(line, text, option)
        top += fm_label.height()
        if other:
            # the child's language beneath, in its own direction
            painter.setFont(second_font)
            painter.setPen(_colour(pal.text))
            other_option = _direction_option(state.definition.is_rtl(second or ""))
            text = fm_second.elidedText(other, Qt.TextElideMode.ElideRight, limit)
            painter.drawText(QRectF(cx - w / 2, top, w, fm_second.height()), text, other_option)
            top += fm_second.height()
        words_line = QRectF(cx - words_w / 2, top, words_w, fm_small.height())
        if words and _reaches(clip, words_line, ink):
            painter.setFont(small)
            painter.setPen(_colour(pal.text_muted))
            text = fm_small.elidedText(words, Qt.TextElideMode.ElideRight, words_w)
            painter.drawText(words_line, text, option)


# between the two parts of the refusals' row: room for the second part's sample
# (four em spaces: wider than the sample, its gap and some air, at any size)
_PART = "\u2003" * 4


class _Row(NamedTuple):
    """One row of the legend: its words, and its sample: a line in ``pen``, or
    (``tags``: (refusal, badge, colour) each) one refusal tag per part of the
    words (the parts joined by _PART)."""

    text: str
    pen: QPen
    tags: tuple[tuple[AnswerKind, str, str], ...] = ()

    @property
    def key(self) -> str:
        """What the row shows, as a string: its words and its tags' badges and colours."""
        return self.text + "".join(f"|{kind}{badge}{colour}" for kind, badge, colour in self.tags)


@functools.lru_cache(maxsize=256)
def _width_at_12(text: str) -> float:
    """A legend row's width at 12 px (the legend's widths scale with its size)."""
    return QFontMetricsF(_font("sv", 12)).horizontalAdvance(text)


def _legend_rows(state: WheelState, pal: WheelPalette, lw: float) -> list[_Row]:
    """The legend's rows: one per kind of extra mark on screen, then the refusals
    other views gave: a tag per kind of refusal shown (with the first such view's
    badge), both in one row where the legend is wide enough."""
    rows: list[_Row] = []
    if state.show_previous and any(a.kind is AnswerKind.LEVEL for a in state.previous.values()):
        rows.append(
            _Row(
                QCoreApplication.translate("WheelWidget", "Last time"),
                _pen(pal.previous_outline, 1.5 * lw, Qt.PenStyle.DashLine),
            )
        )
    # each view shown: its badge, colour and the kinds of answer it gave (one pass
    # over its answers: this runs on every paint)
    views: list[tuple[str, str, set[AnswerKind]]] = []
    given = (AnswerKind.LEVEL, AnswerKind.DECLINED, AnswerKind.DONT_KNOW)
    if state.show_adult:
        kinds = {a.kind for a in state.adult.values()}
        if kinds.intersection(given):
            badge, pen = viewpoint_badge("adult"), _pen(pal.adult_mark, 3.2 * lw)
            rows.append(_Row(f"{badge} = {viewpoint_name('adult')}", pen))
            views.append((badge, pal.adult_mark, kinds))
    if state.show_guardian:
        kinds = {a.kind for a in state.guardian.values()}
        if kinds.intersection(given):
            badge = viewpoint_badge("guardian")
            pen = _pen(pal.guardian_mark, 3.2 * lw, Qt.PenStyle.DashDotLine)
            rows.append(_Row(f"{badge} = {viewpoint_name('guardian')}", pen))
            views.append((badge, pal.guardian_mark, kinds))
    if state.show_guardian_views:
        for n, view in enumerate(state.guardian_views):
            kinds = {a.kind for a in view.answers.values()}
            if kinds.intersection(given):
                colour, style = guardian_mark_style(pal, n)
                rows.append(_Row(f"{view.badge} = {view.name}", _pen(colour, 3.2 * lw, style)))
                views.append((view.badge, colour, kinds))
    parts: list[str] = []
    tags: list[tuple[AnswerKind, str, str]] = []
    for kind in (AnswerKind.DECLINED, AnswerKind.DONT_KNOW):
        first = next(((badge, colour) for badge, colour, kinds in views if kind in kinds), None)
        if first is not None:
            parts.append(
                QCoreApplication.translate("WheelWidget", "= does not want to answer")
                if kind is AnswerKind.DECLINED
                else QCoreApplication.translate("WheelWidget", "= does not know")
            )
            tags.append((kind, *first))
    if tags:
        # both in one row where that is no wider than the legend's widest row,
        # else a row each: the legend's box grows the least
        widest = max((_width_at_12(row.text) for row in rows), default=0.0)
        pen = _pen(pal.text_muted, lw)
        if len(tags) == 1 or _width_at_12(_PART.join(parts)) <= widest:
            rows.append(_Row(_PART.join(parts), pen, tuple(tags)))
        else:
            rows += [_Row(part, pen, (tag,)) for part, tag in zip(parts, tags, strict=True)]
    return rows


def _legend_px(paths: WheelPaths, state: WheelState) -> int:
    """The legend's pixel size."""
    return max(12, round(_label_px(paths, state) * 0.75))


def _legend_rect(rect: QRectF, rtl: bool, texts: Collection[str], lw: float, px: int) -> QRectF:
    """Where a legend of these rows paints: at the left (right to left: the
    right) of ``rect``'s bottom, as wide as its widest row."""
    fm = QFontMetricsF(_font("sv", px))
    height = fm.height() * 1.25 * len(texts) + 6 + 4 * lw
    widest = max((fm.horizontalAdvance(text) for text in texts), default=0.0)
    width = min(rect.width(), 8 + px * 2.2 + 6 + widest + 2 + 2 * lw)
    left = rect.right() - width if rtl else rect.left()
    return QRectF(left, rect.bottom() - height, width, height)


def _legend_box(
    rect: QRectF, state: WheelState, pal: WheelPalette, paths: WheelPaths
) -> QRectF | None:
    """The strip along the rect's bottom that the legend paints in, if any."""
    extent = legend_extent(rect, state, pal, paths)
    if extent is None:
        return None
    return QRectF(rect.left(), extent.top(), rect.width(), extent.height())


def legend_extent(
    rect: QRectF, state: WheelState, pal: WheelPalette, paths: WheelPaths
) -> QRectF | None:
    """The part of the legend's strip (:func:`_legend_box`) that its rows paint
    in: at the left (right to left: the right) of ``rect``'s bottom, as wide as
    its widest row."""
    lw = _line_width(paths, pal)
    rows = _legend_rows(state, pal, lw)
    if not rows:
        return None
    texts = [row.text for row in rows]
    return _legend_rect(rect, state.is_rtl(), texts, lw, _legend_px(paths, state))


def legend_texts(state: WheelState) -> tuple[str, ...]:
    """The rows the legend shows for ``state`` (the layout keeps room for them)."""
    return tuple(row.text for row in _legend_rows(state, NORMAL, 1.0))


@dataclass(frozen=True)
class _Placement:
    """What measuring the labels reads of a :class:`WheelPaths`: the layout and
    the geometry (building every path to try a layout would be wasted)."""

    layout: WheelLayout
    geometry: WheelGeometry


def label_reach(
    state: WheelState, paths: WheelPaths, rect: QRectF, avoid: QRectF | None = None
) -> dict[int, QRectF] | None:
    """Each area's label block for every answer it may have (none, each level,
    declined, don't know): where its block may lie, whatever the answers; None
    as soon as one of them touches ``avoid``."""
    reach = _reach(state, paths, rect, avoid)
    return None if reach is None else reach[0]


def _reach(
    state: WheelState, paths: WheelPaths, rect: QRectF, avoid: QRectF | None = None
) -> tuple[dict[int, QRectF], dict[int, list[QRectF]]] | None:
    """:func:`_reach_steps` at once."""
    steps = _reach_steps(state, paths, rect, avoid)
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return cast("tuple[dict[int, QRectF], dict[int, list[QRectF]]] | None", done.value)


def _reach_answers(state: WheelState, paths: WheelPaths) -> list[Answer]:
    """The answers whose words make the narrowest and the widest label blocks
    (every area's words are the same answer's text): none, the shortest words,
    the longest. A block's edges move one way as it widens (outward, or held by
    the rect's edge), so these bound where it may lie for any answer."""
    answers = [Answer.at(level) for level in range(1, state.scale.size + 1)]
    answers += [DECLINED, DONT_KNOW]
    label_px = _label_px(paths, state)
    small = QFont(_font(state.language, label_px))
    small.setPixelSize(max(state.min_label_px - 2, round(label_px * 0.8)))
    fm = QFontMetricsF(small)
    widths = [(fm.horizontalAdvance(answer_text(state, answer)), answer) for answer in answers]
    narrowest = min(widths, key=lambda pair: pair[0])[1]
    widest = max(widths, key=lambda pair: pair[0])[1]
    return [NOT_ASKED, narrowest, widest] if narrowest != widest else [NOT_ASKED, widest]


def _reach_steps(
    state: WheelState, paths: WheelPaths, rect: QRectF, avoid: QRectF | None = None
) -> Generator[None, None, tuple[dict[int, QRectF], dict[int, list[QRectF]]] | None]:
    """:func:`label_reach`, and where each part of each block (:func:`label_parts`:
    the icon, each line) may lie, whatever the answers (an area's parts for
    the answers that bound them, :func:`_reach_answers`, united part by part; a
    block's position depends on its own answer only, so two areas' united parts
    meet only where some answers of theirs would); in steps, an answer each."""
    probe = replace(state, child={})
    reach: dict[int, QRectF] = {}
    parts: dict[int, list[QRectF]] = {}
    label_px = _label_px(paths, state)
    font = _font(state.language, label_px)
    for n, answer in enumerate(_reach_answers(state, paths)):
        if n:
            yield
        probe.child = {area.id: answer for area in state.definition.areas}
        boxes: dict[int, QRectF] = {}
        now: dict[int, list[QRectF]] = {}
        _run(label_steps(None, rect, probe, paths, NORMAL, font, label_px, boxes=boxes, parts=now))
        if avoid is not None and any(box.intersects(avoid) for box in boxes.values()):
            return None
        for i, box in boxes.items():
            reach[i] = reach[i].united(box) if i in reach else box
        for i, block in now.items():
            have = parts.setdefault(i, [])
            for k, part in enumerate(block):  # the k-th part is the same line in each
                if k < len(have):
                    have[k] = have[k].united(part)
                else:
                    have.append(part)
    return reach, parts


def legend_reach(
    state: WheelState, paths: WheelPaths, rect: QRectF, texts: Collection[str]
) -> QRectF:
    """Where a legend of these rows may paint, in any palette."""
    line_scale = max(p.line_scale for p in PALETTES.values())
    lw = max(1.0, paths.layout.radius / 250.0) * line_scale
    return _legend_rect(rect, state.is_rtl(), texts, lw, _legend_px(paths, state))


# the air kept between the legend and the nearest label block
LEGEND_AIR = 2.0
# the air kept between what two label blocks paint (their icons and lines)
LABEL_AIR = 1.0
# each step down in radius while looking for room for the legend and the labels
# (share of the radius)
_ROOM_STEP = 0.03
# the shares of the spare width the wheel may move sideways to leave the legend room
_SHARES = (0.0, 0.25, 0.5, 1.0)
# the most layouts measured for one size (each measures every label block for
# three answers, a step of a build each, about 0.2 ms; pushing the blocks beside
# the wheel out is a layout more: see room_steps): at most about 60 ms of a
# build's steps, in the worst case (a small wheel, long names, every legend row)
_ROOM_TRIES = 96


def _overlaps(boxes: dict[int, QRectF]) -> int:
    """How many pairs of these boxes overlap."""
    values = list(boxes.values())
    return sum(a.intersects(b) for n, a in enumerate(values) for b in values[n + 1 :])


def touching_blocks(
    parts: dict[int, list[QRectF]], air: float = LABEL_AIR
) -> list[tuple[int, int]]:
    """The pairs of label blocks (:func:`label_parts`) of which some parts touch:
    overlap, or come closer than ``air``."""
    keys = sorted(parts)
    pairs: list[tuple[int, int]] = []
    for n, i in enumerate(keys):
        grown = [part.adjusted(-air, -air, air, air) for part in parts[i]]
        for j in keys[n + 1 :]:
            if any(g.intersects(part) for g in grown for part in parts[j]):
                pairs.append((i, j))
    return pairs


def _beside(g: WheelGeometry, index: int) -> int:
    """1 or -1 for an area whose label block stands beside the wheel (right or
    left), 0 for one above or below (as :func:`label_limit` tells them)."""
    a = math.radians(g.mid_angle(index))
    if abs(math.sin(a)) > 0.7 and abs(math.cos(a)) <= 0.7:
        return 1 if math.sin(a) > 0 else -1
    return 0


def _pushes(
    g: WheelGeometry, at: WheelLayout, parts: dict[int, list[QRectF]], pairs: list[tuple[int, int]]
) -> WheelLayout | None:
    """``at`` with the blocks beside the wheel that touch a block above or below
    (or the other block beside on their side) pushed out sideways, clear of it
    (by as much as their parts that share a row overlap, and the air); None
    when no such pair touches."""
    push = [at.pushed(i) for i in range(g.n_areas)]
    moved = False
    for i, j in pairs:
        if _beside(g, i) and _beside(g, i) == _beside(g, j):
            # two blocks beside, one over the other, on the same side: the one
            # further down goes out past the other (the rows between the rim
            # and the rect's top and bottom hold no more)
            b, a = (i, j) if parts[i][0].top() > parts[j][0].top() else (j, i)
        elif bool(_beside(g, i)) != bool(_beside(g, j)):
            b, a = (i, j) if _beside(g, i) else (j, i)
        else:
            continue  # both above or below: pushing sideways won't part them
        side = _beside(g, b)
        need = 0.0
        for pb in parts[b]:
            for pa in parts[a]:
                if pa.bottom() + LABEL_AIR <= pb.top() or pb.bottom() + LABEL_AIR <= pa.top():
                    continue  # not in the same rows
                if side > 0:
                    need = max(need, pa.right() + LABEL_AIR - pb.left())
                else:
                    need = max(need, pb.right() + LABEL_AIR - pa.left())
        if need > 0:
            push[b] += math.ceil(need) + 1.0
            moved = True
    return replace(at, push=tuple(push)) if moved else None


def room_steps(
    state: WheelState, rect: QRectF, lay: WheelLayout
) -> Generator[None, None, WheelLayout]:
    """``lay``, or the largest wheel near it that keeps the label blocks apart
    and leaves the legend its corner; in steps (a generator that measures the
    blocks for one answer up to each ``yield``, about 0.2 ms; it returns the
    layout), so that a build spreads the search over turns of the event loop.

    The label blocks go where the wheel's radius and centre put them, each
    block measured for the answers that bound where it may lie, whatever its
    answer (:func:`_reach_answers`: answers never move the wheel); blocks
    beside the wheel go out sideways off the blocks they touch where the rect
    has room (:func:`_pushes`: the layout's ``push``);
    the legend (:func:`legend_texts`: its rows for ``state``) sits in a bottom
    corner, at the start of the lines. Where two blocks' parts (an icon, a
    line: :func:`touching_blocks`) touch, or a block touches the legend, the
    wheel moves away from the legend's corner (up, towards the other side, or
    both; without a legend it stays where it is) and, if that is not enough,
    gets smaller a step at a time (at most _ROOM_TRIES layouts are measured); a
    layout that shortens more names than ``lay`` does is passed over. An
    interactive wheel with rings MIN_TARGET_PX deep keeps them so deep (one
    below its minimum size has smaller rings anyway: it gives a little more);
    none gets smaller than FITTED_RADIUS_FRACTION of the side. Where no layout
    keeps every block apart and the legend clear, the one that comes nearest
    (the legend clear first, then the fewest touching pairs, then the largest)
    is kept, ``lay`` (its blocks pushed) if none comes nearer."""
    texts = legend_texts(state)
    g = state.geometry()

    measured = [0]  # layouts measured (each with three answers)

    def measure(
        at: WheelLayout, push: bool = False
    ) -> Generator[None, None, tuple[bool, int, int, WheelLayout]]:
        """Whether the legend is clear there, how many names are shortened and
        how many pairs of blocks touch, and the layout these are for: ``at``,
        or ``at`` with the blocks beside the wheel pushed out sideways off their
        neighbours where that parts more of them (and keeps the legend clear;
        tried where the legend is clear, or with ``push``)."""
        best: tuple[tuple[int, int], WheelLayout, WheelPaths] | None = None
        for _round in range(3):
            measured[0] += 1
            paths = cast(WheelPaths, _Placement(at, g))
            reach = yield from _reach_steps(state, paths, rect)
            assert reach is not None
            clear = True
            if texts:
                legend = legend_reach(state, paths, rect, texts).adjusted(
                    -LEGEND_AIR, -LEGEND_AIR, LEGEND_AIR, LEGEND_AIR
                )
                clear = not any(box.intersects(legend) for box in reach[0].values())
            pairs = touching_blocks(reach[1])
            key = (0 if clear else 1, len(pairs))
            if best is None or key < best[0]:
                best = (key, at, paths)
            # (pushed out, the blocks beside only come nearer the legend's corner)
            pushed = _pushes(g, at, reach[1], pairs) if pairs and (clear or push) else None
            if pushed is None:
                break
            at = pushed
            yield
        assert best is not None
        (legend_touches, touching), at, paths = best
        return not legend_touches, len(shortened_names(state, rect, paths)), touching, at

    clear, _cut, touching, at = yield from measure(lay, push=True)
    if clear and touching == 0:
        return at
    yield
    cut = len(shortened_names(state, rect, cast(WheelPaths, _Placement(lay, g))))
    away = 1.0 if state.is_rtl() else -1.0  # the legend's side: the wheel moves off it
    # how far the wheel may move sideways, keeping the rim off the rect's edge
    spare = 0.0
    if texts:
        spare = (rect.width() - 2 * lay.radius * 1.05) / 2 - abs(lay.cx - rect.center().x())
        spare = max(0.0, spare)
    lowest = lay.side * FITTED_RADIUS_FRACTION
    target = MIN_TARGET_PX * g.n_levels / (1.0 - g.hub)  # rings MIN_TARGET_PX deep
    if not state.fit_labels and lay.radius >= target:  # touch targets, where they fit
        lowest = max(lowest, target)
    give = lay.radius - lowest
    if give <= 0:
        return at
    # the nearest so far: the legend clear first, then the fewest blocks
    # touching, then the largest wheel (its key) and its layout
    best = ((0 if clear else 1, touching, 0), at)
    if touching == 0:
        # the legend alone: if even the smallest wheel, furthest off its corner,
        # is no better, no step between will be (trying them costs tens of
        # layouts); blocks that touch may part in a layout between (moved off
        # the middle, the blocks beside on one side have no room to go out)
        smallest = WheelLayout(
            lay.cx - away * (give + spare), lay.cy - (give if texts else 0.0), lowest, lay.side
        )
        ok, _cut_there, at_touching, _at = yield from measure(smallest, push=True)
        if (0 if ok else 1, at_touching) >= best[0][:2]:
            return best[1]
        yield
    steps = 0
    while measured[0] < _ROOM_TRIES:
        radius = lay.radius * (1.0 - _ROOM_STEP * steps)
        if radius < lowest:
            break
        give = lay.radius - radius
        # off the corner by what it gave (keeping the far rim where it was), and
        # on towards the other side by a share of the spare width: the least move
        # first (without a legend: smaller about the same centre)
        if texts:
            moves = {(give + spare * share, dy) for share in _SHARES for dy in (0.0, give)}
            moves.add((0.0, give))
        else:
            moves = {(0.0, 0.0)}
        if steps == 0:
            moves.discard((0.0, 0.0))
        for dx, dy in sorted(moves, key=lambda move: math.hypot(*move)):
            if measured[0] >= _ROOM_TRIES:
                break
            at = WheelLayout(lay.cx - away * dx, lay.cy - dy, radius, lay.side)
            ok, at_cut, at_touching, at = yield from measure(at)
            key = (0 if ok else 1, at_touching, steps)
            if at_cut <= cut and key < best[0]:
                if key[:2] == (0, 0):
                    return at
                best = (key, at)
            yield
        steps += 1
    return best[1]


def _paint_legend(
    painter: QPainter, rect: QRectF, state: WheelState, pal: WheelPalette, lw: float, px: int
) -> None:
    """A small key for the extra marks, only when any of them is on screen."""
    rows = _legend_rows(state, pal, lw)
    if not rows:
        return
    font = _font("sv", px)  # professional UI text, not the child language
    fm = QFontMetricsF(font)
    line_w = px * 2.2
    row_h = fm.height() * 1.25
    rtl = state.is_rtl()
    painter.save()
    painter.setFont(font)
    y = rect.bottom() - row_h * len(rows) - 6
    for text, pen, tags in rows:
        if tags:
            _paint_tags(painter, rect, pal, font, text.split(_PART), tags, y, row_h, line_w, rtl)
            y += row_h
            continue
        tw = fm.horizontalAdvance(text)
        if rtl:
            x1 = rect.right() - 8
            x0 = x1 - line_w
            text_rect = QRectF(x0 - 6 - tw, y, tw, row_h)
        else:
            x0 = rect.left() + 8
            x1 = x0 + line_w
            text_rect = QRectF(x1 + 6, y, tw + 2, row_h)
        painter.setPen(pen)
        painter.drawLine(QPointF(x0, y + row_h / 2), QPointF(x1, y + row_h / 2))
        painter.setPen(_colour(pal.text_muted))
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, text)
        y += row_h
    painter.restore()


def _paint_tags(
    painter: QPainter,
    rect: QRectF,
    pal: WheelPalette,
    font: QFont,
    parts: list[str],
    tags: tuple[tuple[AnswerKind, str, str], ...],
    y: float,
    row_h: float,
    line_w: float,
    rtl: bool,
) -> None:
    """The refusals' row: each part of its words after its tag (the tag as on the
    wheel, lying along the row: badge, then symbol), where the joined words put it."""
    fm = QFontMetricsF(font)
    # badge and symbol side by side fill the sample's width
    r = min(row_h * 0.42, line_w / refusal_tag_length(1.0))
    step = 1.0 if not rtl else -1.0
    start = rect.right() - 8 - line_w - 6 if rtl else rect.left() + 8 + line_w + 6
    before = ""  # the words before this part, with their separators
    for part, (kind, badge, colour) in zip(parts, tags, strict=True):
        lead = fm.horizontalAdvance(before)
        tw = fm.horizontalAdvance(part)
        text_x = start - lead - tw if rtl else start + lead
        sample = start - lead + 6 if rtl else start + lead - 6 - line_w  # its left edge
        badge_x = sample + line_w - r if rtl else sample + r
        at = QPointF(badge_x, y + row_h / 2)
        declined = kind is AnswerKind.DECLINED
        refusal_tag(painter, at, QPointF(step, 0.0), r, colour, badge, declined, pal, font)
        painter.setPen(_colour(pal.text_muted))
        painter.drawText(QRectF(text_x, y, tw + 2, row_h), Qt.AlignmentFlag.AlignVCenter, part)
        before += part + _PART
