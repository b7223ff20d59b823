"""The sharing rule and consent validity, as pure functions (no vault, no PDF).

What the SIP summary may show, what is withheld and why; which consent counts
on which day; what the child's copy and a guardian's copy may hold.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hjulet.core.catalog import Catalog
from hjulet.core.guardian import (
    GUARDIAN_ROLES,
    GuardianEntry,
    GuardianItem,
    GuardianRole,
    GuardianView,
)
from hjulet.core.meeting_view import (
    Basis,
    ConsentOutlook,
    CopyNote,
    MeetingConsent,
    WithheldBecause,
)
from hjulet.core.model import (
    DECLINED,
    DONT_KNOW,
    NOT_ASKED,
    Answer,
    AreaEntry,
    ConsentGiver,
    EntryField,
)
from hjulet.core.sharing import (
    ENDING_SOON_DAYS,
    ConsentState,
    ConsentStatus,
    basis_ends,
    child_consent,
    child_copy_content,
    child_outlook,
    child_view,
    consent_state,
    consent_status,
    guardian_copy_sharing,
    guardian_views_shared,
    guardians_without_consent,
    is_valid,
    may_record_sole_custody,
    meeting_consent,
    meeting_view,
    valid_consents,
    without_content,
)
from tests.reports.builders import ALL, CHILD_ID, MEETING, consent, conversation

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


# ---------------------------------------------------------------- consent on a day


def test_consent_state_on_each_boundary_day() -> None:
    c = consent(given_on=date(2026, 1, 1), valid_until=date(2026, 6, 30))
    assert consent_state(c, date(2025, 12, 31)) is ConsentState.NOT_YET
    assert consent_state(c, date(2026, 1, 1)) is ConsentState.VALID  # the day it is given
    assert consent_state(c, date(2026, 6, 30)) is ConsentState.VALID  # its last day
    assert consent_state(c, date(2026, 7, 1)) is ConsentState.EXPIRED
    w = consent(given_on=date(2026, 1, 1), valid_until=None, withdrawn_on=date(2026, 3, 1))
    assert consent_state(w, date(2026, 2, 28)) is ConsentState.VALID
    assert consent_state(w, date(2026, 3, 1)) is ConsentState.WITHDRAWN  # from that day on
    assert consent_state(w, date(2030, 1, 1)) is ConsentState.WITHDRAWN  # open-ended, withdrawn
    # withdrawn before it even began: withdrawn, not "not yet"
    early = consent(given_on=date(2026, 5, 1), withdrawn_on=date(2026, 4, 1))
    assert consent_state(early, date(2026, 4, 15)) is ConsentState.WITHDRAWN
    # withdrawn after it expired: on a day after both, withdrawal is what is said
    both = consent(valid_until=date(2025, 3, 1), withdrawn_on=date(2025, 4, 1))
    assert consent_state(both, date(2025, 3, 15)) is ConsentState.EXPIRED
    assert consent_state(both, date(2025, 4, 2)) is ConsentState.WITHDRAWN
    assert is_valid(c, date(2026, 3, 1)) and not is_valid(w, date(2026, 3, 1))


def test_valid_consents_keep_only_this_childs_valid_ones_in_order() -> None:
    good_1 = consent(given_by=ConsentGiver.CHILD)
    good_2 = consent(given_by=ConsentGiver.GUARDIAN_2, valid_until=None)
    expired = consent(valid_until=MEETING - timedelta(days=1))
    withdrawn = consent(withdrawn_on=MEETING)
    other_child = consent(child_id=CHILD_ID + 1)
    every = [expired, good_1, withdrawn, other_child, good_2]
    assert valid_consents(every, MEETING, CHILD_ID) == (good_1, good_2)
    assert valid_consents(every, MEETING) == (good_1, other_child, good_2)
    assert valid_consents([], MEETING, CHILD_ID) == ()


def test_consent_status_valid_ending_soon_or_none() -> None:
    soon = consent(valid_until=MEETING + timedelta(days=ENDING_SOON_DAYS))
    later = consent(valid_until=MEETING + timedelta(days=ENDING_SOON_DAYS + 1))
    assert consent_status([], MEETING) is ConsentStatus.NONE
    assert consent_status([consent(withdrawn_on=MEETING)], MEETING) is ConsentStatus.NONE
    assert consent_status([soon], MEETING) is ConsentStatus.ENDING_SOON
    assert consent_status([soon, later], MEETING) is ConsentStatus.VALID
    assert consent_status([consent(valid_until=None)], MEETING) is ConsentStatus.VALID


# ---------------------------------------------------------------- the child's items


def test_shared_items_visible_and_unshared_counted(catalog: Catalog) -> None:
    view = child_view(_conv(catalog), [consent()], MEETING)
    trygg = view.area("trygg")
    assert trygg.answer == Answer.at(3)
    assert trygg.texts == ((EntryField.WORDS, "shared words"),)
    assert view.area("ma-bra").answer == Answer()  # not shared: hidden
    assert view.area("ma-bra").texts == ()
    assert view.area("aktiv").answer == DECLINED  # "does not want to answer" is an answer
    assert view.important_to_me == "my dog"
    # private good (trygg) + answer and words (ma-bra)
    assert view.withheld == 3
    assert view.withheld_because is WithheldBecause.NOT_MARKED


def test_no_consent_shares_nothing(catalog: Catalog) -> None:
    view = child_view(_conv(catalog), [], MEETING)
    assert not view.has_consent
    assert all(not a.answer.is_given and not a.texts for a in view.areas)
    assert view.important_to_me == ""
    # 3 answers + shared words + private good + private words + important_to_me
    assert view.withheld == 7
    assert view.withheld_because is WithheldBecause.NO_VALID_CONSENT


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
        view = child_view(conv, [bad], MEETING)
        assert not view.has_consent and view.consents == ()
        assert view.area("trygg").answer == Answer()
        assert view.withheld == 7
    # valid on its last day, and withdrawn only later
    for good in (consent(valid_until=MEETING), consent(withdrawn_on=date(2025, 3, 13))):
        view = child_view(conv, [good], MEETING)
        assert view.has_consent and view.withheld == 3
        assert view.consents == (good,)


def test_one_valid_consent_among_withdrawn_ones_is_enough_and_only_it_is_named(
    catalog: Catalog,
) -> None:
    withdrawn = consent(given_by=ConsentGiver.GUARDIAN_1, withdrawn_on=date(2025, 3, 1))
    valid = consent(given_by=ConsentGiver.CHILD)
    view = child_view(_conv(catalog), [withdrawn, valid], MEETING)
    assert view.consents == (valid,)
    assert view.area("trygg").answer == Answer.at(3)


def test_empty_items_are_not_counted_and_text_is_cleaned(catalog: Catalog) -> None:
    entries = {
        "trygg": AreaEntry("trygg", words="  \u202eevil\u202c  ", hard="   ", shared=ALL),
        "ma-bra": AreaEntry("ma-bra", wish="\n\t "),
    }
    view = child_view(conversation(catalog, entries), [consent()], MEETING)
    assert view.area("trygg").texts == ((EntryField.WORDS, "evil"),)
    assert view.withheld == 0 and view.withheld_because is None


def test_partial_sharing_keeps_each_item_to_its_own_flag(catalog: Catalog) -> None:
    entry = AreaEntry(
        "trygg",
        Answer.at(2),
        words="w",
        good="g",
        hard="h",
        wish="x",
        help_from="y",
        shared=frozenset({EntryField.GOOD, EntryField.HELP_FROM}),
    )
    view = child_view(conversation(catalog, {"trygg": entry}), [consent()], MEETING)
    area = view.area("trygg")
    assert area.texts == ((EntryField.GOOD, "g"), (EntryField.HELP_FROM, "y"))
    assert area.answer == NOT_ASKED
    assert view.withheld == 4  # answer, words, hard, wish


def test_child_said_no_for_an_area_in_child_mode(catalog: Catalog) -> None:
    """The child's own "no" (child mode) withholds the area, which is handed on exactly
    like an area never answered: nothing tells the summary that the child kept it."""
    said_no = AreaEntry(
        "delaktig",
        Answer.at(1),
        words="ingen vill vara med mig",
        shared=frozenset(),
        child_decided=frozenset({EntryField.ANSWER, EntryField.WORDS}),
    )
    said_yes = AreaEntry(
        "aktiv",
        DONT_KNOW,
        shared=frozenset({EntryField.ANSWER}),
        child_decided=frozenset({EntryField.ANSWER}),
    )
    conv = conversation(catalog, {"delaktig": said_no, "aktiv": said_yes})
    view = child_view(conv, [consent()], MEETING)
    assert view.area("delaktig").answer == NOT_ASKED
    assert view.area("delaktig").texts == ()
    assert view.area("aktiv").answer == DONT_KNOW
    # the kept area equals one never answered ("trygg"), but for its id
    assert replace(view.area("delaktig"), area_id="trygg") == view.area("trygg")
    assert view.withheld == 2


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
    view = child_view(conv, [consent()], MEETING)
    assert view.area("trygg").adult_note == "shared note"
    assert view.area("trygg").adult_answer == Answer.at(2)
    assert view.area("ma-bra").adult_note == "" and not view.area("ma-bra").adult_answer.is_given
    assert view.adult_withheld == 2
    assert view.adult_withheld_because is WithheldBecause.NOT_MARKED
    assert view.withheld == 0 and view.withheld_because is None
    view = child_view(conv, [], MEETING)
    assert view.area("trygg").adult_note == ""
    assert view.adult_withheld == 4
    assert view.adult_withheld_because is WithheldBecause.NO_VALID_CONSENT
    nothing_kept = child_view(conversation(catalog), [consent()], MEETING)
    assert nothing_kept.adult_withheld_because is None


def test_important_and_change_note_need_their_flags(catalog: Catalog) -> None:
    conv = replace(_conv(catalog), important_shared=False, change_note="it got better")
    view = child_view(conv, [consent()], MEETING)
    assert view.important_to_me == "" and view.change_note == ""
    assert view.withheld == 5
    shared = replace(conv, change_note_shared=True)
    view = child_view(shared, [consent()], MEETING)
    assert view.change_note == "it got better" and view.withheld == 4
    assert child_view(shared, [], MEETING).change_note == ""  # the flag needs consent too


# ---------------------------------------------------------------- a guardian's answer, noted


def test_a_noted_guardian_answer_needs_consent_and_its_own_flag(catalog: Catalog) -> None:
    noted = AreaEntry("trygg", Answer.at(4), guardian_answer=Answer.at(1), shared=ALL)
    unflagged = AreaEntry(
        "ma-bra", guardian_answer=DECLINED, shared=frozenset({EntryField.ADULT_ANSWER})
    )
    conv = conversation(catalog, {"trygg": noted, "ma-bra": unflagged})
    view = child_view(conv, [consent()], MEETING)
    assert view.area("trygg").noted_guardian_answer == Answer.at(1)
    assert view.area("trygg").answer == Answer.at(4)  # never mixed with the child's answer
    assert view.area("trygg").adult_answer == NOT_ASKED  # nor with the professional's own
    assert view.area("ma-bra").noted_guardian_answer == NOT_ASKED
    assert view.adult_withheld == 1  # counted with the professional's items
    assert view.withheld == 0  # not one of the child's
    blocked = child_view(conv, [consent(withdrawn_on=MEETING)], MEETING)
    assert blocked.area("trygg").noted_guardian_answer == NOT_ASKED
    assert blocked.adult_withheld == 2


# ---------------------------------------------------------------- the guardians' own views


def _view(role: GuardianRole, **kw: object) -> GuardianView:
    return GuardianView(1, 1, role, **kw)  # type: ignore[arg-type]


def test_guardian_views_follow_their_own_flags_each_apart(catalog: Catalog) -> None:
    both = frozenset(GuardianItem)
    g2 = _view(
        GuardianRole.GUARDIAN_2,
        language="ar",
        important="hon sover dåligt",
        important_shared=False,
        entries={
            "trygg": GuardianEntry("trygg", Answer.at(2), "orolig", shared=both),
            "aktiv": GuardianEntry(
                "aktiv", Answer.at(3), "fotboll", shared=frozenset({GuardianItem.WORDS})
            ),
        },
    )
    g1 = _view(
        GuardianRole.GUARDIAN_1,
        important="att hon är trygg",
        important_shared=True,
        entries={"trygg": GuardianEntry("trygg", Answer.at(4), "lugnt hemma")},
    )
    other_conversation = replace(g1, conversation_id=2, role=GuardianRole.OTHER)
    conv = conversation(catalog)
    both_consents = [consent(), consent(given_by=ConsentGiver.GUARDIAN_2, consent_id=2)]
    shared = guardian_views_shared(conv, [g2, other_conversation, g1], both_consents, MEETING)
    assert [v.role for v in shared] == [GuardianRole.GUARDIAN_1, GuardianRole.GUARDIAN_2]
    first, second = shared
    assert first.important == "att hon är trygg" and first.areas == () and first.withheld == 2
    assert first.withheld_because is WithheldBecause.NOT_MARKED
    assert second.language == "ar" and second.important == "" and second.withheld == 2
    assert [(a.area_id, a.answer, a.words) for a in second.areas] == [
        ("trygg", Answer.at(2), "orolig"),
        ("aktiv", NOT_ASKED, "fotboll"),
    ]
    nothing = guardian_views_shared(conv, [g1, g2], [], MEETING)
    assert all(v.is_empty for v in nothing)
    assert [v.withheld for v in nothing] == [3, 5]
    assert {v.withheld_because for v in nothing} == {WithheldBecause.NO_VALID_CONSENT}


# ---------------------------------------------------------------- the whole meeting


def test_meeting_view_filters_the_previous_conversation_by_the_same_rule(
    catalog: Catalog,
) -> None:
    before = conversation(
        catalog,
        {
            "trygg": AreaEntry("trygg", Answer.at(1), shared=frozenset({EntryField.ANSWER})),
            "ma-bra": AreaEntry("ma-bra", Answer.at(4)),  # not shared then
        },
        held_on=date(2024, 10, 2),
        conv_id=0,
    )
    g1 = _view(GuardianRole.GUARDIAN_1, entries={"trygg": GuardianEntry("trygg", Answer.at(2))})
    meeting = meeting_view(
        _conv(catalog), [consent()], MEETING, previous=before, guardian_views=[g1]
    )
    assert meeting.on == MEETING and meeting.has_consent
    assert meeting.previous is not None
    assert meeting.previous.area("trygg").answer == Answer.at(1)
    assert meeting.previous.area("ma-bra").answer == NOT_ASKED  # cannot show through a change
    assert [v.role for v in meeting.guardians] == [GuardianRole.GUARDIAN_1]
    none = meeting_view(_conv(catalog), [], MEETING, previous=before)
    assert none.previous is not None and none.previous.area("trygg").answer == NOT_ASKED
    assert not none.has_consent and none.guardians == ()


def test_the_frame_holds_no_content_and_the_childs_copy_no_adult_items(
    catalog: Catalog,
) -> None:
    entry = AreaEntry(
        "trygg",
        Answer.at(3),
        words="mina ord",
        adult_note="vuxen",
        adult_answer=Answer.at(2),
        guardian_answer=Answer.at(1),
        shared=ALL,
    )
    conv = replace(
        _conv(catalog, change_note="bättre", change_note_shared=True, place="Skolan"),
        entries={"trygg": entry},
    )
    frame = without_content(conv)
    assert frame.entries == {} and frame.important_to_me == "" and frame.change_note == ""
    assert frame.place == "" and not frame.important_shared and not frame.change_note_shared
    assert (frame.definition, frame.scale, frame.held_on, frame.language) == (
        conv.definition,
        conv.scale,
        conv.held_on,
        conv.language,
    )
    copy = child_copy_content(conv)
    kept = copy.entry("trygg")
    assert kept.answer == Answer.at(3) and kept.words == "mina ord"
    assert kept.adult_note == "" and kept.adult_answer == NOT_ASKED
    assert kept.guardian_answer == NOT_ASKED
    assert copy.important_to_me == "my dog" and copy.change_note == "bättre"
    # the child's copy is theirs: what they did not share is still on it
    private = child_copy_content(replace(conv, important_shared=False))
    assert private.important_to_me == "my dog"


# ---------------------------------------------------------------- what a guardian's copy says


def test_meeting_consent_valid_missing_withdrawn_expired(catalog: Catalog) -> None:
    on = MEETING
    conv = conversation(catalog)
    assert meeting_consent([consent()], on, CHILD_ID) == ConsentOutlook(MeetingConsent.VALID)
    assert meeting_consent([], on, CHILD_ID) == ConsentOutlook(MeetingConsent.MISSING)
    later = consent(given_on=on + timedelta(days=1))  # given after the day: not yet there
    assert meeting_consent([later], on, CHILD_ID).state is MeetingConsent.MISSING
    other_child = consent(child_id=CHILD_ID + 1)
    assert meeting_consent([other_child], on, CHILD_ID).state is MeetingConsent.MISSING
    withdrawn = consent(withdrawn_on=date(2025, 3, 1))
    assert meeting_consent([withdrawn], on, CHILD_ID) == ConsentOutlook(
        MeetingConsent.WITHDRAWN, date(2025, 3, 1)
    )
    expired = consent(valid_until=date(2025, 2, 28))
    assert meeting_consent([expired], on, CHILD_ID) == ConsentOutlook(
        MeetingConsent.EXPIRED, date(2025, 2, 28)
    )
    # the latest consent given tells the story; any valid one makes it valid
    old_expired = replace(consent(given_on=date(2024, 1, 1), valid_until=date(2024, 6, 1)), id=2)
    assert meeting_consent([old_expired, withdrawn], on, CHILD_ID).state is (
        MeetingConsent.WITHDRAWN
    )
    assert meeting_consent([withdrawn, consent()], on, CHILD_ID).state is MeetingConsent.VALID
    # the one that counted last, not the one given last: an older consent withdrawn
    # after a newer one expired is the one the paper names
    newer_expired = replace(consent(given_on=date(2025, 1, 10), valid_until=date(2025, 2, 1)), id=3)
    older_withdrawn = replace(
        consent(given_on=date(2025, 1, 1), withdrawn_on=date(2025, 3, 1)), id=4
    )
    for consents in ([newer_expired, older_withdrawn], [older_withdrawn, newer_expired]):
        assert meeting_consent(consents, on, CHILD_ID) == ConsentOutlook(
            MeetingConsent.WITHDRAWN, date(2025, 3, 1)
        )
    newer_withdrawn = replace(
        consent(given_on=date(2025, 1, 10), withdrawn_on=date(2025, 1, 20)), id=5
    )
    older_expired = replace(consent(given_on=date(2025, 1, 1), valid_until=date(2025, 2, 27)), id=6)
    assert meeting_consent([newer_withdrawn, older_expired], on, CHILD_ID) == ConsentOutlook(
        MeetingConsent.EXPIRED, date(2025, 2, 27)
    )
    # the same rule as the summary's: valid exactly when meeting_view has a consent
    for consents in ([consent()], [], [later], [withdrawn], [expired], [withdrawn, consent()]):
        valid = meeting_consent(consents, on, CHILD_ID).state is MeetingConsent.VALID
        view = meeting_view(conv, consents, on)
        assert valid == view.has_consent
        assert view.outlook == meeting_consent(consents, on, CHILD_ID)  # the summary's too


def _copy_view() -> GuardianView:
    both = frozenset(GuardianItem)
    return _view(
        GuardianRole.GUARDIAN_1,
        important="sleep",
        important_shared=True,
        entries={
            "trygg": GuardianEntry("trygg", Answer.at(2), "calm", shared=both),
            "ma-bra": GuardianEntry(
                "ma-bra", Answer.at(3), "tired", shared=frozenset({GuardianItem.ANSWER})
            ),
            "aktiv": GuardianEntry("aktiv", Answer.at(4), "football"),  # kept
            "utvecklas": GuardianEntry(
                "utvecklas", words="reads a lot", shared=frozenset({GuardianItem.WORDS})
            ),
            "delaktig": GuardianEntry(
                "delaktig", Answer.at(1), "alone", shared=frozenset({GuardianItem.WORDS})
            ),
        },
    )


def test_a_guardians_copy_says_may_be_shown_only_for_what_the_summary_shows(
    catalog: Catalog,
) -> None:
    conv = conversation(catalog)
    view = _copy_view()
    said = guardian_copy_sharing(conv, view, [consent()], MEETING)
    assert said.consent.state is MeetingConsent.VALID
    assert said.important is CopyNote.SHOWN
    assert dict(said.areas) == {
        "trygg": CopyNote.SHOWN,
        "ma-bra": CopyNote.ONLY_ANSWER,
        "aktiv": CopyNote.NOT_MARKED,
        "utvecklas": CopyNote.SHOWN,  # words only, and they are shown
        "delaktig": CopyNote.ONLY_WORDS,
    }
    assert said.area("omvardad") is None  # nothing said there: nothing to say
    # the summary shows exactly the areas the copy says something of the meeting for
    (summary,) = guardian_views_shared(conv, [view], [consent()], MEETING)
    shown = {a.area_id for a in summary.areas}
    assert shown == {a for a, note in said.areas.items() if note is not CopyNote.NOT_MARKED}


def test_without_valid_consent_a_guardians_copy_says_nothing_is_shown(catalog: Catalog) -> None:
    conv = conversation(catalog)
    view = _copy_view()
    for consents, state in (
        ([], MeetingConsent.MISSING),
        ([consent(withdrawn_on=MEETING)], MeetingConsent.WITHDRAWN),
        ([consent(valid_until=MEETING - timedelta(days=1))], MeetingConsent.EXPIRED),
    ):
        said = guardian_copy_sharing(conv, view, consents, MEETING)
        assert said.consent.state is state
        assert said.important is CopyNote.NO_CONSENT
        assert dict(said.areas) == {
            "trygg": CopyNote.NO_CONSENT,
            "ma-bra": CopyNote.NO_CONSENT,
            "aktiv": CopyNote.NOT_MARKED,  # kept by the guardian: their choice, still true
            "utvecklas": CopyNote.NO_CONSENT,
            "delaktig": CopyNote.NO_CONSENT,
        }
        (summary,) = guardian_views_shared(conv, [view], consents, MEETING)
        assert summary.is_empty
    kept = replace(view, important_shared=False)
    assert guardian_copy_sharing(conv, kept, [], MEETING).important is CopyNote.NOT_MARKED
    silent = replace(view, important="  ")
    assert guardian_copy_sharing(conv, silent, [consent()], MEETING).important is None


# ---------------------------------------------------------------- whose consent lets what through


G1, G2, CHILD = ConsentGiver.GUARDIAN_1, ConsentGiver.GUARDIAN_2, ConsentGiver.CHILD


def _joint(giver: ConsentGiver, n: int = 1, **kw: object):  # type: ignore[no-untyped-def]
    """One of two guardians' (joint custody), or the child's, consent."""
    return consent(given_by=giver, sole_custody=False, consent_id=n, **kw)  # type: ignore[arg-type]


def _family() -> list[GuardianView]:
    both = frozenset(GuardianItem)
    return [
        GuardianView(
            n,
            1,
            role,
            important=f"{role.value} important",
            important_shared=True,
            entries={"trygg": GuardianEntry("trygg", Answer.at(n), f"{role.value} words", both)},
        )
        for n, role in enumerate(GUARDIAN_ROLES, start=1)
    ]


_WHOSE = ("child", "noted", *(r.value for r in GUARDIAN_ROLES))


def _shown(catalog: Catalog, consents: list) -> dict[str, bool]:  # type: ignore[type-arg]
    """Whose items the summary shows under ``consents``: the child's, each guardian's."""
    noted = AreaEntry(
        "trygg", Answer.at(3), words="child words", guardian_answer=Answer.at(2), shared=ALL
    )
    conv = conversation(catalog, {"trygg": noted}, important_to_me="mine", important_shared=True)
    meeting = meeting_view(conv, consents, MEETING, guardian_views=_family())
    views = {v.role: v for v in meeting.guardians}
    out = {
        "child": meeting.child.area("trygg").texts == ((EntryField.WORDS, "child words"),),
        "noted": meeting.child.area("trygg").noted_guardian_answer == Answer.at(2),
    }
    for role in GUARDIAN_ROLES:
        view = views[role]
        words = view.area("trygg").words if view.area("trygg") else ""  # type: ignore[union-attr]
        shows_words = words == f"{role.value} words"
        shows_important = view.important != ""
        # each item shown exactly when covered (a leak of either one fails here)
        assert shows_words == shows_important == view.has_consent
        out[role.value] = shows_words
    return out


def test_one_guardians_consent_shows_only_that_guardians_own_words(catalog: Catalog) -> None:
    shown = _shown(catalog, [_joint(G1)])
    assert shown == {
        "child": False,  # joint custody: one guardian's consent is not enough
        "noted": False,
        "guardian_1": True,
        "guardian_2": False,  # guardian 1's consent never covers guardian 2's words
        "other_caregiver": False,
    }
    view = child_view(conversation(catalog), [_joint(G1)], MEETING)
    assert view.partial == (G1,) and view.basis == () and view.consents == ()
    assert child_outlook([_joint(G1)], MEETING, CHILD_ID) == ConsentOutlook(
        MeetingConsent.ONE_GUARDIAN
    )
    assert _shown(catalog, [_joint(G2)])["guardian_1"] is False


def test_a_withdrawn_guardian_2_consent_hides_guardian_2(catalog: Catalog) -> None:
    both = [_joint(G1), _joint(G2, 2)]
    # (the rule changed: an other caregiver's view needs their own consent, which
    # the guardians' consents no longer stand in for)
    assert _shown(catalog, both) == {**dict.fromkeys(_WHOSE, True), "other_caregiver": False}
    withdrawn = [_joint(G1), _joint(G2, 2, withdrawn_on=MEETING)]
    shown = _shown(catalog, withdrawn)
    assert shown["guardian_2"] is False and shown["guardian_1"] is True
    assert shown["child"] is False  # and the child's items lose their basis too
    meeting = meeting_view(conversation(catalog), withdrawn, MEETING)
    assert dict(meeting.guardian_outlooks) == {
        G1: ConsentOutlook(MeetingConsent.VALID),
        G2: ConsentOutlook(MeetingConsent.WITHDRAWN, MEETING),
    }


def test_the_childs_consent_alone_shows_the_childs_items_but_no_guardians_words(
    catalog: Catalog,
) -> None:
    shown = _shown(catalog, [_joint(CHILD)])
    assert shown == {
        "child": True,
        "noted": False,  # a guardian's answer, noted: a guardian's words
        "guardian_1": False,
        "guardian_2": False,
        # (the rule changed: an other caregiver's own consent is recorded now, and the
        # child's consent never covers someone else's words)
        "other_caregiver": False,
    }
    view = child_view(
        conversation(
            catalog,
            {
                "trygg": AreaEntry("trygg", guardian_answer=Answer.at(2), shared=ALL),
                "aktiv": AreaEntry("aktiv", guardian_answer=Answer.at(1)),  # not agreed
            },
        ),
        [_joint(CHILD)],
        MEETING,
    )
    assert view.basis == (Basis.CHILD,)
    assert view.noted_without_guardian_consent == 1  # marked, held for want of consent
    assert view.adult_withheld == 1  # the unmarked one: the adult's own choice


def test_both_guardians_consent_shows_the_childs_items(catalog: Catalog) -> None:
    g1, g2 = _joint(G1), _joint(G2, 2)
    shown = _shown(catalog, [g1, g2])
    # (the rule changed: the guardians' consents do not cover an other caregiver's view)
    assert shown == {**dict.fromkeys(_WHOSE, True), "other_caregiver": False}
    view = child_view(conversation(catalog), [g2, g1], MEETING)
    assert view.basis == (Basis.BOTH_GUARDIANS,) and view.consents == (g2, g1)
    # guardian 1 twice (an older consent and a newer one) is still one guardian
    assert not child_consent([g1, _joint(G1, 3, given_on=date(2025, 3, 1))], MEETING)


def test_sole_custody_lets_one_guardians_consent_cover_the_childs_items(
    catalog: Catalog,
) -> None:
    sole = consent(given_by=G2, sole_custody=True)
    shown = _shown(catalog, [sole])
    assert shown == {
        "child": True,
        "noted": True,
        "guardian_1": False,  # still only guardian 2's own words
        "guardian_2": True,
        "other_caregiver": False,  # (the rule changed: only the caregiver's own consent)
    }
    assert child_consent([sole], MEETING).basis == (Basis.SOLE_GUARDIAN,)
    # recorded on a consent that no longer counts, it no longer counts either
    ended = consent(given_by=G2, sole_custody=True, valid_until=MEETING - timedelta(days=1))
    assert not child_consent([ended, _joint(G2, 2)], MEETING)


def test_without_any_valid_consent_no_guardian_is_listed_as_covered(catalog: Catalog) -> None:
    assert not any(_shown(catalog, []).values())
    meeting = meeting_view(conversation(catalog), [], MEETING, guardian_views=_family())
    assert not any(v.has_consent for v in meeting.guardians)
    assert meeting.outlook == ConsentOutlook(MeetingConsent.MISSING)


def test_consent_status_follows_the_childs_information_rule() -> None:
    assert consent_status([_joint(G1)], MEETING) is ConsentStatus.ONE_GUARDIAN
    assert consent_status([_joint(G1), _joint(G2, 2)], MEETING) is ConsentStatus.VALID
    # the both-guardians basis ends with the first of the two to end
    ends_soon = _joint(G2, 2, valid_until=MEETING + timedelta(days=5))
    assert consent_status([_joint(G1), ends_soon], MEETING) is ConsentStatus.ENDING_SOON
    assert basis_ends([_joint(G1), ends_soon], MEETING) == MEETING + timedelta(days=5)
    # the child's own open-ended consent holds after both
    assert consent_status([_joint(G1), ends_soon, _joint(CHILD, 3, valid_until=None)], MEETING) is (
        ConsentStatus.VALID
    )
    # a sole-custody guardian's consent holds alone, also while the other's runs too
    sole = consent(given_by=G1, sole_custody=True, consent_id=4, valid_until=None)
    assert basis_ends([sole, ends_soon], MEETING) == date.max
    assert consent_status([sole, ends_soon], MEETING) is ConsentStatus.VALID


def test_a_guardians_copy_follows_that_guardians_own_consent(catalog: Catalog) -> None:
    conv = conversation(catalog)
    g1, g2, other = _family()
    consents = [_joint(G1), _joint(G2, 2, withdrawn_on=date(2025, 3, 1))]
    mine = guardian_copy_sharing(conv, g1, consents, MEETING)
    assert mine.consent.state is MeetingConsent.VALID
    assert mine.area("trygg") is CopyNote.SHOWN
    theirs = guardian_copy_sharing(conv, g2, consents, MEETING)
    assert theirs.consent == ConsentOutlook(MeetingConsent.WITHDRAWN, date(2025, 3, 1))
    assert theirs.area("trygg") is CopyNote.NO_CONSENT  # guardian 1's consent is not theirs
    # an other caregiver's copy: that caregiver's own consent, missing here
    caregiver = guardian_copy_sharing(conv, other, consents, MEETING)
    assert caregiver.consent.state is MeetingConsent.MISSING
    assert caregiver.area("trygg") is CopyNote.NO_CONSENT


def test_whose_own_consent_is_missing_and_who_may_record_sole_custody() -> None:
    assert guardians_without_consent([], MEETING) == (G1, G2)
    ended = _joint(G2, 2, valid_until=MEETING - timedelta(days=1))
    assert guardians_without_consent([_joint(G1), ended], MEETING) == (G2,)
    assert guardians_without_consent([_joint(G1), _joint(G2, 2)], MEETING) == ()
    # the child's own consent is not a guardian's
    assert guardians_without_consent([_joint(CHILD)], MEETING) == (G1, G2)
    assert may_record_sole_custody(G1) and may_record_sole_custody("guardian_2")
    assert not may_record_sole_custody(CHILD) and not may_record_sole_custody("child")
    # an other caregiver is not a guardian: sole custody is never theirs to record
    assert not may_record_sole_custody(OTHER) and not may_record_sole_custody("other_caregiver")


# ---------------------------------------------------------------- an other caregiver's own consent

OTHER = ConsentGiver.OTHER_CAREGIVER


def test_the_other_caregivers_consent_alone_shows_only_their_own_marked_items(
    catalog: Catalog,
) -> None:
    shown = _shown(catalog, [_joint(OTHER)])
    assert shown == {
        "child": False,  # a caregiver who is not a guardian has no say over the child's
        "noted": False,
        "guardian_1": False,
        "guardian_2": False,
        "other_caregiver": True,
    }
    # only what they marked: an unmarked item stays theirs
    conv = conversation(catalog)
    _, _, other = _family()
    kept = replace(other, important_shared=False)
    (view,) = guardian_views_shared(conv, [kept], [_joint(OTHER)], MEETING)
    assert view.has_consent and view.important == "" and view.withheld == 1
    assert view.area("trygg") is not None
    # nothing of the child's rests on it, and the paper does not say it is valid
    assert not child_consent([_joint(OTHER)], MEETING)
    assert child_view(conv, [_joint(OTHER)], MEETING).consents == ()
    assert child_outlook([_joint(OTHER)], MEETING, CHILD_ID) == ConsentOutlook(
        MeetingConsent.MISSING
    )
    assert consent_status([_joint(OTHER)], MEETING) is ConsentStatus.NONE
    # with the guardians' consents beside it, everyone's is shown
    assert all(_shown(catalog, [_joint(OTHER), _joint(G1, 2), _joint(G2, 3)]).values())


def test_a_withdrawn_ended_or_later_caregiver_consent_hides_their_view(catalog: Catalog) -> None:
    for late in (
        {"withdrawn_on": MEETING},
        {"valid_until": MEETING - timedelta(days=1)},
        {"given_on": MEETING + timedelta(days=1)},
    ):
        shown = _shown(catalog, [_joint(OTHER, **late), _joint(CHILD, 2)])
        assert shown["other_caregiver"] is False, late
        assert shown["child"] is True  # the child's own consent still covers the child's
    withdrawn = [_joint(OTHER, withdrawn_on=MEETING), _joint(CHILD, 2)]
    meeting = meeting_view(conversation(catalog), withdrawn, MEETING)
    assert dict(meeting.guardian_outlooks)[OTHER] == ConsentOutlook(
        MeetingConsent.WITHDRAWN, MEETING
    )
    # never given: not named at all (that would tell the meeting a caregiver took part)
    meeting = meeting_view(conversation(catalog), [_joint(CHILD)], MEETING)
    assert OTHER not in dict(meeting.guardian_outlooks)
    assert set(dict(meeting.guardian_outlooks)) == {G1, G2}


def test_a_caregivers_consent_never_carries_sole_custody(catalog: Catalog) -> None:
    # even a record that claims it (it cannot be made through the app or an import)
    claimed = replace(_joint(OTHER), sole_custody=True)
    assert not child_consent([claimed], MEETING)
    assert _shown(catalog, [claimed])["child"] is False
    assert basis_ends([claimed], MEETING) is None


def test_an_other_caregivers_copy_speaks_of_their_own_consent(catalog: Catalog) -> None:
    conv = conversation(catalog)
    _, _, other = _family()
    mine = guardian_copy_sharing(conv, other, [_joint(OTHER)], MEETING)
    assert mine.consent.state is MeetingConsent.VALID
    assert mine.area("trygg") is CopyNote.SHOWN
    # the child's own and both guardians' consents are not theirs
    others = [_joint(CHILD), _joint(G1, 2), _joint(G2, 3)]
    theirs = guardian_copy_sharing(conv, other, others, MEETING)
    assert theirs.consent.state is MeetingConsent.MISSING
    assert theirs.area("trygg") is CopyNote.NO_CONSENT
    ended = guardian_copy_sharing(
        conv, other, [*others, _joint(OTHER, 4, valid_until=date(2025, 3, 1))], MEETING
    )
    assert ended.consent == ConsentOutlook(MeetingConsent.EXPIRED, date(2025, 3, 1))
