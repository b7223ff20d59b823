"""The professional-facing words of the PDFs (the SIP summary and its family section).

reports/ does not know Qt, so it cannot call ``tr()``; yet these words live in
Qt's catalogue with the UI's (``hjulet.core.i18n``). Each field's default is its
English source text, marked for ``pyside6-lupdate`` under the context of its
class (``SummaryLabels``, ``FamilyLabels``); the Swedish translations are in
``i18n/hjulet_sv.ts``. ``labels_for(lang)`` gives the labels in a summary
language. Area names and answer words are not here: they come from the wheel
definition and the scale, in ``SummaryLabels.lang``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Any, TypeVar

from hjulet.core.guardian import GuardianRole
from hjulet.core.i18n import QT_TRANSLATE_NOOP, catalogue
from hjulet.core.meeting_view import WithheldBecause

# The summary settings' stored defaults, declared with the settings they are the
# defaults of; named here for the renderers. The confidentiality marking is the
# Swedish marking (labels_for("sv").confidentiality; a test keeps them equal), so a
# summary in another language uses its own marking unless the professional wrote
# one; the legal reference cites Swedish law.
from hjulet.core.settings import DEFAULT_CONFIDENTIALITY as DEFAULT_CONFIDENTIALITY
from hjulet.core.settings import DEFAULT_LEGAL_REFERENCE as DEFAULT_LEGAL_REFERENCE


@dataclass(frozen=True)
class SummaryLabels:
    lang: str = "en"  # language of area names and answer words in the summary
    doc_title: str = QT_TRANSLATE_NOOP("SummaryLabels", "Summary for a SIP meeting")
    title: str = QT_TRANSLATE_NOOP("SummaryLabels", "Summary for a SIP meeting")
    subtitle: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "The child's own picture from a conversation with the wellbeing wheel"
    )
    child: str = QT_TRANSLATE_NOOP("SummaryLabels", "Child")
    conversation_on: str = QT_TRANSLATE_NOOP("SummaryLabels", "Conversation")
    printed_on: str = QT_TRANSLATE_NOOP("SummaryLabels", "Printed")
    prepared_by: str = QT_TRANSLATE_NOOP("SummaryLabels", "Prepared by")
    organisation: str = QT_TRANSLATE_NOOP("SummaryLabels", "Organisation")
    confidentiality: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "Contains information that may be subject to secrecy"
    )
    page: str = QT_TRANSLATE_NOOP("SummaryLabels", "Page {page} of {pages}")
    important: str = QT_TRANSLATE_NOOP("SummaryLabels", "What is important to me")
    childs_words_hint: str = QT_TRANSLATE_NOOP("SummaryLabels", "The child's own words")
    wheel: str = QT_TRANSLATE_NOOP("SummaryLabels", "The wheel – as the child sees it")
    wheel_hint: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "Each area fills from the centre outward. There is no total and no level to be reached.",
    )
    legend_fill: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "Filled part: the child's answer, from the centre {steps}"
    )
    # one mark and one wording for every area or item with nothing to show, whatever
    # the reason (not answered, the child kept it private, no valid consent): a mark
    # of its own for "kept private" would tell the meeting which area the child kept
    legend_empty: str = QT_TRANSLATE_NOOP("SummaryLabels", "Empty: not shown here")
    legend_adult: str = QT_TRANSLATE_NOOP("SummaryLabels", "Dashed line: the adult's view")
    # the letter on the adult's refusal tags in the wheel: the screen's letter for
    # the professional (Swedish "Y", yrkesperson)
    adult_badge: str = QT_TRANSLATE_NOOP("SummaryLabels", "A")
    legend_adult_declined: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "The adult does not want to answer"
    )
    legend_adult_dont_know: str = QT_TRANSLATE_NOOP("SummaryLabels", "The adult does not know")
    no_consent: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "There is no valid consent on {date}, so none of the child's answers are shared.",
    )
    no_consent_withdrawn: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "The consent was withdrawn on {since}. There is no valid consent on {date}, so none "
        "of the child's answers are shared.",
    )
    no_consent_expired: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "The consent was valid until {since}. There is no valid consent on {date}, so none "
        "of the child's answers are shared.",
    )
    # one guardian's consent is valid, but with joint custody both are needed
    no_consent_one_guardian: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "Only {giver} has given a valid consent on {date}. With joint custody both guardians "
        "must consent (or the child, when mature enough to decide), so none of the child's "
        "answers are shared.",
    )
    # only an other caregiver's consent is valid: it covers only their own view
    no_consent_caregiver_only: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "Only the other caregiver has a valid consent on {date}. It covers only what they "
        "have said themselves, so none of the child's answers are shared.",
    )
    areas: str = QT_TRANSLATE_NOOP("SummaryLabels", "Area by area")
    col_area: str = QT_TRANSLATE_NOOP("SummaryLabels", "Area")
    col_answer: str = QT_TRANSLATE_NOOP("SummaryLabels", "The child's answer")
    col_change: str = QT_TRANSLATE_NOOP("SummaryLabels", "Since the last conversation ({date})")
    col_change_none: str = QT_TRANSLATE_NOOP("SummaryLabels", "Since the last conversation")
    not_shown: str = QT_TRANSLATE_NOOP("SummaryLabels", "– Not shown here")
    marks_key: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "– Not shown here: not answered, or not for this meeting. The professional who held "
        "the conversation knows which; this summary does not say.",
    )
    no_comparison: str = QT_TRANSLATE_NOOP("SummaryLabels", "nothing to compare")
    level_of: str = QT_TRANSLATE_NOOP("SummaryLabels", "step {level} of {size}")
    change: str = QT_TRANSLATE_NOOP("SummaryLabels", "{before} › {now} ({direction})")
    outward: str = QT_TRANSLATE_NOOP("SummaryLabels", "{n} step(s) outward")
    inward: str = QT_TRANSLATE_NOOP("SummaryLabels", "{n} step(s) inward")
    moved: str = QT_TRANSLATE_NOOP("SummaryLabels", "changed")
    unchanged: str = QT_TRANSLATE_NOOP("SummaryLabels", "same ({now})")
    no_previous: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "No earlier conversation to compare with."
    )
    change_note: str = QT_TRANSLATE_NOOP("SummaryLabels", "The child on what has changed")
    own_words: str = QT_TRANSLATE_NOOP("SummaryLabels", "The child's own words")
    item_words: str = QT_TRANSLATE_NOOP("SummaryLabels", "In my own words")
    item_good: str = QT_TRANSLATE_NOOP("SummaryLabels", "What is good")
    item_hard: str = QT_TRANSLATE_NOOP("SummaryLabels", "What is hard")
    item_wish: str = QT_TRANSLATE_NOOP("SummaryLabels", "What I want to happen")
    item_help_from: str = QT_TRANSLATE_NOOP("SummaryLabels", "I want help from")
    # true whatever the reason (the child's choice, no valid consent, nothing said),
    # and it does not say which
    no_words: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "None of the child's own words are shown in this summary."
    )
    adult_heading: str = QT_TRANSLATE_NOOP("SummaryLabels", "The adult's view")
    adult_hint: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "The adult's own assessment. It is kept apart from the child's picture and never "
        "merged with it.",
    )
    adult_answer: str = QT_TRANSLATE_NOOP("SummaryLabels", "Adult's answer")
    adult_note: str = QT_TRANSLATE_NOOP("SummaryLabels", "Adult's note")
    adult_none: str = QT_TRANSLATE_NOOP("SummaryLabels", "No adult assessment is shared.")
    # how many of the adult's items (answers, notes, noted guardian answers) are not shown
    adult_withheld_not_marked: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "{n} of the adult's answers and notes are not shown: the adult chose not to share them.",
    )
    adult_withheld_not_marked_one: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "1 of the adult's answers or notes is not shown: the adult chose not to share it.",
    )
    # without a valid consent: nothing of the adult's, and no count of it
    adult_no_consent: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "There is no valid consent, so none of the adult's answers and notes are shared.",
    )
    adult_one_guardian: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "Only one guardian has given a valid consent, so none of the adult's answers and "
        "notes are shared.",
    )
    # the child's own consent covers the child's information, not a guardian's words
    noted_no_guardian_consent: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "A guardian's answers, as the adult noted them, are not shown: no guardian has a "
        "valid consent.",
    )
    noted_guardian: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "A guardian's answer, as the adult noted it"
    )
    noted_guardian_hint: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "Noted by the adult during the conversation: what a guardian answered. It is not the "
        "guardian's own view (that is under The family's view) and not the child's answer.",
    )
    col_noted_guardian: str = QT_TRANSLATE_NOOP("SummaryLabels", "The guardian's answer (noted)")
    meeting: str = QT_TRANSLATE_NOOP("SummaryLabels", "For the meeting")
    question: str = QT_TRANSLATE_NOOP("SummaryLabels", "Question for the meeting")
    participation: str = QT_TRANSLATE_NOOP("SummaryLabels", "How the child wants to take part")
    actions: str = QT_TRANSLATE_NOOP("SummaryLabels", "Who does what, and when")
    col_who: str = QT_TRANSLATE_NOOP("SummaryLabels", "Who")
    col_what: str = QT_TRANSLATE_NOOP("SummaryLabels", "What")
    col_when: str = QT_TRANSLATE_NOOP("SummaryLabels", "When")
    overall_responsible: str = QT_TRANSLATE_NOOP("SummaryLabels", "Overall responsibility")
    follow_up: str = QT_TRANSLATE_NOOP("SummaryLabels", "Follow-up")
    follow_up_value: str = QT_TRANSLATE_NOOP("SummaryLabels", "{date}, {who}")
    nothing_yet: str = QT_TRANSLATE_NOOP("SummaryLabels", "Not filled in.")
    consent: str = QT_TRANSLATE_NOOP("SummaryLabels", "Consent the sharing rests on")
    consent_line: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "{giver} ({form}, {given}) – for {recipients} – valid {until}"
    )
    consent_sole: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "{giver}, the only guardian with custody"
    )
    # what each part of the summary rests on
    rests_on: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "The child's answers and words, and the adult's view, rest on {basis}."
    )
    basis: Mapping[str, str] = field(
        default_factory=lambda: {
            "child": QT_TRANSLATE_NOOP("SummaryLabels", "the child's own consent"),
            "both_guardians": QT_TRANSLATE_NOOP("SummaryLabels", "both guardians' consent"),
            "sole_guardian": QT_TRANSLATE_NOOP(
                "SummaryLabels", "the consent of the guardian with sole custody"
            ),
        }
    )
    basis_and: str = QT_TRANSLATE_NOOP("SummaryLabels", "{first} and {second}")
    # for each guardian, whether or not they gave a view (so it tells nothing of who took part)
    guardian_no_consent: str = QT_TRANSLATE_NOOP(
        "SummaryLabels", "{giver}: no valid consent – what this guardian has said is not shown."
    )
    guardian_withdrawn: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "{giver}: consent withdrawn on {since} – what this guardian has said is not shown.",
    )
    guardian_expired: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "{giver}: consent valid until {since} – what this guardian has said is not shown.",
    )
    # an other caregiver (not a guardian), once a consent of theirs was recorded
    caregiver_withdrawn: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "{giver}: consent withdrawn on {since} – what they have said is not shown.",
    )
    caregiver_expired: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "{giver}: consent valid until {since} – what they have said is not shown.",
    )
    consent_rule: str = QT_TRANSLATE_NOOP(
        "SummaryLabels",
        "Consent is personal: a guardian's or other caregiver's own view is shown only with "
        "their own consent. The child's answers need the child's own consent, or both "
        "guardians' (one guardian's when they alone have custody); an other caregiver's "
        "consent does not cover them.",
    )
    giver_in_sentence: Mapping[str, str] = field(
        default_factory=lambda: {
            "child": QT_TRANSLATE_NOOP("SummaryLabels", "the child"),
            "guardian_1": QT_TRANSLATE_NOOP("SummaryLabels", "guardian 1"),
            "guardian_2": QT_TRANSLATE_NOOP("SummaryLabels", "guardian 2"),
            "other_caregiver": QT_TRANSLATE_NOOP("SummaryLabels", "the other caregiver"),
        }
    )
    consent_until: str = QT_TRANSLATE_NOOP("SummaryLabels", "until {date}")
    consent_open: str = QT_TRANSLATE_NOOP("SummaryLabels", "until further notice")
    consent_givers: Mapping[str, str] = field(
        default_factory=lambda: {
            "child": QT_TRANSLATE_NOOP("SummaryLabels", "The child"),
            "guardian_1": QT_TRANSLATE_NOOP("SummaryLabels", "Guardian 1"),
            "guardian_2": QT_TRANSLATE_NOOP("SummaryLabels", "Guardian 2"),
            "other_caregiver": QT_TRANSLATE_NOOP("SummaryLabels", "Other caregiver"),
        }
    )
    consent_forms: Mapping[str, str] = field(
        default_factory=lambda: {
            "oral": QT_TRANSLATE_NOOP("SummaryLabels", "oral"),
            "written": QT_TRANSLATE_NOOP("SummaryLabels", "written"),
        }
    )
    legal: str = QT_TRANSLATE_NOOP("SummaryLabels", "Legal basis")


@dataclass(frozen=True)
class FamilyLabels:
    """The words of the summary's "The family's view" section."""

    heading: str = QT_TRANSLATE_NOOP("FamilyLabels", "The family's view")
    hint: str = QT_TRANSLATE_NOOP(
        "FamilyLabels",
        "Each guardian's or other caregiver's own picture, one by one. It is kept apart from "
        "the child's and the professional's view and never merged with them. Only what they "
        "chose to share is shown, and only with their own consent.",
    )
    given_in: str = QT_TRANSLATE_NOOP("FamilyLabels", "in {language}")
    important: str = QT_TRANSLATE_NOOP("FamilyLabels", "This is important for our child")
    # under the guardian's name, about all of that guardian's items (not the area above)
    withheld_not_marked: str = QT_TRANSLATE_NOOP(
        "FamilyLabels",
        "Of this guardian's answers and words, {n} are not shown: the guardian chose not to "
        "share them.",
    )
    withheld_not_marked_one: str = QT_TRANSLATE_NOOP(
        "FamilyLabels",
        "Of this guardian's answers and words, 1 is not shown: the guardian chose not to share it.",
    )
    nothing_shared: str = QT_TRANSLATE_NOOP("FamilyLabels", "Nothing is shared from this guardian.")
    roles: Mapping[str, str] = field(
        default_factory=lambda: {
            GuardianRole.GUARDIAN_1.value: QT_TRANSLATE_NOOP("FamilyLabels", "Guardian 1"),
            GuardianRole.GUARDIAN_2.value: QT_TRANSLATE_NOOP("FamilyLabels", "Guardian 2"),
            GuardianRole.OTHER.value: QT_TRANSLATE_NOOP("FamilyLabels", "Other caregiver"),
        }
    )


