"""The encrypted backup container: round trips, keys, and every kind of damage.

Real files on disk, real Argon2id (fast parameters), real AES-GCM. Damage is made
by editing the bytes of real containers; where a test needs the header to stay
"consistent" (to reach the cryptographic checks behind the cheap ones) it
recomputes the header checksum, as an attacker could.
"""

from __future__ import annotations

import hashlib
import io
import os
import struct
import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hjulet.core.errors import (
    HjuletError,
    InvalidInput,
    VaultDamaged,
    VaultNotFound,
    VaultTooNew,
    WrongPassphrase,
)
from hjulet.storage.container import (
    MAGIC,
    MAX_CHUNK_SIZE,
    ContainerInfo,
    inspect_container,
    read_container,
    write_container,
)
from hjulet.storage.keyslots import FAST_KDF, KdfCaps, KdfParams

PASS = "correct horse battery staple"
CHUNK = 64
TAG = 16
MARKER = b"PLAINTEXT-MARKER-Alva-says-home-is-scary"
TIGHT_CAPS = KdfCaps(max_memory_kib=1024, max_iterations=2, max_lanes=2)


def payload(n: int) -> bytes:
    """Deterministic, non-repeating bytes (so swapped chunks differ)."""
    out = bytearray()
    counter = 0
    while len(out) < n:
        out += hashlib.sha256(counter.to_bytes(8, "big")).digest()
        counter += 1
    return bytes(out[:n])


def make(
    folder: Path,
    data: bytes | Iterable[bytes],
    *,
    name: str = "backup.hbk",
    chunk_size: int = CHUNK,
    passphrase: str | None = PASS,
    raw_keys: tuple[bytes, ...] = (),
    content_type: str = "vault-snapshot",
) -> Path:
    path = folder / name
    source = [data] if isinstance(data, bytes) else data
    write_container(
        path,
        source,
        passphrase=passphrase,
        kdf=FAST_KDF,
        raw_keys=raw_keys,
        content_type=content_type,
        chunk_size=chunk_size,
    )
    return path


def restore(path: Path, **kwargs: object) -> bytes:
    sink = io.BytesIO()
    if "passphrase" not in kwargs and "raw_key" not in kwargs:
        kwargs["passphrase"] = PASS
    read_container(path, sink=sink, **kwargs)  # type: ignore[arg-type]
    return sink.getvalue()


def header_size(raw: bytes | bytearray) -> int:
    return int(struct.unpack_from(">I", raw, 10)[0])


def fix_checksum(raw: bytearray) -> bytearray:
    """Recompute the header checksum after an edit (what an attacker can do)."""
    h = header_size(raw)
    raw[h - 32 : h] = hashlib.sha256(bytes(raw[: h - 32])).digest()
    return raw


def set_length(raw: bytearray, length: int) -> bytearray:
    h = header_size(raw)
    raw[h - 40 : h - 32] = length.to_bytes(8, "big")
    return fix_checksum(raw)


def chunk_spans(raw: bytes | bytearray) -> list[tuple[int, int]]:
    """(offset, sealed length) of each chunk, computed from the header fields."""
    h = header_size(raw)
    ct_len = raw[14]
    chunk_size = int(struct.unpack_from(">I", raw, 15 + ct_len + 8)[0])
    length = int.from_bytes(raw[h - 40 : h - 32], "big")
    spans = []
    pos, left = h, length
    while True:
        n = min(left, chunk_size)
        spans.append((pos, n + TAG))
        pos += n + TAG
        left -= n
        if left == 0:
            return spans


def field_offsets(raw: bytes | bytearray) -> dict[str, int]:
    n = raw[14]
    base = 15 + n
    return {
        "content_type": 15,
        "created": base,
        "chunk_size": base + 8,
        "prefix": base + 12,
        "slot_count": base + 19,
        "slot0_kind": base + 20,
        "argon": base + 21,  # when slot 0 is the passphrase slot
        "salt": base + 33,
    }


