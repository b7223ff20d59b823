"""Use cases for children: add, edit, archive, delete, list, retention."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hjulet.core.errors import InvalidInput, Problem
from hjulet.core.languages import AddressForm
from hjulet.core.model import AgeTier, AuditAction, Child, ChildSummary, generate_child_code
from hjulet.core.problems import P
from hjulet.core.text import checked
from hjulet.services.vault import record_audit
from hjulet.storage import repository
from hjulet.storage.vault import Vault, actor_name

MAX_LANGUAGES = 8


def _clean_child(child: Child) -> Child:
    code = checked(child.code, "code", 64)
    if not code:
        raise InvalidInput(Problem("code", P.EMPTY))
    name = checked(child.name, "name", 200)
    if child.birth_year is not None and not 1990 <= child.birth_year <= date.today().year:
        raise InvalidInput(Problem("birth_year", P.PLAUSIBLE_YEAR))
    languages = tuple(checked(x, "languages", 20) for x in child.languages if x)[:MAX_LANGUAGES]
    try:
        form = AddressForm(child.address_form)
    except ValueError:
        raise InvalidInput(Problem("address_form", P.ADDRESS_FORM)) from None
    return replace(child, code=code, name=name, languages=languages or ("sv",), address_form=form)


def add_child(
    vault: Vault,
    *,
    name: str = "",
    code: str | None = None,
    birth_year: int | None = None,
    languages: tuple[str, ...] = ("sv",),
    age_tier: AgeTier | None = None,
    retention_until: date | None = None,
    address_form: AddressForm | str = AddressForm.UNSPECIFIED,
) -> Child:
    """Add a child; a pseudonymous code is generated unless one is given."""
    if age_tier is None:
        age_tier = AgeTier.for_age(date.today().year - birth_year) if birth_year else AgeTier.MIDDLE
    child = _clean_child(
        Child(
            id=None,
            code=code or generate_child_code(),
            name=name,
            birth_year=birth_year,
            languages=languages,
            age_tier=age_tier,
            retention_until=retention_until,
            address_form=address_form,  # type: ignore[arg-type]  # checked in _clean_child
        )
    )
    with vault.session() as s:
        added = repository.add_child(s, child)
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CHILD_ADDED, added.code, ""
        )
    return added


def update_child(vault: Vault, child: Child) -> Child:
    child = _clean_child(child)
    with vault.session() as s:
        updated = repository.update_child(s, child)
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CHILD_CHANGED, updated.code, ""
        )
    return updated


def archive_child(vault: Vault, child_id: int, archived: bool = True) -> Child:
    with vault.session() as s:
        child = repository.get_child(s, child_id)
        updated = repository.update_child(s, replace(child, archived=archived))
        repository.add_audit(
            s,
            vault.audit_key,
            actor_name(),
            AuditAction.CHILD_ARCHIVED,
            updated.code,
            "archived" if archived else "restored",
        )
    return updated


def delete_child(vault: Vault, child_id: int) -> None:
    """Remove the child and everything about them for real.

    Rows are deleted with secure_delete on, then the WAL is checkpointed and
    truncated so the old pages do not linger in it.
    """
    with vault.session() as s:
        child = repository.delete_child(s, child_id)
        repository.add_audit(
            s, vault.audit_key, actor_name(), AuditAction.CHILD_DELETED, child.code, ""
        )
    vault.checkpoint()


def get_child(vault: Vault, child_id: int) -> Child:
    with vault.session() as s:
        return repository.get_child(s, child_id)


def find_child(vault: Vault, code: str) -> Child:
    with vault.session() as s:
        return repository.find_child(s, code.strip())


def list_children(vault: Vault, include_archived: bool = False) -> list[ChildSummary]:
    """Every child with counts: a read of the whole caseload, after which the
    database's cache of decrypted pages is dropped (see ``Vault.release_memory``)."""
    with vault.session() as s:
        rows = repository.list_children(s, include_archived)
    vault.release_memory()
    return rows


def retention_due(vault: Vault, today: date | None = None) -> list[Child]:
    """Children whose retention date has passed: to export, then delete."""
    today = today or date.today()
    return [
        row.child
        for row in list_children(vault, include_archived=True)
        if row.child.retention_until is not None and row.child.retention_until < today
    ]


__all__ = [
    "add_child",
    "archive_child",
    "delete_child",
    "find_child",
    "get_child",
    "list_children",
    "record_audit",
    "retention_due",
    "update_child",
]
