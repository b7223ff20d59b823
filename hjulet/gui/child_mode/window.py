"""Child mode: full screen, calm, large; only this child's wheel, in the child's language.

The adult first sees a short hand-over screen: the child's age tier (the
child's record gives the default), high contrast, an optional PIN and how to
leave. Then the child's flow, predictable and with no timers:

* young (about 4-7): who sees what (three short sentences and a picture), a
  practice item on faces, then one area per screen answered by touching one of
  the big faces (or the "Vet inte" / "Vill inte svara" pictures);
* middle (about 8-12): who sees what, practice on the wheel, one area per
  screen on worded steps filled from the centre (the whole wheel on request);
* teen (about 13-18): the same, but the whole wheel by default, and the teen
  may type their own words per area.

Every tier then has "what is important to me" (typed by a teen, said to the
adult by the others), the child's own sharing decision per area ("May we show
this at the meeting?", no by default) and "Thank you!". Pause and cover are
always there; Esc or F12 covers at once. Going back changes any answer.

Leaving needs the adult: holding the small round button in the top corner for
two seconds, or Ctrl+Shift+Q, opens a screen that asks for the vault
passphrase (or the PIN set at hand-over). The child's screens and the cover
never say how.

Sizes follow the window: the same screens fit 1366x768 and 1280x720 at 100 %
and 150 % scaling, in left-to-right and right-to-left languages (the window
rebuilds its pages for the window's size before the hand-over). Every answer is
saved at once through the :class:`ConversationController`.

The window is the coordinator: it builds the pages (``pages/``, each from a
:class:`~hjulet.gui.child_mode.kit.PageKit`), shows them in the tier's order,
and turns what a page says (back, next, an answer, words, a sharing choice) into
navigation and saves. No page asks the window for anything.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from hjulet import services
from hjulet.core import languages
from hjulet.core.catalog import load_catalog, tier_fits_scale, tier_for_child
from hjulet.core.child_texts import ChildModeTexts, load_child_texts
from hjulet.core.model import AgeTier, Answer, EntryField
from hjulet.gui.child_mode.corner import CornerButtons
from hjulet.gui.child_mode.cover import CoverScreen
from hjulet.gui.child_mode.exit_gate import ExitGate
from hjulet.gui.child_mode.handover import HandoverPage
from hjulet.gui.child_mode.kit import ChildPage, PageKit, size_factor
from hjulet.gui.child_mode.pages.areas import OnePage, YoungPage
from hjulet.gui.child_mode.pages.done import DonePage
from hjulet.gui.child_mode.pages.important import ImportantPage
from hjulet.gui.child_mode.pages.pause import PausePage
from hjulet.gui.child_mode.pages.practice import PRACTICE_ID, PracticePage
from hjulet.gui.child_mode.pages.share import IMPORTANT, SharePage, share_fields, share_items
from hjulet.gui.child_mode.pages.who import WhoPage
from hjulet.gui.child_mode.pages.whole import WholePage
from hjulet.gui.conversation.controller import ConversationController
from hjulet.gui.errors import show_error
from hjulet.gui.speech import ReadAloud, SpeakerWords
from hjulet.gui.speech_note import SpeechNote
from hjulet.gui.theme import CHILD_HIGH_CONTRAST, CHILD_NORMAL, ChildTheme
from hjulet.gui.wheel.state import answer_text

FLOWS: dict[AgeTier, tuple[str, ...]] = {
    AgeTier.YOUNG: ("who", "practice", "young", "important", "share", "done"),
    AgeTier.MIDDLE: ("who", "practice", "one", "important", "share", "done"),
    AgeTier.TEEN: ("who", "practice", "whole", "important", "share", "done"),
}


class ChildModeWindow(QWidget):
    """The child's screen for one conversation: the pages in the tier's order, the
    corner buttons, cover and pause, and leaving (see the module's description)."""

    left = Signal()  # the adult left child mode

    PAGES = (
        "handover",
        "who",
        "practice",
        "young",
        "one",
        "whole",
        "important",
        "share",
        "done",
        "pause",
        "exit",
    )
    ADULT_PAGES = ("handover", "exit")

    def __init__(
        self,
        vault: services.Vault,
        controller: ConversationController,
        *,
        basedir: Path | None = None,
        parent: QWidget | None = None,
        no_err_windows: bool = False,
        adult_lang: str = "sv",
        tier: AgeTier | None = None,
        reader: ReadAloud | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.vault = vault
        self.controller = controller
        self.conversation_session = controller.session
        self.no_err_windows = no_err_windows
        conv = self.conversation_session.conversation
        self.conv = conv
        self.definition = conv.definition
        self.scale = conv.scale
        extra = (basedir,) if basedir else ()
        self._extra_dirs: tuple[Path, ...] = extra
        self.lang = conv.language
        # the child's form of address (girl/boy) for languages with gender
        form = services.get_child(vault, conv.child_id).address_form
        self.texts: ChildModeTexts = load_child_texts(self.lang, extra, form)
        # area names and questions in that form ("ar-x-girl"), else the plain language
        self.label_lang = languages.form_tag(
            conv.language, languages.effective_form(conv.language, form)
        )
        self.adult_lang = adult_lang
        # glosses: the same words in the professional's language, when it differs
        self.gloss_texts: ChildModeTexts | None = (
            load_child_texts(adult_lang, extra) if adult_lang != self.lang else None
        )
        self.rtl = self.texts.rtl or self.definition.is_rtl(self.lang)
        # read-aloud never blocks: the engine and the clip player run in child processes
        self.reader = reader or ReadAloud(basedir, self)
        self.reader.prepare(self.lang)
        settings = self._vault_settings()
        self.pin_allowed = bool(settings.get("child_mode_pin_allowed", False))
        self.theme: ChildTheme = (
            CHILD_HIGH_CONTRAST if settings.get("theme") == "high_contrast" else CHILD_NORMAL
        )
        # a conversation with answers keeps its scale; one without may switch to the
        # scale of the chosen tier (three faces for the youngest) at hand-over
        self.scale_locked = conv.id is None or services.has_answers(vault, conv.id)
        self.tier: AgeTier = tier or self._default_tier()
        if self.scale_locked and not tier_fits_scale(self.tier, self.scale):
            self.tier = AgeTier.MIDDLE
        self.one_index = 0  # the area on the young and one-area pages
        self.share_index = 0  # the item on the share page
        # the child answered for "what is important to me" in this sitting
        self._important_decided = False
        self._before = "who"  # where pause / the exit screen return to
        self._may_close = False
        self._handed_over = False
        # middle and teen may switch between one area a screen and the whole wheel
        self._flow_override: tuple[str, ...] | None = None
        self.k = 1.0
        self.pages: dict[str, QWidget] = {}
        # what a screen reader says of the window: the child's words ("My wheel")
        self.setWindowTitle(self.texts.text("paper.title"))
        self.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if self.rtl else Qt.LayoutDirection.LeftToRight
        )
        self.setAutoFillBackground(True)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self._corner: CornerButtons | None = None
        self.stack = QStackedWidget()
        outer.addWidget(self.stack, 1)
        self.exit_gate = ExitGate(
            lambda secret: services.verify_passphrase(self.vault, secret), lang=adult_lang
        )
        self.exit_gate.accepted.connect(self.leave)
        self.exit_gate.cancelled.connect(lambda: self.go(self._before))
        gloss = self.gloss_texts
        self.cover_screen = CoverScreen(
            self, self.texts.cover_name, self.theme, gloss.cover_name if gloss else ""
        )
        self.cover_screen.uncover.connect(self.uncover)
        self.cover_screen.hide()
        # for the adult: why read-aloud is off (in the professional's language, small);
        # a child's screen reader that meets it on a child's page hears the child's words
        # for it, with the adult's note as its description (_name_speech_note)
        self.speech_note = SpeechNote(self, self.reader, self.lang, adult_lang, self.theme.muted)
        for seq in ("Esc", "F12"):
            sc = QShortcut(QKeySequence(seq), self, self.toggle_cover)
            sc.setContext(Qt.ShortcutContext.WindowShortcut)
        leave = QShortcut(QKeySequence("Ctrl+Shift+Q"), self, self.ask_to_leave)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        controller.answer_committed.connect(self._answer_committed)
        controller.save_failed.connect(self._save_failed)
        screen = self.screen() or QGuiApplication.primaryScreen()
        size = screen.geometry().size() if screen is not None else QSize(1366, 768)
        self.k = size_factor(size.width(), size.height())
        self._build()
        self.go("handover")
        self.speech_note.changed.connect(self._place_corner_buttons)
        self.speech_note.tell()

    # -- set-up ------------------------------------------------------------------------
    def _vault_settings(self) -> dict[str, Any]:
        try:
            return services.get_settings(self.vault)
        except Exception:  # settings are a nicety; child mode works without them
            return {}

    def _default_tier(self) -> AgeTier:
        """From the child's record: the age from the birth year, else the tier field."""
        try:
            child = services.get_child(self.vault, self.conv.child_id)
        except Exception:
            child = None
        if child is not None:
            return tier_for_child(child)
        try:
            return AgeTier(self.scale.tier)
        except ValueError:
            return AgeTier.MIDDLE

    def flow(self) -> tuple[str, ...]:
        return self._flow_override or FLOWS[self.tier]

    def _kit(self) -> PageKit:
        """What the pages are built from, for the current tier, theme and size."""
        return PageKit(
            texts=self.texts,
            gloss_texts=self.gloss_texts,
            lang=self.lang,
            label_lang=self.label_lang,
            adult_lang=self.adult_lang,
            theme=self.theme,
            tier=self.tier,
            scale=self.scale,
            definition=self.definition,
            rtl=self.rtl,
            k=self.k,
            reader=self.reader,
            corner_height=0,
            corner_width=0,
            page_height=self._page_height(),
        )

    def _build(self) -> None:
        """(Re)build every page for the current tier, theme and size."""
        t = self.theme
        self.setStyleSheet(
            f"ChildModeWindow {{ background: {t.background}; }}"
            f"QLabel {{ color: {t.text}; }}"
            f"QToolButton {{ border: 2px solid transparent; border-radius: 10px; }}"
            f"QToolButton:focus {{ border: 4px solid {t.focus}; }}"
            f"QRadioButton, QCheckBox {{ color: {t.text}; }}"
            f"QPlainTextEdit, QLineEdit {{ background: {t.button_bg}; color: {t.text}; "
            f"border: 2px solid {t.button_border}; border-radius: 8px; }}"
            f"QPlainTextEdit:focus, QLineEdit:focus {{ border: 4px solid {t.focus}; }}"
        )
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor(t.background))
        self.setPalette(pal)
        self.cover_screen.theme = t
        for name in list(self.pages):
            page = self.pages.pop(name)
            self.stack.removeWidget(page)
            if page is not self.exit_gate:
                page.deleteLater()
        kit = self._kit()
        self._build_corner(kit)  # first: the pages keep clear of the corner buttons
        kit = replace(
            kit,
            corner_height=self.corner.height(),
            corner_width=self.corner.pause_and_cover_width(),
        )
        session = self.conversation_session
        self.handover = self._build_handover(kit)
        self.who_page = WhoPage(kit)
        self.practice_page = PracticePage(kit)
        self.young_page = YoungPage(kit, session)
        self.one_page = OnePage(kit, session)
        self.whole_page = WholePage(kit, session)
        self.important_page = ImportantPage(kit, session.conversation_text("important_to_me"))
        self.share_page = SharePage(kit, session, partial(answer_text, self.whole_page.wheel.state))
        self.done_page = DonePage(kit)
        self.pause_page = PausePage(kit)
        for page in (self.young_page, self.one_page, self.whole_page):
            page.answered.connect(self._rated)
        for page in (self.one_page, self.whole_page):
            page.words_changed.connect(self._words_changed)
        self.one_page.switch_asked.connect(lambda: self._switch_way("whole"))
        self.whole_page.switch_asked.connect(lambda: self._switch_way("one"))
        self.important_page.text_changed.connect(
            lambda text: self.controller.set_conversation_text("important_to_me", text)
        )
        self.share_page.chosen.connect(self._share_choice)
        self.pause_page.resume_asked.connect(self.resume)
        self.pages = {
            "handover": self.handover,
            "who": self.who_page,
            "practice": self.practice_page,
            "young": self.young_page,
            "one": self.one_page,
            "whole": self.whole_page,
            "important": self.important_page,
            "share": self.share_page,
            "done": self.done_page,
            "pause": self.pause_page,
            "exit": self.exit_gate,
        }
        for name in self.PAGES:
            page = self.pages[name]
            if isinstance(page, ChildPage):
                page.back_asked.connect(self.back)
                page.next_asked.connect(self.forward)
            self.stack.addWidget(page)
        self._place_corner_buttons()

    def _build_corner(self, kit: PageKit) -> None:
        """Pause and cover in the top trailing corner; the adult's round button leading."""
        if self._corner is not None:
            self._corner.discard()
        self._corner = CornerButtons(kit, self)
        self.corner.exit_button.held.connect(self.ask_to_leave)
        self.corner.pause_button.clicked.connect(self.pause)
        self.corner.cover_button.clicked.connect(self.cover)

    @property
    def corner(self) -> CornerButtons:
        """Pause, cover and the adult's round button (made with the pages)."""
        assert self._corner is not None
        return self._corner

    def _place_corner_buttons(self) -> None:
        self.corner.place(self.width(), self.rtl)
        if self.speech_note.isVisibleTo(self):
            ex_geo = self.corner.exit_button.geometry()
            # the row beside the adult's button, up to pause and cover where they show
            others = [
                b.geometry()
                for b in (self.corner.pause_button, self.corner.cover_button)
                if b.isVisibleTo(self)
            ]
            if self.rtl:
                start = max([g.right() for g in others], default=12) + 12
                room = ex_geo.left() - 12 - start
            else:
                end = min([g.left() for g in others], default=self.width() - 12) - 12
                room = end - (ex_geo.right() + 12)
            corner_h = ex_geo.height() + 16
            note_w = min(520, max(200, self.width() // 3))
            if self.speech_note.heightForWidth(note_w) > corner_h:
                # a longer note (the engine's own, a longer language) takes the whole row
                # rather than reaching down over a page's title
                note_w = max(note_w, room)
            x = ex_geo.right() + 12 if not self.rtl else ex_geo.left() - 12 - note_w
            # as high as its lines need: whole, also where even the row is not enough
            note_h = max(corner_h, self.speech_note.heightForWidth(note_w))
            self.speech_note.setGeometry(x, ex_geo.top(), note_w, note_h)
            self.speech_note.raise_()
        if self.cover_screen.isVisible():
            self.cover_screen.setGeometry(self.rect())
            self.cover_screen.raise_()

    def _page_height(self) -> int:
        """The height a page gets: the window's (full screen when the child has it)."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        full = screen.geometry().height() if screen is not None else 768
        resized = self.isVisible() or self.testAttribute(Qt.WidgetAttribute.WA_Resized)
        return self.height() if resized else full

    def _fit_texts(self, name: str) -> None:
        """The page's texts as large as the height the pages get allows."""
        page = self.pages.get(name)
        if isinstance(page, ChildPage):
            page.fit(self.stack.height())

    # -- hand-over -------------------------------------------------------------------
    def _build_handover(self, kit: PageKit) -> HandoverPage:
        page = HandoverPage(
            self.tier,
            high_contrast=self.theme is CHILD_HIGH_CONTRAST,
            pin_allowed=self.pin_allowed,
            lang=self.adult_lang,
        )
        page.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # the note on read-aloud (for this adult) sits in the top corner: start below it
        column = page.layout()
        if column is not None:
            m = column.contentsMargins()
            column.setContentsMargins(m.left(), kit.corner_height, m.right(), m.bottom())
        if self.scale_locked:
            for tier in AgeTier:
                if not tier_fits_scale(tier, self.scale):
                    page.refuse_tier(tier)
        page.handed_over.connect(self._hand_over)
        page.cancelled.connect(self._cancel_handover)
        page.contrast_changed.connect(self._contrast_chosen)
        return page

    def _contrast_chosen(self, on: bool) -> None:
        self.set_theme(CHILD_HIGH_CONTRAST if on else CHILD_NORMAL)

    def set_theme(self, theme: ChildTheme) -> None:
        if theme is self.theme:
            return
        self.theme = theme
        current = self.current_page()
        self._build()
        self.go(current or "handover")

    def set_tier(self, tier: AgeTier) -> None:
        if tier is self.tier:
            return
        self.tier = tier
        self._flow_override = None
        current = self.current_page()
        self._build()
        self.go(current or "handover")

    def _hand_over(self) -> None:
        pin = self.handover.pin_text()
        self.exit_gate.set_pin(pin or None)
        tier = self.handover.tier()
        if not tier_fits_scale(tier, self.scale) and not self._switch_scale(tier):
            return
        self.set_tier(tier)
        self._handed_over = True
        self.go("who")

    def _switch_scale(self, tier: AgeTier) -> bool:
        """Hold the unanswered conversation on the tier's scale (saved at once)."""
        try:
            scale = load_catalog(self._extra_dirs).scale_for(tier)
            assert self.conv.id is not None
            services.change_scale(self.vault, self.conv.id, scale)
            self.controller.session.reload()
        except Exception as exc:
            show_error(self, exc, no_windows=self.no_err_windows)
            return False
        self.conv = self.controller.conversation
        self.scale = self.conv.scale
        self.tier = tier
        self._flow_override = None
        self._build()
        return True

    def _cancel_handover(self) -> None:
        self._may_close = True
        self.leave()

    # -- navigation ------------------------------------------------------------------
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        for name, page in self.pages.items():
            if page is widget:
                return name
        return ""

    def go(self, name: str) -> None:
        self.reader.stop()
        if name == "whole":
            self.whole_page.refresh()
        elif name in ("young", "one"):
            self.one_index = max(0, min(self.one_index, len(self.definition.areas) - 1))
            area_page = self.young_page if name == "young" else self.one_page
            area_page.show_area(self.one_index)
        elif name == "share":
            if not self.share_items():
                name = "done"
            else:
                self.share_index = self.share_page.show_item(
                    self.share_index, self._important_decided
                )
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        self._fit_texts(name)  # shown and polished: its widgets' sizes are the real ones
        self.corner.show_for(name, adult=name in self.ADULT_PAGES)
        if name == "exit":
            self.exit_gate.reset()
        else:
            focus = page.focus_target() if isinstance(page, ChildPage) else None
            if name == "handover":
                focus = self.handover.start_button
            if focus is not None:
                focus.setFocus()
        self._name_speech_note()
        self._place_corner_buttons()

    def _page_of_way(self) -> str:
        for name in ("young", "one", "whole"):
            if name in self.flow():
                return name
        return "one"

    def forward(self) -> None:
        """Next: within the areas first, then the next step of the tier's flow."""
        current = self.current_page()
        n = len(self.definition.areas)
        if current in ("young", "one") and self.one_index < n - 1:
            self.one_index += 1
            self.go(current)
            return
        self.controller.flush()
        flow = self.flow()
        if current in ("one", "whole") and current not in flow:
            current = self._page_of_way()
        if current in flow and flow.index(current) + 1 < len(flow):
            nxt = flow[flow.index(current) + 1]
            if nxt == "share":
                self.share_index = 0
            self.go(nxt)

    def back(self) -> None:
        current = self.current_page()
        if current in ("young", "one") and self.one_index > 0:
            self.one_index -= 1
            self.go(current)
            return
        if current == "share" and self.share_index > 0:
            self.share_index -= 1
            self.go("share")
            return
        self.controller.flush()
        flow = self.flow()
        if current in ("one", "whole") and current not in flow:
            current = self._page_of_way()
        if current in flow and flow.index(current) > 0:
            prev = flow[flow.index(current) - 1]
            if prev == "share":
                items = self.share_items()
                if not items:
                    prev = "important"
                self.share_index = max(0, len(items) - 1)
            if prev == self._page_of_way() and prev in ("young", "one"):
                self.one_index = len(self.definition.areas) - 1 if current != "practice" else 0
            self.go(prev)

    def _switch_way(self, way: str) -> None:
        """Middle and teen: the whole wheel or one area per screen, as the child likes."""
        current = self.current_page()
        focus_area = self.whole_page.wheel.focus_area()
        if current == "whole" and focus_area:
            self.one_index = self.definition.area_ids.index(focus_area)
        flow = list(FLOWS[self.tier])
        old = "whole" if way == "one" else "one"
        if old in flow:
            flow[flow.index(old)] = way
        self._flow_override = tuple(flow)
        self.go(way)

    def pause(self) -> None:
        current = self.current_page()
        if current not in ("pause", "exit", "handover"):
            self._before = current
        self.go("pause")

    def resume(self) -> None:
        self.go(self._before or "who")

    # -- the share step --------------------------------------------------------------
    def share_items(self) -> list[str]:
        """Areas the child answered or spoke about, then "what is important to me"."""
        return share_items(self.conversation_session, self.definition)

    def _share_choice(self, yes: bool) -> None:
        items = self.share_items()
        if not items:
            return
        item = items[min(self.share_index, len(items) - 1)]
        if item == IMPORTANT:
            self.controller.set_important_shared(yes)
            self._important_decided = True
        else:
            for f in share_fields(self.conversation_session, item):
                self.controller.set_shared(item, f, yes, by_child=True)
        self.share_page.set_choice(yes)
        if self.share_index + 1 < len(items):
            self.share_index += 1
            self.go("share")
        else:
            self.go("done")

    # -- cover -------------------------------------------------------------------------
    def cover(self) -> None:
        self.reader.stop()
        self.cover_screen.setGeometry(self.rect())
        self.cover_screen.show()
        self.cover_screen.raise_()
        self.cover_screen.setFocus()

    def uncover(self) -> None:
        self.cover_screen.hide()
        self.go(self.current_page())

    def toggle_cover(self) -> None:
        if self.current_page() in self.ADULT_PAGES:
            return
        if self.cover_screen.isVisible():
            self.uncover()
        else:
            self.cover()

    @property
    def is_covered(self) -> bool:
        return self.cover_screen.isVisible()

    # -- answers -------------------------------------------------------------------------
    def _rated(self, area_id: str, new: Answer) -> None:
        self.controller.set_answer(area_id, new, "child")

    def _words_changed(self, area_id: str, text: str) -> None:
        self.controller.set_text(area_id, EntryField.WORDS, text)

    def _answer_committed(self, area_id: str, answer: Answer, who: str) -> None:
        """What the vault holds now; a widget is set only where it shows something else
        (another screen of this flow, an undo in the adult's view, or a failed save)."""
        if who != "child":
            return
        self.whole_page.committed(area_id, answer)
        self.one_page.committed(area_id, answer)
        if self.definition.areas[self.one_index].id == area_id:
            self.young_page.committed(answer)

    def _save_failed(self, exc: BaseException) -> None:
        show_error(self, exc, no_windows=self.no_err_windows)

    # -- window ------------------------------------------------------------------------
    def show_full_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            # without a window manager (kiosk set-ups, Xvfb) full screen alone may not resize
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        k = size_factor(self.width(), self.height())
        # sizes are chosen before the child takes over (the window goes full screen
        # then); later the pages keep their widgets, which others may hold on to
        if abs(k - self.k) > 0.015 and self.current_page() in ("handover", ""):
            self.k = k
            current = self.current_page()
            self._build()
            self.go(current or "handover")
        self._fit_texts(self.current_page())
        # the wheels are square: never wider than the page is high
        side = max(200, self.stack.height())
        for page in (self.practice_page, self.whole_page, self.one_page):
            page.limit_wheel(side)
        self._place_corner_buttons()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)

    # -- leaving -------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        """The adult's gesture: show the screen that asks for the passphrase (or PIN)."""
        current = self.current_page()
        if current == "handover":
            self._cancel_handover()
            return
        if current != "exit":
            self._before = current
        self.cover_screen.hide()
        self.go("exit")

    def _name_speech_note(self) -> None:
        """The note in the corner is the adult's, in the adult's language. On the
        child's pages a screen reader names it in the child's words for the same fact
        ("The computer can't read this out loud"), the adult's note as its description;
        on the adult's pages it is the adult's note itself."""
        adult = self.current_page() in self.ADULT_PAGES
        self.speech_note.name_for(
            None
            if adult
            else SpeakerWords(
                playing=self.texts.read_aloud_playing,
                none=self.texts.read_aloud_none,
                off=self.texts.read_aloud_off,
            )
        )

    def allow_close(self) -> None:
        """The adult (or the vault locking) may close the window without the secret."""
        self._may_close = True

    def leave(self) -> None:
        """Leave for real (the secret was given, or the vault is locking): save, close."""
        self._may_close = True
        self.controller.flush()
        self.reader.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_close and self._handed_over:
            # a window manager's close: the child stays; the adult is asked instead
            event.ignore()
            self.ask_to_leave()
            return
        self.controller.flush()
        self.reader.stop()
        super().closeEvent(event)
        self.left.emit()


__all__ = [
    "FLOWS",
    "PRACTICE_ID",
    "ChildModeWindow",
    "size_factor",
]
