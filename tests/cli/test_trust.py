"""Issue "Trust first", through the command line (in-process; real processes where it matters).

Outputs that would destroy a vault, commands run against a vault in use, secrets
read without a bound, a full or read-only disk, key slots from another vault, KDF
settings this version never writes: each gets its own message and exit code, and
changes nothing.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pty
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from hjulet import services
from hjulet.core.errors import DiskFull, WrongRecoveryKey
from hjulet.storage.keyslots import FAST_KDF, PRODUCT_KDF, SLOT_FILE
from tests.cli.test_main import ROOT, hjulet
from tests.conftest import PASS

PW = f"{PASS}\n"


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return tmp_path / "base"


def _vault(path: Path) -> str:
    vault, recovery = services.create_vault(path, PASS, name="T", kdf=FAST_KDF)
    with vault:
        services.add_child(vault, name="Sara", code="S-1")
        services.confirm_recovery_key(vault, recovery)
    return recovery


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


# --------------------------------------------------------------------------- 3: outputs


@pytest.mark.parametrize("name", ["vault.db", "keyslots.json", "new.pdf"])
def test_no_output_lands_in_a_vault_folder(tmp_path: Path, base: Path, name: str) -> None:
    """Defect 3: `--out V/vault.db` exited 0 and left the vault unreadable."""
    v = tmp_path / "v"
    _vault(v)
    before = _snapshot(v)
    out = str(v / name)
    runs = [
        ("export", str(v), "--out", out, "--passphrase-file", "-"),
        ("summary", str(v), "--child", "S-1", "--out", out, "--passphrase-file", "-"),
        ("blank-sheet", "--out", out),
        ("backup", str(v), "--out", out, "--passphrase-file", "-"),
        ("recovery-key", str(v), "--recovery-key-file", out, "--passphrase-file", "-"),
    ]
    for argv in runs:
        r = hjulet(*argv, "--force", stdin=PW, basedir=base)
        assert r.returncode == 7, (argv, r.stderr)
        assert "valvmapp" in r.stderr and "Traceback" not in r.stderr
    assert _snapshot(v) == before
    with services.open_vault(v, PASS) as vault:
        assert services.list_children(vault)[0].child.code == "S-1"


def test_no_output_replaces_a_non_file_or_an_unconfirmed_file(tmp_path: Path, base: Path) -> None:
    v = tmp_path / "v"
    _vault(v)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "elsewhere.pdf")
    for target in (fifo, link, tmp_path):
        r = hjulet("blank-sheet", "--out", str(target), "--force", basedir=base)
        assert r.returncode == 7 and "inte en vanlig fil" in r.stderr, r.stderr
    assert fifo.is_fifo() and link.is_symlink()
    existing = tmp_path / "old.json"
    existing.write_text("keep me")
    r = hjulet("export", str(v), "--out", str(existing), "--passphrase-file", "-", stdin=PW,
               basedir=base)  # fmt: skip
    assert r.returncode == 7 and "--force" in r.stderr and existing.read_text() == "keep me"
    r = hjulet("export", str(v), "--out", str(existing), "--passphrase-file", "-", "--force",
               stdin=PW, basedir=base)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert json.loads(existing.read_text())["children"][0]["code"] == "S-1"


def test_restore_never_lands_inside_a_vault(tmp_path: Path, base: Path) -> None:
    v = tmp_path / "v"
    _vault(v)
    hbk = tmp_path / "b.hbk"
    assert hjulet("backup", str(v), "--out", str(hbk), "--passphrase-file", "-", stdin=PW,
                  basedir=base).returncode == 0  # fmt: skip
    r = hjulet("restore", str(hbk), "--to", str(v / "inner"), "--passphrase-file", "-",
               stdin=PW, basedir=base)  # fmt: skip
    assert r.returncode == 7 and not (v / "inner").exists()


def test_demo_and_init_never_make_a_vault_inside_a_vault(tmp_path: Path, base: Path) -> None:
    """Both used to create a second vault in a subfolder of an existing vault's folder."""
    v = tmp_path / "v"
    _vault(v)
    r = hjulet("demo", str(v / "inner"), basedir=base)
    assert r.returncode == 7 and not (v / "inner").exists(), r.stdout + r.stderr
    (tmp_path / "pw").write_text(PW + PW)
    r = hjulet("init", str(v / "sub" / "new"), "--passphrase-file", str(tmp_path / "pw"),
               "--recovery-key-file", str(tmp_path / "rk"), basedir=base)  # fmt: skip
    assert r.returncode == 7 and not (v / "sub").exists(), r.stdout + r.stderr
    assert "valvmapp" in r.stdout + r.stderr


# --------------------------------------------------------------------------- 2: the lock


