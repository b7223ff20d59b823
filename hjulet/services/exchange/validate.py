"""Validating parsed export data: every problem listed with where and what, e.g.
``children[2].conversations[0].entries[3].answer: level 7 is outside 1..4``."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from hjulet.core._validate import LANG_RE
from hjulet.core.errors import DefinitionError, InvalidInput, Problem
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.languages import AddressForm
from hjulet.core.model import MAX_SHORT, MAX_TEXT, AgeTier, ConsentForm, ConsentGiver, EntryField
from hjulet.core.problems import P
from hjulet.core.scales import Scale, scale_from_dict
from hjulet.core.sharing import may_record_sole_custody
from hjulet.core.text import clean
from hjulet.core.wheel import MAX_AREAS, WheelDefinition, definition_from_dict
from hjulet.services.exchange.format import (
    EXPORT_FORMAT,
    EXPORT_VERSION,
    MAX_ACTIONS,
    MAX_CHILDREN,
    MAX_CONSENTS,
    MAX_CONVERSATIONS,
    MAX_DEFINITION_BYTES,
    MAX_DEFINITIONS,
    MAX_LANGUAGES,
    MAX_PROBLEMS,
    MAX_RECIPIENTS,
)
from hjulet.storage import exchange as rows

_TOP = ("format", "version", "exported_at", "generator", "definitions", "children")
_CHILD = (
    "code", "name", "birth_year", "languages", "age_tier", "address_form", "archived",
    "retention_until", "created_at", "conversations", "consents", "sip_plan",
)  # fmt: skip
_CONV = (
    "held_on", "definition", "scale", "language", "place", "present", "important_to_me",
    "important_shared", "change_note", "change_note_shared", "created_at", "entries",
    "guardian_views",
)  # fmt: skip
_GUARDIAN_VIEW = ("role", "language", "important", "important_shared", "created_at", "entries")
_GUARDIAN_ENTRY = ("area_id", "answer", "words", "shared", "updated_at")
_GUARDIAN_ROLES = tuple(r.value for r in GuardianRole)
_GUARDIAN_SHAREABLE = tuple(i.value for i in GuardianItem)
_ENTRY = ("area_id", *rows.ANSWERS, *rows.ENTRY_TEXTS, "shared", "child_decided", "updated_at")
_CONSENT = (
    "given_by", "giver_name", "recipients", "form", "given_on", "valid_until", "withdrawn_on",
    "note", "sole_custody",
)  # fmt: skip
_PLAN = (
    "question", "participation", "attendees", "actions", "overall_responsible", "follow_up_on",
    "follow_up_by",
)  # fmt: skip
_ACTION = ("who", "what", "by")
_ANSWER_WORDS = ("not_asked", "declined", "dont_know")
_SHAREABLE = frozenset(f.value for f in EntryField)


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


# A key read from the file is named in a problem only when it looks like a field name or a
# definition's key: anything else (a name typed as a key, say) could be personal.
_FIELD_NAME = re.compile(r"[a-z][a-z0-9_]{0,39}")
_DEFINITION_KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@:+-]{0,69}")


def _shown(key: object, pattern: re.Pattern[str]) -> str:
    return key if isinstance(key, str) and pattern.fullmatch(key) else "…"


# A definition's checker names a wrong value or language code it read (helpful in the
# organisation's own files); read from an import file, such a word could be anything, a
# child's name included. Only numbers and these texts' lists of allowed words are kept.
_PROGRAM_WORDS = frozenset({P.ONE_OF})


def _args(problem: Problem) -> dict[str, str | int]:
    keep = problem.what in _PROGRAM_WORDS
    return {k: v if keep or isinstance(v, int) else "…" for k, v in problem.args.items()}


class _StopCheckingError(Exception):
    pass


class _V:
    """Collects problems; every check returns a clean, typed value or None."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, where: str, what: str, /, **args: str | int) -> None:
        self.problems.append(Problem(where, what, **args))
        if len(self.problems) >= MAX_PROBLEMS:
            raise _StopCheckingError

    def obj(
        self, value: Any, where: str, keys: Sequence[str], required: Sequence[str] = ()
    ) -> dict[str, Any] | None:
        """An object with only known ``keys``; ``required`` ones must be present.

        The other checks skip an absent key (a default applies, or it was reported here).
        """
        if not isinstance(value, dict):
            self.add(where, P.OBJECT)
            return None
        for key in value:
            if key not in keys:
                self.add(_join(where, _shown(key, _FIELD_NAME)), P.UNKNOWN_FIELD)
        for key in required:
            if key not in value:
                self.add(_join(where, key), P.MISSING)
        return value

    def lst(self, value: Any, where: str, most: int, *, least: int = 0) -> list[Any]:
        if not isinstance(value, list):
            self.add(where, P.LIST)
            return []
        if len(value) > most:
            self.add(where, P.TOO_MANY_ITEMS, count=len(value), most=most)
            return []
        if len(value) < least:
            self.add(where, P.NO_ITEMS)
        return value

    def text(
        self, d: Mapping[str, Any], key: str, where: str, most: int, *, multiline: bool = True,
        required: bool = False,
    ) -> str:  # fmt: skip
        path = _join(where, key)
        if key not in d:
            return ""
        value = d[key]
        if not isinstance(value, str):
            self.add(path, P.TEXT)
            return ""
        if len(value) > 4 * most + 1000:  # before cleaning: bound the work
            self.add(path, P.TOO_LONG, n=most)
            return ""
        out = clean(value, multiline=multiline)
        if len(out) > most:
            self.add(path, P.TOO_LONG, n=most)
        elif required and not out:
            self.add(path, P.EMPTY)
        return out

    def boolean(self, d: Mapping[str, Any], key: str, where: str) -> bool:
        value = d.get(key, False)
        if not isinstance(value, bool):
            self.add(f"{where}.{key}", P.TRUE_OR_FALSE)
            return False
        return value

    def enum(
        self, d: Mapping[str, Any], key: str, where: str, allowed: Sequence[str], default: str = ""
    ) -> str:
        if key not in d:
            return default or allowed[0]
        value = d[key]
        if not isinstance(value, str) or value not in allowed:
            self.add(f"{where}.{key}", P.NOT_ONE_OF, allowed=", ".join(allowed))
            return allowed[0]
        return value

    def day(self, d: Mapping[str, Any], key: str, where: str, *, optional: bool) -> date | None:
        value = d.get(key)
        if value is None and (optional or key not in d):
            return None
        if not isinstance(value, str) or len(value) != 10:
            self.add(f"{where}.{key}", P.DATE)
            return None
        try:
            parsed = date.fromisoformat(value)
        except ValueError:
            self.add(f"{where}.{key}", P.NOT_A_DATE)
            return None
        if not 1900 <= parsed.year <= 2200:
            self.add(f"{where}.{key}", P.DATE_RANGE)
            return None
        return parsed

    def moment(self, d: Mapping[str, Any], key: str, where: str) -> datetime | None:
        value = d.get(key)
        if value is None:
            return None
        if not isinstance(value, str) or not 10 <= len(value) <= 40:
            self.add(f"{where}.{key}", P.DATETIME)
            return None
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            self.add(f"{where}.{key}", P.NOT_A_DATETIME)
            return None
        if parsed.tzinfo is not None:
            parsed = parsed.astimezone(UTC).replace(tzinfo=None)
        if not 1900 <= parsed.year <= 2200:
            self.add(f"{where}.{key}", P.DATE_RANGE)
            return None
        return parsed

    def answer(self, d: Mapping[str, Any], key: str, where: str, size: int | None) -> int | str:
        value = d.get(key, "not_asked")
        if isinstance(value, bool) or not isinstance(value, int | str):
            self.add(f"{where}.{key}", P.ANSWER_FORM)
            return "not_asked"
        if isinstance(value, str):
            if value not in _ANSWER_WORDS:
                self.add(f"{where}.{key}", P.NOT_ONE_OF, allowed=", ".join(_ANSWER_WORDS))
                return "not_asked"
            return value
        top = size if size is not None else 7
        if not 1 <= value <= top:
            self.add(f"{where}.{key}", P.LEVEL_OUTSIDE, level=value, top=top)
            return "not_asked"
        return value


