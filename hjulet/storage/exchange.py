"""Rows to and from the export format's plain values (see docs/export-format.md).

Bulk reads (a few queries for any number of children) and bulk inserts in the
caller's session (one transaction). Timestamps are kept as they were, so an
export of an imported vault equals the file it came from. Validation of input
is the caller's job (``services.exchange``); here the values are trusted.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from hjulet.core.errors import VaultDamaged
from hjulet.core.model import ANSWER_FIELDS
from hjulet.storage.schema import (
    ChildRow,
    ConsentRow,
    ConversationRow,
    DefinitionRow,
    EntryRow,
    GuardianEntryRow,
    GuardianViewRow,
    SipPlanRow,
)

ENTRY_TEXTS = ("words", "good", "hard", "wish", "help_from", "adult_note")
ANSWERS = tuple(ANSWER_FIELDS.values())  # each viewpoint's answer field


def format_datetime(value: datetime | None) -> str | None:
    """Stored naive-UTC datetimes as ISO 8601 with a ``Z``."""
    if value is None:
        return None
    return value.replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def format_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def answer_value(text: str) -> int | str:
    """Stored answer text ('level:3', 'declined'...) as the export value (3, 'declined')."""
    return int(text[6:]) if text.startswith("level:") else text


def answer_text(value: int | str) -> str:
    return f"level:{value}" if isinstance(value, int) else value


def definition_digest(kind: str, body: dict[str, Any]) -> tuple[str, str]:
    """(digest, canonical body) exactly as the repository stores definition copies."""
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(f"{kind}\n{canonical}".encode()).hexdigest(), canonical


def _load_body(body: str) -> Any:
    """A stored definition copy; damage (e.g. a page read back as zeros) is VaultDamaged."""
    if "\x00" in body:
        raise VaultDamaged("a stored definition reads back with zero bytes (damaged page)")
    try:
        return json.loads(body)
    except ValueError:
        raise VaultDamaged("a stored definition is not valid JSON (damaged page)") from None


def _chunks(ids: Sequence[int], size: int = 500) -> list[Sequence[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def export_children(s: Session, child_ids: Sequence[int]) -> dict[str, Any]:
    """``{"definitions": {...}, "children": [...]}`` for the given children, in code order."""
    children: list[ChildRow] = []
    for part in _chunks(list(child_ids)):
        children.extend(s.scalars(select(ChildRow).where(ChildRow.id.in_(part))))
    children.sort(key=lambda r: r.code)
    ids = [c.id for c in children]
    convs: dict[int, list[ConversationRow]] = defaultdict(list)
    consents: dict[int, list[ConsentRow]] = defaultdict(list)
    plans: dict[int, SipPlanRow] = {}
    for part in _chunks(ids):
        for conv in s.scalars(
            select(ConversationRow)
            .where(ConversationRow.child_id.in_(part))
            .order_by(ConversationRow.held_on, ConversationRow.id)
        ):
            convs[conv.child_id].append(conv)
        for consent in s.scalars(
            select(ConsentRow)
            .where(ConsentRow.child_id.in_(part))
            .order_by(ConsentRow.given_on, ConsentRow.id)
        ):
            consents[consent.child_id].append(consent)
        for plan in s.scalars(select(SipPlanRow).where(SipPlanRow.child_id.in_(part))):
            plans[plan.child_id] = plan
    conv_ids = [c.id for rows in convs.values() for c in rows]
    entries: dict[int, list[EntryRow]] = defaultdict(list)
    for part in _chunks(conv_ids):
        for entry in s.scalars(
            select(EntryRow).where(EntryRow.conversation_id.in_(part)).order_by(EntryRow.area_id)
        ):
            entries[entry.conversation_id].append(entry)
    guardians = _guardian_rows(s, conv_ids)
    digests = sorted(
        {c.definition_digest for rows in convs.values() for c in rows}
        | {c.scale_digest for rows in convs.values() for c in rows}
    )
    definitions: dict[str, Any] = {}
    for part in _chunks(digests):  # type: ignore[arg-type]
        for row in s.scalars(select(DefinitionRow).where(DefinitionRow.digest.in_(part))):
            definitions[row.digest] = {"kind": row.kind, "body": _load_body(row.body)}
    return {
        "definitions": dict(sorted(definitions.items())),
        "children": [
            _child_out(c, convs[c.id], entries, consents[c.id], plans.get(c.id), guardians)
            for c in children
        ],
    }


def _child_out(
    row: ChildRow,
    convs: list[ConversationRow],
    entries: dict[int, list[EntryRow]],
    consents: list[ConsentRow],
    plan: SipPlanRow | None,
    guardians: dict[int, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    guardians = guardians or {}
    return {
        "code": row.code,
        "name": row.name,
        "birth_year": row.birth_year,
        "languages": [x for x in row.languages.split(",") if x] or ["sv"],
        "age_tier": row.age_tier,
        "address_form": row.address_form or "",
        "archived": row.archived,
        "retention_until": format_date(row.retention_until),
        "created_at": format_datetime(row.created_at),
        "conversations": [
            _conversation_out(c, entries[c.id], guardians.get(c.id, [])) for c in convs
        ],
        "consents": [_consent_out(c) for c in consents],
        "sip_plan": None if plan is None else _plan_out(plan),
    }


def _conversation_out(
    row: ConversationRow, entries: list[EntryRow], guardians: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    out = {
        "held_on": format_date(row.held_on),
        "definition": row.definition_digest,
        "scale": row.scale_digest,
        "language": row.language,
        "place": row.place,
        "present": row.present,
        "important_to_me": row.important_to_me,
        "important_shared": row.important_shared,
        "change_note": row.change_note,
        "change_note_shared": row.change_note_shared,
        "created_at": format_datetime(row.created_at),
        "entries": [_entry_out(e) for e in entries],
    }
    if guardians:
        out["guardian_views"] = guardians
    return out


def _guardian_rows(s: Session, conv_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
    """Guardian views (export form) by conversation id, roles in order."""
    views: list[GuardianViewRow] = []
    for part in _chunks(list(conv_ids)):
        views.extend(
            s.scalars(select(GuardianViewRow).where(GuardianViewRow.conversation_id.in_(part)))
        )
    views.sort(key=lambda r: (r.conversation_id, r.role))
    entries: dict[int, list[GuardianEntryRow]] = defaultdict(list)
    for part in _chunks([v.id for v in views]):
        for e in s.scalars(
            select(GuardianEntryRow)
            .where(GuardianEntryRow.view_id.in_(part))
            .order_by(GuardianEntryRow.area_id)
        ):
            entries[e.view_id].append(e)
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for v in views:
        out[v.conversation_id].append(
            {
                "role": v.role,
                "language": v.language,
                "important": v.important,
                "important_shared": v.important_shared,
                "created_at": format_datetime(v.created_at),
                "entries": [
                    {
                        "area_id": e.area_id,
                        "answer": answer_value(e.answer),
                        "words": e.words,
                        "shared": sorted(x for x in e.shared.split(",") if x),
                        "updated_at": format_datetime(e.updated_at),
                    }
                    for e in entries[v.id]
                ],
            }
        )
    return out


def _entry_out(row: EntryRow) -> dict[str, Any]:
    out: dict[str, Any] = {"area_id": row.area_id}
    for name in ANSWERS:
        out[name] = answer_value(getattr(row, name))
    for name in ENTRY_TEXTS:
        out[name] = getattr(row, name)
    out["shared"] = sorted(x for x in row.shared.split(",") if x)
    out["child_decided"] = sorted(x for x in row.child_decided.split(",") if x)
    out["updated_at"] = format_datetime(row.updated_at)
    return out


def _consent_out(row: ConsentRow) -> dict[str, Any]:
    return {
        "given_by": row.given_by,
        "giver_name": row.giver_name,
        "recipients": list(json.loads(row.recipients)),
        "form": row.form,
        "given_on": format_date(row.given_on),
        "valid_until": format_date(row.valid_until),
        "withdrawn_on": format_date(row.withdrawn_on),
        "note": row.note,
        "sole_custody": bool(row.sole_custody),
    }


def _plan_out(row: SipPlanRow) -> dict[str, Any]:
    return {
        "question": row.question,
        "participation": row.participation,
        "attendees": row.attendees,
        "actions": [
            {"who": a["who"], "what": a["what"], "by": a.get("by")} for a in json.loads(row.actions)
        ],
        "overall_responsible": row.overall_responsible,
        "follow_up_on": format_date(row.follow_up_on),
        "follow_up_by": row.follow_up_by,
    }


# --------------------------------------------------------------------------- import


def existing_codes(s: Session, codes: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in [codes[i : i + 500] for i in range(0, len(codes), 500)]:
        found.update(s.scalars(select(ChildRow.code).where(ChildRow.code.in_(part))))
    return found


def store_definition(s: Session, kind: str, body: dict[str, Any]) -> str:
    digest, canonical = definition_digest(kind, body)
    s.execute(
        insert(DefinitionRow)
        .values(digest=digest, kind=kind, body=canonical)
        .on_conflict_do_nothing(index_elements=["digest"])
    )
    return digest


def insert_children(
    s: Session, children: Sequence[dict[str, Any]], digests: dict[str, str]
) -> None:
    """Insert validated, typed children (dates as ``date``/``datetime`` objects).

    ``digests`` maps the file's definition keys to stored digests.
    """
    now = datetime.now(UTC).replace(tzinfo=None)
    for child in children:
        row = ChildRow(
            code=child["code"],
            name=child["name"],
            birth_year=child["birth_year"],
            languages=",".join(child["languages"]),
            age_tier=child["age_tier"],
            address_form=child.get("address_form", ""),
            archived=child["archived"],
            retention_until=child["retention_until"],
            created_at=child["created_at"] or now,
        )
        s.add(row)
        s.flush()
        for conv in child["conversations"]:
            crow = ConversationRow(
                child_id=row.id,
                held_on=conv["held_on"],
                definition_digest=digests[conv["definition"]],
                scale_digest=digests[conv["scale"]],
                language=conv["language"],
                place=conv["place"],
                present=conv["present"],
                important_to_me=conv["important_to_me"],
                important_shared=conv["important_shared"],
                change_note=conv["change_note"],
                change_note_shared=conv["change_note_shared"],
                created_at=conv["created_at"] or now,
            )
            s.add(crow)
            s.flush()
            s.add_all(
                EntryRow(
                    conversation_id=crow.id,
                    area_id=e["area_id"],
                    **{name: answer_text(e[name]) for name in ANSWERS},
                    **{name: e[name] for name in ENTRY_TEXTS},
                    shared=",".join(sorted(e["shared"])),
                    child_decided=",".join(sorted(e["child_decided"])),
                    updated_at=e["updated_at"] or now,
                )
                for e in conv["entries"]
            )
            for g in conv.get("guardian_views", []):
                grow = GuardianViewRow(
                    conversation_id=crow.id,
                    role=g["role"],
                    language=g["language"],
                    important=g["important"],
                    important_shared=g["important_shared"],
                    created_at=g["created_at"] or now,
                )
                s.add(grow)
                s.flush()
                s.add_all(
                    GuardianEntryRow(
                        view_id=grow.id,
                        area_id=e["area_id"],
                        answer=answer_text(e["answer"]),
                        words=e["words"],
                        shared=",".join(sorted(e["shared"])),
                        updated_at=e["updated_at"] or now,
                    )
                    for e in g["entries"]
                )
        s.add_all(
            ConsentRow(
                child_id=row.id,
                given_by=c["given_by"],
                giver_name=c["giver_name"],
                recipients=json.dumps(list(c["recipients"]), ensure_ascii=False),
                form=c["form"],
                given_on=c["given_on"],
                valid_until=c["valid_until"],
                withdrawn_on=c["withdrawn_on"],
                note=c["note"],
                sole_custody=c["sole_custody"],
            )
            for c in child["consents"]
        )
        plan = child["sip_plan"]
        if plan is not None:
            s.add(
                SipPlanRow(
                    child_id=row.id,
                    question=plan["question"],
                    participation=plan["participation"],
                    attendees=plan["attendees"],
                    actions=json.dumps(
                        [
                            {"who": a["who"], "what": a["what"], "by": format_date(a["by"])}
                            for a in plan["actions"]
                        ],
                        ensure_ascii=False,
                    ),
                    overall_responsible=plan["overall_responsible"],
                    follow_up_on=plan["follow_up_on"],
                    follow_up_by=plan["follow_up_by"],
                )
            )
    s.flush()
