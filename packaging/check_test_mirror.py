"""Every module under hjulet/ has its test module in the mirrored place, or a stated reason.

    python packaging/check_test_mirror.py            (make lint; exit 1 on a problem)
    python packaging/check_test_mirror.py --missing  (print a reasons line to fill in for
                                                      each module that has neither)

``hjulet/a/b.py`` is mirrored by ``tests/a/test_b.py``. A module without one is listed in
``tests/mirror_reasons.txt`` as ``hjulet/a/b.py: reason``, e.g. ``covered by
tests/x/test_y.py (what it drives)`` or ``pure data (...)``. The check also keeps that file
true: a line for a module that is gone (moved or renamed) or that now has its mirror is an
error, and so is a ``tests/...`` path named in a reason that does not exist.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REASONS = "tests/mirror_reasons.txt"
TEST_PATH = re.compile(r"\btests/[\w/]+\.py\b")


def modules(root: Path) -> list[str]:
    """Every module of the package, as ``hjulet/a/b.py`` (package ``__init__`` files aside)."""
    return sorted(
        p.relative_to(root).as_posix()
        for p in (root / "hjulet").rglob("*.py")
        if p.name != "__init__.py"
    )


def mirror(module: str) -> str:
    """``hjulet/a/b.py`` -> ``tests/a/test_b.py``."""
    path = Path(module).relative_to("hjulet")
    return (Path("tests") / path.parent / f"test_{path.name}").as_posix()


def read_reasons(text: str) -> tuple[dict[str, str], list[str]]:
    """The reasons file's ``module: reason`` lines, and the problems in its form."""
    reasons: dict[str, str] = {}
    problems: list[str] = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        module, sep, reason = line.partition(":")
        module, reason = module.strip(), reason.strip()
        where = f"{REASONS}:{number}"
        if not sep or not module.startswith("hjulet/") or not module.endswith(".py"):
            problems.append(f"{where}: not 'hjulet/a/b.py: reason': {line}")
        elif not reason:
            problems.append(f"{where}: {module} has no reason")
        elif module in reasons:
            problems.append(f"{where}: {module} is listed twice")
        else:
            reasons[module] = reason
    return reasons, problems


def check(root: Path = ROOT) -> tuple[list[str], list[str]]:
    """(problems, modules with neither a mirror nor a reason) of the tree at ``root``."""
    reasons, problems = read_reasons((root / REASONS).read_text(encoding="utf-8"))
    known = modules(root)
    missing = []
    for module in known:
        has_mirror = (root / mirror(module)).is_file()
        if has_mirror and module in reasons:
            problems.append(
                f"{module} has its test module {mirror(module)}: remove its line from {REASONS}"
            )
        elif not has_mirror and module not in reasons:
            missing.append(module)
            problems.append(
                f"{module} has no test module: add {mirror(module)}, or a line "
                f"'{module}: reason' to {REASONS}"
            )
    for module, reason in sorted(reasons.items()):
        if module not in known:
            problems.append(
                f"{REASONS} names {module}, which does not exist "
                "(moved or renamed? update its line)"
            )
        for test in TEST_PATH.findall(reason):
            if not (root / test).is_file():
                problems.append(f"the reason for {module} names {test}, which does not exist")
    return problems, missing


def main(argv: list[str]) -> int:
    problems, missing = check()
    if "--missing" in argv:
        for module in missing:
            print(f"{module}: covered by tests/...")
        return 0
    for problem in problems:
        print(f"check_test_mirror: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
