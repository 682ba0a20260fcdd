"""Backups of the whole data folder, and putting one back (no Qt here).

A backup is one zip file: a consistent copy of the SQLite database made with SQLite's online
backup API (the shop keeps answering while it is made), the companies' WhatsApp sessions and
every other file of the data folder (not the logs, nor the backups themselves), and
`manifest.json`: the app version, the database's schema revision, when it was made, the
companies in it and a SHA-256 of every file.

Restoring checks all of that before anything is touched, unpacks into a staging folder beside
the data, and only then swaps: what the data folder held is moved, not deleted, to
`before-restore-<time>/`, and the backup takes its place. An older schema is brought up to date
by the migrations at the next start; a newer one is refused.

Daily backups go to `<data folder>/backups/`; the newest `KEEP_DAILY` are kept.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import sqlite3
import stat
import tempfile
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from desktop import APP_NAME, __version__
from desktop.paths import DATABASE_FILE, DataPaths
from desktop.reason import Reason, define

if TYPE_CHECKING:
    from desktop.store.db import Database

log = logging.getLogger("ai_admin.backup")

BACKUPS_FOLDER = "backups"
MANIFEST = "manifest.json"
FORMAT = 1
DATA_PREFIX = "data/"   # every data file sits under it in the zip, beside the manifest
DAILY_PREFIX = "ai-admin-daily-"
MANUAL_PREFIX = "ai-admin-backup-"
KEEP_DAILY = 7
DAILY_EVERY = dt.timedelta(days=1)
BEFORE_RESTORE_PREFIX = "before-restore-"
STAGING_PREFIX = ".restore-staging-"
# Dashes between every part: a run of digits would be masked in the log as a phone number.
_STAMP = "%Y-%m-%d_%H-%M-%S"
_CHUNK = 1 << 20

# Top-level names that are never in a backup, and that a restore leaves where they are: the
# logs (the running app writes them), the backups, the instance lock, the database's own live
# files (the copy made through the backup API stands for them), the running app's fault file.
_STAYS = frozenset({"logs", BACKUPS_FOLDER, "ai-admin.lock", "runtime-faults.json"})
_LIVE_DATABASE = frozenset({DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm",
                            f"{DATABASE_FILE}-journal"})

NO_DATABASE = define(
    "backup.no_database",
    "There is nothing to back up yet: {folder} has no database (AI Admin has not started with it).")
NOT_SQLITE = define(
    "backup.not_sqlite",
    "The database is not a file in the data folder (AI_ADMIN_DATABASE_URL points to a server): "
    "back it up with the server's own tools.")
CANNOT_WRITE = define("backup.cannot_write", "The backup could not be written to {path} ({error}).")
CANNOT_READ = define("backup.cannot_read", "{path} cannot be read ({error}).")
NOT_A_BACKUP = define("backup.not_a_backup",
                      "{path} is not an AI Admin backup. Nothing was changed.")
DAMAGED = define("backup.damaged",
                 "The backup {path} is damaged ({error}). Nothing was changed.")
CHECKSUM = define("backup.checksum",
                  "The backup {path} is damaged: {file} is not what was backed up. Nothing was "
                  "changed.")
NEWER_SCHEMA = define(
    "backup.newer_schema",
    "This backup was made by a newer AI Admin ({version}) with a newer database: update AI Admin "
    "on this computer first, then restore it. Nothing was changed.")
RESTORE_FAILED = define(
    "backup.restore_failed",
    "The backup could not be put in place ({error}); the data folder was left as it was.")


class BackupError(Exception):
    """A backup could not be made or put back; `reason` says why (the window translates it)."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(reason.text)
        self.reason = reason


@dataclass(frozen=True)
class BackupInfo:
    """What a backup holds, from its manifest."""

    path: Path
    created_at: dt.datetime
    app_version: str
    schema_revision: str | None
    companies: tuple[str, ...]
    files: int
    size: int   # bytes of data, before compression


@dataclass(frozen=True)
class RestoreOutcome:
    """A restore that happened: the backup put in place and where the data before it went."""

    backup: BackupInfo
    moved_aside: Path


# -- making a backup ------------------------------------------------------------------------


