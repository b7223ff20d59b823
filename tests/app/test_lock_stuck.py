"""A lock under a write that never ends ends the real process, cleanly.

The application runs as a subprocess (tests/app/lock_stuck.py) with a write held
for good inside ``atomic_file``. Ending it must drop the process (and the key with
it) at once, leave no plaintext ``.part`` copy and no file under the target's name,
leave the vault whole and openable, log nothing of the path, and keep a note for the
next start only when nobody was at the keys.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from hjulet import services
from hjulet.app.stuck import EXIT_STUCK
from hjulet.core.settings import ENDED_UNDER_STUCK_WORK
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow  # the app as a process
@pytest.mark.parametrize("when", ["button", "unattended"])
def test_ending_under_a_stuck_write_leaves_the_vault_whole_and_no_copy(tmp_path, when):  # type: ignore[no-untyped-def]
    vault_dir = tmp_path / "vault"
    vault, _key = services.create_vault(vault_dir, PASS, name="Kurator Test", kdf=FAST_KDF)
    services.add_child(vault, name="Barn0", code="T-000", birth_year=2015)
    vault.close()
    base = tmp_path / "base"
    base.mkdir()
    folder = tmp_path / "Barn0 mapp"
    folder.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.app.lock_stuck",
            *(str(p) for p in (base, vault_dir, folder / "Barn0.pdf")),
            when,
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        cwd=ROOT,
    )
    assert r.returncode == EXIT_STUCK, (r.returncode, r.stdout, r.stderr)
    assert "not ended" not in r.stdout and "Traceback" not in r.stderr
    assert sorted(folder.iterdir()) == []  # no .part copy, no half file under the name
    with services.open_vault(vault_dir, PASS) as v:  # whole, and not left locked
        assert [c.child.name for c in services.list_children(v)] == ["Barn0"]
    log = (base / "logs" / "hjulet.log").read_text()
    assert "did not end" in log and "Barn0" not in log and str(tmp_path) not in log
    from hjulet.app.settings import Settings

    assert Settings(base).get(ENDED_UNDER_STUCK_WORK) is (when == "unattended")
