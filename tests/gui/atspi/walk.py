"""Walk child mode as a screen reader does, through AT-SPI (run with the system python3).

    /usr/bin/python3 tests/gui/atspi/walk.py APP OUT.json NEXT_NAMES [LAST_TEXTS [ANSWER_NAMES
        [COVER_NAMES [FIRST_NAMES]]]]

Finds the application on the accessibility bus, presses "hand over" (or the
first screen's button named in FIRST_NAMES: a guardian's "Start"), then goes
through the screens with the buttons' default actions. On every
screen it checks what a screen reader would meet:

* a control (button, slider, text field, check box...) with no name;
* a slider (a wheel sector) without a value interface, or whose value cannot
  be set and read back;
* a control reported as showing while a parent of it is not (a hidden page).

It does not wait for fixed times: after each press it looks at the tree until it
has changed and two looks in a row agree (the next screen is built), and it stops
on the screen that shows the given last text ("Thank you!") when that screen has
no "Next".

On every screen it also notes what has the keyboard focus when the screen is
built (what a screen reader announces first), the window's name, and, when
COVER_NAMES is given, presses that button on the last screen and notes what the
cover announces (its name and description). Per screen it keeps everything showing
that a reader can say ("said": role, name, description; labels too).

Writes {"pages": [...], "problems": [...], "sliders": N, "controls": N,
"focus": [...], "window": NAME, "cover": [NAME, DESCRIPTION]} to OUT.json.
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


POLL = 0.05  # seconds between two looks at the tree (each look is itself a D-Bus walk)
TIMEOUT = 8.0  # a busy machine turns pages slowly


class Node:
    """One accessible object as the walk met it."""

    def __init__(self, obj: object, parent_showing: bool) -> None:
        self.obj = obj
        self.parent_showing = parent_showing
        self.role = obj.getRole()  # type: ignore[attr-defined]
        self.name = obj.name or ""  # type: ignore[attr-defined]
        self.showing = obj.getState().contains(pyatspi.STATE_SHOWING)  # type: ignore[attr-defined]

    @property
    def seen(self) -> bool:
        """Showing, inside showing parents: a screen reader meets it."""
        return self.parent_showing and self.showing

    def key(self) -> tuple[object, ...]:
        return (self.role, self.name, self.showing, self.parent_showing)

    def describe(self) -> str:
        try:
            return f"{self.obj.getRoleName()} {self.name!r}"  # type: ignore[attr-defined]
        except Exception:
            return "?"


def walk(obj: object, parent_showing: bool, out: list[Node], depth: int = 0) -> None:
    if depth > 60:
        return
    try:
        count = obj.childCount  # type: ignore[attr-defined]
    except Exception:
        return
    for i in range(count):
        try:
            child = obj.getChildAtIndex(i)  # type: ignore[attr-defined]
            if child is None:
                continue
            node = Node(child, parent_showing)
        except Exception:  # gone while we looked
            continue
        out.append(node)
        walk(child, node.seen, out, depth + 1)


def look(app: object) -> list[Node]:
    out: list[Node] = []
    walk(app, True, out)
    return out


def same(a: list[Node], b: list[Node] | None) -> bool:
    return b is not None and [n.key() for n in a] == [n.key() for n in b]


def settled(app: object, before: list[Node] | None) -> tuple[list[Node], bool]:
    """Look until the tree differs from ``before`` (a page turned) and two looks in a row
    agree (the page is built). The last look, and whether that happened within TIMEOUT."""
    end = time.monotonic() + TIMEOUT
    last: list[Node] | None = None
    while True:
        now = look(app)
        if (before is None or not same(now, before)) and same(now, last):
            return now, True
        if time.monotonic() > end:
            return now, False
        last = now
        time.sleep(POLL)


def check(page: str, tree: list[Node], problems: list[str], counts: dict[str, int]) -> None:
    for node in tree:
        if node.showing and not node.parent_showing:
            problems.append(f"{page}: {node.describe()} is showing inside a hidden parent")
        if node.role not in CONTROLS or not node.showing:
            continue
        counts["controls"] += 1
        if not node.name.strip():
            problems.append(f"{page}: unnamed {node.describe()}")
        if node.role == pyatspi.ROLE_SLIDER:
            counts["sliders"] += 1
            try:
                value = node.obj.queryValue()  # type: ignore[attr-defined]
                if value.maximumValue <= value.minimumValue:
                    problems.append(f"{page}: slider {node.name!r} has no range")
            except NotImplementedError:
                problems.append(f"{page}: slider {node.name!r} has no value")


def seen(tree: list[Node]) -> list[list[object]]:
    """The showing controls in the reader's order: role, name, checked, value."""
    out: list[list[object]] = []
    for node in tree:
        if not node.seen or node.role not in CONTROLS:
            continue
        try:
            checked = node.obj.getState().contains(pyatspi.STATE_CHECKED)  # type: ignore[attr-defined]
            value = ""
            if node.role == pyatspi.ROLE_SLIDER:
                value = node.obj.queryValue().currentValue  # type: ignore[attr-defined]
            out.append([node.obj.getRoleName(), node.name, checked, value])  # type: ignore[attr-defined]
        except Exception:
            continue
    return out


def said(tree: list[Node]) -> list[list[object]]:
    """Everything showing that a screen reader can say, in the tree's order: role, name
    and description (a description falls back to the tooltip in Qt), labels and
    pictures too, not only controls."""
    out: list[list[object]] = []
    for node in tree:
        if not node.seen:
            continue
        try:
            description = node.obj.description or ""  # type: ignore[attr-defined]
            if node.name or description:
                out.append([node.obj.getRoleName(), node.name, description])  # type: ignore[attr-defined]
        except Exception:
            continue
    return out