# A note for the professional on a child's or guardian's copy in a language no
# native speaker has checked yet; printed in Swedish (see ``draft_note``).
DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "PaperLabels", "Draft: the translation has not been checked by a native speaker."
)

# named here for the renderers; declared where --help can read them cheaply
from hjulet.core.constants import PAPERS as PAPERS  # noqa: E402
from hjulet.core.constants import SUMMARY_LANGUAGES as SUMMARY_LANGUAGES  # noqa: E402
from hjulet.core.constants import Paper as Paper  # noqa: E402

L = TypeVar("L", SummaryLabels, FamilyLabels)


def withheld_line(n: int, because: WithheldBecause | None, one: str, many: str) -> str:
    """The line saying how many of someone's own items they chose not to share.

    "" when none are withheld, and "" without a valid consent: then nothing is
    shown and a count would only tell the meeting how much was said. ``one``: the
    line for one item; ``many``: for ``{n}`` items. The reason is the sharing
    rule's (``core.meeting_view.withheld_because``). Never used for the child's
    items: beside the summary's neutral marks it could point to what the child kept.
    """
    if not n or because is not WithheldBecause.NOT_MARKED:
        return ""
    return one if n == 1 else many.format(n=n)


def _summary_language(lang: str) -> str:
    base = lang.split("-", 1)[0]
    return base if base in SUMMARY_LANGUAGES else "sv"


