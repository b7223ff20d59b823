"""Small helpers for validating data read from files (TOML/JSON dicts).

Every failure is collected as a Problem naming the field, so a person editing a
definition file sees every mistake at once, with file, field and what is wrong.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any

from hjulet.core.errors import Problem
from hjulet.core.problems import P

LANG_RE = re.compile(r"^[a-z]{2,3}(-x)?(-[A-Za-z0-9]{2,8})*$")  # "-x-girl": a form of address
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
COLOUR_RE = re.compile(r"^#[0-9A-Fa-f]{6}$")


class Checker:
    """Collects problems while reading a nested mapping."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, what: str, /, **args: str | int) -> None:
        self.problems.append(Problem(where, what, **args))

    def mapping(self, data: Any, where: str) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            self.add(where, P.TABLE)
            return {}
        return data

    def string(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str,
        *,
        required: bool = True,
        pattern: re.Pattern[str] | None = None,
        max_len: int = 2000,
        default: str = "",
    ) -> str:
        path = f"{where}.{key}" if where else key
        if key not in data:
            if required:
                self.add(path, P.MISSING)
            return default
        value = data[key]
        if not isinstance(value, str):
            self.add(path, P.TEXT)
            return default
        if required and not value.strip():
            self.add(path, P.EMPTY)
        if len(value) > max_len:
            self.add(path, P.TOO_LONG, n=max_len)
            return default
        if pattern is not None and value and not pattern.match(value):
            self.add(path, P.INVALID_VALUE, value=repr(value[:40]))
        return value

    def integer(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str,
        *,
        required: bool = True,
        minimum: int = 0,
        maximum: int = 10**6,
        default: int = 0,
    ) -> int:
        path = f"{where}.{key}" if where else key
        if key not in data:
            if required:
                self.add(path, P.MISSING)
            return default
        value = data[key]
        if isinstance(value, bool) or not isinstance(value, int):
            self.add(path, P.WHOLE_NUMBER)
            return default
        if not minimum <= value <= maximum:
            self.add(path, P.BETWEEN, least=minimum, most=maximum)
            return default
        return value

    def boolean(self, data: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
        if key not in data:
            return default
        value = data[key]
        if not isinstance(value, bool):
            self.add(f"{where}.{key}" if where else key, P.TRUE_OR_FALSE)
            return default
        return value

    def texts(
        self,
        data: Mapping[str, Any],
        key: str,
        where: str,
        *,
        required_langs: tuple[str, ...] = (),
        max_len: int = 2000,
    ) -> dict[str, str]:
        """A per-language text table such as ``label = { sv = "Trygg", en = "Safe" }``."""
        path = f"{where}.{key}" if where else key
        if key not in data:
            if required_langs:
                self.add(path, P.MISSING)
            return {}
        table = self.mapping(data[key], path)
        out: dict[str, str] = {}
        for lang, text in table.items():
            if not isinstance(lang, str) or not LANG_RE.match(lang):
                self.add(path, P.LANGUAGE_CODE_INVALID, code=repr(str(lang)[:20]))
                continue
            if not isinstance(text, str) or not text.strip():
                self.add(f"{path}.{lang}", P.NON_EMPTY_TEXT)
                continue
            if len(text) > max_len:
                self.add(f"{path}.{lang}", P.TOO_LONG, n=max_len)
                continue
            out[lang] = text
        for lang in required_langs:
            if table and lang not in table:
                self.add(path, P.NO_DEFAULT_TEXT, lang=repr(lang))
        return out


def with_languages(
    old: Mapping[str, str], more: Mapping[str, str], new: Collection[str]
) -> dict[str, str]:
    """``old`` plus the texts of ``more`` whose language (girl/boy forms included:
    "ar-x-girl") is one of ``new``; what ``old`` already says never changes."""
    out = dict(old)
    for tag, text in more.items():
        if tag.split("-x-", 1)[0] in new:
            out.setdefault(tag, text)
    return out


def pick(texts: Mapping[str, str], lang: str, fallback: str = "sv") -> str:
    """The text in ``lang``, else its base language, else the fallback, else any."""
    if lang in texts:
        return texts[lang]
    base = lang.split("-", 1)[0]
    if base in texts:
        return texts[base]
    if fallback in texts:
        return texts[fallback]
    return next(iter(texts.values()), "")