def _definitions(
    v: _V, raw: Any
) -> tuple[dict[str, WheelDefinition], dict[str, Scale], dict[str, dict[str, Any]]]:
    wheels: dict[str, WheelDefinition] = {}
    scales: dict[str, Scale] = {}
    bodies: dict[str, dict[str, Any]] = {}
    if not isinstance(raw, dict):
        v.add("definitions", P.OBJECT)
        return wheels, scales, bodies
    if len(raw) > MAX_DEFINITIONS:
        v.add("definitions", P.TOO_MANY_ITEMS, count=len(raw), most=MAX_DEFINITIONS)
        return wheels, scales, bodies
    for key, item in raw.items():
        where = f"definitions[{_shown(key, _DEFINITION_KEY)!r}]"
        if not 1 <= len(key) <= 128:
            v.add(where, P.DEFINITION_KEY, n=128)
            continue
        d = v.obj(item, where, ("kind", "body"), ("kind", "body"))
        if d is None or "kind" not in d or "body" not in d:
            continue
        kind = d["kind"]
        if kind not in ("wheel", "scale"):
            v.add(f"{where}.kind", P.WHEEL_OR_SCALE)
            continue
        try:
            size = len(json.dumps(d["body"], ensure_ascii=False))
        except (TypeError, ValueError, RecursionError):
            size = MAX_DEFINITION_BYTES + 1
        if size > MAX_DEFINITION_BYTES:
            v.add(f"{where}.body", P.TOO_LARGE)
            continue
        try:
            if kind == "wheel":
                wheels[key] = definition_from_dict(d["body"], "export")
                bodies[key] = wheels[key].to_dict()
            else:
                scales[key] = scale_from_dict(d["body"], "export")
                bodies[key] = scales[key].to_dict()
        except DefinitionError as exc:
            for p in exc.problems[:20]:
                v.add(f"{where}.body.{p.where}" if p.where else f"{where}.body", p.what, **_args(p))
    return wheels, scales, bodies