def make_backup(data_dir: Path, dest: Path) -> BackupInfo:
    """Write the data folder's backup to `dest` (a zip, private to this user); safe to call
    while the app runs. The file appears only when it is complete."""
    data_dir = Path(data_dir)
    dest = Path(dest)
    database = data_dir / DATABASE_FILE
    if os.environ.get("AI_ADMIN_DATABASE_URL"):
        raise BackupError(Reason(NOT_SQLITE))
    if not database.is_file():
        raise BackupError(Reason(NO_DATABASE, {"folder": str(data_dir)}))
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, partial_name = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".partial",
                                            dir=dest.parent)  # mode 0600: sessions are keys
        os.close(fd)
    except OSError as exc:
        raise BackupError(Reason(CANNOT_WRITE, {"path": str(dest), "error": _os_words(exc)})) from exc
    partial = Path(partial_name)
    try:
        with tempfile.TemporaryDirectory(prefix=".backup-", dir=dest.parent) as scratch:
            copy = Path(scratch) / DATABASE_FILE
            schema, companies = _copy_database(database, copy)
            files: dict[str, dict[str, Any]] = {}
            with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                files[DATABASE_FILE] = _add_file(archive, copy, DATABASE_FILE)
                for path, name in _data_files(data_dir):
                    with contextlib.suppress(FileNotFoundError):  # gone meanwhile (a .tmp renamed)
                        files[name] = _add_file(archive, path, name)
                created = dt.datetime.now(dt.UTC)
                manifest = {
                    "format": FORMAT, "app": APP_NAME, "app_version": __version__,
                    "schema_revision": schema, "created_at": created.isoformat(timespec="seconds"),
                    "companies": companies, "files": files,
                }
                archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2))
        os.replace(partial, dest)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(Reason(CANNOT_WRITE, {"path": str(dest), "error": _os_words(exc)})) from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    info = BackupInfo(dest, created, __version__, schema, tuple(c["name"] for c in companies),
                      len(files), sum(int(f["size"]) for f in files.values()))
    log.info("Backed up the data folder to %s (%d files, %d companies)", dest, info.files,
             len(info.companies))
    return info


def _copy_database(source: Path, target: Path) -> tuple[str | None, list[dict[str, Any]]]:
    """A consistent copy of the live database (SQLite's backup API: one snapshot, with what the
    WAL holds, while the engine keeps writing); its schema revision and companies."""
    try:
        with contextlib.closing(sqlite3.connect(source, timeout=10)) as src, \
                contextlib.closing(sqlite3.connect(target)) as dst:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            checked = dst.execute("PRAGMA quick_check").fetchone()[0]
            if checked != "ok":
                raise BackupError(Reason(DAMAGED, {"path": str(source), "error": checked}))
            return _schema_and_companies(dst)
    except sqlite3.Error as exc:
        raise BackupError(Reason(CANNOT_READ, {"path": str(source), "error": str(exc)})) from exc


def _schema_and_companies(db: sqlite3.Connection) -> tuple[str | None, list[dict[str, Any]]]:
    tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    schema = None
    if "alembic_version" in tables:
        row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        schema = row[0] if row else None
    companies: list[dict[str, Any]] = []
    if "companies" in tables:
        companies = [{"id": row[0], "name": row[1]}
                     for row in db.execute("SELECT id, name FROM companies ORDER BY id")]
    return schema, companies


def _data_files(data_dir: Path) -> list[tuple[Path, str]]:
    """Every file of the data folder that goes in a backup, with its name in the zip."""
    found = []
    for path in sorted(data_dir.rglob("*")):
        relative = path.relative_to(data_dir)
        if _left_out(relative) or path.is_symlink() or not path.is_file():
            continue
        found.append((path, relative.as_posix()))
    return found


def _left_out(relative: Path) -> bool:
    top = relative.parts[0]
    name = relative.name
    return (top in _STAYS or (len(relative.parts) == 1 and top in _LIVE_DATABASE)
            or top.startswith((BEFORE_RESTORE_PREFIX, STAGING_PREFIX, ".backup-", ".write-test-"))
            or name.endswith((".tmp", ".partial"))
            or (len(relative.parts) == 1 and name.startswith(f"{DATABASE_FILE}.before-")))


def _add_file(archive: zipfile.ZipFile, path: Path, name: str) -> dict[str, Any]:
    digest = hashlib.sha256()
    size = 0
    try:
        info = zipfile.ZipInfo.from_file(path, DATA_PREFIX + name)
        source_file = path.open("rb")
    except FileNotFoundError:
        raise
    except OSError as exc:   # not ours to write: say which file could not be read
        raise BackupError(Reason(CANNOT_READ, {"path": str(path), "error": _os_words(exc)})) from exc
    info.compress_type = zipfile.ZIP_DEFLATED
    with source_file as source, archive.open(info, "w") as target:
        while chunk := source.read(_CHUNK):
            digest.update(chunk)
            size += len(chunk)
            target.write(chunk)
    return {"sha256": digest.hexdigest(), "size": size}


