"""A demo vault of fictional children, so there is something to see at once.

Every child is invented; codes start with DEMO- and the vault is named so
nobody mistakes it for real data.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hjulet.core.catalog import Catalog
from hjulet.core.guardian import GuardianItem, GuardianRole
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    NOT_ASKED,
    AgeTier,
    Answer,
    AreaEntry,
    Consent,
    ConsentForm,
    ConsentGiver,
    EntryField,
    SipAction,
    SipPlan,
)
from hjulet.services.children import add_child
from hjulet.services.consent import add_consent, save_sip_plan
from hjulet.services.conversations import save_entry, start_conversation, update_conversation
from hjulet.services.guardians import (
    set_guardian_answer,
    set_guardian_important,
    set_guardian_shared,
    set_guardian_words,
    start_guardian_view,
)
from hjulet.services.vault import confirm_recovery_key, create_vault
from hjulet.storage.keyslots import KdfParams
from hjulet.storage.vault import Vault

DEMO_NAME = "DEMO – påhittade barn"


@dataclass(frozen=True)
class DemoChild:
    name: str
    age: int
    lang: str
    words: dict[str, str]  # area id -> the child's own words


_WORDS_SV = {
    "trygg": "Jag är trygg hemma men inte på vägen till skolan.",
    "ma-bra": "Jag sover dåligt när det är bråk.",
    "utvecklas": "Matte är svårt men fröken hjälper mig.",
    "omvardad": "Mormor lagar mat till mig.",
    "aktiv": "Jag spelar fotboll på tisdagar.",
    "respekterad": "Ingen lyssnar när jag säger nej.",
    "ansvarstagande": "Jag tar hand om min lillebror.",
    "delaktig": "Jag har en bästis som heter Sam.",
}
_WORDS_EN = {
    "trygg": "I feel safe at home.",
    "ma-bra": "My tummy hurts in the mornings.",
    "aktiv": "I like drawing and swimming.",
    "delaktig": "Sometimes nobody plays with me at break.",
}
_WORDS_AR = {
    "trygg": "أشعر بالأمان في البيت مع أمي.",
    "utvecklas": "أحب القراءة لكن السويدية صعبة.",
    "delaktig": "عندي صديقان في الصف.",
}


@dataclass(frozen=True)
class DemoGuardian:
    """A fictional guardian's own view (by role only): language, answers, words, sharing."""

    role: GuardianRole
    lang: str
    levels: dict[str, int]  # area id -> level on a 4-step scale (scaled to the child's)
    words: dict[str, str]
    important: str
    shared_words: tuple[str, ...]  # areas whose words the guardian lets the meeting see


# Two families whose guardians see things differently (never averaged): Maryam's
# guardian 1 answers in Arabic, guardian 2 in Swedish; Noah's in Swedish and Persian.
FAMILIES: dict[str, tuple[DemoGuardian, ...]] = {
    "Maryam": (
        DemoGuardian(
            GuardianRole.GUARDIAN_1,
            "ar",
            {"trygg": 4, "ma-bra": 2, "utvecklas": 2, "omvardad": 4, "delaktig": 3},
            {
                "ma-bra": "تنام قليلًا وتقلق كثيرًا بشأن المدرسة.",
                "utvecklas": "تحتاج إلى مساعدة في اللغة السويدية.",
            },
            "أن تشعر بالأمان في المدرسة وأن يكون لها أصدقاء.",
            ("utvecklas",),
        ),
        DemoGuardian(
            GuardianRole.GUARDIAN_2,
            "sv",
            {"trygg": 3, "ma-bra": 3, "utvecklas": 3, "omvardad": 3, "delaktig": 2},
            {
                "delaktig": "Hon är ofta ensam på helgerna.",
                "trygg": "Vi bor trångt, det blir bråk ibland.",
            },
            "Att hon får hjälp med läxorna.",
            ("delaktig",),
        ),
    ),
    "Noah": (
        DemoGuardian(
            GuardianRole.GUARDIAN_1,
            "sv",
            {"trygg": 2, "ma-bra": 2, "aktiv": 4, "respekterad": 2},
            {"trygg": "Han vill inte gå till skolan på måndagar."},
            "Att skolvägen blir trygg.",
            ("trygg",),
        ),
        DemoGuardian(
            GuardianRole.GUARDIAN_2,
            "fa",
            {"trygg": 4, "ma-bra": 3, "aktiv": 3, "respekterad": 3},
            {"aktiv": "فوتبال را خیلی دوست دارد."},
            "اینکه دوستان خوبی داشته باشد.",
            (),
        ),
    ),
}


