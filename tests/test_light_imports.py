"""What a command line run and the first screen import: only what they need.

``hjulet --help`` (and a bare ``hjulet`` with no display) run in a real
subprocess with ``-X importtime``, whose report on standard error names every
module the interpreter imported. Nothing here is timed.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
HEAVY = {"PySide6", "sqlalchemy", "sqlcipher3", "reportlab", "cryptography", "PIL"}


def imported(*args: str, env: dict[str, str] | None = None) -> set[str]:
    run_env = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    out = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "hjulet", *args],
        capture_output=True,
        text=True,
        env=run_env,
        check=False,
        timeout=120,
    )
    assert "Traceback" not in out.stderr, out.stderr[-2000:]
    names = set()
    for line in out.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            names.add(line.rsplit("|", 1)[1].strip())
    assert "hjulet.cli.main" in names or "hjulet.app.main" in names  # the report was read
    return names


@pytest.mark.parametrize(
    "args",
    [("--help",), ("--lang", "en", "--help"), ("summary", "--help"), ("backup", "--help")],
)
def test_help_imports_no_heavy_library(args: tuple[str, ...]) -> None:
    names = imported(*args)
    heavy = sorted({n.split(".")[0] for n in names} & HEAVY)
    assert heavy == []


def test_a_command_still_loads_what_it_needs(tmp_path: Path) -> None:
    # the other side: running a command imports the vault's libraries (so the
    # check above would see them if --help did)
    names = imported("--basedir", str(tmp_path), "list", str(tmp_path / "none"),
                     "--passphrase-file", "-")  # fmt: skip
    assert {"sqlalchemy", "cryptography"} <= {n.split(".")[0] for n in names}


def test_the_unlock_screen_imports_no_vault_or_pdf_library(tmp_path: Path) -> None:
    from hjulet import services
    from hjulet.storage.keyslots import FAST_KDF

    vault, _ = services.create_vault(tmp_path / "v", "passphrase 123", kdf=FAST_KDF)
    vault.close()
    (tmp_path / "base" / "wheels").mkdir(parents=True)
    (tmp_path / "base" / "wheels" / "broken.toml").write_text("= not toml")
    names = imported(
        "--basedir", str(tmp_path / "base"), "--vault", str(tmp_path / "v"),
        "--no-err-windows", "--quit-after", "300",
        env={"QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip
    assert "hjulet.gui.dialogs.unlock" in names  # the unlock screen was built
    tops = {n.split(".")[0] for n in names}
    assert sorted(tops & {"sqlalchemy", "sqlcipher3", "reportlab", "PIL", "cryptography"}) == []
    assert "hjulet.storage.keyslots" not in names  # the KDF parameters alone, from storage.kdf
    # nor the dialogs and pages that the first screen does not show
    not_shown = {
        "hjulet.gui.printing.dialogs",
        "hjulet.gui.workspace.child_page",
        "hjulet.gui.dialogs.wizard",
    }
    assert not not_shown & names
    # nor the wheel catalogue: no wheel file was read (a broken one would be reported)
    assert "broken.toml" not in (tmp_path / "base" / "logs" / "hjulet.log").read_text()
