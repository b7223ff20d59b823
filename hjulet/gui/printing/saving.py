"""Saving the previewed PDF where the user points, off the GUI thread.

``PdfSaver`` asks (after a warning that a PDF outside the vault is not encrypted, or,
the warning's other choice, with a passphrase for an encrypted file that only Hjulet
opens) and writes through one path, ``_write_to``: the file's suffix, the refusal of
places a document must not go, the write and its log entry in one service call on a
worker thread, and the status line once the file exists.

The dialog that owns it hands it what it needs: the bytes, a suggested file name,
the write job (which service call writes and logs this document) and where to say
"saved". The saver never reads its parent.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from hjulet.app.tasks import BackgroundJob, Told, run_in_background
from hjulet.core.errors import HjuletError
from hjulet.gui.errors import output_refused, show_error
from hjulet.gui.places import documents_folder

# (target, data, passphrase or None) -> a callable run on a worker thread that writes
# and logs the document in one service call
WriteJob = Callable[[Path, bytes, str | None], Callable[[], object]]


class PdfSaver(QObject):
    """Save as PDF (after the warning), or encrypted instead, for one print dialog.

    ``window`` is the dialog: the parent of the boxes this asks with (the saver is its
    child, so it goes when the dialog goes). ``document`` gives the bytes shown,
    ``suggested_name`` a file name, ``write_job`` the write, ``show_status`` says
    what happened. ``warn_unencrypted`` is False for a document with nothing personal
    in it (the blank sheet).

    One write at a time: while a file is being written, ``save`` and the write path
    do nothing (a second press of "Save as PDF…" wrote a second file), and
    ``saving_changed`` tells the dialog to grey its button and hold its Close.
    """

    saving_changed = Signal(bool)

    def __init__(
        self,
        window: QWidget,
        *,
        document: Callable[[], bytes],
        suggested_name: Callable[[], str],
        write_job: WriteJob,
        show_status: Callable[[str], None],
        no_windows: bool,
        warn_unencrypted: bool = True,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.document = document
        self.suggested_name = suggested_name
        self.write_job = write_job
        self.show_status = show_status
        self.no_windows = no_windows
        self.warn_unencrypted = warn_unencrypted
        self.warning_box: QMessageBox | None = None
        self._job: BackgroundJob | None = None

    @property
    def saving(self) -> bool:
        """A file is being written (its result has not come back yet)."""
        return self._job is not None and self._job.running

    def save(self) -> None:
        """Save as PDF: warn first (unless nothing personal), then ask where."""
        if not self.document() or self.saving:
            return
        if not self.warn_unencrypted:
            self.save_unencrypted()
            return
        box = QMessageBox(self.window)
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
                self.save_unencrypted()
            elif button is encrypted:
                self.save_encrypted()

        box.buttonClicked.connect(chosen)
        self.warning_box = box
        box.open()

    # -- encrypted ------------------------------------------------------------------
    def ask_encrypted_target(self) -> tuple[str, str] | None:
        """Passphrase and path for an encrypted copy; None if cancelled. (Tests replace this.)"""
        from hjulet.gui.dialogs.backup import PassphraseDialog

        ask = PassphraseDialog(
            self.window,
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
            self.window,
            QCoreApplication.translate("PrintDialogs", "Save encrypted"),
            str(Path(folder) / self.suggested_name().replace(".pdf", ".hbk")),
            QCoreApplication.translate("PrintDialogs", "Encrypted Hjulet files (*.hbk)"),
        )
        return (ask.passphrase(), path) if path else None

    def save_encrypted(self) -> None:
        if self.saving:
            return
        chosen = self.ask_encrypted_target()
        if chosen is None or not self.document():
            return
        passphrase, path = chosen

        def failed(exc: BaseException) -> None:
            show_error(self.window, exc, no_windows=self.no_windows)

        self._write_to(
            path,
            ".hbk",
            passphrase,
            QCoreApplication.translate(
                "PrintDialogs", "Saved encrypted. Open it with File → Open encrypted PDF…"
            ),
            failed,
            (
                QCoreApplication.translate(
                    "PrintDialogs", "The encrypted file was saved before the vault locked."
                ),
                QCoreApplication.translate(
                    "PrintDialogs",
                    "The encrypted file could not be saved. Save it again after unlocking.",
                ),
            ),
        )

    # -- unencrypted ----------------------------------------------------------------
    def ask_save_path(self, suggested: str) -> str:
        """Where to save; "" if the user cancelled. (Tests replace this.)"""
        folder = documents_folder()
        path, _filter = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("PrintDialogs", "Save as PDF"),
            str(Path(folder) / suggested),
            QCoreApplication.translate("PrintDialogs", "PDF documents (*.pdf)"),
        )
        return path

    def save_unencrypted(self) -> None:
        if self.saving:  # a second warning answered while a file is written: nothing
            return
        path = self.ask_save_path(self.suggested_name())
        if not path:
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, HjuletError):  # full or read-only disk, a vault folder
                show_error(self.window, exc, no_windows=self.no_windows)
            else:
                QMessageBox.warning(
                    self.window,
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
            (
                QCoreApplication.translate(
                    "PrintDialogs", "The PDF was saved before the vault locked."
                ),
                QCoreApplication.translate(
                    "PrintDialogs", "The PDF could not be saved. Save it again after unlocking."
                ),
            ),
        )

    # -- the one write path ---------------------------------------------------------
    def _write_to(
        self,
        path: str,
        suffix: str,
        passphrase: str | None,
        saved: str,
        failed: Callable[[BaseException], None],
        told: Told,
    ) -> None:
        """Write the previewed document to ``path`` (given ``suffix``) off the GUI thread;
        the status line says ``saved`` once the file (and its log entry) exists;
        ``told`` is said on the locked page if a lock closed the dialog meanwhile."""
        if self.saving:  # asked twice (a second box answered meanwhile): one file only
            return
        target = Path(path)
        if target.suffix.lower() != suffix:
            target = target.with_name(target.name + suffix)
        if output_refused(self.window, target, no_windows=self.no_windows):
            return

        def done(_result: object) -> None:
            self.saving_changed.emit(False)
            self.show_status(saved)

        def not_done(exc: BaseException) -> None:
            self.saving_changed.emit(False)
            failed(exc)

        # the dialog (and this saver with it) closed before the write ended: nothing
        # comes back, neither the status line nor a failure's box
        self._job = run_in_background(
            self.write_job(target, self.document(), passphrase),
            done,
            not_done,
            owner=self,
            told=told,
        )
        self.show_status(QCoreApplication.translate("PrintDialogs", "Saving…"))
        self.saving_changed.emit(True)
