"""storage.files: the one atomic write (whole or not at all), with real files and a real kill."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
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


@contextlib.contextmanager
def _killed_once(ready: bytes, script: str, *args: str) -> Iterator[None]:
    """Run ``script`` in a process of its own until it prints ``ready``, let the test
    look (the block), then kill it with SIGKILL, as a power cut or a crash would."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE, env=env)
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == ready
        yield
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.stdout is not None
        proc.stdout.close()
    assert proc.returncode == -signal.SIGKILL


def test_a_write_killed_midway_leaves_the_old_file_whole(tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    write_atomic(out, b"old contents")
    with _killed_once(b"writing", _WRITER, str(out)):
        temps = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
        assert len(temps) == 1 and temps[0].stat().st_size == 1_200_000  # bytes are on disk
    assert out.read_bytes() == b"old contents"  # never half a file under the final name
    # the killed write's temp file is a whole copy of what it wrote (personal data in
    # a plain PDF): the next write to the same file removes it, and nothing else
    stranger = tmp_path / ".summary.pdf.notours.part"
    stranger.write_bytes(b"someone else's")
    write_atomic(out, b"new contents")
    assert sorted(p.name for p in tmp_path.iterdir()) == [stranger.name, "summary.pdf"]


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


# -- the atomic write through its real users, killed at aimed moments ----------------------
#
# The child process runs the real operation and stops at one moment (like a debugger's
# breakpoint, through ``sys.setprofile``: nothing of Hjulet is replaced), says so, and
# waits to be killed with SIGKILL. Moments: mid-write (the backup's first progress),
# just before the rename (``os.replace`` called) and just after it (``os.replace``
# returned, the folder not yet fsynced).

_KILLED = r"""
import os, sys, time
from pathlib import Path
from hjulet import services
from hjulet.services.backup import backup_vault
from hjulet.storage.keyslots import FAST_KDF

op, moment, folder, passphrase, out = sys.argv[1:6]

def stop():
    sys.setprofile(None)
    print("stopped", flush=True)
    time.sleep(60)

def watch(frame, event, arg):
    if arg is os.replace and (event, moment) in (("c_call", "before"), ("c_return", "after")):
        stop()

vault = services.open_vault(Path(folder), passphrase)
if op == "passphrase":
    sys.setprofile(watch)
    services.change_vault_passphrase(vault, passphrase, "en ny lösenfras för provet", kdf=FAST_KDF)
else:
    def progress(done, total):
        if moment == "mid-write" and done > 0:
            stop()
    if moment != "mid-write":
        sys.setprofile(watch)
    backup_vault(vault, Path(out), passphrase=passphrase, progress=progress, chunk_size=4096)
print("ended", flush=True)
"""
NEW_PASS = "en ny lösenfras för provet"


def _kill_at(op: str, moment: str, folder: Path, out: Path) -> None:
    from tests.conftest import PASS

    with _killed_once(b"stopped", _KILLED, op, moment, str(folder), PASS, str(out)):
        pass


@pytest.fixture
def small_vault(tmp_path: Path) -> Path:
    from hjulet import services
    from hjulet.storage.keyslots import FAST_KDF
    from tests.conftest import PASS

    folder = tmp_path / "vault"
    vault, _key = services.create_vault(folder, PASS, name="Prov", kdf=FAST_KDF)
    for n in range(30):
        services.add_child(vault, code=f"K-{n:03}", birth_year=2014, languages=("sv",))
    vault.close()
    return folder


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("moment", ["before", "after"])
def test_a_passphrase_change_killed_at_the_rename_leaves_one_passphrase(
    small_vault: Path, moment: str
) -> None:
    """Killed before the key slots' rename: the old passphrase opens and the new one
    does not, and the whole new file left under its fixed temp name is removed at
    the next open. Killed after it: the new one opens and the old never again."""
    from hjulet import services
    from hjulet.core.errors import WrongPassphrase
    from tests.conftest import PASS

    _kill_at("passphrase", moment, small_vault, small_vault / "unused")
    left = small_vault / "keyslots.json.tmp"
    assert left.exists() == (moment == "before")
    right, wrong = (PASS, NEW_PASS) if moment == "before" else (NEW_PASS, PASS)
    with pytest.raises(WrongPassphrase):
        services.open_vault(small_vault, wrong)
    with services.open_vault(small_vault, right) as vault:
        assert len(services.list_children(vault)) == 30
    assert not left.exists()  # the next open removed it
    with pytest.raises(WrongPassphrase):
        services.open_vault(small_vault, wrong)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.parametrize("moment", ["mid-write", "before", "after"])
def test_a_backup_killed_midway_is_whole_or_absent(
    small_vault: Path, tmp_path: Path, moment: str
) -> None:
    """A backup killed mid-write or before its rename never appears under its name
    (what is left is the private temp file, which the vault never reads); killed
    just after the rename, it is whole and restores. The vault opens either way."""
    from hjulet import services
    from hjulet.services.backup import restore_vault
    from hjulet.storage.keyslots import FAST_KDF
    from tests.conftest import PASS

    out_dir = tmp_path / "backups"
    out_dir.mkdir()
    out = out_dir / "vault.hbk"
    _kill_at("backup", moment, small_vault, out)
    names = sorted(p.name for p in out_dir.iterdir())
    if moment == "after":
        assert names == ["vault.hbk"]
        restored = restore_vault(out, tmp_path / "restored", passphrase=PASS, kdf=FAST_KDF)
        with services.open_vault(restored.path, PASS) as vault:
            assert len(services.list_children(vault)) == 30
    else:
        assert "vault.hbk" not in names
        (temp,) = names  # the killed writer's own temp file, private, never read
        assert temp.startswith(".vault.hbk.") and temp.endswith(".part")
        assert (out_dir / temp).stat().st_mode & 0o777 == 0o600
    with services.open_vault(small_vault, PASS) as vault:  # its lock went with the process
        assert len(services.list_children(vault)) == 30


def test_the_part_files_of_writes_under_way_are_known_until_they_end(tmp_path):  # type: ignore[no-untyped-def]
    """A process that must end under a write that never returns removes these first."""
    from hjulet.storage.files import atomic_file, temp_files_in_flight

    out = tmp_path / "sip.pdf"
    with atomic_file(out) as fh:
        fh.write(b"%PDF-1.7 half")
        (part,) = temp_files_in_flight()
        assert part.parent == tmp_path and part.name.startswith(".sip.pdf.")
        assert part.name.endswith(".part") and part.exists()
    assert temp_files_in_flight() == [] and out.read_bytes() == b"%PDF-1.7 half"
    with atomic_file(tmp_path / "slots.json", guard=False, temp=tmp_path / "slots.tmp"):
        assert temp_files_in_flight() == []  # the key slots' own (no plaintext) is not
    with pytest.raises(OSError), atomic_file(out) as fh:
        raise OSError("the disk said no")
    assert temp_files_in_flight() == []


def test_a_temp_file_that_cannot_be_removed_is_emptied(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Ending under a stuck write removes its plaintext ``.part``; where the system
    refuses to remove a file another handle holds open (Windows), its contents go
    instead, and the next write to the same name removes the empty file."""
    from hjulet.storage.files import atomic_file, remove_or_empty

    target = tmp_path / "Barn0.pdf"
    part = tmp_path / ".Barn0.pdf.abcd1234.part"
    part.write_bytes(b"%PDF the child's words")
    real_unlink = Path.unlink

    def refused(self: Path, missing_ok: bool = False) -> None:
        if self == part:
            raise PermissionError(13, "The process cannot access the file")
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", refused)
    assert remove_or_empty(part)
    assert part.exists() and part.read_bytes() == b""
    monkeypatch.undo()
    with atomic_file(target) as fh:
        fh.write(b"%PDF new")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Barn0.pdf"]
    assert remove_or_empty(part)  # gone already: nothing left of it
