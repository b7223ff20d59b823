"""Plaintext: markers in every personal field never reach a file as plaintext.

A scripted session - conversation, a PDF written to a temp path and deleted, a backup,
an encrypted export (in-process and through the CLI), lock - then every file under the
vault folder, --basedir and the new entries of the system temp dir is scanned.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from hjulet import services
from hjulet.core.model import (
    Answer,
    AreaEntry,
    Consent,
    ConsentForm,
    ConsentGiver,
    EntryField,
    SipAction,
    SipPlan,
)
from hjulet.reports.summary import SummaryData, render_summary
from hjulet.services.backup import backup_vault
from hjulet.services.exchange import export_children
from hjulet.services.summary import for_meeting
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[1]
FIELDS = (
    "name", "code", "words", "good", "hard", "wish", "help_from", "adult_note", "place",
    "present", "important", "change", "recipient", "giver", "consentnote", "question",
    "participation", "attendees", "who", "what", "responsible", "followupby",
)  # fmt: skip
MARKERS = {f: f"Mrk{f.capitalize()}Qz" for f in FIELDS}


def _files(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def _hits(paths: list[Path]) -> list[tuple[str, str]]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:
            continue
        for field, marker in MARKERS.items():
            for enc in ("utf-8", "utf-16-le", "utf-16-be"):
                if marker.encode(enc) in data:
                    found.append((str(path), field))
    return found


def _session(base: Path, catalog) -> Path:
    m = MARKERS
    vault_dir = base / "vault"
    vault, _ = services.create_vault(vault_dir, PASS, name="Plain", kdf=FAST_KDF)
    child = services.add_child(vault, name=m["name"], code=m["code"], birth_year=2014)
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        place=m["place"],
        present=m["present"],
    )
    services.update_conversation(
        vault, conv.id, important_to_me=m["important"], change_note=m["change"]
    )
    services.save_entry(
        vault,
        conv.id,
        AreaEntry(
            "trygg",
            answer=Answer.at(2),
            words=m["words"],
            good=m["good"],
            hard=m["hard"],
            wish=m["wish"],
            help_from=m["help_from"],
            adult_note=m["adult_note"],
            shared=frozenset(EntryField),
        ),
    )
    consent = services.add_consent(
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
    plan = services.save_sip_plan(
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
    # A PDF to a temp path, then deleted (the user printed it and threw the file away).
    fd, pdf = tempfile.mkstemp(suffix=".pdf")
    os.close(fd)
    render_summary(
        Path(pdf),
        for_meeting(
            SummaryData(
                child_display=m["name"],
                conversation=services.get_conversation(vault, conv.id),
                consents=[consent],
                sip=plan,
            )
        ),
    )
    assert Path(pdf).stat().st_size > 1000
    os.unlink(pdf)
    backup_vault(vault, base / "backup.hbk", passphrase=PASS, kdf=FAST_KDF)
    export_children(vault, base / "export.hbk", passphrase="export pass 1", kdf=FAST_KDF)
    services.lock_vault(vault)
    return vault_dir


def test_no_marker_in_any_file_after_a_scripted_session(tmp_path, catalog):
    system_tmp = Path(tempfile.gettempdir())
    before = set(system_tmp.iterdir())
    base = tmp_path / "base"
    vault_dir = _session(base, catalog)
    # The same through the CLI, in processes of their own.
    pw = tmp_path / "pw"
    pw.write_text(PASS)
    epw = tmp_path / "epw"
    epw.write_text("export pass 2")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for argv in (
        ["backup", str(vault_dir), "--out", str(base / "cli-backup.hbk")],
        [
            "export",
            str(vault_dir),
            "--out",
            str(base / "cli-export.hbk"),
            "--encrypt",
            "--export-passphrase-file",
            str(epw),
        ],
        ["list", str(vault_dir)],
    ):
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "hjulet",
                "--basedir",
                str(base),
                "--fast-kdf",
                *argv,
                "--passphrase-file",
                str(pw),
            ],
            cwd=ROOT,
            env=env,
            capture_output=True,
            timeout=120,
        )
        assert run.returncode == 0, run.stderr.decode()
    new_tmp = [p for p in set(system_tmp.iterdir()) - before if p != tmp_path]
    scanned = _files(base) + [f for p in new_tmp for f in ([p] if p.is_file() else _files(p))]
    assert any(p.name == "vault.db" for p in scanned) and any(p.suffix == ".log" for p in scanned)
    assert _hits(scanned) == []
    print(f"\nplaintext scan: {len(scanned)} files, {len(MARKERS)} markers, 3 encodings: 0 hits")


def test_the_scan_finds_markers_when_they_are_there(tmp_path, catalog):
    """Positive control: a plain (unencrypted) export holds every marker the scan looks for."""
    _session(tmp_path / "base", catalog)
    with services.open_vault(tmp_path / "base" / "vault", PASS) as vault:
        export_children(vault, tmp_path / "plain.json")
    assert {field for _p, field in _hits([tmp_path / "plain.json"])} == set(FIELDS)
