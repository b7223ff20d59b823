"""The family's own view: stored apart, shared only by the guardian's choice, exported."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from hjulet import services
from hjulet.core.errors import InvalidInput
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.model import Answer, AreaEntry, EntryField
from hjulet.services import guardians
from hjulet.services.exchange import (
    EXPORT_VERSION,
    build_export,
    export_children,
    import_children,
)
from hjulet.storage import db
from hjulet.storage.keyslots import FAST_KDF
from tests.conftest import PASS


@pytest.fixture
def conv(vault, catalog):
    child = services.add_child(vault, name="Sami", code="G-1", birth_year=2014)
    conv = services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    services.save_entry(
        vault,
        conv.id,
        AreaEntry("trygg", answer=Answer.at(1), words="barnets ord", shared=frozenset()),
    )
    return conv


def _two_guardians(vault, conv_id):
    ar = guardians.start_guardian_view(vault, conv_id, GuardianRole.GUARDIAN_1, "ar")
    sv = guardians.start_guardian_view(vault, conv_id, GuardianRole.GUARDIAN_2, "sv")
    guardians.set_guardian_answer(vault, ar.id, "trygg", Answer.at(4))
    guardians.set_guardian_words(vault, ar.id, "trygg", "هو سعيد في البيت")
    guardians.set_guardian_shared(vault, ar.id, "trygg", GuardianItem.WORDS, True)
    guardians.set_guardian_answer(vault, sv.id, "trygg", Answer.at(2))
    guardians.set_guardian_words(vault, sv.id, "trygg", "Han sover dåligt")
    guardians.set_guardian_important(vault, sv.id, "Att han får vänner", shared=False)
    return ar, sv


def test_two_guardians_are_stored_apart_from_each_other_and_the_child(vault, conv):
    _two_guardians(vault, conv.id)
    views = guardians.guardian_views(vault, conv.id)
    assert [(v.role, v.language) for v in views] == [
        (GuardianRole.GUARDIAN_1, "ar"),
        (GuardianRole.GUARDIAN_2, "sv"),
    ]
    g1, g2 = views
    assert g1.entry("trygg").answer == Answer.at(4) and g2.entry("trygg").answer == Answer.at(2)
    assert g1.entry("trygg").shared == {GuardianItem.WORDS} and g2.entry("trygg").shared == set()
    assert g2.important == "Att han får vänner" and not g2.important_shared
    # the child's entry is untouched, and the old single guardian column is not used
    entry = services.get_conversation(vault, conv.id).entry("trygg")
    assert entry.answer == Answer.at(1) and entry.words == "barnets ord"
    assert not entry.guardian_answer.is_given
    # starting again for the same role returns the same view (one per role)
    again = guardians.start_guardian_view(vault, conv.id, "guardian_1", "ar")
    assert again.id == g1.id
    assert guardians.guardian_views_for_child(vault, conv.child_id) == {conv.id: views}


def test_bad_guardian_input_is_a_clear_problem(vault, conv):
    with pytest.raises(InvalidInput):
        guardians.start_guardian_view(vault, conv.id, "uncle", "sv")
    with pytest.raises(InvalidInput):
        guardians.start_guardian_view(vault, conv.id, "guardian_1", "xx")
    view = guardians.start_guardian_view(vault, conv.id, "guardian_1", "sv")
    with pytest.raises(InvalidInput):
        guardians.set_guardian_answer(vault, view.id, "trygg", Answer.at(9))
    with pytest.raises(InvalidInput):
        guardians.set_guardian_words(vault, view.id, "no-such-area", "x")
    with pytest.raises(InvalidInput):
        guardians.set_guardian_shared(vault, view.id, "trygg", EntryField.ADULT_NOTE, True)


def test_deleting_the_conversation_deletes_the_guardian_views(vault, conv):
    _two_guardians(vault, conv.id)
    services.delete_conversation(vault, conv.id)
    with vault.engine.connect() as c:
        for table in ("guardian_views", "guardian_entries"):
            assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table


def test_export_import_round_trips_both_guardians(vault, conv, tmp_path):
    _two_guardians(vault, conv.id)
    export_children(vault, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    assert doc["version"] == EXPORT_VERSION
    [g1, g2] = doc["children"][0]["conversations"][0]["guardian_views"]
    assert (g1["role"], g1["language"], g2["role"]) == ("guardian_1", "ar", "guardian_2")
    assert g1["entries"] == [
        {
            "area_id": "trygg",
            "answer": 4,
            "words": "هو سعيد في البيت",
            "shared": ["words"],
            "updated_at": g1["entries"][0]["updated_at"],
        }
    ]
    other, _ = services.create_vault(tmp_path / "other", PASS, name="O", kdf=FAST_KDF)
    try:
        import_children(other, tmp_path / "e.json")
        strip = lambda d: {k: v for k, v in d.items() if k != "exported_at"}  # noqa: E731
        assert strip(build_export(other)) == strip(build_export(vault))
        [conv2] = services.list_conversations(other, services.list_children(other)[0].child.id)
        views = guardians.guardian_views(other, conv2.id)
        assert [v.entry("trygg").words for v in views] == ["هو سعيد في البيت", "Han sover dåligt"]
    finally:
        other.close()


def test_an_old_export_without_guardian_views_still_imports(vault, conv, tmp_path):
    export_children(vault, tmp_path / "e.json")  # no guardian views yet
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    doc["version"] = 2
    assert "guardian_views" not in json.dumps(doc)
    (tmp_path / "old.json").write_text(json.dumps(doc), "utf-8")
    other, _ = services.create_vault(tmp_path / "other", PASS, name="O", kdf=FAST_KDF)
    try:
        result = import_children(other, tmp_path / "old.json")
        assert result.codes == ("G-1",)
        [c] = services.list_conversations(other, services.list_children(other)[0].child.id)
        assert guardians.guardian_views(other, c.id) == []
        assert c.entry("trygg").words == "barnets ord"
    finally:
        other.close()


def test_a_bad_guardian_view_in_an_import_is_listed(vault, conv, tmp_path):
    _two_guardians(vault, conv.id)
    export_children(vault, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    views = doc["children"][0]["conversations"][0]["guardian_views"]
    views[1]["role"] = "guardian_1"
    views[0]["entries"][0]["shared"] = ["adult_note"]
    (tmp_path / "bad.json").write_text(json.dumps(doc), "utf-8")
    other, _ = services.create_vault(tmp_path / "other", PASS, name="O", kdf=FAST_KDF)
    try:
        with pytest.raises(InvalidInput) as err:
            import_children(other, tmp_path / "bad.json")
        wheres = {p.where for p in err.value.problems}
        base = "children[0].conversations[0].guardian_views"
        assert f"{base}[1].role" in wheres and f"{base}[0].entries[0].shared[0]" in wheres
        assert services.list_children(other) == []
    finally:
        other.close()


def test_a_version_3_vault_gains_guardian_views(vault, vault_path, conv):
    """The guardian-view migration on a vault written before it; schema as if created fresh."""
    with vault.engine.connect() as c:
        fresh = sorted(
            tuple(r)
            for r in c.execute(
                text("SELECT name, type FROM sqlite_master WHERE name LIKE '%guardian%'")
            )
        )
    with vault.engine.begin() as c:
        c.execute(text("DROP TABLE guardian_entries"))
        c.execute(text("DROP TABLE guardian_views"))
        c.execute(text("PRAGMA user_version = 3"))
    vault.close()
    with services.open_vault(vault_path, PASS) as v:
        assert db.user_version(v.engine) == db.SCHEMA_VERSION
        with v.engine.connect() as c:
            migrated = sorted(
                tuple(r)
                for r in c.execute(
                    text("SELECT name, type FROM sqlite_master WHERE name LIKE '%guardian%'")
                )
            )
        assert migrated == fresh and len(fresh) >= 4
        view = guardians.start_guardian_view(v, conv.id, "other_caregiver", "so")
        guardians.set_guardian_words(v, view.id, "trygg", "ok")
        assert guardians.guardian_views(v, conv.id)[0].entry("trygg").words == "ok"


def test_backup_and_restore_keep_both_guardians(vault, conv, tmp_path):
    from hjulet.services.backup import backup_vault, restore_vault

    _two_guardians(vault, conv.id)
    backup_vault(vault, tmp_path / "b.hbk", passphrase=PASS, kdf=FAST_KDF)
    restore_vault(tmp_path / "b.hbk", tmp_path / "r", passphrase=PASS, kdf=FAST_KDF)
    with services.open_vault(tmp_path / "r", PASS) as v:
        assert guardians.guardian_views(v, conv.id) == guardians.guardian_views(vault, conv.id)


def test_the_demo_has_families_with_two_differing_guardian_views(demo_vault):
    vault = demo_vault  # filled by populate_demo (once per session, copied)
    by_child = {r.child.name: r.child for r in services.list_children(vault)}
    found = {}
    for name in ("Maryam", "Noah"):
        convs = guardians.guardian_views_for_child(vault, by_child[name].id)
        [views] = [v for v in convs.values() if v]
        found[name] = views
        g1, g2 = views
        assert (g1.role, g2.role) == (GuardianRole.GUARDIAN_1, GuardianRole.GUARDIAN_2)
        assert g1.answers() != g2.answers()  # two views, not one
    assert [v.language for v in found["Maryam"]] == ["ar", "sv"]


def test_guardian_views_in_an_export_follow_the_json_schema(vault, conv, tmp_path):
    jsonschema = pytest.importorskip("jsonschema")
    from pathlib import Path

    schema_path = Path(__file__).resolve().parents[2] / "docs" / "export.schema.json"
    schema = json.loads(schema_path.read_text("utf-8"))
    _two_guardians(vault, conv.id)
    export_children(vault, tmp_path / "e.json")
    doc = json.loads((tmp_path / "e.json").read_text("utf-8"))
    jsonschema.Draft202012Validator(schema).validate(doc)
    view = doc["children"][0]["conversations"][0]["guardian_views"][0]
    view["entries"][0]["shared"] = ["adult_note"]  # a guardian shares only their own items
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(doc)
    view["entries"][0]["shared"] = []
    view["role"] = "mother"  # roles only, never who the person is
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(schema).validate(doc)


def test_deleting_the_child_deletes_the_guardian_views(vault, conv):
    _two_guardians(vault, conv.id)
    services.delete_child(vault, conv.child_id)
    with vault.engine.connect() as c:
        for table in ("guardian_views", "guardian_entries"):
            assert c.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0, table


def test_starting_again_keeps_the_guardians_language_unless_one_is_given(vault, conv):
    ar = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1, "ar")
    guardians.set_guardian_answer(vault, ar.id, "trygg", Answer.at(3))
    again = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1)
    assert again.id == ar.id and again.language == "ar"
    assert guardians.get_guardian_view(vault, ar.id).language == "ar"
    # chosen on purpose (the hand-over dialog passes the adult's choice): changed
    so = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1, "so")
    assert so.id == ar.id and guardians.get_guardian_view(vault, ar.id).language == "so"
    assert so.entry("trygg").answer == Answer.at(3)
    # a new view with no language given is Swedish
    new = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_2)
    assert new.language == "sv"


def test_a_guardians_per_click_writes_return_what_the_vault_holds(vault, conv):
    view = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1)
    assert view.id is not None
    area = conv.definition.area_ids[0]
    changed = [
        guardians.set_guardian_answer(vault, view.id, area, Answer.at(2)),
        guardians.set_guardian_words(vault, view.id, area, "  Glad\u202e "),
        guardians.set_guardian_shared(vault, view.id, area, GuardianItem.WORDS, True),
        guardians.set_guardian_important(vault, view.id, "Trygghet", None),
        guardians.set_guardian_important(vault, view.id, None, True),
    ]
    stored = guardians.get_guardian_view(vault, view.id)
    assert changed[-1] == stored
    entry = stored.entry(area)
    assert (entry.answer, entry.words, entry.shared) == (Answer.at(2), "Glad", {GuardianItem.WORDS})
    assert (stored.important, stored.important_shared) == ("Trygghet", True)
    assert [v.entry(area).updated_at is not None for v in changed[:3]] == [True] * 3


def test_a_guardians_refused_writes_change_nothing(vault, conv):
    from hjulet.core.errors import NotFound
    from hjulet.core.model import MAX_TEXT

    view = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1)
    assert view.id is not None
    area = conv.definition.area_ids[0]
    guardians.set_guardian_words(vault, view.id, area, "Glad")
    before = guardians.get_guardian_view(vault, view.id)
    too_long = "x" * (MAX_TEXT + 1)
    refused = [
        (InvalidInput, lambda: guardians.set_guardian_answer(vault, view.id, area, Answer.at(99))),
        (InvalidInput, lambda: guardians.set_guardian_answer(vault, view.id, "nope", Answer.at(1))),
        (InvalidInput, lambda: guardians.set_guardian_words(vault, view.id, area, too_long)),
        (InvalidInput, lambda: guardians.set_guardian_shared(vault, view.id, area, "hard", True)),
        (InvalidInput, lambda: guardians.set_guardian_important(vault, view.id, too_long)),
        (NotFound, lambda: guardians.set_guardian_words(vault, 999_999, area, "x")),
        (NotFound, lambda: guardians.set_guardian_important(vault, 999_999, None, True)),
        (InvalidInput, lambda: guardians.set_guardian_important(vault, view.id, 5, None)),
    ]  # fmt: skip
    for error, write in refused:
        with pytest.raises(error):
            write()
    assert guardians.get_guardian_view(vault, view.id) == before
