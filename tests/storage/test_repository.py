"""storage.repository: the caseload's whole-vault reads (children with counts, every consent)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta

from sqlalchemy import event, text

from hjulet import services
from hjulet.core.catalog import Catalog
from hjulet.core.model import Consent, ConsentForm, ConsentGiver, SipPlan
from hjulet.storage import repository

TODAY = date(2026, 11, 30)


def _consent(child_id: int, giver: ConsentGiver, given: date, *to: str) -> Consent:
    return Consent(None, child_id, giver, to or ("Skolan",), ConsentForm.WRITTEN, given)


@contextmanager
def _statements(vault: services.Vault) -> Iterator[list[str]]:
    """The SQL statements run on the vault's pooled connections meanwhile."""
    seen: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(vault.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(vault.engine, "before_cursor_execute", record)


def _caseload(vault: services.Vault, catalog: Catalog) -> tuple[int, int, int]:
    """Three children: one with two conversations and a follow-up, one with consents
    given in another order than recorded, one with nothing."""
    a, b, c = (services.add_child(vault, name=n).id or 0 for n in ("Ada", "Bo", "Cy"))
    for held in (date(2026, 3, 1), date(2026, 9, 1)):
        services.start_conversation(
            vault, a, definition=catalog.definition(), scale=catalog.scale("steps4"), held_on=held
        )
    services.save_sip_plan(vault, SipPlan(a, follow_up_on=date(2026, 12, 24)))
    services.add_consent(vault, _consent(b, ConsentGiver.GUARDIAN_2, TODAY, "BUP", "Skolan"))
    services.add_consent(vault, _consent(b, ConsentGiver.GUARDIAN_1, TODAY - timedelta(days=9)))
    services.add_consent(vault, _consent(a, ConsentGiver.CHILD, TODAY - timedelta(days=1)))
    return a, b, c


def test_children_come_with_their_counts_last_conversation_and_follow_up(
    vault: services.Vault, catalog: Catalog
) -> None:
    a, b, c = _caseload(vault, catalog)
    with vault.session() as s:
        rows = repository.list_children(s)
    got = {r.child.id: (r.child.name, r.conversations, r.last_conversation, r.next_follow_up)
           for r in rows}  # fmt: skip
    assert got == {
        a: ("Ada", 2, date(2026, 9, 1), date(2026, 12, 24)),
        b: ("Bo", 0, None, None),
        c: ("Cy", 0, None, None),
    }
    assert [r.child.code for r in rows] == sorted(r.child.code for r in rows)


def test_every_consent_in_child_then_given_order_as_each_childs_own_list(
    vault: services.Vault, catalog: Catalog
) -> None:
    a, b, _c = _caseload(vault, catalog)
    with vault.session() as s:
        everyone = repository.list_all_consents(s)
        own = repository.list_consents(s, a) + repository.list_consents(s, b)
    assert everyone == own  # the same records, field by field
    assert [(x.child_id, x.given_by) for x in everyone] == [
        (a, ConsentGiver.CHILD),
        (b, ConsentGiver.GUARDIAN_1),  # given nine days before guardian 2's
        (b, ConsentGiver.GUARDIAN_2),
    ]
    assert everyone[2].recipients == ("BUP", "Skolan")


def test_the_caseload_reads_make_no_entities_and_no_temporary_index_or_sort(
    vault: services.Vault, catalog: Catalog
) -> None:
    """Each temporary B-tree SQLite builds (an ORDER BY it cannot read from an
    index, an automatic index on a joined subquery) goes through SQLCipher's
    wiping allocator: on 2,000 children that was most of the caseload's read."""
    _caseload(vault, catalog)
    with vault.session() as s, _statements(vault) as statements:
        repository.list_children(s, include_archived=True)
        repository.list_all_consents(s)
        assert len(s.identity_map) == 0  # plain rows, no ORM entities kept
    assert statements
    with vault.session() as s:
        for statement in statements:
            plan = s.execute(text(f"EXPLAIN QUERY PLAN {statement}")).fetchall()
            steps = " | ".join(str(step[-1]) for step in plan)
            assert "TEMP B-TREE" not in steps, (statement, steps)
            assert "AUTOMATIC" not in steps, (statement, steps)
