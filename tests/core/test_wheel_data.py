"""Wheel definitions and scales as data: shipped files, validation, round trips."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from hjulet.core.catalog import SCALE_FOR_TIER, load_catalog
from hjulet.core.errors import DefinitionError
from hjulet.core.model import AgeTier
from hjulet.core.scales import scale_from_dict
from hjulet.core.wheel import ReviewStatus, definition_from_dict, load_definition

SWEDISH_AREAS = [
    "Trygg",
    "Må bra",
    "Utvecklas",
    "Omvårdad",
    "Aktiv",
    "Respekterad",
    "Ansvarstagande",
    "Delaktig",
]


def test_shipped_definitions_and_scales_load_cleanly(catalog):
    assert catalog.problems == []
    wheel = catalog.definition("barnets-basta-hjulet")
    assert [a.label_in("sv") for a in wheel.areas] == SWEDISH_AREAS
    assert [a.label_in("en") for a in wheel.areas][:3] == ["Safe", "Healthy", "Achieving"]
    assert wheel.is_rtl("ar") and not wheel.is_rtl("sv")
    assert wheel.review_status("sv") is ReviewStatus.REVIEWED
    assert wheel.review_status("ar") is ReviewStatus.DRAFT
    shanarri = catalog.definition("shanarri")
    assert shanarri.default_language == "en"
    assert len(shanarri.areas) == 8
    for tier, scale_id in SCALE_FOR_TIER.items():
        assert catalog.scale_for(tier).id == scale_id
    assert catalog.scale_for(AgeTier.YOUNG).size == 3
    assert catalog.scale_for(AgeTier.TEEN).show_numbers


def test_every_child_text_exists_in_swedish_and_english(catalog):
    wheel = catalog.definition()
    for area in wheel.areas:
        for lang in ("sv", "en", "ar"):
            assert lang in area.label and lang in area.question, (area.id, lang)
    for scale in catalog.scales.values():
        for step in scale.steps:
            assert {"sv", "en"} <= set(step.label)
        assert scale.declined_label["sv"] == "Vill inte svara"
        assert scale.dont_know_label["sv"] == "Vet inte"


def test_round_trip_through_dict_is_exact(catalog):
    for wheel in catalog.definitions.values():
        assert definition_from_dict(wheel.to_dict()) == wheel
    for scale in catalog.scales.values():
        assert scale_from_dict(scale.to_dict()) == scale


def test_problems_name_field_and_what_is_wrong(catalog):
    data = copy.deepcopy(catalog.definition().to_dict())
    data["areas"][2]["colour"] = "blue"
    data["areas"][5]["id"] = data["areas"][4]["id"]
    del data["areas"][0]["label"]["sv"]
    with pytest.raises(DefinitionError) as err:
        definition_from_dict(data, "org/wheel.toml")
    text = str(err.value)
    assert text.startswith("org/wheel.toml: ")
    wheres = {p.where for p in err.value.problems}
    assert {"areas[2].colour", "areas[5].id", "areas[0].label"} <= wheres


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d.update(format=99),
        lambda d: d.update(areas=[]),
        lambda d: d.update(areas="x"),
        lambda d: d["areas"].__setitem__(0, 7),
        lambda d: d.update(languages={}),
        lambda d: d["languages"]["sv"].update(review="great"),
        lambda d: d["areas"][0]["label"].update(xx_bad=""),
    ],
)
def test_invalid_definitions_raise_definition_error(catalog, mutate):
    data = copy.deepcopy(catalog.definition().to_dict())
    mutate(data)
    with pytest.raises(DefinitionError):
        definition_from_dict(data)


def test_organisation_definition_overrides_and_broken_files_are_reported(tmp_path: Path, catalog):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    src = Path(__file__).resolve().parents[2] / "resources" / "wheels" / "barnets-basta-hjulet.toml"
    text = src.read_text(encoding="utf-8").replace('sv = "Trygg"', 'sv = "Tryggt"')
    (wheels / "ours.toml").write_text(text, encoding="utf-8")
    (wheels / "broken.toml").write_text("id = [", encoding="utf-8")
    cat = load_catalog((tmp_path,))
    assert cat.definition().areas[0].label_in("sv") == "Tryggt"
    assert len(cat.problems) == 1 and "broken.toml" in str(cat.problems[0])


def test_scale_steps_must_run_from_one(catalog):
    data = copy.deepcopy(catalog.scale("steps4").to_dict())
    data["steps"][0]["value"] = 2
    with pytest.raises(DefinitionError, match=r"steps\[0\]\.value"):
        scale_from_dict(data)


def test_load_definition_reports_unreadable_files(tmp_path: Path):
    bad = tmp_path / "w.toml"
    bad.write_bytes(b"\xff\xfe not utf8")
    with pytest.raises(DefinitionError, match="UTF-8"):
        load_definition(bad)
    with pytest.raises(DefinitionError, match="cannot be read"):
        load_definition(tmp_path / "missing.toml")
