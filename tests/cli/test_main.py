"""The admin command line, run in-process with real argv, standard streams and exit codes.

Real subprocesses (``process=True``) where only a process shows it: its environment
(HOME), and standard input that is neither a terminal nor holds a passphrase.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from hjulet.cli.messages import MESSAGES
from tests.cli.run import ROOT, Run, run_cli, run_process

__all__ = ["ROOT", "hjulet"]


def hjulet(*args: str, stdin: str = "", basedir: Path, process: bool = False) -> Run:
    """``hjulet --basedir BASEDIR --fast-kdf ARGS``: in-process, or a real process."""
    argv = ("--basedir", str(basedir), "--fast-kdf", *args)
    return run_process(*argv, stdin=stdin) if process else run_cli(*argv, stdin=stdin)


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return tmp_path / "base"


def test_init_list_check_and_exit_codes(tmp_path, base):
    v = tmp_path / "v"
    r = hjulet(
        "init",
        str(v),
        "--name",
        "Kurator Flen",
        "--passphrase-file",
        "-",
        "--recovery-key-file",
        str(tmp_path / "rk.txt"),
        stdin="rätt lösenfras\n",
        basedir=base,
    )
    assert r.returncode == 0, r.stderr
    assert "Valvet är skapat" in r.stdout
    recovery = (tmp_path / "rk.txt").read_text().strip()
    assert len(recovery.split("-")) == 8

    r = hjulet(
        "list", str(v), "--json", "--passphrase-file", "-", stdin="rätt lösenfras\n", basedir=base
    )
    assert r.returncode == 0 and json.loads(r.stdout) == []

    r = hjulet("list", str(v), "--passphrase-file", "-", stdin="fel\n", basedir=base)
    assert r.returncode == 3
    assert r.stderr.strip().startswith("Fel lösenfras") and "Traceback" not in r.stderr

    r = hjulet(
        "--lang", "en", "list", str(v), "--passphrase-file", "-", stdin="fel\n", basedir=base
    )
    assert r.returncode == 3 and r.stderr.startswith("Wrong passphrase")

    r = hjulet("check", str(v), "--passphrase-file", "-", stdin="rätt lösenfras\n", basedir=base)
    assert r.returncode == 0, r.stdout + r.stderr

    db = v / "vault.db"
    data = bytearray(db.read_bytes())
    data[200] ^= 0xFF
    db.write_bytes(bytes(data))
    r = hjulet("list", str(v), "--passphrase-file", "-", stdin="rätt lösenfras\n", basedir=base)
    assert r.returncode == 4, r.stderr
    assert r.stderr.startswith("Valvet är skadat") and "Traceback" not in r.stderr


def test_demo_then_list_json(tmp_path, base):
    v = tmp_path / "demo"
    r = hjulet("demo", str(v), basedir=base)
    assert r.returncode == 0, r.stderr
    r = hjulet("list", str(v), "--json", "--passphrase-file", "-", stdin="demo\n", basedir=base)
    rows = json.loads(r.stdout)
    assert len(rows) >= 6
    assert set(rows[0]) == {"code", "name", "conversations", "last_conversation"}
    assert all(row["code"].startswith("DEMO-") for row in rows)
    assert sum(row["conversations"] for row in rows) > len(rows)
    # the demo's recovery key is confirmed at once: check is clean (exit 0), with no
    # warning about a recovery key nobody was meant to keep
    r = hjulet("check", str(v), "--passphrase-file", "-", stdin="demo\n", basedir=base)
    assert r.returncode == 0, r.stdout + r.stderr


def test_passphrase_change_and_recovery(tmp_path, base):
    v = tmp_path / "v"
    hjulet(
        "init",
        str(v),
        "--passphrase-file",
        "-",
        "--recovery-key-file",
        str(tmp_path / "rk"),
        stdin="första lösenfrasen\n",
        basedir=base,
    )
    (tmp_path / "old").write_text("första lösenfrasen\n")
    (tmp_path / "new").write_text("andra lösenfrasen\n")
    r = hjulet(
        "passphrase",
        str(v),
        "--passphrase-file",
        str(tmp_path / "old"),
        "--new-passphrase-file",
        str(tmp_path / "new"),
        basedir=base,
    )
    assert r.returncode == 0, r.stderr
    assert (
        hjulet("list", str(v), "--passphrase-file", str(tmp_path / "old"), basedir=base).returncode
        == 3
    )
    assert (
        hjulet("list", str(v), "--passphrase-file", str(tmp_path / "new"), basedir=base).returncode
        == 0
    )

    (tmp_path / "bad-rk").write_text("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n")
    r = hjulet(
        "recover",
        str(v),
        "--recovery-key-file",
        str(tmp_path / "bad-rk"),
        "--new-passphrase-file",
        str(tmp_path / "old"),
        basedir=base,
    )
    assert r.returncode == 3 and "Återställningsnyckeln passar inte" in r.stderr
    r = hjulet(
        "recover",
        str(v),
        "--recovery-key-file",
        str(tmp_path / "rk"),
        "--new-passphrase-file",
        str(tmp_path / "old"),
        "--new-recovery-key-file",
        str(tmp_path / "rk2"),
        basedir=base,
    )
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "rk2").read_text() != (tmp_path / "rk").read_text()
    assert (
        hjulet("list", str(v), "--passphrase-file", str(tmp_path / "new"), basedir=base).returncode
        == 3
    )
    assert (
        hjulet("list", str(v), "--passphrase-file", str(tmp_path / "old"), basedir=base).returncode
        == 0
    )


def test_usage_errors_and_missing_vault(tmp_path, base):
    assert hjulet("list", basedir=base).returncode == 2
    assert hjulet("frobnicate", basedir=base).returncode == 2
    r = hjulet(
        "list", str(tmp_path / "nowhere"), "--passphrase-file", "-", stdin="x\n", basedir=base
    )
    assert r.returncode == 6 and "Det finns inget valv" in r.stderr
    r = hjulet("init", str(tmp_path / "v"), "--passphrase-file", "-", stdin="kort\n", basedir=base)
    assert r.returncode == 2 and not (tmp_path / "v").exists()


def test_argparse_speaks_the_runs_language(tmp_path, base):
    # the help's titles and a usage error are argparse's own words: Swedish by default
    r = hjulet("--help", basedir=base)
    assert r.returncode == 0
    for words in ("användning: hjulet", "flaggor:", "visa den här hjälpen och avsluta"):
        assert words in r.stdout, (words, r.stdout)
    assert "usage:" not in r.stdout and "show this help" not in r.stdout
    r = hjulet("summary", str(tmp_path), basedir=base)
    assert r.returncode == 2
    assert "de här argumenten behövs: --child, --out" in r.stderr, r.stderr
    r = hjulet("blank-sheet", "--paper", "A5", "--out", str(tmp_path / "x.pdf"), basedir=base)
    assert "argumentet --paper: ogiltigt val: 'A5' (välj bland 'A4', 'A3')" in r.stderr
    r = hjulet("frobnicate", basedir=base)  # the commands' argument has a Swedish name
    assert "argumentet KOMMANDO: ogiltigt val: 'frobnicate'" in r.stderr, r.stderr
    r = hjulet("list", str(tmp_path), "--bogus", basedir=base)
    assert "okända argument: --bogus" in r.stderr, r.stderr
    # and English when asked for, in the same process
    r = hjulet("--lang", "en", "summary", str(tmp_path), basedir=base)
    assert "the following arguments are required: --child, --out" in r.stderr, r.stderr
    r = hjulet("--lang", "en", "frobnicate", basedir=base)
    assert "argument COMMAND: invalid choice: 'frobnicate'" in r.stderr, r.stderr


def test_basedir_holds_every_file_written_outside_the_vault(tmp_path, base):
    home = tmp_path / "home"
    home.mkdir()
    v = tmp_path / "v"
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data")}
    # a process of its own: HOME is read where a module is first imported, too
    r = run_process("--basedir", str(base), "--fast-kdf", "demo", str(v), env=env)
    assert r.returncode == 0, r.stderr
    r = run_process("--basedir", str(base), "--fast-kdf", "list", str(v), "--passphrase-file",
                    "-", stdin="demo\n", env=env)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert list(home.rglob("*")) == []
    assert (base / "logs").is_dir()


def test_every_message_is_in_the_swedish_catalogue_with_its_fields():
    """The words come from the compiled catalogue (i18n/hjulet_sv.qm), read without Qt."""
    import string

    import hjulet.cli.backup
    import hjulet.cli.reports  # noqa: F401 - both register their words
    from hjulet.core.i18n import catalogue

    swedish, english = catalogue("sv"), catalogue("en")
    for key, source in MESSAGES.items():
        sv = swedish.translate("Cli", source)
        assert sv != source, f"{key}: no Swedish translation"
        assert english.translate("Cli", source) == source, key
        fields = [{f for _, f, _, _ in string.Formatter().parse(t) if f} for t in (source, sv)]
        assert fields[0] == fields[1], key


def test_a_new_recovery_key_replaces_the_old_one(tmp_path, base):
    v = tmp_path / "v"
    hjulet("init", str(v), "--passphrase-file", "-", "--recovery-key-file", str(tmp_path / "rk1"),
           stdin="en lång lösenfras\n", basedir=base)  # fmt: skip
    r = hjulet("recovery-key", str(v), "--passphrase-file", "-",
               "--recovery-key-file", str(tmp_path / "rk2"), stdin="en lång lösenfras\n",
               basedir=base)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "Den gamla gäller inte längre" in r.stdout
    (tmp_path / "np").write_text("ny lösenfras här\n")
    r = hjulet("recover", str(v), "--recovery-key-file", str(tmp_path / "rk1"),
               "--new-passphrase-file", str(tmp_path / "np"), basedir=base)  # fmt: skip
    assert r.returncode == 3  # the old key is retired
    r = hjulet("recover", str(v), "--recovery-key-file", str(tmp_path / "rk2"),
               "--new-passphrase-file", str(tmp_path / "np"), basedir=base)  # fmt: skip
    assert r.returncode == 0, r.stderr


def test_bad_places_and_missing_input_get_messages_not_tracebacks(tmp_path, base):
    v = tmp_path / "v"
    hjulet("init", str(v), "--passphrase-file", "-", "--recovery-key-file", str(tmp_path / "rk"),
           stdin="en lång lösenfras\n", basedir=base)  # fmt: skip
    # the recovery key opens the vault on its own: only the owner may read the file
    if os.name == "posix":
        assert (tmp_path / "rk").stat().st_mode & 0o077 == 0
    # --basedir that is a file
    (tmp_path / "afile").write_text("x")
    r = hjulet("list", str(v), "--passphrase-file", "-", stdin="en lång lösenfras\n",
               basedir=tmp_path / "afile")  # fmt: skip
    assert r.returncode == 6 and "kan inte användas" in r.stderr and "Traceback" not in r.stderr
    # an output path that is a folder
    (tmp_path / "adir").mkdir()
    r = hjulet("backup", str(v), "--out", str(tmp_path / "adir"), "--passphrase-file", "-",
               stdin="en lång lösenfras\n", basedir=base)  # fmt: skip
    assert r.returncode == 7 and "inte en vanlig fil" in r.stderr
    # no terminal and nothing on standard input (a process of its own session: no terminal)
    r = hjulet("list", str(v), stdin="", basedir=base, process=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "ingen terminal" in r.stderr and "--passphrase-file" in r.stderr


def test_common_validation_problems_are_in_swedish(tmp_path, base):
    r = hjulet("init", str(tmp_path / "v"), "--name", "A" * 300, "--passphrase-file", "-",
               stdin="en lång lösenfras\n", basedir=base)  # fmt: skip
    assert r.returncode == 5
    assert "Namnet: är längre än 200 tecken" in r.stderr and "longer" not in r.stderr


def test_real_failures_are_worded_in_swedish_without_personal_data(tmp_path, base):
    """A damaged database, a hostile import file and a wrong passphrase, read as printed."""
    v = tmp_path / "demo"
    assert hjulet("demo", str(v), basedir=base).returncode == 0
    pw = ("--passphrase-file", "-")
    r = hjulet("list", str(v), *pw, stdin="fel fras\n", basedir=base)
    assert r.returncode == 3 and "Fel lösenfras" in r.stderr, r.stderr
    # a hostile import file: a child's name where codes, dates, years and languages go
    r = hjulet("export", str(v), "--out", str(tmp_path / "e.json"), *pw, stdin="demo\n",
               basedir=base)  # fmt: skip
    assert r.returncode == 0, r.stderr
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    name = "Greta Hemligsdotter"
    child = doc["children"][1]
    child["code"] = doc["children"][0]["code"]
    child["birth_year"] = name
    child["languages"] = [name]
    child["conversations"][0]["held_on"] = name
    child["conversations"][0]["entries"][0]["area_id"] = name
    child["conversations"][0]["entries"][0]["answer"] = name
    child["consents"] = [{"given_by": name, "recipients": [], "form": "oral", "given_on": "x"}]
    child[name] = "a field named after her"
    child["colour"] = "red"
    (tmp_path / "e.json").write_text(json.dumps(doc), "utf-8")
    other = tmp_path / "other"
    r = hjulet("init", str(other), *pw, stdin="en lång lösenfras\n", basedir=base)
    assert r.returncode == 0, r.stderr
    r = hjulet("import", str(other), str(tmp_path / "e.json"), *pw, stdin="en lång lösenfras\n",
               basedir=base)  # fmt: skip
    assert r.returncode == 5, r.stderr
    lines = r.stderr.splitlines()
    assert lines[0] == "Ogiltig indata:" and len(lines) >= 8, r.stderr
    for words in (
        "children[1].code: används också av children[0]",
        "children[1].birth_year: måste vara ett rimligt år eller null",
        "children[1].languages[0]: måste vara en språkkod som sv eller ar",
        "children[1].conversations[0].held_on: måste vara ett datum ÅÅÅÅ-MM-DD",
        "children[1].conversations[0].entries[0].area_id: är inget livsområde i det här",
        "children[1].conversations[0].entries[0].answer: är inte något av not_asked",
        "children[1].consents[0].given_by: är inte något av child, guardian_1, guardian_2",
        "children[1].consents[0].recipients: måste ha minst en post",
        "children[1].…: är inget känt fält",
        "children[1].colour: är inget känt fält",
    ):
        assert words in r.stderr, (words, r.stderr)
    assert "Greta" not in r.stderr and "must" not in r.stderr and " is " not in r.stderr
    # a damaged import file: cut short, or a key twice
    for body, words in (
        (
            '{"format": "hjulet-export", "children": [{"name": "Greta"',
            "Filen: har hakparenteser eller klammerparenteser som inte går jämnt ut",
        ),
        ('{"format": Greta}', "Filen: är inte giltig JSON (rad 1, kolumn 12)"),
        ('{"format": 1, "format": 2}', "Filen: har samma nyckel två gånger i ett objekt"),
    ):
        (tmp_path / "bad.json").write_text(body, "utf-8")
        r = hjulet("import", str(other), str(tmp_path / "bad.json"), *pw,
                   stdin="en lång lösenfras\n", basedir=base)  # fmt: skip
        assert r.returncode == 5 and words in r.stderr and "Greta" not in r.stderr, r.stderr
    # a damaged database: one page's bytes changed, found by check, worded in Swedish
    db = v / "vault.db"
    data = bytearray(db.read_bytes())
    data[3 * 4096 + 100] ^= 0x10
    db.write_bytes(bytes(data))
    r = hjulet("check", str(v), *pw, stdin="demo\n", basedir=base)
    assert r.returncode == 4, r.stdout + r.stderr
    assert r.stdout.startswith("Valvet har problem:\n  - krypteringskontrollen misslyckades:")
    r = hjulet("--lang", "en", "check", str(v), *pw, stdin="demo\n", basedir=base)
    assert "  - the encryption check failed:" in r.stdout, r.stdout
