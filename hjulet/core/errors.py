"""Typed errors shared by every layer.

Services and storage raise these; only ``gui`` and ``cli`` turn them into
translated messages. Messages carried here are for developers and logs and
must never contain personal data (names, words, ratings).
"""

from __future__ import annotations

from dataclasses import dataclass


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


@dataclass(frozen=True)
class Problem:
    """One problem found while validating input: where and what."""

    where: str
    what: str

    def __str__(self) -> str:
        return f"{self.where}: {self.what}" if self.where else self.what


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