def _add_family(
    vault: Vault, conversation_id: int, size: int, family: tuple[DemoGuardian, ...]
) -> None:
    for g in family:
        view = start_guardian_view(vault, conversation_id, g.role, g.lang)
        assert view.id is not None
        for area_id, level in g.levels.items():
            level = max(1, min(size, round(level * size / 4)))
            set_guardian_answer(vault, view.id, area_id, Answer.at(level))
            set_guardian_shared(vault, view.id, area_id, GuardianItem.ANSWER, True)
        for area_id, words in g.words.items():
            set_guardian_words(vault, view.id, area_id, words)
            if area_id in g.shared_words:
                set_guardian_shared(vault, view.id, area_id, GuardianItem.WORDS, True)
        set_guardian_important(vault, view.id, g.important, shared=True)


CHILDREN = (
    DemoChild("Alva", 7, "sv", _WORDS_SV),
    DemoChild("Noah", 10, "sv", _WORDS_SV),
    DemoChild("Maryam", 9, "ar", _WORDS_AR),
    DemoChild("Liam", 14, "sv", _WORDS_SV),
    DemoChild("Sara", 16, "sv", _WORDS_SV),
    DemoChild("Elias", 5, "sv", _WORDS_SV),
    DemoChild("Hodan", 12, "sv", _WORDS_SV),
    DemoChild("Oliver", 11, "en", _WORDS_EN),
)


def _answer(rng: random.Random, size: int) -> Answer:
    roll = rng.random()
    if roll < 0.07:
        return DECLINED
    if roll < 0.14:
        return DONT_KNOW
    if roll < 0.2:
        return NOT_ASKED
    return Answer.at(rng.randint(1, size))


def create_demo_vault(
    path: Path, passphrase: str, catalog: Catalog, *, kdf: KdfParams
) -> tuple[Vault, int]:
    """A new vault of fictional children at ``path`` (open); returns it and how many.

    Its recovery key is confirmed at once: the demo's passphrase is public and its
    children invented, so there is nothing to recover, and ``check`` on a demo vault
    should not warn about a recovery key nobody was ever meant to keep.
    """
    vault, recovery = create_vault(path, passphrase, name=DEMO_NAME, kdf=kdf)
    try:
        confirm_recovery_key(vault, recovery)
        n = populate_demo(vault, catalog)
    except BaseException:
        vault.close()
        raise
    return vault, n


