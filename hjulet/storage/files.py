"""Writing a file so that it appears whole or not at all, and only where it may go.

Two rules for every file Hjulet writes outside a vault (exports, PDFs, backups,
recovery-key files) and for the vault's own files:

* **Whole or not at all**: a private temp file beside the target, fsync, rename,
  fsync the folder. Nothing else is kept: no copy outlives the rename.
* **Never in the way of a vault**: an output never lands inside a vault folder
  (a folder holding ``keyslots.json``, or ``vault.db`` with its ``vault.lock``, or
  any folder below one),
  never over a vault's file, and never over anything that is not a regular file
  (a folder, device node, pipe, socket or symbolic link): ``os.replace`` would
  silently replace it. ``check_output_path`` says why, as an ``OutputRefused``.

Operating-system refusals become typed errors (``DiskFull``, ``ReadOnlyStorage``,
``AccessDenied``) so a full disk is never reported as a damaged vault.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from hjulet.core.errors import (
    OutputExists,
    OutputInVault,
    OutputNotRegular,
    StorageError,
    storage_error_for,
)

# A folder is a vault folder if it holds the slot file, or the database beside its lock
# file (a vault whose slot file is missing). Kept in step with storage.vault.
SLOT_MARKER = "keyslots.json"
DB_MARKERS = ("vault.db", "vault.lock")
VAULT_MARKERS = (SLOT_MARKER, *DB_MARKERS)

# the ``.part`` files of the writes under way now: a process that must end under a
# write that never returns removes them first (``temp_files_in_flight``)
_in_flight_lock = threading.Lock()
_in_flight: set[Path] = set()


def temp_files_in_flight() -> list[Path]:
    """The ``.part`` files of :func:`atomic_file` writes under way now (any thread)."""
    with _in_flight_lock:
        return sorted(_in_flight)


def remove_or_empty(path: Path) -> bool:
    """Remove a temp file a stuck write still holds open; where the system refuses
    (Windows does not remove a file another handle has open without delete sharing),
    empty it instead: the plaintext goes, an empty file stays until the next write to
    the same name removes it (:func:`remove_leftovers`). True when nothing of its
    contents is left."""
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return True
    except OSError:
        pass
    try:
        with open(path, "r+b") as fh:  # writing is shared, only deleting is not
            fh.truncate(0)
        return True
    except OSError:
        return False


def storage_error(exc: OSError) -> StorageError | None:
    """The typed error for an OSError the disk raised, or None if it is another kind."""
    return storage_error_for(exc)


@contextlib.contextmanager
def storage_errors() -> Iterator[None]:
    """Turn the disk's refusals (full, read-only, permission) into typed errors."""
    try:
        yield
    except OSError as exc:
        typed = storage_error(exc)
        if typed is None:
            raise
        raise typed from None


def fsync_dir(directory: Path) -> None:
    """Make a rename in ``directory`` durable (POSIX; a no-op elsewhere)."""
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def vault_folder_of(path: Path) -> Path | None:
    """The vault folder that ``path`` (a folder) is, or lies inside; None if none."""
    for folder in (path, *path.parents):
        if (folder / SLOT_MARKER).exists() or all((folder / m).exists() for m in DB_MARKERS):
            return folder
    return None


def check_output_path(out: Path, *, overwrite: bool) -> None:
    """Refuse an output path before anything is written (OutputRefused subtypes).

    * inside a vault folder, or over a vault's file: OutputInVault (always);
    * over something that is not a regular file (folder, device, pipe, socket,
      symbolic link): OutputNotRegular (always);
    * over an existing regular file unless ``overwrite`` (``--force``, or the
      person confirmed it in a save dialog): OutputExists.
    """
    out = Path(out)
    text = str(out)
    try:
        info = os.lstat(out)
    except FileNotFoundError:
        info = None
    except OSError:
        info = None  # a parent that is not a folder: the write reports it
    if info is not None and not stat.S_ISREG(info.st_mode):
        raise OutputNotRegular("output path is not a regular file", text)
    parent = Path(os.path.realpath(out.parent if str(out.parent) else "."))
    if vault_folder_of(parent) is not None:
        raise OutputInVault("output path is inside a vault folder", text)
    if info is not None and not overwrite:
        raise OutputExists("output file exists", text)


@contextlib.contextmanager
def atomic_file(
    out: Path, *, overwrite: bool = True, guard: bool = True, temp: Path | None = None
) -> Iterator[BinaryIO]:
    """A file object whose bytes appear at ``out`` whole, or not at all.

    The one way Hjulet writes a file: a temp file beside ``out`` (private: mode
    0600), written by the caller, fsynced, renamed over ``out``, then the folder
    fsynced so the rename survives a power cut. If the block raises (or the process
    dies) ``out`` is left as it was; the temp file is removed on an exception. Disk
    refusals become typed errors (``DiskFull``, ``ReadOnlyStorage``, ``AccessDenied``).

    ``guard`` (default) refuses an output inside a vault folder or over a
    non-regular file, and over an existing file unless ``overwrite`` (checked
    before and again just before the rename; see ``check_output_path``). The
    vault's own files pass ``guard=False``. ``temp`` names the temp file (the key
    slots use a fixed name, so a killed write leaves a leftover they know to remove);
    by default a fresh ``.NAME.XXXX.part`` is made.
    """
    out = Path(out)
    if guard:
        check_output_path(out, overwrite=overwrite)
    with storage_errors():
        if temp is None:
            remove_leftovers(out)
            fd, tmp_name = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
            tmp = Path(tmp_name)
        else:
            tmp = Path(temp)
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
            fd = os.open(tmp, flags, 0o600)
        if temp is None:  # a copy of what is written (the key slots' own is removed at open)
            with _in_flight_lock:
                _in_flight.add(tmp)
        try:
            with os.fdopen(fd, "wb") as fh:
                yield fh
                fh.flush()
                os.fsync(fh.fileno())
            if guard:
                check_output_path(out, overwrite=overwrite)  # still so, just before the rename
            os.replace(tmp, out)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        finally:
            with _in_flight_lock:
                _in_flight.discard(tmp)
        fsync_dir(out.parent)


_LEFTOVER_MIDDLE = re.compile(r"[a-z0-9_]{8}")  # mkstemp's random part


def remove_leftovers(out: Path) -> int:
    """Remove the temp files a killed write to ``out`` left beside it (a power cut or
    a killed process between the write and the rename): they hold a whole copy of
    what was being written, readable personal data in a plain PDF or export, and
    nothing else ever removes them. Only regular files named as :func:`atomic_file`
    names them (``.NAME.XXXXXXXX.part``); returns how many were removed."""
    prefix, removed = f".{out.name}.", 0
    with contextlib.suppress(OSError):
        for entry in os.scandir(out.parent):
            name = entry.name
            if not (name.startswith(prefix) and name.endswith(".part")):
                continue
            middle = name[len(prefix) : -len(".part")]
            if _LEFTOVER_MIDDLE.fullmatch(middle) and entry.is_file(follow_symlinks=False):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed


def write_atomic(out: Path, data: bytes, *, overwrite: bool = True) -> Path:
    """Write ``data`` to ``out`` through :func:`atomic_file` (whole or not at all).

    Refuses a path inside a vault folder or over a non-regular file (always) and
    over an existing file unless ``overwrite`` (see ``check_output_path``). A
    failure leaves ``out`` as it was and no temp file behind. The temp file is
    created readable by the owner only (mkstemp), and the result keeps that mode.
    """
    with atomic_file(out, overwrite=overwrite) as fh:
        fh.write(data)
    return Path(out)
