"""Child mode by age tier, the child's sharing decision, and leaving with the adult's secret.

Driven like a child and an adult would (qtbot clicks and keys on real widgets);
everything read back through services from a real vault, and the summary PDF
read back as text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    AgeTier,
    Answer,
    AuditAction,
    Consent,
    ConsentForm,
    ConsentGiver,
    Conversation,
    EntryField,
)
from hjulet.gui.child_mode import FLOWS, ChildModeWindow
from hjulet.gui.child_mode.exit_gate import retry_delay_ms
from hjulet.gui.conversation.controller import ConversationController
from hjulet.services.summary import ReportRequest, render_report
from tests.conftest import PASS
from tests.gui.test_conversation_support import make_conversation, ring_point, stored
from tests.reports.builders import pdftotext


def open_window(
    qtbot: Any, vault: Any, conv: Conversation, *, adult_lang: str = "sv"
) -> ChildModeWindow:
    assert conv.id is not None
    controller = ConversationController(vault, conv.id)
    window = ChildModeWindow(vault, controller, adult_lang=adult_lang)
    controller.setParent(window)
    # child mode refuses a plain close once handed over; the test's tear-down is the adult
    qtbot.addWidget(window, before_close_func=adult_closes)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def adult_closes(window: ChildModeWindow) -> None:
    window.allow_close()


def click(qtbot: Any, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def hand_over(qtbot: Any, window: ChildModeWindow, tier: AgeTier | None = None) -> None:
    assert window.current_page() == "handover"
    if tier is not None:
        window.handover.tier_buttons[tier].click()
    click(qtbot, window.handover.start_button)
    assert window.current_page() == "who"


def test_the_childs_record_sets_the_tier_and_the_adult_can_change_it(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    young = make_conversation(vault, catalog, "faces3", "sv")  # birth year 2015
    w = open_window(qtbot, vault, young)
    # the record's birth year decides: born 2015 is a teenager from 2028, 8-12 before
    expected = AgeTier.for_age(date.today().year - 2015)
    assert w.tier is expected
    assert w.handover.tier_buttons[expected].isChecked()
    hand_over(qtbot, w, AgeTier.YOUNG)
    assert w.tier is AgeTier.YOUNG
    assert w.flow() == FLOWS[AgeTier.YOUNG]


def test_young_flow_is_answered_by_touching_big_faces(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "faces3", "sv")
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.YOUNG)
    # who sees what: three short sentences for the youngest, each with read-aloud first
    texts = [r.text() for r in w.pages["who"].findChildren(type(w.young_page.question))]
    assert w.texts.young_who_harm in texts and w.texts.who_sees_harm not in texts
    click(qtbot, w.who_page.next_button)
    # practice on the same three faces; nothing is saved
    assert w.current_page() == "practice" and w.practice_page.wheel is None
    faces = w.practice_page.faces
    assert len(faces.buttons) == 5  # three faces + "Vet inte" + "Vill inte svara"
    click(qtbot, faces.buttons[Answer.at(3)])
    assert faces.answer() == Answer.at(3)
    assert all(e.is_empty() for e in services.get_conversation(vault, conv.id).entries.values())
    click(qtbot, w.practice_page.next_button)
    assert w.current_page() == "young"
    # the faces are the answer targets themselves, and large
    happy = w.young_page.faces.buttons[Answer.at(3)]
    assert min(happy.width(), happy.height()) >= 150
    areas = conv.definition.areas
    chosen = [Answer.at(3), Answer.at(1), DONT_KNOW, DECLINED, Answer.at(2)]
    for i, area in enumerate(areas):
        answer = chosen[i % len(chosen)]
        click(qtbot, w.young_page.faces.buttons[answer])
        assert stored(vault, conv.id, area.id) == answer
        assert w.young_page.faces.buttons[answer].isChecked()
        click(qtbot, w.young_page.next_button)
    # go back and change the first answer
    assert w.current_page() == "important"
    for _ in areas:
        click(qtbot, w.important_page.back_button) if w.current_page() == "important" else click(
            qtbot, w.young_page.back_button
        )
    assert w.current_page() == "young" and w.one_index == 0
    click(qtbot, w.young_page.faces.buttons[Answer.at(2)])
    assert stored(vault, conv.id, areas[0].id) == Answer.at(2)
    # the sharing question shows the face the child touched: no reading needed
    w.go("important")
    click(qtbot, w.important_page.next_button)
    assert w.current_page() == "share"
    assert w.share_page.face.isVisible() and w.share_page.face.face == "neutral"


def test_teen_flow_whole_wheel_with_typed_words(qtbot: Any, vault: Any, catalog: Catalog) -> None:
    conv = make_conversation(vault, catalog, "steps5", "sv")
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    click(qtbot, w.who_page.next_button)
    click(qtbot, w.practice_page.next_button)
    assert w.current_page() == "whole"  # the whole wheel by default for teenagers
    wheel = w.whole_page.wheel
    qtbot.mouseClick(wheel, Qt.MouseButton.LeftButton, pos=ring_point(wheel, 0, 4))
    first = conv.definition.areas[0].id
    assert stored(vault, conv.id, first) == Answer.at(4)
    assert w.whole_page.words is not None
    w.whole_page.words.edit.setFocus()
    qtbot.keyClicks(w.whole_page.words.edit, "Jag har en bra kompis")
    click(qtbot, w.whole_page.done_button)
    assert services.get_conversation(vault, conv.id).entry(first).words == ("Jag har en bra kompis")
    # "what is important to me", typed
    assert w.current_page() == "important" and w.important_page.edit is not None
    qtbot.keyClicks(w.important_page.edit, "Att fa vara med")
    click(qtbot, w.important_page.next_button)
    assert services.get_conversation(vault, conv.id).important_to_me == "Att fa vara med"
    assert w.current_page() == "share"


def _consent(vault: Any, child_id: int) -> None:
    services.add_consent(
        vault,
        Consent(
            None,
            child_id,
            ConsentGiver.GUARDIAN_1,
            ("Skolan",),
            ConsentForm.WRITTEN,
            date.today(),
            None,
            sole_custody=True,  # alone it covers the child's answers
        ),
    )


def _pdf_text(vault: Any, child_id: int, tmp_path: Path, name: str) -> str:
    path = tmp_path / name
    path.write_bytes(render_report(vault, ReportRequest(child_id), today=date.today()))
    return " ".join(pdftotext(path, "-layout").split())


@pytest.mark.parametrize("with_consent", [True, False])
def test_the_childs_share_decision_reaches_the_summary_only_with_consent(
    qtbot: Any, vault: Any, catalog: Catalog, tmp_path: Path, with_consent: bool
) -> None:
    conv = make_conversation(vault, catalog, "steps5", "sv")
    assert conv.id is not None
    areas = [a.id for a in conv.definition.areas]
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.TEEN)
    click(qtbot, w.who_page.next_button)
    click(qtbot, w.practice_page.next_button)
    # two areas answered with words, through the child's screens
    for index, words in ((0, "Ordet-som-far-visas"), (1, "Ordet-som-stannar")):
        w.whole_page.wheel.set_focus_area(areas[index])
        qtbot.mouseClick(
            w.whole_page.wheel,
            Qt.MouseButton.LeftButton,
            pos=ring_point(w.whole_page.wheel, index, 4),
        )
        w.whole_page.words.edit.setPlainText(words)  # type: ignore[union-attr]
        w.controller.flush()
    click(qtbot, w.whole_page.done_button)
    click(qtbot, w.important_page.next_button)
    assert w.current_page() == "share"
    assert w.share_items() == areas[:2]
    # nothing chosen yet: neither answer is pre-selected, and nothing is shared
    assert not w.share_page.yes.isChecked() and not w.share_page.no.isChecked()
    click(qtbot, w.share_page.yes)  # first area: yes
    click(qtbot, w.share_page.no)  # second area: no, it stays between us
    assert w.current_page() == "done"
    saved = services.get_conversation(vault, conv.id)
    first, second = saved.entry(areas[0]), saved.entry(areas[1])
    assert first.shared == {EntryField.ANSWER, EntryField.WORDS} == first.child_decided
    assert second.shared == frozenset() and second.child_decided == {
        EntryField.ANSWER,
        EntryField.WORDS,
    }
    # the adult's choice in the adult view clears "the child decided"
    assert w.conversation_session.child_decided(areas[0], EntryField.WORDS)

    if with_consent:
        _consent(vault, saved.child_id)
    text = _pdf_text(vault, saved.child_id, tmp_path, f"s-{with_consent}.pdf")
    assert "Ordet-som-stannar" not in text
    assert ("Ordet-som-far-visas" in text) is with_consent


def test_the_adult_view_shows_that_the_child_decided(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from hjulet.gui.conversation.view import ConversationView

    conv = make_conversation(vault, catalog, "steps4", "sv")
    assert conv.id is not None
    area = conv.definition.areas[0].id
    services.set_answer(vault, conv.id, area, Answer.at(2))
    services.set_shared(vault, conv.id, area, EntryField.ANSWER, True, by_child=True)
    view = ConversationView(vault, conv.id)
    qtbot.addWidget(view)
    view.show_area(area)
    box = view.notes.shares[EntryField.ANSWER]
    assert box.isChecked() and box.property("child_decided") is True
    assert "(" in box.text()
    # the adult changes it: now it is the adult's entry
    box.setChecked(False)
    assert box.property("child_decided") is False
    saved = services.get_conversation(vault, conv.id).entry(area)
    assert EntryField.ANSWER not in saved.shared
    assert EntryField.ANSWER not in saved.child_decided


# --- leaving ----------------------------------------------------------------------------


def _in_child_mode(qtbot: Any, vault: Any, catalog: Catalog, pin: str = "") -> ChildModeWindow:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    w = open_window(qtbot, vault, conv)
    if pin:
        assert w.handover.pin is not None
        w.handover.pin.setText(pin)
    hand_over(qtbot, w, AgeTier.MIDDLE)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    return w


def test_exit_needs_the_passphrase_and_wrong_tries_slow_down(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    w = _in_child_mode(qtbot, vault, catalog)
    left: list[bool] = []
    w.left.connect(lambda: left.append(True))
    # a window manager's close leaves the child in child mode and asks the adult
    w.close()
    assert w.isVisible() and not left and w.current_page() == "exit"
    click(qtbot, w.exit_gate.back_button)
    assert w.current_page() == "who"
    qtbot.keyClick(
        w, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert w.current_page() == "exit"
    gate = w.exit_gate
    qtbot.keyClicks(gate.secret, "wrong passphrase")
    qtbot.keyClick(gate.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gate.failures == 1, timeout=10_000)
    assert gate.waiting and not gate.secret.isEnabled() and not left
    assert w.isVisible() and w.current_page() == "exit"
    # the second wrong try waits longer than the first
    assert retry_delay_ms(2) > retry_delay_ms(1) > 0
    qtbot.waitUntil(lambda: not gate.waiting, timeout=5_000)
    qtbot.keyClicks(gate.secret, PASS)
    qtbot.keyClick(gate.secret, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(left), timeout=10_000)
    assert not w.isVisible()


def test_exit_with_the_pin_where_the_organisation_allows_it(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    services.save_settings(vault, {"child_mode_pin_allowed": True})
    w = _in_child_mode(qtbot, vault, catalog, pin="4321")
    left: list[bool] = []
    w.left.connect(lambda: left.append(True))
    w.ask_to_leave()
    gate = w.exit_gate
    assert gate.has_pin
    qtbot.keyClicks(gate.secret, "1234")
    click(qtbot, gate.leave_button)
    qtbot.waitUntil(lambda: gate.failures == 1, timeout=10_000)
    assert not left and w.isVisible()
    qtbot.waitUntil(lambda: not gate.waiting, timeout=5_000)
    qtbot.keyClicks(gate.secret, "4321")
    click(qtbot, gate.leave_button)
    assert left and not w.isVisible()


def test_no_pin_field_unless_the_organisation_allows_it(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = make_conversation(vault, catalog, "steps4", "sv")
    w = open_window(qtbot, vault, conv)
    assert w.handover.pin is None


def test_neither_the_childs_screens_nor_the_cover_say_how_to_leave(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from PySide6.QtWidgets import QLabel

    w = _in_child_mode(qtbot, vault, catalog)
    needles = ("Ctrl", "passphrase", "lösenfras", "hold", "håll")
    for name in ("who", "practice", "one", "important", "share", "done", "pause"):
        page = w.pages[name]
        shown = [lab.text() for lab in page.findChildren(QLabel)]
        shown += [b.text() + b.toolTip() for b in page.findChildren(QAbstractButton)]
        assert not any(n.lower() in s.lower() for s in shown for n in needles), name
    assert w.corner.exit_button.text() == "" and w.corner.exit_button.toolTip() == ""
    # the adult saw it before handing over
    assert "Ctrl+Shift+Q" in w.handover.gesture.text()


def test_young_screens_on_a_scale_without_faces_show_no_made_up_faces(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from dataclasses import replace

    from hjulet import services as svc

    # an organisation's three steps with words only; the adult chose "youngest"
    plain = catalog.scale("faces3")
    plain = replace(plain, steps=tuple(replace(step, face="") for step in plain.steps))
    child = svc.add_child(vault, name="Ida", languages=("sv",), age_tier=AgeTier.YOUNG)
    assert child.id is not None
    conv = svc.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=plain, language="sv"
    )
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    hand_over(qtbot, w, AgeTier.YOUNG)
    w.go("young")
    steps = [w.young_page.faces.buttons[Answer.at(v)] for v in range(1, 4)]
    assert [b.picture for b in steps] == ["", "", ""]
    assert [b.words for b in steps] == [s.label_in("sv") for s in conv.scale.steps]
    click(qtbot, steps[2])
    assert stored(vault, conv.id, conv.definition.areas[0].id) == Answer.at(3)


def _five_year_old_on_steps4(vault: Any, catalog: Catalog) -> Conversation:
    # a record kept as "middle" by hand; the birth year says five today
    child = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    assert child.id is not None
    return services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )


def test_a_five_year_old_gets_three_faces_on_an_unanswered_four_step_conversation(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = _five_year_old_on_steps4(vault, catalog)
    assert conv.id is not None
    w = open_window(qtbot, vault, conv)
    assert w.tier is AgeTier.YOUNG  # from the age, not the stale record
    assert w.handover.tier_buttons[AgeTier.YOUNG].isEnabled()
    hand_over(qtbot, w)
    # saved at once: the vault holds the conversation on the three faces
    assert services.get_conversation(vault, conv.id).scale.id == "faces3"
    # and the log says so: the child's code and the two scales, nothing else
    moved = services.list_audit(vault, action=AuditAction.SCALE_CHANGED)
    code = services.get_child(vault, conv.child_id).code
    assert [(e.child_code, e.detail) for e in moved] == [(code, "steps4>faces3")]
    w.go("young")
    levels = [a for a in w.young_page.faces.buttons if a.level is not None]
    assert sorted(a.level for a in levels) == [1, 2, 3]
    click(qtbot, w.young_page.faces.buttons[Answer.at(3)])
    assert stored(vault, conv.id, conv.definition.areas[0].id) == Answer.at(3)


def test_an_answered_four_step_conversation_does_not_offer_the_faces(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    conv = _five_year_old_on_steps4(vault, catalog)
    assert conv.id is not None
    services.set_answer(vault, conv.id, "trygg", Answer.at(4))
    w = open_window(qtbot, vault, conv)
    assert not w.handover.tier_buttons[AgeTier.YOUNG].isEnabled()
    assert w.handover.tier_note.isVisibleTo(w.handover) and w.handover.tier_note.text()
    assert w.tier is AgeTier.MIDDLE and w.handover.tier() is AgeTier.MIDDLE
    hand_over(qtbot, w)
    assert w.tier is AgeTier.MIDDLE
    assert services.get_conversation(vault, conv.id).scale.id == "steps4"
    assert services.list_audit(vault, action=AuditAction.SCALE_CHANGED) == []


CLIP_NOTE = (
    "Recorded read-aloud is off for now: sound playback on this computer "
    "stopped answering. The child can go on without it."
)


@pytest.mark.parametrize(
    ("note_text", "size"),
    [
        ("No voice for Swedish on this computer", (1366, 767)),
        # the clip player's note, the longest the reader says, in a language that needs
        # half as many words again, in the narrowest window (four lines, one more than
        # the corner's height holds)
        (CLIP_NOTE + " " + CLIP_NOTE[: len(CLIP_NOTE) // 2], (764, 553)),
    ],
)
def test_the_read_aloud_note_does_not_cover_the_hand_over_title(
    qtbot: Any, vault: Any, catalog: Catalog, note_text: str, size: tuple[int, int]
) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QLabel

    conv = make_conversation(vault, catalog, "steps4", "sv")
    w = open_window(qtbot, vault, conv)
    w.speech_note.tell(note_text)  # as the reader says it
    w.resize(*size)  # place the corner parts again
    qtbot.waitUntil(w.speech_note.isVisible)
    # the note is whole: as high as its lines at its width
    assert w.speech_note.height() >= w.speech_note.heightForWidth(w.speech_note.width())
    note = QRect(w.speech_note.mapTo(w, w.speech_note.rect().topLeft()), w.speech_note.size())
    for label in w.handover.findChildren(QLabel):
        if label.isVisible() and label.text():
            box = QRect(label.mapTo(w, label.rect().topLeft()), label.size())
            assert not box.intersects(note), (label.text(), box, note)
