"""What a screen reader says when the focus lands: the focused object's role and name,
through AT-SPI (run with the system python3).

    /usr/bin/python3 tests/gui/atspi/focus_walk.py APP OUT.json TEXT...

Finds the application on the accessibility bus and, for each TEXT in turn, waits (up to
a minute) until the object with the keyboard focus has a name containing it. Writes
{"seen": [[ROLE, NAME], ...], "missing": TEXT or ""} to OUT.json. Only the standard
library and pyatspi: this runs outside the project's venv.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]
from walk import find_app  # type: ignore[import-not-found]


def focused(obj: object, depth: int = 0) -> object | None:
    """The object with the focus below ``obj`` (showing ones only)."""
    state = obj.getState()  # type: ignore[attr-defined]
    if depth and state.contains(pyatspi.STATE_FOCUSED):
        return obj
    if depth and not state.contains(pyatspi.STATE_SHOWING):
        return None
    for i in range(obj.childCount):  # type: ignore[attr-defined]
        child = obj.getChildAtIndex(i)  # type: ignore[attr-defined]
        if child is not None:
            found = focused(child, depth + 1)
            if found is not None:
                return found
    return None


def main() -> int:
    app_name, out, texts = sys.argv[1], sys.argv[2], sys.argv[3:]
    app = find_app(app_name)
    seen: list[list[str]] = []
    missing = ""
    for text in texts:
        end = time.monotonic() + 60
        while True:
            obj = focused(app)
            if obj is not None:
                said = [obj.getRoleName(), obj.name or ""]  # type: ignore[attr-defined]
                if not seen or seen[-1] != said:
                    seen.append(said)
                if text in said[1]:
                    break
            if time.monotonic() > end:
                missing = text
                break
            time.sleep(0.2)
        if missing:
            break
    with open(out, "w", encoding="utf-8") as fh:
        json.dump({"seen": seen, "missing": missing}, fh, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
