"""Qt Linguist catalogues for Hjulet's professional-facing words (UI, CLI, PDF labels).

    python packaging/i18n.py update   # re-extract strings into i18n/hjulet_*.ts
    python packaging/i18n.py check    # fail if the catalogues are stale

English is the source language. ``hjulet_sv.ts`` holds the Swedish UI (the
default); ``hjulet_en.ts`` holds only English plural forms (``%n``).
Translations are edited in the .ts files (Qt Linguist, or any XML editor).
The command line and the PDF labels may not import Qt: they mark their English
texts with ``QT_TRANSLATE_NOOP`` (``hjulet.core.i18n``), which lupdate extracts
like any other, and read the compiled .qm without Qt.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "i18n"
LANGS = ("sv", "en")
SOURCES = ("hjulet/gui", "hjulet/app", "hjulet/cli", "hjulet/reports", "hjulet/core/problems.py")


def lupdate() -> Path:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if exe is None:
        raise SystemExit("pyside6-lupdate not found (is PySide6-Essentials installed?)")
    return Path(exe)


def source_files() -> list[str]:
    files: list[Path] = []
    for source in SOURCES:
        path = ROOT / source
        files.extend([path] if path.suffix == ".py" else sorted(path.rglob("*.py")))
    return [str(f.relative_to(ROOT)) for f in files]


def run_lupdate(ts_files: list[Path]) -> None:
    cmd = [str(lupdate()), *source_files(), "-locations", "none", "-no-obsolete", "-silent"]
    for ts in ts_files:
        cmd += ["-ts", str(ts)]
    subprocess.run(cmd, check=True, cwd=ROOT)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message> element."""
    out: dict[tuple[str, str], ET.Element] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source") or "")] = msg
    return out


def update() -> None:
    I18N.mkdir(exist_ok=True)
    run_lupdate([I18N / f"hjulet_{lang}.ts" for lang in LANGS])


def check() -> list[str]:
    """Source strings missing from, or vanished from, the committed catalogues."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        run_lupdate([fresh])
        wanted = set(messages(fresh))
    for lang in LANGS:
        ts = I18N / f"hjulet_{lang}.ts"
        have = set(messages(ts)) if ts.exists() else set()
        problems += [f"{ts.name}: missing {c}: {s!r}" for c, s in sorted(wanted - have)]
        problems += [f"{ts.name}: vanished {c}: {s!r}" for c, s in sorted(have - wanted)]
    return problems


def main(argv: list[str]) -> int:
    if argv[:1] == ["update"]:
        update()
        return 0
    if argv[:1] == ["check"]:
        problems = check()
        for p in problems:
            print(p)
        if problems:
            print("Catalogues are stale: run `make update-translations` and translate.")
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