# -- reading and checking a backup ----------------------------------------------------------


def read_backup(path: Path) -> BackupInfo:
    """Check a backup through and through (manifest, every file's checksum, schema not newer
    than this app's) and say what it holds; BackupError when it cannot be restored."""
    path = Path(path)
    with _open_zip(path) as archive:
        manifest = _checked_manifest(path, archive)
        for name, expected in manifest["files"].items():
            _check_member(path, archive, name, expected, None)
    return _info(path, manifest)


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as exc:
        raise BackupError(Reason(NOT_A_BACKUP if not _looks_like_zip(path) else DAMAGED,
                                 {"path": str(path), "error": str(exc)})) from exc
    except OSError as exc:
        raise BackupError(Reason(CANNOT_READ, {"path": str(path), "error": _os_words(exc)})) from exc


def _looks_like_zip(path: Path) -> bool:
    with contextlib.suppress(OSError), path.open("rb") as file:
        return file.read(4) == b"PK\x03\x04"
    return False


def _checked_manifest(path: Path, archive: zipfile.ZipFile) -> dict:
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise BackupError(Reason(NOT_A_BACKUP, {"path": str(path)})) from None
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BackupError(Reason(DAMAGED, {"path": str(path), "error": f"manifest: {exc}"})) from exc
    damaged = Reason(DAMAGED, {"path": str(path), "error": "the manifest is not one AI Admin wrote"})
    if not isinstance(manifest, dict) or manifest.get("app") != APP_NAME:
        raise BackupError(Reason(NOT_A_BACKUP, {"path": str(path)}))
    files = manifest.get("files")
    if not isinstance(manifest.get("format"), int) or not isinstance(files, dict) \
            or DATABASE_FILE not in files:
        raise BackupError(damaged)
    schema = manifest.get("schema_revision")
    if manifest["format"] > FORMAT or _is_newer_schema(schema):
        raise BackupError(Reason(NEWER_SCHEMA, {"version": str(manifest.get("app_version", "?"))}))
    for name, expected in files.items():
        if not _safe_name(name) or not isinstance(expected, dict) \
                or not isinstance(expected.get("sha256"), str):
            raise BackupError(damaged)
    listed = {DATA_PREFIX + name for name in files} | {MANIFEST}
    extra = sorted(set(archive.namelist()) - listed)
    if extra:
        raise BackupError(Reason(CHECKSUM, {"path": str(path), "file": extra[0]}))
    return manifest


def known_revisions() -> list[str]:
    """The schema revisions this app's migrations know, oldest first (read from the file names,
    so Alembic is not imported)."""
    from desktop.store.db import MIGRATIONS_DIR

    return sorted(p.name.split("_", 1)[0] for p in (MIGRATIONS_DIR / "versions").glob("[0-9]*_*.py"))


def _is_newer_schema(schema: object) -> bool:
    if schema is None:
        return False
    known = known_revisions()
    return not isinstance(schema, str) or schema not in known


def _safe_name(name: object) -> bool:
    """A name that unpacks inside the staging folder, and not over what a restore keeps."""
    if not isinstance(name, str) or not name or "\\" in name or name.startswith("/"):
        return False
    parts = name.split("/")
    if any(part in ("", ".", "..") for part in parts) or ":" in parts[0]:
        return False
    return name == DATABASE_FILE or not _left_out(Path(*parts))


def _check_member(path: Path, archive: zipfile.ZipFile, name: str, expected: dict,
                  target: Path | None) -> None:
    """Read one file of the backup (writing it to `target` when given) and match its checksum."""
    digest = hashlib.sha256()
    try:
        with archive.open(DATA_PREFIX + name) as source, \
                (target.open("wb") if target is not None else contextlib.nullcontext()) as out:
            while chunk := source.read(_CHUNK):
                digest.update(chunk)
                if out is not None:
                    out.write(chunk)
    except KeyError:
        raise BackupError(Reason(CHECKSUM, {"path": str(path), "file": name})) from None
    except (zipfile.BadZipFile, EOFError, ValueError, zlib.error) as exc:
        raise BackupError(Reason(DAMAGED, {"path": str(path), "error": f"{name}: {exc}"})) from exc
    if digest.hexdigest() != expected["sha256"]:
        raise BackupError(Reason(CHECKSUM, {"path": str(path), "file": name}))


