"""Reading an export file (plain JSON or encrypted) into parsed, not yet validated data."""

from __future__ import annotations

import io
import os
from pathlib import Path
from typing import Any

from hjulet.core import strict_json
from hjulet.core.bounds import TooComplex, check_json
from hjulet.core.errors import InvalidInput, Problem, WrongPassphrase
from hjulet.core.problems import P, json_problem
from hjulet.services.exchange.format import MAX_FILE_BYTES, json_limits
from hjulet.storage.container import CONTENT_EXPORT_JSON, MAGIC, inspect_container, read_container


def is_encrypted(path: Path) -> bool:
    """True if the file is a container (needs a passphrase to import)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def read_export(path: Path, *, passphrase: str | None = None) -> Any:
    """Parse an export file (plain JSON or encrypted), with size caps.

    Raises InvalidInput (too large, not UTF-8, not JSON), VaultNotFound (no file),
    and for encrypted files WrongPassphrase / VaultDamaged / VaultTooNew. The
    result is *not yet validated*: see :func:`validate_export`.
    """
    path = Path(path)
    if is_encrypted(path):
        info = inspect_container(path)
        if info.content_type != CONTENT_EXPORT_JSON:
            raise InvalidInput(Problem("file", P.BACKUP_NOT_EXPORT))
        if info.plaintext_size > MAX_FILE_BYTES:
            raise InvalidInput(Problem("file", P.LARGER_THAN, n=MAX_FILE_BYTES))
        if passphrase is None:
            raise WrongPassphrase("this export is encrypted: a passphrase is needed")
        sink = io.BytesIO()
        read_container(path, passphrase=passphrase, sink=sink)
        held = [sink.getvalue()]
        del sink
    else:
        from hjulet.core.errors import VaultNotFound

        try:
            with open(path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size > MAX_FILE_BYTES:
                    raise InvalidInput(Problem("file", P.LARGER_THAN, n=MAX_FILE_BYTES))
                held = [fh.read(MAX_FILE_BYTES + 1)]
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            raise VaultNotFound("no export file at the given path") from None
        if len(held[0]) > MAX_FILE_BYTES:
            raise InvalidInput(Problem("file", P.LARGER_THAN, n=MAX_FILE_BYTES))
    return _parse_held(held)


def parse_export_bytes(data: bytes) -> Any:
    """Parse export bytes: structure bounded first (depth, counts), then JSON."""
    return _parse_held([data])


def _parse_held(held: list[bytes]) -> Any:
    """Parse the only reference to the file's bytes (``held`` is emptied), so the
    bytes are freed as soon as they are decoded and never live beside the objects."""
    data = held.pop()
    try:
        check_json(data, json_limits(len(data)))
    except TooComplex as exc:
        raise InvalidInput(Problem("file", exc.what, **exc.args_)) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InvalidInput(Problem("file", P.NOT_UTF8, byte=exc.start)) from None
    del data
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        return strict_json.loads(text)
    except strict_json.JsonRejected as exc:  # not JSON, nested too deeply, duplicate keys, NaN
        raise InvalidInput(json_problem("file", exc)) from None
