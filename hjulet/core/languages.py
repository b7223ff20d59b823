"""The one registry of the languages Hjulet speaks with children.

Every picker, every printed language name, every "is this right-to-left?" and
"which font draws it?" question is answered here, from data. A language is
named by its BCP 47 code (``sv``, ``prs``...); a regional variant (``en-GB``)
or a private-use form tag (``ar-x-girl``) resolves to its base language.

The fallback for a text a language lacks is declared once, in
``fallback_chain``: the language itself, then its base language, then the
language the file declares as its fallback, then the professional's language,
then Swedish (the reference language every key exists in). The coverage check
(``tests/core/test_language_coverage.py``) reports every key that would fall
back, so no child meets another language without the check knowing.

Forms of address: some languages change words with the gender of the person
spoken to or about (Arabic and Tigrinya in the second person and in adjectives
the child uses about themself; Ukrainian in past tenses and adjectives).
``Language.forms`` lists the forms a text file may give variants for; a child's
record holds the preferred form (``AddressForm``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class Script(StrEnum):
    """ISO 15924 script codes of the languages Hjulet ships."""

    LATIN = "Latn"
    ARABIC = "Arab"
    ETHIOPIC = "Ethi"
    CYRILLIC = "Cyrl"


class AddressForm(StrEnum):
    """How the child wants to be spoken to where a language has grammatical gender."""

    UNSPECIFIED = ""  # not asked (older records): the language's default form
    GIRL = "girl"
    BOY = "boy"
    NEUTRAL = "neutral"  # a neutral wording where the language has one, else the default


@dataclass(frozen=True)
class FontFamily:
    family: str  # the family name Qt and this registry use
    regular: str  # file in resources/fonts
    bold: str


SANS = FontFamily("Noto Sans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf")
NASKH = FontFamily("Noto Naskh Arabic", "NotoNaskhArabic-Regular.ttf", "NotoNaskhArabic-Bold.ttf")
ETHIOPIC = FontFamily(
    "Noto Sans Ethiopic", "NotoSansEthiopic-Regular.ttf", "NotoSansEthiopic-Bold.ttf"
)

FONT_FOR_SCRIPT: dict[Script, FontFamily] = {
    Script.LATIN: SANS,
    Script.CYRILLIC: SANS,  # Noto Sans covers Cyrillic (Ukrainian letters included)
    Script.ARABIC: NASKH,  # Noto Naskh Arabic covers the Persian letters too
    Script.ETHIOPIC: ETHIOPIC,
}


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47
    native: str  # the language's own name (autonym)
    sv: str  # its name in Swedish (lower case, as in running text)
    en: str  # its name in English
    script: Script
    rtl: bool = False
    forms: tuple[AddressForm, ...] = ()  # forms a text may vary by; () = none
    default_form: AddressForm = AddressForm.UNSPECIFIED

    @property
    def direction(self) -> str:
        return "rtl" if self.rtl else "ltr"

    @property
    def font(self) -> FontFamily:
        return FONT_FOR_SCRIPT[self.script]

    def name_in(self, ui_lang: str) -> str:
        """Its name in the professional's language (Swedish unless English)."""
        return self.en if base_of(ui_lang) == "en" else self.sv

    def display_name(self, ui_lang: str = "sv") -> str:
        """The picker label: "Soomaali – somaliska"; just "Svenska" in a Swedish UI."""
        other = self.name_in(ui_lang)
        if other.casefold() == self.native.casefold():
            return self.native
        return f"{self.native} – {other}"


_GENDERED = (AddressForm.GIRL, AddressForm.BOY)

# Order: Swedish, then the professional's second language, then by how many
# children in the region speak it (a reasonable order for pickers).
LANGUAGES: tuple[Language, ...] = (
    Language("sv", "Svenska", "svenska", "Swedish", Script.LATIN),
    Language("en", "English", "engelska", "English", Script.LATIN),
    Language(
        "ar", "العربية", "arabiska", "Arabic", Script.ARABIC, True, _GENDERED, AddressForm.BOY
    ),
    Language("so", "Soomaali", "somaliska", "Somali", Script.LATIN),
    Language(
        "ti", "ትግርኛ", "tigrinja", "Tigrinya", Script.ETHIOPIC, False, _GENDERED, AddressForm.BOY
    ),
    Language("fa", "فارسی", "persiska", "Persian", Script.ARABIC, True),
    Language("prs", "دری", "dari", "Dari", Script.ARABIC, True),
    Language(
        "uk",
        "Українська",
        "ukrainska",
        "Ukrainian",
        Script.CYRILLIC,
        False,
        _GENDERED,
        AddressForm.BOY,
    ),
    Language("fi", "Suomi", "finska", "Finnish", Script.LATIN),
)

