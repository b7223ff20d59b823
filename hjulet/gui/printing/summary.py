"""The SIP summary or the child's own copy of one conversation: preview, print, save.

``open_summary_dialog(ctx, vault, child_id, conversation_id, parent)`` is the entry
point. A saved document is written and logged in one service call, the same the CLI
uses (``services.summary.write_report``, handed the bytes the preview shows); printed
on paper, it is logged by ``record_printed``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QButtonGroup, QComboBox, QLabel, QRadioButton, QVBoxLayout, QWidget

from hjulet.app.context import AppContext
from hjulet.core import languages
from hjulet.core.model import Conversation
from hjulet.gui.language_names import language_name
from hjulet.gui.printing.pdf_dialog import PdfDialog
from hjulet.services import Vault, get_child, list_conversations
from hjulet.services.summary import (
    SUMMARY_LANGUAGES,
    ReportKind,
    ReportRequest,
    child_copy_languages,
    record_printed,
    render_report,
    write_report,
)


class SummaryDialog(PdfDialog):
    """The SIP summary or the child's own copy of one conversation."""

    def __init__(
        self,
        ctx: AppContext,
        vault: Vault,
        child_id: int,
        conversation_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(ctx, parent)
        self.vault = vault
        self.child_id = child_id
        self.child = get_child(vault, child_id)
        self.setWindowTitle(self.tr("Summary for the SIP meeting"))
        # newest first
        self.conversations: list[Conversation] = sorted(
            list_conversations(vault, child_id), key=lambda c: (c.held_on, c.id or 0), reverse=True
        )

        self.conversation_box = QComboBox(self)
        self.conversation_box.setObjectName("conversationBox")
        for conv in self.conversations:
            self.conversation_box.addItem(conv.held_on.isoformat(), conv.id)
        if conversation_id is not None:
            index = self.conversation_box.findData(conversation_id)
            self.conversation_box.setCurrentIndex(max(index, 0))
        self.options_layout.addRow(self.tr("Conversation"), self.conversation_box)

        self.summary_radio = QRadioButton(self.tr("Summary for the meeting"), self)
        self.copy_radio = QRadioButton(self.tr("The child's own copy"), self)
        self.summary_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.summary_radio)
        kinds.addButton(self.copy_radio)
        kind_box = QVBoxLayout()
        kind_box.addWidget(self.summary_radio)
        kind_box.addWidget(self.copy_radio)
        self.options_layout.addRow(self.tr("Document"), kind_box)

        self.summary_lang = QComboBox(self)
        self.summary_lang.setObjectName("summaryLanguage")
        for lang in SUMMARY_LANGUAGES:
            self.summary_lang.addItem(language_name(lang), lang)
        ui_lang = languages.text_language((ctx.settings.language,), SUMMARY_LANGUAGES)
        self.summary_lang.setCurrentIndex(self.summary_lang.findData(ui_lang))
        self.options_layout.addRow(self.tr("Language of the summary"), self.summary_lang)

        self.copy_lang = QComboBox(self)
        self.copy_lang.setObjectName("copyLanguage")
        self.options_layout.addRow(self.tr("Language of the child's copy"), self.copy_lang)

        self.code_radio = QRadioButton(self.tr("Code (%1)").replace("%1", self.child.code), self)
        self.name_radio = QRadioButton(self.tr("First name"), self)
        self.code_radio.setChecked(True)
        self.name_radio.setEnabled(bool(self.child.name))
        names = QButtonGroup(self)
        names.addButton(self.code_radio)
        names.addButton(self.name_radio)
        name_box = QVBoxLayout()
        name_box.addWidget(self.code_radio)
        name_box.addWidget(self.name_radio)
        self.options_layout.addRow(self.tr("At the top"), name_box)

        hint = QLabel(
            self.tr(
                "The summary shows only what the child chose to share, and only while a "
                "consent is valid today. The child's copy holds everything the child said "
                "and nothing the adults wrote."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setObjectName("printHint")
        self.options_layout.addRow(hint)

        self._fill_copy_languages()
        self.conversation_box.currentIndexChanged.connect(self._conversation_changed)
        for widget in (self.summary_radio, self.copy_radio, self.code_radio, self.name_radio):
            widget.toggled.connect(self._option_changed)
        self.summary_lang.currentIndexChanged.connect(self._option_changed)
        self.copy_lang.currentIndexChanged.connect(self._option_changed)
        self._sync_enabled()
        if self.conversations:
            self.render_now()
        else:
            self.status.setText(self.tr("There is no conversation to print yet."))

    # -- options --------------------------------------------------------------
    def current_conversation(self) -> Conversation | None:
        conv_id = self.conversation_box.currentData()
        return next((c for c in self.conversations if c.id == conv_id), None)

    def _fill_copy_languages(self) -> None:
        conv = self.current_conversation()
        previous = self.copy_lang.currentData()
        self.copy_lang.blockSignals(True)
        self.copy_lang.clear()
        for lang in child_copy_languages(conv) if conv else []:
            self.copy_lang.addItem(language_name(lang), lang)
        index = self.copy_lang.findData(previous)
        self.copy_lang.setCurrentIndex(index if index >= 0 else 0)
        self.copy_lang.blockSignals(False)

    def _conversation_changed(self) -> None:
        self._fill_copy_languages()
        self._option_changed()

    def _sync_enabled(self) -> None:
        self.summary_lang.setEnabled(self.summary_radio.isChecked())
        self.copy_lang.setEnabled(self.copy_radio.isChecked())

    def _option_changed(self) -> None:
        self._sync_enabled()
        if self.conversations:
            self.schedule_render()

    def request(self) -> ReportRequest:
        kind: ReportKind = "child-copy" if self.copy_radio.isChecked() else "summary"
        lang = (self.copy_lang if kind == "child-copy" else self.summary_lang).currentData()
        return ReportRequest(
            self.child_id,
            self.conversation_box.currentData(),
            kind,
            str(lang or "sv"),
            "name" if self.name_radio.isChecked() else "code",
        )

    # -- PdfDialog ------------------------------------------------------------
    def render_job(self) -> Callable[[], bytes]:
        vault, request = self.vault, self.request()
        dirs = (self.ctx.basedir,) if getattr(self.ctx, "basedir", None) else ()
        return lambda: render_report(vault, request, text_dirs=dirs)

    def write_job(self, target: Path, data: bytes, passphrase: str | None) -> Callable[[], object]:
        vault, request, kdf = self.vault, self.request(), self.ctx.kdf
        return lambda: write_report(
            vault, request, target, pdf=data, passphrase=passphrase, kdf=kdf
        )

    def on_printed(self) -> None:
        record_printed(self.vault, self.child_id, self.request().kind)

    def suggested_file_name(self) -> str:
        conv = self.current_conversation()
        day = conv.held_on.isoformat() if conv else date.today().isoformat()
        if self.request().kind == "child-copy":
            stem = self.tr("Child-copy")
        else:
            stem = self.tr("SIP-summary")
        return f"{stem}-{self.child.code}-{day}.pdf"  # the code, never the name


def open_summary_dialog(
    ctx: AppContext,
    vault: Vault,
    child_id: int,
    conversation_id: int | None = None,
    parent: QWidget | None = None,
) -> SummaryDialog:
    """Show the summary dialog (non-modal, deleted on close) and return it."""
    dialog = SummaryDialog(ctx, vault, child_id, conversation_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
