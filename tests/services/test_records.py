"""Services on a real vault: children, conversations, answers, consent, SIP, retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from hjulet import services
from hjulet.core.errors import Conflict, InvalidInput, NotFound
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    AgeTier,
    Answer,
    AnswerKind,
    AuditAction,
    Consent,
    ConsentForm,
    ConsentGiver,
    EntryField,
    SipAction,
    SipPlan,
    Viewpoint,
)
from tests.conftest import PASS


def _conversation(vault, catalog, **child):
    c = services.add_child(vault, **({"name": "Test"} | child))
    conv = services.start_conversation(
        vault, c.id, definition=catalog.definition(), scale=catalog.scale_for(c.age_tier)
    )
    return c, conv


def test_add_child_generates_code_and_cleans_name(vault):
    c = services.add_child(vault, name="  Al\u202eva  ", birth_year=date.today().year - 6)
    assert c.code.startswith("B-") and c.name == "Alva"
    assert c.age_tier is AgeTier.YOUNG
    with pytest.raises(Conflict):
        services.add_child(vault, name="Other", code=c.code)
    with pytest.raises(InvalidInput):
        services.add_child(vault, name="x" * 201)
    with pytest.raises(InvalidInput):
        services.add_child(vault, name="Old", birth_year=1900)


def test_every_answer_is_committed_and_read_back_after_reopen(vault, vault_path, catalog):
    _child, conv = _conversation(vault, catalog, birth_year=date.today().year - 10)
    ids = conv.definition.area_ids
    services.set_answer(vault, conv.id, ids[0], Answer.at(4))
    services.set_answer(vault, conv.id, ids[1], DECLINED)
    services.set_answer(vault, conv.id, ids[2], DONT_KNOW)
    services.set_answer(vault, conv.id, ids[3], Answer.at(2), who="adult")
    services.set_answer(vault, conv.id, ids[3], Answer.at(1), who=Viewpoint.GUARDIAN)
    services.set_text(vault, conv.id, ids[0], EntryField.WORDS, "Jag är trygg med mormor")
    services.set_shared(vault, conv.id, ids[0], EntryField.WORDS, True)
    vault.close()
    with services.open_vault(vault_path, PASS) as v:
        got = services.get_conversation(v, conv.id)
    assert got.entry(ids[0]).answer == Answer.at(4)
    assert got.entry(ids[0]).words == "Jag är trygg med mormor"
    assert got.entry(ids[0]).shared == frozenset({EntryField.WORDS})
    assert got.entry(ids[1]).answer.kind is AnswerKind.DECLINED
    assert got.entry(ids[2]).answer.kind is AnswerKind.DONT_KNOW
    assert got.entry(ids[3]).adult_answer == Answer.at(2)
    assert got.entry(ids[3]).guardian_answer == Answer.at(1)
    assert got.entry(ids[3]).answer.kind is AnswerKind.NOT_ASKED  # child's own untouched
    assert got.entry(ids[4]).answer.kind is AnswerKind.NOT_ASKED  # never asked


def test_answers_outside_the_scale_or_wheel_are_refused(vault, catalog):
    _, conv = _conversation(vault, catalog, age_tier=AgeTier.YOUNG)
    with pytest.raises(InvalidInput):
        services.set_answer(vault, conv.id, "trygg", Answer.at(4))  # faces3 has 3 steps
    with pytest.raises(InvalidInput):
        services.set_answer(vault, conv.id, "no-such-area", Answer.at(1))
    with pytest.raises(NotFound):
        services.set_answer(vault, 9999, "trygg", Answer.at(1))
    with pytest.raises(InvalidInput):
        services.set_answer(vault, conv.id, "trygg", Answer.at(1), who="parent")


def test_a_long_comment_and_hostile_characters_are_kept_safely(vault, catalog):
    _, conv = _conversation(vault, catalog)
    long_text = ("Jag vill att någon lyssnar. " * 2000)[:50_000]
    services.set_text(vault, conv.id, "trygg", EntryField.WORDS, long_text)
    services.set_text(vault, conv.id, "aktiv", EntryField.HARD, "a\u202eb\u200bc 👍 e\u0301")
    got = services.get_conversation(vault, conv.id)
    assert got.entry("trygg").words == long_text.strip()
    assert got.entry("aktiv").hard == "abc 👍 \u00e9"
    with pytest.raises(InvalidInput):
        services.set_text(vault, conv.id, "trygg", EntryField.WORDS, "x" * 50_001)
    assert services.get_conversation(vault, conv.id).entry("trygg").words == long_text.strip()


def test_old_conversations_keep_their_definition_copy(vault, catalog):
    child, conv = _conversation(vault, catalog)
    edited = replace(
        catalog.definition(),
        version=2,
        areas=catalog.definition().areas[:6],
    )
    later = services.start_conversation(
        vault, child.id, definition=edited, scale=catalog.scale("steps5")
    )
    old, new = services.list_conversations(vault, child.id)
    assert old.id == conv.id and len(old.definition.areas) == 8 and old.scale.id == "steps4"
    assert new.id == later.id and len(new.definition.areas) == 6 and new.scale.id == "steps5"


def test_history_is_listed_oldest_first_with_counts(vault, catalog):
    child = services.add_child(vault, name="H")
    for days in (300, 10, 120):
        services.start_conversation(
            vault,
            child.id,
            definition=catalog.definition(),
            scale=catalog.scale("steps4"),
            held_on=date.today() - timedelta(days=days),
        )
    convs = services.list_conversations(vault, child.id)
    assert [c.held_on for c in convs] == sorted(c.held_on for c in convs)
    [row] = services.list_children(vault)
    assert row.conversations == 3 and row.last_conversation == date.today() - timedelta(days=10)


def test_archive_hides_from_the_caseload(vault):
    c = services.add_child(vault, name="A")
    services.archive_child(vault, c.id)
    assert services.list_children(vault) == []
    assert len(services.list_children(vault, include_archived=True)) == 1
    services.archive_child(vault, c.id, archived=False)
    assert len(services.list_children(vault)) == 1


def test_consent_register_and_validity(vault):
    c = services.add_child(vault, name="K")
    today = date.today()
    g1 = services.add_consent(
        vault,
        Consent(
            None,
            c.id,
            ConsentGiver.GUARDIAN_1,
            ("Socialtjänsten",),
            ConsentForm.WRITTEN,
            today - timedelta(days=5),
            today + timedelta(days=30),
        ),
    )
    services.add_consent(
        vault,
        Consent(
            None,
            c.id,
            ConsentGiver.GUARDIAN_2,
            ("BUP",),
            ConsentForm.ORAL,
            today - timedelta(days=100),
            today - timedelta(days=1),
        ),
    )
    assert [x.given_by for x in services.valid_consents(vault, c.id)] == [ConsentGiver.GUARDIAN_1]
    services.withdraw_consent(vault, g1.id)
    assert services.valid_consents(vault, c.id) == []
    assert len(services.list_consents(vault, c.id)) == 2
    with pytest.raises(InvalidInput):
        services.add_consent(
            vault, Consent(None, c.id, ConsentGiver.CHILD, ("  ",), ConsentForm.ORAL, today)
        )
    actions = [e.action for e in services.list_audit(vault, child_code=c.code)]
    assert (
        actions.count(AuditAction.CONSENT_RECORDED) == 2
        and AuditAction.CONSENT_WITHDRAWN in actions
    )


def test_sip_plan_round_trip(vault):
    c = services.add_child(vault, name="S")
    assert services.get_sip_plan(vault, c.id) == SipPlan(c.id)
    plan = SipPlan(
        c.id,
        question="Hur blir skolvägen trygg?",
        participation="Vill vara med en stund",
        actions=(SipAction("Mentor", "Följer med", date(2027, 1, 15)),),
        overall_responsible="Socialtjänsten",
        follow_up_on=date(2027, 2, 1),
        follow_up_by="Kurator",
    )
    services.save_sip_plan(vault, plan)
    assert services.get_sip_plan(vault, c.id) == plan
    [row] = services.list_children(vault)
    assert row.next_follow_up == date(2027, 2, 1)


def test_retention_date_follows_conversations_and_reminds(vault, catalog):
    services.save_settings(vault, {"retention_months": 12})
    child = services.add_child(vault, name="R")
    held = date(2024, 1, 31)
    services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        held_on=held,
    )
    assert services.get_child(vault, child.id).retention_until == date(2025, 1, 31)
    assert [c.code for c in services.retention_due(vault, date(2025, 2, 1))] == [child.code]
    assert services.retention_due(vault, date(2025, 1, 31)) == []


def test_one_answer_reads_the_wheel_by_digest_and_writes_one_row(vault, catalog):
    from sqlalchemy import event

    _child, conv = _conversation(vault, catalog)
    ids = conv.definition.area_ids
    services.set_answer(vault, conv.id, ids[0], Answer.at(1))  # the wheel is parsed and cached
    statements: list[str] = []
    checkouts: list[object] = []

    def seen(statement):
        statements.append(" ".join(statement.split()).upper())

    def checkout(*_args):
        checkouts.append(1)

    # every statement SQLite runs on the answer connection, whatever layer sent it
    with vault.write_cursor() as cur:
        cur.connection.set_trace_callback(seen)
    statements.clear()  # this block's own COMMIT
    event.listen(vault.engine, "checkout", checkout)
    try:
        services.set_answer(vault, conv.id, ids[0], Answer.at(2))  # the row is there
        answer = statements[:]
        statements.clear()
        services.set_answer(vault, conv.id, ids[1], Answer.at(3))  # the area's first answer
        first = statements[:]
    finally:
        event.remove(vault.engine, "checkout", checkout)
        with vault.write_cursor() as cur:
            cur.connection.set_trace_callback(None)
    assert checkouts == []  # no pooled connection: the vault's own answer connection
    assert answer[0] == "BEGIN IMMEDIATE" and answer[-1] == "COMMIT"
    # the two digests of the conversation, then one update of one entry row
    assert len(answer) == 4, answer
    assert answer[1].startswith("SELECT") and "FROM ENTRIES" not in answer[1]
    assert answer[2].startswith("UPDATE ENTRIES SET ANSWER=")
    # the area's first answer: the update finds no row, and one insert makes it
    assert [s.split()[0] for s in first] == ["BEGIN", "SELECT", "UPDATE", "INSERT", "COMMIT"]
    entries = services.get_conversation(vault, conv.id).entries
    assert (entries[ids[0]].answer, entries[ids[1]].answer) == (Answer.at(2), Answer.at(3))
    with pytest.raises(InvalidInput):
        services.set_answer(vault, conv.id, "no-such-area", Answer.at(1))
    with pytest.raises(InvalidInput):
        services.set_answer(vault, conv.id, ids[2], Answer.at(conv.scale.size + 1))
    with pytest.raises(NotFound):
        services.set_answer(vault, 999_999, ids[2], Answer.at(1))


def test_an_answer_parses_the_stored_wheel_when_this_process_has_not(vault, catalog):
    from sqlalchemy import text

    from hjulet.core.errors import VaultDamaged
    from hjulet.storage import repository

    _child, conv = _conversation(vault, catalog)
    ids = conv.definition.area_ids
    repository._WHEELS.clear()  # as in a fresh process: the copy is read from the vault
    repository._SCALES.clear()
    services.set_answer(vault, conv.id, ids[0], Answer.at(2), who="adult")
    assert services.get_conversation(vault, conv.id).entries[ids[0]].adult_answer == Answer.at(2)
    assert repository._WHEELS and repository._SCALES
    with vault.session() as s:  # a damaged stored copy is reported as damage
        s.execute(text("UPDATE definition_copies SET body = '{not json'"))
    repository._WHEELS.clear()
    repository._SCALES.clear()
    with pytest.raises(VaultDamaged):
        services.set_answer(vault, conv.id, ids[1], Answer.at(1))


# -- every per-click write: one transaction on the write connection -----------------------


def _per_click_writes(vault, catalog):
    """Each write a window makes on a click or after a pause in typing, by kind."""
    from hjulet.core.guardian import GuardianItem, GuardianRole
    from hjulet.services import guardians

    child, conv = _conversation(vault, catalog)
    area = conv.definition.area_ids[0]
    view = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1)
    plan = SipPlan(child.id, question="Vad behöver Ella?", actions=(SipAction("Skolan", "Rast"),))
    return (
        conv,
        view,
        {
            "answer": lambda: services.set_answer(vault, conv.id, area, Answer.at(2)),
            "adult answer": lambda: services.set_answer(vault, conv.id, area, DONT_KNOW, "adult"),
            "words": lambda: services.set_text(vault, conv.id, area, EntryField.WORDS, "Bra"),
            "two texts": lambda: services.set_texts(
                vault, conv.id, area, {EntryField.GOOD: "Rasten", EntryField.ADULT_NOTE: "Lugn"}
            ),
            "share flag": lambda: services.set_shared(
                vault, conv.id, area, EntryField.WORDS, True, by_child=True
            ),
            "important to me": lambda: services.update_conversation(
                vault, conv.id, important_to_me="Hunden"
            ),
            "important, shared": lambda: services.update_conversation(
                vault, conv.id, important_shared=True, change_note_shared=True
            ),
            "whole entry": lambda: services.save_entry(
                vault, conv.id, replace(conv.entry(area), wish="Mer rast", answer=Answer.at(1))
            ),
            "guardian answer": lambda: guardians.set_guardian_answer(
                vault, view.id, area, Answer.at(3)
            ),
            "guardian words": lambda: guardians.set_guardian_words(vault, view.id, area, "Glad"),
            "guardian share flag": lambda: guardians.set_guardian_shared(
                vault, view.id, area, GuardianItem.ANSWER, True
            ),
            "guardian important": lambda: guardians.set_guardian_important(
                vault, view.id, "Trygghet", True
            ),
            "sip plan": lambda: services.save_sip_plan(vault, plan),  # saved as the adult types
        },
    )


KINDS = [
    "answer", "adult answer", "words", "two texts", "share flag", "important to me",
    "important, shared", "whole entry", "guardian answer", "guardian words",
    "guardian share flag", "guardian important", "sip plan",
]  # fmt: skip


@pytest.mark.parametrize("kind", KINDS)
def test_every_per_click_write_is_one_transaction_on_the_write_connection(vault, catalog, kind):
    from sqlalchemy import event

    _conv, _view, writes = _per_click_writes(vault, catalog)
    write = writes[kind]
    write()  # the row exists and the wheel is parsed: what every later click does
    statements: list[str] = []
    checkouts: list[object] = []
    with vault.write_cursor() as cur:
        cur.connection.set_trace_callback(lambda s: statements.append(" ".join(s.split())))
    statements.clear()
    event.listen(vault.engine, "checkout", lambda *_a: checkouts.append(1))
    try:
        write()
        done = statements[:]
    finally:
        with vault.write_cursor() as cur:
            cur.connection.set_trace_callback(None)
    assert checkouts == []  # no pooled connection, no ORM session
    assert done[0] == "BEGIN IMMEDIATE" and done[-1] == "COMMIT", done
    # reads of the row, the view or the wheel's digests, and one row written
    body = done[1:-1]
    written = [s for s in body if not s.startswith("SELECT")]
    assert len(written) == 1 and written[0].startswith("UPDATE "), done
    assert len(body) <= 4, done


def test_per_click_writes_return_what_the_vault_holds_and_keep_other_fields(vault, catalog):
    conv, _view, writes = _per_click_writes(vault, catalog)
    area = conv.definition.area_ids[0]
    writes["answer"]()
    first = services.set_text(vault, conv.id, area, EntryField.WORDS, "  Bra\u202e  ")
    stored = services.get_conversation(vault, conv.id).entry(area)
    assert first == stored and stored.words == "Bra"  # cleaned, as the ORM path did
    assert stored.answer == Answer.at(2)  # the answer stored before is kept
    shared = services.set_shared(vault, conv.id, area, EntryField.WORDS, True, by_child=True)
    stored = services.get_conversation(vault, conv.id).entry(area)
    assert shared == stored and stored.words == "Bra"
    assert stored.shared == stored.child_decided == {EntryField.WORDS}
    assert stored.updated_at is not None and first.updated_at is not None
    assert stored.updated_at >= first.updated_at
    again = services.set_shared(vault, conv.id, area, EntryField.WORDS, False)  # by the adult
    assert again.shared == again.child_decided == frozenset()
    assert services.update_conversation(vault, conv.id, important_to_me=" Hunden\x00 ") == {
        "important_to_me": "Hunden"
    }
    writes["important, shared"]()
    stored_conv = services.get_conversation(vault, conv.id)
    assert (stored_conv.important_to_me, stored_conv.important_shared) == ("Hunden", True)
    assert stored_conv.change_note_shared is True


def test_per_click_writes_keep_every_rule_and_change_nothing_when_refused(vault, catalog):
    from hjulet.core.model import MAX_TEXT

    conv, _view, writes = _per_click_writes(vault, catalog)
    area = conv.definition.area_ids[0]
    writes["words"]()
    before = services.get_conversation(vault, conv.id)
    too_long = "x" * (MAX_TEXT + 1)
    bad_level = replace(conv.entry(area), answer=Answer.at(99))
    refused = [
        (InvalidInput, lambda: services.set_text(vault, conv.id, "nope", EntryField.WORDS, "x")),
        (InvalidInput, lambda: services.set_text(vault, conv.id, area, EntryField.WORDS, too_long)),
        (InvalidInput, lambda: services.set_texts(vault, conv.id, area, {EntryField.ANSWER: "x"})),
        (InvalidInput, lambda: services.set_shared(vault, conv.id, "nope", EntryField.WORDS, True)),
        (InvalidInput, lambda: services.save_entry(vault, conv.id, bad_level)),
        (NotFound, lambda: services.set_text(vault, 999_999, area, EntryField.WORDS, "x")),
        (NotFound, lambda: services.set_shared(vault, 999_999, area, EntryField.WORDS, True)),
        (NotFound, lambda: services.update_conversation(vault, 999_999, place="Skolan")),
        (NotFound, lambda: services.update_conversation(vault, 999_999)),
        (ValueError, lambda: services.update_conversation(vault, conv.id, child_id=2)),
        (TypeError, lambda: services.update_conversation(vault, conv.id, important_shared="ja")),
        (TypeError, lambda: services.update_conversation(vault, conv.id, held_on="2026-01-01")),
    ]  # fmt: skip
    for error, write in refused:
        with pytest.raises(error):
            write()
    assert services.get_conversation(vault, conv.id) == before
    services.update_conversation(vault, conv.id)  # nothing to change: nothing changes
    assert services.get_conversation(vault, conv.id) == before
