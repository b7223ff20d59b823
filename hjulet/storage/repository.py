"""Reading and writing core dataclasses. Each function takes an open Session.

ORM rows are converted to and from ``hjulet.core.model`` dataclasses here and
never leave the storage layer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any, cast

from sqlalchemy import and_, bindparam, delete, func, select
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from hjulet.core.errors import Conflict, DefinitionError, NotFound, VaultDamaged
from hjulet.core.guardian import GuardianEntry, GuardianItem, GuardianRole, GuardianView
from hjulet.core.languages import AddressForm
from hjulet.core.model import (
    AgeTier,
    Answer,
    AreaEntry,
    AuditAction,
    AuditEvent,
    Child,
    ChildSummary,
    Consent,
    ConsentForm,
    ConsentGiver,
    Conversation,
    EntryField,
    SipAction,
    SipPlan,
)
from hjulet.core.scales import Scale, scale_from_dict
from hjulet.core.wheel import WheelDefinition, definition_from_dict
from hjulet.storage import rows
from hjulet.storage.schema import (
    AuditRow,
    Base,
    ChildRow,
    ConsentRow,
    ConversationRow,
    DefinitionRow,
    EntryRow,
    GuardianEntryRow,
    GuardianViewRow,
    SipPlanRow,
)


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# -- children ------------------------------------------------------------------


# The child's columns, in the order _child_from reads them: one list for the ORM
# path (_child) and for the caseload's plain-column query (list_children).
_CHILD_COLUMNS = (
    ChildRow.id,
    ChildRow.code,
    ChildRow.name,
    ChildRow.birth_year,
    ChildRow.languages,
    ChildRow.age_tier,
    ChildRow.address_form,
    ChildRow.archived,
    ChildRow.retention_until,
    ChildRow.created_at,
)
_TIERS = {tier.value: tier for tier in AgeTier}
_FORMS = {form.value: form for form in AddressForm}


def _child_from(values: Sequence[Any]) -> Child:
    """A Child from its column values, in ``_CHILD_COLUMNS`` order."""
    id_, code, name, birth_year, langs, tier, form, archived, keep, created = values
    return Child(
        id=id_,
        code=code,
        name=name,
        birth_year=birth_year,
        languages=tuple(x for x in langs.split(",") if x) or ("sv",),
        age_tier=_TIERS[tier] if tier in _TIERS else AgeTier(tier),
        # by look-up, not "or": the unspecified form's value is "", a false member
        address_form=_FORMS[form] if form in _FORMS else AddressForm(form),
        archived=archived,
        retention_until=keep,
        created_at=created,
    )


def _child(row: ChildRow) -> Child:
    return _child_from([getattr(row, column.key) for column in _CHILD_COLUMNS])


def _child_row(s: Session, child_id: int) -> ChildRow:
    row = s.get(ChildRow, child_id)
    if row is None:
        raise NotFound("no such child")
    return row


def add_child(s: Session, child: Child) -> Child:
    if s.scalar(select(ChildRow.id).where(ChildRow.code == child.code)) is not None:
        raise Conflict("child code already in use")
    row = ChildRow(
        code=child.code,
        name=child.name,
        birth_year=child.birth_year,
        languages=",".join(child.languages),
        age_tier=child.age_tier.value,
        address_form=AddressForm(child.address_form).value,
        archived=child.archived,
        retention_until=child.retention_until,
        created_at=child.created_at or _now(),
    )
    s.add(row)
    s.flush()
    return _child(row)


def update_child(s: Session, child: Child) -> Child:
    if child.id is None:
        raise NotFound("child has no id")
    row = _child_row(s, child.id)
    if child.code != row.code:
        taken = s.scalar(select(ChildRow.id).where(ChildRow.code == child.code))
        if taken is not None:
            raise Conflict("child code already in use")
    row.code = child.code
    row.name = child.name
    row.birth_year = child.birth_year
    row.languages = ",".join(child.languages)
    row.age_tier = child.age_tier.value
    row.address_form = AddressForm(child.address_form).value
    row.archived = child.archived
    row.retention_until = child.retention_until
    s.flush()
    return _child(row)


def get_child(s: Session, child_id: int) -> Child:
    return _child(_child_row(s, child_id))


def find_child(s: Session, code: str) -> Child:
    row = s.scalar(select(ChildRow).where(ChildRow.code == code))
    if row is None:
        raise NotFound("no child with that code")
    return _child(row)


def delete_child(s: Session, child_id: int) -> Child:
    row = _child_row(s, child_id)
    child = _child(row)
    s.execute(delete(ChildRow).where(ChildRow.id == child_id))
    s.execute(
        delete(DefinitionRow).where(
            ~DefinitionRow.digest.in_(select(ConversationRow.definition_digest)),
            ~DefinitionRow.digest.in_(select(ConversationRow.scale_digest)),
        )
    )
    return child


def list_children(s: Session, include_archived: bool = False) -> list[ChildSummary]:
    # Two plain reads merged here. As one query (the counts a joined subquery),
    # SQLite built a temporary index over the subquery on every read, and
    # SQLCipher's wiping allocator made that a third of the read's time.
    counts = {
        child_id: (n, last)
        for child_id, n, last in s.execute(
            select(
                ConversationRow.child_id,
                func.count(ConversationRow.id),
                func.max(ConversationRow.held_on),
            ).group_by(ConversationRow.child_id)
        )
    }
    # plain columns, no ORM entities: 2,000 children are 2,000 tuples, not 2,000
    # tracked objects in the session's identity map
    query = (
        select(*_CHILD_COLUMNS, SipPlanRow.follow_up_on)
        .outerjoin(SipPlanRow, SipPlanRow.child_id == ChildRow.id)
        .order_by(ChildRow.code)
    )
    if not include_archived:
        query = query.where(ChildRow.archived.is_(False))
    width = len(_CHILD_COLUMNS)
    none: tuple[int, date | None] = (0, None)
    out: list[ChildSummary] = []
    for row in s.execute(query):
        n, last = counts.get(row[0], none)
        follow_up = cast(date | None, row[width])
        out.append(ChildSummary(_child_from(row[:width]), n, last, follow_up))
    return out


# -- definitions (frozen copies, stored once) -----------------------------------------


def _canonical(data: dict[str, Any]) -> str:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def _store_copy(s: Session, kind: str, data: dict[str, Any]) -> str:
    body = _canonical(data)
    digest = hashlib.sha256(f"{kind}\n{body}".encode()).hexdigest()
    s.execute(
        insert(DefinitionRow)
        .values(digest=digest, kind=kind, body=body)
        .on_conflict_do_nothing(index_elements=["digest"])
    )
    return digest


_COPIES = Base.metadata.tables[DefinitionRow.__tablename__]

# Parsed copies by content digest. A digest names its content, so sharing parsed
# (immutable) definitions between vaults and sessions is safe; the cache is small.
_WHEELS: dict[str, WheelDefinition] = {}
_SCALES: dict[str, Scale] = {}
_CACHE_LIMIT = 64


class _CopyCache:
    """Parsed definition copies (parsing JSON is the slow part of reading).

    ``source`` reads a copy's stored body: an ORM session, or a DBAPI cursor
    (a per-click write, :func:`entry_for_write`).
    """

    def __init__(self, source: Session | Any) -> None:
        self.source = source
        if len(_WHEELS) > _CACHE_LIMIT or len(_SCALES) > _CACHE_LIMIT:
            _WHEELS.clear()
            _SCALES.clear()
        self.wheels = _WHEELS
        self.scales = _SCALES

    def _stored(self, digest: str) -> str:
        if isinstance(self.source, Session):
            return self.source.get_one(DefinitionRow, digest).body
        row = rows.read_row(self.source, _COPIES, {"digest": digest}, ("body",))
        if row is None or not isinstance(row["body"], str):
            raise VaultDamaged("a stored definition copy is missing")
        return row["body"]

    def _body(self, digest: str) -> Any:
        """The parsed copy; a damaged one (bad JSON, zeroed page) is VaultDamaged."""
        body = self._stored(digest)
        if "\x00" in body:
            raise VaultDamaged("a stored definition copy is damaged")
        try:
            return json.loads(body)
        except ValueError:
            raise VaultDamaged("a stored definition copy is damaged") from None

    def wheel(self, digest: str) -> WheelDefinition:
        if digest not in self.wheels:
            try:
                self.wheels[digest] = definition_from_dict(self._body(digest), "vault")
            except DefinitionError:
                raise VaultDamaged("a stored definition copy is damaged") from None
        return self.wheels[digest]

    def scale(self, digest: str) -> Scale:
        if digest not in self.scales:
            try:
                self.scales[digest] = scale_from_dict(self._body(digest), "vault")
            except DefinitionError:
                raise VaultDamaged("a stored scale copy is damaged") from None
        return self.scales[digest]


# -- conversations ----------------------------------------------------------------


def _flags(items: frozenset[Any]) -> str:
    return ",".join(sorted(item.value for item in items))


def _answer_text(answer: Answer) -> str:
    return answer.to_text()


def _text(value: str) -> str:
    return value


# How each stored field of an entry is written (the ORM's upsert and the write
# connection's one-row writes alike): AreaEntry field -> column value.
_ENTRY_ENCODERS: dict[str, Any] = {
    "answer": _answer_text,
    "words": _text,
    "good": _text,
    "hard": _text,
    "wish": _text,
    "help_from": _text,
    "adult_note": _text,
    "adult_answer": _answer_text,
    "guardian_answer": _answer_text,
    "shared": _flags,
    "child_decided": _flags,
}
_ENTRY_COLUMNS = ("area_id", *_ENTRY_ENCODERS, "updated_at")


def _encoded(changes: Mapping[str, Any], encoders: Mapping[str, Any]) -> dict[str, Any]:
    """Column values for some fields; a name that is no stored field is a programming error."""
    _check_names(changes, tuple(encoders))
    return {name: encoders[name](value) for name, value in changes.items()}


def _check_names(changes: Mapping[str, Any], allowed: tuple[str, ...]) -> None:
    for key in changes:
        if key not in allowed:
            raise ValueError(f"cannot change {key}")


def _entry_from(row: Mapping[str, Any]) -> AreaEntry:
    """An AreaEntry from its stored columns (``_ENTRY_COLUMNS``, by name)."""
    return AreaEntry(
        area_id=row["area_id"],
        answer=Answer.from_text(row["answer"]),
        words=row["words"],
        good=row["good"],
        hard=row["hard"],
        wish=row["wish"],
        help_from=row["help_from"],
        adult_note=row["adult_note"],
        adult_answer=Answer.from_text(row["adult_answer"]),
        guardian_answer=Answer.from_text(row["guardian_answer"]),
        shared=frozenset(EntryField(x) for x in row["shared"].split(",") if x),
        child_decided=frozenset(EntryField(x) for x in row["child_decided"].split(",") if x),
        updated_at=row["updated_at"],
    )


def _entry(row: EntryRow) -> AreaEntry:
    return _entry_from({name: getattr(row, name) for name in _ENTRY_COLUMNS})


def _conversation(
    row: ConversationRow, cache: _CopyCache, entries: Sequence[EntryRow]
) -> Conversation:
    return Conversation(
        id=row.id,
        child_id=row.child_id,
        held_on=row.held_on,
        definition=cache.wheel(row.definition_digest),
        scale=cache.scale(row.scale_digest),
        language=row.language,
        place=row.place,
        present=row.present,
        important_to_me=row.important_to_me,
        important_shared=row.important_shared,
        change_note=row.change_note,
        change_note_shared=row.change_note_shared,
        created_at=row.created_at,
        entries={e.area_id: _entry(e) for e in entries},
    )


def add_conversation(s: Session, conv: Conversation) -> Conversation:
    _child_row(s, conv.child_id)
    row = ConversationRow(
        child_id=conv.child_id,
        held_on=conv.held_on,
        definition_digest=_store_copy(s, "wheel", conv.definition.to_dict()),
        scale_digest=_store_copy(s, "scale", conv.scale.to_dict()),
        language=conv.language,
        place=conv.place,
        present=conv.present,
        important_to_me=conv.important_to_me,
        important_shared=conv.important_shared,
        change_note=conv.change_note,
        change_note_shared=conv.change_note_shared,
        created_at=conv.created_at or _now(),
    )
    s.add(row)
    s.flush()
    for entry in conv.entries.values():
        upsert_entry(s, row.id, entry)
    return get_conversation(s, row.id)


def _conversation_row(s: Session, conversation_id: int) -> ConversationRow:
    row = s.get(ConversationRow, conversation_id)
    if row is None:
        raise NotFound("no such conversation")
    return row


def get_conversation(s: Session, conversation_id: int) -> Conversation:
    row = _conversation_row(s, conversation_id)
    entries = s.scalars(select(EntryRow).where(EntryRow.conversation_id == row.id)).all()
    return _conversation(row, _CopyCache(s), entries)


def list_conversations(s: Session, child_id: int) -> list[Conversation]:
    """All conversations of a child, oldest first, with their entries."""
    _child_row(s, child_id)
    rows = s.scalars(
        select(ConversationRow)
        .where(ConversationRow.child_id == child_id)
        .order_by(ConversationRow.held_on, ConversationRow.id)
    ).all()
    ids = [r.id for r in rows]
    by_conv: dict[int, list[EntryRow]] = {i: [] for i in ids}
    if ids:
        for e in s.scalars(select(EntryRow).where(EntryRow.conversation_id.in_(ids))):
            by_conv[e.conversation_id].append(e)
    cache = _CopyCache(s)
    return [_conversation(r, cache, by_conv[r.id]) for r in rows]


CONVERSATION_FIELDS = (
    "held_on",
    "language",
    "place",
    "present",
    "important_to_me",
    "important_shared",
    "change_note",
    "change_note_shared",
)


def _apply_changes(row: Any, changes: dict[str, Any], allowed: tuple[str, ...]) -> None:
    """Set the named columns of ``row``; any other name is a programming error."""
    _check_names(changes, allowed)
    for key, value in changes.items():
        setattr(row, key, value)


def set_conversation_scale(s: Session, conversation_id: int, scale: Scale) -> None:
    """Keep a frozen copy of ``scale`` as the conversation's scale (callers check answers)."""
    row = _conversation_row(s, conversation_id)
    row.scale_digest = _store_copy(s, "scale", scale.to_dict())


