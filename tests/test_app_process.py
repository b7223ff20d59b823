"""The app as a real process: starts on the demo vault, quits cleanly, writes only under basedir."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import PASS

pytestmark = pytest.mark.slow  # the app as a real process, each for seconds

ROOT = Path(__file__).resolve().parents[1]


def run_app(
    *args: str, env_extra: dict[str, str] | None = None, home: Path
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        {
            "PYTHONPATH": str(ROOT),
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
        }
    )
    env.update(env_extra or {})
    return subprocess.run(
        [sys.executable, "-m", "hjulet", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def test_app_starts_on_demo_vault_and_quits(tmp_path):
    base, home = tmp_path / "base", tmp_path / "home"
    home.mkdir()
    r = run_app(
        "--basedir",
        str(base),
        "--demo",
        "--fast-kdf",
        "--no-err-windows",
        "--quit-after",
        "4000",
        env_extra={"QT_QPA_PLATFORM": "offscreen"},
        home=home,
    )
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr
    assert (base / "demo-vault" / "vault.db").exists()
    assert (base / "settings.ini").exists()
    # Nothing was written outside the base folder (home stays empty).
    assert [p for p in home.rglob("*") if p.is_file()] == []
    # The demo vault really holds the fictional children.
    from hjulet import services

    with services.open_vault(base / "demo-vault", "demo") as v:
        assert len(services.list_children(v)) >= 6


def test_without_a_display_it_says_how_to_use_xvfb(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    r = run_app("--basedir", str(tmp_path / "b"), home=home, env_extra={"QT_QPA_PLATFORM": ""})
    assert r.returncode == 2
    assert "Xvfb" in r.stderr and "DISPLAY" in r.stderr
    assert "Traceback" not in r.stderr


def test_scripted_start_opens_child_mode_for_that_child(tmp_path, demo_template):
    from datetime import date

    from hjulet import services

    vault_path, home = tmp_path / "v", tmp_path / "home"
    home.mkdir()
    shutil.copytree(demo_template, vault_path)  # the demo children, filled once per session
    with services.open_vault(vault_path, PASS) as vault:
        child = services.find_child(vault, "DEMO-002")
        before = len(services.list_conversations(vault, child.id))
    (tmp_path / "pass").write_text(PASS + "\n")
    r = run_app(
        "--basedir",
        str(tmp_path / "base"),
        "--vault",
        str(vault_path),
        "--child",
        "DEMO-002",
        "--child-mode",
        "--passphrase-file",
        str(tmp_path / "pass"),
        "--no-err-windows",
        "--quit-after",
        "5000",
        env_extra={"QT_QPA_PLATFORM": "offscreen"},
        home=home,
    )
    assert r.returncode == 0, r.stderr
    with services.open_vault(vault_path, PASS) as v:
        convs = services.list_conversations(v, child.id)
    # Child mode started today's conversation for exactly that child.
    assert len(convs) == before + 1 and convs[-1].held_on == date.today()


def _processes_mentioning(marker: str, needle: bytes) -> list[int]:
    """Processes whose command line has ``needle`` and whose environment has ``marker``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
            environ = (entry / "environ").read_bytes()
        except OSError:
            continue
        if needle in cmdline and marker.encode() in environ:
            found.append(int(entry.name))
    return found


def test_child_mode_with_speech_dispatcher_quits_and_leaves_no_speech_worker(
    tmp_path, demo_template, runtime_dir
):
    import signal

    if shutil.which("speech-dispatcher") is None:
        pytest.skip("speech-dispatcher is not installed")
    vault_path, home, runtime = tmp_path / "v", tmp_path / "home", runtime_dir
    home.mkdir()
    shutil.copytree(demo_template, vault_path)  # the demo children, filled once per session
    (tmp_path / "pass").write_text(PASS + "\n")
    try:
        r = run_app(
            "--basedir",
            str(tmp_path / "base"),
            "--vault",
            str(vault_path),
            "--child",
            "DEMO-002",
            "--child-mode",
            "--passphrase-file",
            str(tmp_path / "pass"),
            "--no-err-windows",
            "--quit-after",
            "8000",
            env_extra={
                "QT_QPA_PLATFORM": "offscreen",
                "HJULET_TTS_ENGINE": "speechd",
                "XDG_RUNTIME_DIR": str(runtime),
            },
            home=home,
        )
        assert r.returncode == 0, r.stderr
        assert "Traceback" not in r.stderr
        # the app's speech worker went with it (the engine's daemon may stay: a screen
        # reader can share it; this test kills its own below)
        assert _processes_mentioning(str(runtime), b"--speech-worker") == []
        # (and it did run the real engine: that engine spawned its daemon)
        assert _processes_mentioning(str(runtime), b"speech-dispatcher") != []
    finally:
        for pid in _processes_mentioning(str(runtime), b"speech-dispatcher"):
            os.kill(pid, signal.SIGKILL)
