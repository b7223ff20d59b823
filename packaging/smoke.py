"""Smoke test of a built Hjulet: every command, the app window, clean stderr.

    python packaging/smoke.py PROGRAM [--bundle DIR]

PROGRAM is what a user starts: the frozen ``hjulet`` (or ``hjulet-cli.exe`` on
Windows), the ``hjulet`` script of a venv the wheel was installed into, or the
``/usr/bin/hjulet`` a package installed. Everything runs in a fresh temporary
folder, outside the source tree, with no PYTHONPATH, so only what was shipped
can be found. Each run must succeed and write nothing to stderr but what the
allow-list below names (with the reason); a command listed by ``--help`` that
this script does not exercise fails the test, and so does an expected command
missing from ``--help`` (a frozen build silently drops modules it did not see
imported). ``--bundle DIR`` (the frozen folder) also checks that a portable
marker beside the program keeps data in that folder and, on Linux, that every
library in the folder finds each library it links to (``ldd``), since a Qt
plugin that cannot load fails silently at run time.

Stdlib only: it also runs with the Python of a release runner, before anything
else is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

EXPECTED = {
    "init",
    "demo",
    "list",
    "check",
    "passphrase",
    "recover",
    "recovery-key",
    "backup",
    "restore",
    "export",
    "import",
    "summary",
    "blank-sheet",
}

# Lines allowed on stderr, each with why it is harmless.
ALLOWED_STDERR = [
    # Qt's offscreen platform has no window manager (the tests allow the same).
    r"This plugin does not support propagateSizeHints\(\)",
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
    # No speech-dispatcher on build machines: read-aloud then hides its buttons.
    r".*Error loading text-to-speech plug-in.*",
    # Windows runners without a printer or audio device.
    r"qt\.multimedia\..*: .*(No audio|audio device).*",
]

PASS = "correct horse battery"
SWEDISH_HELP = "skapa ett nytt krypterat valv"  # `init` in the Swedish catalogue
NEW_PASS = "correct horse battery staple"


class SmokeFailure(Exception):
    pass


class Runner:
    def __init__(self, program: list[str], work: Path, timeout: float) -> None:
        self.program = program
        self.work = work
        self.timeout = timeout
        self.base = work / "base"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        self.env["QT_QPA_PLATFORM"] = "offscreen"
        self.env["HOME"] = str(work / "home")
        self.env["XDG_DATA_HOME"] = str(work / "home" / "data")
        self.env["XDG_CONFIG_HOME"] = str(work / "home" / "config")
        self.env["LOCALAPPDATA"] = str(work / "home" / "local")
        self.env["APPDATA"] = str(work / "home" / "roaming")
        self.timings: list[tuple[str, float]] = []

    def run(
        self, name: str, *args: str, global_args: Sequence[str] = (), basedir: bool = True
    ) -> str:
        base = ["--basedir", str(self.base)] if basedir else []
        argv = [*self.program, *base, *global_args, *args]
        start = time.monotonic()
        try:
            done = subprocess.run(
                argv,
                cwd=self.work,
                env=self.env,
                capture_output=True,
                text=True,
                encoding="utf-8",
                errors="replace",
                timeout=self.timeout,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"{name}: no answer after {self.timeout} s") from exc
        self.timings.append((name, time.monotonic() - start))
        unexpected = [
            line
            for line in done.stderr.splitlines()
            if line.strip() and not any(re.fullmatch(p, line) for p in ALLOWED_STDERR)
        ]
        if done.returncode != 0 or unexpected:
            raise SmokeFailure(
                f"{name}: exit {done.returncode}\n  argv: {argv}\n  stdout: {done.stdout}\n"
                f"  unexpected stderr:\n    " + "\n    ".join(unexpected or ["(none)"])
            )
        return done.stdout


def write(path: Path, text: str) -> str:
    path.write_text(text + "\n", encoding="utf-8")
    return str(path)


def is_pdf(path: Path) -> bool:
    return path.is_file() and path.stat().st_size > 1000 and path.read_bytes()[:5] == b"%PDF-"


def commands_in_help(text: str) -> set[str]:
    # argparse lists each command on a line of its own under the commands' name
    # (COMMAND), four spaces in, its help beside it (a wrapped help line is further in)
    names = set(re.findall(r"^ {4}([a-z][a-z\-]*)(?: {2,}|$)", text, flags=re.MULTILINE))
    if not names:
        raise SmokeFailure(f"--help lists no commands:\n{text}")
    return names


def smoke(r: Runner) -> list[str]:
    """Every command once; returns the commands exercised."""
    w = r.work
    done: list[str] = []
    fast = ("--fast-kdf",)

    def step(command: str, check: Callable[[str], bool] | None = None, *args: str) -> str:
        out = r.run(command, command, *args, global_args=fast)
        if check is not None and not check(out):
            raise SmokeFailure(f"{command}: unexpected output\n{out}")
        done.append(command)
        return out

    listed = commands_in_help(r.run("--help", "--help", global_args=("--lang", "en")))
    if EXPECTED - listed:
        raise SmokeFailure(f"commands missing from --help: {sorted(EXPECTED - listed)}")
    if listed - EXPECTED:
        raise SmokeFailure(
            f"commands the smoke test does not exercise: {sorted(listed - EXPECTED)}"
        )

    # Swedish is the default: its words come from hjulet/_i18n/hjulet_sv.qm, read
    # without Qt, so a build that lost the catalogue would speak English here.
    if SWEDISH_HELP not in r.run("--help in Swedish", "--help"):
        raise SmokeFailure(f"--help is not in Swedish (no {SWEDISH_HELP!r}): catalogue missing?")

    pf, pf2 = write(w / "pass.txt", PASS), write(w / "new.txt", NEW_PASS)
    demo_pf = write(w / "demo.txt", "demo")
    vault, demo = w / "vault", w / "demo-vault"
    step("init", None, str(vault), "--passphrase-file", pf, "--recovery-key-file", str(w / "rk1"))
    step("demo", None, str(demo))
    out = step("list", None, str(demo), "--json", "--passphrase-file", demo_pf)
    children = json.loads(out)
    rows = children.get("children", children) if isinstance(children, dict) else children
    if len(rows) != 8:
        raise SmokeFailure(f"list: expected the 8 demo children, got {len(rows)}")
    step("check", None, str(demo), "--passphrase-file", demo_pf)
    step("passphrase", None, str(vault), "--passphrase-file", pf, "--new-passphrase-file", pf2)
    rk2 = w / "rk2"
    step(
        "recovery-key", None, str(vault), "--passphrase-file", pf2, "--recovery-key-file", str(rk2)
    )
    step(
        "recover",
        None,
        str(vault),
        "--recovery-key-file",
        str(rk2),
        "--new-passphrase-file",
        pf,
        "--new-recovery-key-file",
        str(w / "rk3"),
    )
    summary = w / "summary.pdf"
    step(
        "summary",
        None,
        str(demo),
        "--child",
        "DEMO-003",
        "--out",
        str(summary),
        "--child-copy",
        "ar",
        "--passphrase-file",
        demo_pf,
    )
    pdfs = sorted(w.glob("summary*.pdf"))
    if not pdfs or not all(is_pdf(p) for p in pdfs):
        raise SmokeFailure(f"summary: no readable PDF in {[p.name for p in pdfs]}")
    sheet = w / "blank-ar.pdf"
    step("blank-sheet", None, "--lang", "ar", "--out", str(sheet))
    if not is_pdf(sheet) or b"NotoNaskhArabic" not in sheet.read_bytes():
        raise SmokeFailure("blank-sheet: no PDF with the bundled Arabic font")
    backup = w / "demo.hjulet-backup"
    step("backup", None, str(demo), "--out", str(backup), "--passphrase-file", demo_pf)
    restored = w / "restored"
    step(
        "restore",
        None,
        str(backup),
        "--to",
        str(restored),
        "--passphrase-file",
        demo_pf,
        "--recovery-key-file",
        str(w / "rk4"),
    )
    export = w / "export.json"
    step("export", None, str(restored), "--out", str(export), "--passphrase-file", demo_pf)
    step("import", None, str(vault), str(export), "--passphrase-file", pf)
    out = r.run("list after import", "list", str(vault), "--json", "--passphrase-file", pf)
    imported = json.loads(out)
    rows = imported.get("children", imported) if isinstance(imported, dict) else imported
    if len(rows) != 8:
        raise SmokeFailure(f"import: expected 8 children in the vault, got {len(rows)}")
    return done


def smoke_print(r: Runner) -> None:
    """The print worker (``--print-worker``, what every print dialog starts): the
    printer's choices as one JSON line and a PDF on stdin; a PDF printer's output
    file is read back. A bundle that lost Qt's PDF or print modules fails here."""
    sheet = r.work / "blank-ar.pdf"
    out = r.work / "printed.pdf"
    settings = {  # as the app's printer_settings() writes them: a PDF "printer", A4
        "printer": "", "format": 1, "file": str(out), "resolution": 150,
        "from": 0, "to": 0, "copies": 1, "collate": True, "duplex": 0, "color": 1,
        "order": 0, "name": "smoke", "size": [7, 595.0, 842.0], "orientation": 0,
        "margins": [0.0, 0.0, 0.0, 0.0],
    }  # fmt: skip
    job = json.dumps(settings).encode("utf-8") + b"\n" + sheet.read_bytes()
    start = time.monotonic()
    try:
        done = subprocess.run(
            [*r.program, "--print-worker"],
            input=job,
            cwd=r.work,
            env=r.env,
            capture_output=True,
            timeout=r.timeout,
        )
    except subprocess.TimeoutExpired as exc:
        raise SmokeFailure(f"print worker: no answer after {r.timeout} s") from exc
    r.timings.append(("print worker", time.monotonic() - start))
    answer = done.stdout.decode("utf-8", "replace").strip()
    if done.returncode != 0 or answer != '{"pages": 1}' or not is_pdf(out):
        raise SmokeFailure(f"print worker: exit {done.returncode}, answered {answer!r}")


