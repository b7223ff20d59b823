"""kill -9 in the middle of a conversation loses no answer that was committed.

The test starts a real app process (offscreen Qt, a real vault, the real
child-mode window and ConversationController). The process clicks through
the wheel like a child would and prints each answer once the controller says
it is committed, then waits for "next" on stdin. After a number of answers the
test sends one more "next" and SIGKILLs the process at once, so the kill lands
before, during or after that click's commit. Reopened, the vault must hold every
printed answer exactly; only the area of the interrupted click may hold either
its previous or its new answer.

The second test does the same for what a teenager types and decides: their own
words per area, "what is important to me" and the sharing choices, each printed
once the controller says it is saved; then words typed just before the kill.

Run as a script (``python tests/test_kill_conversation.py VAULT PASSFILE CODE
[words]``) it is that app process.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.slow  # the app as a process, killed mid-answer

ROOT = Path(__file__).resolve().parents[1]


def _child_mode(vault_path: Path, passphrase_file: Path, code: str) -> tuple[Any, Any]:
    """In the app process: the real child-mode window for ``code`` at 1366x768."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["HJULET_TTS_ENGINE"] = "none"
    from PySide6.QtWidgets import QApplication

    from hjulet import services
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings
    from hjulet.core.catalog import load_catalog
    from hjulet.gui.child_mode import ChildModeWindow, start_child_mode

    app = QApplication([])
    passphrase = passphrase_file.read_text(encoding="utf-8").splitlines()[0]
    vault = services.open_vault(vault_path, passphrase)
    base = vault_path.parent / "base"
    base.mkdir(exist_ok=True)
    ctx = AppContext(
        basedir=base, settings=Settings(base), catalog=load_catalog(), no_err_windows=True
    )
    window = start_child_mode(ctx, vault, code)
    assert isinstance(window, ChildModeWindow)
    window.resize(1366, 768)
    return app, window