def _entry(v: _V, raw: Any, where: str, areas: tuple[str, ...] | None, size: int | None) -> Any:
    d = v.obj(raw, where, _ENTRY, ("area_id",))
    if d is None:
        return None
    area = d.get("area_id")
    if not isinstance(area, str) or not area:
        v.add(f"{where}.area_id", P.TEXT)
    elif areas is not None and area not in areas:
        v.add(f"{where}.area_id", P.NOT_AN_AREA)
    out: dict[str, Any] = {"area_id": area}
    for name in rows.ANSWERS:
        out[name] = v.answer(d, name, where, size)
    for name in rows.ENTRY_TEXTS:
        out[name] = v.text(d, name, where, MAX_TEXT)
    # shared: what may be shown; child_decided: which of those choices the child made
    for key in ("shared", "child_decided"):
        items = v.lst(d.get(key, []), f"{where}.{key}", len(_SHAREABLE))
        flags: list[str] = []
        for i, flag in enumerate(items):
            if not isinstance(flag, str) or flag not in _SHAREABLE:
                v.add(f"{where}.{key}[{i}]", P.NOT_ONE_OF, allowed=", ".join(sorted(_SHAREABLE)))
            elif flag not in flags:
                flags.append(flag)
        out[key] = flags
    out["updated_at"] = v.moment(d, "updated_at", where)
    return out