def focused(tree: list[Node]) -> list[object]:
    """What has the keyboard focus (role, name, description), [] if nothing shows it."""
    for node in tree:
        try:
            if node.seen and node.obj.getState().contains(pyatspi.STATE_FOCUSED):  # type: ignore[attr-defined]
                return [node.obj.getRoleName(), node.name, node.obj.description or ""]  # type: ignore[attr-defined]
        except Exception:
            continue
    return []


def focus_when_settled(app: object, tree: list[Node]) -> tuple[list[Node], list[object]]:
    """The focused control once the screen has given it (focus follows the page)."""
    end = time.monotonic() + TIMEOUT
    found = focused(tree)
    while not found and time.monotonic() < end:
        time.sleep(POLL)
        tree = look(app)
        found = focused(tree)
    return tree, found


def press(tree: list[Node], names: tuple[str, ...]) -> bool:
    """Press the first showing control whose name is one of ``names``."""
    for node in tree:
        if node.seen and node.role in CONTROLS and node.name in names:
            action = node.obj.queryAction()  # type: ignore[attr-defined]
            for i in range(action.nActions):
                if action.getName(i) in ("Press", "press", "click", "Click"):
                    action.doAction(i)
                    return True
            action.doAction(0)
            return True
    return False


def press_when_showing(
    app: object, tree: list[Node], names: tuple[str, ...], last_texts: tuple[str, ...] = ()
) -> bool:
    """Press a control named ``names`` once it shows (looking again while it does not).
    False at once on the last page (one of ``last_texts`` shows), else after TIMEOUT."""
    end = time.monotonic() + TIMEOUT
    while not press(tree, names):
        if any(n.seen and n.name in last_texts for n in tree) or time.monotonic() > end:
            return False
        time.sleep(POLL)
        tree = look(app)
    return True


def value_sticks(slider: object, target: float) -> bool:
    """Set a slider's value and read it back until it holds (or TIMEOUT)."""
    slider.queryValue().currentValue = target  # type: ignore[attr-defined]
    end = time.monotonic() + TIMEOUT
    while abs(slider.queryValue().currentValue - target) > 0.01:  # type: ignore[attr-defined]
        if time.monotonic() > end:
            return False
        time.sleep(POLL)
    return True


def main() -> int:
    app_name, out_path = sys.argv[1], sys.argv[2]
    next_names = tuple(sys.argv[3].split("|"))  # the child's "Next" in its language
    last_texts = tuple(sys.argv[4].split("|")) if len(sys.argv) > 4 else ()  # "Thank you!"
    # optional: a button to press on every screen that has it (a face, as a child would)
    answer_names = tuple(sys.argv[5].split("|")) if len(sys.argv) > 5 and sys.argv[5] else ()
    # optional: the child's "Hide" (the cover), pressed on the last screen
    cover_names = tuple(sys.argv[6].split("|")) if len(sys.argv) > 6 and sys.argv[6] else ()
    # the first screen's way on: child mode's hand-over unless named
    first_names = ("Hand over to the child", "Lämna över till barnet")
    if len(sys.argv) > 7 and sys.argv[7]:
        first_names = tuple(sys.argv[7].split("|"))
    focus: list[list[object]] = []
    screens: list[list[list[object]]] = []
    texts: list[list[list[object]]] = []  # per screen: all a screen reader can say
    app = find_app(app_name)
    problems: list[str] = []
    counts = {"controls": 0, "sliders": 0, "values_set": 0}
    pages: list[str] = []
    tree, _ = settled(app, None)
    check("handover", tree, problems, counts)
    pages.append("handover")
    if not press_when_showing(app, tree, first_names):
        problems.append(f"handover: no {first_names[0]!r} button")
    for step in range(40):
        page = f"screen {step + 1}"
        tree, turned = settled(app, tree)
        if not turned:
            problems.append(f"{page}: the screen did not change after the last press")
        check(page, tree, problems, counts)
        pages.append(page)
        tree, first = focus_when_settled(app, tree)
        focus.append(first)  # what a screen reader announces first on this screen
        sliders = [n for n in tree if n.seen and n.role == pyatspi.ROLE_SLIDER]
        if sliders:
            target = min(sliders[0].obj.queryValue().maximumValue, 2.0)  # type: ignore[attr-defined]
            if value_sticks(sliders[0].obj, target):
                counts["values_set"] += 1
            else:
                problems.append(
                    f"{page}: setting {sliders[0].describe()} to {target} did not stick"
                )
            tree, _ = settled(app, None)  # the answer's words follow the value
        if answer_names and press(tree, answer_names):
            counts["answers_pressed"] = counts.get("answers_pressed", 0) + 1
            tree, _ = settled(app, tree)  # the chosen face is announced as checked
        screens.append(seen(tree))
        texts.append(said(tree))
        if not press_when_showing(app, tree, next_names, last_texts):  # none on the last page
            break
    last = look(app)
    final = [n.name for n in last if n.seen and n.role == pyatspi.ROLE_LABEL]
    # the child's window (the app's top-level object showing): what a reader names it
    tops = [app.getChildAtIndex(i) for i in range(app.childCount)]  # type: ignore[attr-defined]
    window = next(
        (w.name for w in tops if w is not None and w.getState().contains(pyatspi.STATE_SHOWING)),
        "",
    )
    cover: list[object] = []
    if cover_names:
        if press(last, cover_names):
            _tree, cover = focus_when_settled(app, settled(app, last)[0])
        else:
            problems.append("last screen: no cover button")
    result = {
        "pages": pages,
        "problems": problems,
        "final_texts": final,
        "screens": screens,
        "said": texts,
        "focus": focus,
        "window": window,
        "cover": cover[1:],
        **counts,
    }
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
