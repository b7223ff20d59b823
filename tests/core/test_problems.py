"""Every problem text is in the catalogue, finished in Swedish, and raised only from the registry.

The texts are collected from the code itself: the members of ``P`` and the field
names, and (by reading the source) every place a Problem is made, so a new text
written as a literal at a call site fails here rather than printing English in a
Swedish message.
"""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from hjulet.core import problems
from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.i18n import Catalogue
from hjulet.core.problems import FIELD_NAMES, P, all_texts, english, problem_text

ROOT = Path(__file__).resolve().parents[2]
FIELD = re.compile(r"\{(\w+)\}")


def _catalogue(lang: str) -> dict[str, ET.Element]:
    root = ET.parse(ROOT / "i18n" / f"hjulet_{lang}.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == problems.CONTEXT:
            return {m.findtext("source") or "": m for m in ctx.iter("message")}
    return {}


def test_every_problem_text_has_a_finished_swedish_translation() -> None:
    sv, en = _catalogue("sv"), _catalogue("en")
    texts = [*all_texts().values(), *FIELD_NAMES.values()]
    assert len(texts) > 120
    for text in texts:
        assert text in en, f"not in hjulet_en.ts: {text!r}"
        message = sv.get(text)
        assert message is not None, f"not in hjulet_sv.ts: {text!r}"
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, text
        swedish = translation.text or ""
        assert swedish.strip() and swedish != text, (text, swedish)
        assert sorted(FIELD.findall(swedish)) == sorted(FIELD.findall(text)), (text, swedish)


def _calls(tree: ast.AST) -> list[tuple[ast.Call, ast.expr]]:
    """(call, the argument that says what is wrong) for every Problem made in ``tree``."""
    found: list[tuple[ast.Call, ast.expr]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if name in ("Problem", "SettingRejected") and len(node.args) >= 2:
            found.append((node, node.args[1]))
        elif name in ("InvalidInput", "DefinitionError") and node.args:
            found.append((node, node.args[0]))
        elif name == "add" and len(node.args) >= 2 and isinstance(func, ast.Attribute):
            found.append((node, node.args[1]))  # a checker's add(where, what, **fields)
    return found


def test_problems_are_made_only_from_the_registry() -> None:
    literal: list[str] = []
    used: set[str] = set()
    calls = 0
    for path in sorted((ROOT / "hjulet").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node, what in _calls(tree):
            calls += 1
            if isinstance(what, ast.Constant | ast.JoinedStr | ast.BinOp):
                literal.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "P"
            ):
                used.add(node.attr)
    assert calls > 150
    assert literal == [], "write the text into core.problems.P: " + ", ".join(literal)
    unused = sorted(set(all_texts()) - used)
    assert unused == [], f"problem texts no code raises: {unused}"


def test_fields_are_filled_after_translation_and_where_names_the_field() -> None:
    swedish = Catalogue(
        "sv",
        {
            ("Problems", P.TOO_LONG): "är längre än {n} tecken",
            ("Problems", FIELD_NAMES["name"]): "Namnet",
        },
    )
    problem = Problem("name", P.TOO_LONG, n=200)
    assert problem_text(problem, swedish.translate) == "Namnet: är längre än 200 tecken"
    assert english(problem) == "Name: is longer than 200 characters"
    assert str(problem) == "name: is longer than 200 characters"  # for developers and logs
    # a path in a file stays as it is, in every language
    path = Problem("children[2].code", P.CODE_TWICE, index=0)
    assert problem_text(path, swedish.translate) == "children[2].code: is also used by children[0]"
    assert InvalidInput(P.PASSPHRASE_EMPTY).problems == [Problem("", P.PASSPHRASE_EMPTY)]
