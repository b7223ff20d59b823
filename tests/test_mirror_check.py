"""packaging/check_test_mirror.py (make lint): every module has its test module or a reason."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]


def _checker() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_test_mirror", ROOT / "packaging" / "check_test_mirror.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_a_module_needs_its_mirror_or_a_reason(tmp_path: Path) -> None:
    check = _checker().check
    root = _tree(tmp_path, {
        "hjulet/__init__.py": "", "hjulet/a/__init__.py": "",
        "hjulet/a/b.py": "", "hjulet/a/c.py": "", "hjulet/d.py": "",
        "tests/a/test_b.py": "",
        "tests/mirror_reasons.txt": "# comment\nhjulet/d.py: pure data\n",
    })  # fmt: skip
    problems, missing = check(root)
    assert missing == ["hjulet/a/c.py"]
    assert len(problems) == 1 and "tests/a/test_c.py" in problems[0]
    (root / "tests/a/test_c.py").write_text("")
    assert check(root) == ([], [])


def test_the_reasons_file_stays_true(tmp_path: Path) -> None:
    check = _checker().check
    root = _tree(tmp_path, {
        "hjulet/b.py": "", "hjulet/c.py": "", "tests/test_b.py": "",
        "tests/mirror_reasons.txt": (
            "hjulet/b.py: covered by tests/test_b.py\n"  # has its mirror now
            "hjulet/gone.py: pure data\n"  # moved away
            "hjulet/c.py: covered by tests/x/test_nowhere.py\n"  # names no file
            "hjulet/c.py: twice\n"
            "hjulet/e.py\n"  # no reason
        ),
    })  # fmt: skip
    problems, _ = check(root)
    text = "\n".join(problems)
    assert "hjulet/b.py has its test module tests/test_b.py: remove its line" in text
    assert "names hjulet/gone.py, which does not exist" in text
    assert "names tests/x/test_nowhere.py, which does not exist" in text
    assert "hjulet/c.py is listed twice" in text
    assert "not 'hjulet/a/b.py: reason': hjulet/e.py" in text
    assert len(problems) == 5
