"""Starting a conversation: the dialog that asks how (wheel, scale, the child's
language, who is present, place), then the conversation's window."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.child_texts import load_child_texts
from hjulet.core.errors import DefinitionError
from hjulet.core.model import Child
from hjulet.core.wheel import ReviewStatus
from hjulet.gui.conversation.view import open_conversation_window
from hjulet.gui.errors import show_error
from hjulet.gui.language_names import language_in_ui, language_name

if TYPE_CHECKING:
    from hjulet.gui.vault_session import VaultSession


class StartConversationDialog(QDialog):
    """Scale by age tier, language of the child texts, who is present, place."""

    def __init__(
        self,
        child: Child,
        catalog: Catalog,
        basedir: Path | None,
        parent: QWidget | None = None,
        *,
        vault: services.Vault | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog
        text_dirs = (basedir,) if basedir else ()
        offered = services.start_choice_for(catalog, child, text_dirs, vault=vault)
        self.setWindowTitle(self.tr("Start a conversation"))
        form = QFormLayout(self)
        who = child.name or child.code
        intro = QLabel(self.tr("A new conversation with %1, today.").replace("%1", who))
        intro.setWordWrap(True)
        form.addRow(intro)

        self.definition = QComboBox()
        for def_id, definition in sorted(catalog.definitions.items()):
            self.definition.addItem(definition.name_in("sv"), def_id)
        index = self.definition.findData(offered.definition_id)
        self.definition.setCurrentIndex(max(0, index))
        self.definition.setAccessibleName(self.tr("Wheel"))
        form.addRow(self.tr("Wheel:"), self.definition)

        self.scale = QComboBox()
        tier_names = {
            "faces3": self.tr("Three faces (about 4–7 years)"),
            "steps4": self.tr("Worded steps (about 8–12 years)"),
            "steps5": self.tr("Words and numbers (about 13–18 years)"),
        }
        for scale_id, scale in sorted(catalog.scales.items()):
            self.scale.addItem(tier_names.get(scale_id, scale.name_in("sv")), scale_id)
        self.scale.setCurrentIndex(max(0, self.scale.findData(offered.scale_id)))
        self.scale.setAccessibleName(self.tr("Scale"))
        form.addRow(self.tr("Scale:"), self.scale)

        self.language = QComboBox()
        for lang in services.child_text_languages(child, text_dirs):
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(max(0, self.language.findData(offered.language)))
        self.language.setAccessibleName(self.tr("Language of the child texts"))
        form.addRow(self.tr("Child's language:"), self.language)
        self.review_note = QLabel()
        self.review_note.setWordWrap(True)
        form.addRow(self.review_note)
        self.language.currentIndexChanged.connect(lambda _i: self._review_note(basedir))
        self._review_note(basedir)

        self.present = QLineEdit()
        self.present.setPlaceholderText(self.tr("For example: the child, a guardian, me"))
        self.present.setAccessibleName(self.tr("Who is present"))
        form.addRow(self.tr("Who is present:"), self.present)
        self.place = QLineEdit()
        self.place.setAccessibleName(self.tr("Place"))
        form.addRow(self.tr("Place:"), self.place)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _review_note(self, basedir: Path | None) -> None:
        lang = str(self.language.currentData() or "sv")
        definition = self.catalog.definitions.get(str(self.definition.currentData()))
        draft = definition is not None and definition.review_status(lang) is ReviewStatus.DRAFT
        try:
            texts = load_child_texts(lang, (basedir,) if basedir else ())
            draft = draft or texts.review is ReviewStatus.DRAFT
        except DefinitionError:
            self.review_note.setText(self.tr("The child's texts in this language cannot be read."))
            return
        note = ""
        if draft:  # said once, calmly, where the language is chosen
            note = self.tr(
                "The child's texts in %1 are a draft: no native speaker has checked them yet."
            ).replace("%1", language_in_ui(lang))
        self.review_note.setText(note)

    def choice(self) -> services.StartChoice:
        return services.StartChoice(
            definition_id=str(self.definition.currentData()),
            scale_id=str(self.scale.currentData()),
            language=str(self.language.currentData() or "sv"),
            present=self.present.text(),
            place=self.place.text(),
        )


def start_conversation_dialog(
    ctx: Any,
    vault: services.Vault,
    child_id: int,
    parent: QWidget | None = None,
    *,
    session: VaultSession | None = None,
) -> QWidget | None:
    """Ask how to start, start it, open its window. None if cancelled or failed."""
    child = services.get_child(vault, child_id)
    dialog = StartConversationDialog(child, ctx.catalog, ctx.basedir, parent, vault=vault)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    try:
        conv = services.start_chosen_conversation(vault, ctx.catalog, child_id, dialog.choice())
    except Exception as exc:
        show_error(parent, exc, no_windows=ctx.no_err_windows)
        return None
    assert conv.id is not None
    return open_conversation_window(ctx, vault, conv.id, parent, session=session)


__all__ = ["StartConversationDialog", "start_conversation_dialog"]