def _info(path: Path, manifest: dict) -> BackupInfo:
    try:
        created = dt.datetime.fromisoformat(str(manifest.get("created_at")))
    except ValueError:
        created = dt.datetime.fromtimestamp(0, dt.UTC)
    companies = tuple(str(c.get("name", "")) for c in manifest.get("companies") or []
                      if isinstance(c, dict))
    files = manifest["files"]
    return BackupInfo(path, created, str(manifest.get("app_version", "?")),
                      manifest.get("schema_revision"), companies, len(files),
                      sum(int(f.get("size", 0)) for f in files.values()))


# -- restoring ------------------------------------------------------------------------------


def restore_backup(zip_path: Path, data_dir: Path, *, now: dt.datetime | None = None) -> RestoreOutcome:
    """Put a backup in the data folder's place. Nobody may be using the folder (the caller holds
    the instance lock, with the app's database closed and its bridges stopped).

    Everything is checked and unpacked into a staging folder first; any refusal leaves the folder
    as it was. The folder's current contents are moved to `before-restore-<time>/`, never deleted.
    """
    zip_path, data_dir = Path(zip_path), Path(data_dir)
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    with _open_zip(zip_path) as archive:
        manifest = _checked_manifest(zip_path, archive)
        info = _info(zip_path, manifest)
        data_dir.mkdir(parents=True, exist_ok=True)
        staging = _unique(data_dir / f"{STAGING_PREFIX}{stamp}")
        try:
            staging.mkdir()
            for name, expected in manifest["files"].items():
                target = staging.joinpath(*PurePosixPath(name).parts)
                target.parent.mkdir(parents=True, exist_ok=True)
                _check_member(zip_path, archive, name, expected, target)
            _check_database(zip_path, staging / DATABASE_FILE)
            _make_sessions_private(staging)
            aside = _unique(data_dir / f"{BEFORE_RESTORE_PREFIX}{stamp}")
            _swap(data_dir, staging, aside)
        except OSError as exc:
            raise BackupError(Reason(RESTORE_FAILED, {"error": _os_words(exc)})) from exc
        finally:
            shutil.rmtree(staging, ignore_errors=True)   # only unpacked copies are left in it
    log.warning("Restored the backup %s (made %s); the data from before is in %s", zip_path,
                info.created_at.isoformat(), aside)
    return RestoreOutcome(info, aside)


def _check_database(zip_path: Path, file: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(file)) as db:
            checked = db.execute("PRAGMA quick_check").fetchone()[0]
    except sqlite3.Error as exc:
        checked = str(exc)
    if checked != "ok":
        raise BackupError(Reason(DAMAGED, {"path": str(zip_path), "error": f"database: {checked}"}))


def _make_sessions_private(root: Path) -> None:
    sessions = root / "sessions"
    if os.name == "posix" and sessions.is_dir():
        for folder in (sessions, *(p for p in sessions.rglob("*") if p.is_dir())):
            os.chmod(folder, stat.S_IRWXU)


def _swap(data_dir: Path, staging: Path, aside: Path) -> None:
    """Move the folder's contents aside and the staged ones in; undone if any move fails."""
    aside.mkdir()
    moved_out: list[Path] = []
    moved_in: list[Path] = []
    try:
        for entry in sorted(data_dir.iterdir()):
            if entry in (staging, aside) or _stays(entry.name):
                continue
            os.replace(entry, aside / entry.name)
            moved_out.append(entry)
        for entry in sorted(staging.iterdir()):
            os.replace(entry, data_dir / entry.name)
            moved_in.append(data_dir / entry.name)
    except OSError:
        for entry in reversed(moved_in):
            with contextlib.suppress(OSError):
                os.replace(entry, staging / entry.name)
        for entry in reversed(moved_out):
            with contextlib.suppress(OSError):
                os.replace(aside / entry.name, entry)
        with contextlib.suppress(OSError):
            aside.rmdir()
        raise


def _stays(name: str) -> bool:
    return name in _STAYS or name.startswith((BEFORE_RESTORE_PREFIX, STAGING_PREFIX))


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _os_words(exc: OSError) -> str:
    return exc.strerror or str(exc)


