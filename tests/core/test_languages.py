"""core.languages: the one text-language choice, with the base-language fallback."""

from __future__ import annotations

from hjulet.core.languages import text_language, text_languages

TEXTS = ("sv", "en", "ar", "so", "fi")


def test_the_childs_languages_come_first_and_find_their_base_language() -> None:
    assert text_languages(("so", "ar"), TEXTS) == ("so", "ar", "sv", "en", "fi")
    # a regional variant or a form tag finds its base language (it did not before)
    assert text_language(("en-GB",), TEXTS) == "en"
    assert text_language(("ar-x-girl", "sv"), TEXTS) == "ar"
    assert text_languages(("fi-FI",), TEXTS)[0] == "fi"


def test_without_texts_in_the_childs_languages_the_professionals_then_swedish() -> None:
    assert text_language(("ti", "uk"), TEXTS, professional="en") == "en"
    assert text_language(("ti",), TEXTS) == "sv"
    assert text_language((), ("en", "fi")) == "en"  # no Swedish texts: the first there is
    assert text_language(("ti",), ()) == "sv"
    assert text_languages((), TEXTS) == TEXTS  # nothing wanted: their own order