def delete_conversation(s: Session, conversation_id: int) -> None:
    _conversation_row(s, conversation_id)
    s.execute(delete(ConversationRow).where(ConversationRow.id == conversation_id))


def upsert_entry(s: Session, conversation_id: int, entry: AreaEntry) -> None:
    values = _encoded({name: getattr(entry, name) for name in _ENTRY_ENCODERS}, _ENTRY_ENCODERS)
    values["updated_at"] = _now()
    stmt = insert(EntryRow).values(conversation_id=conversation_id, area_id=entry.area_id, **values)
    s.execute(
        stmt.on_conflict_do_update(index_elements=["conversation_id", "area_id"], set_=values)
    )


# -- per-click writes: the write connection -------------------------------------
#
# What a window changes on a click or after a pause in typing (an answer, a text,
# a share choice, what is important, a guardian's words) is committed at once, so
# it skips the ORM session: a few statements on the vault's write connection
# (``Vault.write_cursor``), built by ``storage.rows`` from the table definitions and
# kept prepared there. A change of an area entry reads, in one statement, the
# conversation's two definition digests (its wheel's areas and its scale, parsed
# once per pair of digests, to validate it) and the entry's share choices (a share
# choice changes one item of them); then it updates only the columns it changes,
# with the time, in that one row (an area's first write inserts the row). It never
# reads the row back: the services return what they wrote. A conversation's or a
# guardian view's own fields and a SIP plan are one UPDATE. The commit writes the
# row's page, like any one-row update. docs/benchmarks.md has the figures.

