"""Bounding JSON and TOML text before it is parsed.

Python's parsers build the whole document in memory and recurse once per level
of nesting, so a small hostile file (100 KB of ``[[[[…`` or 64 MiB of ``[],[],…``)
can raise RecursionError or take many times its size in memory. These checks
run before any parser sees the text and look only at its structure: strings and
comments are cut out, the remaining brackets and separators are counted with
``bytes.count`` and the nesting depth is found by removing innermost bracket
pairs one level at a time. Every step runs in C over the bytes (regular
expressions, ``count``, ``translate``), so a check costs about one copy of the
input and a fraction of a second at 256 MiB.

A streaming parser (ijson) was considered: it bounds depth, but it reports one
Python event per token, which is far slower than these passes for the hostile
shapes that matter here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from hjulet.core.problems import P

# TOML strings (basic, literal, and their multi-line forms) and comments.
_TOML_SKIP = re.compile(
    rb'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"[^"\\\n]*(?:\\.[^"\\\n]*)*"|\'[^\'\n]*\'|#[^\n]*'
)
_PAIR = re.compile(rb"\[\]|\{\}")
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


@dataclass(frozen=True)
class Limits:
    max_depth: int
    max_containers: int  # arrays and tables/objects
    max_tokens: int  # values, keys and containers together (JSON); ignored for TOML


class TooComplex(ValueError):
    """The text is nested too deeply or holds too many items; ``what`` and ``args`` say which.

    ``what`` is a text of ``core.problems.P``, so a reader of a file can raise it
    as a Problem (``Problem(where, exc.what, **exc.args)``), worded in the
    person's language.
    """

    def __init__(self, what: str, /, **args: str | int) -> None:
        super().__init__(str(what).format(**args))
        self.what = what
        self.args_ = args


def _depth_ok(structural: bytes, max_depth: int) -> None:
    """Raise TooComplex if the bracket skeleton nests deeper than ``max_depth``."""
    for _ in range(max_depth):
        if not structural:
            return
        reduced = _PAIR.sub(b"", structural)
        if reduced == structural:
            raise TooComplex(P.BRACKETS)
        structural = reduced
    if structural:
        if _PAIR.search(structural) is None:
            raise TooComplex(P.BRACKETS)
        raise TooComplex(P.NESTED, n=max_depth)


_SIMPLE_STRING = re.compile(rb'"[^"]*"')
_CHUNK = 256 * 1024


def check_json(data: bytes, limits: Limits) -> None:
    """Raise TooComplex unless ``data`` (JSON) stays inside ``limits``.

    The bytes are read in chunks of 256 KiB, so the check needs only a little
    memory beside ``data`` whatever its shape. Escapes are removed first (``\\\\``
    and ``\\"``), which leaves every ``"`` a string delimiter; a string that runs
    over a chunk's end is carried over to the next chunk.
    """
    containers = tokens = 0
    skeleton: list[bytes] = []
    in_string = False
    pos, size = 0, len(data)
    while pos < size:
        end = min(pos + _CHUNK, size)
        while end < size and data[end - 1] == 0x5C:  # never split an escape
            end += 1
        chunk = data[pos:end].replace(b"\\\\", b"").replace(b'\\"', b"")
        pos = end
        if in_string:
            chunk = b'"' + chunk
        bare = _SIMPLE_STRING.sub(b"0", chunk)
        del chunk
        cut = bare.find(b'"')
        in_string = cut >= 0
        if in_string:
            bare = bare[:cut]
        found = bare.count(b"[") + bare.count(b"{")
        containers += found
        tokens += found + bare.count(b",") + bare.count(b":")
        if containers > limits.max_containers:
            raise TooComplex(P.MORE_THAN_CONTAINERS, most=limits.max_containers)
        if tokens > limits.max_tokens:
            raise TooComplex(P.MORE_THAN_ITEMS, most=limits.max_tokens)
        skeleton.append(bare.translate(None, _NOT_BRACKET))
    _depth_ok(b"".join(skeleton), limits.max_depth)


def check_toml(data: bytes, limits: Limits) -> None:
    """Raise TooComplex unless ``data`` (TOML) stays inside ``limits``."""
    bare = _TOML_SKIP.sub(b"0", data)
    containers = bare.count(b"[") + bare.count(b"{")
    if containers > limits.max_containers:
        raise TooComplex(P.TOO_MANY_TABLES, count=containers, most=limits.max_containers)
    structural = bare.translate(None, _NOT_BRACKET)
    del bare
    _depth_ok(structural, limits.max_depth)
