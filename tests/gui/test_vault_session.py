"""The vault's life in one object: open, lock (by hand, idle), close, and its windows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from hjulet import services
from hjulet.core.model import Answer, EntryField
from hjulet.gui.conversation.view import ConversationView, open_conversation_window
from hjulet.gui.vault_session import VaultSession
from tests.gui.test_conversation_support import make_conversation

pytestmark = pytest.mark.gui


class _Ctx:
    def __init__(self, catalog, basedir: Path) -> None:  # type: ignore[no-untyped-def]
        self.catalog = catalog
        self.basedir = basedir
        self.no_err_windows = True
        self.settings = None


def test_lock_tells_first_then_closes_the_vault_then_says_locked(qtbot, vault, vault_path):  # type: ignore[no-untyped-def]
    session = VaultSession(15)
    seen: list[tuple[str, bool]] = []
    session.opened.connect(lambda: seen.append(("opened", vault.is_open)))
    session.locking.connect(lambda: seen.append(("locking", vault.is_open)))
    session.locked.connect(lambda: seen.append(("locked", vault.is_open)))
    session.open(vault, vault_path)
    assert session.is_open and session.path == vault_path
    session.lock()
    # windows save while the vault is still open; it is closed before "locked"
    assert seen == [("opened", True), ("locking", True), ("locked", False)]
    assert session.vault is None and not vault.is_open
    assert session.path == vault_path  # unlocking again goes back to the same vault


def test_opening_another_vault_closes_the_first(qtbot, vault, vault_path, tmp_path):  # type: ignore[no-untyped-def]
    from hjulet.storage.keyslots import FAST_KDF

    other, _ = services.create_vault(tmp_path / "other", "another passphrase 1", kdf=FAST_KDF)
    session = VaultSession(15)
    session.open(vault, vault_path)
    session.open(other, tmp_path / "other")
    assert not vault.is_open and other.is_open
    session.close()
    assert not other.is_open and session.vault is None


def test_an_owned_conversation_window_saves_and_closes_when_the_vault_locks(
    qtbot, vault, vault_path, catalog, tmp_path
):  # type: ignore[no-untyped-def]
    conv = make_conversation(vault, catalog)
    session = VaultSession(15)
    session.open(vault, vault_path)
    # no parent at all: the window learns about the lock from the session alone
    view = open_conversation_window(_Ctx(catalog, tmp_path), vault, conv.id, None, session=session)
    assert isinstance(view, ConversationView)
    area = conv.definition.areas[0].id
    view.controller.set_text(area, EntryField.WORDS, "pending words")  # not saved yet (debounced)
    with qtbot.waitSignal(view.closed, timeout=5_000):
        session.lock()
    reopened = services.open_vault(vault_path, "correct horse battery staple")
    try:
        entry = services.get_conversation(reopened, conv.id).entry(area)
        assert entry.words == "pending words"
    finally:
        reopened.close()


def test_its_lock_button_locks_the_vault(qtbot, vault, vault_path, catalog, tmp_path):  # type: ignore[no-untyped-def]
    conv = make_conversation(vault, catalog)
    session = VaultSession(15)
    session.open(vault, vault_path)
    view = open_conversation_window(_Ctx(catalog, tmp_path), vault, conv.id, None, session=session)
    view.wheel.rating_changed.emit("trygg", Answer.at(2), conv.entry("trygg").answer)
    with qtbot.waitSignal(session.locked, timeout=5_000):
        view.lock_requested.emit()
    assert not vault.is_open


def test_a_closed_window_is_no_longer_owned(qtbot, vault, vault_path):  # type: ignore[no-untyped-def]
    session = VaultSession(15)
    session.open(vault, vault_path)
    calls: list[str] = []
    window = QWidget()
    gone: list[bool] = []
    window.destroyed.connect(lambda *_: gone.append(True))
    session.own(window, lambda: calls.append("closed"))
    window.deleteLater()
    qtbot.waitUntil(lambda: bool(gone), timeout=5_000)
    session.lock()
    assert calls == []


def test_idle_locks_when_no_child_screen_shows(qtbot, vault, vault_path):  # type: ignore[no-untyped-def]
    session = VaultSession(15)
    session.open(vault, vault_path)
    session.set_idle_minutes(0)  # due at once
    with qtbot.waitSignal(session.locked, timeout=5_000):
        pass
    assert session.vault is None


def test_it_knows_its_conversation_windows_and_says_when_one_closes(
    qtbot, vault, vault_path, catalog, tmp_path
):  # type: ignore[no-untyped-def]
    conv = make_conversation(vault, catalog)
    session = VaultSession(15)
    session.open(vault, vault_path)
    other = QWidget()  # owned, but not a conversation window: never listed, never reopened
    session.own(other, other.close)
    view = open_conversation_window(_Ctx(catalog, tmp_path), vault, conv.id, None, session=session)
    assert session.conversation_windows() == [view]
    assert session.conversation_ids() == (conv.id,)
    assert session.conversation_window(conv.id) is view
    assert session.conversation_window(conv.id + 1) is None
    with qtbot.waitSignal(session.conversation_closed, timeout=5_000) as closed:
        view.close()  # deleted on close
    assert closed.args == [conv.id]
    assert session.conversation_windows() == [] and session.conversation_window(conv.id) is None
    other.deleteLater()


def test_lock_notes_where_the_user_was_for_the_same_vault_only(
    qtbot, vault, vault_path, catalog, tmp_path
):  # type: ignore[no-untyped-def]
    conv = make_conversation(vault, catalog)
    session = VaultSession(15)
    session.open(vault, vault_path)
    open_conversation_window(_Ctx(catalog, tmp_path), vault, conv.id, None, session=session)
    session.locking.connect(lambda: session.note_child(conv.child_id))  # the shell's part
    session.lock()
    assert session.resume is not None
    assert session.resume.conversation_ids == (conv.id,)
    assert session.resume.child_id == conv.child_id
    # unlocking the same vault goes on there, once
    session.open(services.open_vault(vault_path, "correct horse battery staple"), vault_path)
    resume = session.take_resume()
    assert resume is not None and resume.path == vault_path
    assert resume.conversation_ids == (conv.id,) and resume.child_id == conv.child_id
    assert session.take_resume() is None
    # another vault opened after the lock does not go where the first one was
    session.lock()
    assert session.resume is not None and session.resume.conversation_ids == ()
    from hjulet.storage.keyslots import FAST_KDF

    other, _ = services.create_vault(tmp_path / "other", "another passphrase 1", kdf=FAST_KDF)
    session.open(other, tmp_path / "other")
    assert session.take_resume() is None
    session.close()


def test_a_deleted_childs_windows_close_without_saving(qtbot, vault, vault_path, catalog, tmp_path):  # type: ignore[no-untyped-def]
    conv = make_conversation(vault, catalog)
    session = VaultSession(15)
    session.open(vault, vault_path)
    view = open_conversation_window(_Ctx(catalog, tmp_path), vault, conv.id, None, session=session)
    area = conv.definition.areas[0].id
    view.controller.set_text(area, EntryField.WORDS, "typed just before")  # pending
    session.child_deleted(conv.child_id + 1)  # another child: stays open
    assert session.conversation_windows() == [view]
    with qtbot.waitSignal(view.closed, timeout=5_000):
        session.child_deleted(conv.child_id)
    assert services.get_conversation(vault, conv.id).entry(area).words != "typed just before"


def test_idle_waits_for_running_work_then_locks(qtbot, vault, vault_path):  # type: ignore[no-untyped-def]
    """Idle while the passphrase is being changed: the vault stays open until the
    change is done (closing it under the change released its lock mid-write)."""
    from PySide6.QtCore import QObject

    from hjulet.app.tasks import run_in_background
    from hjulet.storage.keyslots import FAST_KDF
    from tests.conftest import PASS
    from tests.gate import Gate

    session = VaultSession(15)
    session.open(vault, vault_path)
    owner = QObject()
    gate = Gate()
    new = "blåbär cykel fyrtorn vinter"
    done: list[object] = []
    run_in_background(
        gate(lambda: services.change_vault_passphrase(vault, PASS, new, kdf=FAST_KDF)),
        done.append,
        done.append,
        owner=owner,
    )
    gate.wait_started()
    with qtbot.waitSignal(session.idle.idle, timeout=5_000):
        session.set_idle_minutes(0)  # due at once
    qtbot.wait(300)  # several looks again (LOCK_RETRY_MS) have come too
    assert session.vault is vault and vault.is_open
    with qtbot.waitSignal(session.locked, timeout=10_000):
        gate.open()
    assert done == [None] and not vault.is_open
    with services.open_vault(vault_path, new):
        pass
