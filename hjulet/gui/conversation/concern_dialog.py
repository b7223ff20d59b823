"""The "Oro" (concern) action: show the organisation's routine, record that it was shown.

Where the routine comes from, in order:

1. the vault's own setting ``concern_routine`` (a professional may paste the
   routine their organisation gave them; it stays inside the encrypted vault
   and follows the vault when it is backed up), else
2. ``<basedir>/organisation.toml`` (municipal IT deploys the organisation's
   routine for every vault on the machine), else
3. the general text in ``resources/organisation.toml``.

Showing the dialog records a ``concern_shown`` audit event (when, by whom, for
which child code; no content). Hjulet never sends anything anywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hjulet import services
from hjulet.core.child_texts import ConcernRoutine, load_concern_routine
from hjulet.core.errors import DefinitionError
from hjulet.gui.errors import show_error
from hjulet.gui.language_names import ui_language
from hjulet.gui.typing_direction import follow_writing

SETTING_KEY = "concern_routine"


def routine_text(vault: services.Vault, basedir: Path | None) -> tuple[str, str, str, str]:
    """(organisation, title, routine, contact) in the professional's language."""
    lang = ui_language()
    routine: ConcernRoutine | None
    try:
        routine = load_concern_routine((basedir,) if basedir else ())
    except DefinitionError:
        routine = None
    own = str(services.get_settings(vault).get(SETTING_KEY, "") or "")
    organisation = routine.organisation_in(lang) if routine else ""
    title = routine.title_in(lang) if routine else ""
    contact = routine.contact_in(lang) if routine else ""
    body = own.strip() or (routine.routine_in(lang) if routine else "")
    return organisation, title, body, contact


class ConcernDialog(QDialog):
    """Shows the routine. The caller records that it was shown."""

    def __init__(
        self,
        vault: services.Vault,
        basedir: Path | None,
        parent: QWidget | None = None,
        *,
        no_err_windows: bool = False,
    ) -> None:
        super().__init__(parent)
        self.vault = vault
        self.no_err_windows = no_err_windows
        self.setWindowTitle(self.tr("Concern for a child"))
        self.setMinimumSize(640, 520)
        organisation, title, body, contact = routine_text(vault, basedir)
        layout = QVBoxLayout(self)
        heading = QLabel(title or self.tr("Concern for a child"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setWordWrap(True)
        layout.addWidget(heading)
        if organisation:
            layout.addWidget(QLabel(organisation))
        self.routine = follow_writing(QPlainTextEdit(body))
        self.routine.setReadOnly(True)
        self.routine.setAccessibleName(self.tr("Routine for reporting concern"))
        layout.addWidget(self.routine, 1)
        if contact:
            self.contact = QLabel(contact)
            self.contact.setWordWrap(True)
            self.contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(self.contact)
        note = QLabel(
            self.tr(
                "Hjulet never sends anything. Reporting is done by you, as the routine says. "
                "That this routine was shown is recorded in the vault's log (no content)."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.edit_button = QPushButton(self.tr("Use my organisation's own text…"))
        self.edit_button.setToolTip(
            self.tr("Paste your organisation's routine; it is kept in this vault.")
        )
        self.edit_button.clicked.connect(self._toggle_edit)
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def _toggle_edit(self) -> None:
        if self.routine.isReadOnly():
            self.routine.setReadOnly(False)
            self.routine.setFocus()
            self.edit_button.setText(self.tr("Save this text for this vault"))
            return
        try:
            services.save_settings(self.vault, {SETTING_KEY: self.routine.toPlainText()})
        except Exception as exc:
            show_error(self, exc, no_windows=self.no_err_windows)
            return
        self.routine.setReadOnly(True)
        self.edit_button.setText(self.tr("Use my organisation's own text…"))
