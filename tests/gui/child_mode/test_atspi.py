"""A screen reader's walk through child mode, over AT-SPI on a real (virtual) display.

Starts its own Xvfb (a free display number through -displayfd), a private
D-Bus session and the AT-SPI bus, runs child mode with Qt's Linux
accessibility always on, and walks it with the system python3 and pyatspi
(tests/gui/atspi/walk.py): it presses the hand-over button and then each
screen's "Next" (and the sharing step's "No") by their accessibility actions,
sets every wheel sector it meets through the value interface, and fails on an
unnamed control, a slider without a value, or a hidden control reported as
showing. Skips only where those tools are absent (packaging/system-deps.sh
installs them for tests).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SYSTEM_PYTHON = "/usr/bin/python3"
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"
APP_NAME = "hjulet-child-mode-walk"


def _missing() -> str:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return tool
    if not Path(BUS_LAUNCHER).exists():
        return "at-spi2-core"
    probe = (
        subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
        if Path(SYSTEM_PYTHON).exists()
        else None
    )
    if probe is None or probe.returncode != 0:
        return "python3-pyatspi"
    return ""


MISSING = _missing()
pytestmark = [
    pytest.mark.skipif(bool(MISSING), reason=f"AT-SPI walk needs {MISSING}"),
    pytest.mark.slow,  # Xvfb, D-Bus, AT-SPI and the app as processes
    # one walk at a time, in one test process (make test runs two): with two at once the
    # app sometimes could not connect to its own Xvfb on a loaded machine
    pytest.mark.xdist_group("desktop"),
]


def _stop(proc: subprocess.Popen[bytes]) -> None:
    """Stop a process we started (and the children it started in its own group)."""
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=10)
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A virtual screen, a D-Bus session and an AT-SPI bus of our own."""
    started: list[subprocess.Popen[bytes]] = []
    try:
        read_fd, write_fd = os.pipe()
        xvfb = subprocess.Popen(
            [
                "Xvfb",
                "-displayfd",
                str(write_fd),
                "-screen",
                "0",
                "1366x768x24",
                "-nolisten",
                "tcp",
                # no server reset when the last client leaves (the bus launcher's
                # short X connection): a client connecting during the reset gets
                # "could not connect to display" on a loaded machine
                "-noreset",
            ],
            pass_fds=(write_fd,),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(xvfb)
        os.close(write_fd)
        with os.fdopen(read_fd) as fh:
            display = ":" + fh.readline().strip()
        bus = subprocess.Popen(
            ["dbus-daemon", "--session", "--nofork", "--print-address"],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(bus)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        env = {
            **os.environ,
            "DISPLAY": display,
            "DBUS_SESSION_BUS_ADDRESS": address,
            "HOME": str(tmp_path),
            "XDG_RUNTIME_DIR": str(tmp_path),
        }
        env.pop("QT_QPA_PLATFORM", None)
        launcher = subprocess.Popen(
            [BUS_LAUNCHER, "--launch-immediately"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        started.append(launcher)
        env["HJULET_TEST_XVFB_PID"] = str(xvfb.pid)  # for the failure message only
        yield env
    finally:
        for proc in reversed(started):
            _stop(proc)


def _xvfb_state(env: dict[str, str]) -> str:
    """Whether the test's own X server still runs (an app that cannot reach its display
    then points at something outside the test stopping it)."""
    try:
        os.kill(int(env["HJULET_TEST_XVFB_PID"]), 0)
    except (KeyError, ValueError, ProcessLookupError):
        return f"the test's Xvfb for {env.get('DISPLAY')} is gone"
    return f"the test's Xvfb for {env.get('DISPLAY')} still runs"


def _walk(
    env: dict[str, str],
    tmp_path: Path,
    lang: str,
    scale: str,
    next_names: str,
    thanks: str,
    answer_names: str = "",
    *,
    cover_names: str = "",
    app_module: str = "tests.gui.atspi.child_mode_app",
    app_name: str = APP_NAME,
    first_names: str = "",
    engine: str = "",
) -> dict:
    app_env = {
        **env,
        # the read-aloud engine (Qt's "mock" has no Swedish or Arabic voice); else the default
        **({"HJULET_TTS_ENGINE": engine} if engine else {}),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "QT_ACCESSIBILITY": "1",
        "PYTHONPATH": str(ROOT),
    }
    app_log = (tmp_path / f"app-{lang}-{scale}.log").open("wb")
    app = subprocess.Popen(
        [sys.executable, "-m", app_module, str(tmp_path), lang, scale],
        env=app_env,
        cwd=ROOT,
        stdout=app_log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    app_log.close()
    out = tmp_path / f"walk-{lang}-{scale}.json"
    try:
        walker = subprocess.run(
            [
                SYSTEM_PYTHON,
                str(ROOT / "tests/gui/atspi/walk.py"),
                app_name,
                str(out),
                next_names,
                thanks,  # the last page: the walk stops there instead of waiting for "Next"
                answer_names,  # pressed on every screen that has it (a face, as a child would)
                cover_names,  # the child's "Hide", pressed on the last screen
                first_names,  # the first screen's way on (child mode's hand-over if empty)
            ],
            env={**env, "PYTHONPATH": ""},
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert app.poll() is None, (
            f"the app ended during the walk (a crash?; {_xvfb_state(env)}): "
            + (tmp_path / f"app-{lang}-{scale}.log").read_text(errors="replace")[-3000:]
        )
    finally:
        _stop(app)
    assert walker.returncode == 0, walker.stderr[-2000:]
    result: dict = json.loads(out.read_text(encoding="utf-8"))
    return result


def test_middle_tier_in_swedish_walks_clean(desktop: dict[str, str], tmp_path: Path) -> None:
    result = _walk(desktop, tmp_path, "sv", "steps4", "Nästa|Nej, det stannar mellan oss", "Tack!")
    assert result["problems"] == []
    # hand-over, who, practice, 8 areas, important, 8 sharing questions, thank you
    assert len(result["pages"]) >= 20
    assert result["sliders"] >= 9 and result["values_set"] == 9
    assert "Tack!" in result["final_texts"]


def test_young_tier_in_arabic_walks_clean(desktop: dict[str, str], tmp_path: Path) -> None:
    result = _walk(desktop, tmp_path, "ar", "faces3", "التالي|لا، يبقى بيننا", "شكرًا!")
    assert result["problems"] == []
    assert len(result["pages"]) >= 12  # hand-over, who, practice, 8 areas, important, thanks
    assert result["controls"] > 50
    assert "شكرًا!" in result["final_texts"]


def _child_names(result: dict) -> list[str]:
    """The names of every control the child met (the hand-over is the adult's)."""
    return [name for screen in result["screens"] for _role, name, _c, _v in screen if name]


def test_young_tier_in_swedish_names_every_face_and_announces_the_answer(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    """A five-year-old with a screen reader: each area's faces are named in Swedish
    and the face they touched is announced as chosen."""
    result = _walk(
        desktop, tmp_path, "sv", "faces3", "Nästa|Nej, det stannar mellan oss", "Tack!", "Bra"
    )
    assert result["problems"] == []
    assert result["answers_pressed"] >= 9  # the practice and the eight areas
    faced = [
        (screen, focus)
        for screen, focus in zip(result["screens"], result["focus"], strict=True)
        if any(n == "Bra" for _r, n, _c, _v in screen)
    ]
    assert len(faced) >= 9
    faces = {"Inte bra", "Sådär", "Bra", "Vet inte", "Vill inte svara"}
    for screen, focus in faced:
        # what the reader announces first on a question: the question itself, never
        # a face (the first face, the saddest, once had the focus)
        assert focus, screen
        role, name, _description = focus
        assert role == "label" and name not in faces and len(name) > 12, focus
    for screen, _focus in faced:
        names = [n for _r, n, _c, _v in screen]
        # the three faces in the scale's order, then "don't know" and "don't want to"
        in_order = ["Inte bra", "Sådär", "Bra", "Vet inte", "Vill inte svara"]
        assert [n for n in names if n in in_order] == in_order, names
        chosen = [n for _r, n, checked, _v in screen if checked]
        assert chosen == ["Bra"], screen
        # back comes before next, and both are there
        assert names.index("Tillbaka") < names.index("Nästa"), names
    english = {"Next", "Back", "Pause", "Hide", "Good", "Not good", "Don't know"}
    assert not english & set(_child_names(result))


def test_teen_tier_in_arabic_names_every_control_in_arabic(
    desktop: dict[str, str], tmp_path: Path
) -> None:
    """A fifteen-year-old in Arabic: every control the reader meets has an Arabic name
    (the adult's own round button aside), and the wheel's sectors carry values."""
    result = _walk(
        desktop, tmp_path, "ar", "steps5", "التالي|لا، يبقى بيننا", "شكرًا!", cover_names="إخفاء"
    )
    assert result["problems"] == []
    assert result["sliders"] >= 9 and result["values_set"] >= 2

    def arabic(text: str) -> bool:
        return any("\u0600" <= ch <= "\u06ff" for ch in text)

    # the adult's round button too: the child hears "for the adult" in Arabic
    for screen in result["screens"]:
        for role, name, _checked, _value in screen:
            assert arabic(name), (role, name)
    # the window, and the cover: its name in Arabic, the adult's Swedish as description
    assert arabic(result["window"]), result["window"]
    name, description = result["cover"]
    assert arabic(name) and "Skärmen är dold" in description, result["cover"]
    # the first focus on the practice and the whole wheel: a question, not a sector
    for focus in result["focus"]:
        assert focus and focus[0] != "slider", result["focus"]


def _catalogue_fragments() -> list[str]:
    """The professional's UI texts (the Qt catalogue's English sources, which the walk's
    app shows as it loads no translation), cut at their placeholders: the pieces of
    eight characters or more."""
    import xml.etree.ElementTree as ET

    root = ET.parse(ROOT / "i18n" / "hjulet_en.ts").getroot()
    pieces: set[str] = set()
    for source in root.iter("source"):
        for piece in re.split(r"%\d|%n|\n", source.text or ""):
            if len(piece.strip()) >= 8:
                pieces.add(piece.strip())
    return sorted(pieces)


@pytest.mark.parametrize(
    ("lang", "scale", "next_names", "thanks"),
    [
        ("ar", "faces3", "التالي|لا، يبقى بيننا", "شكرًا!"),
        ("sv", "steps4", "Nästa|Nej, det stannar mellan oss", "Tack!"),
    ],
)
def test_a_child_with_no_voice_hears_only_the_childs_words(
    desktop: dict[str, str], tmp_path: Path, lang: str, scale: str, next_names: str, thanks: str
) -> None:
    """Qt's mock engine has no Swedish or Arabic voice: every read-aloud button is off.
    What a child's screen reader meets on the child's pages (names, and descriptions,
    where Qt puts a tooltip too) is in the child's words: the read-aloud buttons said
    "No voice for Arabic on this computer", from the professional's catalogue. The
    adult's words come only as the glosses the page shows in both languages and as
    the corner note the adult reads, whose name is the child's."""
    from hjulet.core.child_texts import load_child_texts

    texts = load_child_texts(lang)
    result = _walk(desktop, tmp_path, lang, scale, next_names, thanks, engine="mock")
    assert result["problems"] == []
    adult = _catalogue_fragments()
    assert "No voice for" in adult  # the fragments are the ones that reached the child
    speakers = notes = 0
    for screen in result["said"]:
        for role, name, description in screen:
            if role == "label" and name in (texts.read_aloud_none, texts.read_aloud_off):
                notes += 1  # the adult's note in the corner: the adult's words, described
                assert "No voice for" in description, description
                continue
            for text in (name, description):
                leaks = [piece for piece in adult if piece in text]
                assert not leaks, (role, name, description, leaks)
            if name.startswith(texts.read_aloud + ": "):
                # the child's words first (the engine may still be starting: no words)
                assert description.split("\n")[0] in ("", texts.read_aloud_none), description
                speakers += description.startswith(texts.read_aloud_none)
            if lang == "ar" and role != "label":
                assert any("\u0600" <= ch <= "\u06ff" for ch in name), (role, name)
    assert speakers >= 8 and notes >= 8, (speakers, notes)