def _conversation(
    v: _V,
    raw: Any,
    where: str,
    wheels: Mapping[str, WheelDefinition],
    scales: Mapping[str, Scale],
) -> Any:
    d = v.obj(raw, where, _CONV, ("held_on", "definition", "scale"))
    if d is None:
        return None
    out: dict[str, Any] = {"held_on": v.day(d, "held_on", where, optional=False)}
    wheel: WheelDefinition | None = None
    scale: Scale | None = None
    for key, table in (("definition", wheels), ("scale", scales)):
        ref = d.get(key)
        if key not in d:
            continue
        if not isinstance(ref, str) or ref not in table:
            v.add(f"{where}.{key}", P.NO_SUCH_WHEEL if key == "definition" else P.NO_SUCH_SCALE)
        else:
            out[key] = ref
            if key == "definition":
                wheel = wheels[ref]
            else:
                scale = scales[ref]
    language = d.get("language", "sv")
    if not isinstance(language, str) or len(language) > 20 or not LANG_RE.match(language):
        v.add(f"{where}.language", P.LANGUAGE_CODE)
    out["language"] = language
    out["place"] = v.text(d, "place", where, MAX_SHORT, multiline=False)
    out["present"] = v.text(d, "present", where, 2000)
    out["important_to_me"] = v.text(d, "important_to_me", where, MAX_TEXT)
    out["important_shared"] = v.boolean(d, "important_shared", where)
    out["change_note"] = v.text(d, "change_note", where, MAX_TEXT)
    out["change_note_shared"] = v.boolean(d, "change_note_shared", where)
    out["created_at"] = v.moment(d, "created_at", where)
    areas = wheel.area_ids if wheel is not None else None
    size = scale.size if scale is not None else None
    entries = []
    seen: set[str] = set()
    for i, raw_entry in enumerate(v.lst(d.get("entries", []), f"{where}.entries", MAX_AREAS)):
        entry = _entry(v, raw_entry, f"{where}.entries[{i}]", areas, size)
        if entry is None:
            continue
        if entry["area_id"] in seen:
            v.add(f"{where}.entries[{i}].area_id", P.TWICE_IN_CONVERSATION)
        seen.add(entry["area_id"])
        entries.append(entry)
    out["entries"] = entries
    views = []
    roles: set[str] = set()
    raw_views = v.lst(d.get("guardian_views", []), f"{where}.guardian_views", len(_GUARDIAN_ROLES))
    for i, raw_view in enumerate(raw_views):
        view = _guardian_view(v, raw_view, f"{where}.guardian_views[{i}]", areas, size)
        if view is None:
            continue
        if view["role"] in roles:
            v.add(f"{where}.guardian_views[{i}].role", P.TWICE_IN_CONVERSATION)
        roles.add(view["role"])
        views.append(view)
    out["guardian_views"] = views
    return out


def _guardian_view(
    v: _V, raw: Any, where: str, areas: tuple[str, ...] | None, size: int | None
) -> Any:
    d = v.obj(raw, where, _GUARDIAN_VIEW, ("role",))
    if d is None:
        return None
    language = d.get("language", "sv")
    if not isinstance(language, str) or len(language) > 20 or not LANG_RE.match(language):
        v.add(f"{where}.language", P.LANGUAGE_CODE)
        language = "sv"
    out: dict[str, Any] = {
        "role": v.enum(d, "role", where, _GUARDIAN_ROLES),
        "language": language,
        "important": v.text(d, "important", where, MAX_TEXT),
        "important_shared": v.boolean(d, "important_shared", where),
        "created_at": v.moment(d, "created_at", where),
    }
    entries = []
    seen: set[str] = set()
    for i, raw_entry in enumerate(v.lst(d.get("entries", []), f"{where}.entries", MAX_AREAS)):
        at = f"{where}.entries[{i}]"
        e = v.obj(raw_entry, at, _GUARDIAN_ENTRY, ("area_id",))
        if e is None:
            continue
        area = e.get("area_id")
        if not isinstance(area, str) or not area:
            v.add(f"{at}.area_id", P.TEXT)
            continue
        if areas is not None and area not in areas:
            v.add(f"{at}.area_id", P.NOT_AN_AREA)
        if area in seen:
            v.add(f"{at}.area_id", P.TWICE_IN_GUARDIAN_VIEW)
        seen.add(area)
        flags: list[str] = []
        for j, flag in enumerate(v.lst(e.get("shared", []), f"{at}.shared", 2)):
            if not isinstance(flag, str) or flag not in _GUARDIAN_SHAREABLE:
                v.add(f"{at}.shared[{j}]", P.NOT_ONE_OF, allowed=", ".join(_GUARDIAN_SHAREABLE))
            elif flag not in flags:
                flags.append(flag)
        entries.append(
            {
                "area_id": area,
                "answer": v.answer(e, "answer", at, size),
                "words": v.text(e, "words", at, MAX_TEXT),
                "shared": flags,
                "updated_at": v.moment(e, "updated_at", at),
            }
        )
    out["entries"] = entries
    return out


