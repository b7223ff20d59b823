"""The SQLCipher database: engine, required pragmas, schema and migrations.

The database is opened with the vault's random 256-bit data key as a *raw*
key (``PRAGMA key = "x'..'"``), issued inside the DBAPI connect before
SQLAlchemy or anything else runs a statement. Before a connection is handed
out, ``_verify_keyed`` checks that the key took effect (SQLCipher reports a
codec on the connection, and the schema can be read with it); a connection
that skipped the key is closed and refused, so none can touch the file unkeyed
(which would silently create a plaintext database).

The engine's connect function references the Vault's mutable key buffer, never
a copy: once the Vault wipes it, no new connection can be keyed.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import QueuePool

from hjulet.core.errors import (
    AccessDenied,
    DiskFull,
    HjuletError,
    Problem,
    ReadOnlyStorage,
    VaultDamaged,
    VaultLocked,
    VaultTooNew,
)
from hjulet.core.problems import P
from hjulet.storage.files import fsync_dir, storage_errors
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


def _v2_address_form(conn: Any) -> None:
    """Version 2: the child's preferred form of address (languages with gender)."""
    conn.execute(
        text("ALTER TABLE children ADD COLUMN address_form VARCHAR(16) NOT NULL DEFAULT ''")
    )


def _v3_child_decided(conn: Any) -> None:
    """Version 3: remember which share choices the child made in child mode."""
    conn.execute(
        text("ALTER TABLE entries ADD COLUMN child_decided VARCHAR(200) NOT NULL DEFAULT ''")
    )


def _v_guardian_views(conn: Any) -> None:
    """Guardian views: each guardian's own ratings and words per conversation.

    Self-contained (plain SQL, no reference to the ORM tables), so it reads the
    same whatever number it is given in ``MIGRATIONS``, and idempotent (IF NOT EXISTS),
    so it may run on a vault whose tables another step already made.
    """
    conn.execute(
        text(
            "CREATE TABLE IF NOT EXISTS guardian_views ("
            " id INTEGER NOT NULL PRIMARY KEY,"
            " conversation_id INTEGER NOT NULL"
            "  REFERENCES conversations (id) ON DELETE CASCADE,"
            " role VARCHAR(32) NOT NULL,"
            " language VARCHAR(20) NOT NULL,"
            " important TEXT NOT NULL,"
            " important_shared BOOLEAN NOT NULL,"
            " created_at DATETIME NOT NULL,"
            " UNIQUE (conversation_id, role))"
        )
    )
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_guardian_views_conversation_id"
            " ON guardian_views (conversation_id)"
        )
    )
    conn.execute(
        text(
            "CREATE TABLE IF NOT EXISTS guardian_entries ("
            " id INTEGER NOT NULL PRIMARY KEY,"
            " view_id INTEGER NOT NULL REFERENCES guardian_views (id) ON DELETE CASCADE,"
            " area_id VARCHAR(64) NOT NULL,"
            " answer VARCHAR(32) NOT NULL,"
            " words TEXT NOT NULL,"
            " shared VARCHAR(64) NOT NULL,"
            " updated_at DATETIME NOT NULL,"
            " UNIQUE (view_id, area_id))"
        )
    )
    conn.execute(
        text("CREATE INDEX IF NOT EXISTS ix_guardian_entries_view_id ON guardian_entries (view_id)")
    )


# Indexes that repeat the front of a unique index on the same table: the unique
# index serves every lookup by that column (foreign-key checks and ON DELETE
# CASCADE included), and the copy only cost writes (an area's first answer wrote
# three pages instead of two).
DUPLICATE_INDEXES = (
    "ix_entries_conversation_id",  # UNIQUE (conversation_id, area_id)
    "ix_guardian_views_conversation_id",  # UNIQUE (conversation_id, role)
    "ix_guardian_entries_view_id",  # UNIQUE (view_id, area_id)
)


def _v5_no_duplicate_indexes(conn: Any) -> None:
    """Version 5: drop the indexes that repeat the front of a unique index.

    Idempotent (IF EXISTS), and self-contained like the others. The freed pages
    are overwritten (``secure_delete``) and go to the file's free list.
    """
    for name in DUPLICATE_INDEXES:
        conn.execute(text(f"DROP INDEX IF EXISTS {name}"))