def populate_demo(
    vault: Vault, catalog: Catalog, *, seed: int = 2026, today: date | None = None
) -> int:
    """Fill ``vault`` with fictional children; returns how many were added."""
    rng = random.Random(seed)
    today = today or date.today()
    definition = catalog.definition()
    for n, spec in enumerate(CHILDREN):
        tier = AgeTier.for_age(spec.age)
        languages = (spec.lang, "sv") if spec.lang != "sv" else ("sv",)
        child = add_child(
            vault,
            name=spec.name,
            code=f"DEMO-{n + 1:03d}",
            birth_year=today.year - spec.age,
            languages=languages,
            age_tier=tier,
        )
        scale = catalog.scale_for(tier)
        terms = 1 + n % 4
        for t in range(terms):
            held = today - timedelta(days=182 * (terms - 1 - t) + 3 * n)
            conv = start_conversation(
                vault,
                child.id or 0,
                definition=definition,
                scale=scale,
                language=spec.lang,
                held_on=held,
                place="Skolans samtalsrum",
                present="Barnet och kuratorn",
            )
            assert conv.id is not None
            update_conversation(
                vault,
                conv.id,
                important_to_me=(
                    "Att få vara med kompisarna på rasten."
                    if spec.lang == "sv"
                    else (
                        "أن ألعب مع أصدقائي." if spec.lang == "ar" else "To play with my friends."
                    )
                ),
                important_shared=True,
                change_note="Det är lite bättre hemma nu." if t else "",
            )
            for area in definition.areas:
                words = spec.words.get(area.id, "") if rng.random() < 0.7 else ""
                shared = {EntryField.ANSWER}
                if words and rng.random() < 0.6:
                    shared.add(EntryField.WORDS)
                entry = AreaEntry(
                    area_id=area.id,
                    answer=_answer(rng, scale.size),
                    words=words,
                    good="Rasterna" if area.id == "delaktig" and spec.lang == "sv" else "",
                    hard="Läxorna" if area.id == "utvecklas" and spec.lang == "sv" else "",
                    wish="Att någon följer med till bussen" if area.id == "trygg" else "",
                    help_from="Mentorn" if area.id == "utvecklas" else "",
                    adult_note=(
                        "Barnet beskriver oro kring skolvägen; följs upp med mentor."
                        if area.id == "trygg"
                        else ""
                    ),
                    adult_answer=Answer.at(rng.randint(1, scale.size))
                    if rng.random() < 0.3
                    else NOT_ASKED,
                    shared=frozenset(shared) if rng.random() < 0.8 else frozenset(),
                )
                save_entry(vault, conv.id, entry)
        family = FAMILIES.get(spec.name)
        if family and conv.id is not None:  # the guardians' own views, latest conversation
            _add_family(vault, conv.id, scale.size, family)
        cid = child.id or 0
        add_consent(
            vault,
            Consent(
                None,
                cid,
                ConsentGiver.GUARDIAN_1,
                ("Socialtjänsten", "Region Sörmland"),
                ConsentForm.WRITTEN,
                today - timedelta(days=60),
                today + timedelta(days=300),
                giver_name="Vårdnadshavare 1",
                # a family where guardian 1 alone has custody: their consent covers all
                sole_custody=n % 3 == 1,
            ),
        )
        if n % 3 == 2:  # joint custody, and both guardians have consented
            add_consent(
                vault,
                Consent(
                    None,
                    cid,
                    ConsentGiver.GUARDIAN_2,
                    ("Socialtjänsten", "Region Sörmland"),
                    ConsentForm.WRITTEN,
                    today - timedelta(days=55),
                    today + timedelta(days=300),
                    giver_name="Vårdnadshavare 2",
                ),
            )
        if n % 3 == 0:  # joint custody, guardian 2's consent has ended: one guardian only
            add_consent(
                vault,
                Consent(
                    None,
                    cid,
                    ConsentGiver.GUARDIAN_2,
                    ("Socialtjänsten",),
                    ConsentForm.ORAL,
                    today - timedelta(days=400),
                    today - timedelta(days=30),
                    giver_name="Vårdnadshavare 2",
                ),
            )
        if spec.age >= 12:
            add_consent(
                vault,
                Consent(
                    None,
                    cid,
                    ConsentGiver.CHILD,
                    ("Socialtjänsten", "Elevhälsan"),
                    ConsentForm.ORAL,
                    today - timedelta(days=20),
                    None,
                ),
            )
        save_sip_plan(
            vault,
            SipPlan(
                child_id=cid,
                question="Hur kan skolan och socialtjänsten göra skolvägen trygg?",
                participation="Vill vara med första halvtimmen, med mentorn bredvid.",
                attendees="Vårdnadshavare, mentor, kurator, socialsekreterare, BUP",
                actions=(
                    SipAction(
                        "Mentor",
                        "Följer med till bussen två dagar i veckan",
                        today + timedelta(days=30),
                    ),
                    SipAction("Socialtjänsten", "Erbjuder familjestöd", today + timedelta(days=45)),
                ),
                overall_responsible="Socialsekreterare (fiktiv)",
                follow_up_on=today + timedelta(days=60 + 7 * n),
                follow_up_by="Kuratorn",
            ),
        )
    return len(CHILDREN)