_ENTRIES = Base.metadata.tables[EntryRow.__tablename__]
_CONVERSATIONS = Base.metadata.tables[ConversationRow.__tablename__]
_GUARDIAN_VIEWS = Base.metadata.tables[GuardianViewRow.__tablename__]
_GUARDIAN_ENTRIES = Base.metadata.tables[GuardianEntryRow.__tablename__]
_CHILDREN = Base.metadata.tables[ChildRow.__tablename__]
_SIP_PLANS = Base.metadata.tables[SipPlanRow.__tablename__]


@dataclass(frozen=True)
class WriteCheck:
    """What a per-click write checks its values against: the area ids of the
    conversation's wheel and its scale (parsed once per pair of digests)."""

    area_ids: frozenset[str]
    scale: Scale


_CHECKS: dict[tuple[str, str], WriteCheck] = {}


def _wheel(cur: Any, found: tuple[Any, ...] | None, what: str) -> WriteCheck:
    """The check for a row whose first two values are a wheel's and a scale's digest."""
    if found is None:
        raise NotFound(f"no such {what}")
    digests = (found[0], found[1])
    check = _CHECKS.get(digests)
    if check is None:
        if len(_CHECKS) > _CACHE_LIMIT:
            _CHECKS.clear()
        cache = _CopyCache(cur)
        wheel, scale = cache.wheel(digests[0]), cache.scale(digests[1])
        check = _CHECKS[digests] = WriteCheck(frozenset(wheel.area_ids), scale)
    return check