def _v6_sole_custody(conn: Any) -> None:
    """Version 6: a guardian's consent can record that they alone have custody.

    Every older consent reads as one of two guardians' (joint custody), the safe
    reading: one guardian's consent alone then no longer covers the child's items.
    Idempotent, like the guardian views' step: a column already there is kept.
    """
    columns = {row[1] for row in conn.execute(text("PRAGMA table_info(consents)"))}
    if "sole_custody" not in columns:
        conn.execute(
            text("ALTER TABLE consents ADD COLUMN sole_custody BOOLEAN NOT NULL DEFAULT 0")
        )


def _v7_conversations_by_child_and_date(conn: Any) -> None:
    """Version 7: conversations indexed by child and date, in place of by child alone.

    The caseload's count and last date per child then come from the index alone:
    on 2,000 children with 10 conversations each, reading them from every
    conversation's row (decrypting all its pages) was half the caseload's read.
    The new index serves every lookup the old one did. Idempotent and
    self-contained, like the others.
    """
    conn.execute(
        text(
            "CREATE INDEX IF NOT EXISTS ix_conversations_child_id_held_on"
            " ON conversations (child_id, held_on)"
        )
    )
    conn.execute(text("DROP INDEX IF EXISTS ix_conversations_child_id"))


def _v8_other_caregiver_consent(conn: Any) -> None:
    """Version 8: a consent may be given by an other caregiver (``given_by`` =
    ``other_caregiver``; the column is text and takes it as it is).

    Nothing in the tables changes, and no stored row needs rewriting: the step
    exists so that the vault says it may hold such a consent, and an older Hjulet,
    which would fail reading one, refuses the vault (``VaultTooNew``) instead.
    """


MIGRATIONS: dict[int, Migration] = {
    2: _v2_address_form,
    3: _v3_child_decided,
    4: _v_guardian_views,
    5: _v5_no_duplicate_indexes,
    6: _v6_sole_custody,
    7: _v7_conversations_by_child_and_date,
    8: _v8_other_caregiver_consent,
}


BUSY_TIMEOUT_MS = 5000  # how long a connection waits for another's lock


class UnkeyedConnection(VaultDamaged):
    """A database connection on which the key did not take effect (refused)."""


def _key_pragma(key: bytes | bytearray) -> str:
    if len(key) != 32 or not any(key):
        raise VaultLocked("the data key has been wiped")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _configure(raw: Any, key: bytes | bytearray) -> None:
    """The key, then the pragmas, on a fresh DBAPI connection, before any other statement.

    Memory security (process-wide in SQLCipher, so on before the key's statement is
    even parsed) makes SQLCipher wipe the memory it frees. The statements run as
    one script: each is finalized at once, so none stays in the connection's
    statement cache. A cached ``PRAGMA key`` kept the key's hex text in SQLite's
    heap for the connection's life, and the cached pragmas held about a third of
    the connection's lookaside memory (SQLite's per-connection pool of small
    allocations); with memory security every allocation beyond the lookaside costs
    an ``mlock`` and an ``munlock`` system call.
    """
    raw.executescript(
        # SQLCipher would print its own diagnostics to stderr; our typed errors say it instead.
        "PRAGMA cipher_log_level = NONE;\n"
        "PRAGMA cipher_memory_security = ON;\n"
        f"{_key_pragma(key)};\n"
        "PRAGMA temp_store = MEMORY;\n"
        "PRAGMA secure_delete = ON;\n"
        "PRAGMA foreign_keys = ON;\n"
        "PRAGMA journal_mode = WAL;\n"
        "PRAGMA synchronous = FULL;\n"
        f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS};\n"
    )


def _verify_keyed(raw: Any) -> None:
    """Refuse a connection on which no key took effect (UnkeyedConnection).

    ``PRAGMA cipher_status`` is 1 only when SQLCipher attached its codec (a key
    was given); reading ``sqlite_master`` makes SQLCipher check the key against
    the file (a wrong key fails here, before the connection is handed out).
    """
    cur = raw.cursor()
    try:
        status = cur.execute("PRAGMA cipher_status").fetchone()
        if status is None or str(status[0]) != "1":
            raise UnkeyedConnection("a database connection has no key: refused")
        cur.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        cur.close()