def _consent(v: _V, raw: Any, where: str) -> Any:
    d = v.obj(raw, where, _CONSENT, ("given_by", "recipients", "form", "given_on"))
    if d is None:
        return None
    out: dict[str, Any] = {
        "given_by": v.enum(d, "given_by", where, [g.value for g in ConsentGiver]),
        "form": v.enum(d, "form", where, [f.value for f in ConsentForm]),
        "giver_name": v.text(d, "giver_name", where, MAX_SHORT, multiline=False),
        "note": v.text(d, "note", where, 2000),
        "given_on": v.day(d, "given_on", where, optional=False),
        "valid_until": v.day(d, "valid_until", where, optional=True),
        "withdrawn_on": v.day(d, "withdrawn_on", where, optional=True),
        "sole_custody": v.boolean(d, "sole_custody", where),
    }
    if out["sole_custody"] and not may_record_sole_custody(str(out["given_by"])):
        v.add(f"{where}.sole_custody", P.SOLE_CUSTODY_GUARDIAN)
    recipients = []
    raw_list = v.lst(d.get("recipients", []), f"{where}.recipients", MAX_RECIPIENTS, least=1)
    for i, item in enumerate(raw_list):
        name = v.text({"r": item}, "r", f"{where}.recipients[{i}]", MAX_SHORT, multiline=False)
        if isinstance(item, str) and not name:
            v.add(f"{where}.recipients[{i}]", P.EMPTY)
        recipients.append(name)
    out["recipients"] = recipients
    if out["valid_until"] and out["given_on"] and out["valid_until"] < out["given_on"]:
        v.add(f"{where}.valid_until", P.BEFORE_CONSENT)
    return out


def _plan(v: _V, raw: Any, where: str) -> Any:
    if raw is None:
        return None
    d = v.obj(raw, where, _PLAN)
    if d is None:
        return None
    out: dict[str, Any] = {
        "question": v.text(d, "question", where, MAX_TEXT),
        "participation": v.text(d, "participation", where, MAX_TEXT),
        "attendees": v.text(d, "attendees", where, 5000),
        "overall_responsible": v.text(d, "overall_responsible", where, MAX_SHORT, multiline=False),
        "follow_up_on": v.day(d, "follow_up_on", where, optional=True),
        "follow_up_by": v.text(d, "follow_up_by", where, MAX_SHORT, multiline=False),
    }
    actions = []
    for i, item in enumerate(v.lst(d.get("actions", []), f"{where}.actions", MAX_ACTIONS)):
        aw = f"{where}.actions[{i}]"
        a = v.obj(item, aw, _ACTION, ("who", "what"))
        if a is None:
            continue
        actions.append(
            {
                "who": v.text(a, "who", aw, MAX_SHORT, multiline=False),
                "what": v.text(a, "what", aw, 5000),
                "by": v.day(a, "by", aw, optional=True),
            }
        )
    out["actions"] = actions
    return out


