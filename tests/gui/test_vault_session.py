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
