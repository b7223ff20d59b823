"""The conversation session, without Qt: every change is read back from the vault file
through a second, independent connection, so "committed before the call returns" is
what is checked, not what the session remembers."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.orm import Session

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.errors import InvalidInput, VaultLocked
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    MAX_TEXT,
    NOT_ASKED,
    AgeTier,
    Answer,
    AuditAction,
    Conversation,
    EntryField,
)
from hjulet.services.session import AnswerStep, ConversationSession
from hjulet.storage import repository
from hjulet.storage.db import DB_FILE, make_engine
from tests.conftest import PASS

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def conv(vault: Any, catalog: Catalog) -> Conversation:
    child = services.add_child(vault, name="Alva", birth_year=2015, languages=("sv",))
    assert child.id is not None
    return services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )


@pytest.fixture
def session(vault: Any, conv: Conversation) -> Iterator[ConversationSession]:
    assert conv.id is not None
    yield ConversationSession(vault, conv.id)


def on_disk(path: Path, key: bytes, conversation_id: int) -> Conversation:
    """The conversation as a second, independent connection to the vault file reads it."""
    engine = make_engine(path / DB_FILE, bytearray(key))
    try:
        with Session(engine) as s:
            return repository.get_conversation(s, conversation_id)
    finally:
        engine.dispose()


def disk(session: ConversationSession) -> Conversation:
    return on_disk(session.vault.path, session.vault.data_key, session.conversation_id)


def areas(session: ConversationSession) -> tuple[str, ...]:
    return session.conversation.definition.area_ids


# -- no Qt ------------------------------------------------------------------------------

NO_QT = """
import sys
from pathlib import Path
from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.model import Answer, EntryField
from hjulet.storage.keyslots import FAST_KDF