def drive(vault_path: Path, passphrase_file: Path, code: str) -> None:
    """The app process: child mode for ``code``; click answers forever, print each commit."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    from hjulet.core.model import Answer, AnswerKind

    app, window = _child_mode(vault_path, passphrase_file, code)
    window.go("whole")

    def committed(area_id: str, answer: Answer, who: str) -> None:
        level = answer.level if answer.kind is AnswerKind.LEVEL else 0
        print(f"committed {window.conv.id} {area_id} {level}", flush=True)

    window.controller.answer_committed.connect(committed)
    print(f"ready {window.conv.id}", flush=True)
    wheel = window.whole_page.wheel
    g = wheel.state.geometry()
    n_areas, n_levels = g.n_areas, g.n_levels
    i = 0
    while sys.stdin.readline().strip() == "next":  # until killed
        area, level = click_plan(i, n_areas, n_levels)
        pos = wheel.unit_to_widget(g.sector_centre(area, level)).toPoint()
        QTest.mouseClick(
            wheel, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(pos)
        )
        app.processEvents()
        i += 1


def click_plan(i: int, n_areas: int, n_levels: int) -> tuple[int, int]:
    """Click number ``i``: which area and level (never the same as that area's last)."""
    area = (i * 3) % n_areas
    level = 1 + (i // n_areas + area) % n_levels
    return area, level


def test_kill_minus_nine_keeps_the_teens_words_important_and_sharing(tmp_path: Path) -> None:
    from hjulet import services
    from hjulet.core.model import AgeTier, EntryField
    from hjulet.storage.keyslots import FAST_KDF

    passphrase = "kill test passphrase"
    vault_path = tmp_path / "vault"
    vault, _ = services.create_vault(vault_path, passphrase, name="Kill", kdf=FAST_KDF)
    child = services.add_child(vault, name="T", birth_year=2010, age_tier=AgeTier.TEEN)
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, __file__, str(vault_path), str(pass_file), child.code, "words"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    assert proc.stdin is not None and proc.stdout is not None
    worded = (0, 2, 5)

    def say(command: str) -> str:
        assert proc.stdin is not None and proc.stdout is not None
        proc.stdin.write(command + "\n")
        proc.stdin.flush()
        return proc.stdout.readline().strip()

    try:
        ready = proc.stdout.readline().split()
        assert ready and ready[0] == "ready", ready
        conv_id = int(ready[1])
        for i in worded:
            assert say(f"words {i}").startswith("text "), i
        assert say("important") == "ctext important_to_me"
        assert say("share") == "shared done"
        assert say("more 2") == "typed"  # words typed just before the kill
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        errors = proc.stderr.read() if proc.stderr else ""
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL, errors[-2000:]

    vault = services.open_vault(vault_path, passphrase)
    try:
        conv = services.get_conversation(vault, conv_id)
        ids = conv.definition.area_ids
        for i in worded:
            entry = conv.entry(ids[i])
            expected = _words(i)
            if i == 2:  # typed less than the save pause before the kill: either is whole
                assert entry.words in (expected, expected + " och mer"), entry.words
            else:
                assert entry.words == expected
            assert entry.answer.kind.value == "level"
            assert EntryField.WORDS in entry.shared and EntryField.ANSWER in entry.shared
        assert conv.important_to_me == "min hund"
        assert conv.important_shared
    finally:
        vault.close()


def test_kill_minus_nine_loses_no_committed_answer(tmp_path: Path) -> None:
    from hjulet import services
    from hjulet.core.model import AgeTier, Answer
    from hjulet.storage.keyslots import FAST_KDF

    passphrase = "kill test passphrase"
    vault_path = tmp_path / "vault"
    vault, _ = services.create_vault(vault_path, passphrase, name="Kill", kdf=FAST_KDF)
    child = services.add_child(vault, name="K", birth_year=2014, age_tier=AgeTier.MIDDLE)
    vault.close()
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(passphrase + "\n", encoding="utf-8")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, __file__, str(vault_path), str(pass_file), child.code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=str(ROOT),
    )
    assert proc.stdin is not None and proc.stdout is not None
    rng = random.Random(7)
    commits: list[tuple[int, str, int]] = []
    conv_id = 0
    n_answers = 30
    try:
        ready = proc.stdout.readline().split()
        assert ready and ready[0] == "ready", ready
        conv_id = int(ready[1])
        while len(commits) < n_answers:
            proc.stdin.write("next\n")
            proc.stdin.flush()
            tag, cid, area_id, level = proc.stdout.readline().split()
            assert tag == "committed" and int(cid) == conv_id
            commits.append((len(commits), area_id, int(level)))
        proc.stdin.write("next\n")  # one more click ...
        proc.stdin.flush()
        time.sleep(rng.uniform(0.0, 0.01))  # ... killed somewhere in or around it
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        errors = proc.stderr.read() if proc.stderr else ""
        for stream in (proc.stdin, proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()
    assert proc.returncode == -signal.SIGKILL, errors[-2000:]

    from hjulet.core.catalog import load_catalog

    definition = load_catalog().definition()
    ids = definition.area_ids
    n_levels = load_catalog().scale("steps4").size
    for i, area_id, level in commits:  # what was printed is what the plan says
        a, lv = click_plan(i, len(ids), n_levels)
        assert (ids[a], lv) == (area_id, level)
    latest = {area_id: level for _i, area_id, level in commits}
    a, interrupted_level = click_plan(n_answers, len(ids), n_levels)
    interrupted = ids[a]

    vault = services.open_vault(vault_path, passphrase)  # the file lock died with it
    try:
        conv = services.get_conversation(vault, conv_id)
        for area_id in ids:
            answer = conv.entry(area_id).answer
            before = Answer.at(latest[area_id]) if area_id in latest else Answer()
            if area_id == interrupted:
                assert answer in (before, Answer.at(interrupted_level)), area_id
            else:
                assert answer == before, area_id
    finally:
        vault.close()


def _words(i: int) -> str:
    return f"mina ord {i}"  # QTest types ASCII only


def drive_words(vault_path: Path, passphrase_file: Path, code: str) -> None:
    """The app process for a teenager: type words, what is important, choose sharing.

    Commands on stdin: ``words I`` (area I: rate it with the keys, type its words),
    ``important`` (type it), ``share`` (yes to every item, by clicks), ``more I``
    (type more words into area I and say so at once, saved or not)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window = _child_mode(vault_path, passphrase_file, code)
    window.handover.start_button.click()
    window.go("whole")
    controller = window.controller
    saved: list[str] = []
    controller.text_committed.connect(lambda a, f: saved.append(f"text {a} {f}"))
    controller.conversation_text_committed.connect(lambda name: saved.append(f"ctext {name}"))
    controller.shared_committed.connect(lambda a, f, on: saved.append(f"shared {a} {f} {on}"))

    def wait_for(line: str) -> None:
        end = time.monotonic() + 20
        while line not in saved and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.01)
        print(line if line in saved else f"missing {line}", flush=True)

    page = window.whole_page
    areas = window.definition.area_ids
    print(f"ready {window.conv.id}", flush=True)
    for command in iter(sys.stdin.readline, ""):
        verb, _, arg = command.strip().partition(" ")
        if verb in ("words", "more"):
            area_id = areas[int(arg)]
            page.wheel.set_focus_area(area_id)
            page.show_focus(area_id)
            page.wheel.setFocus()
            if verb == "words":
                QTest.keyClick(page.wheel, Qt.Key.Key_Up)  # rated: it is on the share step
            assert page.words is not None
            edit = page.words.edit
            edit.setFocus()
            edit.moveCursor(edit.textCursor().MoveOperation.End)
            QTest.keyClicks(edit, _words(int(arg)) if verb == "words" else " och mer")
            if verb == "words":
                wait_for(f"text {area_id} words")
            else:
                print("typed", flush=True)
        elif verb == "important":
            window.go("important")
            edit = window.important_page.edit
            assert edit is not None
            edit.setFocus()
            QTest.keyClicks(edit, "min hund")
            wait_for("ctext important_to_me")
        elif verb == "share":
            window.forward()
            while window.current_page() == "share":
                QTest.mouseClick(window.share_page.yes, Qt.MouseButton.LeftButton)
                app.processEvents()
            print(f"shared {window.current_page()}", flush=True)
            window.go("whole")


if __name__ == "__main__":
    if sys.argv[4:] == ["words"]:
        drive_words(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
    else:
        drive(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3])