PRIVATE_FILE = 0o600  # every file of a vault: the owner alone reads and writes it
PRIVATE_DIR = 0o700
DB_COMPANIONS = ("-wal", "-shm", "-journal")


def private_file(path: Path) -> None:
    """Make ``path`` the owner's alone: created 0600 when missing, tightened when not.

    SQLite creates a database with the process's umask (often 0644) and its WAL
    and shared-memory files with the database's mode, so the database file is
    made before SQLite opens it. On Windows the mode only sets the read-only bit.
    """
    with storage_errors():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0), PRIVATE_FILE)
        os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_FILE)


def private_database(db_path: Path) -> None:
    """The database and any companion file SQLite has left beside it, owner-only."""
    private_file(db_path)
    for suffix in DB_COMPANIONS:
        companion = db_path.with_name(db_path.name + suffix)
        if companion.exists():
            with contextlib.suppress(OSError):
                os.chmod(companion, PRIVATE_FILE)


def private_dir(path: Path) -> None:
    with storage_errors():
        path.mkdir(mode=PRIVATE_DIR, exist_ok=True)
    with contextlib.suppress(OSError):
        os.chmod(path, PRIVATE_DIR)


def connect(
    db_path: Path,
    key: bytes | bytearray,
    *,
    configure: Callable[[Any, bytes | bytearray], None] = _configure,
    isolation_level: str | None = "",
    cached_statements: int = 128,
) -> Any:
    """A DBAPI connection, keyed, configured and verified (UnkeyedConnection if not).

    ``isolation_level=None`` gives a connection whose transactions the caller
    begins and ends itself (the vault's write connection).
    """
    raw = sqlcipher3.connect(
        str(db_path),
        check_same_thread=False,
        detect_types=0,
        isolation_level=isolation_level,
        cached_statements=cached_statements,
    )
    try:
        configure(raw, key)
        _verify_keyed(raw)
    except BaseException:
        raw.close()
        raise
    return raw


def make_engine(
    db_path: Path,
    key: bytearray,
    *,
    configure: Callable[[Any, bytes | bytearray], None] = _configure,
) -> Engine:
    """An engine whose every connection is keyed, verified and configured before use.

    ``key`` is the caller's mutable key buffer: the connect function reads it at
    each connect (no copy is kept), so wiping it makes new connections fail.
    ``configure`` exists for the test that proves the guard refuses a connection
    whose key was skipped.
    """
    private_database(db_path)

    def creator() -> Any:
        return connect(db_path, key, configure=configure)

    engine = create_engine(
        "sqlite://",
        module=sqlcipher3,
        creator=creator,
        poolclass=QueuePool,
        pool_size=2,
        max_overflow=4,
        hide_parameters=True,  # never put values (children's words) in error messages
    )

    return engine


def release_memory(engine: Engine) -> None:
    """Drop the decrypted pages that idle pooled connections cache, and hand freed heap back.

    SQLCipher keeps up to 8 MiB of decrypted pages per connection. After a read of
    the whole caseload they are plaintext of every child, kept until the vault
    locks, and resident memory. ``PRAGMA shrink_memory`` frees them (SQLCipher
    wipes what it frees); the C library then returns the freed heap to the system
    where it can (glibc's ``malloc_trim``; elsewhere the allocator decides).
    The next query reads its pages from the file again (the OS keeps them cached).
    """
    idle = engine.pool.checkedin() if isinstance(engine.pool, QueuePool) else 0
    taken = []
    try:
        for _ in range(idle):
            taken.append(engine.raw_connection())
        for connection in taken:
            cursor = connection.cursor()
            try:
                cursor.execute("PRAGMA shrink_memory")
            finally:
                cursor.close()
    finally:
        for connection in taken:
            connection.close()  # back to the pool
    _trim_heap()


def _trim_heap() -> None:
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return
    trim(0)


