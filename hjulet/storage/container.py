"""The encrypted backup container: a versioned, authenticated, chunked file.

One container holds one plaintext stream (a vault snapshot, a JSON export...)
encrypted under a fresh random 256-bit *file key*. The file key is wrapped in one
or more key slots: by a backup passphrase (Argon2id -> AES-256-GCM) and/or by raw
32-byte keys supplied by the caller (HKDF-SHA256 -> AES-256-GCM), e.g. the vault's
data key. The plaintext is cut into chunks, each sealed with AES-256-GCM in the
STREAM construction (nonce = 7-byte random prefix || 4-byte chunk counter || 1-byte
last-chunk flag) with a digest of the header as associated data, so truncation,
reordering, dropped or duplicated chunks, chunks spliced in from another file and
appended bytes are all detected.

The byte layout and what each check detects are documented in
``docs/backup-format.md``; keep the two in step.

Errors: reading a file raises only :class:`VaultDamaged` (anything structural,
checksum, truncation, chunk authentication), :class:`WrongPassphrase` (the header
is intact but no key slot opens with the given passphrase or raw key) and
:class:`VaultTooNew` (an intact header of a newer format version). A missing input
file raises :class:`VaultNotFound`; programming errors (no key given, a raw key
that is not 32 bytes) raise ``ValueError``/``TypeError``; operating-system errors
of the reader's *sink* propagate as ``OSError``. Writing turns the disk's refusals
(full, read-only, permissions) into ``DiskFull``, ``ReadOnlyStorage``, ``AccessDenied``.

Never plaintext on disk: the writer only ever writes ciphertext to its temp file;
the reader writes plaintext only to the caller's sink, one chunk at a time and only
after that chunk has authenticated. A later chunk may still fail, so a caller must
treat everything written to the sink as untrusted until :func:`read_container`
returns: write into a temporary place (for a restore: a folder ``TARGET.partial-XXXX``
beside the target), and only swap it into use after success; delete it on any error.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import hmac
import os
import secrets
import stat
import struct
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import BinaryIO, NamedTuple, cast

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from hjulet.core.errors import (
    InvalidInput,
    VaultDamaged,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from hjulet.core.problems import P
from hjulet.storage.files import atomic_file
from hjulet.storage.keyslots import KDF_CAPS, KdfCaps, KdfParams, normalize_passphrase

__all__ = [
    "CONTENT_EXPORT_JSON",
    "CONTENT_VAULT_SNAPSHOT",
    "DEFAULT_CHUNK_SIZE",
    "FORMAT_VERSION",
    "MAGIC",
    "MAX_CHUNK_SIZE",
    "MAX_HEADER_SIZE",
    "MIN_CHUNK_SIZE",
    "ContainerInfo",
    "PassphraseKek",
    "inspect_container",
    "read_container",
    "write_container",
]

MAGIC = b"HJULETBK"
FORMAT_VERSION = 1

CONTENT_VAULT_SNAPSHOT = "vault-snapshot"
CONTENT_EXPORT_JSON = "export-json"

DEFAULT_CHUNK_SIZE = 1024 * 1024  # 1 MiB
MIN_CHUNK_SIZE = 64
MAX_CHUNK_SIZE = 16 * 1024 * 1024  # 16 MiB
MAX_HEADER_SIZE = 64 * 1024  # 64 KiB
MAX_SLOTS = 8
MAX_CONTENT_TYPE = 64
MAX_CHUNKS = 2**32 - 1  # the counter is 4 bytes
MAX_CREATED = 253402300799  # 9999-12-31T23:59:59Z

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12
TAG_BYTES = 16
PREFIX_BYTES = 7
WRAPPED_BYTES = KEY_BYTES + TAG_BYTES
DIGEST_BYTES = 32
LENGTH_BYTES = 8

SLOT_PASSPHRASE = 1
SLOT_RAW_KEY = 2
_SLOT_NAMES = {SLOT_PASSPHRASE: "passphrase", SLOT_RAW_KEY: "raw-key"}

_SLOT_AAD = b"hjulet backup key slot v1\x00"
_RAW_KEY_INFO = b"hjulet backup raw-key slot v1"
_CHUNK_KEY_INFO = b"hjulet backup chunks v1"
_CONTENT_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-")

# magic | version u16 | header length u32: the envelope every version keeps.
_ENVELOPE = struct.Struct(">8sHI")
_FIXED = struct.Struct(">QI7sB")  # created, chunk size, nonce prefix, slot count
_ARGON = struct.Struct(">III")  # memory KiB, iterations, lanes
_U64 = struct.Struct(">Q")
_COUNTER = struct.Struct(">I")
_MIN_HEADER = _ENVELOPE.size + DIGEST_BYTES  # the envelope every version keeps


@dataclass(frozen=True)
class ContainerInfo:
    """What a container's header says (no key needed to learn it)."""

    version: int
    content_type: str
    created: datetime  # UTC, whole seconds
    plaintext_size: int
    chunk_size: int
    chunk_count: int
    header_size: int
    file_size: int
    slots: tuple[str, ...]  # "passphrase" and/or "raw-key", in file order
    kdf: KdfParams | None  # the passphrase slot's Argon2id parameters, if any