def no_temp_files(folder: Path) -> bool:
    """No temp file left (the writer's temp files are hidden: ``.NAME.XXXX.part``)."""
    return not [
        p for p in folder.iterdir() if p.name.startswith(".") or p.suffix in (".tmp", ".part")
    ]


# --------------------------------------------------------------------------- round trips


@pytest.mark.parametrize(
    "size", [0, 1, CHUNK - 1, CHUNK, CHUNK + 1, 2 * CHUNK, 10 * CHUNK, 10 * CHUNK + 7]
)
def test_round_trip_sizes(tmp_path: Path, size: int) -> None:
    data = payload(size)
    path = make(tmp_path, data)
    assert restore(path) == data
    info = inspect_container(path)
    assert info.plaintext_size == size
    assert info.chunk_count == max(1, -(-size // CHUNK))
    assert info.file_size == path.stat().st_size == info.header_size + size + TAG * info.chunk_count
    assert no_temp_files(tmp_path)


def test_exactly_one_chunk_is_one_chunk(tmp_path: Path) -> None:
    path = make(tmp_path, payload(CHUNK))
    assert inspect_container(path).chunk_count == 1
    assert len(chunk_spans(path.read_bytes())) == 1


def test_input_as_odd_pieces_and_as_a_file(tmp_path: Path) -> None:
    data = payload(5 * CHUNK + 13)
    pieces: list[bytes | bytearray] = [
        b"",
        data[:1],
        bytearray(data[1:70]),
        b"",
        memoryview(data)[70:200].tobytes(),
        data[200:201],
        data[201:],
    ]
    a = make(tmp_path, pieces, name="a.hbk")  # type: ignore[arg-type]
    assert restore(a) == data
    b = tmp_path / "b.hbk"
    write_container(
        b,
        io.BytesIO(data),
        passphrase=PASS,
        kdf=FAST_KDF,
        content_type="export-json",
        chunk_size=CHUNK,
    )
    assert restore(b) == data
    assert inspect_container(b).content_type == "export-json"


def test_default_chunk_size_many_chunks(tmp_path: Path) -> None:
    data = payload(2 * 1024 * 1024 + 5)
    path = tmp_path / "big.hbk"
    info = write_container(
        path, io.BytesIO(data), passphrase=PASS, kdf=FAST_KDF, content_type="vault-snapshot"
    )
    assert info.chunk_size == 1024 * 1024 and info.chunk_count == 3
    assert restore(path) == data


def test_progress_reports_plaintext_bytes(tmp_path: Path) -> None:
    data = payload(3 * CHUNK + 5)
    seen_w: list[int] = []
    path = tmp_path / "p.hbk"
    write_container(
        path,
        [data],
        passphrase=PASS,
        kdf=FAST_KDF,
        content_type="vault-snapshot",
        chunk_size=CHUNK,
        progress=seen_w.append,
    )
    seen_r: list[int] = []
    read_container(path, passphrase=PASS, sink=io.BytesIO(), progress=seen_r.append)
    assert seen_w == seen_r == [CHUNK, 2 * CHUNK, 3 * CHUNK, 3 * CHUNK + 5]


def test_inspect_needs_no_key(tmp_path: Path) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    path = make(tmp_path, payload(100), raw_keys=(b"k" * 32,), content_type="export-json")
    info = inspect_container(path)
    assert isinstance(info, ContainerInfo)
    assert info.version == 1
    assert info.content_type == "export-json"
    assert info.created.tzinfo is not None
    assert before <= info.created <= datetime.now(UTC) + timedelta(seconds=1)
    assert info.slots == ("passphrase", "raw-key")
    assert info.kdf == FAST_KDF
    assert (info.plaintext_size, info.chunk_size, info.chunk_count) == (100, CHUNK, 2)


def test_no_plaintext_in_the_file_and_fresh_keys_each_time(tmp_path: Path) -> None:
    data = MARKER * 50
    a = make(tmp_path, data, name="a.hbk")
    b = make(tmp_path, data, name="b.hbk")
    ra, rb = a.read_bytes(), b.read_bytes()
    for raw in (ra, rb):
        assert MARKER not in raw
        assert MARKER[:12] not in raw
    # Same data, same passphrase: the sealed chunks share nothing.
    (oa, na), (ob, nb) = chunk_spans(ra)[0], chunk_spans(rb)[0]
    assert ra[oa : oa + na] != rb[ob : ob + nb]
    assert restore(a) == restore(b) == data


# --------------------------------------------------------------------------- keys


def test_wrong_passphrase(tmp_path: Path) -> None:
    path = make(tmp_path, MARKER)
    sink = io.BytesIO()
    with pytest.raises(WrongPassphrase):
        read_container(path, passphrase=PASS + "!", sink=sink)
    assert sink.getvalue() == b""
    with pytest.raises(WrongPassphrase):
        read_container(path, passphrase="", sink=sink)
    with pytest.raises(WrongPassphrase):
        read_container(path, passphrase="\ud800", sink=sink)  # not encodable
    assert sink.getvalue() == b""


def test_passphrase_is_nfc_normalised(tmp_path: Path) -> None:
    composed = "Smörgåstårta 2024"
    path = make(tmp_path, MARKER, passphrase=unicodedata.normalize("NFD", composed))
    assert restore(path, passphrase=unicodedata.normalize("NFC", composed)) == MARKER


def test_raw_key_path(tmp_path: Path) -> None:
    key, other = os.urandom(32), os.urandom(32)
    data = payload(300)
    path = make(tmp_path, data, passphrase=None, raw_keys=(key,))
    assert inspect_container(path).slots == ("raw-key",)
    assert inspect_container(path).kdf is None
    assert restore(path, raw_key=key) == data
    with pytest.raises(WrongPassphrase):
        restore(path, raw_key=other)
    with pytest.raises(WrongPassphrase):
        restore(path, passphrase=PASS)


def test_passphrase_and_several_raw_keys_each_open(tmp_path: Path) -> None:
    k1, k2 = os.urandom(32), os.urandom(32)
    data = payload(200)
    path = make(tmp_path, data, raw_keys=(k1, k2))
    assert restore(path) == data
    assert restore(path, raw_key=k1) == data
    assert restore(path, raw_key=k2) == data
    assert restore(path, raw_key=os.urandom(32), passphrase=PASS) == data


def test_bad_arguments(tmp_path: Path) -> None:
    out = tmp_path / "x.hbk"

    def w(**kw: object) -> None:
        args: dict[str, object] = {
            "passphrase": PASS,
            "kdf": FAST_KDF,
            "content_type": "vault-snapshot",
            "chunk_size": CHUNK,
        }
        args.update(kw)
        write_container(out, [b"x"], **args)  # type: ignore[arg-type]

    with pytest.raises(ValueError):
        w(passphrase=None)
    with pytest.raises(InvalidInput):
        w(passphrase="")
    with pytest.raises(ValueError):
        w(raw_keys=(b"short",))
    with pytest.raises(ValueError):
        w(content_type="Vault Snapshot")
    with pytest.raises(ValueError):
        w(content_type="")
    with pytest.raises(ValueError):
        w(chunk_size=MAX_CHUNK_SIZE + 1)
    with pytest.raises(ValueError):
        w(chunk_size=8)
    with pytest.raises(ValueError):
        w(kdf=KdfParams(memory_kib=2**40, iterations=1, lanes=1))
    assert list(tmp_path.iterdir()) == []
    path = make(tmp_path, b"x")
    with pytest.raises(ValueError):
        read_container(path, sink=io.BytesIO())
    with pytest.raises(ValueError):
        read_container(path, raw_key=b"short", sink=io.BytesIO())


def test_missing_input_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        restore(tmp_path / "nope.hbk")
    with pytest.raises(VaultNotFound):
        inspect_container(tmp_path)


# --------------------------------------------------------------------------- atomic writing


def test_failed_write_leaves_no_temp_and_keeps_old_file(tmp_path: Path) -> None:
    path = make(tmp_path, b"old backup")
    old = path.read_bytes()

    def source() -> Iterable[bytes]:
        yield MARKER * 10
        raise OSError("source went away")

    with pytest.raises(OSError, match="source went away"):
        write_container(
            path,
            source(),
            passphrase=PASS,
            kdf=FAST_KDF,
            content_type="vault-snapshot",
            chunk_size=CHUNK,
        )
    assert path.read_bytes() == old
    assert no_temp_files(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]


# --------------------------------------------------------------------------- header damage


def test_every_single_bit_flip_in_the_header_is_damage(tmp_path: Path) -> None:
    path = make(tmp_path, payload(3 * CHUNK), raw_keys=(b"r" * 32,))
    raw = path.read_bytes()
    h = header_size(raw)
    bad = tmp_path / "bad.hbk"
    for bit in range(h * 8):
        mutated = bytearray(raw)
        mutated[bit // 8] ^= 1 << (bit % 8)
        bad.write_bytes(mutated)
        sink = io.BytesIO()
        with pytest.raises(VaultDamaged):
            read_container(bad, passphrase=PASS, sink=sink)
        with pytest.raises(VaultDamaged):
            inspect_container(bad)
        assert sink.getvalue() == b""


def test_bad_magic_and_tiny_files(tmp_path: Path) -> None:
    raw = make(tmp_path, b"data").read_bytes()
    bad = tmp_path / "bad.hbk"
    for content in (b"", b"H", MAGIC, b"SQLite format 3\x00" + raw[16:], b"X" + raw[1:]):
        bad.write_bytes(content)
        with pytest.raises(VaultDamaged):
            restore(bad)


def test_newer_version_is_too_new(tmp_path: Path) -> None:
    raw = bytearray(make(tmp_path, payload(100)).read_bytes())
    for version in (2, 0xFFFF):
        mutated = bytearray(raw)
        mutated[8:10] = version.to_bytes(2, "big")
        bad = tmp_path / "new.hbk"
        bad.write_bytes(fix_checksum(mutated))
        with pytest.raises(VaultTooNew):
            restore(bad)
        with pytest.raises(VaultTooNew):
            inspect_container(bad)
    # A future header of another shape: only the envelope and checksum must hold.
    body = b"whatever a future version stores"
    size = 14 + len(body) + 32
    future = MAGIC + (7).to_bytes(2, "big") + size.to_bytes(4, "big") + body
    future += hashlib.sha256(future).digest() + b"chunks..."
    bad.write_bytes(future)
    with pytest.raises(VaultTooNew):
        restore(bad)
    mutated = bytearray(raw)
    mutated[8:10] = (0).to_bytes(2, "big")
    bad.write_bytes(fix_checksum(mutated))
    with pytest.raises(VaultDamaged):
        restore(bad)


@pytest.mark.parametrize(
    ("index", "value"),
    [
        (0, 2**32 - 1),  # memory KiB
        (0, 1024 * 1024 + 1),  # memory just over 1 GiB
        (1, 2**32 - 1),  # iterations: would run for days if not capped
        (1, 0),
        (2, 2**32 - 1),  # lanes
        (2, 0),
    ],
)
def test_kdf_params_over_cap_are_damage_before_any_kdf(
    tmp_path: Path, index: int, value: int
) -> None:
    raw = bytearray(make(tmp_path, payload(10)).read_bytes())
    off = field_offsets(raw)["argon"] + 4 * index
    raw[off : off + 4] = value.to_bytes(4, "big")
    bad = tmp_path / "cap.hbk"
    bad.write_bytes(fix_checksum(raw))
    with pytest.raises(VaultDamaged, match="KDF"):
        restore(bad)
    with pytest.raises(VaultDamaged, match="KDF"):
        inspect_container(bad)


def test_other_header_caps(tmp_path: Path) -> None:
    raw = bytearray(make(tmp_path, payload(10)).read_bytes())
    offs = field_offsets(raw)
    bad = tmp_path / "cap.hbk"
    cases: list[tuple[int, bytes, str]] = [
        (offs["chunk_size"], (MAX_CHUNK_SIZE + 1).to_bytes(4, "big"), "chunk size"),
        (offs["chunk_size"], (0).to_bytes(4, "big"), "chunk size"),
        (offs["slot_count"], b"\x00", "slots"),
        (offs["slot_count"], b"\x09", "slots"),
        (offs["slot0_kind"], b"\x07", "slot kind"),
        (offs["content_type"], b"V", "content type"),
        (offs["created"], (2**64 - 1).to_bytes(8, "big"), "creation time"),
    ]
    for off, value, what in cases:
        mutated = bytearray(raw)
        mutated[off : off + len(value)] = value
        bad.write_bytes(fix_checksum(mutated))
        with pytest.raises(VaultDamaged, match=what):
            restore(bad)
    # A header length above 64 KiB is refused before reading it.
    mutated = bytearray(raw)
    mutated[10:14] = (64 * 1024 + 1).to_bytes(4, "big")
    bad.write_bytes(bytes(mutated) + bytes(64 * 1024))
    with pytest.raises(VaultDamaged, match="header length"):
        restore(bad)
    # Declared length disagrees with the file length: refused before the KDF.
    bad.write_bytes(set_length(bytearray(raw), 10**9))
    with pytest.raises(VaultDamaged, match="truncated"):
        inspect_container(bad)
    bad.write_bytes(set_length(bytearray(raw), 2**63))
    with pytest.raises(VaultDamaged, match="too many chunks"):
        inspect_container(bad)


def test_recomputed_checksum_edits_never_succeed(tmp_path: Path) -> None:
    """An attacker can rewrite the checksum; the chunks still bind the header."""
    data = payload(3 * CHUNK)
    raw = bytearray(make(tmp_path, data, content_type="export-json").read_bytes())
    offs = field_offsets(raw)
    bad = tmp_path / "edit.hbk"

    def edited(off: int, value: bytes) -> Path:
        mutated = bytearray(raw)
        mutated[off : off + len(value)] = value
        bad.write_bytes(fix_checksum(mutated))
        return bad

    # Fields outside the key slot: the key unwraps, chunk 0 fails -> damaged.
    with pytest.raises(VaultDamaged, match="chunk 0"):
        restore(edited(offs["content_type"], b"import-json"))
    with pytest.raises(VaultDamaged, match="chunk 0"):
        restore(edited(offs["created"], (1).to_bytes(8, "big")))
    with pytest.raises(VaultDamaged, match="chunk 0"):
        restore(edited(offs["prefix"], b"\x00" * 7))
    # The slot's own parameters are its associated data -> the key does not unwrap.
    with pytest.raises(WrongPassphrase):
        restore(edited(offs["salt"], b"\x00" * 16))
    with pytest.raises(WrongPassphrase):
        restore(edited(offs["argon"], (128).to_bytes(4, "big")))


def test_key_slot_from_another_backup_with_same_passphrase(tmp_path: Path) -> None:
    a = bytearray(make(tmp_path, payload(100), name="a.hbk").read_bytes())
    b = make(tmp_path, payload(100), name="b.hbk").read_bytes()
    offs = field_offsets(a)
    start, end = offs["slot0_kind"], offs["slot0_kind"] + 89
    a[start:end] = b[start:end]
    bad = tmp_path / "mixed.hbk"
    bad.write_bytes(fix_checksum(a))
    with pytest.raises(VaultDamaged, match="chunk 0"):
        restore(bad)


# --------------------------------------------------------------------------- chunk damage


def test_every_bit_flip_in_the_chunks_is_damage(tmp_path: Path) -> None:
    path = make(tmp_path, payload(2 * CHUNK + 3))
    raw = path.read_bytes()
    h = header_size(raw)
    bad = tmp_path / "bad.hbk"
    for bit in range(h * 8, len(raw) * 8):
        mutated = bytearray(raw)
        mutated[bit // 8] ^= 1 << (bit % 8)
        bad.write_bytes(mutated)
        with pytest.raises(VaultDamaged):
            restore(bad)


def test_truncation_at_every_length(tmp_path: Path) -> None:
    raw = make(tmp_path, payload(4 * CHUNK + 9)).read_bytes()
    bad = tmp_path / "short.hbk"
    for n in range(len(raw)):
        bad.write_bytes(raw[:n])
        with pytest.raises(VaultDamaged):
            restore(bad)


def test_truncation_at_chunk_boundaries_with_consistent_header(tmp_path: Path) -> None:
    """Cut after whole chunks and fix the declared length: the last-chunk flag catches it."""
    data = payload(4 * CHUNK + 9)
    raw = make(tmp_path, data).read_bytes()
    spans = chunk_spans(raw)
    bad = tmp_path / "cut.hbk"
    for keep in range(len(spans)):
        end = spans[keep - 1][0] + spans[keep - 1][1] if keep else header_size(raw)
        bad.write_bytes(set_length(bytearray(raw[:end]), keep * CHUNK))
        if keep == 0:
            # Zero chunks is never valid (an empty stream still has its final chunk).
            with pytest.raises(VaultDamaged, match="truncated"):
                restore(bad)
            continue
        sink = io.BytesIO()
        with pytest.raises(VaultDamaged, match=f"chunk {keep - 1}"):
            read_container(bad, passphrase=PASS, sink=sink)
        # Earlier chunks did authenticate and reached the sink: hence "untrusted until return".
        assert sink.getvalue() == data[: (keep - 1) * CHUNK]


def test_truncation_mid_chunk_with_consistent_header(tmp_path: Path) -> None:
    data = payload(3 * CHUNK)
    raw = make(tmp_path, data).read_bytes()
    off, _n = chunk_spans(raw)[1]
    cut = off + 20  # 20 bytes into chunk 1 -> a 4-byte "final" chunk
    bad = tmp_path / "cut.hbk"
    bad.write_bytes(set_length(bytearray(raw[:cut]), CHUNK + 4))
    with pytest.raises(VaultDamaged, match="chunk 1"):
        restore(bad)


def test_dropped_chunk(tmp_path: Path) -> None:
    raw = make(tmp_path, payload(4 * CHUNK)).read_bytes()
    spans = chunk_spans(raw)
    bad = tmp_path / "drop.hbk"
    for i, (off, n) in enumerate(spans):
        dropped = raw[:off] + raw[off + n :]
        bad.write_bytes(dropped)
        with pytest.raises(VaultDamaged):
            restore(bad)
        bad.write_bytes(set_length(bytearray(dropped), 3 * CHUNK))
        with pytest.raises(VaultDamaged, match=f"chunk {min(i, 2)}"):
            restore(bad)


def test_swapped_chunks(tmp_path: Path) -> None:
    raw = make(tmp_path, payload(4 * CHUNK)).read_bytes()
    spans = chunk_spans(raw)
    bad = tmp_path / "swap.hbk"
    for i in range(len(spans)):
        for j in range(i + 1, len(spans)):
            (oi, n), (oj, _) = spans[i], spans[j]
            mutated = bytearray(raw)
            mutated[oi : oi + n], mutated[oj : oj + n] = raw[oj : oj + n], raw[oi : oi + n]
            bad.write_bytes(mutated)
            with pytest.raises(VaultDamaged, match=f"chunk {i}"):
                restore(bad)


def test_chunk_spliced_from_another_backup_with_same_passphrase(tmp_path: Path) -> None:
    data = payload(3 * CHUNK)
    a = make(tmp_path, data, name="a.hbk").read_bytes()
    b = make(tmp_path, data, name="b.hbk").read_bytes()
    bad = tmp_path / "splice.hbk"
    for i, ((oa, n), (ob, _)) in enumerate(zip(chunk_spans(a), chunk_spans(b), strict=True)):
        mutated = bytearray(a)
        mutated[oa : oa + n] = b[ob : ob + n]
        bad.write_bytes(mutated)
        with pytest.raises(VaultDamaged, match=f"chunk {i}"):
            restore(bad)
    # Header of one, chunks of the other.
    h = header_size(a)
    bad.write_bytes(a[:h] + b[h:])
    with pytest.raises(VaultDamaged, match="chunk 0"):
        restore(bad)


def test_appended_bytes(tmp_path: Path) -> None:
    data = payload(2 * CHUNK)
    raw = make(tmp_path, data).read_bytes()
    spans = chunk_spans(raw)
    bad = tmp_path / "long.hbk"
    for extra in (b"\x00", b"garbage" * 3, os.urandom(CHUNK + TAG)):
        bad.write_bytes(raw + extra)
        with pytest.raises(VaultDamaged, match="longer"):
            restore(bad)
    # Repeat the last chunk and fix the length: the old final chunk is now in the middle.
    off, n = spans[-1]
    bad.write_bytes(set_length(bytearray(raw + raw[off : off + n]), 3 * CHUNK))
    with pytest.raises(VaultDamaged, match="chunk 1"):
        restore(bad)


def test_file_growing_while_read_is_damage(tmp_path: Path) -> None:
    """A sink that appends to the backup itself: the reader notices the extra bytes."""
    data = payload(CHUNK + 1)
    path = make(tmp_path, data)

    class Grower(io.BytesIO):
        def write(self, b: object) -> int:
            with path.open("ab") as f:
                f.write(b"x")
            return super().write(b)  # type: ignore[arg-type]

    with pytest.raises(VaultDamaged, match="longer"):
        read_container(path, passphrase=PASS, sink=Grower())


# --------------------------------------------------------------------------- fuzzing

_FUZZ = settings(
    max_examples=300,
    deadline=timedelta(seconds=5),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def valid(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes]:
    folder = tmp_path_factory.mktemp("valid")
    data = payload(3 * CHUNK + 11)
    path = make(folder, data, raw_keys=(b"q" * 32,))
    return path.read_bytes(), data


def _read_typed(path: Path) -> bytes | None:
    sink = io.BytesIO()
    try:
        read_container(path, passphrase=PASS, sink=sink, kdf_caps=TIGHT_CAPS)
    except (VaultDamaged, WrongPassphrase, VaultTooNew):
        return None
    return sink.getvalue()


@_FUZZ
@given(blob=st.binary(max_size=4096), keep_magic=st.booleans())
def test_fuzz_arbitrary_bytes(tmp_path: Path, blob: bytes, keep_magic: bool) -> None:
    path = tmp_path / "fuzz.hbk"
    path.write_bytes((MAGIC + b"\x00\x01" if keep_magic else b"") + blob)
    assert _read_typed(path) is None
    with pytest.raises(HjuletError):
        inspect_container(path, kdf_caps=TIGHT_CAPS)


_mutation = st.tuples(
    st.sampled_from(["flip", "set", "insert", "delete", "truncate"]),
    st.integers(0, 10**6),
    st.integers(0, 255),
    st.binary(min_size=1, max_size=40),
)


@_FUZZ
@given(
    mutations=st.lists(_mutation, min_size=1, max_size=6),
    recompute=st.booleans(),
)
def test_fuzz_mutated_valid_files(
    tmp_path: Path,
    valid: tuple[bytes, bytes],
    mutations: list[tuple[str, int, int, bytes]],
    recompute: bool,
) -> None:
    raw, data = valid
    buf = bytearray(raw)
    for kind, where, value, blob in mutations:
        pos = where % (len(buf) + 1)
        if kind == "flip" and pos < len(buf):
            buf[pos] ^= 1 << (value % 8)
        elif kind == "set" and pos < len(buf):
            buf[pos] = value
        elif kind == "insert":
            buf[pos:pos] = blob
        elif kind == "delete":
            del buf[pos : pos + 1 + value % 100]
        elif kind == "truncate":
            del buf[pos:]
    if recompute and len(buf) >= 14:
        h = header_size(buf)
        if 46 <= h <= len(buf):
            fix_checksum(buf)
    path = tmp_path / "mut.hbk"
    path.write_bytes(buf)
    out = _read_typed(path)
    # Either a typed error, or exactly the original plaintext (a no-op mutation).
    assert out is None or out == data
    if out is not None:
        assert bytes(buf[header_size(buf) :]) == raw[header_size(raw) :]


# --------------------------------------------------------------------------- the documented format


def test_independent_decoder_following_the_documented_format(tmp_path: Path) -> None:
    """Decode a container by hand, straight from docs/backup-format.md.

    This pins the byte layout, the key derivations, the nonce (prefix, counter,
    last flag) and the associated data, so the document and the code cannot drift.
    """
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    data = payload(2 * CHUNK + 5)
    raw_key = os.urandom(32)
    raw = make(tmp_path, data, raw_keys=(raw_key,), content_type="export-json").read_bytes()

    magic, version, hsize = struct.unpack_from(">8sHI", raw, 0)
    assert (magic, version) == (b"HJULETBK", 1)
    assert raw[hsize - 32 : hsize] == hashlib.sha256(raw[: hsize - 32]).digest()
    pos = 14
    ct_len = raw[pos]
    assert raw[pos + 1 : pos + 1 + ct_len] == b"export-json"
    pos += 1 + ct_len
    created, chunk_size, prefix, n_slots = struct.unpack_from(">QI7sB", raw, pos)
    pos += 20
    assert (
        chunk_size == CHUNK and n_slots == 2 and abs(created - datetime.now(UTC).timestamp()) < 60
    )

    # Slot 0: passphrase (kind 1), Argon2id(m, t, p, salt) -> AES-GCM(nonce, wrapped, AAD).
    assert raw[pos] == 1
    m, t, p = struct.unpack_from(">III", raw, pos + 1)
    salt, nonce = raw[pos + 13 : pos + 29], raw[pos + 29 : pos + 41]
    wrapped = raw[pos + 41 : pos + 89]
    aad = b"hjulet backup key slot v1\x00" + raw[pos : pos + 41]
    kek = Argon2id(salt=salt, length=32, iterations=t, lanes=p, memory_cost=m).derive(PASS.encode())
    file_key = AESGCM(kek).decrypt(nonce, wrapped, aad)
    pos += 89
    # Slot 1: raw key (kind 2), HKDF-SHA256(raw key, salt, info) -> AES-GCM.
    assert raw[pos] == 2
    salt, nonce, wrapped = (
        raw[pos + 1 : pos + 17],
        raw[pos + 17 : pos + 29],
        raw[pos + 29 : pos + 77],
    )
    kek = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=salt, info=b"hjulet backup raw-key slot v1"
    ).derive(raw_key)
    aad = b"hjulet backup key slot v1\x00" + raw[pos : pos + 29]
    assert AESGCM(kek).decrypt(nonce, wrapped, aad) == file_key
    pos += 77

    assert pos == hsize - 40
    length = int.from_bytes(raw[pos : pos + 8], "big")
    assert length == len(data)
    binding = hashlib.sha256(raw[:pos]).digest()
    chunk_key = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"hjulet backup chunks v1"
    ).derive(file_key)
    aead = AESGCM(chunk_key)
    out = b""
    offset = hsize
    for index in range(3):
        last = index == 2
        n = min(CHUNK, length - index * CHUNK) + 16
        chunk_nonce = prefix + index.to_bytes(4, "big") + (b"\x01" if last else b"\x00")
        chunk_aad = binding + length.to_bytes(8, "big") if last else binding
        out += aead.decrypt(chunk_nonce, raw[offset : offset + n], chunk_aad)
        offset += n
    assert offset == len(raw)
    assert out == data


def test_every_header_length_with_a_matching_checksum(tmp_path: Path) -> None:
    """Lie about the header length and forge the checksum there: only typed damage."""
    raw = make(tmp_path, payload(2 * CHUNK)).read_bytes()
    real = header_size(raw)
    bad = tmp_path / "len.hbk"
    for h in range(0, real + 200):
        if h == real:
            continue
        mutated = bytearray(raw)
        mutated[10:14] = h.to_bytes(4, "big")
        if 46 <= h <= len(mutated):
            fix_checksum(mutated)
        bad.write_bytes(mutated)
        with pytest.raises(VaultDamaged):
            restore(bad)
