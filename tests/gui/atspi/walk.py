"""Walk child mode as a screen reader does, through AT-SPI (run with the system python3).

    /usr/bin/python3 tests/gui/atspi/walk.py APP_NAME OUT.json NEXT_NAMES [ANSWER_NAMES]

Finds the application on the accessibility bus, presses "hand over", then
goes through the child's screens with the buttons' default actions. On every
screen it checks what a screen reader would meet:

* a control (button, slider, text field, check box...) with no name;
* a slider (a wheel sector) without a value interface, or whose value cannot
  be set and read back;
* a control reported as showing while a parent of it is not (a hidden page).

Writes {"pages": [...], "problems": [...], "sliders": N, "controls": N} to OUT.json.
Only the standard library and pyatspi: this runs outside the project's venv.
"""

from __future__ import annotations

import json
import sys
import time

import pyatspi  # type: ignore[import-not-found]

CONTROLS = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_SPIN_BUTTON,
}


def find_app(name: str, timeout: float = 60.0) -> object:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name:
                return app
        time.sleep(0.3)
    raise SystemExit(f"application {name!r} not found on the accessibility bus")


def showing(node: object) -> bool:
    return node.getState().contains(pyatspi.STATE_SHOWING)  # type: ignore[attr-defined]


def walk(
    node: object, parent_showing: bool, out: list[tuple[object, bool]], depth: int = 0
) -> None:
    if depth > 60:
        return
    try:
        count = node.childCount  # type: ignore[attr-defined]
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)  # type: ignore[attr-defined]
        except Exception:
            continue
        if child is None:
            continue
        out.append((child, parent_showing))
        walk(child, parent_showing and showing(child), out, depth + 1)


def nodes(app: object) -> list[tuple[object, bool]]:
    out: list[tuple[object, bool]] = []
    walk(app, True, out)
    return out


def describe(node: object) -> str:
    try:
        return f"{node.getRoleName()} {node.name!r}"  # type: ignore[attr-defined]
    except Exception:
        return "?"


def check(page: str, app: object, problems: list[str], counts: dict[str, int]) -> None:
    for node, parent_showing in nodes(app):
        try:
            role = node.getRole()  # type: ignore[attr-defined]
            is_showing = showing(node)
        except Exception:
            continue
        if is_showing and not parent_showing:
            problems.append(f"{page}: {describe(node)} is showing inside a hidden parent")
        if role not in CONTROLS or not is_showing:
            continue
        counts["controls"] += 1
        if not (node.name or "").strip():  # type: ignore[attr-defined]
            problems.append(f"{page}: unnamed {node.getRoleName()}")  # type: ignore[attr-defined]
        if role == pyatspi.ROLE_SLIDER:
            counts["sliders"] += 1
            try:
                value = node.queryValue()  # type: ignore[attr-defined]
                if value.maximumValue <= value.minimumValue:
                    problems.append(f"{page}: slider {node.name!r} has no range")  # type: ignore[attr-defined]
            except NotImplementedError:
                problems.append(f"{page}: slider {node.name!r} has no value")  # type: ignore[attr-defined]


def seen(app: object) -> list[list[object]]:
    """The showing controls in the reader's order: role, name, checked, value."""
    out: list[list[object]] = []
    for node, parent_showing in nodes(app):
        try:
            role = node.getRole()  # type: ignore[attr-defined]
            if role not in CONTROLS or not parent_showing or not showing(node):
                continue
            checked = node.getState().contains(pyatspi.STATE_CHECKED)  # type: ignore[attr-defined]
            value = ""
            if role == pyatspi.ROLE_SLIDER:
                value = node.queryValue().currentValue  # type: ignore[attr-defined]
            out.append([node.getRoleName(), node.name, checked, value])  # type: ignore[attr-defined]
        except Exception:
            continue
    return out


def showing_controls(app: object, role: int) -> list[object]:
    return [n for n, p in nodes(app) if p and showing(n) and n.getRole() == role]  # type: ignore[attr-defined]


def press(app: object, names: tuple[str, ...]) -> bool:
    """Press the first showing button whose name is one of ``names``."""
    buttons = [n for n, p in nodes(app) if p and showing(n) and n.getRole() in CONTROLS]  # type: ignore[attr-defined]
    for node in buttons:
        if node.name in names:  # type: ignore[attr-defined]
            action = node.queryAction()  # type: ignore[attr-defined]
            for i in range(action.nActions):
                if action.getName(i) in ("Press", "press", "click", "Click"):
                    action.doAction(i)
                    return True
            action.doAction(0)
            return True
    return False


def settle() -> None:
    time.sleep(0.3)


def press_when_showing(app: object, names: tuple[str, ...], timeout: float = 8.0) -> bool:
    """Press a button named ``names`` once it shows (a busy machine turns pages slowly)."""
    end = time.monotonic() + timeout
    while not press(app, names):
        if time.monotonic() > end:
            return False
        settle()
    return True


def main() -> int:
    app_name, out_path = sys.argv[1], sys.argv[2]
    next_names = tuple(sys.argv[3].split("|"))  # the child's "Next" in its language
    # optional: a button to press on every screen that has it (a face, as a child would)
    answer_names = tuple(sys.argv[4].split("|")) if len(sys.argv) > 4 and sys.argv[4] else ()
    screens: list[list[list[object]]] = []
    app = find_app(app_name)
    problems: list[str] = []
    counts = {"controls": 0, "sliders": 0, "values_set": 0}
    pages: list[str] = []
    check("handover", app, problems, counts)
    pages.append("handover")
    if not press_when_showing(app, ("Hand over to the child", "Lämna över till barnet")):
        problems.append("handover: no hand-over button")
    settle()
    for step in range(40):
        page = f"screen {step + 1}"
        check(page, app, problems, counts)
        pages.append(page)
        sliders = showing_controls(app, pyatspi.ROLE_SLIDER)
        if sliders:
            value = sliders[0].queryValue()  # type: ignore[attr-defined]
            target = min(value.maximumValue, 2.0)
            value.currentValue = target
            settle()
            if abs(sliders[0].queryValue().currentValue - target) > 0.01:  # type: ignore[attr-defined]
                problems.append(f"{page}: setting {describe(sliders[0])} to {target} did not stick")
            else:
                counts["values_set"] += 1
        if answer_names and press(app, answer_names):
            counts["answers_pressed"] = counts.get("answers_pressed", 0) + 1
            settle()
        screens.append(seen(app))
        if not press_when_showing(app, next_names):  # none on the last page
            break
        settle()
    final = [
        n.name  # type: ignore[attr-defined]
        for n, p in nodes(app)
        if p and showing(n) and n.getRole() == pyatspi.ROLE_LABEL  # type: ignore[attr-defined]
    ]
    result = {
        "pages": pages,
        "problems": problems,
        "final_texts": final,
        "screens": screens,
        **counts,
    }
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
