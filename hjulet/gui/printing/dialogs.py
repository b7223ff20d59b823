"""Preview, print and save: the SIP summary, the child's own copy, the blank wheel sheet.

``open_summary_dialog(ctx, vault, child_id, conversation_id, parent)`` and
``open_blank_sheet_dialog(ctx, parent)`` are the entry points.

The PDF is rendered off the GUI thread (``run_in_background``) while a busy bar
runs, and held **in memory only**: the preview reads it through a ``QBuffer``
into ``QPdfDocument`` (no temp file); printing paints the same pages through
``QPdfDocument.render`` onto a ``QPrinter`` chosen in the system print dialog;
saving writes the bytes where the user points, after a warning that a PDF outside
the vault is not encrypted, or (the warning's other choice) into an encrypted file
with a passphrase of its own that only Hjulet opens (File → Open encrypted PDF…).

A saved document is written and logged in one service call, the same the CLI uses
(``services.summary.write_report`` / ``write_guardian_copy``, handed the bytes the
preview shows), off the GUI thread. Printed on paper, it is logged by
``record_printed``. Previews are not logged.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from hjulet.app.context import AppContext
from hjulet.app.tasks import run_in_background
from hjulet.core import languages
from hjulet.core.errors import HjuletError
from hjulet.core.model import Conversation
from hjulet.gui.errors import output_refused, show_error
from hjulet.gui.language_names import language_name
from hjulet.gui.places import documents_folder
from hjulet.gui.screen_fit import fit_window
from hjulet.services import Vault, get_child, list_conversations
from hjulet.services.summary import (
    PAPERS,
    SUMMARY_LANGUAGES,
    Paper,
    ReportKind,
    ReportRequest,
    blank_sheet_pdf,
    child_copy_languages,
    read_encrypted_pdf,
    record_printed,
    render_report,
    write_encrypted_pdf,
    write_pdf,
    write_report,
)

# User-visible strings of the shared base class are literal
# QCoreApplication.translate("PrintDialogs", ...) calls (lupdate finds them); the
# leaf dialogs use self.tr.
MAX_PRINT_DPI = 300  # enough for text on paper; keeps each page image below ~35 MB
DEBOUNCE_MS = 120


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the document's pages (the printer's page range, or all) onto ``printer``.

    Each page is rendered at the printer's resolution (at most ``MAX_PRINT_DPI``)
    and placed on the whole sheet, keeping its proportions: the PDF carries its
    own margins. Returns the number of pages painted.
    """
    count = document.pageCount()
    if count <= 0:
        return 0
    first = max(printer.fromPage(), 1) if printer.fromPage() else 1
    last = min(printer.toPage(), count) if printer.toPage() else count
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    painted = 0
    try:
        for number in range(first, last + 1):
            if painted:
                printer.newPage()
            index = number - 1
            size = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(size.width() * dpi / 72), round(size.height() * dpi / 72))
            )
            target = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
            target.moveTo(0, 0)
            scale = min(target.width() / image.width(), target.height() / image.height())
            w, h = image.width() * scale, image.height() * scale
            top_left = QPointF((target.width() - w) / 2, (target.height() - h) / 2)
            painter.drawImage(QRectF(top_left, QSize(round(w), round(h)).toSizeF()), image)
            painted += 1
    finally:
        painter.end()
    return painted


