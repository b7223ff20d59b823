"""Helpers for the professional's workspace that need no Qt: where a vault may
live, and how strong a passphrase is.

Both return codes, never sentences: the GUI turns them into translated text.
"""

from __future__ import annotations

import math
import os
import re
import sys
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path, PurePath, PureWindowsPath


class FolderRisk(StrEnum):
    """Why a folder is a poor home for a vault (the GUI words each one)."""

    CLOUD_SYNC = "cloud_sync"  # OneDrive, Dropbox, Google Drive, iCloud, Box, Nextcloud...
    NETWORK = "network"  # a network share (UNC path, mapped drive, NFS/CIFS mount)
    REMOVABLE = "removable"  # a USB stick or memory card
    NOT_EMPTY = "not_empty"  # a vault needs an empty or new folder
    NOT_A_FOLDER = "not_a_folder"  # the path names a file


# Folder names that sync clients use. Matched case-insensitively against each
# part of the path ("OneDrive - Vingåker kommun" starts with "onedrive").
_SYNC_PREFIXES = (
    "onedrive",
    "dropbox",
    "google drive",
    "googledrive",
    "my drive",
    "icloud drive",
    "iclouddrive",
    "icloud~",
    "box sync",
    "nextcloud",
    "owncloud",
    "sync.com",
    "pcloud",
    "mega",
)
_SYNC_EXACT = ("box", "mobile documents", "cloudstorage")
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "davfs"}


def _is_sync_part(part: str) -> bool:
    p = part.casefold()
    return p in _SYNC_EXACT or any(p.startswith(x) for x in _SYNC_PREFIXES)


