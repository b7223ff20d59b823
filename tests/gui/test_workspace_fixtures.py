"""Shared set-up for the workspace GUI tests (imported by the test_workspace_* files).

Real parts only: a real AppContext under tmp_path, real vaults on disk with the
fast key derivation, the real MainWindow driven with qtbot.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.settings import Settings
from hjulet.core.catalog import Catalog
from hjulet.core.model import AgeTier, Answer, AreaEntry, Consent, ConsentForm, ConsentGiver
from hjulet.storage.keyslots import FAST_KDF

PASSPHRASE = "kanelbulle orbit lingon spårvagn"
TIMEOUT = 15_000


def make_ctx(base: Path, catalog: Catalog) -> AppContext:
    base.mkdir(parents=True, exist_ok=True)
    return AppContext(
        basedir=base, settings=Settings(base), catalog=catalog, no_err_windows=True, kdf=FAST_KDF
    )


def make_vault(path: Path, catalog: Catalog, children: int = 3) -> tuple[services.Vault, str]:
    """A vault with a few children, two conversations each, and consent for the first."""
    vault, key = services.create_vault(path, PASSPHRASE, name="Kurator Test", kdf=FAST_KDF)
    definition = catalog.definition()
    today = date.today()
    for n in range(children):
        child = services.add_child(
            vault,
            name=f"Barn{n}",
            code=f"T-{n:03d}",
            birth_year=today.year - 10,
            age_tier=AgeTier.MIDDLE,
        )
        assert child.id is not None
        scale = catalog.scale_for(AgeTier.MIDDLE)
        for t in range(2):
            conv = services.start_conversation(
                vault,
                child.id,
                definition=definition,
                scale=scale,
                held_on=today - timedelta(days=180 * (1 - t)),
            )
            assert conv.id is not None
            services.save_entry(
                vault,
                conv.id,
                AreaEntry("trygg", answer=Answer.at(1 + t), words=f"ord {n}-{t}"),
            )
        if n == 0:
            services.add_consent(
                vault,
                Consent(
                    None,
                    child.id,
                    ConsentGiver.GUARDIAN_1,
                    ("Socialtjänsten",),
                    ConsentForm.WRITTEN,
                    today - timedelta(days=10),
                    today + timedelta(days=100),
                    sole_custody=True,  # alone it covers the child's answers
                ),
            )
    return vault, key


@pytest.fixture
def vault_dir(tmp_path: Path, catalog: Catalog) -> Path:
    """A closed vault with three children, for a window to unlock."""
    path = tmp_path / "vault"
    vault, _key = make_vault(path, catalog)
    vault.close()
    return path


@pytest.fixture
def ctx(tmp_path: Path, catalog: Catalog) -> AppContext:
    return make_ctx(tmp_path / "base", catalog)


@pytest.fixture
def window(qtbot, ctx: AppContext) -> Iterator[object]:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QLocale

    from hjulet.app.translations import uninstall_translators
    from hjulet.gui.workspace.main_window import MainWindow

    locale = QLocale()
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    yield w
    if w.session.vault is not None:
        w.session.vault.close()
        w.session.vault = None
    if QLocale().name() != locale.name():  # the test changed the app's language
        uninstall_translators(locale)  # the next test starts in the language this one did
    # quitting the app closes every window: the dialogs the window opened go with it
    for dialog in w.findChildren(QDialog):
        dialog.close()


def open_in_window(qtbot, window, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Unlock ``path`` through the real UnlockDialog."""
    from hjulet.gui.dialogs.unlock import UnlockDialog

    dialog = window.entry.ask_unlock(path)
    assert isinstance(dialog, UnlockDialog)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(window.session.opened, timeout=TIMEOUT):
        dialog.unlock_button.click()


def conversation_windows_shown(window) -> list[object]:  # type: ignore[no-untyped-def]
    """The conversation windows that exist under the main window, found among its
    widgets (not asked of the session, whose list the tests check against this)."""
    from hjulet.gui.conversation.view import ConversationView

    return [w for w in window.findChildren(ConversationView) if w.isWindow()]