@dataclass(frozen=True)
class _Slot:
    kind: int
    params: KdfParams | None
    salt: bytes
    nonce: bytes
    wrapped: bytes

    def encode_public(self) -> bytes:
        """Everything but the wrapped key: also the slot's associated data."""
        head = bytes([self.kind])
        if self.params is not None:
            p = self.params
            head += _ARGON.pack(p.memory_kib, p.iterations, p.lanes)
        return head + self.salt + self.nonce

    def encode(self) -> bytes:
        return self.encode_public() + self.wrapped


@dataclass(frozen=True)
class _Header:
    version: int
    size: int
    content_type: str
    created: int
    chunk_size: int
    prefix: bytes
    slots: tuple[_Slot, ...]
    plaintext_size: int
    binding: bytes  # SHA-256 of the header up to (not including) the length field


# --------------------------------------------------------------------------- helpers


def _chunk_count(plaintext_size: int, chunk_size: int) -> int:
    """Chunks for a stream: at least one (an empty stream has one empty final chunk)."""
    if plaintext_size == 0:
        return 1
    return -(-plaintext_size // chunk_size)


def _file_size(header_size: int, plaintext_size: int, chunk_size: int) -> int:
    return header_size + plaintext_size + TAG_BYTES * _chunk_count(plaintext_size, chunk_size)


def _nonce(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + _COUNTER.pack(index) + (b"\x01" if last else b"\x00")


def _chunk_aad(binding: bytes, last: bool, plaintext_size: int) -> bytes:
    # The final chunk also authenticates the declared plaintext length.
    return binding + _U64.pack(plaintext_size) if last else binding


def _chunk_key(file_key: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=_CHUNK_KEY_INFO)
    return hkdf.derive(file_key)


class PassphraseKek(NamedTuple):
    """A passphrase's Argon2id output for one salt and parameter set, derived once.

    Lets a caller that has already derived it (the vault's own passphrase slot)
    wrap or unwrap a container's passphrase slot without a second derivation.
    """

    salt: bytes
    params: KdfParams
    kek: bytes


def _passphrase_kek(passphrase: str, salt: bytes, params: KdfParams) -> bytes:
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalize_passphrase(passphrase))


def _raw_kek(raw_key: bytes, salt: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_RAW_KEY_INFO)
    return hkdf.derive(raw_key)


def _check_raw_key(raw_key: object) -> bytes:
    if not isinstance(raw_key, bytes | bytearray) or len(raw_key) != KEY_BYTES:
        raise ValueError("a raw key must be 32 bytes")
    return bytes(raw_key)


def _wrap(
    kind: int,
    params: KdfParams | None,
    kek_of: Callable[[bytes], bytes],
    key: bytes,
    salt: bytes | None = None,
) -> _Slot:
    salt = secrets.token_bytes(SALT_BYTES) if salt is None else salt
    nonce = secrets.token_bytes(NONCE_BYTES)
    draft = _Slot(kind, params, salt, nonce, b"")
    wrapped = AESGCM(kek_of(salt)).encrypt(nonce, key, _SLOT_AAD + draft.encode_public())
    return _Slot(kind, params, salt, nonce, wrapped)


def _unwrap(slot: _Slot, kek: bytes) -> bytes | None:
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _SLOT_AAD + slot.encode_public())
    except InvalidTag:
        return None


