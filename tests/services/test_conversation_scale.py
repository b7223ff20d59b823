"""A conversation's scale: chosen from the child's age, changed only while nobody has answered."""

from __future__ import annotations

from datetime import date

import pytest

from hjulet import services
from hjulet.core.catalog import Catalog, tier_fits_scale, tier_for_child
from hjulet.core.errors import InvalidInput
from hjulet.core.guardian import GuardianRole
from hjulet.core.model import AgeTier, Answer, AuditAction, EntryField
from hjulet.services import guardians
from tests.conftest import PASS


def _five_year_old(vault, catalog: Catalog, scale_id: str = "steps4"):
    # added years ago as "middle" by hand; the birth year says five today
    child = services.add_child(
        vault, name="Mio", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    return services.start_conversation(
        vault, child.id, definition=catalog.definition(), scale=catalog.scale(scale_id)
    )


def test_the_tier_follows_the_birth_year_before_the_stored_tier(vault, catalog):
    conv = _five_year_old(vault, catalog)
    child = services.get_child(vault, conv.child_id)
    assert child.age_tier is AgeTier.MIDDLE
    assert tier_for_child(child) is AgeTier.YOUNG
    assert catalog.scale_for_child(child).id == "faces3"
    assert tier_for_child(child, date(date.today().year + 8, 1, 1)) is AgeTier.TEEN
    nameless = services.add_child(vault, name="Ebba", age_tier=AgeTier.TEEN)
    assert tier_for_child(nameless) is AgeTier.TEEN


def test_only_three_steps_fit_the_youngest(catalog):
    assert tier_fits_scale(AgeTier.YOUNG, catalog.scale("faces3"))
    assert not tier_fits_scale(AgeTier.YOUNG, catalog.scale("steps4"))
    assert not tier_fits_scale(AgeTier.YOUNG, catalog.scale("steps5"))
    assert all(tier_fits_scale(t, catalog.scale("steps5")) for t in (AgeTier.MIDDLE, AgeTier.TEEN))


def test_an_unanswered_conversation_moves_to_the_faces_and_it_is_saved(vault, vault_path, catalog):
    conv = _five_year_old(vault, catalog)
    assert not services.has_answers(vault, conv.id)
    services.set_text(vault, conv.id, "trygg", EntryField.WORDS, "hej")  # words are kept
    moved = services.change_scale(vault, conv.id, catalog.scale("faces3"))
    assert moved.scale.id == "faces3" and moved.scale.size == 3
    services.lock_vault(vault)
    with services.open_vault(vault_path, PASS) as again:
        stored = services.get_conversation(again, conv.id)
        assert stored.scale.id == "faces3"
        assert stored.entry("trygg").words == "hej"
        services.set_answer(again, conv.id, "trygg", Answer.at(3))
        with pytest.raises(InvalidInput):
            services.set_answer(again, conv.id, "trygg", Answer.at(4))  # no fourth face


@pytest.mark.parametrize("who", ["child", "adult", "guardian", "guardian_view"])
def test_a_conversation_with_answers_keeps_its_scale(vault, catalog, who):
    conv = _five_year_old(vault, catalog)
    if who == "guardian_view":
        view = guardians.start_guardian_view(vault, conv.id, GuardianRole.GUARDIAN_1, "sv")
        guardians.set_guardian_answer(vault, view.id, "trygg", Answer.at(4))
    else:
        services.set_answer(vault, conv.id, "trygg", Answer.at(4), who=who)
    assert services.has_answers(vault, conv.id)
    with pytest.raises(InvalidInput):
        services.change_scale(vault, conv.id, catalog.scale("faces3"))
    assert services.get_conversation(vault, conv.id).scale.id == "steps4"


def test_a_scale_change_is_audited_with_codes_and_scale_ids_only(vault, catalog):
    conv = _five_year_old(vault, catalog)
    child = services.get_child(vault, conv.child_id)
    services.set_text(vault, conv.id, "trygg", EntryField.WORDS, "HEMLIGT-ORD")
    services.change_scale(vault, conv.id, catalog.scale("faces3"))
    services.change_scale(vault, conv.id, catalog.scale("faces3"))  # already on it: no change
    events = services.list_audit(vault, action=AuditAction.SCALE_CHANGED)
    assert [(e.child_code, e.detail) for e in events] == [(child.code, "steps4>faces3")]
    assert services.verify_audit(vault) is None  # chained like every other entry
    # nothing personal: no name, no words, only the code and the two scale ids
    line = " ".join((events[0].actor, events[0].child_code, events[0].detail))
    assert "Mio" not in line and "HEMLIGT" not in line


def test_a_refused_scale_change_is_not_audited(vault, catalog):
    conv = _five_year_old(vault, catalog)
    services.set_answer(vault, conv.id, "trygg", Answer.at(2))
    with pytest.raises(InvalidInput):
        services.change_scale(vault, conv.id, catalog.scale("faces3"))
    assert services.list_audit(vault, action=AuditAction.SCALE_CHANGED) == []
