"""A blank wheel to colour in on paper: preview, print, save (nothing personal in it).

``open_blank_sheet_dialog(ctx, parent)`` is the entry point.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from hjulet.app.context import AppContext
from hjulet.gui.language_names import language_name
from hjulet.gui.printing.pdf_dialog import PdfDialog
from hjulet.services.summary import PAPERS, Paper, blank_sheet_pdf


class BlankSheetDialog(PdfDialog):
    """A blank wheel to colour in on paper, in any child language, A4 or A3."""

    warn_unencrypted = False

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Blank wheel for paper"))
        definition = ctx.catalog.definition()

        self.lang_box = QComboBox(self)
        self.lang_box.setObjectName("sheetLanguage")
        for lang in definition.languages:
            self.lang_box.addItem(language_name(lang), lang)
        self.options_layout.addRow(self.tr("Language"), self.lang_box)

        self.paper_box = QComboBox(self)
        self.paper_box.setObjectName("paperSize")
        for paper in PAPERS:
            self.paper_box.addItem(paper, paper)
        self.options_layout.addRow(self.tr("Paper"), self.paper_box)

        self.scale_box = QComboBox(self)
        self.scale_box.setObjectName("sheetScale")
        ui_lang = ctx.settings.language
        for scale_id, scale in sorted(ctx.catalog.scales.items(), key=lambda kv: kv[1].size):
            self.scale_box.addItem(scale.name_in(ui_lang), scale_id)
        default = self.scale_box.findData("steps4")
        self.scale_box.setCurrentIndex(max(default, 0))
        self.options_layout.addRow(self.tr("Scale"), self.scale_box)

        hint = QLabel(
            self.tr(
                "For conversations on paper: the child colours each area from the centre "
                "outwards. The sheet holds nothing personal until it is filled in."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.options_layout.addRow(hint)

        self.zoom_box.setCurrentIndex(1)  # one page: show it whole
        for box in (self.lang_box, self.paper_box, self.scale_box):
            box.currentIndexChanged.connect(self.schedule_render)
        self.render_now()

    def choice(self) -> tuple[str, Paper, str]:
        paper: Paper = "A3" if self.paper_box.currentData() == "A3" else "A4"
        return str(self.lang_box.currentData()), paper, str(self.scale_box.currentData())

    def render_job(self) -> Callable[[], bytes]:
        lang, paper, scale_id = self.choice()
        catalog = self.ctx.catalog
        dirs = (self.ctx.basedir,) if getattr(self.ctx, "basedir", None) else ()
        return lambda: blank_sheet_pdf(
            lang, paper, catalog=catalog, scale_id=scale_id, text_dirs=dirs
        )

    def make_printer(self) -> QPrinter:
        printer = super().make_printer()
        size = QPageSize.PageSizeId.A3 if self.choice()[1] == "A3" else QPageSize.PageSizeId.A4
        printer.setPageSize(QPageSize(size))
        return printer

    def suggested_file_name(self) -> str:
        lang, paper, _scale = self.choice()
        stem = self.tr("Blank-wheel")  # a literal outside the f-string, so lupdate finds it
        return f"{stem}-{lang}-{paper}.pdf"


def open_blank_sheet_dialog(ctx: AppContext, parent: QWidget | None = None) -> BlankSheetDialog:
    """Show the blank-sheet dialog (non-modal, deleted on close) and return it."""
    dialog = BlankSheetDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