# --------------------------------------------------------------------------- header


def _encode_header_prefix(
    content_type: str, created: int, chunk_size: int, prefix: bytes, slots: Sequence[_Slot]
) -> bytes:
    """The header up to the length field (the part the chunks bind to)."""
    ct = content_type.encode("ascii")
    body = bytes([len(ct)]) + ct + _FIXED.pack(created, chunk_size, prefix, len(slots))
    body += b"".join(s.encode() for s in slots)
    size = _ENVELOPE.size + len(body) + LENGTH_BYTES + DIGEST_BYTES
    return _ENVELOPE.pack(MAGIC, FORMAT_VERSION, size) + body


class _Reader:
    """Bounds-checked cursor over header bytes; any overrun is damage."""

    def __init__(self, data: bytes, pos: int) -> None:
        self.data = data
        self.pos = pos

    def take(self, n: int) -> bytes:
        end = self.pos + n
        if end > len(self.data):
            raise VaultDamaged("backup header: field runs past its end")
        out = self.data[self.pos : end]
        self.pos = end
        return out

    def unpack(self, fmt: struct.Struct) -> tuple[int, ...]:
        return cast(tuple[int, ...], fmt.unpack(self.take(fmt.size)))


def _parse_header(raw: bytes, kdf_caps: KdfCaps) -> _Header:
    """Parse and check a v1 header whose checksum has already been verified."""
    _magic, version, size = _ENVELOPE.unpack_from(raw)
    r = _Reader(raw[: size - LENGTH_BYTES - DIGEST_BYTES], _ENVELOPE.size)
    (ct_len,) = r.take(1)
    if not 1 <= ct_len <= MAX_CONTENT_TYPE:
        raise VaultDamaged("backup header: bad content type length")
    ct_bytes = r.take(ct_len)
    content_type = ct_bytes.decode("latin-1")
    if not set(content_type) <= _CONTENT_CHARS:
        raise VaultDamaged("backup header: bad content type")
    fixed = r.take(_FIXED.size)
    created, chunk_size, prefix, n_slots = _FIXED.unpack(fixed)
    if created > MAX_CREATED:
        raise VaultDamaged("backup header: bad creation time")
    if not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise VaultDamaged("backup header: chunk size outside limits")
    if not 1 <= n_slots <= MAX_SLOTS:
        raise VaultDamaged("backup header: bad number of key slots")
    slots: list[_Slot] = []
    for _ in range(n_slots):
        (kind,) = r.take(1)
        params: KdfParams | None = None
        if kind == SLOT_PASSPHRASE:
            if any(s.kind == SLOT_PASSPHRASE for s in slots):
                raise VaultDamaged("backup header: more than one passphrase slot")
            m, t, p = r.unpack(_ARGON)
            params = KdfParams(memory_kib=m, iterations=t, lanes=p)
            if not kdf_caps.allows(params):
                raise VaultDamaged("backup header: KDF parameters outside limits")
        elif kind != SLOT_RAW_KEY:
            raise VaultDamaged("backup header: unknown key slot kind")
        salt = r.take(SALT_BYTES)
        nonce = r.take(NONCE_BYTES)
        wrapped = r.take(WRAPPED_BYTES)
        slots.append(_Slot(kind, params, salt, nonce, wrapped))
    if r.pos != len(r.data):
        raise VaultDamaged("backup header: unexpected bytes after the key slots")
    (plaintext_size,) = _U64.unpack_from(raw, size - LENGTH_BYTES - DIGEST_BYTES)
    return _Header(
        version=version,
        size=size,
        content_type=content_type,
        created=created,
        chunk_size=chunk_size,
        prefix=prefix,
        slots=tuple(slots),
        plaintext_size=plaintext_size,
        binding=hashlib.sha256(raw[: size - LENGTH_BYTES - DIGEST_BYTES]).digest(),
    )


def _read_exact(f: BinaryIO, n: int) -> bytes:
    data = f.read(n)
    if len(data) != n:
        raise VaultDamaged("backup file is truncated")
    return data