def is_plaintext_sqlite(db_path: Path) -> bool:
    with db_path.open("rb") as fh:
        return fh.read(16) == PLAINTEXT_MAGIC


# SQLite result codes (the low byte of an extended code) that are the disk's
# refusal, not damage: nothing already committed is lost.
SQLITE_PERM, SQLITE_READONLY, SQLITE_FULL = 3, 8, 13


def disk_error(exc: BaseException) -> HjuletError | None:
    """DiskFull / ReadOnlyStorage / AccessDenied for a database error that is one."""
    code = getattr(exc, "sqlite_errorcode", None)
    if not isinstance(code, int):
        return None
    primary = code & 0xFF
    if primary == SQLITE_FULL:
        return DiskFull("database or disk is full")
    if primary == SQLITE_READONLY:
        return ReadOnlyStorage("the database is on a read-only disk or folder")
    if primary == SQLITE_PERM:
        return AccessDenied("access to the database was refused")
    return None


@contextmanager
def damaged_on_db_error() -> Iterator[None]:
    """Turn low-level database errors into typed errors (with no values in the message).

    A full or read-only disk is reported as such (DiskFull, ReadOnlyStorage,
    AccessDenied); anything else the database reports is VaultDamaged.
    """
    try:
        with storage_errors():
            yield
    except (SADatabaseError, sqlcipher3.DatabaseError) as exc:
        orig = getattr(exc, "orig", exc)
        typed = disk_error(orig)
        if typed is not None:
            raise typed from None
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


def migrate(engine: Engine, data_key: bytes | bytearray, backup_dir: Path) -> int:
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
    private_dir(backup_dir)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    snapshot(engine, data_key, backup_dir / f"pre-migration-v{found}-{stamp}.db")
    with damaged_on_db_error(), engine.begin() as conn:
        for version in range(found + 1, SCHEMA_VERSION + 1):
            MIGRATIONS[version](conn)
        conn.execute(text(f"PRAGMA user_version = {SCHEMA_VERSION}"))
    return found


def snapshot(
    engine: Engine, data_key: bytes | bytearray, target: Path, *, durable: bool = True
) -> None:
    """A consistent copy through SQLite's backup API, encrypted with the same key.

    Never a plain file copy of a database in use (``storage.backup`` copies the file
    only while it is frozen). The copy is written as ``target.tmp``
    and renamed, so a crash leaves no half-written file under the final name.
    ``durable=False``: the copy is a temporary one (a backup's), written without
    fsync.
    """
    tmp = target.with_name(target.name + ".tmp")
    tmp.unlink(missing_ok=True)
    private_file(tmp)  # SQLite would make it with the umask's mode
    pooled = engine.raw_connection()
    try:
        dest = sqlcipher3.connect(str(tmp))
        try:
            _configure(dest, data_key)
            _verify_keyed(dest)
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
    os.replace(tmp, target)
    if durable:
        fsync_dir(target.parent)  # the rename survives a power cut too


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


def integrity_problems(engine: Engine) -> list[Problem]:
    """SQLCipher page MACs and SQLite structure; empty when all is well.

    The details are SQLite's own words about pages and tables, never content.
    """
    problems: list[Problem] = []
    try:
        with engine.connect() as conn:
            for row in conn.execute(text("PRAGMA cipher_integrity_check")):
                problems.append(Problem("", P.CIPHER_CHECK, detail=str(row[0])[:200]))
            rows = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            if rows != ["ok"]:
                problems.extend(Problem("", P.SQLITE_CHECK, detail=str(r)[:200]) for r in rows[:20])
            fk = list(conn.execute(text("PRAGMA foreign_key_check")))
            if fk:
                problems.append(Problem("", P.BROKEN_REFERENCES, n=len(fk)))
    except (OperationalError, SADatabaseError) as exc:
        problems.append(Problem("", P.DATABASE_ERROR, kind=type(exc.orig).__name__))
    return problems


def checkpoint(engine: Engine) -> None:
    """Fold the WAL into the database and truncate it (after deletions)."""
    with damaged_on_db_error(), engine.connect() as conn:
        conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
