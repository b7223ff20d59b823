"""The ways into a vault: create one (the first-run wizard), choose a folder, unlock,
recover a forgotten passphrase, open the demo vault of fictional children.

:class:`VaultEntry` is handed what it needs: the app's context, the
:class:`~hjulet.gui.vault_session.VaultSession` every way ends in
(:meth:`VaultSession.open`; the window follows the session's signals), the window
(the parent of its dialogs, and its status line), and the two things it asks of
the window: to change the interface language (chosen in the wizard) and to show
the caseload (the vault asked for is open already). The dialogs load when first
opened: the first screen needs only the unlock prompt.

While a vault opens in the background (a scripted start, after recovery, the demo)
no other way in starts: ``opening_changed`` tells the window to switch its ways in
off, and unlocking, choosing or switching refuse with a word in the status line.
Otherwise the vault that opened last would silently replace the one opened first.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.app.tasks import BackgroundJob, run_in_background
from hjulet.gui.dialogs.unlock import UnlockDialog
from hjulet.gui.errors import show_error
from hjulet.gui.places import documents_folder
from hjulet.gui.vault_session import VaultSession

if TYPE_CHECKING:  # the dialogs load when first opened
    from hjulet.gui.dialogs.recovery import RecoveryDialog
    from hjulet.gui.dialogs.wizard import FirstRunWizard


class VaultEntry(QObject):
    """Create, choose, unlock, recover or open the demo; the result goes to the session.

    Its texts were the main window's and keep that context (and its translations).
    """

    opening_changed = Signal(bool)  # a vault is (no longer) being opened in the background

    def __init__(
        self,
        ctx: AppContext,
        session: VaultSession,
        window: QMainWindow,
        *,
        set_language: Callable[[str], None],
        show_caseload: Callable[[], None],
    ) -> None:
        super().__init__(window)  # its background unlocks end with the window
        self.ctx = ctx
        self.session = session
        self.window = window
        self._set_language = set_language
        self._show_caseload = show_caseload
        self.wizard: FirstRunWizard | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.recovery_dialog: RecoveryDialog | None = None
        self._opening: BackgroundJob | None = None

    @property
    def opening(self) -> bool:
        """True while a vault is being opened in the background."""
        return self._opening is not None and self._opening.running

    def _refuse_while_opening(self) -> bool:
        if not self.opening:
            return False
        self.window.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Wait, Hjulet is opening a vault.")
        )
        return True

    # -- a new vault -----------------------------------------------------------------
    def new_vault(self) -> FirstRunWizard:
        from hjulet.gui.dialogs.wizard import FirstRunWizard

        wizard = FirstRunWizard(
            self.ctx.catalog,
            self.ctx.basedir / "vaults",
            self.ctx.settings.language,
            self.window,
            kdf=self.ctx.kdf,
        )
        wizard.finished.connect(wizard.deleteLater)  # as WA_DeleteOnClose does
        wizard.vault_ready.connect(self._wizard_done)
        wizard.demo_requested.connect(self._demo_from_wizard)
        wizard.language_chosen.connect(self._wizard_language)
        self.wizard = wizard
        wizard.open()
        return wizard

    def _wizard_done(self, vault: services.Vault, path: Path, language: str) -> None:
        if language != self.ctx.settings.language:
            self._set_language(language)
        if self.session.vault is not None:
            self.session.lock()
        self.set_vault(vault, path)

    def _wizard_language(self, language: str) -> None:
        """The language chosen first, on the welcome page: the rest of the wizard (and
        Hjulet) speaks it from the next page on. Nothing is created yet, so the wizard
        simply starts again in that language."""
        wizard = self.wizard
        if wizard is None or wizard.vault is not None or language == self.ctx.settings.language:
            return
        wizard.done(QDialog.DialogCode.Rejected)
        self._set_language(language)
        QTimer.singleShot(0, self.new_vault)

    def _demo_from_wizard(self, language: str) -> None:
        from hjulet.app.main import DEMO_PASSPHRASE
        from hjulet.services.paths import demo_vault_path

        if language != self.ctx.settings.language:
            self._set_language(language)
        self.open_demo(demo_vault_path(self.ctx.basedir), DEMO_PASSPHRASE)

    # -- a vault that exists -------------------------------------------------------------
    def choose_vault(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # here: the first screen has no file dialog

        if self._refuse_while_opening():
            return

        folder = QFileDialog.getExistingDirectory(
            self.window,
            QCoreApplication.translate("MainWindow", "Choose a vault folder"),
            documents_folder(),
        )
        if folder:
            self.switch_vault(Path(folder))

    def switch_vault(self, path: Path) -> UnlockDialog | None:
        """Lock what is open, then ask for the other vault's passphrase."""
        if self._refuse_while_opening():
            return None
        if self.session.vault is not None and self.session.path == path:
            self._show_caseload()
            return None
        if self.session.vault is not None:
            self.session.lock()
        return self.ask_unlock(path)

    def unlock_current(self) -> None:
        """The locked page's Unlock: the vault last open (or the most recent), else a new one."""
        if self._refuse_while_opening():
            return
        recent = self.ctx.settings.recent_vaults
        target = self.session.path or (Path(recent[0]) if recent else None)
        if target is None:
            self.new_vault()
        else:
            self.ask_unlock(target)

    def ask_unlock(self, path: Path) -> UnlockDialog:
        self.session.path = path
        dialog = UnlockDialog(path, self.window)
        # as WA_DeleteOnClose does, without a ``Qt`` enum before the first frame
        dialog.finished.connect(dialog.deleteLater)
        dialog.unlocked.connect(lambda vault: self.set_vault(vault, path))
        dialog.forgot.connect(lambda: self.recover(path))
        self.unlock_dialog = dialog
        dialog.open()
        return dialog

    def recover(self, path: Path) -> RecoveryDialog:
        from hjulet.gui.dialogs.recovery import RecoveryDialog

        dialog = RecoveryDialog(path, self.window, kdf=self.ctx.kdf)
        dialog.finished.connect(dialog.deleteLater)
        dialog.recovered.connect(self.open_with_passphrase)
        self.recovery_dialog = dialog
        dialog.open()
        return dialog

    def open_with_passphrase(self, path: Path, passphrase: str) -> None:
        """Unlock in the background (scripted starts, after recovery, the demo)."""
        if self._refuse_while_opening():
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Unlocking…"))
        self._open_in_background(lambda: services.open_vault(path, passphrase), path)

    def open_demo(self, path: Path, passphrase: str) -> None:
        """Open the demo vault of fictional children, creating it the first time."""
        if self._refuse_while_opening():
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "MainWindow", "Preparing the demo vault of fictional children…"
            )
        )
        catalog, kdf = self.ctx.catalog, self.ctx.kdf

        def work() -> services.Vault:
            from hjulet.services.demo import create_demo_vault

            if path.exists():
                return services.open_vault(path, passphrase)
            return create_demo_vault(path, passphrase, catalog, kdf=kdf)[0]

        self._open_in_background(work, path)

    def _open_in_background(self, work: Callable[[], services.Vault], path: Path) -> None:
        def opened(vault: services.Vault) -> None:
            self.opening_changed.emit(False)
            self.set_vault(vault, path)

        def failed(exc: BaseException) -> None:
            self.opening_changed.emit(False)
            self._unlock_failed(exc)

        # the window gone first: the vault, once open, is closed again
        self._opening = run_in_background(work, opened, failed, owner=self)
        self.opening_changed.emit(True)

    def _unlock_failed(self, exc: BaseException) -> None:
        self.window.statusBar().clearMessage()
        show_error(self.window, exc, no_windows=self.ctx.no_err_windows)

    def set_vault(self, vault: services.Vault, path: Path) -> None:
        self.ctx.settings.remember_vault(path)
        self.session.set_idle_minutes(self.ctx.settings.idle_lock_minutes)
        self.session.open(vault, path)