def _read_header(f: BinaryIO, file_size: int, kdf_caps: KdfCaps) -> _Header:
    """Envelope, checksum, version, fields, then the file-size equation."""
    if file_size < _ENVELOPE.size:
        raise VaultDamaged("backup file is too short to be a backup")
    envelope = _read_exact(f, _ENVELOPE.size)
    magic, version, size = _ENVELOPE.unpack(envelope)
    if not hmac.compare_digest(magic, MAGIC):
        raise VaultDamaged("not a Hjulet backup file (bad magic)")
    if not _MIN_HEADER <= size <= MAX_HEADER_SIZE or size > file_size:
        raise VaultDamaged("backup header: bad header length")
    raw = envelope + _read_exact(f, size - _ENVELOPE.size)
    checksum = hashlib.sha256(raw[: size - DIGEST_BYTES]).digest()
    if not hmac.compare_digest(checksum, raw[size - DIGEST_BYTES :]):
        raise VaultDamaged("backup header checksum does not match")
    if version == 0:
        raise VaultDamaged("backup header: bad format version")
    if version > FORMAT_VERSION:
        raise VaultTooNew(f"backup format version {version} is newer than {FORMAT_VERSION}")
    header = _parse_header(raw, kdf_caps)
    count = _chunk_count(header.plaintext_size, header.chunk_size)
    if count > MAX_CHUNKS:
        raise VaultDamaged("backup header: too many chunks")
    expected = _file_size(header.size, header.plaintext_size, header.chunk_size)
    if expected != file_size:
        what = "truncated" if file_size < expected else "longer than its header says"
        raise VaultDamaged(f"backup file is {what}")
    return header


def _info(header: _Header, file_size: int) -> ContainerInfo:
    kdf = next((s.params for s in header.slots if s.params is not None), None)
    return ContainerInfo(
        version=header.version,
        content_type=header.content_type,
        created=datetime.fromtimestamp(header.created, UTC),
        plaintext_size=header.plaintext_size,
        chunk_size=header.chunk_size,
        chunk_count=_chunk_count(header.plaintext_size, header.chunk_size),
        header_size=header.size,
        file_size=file_size,
        slots=tuple(_SLOT_NAMES[s.kind] for s in header.slots),
        kdf=kdf,
    )


@contextlib.contextmanager
def _open_input(in_path: Path) -> Iterator[tuple[BinaryIO, int]]:
    try:
        f = open(in_path, "rb")  # noqa: SIM115 - closed below
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        raise VaultNotFound("no backup file at the given path") from None
    with f:
        st = os.fstat(f.fileno())
        if not stat.S_ISREG(st.st_mode):
            raise VaultNotFound("the given path is not a regular file")
        yield f, st.st_size


# --------------------------------------------------------------------------- plaintext


def _blocks(source: Iterable[bytes] | BinaryIO, size: int) -> Iterator[bytes]:
    """Full blocks of ``size`` bytes, then a shorter tail if one is left."""
    if hasattr(source, "read"):
        stream = cast(BinaryIO, source)
        while True:
            block = stream.read(size)
            if not block:
                return
            while len(block) < size:
                more = stream.read(size - len(block))
                if not more:
                    break
                block += more
            yield bytes(block)
            if len(block) < size:
                return
    buf = bytearray()
    for piece in source:
        if not isinstance(piece, bytes | bytearray | memoryview):
            raise TypeError("chunks must be bytes")
        view = memoryview(piece).cast("B")
        pos = 0
        if buf:
            pos = min(size - len(buf), len(view))
            buf += view[:pos]
            if len(buf) < size:
                continue
            yield bytes(buf)
            buf[:] = bytes(len(buf))  # best-effort wipe
            buf.clear()
        while len(view) - pos >= size:
            yield bytes(view[pos : pos + size])
            pos += size
        buf += view[pos:]
    if buf:
        yield bytes(buf)
        buf[:] = bytes(len(buf))


def _with_last_flag(blocks: Iterator[bytes]) -> Iterator[tuple[bytes, bool]]:
    pending: bytes | None = None
    for block in blocks:
        if pending is not None:
            yield pending, False
        pending = block
    yield (b"" if pending is None else pending), True


# --------------------------------------------------------------------------- API