_DIGESTS = (_CONVERSATIONS.c.definition_digest, _CONVERSATIONS.c.scale_digest)


def _items(text: str | None, kind: Any) -> frozenset[Any]:
    return frozenset(kind(x) for x in text.split(",") if x) if text else frozenset()


# a conversation's digests and one area entry's share choices (NULL: no row yet)
_FLAGS_OF_ENTRY = rows.compile_select(
    select(*_DIGESTS, _ENTRIES.c.shared, _ENTRIES.c.child_decided)
    .select_from(
        _CONVERSATIONS.outerjoin(
            _ENTRIES,
            and_(
                _ENTRIES.c.conversation_id == _CONVERSATIONS.c.id,
                _ENTRIES.c.area_id == bindparam("k_area_id"),
            ),
        )
    )
    .where(_CONVERSATIONS.c.id == bindparam("k_id")),
    {"id": _CONVERSATIONS.c.id, "area_id": _ENTRIES.c.area_id},
    (*_DIGESTS, _ENTRIES.c.shared, _ENTRIES.c.child_decided),
)
# a guardian view's conversation's digests and one of its entries' share choices
_FLAGS_OF_GUARDIAN_ENTRY = rows.compile_select(
    select(*_DIGESTS, _GUARDIAN_ENTRIES.c.shared)
    .select_from(
        _CONVERSATIONS.outerjoin(
            _GUARDIAN_ENTRIES,
            and_(
                _GUARDIAN_ENTRIES.c.view_id == bindparam("k_view_id"),
                _GUARDIAN_ENTRIES.c.area_id == bindparam("k_area_id"),
            ),
        )
    )
    .where(
        _CONVERSATIONS.c.id
        == select(_GUARDIAN_VIEWS.c.conversation_id)
        .where(_GUARDIAN_VIEWS.c.id == bindparam("k_view_id"))
        .scalar_subquery()
    ),
    {"view_id": _GUARDIAN_VIEWS.c.id, "area_id": _GUARDIAN_ENTRIES.c.area_id},
    (*_DIGESTS, _GUARDIAN_ENTRIES.c.shared),
)


