"""The children's records: add a child, edit one, archive or restore one.

``ChildRecords`` opens the child dialog (with the languages of the vault's wheel),
saves through services and says what changed by signals; the main window shows the
result (the caseload, the child's page, the status line). It is handed the vault
session and the window its dialogs belong to; it reads nothing else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.core.constants import DEFAULT_DEFINITION
from hjulet.core.errors import HjuletError
from hjulet.gui.errors import show_error
from hjulet.gui.vault_session import VaultSession

if TYPE_CHECKING:  # the dialog loads when first opened: the first screen needs none
    from hjulet.core.model import Child
    from hjulet.gui.workspace.child_dialog import ChildDialog


class ChildRecords(QObject):
    """Add, edit, archive: the child dialog and the service calls behind the caseload."""

    saved = Signal(object)  # a child was added or changed: its id (int | None)
    archive_changed = Signal(int, bool)  # a child was archived (True) or restored (False)

    def __init__(self, ctx: AppContext, session: VaultSession, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.session = session
        self.window = window  # the parent of the dialogs and error messages
        self.dialog: ChildDialog | None = None

    def languages(self) -> tuple[str, ...]:
        """The languages of the vault's wheel (a child's language is one of them)."""
        try:
            definition = self.ctx.catalog.definition(self._definition_id())
        except KeyError:
            return ("sv",)
        return tuple(definition.languages) or ("sv",)

    def _definition_id(self) -> str:
        vault = self.session.vault
        if vault is None:
            return DEFAULT_DEFINITION
        return str(services.get_settings(vault).get("definition", DEFAULT_DEFINITION))

    def add(self) -> ChildDialog | None:
        from hjulet.gui.workspace.child_dialog import ChildDialog

        if self.session.vault is None:
            return None
        return self._open(ChildDialog(None, self.languages(), self.window, save=self.save))

    def edit(self, child_id: int | None) -> ChildDialog | None:
        from hjulet.gui.workspace.child_dialog import ChildDialog

        vault = self.session.vault
        if vault is None or child_id is None:
            return None
        try:
            child = services.get_child(vault, child_id)
        except HjuletError as exc:
            show_error(self.window, exc, no_windows=self.ctx.no_err_windows)
            return None
        return self._open(ChildDialog(child, self.languages(), self.window, save=self.save))

    def _open(self, dialog: ChildDialog) -> ChildDialog:
        # imported here: importing Qt builds its enums, which the first screen does without
        from PySide6.QtCore import Qt

        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def save(self, child: Child) -> Child | None:
        """Add or update ``child`` (the dialog's save); None after a shown error."""
        vault = self.session.vault
        if vault is None:
            return None
        try:
            if child.id is None:
                saved = services.add_child(
                    vault,
                    name=child.name,
                    code=child.code,
                    birth_year=child.birth_year,
                    languages=child.languages,
                    age_tier=child.age_tier,
                    retention_until=child.retention_until,
                )
            else:
                saved = services.update_child(vault, child)
        except HjuletError as exc:
            show_error(self.window, exc, no_windows=self.ctx.no_err_windows)
            return None
        self.saved.emit(saved.id)
        return saved

    def toggle_archive(self, child_id: int) -> None:
        """Archive the child, or restore it if archived."""
        vault = self.session.vault
        if vault is None:
            return
        try:
            child = services.get_child(vault, child_id)
            services.archive_child(vault, child_id, not child.archived)
        except HjuletError as exc:
            show_error(self.window, exc, no_windows=self.ctx.no_err_windows)
            return
        self.archive_changed.emit(child_id, not child.archived)
