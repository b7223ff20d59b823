"""The lazy ``hjulet.services`` namespace: every public name is declared once and resolves."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import hjulet.services as services


def _type_checking_names() -> set[str]:
    tree = ast.parse(Path(services.__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If))
    return {
        alias.name
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }


def test_exports_type_checking_imports_and_all_agree() -> None:
    declared = set(services._WHERE)
    assert declared == _type_checking_names()
    assert declared == set(services.__all__)


def test_every_public_name_resolves_from_its_module() -> None:
    for name, module in services._WHERE.items():
        defining = importlib.import_module(f"hjulet.services.{module}")
        assert getattr(services, name) is getattr(defining, name), name


def test_an_unknown_name_is_an_attribute_error() -> None:
    try:
        services.no_such_use_case  # noqa: B018
    except AttributeError as exc:
        assert "no_such_use_case" in str(exc)
    else:
        raise AssertionError("an unknown name resolved")
