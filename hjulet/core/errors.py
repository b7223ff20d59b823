"""Typed errors shared by every layer.

Services and storage raise these; only ``gui`` and ``cli`` turn them into
translated messages. Messages carried here are for developers and logs and
must never contain personal data (names, words, ratings).
"""

from __future__ import annotations

import errno


class HjuletError(Exception):
    """Base of every error Hjulet raises on purpose."""


class WrongPassphrase(HjuletError):
    """The passphrase does not open this vault."""


class WrongRecoveryKey(HjuletError):
    """The recovery key does not open this vault."""


class VaultDamaged(HjuletError):
    """A vault file is damaged, truncated or has been tampered with."""


class VaultTooNew(HjuletError):
    """The vault was written by a newer Hjulet than this one."""


class VaultInUse(HjuletError):
    """Another running Hjulet has this vault open."""


class VaultNotFound(HjuletError):
    """There is no vault at the given place."""


class VaultExists(HjuletError):
    """A vault (or other files) already exist where a new vault should go."""


class VaultLocked(HjuletError):
    """The vault has been locked; unlock it again before use."""


class NotFound(HjuletError):
    """A child, conversation or other record does not exist."""


class Conflict(HjuletError):
    """The change conflicts with existing data (e.g. a child code in use)."""


class Problem:
    """One problem found while validating input: where, what, and the values of what's fields.

    ``what`` is one of the English texts of ``hjulet.core.problems.P``, with
    ``{fields}`` that ``args`` fill in; each surface translates ``what`` first and
    fills the fields after (``core.problems.problem_text``). ``str()`` is the
    English, for developers and logs. ``args`` are numbers or the program's own
    words, never personal data.
    """

    __slots__ = ("args", "what", "where")

    def __init__(self, where: str, what: str, /, **args: str | int) -> None:
        self.where = where
        self.what = what
        self.args: dict[str, str | int] = args

    def __str__(self) -> str:
        what = self.what.format(**self.args)
        return f"{self.where}: {what}" if self.where else what

    def __repr__(self) -> str:
        return f"Problem({self.where!r}, {self.what!r}, **{self.args!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Problem):
            return NotImplemented
        return (self.where, self.what, self.args) == (other.where, other.what, other.args)

    def __hash__(self) -> int:
        return hash((self.where, self.what, tuple(sorted(self.args.items()))))


class InvalidInput(HjuletError):
    """Input (a file or a value) failed validation; nothing was written."""

    def __init__(self, problems: list[Problem] | Problem | str, source: str = "") -> None:
        if isinstance(problems, str):
            problems = [Problem("", problems)]
        elif isinstance(problems, Problem):
            problems = [problems]
        self.problems: list[Problem] = list(problems)
        self.source = source
        head = f"{source}: " if source else ""
        super().__init__(head + "; ".join(str(p) for p in self.problems[:20]))


class DefinitionError(InvalidInput):
    """A wheel or scale definition file is invalid."""


class VaultMismatch(VaultDamaged):
    """The key-slot file and the database are not of the same vault.

    A ``keyslots.json`` copied in from another vault, or a ``vault.db`` replaced by
    another vault's (or damaged in its first bytes). A kind of damage: exit 4.
    """


class UnsupportedKdf(VaultDamaged):
    """A key-slot or container file asks for KDF parameters this version never writes.

    Refused before any key derivation (a hostile file could otherwise make each
    attempt cost gigabytes and seconds). A kind of damage: exit 4.
    """


class StorageError(HjuletError):
    """The disk refused a write; nothing already saved was lost (not damage)."""


class DiskFull(StorageError):
    """No space left on the disk (or the user's quota is used up)."""


class ReadOnlyStorage(StorageError):
    """The folder or disk is read-only."""


class AccessDenied(StorageError):
    """The operating system refused access to a file or folder (permissions)."""


def storage_error_for(exc: OSError) -> StorageError | None:
    """The typed error for an OSError that is the disk saying no; None for other kinds."""
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFull("no space left on the disk")
    if code == errno.EROFS:
        return ReadOnlyStorage("the disk or folder is read-only")
    if code in (errno.EACCES, errno.EPERM):
        return AccessDenied("access to a file or folder was refused")
    return None


class PrinterFailed(HjuletError):
    """The printer (its driver or spooler) refused or failed a print job."""


class OutputRefused(HjuletError):
    """An output file may not be written where it was asked for; nothing was written."""

    def __init__(self, message: str = "", path: str = "") -> None:
        super().__init__(message)
        self.path = path


class OutputInVault(OutputRefused):
    """The output would land inside a vault folder (or over one of its files)."""


class OutputNotRegular(OutputRefused):
    """The output path is a folder, device, pipe, socket or link, not a regular file."""


class OutputExists(OutputRefused):
    """A file already exists there and replacing it was not confirmed (``--force``)."""


class RecoveryKeyUnconfirmed(HjuletError):
    """A new recovery key was made but not confirmed; the previous one stays in force."""