# Languages Hjulet ships no texts for but can draw, should an organisation add a
# text file for one (<basedir>/child_texts/<code>.toml). Not offered in pickers.
DRAWABLE: tuple[Language, ...] = (
    Language("am", "አማርኛ", "amhariska", "Amharic", Script.ETHIOPIC),
    Language("ckb", "کوردی", "soranî (kurdiska)", "Central Kurdish", Script.ARABIC, True),
    Language("ps", "پښتو", "pashto", "Pashto", Script.ARABIC, True),
    Language("ur", "اردو", "urdu", "Urdu", Script.ARABIC, True),
)

REFERENCE_LANGUAGE = "sv"  # every text key exists in Swedish
_BY_CODE = {lang.code: lang for lang in LANGUAGES}
_DRAWABLE = {lang.code: lang for lang in DRAWABLE}
CODES: tuple[str, ...] = tuple(_BY_CODE)


def base_of(code: str) -> str:
    """``en-GB`` -> ``en``; ``ar-x-girl`` -> ``ar``."""
    return code.split("-", 1)[0].lower()


def find(code: str) -> Language | None:
    """The registered language for ``code`` (or its base language), else None."""
    return _BY_CODE.get(code) or _BY_CODE.get(base_of(code))


def get(code: str) -> Language:
    """Like ``find`` but an unregistered code gives a plain left-to-right Latin entry.

    An organisation may add a language by dropping its text file; it is shown
    under its code until it is registered here.
    """
    found = find(code) or _DRAWABLE.get(code) or _DRAWABLE.get(base_of(code))
    if found is not None:
        return found
    return Language(code, code, code, code, Script.LATIN)


def is_known(code: str) -> bool:
    return find(code) is not None


def is_rtl(code: str) -> bool:
    return get(code).rtl


def display_name(code: str, ui_lang: str = "sv") -> str:
    return get(code).display_name(ui_lang)


def known_list(ui_lang: str = "sv") -> str:
    """ "sv (Svenska), en (English), ..." for messages that list the known codes."""
    return ", ".join(f"{lang.code} ({lang.display_name(ui_lang)})" for lang in LANGUAGES)


def fallback_chain(
    code: str, declared: str = "", professional: str = REFERENCE_LANGUAGE
) -> tuple[str, ...]:
    """Where a text missing in ``code`` is looked up, in order, without repeats.

    ``code`` itself, its base language, the fallback the language's file
    declares, the professional's language, and last Swedish.
    """
    out: list[str] = []
    for candidate in (code, base_of(code), declared, base_of(professional), REFERENCE_LANGUAGE):
        if candidate and candidate not in out:
            out.append(candidate)
    return tuple(out)


def text_languages(
    wanted: Iterable[str], available: Iterable[str], professional: str = REFERENCE_LANGUAGE
) -> tuple[str, ...]:
    """The ``available`` text languages in the order to offer them to this person.

    First those of ``wanted`` (the child's languages, or the professional's, in
    order), each found as itself or as its base language (``en-GB`` finds ``en``,
    ``ar-x-girl`` finds ``ar``), then the professional's language and Swedish as
    in :func:`fallback_chain`, then the rest in their own order.
    """
    have = tuple(dict.fromkeys(available))
    first: list[str] = []
    for code in (*wanted, professional, REFERENCE_LANGUAGE):
        if not code:
            continue
        found = next((c for c in (code, base_of(code)) if c in have), None)
        if found is not None and found not in first:
            first.append(found)
    return (*first, *(c for c in have if c not in first))


def text_language(
    wanted: Iterable[str], available: Iterable[str], professional: str = REFERENCE_LANGUAGE
) -> str:
    """The one text language to use: the first of :func:`text_languages`, else Swedish."""
    return next(iter(text_languages(wanted, available, professional)), REFERENCE_LANGUAGE)


def form_tag(code: str, form: AddressForm | str) -> str:
    """A BCP 47 private-use tag for a form of address: ``ar`` + girl -> ``ar-x-girl``.

    Wheel definitions and scales give gendered variants of a label this way
    (``label = { ar = "آمن", "ar-x-girl" = "آمنة" }``); a lookup of the tag
    falls back to the plain code.
    """
    form = AddressForm(form)
    lang = find(code)
    if lang is None or form not in lang.forms:
        return code
    return f"{base_of(code)}-x-{form.value}"


def effective_form(code: str, form: AddressForm | str) -> AddressForm:
    """The form actually used for ``code``: the child's if the language has it, else default."""
    lang = get(code)
    form = AddressForm(form)
    if form in lang.forms:
        return form
    if form is AddressForm.NEUTRAL:
        return form  # used when a text gives a neutral variant, else the default
    return lang.default_form
