"""A child with two conversations, consent and a SIP plan, written through services.

Used by the summary service, CLI and print-dialog tests. Words the child did not
share carry the marker ``HEMLIG`` so a test can assert none of them is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import (
    DONT_KNOW,
    Answer,
    AreaEntry,
    Child,
    Consent,
    ConsentForm,
    ConsentGiver,
    Conversation,
    EntryField,
    SipAction,
    SipPlan,
)
from hjulet.storage.vault import Vault

OLD_DAY = date(2024, 10, 2)
NEW_DAY = date(2025, 3, 10)
CONSENT_DAY = date(2025, 3, 11)  # consent asked for after the conversation, as usual
NAME = "Alva"
CODE = "B-TEST-0001"
SHARED_WORDS = ("Att mamma mår bra", "Hemma är det lugnt", "Spela fotboll")
ADULT_NOTE = "Vuxen-notering-ett"
WITHHELD = 3  # trygg.hard, ma-bra.answer, ma-bra.words


@dataclass(frozen=True)
class Built:
    child: Child
    old: Conversation
    new: Conversation
    consent: Consent | None

    @property
    def child_id(self) -> int:
        assert self.child.id is not None
        return self.child.id


def build_child(
    vault: Vault,
    catalog: Catalog,
    *,
    with_consent: bool = True,
    name: str = NAME,
    code: str = CODE,
) -> Built:
    child = services.add_child(vault, name=name, code=code, languages=("sv", "ar"))
    assert child.id is not None
    definition = catalog.definition()
    scale = catalog.scale("steps4")

    old = services.start_conversation(
        vault, child.id, definition=definition, scale=scale, held_on=OLD_DAY
    )
    assert old.id is not None
    services.save_entry(
        vault,
        old.id,
        AreaEntry(
            "trygg",
            Answer.at(2),
            words="Förra gången",
            shared=frozenset({EntryField.ANSWER}),
        ),
    )

    new = services.start_conversation(
        vault, child.id, definition=definition, scale=scale, held_on=NEW_DAY, language="sv"
    )
    assert new.id is not None
    services.save_entry(
        vault,
        new.id,
        AreaEntry(
            "trygg",
            Answer.at(3),
            words="Hemma är det lugnt",
            hard="HEMLIG-RASTEN",
            adult_note=ADULT_NOTE,
            shared=frozenset({EntryField.ANSWER, EntryField.WORDS, EntryField.ADULT_NOTE}),
        ),
    )
    services.save_entry(vault, new.id, AreaEntry("ma-bra", Answer.at(1), words="HEMLIG-SOMN"))
    services.save_entry(
        vault,
        new.id,
        AreaEntry(
            "aktiv",
            DONT_KNOW,
            wish="Spela fotboll",
            shared=frozenset({EntryField.ANSWER, EntryField.WISH}),
        ),
    )
    services.update_conversation(
        vault, new.id, important_to_me="Att mamma mår bra", important_shared=True
    )
    consent = None
    if with_consent:
        consent = services.add_consent(
            vault,
            Consent(
                None,
                child.id,
                ConsentGiver.GUARDIAN_1,
                ("Skolan", "BUP Eskilstuna"),
                ConsentForm.WRITTEN,
                CONSENT_DAY,
                None,
                # the only guardian with custody: her consent covers the child's items
                sole_custody=True,
            ),
        )
    services.save_sip_plan(
        vault,
        SipPlan(
            child.id,
            question="Hur kan skolan ge stöd kring sömn?",
            participation="Vill vara med första halvtimmen.",
            actions=(SipAction("Skolan", "Rastvärd vid fotbollsplanen", date(2025, 4, 1)),),
            overall_responsible="Socialtjänsten",
            follow_up_on=date(2025, 6, 10),
            follow_up_by="Skolkurator",
        ),
    )
    return Built(
        child,
        services.get_conversation(vault, old.id),
        services.get_conversation(vault, new.id),
        consent,
    )
