"""The wheel: eight (or N) sectors that fill from the centre to the child's answer.

One file per job: ``state`` (what is shown), ``layout`` (where, in pixels),
``paint`` (how it is drawn, in one pass: :func:`~hjulet.gui.wheel.paint.paint_wheel`),
``picture`` (the same from cached layers), ``labels``, ``patterns``, ``symbols`` and
``sprites`` (the parts it paints), ``access`` (how a screen reader reads and sets it)
and this module, the widget.

* :class:`WheelWidget` holds view state only and emits signals; it never saves.
  A controller saves through services and calls :meth:`WheelWidget.set_answer`
  (which does not emit) for undo/redo.
* It paints from cached layers (``picture``). After a resize no paint event
  paints a whole picture cold: while the size changes each frame is the last
  picture scaled about the wheel's centre, and once the size has held for
  :data:`SETTLE_MS` the exact picture is built a few steps per turn of the event
  loop (:data:`BUILD_SLICE_SECONDS` each: ``WheelPicture.build``) and swapped in.
  An answer meanwhile is painted into the last picture at once; a new palette,
  language, scale or legend row (another wheel) is painted at once on the plain
  layout, and laid out with the labels' and the legend's room by a build in
  slices (painted again only where that layout differs).
  The first picture, and any paint that is not for the screen (``grab()``,
  ``render()``), is painted exact at once; :meth:`WheelWidget.settle` (and
  :func:`settle_wheels`, for every wheel) finishes a pending build at once, for
  a picture of the screen. Pointer, keys and the screen reader use the new
  size's paths at once: the plain layout the frames show until the exact
  picture (whose layout keeps room for the labels and the legend, looked for
  in the build's first steps) is whole.

Signals
-------
``rating_changed(area_id: str, new: Answer, old: Answer)``
    The child changed an answer (click, tap, drag, keyboard, context menu).
    Emitted once per gesture: a drag emits on release, with ``old`` the answer
    before the press. A slot taking only ``(area_id, new)`` works too.
``area_activated(area_id: str)``
    Enter/Return or a double click: "open this area".
``focus_area_changed(area_id: str)``
    The keyboard focus moved to another area.

Keys (documented for users in the widget's accessible description)
------------------------------------------------------------------
* Left/Right: previous/next area *on screen* (mirrored for right-to-left);
  Home/End: first/last area.
* Up or +: one level further out; Down or -: one level in.
* 1..n: that level. 0, Delete or Backspace: back to "not asked yet".
* D: "Vill inte svara" (declined). K or ?: "Vet inte" (don't know).
* Enter/Return: emit ``area_activated``.
"""

from __future__ import annotations

import math
import time
from collections.abc import Generator, Mapping, Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QAccessibleValueChangeEvent,
    QContextMenuEvent,
    QFocusEvent,
    QImage,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QWidget

from hjulet.core.model import DECLINED, DONT_KNOW, NOT_ASKED, Answer, AnswerKind
from hjulet.core.scales import Scale
from hjulet.core.wheel import WheelDefinition
from hjulet.gui.fonts import font_for
from hjulet.gui.theme import NORMAL, WheelPalette
from hjulet.gui.wheel.access import WheelAccessible, install_accessible_factory, sector_text
from hjulet.gui.wheel.labels import legend_texts, shortened_names
from hjulet.gui.wheel.layout import (
    Point,
    WheelLayout,
    WheelPaths,
    build_paths,
    build_paths_steps,
    min_side_for,
)
from hjulet.gui.wheel.picture import WheelKey, WheelPicture
from hjulet.gui.wheel.state import (
    GuardianMark,
    WheelState,
    answer_text,
    snapshot,
    unanswered_text,
)

# Every user-visible string below is a literal QCoreApplication.translate("WheelWidget", ...)
# call so that pyside6-lupdate finds it.


# --- the widget -----------------------------------------------------------------

