"""storage.rows: one row read or written by its key on the write connection, as the ORM would."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.errors import VaultDamaged
from hjulet.storage import rows
from hjulet.storage.schema import Base, ConversationRow, EntryRow

ENTRIES = Base.metadata.tables["entries"]
CONVERSATIONS = Base.metadata.tables["conversations"]


def _conversation_id(vault: services.Vault, catalog: Catalog) -> int:
    child = services.add_child(vault, name="Rad")
    conv = services.start_conversation(
        vault, child.id or 0, definition=catalog.definition(), scale=catalog.scale("steps4")
    )
    assert conv.id is not None
    return conv.id


def test_a_first_write_makes_the_row_with_the_tables_defaults_then_updates_it(
    vault: services.Vault, catalog: Catalog
) -> None:
    cid = _conversation_id(vault, catalog)
    key = {"conversation_id": cid, "area_id": "trygg"}
    at = datetime(2026, 5, 1, 12, 30, 15, 123456)
    with vault.write_cursor() as cur:
        assert rows.read_row(cur, ENTRIES, key, ("words",)) is None
        assert not rows.update_row(cur, ENTRIES, key, {"words": "x"})  # no row yet
        rows.write_row(cur, ENTRIES, key, {"words": "Bra", "updated_at": at})
        rows.write_row(cur, ENTRIES, key, {"hard": "Matte", "updated_at": at})
    with vault.session() as s:  # the ORM reads what was written, typed as it writes it
        row = s.query(EntryRow).filter_by(conversation_id=cid, area_id="trygg").one()
        assert (row.words, row.hard, row.answer, row.shared) == ("Bra", "Matte", "not_asked", "")
        assert row.updated_at == at
    with vault.write_cursor() as cur:
        got = rows.read_row(cur, ENTRIES, key, ("words", "updated_at"))
        assert got == {"words": "Bra", "updated_at": at}


def test_values_pass_the_column_types_and_the_databases_constraints(
    vault: services.Vault, catalog: Catalog
) -> None:
    cid = _conversation_id(vault, catalog)
    with vault.write_cursor() as cur:
        with pytest.raises(TypeError):  # as the ORM's Boolean refuses it
            rows.update_row(cur, CONVERSATIONS, {"id": cid}, {"important_shared": "yes"})
        with pytest.raises(TypeError):
            rows.update_row(cur, CONVERSATIONS, {"id": cid}, {"held_on": "2026-01-01"})
        assert rows.update_row(cur, CONVERSATIONS, {"id": cid}, {"held_on": date(2026, 1, 2)})
    with vault.session() as s:
        assert s.get_one(ConversationRow, cid).held_on == date(2026, 1, 2)
    # a row of a conversation that is not there: the foreign key refuses it, and
    # nothing of its transaction is kept (a valid row written before it either)
    with pytest.raises(VaultDamaged), vault.write_cursor() as cur:
        rows.write_row(cur, ENTRIES, {"conversation_id": cid, "area_id": "trygg"}, {"words": "x"})
        rows.write_row(
            cur, ENTRIES, {"conversation_id": cid + 99, "area_id": "trygg"}, {"words": "x"}
        )
    with vault.session() as s:
        assert s.query(EntryRow).count() == 0
