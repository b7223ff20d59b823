"""Child-mode texts and the concern routine as data: shipped files load, broken ones say why."""

from __future__ import annotations

from pathlib import Path

import pytest

from hjulet.core.child_texts import (
    TEXT_KEYS,
    available_child_languages,
    child_texts_from_dict,
    concern_routine_from_dict,
    load_child_texts,
    load_concern_routine,
)
from hjulet.core.errors import DefinitionError
from hjulet.core.wheel import ReviewStatus


@pytest.mark.parametrize("lang", ["sv", "en", "ar"])
def test_shipped_languages_load_with_every_text(lang: str) -> None:
    texts = load_child_texts(lang)
    assert texts.language == lang
    assert isinstance(texts.review, ReviewStatus)
    for key in TEXT_KEYS:
        assert texts.text(key).strip(), key
    assert texts.rtl == (lang == "ar")
    assert texts.area_count_text(2, 8).count("2") == 1 and "8" in texts.area_count_text(2, 8)


def test_languages_differ_and_arabic_is_arabic_script() -> None:
    sv, en, ar = (load_child_texts(x) for x in ("sv", "en", "ar"))
    assert sv.practice_question != en.practice_question != ar.practice_question
    assert all("\u0600" <= ch <= "\u06ff" for ch in ar.next if ch.isalpha())
    assert ar.review is ReviewStatus.DRAFT  # must be checked by a native speaker


def test_unknown_language_falls_back_to_its_base_then_swedish() -> None:
    assert load_child_texts("en-GB").language == "en"
    assert load_child_texts("so").language == "sv"
    assert {"sv", "en", "ar"} <= set(available_child_languages())


def good_dict() -> dict[str, object]:
    texts = load_child_texts("en")
    return {
        "format": 1,
        "language": "en",
        "review": "reviewed",
        "direction": "ltr",
        "texts": {k: texts.text(k) for k in TEXT_KEYS},
    }


def test_every_problem_is_listed_at_once() -> None:
    data = good_dict()
    texts = dict(data["texts"])  # type: ignore[call-overload]
    del texts["next"]
    texts["area_count"] = "{n}"
    texts["nxet"] = "typo"
    data.update(texts=texts, review="approved", direction="up")
    with pytest.raises(DefinitionError) as info:
        child_texts_from_dict(data, "x.toml")
    where = {p.where for p in info.value.problems}
    assert {"texts.next", "texts.area_count", "texts.nxet", "review", "direction"} <= where


def test_organisation_file_replaces_the_shipped_language(tmp_path: Path) -> None:
    folder = tmp_path / "child_texts"
    folder.mkdir()
    data = good_dict()
    data["texts"]["next"] = "Onwards"  # type: ignore[index]
    lines = [f'{k} = "{v}"' for k, v in data["texts"].items()]  # type: ignore[union-attr]
    body = 'format = 1\nlanguage = "en"\nreview = "official"\n[texts]\n' + "\n".join(lines)
    (folder / "en.toml").write_text(body, encoding="utf-8")
    texts = load_child_texts("en", (tmp_path,))
    assert texts.next == "Onwards" and texts.review is ReviewStatus.OFFICIAL
    (folder / "sv.toml").write_text(body, encoding="utf-8")  # says en, named sv
    # A bad organisation file is skipped (and logged): the shipped Swedish texts are used.
    assert load_child_texts("sv", (tmp_path,)) == load_child_texts("sv")


def test_concern_routine_shipped_and_overridden(tmp_path: Path) -> None:
    routine = load_concern_routine()
    assert "socialtjänsten" in routine.routine_in("sv")
    assert "social services" in routine.routine_in("en")
    (tmp_path / "organisation.toml").write_text(
        'format = 1\norganisation = { sv = "Flens kommun" }\n[concern]\n'
        'title = { sv = "Oro" }\nroutine = { sv = "Ring mottagningen." }\n',
        encoding="utf-8",
    )
    own = load_concern_routine((tmp_path,))
    assert own.organisation_in("en") == "Flens kommun"  # falls back to Swedish
    assert own.routine_in("sv") == "Ring mottagningen."
    with pytest.raises(DefinitionError):
        concern_routine_from_dict({"format": 1, "concern": {"title": {"sv": "x"}}})
