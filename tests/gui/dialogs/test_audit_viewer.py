"""The audit viewer: every action in words (English and Swedish), its filter and sort."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from hjulet import services
from hjulet.core.model import AgeTier, AuditAction
from hjulet.gui.dialogs.audit_viewer import COLUMNS, AuditDialog, action_text

ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def swedish(qapp, tmp_path: Path) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The Swedish catalogue and locale installed, as the app does for a Swedish user."""
    qm = tmp_path / "sv.qm"
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    assert exe is not None
    ts = ROOT / "i18n" / "hjulet_sv.ts"
    subprocess.run([exe, "-silent", str(ts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)


def _moved_to_faces(vault, catalog) -> str:  # type: ignore[no-untyped-def]
    """A five-year-old's unanswered conversation moved from four steps to three faces."""
    child = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    assert child.id is not None
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    assert conv.id is not None
    services.change_scale(vault, conv.id, catalog.scale("faces3"))
    return child.code


def _row(dialog: AuditDialog, action_words: str) -> dict[str, str]:
    model = dialog.model
    for row in range(model.rowCount()):
        cells = {c: model.index(row, i).data() for i, c in enumerate(COLUMNS)}
        if cells["action"] == action_words:
            return cells
    raise AssertionError(f"no row for {action_words!r}")


def test_a_scale_change_shows_in_words(qtbot, vault, catalog) -> None:  # type: ignore[no-untyped-def]
    code = _moved_to_faces(vault, catalog)
    dialog = AuditDialog(vault)
    qtbot.addWidget(dialog)
    row = _row(dialog, "Conversation moved to another scale")
    assert row["code"] == code and row["detail"] == "Four steps → Three faces"


def test_a_scale_change_shows_in_swedish(qtbot, vault, catalog, swedish) -> None:  # type: ignore[no-untyped-def]
    code = _moved_to_faces(vault, catalog)
    dialog = AuditDialog(vault)
    qtbot.addWidget(dialog)
    row = _row(dialog, "Samtalet flyttades till en annan skala")
    assert row["code"] == code and row["detail"] == "Fyra steg → Tre ansikten"
    assert dialog.action.findText("Samtalet flyttades till en annan skala") >= 0  # filterable


def test_every_action_has_words_of_its_own(qapp, swedish) -> None:  # type: ignore[no-untyped-def]
    english_sources = {a: a.value for a in AuditAction}
    words = {a: action_text(a) for a in AuditAction}
    assert all(words[a] != english_sources[a] for a in AuditAction)  # never the stored code
    assert len(set(words.values())) == len(AuditAction)