def smoke_gui(r: Runner) -> None:
    shot = r.work / "window.png"
    r.run(
        "app (offscreen)",
        "--demo",
        "--fast-kdf",
        "--no-err-windows",
        "--lang",
        "en",
        "--quit-after",
        "5000",
        "--screenshot",
        str(shot),
    )
    if not shot.is_file() or shot.stat().st_size < 5000:
        raise SmokeFailure("app: the main window did not paint (no screenshot)")


def smoke_portable(r: Runner, bundle: Path) -> None:
    """The marker beside the program keeps data in the program's own folder."""
    marker, data = bundle / "hjulet-portable.txt", bundle / "data"
    if marker.exists() or data.exists():
        raise SmokeFailure(f"{bundle} already holds {marker.name} or data/: not touching it")
    marker.write_text("portable\n", encoding="utf-8")
    try:
        r.run("demo (portable)", "--fast-kdf", "demo", basedir=False)
        if not (data / "demo-vault").is_dir():
            raise SmokeFailure("portable: the demo vault is not in the program's data folder")
    finally:
        marker.unlink()
        shutil.rmtree(data, ignore_errors=True)


def check_libraries(bundle: Path) -> None:
    """Every ELF in the bundle finds what it links to (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return
    env = dict(os.environ)
    internal = bundle / "_internal"
    env["LD_LIBRARY_PATH"] = os.pathsep.join(
        str(p) for p in (internal, internal / "PySide6" / "Qt" / "lib") if p.is_dir()
    )
    missing: list[str] = []
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file() or ".so" not in path.name:
            continue
        with path.open("rb") as fh:
            if fh.read(4) != b"\x7fELF":
                continue
        out = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env).stdout
        missing += [
            f"{path.relative_to(bundle)}: {line.strip()}"
            for line in out.splitlines()
            if "not found" in line
        ]
    if missing:
        raise SmokeFailure("libraries that cannot load:\n  " + "\n  ".join(missing))


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("program", nargs="+", help="the program to start (and any fixed arguments)")
    p.add_argument("--bundle", type=Path, help="the frozen folder, to check its libraries")
    p.add_argument("--timeout", type=float, default=120)
    p.add_argument("--no-gui", action="store_true", help="skip the offscreen window")
    args = p.parse_args(argv)
    program = [str(Path(args.program[0]).resolve()), *args.program[1:]]
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="hjulet-smoke-") as tmp:
        work = Path(tmp)
        (work / "home").mkdir()
        r = Runner(program, work, args.timeout)
        try:
            if args.bundle:
                check_libraries(args.bundle)
            done = smoke(r)
            smoke_print(r)
            if args.bundle:
                smoke_portable(r, args.bundle)
            if not args.no_gui:
                smoke_gui(r)
        except SmokeFailure as exc:
            print(f"SMOKE TEST FAILED: {exc}", file=sys.stderr)
            return 1
    for name, seconds in r.timings:
        print(f"  {seconds:6.2f} s  {name}")
    print(
        f"smoke test passed: {len(done)} commands{'' if args.no_gui else ' and the app window'} "
        f"in {time.monotonic() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