def entry_for_write(
    cur: Any, conversation_id: int, area_id: str
) -> tuple[WriteCheck, frozenset[EntryField], frozenset[EntryField]]:
    """On the write cursor, in one statement: what a change of one area entry is
    checked against (the conversation's wheel and scale; NotFound if there is no such
    conversation), the entry's share choices and which of them the child made (empty
    while the area has no row).

    Every change of a child's entry runs this one statement, whether it needs the
    flags or not: one statement fewer kept prepared on the write connection (see
    ``Vault.write_cursor``), for the price of one index lookup."""
    found = rows.read_one(cur, _FLAGS_OF_ENTRY, {"id": conversation_id, "area_id": area_id})
    check = _wheel(cur, found, "conversation")
    assert found is not None
    return check, _items(found[2], EntryField), _items(found[3], EntryField)


# a guardian's view -> its conversation's digests, in one statement
_WHEEL_OF_VIEW = rows.compile_select(
    select(*_DIGESTS).where(
        _CONVERSATIONS.c.id
        == select(_GUARDIAN_VIEWS.c.conversation_id)
        .where(_GUARDIAN_VIEWS.c.id == bindparam("k_id"))
        .scalar_subquery()
    ),
    {"id": _GUARDIAN_VIEWS.c.id},
    _DIGESTS,
)


def guardian_check_for_write(cur: Any, view_id: int) -> WriteCheck:
    """What a change of a guardian's answer or words is checked against: the wheel and
    scale of the view's conversation (NotFound if there is no such view). Two tables,
    not the entry's too: ~10 µs less than ``guardian_entry_for_write`` per write."""
    return _wheel(cur, rows.read_one(cur, _WHEEL_OF_VIEW, {"id": view_id}), "guardian view")


def guardian_entry_for_write(
    cur: Any, view_id: int, area_id: str
) -> tuple[WriteCheck, frozenset[GuardianItem]]:
    """``entry_for_write`` for a guardian's entry: what it is checked against (the
    wheel and scale of the view's conversation; NotFound if there is no such view)
    and its share choices, in one statement."""
    found = rows.read_one(cur, _FLAGS_OF_GUARDIAN_ENTRY, {"view_id": view_id, "area_id": area_id})
    check = _wheel(cur, found, "guardian view")
    assert found is not None
    return check, _items(found[2], GuardianItem)


def write_entry(
    cur: Any, conversation_id: int, area_id: str, changes: Mapping[str, Any]
) -> datetime:
    """Store some fields of one area entry (``AreaEntry`` field name -> its value: an
    Answer, a text, a set of items) and the time of the change, which is returned;
    the other fields keep what is stored. The area's first write makes its row, with
    the table's defaults for the rest."""
    values = _encoded(changes, _ENTRY_ENCODERS)
    now = _now()
    values["updated_at"] = now
    key = {"conversation_id": conversation_id, "area_id": area_id}
    rows.write_row(cur, _ENTRIES, key, values)
    return now


def store_entry(cur: Any, conversation_id: int, entry: AreaEntry) -> datetime:
    """Store every field of an area entry (``write_entry`` with all of them)."""
    fields = {name: getattr(entry, name) for name in _ENTRY_ENCODERS}
    return write_entry(cur, conversation_id, entry.area_id, fields)


