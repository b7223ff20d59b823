"""Answer scales as data: three faces, worded steps, words with numbers.

Every scale offers "Vill inte svara" (declined) and "Vet inte" (don't know) as
answers in their own right; "not asked yet" is the absence of an answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hjulet.core._validate import ID_RE, LANG_RE, Checker, pick, with_languages
from hjulet.core.errors import DefinitionError
from hjulet.core.problems import P
from hjulet.core.wheel import FORMAT_VERSION, LanguageInfo, parse_languages, read_toml

FACES = ("sad", "unsure", "neutral", "content", "happy")
TIERS = ("young", "middle", "teen")


@dataclass(frozen=True)
class ScaleStep:
    value: int  # 1..size, 1 is the lowest (innermost ring)
    label: Mapping[str, str]
    face: str = ""

    def label_in(self, lang: str) -> str:
        return pick(self.label, lang)


@dataclass(frozen=True)
class Scale:
    id: str
    name: Mapping[str, str]
    tier: str  # the age tier this scale suits by default
    show_numbers: bool
    steps: tuple[ScaleStep, ...]
    declined_label: Mapping[str, str]
    dont_know_label: Mapping[str, str]
    languages: Mapping[str, LanguageInfo]

    def with_texts_from(self, current: Scale) -> Scale:
        """This frozen scale plus the languages a newer copy of it has (same id and size)."""
        if current.id != self.id or current.size != self.size:
            return self
        new = {c: i for c, i in current.languages.items() if c not in self.languages}
        if not new:
            return self

        steps = tuple(
            ScaleStep(a.value, with_languages(a.label, b.label, new), a.face)
            for a, b in zip(self.steps, current.steps, strict=True)
        )
        return Scale(
            self.id,
            with_languages(self.name, current.name, new),
            self.tier,
            self.show_numbers,
            steps,
            with_languages(self.declined_label, current.declined_label, new),
            with_languages(self.dont_know_label, current.dont_know_label, new),
            {**self.languages, **new},
        )

    @property
    def size(self) -> int:
        return len(self.steps)

    def step(self, level: int) -> ScaleStep:
        return self.steps[level - 1]

    def name_in(self, lang: str) -> str:
        return pick(self.name, lang)

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "id": self.id,
            "tier": self.tier,
            "show_numbers": self.show_numbers,
            "name": dict(self.name),
            "steps": [
                {"value": s.value, "face": s.face, "label": dict(s.label)} for s in self.steps
            ],
            "languages": {
                code: {"review": info.review.value, "direction": "rtl" if info.rtl else "ltr"}
                for code, info in self.languages.items()
            },
            "declined": {"label": dict(self.declined_label)},
            "dont_know": {"label": dict(self.dont_know_label)},
        }


def scale_from_dict(data: Any, source: str = "") -> Scale:
    c = Checker()
    root = c.mapping(data, "")
    fmt = c.integer(root, "format", "", minimum=1, default=FORMAT_VERSION)
    if fmt > FORMAT_VERSION:
        c.add("format", P.FORMAT, found=fmt, supported=FORMAT_VERSION)
    scale_id = c.string(root, "id", "", pattern=ID_RE, max_len=64)
    tier = c.string(root, "tier", "", max_len=10)
    if tier and tier not in TIERS:
        c.add("tier", P.ONE_OF, allowed=", ".join(TIERS))
    show_numbers = c.boolean(root, "show_numbers", "", False)
    name = c.texts(root, "name", "", required_langs=("sv",), max_len=100)
    raw_steps = root.get("steps")
    steps: list[ScaleStep] = []
    if not isinstance(raw_steps, list) or not 2 <= len(raw_steps) <= 7:
        c.add("steps", P.STEPS)
        raw_steps = []
    for i, raw in enumerate(raw_steps):
        where = f"steps[{i}]"
        table = c.mapping(raw, where)
        value = c.integer(table, "value", where, minimum=1, maximum=7)
        if value and value != i + 1:
            c.add(f"{where}.value", P.STEP_VALUE, n=i + 1)
        face = c.string(table, "face", where, required=False, pattern=ID_RE, max_len=20)
        if face and face not in FACES:
            c.add(f"{where}.face", P.ONE_OF, allowed=", ".join(FACES))
        label = c.texts(table, "label", where, required_langs=("sv",), max_len=60)
        steps.append(ScaleStep(value, label, face))
    declined = c.texts(
        c.mapping(root.get("declined", {}), "declined"),
        "label",
        "declined",
        required_langs=("sv",),
        max_len=60,
    )
    dont_know = c.texts(
        c.mapping(root.get("dont_know", {}), "dont_know"),
        "label",
        "dont_know",
        required_langs=("sv",),
        max_len=60,
    )
    for key, table in (
        ("name", name),
        ("declined.label", declined),
        ("dont_know.label", dont_know),
    ):
        for lang in table:
            if not LANG_RE.match(lang):
                c.add(key, P.LANGUAGE_CODE_INVALID, code=repr(lang)[:20])
    languages = parse_languages(c, root)
    if "sv" not in languages:
        c.add("languages", P.MUST_LIST_SWEDISH)
    if c.problems:
        raise DefinitionError(c.problems, source)
    return Scale(scale_id, name, tier, show_numbers, tuple(steps), declined, dont_know, languages)


def load_scale(path: Path) -> Scale:
    return scale_from_dict(read_toml(path), str(path))
