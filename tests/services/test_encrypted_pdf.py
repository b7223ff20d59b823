"""A summary carried encrypted: written into the container, read back only in memory."""

from __future__ import annotations

import pytest

from hjulet.core.errors import InvalidInput, VaultDamaged, WrongPassphrase
from hjulet.services.summary import read_encrypted_pdf, write_encrypted_pdf
from hjulet.storage.container import write_container
from hjulet.storage.keyslots import FAST_KDF

PDF = b"%PDF-1.4\n% Hjulet test\n" + b"Barnets egna ord: Zebulonvaxter" + b"\n%%EOF\n"


def test_round_trip_and_nothing_readable_on_disk(tmp_path):
    out = write_encrypted_pdf(tmp_path / "summary.hbk", PDF, "mötets lösenfras", kdf=FAST_KDF)
    assert b"Zebulonvaxter" not in out.read_bytes() and b"%PDF" not in out.read_bytes()
    assert read_encrypted_pdf(out, "mötets lösenfras") == PDF
    with pytest.raises(WrongPassphrase):
        read_encrypted_pdf(out, "fel")


def test_other_containers_and_damage_are_refused(tmp_path):
    other = tmp_path / "backup.hbk"
    write_container(other, [PDF], passphrase="x" * 10, kdf=FAST_KDF, content_type="export-json")
    with pytest.raises(InvalidInput):
        read_encrypted_pdf(other, "x" * 10)
    not_pdf = tmp_path / "fake.hbk"
    write_container(not_pdf, [b"hello"], passphrase="x" * 10, kdf=FAST_KDF, content_type="pdf")
    with pytest.raises(VaultDamaged):
        read_encrypted_pdf(not_pdf, "x" * 10)
    good = write_encrypted_pdf(tmp_path / "s.hbk", PDF, "x" * 10, kdf=FAST_KDF)
    data = bytearray(good.read_bytes())
    data[-5] ^= 1
    good.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        read_encrypted_pdf(good, "x" * 10)
