"""The catalogues: not stale, Swedish complete, placeholders kept, and really loaded.

They hold every professional-facing word: the UI's (read by Qt) and the command
line's and the PDFs' (read without Qt by ``hjulet.core.i18n``).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402

# Qt's %1 and %n, and str.format fields ({n}, {code:<14}) of the texts read without Qt.
PLACEHOLDER = re.compile(r"%(?:\d+|n)|\{[A-Za-z_]\w*(?:[:!][^{}]*)?\}")


def test_catalogues_match_the_source_strings():
    problems = i18n.check()
    assert problems == [], "\n".join(problems[:20]) + "\nRun `make update-translations`."


def _translations(ts: Path):
    for (context, source), msg in i18n.messages(ts).items():
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
        text = (tr.text or "") if tr is not None else ""
        unfinished = tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete")
        yield context, source, msg.get("numerus") == "yes", forms or [text], unfinished


def test_swedish_is_complete_and_keeps_placeholders():
    missing, broken = [], []
    for context, source, _numerus, forms, unfinished in _translations(i18n.I18N / "hjulet_sv.ts"):
        if unfinished or not all(f.strip() for f in forms):
            missing.append(f"{context}: {source!r}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        for form in forms:
            if sorted(set(PLACEHOLDER.findall(form))) != wanted:
                broken.append(f"{context}: {source!r} -> {form!r}")
    assert missing == [], f"{len(missing)} untranslated:\n" + "\n".join(missing[:30])
    assert broken == [], "placeholders lost:\n" + "\n".join(broken)


def test_english_plurals_are_given():
    for context, source, numerus, forms, unfinished in _translations(i18n.I18N / "hjulet_en.ts"):
        if numerus:
            assert not unfinished and len(forms) == 2 and all(forms), (context, source)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_catalogue_compiles_and_translates(tmp_path, qtbot, lang):
    from PySide6.QtCore import QCoreApplication, QTranslator

    qm = tmp_path / f"hjulet_{lang}.qm"
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    source = i18n.I18N / f"hjulet_{lang}.ts"
    subprocess.run([str(exe), "-silent", str(source), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        text = QCoreApplication.translate("MainWindow", "&Lock")
        assert text == ("&Lås" if lang == "sv" else "&Lock")
    finally:
        QCoreApplication.removeTranslator(translator)


def _compile(tmp_path: Path, lang: str) -> Path:
    qm = tmp_path / f"hjulet_{lang}.qm"
    exe = Path(sys.executable).parent / "pyside6-lrelease"
    source = i18n.I18N / f"hjulet_{lang}.ts"
    subprocess.run([str(exe), "-silent", str(source), "-qm", str(qm)], check=True)
    return qm


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_the_reader_without_qt_agrees_with_qtranslator(tmp_path, qtbot, lang):
    """Every message of the catalogue: hjulet.core.i18n gives what QTranslator gives."""
    from PySide6.QtCore import QTranslator

    from hjulet.core.i18n import Catalogue, read_qm

    qm = _compile(tmp_path, lang)
    ours = Catalogue(lang, read_qm(qm.read_bytes()))
    translator = QTranslator()
    assert translator.load(str(qm))
    checked = translated = 0
    for context, source, numerus, _forms, _unfinished in _translations(
        i18n.I18N / f"hjulet_{lang}.ts"
    ):
        if numerus:
            continue
        qt = translator.translate(context, source) or source
        assert ours.translate(context, source) == qt, (context, source)
        checked += 1
        translated += qt != source
    assert checked > 800
    assert translated > 800 if lang == "sv" else translated == 0


def test_words_outside_qt_come_from_the_catalogue_in_swedish_and_english():
    from hjulet.app.main import NO_DISPLAY
    from hjulet.core.i18n import catalogue
    from hjulet.reports.labels import (
        DEFAULT_CONFIDENTIALITY,
        draft_note,
        family_labels,
        labels_for,
    )

    assert labels_for("sv").title == "Sammanfattning inför SIP-möte"
    assert labels_for("en").title == "Summary for a SIP meeting"
    assert labels_for("sv-SE") is labels_for("sv") and labels_for("xx").lang == "sv"
    assert labels_for("sv").consent_givers["guardian_1"] == "Vårdnadshavare 1"
    assert family_labels("en").roles["other_caregiver"] == "Other caregiver"
    assert family_labels("sv").heading == "Familjens bild"
    assert draft_note().startswith("Utkast:")
    assert catalogue("sv").translate("Startup", NO_DISPLAY).startswith("Ingen skärm hittades")
    # the stored setting's default is the Swedish marking itself
    assert labels_for("sv").confidentiality == DEFAULT_CONFIDENTIALITY


def test_texts_marked_for_the_catalogue_are_where_lupdate_reads():
    """QT_TRANSLATE_NOOP in a folder lupdate does not read would never be translated."""
    outside = []
    for path in sorted((i18n.ROOT / "hjulet").rglob("*.py")):
        rel = path.relative_to(i18n.ROOT).as_posix()
        if rel in ("hjulet/core/i18n.py", *i18n.SOURCES) or rel.startswith(
            tuple(f"{s}/" for s in i18n.SOURCES)
        ):
            continue
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8"):
            outside.append(rel)
    assert outside == [], f"add to packaging/i18n.py SOURCES: {outside}"


def test_a_damaged_catalogue_is_refused_not_half_read(tmp_path, qtbot):
    from hjulet.core.i18n import CatalogueError, read_qm

    data = _compile(tmp_path, "sv").read_bytes()
    assert len(read_qm(data)) > 800
    for bad in (b"", b"not a catalogue" * 4, data[: len(data) // 2]):
        with pytest.raises(CatalogueError):
            read_qm(bad)


_WITHOUT_QM = r"""
import sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from hjulet.app.translations import install_translators
from hjulet.core.i18n import catalogue
from hjulet.core.problems import P
from hjulet.reports.labels import draft_note, labels_for

app = QApplication([])
found = install_translators("sv")
print(found)
print(labels_for("sv").title)
print(catalogue("sv").translate("Problems", P.EMPTY))
print(QCoreApplication.translate("Errors", "There is no vault in that folder."))
print(QCoreApplication.translate("Problems", P.EMPTY))
print(QCoreApplication.translate("BackupActions", "%n children were imported.", "", 3))
print(draft_note())
"""


def test_a_source_checkout_without_qm_files_speaks_swedish(tmp_path):
    """No ``make translations``: the CLI, the PDF labels and the GUI read the ``.ts``."""
    import shutil

    copy = tmp_path / "checkout"
    skip = shutil.ignore_patterns("__pycache__", "*.qm")
    for folder in ("hjulet", "resources", "i18n"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=skip)
    assert not list(copy.rglob("*.qm")) and (copy / "i18n" / "hjulet_sv.ts").exists()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env |= {"PYTHONPATH": str(copy), "QT_QPA_PLATFORM": "offscreen"}
    help_ = subprocess.run(
        [sys.executable, "-m", "hjulet", "--help"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert help_.returncode == 0, help_.stderr
    assert "mapp för inställningar, loggar och demovalv" in help_.stdout, help_.stdout
    assert "folder for settings" not in help_.stdout and "warning" not in help_.stderr.lower()
    run = subprocess.run(
        [sys.executable, "-c", _WITHOUT_QM],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines == [
        "True",
        "Sammanfattning inför SIP-möte",
        "måste fyllas i",
        "Det finns inget valv i den mappen.",
        "måste fyllas i",
        "3 barn importerades.",
        lines[-1],
    ], run.stdout
    assert lines[-1].startswith("Utkast:"), lines