def _write_fields(
    cur: Any, table: Any, key: Mapping[str, Any], changes: Mapping[str, Any], names: Any
) -> bool:
    """Set some of a row's own fields (any of ``names``); is there such a row?"""
    _check_names(changes, names)
    if changes:
        return rows.update_row(cur, table, key, changes)
    return rows.read_row(cur, table, key, ("id",)) is not None


def write_conversation(cur: Any, conversation_id: int, changes: Mapping[str, Any]) -> None:
    """Set conversation-level fields (``CONVERSATION_FIELDS``); NotFound if none."""
    if not _write_fields(
        cur, _CONVERSATIONS, {"id": conversation_id}, changes, CONVERSATION_FIELDS
    ):
        raise NotFound("no such conversation")


def write_guardian_entry(
    cur: Any, view_id: int, area_id: str, changes: Mapping[str, Any]
) -> datetime:
    """Store some fields of a guardian's entry (as ``write_entry``); returns the time stored."""
    values = _encoded(changes, _GUARDIAN_ENCODERS)
    now = _now()
    values["updated_at"] = now
    key = {"view_id": view_id, "area_id": area_id}
    rows.write_row(cur, _GUARDIAN_ENTRIES, key, values)
    return now


def write_guardian_view(cur: Any, view_id: int, changes: Mapping[str, Any]) -> None:
    """Set a guardian view's own fields (``GUARDIAN_VIEW_FIELDS``); NotFound if none."""
    if not _write_fields(cur, _GUARDIAN_VIEWS, {"id": view_id}, changes, GUARDIAN_VIEW_FIELDS):
        raise NotFound("no such guardian view")


# -- consent and SIP ----------------------------------------------------------------


# A consent's columns, in the order _consent_from reads them: one list for the ORM
# path (_consent) and for the caseload's plain-column query (list_all_consents).
_CONSENT_COLUMNS = (
    ConsentRow.id,
    ConsentRow.child_id,
    ConsentRow.given_by,
    ConsentRow.recipients,
    ConsentRow.form,
    ConsentRow.given_on,
    ConsentRow.valid_until,
    ConsentRow.withdrawn_on,
    ConsentRow.giver_name,
    ConsentRow.note,
    ConsentRow.sole_custody,
)
_GIVERS = {giver.value: giver for giver in ConsentGiver}
_CONSENT_FORMS = {form.value: form for form in ConsentForm}


def _consent_from(
    values: Sequence[Any], recipients: dict[str, tuple[str, ...]] | None = None
) -> Consent:
    """A Consent from its column values, in ``_CONSENT_COLUMNS`` order.

    ``recipients``: parsed recipient lists by their stored text, shared within one
    read (a caseload's consents name the same few organisations again and again).
    """
    id_, child_id, giver, stored, form, given_on, until, withdrawn, name, note, sole = values
    parsed = recipients.get(stored) if recipients is not None else None
    if parsed is None:
        parsed = tuple(json.loads(stored))
        if recipients is not None:
            recipients[stored] = parsed
    return Consent(
        id=id_,
        child_id=child_id,
        given_by=_GIVERS[giver] if giver in _GIVERS else ConsentGiver(giver),
        recipients=parsed,
        form=_CONSENT_FORMS[form] if form in _CONSENT_FORMS else ConsentForm(form),
        given_on=given_on,
        valid_until=until,
        withdrawn_on=withdrawn,
        giver_name=name,
        note=note,
        sole_custody=bool(sole),
    )


def _consent(row: ConsentRow) -> Consent:
    return _consent_from([getattr(row, column.key) for column in _CONSENT_COLUMNS])


def add_consent(s: Session, consent: Consent) -> Consent:
    _child_row(s, consent.child_id)
    row = ConsentRow(
        child_id=consent.child_id,
        given_by=consent.given_by.value,
        giver_name=consent.giver_name,
        recipients=json.dumps(list(consent.recipients), ensure_ascii=False),
        form=consent.form.value,
        given_on=consent.given_on,
        valid_until=consent.valid_until,
        withdrawn_on=consent.withdrawn_on,
        note=consent.note,
        sole_custody=consent.sole_custody,
    )
    s.add(row)
    s.flush()
    return _consent(row)


def withdraw_consent(s: Session, consent_id: int, on: date) -> Consent:
    row = s.get(ConsentRow, consent_id)
    if row is None:
        raise NotFound("no such consent")
    row.withdrawn_on = on
    s.flush()
    return _consent(row)


def list_consents(s: Session, child_id: int) -> list[Consent]:
    rows = s.scalars(
        select(ConsentRow).where(ConsentRow.child_id == child_id).order_by(ConsentRow.given_on)
    )
    return [_consent(r) for r in rows]


