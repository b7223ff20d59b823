"""The professional's main window: the shell that composes pages, menus and the vault.

Pages in one stack: *locked* (no vault open), *caseload* (the children,
:class:`~hjulet.gui.workspace.caseload.CaseloadPage`) and *child* (one child's
history, SIP preparation and consent, :class:`~hjulet.gui.workspace.child_page.ChildPage`).
The pages say what the user asked for through signals; this window does it (the
vault flows, the dialogs, the conversation windows).

The vault's life (open, lock by hand or when idle, close, the windows it owns and
where the user was) is :class:`~hjulet.gui.vault_session.VaultSession`,
``self.session``; this window follows its signals. Locking saves what is pending,
closes every dialog, empties every model and view, closes the database and drops
the keys. Unlocking the same vault again returns to the page the user was on and
reopens its conversation windows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QProgressBar,
    QProxyStyle,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    QVBoxLayout,
    QWidget,
)

from hjulet import __version__, services
from hjulet.app.context import AppContext
from hjulet.app.tasks import owns_running_work, work_in_progress
from hjulet.core.errors import HjuletError, NotFound
from hjulet.gui import plain_text
from hjulet.gui.errors import show_error
from hjulet.gui.screen_fit import fit_window, install_app_rules
from hjulet.gui.vault_session import VaultSession
from hjulet.gui.workspace.child_records import ChildRecords
from hjulet.gui.workspace.finishing import (
    all_veils,
    close_now_button,
    hold_focus,
    stuck_text,
    veil,
)
from hjulet.gui.workspace.menus import MainMenus, add_titles_only
from hjulet.gui.workspace.vault_entry import VaultEntry

if TYPE_CHECKING:  # the dialogs load when first opened: the first screen needs none of them
    from hjulet.gui.dialogs.audit_viewer import AuditDialog
    from hjulet.gui.dialogs.retention import RetentionDialog
    from hjulet.gui.dialogs.settings import SettingsDialog
    from hjulet.gui.dialogs.wizard import FirstRunWizard
    from hjulet.gui.workspace.caseload import CaseloadPage
    from hjulet.gui.workspace.child_dialog import ChildDialog
    from hjulet.gui.workspace.child_page import ChildPage

log = logging.getLogger("hjulet.gui")


class MainWindow(QMainWindow):
    """The open vault's views: the locked page, the caseload, a child's page."""

    child_opened = Signal(int)

    def __init__(self, ctx: AppContext, first_screen_only: bool = False) -> None:
        """``first_screen_only``: build just what the first screen shows (the menus'
        titles, not their actions); the caller then calls :meth:`build_deferred` once
        that screen is painted (the app's start does). The caseload page is always
        built when first needed."""
        super().__init__()
        plain_text.install()  # every label, message box and tooltip shows data as plain text
        self.ctx = ctx
        self.session = VaultSession(ctx.settings.idle_lock_minutes, self)
        self.session.opened.connect(self._vault_opened)
        self.session.locking.connect(self._vault_locking)
        self.session.locked.connect(self._vault_locked)
        self.session.finishing_started.connect(self._vault_finishing)
        self.session.stuck.connect(self._work_stuck)
        self.session.abandoned.connect(lambda: self.end_now(unattended=True))
        self.session.conversation_closed.connect(self._after_conversation)
        self.entry = VaultEntry(
            ctx,
            self.session,
            self,
            set_language=self.set_language,
            show_caseload=self.show_caseload,
        )  # the ways into a vault
        self.entry.opening_changed.connect(lambda _opening: self._update_actions())
        self.child_records = ChildRecords(ctx, self.session, self)
        self.child_records.saved.connect(self._child_saved)
        self.child_records.archive_changed.connect(self._archive_changed)
        self.menus: MainMenus | None = None
        self.retention_dialog: RetentionDialog | None = None
        self._start_child_done = False
        self._translated_for = ctx.settings.language
        self.setWindowTitle(self.tr("Hjulet"))
        install_app_rules()
        self._open_maximised = fit_window(
            self, QSize(1280, 800), saved=ctx.settings.geometry("main"), maximise_when_small=False
        )

        self.stack = QStackedWidget()
        self._stack_style = _PlacedAtOnce(QApplication.style().name())
        self.stack.setStyle(self._stack_style)  # not inherited by the pages in it
        self.setCentralWidget(self.stack)
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        # the caseload (its table, model and filter) is built after the first frame
        # (:meth:`build_deferred`) or when first needed: the locked page does without it
        self._caseload: CaseloadPage | None = None
        self._build_pages()
        from hjulet.app.stuck import take_ended_note

        if take_ended_note(ctx.settings):  # Hjulet ended itself last time: say so, once
            self._show_ended(
                (
                    self.tr(
                        "Last time, Hjulet closed itself: locking waited a long time for "
                        "work that did not end, with nobody at the computer. "
                        "Everything saved in the vault is kept; the file that was being "
                        "written was not finished."
                    ),
                )
            )
        if first_screen_only:
            add_titles_only(self)
        else:
            self._build_menus()
        self.show_locked()

    def show(self) -> None:
        """Shown maximised the first time on a small screen: ``showMaximized()``
        reads no ``Qt`` enum, so the first frame does without the Qt namespace's."""
        if self._open_maximised:
            self._open_maximised = False
            self.showMaximized()
        else:
            super().show()

    @property
    def vault(self) -> services.Vault | None:
        """The open vault (the session's), or None while locked."""
        return self.session.vault

    @property
    def vault_path(self) -> Path | None:
        return self.session.path

    @vault_path.setter
    def vault_path(self, path: Path | None) -> None:
        self.session.path = path

    # -- building ------------------------------------------------------------
    def _build_pages(self) -> None:
        """The pages built again when the language changes (the caseload retranslates)."""
        self.locked_page = self._build_locked_page()
        self.stack.insertWidget(0, self.locked_page)
        # the child's page (wheels, timeline, SIP, consent) is built when first
        # needed: the first screen does without it
        self._child_page: ChildPage | None = None

    @property
    def child_page(self) -> ChildPage:
        if self._child_page is None:
            from hjulet.gui.workspace.child_page import ChildPage

            page = ChildPage(self.ctx.settings.language)
            page.back_requested.connect(self.show_caseload)
            page.edit_requested.connect(self.edit_child)
            page.start_conversation_requested.connect(self.start_conversation)
            page.open_conversation_requested.connect(self.open_conversation)
            page.consent.changed.connect(self.refresh)  # the caseload's consent column
            self.stack.addWidget(page)
            self._child_page = page
        return self._child_page

    def _build_locked_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.locked_label = QLabel(self.tr("No vault is open. Open a vault from the Vault menu."))
        # by the property's key name: ``Qt.AlignmentFlag`` would make PySide build all
        # of the Qt namespace's enum types before the first frame (~14 ms)
        self.locked_label.setProperty("alignment", "AlignCenter")
        self.locked_label.setWordWrap(True)
        self.locked_label.setObjectName("lockedLabel")
        self.unlock_button = QPushButton(self.tr("Unlock…"))
        self.unlock_button.clicked.connect(self.entry.unlock_current)
        self.new_vault_button = QPushButton(self.tr("Create a new vault…"))
        self.new_vault_button.clicked.connect(self.entry.new_vault)
        self.open_vault_button = QPushButton(self.tr("Open another vault…"))
        self.open_vault_button.clicked.connect(self.entry.choose_vault)
        buttons = QHBoxLayout()
        buttons.addStretch()
        for b in (self.unlock_button, self.new_vault_button, self.open_vault_button):
            buttons.addWidget(b)
        buttons.addStretch()
        # a lock waiting for running work to end: said at the top, where the dialog
        # doing the work (centred on this window) does not cover it
        self.finishing_box = QWidget()
        finishing = QVBoxLayout(self.finishing_box)
        self.finishing_label = QLabel(
            self.tr(
                "Locking… Hjulet is finishing the work in progress first, so that nothing "
                "is left half-done. The vault locks as soon as it has ended."
            )
        )
        self.finishing_label.setProperty("alignment", "AlignCenter")
        self.finishing_label.setWordWrap(True)
        self.finishing_label.setMaximumWidth(640)
        self.finishing_label.setMinimumWidth(480)  # not a narrow column of many lines
        self.finishing_bar = QProgressBar()
        self.finishing_bar.setRange(0, 0)  # busy: no fixed end
        self.finishing_bar.setMaximumWidth(320)
        self.finishing_bar.setTextVisible(False)
        self.finishing_bar.setAccessibleName(self.tr("Finishing the work in progress"))
        # the work is stuck (``session.stuck``): a way out, shown then
        self.close_now_button = close_now_button(lambda: self.end_now(unattended=False))
        self.close_now_button.hide()
        for widget in (self.finishing_label, self.finishing_bar, self.close_now_button):
            row = QHBoxLayout()
            row.addStretch()
            row.addWidget(widget)
            row.addStretch()
            finishing.addLayout(row)
        self.finishing_box.hide()
        # what the work a lock waited for did, and a note after Hjulet ended itself
        self.ended_label = QLabel()
        self.ended_label.setObjectName("endedLabel")
        self.ended_label.setProperty("alignment", "AlignCenter")
        self.ended_label.setWordWrap(True)
        self.ended_label.hide()
        self.locked_box = QWidget()  # the locked page's own message and ways in
        locked = QVBoxLayout(self.locked_box)
        locked.addWidget(self.locked_label)
        locked.addWidget(self.ended_label)
        locked.addSpacing(12)
        locked.addLayout(buttons)
        layout.addWidget(self.finishing_box)
        layout.addStretch()
        layout.addWidget(self.locked_box)
        layout.addStretch()
        return page

    @property
    def caseload(self) -> CaseloadPage:
        if self._caseload is None:
            from hjulet.gui.workspace.caseload import CaseloadPage

            page = CaseloadPage(self.ctx.settings.show_archived)
            page.open_requested.connect(self.open_child)
            page.add_requested.connect(self.add_child)
            page.edit_requested.connect(self.edit_child)
            page.archive_requested.connect(self.toggle_archive)
            page.show_archived_changed.connect(self._archived_toggled)
            self.stack.addWidget(page)
            self._caseload = page
        return self._caseload

    def build_deferred(self) -> None:
        """Build what the first screen does not show, so that unlocking finds it ready.

        Anything not built here is built when first needed: calling this is never
        required for correctness, only for a quick first frame and a quick unlock.
        """
        from hjulet.gui.fonts import register_fonts

        if self.menus is None:  # the menus' actions (shortcuts too), enabled as fits
            self._build_menus()
        register_fonts()  # the fonts of every child's language
        self.caseload  # noqa: B018  (the property builds the page)

    def build_after_first_paint(self, screen: QWidget) -> None:
        """Call :meth:`build_deferred` once ``screen`` (the first screen) is painted."""
        _FirstPaint(screen, self.build_deferred)

    def _build_menus(self) -> None:
        self.menus = MainMenus(self)
        archived = self.menus.show_archived_action
        page = self._caseload
        archived.setChecked(
            page.show_archived.isChecked() if page is not None else self.ctx.settings.show_archived
        )
        archived.toggled.connect(lambda on: self.caseload.set_show_archived(on))
        self.menus.backup_actions.children_imported.connect(self.refresh)
        self._update_actions()

    def _update_actions(self) -> None:
        # a vault opening in the background, or a lock waiting for work: no other way in
        opening = self.entry.opening or self.session.finishing
        for b in (self.unlock_button, self.new_vault_button, self.open_vault_button):
            b.setEnabled(not opening)
        if self.menus is not None:
            self.menus.update_enabled(self.session.usable, opening=opening)

    # -- vault lifecycle ---------------------------------------------------------
    def first_run(self) -> FirstRunWizard:
        """No vault known yet: welcome, and start the wizard."""
        self.locked_label.setText(
            self.tr(
                "Welcome to Hjulet. Create your vault to begin: it keeps the conversations "
                "encrypted on this computer."
            )
        )
        self.show_locked()
        return self.entry.new_vault()

    def _vault_opened(self) -> None:
        vault, path = self.session.vault, self.session.path
        assert vault is not None and path is not None
        self.refresh()
        self.show_caseload()
        self._update_actions()
        self.statusBar().clearMessage()
        self._show_ended(())
        resume = self.session.take_resume()
        if resume is not None and resume.child_id is not None:
            self.open_child(resume.child_id)
            for conversation_id in resume.conversation_ids:
                self.open_conversation(conversation_id)
        elif self.ctx.start.child and not self._start_child_done:
            self._start_child_done = True
            try:
                child = services.find_child(vault, self.ctx.start.child)
            except HjuletError:
                self.statusBar().showMessage(self.tr("No child with that code."), 5000)
            else:
                if child.id is not None:
                    self.open_child(child.id)
        self.check_retention()
        if self.ctx.start.screenshot is not None:
            shot = self.ctx.start.screenshot
            self.ctx.start.screenshot = None
            QTimer.singleShot(800, lambda: self._screenshot(shot))

    def _screenshot(self, path: Path) -> None:
        self.grab().save(str(path))
        self.close()

    def refresh(self) -> None:
        """Reload the caseload (archived children too: the filter hides them)."""
        if self.vault is None:
            return
        self.caseload.load(self.vault)
        self._update_status()

    def _update_status(self) -> None:
        if self.vault is None:
            self.status.setText(self.tr("Locked"))
            return
        if self.session.finishing:
            self.status.setText(self.tr("Locking…"))
            return
        n = self.caseload.active_count()
        self.status.setText(
            self.tr("%1 · %n child(ren) · locks after %2 min without use", "", n)
            .replace("%1", self.vault.name or str(self.vault_path))
            .replace("%2", str(self.ctx.settings.idle_lock_minutes))
        )

    def check_retention(self, always: bool = False) -> RetentionDialog | None:
        """Remind about children past their keep-until date (calm; nothing automatic)."""
        from hjulet.gui.dialogs.retention import RetentionDialog

        if self.vault is None or not self.session.usable:
            return None
        if always:
            due = services.retention_due(self.vault)
        else:  # at unlock: the caseload just loaded every child, archived ones too
            from datetime import date  # here: the first screen has no dates

            today = date.today()
            due = [
                c
                for c in self.caseload.loaded_children()
                if c.retention_until is not None and c.retention_until < today
            ]
        if not due and not always:
            return None
        dialog = RetentionDialog(self.vault, due, self)
        _delete_on_close(dialog)
        dialog.deleted.connect(self._child_deleted)
        self.retention_dialog = dialog
        dialog.destroyed.connect(self._retention_closed)
        if not always:  # a count, nothing personal: for the log, not the terminal
            log.info(
                "retention reminder at unlock: %d child(ren) past the keep-until date", len(due)
            )
        dialog.open()
        return dialog

    def _retention_closed(self) -> None:
        self.retention_dialog = None

    def _child_deleted(self, child_id: int) -> None:
        self.session.child_deleted(child_id)  # its windows close without saving
        if self._child_page is not None and self._child_page.child_id == child_id:
            self._child_page.clear()
            self.show_caseload()
        self.refresh()

    def lock(self) -> None:
        """Save what is pending, close dialogs, clear every view, close the database."""
        self.session.lock()

    def _vault_locking(self) -> None:
        """The vault is about to close: note where the user is, save, close dialogs."""
        page = self._child_page
        if page is not None and self.stack.currentWidget() is page:
            self.session.note_child(page.child_id)
        if self._child_page is not None:  # never built: nothing to flush
            self._child_page.flush()
        self._close_dialogs()

    def _vault_finishing(self) -> None:
        """A lock waits for running work: note where the user is, save, hide every
        view at once and take no new work; the dialogs doing the work stay open to
        show its end. The lock itself (``_vault_locking``) follows when it has ended."""
        page = self._child_page
        if page is not None and self.stack.currentWidget() is page:
            self.session.note_child(page.child_id)
        if self._child_page is not None:
            self._child_page.flush()
        self._close_dialogs(keep_working=True)
        self.stack.setCurrentWidget(self.locked_page)
        self.locked_box.hide()
        self.finishing_box.show()
        self.close_now_button.hide()
        hold_focus(
            self.finishing_label,
            self.tr(
                "Locking… Hjulet is finishing the work in progress first, so that nothing "
                "is left half-done. The vault locks as soon as it has ended."
            ),
        )
        self._update_actions()
        self._update_status()

    def _work_stuck(self) -> None:
        """The lock has waited long: say the work is stuck, offer to close Hjulet now,
        here and on every veiled dialog (a modal one blocks this window)."""
        self.close_now_button.show()
        hold_focus(self.finishing_label, stuck_text())
        for v in all_veils():
            v.show_stuck(lambda: self.end_now(unattended=False))

    def end_now(self, *, unattended: bool) -> None:
        """End Hjulet under work that never ends (``app.stuck``): the key goes with
        the process; what the vault holds is saved."""
        from hjulet.app.stuck import end_process

        self.ctx.settings.set_geometry("main", self.saveGeometry())
        end_process(self.ctx.settings, unattended=unattended)

    def _vault_locked(self) -> None:
        """The vault is closed: clear every view and show the locked page."""
        if self._child_page is not None:  # never built: nothing to clear
            self._child_page.clear()
        if self._caseload is not None:  # never built: nothing to clear
            self._caseload.clear()
        self.retention_dialog = None
        self.finishing_box.hide()
        self.close_now_button.hide()
        self.locked_box.show()
        self._show_ended(self.session.told_after_lock)
        self.locked_label.setText(
            self.tr("The vault is locked. Unlock it to go on where you were.")
            if self.vault_path
            else self.tr("No vault is open. Open a vault from the Vault menu.")
        )
        self.show_locked()
        self._update_actions()

    def _show_ended(self, lines: tuple[str, ...]) -> None:
        """On the locked page: what the work the lock waited for did (or why Hjulet
        ended last time). Nothing personal: no file name or path."""
        self.ended_label.setText("\n".join(lines))
        self.ended_label.setAccessibleName(" ".join(lines))
        self.ended_label.setVisible(bool(lines))

    def _close_dialogs(self, *, keep_working: bool = False) -> None:
        """Close this window's dialogs; ``keep_working``: not those running work (or
        whose own job's result is still on its way), which show its end."""
        from hjulet.gui.dialogs.wizard import FirstRunWizard

        for w in QApplication.topLevelWidgets():
            if not isinstance(w, QDialog):
                continue
            parent = w.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if parent is not self:
                continue
            if keep_working and (owns_running_work(w) or getattr(w, "working", False)):
                veil(w)  # stays to finish, but shows nothing of the vault meanwhile
                continue
            if isinstance(w, FirstRunWizard) and w.vault is not None:
                if w.vault_path is not None:
                    self.ctx.settings.remember_vault(w.vault_path)
                w.vault.close()
                w.vault = None
            w.done(QDialog.DialogCode.Rejected)
            w.close()

    def show_locked(self) -> None:
        self.stack.setCurrentWidget(self.locked_page)
        self.unlock_button.setVisible(
            bool(self.vault_path or self.ctx.settings.recent_vaults) and not self.session.finishing
        )
        self._update_actions()
        self._update_status()

    # -- caseload ----------------------------------------------------------------
    def show_caseload(self) -> None:
        if self.session.finishing:
            return  # locking: the views stay hidden (work ending meanwhile may ask)
        if self.vault is None:
            self.show_locked()
            return
        if self._child_page is not None:  # never built: nothing to flush
            self._child_page.flush()
        self.stack.setCurrentWidget(self.caseload)
        self.caseload.focus_filter()

    def focus_filter(self) -> None:
        self.show_caseload()
        self.caseload.focus_filter(select_all=True)

    def go_back(self) -> None:
        if self.stack.currentWidget() is self._child_page:
            self.show_caseload()

    def _archived_toggled(self, on: bool) -> None:
        self.ctx.settings.show_archived = on
        if self.menus is not None:
            self.menus.show_archived_action.setChecked(on)

    def current_child_id(self) -> int | None:
        """The child on show: the child's page, or the one selected in the caseload."""
        if self.stack.currentWidget() is self._child_page:
            return self.child_page.child_id
        if self._caseload is None:  # never built: nothing selected
            return None
        return self._caseload.selected_child_id()

    def add_child(self) -> ChildDialog | None:
        return self.child_records.add()

    def edit_child(self, child_id: int | None) -> ChildDialog | None:
        return self.child_records.edit(child_id)

    @property
    def child_dialog(self) -> ChildDialog | None:
        """The child dialog opened last."""
        return self.child_records.dialog

    def _child_saved(self, child_id: int | None) -> None:
        self.refresh()
        if child_id is not None:
            self.caseload.select_child(child_id)
            if self.stack.currentWidget() is self._child_page:
                self.child_page.reload()
        self.statusBar().showMessage(self.tr("Saved."), 3000)

    def toggle_archive_selected(self) -> None:
        child_id = self.current_child_id()
        if child_id is not None:
            self.toggle_archive(child_id)

    def toggle_archive(self, child_id: int) -> None:
        """Archive the child, or restore it if archived."""
        self.child_records.toggle_archive(child_id)

    def _archive_changed(self, _child_id: int, archived: bool) -> None:
        if self.stack.currentWidget() is self._child_page:
            self.child_page.reload()
        self.refresh()
        self.statusBar().showMessage(
            self.tr("Archived.") if archived else self.tr("Restored."), 3000
        )

    # -- child page and conversations ---------------------------------------------
    def open_child(self, child_id: int) -> bool:
        if self.vault is None or self.session.finishing:
            return False
        try:
            self.child_page.load(self.vault, child_id)
        except NotFound:
            self.show_caseload()
            return False
        self.stack.setCurrentWidget(self.child_page)
        self.child_opened.emit(child_id)
        return True

    def start_conversation(self, child_id: int) -> QWidget | None:
        """Ask how to start (scale, language, who is present), then open the conversation."""
        from hjulet.gui.conversation.start import start_conversation_dialog

        if self.vault is None:
            return None
        return start_conversation_dialog(self.ctx, self.vault, child_id, self, session=self.session)

    def open_conversation(self, conversation_id: int) -> QWidget | None:
        """Open one conversation in its own window (every change is saved at once)."""
        from hjulet.gui.conversation.view import open_conversation_window

        if self.vault is None:
            return None
        window = self.session.conversation_window(conversation_id)
        if window is not None:
            window.raise_()
            window.activateWindow()
            return window
        try:
            opened = open_conversation_window(
                self.ctx, self.vault, conversation_id, self, session=self.session
            )
        except HjuletError as exc:
            show_error(self, exc, no_windows=self.ctx.no_err_windows)
            return None
        return opened

    def _after_conversation(self, _conversation_id: int) -> None:
        """A conversation window closed: the caseload and the child's page show its results."""
        if self.vault is None:
            return
        self.refresh()
        page = self._child_page
        if page is not None and page.child_id is not None and self.stack.currentWidget() is page:
            self.open_child(page.child_id)

    def change_passphrase(self) -> QDialog | None:
        from hjulet.gui.dialogs.recovery import ChangePassphraseDialog

        if self.vault is None or not self.session.usable:
            return None
        dialog = ChangePassphraseDialog(self.vault, self, kdf=self.ctx.kdf)
        dialog.accepted.connect(
            lambda: self.statusBar().showMessage(
                self.tr("The passphrase has been changed. The old one no longer works."), 8000
            )
        )
        dialog.open()
        return dialog

    def new_recovery_key(self) -> QDialog | None:
        from hjulet.gui.dialogs.recovery import NewRecoveryKeyDialog

        if self.vault is None or not self.session.usable:
            return None
        dialog = NewRecoveryKeyDialog(self.vault, self)
        dialog.open()
        return dialog

    def start_for_current(self) -> None:
        child_id = self.current_child_id()
        if child_id is not None:
            self.start_conversation(child_id)

    def summary_for_current(self) -> None:
        child_id = self.current_child_id()
        if child_id is not None:
            self.open_summary(child_id)

    def open_summary(self, child_id: int, conversation_id: int | None = None) -> QWidget | None:
        """The SIP summary or the child's copy: preview, print, save."""
        from hjulet.gui.printing.summary import open_summary_dialog

        if self.vault is None or not self.session.usable:
            return None
        return open_summary_dialog(self.ctx, self.vault, child_id, conversation_id, self)

    def open_blank_sheet(self) -> QWidget:
        from hjulet.gui.printing.blank_sheet import open_blank_sheet_dialog

        return open_blank_sheet_dialog(self.ctx, self)

    def open_encrypted_pdf(self) -> None:
        from hjulet.gui.printing.encrypted import open_encrypted_pdf_dialog

        open_encrypted_pdf_dialog(self.ctx, self)

    def show_audit(self) -> AuditDialog | None:
        from hjulet.gui.dialogs.audit_viewer import AuditDialog

        if self.vault is None:
            return None
        dialog = AuditDialog(self.vault, self)
        _delete_on_close(dialog)
        code = None
        page = self._child_page
        if page is not None and self.stack.currentWidget() is page and page.child:
            code = page.child.code
        if code:
            dialog.code.setText(code)
        self.audit_dialog = dialog
        dialog.open()
        return dialog

    def show_settings(self) -> SettingsDialog:
        from hjulet.gui.dialogs.settings import SettingsDialog

        vault_settings = services.get_settings(self.vault) if self.vault is not None else None
        dialog = SettingsDialog(self.ctx.settings, self.ctx.catalog, vault_settings, self)
        _delete_on_close(dialog)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        self.settings_dialog = dialog
        dialog.open()
        return dialog

    def apply_settings(self, values: dict[str, object]) -> None:
        minutes = values.get("idle_lock_minutes")
        if isinstance(minutes, int):
            self.ctx.settings.idle_lock_minutes = minutes
            self.session.set_idle_minutes(minutes)
        vault_values = values.get("vault")
        if isinstance(vault_values, dict) and self.vault is not None:
            services.save_settings(self.vault, vault_values)
        language = values.get("language")
        if isinstance(language, str) and language != self.ctx.settings.language:
            self.set_language(language)
        self.ctx.settings.sync()
        self._update_status()

    def set_language(self, language: str) -> None:
        from hjulet.app.translations import install_translators

        self.ctx.settings.language = language
        install_translators(language)
        self._maybe_retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "stack"):
            QTimer.singleShot(0, self._maybe_retranslate)
        super().changeEvent(event)

    def _maybe_retranslate(self) -> None:
        if self._translated_for != self.ctx.settings.language:
            self._translated_for = self.ctx.settings.language
            self._retranslate()

    def _retranslate(self) -> None:
        """Rebuild pages and menus in the new language, keeping where the user is."""
        current = self.stack.currentWidget()
        child_id = self.child_page.child_id if current is self._child_page else None
        on_caseload = self._caseload is not None and current is self._caseload
        if self._child_page is not None:  # never built: nothing to flush
            self._child_page.flush()
        for page in (self.locked_page, self._child_page):
            if page is None:  # the child's page was never built
                continue
            self.stack.removeWidget(page)
            page.deleteLater()
        self._child_page = None
        self._build_pages()
        self._build_menus()
        self.setWindowTitle(self.tr("Hjulet"))
        if self._caseload is not None:  # kept: its rows, needle and selection stay
            self._caseload.retranslate()  # (built later, it is built in the new language)
        if self.vault is None:
            self.show_locked()
        elif child_id is not None:
            self.open_child(child_id)
        elif on_caseload:
            self.show_caseload()
        else:
            self.show_caseload()
        self._update_status()

    def show_about(self) -> None:
        import platform

        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        parts = {
            **services.component_versions(),
            "Python": platform.python_version(),
            "Qt": qVersion(),
            "PySide6": pyside_version,
        }
        versions = ", ".join(f"{name} {v}" for name, v in parts.items() if name != "Hjulet")
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Hjulet"),
            self.tr(
                "Hjulet %1\nA conversation aid for the child's best wheel.\n\n"
                "%2.\nNo network, no cloud: everything stays in your encrypted vault."
            )
            .replace("%1", __version__)
            .replace("%2", versions),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # never lock or quit under running work, nor before its result has come back
        # (its receiver would find the vault closed): close when it has
        if work_in_progress():
            event.ignore()
            if self.session.usable:  # lock first: views hidden, a way out if it is stuck
                self.session.lock()
            self.statusBar().showMessage(self.tr("Closing when the work in progress ends…"))
            QTimer.singleShot(100, self.close)
            return
        self.ctx.settings.set_geometry("main", self.saveGeometry())
        self.ctx.settings.sync()
        self.session.close()  # saves what is pending (the child's page too) first
        event.accept()


class _PlacedAtOnce(QProxyStyle):
    """The central widget's style: QMainWindow places it in one step, not animated.

    With an animating style, QMainWindow moves its central widget through a
    zero-length QPropertyAnimation, which starts Qt's private animation timer; the
    first event of that object that reaches the application's Python event filters
    makes PySide look for its Python type among every QObject subclass it wraps,
    building each of them with its enums (about 130, some 15 ms before the first
    frame). Hjulet's main window has no dock widgets or tool bars to animate.
    """

    def styleHint(
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        return_data: QStyleHintReturn | None = None,
    ) -> int:
        if hint == QStyle.StyleHint.SH_Widget_Animation_Duration:
            return 0
        return super().styleHint(hint, option, widget, return_data)


def _delete_on_close(widget: QWidget) -> None:
    from PySide6.QtCore import Qt  # here: the first screen reads no ``Qt`` enum

    widget.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class _FirstPaint(QObject):
    """Runs ``then`` from the event loop once ``widget`` has painted for the first time."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after the frame reached the screen
            self.deleteLater()
        return False