class PdfPreview(QWidget):
    """A scrollable preview of PDF bytes held in memory."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreview")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self._buffer: QBuffer | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_pdf(self, data: bytes) -> None:
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None

    def page_count(self) -> int:
        return self.document.pageCount()


class PdfDialog(QDialog):
    """Options on the left, the preview on the right, then Print / Save as PDF / Close.

    Subclasses build their options, say how to render (``render_job``), how to
    write and log a saved copy (``write_job``) and what to log once it was printed
    on paper (``on_printed``).
    """

    warn_unencrypted = True  # the blank sheet holds nothing personal

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.pdf: bytes = b""
        self._generation = 0
        self._busy = False
        fit_window(self, QSize(1100, 780), saved=ctx.settings.geometry("print_dialog"))

        self.options = QWidget(self)
        self.options_layout = QFormLayout(self.options)
        self.options_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = PdfPreview(self)

        self.busy_bar = QProgressBar(self)
        self.busy_bar.setRange(0, 0)  # indeterminate: "working"
        self.busy_bar.setTextVisible(False)
        self.busy_bar.setMaximumWidth(160)
        self.busy_bar.setAccessibleName(
            QCoreApplication.translate("PrintDialogs", "Preparing the document")
        )
        self.status = QLabel(self)
        self.status.setObjectName("printStatus")
        self.status.setWordWrap(True)

        self.zoom_box = QComboBox(self)
        self.zoom_box.setObjectName("previewZoom")
        self.zoom_box.setAccessibleName(QCoreApplication.translate("PrintDialogs", "Preview size"))
        self.zoom_box.addItem(
            QCoreApplication.translate("PrintDialogs", "Page width"), QPdfView.ZoomMode.FitToWidth
        )
        self.zoom_box.addItem(
            QCoreApplication.translate("PrintDialogs", "Whole page"), QPdfView.ZoomMode.FitInView
        )
        self.zoom_box.currentIndexChanged.connect(
            lambda _i: self.preview.view.setZoomMode(self.zoom_box.currentData())
        )

        self.print_button = QPushButton(QCoreApplication.translate("PrintDialogs", "Print…"), self)
        self.save_button = QPushButton(
            QCoreApplication.translate("PrintDialogs", "Save as PDF…"), self
        )
        self.close_button = QPushButton(QCoreApplication.translate("PrintDialogs", "Close"), self)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        # Enter never prints or saves: paper and files leave the vault only by a click
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        left = QVBoxLayout()
        left.addWidget(self.options)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 0)
        body.addWidget(self.preview, 1)
        self.options.setMinimumWidth(300)
        self.options.setMaximumWidth(380)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy_bar)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.zoom_box)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.render_now)
        self._set_busy(False)

    # -- for subclasses -------------------------------------------------------
    def render_job(self) -> Callable[[], bytes]:
        """A callable run on a worker thread; it must not touch widgets."""
        raise NotImplementedError

    def write_job(self, target: Path, data: bytes, passphrase: str | None) -> Callable[[], object]:
        """A callable run on a worker thread that writes ``data`` (plain, or encrypted
        with ``passphrase``) and logs it, in one service call. Nothing personal here:
        the blank sheet's default writes without a log."""
        if passphrase is None:
            return lambda: write_pdf(target, data)
        kdf = self.ctx.kdf
        return lambda: write_encrypted_pdf(target, data, passphrase, kdf=kdf)

    def on_printed(self) -> None:
        """Called after the document was printed on paper (audit)."""

    def suggested_file_name(self) -> str:
        return "hjulet.pdf"

    # -- rendering ------------------------------------------------------------
    @property
    def busy(self) -> bool:
        return self._busy

    def page_count(self) -> int:
        return self.preview.page_count()

    def schedule_render(self) -> None:
        """Render again shortly (option changes come in bursts)."""
        self._generation += 1
        self._set_busy(True)
        self._debounce.start()

    def render_now(self) -> None:
        self._debounce.stop()
        self._generation += 1
        generation = self._generation
        self._set_busy(True)
        self.status.setText(QCoreApplication.translate("PrintDialogs", "Preparing the document…"))
        try:
            job = self.render_job()
        except Exception as exc:  # bad options: shown like any other failure
            self._failed(generation, exc)
            return
        run_in_background(
            job,
            lambda data: self._rendered(generation, data),
            lambda exc: self._failed(generation, exc),
        )

    def _rendered(self, generation: int, data: bytes) -> None:
        if not isValid(self) or generation != self._generation:
            return  # closed meanwhile, or the options changed: a newer render follows
        self.pdf = data
        self.preview.set_pdf(data)
        self._set_busy(False)
        n = self.page_count()
        self.status.setText(
            QCoreApplication.translate("PrintDialogs", "1 page")
            if n == 1
            else QCoreApplication.translate("PrintDialogs", "%1 pages").replace(
                "%1", QLocale().toString(n)
            )
        )

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not isValid(self) or generation != self._generation:
            return
        self.pdf = b""
        self.preview.clear()
        self._set_busy(False)
        self.status.setText(
            QCoreApplication.translate("PrintDialogs", "The document could not be prepared.")
        )
        show_error(self, exc, no_windows=self.ctx.no_err_windows)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        ready = not busy and bool(self.pdf)
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # -- printing -------------------------------------------------------------
    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(self.suggested_file_name().removesuffix(".pdf"))
        return printer

    def print_document(self) -> None:
        if not self.pdf:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        # "Print to file" would write an unencrypted PDF without the warning Save gives.
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Print on a printer that is already set up; returns the pages printed."""
        try:
            pages = print_pdf(self.preview.document, printer)
        except OSError as exc:
            show_error(self, exc, no_windows=self.ctx.no_err_windows)
            return 0
        if pages:
            self.on_printed()
            self.status.setText(QCoreApplication.translate("PrintDialogs", "Sent to the printer."))
        return pages

    # -- saving ---------------------------------------------------------------
    def save_document(self) -> None:
        if not self.pdf:
            return
        if not self.warn_unencrypted:
            self._save_to_chosen_path()
            return
        box = QMessageBox(self)
        box.setObjectName("unencryptedWarning")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(
            QCoreApplication.translate("PrintDialogs", "The PDF will not be encrypted")
        )
        box.setText(
            QCoreApplication.translate(
                "PrintDialogs", "A PDF saved outside the vault is not encrypted."
            )
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "PrintDialogs",
                "Anyone who can open the folder can read the child's words in it. Save it "
                "only where your organisation allows, for example straight into the case "
                "system, and delete it when it has been filed. To print, use Print instead.",
            )
        )
        save = box.addButton(
            QCoreApplication.translate("PrintDialogs", "Save unencrypted PDF…"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        encrypted = box.addButton(
            QCoreApplication.translate("PrintDialogs", "Save encrypted instead…"),
            QMessageBox.ButtonRole.ActionRole,
        )
        encrypted.setToolTip(
            QCoreApplication.translate(
                "PrintDialogs",
                "An encrypted file with a passphrase of its own, to carry to the meeting. "
                "It opens only in Hjulet (File → Open encrypted PDF…).",
            )
        )
        cancel = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)

        def chosen(button: object) -> None:
            if button is save:
                self._save_to_chosen_path()
            elif button is encrypted:
                self.save_encrypted()

        box.buttonClicked.connect(chosen)
        self.warning_box = box
        box.open()

    def ask_encrypted_target(self) -> tuple[str, str] | None:
        """Passphrase and path for an encrypted copy; None if cancelled. (Tests replace this.)"""
        from hjulet.gui.dialogs.backup import PassphraseDialog

        ask = PassphraseDialog(
            self,
            QCoreApplication.translate("PrintDialogs", "Save encrypted"),
            QCoreApplication.translate(
                "PrintDialogs",
                "Choose a passphrase for this file. Tell it to whoever opens the file another "
                "way than the file itself.",
            ),
            new=True,
        )
        if ask.exec() != QDialog.DialogCode.Accepted:
            return None
        folder = documents_folder()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PrintDialogs", "Save encrypted"),
            str(Path(folder) / self.suggested_file_name().replace(".pdf", ".hbk")),
            QCoreApplication.translate("PrintDialogs", "Encrypted Hjulet files (*.hbk)"),
        )
        return (ask.passphrase(), path) if path else None

    def save_encrypted(self) -> None:
        chosen = self.ask_encrypted_target()
        if chosen is None or not self.pdf:
            return
        passphrase, path = chosen
        self._write_to(
            path,
            ".hbk",
            passphrase,
            QCoreApplication.translate(
                "PrintDialogs", "Saved encrypted. Open it with File → Open encrypted PDF…"
            ),
            lambda exc: show_error(self, exc, no_windows=self.ctx.no_err_windows),
        )

    def _write_to(
        self,
        path: str,
        suffix: str,
        passphrase: str | None,
        saved: str,
        failed: Callable[[BaseException], None],
    ) -> None:
        """Write the previewed document to ``path`` (given ``suffix``) off the GUI thread;
        the status line says ``saved`` once the file (and its log entry) exists."""
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if output_refused(self, target, no_windows=self.ctx.no_err_windows):
            return

        def done(_result: object) -> None:
            if isValid(self):
                self.status.setText(saved)

        run_in_background(self.write_job(target, self.pdf, passphrase), done, failed)

    def ask_save_path(self, suggested: str) -> str:
        """Where to save; "" if the user cancelled. (Tests replace this.)"""
        folder = documents_folder()
        path, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("PrintDialogs", "Save as PDF"),
            str(Path(folder) / suggested),
            QCoreApplication.translate("PrintDialogs", "PDF documents (*.pdf)"),
        )
        return path

    def _save_to_chosen_path(self) -> None:
        path = self.ask_save_path(self.suggested_file_name())
        if not path:
            return

        def failed(exc: BaseException) -> None:
            if not isValid(self):
                return
            if isinstance(exc, HjuletError):  # full or read-only disk, a vault folder
                show_error(self, exc, no_windows=self.ctx.no_err_windows)
            else:
                QMessageBox.warning(
                    self,
                    QCoreApplication.translate("PrintDialogs", "Save as PDF"),
                    QCoreApplication.translate(
                        "PrintDialogs", "The file could not be written there."
                    ),
                )

        self._write_to(
            path,
            ".pdf",
            None,
            QCoreApplication.translate(
                "PrintDialogs", "Saved. Remember: the file is not encrypted."
            ),
            failed,
        )

    def done(self, result: int) -> None:
        self.ctx.settings.set_geometry("print_dialog", self.saveGeometry())
        self._generation += 1  # results still on their way are dropped
        self._debounce.stop()
        self.preview.clear()
        self.pdf = b""
        super().done(result)


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


def open_blank_sheet_dialog(ctx: AppContext, parent: QWidget | None = None) -> BlankSheetDialog:
    """Show the blank-sheet dialog (non-modal, deleted on close) and return it."""
    dialog = BlankSheetDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class EncryptedPdfDialog(QDialog):
    """Shows an encrypted PDF from Hjulet, decrypted in memory only; print, never save."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = Path(path)
        self.setWindowTitle(self.tr("Encrypted PDF"))
        fit_window(self, QSize(980, 720))
        self.preview = PdfPreview(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.clicked.connect(self.try_open)
        self.passphrase.returnPressed.connect(self.try_open)
        self.print_button = QPushButton(self.tr("Print…"), self)
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        ask = QFormLayout()
        ask.addRow(QLabel(str(self.path), self))
        ask.addRow(self.tr("Passphrase"), self.passphrase)
        row = QHBoxLayout()
        row.addWidget(self.message, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.print_button)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(ask)
        layout.addWidget(self.preview, 1)
        layout.addLayout(row)

    def try_open(self) -> None:
        secret, path = self.passphrase.text(), self.path
        if not secret:
            return
        self.open_button.setEnabled(False)
        self.message.setText(self.tr("Opening…"))
        run_in_background(lambda: read_encrypted_pdf(path, secret), self._opened, self._failed)

    def _opened(self, data: bytes) -> None:
        self.passphrase.clear()
        self.preview.set_pdf(data)
        self.message.setText(
            self.tr("%n page(s). Nothing is written to disk.", "", self.preview.page_count())
        )
        self.print_button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        from hjulet.gui.errors import message_for

        self.open_button.setEnabled(True)
        self.message.setText(message_for(exc))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        # "Print to file" would write an unencrypted PDF without the warning Save gives.
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_pdf(self.preview.document, printer)

    def done(self, result: int) -> None:
        self.preview.clear()
        super().done(result)


def open_encrypted_pdf_dialog(ctx: AppContext, parent: QWidget | None = None) -> QDialog | None:
    """Choose an encrypted PDF, ask its passphrase, show it (in memory only)."""
    path, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("PrintDialogs", "Open encrypted PDF"),
        "",
        QCoreApplication.translate("PrintDialogs", "Encrypted Hjulet files (*.hbk)"),
    )
    if not path:
        return None
    dialog = EncryptedPdfDialog(ctx, Path(path), parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