def test_passphrase_and_recover_change_nothing_while_the_vault_is_open(
    tmp_path: Path, base: Path
) -> None:
    """Defect 2: both wrote new key slots, then said "in use" (exit 6)."""
    v = tmp_path / "v"
    recovery = _vault(v)
    (tmp_path / "rk").write_text(recovery + "\n")
    (tmp_path / "new").write_text("en helt ny lösenfras\n")
    (tmp_path / "pw").write_text(PW)
    before = _snapshot(v)
    with services.open_vault(v, PASS):
        before = _snapshot(v)
        runs = [
            ("passphrase", str(v), "--passphrase-file", str(tmp_path / "pw"),
             "--new-passphrase-file", str(tmp_path / "new")),
            ("recover", str(v), "--recovery-key-file", str(tmp_path / "rk"),
             "--new-passphrase-file", str(tmp_path / "new"),
             "--new-recovery-key-file", str(tmp_path / "rk2")),
            ("recovery-key", str(v), "--passphrase-file", str(tmp_path / "pw"),
             "--recovery-key-file", str(tmp_path / "rk3")),
            ("import", str(v), str(tmp_path / "nothing.json"), "--passphrase-file",
             str(tmp_path / "pw")),
        ]  # fmt: skip
        for i, argv in enumerate(runs):
            # the first from another process, as a second Hjulet would; the lock is
            # per open file, so the same holds in this process
            r = hjulet(*argv, basedir=base, process=i == 0)
            assert r.returncode == 6, (argv, r.stderr)
        assert _snapshot(v) == before
        assert not (tmp_path / "rk2").exists() and not (tmp_path / "rk3").exists()
    with services.open_vault(v, PASS):  # the old passphrase still opens it
        pass


# --------------------------------------------------------------------------- 10: secrets


def test_secrets_are_read_with_a_small_bound(tmp_path: Path, base: Path) -> None:
    """Defect 10: `--passphrase-file /dev/zero` ended in MemoryError (exit 1)."""
    v = tmp_path / "v"
    _vault(v)
    r = hjulet("list", str(v), "--passphrase-file", "/dev/zero", basedir=base)
    assert r.returncode == 2 and "högst 4096 byte" in r.stderr, r.stderr
    big = tmp_path / "big"
    big.write_bytes(b"x" * 10_000)
    r = hjulet("recover", str(v), "--recovery-key-file", str(big), basedir=base)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    r = hjulet("list", str(v), "--passphrase-file", "-", stdin="y" * 10_000, basedir=base)
    assert r.returncode == 2 and "Standard in" in r.stderr


# --------------------------------------------------------------------------- 9 and binding


def test_kdf_settings_never_written_are_damage_with_their_own_message(
    tmp_path: Path, base: Path
) -> None:
    """Defect 9: edited parameters were derived (GiB, seconds), then "wrong passphrase"."""
    v = tmp_path / "v"
    _vault(v)
    file = v / SLOT_FILE
    doc = json.loads(file.read_bytes())
    doc.pop("checksum")
    doc["slots"]["passphrase"].update(memory_kib=PRODUCT_KDF.memory_kib + 8, iterations=1)
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=True)
    doc["checksum"] = hashlib.sha256(canonical.encode("ascii")).hexdigest()
    file.write_text(json.dumps(doc))
    r = hjulet("--lang", "en", "list", str(v), "--passphrase-file", "-", stdin=PW, basedir=base)
    assert r.returncode == 4 and "key-derivation settings" in r.stderr, r.stderr


