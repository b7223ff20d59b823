"""Export and import: the documented format, every problem listed, one transaction."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from hjulet import services
from hjulet.core.errors import InvalidInput, NotFound, VaultDamaged, WrongPassphrase
from hjulet.core.model import (
    Answer,
    AreaEntry,
    AuditAction,
    Consent,
    ConsentForm,
    ConsentGiver,
    EntryField,
    SipAction,
    SipPlan,
)
from hjulet.services.backup import backup_vault
from hjulet.services.exchange import (
    EXPORT_VERSION,
    build_export,
    export_children,
    export_then_delete,
    import_children,
    read_export,
)
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "export.schema.json"


def _without_time(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "exported_at"}


@pytest.fixture
def demo(demo_vault):
    return demo_vault


@pytest.fixture
def other(tmp_path):
    v, _ = services.create_vault(tmp_path / "other", PASS, name="Other", kdf=FAST_KDF)
    yield v
    v.close()


def test_export_import_export_is_identical(demo, other, tmp_path):
    info = export_children(demo, tmp_path / "e.json")
    assert info.children == 8 and not info.encrypted
    result = import_children(other, tmp_path / "e.json")
    assert len(result.codes) == 8
    assert _without_time(build_export(demo)) == _without_time(build_export(other))
    assert [e.action for e in services.list_audit(other)].count(AuditAction.IMPORTED) == 8
    assert [e.action for e in services.list_audit(demo)].count(AuditAction.EXPORTED) == 8


def test_export_holds_everything_but_the_audit_log(vault, catalog, tmp_path):
    child = services.add_child(vault, name="Mira", code="M-1", birth_year=2015)
    conv = services.start_conversation(
        vault,
        child.id,
        definition=catalog.definition(),
        scale=catalog.scale("steps4"),
        place="Skolan",
        present="Kurator",
    )
    services.update_conversation(vault, conv.id, important_to_me="Min katt")
    services.save_entry(
        vault,
        conv.id,
        AreaEntry(
            "trygg",
            answer=Answer.at(3),
            words="ord",
            good="bra",
            hard="svårt",
            wish="önskan",
            help_from="mamma",
            adult_note="vuxen",
            adult_answer=Answer.at(2),
            shared=frozenset({EntryField.WORDS, EntryField.ANSWER}),
        ),
    )
    services.add_consent(
        vault,
        Consent(
            None,
            child.id,
            ConsentGiver.CHILD,
            ("BUP",),
            ConsentForm.ORAL,
            date(2025, 1, 2),
            giver_name="Mira",
        ),
    )
    services.save_sip_plan(
        vault,
        SipPlan(
            child.id, question="Fråga", actions=(SipAction("Skolan", "Hjälp", date(2025, 3, 1)),)
        ),
    )
    export_children(vault, tmp_path / "e.json", codes=["M-1"])
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    assert doc["format"] == "hjulet-export" and doc["version"] == EXPORT_VERSION
    assert "audit" not in json.dumps(doc)
    c = doc["children"][0]
    entry = c["conversations"][0]["entries"][0]
    assert (
        entry["answer"] == 3
        and entry["adult_answer"] == 2
        and entry["shared"] == ["answer", "words"]
    )
    assert c["conversations"][0]["important_to_me"] == "Min katt"
    assert c["consents"][0]["recipients"] == ["BUP"]
    assert c["sip_plan"]["actions"] == [{"who": "Skolan", "what": "Hjälp", "by": "2025-03-01"}]
    kinds = sorted(d["kind"] for d in doc["definitions"].values())
    assert kinds == ["scale", "wheel"]
    with pytest.raises(NotFound):
        export_children(vault, tmp_path / "x.json", codes=["NO-SUCH"])


def test_exports_validate_against_the_json_schema(demo, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text("utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    export_children(demo, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    # every shareable item is in the schema, the noted guardian answer's flag included
    entry = doc["children"][0]["conversations"][0]["entries"][0]
    entry["shared"] = sorted(f.value for f in EntryField)
    jsonschema.Draft202012Validator(schema).validate(doc)
    doc["children"][0]["conversations"][0]["entries"][0]["answer"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(doc)


def test_every_problem_is_listed_with_where_and_what_and_nothing_written(demo, other, tmp_path):
    export_children(demo, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    doc["children"][1]["conversations"][0]["entries"][0]["answer"] = 7
    doc["children"][2]["birth_year"] = "2015"
    doc["children"][3]["consents"] = [
        {"given_by": "aunt", "recipients": [], "form": "oral", "given_on": "2025-02-30"}
    ]
    doc["children"][4]["conversations"][0]["definition"] = "missing"
    doc["children"][5]["code"] = doc["children"][0]["code"]
    doc["children"][6]["colour"] = "red"
    (tmp_path / "bad.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "bad.json")
    problems = [str(p) for p in info.value.problems]
    assert any(
        p.startswith("children[1].conversations[0].entries[0].answer: level 7 is outside 1 to")
        for p in problems
    ), problems
    assert "children[2].birth_year: must be a plausible year or null" in problems
    assert (
        "children[3].consents[0].given_by: is not one of child, guardian_1, guardian_2, "
        "other_caregiver" in problems
    )
    assert "children[3].consents[0].recipients: must have at least one item" in problems
    assert "children[3].consents[0].given_on: is not a valid date" in problems
    assert (
        "children[4].conversations[0].definition: "
        "does not name a wheel under 'definitions'" in problems
    )
    assert any(p.startswith("children[5].code:") and "children[0]" in p for p in problems)
    assert "children[6].colour: is not a known field" in problems
    assert services.list_children(other, include_archived=True) == []


def test_a_definition_in_an_import_file_has_its_words_named_never_repeated(demo, other, tmp_path):
    """A wheel's own checker names the wrong value it read (useful in an organisation's
    file); from an import file that value could be a child's name, so it is left out."""
    export_children(demo, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    wheel = next(d["body"] for d in doc["definitions"].values() if d["kind"] == "wheel")
    wheel["id"] = "Greta Svensson"
    wheel["default_language"] = "Greta"
    wheel["areas"][0]["label"]["Greta Berg"] = "x"
    wheel["areas"][1]["id"] = wheel["areas"][2]["id"] = "greta"
    scale = next(d["body"] for d in doc["definitions"].values() if d["kind"] == "scale")
    scale["tier"] = "Greta"
    (tmp_path / "bad.json").write_text(json.dumps(doc), "utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "bad.json")
    problems = [str(p) for p in info.value.problems]
    text = "\n".join(problems)
    assert "Greta" not in text and "greta" not in text, text
    assert any(p.endswith(".body.id: has an invalid value …") for p in problems), problems
    assert any(p.endswith(".body.areas[0].label: has an invalid language code …") for p in problems)
    assert any(p.endswith(".body.areas[2].id: … is used twice") for p in problems), problems
    # the program's own list of allowed words is still named
    assert any(p.endswith(".body.tier: must be one of young, middle, teen") for p in problems), (
        problems
    )


def test_conflicting_codes_are_reported_not_merged(demo, other, tmp_path):
    export_children(demo, tmp_path / "e.json", codes=["DEMO-001", "DEMO-002"])
    services.add_child(other, name="Någon annan", code="DEMO-002")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "e.json")
    assert [str(p) for p in info.value.problems] == [
        "children[1].code: is already used by a child in this vault"
    ]
    assert [r.child.code for r in services.list_children(other)] == ["DEMO-002"]
    assert services.list_children(other)[0].child.name == "Någon annan"


def test_encrypted_export_round_trip_and_its_errors(demo, other, tmp_path):
    out = tmp_path / "e.hbk"
    info = export_children(demo, out, passphrase="export pass 1", kdf=FAST_KDF)
    assert info.encrypted
    assert b"DEMO-001" not in out.read_bytes()
    with pytest.raises(WrongPassphrase):
        import_children(other, out)
    with pytest.raises(WrongPassphrase):
        import_children(other, out, passphrase="wrong")
    data = bytearray(out.read_bytes())
    data[-20] ^= 1
    (tmp_path / "bad.hbk").write_bytes(bytes(data))
    with pytest.raises(VaultDamaged):
        import_children(other, tmp_path / "bad.hbk", passphrase="export pass 1")
    backup_vault(demo, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    with pytest.raises(InvalidInput):
        import_children(other, tmp_path / "b.hbk", passphrase=PASS)
    assert services.list_children(other) == []
    import_children(other, out, passphrase="export pass 1")
    assert len(services.list_children(other)) == 8


def test_export_then_delete_verifies_before_deleting(demo, tmp_path):
    child = services.find_child(demo, "DEMO-003")
    info = export_then_delete(
        demo, child.id, tmp_path / "gallring.hbk", passphrase="x pass 12", kdf=FAST_KDF
    )
    assert info.children == 1
    with pytest.raises(NotFound):
        services.find_child(demo, "DEMO-003")
    doc = read_export(tmp_path / "gallring.hbk", passphrase="x pass 12")
    assert [c["code"] for c in doc["children"]] == ["DEMO-003"]
    actions = [(e.action, e.child_code) for e in services.list_audit(demo, child_code="DEMO-003")]
    assert actions[-2:] == [
        (AuditAction.EXPORTED, "DEMO-003"),
        (AuditAction.CHILD_DELETED, "DEMO-003"),
    ]


def test_export_then_delete_keeps_the_child_when_the_file_cannot_be_written(demo, tmp_path):
    child = services.find_child(demo, "DEMO-004")
    with pytest.raises(OSError):
        export_then_delete(demo, child.id, tmp_path / "no-such-folder" / "x.json")
    assert services.find_child(demo, "DEMO-004").id == child.id


def test_cli_export_import(demo, vault_path, tmp_path):
    from tests.services.test_backup import _cli

    demo.close()
    pw, epw = tmp_path / "pw", tmp_path / "epw"
    pw.write_text(PASS + "\n")
    epw.write_text("export pass 1\n")
    base = ["--basedir", str(tmp_path / "base")]
    code, text, _ = _cli(
        *base,
        "export",
        str(vault_path),
        "--out",
        str(tmp_path / "e.json"),
        "--child",
        "DEMO-001",
        "--passphrase-file",
        str(pw),
    )
    assert code == 0 and "not encrypted" in text
    code, text, _ = _cli(
        *base,
        "export",
        str(vault_path),
        "--out",
        str(tmp_path / "e.hbk"),
        "--encrypt",
        "--export-passphrase-file",
        str(epw),
        "--passphrase-file",
        str(pw),
    )
    assert code == 0 and "not encrypted" not in text
    v, _ = services.create_vault(tmp_path / "v2", PASS, kdf=FAST_KDF)
    v.close()
    code, text, _ = _cli(
        *base,
        "import",
        str(tmp_path / "v2"),
        str(tmp_path / "e.json"),
        "--passphrase-file",
        str(pw),
    )
    assert code == 0 and "1 children" in text
    code, _, err = _cli(
        *base,
        "import",
        str(tmp_path / "v2"),
        str(tmp_path / "e.json"),
        "--passphrase-file",
        str(pw),
    )
    assert code == 5 and "already used" in err
    code, _, err = _cli(
        *base,
        "import",
        str(tmp_path / "v2"),
        str(tmp_path / "e.hbk"),
        "--passphrase-file",
        str(pw),
        "--import-passphrase-file",
        str(pw),
    )
    assert code == 3
    code, _, err = _cli(
        *base,
        "export",
        str(vault_path),
        "--out",
        str(tmp_path / "x.json"),
        "--child",
        "NOPE",
        "--passphrase-file",
        str(pw),
    )
    assert code == 5 and "NOPE" in err


def test_form_of_address_travels_and_version_1_exports_still_import(vault, other, tmp_path):
    from dataclasses import replace

    from hjulet.core.languages import AddressForm

    child = services.add_child(vault, code="F-1", languages=("ar", "sv"))
    services.update_child(vault, replace(child, address_form=AddressForm.GIRL))
    export_children(vault, tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert data["version"] == EXPORT_VERSION and data["children"][0]["address_form"] == "girl"
    # the same file as version 1 wrote it: no address_form
    del data["children"][0]["address_form"]
    data["version"] = 1
    (tmp_path / "v1.json").write_text(json.dumps(data), encoding="utf-8")
    import_children(other, tmp_path / "v1.json")
    [row] = services.list_children(other)
    assert row.child.code == "F-1" and row.child.address_form is AddressForm.UNSPECIFIED
    data["version"] = 2
    data["children"][0]["address_form"] = "aunt"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "bad.json")
    assert any(p.where.endswith("address_form") for p in info.value.problems)


def test_the_childs_own_sharing_choices_travel_and_version_3_exports_still_import(
    vault, other, tmp_path, catalog
):
    child = services.add_child(vault, code="D-1", name="Dana")
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    services.set_text(vault, conv.id, "trygg", EntryField.WORDS, "mina ord")
    services.set_shared(vault, conv.id, "trygg", EntryField.WORDS, True, by_child=True)
    services.set_shared(vault, conv.id, "trygg", EntryField.ANSWER, False, by_child=True)
    services.set_shared(vault, conv.id, "trygg", EntryField.ADULT_NOTE, True)  # the adult's
    export_children(vault, tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert data["version"] == EXPORT_VERSION == 6
    [entry] = data["children"][0]["conversations"][0]["entries"]
    assert entry["child_decided"] == ["answer", "words"]
    assert entry["shared"] == ["adult_note", "words"]
    import_children(other, tmp_path / "e.json")
    [row] = services.list_children(other)
    [back] = services.list_conversations(other, row.child.id)
    got = back.entry("trygg")
    assert got.child_decided == {EntryField.WORDS, EntryField.ANSWER}
    assert got.shared == {EntryField.WORDS, EntryField.ADULT_NOTE}
    # as version 3 wrote it: no child_decided; it imports with no choice marked the child's
    del entry["child_decided"]
    data["version"] = 3
    data["children"][0]["code"] = "D-2"
    (tmp_path / "v3.json").write_text(json.dumps(data), encoding="utf-8")
    import_children(other, tmp_path / "v3.json")
    d2 = next(r for r in services.list_children(other) if r.child.code == "D-2")
    [old] = services.list_conversations(other, d2.child.id)
    assert old.entry("trygg").child_decided == frozenset()
    assert old.entry("trygg").shared == {EntryField.WORDS, EntryField.ADULT_NOTE}
    # a made-up item is listed, and nothing is written
    entry["child_decided"] = ["words", "diary"]
    data["children"][0]["code"] = "D-3"
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "bad.json")
    assert [p.where for p in info.value.problems] == [
        "children[0].conversations[0].entries[0].child_decided[1]"
    ]


def test_sole_custody_travels_and_version_4_exports_still_import(vault, other, tmp_path):
    child = services.add_child(vault, code="S-1")

    def guardian(giver: ConsentGiver, sole: bool) -> Consent:
        return Consent(
            None,
            child.id,
            giver,
            ("BUP",),
            ConsentForm.WRITTEN,
            date(2025, 1, 2),
            sole_custody=sole,
        )

    services.add_consent(vault, guardian(ConsentGiver.GUARDIAN_2, True))
    services.add_consent(vault, guardian(ConsentGiver.GUARDIAN_1, False))
    export_children(vault, tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert [c["sole_custody"] for c in data["children"][0]["consents"]] == [True, False]
    import_children(other, tmp_path / "e.json")
    [row] = services.list_children(other)
    assert [c.sole_custody for c in services.list_consents(other, row.child.id)] == [True, False]
    # as version 4 wrote it: no sole_custody; every consent is then one of two guardians'
    for c in data["children"][0]["consents"]:
        del c["sole_custody"]
    data["version"] = 4
    data["children"][0]["code"] = "S-2"
    (tmp_path / "v4.json").write_text(json.dumps(data), encoding="utf-8")
    import_children(other, tmp_path / "v4.json")
    s2 = next(r for r in services.list_children(other) if r.child.code == "S-2")
    assert [c.sole_custody for c in services.list_consents(other, s2.child.id)] == [False, False]
    # only a guardian can be recorded as having sole custody
    data["version"] = 5
    data["children"][0]["code"] = "S-3"
    data["children"][0]["consents"][0].update(given_by="child", sole_custody=True)
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "bad.json")
    assert [p.where for p in info.value.problems] == ["children[0].consents[0].sole_custody"]
    with pytest.raises(InvalidInput):
        services.add_consent(vault, replace(guardian(ConsentGiver.CHILD, False), sole_custody=True))


def test_an_other_caregivers_consent_travels_and_version_5_exports_import_unchanged(
    vault, other, tmp_path
):
    child = services.add_child(vault, code="C-1")

    def given(giver: ConsentGiver) -> Consent:
        return Consent(None, child.id, giver, ("BUP",), ConsentForm.ORAL, date(2025, 1, 2))

    services.add_consent(vault, given(ConsentGiver.CHILD))
    services.add_consent(vault, given(ConsentGiver.OTHER_CAREGIVER))
    export_children(vault, tmp_path / "e.json")
    data = json.loads((tmp_path / "e.json").read_text(encoding="utf-8"))
    assert data["version"] == EXPORT_VERSION == 6
    assert [c["given_by"] for c in data["children"][0]["consents"]] == ["child", "other_caregiver"]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text("utf-8"))).validate(data)
    import_children(other, tmp_path / "e.json")
    [row] = services.list_children(other)
    back = services.list_consents(other, row.child.id)
    assert [c.given_by for c in back] == [ConsentGiver.CHILD, ConsentGiver.OTHER_CAREGIVER]
    # a version 5 file, as an older Hjulet wrote it (no other caregiver), imports unchanged
    old = json.loads(json.dumps(data))
    old["version"] = 5
    old["children"][0]["code"] = "C-2"
    old["children"][0]["consents"] = old["children"][0]["consents"][:1]
    (tmp_path / "v5.json").write_text(json.dumps(old), encoding="utf-8")
    import_children(other, tmp_path / "v5.json")
    c2 = next(r for r in services.list_children(other) if r.child.code == "C-2")
    [kept] = services.list_consents(other, c2.child.id)
    assert kept.given_by is ConsentGiver.CHILD and kept.form is ConsentForm.ORAL
    # a caregiver is not a guardian: a file recording sole custody on their consent is refused
    data["children"][0]["code"] = "C-3"
    data["children"][0]["consents"][1]["sole_custody"] = True
    (tmp_path / "bad.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "bad.json")
    assert [p.where for p in info.value.problems] == ["children[0].consents[1].sole_custody"]
    # a file from a Hjulet newer still is refused with "update Hjulet"
    data["version"] = EXPORT_VERSION + 1
    (tmp_path / "new.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InvalidInput) as info:
        import_children(other, tmp_path / "new.json")
    assert [p.where for p in info.value.problems] == ["version"]
