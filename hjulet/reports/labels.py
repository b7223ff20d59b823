"""Professional-facing words of the SIP summary, as data (Swedish and English).

reports/ does not know Qt, so it cannot call ``tr()``: the caller (CLI, GUI)
passes a :class:`SummaryLabels`. The Swedish and English sets live here as
plain data so the CLI can print without the GUI; the GUI may build its own from
its translation catalogue. Area names and answer words are not here: they come
from the wheel definition and the scale, in ``SummaryLabels.lang``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

# declared with the settings they are the defaults of; named here for the renderers
from hjulet.core.settings import DEFAULT_CONFIDENTIALITY as DEFAULT_CONFIDENTIALITY
from hjulet.core.settings import DEFAULT_LEGAL_REFERENCE as DEFAULT_LEGAL_REFERENCE


@dataclass(frozen=True)
class SummaryLabels:
    lang: str = "sv"  # language of area names and answer words in the summary
    doc_title: str = "Sammanfattning inför SIP-möte"  # also the PDF metadata title
    title: str = "Sammanfattning inför SIP-möte"
    subtitle: str = "Barnets egen bild från samtal med Barnets bästa-hjulet"
    child: str = "Barn"
    conversation_on: str = "Samtal"
    printed_on: str = "Utskrivet"
    prepared_by: str = "Upprättad av"
    organisation: str = "Verksamhet"
    confidentiality: str = DEFAULT_CONFIDENTIALITY
    page: str = "Sida {page} av {pages}"
    important: str = "Det här är viktigt för mig"
    childs_words_hint: str = "Barnets egna ord"
    wheel: str = "Hjulet – så som barnet ser det"
    wheel_hint: str = (
        "Varje område fylls från mitten och utåt. Det finns ingen summa och ingen nivå som ska nås."
    )
    legend_fill: str = "Fylld del: barnets svar, från mitten {steps}"
    legend_empty: str = "Tomt: inget svar att visa"
    legend_adult: str = "Streckad linje: den vuxnes bild"
    withheld: str = "{n} svar delas inte"
    withheld_one: str = "1 svar delas inte"
    withheld_hint: str = (
        "Barnet har själv valt vad som delas på mötet. Det som inte delas visas inte här, "
        "inte heller i hjulet."
    )
    no_consent: str = (
        "Det finns inget giltigt samtycke den {date}. Därför delas inget av barnets svar."
    )
    areas: str = "Område för område"
    col_area: str = "Område"
    col_answer: str = "Barnets svar"
    col_change: str = "Sedan förra samtalet ({date})"
    col_change_none: str = "Sedan förra samtalet"
    no_answer: str = "– Inte besvarat"
    not_shared: str = "× Delas inte"
    marks_key: str = (
        "– Inte besvarat: barnet har inte svarat på området. "
        "× Delas inte: barnet har svarat men valt att inte dela svaret, eller samtycke saknas."
    )
    no_comparison: str = "inget att jämföra"
    level_of: str = "steg {level} av {size}"
    change: str = "{before} › {now} ({direction})"
    outward: str = "{n} steg utåt"
    inward: str = "{n} steg inåt"
    moved: str = "ändrat"
    unchanged: str = "samma ({now})"
    no_previous: str = "Inget tidigare samtal att jämföra med."
    change_note: str = "Barnet om det som har förändrats"
    own_words: str = "Barnets egna ord"
    item_words: str = "Med egna ord"
    item_good: str = "Det som är bra"
    item_hard: str = "Det som är svårt"
    item_wish: str = "Det jag vill ska hända"
    item_help_from: str = "Hjälp vill jag ha av"
    no_words: str = "Barnet delar inga egna ord i den här sammanfattningen."
    adult_heading: str = "Den vuxnes bild"
    adult_hint: str = (
        "Den vuxnes egen bedömning. Den hålls åtskild från barnets bild och slås aldrig ihop "
        "med den."
    )
    adult_answer: str = "Vuxens svar"
    adult_note: str = "Vuxens anteckning"
    adult_none: str = "Ingen vuxenbedömning delas."
    meeting: str = "Inför mötet"
    question: str = "Frågeställning"
    participation: str = "Så vill barnet vara med"
    actions: str = "Vem gör vad, och när"
    col_who: str = "Vem"
    col_what: str = "Vad"
    col_when: str = "När"
    overall_responsible: str = "Övergripande ansvar"
    follow_up: str = "Uppföljning"
    follow_up_value: str = "{date}, {who}"
    nothing_yet: str = "Inte ifyllt."
    consent: str = "Samtycke som delningen vilar på"
    consent_line: str = "{giver} ({form}, {given}) – för {recipients} – giltigt {until}"
    consent_until: str = "till {date}"
    consent_open: str = "tills vidare"
    consent_givers: Mapping[str, str] = field(
        default_factory=lambda: {
            "child": "Barnet",
            "guardian_1": "Vårdnadshavare 1",
            "guardian_2": "Vårdnadshavare 2",
        }
    )
    consent_forms: Mapping[str, str] = field(
        default_factory=lambda: {"oral": "muntligt", "written": "skriftligt"}
    )
    legal: str = "Lagstöd"


SV = SummaryLabels()

EN = SummaryLabels(
    lang="en",
    doc_title="Summary for a SIP meeting",
    title="Summary for a SIP meeting",
    subtitle="The child's own picture from a conversation with the wellbeing wheel",
    child="Child",
    conversation_on="Conversation",
    printed_on="Printed",
    prepared_by="Prepared by",
    organisation="Organisation",
    confidentiality="Contains information that may be subject to secrecy",
    page="Page {page} of {pages}",
    important="What is important to me",
    childs_words_hint="The child's own words",
    wheel="The wheel – as the child sees it",
    wheel_hint=(
        "Each area fills from the centre outward. There is no total and no level to be reached."
    ),
    legend_fill="Filled part: the child's answer, from the centre {steps}",
    legend_empty="Empty: no answer to show",
    legend_adult="Dashed line: the adult's view",
    withheld="{n} answers are not shared",
    withheld_one="1 answer is not shared",
    withheld_hint=(
        "The child chose what is shared at the meeting. What is not shared is not shown "
        "here, nor in the wheel."
    ),
    no_consent="There is no valid consent on {date}, so none of the child's answers are shared.",
    areas="Area by area",
    col_area="Area",
    col_answer="The child's answer",
    col_change="Since the last conversation ({date})",
    col_change_none="Since the last conversation",
    level_of="step {level} of {size}",
    no_answer="– Not answered",
    not_shared="× Not shared",
    marks_key=(
        "– Not answered: the child has not answered for this area. "
        "× Not shared: the child answered but chose not to share it, or consent is missing."
    ),
    no_comparison="nothing to compare",
    change="{before} › {now} ({direction})",
    outward="{n} step(s) outward",
    inward="{n} step(s) inward",
    moved="changed",
    unchanged="same ({now})",
    no_previous="No earlier conversation to compare with.",
    change_note="The child on what has changed",
    own_words="The child's own words",
    item_words="In my own words",
    item_good="What is good",
    item_hard="What is hard",
    item_wish="What I want to happen",
    item_help_from="I want help from",
    no_words="The child shares no words of their own in this summary.",
    adult_heading="The adult's view",
    adult_hint=(
        "The adult's own assessment. It is kept apart from the child's picture and never "
        "merged with it."
    ),
    adult_answer="Adult's answer",
    adult_note="Adult's note",
    adult_none="No adult assessment is shared.",
    meeting="For the meeting",
    question="Question for the meeting",
    participation="How the child wants to take part",
    actions="Who does what, and when",
    col_who="Who",
    col_what="What",
    col_when="When",
    overall_responsible="Overall responsibility",
    follow_up="Follow-up",
    nothing_yet="Not filled in.",
    consent="Consent the sharing rests on",
    consent_line="{giver} ({form}, {given}) – for {recipients} – valid {until}",
    consent_until="until {date}",
    consent_open="until further notice",
    consent_givers={"child": "The child", "guardian_1": "Guardian 1", "guardian_2": "Guardian 2"},
    consent_forms={"oral": "oral", "written": "written"},
    legal="Legal basis",
)

LABELS: dict[str, SummaryLabels] = {"sv": SV, "en": EN}
SUMMARY_LANGUAGES: tuple[str, ...] = tuple(LABELS)  # sv, en
Paper = Literal["A4", "A3"]
PAPERS: tuple[Paper, ...] = ("A4", "A3")


def labels_for(lang: str) -> SummaryLabels:
    """The built-in labels for ``lang`` (Swedish when there are none)."""
    return LABELS.get(lang.split("-", 1)[0], SV)
