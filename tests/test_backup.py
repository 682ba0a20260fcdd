"""Backups of the data folder: consistent while the shop writes, refused when damaged or newer,
restored with the old data moved aside, the daily ones kept for a week."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
import zipfile
from contextlib import closing
from pathlib import Path

import pytest

from desktop.backup import (
    BACKUPS_FOLDER,
    BEFORE_RESTORE_PREFIX,
    CHECKSUM,
    DAMAGED,
    MANIFEST,
    NEWER_SCHEMA,
    NO_DATABASE,
    NOT_A_BACKUP,
    BackupError,
    DailyBackups,
    daily_backup_due,
    daily_backups,
    make_backup,
    make_daily_backup,
    read_backup,
    restore_backup,
)
from desktop.store.companies import add_company, demo_profile, list_companies
from desktop.store.db import SCHEMA_HEAD, open_database

CREDS = b'{"me": {"id": "15550001111:1@s.whatsapp.net"}}'


@pytest.fixture(scope="module")
def shop_database(tmp_path_factory) -> Path:
    """A shop's database with two companies, migrated once for the module (a migration per
    test would double the time these tests take)."""
    root = tmp_path_factory.mktemp("template")
    database = open_database(f"sqlite:///{root / 'ai-admin.db'}")
    add_company(database, "Bella Hair Studio", demo_profile())
    add_company(database, "Avi's Barbershop", demo_profile())
    database.dispose()
    return root / "ai-admin.db"


@pytest.fixture
def shop_folder(data_paths, shop_database):
    """A data folder as a shop's: its database with two companies, a WhatsApp session, a key
    file, logs, and a copy taken before a migration."""
    from desktop.store.db import copy_sqlite_file

    copy_sqlite_file(shop_database, data_paths.database_file)
    session = data_paths.company_auth_dir(1)
    (session / "creds.json").write_bytes(CREDS)
    (session / "pre-key-1.json").write_text("{}")
    (session / "creds.json.123.abcd.tmp").write_text("half")   # a write in progress
    (data_paths.root / "api-keys.NOT-ENCRYPTED.json").write_text('{"openai": "sk-x"}')
    (data_paths.logs_dir / "ai-admin.log").write_text("log line\n")
    (data_paths.root / "ai-admin.db.before-0006-20260101-000000.bak").write_bytes(b"old")
    return data_paths


def _tree(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its contents (what "nothing changed" compares)."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def _names(database_file: Path) -> list[str]:
    with closing(sqlite3.connect(database_file)) as db:
        return [row[0] for row in db.execute("SELECT name FROM companies ORDER BY id")]


def test_backup_holds_the_database_the_sessions_and_a_manifest(shop_folder, tmp_path) -> None:
    info = make_backup(shop_folder.root, tmp_path / "out" / "shop.zip")
    assert info.companies == ("Bella Hair Studio", "Avi's Barbershop")
    assert info.schema_revision == SCHEMA_HEAD
    with zipfile.ZipFile(tmp_path / "out" / "shop.zip") as archive:
        names = set(archive.namelist())
        manifest = json.loads(archive.read(MANIFEST))
        creds = archive.read("data/sessions/company_1/creds.json")
    assert names == {MANIFEST, "data/ai-admin.db", "data/sessions/company_1/creds.json",
                     "data/sessions/company_1/pre-key-1.json", "data/api-keys.NOT-ENCRYPTED.json"}
    assert creds == CREDS
    assert manifest["files"]["sessions/company_1/creds.json"]["sha256"] == \
        hashlib.sha256(CREDS).hexdigest()
    assert [c["name"] for c in manifest["companies"]] == list(info.companies)
    assert manifest["schema_revision"] == SCHEMA_HEAD and manifest["app_version"]
    assert (tmp_path / "out" / "shop.zip").stat().st_mode & 0o077 == 0   # WhatsApp keys inside
    assert list((tmp_path / "out").iterdir()) == [tmp_path / "out" / "shop.zip"]


def test_backup_while_a_writer_is_writing_is_consistent(shop_folder, tmp_path) -> None:
    """Each write adds two rows in one transaction; the copy has every pair written before the
    backup began (also those still in the WAL) and never half of one."""
    committed = 0
    enough = threading.Event()
    stop = threading.Event()

    def writer() -> None:
        nonlocal committed
        with closing(sqlite3.connect(shop_folder.database_file, timeout=10)) as db:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA wal_autocheckpoint=0")   # what was written stays in the WAL
            n = 0
            while not stop.is_set():
                n += 1
                with db:
                    db.execute("INSERT INTO settings(scope, key, value, updated_at) "
                               "VALUES ('test', ?, '1', '2026-12-07 00:00:00')", (f"a{n}",))
                    db.execute("INSERT INTO settings(scope, key, value, updated_at) "
                               "VALUES ('test', ?, '1', '2026-12-07 00:00:00')", (f"b{n}",))
                committed = n
                if n == 200:
                    enough.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert enough.wait(30)
        before = committed
        make_backup(shop_folder.root, tmp_path / "shop.zip")
    finally:
        stop.set()
        thread.join()
    with zipfile.ZipFile(tmp_path / "shop.zip") as archive:
        (tmp_path / "copy.db").write_bytes(archive.read("data/ai-admin.db"))
    with closing(sqlite3.connect(tmp_path / "copy.db")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        a = db.execute("SELECT count(*) FROM settings WHERE key LIKE 'a%' AND scope='test'").fetchone()[0]
        b = db.execute("SELECT count(*) FROM settings WHERE key LIKE 'b%' AND scope='test'").fetchone()[0]
    assert a == b >= before
    assert not (tmp_path / "copy.db-wal").exists()


def test_a_folder_without_a_database_has_nothing_to_back_up(tmp_path) -> None:
    with pytest.raises(BackupError) as refused:
        make_backup(tmp_path / "empty", tmp_path / "x.zip")
    assert refused.value.reason.code == NO_DATABASE
    assert not (tmp_path / "x.zip").exists()


def test_restore_moves_the_old_data_aside_and_the_backup_opens(shop_folder, tmp_path) -> None:
    backup = tmp_path / "shop.zip"
    make_backup(shop_folder.root, backup)
    # After the backup: a third company, a new session file, the creds changed.
    database = open_database(shop_folder.database_url())
    add_company(database, "Added later", demo_profile())
    database.dispose()
    (shop_folder.sessions_dir / "company_1" / "creds.json").write_text("changed")
    (shop_folder.sessions_dir / "company_3").mkdir()
    (shop_folder.sessions_dir / "company_3" / "creds.json").write_text("{}")
    before = _tree(shop_folder.root)

    outcome = restore_backup(backup, shop_folder.root, now=dt.datetime(2026, 12, 7, 21, 0))

    aside = outcome.moved_aside
    assert aside == shop_folder.root / f"{BEFORE_RESTORE_PREFIX}2026-12-07_21-00-00"
    # Nothing deleted: every file from before is in the folder aside (or stayed: the logs).
    kept = {f"{aside.name}/{name}" if not name.startswith("logs/") else name: data
            for name, data in before.items()}
    now = _tree(shop_folder.root)
    assert {name: now[name] for name in kept} == kept
    assert _names(aside / "ai-admin.db") == ["Bella Hair Studio", "Avi's Barbershop", "Added later"]
    # The backup's data is in place and opens through the app's own store.
    database = open_database(shop_folder.database_url())
    try:
        assert [c.name for c in list_companies(database)] == ["Bella Hair Studio", "Avi's Barbershop"]
        assert database.is_up_to_date()
    finally:
        database.dispose()
    assert (shop_folder.sessions_dir / "company_1" / "creds.json").read_bytes() == CREDS
    assert not (shop_folder.sessions_dir / "company_3").exists()
    assert (shop_folder.sessions_dir / "company_1").stat().st_mode & 0o077 == 0
    assert not [p for p in shop_folder.root.iterdir() if p.name.startswith(".restore-staging")]
    assert outcome.backup.companies == ("Bella Hair Studio", "Avi's Barbershop")


def test_an_older_schema_is_migrated_at_the_next_start(shop_folder, tmp_path) -> None:
    backup = tmp_path / "old.zip"
    make_backup(shop_folder.root, backup)
    _rewrite(backup, schema="0006", database=_downgraded(shop_folder, tmp_path, "0006"))
    restore_backup(backup, shop_folder.root)
    database = open_database(shop_folder.database_url())   # the start: migrations run
    try:
        assert database.current_revision() == SCHEMA_HEAD
        assert [c.name for c in list_companies(database)] == ["Bella Hair Studio", "Avi's Barbershop"]
    finally:
        database.dispose()


def _downgraded(paths, tmp_path: Path, revision: str) -> bytes:
    from alembic import command

    from desktop.store.db import Database, alembic_config, copy_sqlite_file, migration_engine

    copy = tmp_path / "old.db"
    copy_sqlite_file(paths.database_file, copy)
    engine = migration_engine(f"sqlite:///{copy}")
    command.downgrade(alembic_config(engine), revision)
    engine.dispose()
    assert Database(f"sqlite:///{copy}").current_revision() == revision
    return copy.read_bytes()


def _rewrite(backup: Path, *, schema: str | None = None, database: bytes | None = None,
             tamper: str | None = None) -> None:
    """Write the backup again with another schema revision (checksums made to match), another
    database, or one file's contents changed behind the manifest's back (`tamper`)."""
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    if schema is not None:
        manifest["schema_revision"] = schema
    if database is not None:
        members["data/ai-admin.db"] = database
        manifest["files"]["ai-admin.db"]["sha256"] = hashlib.sha256(database).hexdigest()
    if tamper is not None:
        members[f"data/{tamper}"] += b" "
    with zipfile.ZipFile(backup, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, json.dumps(manifest))


@pytest.mark.parametrize(("spoil", "code"), [
    (lambda path: _rewrite(path, tamper="sessions/company_1/creds.json"), CHECKSUM),
    (lambda path: path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2]), DAMAGED),
    (lambda path: path.write_text("not a zip at all"), NOT_A_BACKUP),
    (lambda path: _rewrite(path, schema="0099"), NEWER_SCHEMA),
], ids=["checksum-mismatch", "cut-short", "not-a-zip", "newer-schema"])
def test_a_spoilt_or_newer_backup_is_refused_and_nothing_changes(shop_folder, tmp_path, spoil,
                                                                 code) -> None:
    backup = tmp_path / "shop.zip"
    make_backup(shop_folder.root, backup)
    spoil(backup)
    before = _tree(shop_folder.root)
    with pytest.raises(BackupError) as refused:
        read_backup(backup)
    assert refused.value.reason.code == code
    with pytest.raises(BackupError) as refused:
        restore_backup(backup, shop_folder.root)
    assert refused.value.reason.code == code
    assert "Nothing was changed" in str(refused.value)
    if code == NEWER_SCHEMA:
        assert "update AI Admin" in str(refused.value)
    assert _tree(shop_folder.root) == before
    assert sorted(p.name for p in shop_folder.root.iterdir()) == sorted(
        {name.split("/")[0] for name in before} | {"sessions", "logs"})


def test_a_manifest_naming_a_file_outside_the_folder_is_refused(shop_folder, tmp_path) -> None:
    backup = tmp_path / "shop.zip"
    make_backup(shop_folder.root, backup)
    with zipfile.ZipFile(backup) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    manifest = json.loads(members.pop(MANIFEST))
    manifest["files"]["../escaped.txt"] = {"sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}
    members["data/../escaped.txt"] = b"x"
    with zipfile.ZipFile(backup, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
        archive.writestr(MANIFEST, json.dumps(manifest))
    with pytest.raises(BackupError) as refused:
        restore_backup(backup, shop_folder.root)
    assert refused.value.reason.code == DAMAGED
    assert not (shop_folder.root.parent / "escaped.txt").exists()


def test_daily_backups_keep_the_newest_seven(shop_folder) -> None:
    start = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    for day in range(9):
        make_daily_backup(shop_folder.root, start + dt.timedelta(days=day))
    (shop_folder.root / BACKUPS_FOLDER / "my-own-copy.zip").write_text("kept")
    make_daily_backup(shop_folder.root, start + dt.timedelta(days=9))
    kept = [p.name for p in daily_backups(shop_folder.root)]
    assert kept == [f"ai-admin-daily-2026-12-{d:02d}_09-00-00.zip" for d in range(4, 11)]
    assert (shop_folder.root / BACKUPS_FOLDER / "my-own-copy.zip").exists()
    # A daily backup never holds the other backups.
    with zipfile.ZipFile(daily_backups(shop_folder.root)[-1]) as archive:
        assert not [n for n in archive.namelist() if BACKUPS_FOLDER in n]


def test_a_daily_backup_is_due_at_start_and_then_a_day_after_the_last(shop_folder) -> None:
    now = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)
    clock = [now]
    daily = DailyBackups(shop_folder.root, clock=lambda: clock[0])
    assert daily_backup_due(shop_folder.root, now)
    wait = daily.run_once()
    assert len(daily_backups(shop_folder.root)) == 1
    assert wait == 3600.0   # asked again within the hour
    clock[0] = now + dt.timedelta(hours=23, minutes=30)
    assert daily.run_once() == pytest.approx(30 * 60)
    assert len(daily_backups(shop_folder.root)) == 1
    clock[0] = now + dt.timedelta(days=1)
    daily.run_once()
    assert len(daily_backups(shop_folder.root)) == 2


def test_daily_backups_switched_off_make_none(shop_folder) -> None:
    DailyBackups(shop_folder.root, enabled=lambda: False).run_once()
    assert daily_backups(shop_folder.root) == []


async def test_daily_backups_stopped_start_none_even_one_already_handed_over(shop_folder) -> None:
    """A restore stops them first: a backup handed to a thread before the stop does not run
    over the folder being swapped."""
    daily = DailyBackups(shop_folder.root)
    await daily.stop()
    daily.run_once()   # as a thread handed the work before the stop would
    assert daily_backups(shop_folder.root) == []


async def test_daily_backups_run_off_the_event_loop(shop_folder, monkeypatch) -> None:
    import asyncio

    from desktop import backup

    threads = []
    made = asyncio.Event()
    loop = asyncio.get_running_loop()
    real = backup.make_backup

    def recording(data_dir, dest):
        threads.append(threading.current_thread())
        info = real(data_dir, dest)
        loop.call_soon_threadsafe(made.set)
        return info

    monkeypatch.setattr(backup, "make_backup", recording)
    task = asyncio.ensure_future(DailyBackups(shop_folder.root).run())
    try:
        async with asyncio.timeout(30):
            await made.wait()
    finally:
        task.cancel()
    assert threads and threads[0] is not threading.main_thread()
    assert len(daily_backups(shop_folder.root)) == 1


# -- the command line ------------------------------------------------------------------------


def test_cli_backup_then_restore_with_exit_codes(shop_folder, tmp_path, capsys) -> None:
    from desktop.main import main

    target = tmp_path / "shop-backup.zip"
    assert main(["backup", "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert str(target) in out and "Bella Hair Studio" in out
    assert read_backup(target).companies == ("Bella Hair Studio", "Avi's Barbershop")
    # Without --to: into the data folder's backups folder.
    assert main(["backup"]) == 0
    assert len(list((shop_folder.root / BACKUPS_FOLDER).glob("ai-admin-backup-*.zip"))) == 1
    capsys.readouterr()

    database = open_database(shop_folder.database_url())
    add_company(database, "Added later", demo_profile())
    database.dispose()
    assert main(["restore", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Restored the backup" in out and BEFORE_RESTORE_PREFIX in out
    assert "nothing was deleted" in out
    assert _names(shop_folder.database_file) == ["Bella Hair Studio", "Avi's Barbershop"]


def test_cli_restore_refuses_while_the_app_runs(shop_folder, tmp_path, capsys) -> None:
    from desktop.instance import InstanceLock
    from desktop.main import main

    target = tmp_path / "shop-backup.zip"
    assert main(["backup", "--to", str(target)]) == 0
    running = InstanceLock(shop_folder.lock_file)
    running.acquire()   # the app, holding its data folder
    try:
        before = _tree(shop_folder.root)
        assert main(["restore", str(target)]) == 3
        assert "already running" in capsys.readouterr().err
        assert _tree(shop_folder.root) == before
        # A backup is made while the app runs.
        assert main(["backup", "--to", str(tmp_path)]) == 0
    finally:
        running.release()


def test_cli_restore_of_a_damaged_file_says_so_and_exits_1(shop_folder, tmp_path, capsys) -> None:
    from desktop.main import main

    spoilt = tmp_path / "spoilt.zip"
    spoilt.write_text("not a backup")
    assert main(["restore", str(spoilt)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("AI Admin: ") and "is not an AI Admin backup" in err
    assert main(["restore", str(tmp_path / "missing.zip")]) == 1
    assert "cannot be read" in capsys.readouterr().err


def test_cli_backup_of_a_folder_never_started_exits_1(tmp_path, monkeypatch, capsys) -> None:
    from desktop.main import main

    monkeypatch.setenv("AI_ADMIN_HOME", str(tmp_path / "never"))
    monkeypatch.delenv("AI_ADMIN_DATABASE_URL", raising=False)
    assert main(["backup", "--to", str(tmp_path / "x.zip")]) == 1
    assert "nothing to back up" in capsys.readouterr().err


def test_a_file_that_cannot_be_read_is_named_and_no_backup_is_left(shop_folder, tmp_path,
                                                                   monkeypatch) -> None:
    locked = shop_folder.sessions_dir / "company_1" / "pre-key-1.json"
    real_open = Path.open

    def open_as_another_user(self, *args, **kwargs):
        if self == locked:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_as_another_user)
    with pytest.raises(BackupError) as refused:
        make_backup(shop_folder.root, tmp_path / "out" / "shop.zip")
    assert str(locked) in str(refused.value) and "cannot be read (Permission denied)" in str(refused.value)
    assert list((tmp_path / "out").iterdir()) == []
