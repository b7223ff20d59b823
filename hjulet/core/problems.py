"""Every text a :class:`~hjulet.core.errors.Problem` can carry, and its translation.

A problem found in input (a form field, an import file, a definition file, a
vault check) is raised as a field (``where``), one of the English texts below
(``what``, with ``{fields}``) and the fields' values kept apart. Each surface
translates the text through Qt's catalogue under the context ``Problems`` and
fills the fields in after translation: the command line with
``core.i18n.catalogue(lang).translate``, the GUI with
``QCoreApplication.translate``, both through :func:`problem_text`. So one
sentence has one translation, and no surface guesses at English wordings.

The values filled in are numbers, or words of the program (field names, lists
of allowed values): never text read from a child's record or an import file, so
a message cannot carry personal data. One exception, for the organisation's own
definition files (wheels, scales, child texts): their checker names the wrong
value it read (a language code, an id; ``repr``, cut short), which helps whoever
edits the file; a definition carried in an import file is checked by the same
checker, and the import replaces those words by "…"
(``services.exchange.validate``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from hjulet.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from hjulet.core.errors import Problem

CONTEXT = "Problems"


class P:
    """The problem texts (English source; the Swedish is in ``i18n/hjulet_sv.ts``).

    A plain class of constants (an Enum of this size would cost ``hjulet --help``
    two milliseconds to build); :func:`all_texts` lists them.
    """

    # -- any value -------------------------------------------------------------------------
    MISSING = QT_TRANSLATE_NOOP("Problems", "is missing")
    EMPTY = QT_TRANSLATE_NOOP("Problems", "must not be empty")
    TEXT = QT_TRANSLATE_NOOP("Problems", "must be text")
    NON_EMPTY_TEXT = QT_TRANSLATE_NOOP("Problems", "must be non-empty text")
    TOO_LONG = QT_TRANSLATE_NOOP("Problems", "is longer than {n} characters")
    WHOLE_NUMBER = QT_TRANSLATE_NOOP("Problems", "must be a whole number")
    BETWEEN = QT_TRANSLATE_NOOP("Problems", "must be between {least} and {most}")
    TRUE_OR_FALSE = QT_TRANSLATE_NOOP("Problems", "must be true or false")
    ONE_OF = QT_TRANSLATE_NOOP("Problems", "must be one of {allowed}")
    NOT_ONE_OF = QT_TRANSLATE_NOOP("Problems", "is not one of {allowed}")
    TABLE = QT_TRANSLATE_NOOP("Problems", "must be a table/object")
    OBJECT = QT_TRANSLATE_NOOP("Problems", "must be an object")
    LIST = QT_TRANSLATE_NOOP("Problems", "must be a list")
    LIST_OF_TEXTS = QT_TRANSLATE_NOOP("Problems", "must be a list of texts")
    TOO_MANY_ITEMS = QT_TRANSLATE_NOOP("Problems", "has {count} items; at most {most} are allowed")
    MORE_THAN_ITEMS = QT_TRANSLATE_NOOP("Problems", "holds more than {most} items")
    NO_ITEMS = QT_TRANSLATE_NOOP("Problems", "must have at least one item")
    UNKNOWN_FIELD = QT_TRANSLATE_NOOP("Problems", "is not a known field")
    INVALID_VALUE = QT_TRANSLATE_NOOP("Problems", "has an invalid value {value}")
    TOO_LARGE = QT_TRANSLATE_NOOP("Problems", "is too large")
    # -- what the professional types -------------------------------------------------------
    PLAUSIBLE_YEAR = QT_TRANSLATE_NOOP("Problems", "is not a plausible year")
    ONE_RECIPIENT = QT_TRANSLATE_NOOP("Problems", "name at least one recipient")
    BEFORE_CONSENT = QT_TRANSLATE_NOOP("Problems", "is before the date consent was given")
    SOLE_CUSTODY_GUARDIAN = QT_TRANSLATE_NOOP(
        "Problems", "only a guardian's consent can say they alone have custody"
    )
    PASSPHRASE_EMPTY = QT_TRANSLATE_NOOP("Problems", "The passphrase is empty.")
    PASSPHRASE_NOT_UNICODE = QT_TRANSLATE_NOOP(
        "Problems", "The passphrase holds characters that are not valid text."
    )
    LEVEL = QT_TRANSLATE_NOOP("Problems", "choose a step from 1 to {top}")
    ADDRESS_FORM = QT_TRANSLATE_NOOP("Problems", "must be girl, boy or neutral")
    UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("Problems", "is not a language Hjulet knows")
    NOT_IN_WHEEL = QT_TRANSLATE_NOOP("Problems", "is not in this wheel")
    ANSWER_OR_WORDS = QT_TRANSLATE_NOOP("Problems", "must be answer or words")
    NOT_A_SETTING = QT_TRANSLATE_NOOP("Problems", "is not a setting")
    NOT_A_SUMMARY_SETTING = QT_TRANSLATE_NOOP("Problems", "is not a summary setting")
    NO_SUCH_DEFINITION = QT_TRANSLATE_NOOP("Problems", "no such wheel or scale")
    SCALE_HAS_ANSWERS = QT_TRANSLATE_NOOP(
        "Problems", "the conversation already has answers on its scale"
    )
    VIEWPOINT = QT_TRANSLATE_NOOP("Problems", "must be child, adult or guardian")
    NOT_A_TEXT_FIELD = QT_TRANSLATE_NOOP("Problems", "is not a conversation text")
    DISPLAY = QT_TRANSLATE_NOOP("Problems", "must be 'code' or 'name'")
    SUMMARY_LANGUAGES = QT_TRANSLATE_NOOP("Problems", "the summary is printed in {languages}")
    COPY_LANGUAGES = QT_TRANSLATE_NOOP("Problems", "a child's copy can be printed in {languages}")
    WHEEL_LANGUAGES = QT_TRANSLATE_NOOP("Problems", "the wheel has texts in {languages}")
    DOCUMENT_KIND = QT_TRANSLATE_NOOP("Problems", "must be 'summary' or 'child-copy'")
    PAPER = QT_TRANSLATE_NOOP("Problems", "must be A4 or A3")
    # -- files read in (exports, backups, encrypted PDFs) ------------------------------------
    NOT_ENCRYPTED_PDF = QT_TRANSLATE_NOOP("Problems", "is not an encrypted PDF from Hjulet")
    BACKUP_NOT_EXPORT = QT_TRANSLATE_NOOP("Problems", "is a vault backup, not an export")
    EXPORT_NOT_BACKUP = QT_TRANSLATE_NOOP("Problems", "is an export, not a vault backup")
    LARGER_THAN = QT_TRANSLATE_NOOP("Problems", "is larger than {n} bytes")
    TOO_COMPLEX = QT_TRANSLATE_NOOP(
        "Problems", "is too complex to read safely (nested too deeply, or too many items)"
    )
    BRACKETS = QT_TRANSLATE_NOOP("Problems", "has brackets that do not match (is it cut short?)")
    NESTED = QT_TRANSLATE_NOOP("Problems", "is nested more than {n} levels deep")
    MORE_THAN_CONTAINERS = QT_TRANSLATE_NOOP("Problems", "holds more than {most} lists and objects")
    TOO_MANY_TABLES = QT_TRANSLATE_NOOP(
        "Problems", "holds {count} arrays and tables; at most {most} are allowed"
    )
    NOT_UTF8 = QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text (byte {byte})")
    NOT_UTF8_TEXT = QT_TRANSLATE_NOOP("Problems", "is not UTF-8 text")
    NOT_JSON_AT = QT_TRANSLATE_NOOP("Problems", "is not valid JSON (line {line}, column {column})")
    NOT_JSON = QT_TRANSLATE_NOOP("Problems", "is not valid JSON")
    DUPLICATE_KEY = QT_TRANSLATE_NOOP("Problems", "names the same key twice in one object")
    NOT_FINITE = QT_TRANSLATE_NOOP("Problems", "holds a number that is not finite (NaN)")
    READ_BACK_DIFFERS = QT_TRANSLATE_NOOP(
        "Problems", "the export read back differs from what was written"
    )
    NOT_AN_EXPORT = QT_TRANSLATE_NOOP("Problems", "must be {expected}: this is not a Hjulet export")
    EXPORT_TOO_NEW = QT_TRANSLATE_NOOP(
        "Problems", "is {version}; this Hjulet reads version {supported}: update it"
    )
    GENERATOR = QT_TRANSLATE_NOOP("Problems", "must be text of at most {n} characters")
    DEFINITION_KEY = QT_TRANSLATE_NOOP("Problems", "key must be 1 to {n} characters")
    WHEEL_OR_SCALE = QT_TRANSLATE_NOOP("Problems", "must be wheel or scale")
    NO_SUCH_WHEEL = QT_TRANSLATE_NOOP("Problems", "does not name a wheel under 'definitions'")
    NO_SUCH_SCALE = QT_TRANSLATE_NOOP("Problems", "does not name a scale under 'definitions'")
    NOT_AN_AREA = QT_TRANSLATE_NOOP("Problems", "is not an area of this conversation's wheel")
    LANGUAGE_CODE = QT_TRANSLATE_NOOP("Problems", "must be a language code such as sv or ar")
    TWICE_IN_CONVERSATION = QT_TRANSLATE_NOOP("Problems", "appears twice in this conversation")
    TWICE_IN_GUARDIAN_VIEW = QT_TRANSLATE_NOOP("Problems", "appears twice in this guardian's view")
    YEAR_OR_NULL = QT_TRANSLATE_NOOP("Problems", "must be a plausible year or null")
    DATE = QT_TRANSLATE_NOOP("Problems", "must be a date YYYY-MM-DD")
    NOT_A_DATE = QT_TRANSLATE_NOOP("Problems", "is not a valid date")
    DATE_RANGE = QT_TRANSLATE_NOOP("Problems", "is outside the years 1900 to 2200")
    DATETIME = QT_TRANSLATE_NOOP("Problems", "must be a date and time in ISO 8601 form, or null")
    NOT_A_DATETIME = QT_TRANSLATE_NOOP("Problems", "is not a valid date and time")
    ANSWER_FORM = QT_TRANSLATE_NOOP(
        "Problems", "must be a level number or not_asked, declined, dont_know"
    )
    LEVEL_OUTSIDE = QT_TRANSLATE_NOOP("Problems", "level {level} is outside 1 to {top}")
    CODE_TWICE = QT_TRANSLATE_NOOP("Problems", "is also used by children[{index}]")
    CODE_TAKEN = QT_TRANSLATE_NOOP("Problems", "is already used by a child in this vault")
    STOPPED = QT_TRANSLATE_NOOP("Problems", "stopped after {n} problems")
    # -- definition files (wheels, scales, child texts, the organisation's routine) ----------
    LANGUAGE_CODE_INVALID = QT_TRANSLATE_NOOP("Problems", "has an invalid language code {code}")
    NO_DEFAULT_TEXT = QT_TRANSLATE_NOOP("Problems", "has no text in the default language {lang}")
    DIRECTION = QT_TRANSLATE_NOOP("Problems", "must be 'ltr' or 'rtl'")
    REVIEW = QT_TRANSLATE_NOOP("Problems", "must be one of draft, reviewed, official")
    FORMAT = QT_TRANSLATE_NOOP("Problems", "is {found}; this Hjulet reads format {supported}")
    DEFAULT_LANGUAGE_UNLISTED = QT_TRANSLATE_NOOP(
        "Problems", "must list the default language {lang}"
    )
    NO_AREAS = QT_TRANSLATE_NOOP("Problems", "must be a non-empty list of areas")
    AREA_COUNT = QT_TRANSLATE_NOOP("Problems", "must have between 3 and {most} areas")
    USED_TWICE = QT_TRANSLATE_NOOP("Problems", "{value} is used twice")
    LANGUAGE_UNLISTED = QT_TRANSLATE_NOOP(
        "Problems", "has text in {lang}, which is not listed under [languages]"
    )
    UNUSABLE_FILE = QT_TRANSLATE_NOOP("Problems", "cannot be read ({reason})")
    NOT_TOML = QT_TRANSLATE_NOOP("Problems", "is not valid TOML ({detail})")
    STEPS = QT_TRANSLATE_NOOP("Problems", "must be a list of 2 to 7 steps")
    STEP_VALUE = QT_TRANSLATE_NOOP(
        "Problems", "must be {n} (steps run 1, 2, 3 ... from the centre)"
    )
    MUST_LIST_SWEDISH = QT_TRANSLATE_NOOP("Problems", "must list 'sv'")
    FALLS_BACK = QT_TRANSLATE_NOOP("Problems", 'must be a list of keys such as "texts.next"')
    TOO_MANY_SECTIONS = QT_TRANSLATE_NOOP("Problems", "has more than {most} sections")
    UNKNOWN_SECTION = QT_TRANSLATE_NOOP(
        "Problems", "is not a known setting or a [section] of texts"
    )
    UNKNOWN_TEXT = QT_TRANSLATE_NOOP("Problems", "is not a known text (a typing mistake?)")
    UNKNOWN_FALLBACK = QT_TRANSLATE_NOOP("Problems", "names {key}, which is not a known text")
    VARIANTS = QT_TRANSLATE_NOOP("Problems", "variants need girl and boy (or neutral)")
    TEXT_OR_VARIANTS = QT_TRANSLATE_NOOP(
        "Problems", "must be text, or a table of girl/boy/neutral variants"
    )
    PLACEHOLDERS = QT_TRANSLATE_NOOP(
        "Problems", "has placeholders {found}; the Swedish text has {wanted}"
    )
    WRONG_LANGUAGE_FILE = QT_TRANSLATE_NOOP("Problems", "says language {lang} but is named {name}")
    NO_CHILD_TEXTS = QT_TRANSLATE_NOOP("Problems", "no child texts found")
    NO_ORGANISATION_FILE = QT_TRANSLATE_NOOP("Problems", "no organisation.toml found")
    OWN_FILES_MISSING = QT_TRANSLATE_NOOP("Problems", "the program's own files are missing")
    # -- a vault's check ---------------------------------------------------------------------
    DAMAGED = QT_TRANSLATE_NOOP("Problems", "the vault is damaged or was changed outside Hjulet")
    RECOVERY_UNCONFIRMED = QT_TRANSLATE_NOOP(
        "Problems",
        "a new recovery key was made but never confirmed; the previous one is still in force "
        "(run 'hjulet recovery-key')",
    )
    RECOVERY_NEVER_CONFIRMED = QT_TRANSLATE_NOOP(
        "Problems", "the vault's recovery key was never confirmed (run 'hjulet recovery-key')"
    )
    AUDIT_UNREADABLE = QT_TRANSLATE_NOOP("Problems", "the audit log cannot be read")
    AUDIT_ALTERED = QT_TRANSLATE_NOOP("Problems", "the audit log was altered at entry {n}")
    NOT_ENCRYPTED = QT_TRANSLATE_NOOP("Problems", "the database file is not encrypted")
    CIPHER_CHECK = QT_TRANSLATE_NOOP("Problems", "the encryption check failed: {detail}")
    SQLITE_CHECK = QT_TRANSLATE_NOOP("Problems", "the database check found: {detail}")
    BROKEN_REFERENCES = QT_TRANSLATE_NOOP(
        "Problems", "{n} broken references between the database's tables"
    )
    DATABASE_ERROR = QT_TRANSLATE_NOOP("Problems", "the database could not be checked ({kind})")


def all_texts() -> dict[str, str]:
    """Every problem text by its name in :class:`P`."""
    return {k: v for k, v in vars(P).items() if k.isupper() and isinstance(v, str)}


# ``where`` names a field of a form for these keys; any other ``where`` is a path in
# a file (``children[2].code``), technical and the same in every language.
FIELD_NAMES: Mapping[str, str] = {
    "code": QT_TRANSLATE_NOOP("Problems", "Code"),
    "name": QT_TRANSLATE_NOOP("Problems", "Name"),
    "birth_year": QT_TRANSLATE_NOOP("Problems", "Birth year"),
    "recipients": QT_TRANSLATE_NOOP("Problems", "Recipients"),
    "valid_until": QT_TRANSLATE_NOOP("Problems", "Valid until"),
    "giver_name": QT_TRANSLATE_NOOP("Problems", "Name of the person giving consent"),
    "note": QT_TRANSLATE_NOOP("Problems", "Note"),
    "words": QT_TRANSLATE_NOOP("Problems", "The child's own words"),
    "good": QT_TRANSLATE_NOOP("Problems", "What is good"),
    "hard": QT_TRANSLATE_NOOP("Problems", "What is hard"),
    "wish": QT_TRANSLATE_NOOP("Problems", "What the child wants to happen"),
    "help_from": QT_TRANSLATE_NOOP("Problems", "Who the child wants help from"),
    "adult_note": QT_TRANSLATE_NOOP("Problems", "The professional's note"),
    "place": QT_TRANSLATE_NOOP("Problems", "Place"),
    "present": QT_TRANSLATE_NOOP("Problems", "Who was present"),
    "important_to_me": QT_TRANSLATE_NOOP("Problems", "What is important to me"),
    "question": QT_TRANSLATE_NOOP("Problems", "The question for the meeting"),
    "answer": QT_TRANSLATE_NOOP("Problems", "Answer"),
    "file": QT_TRANSLATE_NOOP("Problems", "The file"),
    "area": QT_TRANSLATE_NOOP("Problems", "Life area"),
    "language": QT_TRANSLATE_NOOP("Problems", "Language"),
    "lang": QT_TRANSLATE_NOOP("Problems", "Language"),
    "role": QT_TRANSLATE_NOOP("Problems", "Role"),
    "paper": QT_TRANSLATE_NOOP("Problems", "Paper size"),
    "scale": QT_TRANSLATE_NOOP("Problems", "Scale"),
}

Translate = Callable[[str, str], str]


def problem_text(problem: Problem, translate: Translate) -> str:
    """One problem in the language of ``translate(context, english)``, its fields filled in."""
    what = translate(CONTEXT, problem.what).format(**problem.args)
    where = problem.where
    if where in FIELD_NAMES:
        where = translate(CONTEXT, FIELD_NAMES[where])
    return f"{where}: {what}" if where else what


def english(problem: Problem) -> str:
    """The problem in English (the source texts), for developers and tests."""
    return problem_text(problem, lambda _context, source: source)


def json_problem(where: str, exc: Exception) -> Problem:
    """The problem for a file ``core.strict_json`` refused (no text of the file in it)."""
    from hjulet.core.errors import Problem
    from hjulet.core.strict_json import DuplicateKey, MalformedJson, NonFiniteNumber

    if isinstance(exc, DuplicateKey):
        return Problem(where, P.DUPLICATE_KEY)
    if isinstance(exc, NonFiniteNumber):
        return Problem(where, P.NOT_FINITE)
    if isinstance(exc, MalformedJson) and exc.line:
        return Problem(where, P.NOT_JSON_AT, line=exc.line, column=exc.column)
    return Problem(where, P.NOT_JSON)