def list_all_consents(s: Session) -> list[Consent]:
    """Every child's consents in one query (the caseload's consent column).

    Plain columns, no ORM entities: a caseload of 2,000 children has thousands of
    consents, and an entity per row cost more than the rule that reads them."""
    # sorted here, not by ORDER BY: SQLite sorts the second key in a temporary
    # B-tree, which SQLCipher's wiping allocator made ten times slower than the read
    rows = sorted(s.execute(select(*_CONSENT_COLUMNS)), key=lambda row: (row[1], row[5], row[0]))
    recipients: dict[str, tuple[str, ...]] = {}
    return [_consent_from(row, recipients) for row in rows]


def get_sip_plan(s: Session, child_id: int) -> SipPlan:
    _child_row(s, child_id)
    row = s.get(SipPlanRow, child_id)
    if row is None:
        return SipPlan(child_id)
    actions = tuple(
        SipAction(a["who"], a["what"], date.fromisoformat(a["by"]) if a.get("by") else None)
        for a in json.loads(row.actions)
    )
    return SipPlan(
        child_id=child_id,
        question=row.question,
        participation=row.participation,
        attendees=row.attendees,
        actions=actions,
        overall_responsible=row.overall_responsible,
        follow_up_on=row.follow_up_on,
        follow_up_by=row.follow_up_by,
    )


def _sip_values(plan: SipPlan) -> dict[str, Any]:
    actions = json.dumps(
        [
            {"who": a.who, "what": a.what, "by": a.by_when.isoformat() if a.by_when else None}
            for a in plan.actions
        ],
        ensure_ascii=False,
    )
    return {
        "question": plan.question,
        "participation": plan.participation,
        "attendees": plan.attendees,
        "actions": actions,
        "overall_responsible": plan.overall_responsible,
        "follow_up_on": plan.follow_up_on,
        "follow_up_by": plan.follow_up_by,
    }


def write_sip_plan(cur: Any, plan: SipPlan) -> None:
    """Store a child's SIP plan on the write cursor (saved as the professional types):
    one UPDATE of the child's plan; the first save checks the child and makes the row."""
    key, values = {"child_id": plan.child_id}, _sip_values(plan)
    if rows.update_row(cur, _SIP_PLANS, key, values):
        return
    if rows.read_row(cur, _CHILDREN, {"id": plan.child_id}, ("id",)) is None:
        raise NotFound("no such child")
    rows.write_row(cur, _SIP_PLANS, key, values)


# -- audit log ------------------------------------------------------------------------


def _mac(
    key: bytes, prev: str, at: datetime, actor: str, action: str, code: str, detail: str
) -> str:
    body = json.dumps([prev, at.isoformat(), actor, action, code, detail], ensure_ascii=False)
    return hmac.new(key, body.encode(), hashlib.sha256).hexdigest()


def add_audit(
    s: Session, key: bytes, actor: str, action: AuditAction, child_code: str, detail: str
) -> None:
    prev = s.scalar(select(AuditRow.mac).order_by(AuditRow.id.desc()).limit(1)) or ""
    at = _now()
    s.add(
        AuditRow(
            at=at,
            actor=actor,
            action=action.value,
            child_code=child_code,
            detail=detail,
            mac=_mac(key, prev, at, actor, action.value, child_code, detail),
        )
    )


def list_audit(
    s: Session, child_code: str | None = None, action: AuditAction | None = None
) -> list[AuditEvent]:
    query = select(AuditRow).order_by(AuditRow.id)
    if child_code:
        query = query.where(AuditRow.child_code == child_code)
    if action:
        query = query.where(AuditRow.action == action.value)
    return [
        AuditEvent(
            r.id, r.at.replace(tzinfo=UTC), r.actor, AuditAction(r.action), r.child_code, r.detail
        )
        for r in s.scalars(query)
    ]


def verify_audit(s: Session, key: bytes) -> int | None:
    """The id of the first row whose MAC chain is broken, or None if intact."""
    prev = ""
    for r in s.scalars(select(AuditRow).order_by(AuditRow.id)):
        if not hmac.compare_digest(
            r.mac, _mac(key, prev, r.at, r.actor, r.action, r.child_code, r.detail)
        ):
            return r.id
        prev = r.mac
    return None


# -- guardian views (the family's own view, kept apart from the child's entries) -----


_GUARDIAN_ENCODERS: dict[str, Any] = {"answer": _answer_text, "words": _text, "shared": _flags}
_GUARDIAN_COLUMNS = ("area_id", *_GUARDIAN_ENCODERS, "updated_at")
_GUARDIAN_VIEW_COLUMNS = (
    "id",
    "conversation_id",
    "role",
    "language",
    "important",
    "important_shared",
    "created_at",
)


