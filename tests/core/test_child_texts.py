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
    assert load_child_texts("xx").language == "sv"  # no file: Swedish, and it says so
    assert available_child_languages() == ["sv", "en", "ar", "so", "ti", "fa", "prs", "uk", "fi"]


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


def test_organisation_file_overrides_key_by_key_for_screen_and_paper(tmp_path: Path) -> None:
    from hjulet.core.child_texts import load_paper_texts

    folder = tmp_path / "child_texts"
    folder.mkdir()
    (folder / "so.toml").write_text(
        'format = 1\nlanguage = "so"\nreview = "reviewed"\n'
        '[texts]\nnext = "Horay u soco"\n[paper]\ntitle = "Giraangiraha aan leeyahay"\n',
        encoding="utf-8",
    )
    screen = load_child_texts("so", (tmp_path,))
    paper = load_paper_texts("so", extra_dirs=(tmp_path,))
    assert screen.next == "Horay u soco" and paper.title == "Giraangiraha aan leeyahay"
    assert screen.back == load_child_texts("so").back  # the rest: the built-in Somali file
    assert screen.review is ReviewStatus.REVIEWED  # the organisation's file says so
    assert screen.book is not None and not screen.book.fallbacks  # nothing fell back


def test_a_new_language_from_the_organisation_falls_back_declared(tmp_path: Path) -> None:
    from hjulet.core.child_texts import load_book

    folder = tmp_path / "child_texts"
    folder.mkdir()
    (folder / "ckb.toml").write_text(
        'format = 1\nlanguage = "ckb"\nreview = "draft"\ndirection = "rtl"\nfallback = "ar"\n'
        '[texts]\nnext = "دواتر"\n',
        encoding="utf-8",
    )
    book = load_book("ckb", (tmp_path,))
    assert book.language == "ckb" and book.rtl and book.get("texts.next") == "دواتر"
    # every other key comes from the declared fallback (Arabic), and the book says which
    assert book.fallbacks["texts.back"] == "ar" and book.get("texts.back") == "رجوع"
    assert "ckb" in available_child_languages((tmp_path,))


def test_broken_organisation_file_is_reported_with_each_problem_and_skipped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """An organisation's bad file never stops child mode: it is logged once, naming the
    file and each problem, and the built-in texts stand."""
    folder = tmp_path / "child_texts"
    folder.mkdir()
    (folder / "fi.toml").write_text(
        'format = 1\nlanguage = "fi"\nreview = "draft"\n'
        '[paper]\npage = "Sivu {sivu}"\ntitel = "Pyörä"\n[texts]\nnext = ""\n',
        encoding="utf-8",
    )
    with caplog.at_level("WARNING", logger="hjulet.core"):
        texts = load_child_texts("fi", (tmp_path,))
    assert texts.next == load_child_texts("fi").next  # the built-in Finnish text
    [record] = [r for r in caplog.records if "skipped" in r.getMessage()]
    message = record.getMessage()
    assert str(folder / "fi.toml") in message
    for where in ("paper.page", "paper.titel", "texts.next"):
        assert where in message


@pytest.mark.parametrize("form", ["girl", "boy", ""])
def test_arabic_forms_of_address(form: str) -> None:
    texts = load_child_texts("ar", form=form)
    girl = form == "girl"
    assert ("تحبين" in texts.practice_question) is girl  # "do you (f.) like"
    assert ("تحب " in texts.practice_question + " ") is not girl
    assert texts.who_sees_title == load_child_texts("ar").who_sees_title  # no variant: same