# -- daily backups --------------------------------------------------------------------------


def daily_backups(data_dir: Path) -> list[Path]:
    """The daily backups in `<data folder>/backups/`, oldest first."""
    folder = Path(data_dir) / BACKUPS_FOLDER
    return sorted(p for p in folder.glob(f"{DAILY_PREFIX}*.zip") if _made_at(p) is not None)


def _made_at(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(path.stem.removeprefix(DAILY_PREFIX), _STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def last_daily_backup_at(data_dir: Path) -> dt.datetime | None:
    """When the newest daily backup was made (UTC), or None when there is none."""
    backups = daily_backups(data_dir)
    return _made_at(backups[-1]) if backups else None


def make_daily_backup(data_dir: Path, now: dt.datetime | None = None, *,
                      keep: int = KEEP_DAILY) -> BackupInfo:
    """One daily backup in `<data folder>/backups/`, then only the newest `keep` are kept."""
    now = now or dt.datetime.now(dt.UTC)
    folder = Path(data_dir) / BACKUPS_FOLDER
    dest = _unique(folder / f"{DAILY_PREFIX}{now.astimezone(dt.UTC).strftime(_STAMP)}.zip")
    info = make_backup(data_dir, dest)
    prune_daily_backups(data_dir, keep)
    return info


def prune_daily_backups(data_dir: Path, keep: int = KEEP_DAILY) -> list[Path]:
    """Delete all but the newest `keep` daily backups; returns the ones deleted. Backups made by
    hand (other names) are never touched."""
    backups = daily_backups(data_dir)
    old = backups[:-keep] if keep > 0 else backups
    for path in old:
        path.unlink(missing_ok=True)
        log.info("Deleted the old daily backup %s", path.name)
    return old


def daily_backup_due(data_dir: Path, now: dt.datetime) -> bool:
    """True when there is no daily backup or the newest is a day old (or from the future: the
    clock was wrong)."""
    last = last_daily_backup_at(data_dir)
    return last is None or not (dt.timedelta(0) <= now - last < DAILY_EVERY)


class DailyBackups:
    """Makes the daily backup in a worker thread: at start when the last is a day old, then
    once a day. `enabled` is asked each time (it reads the owner's setting; in the thread)."""

    def __init__(self, data_dir: Path, enabled: Callable[[], bool] = lambda: True, *,
                 clock: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
                 check_every: float = 3600.0) -> None:
        self.data_dir = Path(data_dir)
        self._enabled = enabled
        self._clock = clock
        self._check_every = check_every
        self._busy = threading.Lock()
        self._stopped = False

    def run_once(self) -> float:
        """Back up now if one is due; the seconds to wait before asking again. Blocking."""
        with self._busy:
            if self._stopped:
                return self._check_every
            return self._back_up_if_due()

    async def stop(self) -> None:
        """No backup starts from now on (not even one already handed to a thread); returns once
        one being made is finished. A restore waits for this before it touches the folder."""
        def stop_here() -> None:
            with self._busy:
                self._stopped = True

        await asyncio.to_thread(stop_here)

    def _back_up_if_due(self) -> float:
        try:
            if not self._enabled():
                return self._check_every
            now = self._clock()
            if daily_backup_due(self.data_dir, now):
                make_daily_backup(self.data_dir, now)
            last = last_daily_backup_at(self.data_dir) or now
            until_due = (last + DAILY_EVERY - self._clock()).total_seconds()
        except (BackupError, OSError, sqlite3.Error) as exc:
            log.error("The daily backup could not be made: %s", exc)
            return self._check_every
        # Asked again at least hourly: a PC that slept, or a clock put right, is noticed.
        return max(1.0, min(until_due, self._check_every))

    async def run(self) -> None:
        """Run until cancelled; the backups themselves never run on the event loop."""
        while True:
            wait = await asyncio.to_thread(self.run_once)
            await asyncio.sleep(wait)


def shop_daily_backups(paths: DataPaths, database: Database) -> DailyBackups:
    """The daily backups of a running shop (the window, `serve`): on unless the owner switched
    them off, and only for the folder's own SQLite file (a database server has its own)."""
    from desktop.bot.preferences import window_preferences

    def enabled() -> bool:
        own_file = paths.database_url() == f"sqlite:///{paths.database_file}"
        return own_file and window_preferences(database).daily_backups

    return DailyBackups(paths.root, enabled)
