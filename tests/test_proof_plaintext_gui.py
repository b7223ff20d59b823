"""Plaintext through the GUI: a whole session of the real app leaves no marker outside
the vault - not in the base folder, temp folders, ~/.cache, ~/.config, ~/.local, Qt's
or fontconfig's caches or recently-used lists.

The app runs in a process of its own whose HOME, TMPDIR and XDG folders all lie in one
private folder; afterwards every file in it is scanned (UTF-8 and UTF-16) for the
markers in every personal field, including the words typed in the session.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from hjulet import services
from hjulet.core.model import AreaEntry, Consent, ConsentForm, ConsentGiver, SipAction, SipPlan
from hjulet.storage.keyslots import FAST_KDF
from tests.gui_session import WORDS
from tests.test_proof_plaintext import MARKERS, _files, _hits

pytestmark = pytest.mark.slow  # the whole app, driven through a session, as a process

ROOT = Path(__file__).resolve().parents[1]
PASS = "gui session pass 1"
ALL_MARKERS = {**MARKERS, "typed": WORDS}


def _private_env(root: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    dirs = {
        "HOME": "home",
        "TMPDIR": "tmp",
        "XDG_CONFIG_HOME": "home/.config",
        "XDG_CACHE_HOME": "home/.cache",
        "XDG_DATA_HOME": "home/.local/share",
        "XDG_STATE_HOME": "home/.local/state",
        "XDG_RUNTIME_DIR": "run",
    }
    for var, sub in dirs.items():
        (root / sub).mkdir(parents=True, exist_ok=True)
        env[var] = str(root / sub)
    (root / "run").chmod(0o700)
    env.update(PYTHONPATH=str(ROOT), QT_QPA_PLATFORM=env.get("HJULET_PROOF_QPA", "offscreen"))
    if env["QT_QPA_PLATFORM"] == "xcb":  # a real X server (Xvfb) when asked for
        env["DISPLAY"] = os.environ["HJULET_PROOF_DISPLAY"]
    return env


def _vault_with_markers(path: Path, catalog) -> None:  # type: ignore[no-untyped-def]
    m = MARKERS
    vault, _ = services.create_vault(path, PASS, name="Plain GUI", kdf=FAST_KDF)
    with vault:
        child = services.add_child(vault, name=m["name"], code=m["code"], birth_year=2014)
        assert child.id is not None
        conv = services.start_conversation(
            vault,
            child.id,
            definition=catalog.definition(),
            scale=catalog.scale("steps4"),
            place=m["place"],
            present=m["present"],
        )
        assert conv.id is not None
        services.update_conversation(
            vault,
            conv.id,
            important_to_me=m["important"],
            important_shared=True,
            change_note=m["change"],
        )
        area = catalog.definition().area_ids[1]
        services.save_entry(
            vault,
            conv.id,
            AreaEntry(
                area,
                words=m["words"],
                good=m["good"],
                hard=m["hard"],
                wish=m["wish"],
                help_from=m["help_from"],
                adult_note=m["adult_note"],
            ),
        )
        services.add_consent(
            vault,
            Consent(
                None,
                child.id,
                ConsentGiver.GUARDIAN_1,
                (m["recipient"],),
                ConsentForm.WRITTEN,
                date.today(),
                giver_name=m["giver"],
                note=m["consentnote"],
            ),
        )
        services.save_sip_plan(
            vault,
            SipPlan(
                child.id,
                question=m["question"],
                participation=m["participation"],
                attendees=m["attendees"],
                actions=(SipAction(m["who"], m["what"], date.today()),),
                overall_responsible=m["responsible"],
                follow_up_by=m["followupby"],
            ),
        )


def test_no_marker_outside_the_vault_after_a_gui_session(tmp_path, catalog):
    root = tmp_path / "private"
    env = _private_env(root)
    vault_dir, base, out = root / "vault", root / "base", root / "home" / "Documents"
    out.mkdir(parents=True)
    _vault_with_markers(vault_dir, catalog)
    pass_file = root / "pass"
    pass_file.write_text(PASS + "\n")
    run = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "gui_session.py"), str(base), str(vault_dir),
         str(pass_file), str(out)],
        capture_output=True, text=True, timeout=500, env=env, cwd=ROOT,
    )  # fmt: skip
    assert run.returncode == 0 and "SESSION OK" in run.stdout, run.stdout + run.stderr
    assert "Traceback" not in run.stderr
    # The session really wrote: the typed words are in the vault, and every output exists.
    with services.open_vault(vault_dir, PASS) as vault:
        child = services.list_children(vault)[0].child
        conv = services.list_conversations(vault, child.id)[-1]
        assert WORDS in repr(conv)  # in whichever field had the focus
    for name in ("export.hbk", "backup.hbk", "childs-copy.hbk"):
        assert (out / name).stat().st_size > 1000
    scanned = _files(root)
    assert any(p.name == "vault.db" for p in scanned)
    assert _hits_all(scanned) == []
    kinds = sorted({"/".join(p.relative_to(root).parts[:3]) for p in scanned})
    print(f"\nGUI plaintext scan: {len(scanned)} files in {kinds}, {len(ALL_MARKERS)} markers: 0")


def _hits_all(paths: list[Path]) -> list[tuple[str, str]]:
    found = _hits(paths)
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for enc in ("utf-8", "utf-16-le", "utf-16-be"):
            if WORDS.encode(enc) in data:
                found.append((str(path), "typed"))
    return found
