"""Hostile input (Hypothesis): only our typed errors, in bounded time; odd text is safe."""

from __future__ import annotations

import contextlib
import json
import time
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hjulet import services
from hjulet.core.catalog import load_catalog
from hjulet.core.errors import DefinitionError, HjuletError, InvalidInput
from hjulet.core.model import AreaEntry
from hjulet.core.text import BIDI_CONTROLS
from hjulet.core.wheel import definition_from_dict
from hjulet.services.backup import backup_vault, restore_vault
from hjulet.services.exchange import (
    build_export,
    import_children,
    parse_export_bytes,
    validate_export,
)
from hjulet.storage.keyslots import FAST_KDF

PASS = "hostile pass 1"
FAST = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.text(max_size=30),
    lambda kids: (
        st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=12), kids, max_size=4)
    ),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    base = tmp_path_factory.mktemp("hostile")
    catalog = load_catalog()
    vault, _ = services.create_vault(base / "v", PASS, kdf=FAST_KDF)
    child = services.add_child(vault, name="Fuzz", code="F-1")
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    services.save_entry(vault, conv.id, AreaEntry("trygg", words="ord"))
    backup_vault(vault, base / "b.hbk", passphrase=PASS, kdf=FAST_KDF, chunk_size=4096)
    doc = build_export(vault)
    yield base, vault, (base / "b.hbk").read_bytes(), doc
    vault.close()


def _mutate(data: bytes, ops: list[tuple[int, int, int]]) -> bytes:
    out = bytearray(data)
    for kind, pos, value in ops:
        if not out:
            break
        pos %= len(out)
        if kind == 0:
            out[pos] ^= 1 << (value % 8)
        elif kind == 1:
            del out[pos:]
        elif kind == 2:
            out[pos:pos] = bytes([value % 256]) * (1 + value % 50)
        else:
            del out[pos : pos + 1 + value % 100]
    return bytes(out)


MUTATIONS = st.lists(
    st.tuples(st.integers(0, 3), st.integers(0, 1 << 30), st.integers(0, 255)),
    min_size=1,
    max_size=4,
)


@FAST
@given(data=st.binary(max_size=600) | MUTATIONS)
def test_backup_files_raise_only_typed_errors(world, data, tmp_path_factory):
    _base, _vault, good, _doc = world
    raw = data if isinstance(data, bytes) else _mutate(good, data)
    src = tmp_path_factory.mktemp("f") / "x.hbk"
    src.write_bytes(raw)
    target = src.parent / "target"
    t = time.perf_counter()
    try:
        restore_vault(src, target, passphrase=PASS, kdf=FAST_KDF)
    except HjuletError:
        assert not target.exists()
    else:
        assert raw == good or target.exists()
    assert time.perf_counter() - t < 10


def _replace_somewhere(doc, path: list[int], value):
    node = doc
    for step in path[:-1]:
        kids = (
            list(node.values())
            if isinstance(node, dict)
            else node
            if isinstance(node, list)
            else []
        )
        if not kids or not isinstance(kids[step % len(kids)], dict | list):
            break
        node = kids[step % len(kids)]
    if isinstance(node, dict) and node:
        key = list(node)[path[-1] % len(node)]
        node[key] = value
    elif isinstance(node, list) and node:
        node[path[-1] % len(node)] = value


@FAST
@given(path=st.lists(st.integers(0, 50), min_size=1, max_size=8), value=JSON)
def test_mutated_exports_raise_only_invalid_input(world, path, value):
    _base, _vault, _good, doc = world
    bad = json.loads(json.dumps(doc))
    _replace_somewhere(bad, path, value)
    t = time.perf_counter()
    try:
        validate_export(bad)
    except InvalidInput as exc:
        assert exc.problems and all(p.what for p in exc.problems)
    assert time.perf_counter() - t < 5


@FAST
@given(raw=st.binary(max_size=400) | JSON.map(lambda v: json.dumps(v).encode()))
def test_arbitrary_import_bytes_raise_only_invalid_input(raw):
    with contextlib.suppress(InvalidInput):
        validate_export(parse_export_bytes(raw))


@pytest.mark.parametrize("text", ["[" * 100_000, '{"a":' * 50_000, "1" * 100_000, '"\\ud800"'])
def test_pathological_json_is_invalid_input(text):
    with pytest.raises(InvalidInput):
        validate_export(parse_export_bytes(text.encode()))


@FAST
@given(path=st.lists(st.integers(0, 50), min_size=1, max_size=6), value=JSON)
def test_wheel_definitions_raise_only_definition_errors(path, value):
    good = load_catalog().definition().to_dict()
    bad = json.loads(json.dumps(good))
    _replace_somewhere(bad, path, value)
    with contextlib.suppress(DefinitionError):
        definition_from_dict(bad, "fuzz")


ODD = {
    "bidi": "Ali\u202ecba\u202c\u2066x\u2069",
    "zero-width": "A\u200bl\u200cv\u2060a\ufeff",
    "emoji": "Noah 👩‍👩‍👧 🏳️‍🌈",
    "nfd": unicodedata.normalize("NFD", "Åsa Öberg Ærø"),
    "arabic": "مريم \u200f",
}


@pytest.mark.parametrize("kind", sorted(ODD))
def test_odd_text_is_stored_exported_imported_and_printed_safely(world, kind, tmp_path, catalog):
    _base, _vault, _good, _doc = world
    vault, _ = services.create_vault(tmp_path / "v", PASS, kdf=FAST_KDF)
    long_words = (ODD[kind] + " ") * (50_000 // (len(ODD[kind]) + 1))
    with vault:
        child = services.add_child(vault, name=ODD[kind], code=f"ODD-{kind}")
        conv = services.start_conversation(
            vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
        )
        services.save_entry(vault, conv.id, AreaEntry("trygg", words=long_words))
        stored = services.get_child(vault, child.id).name
        words = services.get_conversation(vault, conv.id).entry("trygg").words
        doc = build_export(vault)
    assert not set(stored) & BIDI_CONTROLS and "\u200b" not in stored
    assert unicodedata.is_normalized("NFC", stored) and stored
    assert 0 < len(words) <= 50_000 and not set(words) & BIDI_CONTROLS
    (tmp_path / "e.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    other, _ = services.create_vault(tmp_path / "o", PASS, kdf=FAST_KDF)
    with other:
        import_children(other, tmp_path / "e.json")
        again = build_export(other)
    doc.pop("exported_at"), again.pop("exported_at")
    assert again == doc
    from tests.cli.run import run_cli

    pw = tmp_path / "pw"
    pw.write_text(PASS)
    run = run_cli("--basedir", str(tmp_path / "b"), "list", str(tmp_path / "o"),
                  "--passphrase-file", str(pw))  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert not set(run.stdout) & BIDI_CONTROLS and stored[:5] in run.stdout


def test_too_large_import_file_is_refused_before_parsing(tmp_path, monkeypatch):
    import hjulet.services.exchange as exchange
    import hjulet.services.exchange.read as reading

    monkeypatch.setattr(reading, "MAX_FILE_BYTES", 1000)
    big = Path(tmp_path / "big.json")
    big.write_text(json.dumps({"format": "hjulet-export", "x": "a" * 2000}))
    with pytest.raises(InvalidInput, match="larger than"):
        exchange.read_export(big)