# How long the size must hold before the exact picture for it is built (the
# frames until then show the last picture, scaled), and how long one turn of the
# event loop may spend on that build.
SETTLE_MS = 80
BUILD_SLICE_SECONDS = 0.0006


class WheelWidget(QWidget):
    """The interactive wheel. View state only: it never saves anything."""

    rating_changed = Signal(str, object, object)  # area_id, new Answer, old Answer
    area_activated = Signal(str)
    focus_area_changed = Signal(str)

    def __init__(
        self,
        definition: WheelDefinition,
        scale: Scale,
        language: str = "sv",
        parent: QWidget | None = None,
        palette: WheelPalette = NORMAL,
    ) -> None:
        super().__init__(parent)
        install_accessible_factory(WheelWidget)
        self._state = WheelState(definition, scale, language)
        self._palette = palette
        self._paths: WheelPaths | None = None
        self._quick_paths: WheelPaths | None = None  # for frames while the size changes
        self._picture = WheelPicture()  # the cached layers (painting only)
        # after a resize: the exact picture is built in slices once the size held
        self._build: Generator[None, None, None] | None = None
        self._build_key: WheelKey | None = None
        self._settle_timer = QTimer(self)
        self._settle_timer.setSingleShot(True)
        self._settle_timer.setInterval(SETTLE_MS)
        self._settle_timer.timeout.connect(self._start_build)
        self._build_timer = QTimer(self)  # zero interval: one slice per turn
        self._build_timer.setInterval(0)
        self._build_timer.timeout.connect(self._build_slice)
        self._gesture: tuple[int, Answer] | None = None  # (area index, answer before press)
        self._a11y: WheelAccessible | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setAccessibleName(QCoreApplication.translate("WheelWidget", "Wheel"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "WheelWidget",
                "Left and Right move between areas. Up, Down, plus, minus or a digit set how it "
                "is. D: do not want to answer. K: do not know. Delete: not asked. "
                "Enter opens the area.",
            )
        )
        self._sync_font()

    # -- state ---------------------------------------------------------------
    @property
    def state(self) -> WheelState:
        return self._state

    @property
    def wheel_palette(self) -> WheelPalette:
        return self._palette

    def set_wheel_palette(self, palette: WheelPalette) -> None:
        self._palette = palette
        self.update()

    def set_definition(self, definition: WheelDefinition, scale: Scale, language: str) -> None:
        s = self._state
        s.definition, s.scale, s.language = definition, scale, language
        if s.focus is not None and s.focus >= len(definition.areas):
            s.focus = None
        s.hover = None
        self._invalidate()

    def set_second_language(self, language: str | None) -> None:
        """A second language beneath each area label (the child's, for the adult)."""
        self._state.second_language = language
        self._invalidate()

    def set_language(self, language: str) -> None:
        self._state.language = language
        self._invalidate()

    def set_rtl(self, rtl: bool | None) -> None:
        """Force the wheel's direction (None: from the language)."""
        self._state.rtl = rtl
        self._invalidate()

    def set_answers(
        self,
        child: Mapping[str, Answer] | None = None,
        adult: Mapping[str, Answer] | None = None,
        guardian: Mapping[str, Answer] | None = None,
        previous: Mapping[str, Answer] | None = None,
    ) -> None:
        """Replace whole sets of answers (None leaves a set as it is). No signal."""
        for who, answers in (
            ("child", child),
            ("adult", adult),
            ("guardian", guardian),
            ("previous", previous),
        ):
            if answers is not None:
                setattr(self._state, who, dict(answers))
        self.update()

    def set_answer(self, area_id: str, answer: Answer, who: str = "child") -> None:
        """Set one answer without emitting ``rating_changed`` (for controllers, undo/redo)."""
        index = self._state.definition.area_ids.index(area_id)
        old = self._state.answer(area_id, who)
        self._state.answers(who)[area_id] = answer
        if who == "child" and old != answer:
            self._announce_value(index)
        self.update()

    def answer(self, area_id: str, who: str = "child") -> Answer:
        return self._state.answer(area_id, who)

    def set_fit_labels(self, on: bool) -> None:
        """A wheel only looked at: smaller, so that every area's name stands whole."""
        self._state.fit_labels = on
        self._invalidate()

    def set_show_previous(self, on: bool) -> None:
        self._state.show_previous = on
        self.update()

    def set_show_adult(self, on: bool) -> None:
        self._state.show_adult = on
        self.update()

    def set_show_guardian(self, on: bool) -> None:
        self._state.show_guardian = on
        self.update()

    def set_guardian_views(self, views: Sequence[GuardianMark]) -> None:
        """The family's own views, one labelled mark each (see ``set_show_guardian_views``)."""
        self._state.guardian_views = tuple(views)
        self.update()

    def set_show_guardian_views(self, on: bool) -> None:
        self._state.show_guardian_views = on
        self.update()

    def focus_area(self) -> str | None:
        f = self._state.focus
        return None if f is None else self._state.definition.areas[f].id

    def set_focus_area(self, area_id: str) -> None:
        self._move_focus(self._state.definition.area_ids.index(area_id))

    # -- geometry ------------------------------------------------------------
    def _invalidate(self) -> None:
        self._paths = self._quick_paths = None
        self.update()

    def paths(self) -> WheelPaths:
        """The exact picture's paths for the widget's size (laid out now if
        they are not at hand: see :meth:`_shown_paths`)."""
        if not self._has_paths():
            self._paths = build_paths(self._state, QRectF(self.rect()))
        assert self._paths is not None
        return self._paths

    def _has_paths(self) -> bool:
        """Whether the exact picture's paths for this size are at hand."""
        size = (float(self.width()), float(self.height()))
        return (
            self._paths is not None
            and self._paths.size == size
            and self._paths.legend == legend_texts(self._state)  # it keeps room for them
        )

    def _shown_paths(self) -> WheelPaths:
        """The paths of what the screen shows, for the pointer, the keys and the
        screen reader: the exact picture's if they are at hand; while a new size's
        picture is due or being built, the layout its frames place the last
        picture by (:meth:`_frame_paths`): laying the wheel out with the room for
        the labels and the legend takes several steps, which the build takes a
        slice at a time, never an input event at once."""
        if self._has_paths() or not self._picture.has_picture():
            return self.paths()
        shown = self._picture.paths()
        if shown is not None and self._picture_is_current():
            return shown
        return self._frame_paths()

    def _frame_paths(self) -> WheelPaths:
        """The paths a frame while the size changes places the last picture by:
        the widget's own if they are at hand for this size, else the layout
        without the legend's room (``build_paths(legend_room=False)``: the room is
        looked for in several layouts, about 1 ms, which the exact picture's
        build does once the size holds; the two differ only where the legend
        would touch a label, and only until then). Pointer, keys and the screen
        reader use :meth:`paths`."""
        size = (float(self.width()), float(self.height()))
        legend = legend_texts(self._state)
        for paths in (self._paths, self._quick_paths):
            if paths is not None and paths.size == size and paths.legend == legend:
                return paths
        self._quick_paths = build_paths(self._state, QRectF(self.rect()), legend_room=False)
        return self._quick_paths

    def layout_box(self) -> WheelLayout:
        return self._shown_paths().layout

    def unit_to_widget(self, p: Point) -> QPointF:
        """A unit-coordinate point (geometry.py) in widget pixels."""
        return self.layout_box().to_px(p)

    def hit(self, pos: QPointF) -> tuple[int, int] | None:
        """(area index, level) under a widget position, or None."""
        u = self.layout_box().to_unit(pos.x(), pos.y())
        return self._state.geometry().hit(*u)

    def shortened_names(self) -> list[str]:
        """The area names the wheel shortens with "…" at its size (none, ideally)."""
        return shortened_names(self._state, QRectF(self.rect()), self.paths())

    def sector_rect(self, index: int) -> QRectF:
        return self._shown_paths().sector(index).boundingRect()

    def ring_depth_px(self) -> float:
        """How deep one ring is right now, in device-independent pixels."""
        g = self._state.geometry()
        return (1.0 - g.hub) / g.n_levels * self.layout_box().radius

    # -- Qt sizing -----------------------------------------------------------
    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return width

    def sizeHint(self) -> QSize:
        side = max(800, min_side_for(self._state.scale.size))
        return QSize(side, side)

    def minimumSizeHint(self) -> QSize:
        side = min_side_for(self._state.scale.size)
        return QSize(side, side)

    def resizeEvent(self, event: QResizeEvent) -> None:
        if self._paths is not None and self._paths.size != (
            float(self.width()),
            float(self.height()),
        ):
            self._paths = None
        # a build for the size before is of no use; the new one starts once the
        # size has held (the frames until then show the last picture, scaled)
        self._abandon_build()
        if self._picture.has_picture():
            self._settle_timer.start()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.type() == QEvent.Type.FontChange:
            self._sync_font()
        super().changeEvent(event)

    def _sync_font(self) -> None:
        info_px = self.fontInfo().pixelSize()
        self._state.min_label_px = max(12, info_px)
        self._invalidate()  # a wheel fitted to its labels sizes its rings by them

    # -- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        size, dpr = self.size(), self.devicePixelRatioF()
        picture, state, palette = self._picture, self._state, self._palette
        painter = QPainter(self)
        try:
            if (
                picture.has_picture()
                and not picture.is_current(size, dpr, state, palette)
                and (picture.size() != (size, dpr) or self._build is not None)
                and picture.same_wheel(state, palette)
                and self._to_screen(painter)
            ):
                # the size changed (or changes): the last picture, scaled, until
                # the exact one is built in slices (never another wheel's: a new
                # palette, language or scale is painted exact at once)
                picture.paint_scaled(painter, size, state, palette, self._frame_paths())
                self._schedule_build()
            elif self._picture_is_current():
                shown = picture.paths()  # (the layout it was painted with)
                assert shown is not None
                picture.paint(painter, size, dpr, state, palette, shown)
            elif picture.has_picture() and not self._has_paths() and self._to_screen(painter):
                # another wheel (a legend row shown, a palette, a language): painted
                # at once on the plain layout, laid out with the labels' and the
                # legend's room by a build in slices (up to tens of milliseconds)
                self._abandon_build()
                picture.paint(painter, size, dpr, state, palette, self._frame_paths())
                self._start_build()
            else:
                self._abandon_build()  # painted here and now, exact
                picture.paint(painter, size, dpr, state, palette, self.paths())
        finally:
            painter.end()

    def settle(self) -> None:
        """Paint the exact picture for the widget's size now, if it lags behind
        (a resize's picture is built in slices once the size has held): for a
        screenshot, a print or a test that reads the screen's pixels. A paint
        that goes elsewhere than the screen (``grab()``, ``render()``) is exact
        anyway."""
        self._settle_timer.stop()
        if self._build is not None and self._build_key != self._current_key():
            self._abandon_build()
        if self._build is None and self._picture.has_picture() and not self._is_current():
            self._start_build()
        if self._build is not None:
            for _ in self._build:
                pass
            self._build = None
            self._build_timer.stop()
            self.update()

    def building(self) -> bool:
        """Whether the picture lags behind the widget's size: a build is due or
        under way (see :meth:`settle`)."""
        return self._settle_timer.isActive() or self._build is not None

    def _current_key(self) -> WheelKey:
        return self._picture.wheel_key(
            self.size(), self.devicePixelRatioF(), self._state, self._palette
        )

    def _picture_is_current(self) -> bool:
        """Whether the picture is painted for the widget's size and state (on
        whichever layout)."""
        return self._picture.is_current(
            self.size(), self.devicePixelRatioF(), self._state, self._palette
        )

    def _is_current(self) -> bool:
        """Whether the picture is the exact one: for the widget's size and
        state, on the layout that keeps the labels' and the legend's room."""
        shown = self._picture.paths()
        return self._picture_is_current() and shown is not None and shown.roomy

    def _to_screen(self, painter: QPainter) -> bool:
        """Whether ``painter`` paints into the window's backing store (what the
        screen shows), not into a ``grab()`` or ``render()``'s device, which
        wants the exact picture at once."""
        store = self.backingStore()
        engine = painter.paintEngine()
        if store is None or engine is None:
            return False
        screen, device = store.paintDevice(), engine.paintDevice()
        return (
            isinstance(screen, QImage)
            and isinstance(device, QImage)
            and screen.cacheKey() == device.cacheKey()
        )

    def _schedule_build(self) -> None:
        """After a scaled frame: the exact picture's build is due once the size
        has held; one under way for another state starts again at once."""
        if self._build is not None and self._build_key != self._current_key():
            self._start_build()
        elif self._build is None and not self._settle_timer.isActive():
            self._settle_timer.start()

    def _start_build(self) -> None:
        """Start building the exact picture for the widget's size and state,
        a slice per turn of the event loop (:meth:`_build_slice`)."""
        self._settle_timer.stop()
        self._abandon_build()
        if not self._picture.has_picture() or self._is_current():
            return
        if self.width() <= 0 or self.height() <= 0:
            return  # squeezed to nothing (a collapsed pane): nothing to show
        self._build_key = self._current_key()
        self._build = self._build_steps(
            self.size(), self.devicePixelRatioF(), snapshot(self._state)
        )
        self._build_timer.start()

    def _build_steps(
        self, size: QSize, dpr: float, state: WheelState
    ) -> Generator[None, None, None]:
        """The exact picture's build: the layout (the labels' and the legend's
        room, a layout measured a step: ``build_paths_steps``) unless it is at
        hand, then the picture (``WheelPicture.build``); the new paths are the
        pointer's from the moment the picture is whole."""
        paths = self._paths if self._has_paths() else None
        if paths is None:
            yield
            paths = yield from build_paths_steps(state, QRectF(QPointF(0, 0), QSizeF(size)))
            shown = self._picture.paths()
            if (
                shown is not None
                and self._picture_is_current()
                and (shown.layout, shown.size, shown.legend)
                == (paths.layout, paths.size, paths.legend)
            ):
                # the picture painted at once on the plain layout (another wheel)
                # is on this very layout: it is the exact one
                shown.roomy = True
                self._paths = shown
                return
        yield from self._picture.build(size, dpr, state, self._palette, paths)
        self._paths = paths
        self.update()  # the exact picture is whole: the next frame shows it
        yield from self._picture.retire_steps()

    def _build_slice(self) -> bool:
        """One turn's slice of the build: steps until BUILD_SLICE_SECONDS have
        passed; True when it is done (the exact picture is shown as soon as it
        is whole; the old layers are let go in the slices after)."""
        if self._build is None:
            self._build_timer.stop()
            return True
        start = time.perf_counter()
        for _ in self._build:
            if time.perf_counter() - start >= BUILD_SLICE_SECONDS:
                return False
        self._build = None
        self._build_timer.stop()
        if not self._is_current():  # the wheel's state changed meanwhile (the answers
            self._start_build()  # need not: the paint repaints the areas they changed)
            return False
        return True

    def _abandon_build(self) -> None:
        if self._build is not None:
            self._build.close()  # the old picture stays as it was
            self._build = None
        self._build_timer.stop()

    # -- pointer: mouse, touch, pen -------------------------------------------
    def _press(self, pos: QPointF) -> bool:
        hit = self.hit(pos)
        if hit is None:
            return False
        index, level = hit
        area_id = self._state.definition.areas[index].id
        self._gesture = (index, self._state.answer(area_id))
        self._move_focus(index)
        self._set_live(index, Answer.at(level))
        return True

    def _drag(self, pos: QPointF) -> None:
        if self._gesture is None:
            return
        index = self._gesture[0]
        g = self._state.geometry()
        u = self.layout_box().to_unit(pos.x(), pos.y())
        r = math.hypot(*u)
        level = math.ceil((min(r, 1.0) - g.hub) / (1.0 - g.hub) * g.n_levels)
        self._set_live(index, Answer.at(max(1, min(level, g.n_levels))))

    def _release(self) -> None:
        if self._gesture is None:
            return
        index, old = self._gesture
        self._gesture = None
        area_id = self._state.definition.areas[index].id
        new = self._state.answer(area_id)
        if new != old:
            self.rating_changed.emit(area_id, new, old)

    def _cancel(self) -> None:
        if self._gesture is None:
            return
        index, old = self._gesture
        self._gesture = None
        self._set_live(index, old)

    def _set_live(self, index: int, answer: Answer) -> None:
        area_id = self._state.definition.areas[index].id
        if self._state.child.get(area_id, NOT_ASKED) != answer:
            self._state.child[area_id] = answer
            self._announce_value(index)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press(event.position()):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._gesture is not None and event.buttons() & Qt.MouseButton.LeftButton:
            self._drag(event.position())
        hover = self.hit(event.position())
        if self._gesture is not None:
            hover = None
        if hover != self._state.hover:
            self._state.hover = hover
            self.setToolTip(self._hover_tip(hover))
            self.update()
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._gesture is not None:
            self._release()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        hit = self.hit(event.position())
        if hit is not None and event.button() == Qt.MouseButton.LeftButton:
            self.area_activated.emit(self._state.definition.areas[hit[0]].id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def leaveEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._state.hover is not None:
            self._state.hover = None
            self.update()
        super().leaveEvent(event)

    def event(self, event) -> bool:  # type: ignore[no-untyped-def]
        kind = event.type()
        if kind in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            return self._touch(event)
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> bool:
        kind = event.type()
        points = event.points()
        if kind == QEvent.Type.TouchCancel:
            self._cancel()
        elif kind == QEvent.Type.TouchBegin:
            if not points or not self._press(points[0].position()):
                event.ignore()
                return False
        elif kind == QEvent.Type.TouchUpdate:
            if points:
                self._drag(points[0].position())
        else:
            if points:
                self._drag(points[0].position())
            self._release()
        event.accept()
        return True

    def _hover_tip(self, hover: tuple[int, int] | None) -> str:
        if hover is None:
            return ""
        area = self._state.definition.areas[hover[0]]
        text = answer_text(self._state, Answer.at(hover[1]))
        return f"{area.label_in(self._state.language)}: {text}"

    # -- keyboard ------------------------------------------------------------
    def focusInEvent(self, event: QFocusEvent) -> None:
        self._state.focus_visible = True
        if self._state.focus is None and self._state.definition.areas:
            self._move_focus(0)
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._state.focus_visible = False
        self.update()
        super().focusOutEvent(event)

    def _move_focus(self, index: int) -> None:
        n = len(self._state.definition.areas)
        index %= n
        if self._state.focus != index:
            self._state.focus = index
            self.focus_area_changed.emit(self._state.definition.areas[index].id)
            self._announce_focus(index)
        self.update()

    def _set_by_key(self, answer: Answer) -> None:
        focus = self._state.focus
        if focus is None:
            return
        area_id = self._state.definition.areas[focus].id
        old = self._state.answer(area_id)
        if answer == old:
            return
        self._set_live(focus, answer)
        self.rating_changed.emit(area_id, answer, old)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        s = self._state
        n = len(s.definition.areas)
        if n == 0:
            super().keyPressEvent(event)
            return
        focus = s.focus if s.focus is not None else 0
        key = event.key()
        step = -1 if s.is_rtl() else 1  # visual left/right, mirrored for RTL
        current = s.answer(s.definition.areas[focus].id)
        level = current.level if current.kind is AnswerKind.LEVEL else None
        keys = Qt.Key
        text = event.text()
        if s.focus is None:
            self._move_focus(0)
        if key == keys.Key_Right:
            self._move_focus(focus + step)
        elif key == keys.Key_Left:
            self._move_focus(focus - step)
        elif key == keys.Key_Home:
            self._move_focus(0)
        elif key == keys.Key_End:
            self._move_focus(n - 1)
        elif key in (keys.Key_Up, keys.Key_Plus) or text == "+":
            self._set_by_key(Answer.at(min(s.scale.size, (level or 0) + 1)))
        elif key in (keys.Key_Down, keys.Key_Minus) or text == "-":
            if level is not None:
                self._set_by_key(Answer.at(max(1, level - 1)))
        elif text.isdigit() and len(text) == 1:
            digit = int(text)
            if digit == 0:
                self._set_by_key(NOT_ASKED)
            elif digit <= s.scale.size:
                self._set_by_key(Answer.at(digit))
        elif key in (keys.Key_Delete, keys.Key_Backspace):
            self._set_by_key(NOT_ASKED)
        elif key == keys.Key_D:
            self._set_by_key(DECLINED)
        elif key == keys.Key_K or text == "?":
            self._set_by_key(DONT_KNOW)
        elif key in (keys.Key_Return, keys.Key_Enter):
            self.area_activated.emit(s.definition.areas[focus].id)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        """Right click / long press: every answer, including the two refusals."""
        hit = self.hit(QPointF(event.pos()))
        if hit is None:
            return
        index = hit[0]
        self._move_focus(index)
        menu = QMenu(self)
        menu.setFont(font_for(self._state.language))
        choices: list[Answer] = [Answer.at(k) for k in range(1, self._state.scale.size + 1)]
        choices += [DONT_KNOW, DECLINED]
        for answer in choices:
            action = menu.addAction(answer_text(self._state, answer))
            action.setData(answer)
        clear = menu.addAction(unanswered_text(self._state))
        clear.setData(NOT_ASKED)
        chosen = menu.exec(event.globalPos())
        if chosen is not None and isinstance(chosen.data(), Answer):
            self._set_by_key(chosen.data())

    # -- accessibility ---------------------------------------------------------
    def accessible_interface(self) -> WheelAccessible:
        if self._a11y is None:
            self._a11y = WheelAccessible(self)
        return self._a11y

    def accessible_text(self, index: int, kind: QAccessible.Text) -> str:
        """What a screen reader reads for sector ``index``."""
        return sector_text(self._state, index, kind)

    def set_by_accessibility(self, index: int, answer: Answer) -> None:
        """A screen reader set a sector's value: as if the child had chosen it."""
        area_id = self._state.definition.areas[index].id
        old = self._state.answer(area_id)
        if answer == old:
            return
        self._set_live(index, answer)
        self.rating_changed.emit(area_id, answer, old)

    def _announce_focus(self, index: int) -> None:
        if not QAccessible.isActive():
            return
        event = QAccessibleEvent(self, QAccessible.Event.Focus)
        event.setChild(index)
        QAccessible.updateAccessibility(event)

    def _announce_value(self, index: int) -> None:
        if not QAccessible.isActive():
            return
        event = QAccessibleValueChangeEvent(
            self, self.accessible_text(index, QAccessible.Text.Value)
        )
        event.setChild(index)
        QAccessible.updateAccessibility(event)


def settle_wheels() -> None:
    """:meth:`WheelWidget.settle` every wheel in every window: before a picture of
    the screen (a screenshot tool), so that none shows a resize's scaled frame.
    The exact pictures are painted at the next turn of the event loop."""
    for top in QApplication.topLevelWidgets():
        wheels = top.findChildren(WheelWidget)
        if isinstance(top, WheelWidget):
            wheels.append(top)
        for wheel in wheels:
            wheel.settle()