def test_slots_copied_from_another_vault_are_named_so(tmp_path: Path, base: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    _vault(a)
    _vault(b)
    shutil.copy(b / SLOT_FILE, a / SLOT_FILE)
    r = hjulet("--lang", "en", "list", str(a), "--passphrase-file", "-", stdin=PW, basedir=base)
    assert r.returncode == 4 and "does not belong to the vault" in r.stderr, r.stderr


# --------------------------------------------------------------------------- 12: recovery keys


def _at_terminal(argv: list[str], answer: Callable[[str], str]) -> tuple[int, str]:
    """Run the CLI on a pseudo-terminal; ``answer(screen)`` is typed when it asks."""
    pid, fd = pty.fork()
    if pid == 0:  # pragma: no cover - the child process
        os.environ["PYTHONPATH"] = str(ROOT)
        os.chdir(ROOT)
        os.execv(sys.executable, [sys.executable, "-m", "hjulet", "--fast-kdf", *argv])
    out, sent = b"", False
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
        if not sent and b"last group" in out:
            os.write(fd, answer(out.decode(errors="replace")).encode() + b"\n")
            sent = True
    _, status = os.waitpid(pid, 0)
    os.close(fd)
    return os.waitstatus_to_exitcode(status), out.decode(errors="replace")


def _shown_key(screen: str) -> str:
    return next(w for w in screen.split() if w.count("-") == 7 and len(w) == 39)


@pytest.mark.slow  # two processes on a pseudo-terminal
def test_recovery_key_on_screen_is_confirmed_by_a_person_at_a_terminal(
    tmp_path: Path, base: Path
) -> None:
    """Defect 12: the new key replaced the old one before anyone had seen it."""
    v = tmp_path / "v"
    old = _vault(v)
    (tmp_path / "pw").write_text(PW)
    argv = ["--basedir", str(base), "--lang", "en", "recovery-key", str(v),
            "--passphrase-file", str(tmp_path / "pw")]  # fmt: skip
    code, screen = _at_terminal(argv, lambda _screen: "nope")
    assert code == 9 and "previous key still works" in screen, screen
    assert not services.recovery_key_confirmed(v)
    with services.open_vault(v, PASS):
        pass
    code, screen = _at_terminal(argv, lambda shown: _shown_key(shown).rsplit("-", 1)[1].lower())
    assert code == 0, screen
    new = _shown_key(screen)
    assert services.recovery_key_confirmed(v)
    with pytest.raises(WrongRecoveryKey):
        services.recover_vault(v, old, "x" * 12, kdf=FAST_KDF)
    services.recover_vault(v, new, "en ny lösenfras", kdf=FAST_KDF)


# --------------------------------------------------------------------------- 7: the disk


@contextlib.contextmanager
def _tmpfs(size: str) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="hjulet-trust-"))
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
            capture_output=True,
        )
        if done.returncode != 0:
            pytest.skip("cannot mount a small tmpfs here (needs root)")
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _fill_up(folder: Path) -> None:
    with contextlib.suppress(OSError), open(folder / "filler", "wb") as fh:
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()


def test_a_full_disk_is_not_called_damage(tmp_path: Path, base: Path) -> None:
    """Defect 7: saving on a full disk said "damaged ... restore from a backup"."""
    with _tmpfs("4m") as disk:
        v = disk / "v"
        _vault(v)
        vault = services.open_vault(v, PASS)
        _fill_up(disk)
        with pytest.raises(DiskFull):
            for i in range(200):
                services.add_child(vault, name="Sara " + "x" * 150, code=f"F-{i}")
        vault.close()
        r = hjulet("export", str(v), "--out", str(disk / "e.json"), "--passphrase-file", "-",
                   stdin=PW, basedir=base)  # fmt: skip
        assert r.returncode == 8 and "Disken är full" in r.stderr, r.stderr
        (disk / "filler").unlink()
        assert services.check_vault(v, PASS) == []  # nothing was lost


def test_a_read_only_folder_is_not_called_damage(tmp_path: Path, base: Path) -> None:
    with _tmpfs("8m") as disk:
        v = disk / "v"
        _vault(v)
        out = tmp_path / "e.json"
        assert subprocess.run(["mount", "-o", "remount,ro", str(disk)]).returncode == 0
        r = hjulet("list", str(v), "--passphrase-file", "-", stdin=PW, basedir=base)
        assert r.returncode == 8 and "skrivskyddad" in r.stderr, r.stderr
        r = hjulet("blank-sheet", "--out", str(disk / "sheet.pdf"), basedir=base)
        assert r.returncode == 8 and "skrivskyddad" in r.stderr, r.stderr
        assert not out.exists()


# --------------------------------------------------------------------------- piped, no file


@pytest.mark.parametrize(
    ("argv", "option"),
    [
        (["list", "{v}"], "--passphrase-file"),
        (["passphrase", "{v}", "--passphrase-file", "{pw}"], "--new-passphrase-file"),
        (["export", "{v}", "--out", "{out}", "--encrypt", "--passphrase-file", "{pw}"],
         "--export-passphrase-file"),
    ],
)  # fmt: skip
def test_piped_input_without_a_passphrase_file_is_told_which_option_to_use(
    tmp_path: Path, base: Path, argv: list[str], option: str
) -> None:
    """With no terminal Python's getpass warned (GetPassWarning) and read with echo."""
    v = tmp_path / "v"
    _vault(v)
    (tmp_path / "pw").write_text(PW)
    fill = {"v": str(v), "pw": str(tmp_path / "pw"), "out": str(tmp_path / "e.hjulet")}
    env = {k: val for k, val in os.environ.items() if not k.startswith("QT_")}
    env["PYTHONPATH"] = str(ROOT)
    for lang, words in (("en", "not a terminal"), ("sv", "ingen terminal")):
        r = subprocess.run(
            [sys.executable, "-m", "hjulet", "--basedir", str(base), "--fast-kdf",
             "--lang", lang, *(a.format(**fill) for a in argv)],
            input=PW + PW,
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=ROOT,
            start_new_session=True,  # no controlling terminal for getpass to fall back on
        )  # fmt: skip
        assert r.returncode == 2, r.stderr
        assert words in r.stderr and option in r.stderr, r.stderr
        assert "Warning" not in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (tmp_path / "e.hjulet").exists()
