"""Typed errors from services turned into translated, calm messages."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from hjulet import services
from hjulet.core import problems
from hjulet.core.errors import (
    AccessDenied,
    Conflict,
    DiskFull,
    InvalidInput,
    NotFound,
    OutputExists,
    OutputInVault,
    OutputRefused,
    PrinterFailed,
    Problem,
    ReadOnlyStorage,
    RecoveryKeyUnconfirmed,
    StorageError,
    UnsupportedKdf,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultMismatch,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
    storage_error_for,
)


def message_for(exc: BaseException) -> str:
    """A plain-language message for one of our errors (never personal data)."""
    if isinstance(exc, OSError) and (typed := storage_error_for(exc)) is not None:
        exc = typed  # a full or read-only disk that reached us untyped
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "That passphrase does not open this vault. Check Caps Lock and try again."
        )
    if isinstance(exc, WrongRecoveryKey):
        return QCoreApplication.translate(
            "Errors", "That recovery key does not fit this vault. Nothing was changed."
        )
    if isinstance(exc, DiskFull):
        return QCoreApplication.translate(
            "Errors", "The disk is full - nothing was lost. Free some space and try again."
        )
    if isinstance(exc, ReadOnlyStorage):
        return QCoreApplication.translate(
            "Errors",
            "The folder or disk is read-only - nothing was lost. Choose a writable place, or "
            "remove the write protection, and try again.",
        )
    if isinstance(exc, (AccessDenied, StorageError)):
        return QCoreApplication.translate(
            "Errors",
            "The computer refused access to a file or folder - nothing was lost. Check the "
            "permissions and try again.",
        )
    if isinstance(exc, OutputInVault):
        return QCoreApplication.translate(
            "Errors",
            "That place is inside a vault folder. Hjulet never saves other files into a vault "
            "(they could destroy it). Choose another folder. Nothing was saved.",
        )
    if isinstance(exc, OutputExists):
        return QCoreApplication.translate(
            "Errors", "That file already exists. Choose another name. Nothing was saved."
        )
    if isinstance(exc, OutputRefused):
        return QCoreApplication.translate(
            "Errors",
            "That is not an ordinary file (a folder, device or link). Choose a file name. "
            "Nothing was saved.",
        )
    if isinstance(exc, PrinterFailed):
        return QCoreApplication.translate(
            "Errors",
            "The printer could not print the document. Check that it is switched on and "
            "connected, or choose another printer, and try again. Nothing was recorded as "
            "printed.",
        )
    if isinstance(exc, RecoveryKeyUnconfirmed):
        return QCoreApplication.translate(
            "Errors",
            "The new recovery key was not confirmed. The previous key still works. Make a new "
            "one with Vault → New recovery key… when you can write it down.",
        )
    if isinstance(exc, VaultMismatch):
        return QCoreApplication.translate(
            "Errors",
            "The vault's key-slot file (keyslots.json) does not belong to its database: it "
            "comes from another vault, or the database was replaced or damaged. Nothing was "
            "changed. Put the vault's own key-slot file back, or restore from a backup.",
        )
    if isinstance(exc, UnsupportedKdf):
        return QCoreApplication.translate(
            "Errors",
            "The vault's key-slot file asks for key-derivation settings this version of Hjulet "
            "never writes: it is damaged or was altered outside Hjulet. Nothing was derived and "
            "nothing was changed. Restore from a backup.",
        )
    if isinstance(exc, VaultTooNew):
        return QCoreApplication.translate(
            "Errors", "This vault was made by a newer version of Hjulet. Please update Hjulet."
        )
    if isinstance(exc, VaultDamaged):
        return QCoreApplication.translate(
            "Errors",
            "The vault is damaged or was changed outside Hjulet, so it cannot be read safely. "
            "Nothing was changed. Restore it from a backup.",
        )
    if isinstance(exc, VaultInUse):
        return QCoreApplication.translate(
            "Errors", "This vault is already open in another Hjulet window. Close that one first."
        )
    if isinstance(exc, VaultNotFound):
        return QCoreApplication.translate("Errors", "There is no vault in that folder.")
    if isinstance(exc, VaultExists):
        return QCoreApplication.translate(
            "Errors", "That folder is not empty. Choose an empty or new folder for the vault."
        )
    if isinstance(exc, VaultLocked):
        return QCoreApplication.translate("Errors", "The vault is locked. Unlock it to continue.")
    if isinstance(exc, NotFound):
        return QCoreApplication.translate("Errors", "That record no longer exists.")
    if isinstance(exc, Conflict):
        return QCoreApplication.translate("Errors", "That code is already used by another child.")
    if isinstance(exc, InvalidInput):
        lines = "\n".join(f"• {problem_text(p)}" for p in exc.problems[:10])
        return (
            QCoreApplication.translate("Errors", "Some of the input could not be used:")
            + "\n"
            + lines
        )
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Nothing you entered has been lost."
    )


def problem_text(problem: Problem) -> str:
    """One problem in the user's language, through the catalogue's ``Problems`` context."""
    return problems.problem_text(problem, QCoreApplication.translate)


def output_refused(parent: QWidget | None, path: str | Path, *, no_windows: bool = False) -> bool:
    """True (after saying why) if a chosen save path may not be written.

    The save dialog has already asked before replacing an existing file; this
    refuses a place inside a vault folder and anything that is not a regular file.
    """
    try:
        services.check_output(Path(path), overwrite=True)
    except OutputRefused as exc:
        show_error(parent, exc, no_windows=no_windows)
        return True
    return False


def show_error(parent: QWidget | None, exc: BaseException, *, no_windows: bool = False) -> None:
    text = message_for(exc)
    if no_windows:
        print(text, file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox  # on use: the first screen shows no error

    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Hjulet"), text)
