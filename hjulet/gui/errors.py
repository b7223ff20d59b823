"""Typed errors from services turned into translated, calm messages."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from hjulet.core.errors import (
    Conflict,
    InvalidInput,
    NotFound,
    VaultDamaged,
    VaultExists,
    VaultInUse,
    VaultLocked,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)


def message_for(exc: BaseException) -> str:
    """A plain-language message for one of our errors (never personal data)."""
    if isinstance(exc, WrongPassphrase):
        return QCoreApplication.translate(
            "Errors", "That passphrase does not open this vault. Check Caps Lock and try again."
        )
    if isinstance(exc, WrongRecoveryKey):
        return QCoreApplication.translate(
            "Errors", "That recovery key does not fit this vault. Nothing was changed."
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
        lines = "\n".join(f"• {p}" for p in exc.problems[:10])
        return (
            QCoreApplication.translate("Errors", "Some of the input could not be used:")
            + "\n"
            + lines
        )
    return QCoreApplication.translate(
        "Errors", "Something unexpected went wrong. Nothing you entered has been lost."
    )


def show_error(parent: QWidget | None, exc: BaseException, *, no_windows: bool = False) -> None:
    text = message_for(exc)
    if no_windows:
        print(text, file=sys.stderr)
        return
    QMessageBox.warning(parent, QCoreApplication.translate("Errors", "Hjulet"), text)
