"""Bad files from an organisation are skipped; inputs are bounded before parsing;
quitting under running work exits cleanly; the process refuses core dumps."""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from hjulet.core.bounds import Limits, TooComplex, check_json, check_toml
from hjulet.core.catalog import load_catalog, resources_dir
from hjulet.core.child_texts import load_child_texts, load_concern_routine
from hjulet.core.errors import InvalidInput
from hjulet.services.exchange import MAX_FILE_BYTES, parse_export_bytes

ROOT = Path(__file__).resolve().parents[1]
NESTED = "a = " + "[" * 50_000 + "]" * 50_000 + "\n"  # about 100 KB


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(
        PYTHONPATH=str(ROOT),
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


def _app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    home = tmp_path / "home"
    home.mkdir(exist_ok=True)
    return subprocess.run(
        [sys.executable, "-m", "hjulet", "--no-err-windows", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=_env(home),
        cwd=ROOT,
    )


# --------------------------------------------------------------- organisation files


def test_nested_wheel_and_scale_files_are_skipped_and_reported_once(tmp_path, caplog):
    for kind in ("wheels", "scales"):
        (tmp_path / kind).mkdir()
        (tmp_path / kind / "nested.toml").write_text(NESTED)
    with caplog.at_level(logging.WARNING, logger="hjulet.core"):
        catalog = load_catalog((tmp_path,))
        load_catalog((tmp_path,))  # a second load does not report again
    assert catalog.definition().id == "barnets-basta-hjulet"  # the rest still loads
    assert sorted(Path(p.source).parent.name for p in catalog.problems) == ["scales", "wheels"]
    assert all("arrays and tables; at most" in str(p) for p in catalog.problems)
    skipped = [r.getMessage() for r in caplog.records if "skipped" in r.getMessage()]
    assert len(skipped) == 2 and all("nested.toml" in m for m in skipped)


@pytest.mark.slow  # the app as a process
def test_app_starts_with_a_nested_wheel_file(tmp_path):
    base = tmp_path / "base"
    (base / "wheels").mkdir(parents=True)
    (base / "wheels" / "nested.toml").write_text(NESTED)
    r = _app(tmp_path, "--basedir", str(base), "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    assert "Traceback" not in r.stderr and "RecursionError" not in r.stderr
    log = (base / "logs" / "hjulet.log").read_text()
    assert log.count("nested.toml") == 1 and "arrays and tables; at most" in log


@pytest.mark.parametrize("bad", [NESTED, "x = [" * 30 + "\n", "= not toml", "\xff"])
def test_bad_child_texts_fall_back_to_the_built_in_file(tmp_path, bad):
    (tmp_path / "child_texts").mkdir()
    (tmp_path / "child_texts" / "sv.toml").write_text(bad, encoding="latin-1")
    texts = load_child_texts("sv", (tmp_path,))
    assert texts == load_child_texts("sv")  # exactly the built-in texts


def test_bad_organisation_file_falls_back_to_the_built_in_routine(tmp_path):
    (tmp_path / "organisation.toml").write_text(NESTED)
    routine = load_concern_routine((tmp_path,))
    assert Path(routine.source).parent == resources_dir()


@pytest.mark.slow  # the app as a process
def test_huge_or_odd_settings_file_is_set_aside_and_the_app_starts(tmp_path):
    base = tmp_path / "base"
    base.mkdir()
    (base / "settings.ini").write_text("[ui]\nlanguage=" + "x" * 2_000_000 + "\n")
    r = _app(tmp_path, "--basedir", str(base), "--quit-after", "1500")
    assert r.returncode == 0, r.stderr
    assert (base / "settings.ini.skipped").stat().st_size > 2_000_000
    assert (base / "settings.ini").stat().st_size < 10_000  # a fresh one
    assert "settings.ini" in (base / "logs" / "hjulet.log").read_text()


# --------------------------------------------------------------- structure bounds


LIMITS = Limits(max_depth=4, max_containers=10, max_tokens=40)


@pytest.mark.parametrize(
    "text",
    [
        '{"a": "[[[[[[[[[[{{{{{{", "b": [1, 2]}',  # brackets in a string do not count
        '["\\"[[[[[[", "x\\\\", [[[]]]]',  # escaped quotes and backslashes
        '[":-["]',  # an unmatched bracket in a child's words
    ],
)
def test_structure_check_ignores_brackets_inside_strings(text):
    json.loads(text)
    check_json(text.encode(), LIMITS)


def test_structure_check_carries_a_string_over_chunk_ends():
    text = json.dumps(["[" * 600_000, "\\" * 300_001, '"' * 300_000, [[1]]])
    check_json(text.encode(), LIMITS)


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("[[[[[1]]]]]", "nested more than 4"),
        ("[" + "[]," * 11 + "[]]", "more than 10 lists"),
        ("[" + "1," * 41 + "1]", "more than 40 items"),
        ("[1}", "do not match"),
    ],
)
def test_structure_check_refuses(text, problem):
    with pytest.raises(TooComplex, match=problem):
        check_json(text.encode(), LIMITS)


def test_toml_check_ignores_strings_and_comments():
    text = 'a = "[[[[[["\nb = \'{{{{{\'\nc = """\n[[[[\n"""\n# [[[[[[[\n[[t]]\nx = [[1]]\n'
    check_toml(text.encode(), LIMITS)
    with pytest.raises(TooComplex):
        check_toml(b"x = [[[[[1]]]]]", LIMITS)


@pytest.mark.parametrize("unit", [b"[],", b"{},", b'"ab",', b'{"a":[{}]},'])
def test_dense_exports_are_refused_before_parsing(unit):
    data = b"[" + unit * 400_000 + b"1]"
    with pytest.raises(InvalidInput, match=r"holds more than .* (lists and objects|items)"):
        parse_export_bytes(data)


# --------------------------------------------------------------- import memory

_MEASURE = textwrap.dedent(
    """
    import resource, subprocess, sys
    child = '''
    import resource, sys
    from hjulet.core.errors import InvalidInput
    from hjulet.services.exchange import read_export
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    try:
        read_export(sys.argv[1])
        print("parsed")
    except InvalidInput:
        print("refused")
    '''
    out = subprocess.run([sys.executable, "-c", child, sys.argv[1]], capture_output=True,
                         text=True, check=True).stdout.split()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(out[0], peak, out[1])
    """
)


def _write(path: Path, unit: bytes, size: int) -> None:
    with open(path, "wb") as fh:  # written in pieces: the test's own memory stays small
        fh.write(b"[")
        piece = unit * (1024 * 1024 // len(unit))
        for _ in range((size - 1) // len(piece)):
            fh.write(piece)
        fh.write(b"1]")


@pytest.mark.parametrize(
    ("unit", "outcome"),
    [
        (b"[],", "refused"),  # the reported file: 64 MiB of empty lists
        (b'{"a":"bc","d":12345},', "refused"),
        (b"123456789012345,", "parsed"),  # the densest shape the bounds still let through
        (b'"' + b"x" * 4000 + b'",', "parsed"),  # big strings
    ],
)
@pytest.mark.slow  # 64 MiB files, measured in a process of their own
def test_import_peak_memory_is_bounded(tmp_path, unit, outcome):
    size = 64 * 1024 * 1024
    path = tmp_path / "hostile.json"
    _write(path, unit, size)
    r = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        env=_env(tmp_path),
        cwd=ROOT,
    )
    assert r.returncode == 0, r.stderr
    before_kib, peak_kib, result = r.stdout.split()
    assert result == outcome
    used = (int(peak_kib) - int(before_kib)) * 1024
    assert used < 4 * path.stat().st_size, (int(before_kib) // 1024, int(peak_kib) // 1024)
    assert int(peak_kib) * 1024 < 1024**3
    assert path.stat().st_size <= MAX_FILE_BYTES


# --------------------------------------------------------------- quitting and core dumps


@pytest.mark.slow  # the app as a process
def test_quitting_while_the_demo_vault_is_made_exits_cleanly(tmp_path):
    base = tmp_path / "base"
    # --quit-after 300: the window closes while the demo vault is still being made.
    r = _app(tmp_path, "--basedir", str(base), "--demo", "--quit-after", "300")
    assert r.returncode == 0, r.stderr
    assert "unexpected" not in r.stderr.lower() and "Traceback" not in r.stderr
    log = base / "logs" / "hjulet.log"
    assert not log.exists() or "ERROR" not in log.read_text()
    # The job ran to its end (the vault is whole), then the app left.
    from hjulet import services

    with services.open_vault(base / "demo-vault", "demo") as v:
        assert len(services.list_children(v)) >= 6


@pytest.mark.slow  # the app as a process
def test_quitting_while_unlocking_exits_cleanly(tmp_path):
    from hjulet import services
    from hjulet.storage.keyslots import PRODUCT_KDF

    vault, _ = services.create_vault(tmp_path / "v", "quit pass 1", kdf=PRODUCT_KDF)
    vault.close()
    (tmp_path / "pass").write_text("quit pass 1\n")
    base = tmp_path / "base"
    # The product key derivation takes about a second: quit in the middle of it.
    r = _app(tmp_path, "--basedir", str(base), "--vault", str(tmp_path / "v"),
             "--passphrase-file", str(tmp_path / "pass"), "--quit-after", "150")  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "unexpected" not in r.stderr.lower() and "Traceback" not in r.stderr
    log = base / "logs" / "hjulet.log"
    assert not log.exists() or "ERROR" not in log.read_text()
    with services.open_vault(tmp_path / "v", "quit pass 1"):  # not left locked or damaged
        pass


@pytest.mark.slow  # the app as a process
def test_the_entry_point_refuses_core_dumps(tmp_path):
    code = textwrap.dedent(
        f"""
        import resource
        from hjulet.__main__ import main
        from hjulet.services.process import is_dumpable
        main(["blank-sheet", "--out", {str(tmp_path / "b.pdf")!r}])
        print(int(is_dumpable()), resource.getrlimit(resource.RLIMIT_CORE)[0])
        """
    )
    r = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=_env(tmp_path), cwd=ROOT
    )
    assert r.returncode == 0, r.stderr
    assert r.stdout.split()[-2:] == ["0", "0"]
