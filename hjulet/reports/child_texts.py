"""Child-facing phrases for the child's own copy, per language, as data.

Area names, questions and answer words come from the wheel definition and the
scale; these are the few sentences around them. Each language has a review
status (CONTEXT.md: translations must be checked by a native speaker before
use); Arabic and Tigrinya are drafts and the copy says so to the professional.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from hjulet.core.wheel import ReviewStatus


@dataclass(frozen=True)
class ChildTexts:
    lang: str
    review: ReviewStatus
    rtl: bool
    title: str
    talked_on: str  # {date}
    yours: str
    important: str
    my_answers: str
    scale_hint: str
    words: str
    good: str
    hard: str
    wish: str
    help_from: str
    not_talked: str
    changed: str
    next: str
    participation: str
    adults_do: str
    by_date: str  # {date}
    follow_up: str  # {date}
    nothing_next: str
    page: str  # {page} {pages}
    name_field: str  # blank sheet: the child's name or code
    date_field: str
    colour_in: str  # blank sheet: how to colour the rings


CHILD_TEXTS: Mapping[str, ChildTexts] = {
    "sv": ChildTexts(
        lang="sv",
        review=ReviewStatus.REVIEWED,
        rtl=False,
        title="Mitt hjul",
        talked_on="Vi pratade den {date}",
        yours="Det här är din egen kopia.",
        important="Det här är viktigt för mig",
        my_answers="Det här sa jag",
        scale_hint="Från mitten och utåt:",
        words="Mina ord",
        good="Det som är bra",
        hard="Det som är svårt",
        wish="Det jag vill ska hända",
        help_from="Jag vill ha hjälp av",
        not_talked="Det pratade vi inte om",
        changed="Det här har hänt sedan sist",
        next="Vad händer nu?",
        participation="Så vill jag vara med på mötet",
        adults_do="Det här ska de vuxna göra",
        by_date="senast {date}",
        follow_up="Vi ses igen och pratar om hur det går: {date}",
        nothing_next="De vuxna berättar för dig vad som händer sedan.",
        page="Sida {page} av {pages}",
        name_field="Namn eller kod",
        date_field="Datum",
        colour_in="Färga varje område från mitten och utåt, så långt som det stämmer för dig.",
    ),
    "en": ChildTexts(
        lang="en",
        review=ReviewStatus.REVIEWED,
        rtl=False,
        title="My wheel",
        talked_on="We talked on {date}",
        yours="This is your own copy.",
        important="This is important to me",
        my_answers="This is what I said",
        scale_hint="From the middle outwards:",
        words="My words",
        good="What is good",
        hard="What is hard",
        wish="What I want to happen",
        help_from="I want help from",
        not_talked="We did not talk about this",
        changed="This has happened since last time",
        next="What happens next?",
        participation="How I want to take part in the meeting",
        adults_do="This is what the adults will do",
        by_date="by {date}",
        follow_up="We will meet again and talk about how it is going: {date}",
        nothing_next="The adults will tell you what happens next.",
        page="Page {page} of {pages}",
        name_field="Name or code",
        date_field="Date",
        colour_in="Colour each area from the middle outwards, as far as it is true for you.",
    ),
    "ar": ChildTexts(
        lang="ar",
        review=ReviewStatus.DRAFT,
        rtl=True,
        title="عجلتي",
        talked_on="تحدثنا يوم {date}",
        yours="هذه نسختك الخاصة.",
        important="هذا مهم بالنسبة لي",
        my_answers="هذا ما قلته",
        scale_hint="من الوسط إلى الخارج:",
        words="كلماتي",
        good="ما هو جيد",
        hard="ما هو صعب",
        wish="ما أريد أن يحدث",
        help_from="أريد المساعدة من",
        not_talked="لم نتحدث عن هذا",
        changed="هذا ما حدث منذ المرة الماضية",
        next="ماذا سيحدث الآن؟",
        participation="كيف أريد أن أشارك في الاجتماع",
        adults_do="هذا ما سيفعله الكبار",
        by_date="قبل {date}",
        follow_up="سنلتقي مرة أخرى ونتحدث عن كيف تسير الأمور: {date}",
        nothing_next="سيخبرك الكبار بما سيحدث بعد ذلك.",
        page="صفحة {page} من {pages}",
        name_field="الاسم أو الرمز",
        date_field="التاريخ",
        colour_in="لوّن كل جزء من الوسط إلى الخارج، بقدر ما ينطبق عليك.",
    ),
    "ti": ChildTexts(
        lang="ti",
        review=ReviewStatus.DRAFT,
        rtl=False,
        title="መንኮርኮረይ",
        talked_on="ብ{date} ተዘራሪብና",
        yours="እዚ ናትካ ቅዳሕ እዩ።",
        important="እዚ ንዓይ ኣገዳሲ እዩ",
        my_answers="እዚ እዩ ዝበልክዎ",
        scale_hint="ካብ ማእከል ናብ ደገ፡",
        words="ቃላተይ",
        good="እቲ ጽቡቕ",
        hard="እቲ ከቢድ",
        wish="ክኸውን ዝደልዮ",
        help_from="ሓገዝ ካብዞም እደሊ",
        not_talked="ብዛዕባዚ ኣይተዘራረብናን",
        changed="ካብ ዝሓለፈ ግዜ ዝተቐየረ",
        next="ሕጂ እንታይ ክኸውን እዩ?",
        participation="ኣብቲ ኣኼባ ክሳተፍ ዝደልየሉ መንገዲ",
        adults_do="እዚ እዩ ዓበይቲ ዝገብርዎ",
        by_date="ቅድሚ {date}",
        follow_up="ከመይ ይኸይድ ከም ዘሎ ክንዛረብ ደጊምና ክንራኸብ ኢና፡ {date}",
        nothing_next="ዓበይቲ ቀጺሉ እንታይ ከም ዝኸውን ክነግሩኻ እዮም።",
        page="ገጽ {page} ካብ {pages}",
        name_field="ስም ወይ ኮድ",
        date_field="ዕለት",
        colour_in="ነፍሲ ወከፍ ክፋል ካብ ማእከል ናብ ደገ፡ ክሳብ ንዓኻ ዝሰማማዕ ሕብሪ።",
    ),
}

# Shown to the professional (in Swedish) on copies in a language not yet reviewed.
DRAFT_NOTE = "Utkast: översättningen är inte granskad av en modersmålstalare."

RTL_LANGUAGES = frozenset({"ar", "fa", "prs", "ckb", "ur", "he"})


def child_texts(lang: str) -> ChildTexts:
    """The phrases for ``lang``; Swedish where the language has none yet."""
    return CHILD_TEXTS.get(lang) or CHILD_TEXTS.get(lang.split("-", 1)[0]) or CHILD_TEXTS["sv"]
