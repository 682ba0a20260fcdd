"""Opening the database: engine settings, automatic migrations, and a safety copy before them."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import sqlite3
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger("ai_admin.store")

# The newest migration. Kept here so an up-to-date database opens without importing Alembic
# (a sizeable share of start-up time); a test checks it matches the migration scripts.
SCHEMA_HEAD = "0008"

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
SQLITE_BUSY_TIMEOUT_MS = 10_000

_Result = TypeVar("_Result")


def copy_sqlite_file(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite file (sqlite3's backup API), even with a WAL beside it."""
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)


class DatabaseError(Exception):
    """The database cannot be opened or migrated; the message says what to do."""


def _sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # WAL lets the window read while the engine writes; foreign keys are off by default in SQLite;
    # the busy timeout makes a briefly locked database wait instead of failing at once.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_db_engine(url: str) -> Engine:
    """An engine for any SQLAlchemy URL, with SQLite tuned for a desktop app."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _sqlite_migration_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite opens a transaction only before INSERT/UPDATE/DELETE and runs CREATE, ALTER and
    # DROP outside any: a crash in the middle of a step then left some tables created and the
    # version unchanged ("table already exists" at the next start). With its own transaction
    # handling off, the "begin" listener below opens every transaction itself.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    # Foreign keys off while tables are rebuilt (SQLite's documented way to alter a table):
    # with them on, dropping the old copy of `messages` ran its ON DELETE actions and cleared
    # every reply's link to the message it answers. `PRAGMA foreign_key_check` runs instead.
    cursor.execute("PRAGMA foreign_keys=OFF")
    cursor.close()


def _sqlite_begin_immediate(connection: Connection) -> None:
    # IMMEDIATE takes the write lock at once, so a second process that migrates at the same time
    # waits for the busy timeout instead of failing half-way.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def migration_engine(url: str) -> Engine:
    """An engine for running migrations: on SQLite every step is really one transaction."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    # One connection, kept for the whole run: the pragmas above hold per connection.
    engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
                           poolclass=StaticPool)
    event.listen(engine, "connect", _sqlite_migration_pragmas)
    event.listen(engine, "begin", _sqlite_begin_immediate)
    return engine


MigrationStep = Callable[..., None]
"""Called after each migration step, inside its transaction: `(ctx, step, heads, run_args)`."""