def _translated(labels: L, context: str, lang: str) -> L:
    """``labels`` (English sources) with every text looked up in ``lang``'s catalogue."""
    book = catalogue(lang)
    values: dict[str, Any] = {}
    for f in fields(labels):
        value = getattr(labels, f.name)
        if f.name == "lang":
            values[f.name] = lang
        elif isinstance(value, str):
            values[f.name] = book.translate(context, value)
        else:
            values[f.name] = {k: book.translate(context, v) for k, v in value.items()}
    return replace(labels, **values)


def labels_for(lang: str) -> SummaryLabels:
    """The summary's labels in ``lang`` (Swedish for a language the summary is not printed in)."""
    return _labels(_summary_language(lang))


def family_labels(lang: str) -> FamilyLabels:
    """The family section's labels in ``lang`` (Swedish for a language not offered)."""
    return _family_labels(_summary_language(lang))


@lru_cache(maxsize=len(SUMMARY_LANGUAGES))
def _labels(lang: str) -> SummaryLabels:
    return _translated(SummaryLabels(), "SummaryLabels", lang)


@lru_cache(maxsize=len(SUMMARY_LANGUAGES))
def _family_labels(lang: str) -> FamilyLabels:
    return _translated(FamilyLabels(), "FamilyLabels", lang)


def draft_note() -> str:
    """The draft note, for the professional, in Swedish."""
    return catalogue("sv").translate("PaperLabels", DRAFT_NOTE)


def __getattr__(name: str) -> SummaryLabels:
    """``SV`` and ``EN``: the summary's labels in Swedish and English, read on first use."""
    if name == "SV":
        return labels_for("sv")
    if name == "EN":
        return labels_for("en")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
