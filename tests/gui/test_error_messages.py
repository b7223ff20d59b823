"""Everyday input problems reach the person in their language, naming the field.

The GUI words a problem through the catalogue's ``Problems`` context (the same
sentence the command line prints), its values filled in after translation.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMenu, QMessageBox

from hjulet import services
from hjulet.core.errors import InvalidInput, Problem, VaultDamaged, WrongPassphrase
from hjulet.core.problems import P
from hjulet.gui.errors import message_for, problem_text, show_error
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]
SECRET_NAME = "Greta Hemligsdotter"


@pytest.fixture
def swedish(qtbot: Any, tmp_path: Path) -> Iterator[None]:
    """The Swedish catalogue installed, as the app does at start."""
    qm = tmp_path / "sv.qm"
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(exe), "-silent", str(ROOT / "i18n" / "hjulet_sv.ts"), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_problems_are_worded_from_the_registry_with_their_fields(qtbot):  # type: ignore[no-untyped-def]
    assert problem_text(Problem("name", P.TOO_LONG, n=200)) == (
        "Name: is longer than 200 characters"
    )
    assert problem_text(Problem("answer", P.LEVEL, top=4)) == "Answer: choose a step from 1 to 4"
    technical = Problem("children[2].code", P.CODE_TWICE, index=0)  # a path in a file
    assert problem_text(technical) == "children[2].code: is also used by children[0]"
    text = message_for(InvalidInput([Problem("code", P.EMPTY), technical]))
    assert "Code: must not be empty" in text and "children[2].code" in text


def test_the_swedish_catalogue_words_problems(swedish):  # type: ignore[no-untyped-def]
    assert problem_text(Problem("birth_year", P.PLAUSIBLE_YEAR)) == (
        "Födelseåret: är inte ett rimligt år"
    )
    assert problem_text(Problem("name", P.TOO_LONG, n=200)) == "Namnet: är längre än 200 tecken"


def test_real_failures_reach_the_gui_in_swedish(swedish, tmp_path, capsys):  # type: ignore[no-untyped-def]
    v = tmp_path / "v"
    vault, _ = services.create_vault(v, PASS, kdf=FAST_KDF)
    vault.close()
    with pytest.raises(WrongPassphrase) as wrong:
        services.open_vault(v, "not the passphrase")
    show_error(None, wrong.value, no_windows=True)  # the GUI's --no-err-windows path
    assert "lösenfrasen öppnar inte" in capsys.readouterr().err.lower()
    with services.open_vault(v, PASS) as vault, pytest.raises(InvalidInput) as bad:
        services.add_child(vault, name="Sara", code="  ", birth_year=1700)
    text = message_for(bad.value)
    assert "Koden: måste fyllas i" in text, text
    # a damaged vault: the key-slot file cut short
    slots = v / "keyslots.json"
    slots.write_bytes(slots.read_bytes()[:40])
    with pytest.raises(VaultDamaged) as damaged:
        services.open_vault(v, PASS)
    assert "skadat" in message_for(damaged.value)


class _Window(QMainWindow):
    pass


def test_a_hostile_import_is_refused_in_swedish_without_personal_data(  # type: ignore[no-untyped-def]
    swedish, qtbot, vault, vault_path, tmp_path, monkeypatch
):
    from hjulet.gui.dialogs.backup import install_backup_actions
    from hjulet.gui.vault_session import VaultSession
    from hjulet.services.exchange import export_children

    source, _ = services.create_vault(tmp_path / "source", PASS, kdf=FAST_KDF)
    services.add_child(source, code="IMP-1", name=SECRET_NAME, birth_year=2014)
    services.add_child(source, code="IMP-2", name="Sven", birth_year=2013)
    export_children(source, tmp_path / "out.json")
    source.close()
    doc = json.loads((tmp_path / "out.json").read_text("utf-8"))
    doc["children"][1]["code"] = "IMP-1"  # twice in one file
    doc["children"][1]["birth_year"] = SECRET_NAME
    doc["children"][1]["languages"] = [SECRET_NAME]
    doc["children"][1]["consents"] = [
        {"given_by": SECRET_NAME, "recipients": ["x"], "form": "oral", "given_on": SECRET_NAME}
    ]
    (tmp_path / "out.json").write_text(json.dumps(doc), "utf-8")

    window = _Window(None)
    qtbot.addWidget(window)
    session = VaultSession(15, window)
    session.open(vault, vault_path)
    actions = install_backup_actions(window, session, QMenu(window))
    monkeypatch.setattr(
        QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "out.json"), "")),
    )
    shown: list[str] = []  # what the warning box would say
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _p, _t, text: shown.append(text))
    )
    actions.import_()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    text = shown[0]
    assert text.startswith("En del av det du skrev in gick inte att använda:"), text
    for words in (
        "children[1].code: används också av children[0]",
        "children[1].birth_year: måste vara ett rimligt år eller null",
        "children[1].languages[0]: måste vara en språkkod som sv eller ar",
        "children[1].consents[0].given_by: är inte något av",
        "children[1].consents[0].given_on: måste vara ett datum ÅÅÅÅ-MM-DD",
    ):
        assert words in text, (words, text)
    assert SECRET_NAME not in text and "Greta" not in text
    assert services.list_children(vault) == []
