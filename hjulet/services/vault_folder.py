"""Where a vault may live: the risks of a folder (cloud sync, network, removable
media, not empty) and a safe folder name for a new vault. Qt-free; returns codes,
never sentences (the GUI words each one)."""

from __future__ import annotations

import os
import re
import sys
import unicodedata
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


__all__ = [
    "BLOCKING_RISKS",
    "FolderRisk",
    "folder_risks",
    "read_linux_mounts",
    "suggested_folder_name",
]
