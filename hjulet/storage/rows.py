"""One row read or written by its key on a DBAPI cursor, with SQL compiled from the tables.

The changes made on every click or after a pause in typing (an answer, a text, a
share choice, a guardian's words) run on the vault's write connection
(``Vault.write_cursor``), not through an ORM session on a pooled connection: see
``Vault.write_cursor`` for why. This module is what they share, so no call site
writes SQL by hand:

* each statement is compiled by SQLAlchemy from the declared tables (names,
  defaults and unique keys are the schema's own), once per shape (table, key
  columns, value columns), and so stays prepared in the connection's statement
  cache;
* every value passes through its column type's own bind and result processors,
  the conversions the ORM applies (a ``DateTime`` stored in SQLAlchemy's text
  form, a ``Date`` or ``Boolean`` refused unless it is one);
* a row written for the first time gets the table's declared defaults, and the
  database's constraints (NOT NULL, unique, foreign keys) hold as they do for
  the ORM.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Column, Table, and_, bindparam, select, update
from sqlalchemy.dialects.sqlite import dialect as sqlite_dialect
from sqlalchemy.dialects.sqlite import insert

_DIALECT = sqlite_dialect()


def _same(value: Any) -> Any:
    return value


@functools.cache
def _to_db(column: Column[Any]) -> Callable[[Any], Any]:
    """The column type's conversion of a Python value for the database (as the ORM's)."""
    return column.type.dialect_impl(_DIALECT).bind_processor(_DIALECT) or _same


@functools.cache
def _from_db(column: Column[Any]) -> Callable[[Any], Any]:
    """The column type's conversion of a stored value back to Python (as the ORM's)."""
    return column.type.dialect_impl(_DIALECT).result_processor(_DIALECT, None) or _same


@dataclass(frozen=True)
class _Statement:
    """Compiled SQL ("?" placeholders); per placeholder, whether it is a key's ("k") or a
    value's ("v"), its column and conversion; per result column, its conversion."""

    sql: str
    params: tuple[tuple[bool, str, Callable[[Any], Any]], ...]
    results: tuple[Callable[[Any], Any], ...] = ()

    def args(self, key: Mapping[str, Any], values: Mapping[str, Any]) -> tuple[Any, ...]:
        return tuple(
            convert(key[name] if is_key else values[name]) for is_key, name, convert in self.params
        )


def _compile(
    stmt: Any, columns: Mapping[str, Column[Any]], results: Sequence[Column[Any]] = ()
) -> _Statement:
    compiled = stmt.compile(dialect=_DIALECT)
    params = tuple(
        (name.startswith("k_"), name[2:], _to_db(columns[name]))
        for name in compiled.positiontup or ()
    )
    return _Statement(str(compiled), params, tuple(_from_db(c) for c in results))


# placeholders: "k_<column>" for the key, "v_<column>" for a value written
def _where(table: Table, key: Sequence[str]) -> Any:
    return and_(*(table.c[name] == bindparam(f"k_{name}") for name in key))


def _params(table: Table, key: Sequence[str], names: Sequence[str]) -> dict[str, Column[Any]]:
    out = {f"k_{name}": table.c[name] for name in key}
    out.update({f"v_{name}": table.c[name] for name in names})
    return out


@functools.cache
def _select(table: Table, key: tuple[str, ...], names: tuple[str, ...]) -> _Statement:
    columns = [table.c[name] for name in names]
    stmt = select(*columns).where(_where(table, key))
    return _compile(stmt, _params(table, key, ()), columns)


@functools.cache
def _update(table: Table, key: tuple[str, ...], names: tuple[str, ...]) -> _Statement:
    stmt = (
        update(table)
        .where(_where(table, key))
        .values({name: bindparam(f"v_{name}") for name in names})
    )
    return _compile(stmt, _params(table, key, names))


@functools.cache
def _insert(
    table: Table, key: tuple[str, ...], names: tuple[str, ...]
) -> tuple[_Statement, dict[str, Any]]:
    """The first write of a row (an upsert on its key), and the defaults of its other columns."""
    given = set(key) | set(names)
    defaults = {
        c.name: cast(Any, c.default).arg
        for c in table.c
        if c.name not in given and c.default is not None and c.default.is_scalar
    }
    columns = [*names, *defaults]
    stmt = insert(table).values(
        {
            **{name: bindparam(f"k_{name}") for name in key},
            **{name: bindparam(f"v_{name}") for name in columns},
        }
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=list(key), set_={name: stmt.excluded[name] for name in names}
    )
    return _compile(stmt, _params(table, key, columns)), defaults


def read_rows(
    cur: Any, table: Table, key: Mapping[str, Any], names: Sequence[str]
) -> list[dict[str, Any]]:
    """The named columns of every row matching ``key`` (column name -> value)."""
    stmt = _select(table, tuple(key), tuple(names))
    return [
        {name: fn(value) for name, fn, value in zip(names, stmt.results, row, strict=True)}
        for row in cur.execute(stmt.sql, stmt.args(key, {})).fetchall()
    ]


def read_row(
    cur: Any, table: Table, key: Mapping[str, Any], names: Sequence[str]
) -> dict[str, Any] | None:
    """The named columns of the one row with ``key``, or None."""
    found = read_rows(cur, table, key, names)
    return found[0] if found else None


def update_row(cur: Any, table: Table, key: Mapping[str, Any], values: Mapping[str, Any]) -> bool:
    """Set some columns of the row with ``key``; False if there is no such row."""
    stmt = _update(table, tuple(key), tuple(sorted(values)))
    cur.execute(stmt.sql, stmt.args(key, values))
    return bool(cur.rowcount == 1)


def write_row(cur: Any, table: Table, key: Mapping[str, Any], values: Mapping[str, Any]) -> None:
    """Set some columns of the row with ``key`` (a unique key of ``table``), making the
    row with the table's defaults if it is not there yet.

    One UPDATE (the common case: the row exists); the row's first write is an
    INSERT ... ON CONFLICT DO UPDATE, right whatever the transaction saw before.
    """
    if update_row(cur, table, key, values):
        return
    stmt, defaults = _insert(table, tuple(key), tuple(sorted(values)))
    cur.execute(stmt.sql, stmt.args(key, {**defaults, **values}))
