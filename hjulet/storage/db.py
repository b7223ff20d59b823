"""The SQLCipher database: engine, required pragmas, schema and migrations.

The database is opened with the vault's random 256-bit data key as a *raw*
key (``PRAGMA key = "x'..'"``), issued inside the DBAPI connect before
SQLAlchemy or anything else runs a statement, so no connection can ever touch
the file unkeyed (which would silently create a plaintext database).
"""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from hjulet.core.errors import VaultDamaged, VaultTooNew
from hjulet.storage.schema import SCHEMA_VERSION, Base

log = logging.getLogger(__name__)

DB_FILE = "vault.db"
PLAINTEXT_MAGIC = b"SQLite format 3\x00"

# Each pragma and the value it must read back as; tests assert every one.
REQUIRED_PRAGMAS: dict[str, str] = {
    "temp_store": "2",  # MEMORY: SQLCipher would otherwise write plaintext temp files
    "synchronous": "2",  # FULL: a commit that returned survives power loss
    "secure_delete": "1",  # deleted content is overwritten
    "foreign_keys": "1",
    "cipher_memory_security": "1",  # SQLCipher wipes its own memory
}

# Migrations: version -> function upgrading from version-1 to version.
Migration = Callable[[Any], None]
MIGRATIONS: dict[int, Migration] = {}


def _configure(raw: Any, key_hex: str) -> None:
    """Key first, then the pragmas, on a fresh DBAPI connection."""
    cur = raw.cursor()
    # SQLCipher would print its own diagnostics to stderr; our typed errors say it instead.
    cur.execute("PRAGMA cipher_log_level = NONE")
    cur.execute(f"PRAGMA key = \"x'{key_hex}'\"")
    cur.execute("PRAGMA cipher_memory_security = ON")
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA secure_delete = ON")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    """An engine whose every connection is keyed and configured before use."""
    key_hex = data_key.hex()
    path = str(db_path)

    def creator() -> Any:
        raw = sqlcipher3.connect(path, check_same_thread=False, detect_types=0)
        try:
            _configure(raw, key_hex)
        except sqlcipher3.DatabaseError:
            raw.close()
            raise
        return raw

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # never put values (children's words) in error messages
    )

    @event.listens_for(engine, "connect")
    def _no_plaintext(dbapi_conn: Any, _record: Any) -> None:  # pragma: no cover - guard
        # Belt and braces: a connection that somehow skipped the key is refused.
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA cipher_memory_security")
        cur.close()

    return engine


def is_plaintext_sqlite(db_path: Path) -> bool:
    with db_path.open("rb") as fh:
        return fh.read(16) == PLAINTEXT_MAGIC


@contextmanager
def damaged_on_db_error() -> Iterator[None]:
    """Turn low-level database errors into VaultDamaged (with no values in the message)."""
    try:
        yield
    except (SADatabaseError, sqlcipher3.DatabaseError) as exc:
        orig = getattr(exc, "orig", exc)
        raise VaultDamaged(f"database error: {type(orig).__name__}: {str(orig)[:80]}") from None


def read_pragma(engine: Engine, name: str) -> str:
    with engine.connect() as conn:
        value = conn.execute(text(f"PRAGMA {name}")).scalar()
    return str(value)


def journal_mode(engine: Engine) -> str:
    return read_pragma(engine, "journal_mode").lower()


def user_version(engine: Engine) -> int:
    return int(read_pragma(engine, "user_version"))


def create_schema(engine: Engine) -> None:
    with damaged_on_db_error():
        Base.metadata.create_all(engine)
        with engine.begin() as conn:
            conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))


def probe(engine: Engine) -> int:
    """Read the schema version; a wrong key or a damaged first page fails here."""
    with damaged_on_db_error():
        version = user_version(engine)
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM sqlite_master")).scalar()
    return version


def migrate(engine: Engine, data_key: bytes, backup_dir: Path) -> int:
    """Bring the schema up to SCHEMA_VERSION, keeping an encrypted copy first.

    Returns the version found. A newer vault raises VaultTooNew untouched.
    """
    found = probe(engine)
    if found > SCHEMA_VERSION:
        raise VaultTooNew(f"schema {found} > {SCHEMA_VERSION}")
    if found == SCHEMA_VERSION:
        return found
    if found == 0:
        raise VaultDamaged("database has no schema")
    backup_dir.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    snapshot(engine, data_key, backup_dir / f"pre-migration-v{found}-{stamp}.db")
    with damaged_on_db_error(), engine.begin() as conn:
        for version in range(found + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
        conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
    return found


def snapshot(engine: Engine, data_key: bytes, target: Path, *, durable: bool = True) -> None:
    """A consistent copy through SQLite's backup API, encrypted with the same key.

    Never a file copy of a live database. The copy is written as ``target.tmp``
    and renamed, so a crash leaves no half-written file under the final name.
    ``durable=False``: the copy is a temporary one (a backup's), written without
    fsync.
    """
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    pooled = engine.raw_connection()
    try:
        dest = sqlcipher3.connect(str(tmp))
        try:
            _configure(dest, data_key.hex())
            dest.execute("PRAGMA journal_mode = DELETE")
            if not durable:
                # a temporary copy, read once and deleted (a crash leaves a leftover
                # that the next backup removes): no fsync; the backup file is synced
                dest.execute("PRAGMA synchronous = OFF")
            source = pooled.driver_connection
            assert source is not None
            source.backup(dest)
        finally:
            dest.close()
    except Exception:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        pooled.close()
    shutil.move(str(tmp), str(target))


def page_problems(engine: Engine) -> list[str]:
    """SQLCipher's MAC of every page (free pages too); empty when all is well.

    This is what a copy through the codec could launder (a damaged page would be
    re-encrypted with a valid MAC); structure is copied as it is and stays visible.
    """
    try:
        with engine.connect() as conn:
            return [
                f"cipher: {row[0]}" for row in conn.execute(text("PRAGMA cipher_integrity_check"))
            ]
    except (OperationalError, SADatabaseError) as exc:
        return [f"database error: {type(exc.orig).__name__}"]


def integrity_problems(engine: Engine) -> list[str]:
    """SQLCipher page MACs and SQLite structure; empty when all is well."""
    problems: list[str] = []
    try:
        with engine.connect() as conn:
            for row in conn.execute(text("PRAGMA cipher_integrity_check")):
                problems.append(f"cipher: {row[0]}")
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                problems.extend(f"sqlite: {r}" for r in rows[:20])
            fk = list(conn.execute(text("PRAGMA foreign_key_check")))
            if fk:
                problems.append(f"foreign keys: {len(fk)} broken references")
    except (OperationalError, SADatabaseError) as exc:
        problems.append(f"database error: {type(exc.orig).__name__}")
    return problems


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database and truncate it (after deletions)."""
    with damaged_on_db_error(), engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
