"""No network: a full session under an audit hook that fails on any IP socket or DNS lookup.

The hook allows AF_UNIX sockets (the GUI's D-Bus/accessibility may use them; this test
runs no GUI) and refuses AF_INET/AF_INET6 sockets, connect/bind to IP addresses and
name lookups. Services and every CLI command in-process, and one CLI run as a process of
its own, guarded from its first import on (through ``sitecustomize``).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.services.backup import backup_vault, restore_vault
from hjulet.services.demo import populate_demo
from hjulet.services.exchange import export_children, import_children
from hjulet.storage.keyslots import FAST_KDF
from tests.cli.run import run_cli

ROOT = Path(__file__).resolve().parents[1]
PASS = "network free pass"

GUARD = """
import os, socket, sys
_LOG = os.environ["HJULET_NET_LOG"]
_IP = (socket.AF_INET, socket.AF_INET6)
def _hook(event, args):
    bad = None
    if event == "socket.__new__" and args[1] in _IP:
        bad = "socket"
    elif event in ("socket.connect", "socket.bind", "socket.sendto"):
        if not isinstance(args[1], (str, bytes)):
            bad = event
    elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
        bad = event
    if bad:
        with open(_LOG, "a") as fh:
            fh.write(f"{bad} {sys.argv[1:3]}\\n")
        raise RuntimeError("network use is forbidden: " + bad)
sys.addaudithook(_hook)
"""

_armed: list[str] | None = None


def _in_process_hook(event: str, args: tuple) -> None:
    if _armed is None:
        return
    if (
        (event == "socket.__new__" and args[1] in (socket.AF_INET, socket.AF_INET6))
        or (event in ("socket.connect", "socket.bind") and not isinstance(args[1], str | bytes))
        or event in ("socket.getaddrinfo", "socket.gethostbyname")
    ):
        _armed.append(event)
        raise RuntimeError(f"network use is forbidden: {event}")


sys.addaudithook(_in_process_hook)  # audit hooks cannot be removed: armed only in this test


@pytest.fixture
def guard():
    global _armed
    _armed = []
    try:
        yield _armed
    finally:
        _armed = None


def test_the_guard_catches_a_socket(guard):
    with pytest.raises(RuntimeError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    assert guard == ["socket.__new__"]
    guard.clear()


@pytest.mark.slow
def test_a_full_session_opens_no_socket(tmp_path, guard):
    catalog = load_catalog()
    vault, _ = services.create_vault(tmp_path / "v", PASS, kdf=FAST_KDF)
    with vault:
        populate_demo(vault, catalog)
        backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
        export_children(vault, tmp_path / "e.hbk", passphrase=PASS, kdf=FAST_KDF)
    restore_vault(tmp_path / "b.hbk", tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    other, _ = services.create_vault(tmp_path / "o", PASS, kdf=FAST_KDF)
    with other:
        import_children(other, tmp_path / "e.hbk", passphrase=PASS)
    assert guard == []

    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(GUARD)
    log = tmp_path / "net.log"
    env = {**os.environ, "PYTHONPATH": f"{site}{os.pathsep}{ROOT}", "HJULET_NET_LOG": str(log)}
    pw = tmp_path / "pw"
    pw.write_text(PASS)
    base = str(tmp_path / "base")
    commands = [
        ["init", str(tmp_path / "c")],
        ["demo", str(tmp_path / "d")],
        ["list", str(tmp_path / "d")],
        ["backup", str(tmp_path / "d"), "--out", str(tmp_path / "d.hbk")],
        ["restore", str(tmp_path / "d.hbk"), "--to", str(tmp_path / "d2")],
        ["export", str(tmp_path / "d"), "--out", str(tmp_path / "d.json")],
        ["import", str(tmp_path / "c"), str(tmp_path / "d.json")],
        ["check", str(tmp_path / "d2")],
    ]
    common = ["--basedir", base, "--fast-kdf"]
    # every command in this process under the armed hook; the first also as a process of
    # its own, guarded from its first import on (sitecustomize)
    run = subprocess.run(
        [sys.executable, "-m", "hjulet", *common, *commands[0], "--passphrase-file", str(pw)],
        cwd=ROOT, env=env, capture_output=True, timeout=120,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr.decode()[-500:]
    shutil.rmtree(tmp_path / "c")
    for argv in commands:
        done = run_cli(*common, *argv, "--passphrase-file", str(pw))
        assert done.returncode == 0, (argv, done.stderr[-500:])
    assert guard == []
    assert not log.exists(), log.read_text()
    # And the guard is really active in those processes:
    probe = subprocess.run(
        [sys.executable, "-c", "import socket; socket.create_connection(('127.0.0.1', 9))"],
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert probe.returncode != 0 and "forbidden" in probe.stderr.decode()
