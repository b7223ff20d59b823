"""Strict JSON for input Hjulet did not write itself (imports, key slots, backups).

Python's ``json.loads`` quietly keeps the last of two equal keys (so a file can say
one thing to one reader and another to the next) and accepts ``NaN``, ``Infinity``
and ``-Infinity``, which are not JSON. :func:`loads` refuses all of them, and turns
every refusal into one typed error, :class:`JsonRejected`, whose subclass says why
and whose text is short and never quotes more than a bounded piece of the input.

Bound the structure first (``core.bounds.check_json``) where the text may be large
or hostile: this parser recurses once per level of nesting.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["DuplicateKey", "JsonRejected", "MalformedJson", "NonFiniteNumber", "loads"]


class JsonRejected(ValueError):
    """The text is not strict JSON; ``str()`` says why in a short English sentence."""


class MalformedJson(JsonRejected):
    """Not JSON at all (or not UTF-8); ``line`` and ``column`` say where, when known."""

    def __init__(self, message: str, line: int = 0, column: int = 0) -> None:
        super().__init__(message)
        self.line = line
        self.column = column


class DuplicateKey(JsonRejected):
    """One object names the same key twice."""

    def __init__(self, key: str) -> None:
        super().__init__(f"the key {key[:40]!r} appears twice in one object")
        self.key = key


class NonFiniteNumber(JsonRejected):
    """``NaN``, ``Infinity`` or ``-Infinity``."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name} is not allowed")
        self.name = name


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise DuplicateKey(key)
        out[key] = value
    return out


def _no_constants(name: str) -> Any:
    raise NonFiniteNumber(name)


def loads(text: str | bytes) -> Any:
    """Parse ``text`` (str, or UTF-8 bytes) as strict JSON, or raise :class:`JsonRejected`."""
    if isinstance(text, bytes | bytearray):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as exc:
            raise MalformedJson(f"is not UTF-8 text (byte {exc.start})") from None
    try:
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants)
    except JsonRejected:
        raise
    except json.JSONDecodeError as exc:
        where = f"line {exc.lineno} column {exc.colno}"
        raise MalformedJson(
            f"is not valid JSON at {where}: {exc.msg}", exc.lineno, exc.colno
        ) from None
    except ValueError as exc:  # an integer longer than Python converts
        raise MalformedJson(f"is not valid: {str(exc)[:120]}") from None
    except RecursionError:  # a last guard behind core.bounds
        raise MalformedJson("is nested too deeply") from None