def _mount_for(path: Path, mounts: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The (mount point, fs type) holding ``path``: the longest mount point prefix."""
    best: tuple[str, str] | None = None
    text = str(path)
    for point, fstype in mounts:
        inside = text == point or text.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype)
    return best


def read_linux_mounts(proc_mounts: Path = Path("/proc/mounts")) -> list[tuple[str, str]]:
    """(mount point, filesystem type) pairs; empty when unreadable."""
    try:
        lines = proc_mounts.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    out: list[tuple[str, str]] = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            out.append((fields[1].replace("\\040", " "), fields[2]))
    return out


def _windows_drive_type(drive: str) -> int | None:
    """GetDriveTypeW for 'X:\\' (4 = remote, 2 = removable); None off Windows."""
    if sys.platform != "win32":
        return None
    import ctypes

    try:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined,unused-ignore]
        return int(kernel32.GetDriveTypeW(drive))
    except (AttributeError, OSError):
        return None


DRIVE_REMOVABLE = 2
DRIVE_REMOTE = 4


def folder_risks(
    path: Path | str,
    *,
    mounts: list[tuple[str, str]] | None = None,
    windows: bool | None = None,
) -> list[FolderRisk]:
    """What is wrong with ``path`` as the folder of a new vault (empty list: fine).

    ``mounts`` and ``windows`` exist for tests; by default the running system
    is asked (``/proc/mounts`` on Linux, ``GetDriveTypeW`` on Windows).
    """
    windows = sys.platform == "win32" if windows is None else windows
    text = str(path)
    risks: list[FolderRisk] = []
    pure: PurePath = PureWindowsPath(text) if windows else PurePath(text)
    if any(_is_sync_part(p) for p in pure.parts):
        risks.append(FolderRisk.CLOUD_SYNC)
    network = False
    if text.startswith(("\\\\", "//")):
        network = True
    elif windows:
        drive = PureWindowsPath(text).drive
        if len(drive) == 2 and drive[1] == ":":
            kind = _windows_drive_type(drive + "\\")
            if kind == DRIVE_REMOTE:
                network = True
            elif kind == DRIVE_REMOVABLE:
                risks.append(FolderRisk.REMOVABLE)
    else:
        resolved = Path(os.path.abspath(text))
        if mounts is None:
            mounts = read_linux_mounts() if sys.platform.startswith("linux") else []
        found = _mount_for(resolved, mounts)
        if found is not None and (found[1] in _NETWORK_FS or found[1].startswith("fuse.s")):
            network = True
        elif str(resolved).startswith(("/mnt/", "/net/", "/Volumes/")) and not (
            found is not None and found[0] == "/"
        ):
            # /mnt is where Linux mounts shares; /Volumes holds shares and sticks on macOS.
            network = True
        if str(resolved).startswith(("/media/", "/run/media/")):
            risks.append(FolderRisk.REMOVABLE)
    if network:
        risks.append(FolderRisk.NETWORK)
    p = Path(text)
    if p.exists():
        if not p.is_dir():
            risks.append(FolderRisk.NOT_A_FOLDER)
        else:
            try:
                if any(p.iterdir()):
                    risks.append(FolderRisk.NOT_EMPTY)
            except OSError:
                risks.append(FolderRisk.NOT_EMPTY)
    return risks


BLOCKING_RISKS = frozenset({FolderRisk.NOT_EMPTY, FolderRisk.NOT_A_FOLDER})


def suggested_folder_name(vault_name: str) -> str:
    """A safe folder name from a vault name ("Skolkurator Vingåker" -> "Skolkurator Vingåker")."""
    text = unicodedata.normalize("NFC", vault_name).strip()
    text = re.sub(r'[<>:"/\\|?*\x00-\x1f]', "", text).strip(" .")
    return text[:60] or "Hjulet"


# --- passphrase strength -------------------------------------------------------


class Hint(StrEnum):
    """One piece of advice about a passphrase (the GUI words each one)."""

    EMPTY = "empty"
    TOO_SHORT = "too_short"  # fewer than 12 characters
    COMMON = "common"  # a well-known password or a close variant
    REPEATS = "repeats"  # aaaa, abab
    SEQUENCE = "sequence"  # 1234, abcd, qwerty
    CONTAINS_NAME = "contains_name"  # holds the vault's name
    ONE_CLASS = "one_class"  # only lower case, or only digits
    USE_WORDS = "use_words"  # suggest four or more unrelated words


@dataclass(frozen=True)
class Strength:
    """A rough, honest estimate. ``score``: 0 very weak .. 4 very strong."""

    score: int
    bits: float  # estimated guessing entropy, in bits
    words: int
    classes: int
    length: int
    hints: tuple[Hint, ...]

    @property
    def acceptable(self) -> bool:
        return self.score >= MIN_SCORE


MIN_SCORE = 2
MIN_LENGTH = 12
# Passwords people pick first. Deliberately short: the estimate is not a
# dictionary attack, it only refuses the obvious.
_COMMON = frozenset(
    [
        "password",
        "passw0rd",
        "lösenord",
        "losenord",
        "losen",
        "qwerty",
        "qwertyuiop",
        "asdfgh",
        "azerty",
        "123456",
        "1234567",
        "12345678",
        "123456789",
        "1234567890",
        "111111",
        "000000",
        "abc123",
        "iloveyou",
        "admin",
        "welcome",
        "letmein",
        "monkey",
        "dragon",
        "sommar",
        "sommar2024",
        "sommar2025",
        "sommar2026",
        "vinter",
        "hösten",
        "varen",
        "hejhej",
        "hejsan",
        "hjulet",
        "barnetsbasta",
        "barnensbasta",
        "kurator",
        "skolkurator",
        "elevhalsan",
        "sverige",
        "stockholm",
        "trustno1",
        "password1",
        "qwerty123",
        "lösenord1",
        "losenord1",
        "hemligt",
        "hemlig",
    ]
)
_ROWS = ("qwertyuiopå", "asdfghjklöä", "zxcvbnm", "1234567890", "abcdefghijklmnopqrstuvwxyzåäö")
_WORD_SPLIT = re.compile(r"[\s\-_.,;:+/]+")
_WORD_BITS = 11.0  # a word from a vocabulary of ~2,000 words people actually choose


def _classes(text: str) -> tuple[int, int]:
    """(number of character classes, size of the pool they suggest)."""
    lower = upper = digit = symbol = other = False
    for ch in text:
        if ch.isdigit():
            digit = True
        elif ch.isalpha():
            if ch.islower():
                lower = True
            elif ch.isupper():
                upper = True
            else:
                other = True
        elif ch.isascii():
            symbol = True
        else:
            other = True
    pool = 29 * lower + 29 * upper + 10 * digit + 33 * symbol + 100 * other
    return lower + upper + digit + symbol + other, max(pool, 1)


def _effective_length(text: str) -> tuple[int, bool, bool]:
    """Length with runs and keyboard/alphabet sequences counted once.

    Returns (effective length, had repeats, had sequences).
    """
    low = text.casefold()
    eff = 0
    repeats = sequence = False
    i = 0
    while i < len(low):
        # a run of one character (aaaa) or a short repeated unit (abab, 123123)
        run = 1
        while i + run < len(low) and low[i + run] == low[i]:
            run += 1
        if run >= 3:
            repeats = True
            eff += 1
            i += run
            continue
        seq = 1
        for row in _ROWS:
            for step in (1, -1):
                j = i
                while j + 1 < len(low):
                    a, b = row.find(low[j]), row.find(low[j + 1])
                    if a < 0 or b < 0 or b - a != step:
                        break
                    j += 1
                seq = max(seq, j - i + 1)
        if seq >= 4:
            sequence = True
            eff += 1
            i += seq
            continue
        eff += 1
        i += 1
    # whole-string repetition of a unit ("abcabcabc", "hejhej")
    for unit in range(1, len(low) // 2 + 1):
        if len(low) % unit == 0 and low[:unit] * (len(low) // unit) == low:
            repeats = True
            eff = min(eff, unit + 1)
            break
    return eff, repeats, sequence


def passphrase_strength(passphrase: str, *, avoid: tuple[str, ...] = ()) -> Strength:
    """Estimate how hard ``passphrase`` is to guess, with advice.

    This is a rough estimate, not a guarantee: it counts length, words and
    character classes, and discounts repeats, sequences, well-known passwords
    and the names in ``avoid`` (the vault name, the user name). People do not
    choose characters at random, so character entropy is halved.
    """
    text = unicodedata.normalize("NFC", passphrase)
    if not text:
        return Strength(0, 0.0, 0, 0, 0, (Hint.EMPTY,))
    hints: list[Hint] = []
    classes, pool = _classes(text)
    eff, repeats, sequence = _effective_length(text)
    words = [w for w in _WORD_SPLIT.split(text.strip()) if len(w) >= 2]
    char_bits = eff * math.log2(pool) * 0.5
    if len(words) >= 3 or (words and all(w.isalpha() for w in words)):
        # Dictionary words are guessed as words, not letters: each ~11 bits;
        # extra character classes inside them help a little.
        bits = min(char_bits, len(words) * _WORD_BITS + 2.0 * (classes - 1))
    else:
        bits = char_bits
    squashed = re.sub(r"[\s\-_.]+", "", text.casefold())
    stripped = squashed.rstrip("0123456789!?.")
    if squashed in _COMMON or stripped in _COMMON or (len(stripped) >= 4 and stripped in _COMMON):
        hints.append(Hint.COMMON)
        bits = min(bits, 10.0)
    for name in avoid:
        n = re.sub(r"[\s\-_.]+", "", name.casefold())
        if len(n) >= 4 and n in squashed:
            hints.append(Hint.CONTAINS_NAME)
            bits -= min(bits / 2, len(n) * 2.0)
            break
    if repeats:
        hints.append(Hint.REPEATS)
    if sequence:
        hints.append(Hint.SEQUENCE)
    if len(text) < MIN_LENGTH:
        hints.append(Hint.TOO_SHORT)
    if classes == 1 and len(words) < 4:
        hints.append(Hint.ONE_CLASS)
    if len(words) < 4 and (len(text) < 20 or bits < 48):
        hints.append(Hint.USE_WORDS)
    bits = max(bits, 0.0)
    if bits < 28 or Hint.COMMON in hints:
        score = 0
    elif bits < 36 or len(text) < MIN_LENGTH:
        score = 1
    elif bits < 48:
        score = 2
    elif bits < 60:
        score = 3
    else:
        score = 4
    return Strength(score, round(bits, 1), len(words), classes, len(text), tuple(hints))


__all__ = [
    "BLOCKING_RISKS",
    "MIN_LENGTH",
    "MIN_SCORE",
    "FolderRisk",
    "Hint",
    "Strength",
    "folder_risks",
    "passphrase_strength",
    "read_linux_mounts",
    "suggested_folder_name",
]
