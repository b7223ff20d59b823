"""Everyday input problems reach the person in their language, naming the field."""

from __future__ import annotations

from hjulet.core.errors import InvalidInput, Problem
from hjulet.gui.errors import message_for, problem_text


def test_known_problems_are_reworded_and_unknown_ones_kept(qtbot):
    assert problem_text(Problem("name", "is longer than 200 characters")) == (
        "Name: at most 200 characters."
    )
    assert problem_text(Problem("recipients", "name at least one recipient")) == (
        "Recipients: name at least one recipient."
    )
    assert problem_text(Problem("answer", "level must be 1 to 4")) == (
        "Answer: choose a step from 1 to 4."
    )
    technical = Problem("children[2].code", "is used twice")
    assert problem_text(technical) == "children[2].code: is used twice"
    text = message_for(InvalidInput([Problem("code", "must not be empty"), technical]))
    assert "Code must be filled in." in text and "children[2].code" in text


def test_swedish_catalogue_is_used(qtbot, tmp_path):
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    root = Path(__file__).resolve().parents[2]
    qm = tmp_path / "sv.qm"
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(exe), "-silent", str(root / "i18n" / "hjulet_sv.ts"), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        text = problem_text(Problem("birth_year", "is not a plausible year"))
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "födelseår" in text.lower() and "year" not in text
