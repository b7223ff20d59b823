"""The sharing rule, as a pure function: what the summary may show, what is counted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hjulet.core.catalog import Catalog
from hjulet.core.model import DECLINED, Answer, AreaEntry, EntryField
from hjulet.reports.sharing import shareable_view
from tests.reports.builders import ALL, MEETING, consent, conversation

SHARED = frozenset({EntryField.ANSWER, EntryField.WORDS})


def _conv(catalog: Catalog, **kw: object):  # type: ignore[no-untyped-def]
    entries = {
        "trygg": AreaEntry(
            "trygg", Answer.at(3), words="shared words", good="private good", shared=SHARED
        ),
        "ma-bra": AreaEntry("ma-bra", Answer.at(1), words="private words"),
        "aktiv": AreaEntry("aktiv", DECLINED, shared=frozenset({EntryField.ANSWER})),
    }
    return conversation(catalog, entries, important_to_me="my dog", important_shared=True, **kw)


def test_shared_items_visible_and_unshared_counted(catalog: Catalog) -> None:
    view, withheld = shareable_view(_conv(catalog), [consent()], MEETING)
    trygg = view.area("trygg")
    assert trygg.answer == Answer.at(3)
    assert trygg.texts == ((EntryField.WORDS, "shared words"),)
    assert view.area("ma-bra").answer == Answer()  # not shared: hidden
    assert view.area("ma-bra").texts == ()
    assert view.area("aktiv").answer == DECLINED  # "does not want to answer" is an answer
    assert view.important_to_me == "my dog"
    # private good (trygg) + answer and words (ma-bra)
    assert withheld == 3


def test_no_consent_shares_nothing(catalog: Catalog) -> None:
    view, withheld = shareable_view(_conv(catalog), [], MEETING)
    assert not view.has_consent
    assert all(not a.answer.is_given and not a.texts for a in view.areas)
    assert view.important_to_me == ""
    # 3 answers + shared words + private good + private words + important_to_me
    assert withheld == 7


def test_expired_withdrawn_future_and_other_child_consents_do_not_count(
    catalog: Catalog,
) -> None:
    conv = _conv(catalog)
    for bad in (
        consent(valid_until=date(2025, 3, 11)),  # expired the day before
        consent(withdrawn_on=MEETING),  # withdrawn on the meeting day
        consent(given_on=date(2025, 3, 13)),  # given after the meeting
        consent(child_id=99),  # another child's consent
    ):
        view, withheld = shareable_view(conv, [bad], MEETING)
        assert not view.has_consent
        assert view.area("trygg").answer == Answer()
        assert withheld == 7
    # valid on its last day, and withdrawn only later
    for good in (consent(valid_until=MEETING), consent(withdrawn_on=date(2025, 3, 13))):
        view, withheld = shareable_view(conv, [good], MEETING)
        assert view.has_consent and withheld == 3


def test_empty_items_are_not_counted_and_text_is_cleaned(catalog: Catalog) -> None:
    entries = {
        "trygg": AreaEntry("trygg", words="  \u202eevil\u202c  ", hard="   ", shared=ALL),
        "ma-bra": AreaEntry("ma-bra", wish="\n\t "),
    }
    view, withheld = shareable_view(conversation(catalog, entries), [consent()], MEETING)
    assert view.area("trygg").texts == ((EntryField.WORDS, "evil"),)
    assert withheld == 0


def test_adult_items_follow_their_own_flags_and_are_counted_apart(catalog: Catalog) -> None:
    entries = {
        "trygg": AreaEntry(
            "trygg",
            adult_note="shared note",
            adult_answer=Answer.at(2),
            shared=frozenset({EntryField.ADULT_NOTE, EntryField.ADULT_ANSWER}),
        ),
        "ma-bra": AreaEntry("ma-bra", adult_note="private note", adult_answer=Answer.at(1)),
    }
    conv = conversation(catalog, entries)
    view, withheld = shareable_view(conv, [consent()], MEETING)
    assert view.area("trygg").adult_note == "shared note"
    assert view.area("trygg").adult_answer == Answer.at(2)
    assert view.area("ma-bra").adult_note == "" and not view.area("ma-bra").adult_answer.is_given
    assert view.adult_withheld == 2
    assert withheld == 0
    view, _ = shareable_view(conv, [], MEETING)
    assert view.area("trygg").adult_note == ""


def test_important_and_change_note_need_their_flags(catalog: Catalog) -> None:
    conv = replace(_conv(catalog), important_shared=False, change_note="it got better")
    view, withheld = shareable_view(conv, [consent()], MEETING)
    assert view.important_to_me == "" and view.change_note == ""
    assert withheld == 5