vault, _ = services.create_vault(Path(sys.argv[1]), "correct horse battery staple", kdf=FAST_KDF)
catalog = load_catalog()
child = services.add_child(vault, name="Alva", birth_year=2015)
conv = services.todays_conversation(vault, catalog, child.code)
session = services.ConversationSession(vault, conv.id)
area = conv.definition.area_ids[0]
session.set_answer(area, Answer.at(2))
session.set_answer(area, Answer.at(3), "adult")
session.stage_text(area, EntryField.WORDS, "lugnt")
session.flush()
session.set_shared(area, EntryField.WORDS, True, by_child=True)
session.undo()
session.redo()
vault.close()
qt = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6"))
print("qt:", ",".join(qt))
"""


def test_a_whole_session_runs_without_qt_being_imported(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", NO_QT, str(tmp_path / "vault")],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "qt:", done.stdout


# -- answers ------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["child", "adult", "guardian"])
def test_each_answer_is_on_disk_when_the_call_returns(
    session: ConversationSession, who: str
) -> None:
    attr = {"child": "answer", "adult": "adult_answer", "guardian": "guardian_answer"}
    first, second = areas(session)[:2]
    assert session.set_answer(first, Answer.at(3), who) is True
    assert getattr(disk(session).entry(first), attr[who]) == Answer.at(3)
    assert session.set_answer(second, DECLINED, who) is True
    stored = disk(session)
    assert getattr(stored.entry(second), attr[who]) == DECLINED
    # the other viewpoints are kept apart, never mixed
    for other in set(attr) - {who}:
        assert getattr(stored.entry(first), attr[other]) == NOT_ASKED
    assert session.answer(first, who) == Answer.at(3)
    assert session.answers(who)[second] == DECLINED


def test_the_same_answer_again_writes_nothing_and_adds_no_step(
    session: ConversationSession,
) -> None:
    area = areas(session)[0]
    session.set_answer(area, Answer.at(2))
    assert session.set_answer(area, Answer.at(2)) is False
    assert session.history == (AnswerStep(area, "child", NOT_ASKED, Answer.at(2)),)


def test_an_answer_the_scale_lacks_is_refused_and_the_stored_one_kept(
    session: ConversationSession,
) -> None:
    area = areas(session)[0]
    session.set_answer(area, Answer.at(2))
    with pytest.raises(InvalidInput):
        session.set_answer(area, Answer.at(9))  # a four-step scale
    assert session.answer(area) == Answer.at(2)
    assert disk(session).entry(area).answer == Answer.at(2)
    assert session.undo_count == 1 and not session.can_redo
    with pytest.raises(InvalidInput):
        session.set_answer(area, Answer.at(1), "teacher")
    with pytest.raises(InvalidInput):
        session.set_answer("no-such-area", Answer.at(1))
    assert session.undo_count == 1


def test_a_locked_vault_raises_and_the_session_keeps_the_stored_answer(
    session: ConversationSession, vault: Any, vault_path: Path
) -> None:
    area = areas(session)[0]
    session.set_answer(area, Answer.at(4))
    key = vault.data_key
    vault.close()
    with pytest.raises(VaultLocked):
        session.set_answer(area, Answer.at(1))
    assert session.answer(area) == Answer.at(4)
    assert session.undo_count == 1
    with pytest.raises(VaultLocked):
        session.undo()
    assert session.undo_count == 1 and session.redo_count == 0  # history did not move
    assert on_disk(vault_path, key, session.conversation_id).entry(area).answer == Answer.at(4)


# -- undo and redo --------------------------------------------------------------------------


def test_undo_and_redo_store_each_step_across_viewpoints(session: ConversationSession) -> None:
    a, b = areas(session)[:2]
    session.set_answer(a, Answer.at(2))
    session.set_answer(a, Answer.at(4))
    session.set_answer(b, DONT_KNOW, "adult")
    assert session.can_undo and not session.can_redo
    assert session.undo() == AnswerStep(b, "adult", NOT_ASKED, DONT_KNOW)
    assert disk(session).entry(b).adult_answer == NOT_ASKED
    assert session.undo() == AnswerStep(a, "child", Answer.at(2), Answer.at(4))
    assert disk(session).entry(a).answer == Answer.at(2)
    assert session.answer(a) == Answer.at(2)
    session.undo()
    assert disk(session).entry(a).answer == NOT_ASKED
    assert session.undo() is None  # nothing left
    assert (session.undo_count, session.redo_count) == (0, 3)
    session.redo()
    session.redo()
    assert disk(session).entry(a).answer == Answer.at(4)
    assert session.redo_count == 1
    # a new change ends what could be redone
    session.set_answer(a, Answer.at(1))
    assert not session.can_redo and session.redo() is None
    assert [s.after for s in session.history] == [Answer.at(2), Answer.at(4), Answer.at(1)]
    assert disk(session).entry(b).adult_answer == NOT_ASKED


# -- texts -------------------------------------------------------------------------------------


def test_staged_texts_wait_for_flush_then_are_on_disk(session: ConversationSession) -> None:
    a, b = areas(session)[:2]
    session.stage_text(a, EntryField.WORDS, "Lugnt hemma")
    session.stage_text(a, EntryField.HARD, "rasterna")
    session.stage_text(b, EntryField.WISH, "en lugnare rast")
    session.stage_conversation_text("important_to_me", "Min hund")
    assert session.has_pending
    assert session.entry(a).words == "Lugnt hemma"  # shown as typed
    assert session.conversation_text("important_to_me") == "Min hund"
    before = disk(session)
    assert before.entry(a).words == "" and before.important_to_me == ""
    saved = session.flush()
    assert sorted(saved) == sorted([f"{a}.words", f"{a}.hard", f"{b}.wish", "important_to_me"])
    assert not session.has_pending
    after = disk(session)
    assert (after.entry(a).words, after.entry(a).hard) == ("Lugnt hemma", "rasterna")
    assert after.entry(b).wish == "en lugnare rast"
    assert after.important_to_me == "Min hund"
    assert session.flush() == []  # nothing pending: nothing written


def test_set_text_commits_at_once_and_the_session_shows_the_stored_cleaned_text(
    session: ConversationSession,
) -> None:
    area = areas(session)[0]
    session.set_text(area, EntryField.GOOD, "fotboll\u200b \n")
    assert disk(session).entry(area).good == "fotboll"
    assert session.entry(area).good == "fotboll"
    session.set_conversation_text("change_note", "  Bättre nu\u202e ")
    assert disk(session).change_note == "Bättre nu"
    assert session.conversation.change_note == "Bättre nu"


def test_a_text_saves_over_nothing_stored_meanwhile(
    session: ConversationSession, vault: Any
) -> None:
    """The vault is the truth: an answer or share choice stored by another path since
    the session read the conversation survives the session's text save (only the
    text is written); the session sees it when it reloads."""
    area = areas(session)[0]
    services.set_answer(vault, session.conversation_id, area, Answer.at(3))
    services.set_shared(vault, session.conversation_id, area, EntryField.ANSWER, True)
    session.set_text(area, EntryField.WORDS, "mina ord")
    stored = disk(session).entry(area)
    assert stored.answer == Answer.at(3)
    assert stored.shared == frozenset({EntryField.ANSWER})
    assert stored.words == "mina ord"
    assert session.entry(area).words == "mina ord"
    # the save returns only what it wrote: the session holds its own reading until it
    # reloads (one window per conversation writes; the vault keeps the other path's)
    assert session.entry(area).answer != stored.answer
    assert session.reload().entry(area) == stored  # and the session knows it after a reload


def test_a_text_that_cannot_be_saved_raises_and_the_others_are_saved(
    session: ConversationSession,
) -> None:
    a, b = areas(session)[:2]
    session.set_text(a, EntryField.WORDS, "först")
    session.stage_text(a, EntryField.WORDS, "x" * (MAX_TEXT + 1))
    session.stage_text(b, EntryField.WORDS, "sparas")
    with pytest.raises(InvalidInput):
        session.flush()
    stored = disk(session)
    assert stored.entry(a).words == "först"  # the stored value is kept
    assert stored.entry(b).words == "sparas"  # the other area was saved all the same
    assert session.entry(a).words == "först" and not session.has_pending


def test_only_named_texts_may_be_staged(session: ConversationSession) -> None:
    with pytest.raises(InvalidInput):
        session.stage_conversation_text("child_id", "7")
    with pytest.raises(InvalidInput):
        session.stage_text("no-such-area", EntryField.WORDS, "x")
    assert not session.has_pending


def test_close_saves_pending_texts_or_forgets_them_when_the_vault_is_gone(
    session: ConversationSession, vault: Any, vault_path: Path
) -> None:
    a, b = areas(session)[:2]
    session.stage_text(a, EntryField.WORDS, "sparat vid stängning")
    session.close()
    assert disk(session).entry(a).words == "sparat vid stängning"
    session.stage_text(b, EntryField.WORDS, "aldrig sparat")
    key = vault.data_key
    vault.close()
    session.close()  # no error: there is nothing to save it into
    assert not session.has_pending
    assert on_disk(vault_path, key, session.conversation_id).entry(b).words == ""


def test_discard_forgets_pending_texts(session: ConversationSession) -> None:
    area = areas(session)[0]
    session.stage_text(area, EntryField.WORDS, "borta")
    session.stage_conversation_text("place", "Skolan")
    session.discard()
    assert session.flush() == []
    assert disk(session).entry(area).words == "" and disk(session).place == ""


# -- share choices ------------------------------------------------------------------------------


def test_share_choices_are_on_disk_when_the_call_returns(session: ConversationSession) -> None:
    area = areas(session)[0]
    session.stage_text(area, EntryField.WORDS, "ännu inte sparat")
    entry = session.set_shared(area, EntryField.WORDS, True, by_child=True)
    assert entry.words == "ännu inte sparat"  # pending texts stay pending, shown on top
    stored = disk(session).entry(area)
    assert stored.shared == frozenset({EntryField.WORDS})
    assert stored.child_decided == frozenset({EntryField.WORDS})
    assert stored.words == ""
    assert session.is_shared(area, EntryField.WORDS)
    assert session.child_decided(area, EntryField.WORDS)
    # the adult changes it: no longer the child's own choice
    session.set_shared(area, EntryField.WORDS, False)
    stored = disk(session).entry(area)
    assert stored.shared == frozenset() and stored.child_decided == frozenset()
    assert not session.child_decided(area, EntryField.WORDS)
    session.flush()
    assert disk(session).entry(area).words == "ännu inte sparat"


def test_conversation_share_flags_are_on_disk_when_the_call_returns(
    session: ConversationSession,
) -> None:
    session.set_important_shared(True)
    assert disk(session).important_shared is True
    session.set_change_note_shared(True)
    assert disk(session).change_note_shared is True
    session.set_important_shared(False)
    assert disk(session).important_shared is False
    assert session.conversation.important_shared is False
    assert session.conversation.change_note_shared is True


def test_a_share_choice_on_a_locked_vault_raises(session: ConversationSession, vault: Any) -> None:
    area = areas(session)[0]
    vault.close()
    with pytest.raises(VaultLocked):
        session.set_shared(area, EntryField.ANSWER, True)
    assert not session.is_shared(area, EntryField.ANSWER)


def test_concern_shown_is_in_the_audit_trail(session: ConversationSession, vault: Any) -> None:
    before = len(services.list_audit(vault, action=AuditAction.CONCERN_SHOWN))
    session.record_concern_shown()
    assert len(services.list_audit(vault, action=AuditAction.CONCERN_SHOWN)) == before + 1


def test_reload_reads_what_another_path_stored(session: ConversationSession, vault: Any) -> None:
    area = areas(session)[1]
    session.stage_text(area, EntryField.HELP_FROM, "mamma")
    services.set_answer(vault, session.conversation_id, area, Answer.at(1), "adult")
    assert session.answer(area, "adult") == NOT_ASKED
    session.reload()
    assert session.answer(area, "adult") == Answer.at(1)
    assert session.entry(area).help_from == "mamma"  # still pending, still shown


# -- starting a conversation ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("tier", "scale_id"),
    [(AgeTier.YOUNG, "faces3"), (AgeTier.MIDDLE, "steps4"), (AgeTier.TEEN, "steps5")],
)
def test_the_start_offered_picks_the_scale_by_age_tier(
    vault: Any, catalog: Catalog, tier: AgeTier, scale_id: str
) -> None:
    """With no birth year the stored tier decides; with one, the age today does."""
    child = services.add_child(vault, name="Sam", birth_year=None, age_tier=tier)
    choice = services.start_choice_for(catalog, child)
    assert (choice.definition_id, choice.scale_id) == ("barnets-basta-hjulet", scale_id)
    five = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.TEEN
    )
    assert services.start_choice_for(catalog, five).scale_id == "faces3"


def test_the_start_offered_picks_the_childs_first_language_with_texts(
    vault: Any, catalog: Catalog
) -> None:
    child = services.add_child(vault, name="Sam", birth_year=2012, languages=("xx", "ar", "sv"))
    assert services.start_choice_for(catalog, child).language == "ar"
    offered = services.child_text_languages(child)
    assert offered[:2] == ["ar", "sv"] and "xx" not in offered and "so" in offered
    other = services.add_child(vault, name="Ola", birth_year=2012, languages=("xx",))
    assert services.start_choice_for(catalog, other).language == "sv"


def test_todays_conversation_is_found_or_started(vault: Any, catalog: Catalog) -> None:
    child = services.add_child(
        vault, name="Sam", birth_year=2010, age_tier=AgeTier.TEEN, languages=("so",)
    )
    assert child.id is not None
    services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        held_on=date.today() - timedelta(days=1),
    )
    started = services.todays_conversation(vault, catalog, child.code)
    assert started.held_on == date.today()
    assert (started.scale.id, started.language) == ("steps5", "so")
    assert len(services.list_conversations(vault, child.id)) == 2
    again = services.todays_conversation(vault, catalog, child.code)
    assert again.id == started.id
    assert len(services.list_conversations(vault, child.id)) == 2


def test_a_chosen_start_with_an_unknown_scale_is_invalid_input(
    vault: Any, catalog: Catalog
) -> None:
    child = services.add_child(vault, name="Sam", birth_year=2012)
    assert child.id is not None
    choice = services.StartChoice("barnets-basta-hjulet", "no-such-scale", "sv")
    with pytest.raises(InvalidInput):
        services.start_chosen_conversation(vault, catalog, child.id, choice)
    assert services.list_conversations(vault, child.id) == []


def test_a_second_open_of_the_vault_sees_every_change(
    session: ConversationSession, vault: Any, vault_path: Path
) -> None:
    """Closed and opened again with the passphrase: nothing was kept only in memory."""
    area = areas(session)[0]
    session.set_answer(area, Answer.at(2))
    session.set_text(area, EntryField.WORDS, "ord")
    session.set_shared(area, EntryField.WORDS, True)
    vault.close()
    again = services.open_vault(vault_path, PASS)
    try:
        entry = services.get_conversation(again, session.conversation_id).entry(area)
    finally:
        again.close()
    assert (entry.answer, entry.words, entry.shared) == (
        Answer.at(2),
        "ord",
        frozenset({EntryField.WORDS}),
    )


def test_the_start_offered_uses_the_vaults_wheel_for_new_conversations(
    vault: Any, catalog: Catalog
) -> None:
    child = services.add_child(vault, name="Sam", birth_year=2012)
    assert services.start_choice_for(catalog, child, vault=vault).definition_id == (
        "barnets-basta-hjulet"
    )
    services.save_settings(vault, {"definition": "shanarri"})
    assert services.start_choice_for(catalog, child, vault=vault).definition_id == "shanarri"
    assert services.todays_conversation(vault, catalog, child.code).definition.id == "shanarri"
    services.save_settings(vault, {"definition": "no-such-wheel"})  # removed since
    assert services.start_choice_for(catalog, child, vault=vault).definition_id == (
        "barnets-basta-hjulet"
    )