def write_container(
    out_path: Path,
    chunks: Iterable[bytes] | BinaryIO,
    *,
    passphrase: str | None,
    kdf: KdfParams,
    raw_keys: Sequence[bytes] = (),
    content_type: str,
    progress: Callable[[int], None] | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    passphrase_kek: PassphraseKek | None = None,
) -> ContainerInfo:
    """Encrypt a plaintext stream into a new container file at ``out_path``.

    ``chunks`` is an iterable of byte strings of any sizes, or a binary file object;
    it is re-cut into ``chunk_size`` pieces and never held whole in memory. The file
    key is wrapped by ``passphrase`` (Argon2id with ``kdf``), if given, and by each
    key in ``raw_keys``; at least one is required. ``progress`` gets the number of
    plaintext bytes written so far after each chunk.

    ``passphrase_kek`` instead of ``passphrase``: the passphrase slot is wrapped
    with a key already derived (its salt and parameters go into the header), so
    writing costs no key derivation; reading it needs the same passphrase.

    The file appears atomically: it is written to a temp file in the same folder,
    fsynced and renamed over ``out_path`` (replacing an existing file there); on
    any failure the temp file is removed and ``out_path`` is left as it was.
    """
    if not isinstance(content_type, str) or not (
        1 <= len(content_type) <= MAX_CONTENT_TYPE and set(content_type) <= _CONTENT_CHARS
    ):
        raise ValueError("content type must be 1-64 characters of a-z, 0-9 and '-'")
    if type(chunk_size) is not int or not MIN_CHUNK_SIZE <= chunk_size <= MAX_CHUNK_SIZE:
        raise ValueError(f"chunk size must be {MIN_CHUNK_SIZE}..{MAX_CHUNK_SIZE} bytes")
    keys = [_check_raw_key(k) for k in raw_keys]
    if passphrase is not None and passphrase_kek is not None:
        raise ValueError("give a passphrase or its derived key, not both")
    if passphrase_kek is not None:
        if len(passphrase_kek.salt) != SALT_BYTES or len(passphrase_kek.kek) != KEY_BYTES:
            raise ValueError("a derived passphrase key needs a 16-byte salt and 32 bytes")
        if not KDF_CAPS.allows(passphrase_kek.params):
            raise ValueError("KDF parameters outside limits")
    if passphrase is None and passphrase_kek is None and not keys:
        raise ValueError("a backup needs a passphrase or a raw key")
    if passphrase is not None and (not isinstance(passphrase, str) or not passphrase):
        raise InvalidInput(P.PASSPHRASE_EMPTY)
    if len(keys) + (passphrase is not None or passphrase_kek is not None) > MAX_SLOTS:
        raise ValueError(f"at most {MAX_SLOTS} key slots")
    if not isinstance(kdf, KdfParams) or not KDF_CAPS.allows(kdf):
        raise ValueError("KDF parameters outside limits")

    file_key = secrets.token_bytes(KEY_BYTES)
    slots: list[_Slot] = []
    if passphrase is not None:
        pw = passphrase
        slots.append(
            _wrap(SLOT_PASSPHRASE, kdf, lambda salt: _passphrase_kek(pw, salt, kdf), file_key)
        )
    if passphrase_kek is not None:
        pk = passphrase_kek
        slots.append(_wrap(SLOT_PASSPHRASE, pk.params, lambda _s: pk.kek, file_key, pk.salt))
    for key in keys:
        slots.append(_wrap(SLOT_RAW_KEY, None, functools.partial(_raw_kek, key), file_key))
    created = int(datetime.now(UTC).timestamp())
    prefix = secrets.token_bytes(PREFIX_BYTES)
    head = _encode_header_prefix(content_type, created, chunk_size, prefix, slots)
    binding = hashlib.sha256(head).digest()
    aead = AESGCM(_chunk_key(file_key))

    # never into a vault, never over a non-file; whole or not at all
    with atomic_file(Path(out_path), overwrite=True) as f:
        f.write(head + bytes(LENGTH_BYTES + DIGEST_BYTES))  # length + checksum, filled below
        total = 0
        for index, (block, last) in enumerate(_with_last_flag(_blocks(chunks, chunk_size))):
            if index >= MAX_CHUNKS:
                raise ValueError("stream too long for one container")
            total += len(block)
            aad = _chunk_aad(binding, last, total)
            f.write(aead.encrypt(_nonce(prefix, index, last), block, aad))
            if progress is not None:
                progress(total)
        tail = _U64.pack(total)
        checksum = hashlib.sha256(head + tail).digest()
        f.seek(len(head))
        f.write(tail + checksum)
        file_size = f.seek(0, os.SEEK_END)
    header_size = len(head) + LENGTH_BYTES + DIGEST_BYTES
    header = _Header(
        FORMAT_VERSION,
        header_size,
        content_type,
        created,
        chunk_size,
        prefix,
        tuple(slots),
        total,
        binding,
    )
    return _info(header, file_size)


