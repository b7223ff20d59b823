"""Child mode opened for a child by code (the scripted start, the caseload): today's
conversation is reused, a new one gets the child's language and the tier's scale."""

from __future__ import annotations

from datetime import date
from typing import Any

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import NOT_ASKED, AgeTier
from hjulet.gui.child_mode import ChildModeWindow, conversation_for_child_mode, start_child_mode
from tests.gui.test_conversation_support import make_conversation, stored


def test_start_child_mode_by_code_reuses_todays_conversation(
    qtbot: Any, vault: Any, catalog: Catalog
) -> None:
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings

    conv = make_conversation(vault, catalog, "steps4", "sv")
    child = services.get_child(vault, conv.child_id)
    ctx = AppContext(
        basedir=vault.path.parent,
        settings=Settings(vault.path.parent),
        catalog=catalog,
        no_err_windows=True,
    )
    assert conversation_for_child_mode(ctx, vault, child.code) == conv.id
    window = start_child_mode(ctx, vault, child.code)
    assert isinstance(window, ChildModeWindow)
    assert window.conv.id == conv.id
    window.leave()  # closes and deletes the window (WA_DeleteOnClose)
    assert start_child_mode(ctx, vault, "B-NONE-XXXX") is None


def test_new_child_gets_a_conversation_in_their_language_and_tier(
    vault: Any, catalog: Catalog
) -> None:
    from hjulet.app.context import AppContext
    from hjulet.app.settings import Settings

    child = services.add_child(
        vault, name="Rami", birth_year=2009, languages=("ar",), age_tier=AgeTier.TEEN
    )
    ctx = AppContext(
        basedir=vault.path.parent, settings=Settings(vault.path.parent), catalog=catalog
    )
    cid = conversation_for_child_mode(ctx, vault, child.code)
    conv = services.get_conversation(vault, cid)
    assert conv.language == "ar" and conv.scale.id == "steps5"
    assert stored(vault, cid, "trygg") == NOT_ASKED


def test_the_scripted_start_picks_the_faces_from_the_childs_age(
    vault: Any, catalog: Catalog
) -> None:
    from types import SimpleNamespace

    child = services.add_child(
        vault, name="Mio", code="M-5", birth_year=date.today().year - 5, age_tier=AgeTier.MIDDLE
    )
    ctx = SimpleNamespace(catalog=catalog, basedir=None)
    conv_id = conversation_for_child_mode(ctx, vault, child.code)
    assert services.get_conversation(vault, conv_id).scale.id == "faces3"