def _child(
    v: _V,
    raw: Any,
    where: str,
    wheels: Mapping[str, WheelDefinition],
    scales: Mapping[str, Scale],
) -> Any:
    d = v.obj(raw, where, _CHILD, ("code",))
    if d is None:
        return None
    out: dict[str, Any] = {
        "code": v.text(d, "code", where, 64, multiline=False, required=True),
        "name": v.text(d, "name", where, MAX_SHORT, multiline=False),
        "age_tier": v.enum(d, "age_tier", where, [t.value for t in AgeTier], "middle"),
        "address_form": v.enum(d, "address_form", where, [f.value for f in AddressForm], ""),
        "archived": v.boolean(d, "archived", where),
        "retention_until": v.day(d, "retention_until", where, optional=True),
        "created_at": v.moment(d, "created_at", where),
    }
    year = d.get("birth_year")
    if year is not None and (
        isinstance(year, bool) or not isinstance(year, int) or not 1990 <= year <= date.today().year
    ):
        v.add(f"{where}.birth_year", P.YEAR_OR_NULL)
        year = None
    out["birth_year"] = year
    languages = []
    for i, lang in enumerate(
        v.lst(d.get("languages", ["sv"]), f"{where}.languages", MAX_LANGUAGES, least=1)
    ):
        if not isinstance(lang, str) or len(lang) > 20 or not LANG_RE.match(lang):
            v.add(f"{where}.languages[{i}]", P.LANGUAGE_CODE)
        else:
            languages.append(lang)
    out["languages"] = languages or ["sv"]
    raw_convs = v.lst(d.get("conversations", []), f"{where}.conversations", MAX_CONVERSATIONS)
    out["conversations"] = [
        c
        for i, item in enumerate(raw_convs)
        if (c := _conversation(v, item, f"{where}.conversations[{i}]", wheels, scales)) is not None
    ]
    raw_consents = v.lst(d.get("consents", []), f"{where}.consents", MAX_CONSENTS)
    out["consents"] = [
        c
        for i, item in enumerate(raw_consents)
        if (c := _consent(v, item, f"{where}.consents[{i}]")) is not None
    ]
    out["sip_plan"] = _plan(v, d.get("sip_plan"), f"{where}.sip_plan")
    return out


@dataclass(frozen=True)
class ValidExport:
    """A validated export: typed, cleaned values ready to insert."""

    children: list[dict[str, Any]]
    definitions: dict[str, tuple[str, dict[str, Any]]]  # file key -> (kind, canonical body)


def validate_export(data: Any) -> ValidExport:
    """Check everything; InvalidInput listing every problem (where and what)."""
    v = _V()
    children: list[dict[str, Any]] = []
    definitions: dict[str, tuple[str, dict[str, Any]]] = {}
    try:
        top = v.obj(data, "", _TOP, ("format", "version", "children"))
        if top is None:
            raise _StopCheckingError
        if top.get("format") != EXPORT_FORMAT:
            v.add("format", P.NOT_AN_EXPORT, expected=repr(EXPORT_FORMAT))
            raise _StopCheckingError
        version = top.get("version")
        if isinstance(version, bool) or not isinstance(version, int) or version < 1:
            v.add("version", P.WHOLE_NUMBER)
        elif version > EXPORT_VERSION:
            v.add("version", P.EXPORT_TOO_NEW, version=version, supported=EXPORT_VERSION)
            raise _StopCheckingError
        for key in ("exported_at",):
            if top.get(key) is not None:
                v.moment(top, key, "")
        if not isinstance(top.get("generator", ""), str) or len(top.get("generator", "")) > 200:
            v.add("generator", P.GENERATOR, n=200)
        wheels, scales, bodies = _definitions(v, top.get("definitions", {}))
        definitions = {
            key: ("wheel" if key in wheels else "scale", body) for key, body in bodies.items()
        }
        raw_children = v.lst(top.get("children"), "children", MAX_CHILDREN, least=1)
        seen: dict[str, int] = {}
        for i, item in enumerate(raw_children):
            child = _child(v, item, f"children[{i}]", wheels, scales)
            if child is None:
                continue
            code = child["code"]
            if code and code in seen:
                v.add(f"children[{i}].code", P.CODE_TWICE, index=seen[code])
            seen.setdefault(code, i)
            children.append(child)
    except _StopCheckingError:
        pass
    if v.problems:
        if len(v.problems) >= MAX_PROBLEMS:
            v.problems.append(Problem("", P.STOPPED, n=MAX_PROBLEMS))
        raise InvalidInput(v.problems, "import")
    return ValidExport(children, definitions)
