"""A guardian's own copy: preview, print or save, for one guardian of one conversation.

The print dialog's machinery (``gui.printing.pdf_dialog.PdfDialog``: rendering off the GUI
thread, preview, print, save, the unencrypted-file warning); the copy itself is
``services.summary.guardian_copy_pdf``, in the guardian's language.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hjulet import services
from hjulet.app.context import AppContext
from hjulet.core.guardian import GuardianView
from hjulet.gui.guardians.marks import guardian_name
from hjulet.gui.printing.pdf_dialog import PdfDialog
from hjulet.services.guardians import guardian_views
from hjulet.services.summary import (
    guardian_copy_pdf,
    record_guardian_copy_printed,
    write_guardian_copy,
)


class GuardianCopyDialog(PdfDialog):
    """Choose the guardian; see their copy; print it or save it."""

    def __init__(
        self,
        ctx: AppContext,
        vault: services.Vault,
        conversation_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.vault = vault
        self.setWindowTitle(self.tr("A guardian's own copy"))
        self.views: list[GuardianView] = guardian_views(vault, conversation_id)
        self.guardian_box = QComboBox(self)
        self.guardian_box.setObjectName("guardianCopyWho")
        self.guardian_box.setAccessibleName(self.tr("Whose copy"))
        for view in self.views:
            self.guardian_box.addItem(guardian_name(view), view.id)
        self.options_layout.addRow(self.tr("Whose copy"), self.guardian_box)
        hint = QLabel(
            self.tr(
                "In the guardian's language: their own answers and words (shared or not) and "
                "the meeting's practical details. Never the child's answers or words, your notes "
                "or the other guardian's view."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.options_layout.addRow(hint)
        self.guardian_box.currentIndexChanged.connect(self.schedule_render)
        if self.views:
            self.render_now()

    def view_id(self) -> int:
        return int(self.guardian_box.currentData())

    def render_job(self) -> Callable[[], bytes]:
        vault, view_id = self.vault, self.view_id()
        dirs = (self.ctx.basedir,) if getattr(self.ctx, "basedir", None) else ()
        return lambda: guardian_copy_pdf(vault, view_id, text_dirs=dirs)

    def write_job(self, target: Path, data: bytes, passphrase: str | None) -> Callable[[], object]:
        vault, view_id, kdf = self.vault, self.view_id(), self.ctx.kdf
        return lambda: write_guardian_copy(
            vault, view_id, target, pdf=data, passphrase=passphrase, kdf=kdf
        )

    def on_printed(self) -> None:
        record_guardian_copy_printed(self.vault, self.view_id())

    def suggested_file_name(self) -> str:
        stem = self.tr("Guardian-copy")  # a literal, so lupdate finds it
        return f"{stem}-{date.today().isoformat()}.pdf"  # no name, no code of the child


def open_guardian_copy_dialog(
    ctx: AppContext, vault: services.Vault, conversation_id: int, parent: QWidget | None = None
) -> GuardianCopyDialog:
    dialog = GuardianCopyDialog(ctx, vault, conversation_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
