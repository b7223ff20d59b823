"""The UI catalogues: not stale, Swedish complete, placeholders kept, and really loaded."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "packaging"))
import i18n  # noqa: E402

PLACEHOLDER = re.compile(r"%(?:\d+|n)")


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