def _guardian_entry_from(row: Mapping[str, Any]) -> GuardianEntry:
    return GuardianEntry(
        area_id=row["area_id"],
        answer=Answer.from_text(row["answer"]),
        words=row["words"],
        shared=frozenset(GuardianItem(x) for x in row["shared"].split(",") if x),
        updated_at=row["updated_at"],
    )


def _guardian_entry(row: GuardianEntryRow) -> GuardianEntry:
    return _guardian_entry_from({name: getattr(row, name) for name in _GUARDIAN_COLUMNS})


def _guardian_view_from(row: Mapping[str, Any], entries: Sequence[GuardianEntry]) -> GuardianView:
    return GuardianView(
        id=row["id"],
        conversation_id=row["conversation_id"],
        role=GuardianRole(row["role"]),
        language=row["language"],
        important=row["important"],
        important_shared=row["important_shared"],
        created_at=row["created_at"],
        entries={e.area_id: e for e in entries},
    )


def _guardian_view(row: GuardianViewRow, entries: Sequence[GuardianEntryRow]) -> GuardianView:
    return _guardian_view_from(
        {name: getattr(row, name) for name in _GUARDIAN_VIEW_COLUMNS},
        [_guardian_entry(e) for e in entries],
    )


def _guardian_view_row(s: Session, view_id: int) -> GuardianViewRow:
    row = s.get(GuardianViewRow, view_id)
    if row is None:
        raise NotFound("no such guardian view")
    return row


def add_guardian_view(s: Session, view: GuardianView) -> GuardianView:
    _conversation_row(s, view.conversation_id)
    taken = s.scalar(
        select(GuardianViewRow.id).where(
            GuardianViewRow.conversation_id == view.conversation_id,
            GuardianViewRow.role == view.role.value,
        )
    )
    if taken is not None:
        raise Conflict("this guardian already has a view in this conversation")
    row = GuardianViewRow(
        conversation_id=view.conversation_id,
        role=view.role.value,
        language=view.language,
        important=view.important,
        important_shared=view.important_shared,
        created_at=view.created_at or _now(),
    )
    s.add(row)
    s.flush()
    for entry in view.entries.values():
        upsert_guardian_entry(s, row.id, entry)
    return get_guardian_view(s, row.id)


def get_guardian_view(s: Session, view_id: int) -> GuardianView:
    row = _guardian_view_row(s, view_id)
    entries = s.scalars(select(GuardianEntryRow).where(GuardianEntryRow.view_id == row.id)).all()
    return _guardian_view(row, entries)


def list_guardian_views(s: Session, conversation_ids: Sequence[int]) -> list[GuardianView]:
    """Guardian views of the given conversations, by conversation then role."""
    rows: list[GuardianViewRow] = []
    for i in range(0, len(conversation_ids), 500):
        part = conversation_ids[i : i + 500]
        rows.extend(
            s.scalars(select(GuardianViewRow).where(GuardianViewRow.conversation_id.in_(part)))
        )
    rows.sort(key=lambda r: (r.conversation_id, r.role))
    by_view: dict[int, list[GuardianEntryRow]] = {r.id: [] for r in rows}
    ids = list(by_view)
    for i in range(0, len(ids), 500):
        for e in s.scalars(
            select(GuardianEntryRow).where(GuardianEntryRow.view_id.in_(ids[i : i + 500]))
        ):
            by_view[e.view_id].append(e)
    return [_guardian_view(r, by_view[r.id]) for r in rows]


GUARDIAN_VIEW_FIELDS = ("language", "important", "important_shared")


def update_guardian_view(s: Session, view_id: int, changes: dict[str, Any]) -> None:
    _apply_changes(_guardian_view_row(s, view_id), changes, GUARDIAN_VIEW_FIELDS)


def delete_guardian_view(s: Session, view_id: int) -> None:
    _guardian_view_row(s, view_id)
    s.execute(delete(GuardianViewRow).where(GuardianViewRow.id == view_id))


def upsert_guardian_entry(s: Session, view_id: int, entry: GuardianEntry) -> None:
    values = _encoded(
        {name: getattr(entry, name) for name in _GUARDIAN_ENCODERS}, _GUARDIAN_ENCODERS
    )
    values["updated_at"] = _now()
    stmt = insert(GuardianEntryRow).values(view_id=view_id, area_id=entry.area_id, **values)
    s.execute(stmt.on_conflict_do_update(index_elements=["view_id", "area_id"], set_=values))
