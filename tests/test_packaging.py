"""The shipped files are found the same way in a source tree, a wheel and a frozen build."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from hjulet.core.resources import resources_dir, translations_dir

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_is_listed_for_the_wheel() -> None:
    """setuptools gets an explicit list (the data folders are mapped into it)."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "hjulet").rglob("__init__.py")
    }
    assert on_disk <= listed, f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}"
    mapped = config["tool"]["setuptools"]["package-dir"]
    assert mapped == {"hjulet._resources": "resources", "hjulet._i18n": "i18n"}


def test_source_tree_uses_the_folders_beside_the_package() -> None:
    assert resources_dir() == ROOT / "resources"
    assert translations_dir() == ROOT / "i18n"
    assert (resources_dir() / "wheels" / "barnets-basta-hjulet.toml").is_file()


def _copy_package(dest: Path) -> Path:
    target = dest / "hjulet"
    shutil.copytree(
        ROOT / "hjulet", target, ignore=shutil.ignore_patterns("__pycache__", "_resources")
    )
    return target


def _resolve(path_entry: Path) -> subprocess.CompletedProcess[str]:
    code = (
        "from hjulet.core.resources import resources_dir, translations_dir\n"
        "from hjulet.core.catalog import load_catalog\n"
        "print(resources_dir()); print(translations_dir())\n"
        "print(sorted(load_catalog().definitions))\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=path_entry,
        env={"PYTHONPATH": str(path_entry), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_installed_layout_reads_package_data(tmp_path: Path) -> None:
    """Laid out as a wheel installs it: hjulet/_resources and hjulet/_i18n, no source tree."""
    pkg = _copy_package(tmp_path)
    shutil.copytree(ROOT / "resources", pkg / "_resources")
    (pkg / "_i18n").mkdir()
    (pkg / "_i18n" / "hjulet_sv.qm").write_bytes(b"")
    done = _resolve(tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == str(pkg / "_resources")
    assert lines[1] == str(pkg / "_i18n")
    assert "barnets-basta-hjulet" in lines[2]


def test_installed_command_line_speaks_swedish_from_the_packaged_catalogue(
    tmp_path: Path,
) -> None:
    """The CLI's words come from hjulet/_i18n/hjulet_sv.qm (read without Qt) when installed."""
    qm = ROOT / "i18n" / "hjulet_sv.qm"
    assert qm.is_file(), "compile the catalogues first (make translations)"
    pkg = _copy_package(tmp_path)
    (pkg / "_i18n").mkdir()
    shutil.copy(qm, pkg / "_i18n" / qm.name)
    done = subprocess.run(
        [sys.executable, "-m", "hjulet", "--help"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "skapa ett nytt krypterat valv" in done.stdout  # Swedish, the default
    (pkg / "_i18n" / qm.name).unlink()  # without it: English words (and a note in the log)
    done = subprocess.run(
        [sys.executable, "-m", "hjulet", "--help"],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert "create a new encrypted vault" in done.stdout
    assert "no usable catalogue for sv (hjulet_sv.qm)" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_data_is_a_clear_error_not_an_empty_catalogue(tmp_path: Path) -> None:
    _copy_package(tmp_path)
    done = _resolve(tmp_path)
    assert done.returncode != 0
    assert "DefinitionError" in done.stderr
    assert "the program's own files are missing" in done.stderr


FEATURE_COMMANDS = ["summary", "blank-sheet", "backup", "restore", "export", "import"]


@pytest.mark.parametrize("name", FEATURE_COMMANDS)
def test_feature_commands_are_imported_by_name_not_found_at_run_time(name: str) -> None:
    """A frozen build only has the modules it sees imported: no importlib by name."""
    source = (ROOT / "hjulet" / "cli" / "main.py").read_text(encoding="utf-8")
    assert "import_module" not in source and "find_spec" not in source
    from hjulet.cli.main import Cli, _load_extras, build_parser

    _load_extras()
    parser = build_parser(Cli("en", sys.stdout, sys.stderr, sys.stdin))
    assert name in parser.format_help()


def test_smoke_test_fails_when_a_command_is_missing(tmp_path: Path) -> None:
    """packaging/smoke.py (run on the frozen program in CI) notices a lost command."""
    commands = ["init", "demo", "list", "check", "passphrase", "recover", "recovery-key",
                "backup", "restore", "export", "import", "blank-sheet"]  # fmt: skip
    lines = ["usage: hjulet [-h] [--lang {sv,en}] COMMAND ...", "", "positional arguments:"]
    lines += ["  COMMAND", *(f"    {c:<14}does {c}" for c in commands)]
    lines += ["                  a wrapped help line, not a command"]
    stub = tmp_path / "stub.py"
    stub.write_text(f"print({chr(10).join(lines)!r})\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "smoke.py"), sys.executable, str(stub)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "commands missing from --help: ['summary']" in done.stderr
