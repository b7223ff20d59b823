"""storage.files: the one atomic write (whole or not at all), with real files and a real kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from hjulet.core.errors import OutputExists, OutputInVault
from hjulet.storage.files import atomic_file, write_atomic

# A child process that starts an atomic write, says so, then waits to be killed.
_WRITER = """
import sys, time
from pathlib import Path
from hjulet.storage.files import atomic_file
with atomic_file(Path(sys.argv[1])) as fh:
    fh.write(b"new " * 300_000)
    fh.flush()
    print("writing", flush=True)
    time.sleep(60)
"""


def test_a_write_killed_midway_leaves_the_old_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_atomic(out, b"old contents")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(out)], stdout=subprocess.PIPE, env=env
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == b"writing"
        temps = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        assert len(temps) == 1 and temps[0].stat().st_size == 1_200_000  # bytes are on disk
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL
    assert out.read_bytes() == b"old contents"  # never half a file under the final name


def test_an_error_in_the_block_leaves_the_target_and_no_temp_file(tmp_path: Path) -> None:
    out = tmp_path / "export.json"
    out.write_bytes(b"before")
    with pytest.raises(RuntimeError), atomic_file(out) as fh:
        fh.write(b"half")
        raise RuntimeError("the source failed")
    assert out.read_bytes() == b"before"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["export.json"]


def test_whole_file_appears_private_and_guarded(tmp_path: Path) -> None:
    out = tmp_path / "new.bin"
    with atomic_file(out, overwrite=False) as fh:
        fh.write(b"abc")
    assert out.read_bytes() == b"abc"
    if os.name == "posix":
        assert out.stat().st_mode & 0o777 == 0o600
    with pytest.raises(OutputExists), atomic_file(out, overwrite=False) as fh:
        fh.write(b"never")
    assert out.read_bytes() == b"abc"
    vault = tmp_path / "vault"
    vault.mkdir()
    (vault / "keyslots.json").write_text("{}")
    with pytest.raises(OutputInVault):
        write_atomic(vault / "x.pdf", b"no")
    # the vault's own files skip the guard and may use a fixed temp name
    with atomic_file(vault / "keyslots.json", guard=False, temp=vault / "keyslots.json.tmp") as fh:
        fh.write(b"{ }")
    assert (vault / "keyslots.json").read_bytes() == b"{ }"
    assert not (vault / "keyslots.json.tmp").exists()
