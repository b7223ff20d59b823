"""core.strict_json: duplicate keys and NaN/Infinity are refused with a typed error."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjulet.core import strict_json
from hjulet.core.strict_json import DuplicateKey, JsonRejected, MalformedJson, NonFiniteNumber


def test_plain_json_parses_as_the_standard_library_does(tmp_path: Path) -> None:
    path = tmp_path / "doc.json"
    path.write_text('{"a": [1, 2.5, "å", null, true], "b": {"c": -0.0}}', encoding="utf-8")
    assert strict_json.loads(path.read_bytes()) == {
        "a": [1, 2.5, "å", None, True],
        "b": {"c": -0.0},
    }


@pytest.mark.parametrize(
    "text",
    ['{"a": 1, "a": 2}', '{"x": {"a": 1, "b": 2, "a": 3}}', '[{"k": 1}, {"k": 1, "k": 1}]'],
)
def test_a_key_named_twice_in_one_object_is_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "dup.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DuplicateKey) as caught:
        strict_json.loads(path.read_bytes())
    assert caught.value.key in {"a", "k"}
    assert "appears twice" in str(caught.value)
    assert isinstance(caught.value, JsonRejected) and isinstance(caught.value, ValueError)


@pytest.mark.parametrize("name", ["NaN", "Infinity", "-Infinity"])
def test_non_finite_numbers_are_refused(name: str) -> None:
    with pytest.raises(NonFiniteNumber) as caught:
        strict_json.loads(f'{{"level": {name}}}')
    assert caught.value.name == name
    assert str(caught.value) == f"{name} is not allowed"


def test_malformed_text_says_where() -> None:
    with pytest.raises(MalformedJson) as caught:
        strict_json.loads('{\n  "a": 1,\n  oops\n}')
    assert (caught.value.line, caught.value.column) == (3, 3)
    assert "line 3 column 3" in str(caught.value)
    with pytest.raises(MalformedJson, match="not UTF-8"):
        strict_json.loads(b'{"a": "\xff"}')
    with pytest.raises(MalformedJson, match="nested too deeply"):
        strict_json.loads("[" * 100_000 + "]" * 100_000)