def inspect_container(in_path: Path, *, kdf_caps: KdfCaps = KDF_CAPS) -> ContainerInfo:
    """Read and check the header only (no key needed).

    Raises VaultDamaged, VaultTooNew or VaultNotFound. Detects a damaged header and
    a file whose length disagrees with its header; chunk damage is only found by
    :func:`read_container`.
    """
    with _open_input(Path(in_path)) as (f, file_size):
        return _info(_read_header(f, file_size, kdf_caps), file_size)


def read_container(
    in_path: Path,
    *,
    passphrase: str | None = None,
    raw_key: bytes | None = None,
    sink: BinaryIO,
    progress: Callable[[int], None] | None = None,
    kdf_caps: KdfCaps = KDF_CAPS,
    keep_kek: Callable[[PassphraseKek], None] | None = None,
) -> ContainerInfo:
    """Decrypt a container into ``sink``, one authenticated chunk at a time.

    Give ``passphrase`` or ``raw_key`` (or both: the raw key is tried first).
    ``progress`` gets the number of plaintext bytes written so far.
    ``keep_kek`` receives the passphrase's derived key when the passphrase slot
    opened (so a caller can wrap a new key slot without deriving it again).

    The sink is untrusted until this returns: on an error, bytes of earlier chunks
    may already have been written to it, and the caller must discard them.
    """
    if passphrase is None and raw_key is None:
        raise ValueError("give a passphrase or a raw key")
    key = None if raw_key is None else _check_raw_key(raw_key)
    with _open_input(Path(in_path)) as (f, file_size):
        header = _read_header(f, file_size, kdf_caps)
        file_key = _open_slots(header, passphrase, key, keep_kek)
        aead = AESGCM(_chunk_key(file_key))
        count = _chunk_count(header.plaintext_size, header.chunk_size)
        remaining = header.plaintext_size
        done = 0
        for index in range(count):
            last = index == count - 1
            size = min(remaining, header.chunk_size)
            sealed = _read_exact(f, size + TAG_BYTES)
            aad = _chunk_aad(header.binding, last, header.plaintext_size)
            try:
                plain = aead.decrypt(_nonce(header.prefix, index, last), sealed, aad)
            except InvalidTag:
                raise VaultDamaged(f"backup chunk {index} failed authentication") from None
            sink.write(plain)
            remaining -= size
            done += size
            if progress is not None:
                progress(done)
        if f.read(1):
            raise VaultDamaged("backup file is longer than its header says")
        return _info(header, file_size)


def _open_slots(
    header: _Header,
    passphrase: str | None,
    raw_key: bytes | None,
    keep_kek: Callable[[PassphraseKek], None] | None = None,
) -> bytes:
    if raw_key is not None:
        for slot in header.slots:
            if slot.kind == SLOT_RAW_KEY:
                found = _unwrap(slot, _raw_kek(raw_key, slot.salt))
                if found is not None:
                    return found
    if passphrase is not None:
        for slot in header.slots:
            if slot.kind == SLOT_PASSPHRASE and slot.params is not None:
                if not isinstance(passphrase, str) or not passphrase:
                    break
                try:
                    kek = _passphrase_kek(passphrase, slot.salt, slot.params)
                except InvalidInput:  # not encodable, so it cannot be the one used
                    break
                found = _unwrap(slot, kek)
                if found is not None:
                    if keep_kek is not None:
                        keep_kek(PassphraseKek(slot.salt, slot.params, kek))
                    return found
    raise WrongPassphrase("no key slot of this backup opens with the given key")