def alembic_config(engine: Engine, on_step: MigrationStep | None = None) -> Config:
    """An Alembic configuration pointing at our packaged migrations and this engine."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    if on_step is not None:
        config.attributes["on_step"] = on_step
    return config


class Database:
    """The shop's database: an engine, a session factory, the migration state, and the one
    thread the engine's database work runs on (`run`)."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = create_db_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._worker: ThreadPoolExecutor | None = None
        self._worker_made = threading.Lock()

    # The engine's database work leaves the event loop through ONE thread, not `to_thread`'s
    # pool: a locked database then waits out its busy timeout there (the window and the bridges
    # keep running) instead of on the loop; the work runs in the order it was handed over (an
    # answer's row is written before the sender reads it, a receipt after the "sent" before it);
    # and SQLite, which takes one writer at a time anyway, sees one writer from this process's
    # engine instead of threads queueing on its lock. The thread only runs SQL and returns
    # plain values; the engine's in-memory state is changed on the loop, after the await.
    def _thread(self) -> ThreadPoolExecutor:
        with self._worker_made:
            if self._worker is None:
                self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ai-admin-db")
            return self._worker

    async def run(self, work: Callable[[], _Result]) -> _Result:
        """Run `work` (database calls, no engine state) on the database thread; its result.

        A cancelled caller stops waiting, but work already begun still finishes (a thread cannot
        be interrupted), so it must leave the store consistent on its own: one transaction.
        """
        return await asyncio.get_running_loop().run_in_executor(self._thread(), work)

    def submit(self, work: Callable[[], object]) -> Future[object]:
        """Hand `work` to the database thread without waiting (in order with `run`)."""
        return self._thread().submit(work)

    @property
    def sqlite_file(self) -> Path | None:
        """The database file when this is a SQLite file database."""
        parsed = make_url(self.url)
        if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
            return Path(parsed.database)
        return None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A unit of work: committed when the block ends, rolled back if it raises."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def current_revision(self) -> str | None:
        """The migration the database is at, or None for an empty database."""
        with self.engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()

    def head_revision(self) -> str:
        return SCHEMA_HEAD

    def is_up_to_date(self) -> bool:
        return self.current_revision() == self.head_revision()

    def migrate(self, revision: str = "head", *, on_step: MigrationStep | None = None) -> None:
        """Bring the schema to `revision`, copying an existing SQLite file aside first.

        Each step is one transaction: stopped at any point (even by `kill -9`), the database is
        left at the last finished step and the next start carries on from there. `on_step` is
        called inside each step's transaction, after its changes (tests stop the process there).
        """
        current = self.current_revision()
        target = self.head_revision() if revision == "head" else revision
        if current == target:
            return
        backup = self._backup_before_migration(current) if current is not None else None
        log.info("Migrating the database from %s to %s", current or "empty", target)
        from alembic import command

        # The app's pooled connections may hold a read snapshot of the old schema.
        self.engine.dispose()
        engine = migration_engine(self.url)
        try:
            command.upgrade(alembic_config(engine, self._checked(on_step)), revision)
        except (SQLAlchemyError, sqlite3.Error) as exc:
            # Each step is all-or-nothing, so this database is still at a finished step; one
            # left half-way by an older version fails here ("table already exists").
            now_at = self.current_revision()
            if backup is not None and now_at == current:
                # Nothing changed: the copy just taken is the file itself, and one more copy per
                # failed start would bury the good copy from before the first attempt.
                backup.unlink(missing_ok=True)
            backups = self.backups()
            copy = f" The copy made before migrating is {backups[-1].name}." if backups else ""
            raise DatabaseError(
                f"The database cannot be migrated from {now_at or 'empty'} to "
                f"{target} ({one_line_error(exc)}).{copy} Run `ai-admin doctor`: it "
                "says how to put the copy back.") from exc
        finally:
            engine.dispose()

    def backups(self) -> list[Path]:
        """The copies taken before migrations (`<file>.before-<revision>-<time>.bak`), oldest first."""
        source = self.sqlite_file
        if source is None:
            return []
        return sorted(source.parent.glob(f"{source.name}.before-*.bak"),
                      key=lambda path: (path.stat().st_mtime, path.name))

    @staticmethod
    def _checked(on_step: MigrationStep | None) -> MigrationStep:
        """Before each step commits: the foreign keys it rebuilt still point at rows."""

        def check(ctx, step, heads, run_args) -> None:  # noqa: ANN001 - Alembic's callback
            connection = ctx.connection
            if connection.dialect.name == "sqlite":
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        f"migration {step.up_revision_id} would break {len(broken)} links between "
                        f"rows (first: table {broken[0][0]}); nothing was changed by it.")
            if on_step is not None:
                on_step(ctx=ctx, step=step, heads=heads, run_args=run_args)

        return check

    def _backup_before_migration(self, current: str) -> Path | None:
        source = self.sqlite_file
        if source is None or not source.exists():
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        target = source.with_name(f"{source.name}.before-{current}-{stamp}.bak")
        n = 1
        while target.exists():  # two attempts in one second: never overwrite an earlier copy
            n += 1
            target = source.with_name(f"{source.name}.before-{current}-{stamp}-{n}.bak")
        copy_sqlite_file(source, target)
        log.info("Copied the database to %s before migrating", target)
        return target

    def integrity_check(self, quick: bool = False) -> str:
        """SQLite's own integrity check ("ok" when healthy); other databases report "ok".

        `quick` runs `PRAGMA quick_check`: every page and record, without matching indexes to
        tables, so it takes a fraction of the time on a large database.
        """
        if self.sqlite_file is None:
            return "ok"
        pragma = "quick_check" if quick else "integrity_check"
        with self.engine.connect() as connection:
            rows = connection.exec_driver_sql(f"PRAGMA {pragma}").fetchall()
        return "; ".join(str(row[0]) for row in rows)

    def dispose(self) -> None:
        with self._worker_made:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.shutdown(wait=True)  # what was handed over is written before the file closes
        self.engine.dispose()


def one_line_error(exc: BaseException) -> str:
    """The driver's own message, without SQLAlchemy's SQL echo and links."""
    text = str(getattr(exc, "orig", None) or exc)
    return " ".join(text.split("\n[SQL:")[0].split())


_Row = TypeVar("_Row")


def existing_row(session: Session, model: type[_Row], key: object) -> _Row:
    """`session.get` for a row the caller knows is there (its key was just read or handed over).

    A missing one is a bug or a row deleted meanwhile; a LookupError naming it says which, where
    an AttributeError on None a few lines further would not.
    """
    row = session.get(model, key)
    if row is None:
        raise LookupError(f"{model.__name__} {key!r} is not in the database (any more)")
    return row


def open_database(url: str, *, migrate: bool = True) -> Database:
    """Open (and by default migrate) the database, turning failures into a DatabaseError."""
    try:
        database = Database(url)
        if migrate:
            database.migrate()
        return database
    except (SQLAlchemyError, OSError, sqlite3.Error) as exc:
        safe_url = make_url(url).render_as_string(hide_password=True)
        raise DatabaseError(
            f"The database at {safe_url} cannot be opened ({one_line_error(exc)}). Check that the "
            "file or server is reachable and writable (`ai-admin doctor` checks it), or point "
            "AI_ADMIN_DATABASE_URL at another database."
        ) from exc
